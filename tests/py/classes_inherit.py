class Animal:
    sound = '...'
    def __init__(self, name):
        self.name = name
    def speak(self):
        return self.name + ' says ' + self.sound
    def kind(self):
        return 'animal'
class Dog(Animal):
    sound = 'woof'
    def kind(self):
        return 'dog, an ' + super().kind()
class Puppy(Dog):
    def __init__(self, name, age):
        super().__init__(name)
        self.age = age
    def speak(self):
        return super().speak() + '!'
p = Puppy('Rex', 1)
print(p.speak(), p.kind(), p.age)
print(isinstance(p, Animal), issubclass(Puppy, Animal), issubclass(Animal, Dog), issubclass(Dog, (int, Animal)))
print([c.__name__ for c in Puppy.__mro__])
class A:
    def who(self): return 'A'
class B(A):
    def who(self): return 'B' + super().who()
class C(A):
    def who(self): return 'C' + super().who()
class D(B, C):
    def who(self): return 'D' + super().who()
print(D().who(), [k.__name__ for k in D.__mro__])
class Base:
    def __init__(self):
        self.log = ['base']
class Mixin:
    def mix(self):
        return 'mixed'
class Child(Mixin, Base):
    pass
c = Child()
print(c.log, c.mix())
print(Child.__bases__ == (Mixin, Base))
