"""The names kei-no adds to kei's vocabulary (hook ``kei_vocabulary``)."""

from __future__ import annotations

from kei_core import Term

REQUIREMENT_DOCUMENTATION = "no.requirement_documentation"
"""Document: documentation of each requirement of the regulation of the first registration."""

PRESERVATION_USE_LIMITS = "no.bevaringsverdig_use_limits"
"""Restriction kind: only the uses the vognkort's § 1-9 endorsement allows (usually special occasions and
now and then); value: True."""

TERMS = (
    Term(
        "document",
        REQUIREMENT_DOCUMENTATION,
        "documentation (test reports, maker's statements) that the vehicle meets each requirement area "
        "Statens vegvesen's Kravveileder lists under the Norwegian regulation in force at its first "
        "registration abroad",
    ),
    Term(
        "restriction",
        PRESERVATION_USE_LIMITS,
        "only the uses Statens vegvesen's endorsement in the vognkort allows a preservation-worthy vehicle "
        "(kjøretøyforskriften § 1-9; usually special occasions such as motor-historic gatherings, and otherwise "
        "now and then); value: True",
    ),
)
