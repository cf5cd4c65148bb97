def outer(a):
    def inner(b):
        class Local:
            def m(self):
                for i in range(3):
                    while i:
                        if i:
                            try:
                                with ctx:
                                    return i
                            except E:
                                pass
        return Local
    return inner
