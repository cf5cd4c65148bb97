f'{a!r} {b!s} {c!a} {d!r:>4}'
