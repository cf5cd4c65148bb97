# The example program: cycle a palette and report button presses.
import time

from colorwheel import Palette, blend, gamma, wheel
from debounce import Debouncer

palette = Palette(red=(255, 0, 0), green=(0, 255, 0), blue=(0, 0, 255))
samples = iter([0, 0, 1, 1, 1, 0, 0, 0])
button = Debouncer(lambda: next(samples, 0), interval=0)

for step in range(8):
    name, colour = palette.next()
    mixed = blend(colour, wheel(step * 32), 0.5)
    print(f"{step}: {name:5} -> {tuple(gamma(c) for c in mixed)}")
    button.update()
    if button.rose:
        print("pressed")
    elif button.fell:
        print("released")
    time.sleep(0)
