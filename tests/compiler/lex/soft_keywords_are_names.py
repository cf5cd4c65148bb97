match x:
    case 1:
        type = 2
