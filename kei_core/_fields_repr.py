"""One ``__repr__`` shared by the core's attrs classes, read from their fields when called.

attrs writes each class's ``__repr__`` as source and compiles it when the class is created:
about 0.9 million instructions a class, some 30 of which every ``kei check`` creates before it
answers (a sixth of what it costs over the bare import of click, pluggy and attrs). A class that
says ``__repr__ = fields_repr`` in its body keeps exactly the text attrs would give
(``Name(field=value, ...)``, fields with ``repr=False`` left out, a field's own ``repr=`` callable,
``...`` for an object already being shown) and attrs, seeing its own ``__repr__``, compiles none.
tests/test_core_startup.py compares it with attrs' own on every class that uses it.
"""

from __future__ import annotations

import threading

import attrs

_showing = threading.local()


def fields_repr(self: object) -> str:
    """``Name(field=value, ...)`` exactly as attrs' generated ``__repr__`` writes it."""
    try:
        shown: set[int] = _showing.ids
    except AttributeError:
        shown = _showing.ids = set()
    if id(self) in shown:
        return "..."
    shown.add(id(self))
    try:
        parts = []
        for field in type(self).__attrs_attrs__:  # type: ignore[attr-defined]
            if field.repr is False:
                continue
            value = getattr(self, field.name) if field.init else getattr(self, field.name, attrs.NOTHING)
            text = repr(value) if field.repr is True else field.repr(value)
            parts.append(f"{field.name}={text}")
        name = type(self).__qualname__.rsplit(">.", 1)[-1]
        return f"{name}({', '.join(parts)})"
    finally:
        shown.discard(id(self))
