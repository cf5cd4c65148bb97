

   # comment
    x = 1
