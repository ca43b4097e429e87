"""The well-known names a vehicle's ``equipment`` and ``documents`` may list, and the kinds of
restriction on use an answer may carry, in one place.

Rules test for these names (``"turn_signals" in vehicle.equipment``); vehicle files may use
only these, so a typo is an error with a suggestion rather than a silently missing lamp.
"""

from __future__ import annotations

import re

import attrs

from kei_core._fields_repr import fields_eq, fields_hash, fields_repr, written

_setattr_of = object.__setattr__.__get__

EQUIPMENT: dict[str, str] = {
    "headlamps": "headlamps (low and high beam)",
    "tail_lamps": "red tail lamps",
    "stop_lamps": "stop (brake) lamps",
    "turn_signals": "front and rear turn signal lamps",
    "hazard_lamps": "hazard warning lamps",
    "reflex_reflectors": "red rear and side reflex reflectors",
    "license_plate_lamp": "a lamp lighting the rear plate",
    "horn": "a horn audible at 200 ft",
    "exterior_mirror_driver": "an exterior rear-view mirror on the driver's side",
    "exterior_mirror_passenger": "an exterior rear-view mirror on the passenger's side",
    "interior_mirror": "an interior rear-view mirror",
    "parking_brake": "a parking brake",
    "service_brakes": "service brakes on all wheels",
    "windshield": "a windshield of safety glazing",
    "windshield_wiper": "a windshield wiper",
    "windshield_washer": "a windshield washer",
    "defroster": "a windshield defroster",
    "speedometer": "a speedometer (reading mph where a state asks for it)",
    "odometer": "an odometer",
    "seat_belts": "seat belts at each seating position",
    "muffler": "an exhaust muffler",
    "safety_glass": "safety glazing in every window",
    "bumpers": "front and rear bumpers",
    "fenders": "fenders or mudguards",
    "slow_moving_vehicle_emblem": "a slow-moving-vehicle emblem",
    "speed_governor": "a speed governor (added after manufacture, unless the maker fitted it)",
    "fire_extinguisher": "a fire extinguisher",
    "vin_plate": "a 17-character VIN plate (as US states assign to imports)",
    "left_hand_drive_conversion": "the steering converted to the left",
}

DOCUMENTS: dict[str, str] = {
    "maker_label": "the maker's label or plate giving the month of manufacture",
    "japanese_registration_certificate": "自動車検査証 (shaken certificate) with 初度検査年月",
    "export_certificate": "輸出抹消仮登録証明書 / 輸出届出 (Japanese export deregistration certificate)",
    "first_registration_record": "an official record of the first registration",
    "invoice_of_first_sale": "the invoice of the vehicle's first sale",
    "historical_society_statement": "a statement from a recognised vehicle historical society",
    "bill_of_sale": "a bill of sale to the current owner",
    "hs7": "NHTSA form HS-7 (box 1 declared)",
    "epa_3520_1": "EPA form 3520-1 (code E declared)",
    "cbp_7501": "CBP form 7501 (entry summary)",
    "cbp_release": "CBP release (stamped entry)",
    "lsv_certification_label": "a maker's FMVSS No. 500 low-speed-vehicle certification label",
    "fmvss_certification_label": "a maker's label certifying conformity to all applicable FMVSS",
    "nhtsa_eligibility_decision": "an NHTSA import-eligibility decision (49 CFR part 593) for the model",
    "state_title": "a title issued by a US state",
    "off_road_title": "an off-road or off-highway title",
    "safety_inspection": "a passed state or provincial safety inspection",
    "vin_inspection": "a VIN verification or inspection",
    "insurance": "proof of liability insurance",
    "local_permit": "a permit from the city or county that allows the vehicle on its roads",
    "farm_use_declaration": "a declaration that the vehicle is used for farming",
    "dating_certificate": "a maker's or club's certificate dating the vehicle",
    "expert_report": "an expert's roadworthiness report (e.g. § 21 / § 23 StVZO, IVA, RDW)",
    "import_approval": "an import approval issued by the national authority",
    "compliance_plate": "a compliance or modification plate after an approved process",
    "state_registration": "a registration the vehicle already holds in the state asked about (with its issue date)",
    "jibaiseki_certificate": "自動車損害賠償責任保険証明書 (自賠責): Japan's compulsory liability insurance certificate",
}

RESTRICTIONS: dict[str, str] = {
    "max_posted_speed_mph": "only roads whose posted limit is at most this many mph; value: the limit (int)",
    "excluded_highways": "no access-controlled highways of these classes; value: a tuple of road-class keys "
    "(interstate, controlled_access, limited_access: kei_us.state_kit.ROAD_CLASSES)",
    "excluded_roads": "no other roads of these classes; value: a tuple of road-class keys "
    "(multilane_divided, state_highway, federal_highway: kei_us.state_kit.ROAD_CLASSES)",
    "crossing": "where it may cross a road it may not drive along; value: a crossing key "
    "(intersection, controlled_intersection, signalized_intersection: kei_us.state_kit.CROSSINGS)",
    "designated_roads_only": "only roads a county, city or town designates, by its permit; value: True",
    "local_opt_out": "a county or city may bar it from its roads; value: True",
    "daylight_only": "daylight only; value: True",
    "plate_marking": "the plate must carry these words; value: the words (str)",
    "limited_use": 'only these uses; value: a tuple of uses ("farm", "antique")',
    "not_transferable": "the registration ends with a change of owner; value: True",
    "tas_conditional_registration": "only the uses, areas and times on Tasmania's Certificate of Approved "
    'Operations; value: the code of the place that issued it ("AU-TAS")',
    "nsw_historic_vehicle_scheme": "only the uses of the NSW Historic Vehicle Scheme (club events, servicing, "
    'a log book of general use); value: the code of the place ("AU-NSW")',
}
"""The public ``kind`` keys of a :class:`~kei_core.Restriction` (machines read them, as
``restrictions[].kind`` in the JSON): kind -> what it restricts and what its value means.

A plugin may use only these kinds (the conformance check in :mod:`kei_core.testing` refuses
any other); a new kind is one more line here, with its meaning."""


TERM_KINDS = ("equipment", "document", "restriction")
_term_kind = attrs.validators.in_(TERM_KINDS)


NAMESPACED_TERM = re.compile(r"^[a-z][a-z0-9_]*\.[a-z][a-z0-9_]*$")
"""A plugin's term: its namespace, a dot, a name (``de.vollgutachten``, ``us.max_distance_miles``)."""


def _namespaced(instance: object, attribute: attrs.Attribute[str], value: str) -> None:
    if not NAMESPACED_TERM.match(value):
        raise ValueError(
            f"a plugin's term is namespaced by its plugin, like 'de.vollgutachten' (got {value!r}): the "
            "names without a dot belong to kei-core"
        )


@attrs.frozen
class Term:
    """A name a plugin adds to kei's vocabulary (hook ``kei_vocabulary``): an equipment item or
    a document a vehicle may list, or a restriction ``kind`` its rules may give. Its ``name`` is
    namespaced by the plugin (``de.vollgutachten``, ``au.tas_conditional_registration``), so two
    plugins never clash and kei-core's own names stay its own; ``text`` says what it means (for
    a restriction: what it restricts and what its value holds)."""

    __repr__ = fields_repr
    __eq__ = fields_eq
    __hash__ = fields_hash

    kind: str = attrs.field(validator=_term_kind)
    name: str = attrs.field(validator=_namespaced)
    text: str

    # What attrs would generate (kei_core._fields_repr), compiled with the module.
    @written
    def __init__(self, kind: str, name: str, text: str) -> None:
        _setattr = _setattr_of(self)
        _setattr("kind", kind)
        _setattr("name", name)
        _setattr("text", text)
        if not attrs.validators.get_disabled():
            fields = _TERM_ATTRIBUTES
            _term_kind(self, fields.kind, self.kind)
            _namespaced(self, fields.name, self.name)


_TERM_ATTRIBUTES = attrs.fields(Term)
