import sys
print(type(sys.argv).__name__, len(sys.argv) >= 1, type(sys.path).__name__)
print(sys.implementation.name, sys.byteorder, sys.maxsize > 2 ** 30)
sys.stdout.write('written\n')
print(sys.version_info[0] == 3, 'sys' in sys.modules)
try:
    sys.exit(0)
except SystemExit as e:
    print('SystemExit', e.code)
try:
    sys.exit('message')
except SystemExit as e:
    print('SystemExit', e.code)
print('done')
