"""The ``kei`` program's first module (the console script and ``python -m kei_core``): it lets
the cyclic collector wait for :data:`YOUNG_OBJECTS` new objects before importing anything else,
so that the import of click, pluggy and attrs (some 20,000 objects, none of them garbage) runs
no collection either. Importing :mod:`kei_core` as a library leaves the collector alone."""

from __future__ import annotations

import gc

YOUNG_OBJECTS = 100_000
"""The collector's first threshold when kei runs as the program (Python's default is 700). A
``kei check`` builds some 30,000 objects while it imports click, the API and its plugins, none
of them garbage, and the collector's rounds over them were about 4% of its instructions; it
answers now before one is due. A long run (``kei batch``, ``kei serve``) still collects, in
larger rounds."""


def own_the_collector() -> None:
    """Raise the collector's first threshold to :data:`YOUNG_OBJECTS` (never lower it)."""
    first, *older = gc.get_threshold()
    gc.set_threshold(max(YOUNG_OBJECTS, first), *older)


def main() -> None:
    """Run ``kei`` as the program: the collector's threshold first, then click and the CLI."""
    own_the_collector()
    from kei_core.cli import main as cli

    cli()
