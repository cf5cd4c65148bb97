x = 'a' "b" '''c'''
y = ('d'
     'e'  # comment
     "f")
z = 'g' \
    'h'
