# Nesting far deeper than any real program: the compiler has no depth limit.
def deep_if(x):
    if x > 0:
        if x > 1:
            if x > 2:
                if x > 3:
                    if x > 4:
                        if x > 5:
                            if x > 6:
                                if x > 7:
                                    if x > 8:
                                        if x > 9:
                                            if x > 10:
                                                if x > 11:
                                                    if x > 12:
                                                        if x > 13:
                                                            if x > 14:
                                                                if x > 15:
                                                                    if x > 16:
                                                                        if x > 17:
                                                                            if x > 18:
                                                                                if x > 19:
                                                                                    if x > 20:
                                                                                        if x > 21:
                                                                                            if x > 22:
                                                                                                if x > 23:
                                                                                                    if x > 24:
                                                                                                        if x > 25:
                                                                                                            if x > 26:
                                                                                                                if x > 27:
                                                                                                                    if x > 28:
                                                                                                                        if x > 29:
                                                                                                                            if x > 30:
                                                                                                                                if x > 31:
                                                                                                                                    if x > 32:
                                                                                                                                        if x > 33:
                                                                                                                                            if x > 34:
                                                                                                                                                if x > 35:
                                                                                                                                                    if x > 36:
                                                                                                                                                        if x > 37:
                                                                                                                                                            if x > 38:
                                                                                                                                                                if x > 39:
                                                                                                                                                                    if x > 40:
                                                                                                                                                                        if x > 41:
                                                                                                                                                                            if x > 42:
                                                                                                                                                                                if x > 43:
                                                                                                                                                                                    if x > 44:
                                                                                                                                                                                        if x > 45:
                                                                                                                                                                                            if x > 46:
                                                                                                                                                                                                if x > 47:
                                                                                                                                                                                                    if x > 48:
                                                                                                                                                                                                        if x > 49:
                                                                                                                                                                                                            if x > 50:
                                                                                                                                                                                                                if x > 51:
                                                                                                                                                                                                                    if x > 52:
                                                                                                                                                                                                                        if x > 53:
                                                                                                                                                                                                                            if x > 54:
                                                                                                                                                                                                                                if x > 55:
                                                                                                                                                                                                                                    if x > 56:
                                                                                                                                                                                                                                        if x > 57:
                                                                                                                                                                                                                                            if x > 58:
                                                                                                                                                                                                                                                if x > 59:
                                                                                                                                                                                                                                                    return 'deep'
    return 'shallow'


def deep_loops(n):
    count = 0
    for i00 in range(n):
        for i01 in range(n):
            for i02 in range(n):
                for i03 in range(n):
                    for i04 in range(n):
                        for i05 in range(n):
                            for i06 in range(n):
                                for i07 in range(n):
                                    for i08 in range(n):
                                        for i09 in range(n):
                                            for i10 in range(n):
                                                for i11 in range(n):
                                                    for i12 in range(n):
                                                        for i13 in range(n):
                                                            for i14 in range(n):
                                                                for i15 in range(n):
                                                                    for i16 in range(n):
                                                                        for i17 in range(n):
                                                                            for i18 in range(n):
                                                                                for i19 in range(n):
                                                                                    for i20 in range(n):
                                                                                        for i21 in range(n):
                                                                                            for i22 in range(n):
                                                                                                for i23 in range(n):
                                                                                                    for i24 in range(n):
                                                                                                        count += 1
    return count


PARENS = ((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((1))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
LISTS = [[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[0]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]
SUM = ((((((((((((((((((((((((((((((((((((((((((((((((((0) + 1) + 2) + 3) + 4) + 5) + 6) + 7) + 8) + 9) + 10) + 11) + 12) + 13) + 14) + 15) + 16) + 17) + 18) + 19) + 20) + 21) + 22) + 23) + 24) + 25) + 26) + 27) + 28) + 29) + 30) + 31) + 32) + 33) + 34) + 35) + 36) + 37) + 38) + 39) + 40) + 41) + 42) + 43) + 44) + 45) + 46) + 47) + 48) + 49)

print(deep_if(100), deep_loops(1), PARENS, SUM)
