def f(limit):
    global limit
