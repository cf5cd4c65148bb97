def outer(n):
    def middle(m):
        def inner(k):
            return n + m + k
        return inner(m * 2)
    return middle(n * 10)


def recursive_helper(items):
    def walk(node, depth):
        if isinstance(node, list):
            return max([walk(c, depth + 1) for c in node] + [depth])
        return depth
    return walk(items, 0)


def factory():
    def a():
        return "a"

    def b():
        return a() + "b"

    return b


print(outer(1), recursive_helper([1, [2, [3, [4]]]]), factory()())
