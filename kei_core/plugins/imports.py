"""Finding a plugin's top-level module with one listing of each ``sys.path`` folder.

To import ``kei_us_tx`` Python asks each ``sys.path`` folder in turn whether it holds it: a
``stat`` and a look-up a folder. With every plugin installed in development mode (one folder on
``sys.path`` a distribution) that is some seventy folders for each of sixty plugins, more than
anything else loading a state plugin does. :class:`PathIndex` lists each folder once and asks only
the first folder that holds the name, through the same finder Python would have used, so the
module found is the one ``import`` finds. Where that cannot be known from the listings (a folder
not read by Python's own file finder, a namespace package, a folder that changed), it says
nothing, and Python searches as usual.
"""

from __future__ import annotations

import contextlib
import importlib.machinery
import os
import sys
from collections.abc import Iterator, Sequence
from typing import Any

_UNSEEN = object()
_PLAIN_FINDERS: frozenset[type] = frozenset({type(None), importlib.machinery.FileFinder})


class PathIndex:
    """The module names each ``sys.path`` folder holds (one ``os.listdir`` a folder), made for
    one ``sys.path``; a meta path finder that answers only for the names it is asked to speed."""

    def __init__(self, path: Sequence[str]) -> None:
        self.path = tuple(path)
        suffixes = frozenset(importlib.machinery.all_suffixes())
        self._folders: list[tuple[str, frozenset[str]]] = []
        for entry in self.path:
            try:
                listed = os.listdir(entry or ".")
            except OSError:
                self._folders.append((entry, frozenset()))  # Python's finder finds nothing there either
                continue
            # Each name, and the module a file holds ("kei_us_tx.py", "_x.cpython-311-....so": a
            # top-level module's name has no dot, and the rest is one of Python's suffixes).
            names = set(listed)
            names.update([name.partition(".")[0] for name in listed if name[name.find(".") :] in suffixes])
            self._folders.append((entry, frozenset(names)))
        self._wanted: frozenset[str] = frozenset()
        # The position of the first folder listing each name: the folders before it are only
        # checked (their finders), never searched.
        self._first: dict[str, int] = {}
        for position in range(len(self._folders) - 1, -1, -1):
            self._first.update(dict.fromkeys(self._folders[position][1], position))

    def find_spec(
        self, name: str, path: Any = None, target: Any = None
    ) -> importlib.machinery.ModuleSpec | None:
        """The spec Python's path search would return for ``name``, or ``None`` to let it search."""
        if path is not None or name not in self._wanted or tuple(sys.path) != self.path:
            return None
        position = self._first.get(name)
        if position is None:
            return None  # in no listing: let Python search (and find it nowhere, or somewhere new)
        cwd = os.getcwd() if "" in self.path[: position + 1] else ""
        cache = sys.path_importer_cache
        finders = [cache.get(entry or cwd, _UNSEEN) for entry in self.path[: position + 1]]
        # Each folder before it must be one Python has looked at (a finder in the cache) and read
        # by Python's own file finder, or have no finder at all (a missing folder: Python skips
        # it too); else a zip or a custom hook might hold the name: let Python ask them.
        if not {type(finder) for finder in finders} <= _PLAIN_FINDERS:
            return None
        finder = finders[-1]
        if not isinstance(finder, importlib.machinery.FileFinder):
            return None  # no finder for the folder that lists it: let Python search on
        spec = finder.find_spec(name)
        if spec is None or spec.loader is None:
            return None  # not what the listing said, or a namespace package: search as usual
        return spec

    @contextlib.contextmanager
    def speeding(self, name: str) -> Iterator[None]:
        """While in the block, importing ``name`` (a module, or an entry point's
        ``module:attribute``) asks this index for its top-level package just before Python's path
        search; finders ahead of that search keep their turn."""
        top = name.partition(":")[0].strip().partition(".")[0]
        position = next(
            (i for i, finder in enumerate(sys.meta_path) if finder is importlib.machinery.PathFinder),
            None,
        )
        if position is None or top in sys.modules:
            yield
            return
        self._wanted = frozenset({top})
        sys.meta_path.insert(position, self)
        try:
            yield
        finally:
            self._wanted = frozenset()
            with contextlib.suppress(ValueError):
                sys.meta_path.remove(self)
