"""``python -m kei_core``: the ``kei`` command."""

from kei_core._launch import main

if __name__ == "__main__":  # not when a tool imports every module of the package
    main()
