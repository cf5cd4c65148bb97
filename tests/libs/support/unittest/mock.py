# Mock and call, as much as libraries' tests use: attributes made on first
# use and kept, calls recorded in mock_calls / call_args_list, return_value
# and side_effect, call(...) objects that compare by their arguments.


class _Call:
    def __init__(self, args=(), kwargs=None):
        self.args = tuple(args)
        self.kwargs = dict(kwargs or {})

    def __eq__(self, other):
        return isinstance(other, _Call) and self.args == other.args and self.kwargs == other.kwargs

    def __ne__(self, other):
        return not self == other

    def __repr__(self):
        parts = [repr(a) for a in self.args]
        parts += ["%s=%r" % (k, self.kwargs[k]) for k in sorted(self.kwargs)]
        return "call(" + ", ".join(parts) + ")"


class _CallMaker:
    def __call__(self, *args, **kwargs):
        return _Call(args, kwargs)


call = _CallMaker()

_UNSET = object()


class Mock:
    def __init__(self, return_value=_UNSET, side_effect=None, **attrs):
        self.mock_calls = []
        self.call_args_list = []
        self.side_effect = side_effect
        self._return_value = return_value
        for name in attrs:
            setattr(self, name, attrs[name])

    def __getattr__(self, name):
        if name.startswith("__") and name.endswith("__"):
            raise AttributeError(name)
        child = type(self)()
        setattr(self, name, child)
        return child

    @property
    def return_value(self):
        if self._return_value is _UNSET:
            self._return_value = type(self)()
        return self._return_value

    @return_value.setter
    def return_value(self, value):
        self._return_value = value

    @property
    def called(self):
        return bool(self.mock_calls)

    @property
    def call_count(self):
        return len(self.mock_calls)

    @property
    def call_args(self):
        return self.call_args_list[-1] if self.call_args_list else None

    def __call__(self, *args, **kwargs):
        c = _Call(args, kwargs)
        self.mock_calls.append(c)
        self.call_args_list.append(c)
        effect = self.side_effect
        if effect is not None:
            if isinstance(effect, BaseException) or (isinstance(effect, type) and issubclass(effect, BaseException)):
                raise effect
            if callable(effect):
                return effect(*args, **kwargs)
            return next(effect)
        return self.return_value

    def assert_called_with(self, *args, **kwargs):
        if self.call_args != _Call(args, kwargs):
            raise AssertionError("expected %r, got %r" % (_Call(args, kwargs), self.call_args))

    def assert_called_once_with(self, *args, **kwargs):
        if self.call_count != 1:
            raise AssertionError("expected one call, got %d" % self.call_count)
        self.assert_called_with(*args, **kwargs)

    def assert_not_called(self):
        if self.called:
            raise AssertionError("expected no call, got %d" % self.call_count)


class MagicMock(Mock):
    pass
