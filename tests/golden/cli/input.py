# Input used by the command-line cases.
LIMIT = 10


def scale(values, factor=2):
    """Multiply every value by factor."""
    assert factor, "factor must be non-zero"
    return [v * factor for v in values if v < LIMIT]


print(scale([1, 5, 20]))
