"""The kei class (軽自動車) of 道路運送車両法施行規則 別表第一, three- and four-wheeled vehicles.

道路運送車両法 第3条 sorts vehicles into classes; 施行規則 第2条 refers the limits to 別表第一.
The standard that applies to a vehicle is the one in force on its manufacture date (製作年月日),
not the date asked: a 1995 truck is judged by the 1990 limits, in 2026 as in 1995. The
standards are therefore a schedule keyed by ``manufactured``.

The class a truck is registered in (``JP-REGISTRATION``) has two routes: as a kei vehicle, or as
an ordinary small-size vehicle (小型自動車), whose own limits in the same table every kei truck
meets. A truck outside the kei class is "not a kei vehicle; registrable as a small-size vehicle".
Classification is not registration: the inspection and the compulsory insurance every truck
needs before it is used on roads are in :mod:`kei_jp.road_use`.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from decimal import Decimal

import attrs

from kei_core import (
    Measure,
    Outcome,
    Requirement,
    Rule,
    RuleKind,
    Schedule,
    ScheduleEntry,
    Vehicle,
    conditional,
    failed,
    passed,
    show,
    show_power,
    unknown,
)
from kei_jp import KEI_CLASS_READS

REVIEWED = "2026-11-25"
EGOV = "https://elaws.e-gov.go.jp/document?lawid=326M50000800074"
KEIKENKYO = "https://www.keikenkyo.or.jp/information/knowledge/what.html"
SAIKEI = "https://www.saikei.jp/basic/history.html"
TABLE = "道路運送車両法施行規則 別表第一 (軽自動車); 道路運送車両法 第3条; 施行規則 第2条"


def _measure_of(text: str) -> Measure:
    return Measure.parse(text)


def _optional_measure_of(text: str | None) -> Measure | None:
    return None if text is None else Measure.parse(text)


class KeiLimits:
    """The limits of one kei standard. Early standards set a lower displacement for
    two-stroke engines; ``two_stroke_displacement`` is that figure where there was one.

    A plain class, immutable, compared, hashed and shown by its five figures as an attrs class
    would be: attrs made every check importing this module pay some 3 million instructions for
    the class."""

    __slots__ = ("displacement", "height", "length", "two_stroke_displacement", "width")

    length: Measure
    width: Measure
    height: Measure
    displacement: Measure
    two_stroke_displacement: Measure | None

    def __init__(
        self,
        length: str,
        width: str,
        height: str,
        displacement: str,
        two_stroke_displacement: str | None = None,
    ) -> None:
        _set = object.__setattr__
        _set(self, "length", _measure_of(length))
        _set(self, "width", _measure_of(width))
        _set(self, "height", _measure_of(height))
        _set(self, "displacement", _measure_of(displacement))
        _set(self, "two_stroke_displacement", _optional_measure_of(two_stroke_displacement))

    def __setattr__(self, name: str, value: object) -> None:
        raise AttributeError(f"KeiLimits is immutable: cannot set {name}")

    def _figures(self) -> tuple[Measure, Measure, Measure, Measure, Measure | None]:
        return (self.length, self.width, self.height, self.displacement, self.two_stroke_displacement)

    def __eq__(self, other: object) -> bool:
        if other.__class__ is not self.__class__:
            return NotImplemented
        assert isinstance(other, KeiLimits)
        return self._figures() == other._figures()

    def __hash__(self) -> int:
        return hash(self._figures())

    def __repr__(self) -> str:
        return (
            f"KeiLimits(length={self.length!r}, width={self.width!r}, height={self.height!r}, "
            f"displacement={self.displacement!r}, two_stroke_displacement={self.two_stroke_displacement!r})"
        )

    def describe(self) -> str:
        text = f"{self.length} × {self.width} × {self.height}, {show(self.displacement.si, 'cc')}"
        if self.two_stroke_displacement is not None:
            text += f" (two-stroke {show(self.two_stroke_displacement.si, 'cc')})"
        return text


# Every kei standard for three- and four-wheeled vehicles. Months of 1949–1951 and the 1998
# year are confirmed by 軽自動車検査協会; the 1955, 1976 and 1990 rows rest on the Saitama kei
# association's history table and press copies only, so they ship unconfirmed. No source gives
# the day of the 1976 and 1990 changes: the first of the month is assumed (and unconfirmed).
# Sources that date changes 1954, 1975, 1989 or 1996 give promulgation years, not the day the
# limits applied. 1.2 m has never been a kei width.
KEI_STANDARDS: Schedule[KeiLimits] = Schedule(
    keyed_by="manufactured",
    entries=(
        ScheduleEntry(
            "1949-07-08",
            KeiLimits("2.80 m", "1.00 m", "2.00 m", "150 cc", "100 cc"),
            label="JP-KEI-CLASS-1949",
            citation="運輸省令第36号 (車両規則改正), 1949-07",
        ),
        ScheduleEntry(
            "1950-07-26",
            KeiLimits("3.00 m", "1.30 m", "2.00 m", "300 cc", "200 cc"),
            label="JP-KEI-CLASS-1950",
            citation="運輸省令第56号, 1950-07",
        ),
        ScheduleEntry(
            "1951-08-16",
            KeiLimits("3.00 m", "1.30 m", "2.00 m", "360 cc", "240 cc"),
            label="JP-KEI-CLASS-1951",
            citation="運輸省令第74号, 1951-08",
        ),
        ScheduleEntry(
            "1955-04-01",
            KeiLimits("3.00 m", "1.30 m", "2.00 m", "360 cc"),
            label="JP-KEI-CLASS-360",
            citation="施行規則 別表第一 as amended 1954-10-01, two- and four-stroke unified from 1955-04-01",
            unconfirmed=True,
        ),
        ScheduleEntry(
            "1976-01-01",
            KeiLimits("3.20 m", "1.40 m", "2.00 m", "0.550 L"),
            label="JP-KEI-CLASS-1976",
            citation="運輸省令第34号 (1975), applying from 1976-01",
            unconfirmed=True,
        ),
        ScheduleEntry(
            "1990-01-01",
            KeiLimits("3.30 m", "1.40 m", "2.00 m", "0.660 L"),
            label="JP-KEI-CLASS-1990",
            citation="施行規則 別表第一 as amended (1989), applying from 1990-01",
            unconfirmed=True,
        ),
        ScheduleEntry(
            "1998-10-01",
            KeiLimits("3.40 m", "1.48 m", "2.00 m", "0.660 L"),
            label="JP-KEI-CLASS",
            citation="施行規則 別表第一 (軽自動車): 長さ3.40m、幅1.48m、高さ2.00m以下、総排気量0.660L以下",
        ),
    ),
)

# 小型自動車 (four or more wheels): 4.70 × 1.70 × 2.00 m since 1957-06-01; a 2.00 L cap for
# internal-combustion engines except diesel and natural-gas-only vehicles. Seen only in
# reproductions of 別表第一 (AIRIA, JAMA), hence unconfirmed.
SMALL_SIZE = KeiLimits("4.70 m", "1.70 m", "2.00 m", "2.00 L")
SMALL_SIZE_FROM = dt.date(1957, 6, 1)
NO_DISPLACEMENT_CAP = frozenset({"diesel", "electric"})

_DIMENSIONS = (
    ("length_mm", "length", "length"),
    ("width_mm", "width", "width"),
    ("height_mm", "height", "height"),
)


class _Measured:
    """The figures of one vehicle against one set of limits (a plain class: an attrs class costs
    every check that imports this module some 2.5 million instructions to create)."""

    __slots__ = ("missing", "over", "undecided", "within")

    def __init__(
        self,
        over: tuple[str, ...],
        within: tuple[str, ...],
        missing: tuple[str, ...],
        undecided: tuple[str, ...] = (),
    ) -> None:
        self.over, self.within, self.missing, self.undecided = over, within, missing, undecided


def _measure(vehicle: Vehicle, limits: KeiLimits, *, displacement_applies: bool) -> _Measured:
    over, within, missing = [], [], []
    for field, attribute, word in _DIMENSIONS:
        value: Decimal | None = getattr(vehicle, field)
        limit: Measure = getattr(limits, attribute)
        if value is None:
            missing.append(field)
        elif value <= limit.si:
            within.append(f"{word} {show(value, 'mm')} ≤ {show(limit.si, 'mm')}")
        else:
            over.append(f"{word} {show(value, 'mm')} > {show(limit.si, 'mm')}")
    undecided = []
    if displacement_applies:
        cc = vehicle.displacement_cc
        cap, two_stroke = limits.displacement.si, limits.two_stroke_displacement
        if cc is None:
            missing.append("displacement_cc")
        elif cc > cap:
            over.append(f"engine {show(cc, 'cc')} > {show(cap, 'cc')}")
        elif two_stroke is not None and cc > two_stroke.si:
            # Within the four-stroke limit but over the two-stroke one: the stroke decides.
            undecided.append(
                f"engine {show(cc, 'cc')} is within {show(cap, 'cc')} only if it is a four-stroke"
            )
        else:
            within.append(f"engine {show(cc, 'cc')} ≤ {show(cap, 'cc')}")
    return _Measured(tuple(over), tuple(within), tuple(missing), tuple(undecided))


def _against(vehicle: Vehicle, entry: ScheduleEntry[KeiLimits]) -> Outcome:
    measured = _measure(vehicle, entry.value, displacement_applies=not vehicle.is_electric)
    standard = f"the kei standard from {entry.start.isoformat()} ({entry.value.describe()})"
    if measured.over:
        return failed(
            f"not a kei vehicle under {standard}: {'; '.join(measured.over)}", unconfirmed=entry.unconfirmed
        )
    if measured.missing or measured.undecided:
        gaps = [f"{name} not given" for name in measured.missing] + list(measured.undecided)
        return unknown(
            f"within {standard} as far as known, but {'; '.join(gaps)}",
            settle=tuple(f"give {name}" for name in measured.missing)
            + (("the engine type (two- or four-stroke)",) if measured.undecided else ()),
        )
    return passed(
        f"a kei vehicle under {standard}: {'; '.join(measured.within)}", unconfirmed=entry.unconfirmed
    )


def _standards_for(vehicle: Vehicle) -> Sequence[ScheduleEntry[KeiLimits]]:
    if vehicle.manufactured is None:
        return KEI_STANDARDS.entries
    return KEI_STANDARDS.for_date(vehicle.manufactured)


def kei_class_outcome(vehicle: Vehicle) -> Outcome:
    """Within the kei class of its manufacture date? When the date is partial and a change of
    standard falls inside it, every standard it may have been built under must agree."""
    entries = _standards_for(vehicle)
    if not entries:
        assert vehicle.manufactured is not None
        return failed(f"built {vehicle.manufactured.describe()}, before the kei class existed (1949-07-08)")
    outcomes = [_against(vehicle, entry) for entry in entries]
    statuses = {outcome.status for outcome in outcomes}
    if len(statuses) == 1:
        if len(outcomes) == 1:
            return outcomes[0]
        first = outcomes[-1]
        return attrs.evolve(
            first, message=f"under every standard it may have been built under: {first.message}"
        )
    changes = ", ".join(entry.start.isoformat() for entry in entries[1:])
    when = "the manufacture date" if vehicle.manufactured is None else "a fuller manufacture date"
    return unknown(
        f"depends on which kei standard applies: the standard changed on {changes}, "
        f"and {'no manufacture date was given' if vehicle.manufactured is None else 'the build date is partial'}",
        settle=(f"give {when} (the maker's plate or the 車検証 gives it)",),
    )


def _kei_class(vehicle: Vehicle, on: dt.date) -> Outcome:
    return kei_class_outcome(vehicle)


def _small_size_class(vehicle: Vehicle, on: dt.date) -> Outcome:
    if vehicle.manufactured is not None and vehicle.manufactured.latest() < SMALL_SIZE_FROM:
        return unknown(
            "the small-size limits in kei's data apply from 1957-06-01; earlier limits are not encoded",
            settle=("check the small-size (小型) limits of the vehicle's year",),
        )
    measured = _measure(vehicle, SMALL_SIZE, displacement_applies=vehicle.fuel not in NO_DISPLACEMENT_CAP)
    if measured.over:
        return failed(f"over the small-size (小型) limits: {'; '.join(measured.over)}")
    if measured.missing:
        return unknown(
            f"small-size (小型) limits met as far as known; {', '.join(measured.missing)} not given",
            settle=tuple(f"give {name}" for name in measured.missing),
        )
    return conditional(
        f"registrable as an ordinary small-size (小型) vehicle: {'; '.join(measured.within)}",
        conditions=(
            "Register it as a small-size (小型, 4-number) goods vehicle at the Transport Bureau (運輸支局); its "
            "taxes are the small-size rates, not the kei rates.",
        ),
    )


def _power_agreement(vehicle: Vehicle, on: dt.date) -> Outcome:
    if vehicle.power_kw is None:
        return passed("kei makers keep to 64 PS (47 kW) by voluntary agreement since 1987; not law")
    relation = "within" if vehicle.power_kw <= POWER_AGREEMENT.si else "above"
    return passed(
        f"{show_power(vehicle.power_kw)} is {relation} the makers' voluntary 64 PS (47 kW) agreement, "
        "which is not law"
    )


def _payload(vehicle: Vehicle, on: dt.date) -> Outcome:
    if vehicle.payload_kg is None:
        return passed(
            "kei trucks are commonly rated for at most 350 kg; the 車検証's 最大積載量 is authoritative"
        )
    relation = "within" if vehicle.payload_kg <= PAYLOAD.si else "above"
    return passed(
        f"payload {show(vehicle.payload_kg, 'kg')} is {relation} the 350 kg commonly given for kei trucks "
        "(not a classification test; the 車検証's 最大積載量 is authoritative)"
    )


POWER_AGREEMENT = Measure.parse("64 PS")
PAYLOAD = Measure.parse("350 kg")

REGISTRATION = Requirement(
    "JP-REGISTRATION",
    "JP",
    "The truck falls in a class Japan registers: a kei vehicle, or an ordinary small-size vehicle",
)

RULES: tuple[Rule | Requirement, ...] = (
    REGISTRATION,
    Rule(
        id="JP-KEI-CLASS",
        jurisdiction="JP",
        statement="A three- or four-wheeled vehicle is kei (軽自動車) when within the length, width, height and "
        "displacement limits of the standard in force on its manufacture date",
        citation=TABLE,
        source=EGOV,
        sources=(KEIKENKYO, SAIKEI, "http://airia.or.jp/info/system/02.html"),
        reviewed_on=REVIEWED,
        kind=RuleKind.PATHWAY,
        requirement="JP-REGISTRATION",
        check=_kei_class,
        reads=KEI_CLASS_READS,
        uses_date=False,
        schedule=KEI_STANDARDS,
        notes="Standard by manufacture date per 軽自動車検査協会 (「軽自動車の製作年月日により」). The 1955, 1976 and "
        "1990 rows and the 1976/1990 days are confirmed only in secondary copies; outcomes under them are marked "
        "unconfirmed. Kei width is 1.48 m from 1998-10-01 and 1.40 m before (never 1.2 m).",
    ),
    Rule(
        id="JP-SMALL-CLASS",
        jurisdiction="JP",
        statement="A four-wheeled vehicle within 4.70 × 1.70 × 2.00 m (and 2.00 L unless diesel) is a small-size "
        "(小型) vehicle",
        citation="道路運送車両法施行規則 別表第一 (小型自動車)",
        source=EGOV,
        sources=("http://airia.or.jp/info/system/02.html", "http://egotadp.biz/insurance/carno/shashu.htm"),
        reviewed_on=REVIEWED,
        kind=RuleKind.PATHWAY,
        requirement="JP-REGISTRATION",
        check=_small_size_class,
        reads=KEI_CLASS_READS,  # the same figures, against the small-size limits
        uses_date=False,
        unconfirmed=True,
        notes="Limits since 1957-06-01, seen in reproductions of 別表第一 only; the e-Gov text was not read.",
    ),
    Rule(
        id="JP-KEI-PWR-64PS",
        jurisdiction="JP",
        statement="Kei makers limit engine power to 64 PS (47 kW) by voluntary agreement (自主規制), not by law",
        citation="Japan Automobile Manufacturers Association voluntary agreement (1987); no statute",
        source="https://carview.yahoo.co.jp/news/market/20181031-10355651-carview/",
        reviewed_on=REVIEWED,
        kind=RuleKind.INFORMATION,
        check=_power_agreement,
        reads={"power_kw"},
        uses_date=False,
        unconfirmed=True,
    ),
    Rule(
        id="JP-KEI-PAYLOAD-350",
        jurisdiction="JP",
        statement="Kei cargo vehicles are commonly rated for at most 350 kg; the legal instrument was not located",
        citation="legal basis not located; the per-vehicle 最大積載量 on the 自動車検査証 is authoritative",
        source="https://www.keikenkyo.or.jp/information/knowledge/what.html",
        reviewed_on=REVIEWED,
        kind=RuleKind.INFORMATION,
        check=_payload,
        reads={"payload_kg"},
        uses_date=False,
        unconfirmed=True,
        notes="Not part of 別表第一; never used as a classification test.",
    ),
)
