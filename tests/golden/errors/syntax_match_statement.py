command = 1
match command:
    case 1:
        pass
