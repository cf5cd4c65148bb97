value = 3.14159
num = 255
text = "cat"
print(f"{value:.2f} {value:10.3f} {value:<10} {value:>10} {value:^10}|")
print(f"{num:x} {num:X} {num:o} {num:b} {num:#x} {num:08b} {num:+d}")
print(f"{text:>8} {text:*^9} {text!r:>10} {text!s:<6}|")
print(f"{num:,}" if False else f"{num:5d}")
print(f"{value:e} {value:g} {value:%}")
