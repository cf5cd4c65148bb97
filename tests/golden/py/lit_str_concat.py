# Adjacent literals are joined by the parser.
greeting = "Hello, " "world" '!'
long_message = (
    "This message is split "
    "across several source lines "
    'and mixes quote styles '
    """with a triple quoted tail"""
)
data = (b"\x01\x02" b"\x03"
        b'\x04')
raw_mix = r"\d" "\d" r'\w'
print(greeting)
print(long_message)
print(data, raw_mix)
