"""A state's own emissions certification, without which it registers no imported vehicle.

California: a "used direct import vehicle" (a 1975 or later model-year direct import not
certified as new) "may not be registered in this state unless it has received a certificate of
conformance from the state board" (Cal. Health & Safety Code § 44202); the federal 21-year
exemption from EPA standards does not lift it::

    CARB = EmissionsCertificate(
        certificate="a certificate of conformance from the California Air Resources Board",
        how="an emissions test at a laboratory the Board licenses, showing it meets the standards that apply",
        model_years_from=1975,
        citation="Cal. Health & Safety Code §§ 44200, 44202, 44203", source=..., reviewed_on=...,
    )

kei's vehicle data carries no such certificate, so obtaining it is a condition: no registration
without it. kei reads the year of manufacture for the model year.
"""

from __future__ import annotations

import datetime as dt
from typing import ClassVar

import attrs

from kei_core import Outcome, Provision, Vehicle, conditional, missing, passed, unknown

__all__ = ["EmissionsCertificate"]


@attrs.frozen(kw_only=True)
class EmissionsCertificate(Provision):
    """Registration only with the state's emissions certificate.

    * ``certificate``: what the owner obtains, in words.
    * ``how``: what obtaining it takes, in a phrase ("an emissions test at a licensed laboratory").
    * ``model_years_from``: the first model year it covers (``None``: every vehicle); an older
      vehicle is not covered.
    """

    part: ClassVar[str] = "EMISSIONS"

    certificate: str
    how: str
    model_years_from: int | None = None

    def statement(self) -> str:
        years = (
            f" of model year {self.model_years_from} or later" if self.model_years_from is not None else ""
        )
        return (
            f"An imported vehicle{years} is registered only once it has {self.certificate}: {self.how} "
            f"({self.citation})."
        )

    def check(self, vehicle: Vehicle, on: dt.date) -> Outcome:
        """Covered: conditional on the certificate (no registration without it); older: not covered."""
        if self.model_years_from is not None:
            if vehicle.manufactured is None:
                return missing("manufactured")
            if vehicle.manufactured.latest().year < self.model_years_from:
                return passed(
                    f"Built before {self.model_years_from}, it is outside the certification {self.citation} asks for."
                )
            if vehicle.manufactured.earliest().year < self.model_years_from:
                return unknown(
                    f"{self.citation} covers model years from {self.model_years_from}, and the build date given does "
                    "not say whether this vehicle's is one.",
                    settle=("give the year of manufacture",),
                )
        return conditional(
            f"It may not be registered until it has {self.certificate} ({self.citation}).",
            conditions=[f"obtain {self.certificate}: {self.how} ({self.citation})"],
        )
