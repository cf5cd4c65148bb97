# Float math: a Mandelbrot set count and a numeric integration.
import math


def mandel(w, h, limit):
    inside = 0
    for py in range(h):
        y0 = py / h * 2.0 - 1.0
        for px in range(w):
            x0 = px / w * 3.0 - 2.0
            x = y = 0.0
            i = 0
            while i < limit and x * x + y * y < 4.0:
                x, y = x * x - y * y + x0, 2.0 * x * y + y0
                i += 1
            inside += i == limit
    return inside


def integrate(n):
    s = 0.0
    for k in range(n):
        t = (k + 0.5) / n
        s += math.sin(t) * math.exp(-t) + math.sqrt(t)
    return s / n


print(mandel(120, 80, 80), round(integrate(400000), 6))
