"""``python -m kei_core``: the ``kei`` command."""

from kei_core._launch import main

main()
