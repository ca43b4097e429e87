"""The names kei-ch adds to kei's vocabulary (hook ``kei_vocabulary``)."""

from __future__ import annotations

from kei_core import Term

EMISSIONS_NOISE_PROOF = "ch.emissions_noise_proof"
"""Document: proof, accepted by the cantonal office, of the exhaust-emission and noise rules."""

MAX_KM_PER_YEAR = "ch.max_km_per_year"
"""Restriction kind: not in regular use, about this many km a year at most; value: the km (int)."""

TERMS = (
    Term(
        "document",
        EMISSIONS_NOISE_PROOF,
        "proof, accepted by the Swiss cantonal road-traffic office, that the vehicle met the Swiss "
        "exhaust-emission and noise rules in force at its first registration (e.g. a test report of a "
        "recognised test body)",
    ),
    Term(
        "restriction",
        MAX_KM_PER_YEAR,
        "not in regular use: about this many km a year at most (the Swiss veteran entry's 'ca. 2000 - 3000 "
        "km/Jahr'); value: the km (int)",
    ),
)
