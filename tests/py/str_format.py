print('{} {}'.format(1, 2), '{1} {0}'.format('a', 'b'), '{x}-{y}'.format(x=1, y=2))
print('{:5}|{:<5}|{:>5}|{:^5}|'.format(1, 2, 3, 4))
print('{:*^9}'.format('mid'), '{:08.3f}'.format(3.14159), '{:+d}'.format(5), '{: d}'.format(5))
print('{:x} {:X} {:o} {:b} {:#x} {:#b}'.format(255, 255, 8, 5, 255, 5))
print('{:,}'.format(1234567), '{:_}'.format(1234567), '{:,.2f}'.format(1234567.891))
print('{:e} {:.2e} {:g} {:.3g} {:%} {:.1%}'.format(12345.678, 12345.678, 0.0001, 1234567, 0.25, 0.125))
print('{!r} {!s}'.format('a', 'b'), '{0[1]} {1[k]}'.format([1, 2], {'k': 'v'}))
print('{{literal}} {}'.format(7))
print('{:>{w}}|'.format('x', w=4), '{:.{p}f}'.format(2.5, p=3))
print(format(3.5), format(10, '04d'), format('s', '>3'), format(True), format(1.0))
print('{:10.4}|'.format('truncate me'), '{:.3}'.format(1.23456), '{:.0f}'.format(2.5))
name = 'x'
val = 3.14159
print(f'{name}={val:.2f}', f'{val!r}', f'{1 + 2}', f'{"nested"}', f'{name:>4}')
print(f'{10:#o} {-7:05d} {7:<4d}|')
print('{0} {0}'.format('rep'))
class P:
    def __format__(self, spec):
        return 'P<' + spec + '>'
print('{:abc}'.format(P()), f'{P():xy}')
