async = True
