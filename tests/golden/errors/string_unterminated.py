name = "open
