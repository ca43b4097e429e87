"""kei's version, alone, so that ``kei --version`` and start-up import nothing else."""

__version__ = "0.1.0"
