x = "global x"


class Config:
    x = "class x"
    y = x + " derived"
    items = [1, 2, 3]
    total = sum(items)

    def method(self):
        return x

    def class_attr(self):
        return self.x

    if total > 5:
        big = True
    else:
        big = False

    for i in range(2):
        last = i
    del i


def func_with_class():
    local = "local"

    class Inner:
        value = local

        def get(self):
            return local

    return Inner.value, Inner().get()


print(Config.y, Config().method(), Config().class_attr(), Config.big, Config.last)
print(func_with_class())
