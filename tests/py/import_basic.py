import helper_mod
print(helper_mod.VALUE, helper_mod.greet('world'), helper_mod.Box(3).v)
import helper_mod as hm
print(hm is helper_mod)
from helper_mod import greet, VALUE as V
print(greet('again'), V)
import sys
print('helper_mod' in sys.modules, type(helper_mod).__name__)
print(helper_mod.__name__)
