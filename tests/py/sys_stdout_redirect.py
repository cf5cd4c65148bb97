# print() writes to whatever the program assigned to sys.stdout (a StringIO,
# an object with write()), and to the console again once it is restored.
import sys, io
print("before")
old = sys.stdout
buf = io.StringIO()
sys.stdout = buf
print("captured", 1, 2, sep="-")
print("more", end="!")
sys.stdout = old
print("after", repr(buf.getvalue()))
class Tee:
    def __init__(self): self.parts = []
    def write(self, s): self.parts.append(s); return len(s)
t = Tee()
sys.stdout = t
print("x", "y")
sys.stdout = old
print(t.parts)
