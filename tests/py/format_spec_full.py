vals = [0, 7, -7, 255, 3.14159, -2.5, 1e10, 1.5e-7, 0.0, -0.0, 123456.789]
for spec in ['', '>10', '<10', '^10', '+', ' ', '010', ',', '.3', '.3f', '.2e', '.4g', '%', '10.2f', '*^12.1f', '+.1e', 'g', 'E', 'G', 'F']:
    row = []
    for v in vals:
        try:
            row.append(format(v, spec))
        except (ValueError, TypeError, OverflowError) as e:
            row.append('!' + type(e).__name__)
    print(repr(spec), row)
for spec in ['x', 'X', '#x', 'o', '#o', 'b', '#b', 'c', 'd', '08x', '#010b', '_x', '_b', 'n']:
    row = []
    for v in [0, 10, 255, -42, 65]:
        try:
            row.append(format(v, spec))
        except (ValueError, TypeError, OverflowError) as e:
            row.append('!' + type(e).__name__)
    print(repr(spec), row)
for spec in ['', '10', '<10', '>10', '^10', '.2', '-^9', 's']:
    print(repr(spec), repr(format('text', spec)))
try:
    format('x', 'd')
except ValueError as e:
    print('ValueError', e)
try:
    format(1.5, 'x')
except ValueError as e:
    print('ValueError', e)
print('{:{}{}}'.format('n', '>', 5), '{0:{1}}'.format(3.14159, '.2f'))
w, p = 10, 3
print('{:{}.{}f}|{:>{}}|{!r:>6}'.format(3.14159, w, p, 12, w, 's'))
print('{!r} {!s}'.format('a', 'b'), '{0!r:^7}'.format('q'))
print('{:.0f} {:.0f} {:.0f} {:.1f}'.format(0.5, 1.5, 2.5, 0.25))
print('{:.3} {:.3} {:.10g} {:g} {:g}'.format(1234.5678, 0.00012345, 1 / 3, 1e-5, 123456789.0))
print('{:,.2f} {:_.3f} {:+,d}'.format(1234567.891, 9876.54321, 1234567))
print('{:%} {:.1%}'.format(0.25, 1 / 3))
class Fmt:
    def __format__(self, spec):
        return 'Fmt(' + spec + ')'
print(format(Fmt(), 'abc'), '{:xyz}'.format(Fmt()), f'{Fmt():!}')
print('{{}} {{{}}}'.format(5), '%d%%' % 50)
