import math
print(math.sqrt(16), math.floor(2.7), math.ceil(2.1), math.trunc(-2.7), math.fabs(-3))
print(round(math.pi, 5), round(math.e, 5), math.isnan(math.nan), math.isinf(math.inf), math.isfinite(1.0))
print(round(math.sin(math.pi / 2), 6), round(math.cos(0), 6), round(math.atan2(1, 1), 6))
print(math.pow(2, 10), math.log(math.e), math.log(8, 2), round(math.exp(1), 6))
print(math.degrees(math.pi), math.radians(180) == math.pi, math.hypot(3, 4), math.copysign(2, -1))
print(math.floor(-0.5), math.ceil(-0.5), type(math.floor(1.5)).__name__)
try:
    math.sqrt(-1)
except ValueError as e:
    print('ValueError', e)
