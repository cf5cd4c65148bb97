def helper():
    return super().method()
