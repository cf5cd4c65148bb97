l = [1, 2, 3]
for action in range(6):
    try:
        if action == 0: l[5]
        elif action == 1: [].pop()
        elif action == 2: l.remove(9)
        elif action == 3: l.index(9)
        elif action == 4: l['a']
        else: l[1:2] = 5
    except (IndexError, ValueError, TypeError) as e:
        print(type(e).__name__, e)
print(l)
