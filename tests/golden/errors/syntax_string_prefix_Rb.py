pattern = Rb"\d"
