"""Which of kei's own distributions covers a code: data for the "install ..." hint.

A place no installed plugin covers answers ``unknown``. When kei itself ships a plugin for it,
the answer names that distribution; otherwise it says that no plugin covers the place yet and
where the guide to writing one is, and never invents a package name.
"""

from __future__ import annotations

US_STATES = (
    "AK",
    "AL",
    "AR",
    "AZ",
    "CA",
    "CO",
    "CT",
    "DC",
    "DE",
    "FL",
    "GA",
    "HI",
    "IA",
    "ID",
    "IL",
    "IN",
    "KS",
    "KY",
    "LA",
    "MA",
    "MD",
    "ME",
    "MI",
    "MN",
    "MO",
    "MS",
    "MT",
    "NC",
    "ND",
    "NE",
    "NH",
    "NJ",
    "NM",
    "NV",
    "NY",
    "OH",
    "OK",
    "OR",
    "PA",
    "RI",
    "SC",
    "SD",
    "TN",
    "TX",
    "UT",
    "VA",
    "VT",
    "WA",
    "WI",
    "WV",
    "WY",
)
"""The US states and DC kei ships a plugin for, one distribution each (kei-us-tx, ...)."""

SHIPPED: dict[str, str] = {
    "JP": "kei-jp",
    "US": "kei-us",
    "EU": "kei-eu",
    "DE": "kei-eu",
    "NL": "kei-eu",
    "FR": "kei-eu",
    "IE": "kei-eu",
    "SE": "kei-eu",
    "BE": "kei-eu",
    "IT": "kei-eu",
    "AT": "kei-eu",
    "NZ": "kei-nz",
    "PH": "kei-ph",
    "CH": "kei-ch",
    "NO": "kei-no",
    "GB": "kei-gb",
    "CA": "kei-ca",
    "CA-QC": "kei-ca",
    "CA-BC": "kei-ca",
    "CA-ON": "kei-ca",
    "AU": "kei-au",
    **{f"AU-{state}": "kei-au" for state in ("ACT", "NSW", "NT", "QLD", "SA", "TAS", "VIC", "WA")},
    **{f"US-{state}": f"kei-us-{state.lower()}" for state in US_STATES},
}
"""Code -> the distribution of this repository that owns it."""

GUIDE = "docs/writing-a-plugin.md"


def hint_for(code: str) -> str:
    """What a user can do when no installed plugin covers ``code``."""
    shipped = SHIPPED.get(code)
    if shipped:
        return f"install {shipped}, which covers {code}"
    return f"no plugin covers {code} yet; {GUIDE} shows how to write one"
