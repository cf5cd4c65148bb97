"""A text menu system for a 128x64 display driven by three buttons."""

from micropython import const

_COLS = const(21)
_ROWS = const(8)
_BTN_UP = const(1)
_BTN_DOWN = const(2)
_BTN_SELECT = const(4)
_LONG_PRESS = const(0x100)


class Screen:
    def __init__(self, cols=_COLS, rows=_ROWS):
        self.cols = cols
        self.rows = rows
        self.lines = [""] * rows
        self.inverted = set()
        self.refreshes = 0

    def clear(self):
        self.lines = [""] * self.rows
        self.inverted = set()

    def text(self, row, s, invert=False, align="left"):
        if not 0 <= row < self.rows:
            return
        s = s[: self.cols]
        if align == "right":
            s = " " * (self.cols - len(s)) + s
        elif align == "center":
            pad = (self.cols - len(s)) // 2
            s = " " * pad + s
        self.lines[row] = s
        if invert:
            self.inverted.add(row)
        else:
            self.inverted.discard(row)

    def render(self):
        self.refreshes += 1
        border = "+" + "-" * self.cols + "+"
        out = [border]
        for i, line in enumerate(self.lines):
            body = line + " " * (self.cols - len(line))
            if i in self.inverted:
                body = body.replace(" ", "#")
            out.append("|" + body + "|")
        out.append(border)
        return "\n".join(out)


class Item:
    def __init__(self, label):
        self.label = label
        self.parent = None

    def display(self):
        return self.label

    def activate(self, menu):
        return None


class Action(Item):
    def __init__(self, label, callback):
        super().__init__(label)
        self.callback = callback

    def activate(self, menu):
        return self.callback()


class Toggle(Item):
    def __init__(self, label, value=False):
        super().__init__(label)
        self.value = value

    def display(self):
        return "%s [%s]" % (self.label, "x" if self.value else " ")

    def activate(self, menu):
        self.value = not self.value
        return self.value


class Choice(Item):
    def __init__(self, label, options, index=0):
        super().__init__(label)
        self.options = options
        self.index = index

    @property
    def value(self):
        return self.options[self.index]

    def display(self):
        return "%s: %s" % (self.label, self.value)

    def activate(self, menu):
        self.index = (self.index + 1) % len(self.options)
        return self.value


class Number(Item):
    def __init__(self, label, value, lo, hi, step=1):
        super().__init__(label)
        self.value = value
        self.lo = lo
        self.hi = hi
        self.step = step
        self.editing = False

    def display(self):
        mark = "<>" if self.editing else ""
        return "%s: %d%s" % (self.label, self.value, mark)

    def activate(self, menu):
        self.editing = not self.editing
        menu.editing = self if self.editing else None
        return self.value

    def adjust(self, delta):
        self.value = min(self.hi, max(self.lo, self.value + delta * self.step))


class Submenu(Item):
    def __init__(self, label, *items):
        super().__init__(label)
        self.items = list(items)
        for item in self.items:
            item.parent = self

    def display(self):
        return self.label + " >"

    def activate(self, menu):
        menu.enter(self)


class Back(Item):
    def __init__(self):
        super().__init__("< back")

    def activate(self, menu):
        menu.leave()


class Menu:
    def __init__(self, root, screen):
        self.screen = screen
        self.stack = [(root, 0, 0)]
        self.editing = None
        self.events = []

    @property
    def current(self):
        return self.stack[-1][0]

    def enter(self, submenu):
        self.stack.append((submenu, 0, 0))

    def leave(self):
        if len(self.stack) > 1:
            self.stack.pop()

    def move(self, delta):
        node, cursor, top = self.stack[-1]
        n = len(node.items)
        cursor = (cursor + delta) % n
        visible = self.screen.rows - 1
        if cursor < top:
            top = cursor
        elif cursor >= top + visible:
            top = cursor - visible + 1
        self.stack[-1] = (node, cursor, top)

    def press(self, button):
        long_press = bool(button & _LONG_PRESS)
        button &= ~_LONG_PRESS
        if self.editing is not None:
            if button == _BTN_UP:
                self.editing.adjust(10 if long_press else 1)
            elif button == _BTN_DOWN:
                self.editing.adjust(-10 if long_press else -1)
            elif button == _BTN_SELECT:
                self.editing.activate(self)
            return
        if button == _BTN_UP:
            self.move(-1)
        elif button == _BTN_DOWN:
            self.move(1)
        elif button == _BTN_SELECT:
            if long_press:
                self.leave()
                return
            node, cursor, top = self.stack[-1]
            item = node.items[cursor]
            result = item.activate(self)
            self.events.append((item.label, result))

    def draw(self):
        node, cursor, top = self.stack[-1]
        self.screen.clear()
        path = "/".join(n.label for n, _, _ in self.stack[1:]) or "main"
        self.screen.text(0, path, align="center")
        for row in range(1, self.screen.rows):
            index = top + row - 1
            if index >= len(node.items):
                break
            self.screen.text(row, node.items[index].display(), invert=index == cursor)
        return self.screen.render()


counter = [0]


def reboot():
    counter[0] += 1
    return "reboot #%d" % counter[0]


root = Submenu(
    "main",
    Submenu("Display", Number("Brightness", 50, 0, 100, 5), Choice("Rotation", (0, 90, 180, 270)),
            Toggle("Invert"), Back()),
    Submenu("Sound", Toggle("Mute", True), Number("Volume", 3, 0, 10), Back()),
    Submenu("Network", Toggle("WiFi"), Choice("Mode", ("station", "access point")),
            Submenu("Advanced", Number("Channel", 6, 1, 13), Toggle("Hidden"), Back()), Back()),
    Action("Reboot", reboot),
    Toggle("Demo mode"),
    Choice("Language", ("en", "de", "fr", "es")),
    Action("About", lambda: "v1.2"),
    Number("Timeout", 30, 5, 600, 5),
)

menu = Menu(root, Screen())
presses = [_BTN_SELECT, _BTN_SELECT, _BTN_UP, _BTN_UP | _LONG_PRESS, _BTN_SELECT,
           _BTN_DOWN, _BTN_SELECT, _BTN_SELECT | _LONG_PRESS, _BTN_DOWN, _BTN_DOWN,
           _BTN_SELECT, _BTN_DOWN, _BTN_DOWN, _BTN_SELECT, _BTN_SELECT, _BTN_DOWN,
           _BTN_DOWN, _BTN_DOWN, _BTN_DOWN, _BTN_DOWN, _BTN_DOWN, _BTN_DOWN, _BTN_SELECT]
for p in presses:
    menu.press(p)
print(menu.draw())
print(menu.events)
