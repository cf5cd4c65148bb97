import sys
try:
    sys.exit()
except SystemExit as e:
    print('exit', e.args)
try:
    sys.exit(5)
except SystemExit as e:
    print('exit', e.code)
