def validate(cfg):
    assert isinstance(cfg, dict)
    assert "name" in cfg, "missing name"
    assert len(cfg["name"]) < 32, "name too long: %d" % len(cfg["name"])
    for key, value in cfg.items():
        assert key.isalpha(), key
        assert value is not None
    return True


class Buffer:
    def __init__(self, size):
        assert size > 0
        self.data = bytearray(size)

    def put(self, i, v):
        assert 0 <= i < len(self.data), "index"
        assert 0 <= v <= 255, "value"
        self.data[i] = v


b = Buffer(4)
b.put(1, 200)
print(validate({"name": "ok"}), b.data)
