"""The places kei-eu owns. (Its worked examples and the plugin contract run from golden.toml,
collected by kei-core's pytest plugin.)"""

from __future__ import annotations

import kei_eu


def test_owns_the_union_and_eight_member_states() -> None:
    owned = {j.code: j.parent for j in kei_eu.kei_jurisdictions()}
    assert owned == {
        "EU": None,
        **{code: "EU" for code in ("DE", "NL", "FR", "IE", "SE", "BE", "IT", "AT")},
    }
