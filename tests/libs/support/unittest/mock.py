# Mock and call, as much as libraries' tests use: attributes made on first
# use and kept, calls recorded in mock_calls / call_args_list, return_value
# and side_effect, call(...) objects that compare by their arguments;
# patch(...) and patch.object(...) as context managers or decorators.


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


_MISSING = object()


class _Patch:
    # Replaces an attribute for the length of a `with` block (or a call of
    # the function it decorates), then puts the original back, or removes
    # the attribute if it was found only through the class. With no `new`,
    # the replacement is a MagicMock made with the remaining arguments
    # (return_value=..., side_effect=...).
    def __init__(self, target, attribute, new, kwargs):
        self.target = target
        self.attribute = attribute
        self.new = new
        self.kwargs = kwargs

    def _resolve(self):
        target = self.target
        if isinstance(target, str):
            import sys

            __import__(target)
            target = sys.modules[target]
        return target

    def __enter__(self):
        target = self.obj = self._resolve()
        self.original = getattr(target, self.attribute, _MISSING)
        try:
            self.local = self.attribute in target.__dict__
        except AttributeError:
            self.local = True
        new = MagicMock(**self.kwargs) if self.new is _MISSING else self.new
        setattr(target, self.attribute, new)
        return new

    def __exit__(self, *exc):
        if self.local and self.original is not _MISSING:
            setattr(self.obj, self.attribute, self.original)
        else:
            delattr(self.obj, self.attribute)
        return False

    def __call__(self, fn):
        def patched(*args, **kwargs):
            with self as new:
                if self.new is _MISSING:
                    args = args + (new,)
                return fn(*args, **kwargs)

        return patched


class _Patcher:
    # patch("package.module.name", new) and patch.object(obj, "name", new).
    def __call__(self, target, new=_MISSING, **kwargs):
        module, _, attribute = target.rpartition(".")
        return _Patch(module, attribute, new, kwargs)

    def object(self, target, attribute, new=_MISSING, **kwargs):
        return _Patch(target, attribute, new, kwargs)


patch = _Patcher()
