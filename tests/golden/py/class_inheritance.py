class Animal:
    sound = "..."

    def __init__(self, name):
        self.name = name

    def speak(self):
        return self.name + " says " + self.sound


class Dog(Animal):
    sound = "woof"


class Puppy(Dog):
    def speak(self):
        return Dog.speak(self) + " (squeaky)"


class Swimmer:
    def swim(self):
        return "paddle"


class Lab(Dog, Swimmer):
    pass


class Base1:
    who = "base1"


class Base2:
    who = "base2"


class Multi(Base1, Base2):
    pass


print(Dog("rex").speak(), Puppy("bit").speak(), Lab("lab").swim(), Multi.who)
print(issubclass(Lab, Animal), issubclass(Lab, Swimmer), isinstance(Lab("x"), Dog))
