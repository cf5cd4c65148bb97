def f():
    """Function doc."""
    return 1
class C:
    """Class doc."""
    def m(self):
        "method doc"
async def g():
    """async doc"""
