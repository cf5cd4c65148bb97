# isinstance / issubclass

print(isinstance(1, int), isinstance(1, float), isinstance(1.0, float))
print(isinstance(True, int), isinstance(True, bool), isinstance(1, bool))
print(issubclass(bool, int), issubclass(int, bool), issubclass(bool, object))
print(isinstance("s", (int, str)), isinstance(b"b", (int, str)))
print(isinstance(3, (float, (str, (int,)))))
print(isinstance(None, type(None)), isinstance(None, object))
print(isinstance([], list), isinstance((), tuple), isinstance({}, dict))
print(isinstance(int, type), isinstance(type, type), isinstance(type, object))
print(issubclass(int, ()), isinstance(1, ()))

class Animal:
    pass

class Dog(Animal):
    pass

class Puppy(Dog):
    pass

class Cat(Animal):
    pass

class Robot:
    pass

class RoboDog(Robot, Dog):
    pass

p = Puppy()
print(isinstance(p, Puppy), isinstance(p, Dog), isinstance(p, Animal), isinstance(p, Cat))
print(isinstance(p, (Cat, Robot)), isinstance(p, (Cat, Dog)))
print(issubclass(Puppy, Animal), issubclass(Animal, Puppy), issubclass(Dog, Dog))
print(issubclass(RoboDog, Robot), issubclass(RoboDog, Animal), issubclass(RoboDog, Cat))
print(issubclass(Cat, (Dog, Robot)), issubclass(Cat, (Dog, Animal)))
print(isinstance(RoboDog(), Dog), isinstance(Dog, type), isinstance(Dog, Animal))
print(issubclass(Puppy, object), isinstance(p, object))

class MyInt(int):
    pass

class MyList(list):
    pass

m = MyInt(5)
print(isinstance(m, int), isinstance(m, MyInt), type(m) is int, m + 1)
print(isinstance(MyList([1]), list), issubclass(MyList, (dict, list)))
print(isinstance(ValueError("x"), Exception), issubclass(KeyError, LookupError))
print(issubclass(ZeroDivisionError, ArithmeticError), issubclass(StopIteration, Exception))
print(issubclass(KeyboardInterrupt, Exception), issubclass(KeyboardInterrupt, BaseException))

for args in [(1, 1), (1, "int"), (1, (int, 2))]:
    try:
        print(isinstance(*args))
    except TypeError:
        print("TypeError isinstance", args[1])
for args in [(1, int), (int, 1), (Dog, (Animal, 3))]:
    try:
        print(issubclass(*args))
    except TypeError:
        print("TypeError issubclass")

# type() checks vs isinstance
vals = [0, 0.0, False, "", None, [], MyInt(2)]
print([type(v).__name__ for v in vals])
print([isinstance(v, int) for v in vals])
print([type(v) is int for v in vals])
