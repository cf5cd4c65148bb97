head = (1,)
all_items = (*head, 2)
