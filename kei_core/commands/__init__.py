"""kei's own commands, registered under the ``kei.commands`` entry points exactly as a plugin's
would be (``pyproject.toml``), and imported only when run."""
