from star_mod import *
print(exported, also)
try:
    not_exported
except NameError:
    print('not_exported is hidden')
from helper_mod import *
print(VALUE)
try:
    _private
except NameError:
    print('_private is hidden')
