"""One ``__repr__`` (and for some, ``__eq__`` and ``__hash__``) shared by the core's attrs classes,
read from their fields when called.

attrs writes each class's ``__repr__`` as source and compiles it when the class is created:
about 0.9 million instructions a class, some 30 of which every ``kei check`` creates before it
answers (a tenth of what it costs over the bare import of click, pluggy and attrs). A class that
says ``__repr__ = fields_repr`` in its body keeps exactly the text attrs would give
(``Name(field=value, ...)``, fields with ``repr=False`` left out, a field's own ``repr=`` callable,
``...`` for an object already being shown) and attrs, seeing its own ``__repr__``, compiles none.
The same holds for ``__eq__ = fields_eq`` with ``__hash__ = fields_hash`` (about 0.9 million
more a class): the same truth values and the same hashes as attrs' own. They run a little slower
than the generated ones, so classes compared or hashed per row of a batch keep attrs'.
tests/test_core_startup.py compares each with attrs' own on every class that uses it.
"""

from __future__ import annotations

import threading
from typing import Any

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


_SALTS: dict[type, int] = {}


def fields_eq(self: Any, other: object) -> Any:
    """``==`` exactly as attrs' generated ``__eq__``: same class, then each compared field in turn."""
    if other.__class__ is not self.__class__:
        return NotImplemented
    result: Any = True
    for field in type(self).__attrs_attrs__:  # type: ignore[attr-defined]
        if not field.eq:
            continue
        mine, theirs = getattr(self, field.name), getattr(other, field.name)
        key = field.eq_key
        result = key(mine) == key(theirs) if key else mine == theirs
        if not result:
            return result
    return result


def fields_hash(self: Any) -> int:
    """The hash attrs' generated ``__hash__`` gives: the class's salt and the compared fields."""
    cls = type(self)
    salt = _SALTS.get(cls)
    if salt is None:
        salt = _SALTS[cls] = hash(f"<attrs generated hash {cls.__module__}.{cls.__qualname__}>")
    values = [salt]
    for field in cls.__attrs_attrs__:
        if field.hash is True or (field.hash is None and field.eq is True):
            value = getattr(self, field.name)
            values.append(field.eq_key(value) if field.eq_key else value)
    return hash(tuple(values))
