"""The facade as a long-running caller (kei-web) and the CLI use it: a check evaluates each place
once (asking again, without the catalog's typical values, only what reads them), its answer
lists the plugins behind the places asked and no other, and the names kei-web and batch call
are public."""

from __future__ import annotations

import datetime as dt
import importlib.util
import json
import subprocess
import sys
from collections import Counter
from decimal import Decimal

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from kei_core import Jurisdiction, Model, Outcome, Vehicle, failed, missing, passed
from kei_core.api import Kei
from kei_core.catalog import read_with_typical, without_typical
from kei_core.render.document import check_document
from kei_core.status import Status
from kei_core.testing import make_registry
from kei_core.vehicle_io import vehicle_to_mapping
from kei_core_test_helpers import plugin_module, rule

DAY = dt.date(2026, 12, 1)
FIELDS = ("top_speed_kmh", "height_mm", "width_mm")


def _rules(calls: Counter[str], declared: bool = True):
    """Three requirements of XT, each reading one field (declared, or not when ``declared`` is
    false), counting how often each check runs."""

    def reading(name: str, field: str, ok):
        def check(vehicle: Vehicle, on: dt.date) -> Outcome:
            calls[name] += 1
            value = getattr(vehicle, field)
            if value is None:
                return missing(field)
            return passed(f"{field} fits") if ok(value) else failed(f"{field} does not fit")

        extra = {"reads": {field}, "uses_date": False} if declared else {}
        return rule(name, "XT", check, **extra)

    return [
        reading("XT-SPEED", "top_speed_kmh", lambda v: v >= 60),
        reading("XT-HEIGHT", "height_mm", lambda v: v <= 2000),
        reading("XT-WIDTH", "width_mm", lambda v: v <= 1480),
    ]


def _kei(calls: Counter[str], typical: set[str], declared: bool = True, **specs: int) -> Kei:
    values = {"top_speed_kmh": 100, "height_mm": 1800, "width_mm": 1475} | specs
    model = Model(
        "T1T", "Maker", "Typical", specs={k: Decimal(v) for k, v in values.items()}, unconfirmed=typical
    )
    return Kei(
        make_registry(
            plugin_module("fixture_catalog", models=[model]),
            plugin_module(
                "fixture_xt", [Jurisdiction("XT", "Testland", registers=True)], _rules(calls, declared)
            ),
            plugin_module(
                "fixture_xu",
                [Jurisdiction("XU", "Otherland", registers=True)],
                [rule("XU-WIDTH", "XU", lambda v, on: passed("fits"), reads={"width_mm"}, uses_date=False)],
            ),
        )
    )


def test_a_check_runs_again_only_the_rules_that_read_a_typical_value() -> None:
    """A class-level top speed makes the answer conditional, and only the speed rule is asked
    again without it: the width and height rules, which cannot read it, run once (the whole
    place was evaluated twice before)."""
    calls: Counter[str] = Counter()
    kei = _kei(calls, typical={"top_speed_kmh"})
    filled = kei.complete(Vehicle(model_code="T1T"))
    result = kei.check(filled.vehicle, ["XT"], DAY, catalog=filled)
    assert result.verdicts[0].status is Status.CONDITIONAL
    assert calls == {"XT-SPEED": 2, "XT-HEIGHT": 1, "XT-WIDTH": 1}


def test_a_rule_that_does_not_say_what_it_reads_is_asked_again() -> None:
    calls: Counter[str] = Counter()
    kei = _kei(calls, typical={"top_speed_kmh"}, declared=False)
    filled = kei.complete(Vehicle(model_code="T1T"))
    assert kei.check(filled.vehicle, ["XT"], DAY, catalog=filled).verdicts[0].status is Status.CONDITIONAL
    assert calls == {"XT-SPEED": 2, "XT-HEIGHT": 2, "XT-WIDTH": 2}


@pytest.mark.parametrize("typical", [set(), {"top_speed_kmh"}])
def test_a_place_no_rule_of_which_reads_a_typical_value_is_evaluated_once(typical: set[str]) -> None:
    calls: Counter[str] = Counter()
    kei = _kei(calls, typical=typical)
    filled = kei.complete(Vehicle(model_code="T1T", width_mm=Decimal(1470)))
    result = kei.check(filled.vehicle, ["XU"], DAY, catalog=filled)
    assert result.verdicts[0].status is Status.LEGAL and not result.verdicts[0].findings[0].unconfirmed
    assert not calls  # XT not asked


def _asked_twice(kei: Kei, filled, code: str) -> tuple[Status, dict[str, tuple[Status, bool]]]:
    """What the answer must be: the whole place evaluated again without the typical values,
    every finding that changed flagged and a pass only they made read conditional."""
    verdict = kei.registry.evaluate(filled.vehicle, code, DAY)
    if not filled.typical:
        return verdict.status, {f.rule: (f.status, f.unconfirmed) for f in verdict.findings}
    without = kei.registry.evaluate(without_typical(filled), code, DAY)
    before = {f.rule: f.status for f in without.findings}
    findings = {
        f.rule: (f.status, f.unconfirmed)
        if before[f.rule] is f.status
        else (read_with_typical(f.status, Status.UNKNOWN), True)
        for f in verdict.findings
    }
    return read_with_typical(verdict.status, without.status), findings


@settings(max_examples=60, deadline=None)
@given(
    typical=st.sets(st.sampled_from(FIELDS)),
    own=st.sets(st.sampled_from(FIELDS)),
    declared=st.booleans(),
    speed=st.integers(30, 120),
    height=st.integers(1500, 2200),
    width=st.integers(1400, 1600),
)
def test_the_answer_is_that_of_a_whole_second_evaluation(
    typical, own, declared, speed, height, width
) -> None:
    """Asking again only what reads a typical value answers exactly as evaluating the whole
    place again would, whichever values are typical, given by the owner, or not declared read."""
    calls: Counter[str] = Counter()
    kei = _kei(calls, typical, declared, top_speed_kmh=speed, height_mm=height, width_mm=width)
    given_values = {
        field: Decimal({"top_speed_kmh": 80, "height_mm": 1900, "width_mm": 1500}[field]) for field in own
    }
    filled = kei.complete(Vehicle(model_code="T1T", **given_values))
    result = kei.check(filled.vehicle, [], DAY, catalog=filled)
    for verdict in result.verdicts:
        status, findings = _asked_twice(kei, filled, verdict.jurisdiction)
        assert verdict.status is status
        assert {f.rule: (f.status, f.unconfirmed) for f in verdict.findings} == findings


def test_an_answer_lists_the_plugins_behind_the_places_asked_not_every_one_loaded() -> None:
    calls: Counter[str] = Counter()
    kei = _kei(calls, typical=set())
    kei.check(Vehicle(width_mm=Decimal(1470)), [], DAY)  # every place: every plugin loaded
    alone = kei.check(Vehicle(width_mm=Decimal(1470)), ["XU"], DAY)
    assert [p.name for p in alone.plugins] == ["fixture-xu"]
    filled = kei.complete(Vehicle(model_code="T1T"))
    named = kei.check(filled.vehicle, ["XU"], DAY, catalog=filled)
    assert sorted(p.name for p in named.plugins) == ["fixture-catalog", "fixture-xu"]


@given(st.data())
@settings(max_examples=60)
def test_a_code_is_declared_exactly_when_places_lists_it(data: st.DataObject) -> None:
    kei = _kei(Counter(), typical=set())
    places = kei.places()
    assert places
    code = data.draw(
        st.sampled_from(places)
        | st.sampled_from(places).map(str.lower)
        | st.sampled_from(places).map(lambda c: f" {c}")
        | st.text(max_size=8)
    )
    assert kei.declares(code) is (code in places)


SHIPPED = all(importlib.util.find_spec(n) for n in ("kei_us", "kei_us_tx", "kei_jp"))
TRUCK = "examples/vehicles/suzuki-carry-da63t-2005.toml"


def _fresh_plugins(*arguments: str) -> list[str]:
    """The plugins a fresh ``kei check ... --format json`` process lists."""
    done = subprocess.run(
        [
            sys.executable,
            "-c",
            "from kei_core.cli import main; main()",
            "check",
            *arguments,
            "--format",
            "json",
        ],
        capture_output=True,
        text=True,
        check=False,
    )
    return [p["name"] for p in json.loads(done.stdout)["plugins"]]


@pytest.mark.skipif(not SHIPPED, reason="kei-us, kei-us-tx and kei-jp")
@pytest.mark.parametrize(
    ("asked", "options"),
    [
        ([TRUCK], {"file": TRUCK}),
        (["--model", "DA63T", "--made", "2005-06"], {"model": "DA63T", "made": "2005-06"}),
    ],
)
def test_a_server_that_answered_every_place_lists_for_one_place_what_a_fresh_process_does(
    asked, options
) -> None:
    kei = Kei()
    filled = kei.vehicle(**options, on=DAY)
    kei.check(filled.vehicle, [], DAY, catalog=filled)
    result = kei.check(filled.vehicle, ["US-TX"], DAY, catalog=filled)
    document = check_document(result, vehicle_to_mapping(result.vehicle))
    fresh = _fresh_plugins(*asked, "--in", "US-TX", "--on", DAY.isoformat())
    assert [p["name"] for p in document["plugins"]] == fresh


def test_the_old_private_names_answer_as_the_public_ones() -> None:
    """kei-web and batch called ``_why`` and ``_vehicle_from_options``; until nothing does, they
    are the public functions under another name."""
    from types import SimpleNamespace

    from kei_core.commands import check
    from kei_core.render import text

    assert text._why is text.why
    kei = _kei(Counter(), typical={"height_mm"})
    settings_like = SimpleNamespace(registry=lambda: kei.registry)
    vehicle, filled = check._vehicle_from_options(
        settings_like, None, "T1T", "2005-06", None, ["width_mm=1470"]
    )
    assert vehicle == filled.vehicle
    assert filled == kei.vehicle(model="T1T", made="2005-06", sets=["width_mm=1470"])


@given(st.text(max_size=600))
def test_the_public_error_line_is_the_one_the_cli_prints(message: str) -> None:
    from kei_core import cli
    from kei_core.errors import one_line

    assert one_line(message) == cli._one_line(message)
    assert "\n" not in one_line(message)


def test_the_facade_reads_options_as_kei_check_does() -> None:
    """``Kei.vehicle`` is ``kei check --model --made --set``: a field given by --set wins over the
    catalog, and a bad one is an error naming the option."""
    from kei_core.errors import InputError

    calls: Counter[str] = Counter()
    kei = _kei(calls, typical={"height_mm"})
    filled = kei.vehicle(model="T1T", made="2005-06", sets=["height_mm=1700"])
    assert filled.vehicle.height_mm == Decimal(1700) and "height_mm" not in filled.typical
    assert filled.typical == ()
    with pytest.raises(InputError) as error:
        kei.vehicle(model="T1T", sets=["height_mm"])
    assert error.value.field == "--set"
    with pytest.raises(InputError) as error:
        kei.vehicle(model="T1T", made="2030", on=DAY)
    assert error.value.field == "manufactured"
