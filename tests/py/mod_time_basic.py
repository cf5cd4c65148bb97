import time
a = time.monotonic()
time.sleep(0.01)
b = time.monotonic()
print(b > a, b - a >= 0.005)
n1 = time.monotonic_ns()
n2 = time.monotonic_ns()
print(type(n1).__name__, n2 >= n1)
print(time.time() > 1600000000)
