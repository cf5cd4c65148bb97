x = 1  # trailing
# between
def f():  # after colon
    # inside
    return 1  # end
    # after return
y = [  # open
    1,  # item
]  # close
