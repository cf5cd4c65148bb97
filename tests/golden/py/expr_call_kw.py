def connect(host, port=80, *, timeout=None, retries=3):
    return host, port, timeout, retries


print(connect("a"))
print(connect("a", 8080))
print(connect("a", port=443, timeout=5))
print(connect(host="b", retries=0))
print(connect("c", timeout=1.5, retries=1, port=22))
print(dict(a=1, b=2), sorted([3, 1, 2], key=None, reverse=True))
print(int("ff", 16), int(x="10") if False else int("10", base=2))
