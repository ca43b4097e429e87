"""kei on the web: ``kei serve``, the page (``/``, ``/check``) and the JSON API (``/api/...``).

Everything is answered through the application facade :class:`kei_core.api.Kei` and kei's
own renderers: ``POST /api/check`` returns the document ``kei check --format json`` prints, and
bad input gets the one line the CLI prints. The eligibility timeline (:mod:`kei_web.timeline`)
is also the ``svg`` output format of ``kei check``.
"""

__version__ = "0.1.0"
