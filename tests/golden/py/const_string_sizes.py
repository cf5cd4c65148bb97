# Short strings become qstrs; long ones become constant objects.
tiny = "a"
short = "short string"
with_space = "two words"
ident_like = "identifier_like"
medium = "0123456789" * 1
mid = "A string that is longer than ten characters but still short"
newline = "has\nnewline"
nul = "nul\x00inside"
long_one = ("0123456789abcdef" "0123456789abcdef" "0123456789abcdef" "0123456789abcdef"
            "0123456789abcdef" "0123456789abcdef" "0123456789abcdef" "0123456789abcdef"
            "0123456789abcdef" "0123456789abcdef")
print(tiny, short, with_space, ident_like, medium, mid, newline, nul, long_one)
