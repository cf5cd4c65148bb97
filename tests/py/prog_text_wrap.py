def wrap(text, width):
    lines, line = [], ''
    for word in text.split():
        if line and len(line) + 1 + len(word) > width:
            lines.append(line)
            line = word
        else:
            line = line + ' ' + word if line else word
    if line:
        lines.append(line)
    return lines
t = 'CircuitPython is a programming language designed to simplify experimenting and learning to code on low-cost microcontroller boards.'
for l in wrap(t, 30):
    print('|' + l.ljust(30) + '|')
print(len(wrap(t, 10)), max(len(l) for l in wrap(t, 20)) <= 20)
