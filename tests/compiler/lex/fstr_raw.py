rf'{a}\n' fr'\d{b}' Rf'{c}'
