import math
print(math.pi, math.e, math.tau, math.inf, -math.inf)
print(math.isnan(math.nan), math.isinf(math.inf), math.isfinite(1.0), math.isfinite(math.nan))
print(math.sqrt(16), math.sqrt(2), math.exp(1) == math.e, math.degrees(math.pi), math.radians(180))
print(math.atan2(1, 1), math.pow(2, 10), math.fmod(7, 3), math.fmod(-7, 3))
print(round(math.sin(math.pi / 2), 12), round(math.cos(0), 12), round(math.tan(0), 12))
