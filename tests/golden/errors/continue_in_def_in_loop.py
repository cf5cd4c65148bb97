while True:
    def f():
        continue
    break
