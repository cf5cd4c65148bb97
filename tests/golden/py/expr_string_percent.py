name = "probe"
value = 3.14159
count = 42
print("%s=%d" % (name, count))
print("%5.2f|%-8s|%08.3f|%x|%X|%o|%e|%g" % (value, name, value, count, count, count, value, value))
print("%(a)s and %(b)r" % {"a": 1, "b": "two"})
print("%c%c" % (72, "i"), "%%", "%5d|%-5d|%+d" % (7, 7, 7))
print("single %s" % name, "tuple %s" % (name,), "%r" % ([1, 2],))
