"""A compact JSON encoder and decoder with pretty printing."""


class DecodeError(ValueError):
    def __init__(self, msg, pos):
        super().__init__("%s at offset %d" % (msg, pos))
        self.pos = pos


_WS = " \t\n\r"
_ESC_OUT = {'"': '\\"', "\\": "\\\\", "\n": "\\n", "\r": "\\r", "\t": "\\t",
            "\b": "\\b", "\f": "\\f"}
_ESC_IN = {'"': '"', "\\": "\\", "/": "/", "b": "\b", "f": "\f", "n": "\n",
           "r": "\r", "t": "\t"}


def _quote(s):
    out = ['"']
    for ch in s:
        if ch in _ESC_OUT:
            out.append(_ESC_OUT[ch])
        elif ord(ch) < 0x20:
            out.append("\\u%04x" % ord(ch))
        else:
            out.append(ch)
    out.append('"')
    return "".join(out)


def encode(obj, indent=None, sort_keys=False, _level=0):
    if obj is None:
        return "null"
    if obj is True:
        return "true"
    if obj is False:
        return "false"
    if isinstance(obj, int):
        return str(obj)
    if isinstance(obj, float):
        if obj != obj or obj in (float("inf"), -float("inf")):
            raise ValueError("out of range float")
        return repr(obj)
    if isinstance(obj, str):
        return _quote(obj)
    if indent is None:
        sep, pad, pad_end = ", ", "", ""
    else:
        sep = ",\n" + " " * (indent * (_level + 1))
        pad = "\n" + " " * (indent * (_level + 1))
        pad_end = "\n" + " " * (indent * _level)
    if isinstance(obj, (list, tuple)):
        if not obj:
            return "[]"
        items = [encode(v, indent, sort_keys, _level + 1) for v in obj]
        return "[" + pad + sep.join(items) + pad_end + "]"
    if isinstance(obj, dict):
        if not obj:
            return "{}"
        keys = sorted(obj) if sort_keys else list(obj)
        parts = []
        for k in keys:
            if not isinstance(k, str):
                raise TypeError("keys must be str, not %s" % type(k).__name__)
            parts.append(_quote(k) + ": " + encode(obj[k], indent, sort_keys, _level + 1))
        return "{" + pad + sep.join(parts) + pad_end + "}"
    raise TypeError("cannot encode %r" % (obj,))


class _Decoder:
    def __init__(self, text):
        self.s = text
        self.i = 0

    def skip(self):
        s, i = self.s, self.i
        while i < len(s) and s[i] in _WS:
            i += 1
        self.i = i

    def fail(self, msg):
        raise DecodeError(msg, self.i)

    def value(self):
        self.skip()
        if self.i >= len(self.s):
            self.fail("unexpected end")
        ch = self.s[self.i]
        if ch == "{":
            return self.obj()
        if ch == "[":
            return self.arr()
        if ch == '"':
            return self.string()
        if ch == "-" or ch.isdigit():
            return self.number()
        for word, val in (("true", True), ("false", False), ("null", None)):
            if self.s.startswith(word, self.i):
                self.i += len(word)
                return val
        self.fail("unexpected %r" % ch)

    def obj(self):
        self.i += 1
        result = {}
        self.skip()
        if self.s[self.i:self.i + 1] == "}":
            self.i += 1
            return result
        while True:
            self.skip()
            if self.s[self.i:self.i + 1] != '"':
                self.fail("expected key")
            key = self.string()
            self.skip()
            if self.s[self.i:self.i + 1] != ":":
                self.fail("expected ':'")
            self.i += 1
            result[key] = self.value()
            self.skip()
            ch = self.s[self.i:self.i + 1]
            self.i += 1
            if ch == "}":
                return result
            if ch != ",":
                self.fail("expected ',' or '}'")

    def arr(self):
        self.i += 1
        result = []
        self.skip()
        if self.s[self.i:self.i + 1] == "]":
            self.i += 1
            return result
        while True:
            result.append(self.value())
            self.skip()
            ch = self.s[self.i:self.i + 1]
            self.i += 1
            if ch == "]":
                return result
            if ch != ",":
                self.fail("expected ',' or ']'")

    def string(self):
        self.i += 1
        out = []
        s = self.s
        while True:
            if self.i >= len(s):
                self.fail("unterminated string")
            ch = s[self.i]
            self.i += 1
            if ch == '"':
                return "".join(out)
            if ch == "\\":
                esc = s[self.i:self.i + 1]
                self.i += 1
                if esc == "u":
                    code = int(s[self.i:self.i + 4], 16)
                    self.i += 4
                    out.append(chr(code))
                elif esc in _ESC_IN:
                    out.append(_ESC_IN[esc])
                else:
                    self.fail("bad escape")
            else:
                out.append(ch)

    def number(self):
        start = self.i
        s = self.s
        if s[self.i] == "-":
            self.i += 1
        while self.i < len(s) and s[self.i].isdigit():
            self.i += 1
        is_float = False
        if s[self.i:self.i + 1] == ".":
            is_float = True
            self.i += 1
            while self.i < len(s) and s[self.i].isdigit():
                self.i += 1
        if s[self.i:self.i + 1] in ("e", "E"):
            is_float = True
            self.i += 1
            if s[self.i:self.i + 1] in ("+", "-"):
                self.i += 1
            while self.i < len(s) and s[self.i].isdigit():
                self.i += 1
        text = s[start:self.i]
        return float(text) if is_float else int(text)


def decode(text):
    d = _Decoder(text)
    v = d.value()
    d.skip()
    if d.i != len(text):
        d.fail("extra data")
    return v


DOC = {
    "name": "sensor-7",
    "tags": ["i2c", "env", "\ttabbed"],
    "limits": {"min": -40, "max": 85.5, "ok": True, "note": None},
    "history": [[1, 2.5], [2, -3e-2], []],
}

text = encode(DOC, indent=2, sort_keys=True)
print(text)
print(decode(text) == DOC, encode(decode('{"a": [1, {"b": null}], "c": "\\u0041"}')))
for bad in ('{"a" 1}', "[1, 2", '"abc', "tru", "[1] x"):
    try:
        decode(bad)
    except DecodeError as e:
        print("error:", e)
