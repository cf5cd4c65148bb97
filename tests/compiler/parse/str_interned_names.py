some_long_identifier_name = 1
x = "some_long_identifier_name"
y = "another_long_identifier"
another_long_identifier = 2
z = "another_long_identifier"
def function_with_long_name():
    pass
w = "function_with_long_name"
