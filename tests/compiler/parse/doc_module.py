"""Module doc string."""
x = 1
"""Not a doc string, still dropped."""
