"""What the EU rules share: the day their sources were last read.

Age tests on a named date (``kei_core.age_from``) and on either date
(``kei_core.age_from_either``) come from the core, shared with every plugin.
"""

from __future__ import annotations

REVIEWED = "2026-11-25"
"""When the sources of these rules were last read."""
