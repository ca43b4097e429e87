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

A class compared or hashed often (a rule, a finding, an outcome) writes instead, in its body, the
very ``__eq__`` and ``__hash__`` attrs would generate (:func:`hash_salt` gives the number attrs'
hash starts with), compiled with its module rather than each time the class is created.

attrs compiles an ``__init__`` for every class, or an ``__attrs_init__`` for one that writes its
own: some 0.2 million instructions a field, 5 million for :class:`~kei_core.vehicle.Vehicle`. A
class that writes the very ``__init__`` attrs would generate, marked :func:`written`, has attrs
compile none (:func:`_install`: ``__attrs_init__`` is then the ``__init__`` written). With all
its methods its own, making an attrs class costs about 1 million instructions instead of 2 to 8.
tests/test_core_written_methods.py compares each written method with attrs' generated twin
(signature, the values set, converters, validators, ``==`` and ``hash``).
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Any, TypeVar

import attrs

_showing = threading.local()

F = TypeVar("F", bound=Callable[..., None])


def written(init: F) -> F:
    """Mark an ``__init__`` written in an attrs class's body as the one attrs would generate
    (same parameters and defaults, converters, validators, ``__attrs_post_init__``), so attrs
    compiles no ``__attrs_init__`` beside it."""
    init._attrs_init_written = True  # type: ignore[attr-defined]
    return init


def _install() -> None:
    """Let attrs skip ``__attrs_init__`` for a class whose ``__init__`` is :func:`written`.

    attrs has no option for this: its class builder's ``add_attrs_init`` is wrapped, for such a
    class only (every other class, a subclass of one included, is built as before, from any
    thread). Under an attrs without that method nothing is wrapped and attrs compiles as usual."""
    try:
        from attr._make import _ClassBuilder
    except ImportError:  # pragma: no cover - another attrs
        return
    original = getattr(_ClassBuilder, "add_attrs_init", None)
    if original is None or getattr(original, "_kei_wrapped", False):  # pragma: no cover
        return

    def add_attrs_init(self: Any) -> Any:
        cls = getattr(self, "_cls", None)
        init = vars(cls).get("__init__") if isinstance(cls, type) else None
        cls_dict = getattr(self, "_cls_dict", None)
        if getattr(init, "_attrs_init_written", False) and isinstance(cls_dict, dict):
            cls_dict["__attrs_init__"] = init
            return self
        return original(self)

    add_attrs_init._kei_wrapped = True  # type: ignore[attr-defined]
    _ClassBuilder.add_attrs_init = add_attrs_init  # type: ignore[method-assign]


_install()


def slot_setters(cls: type, names: tuple[str, ...]) -> tuple[Any, ...]:
    """The ``__set__`` of each slot ``names`` of the slotted attrs class ``cls``: what a written
    ``__init__`` sets a field with, in half the time of ``object.__setattr__`` by name."""
    return tuple(vars(cls)[name].__set__ for name in names)


def hash_salt(name: str) -> int:
    """The number attrs' generated ``__hash__`` of the class ``name`` (``module.qualname``) puts first."""
    return hash(f"<attrs generated hash {name}>")


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
        salt = _SALTS[cls] = hash_salt(f"{cls.__module__}.{cls.__qualname__}")
    values = [salt]
    for field in cls.__attrs_attrs__:
        if field.hash is True or (field.hash is None and field.eq is True):
            value = getattr(self, field.name)
            values.append(field.eq_key(value) if field.eq_key else value)
    return hash(tuple(values))
