"""A small configuration language: lexer, recursive-descent parser and evaluator.

    # comment
    [section]
    name = "value"
    size = 4 * (3 + 2) - 1
    items = [1, 2, size]
    enabled = size > 10 and not false
"""

from micropython import const

_T_EOF = const(0)
_T_NAME = const(1)
_T_NUMBER = const(2)
_T_STRING = const(3)
_T_OP = const(4)
_T_NEWLINE = const(5)
_T_LBRACKET = const(6)
_T_RBRACKET = const(7)

TOKEN_NAMES = ("EOF", "NAME", "NUMBER", "STRING", "OP", "NEWLINE", "[", "]")

OPERATORS = ("==", "!=", "<=", ">=", "**", "//", "+", "-", "*", "/", "%", "<", ">",
             "(", ")", ",", "=", ".")

KEYWORDS = {"and", "or", "not", "true", "false", "none", "in"}

ESCAPES = {"n": "\n", "t": "\t", "r": "\r", "\\": "\\", '"': '"', "'": "'", "0": "\0"}


class ParseError(Exception):
    def __init__(self, message, line, col):
        super().__init__("%d:%d: %s" % (line, col, message))
        self.line = line
        self.col = col


class Token:
    __slots__ = ("kind", "value", "line", "col")

    def __init__(self, kind, value, line, col):
        self.kind = kind
        self.value = value
        self.line = line
        self.col = col

    def __repr__(self):
        return "%s(%r)@%d:%d" % (TOKEN_NAMES[self.kind], self.value, self.line, self.col)


def tokenize(text):
    tokens = []
    i = 0
    line = 1
    col = 1
    n = len(text)
    depth = 0
    while i < n:
        ch = text[i]
        if ch == "#":
            while i < n and text[i] != "\n":
                i += 1
            continue
        if ch == "\n":
            if depth == 0 and tokens and tokens[-1].kind != _T_NEWLINE:
                tokens.append(Token(_T_NEWLINE, None, line, col))
            i += 1
            line += 1
            col = 1
            continue
        if ch in " \t\r":
            i += 1
            col += 1
            continue
        start_col = col
        if ch.isalpha() or ch == "_":
            j = i
            while j < n and (text[j].isalpha() or text[j].isdigit() or text[j] == "_"):
                j += 1
            tokens.append(Token(_T_NAME, text[i:j], line, start_col))
            col += j - i
            i = j
            continue
        if ch.isdigit():
            j = i
            seen_dot = False
            while j < n and (text[j].isdigit() or (text[j] == "." and not seen_dot)):
                if text[j] == ".":
                    seen_dot = True
                j += 1
            literal = text[i:j]
            value = float(literal) if seen_dot else int(literal)
            tokens.append(Token(_T_NUMBER, value, line, start_col))
            col += j - i
            i = j
            continue
        if ch == '"' or ch == "'":
            quote = ch
            j = i + 1
            chars = []
            while True:
                if j >= n or text[j] == "\n":
                    raise ParseError("unterminated string", line, start_col)
                c = text[j]
                if c == quote:
                    j += 1
                    break
                if c == "\\":
                    j += 1
                    esc = text[j] if j < n else ""
                    if esc not in ESCAPES:
                        raise ParseError("bad escape \\" + esc, line, col + j - i)
                    chars.append(ESCAPES[esc])
                else:
                    chars.append(c)
                j += 1
            tokens.append(Token(_T_STRING, "".join(chars), line, start_col))
            col += j - i
            i = j
            continue
        if ch == "[":
            depth += 1
            tokens.append(Token(_T_LBRACKET, ch, line, col))
            i += 1
            col += 1
            continue
        if ch == "]":
            depth -= 1
            tokens.append(Token(_T_RBRACKET, ch, line, col))
            i += 1
            col += 1
            continue
        for op in OPERATORS:
            if text.startswith(op, i):
                if op == "(":
                    depth += 1
                elif op == ")":
                    depth -= 1
                tokens.append(Token(_T_OP, op, line, col))
                i += len(op)
                col += len(op)
                break
        else:
            raise ParseError("unexpected character %r" % ch, line, col)
    tokens.append(Token(_T_NEWLINE, None, line, col))
    tokens.append(Token(_T_EOF, None, line, col))
    return tokens


class Parser:
    BINARY = (
        ("or",),
        ("and",),
        ("==", "!=", "<", ">", "<=", ">=", "in"),
        ("+", "-"),
        ("*", "/", "//", "%"),
    )

    def __init__(self, tokens):
        self.tokens = tokens
        self.pos = 0

    def peek(self):
        return self.tokens[self.pos]

    def next(self):
        tok = self.tokens[self.pos]
        self.pos += 1
        return tok

    def error(self, message, tok=None):
        tok = tok or self.peek()
        raise ParseError(message, tok.line, tok.col)

    def expect(self, kind, value=None):
        tok = self.next()
        if tok.kind != kind or (value is not None and tok.value != value):
            self.error("expected %s" % (value or TOKEN_NAMES[kind]), tok)
        return tok

    def at(self, kind, value=None):
        tok = self.peek()
        return tok.kind == kind and (value is None or tok.value == value)

    def document(self):
        sections = {"": []}
        current = ""
        while not self.at(_T_EOF):
            if self.at(_T_NEWLINE):
                self.next()
                continue
            if self.at(_T_LBRACKET):
                self.next()
                current = self.expect(_T_NAME).value
                while self.at(_T_OP, "."):
                    self.next()
                    current += "." + self.expect(_T_NAME).value
                self.expect(_T_RBRACKET)
                self.expect(_T_NEWLINE)
                sections.setdefault(current, [])
                continue
            name = self.expect(_T_NAME)
            if name.value in KEYWORDS:
                self.error("keyword %r cannot be a key" % name.value, name)
            self.expect(_T_OP, "=")
            sections[current].append((name.value, self.expression(0)))
            self.expect(_T_NEWLINE)
        return sections

    def expression(self, level):
        if level == len(self.BINARY):
            return self.unary()
        left = self.expression(level + 1)
        ops = self.BINARY[level]
        while True:
            tok = self.peek()
            if tok.kind in (_T_OP, _T_NAME) and tok.value in ops:
                self.next()
                right = self.expression(level + 1)
                left = ("bin", tok.value, left, right)
            else:
                return left

    def unary(self):
        tok = self.peek()
        if tok.kind == _T_NAME and tok.value == "not":
            self.next()
            return ("not", self.unary())
        if tok.kind == _T_OP and tok.value == "-":
            self.next()
            return ("neg", self.unary())
        return self.power()

    def power(self):
        base = self.atom()
        if self.at(_T_OP, "**"):
            self.next()
            return ("bin", "**", base, self.unary())
        return base

    def atom(self):
        tok = self.next()
        if tok.kind == _T_NUMBER or tok.kind == _T_STRING:
            return ("lit", tok.value)
        if tok.kind == _T_NAME:
            if tok.value == "true":
                return ("lit", True)
            if tok.value == "false":
                return ("lit", False)
            if tok.value == "none":
                return ("lit", None)
            if tok.value in KEYWORDS:
                self.error("unexpected keyword", tok)
            return ("ref", tok.value, tok)
        if tok.kind == _T_OP and tok.value == "(":
            inner = self.expression(0)
            self.expect(_T_OP, ")")
            return inner
        if tok.kind == _T_LBRACKET:
            items = []
            while not self.at(_T_RBRACKET):
                items.append(self.expression(0))
                if not self.at(_T_OP, ","):
                    break
                self.next()
            self.expect(_T_RBRACKET)
            return ("list", items)
        self.error("unexpected token", tok)


def evaluate(node, env):
    kind = node[0]
    if kind == "lit":
        return node[1]
    if kind == "ref":
        try:
            return env[node[1]]
        except KeyError:
            tok = node[2]
            raise ParseError("undefined name %r" % node[1], tok.line, tok.col)
    if kind == "list":
        return [evaluate(item, env) for item in node[1]]
    if kind == "not":
        return not evaluate(node[1], env)
    if kind == "neg":
        return -evaluate(node[1], env)
    op = node[1]
    if op == "and":
        return evaluate(node[2], env) and evaluate(node[3], env)
    if op == "or":
        return evaluate(node[2], env) or evaluate(node[3], env)
    a = evaluate(node[2], env)
    b = evaluate(node[3], env)
    if op == "+":
        return a + b
    elif op == "-":
        return a - b
    elif op == "*":
        return a * b
    elif op == "/":
        return a / b
    elif op == "//":
        return a // b
    elif op == "%":
        return a % b
    elif op == "**":
        return a ** b
    elif op == "==":
        return a == b
    elif op == "!=":
        return a != b
    elif op == "<":
        return a < b
    elif op == ">":
        return a > b
    elif op == "<=":
        return a <= b
    elif op == ">=":
        return a >= b
    elif op == "in":
        return a in b
    raise ValueError(op)


def load(text):
    sections = Parser(tokenize(text)).document()
    result = {}
    for section, entries in sections.items():
        env = {}
        for name, expr in entries:
            env[name] = evaluate(expr, env)
        if env or section:
            result[section] = env
    return result


SAMPLE = """
# display configuration
[display]
width = 128
height = 64
pixels = width * height
bytes = pixels // 8
ratio = width / height
rotate = 0

[network.wifi]
ssid = "workshop"
retries = 3
backoff = [1, 2, 4, 2 ** retries]
enabled = retries > 0 and not false
label = "net:\\t" + ssid
known = ssid in ["home", "workshop"]
"""

BAD = ('x = "open', "x = 1 +", "[s]\nx = y", "not = 1", "x = @")

if __name__ == "__main__":
    for section, values in sorted(load(SAMPLE).items()):
        print(section)
        for key in sorted(values):
            print("  %s = %r" % (key, values[key]))
    for text in BAD:
        try:
            load(text)
        except ParseError as e:
            print("error:", e)
