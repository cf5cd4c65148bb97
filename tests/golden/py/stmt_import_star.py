from math import *
from os import *
import micropython

print(sqrt(16), pi)
