t"{x!r}" t"{x!s:>4}" t"{x!a}" t"{x != y}"
