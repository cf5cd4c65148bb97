def wide(a0, a1, a2, a3, a4, a5, a6, a7, a8, a9, a10, a11, a12, a13, a14, a15,
         a16, a17, a18, a19, a20, a21, a22, a23, a24, a25, a26, a27, a28, a29,
         *, k0=0, k1=1, k2=2, k3=3, k4=4, k5=5, k6=6, k7=7, k8=8, k9=9, k10=10):
    return (a0 + a15 + a29, k0 + k10)


def call_wide():
    return wide(0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18,
                19, 20, 21, 22, 23, 24, 25, 26, 27, 28, 29, k3=30, k9=90, k10=100)


def many_kw_call(**kw):
    return len(kw)


print(call_wide(), many_kw_call(a=1, b=2, c=3, d=4, e=5, f=6, g=7, h=8, i=9, j=10,
                                k=11, l=12, m=13, n=14, o=15, p=16, q=17, r=18))
