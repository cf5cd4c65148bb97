try:
    import no_such_module_here
except ImportError as e:
    print('ImportError', type(e).__name__)
try:
    from helper_mod import missing_name
except ImportError as e:
    print('ImportError', type(e).__name__)
try:
    import failing_mod
except ValueError as e:
    print('ValueError', e)
import sys
print('failing_mod' in sys.modules)
