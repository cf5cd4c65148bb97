total = 1 + \
    2 + \
    3
values = [
    1,
    2,
    3,
]
call = max(
    values[0],
    values[1],
    values[2]
)
cond = (total > 5
        and call == 3
        or False)
text = ("a"
        "b")
if total > 1 and \
   call > 1:
    print(total, values, call, cond, text)
