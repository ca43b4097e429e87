"""France: a registration certificate, on an individual approval or as a collection vehicle.

A vehicle of no EU-approved type is approved individually (réception à titre isolé, RTI) by
the DREAL before it can be registered. A vehicle of historic interest ("véhicule dit de
collection", Code de la route R311-1 6.3 as rewritten in 2017 to match Directive 2014/45/EU) —
built or first registered at least 30 years ago, of a type no longer produced, kept in its
original state — can instead be registered with a collection certificate on a dating attestation
from the FFVE or the maker. Neither text was read on Légifrance, so both routes are unconfirmed.
"""

from __future__ import annotations

import datetime as dt

from kei_core import (
    AgeThreshold,
    Granularity,
    Outcome,
    Requirement,
    Rule,
    RuleKind,
    Vehicle,
    age_from_either,
    age_route,
    conditional,
    failed,
    missing,
)
from kei_eu.ages import REVIEWED

CODE_DE_LA_ROUTE = "https://www.legifrance.gouv.fr/codes/texte_lc/LEGITEXT000006074228/"

COLLECTION = AgeThreshold(30, Granularity.DAY)
"""R311-1 6.3: 'construit ou immatriculé pour la première fois il y a au moins trente ans'."""

REGISTER = "Then register the truck (certificat d'immatriculation)."


def isolated_approval(vehicle: Vehicle, on: dt.date) -> Outcome:
    """RTI: open to a truck of any age, on the DREAL's approval."""
    return conditional(
        "A kei truck is of no EU-approved type, so it is approved individually (réception à titre "
        "isolé) by the DREAL before registration.",
        conditions=[
            "Obtain a réception à titre isolé (RTI) from the DREAL, establishing that the truck meets the "
            "technical requirements that apply to it.",
            REGISTER,
        ],
    )


def collection_vehicle(vehicle: Vehicle, on: dt.date) -> Outcome:
    """At least 30 years since it was built or first registered, and kept original."""
    dated = age_from_either(vehicle, COLLECTION, on)
    if dated is None:
        return missing("manufactured", "first_registered")
    says = dated.says()
    return age_route(
        dated,
        old_enough=lambda: _collection(vehicle, says, on),
        too_young=lambda day: f"{says}: 30 years are reached only on {day}.",
        unsure=lambda day: f"{says}: 30 years are certain only from {day}.",
        settle="the exact day of manufacture or first registration",
    )


def _collection(vehicle: Vehicle, says: str, on: dt.date) -> Outcome:
    """Old enough to be a collection vehicle: its original state decides."""
    if vehicle.original_configuration is False:
        return failed(
            f"{says}, old enough, but not in its original configuration: a collection vehicle must have "
            "had no essential modification of its main components."
        )
    return conditional(
        f"{says}: at least 30 years before {on}, so it can be registered as a collection vehicle.",
        conditions=[
            "Obtain an attestation from the FFVE (or the maker) dating the truck and confirming it as a "
            "collection vehicle: type no longer produced, original state, no essential modification.",
            "Then register the truck with a collection certificate (certificat d'immatriculation de "
            "collection).",
        ],
    )


REGISTRATION = Requirement(
    id="FR-REGISTRATION",
    jurisdiction="FR",
    statement=(
        "A vehicle needs a French registration certificate to be used on the road; a vehicle of no "
        "EU-approved type must first be approved, or qualify as a collection vehicle."
    ),
)

RULES = (
    REGISTRATION,
    Rule(
        id="FR-CIC-30Y",
        jurisdiction="FR",
        kind=RuleKind.PATHWAY,
        requirement=REGISTRATION.id,
        statement=(
            "A vehicle built or first registered at least 30 years ago, of a type no longer produced and "
            "kept in its original state, can be registered with a collection certificate on an FFVE "
            "(or maker) attestation."
        ),
        citation=(
            "Code de la route, art. R311-1, 6.3 (décret n° 2017-208 du 20 février 2017); arrêté du "
            "9 février 2009 relatif aux modalités d'immatriculation des véhicules"
        ),
        source=CODE_DE_LA_ROUTE,
        sources=(
            "https://valveautopassion.com/vehicule-de-collection/",
            "http://www.lci.fr/conso-argent/fini-le-controle-technique-pour-les-tres-vieilles-voitures-de-collection-1960-2045800.html",
            "https://ffve.fr/Importer_un_vehicule_ancien",
        ),
        reviewed_on=REVIEWED,
        unconfirmed=True,
        check=collection_vehicle,
        reads=frozenset({"manufactured", "first_registered", "original_configuration"}),
        read_by_age={"manufactured": COLLECTION, "first_registered": COLLECTION},
        notes=(
            "R311-1 6.3 reads 'construit ou immatriculé pour la première fois il y a au moins trente ans' "
            "in several consistent secondary copies (and transposes Directive 2014/45/EU Art. 3(7)); "
            "the dossier's '> 30 years' is the pre-2017 wording. Either date suffices; kei counts to the "
            "day and says which date it used. Collection certificates before 2017 (from 2009: 30 years, "
            "earlier 25) are not encoded. Not confirmed: that collection vehicles may not be used "
            "professionally, and the 5-yearly contrôle technique."
        ),
    ),
    Rule(
        id="FR-RTI",
        jurisdiction="FR",
        kind=RuleKind.PATHWAY,
        requirement=REGISTRATION.id,
        statement=(
            "A vehicle of no EU-approved type is approved individually (réception à titre isolé) by the "
            "DREAL before registration."
        ),
        citation="Code de la route, Part III, Title II (réception des véhicules): réception à titre isolé",
        source=CODE_DE_LA_ROUTE,
        sources=("https://i504.blogspot.com/2015/11/triompher-de-la-paperasse.html",),
        reviewed_on=REVIEWED,
        unconfirmed=True,
        check=isolated_approval,
        reads=frozenset(),
        uses_date=False,
        notes=(
            "The dossier cites Code de la route R321-15/16 from memory; the article numbers and text "
            "were not read on Légifrance, so the rule is unconfirmed and cites the title only. A "
            "secondary source says the DREAL sends vehicles over 30 years to the collection route."
        ),
    ),
)
