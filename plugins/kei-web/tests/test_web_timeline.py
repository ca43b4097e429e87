"""The eligibility timeline: a row per place from the build date to the day its time bar lifts,
the date asked marked; the same picture from `kei check --format svg`."""

from __future__ import annotations

import datetime as dt
import json
import xml.etree.ElementTree as ET
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st
from web_support import ASKED_ON, needs_texas, run_cli

from kei_core.api import Kei
from kei_core.dates import PartialDate
from kei_core.vehicle import Vehicle
from kei_web.timeline import draw, rows

SVG = "{http://www.w3.org/2000/svg}"
KEI = Kei()  # one registry for the property tests: plugins load once
ON = dt.date(2026, 12, 1)


def parsed(svg: str) -> ET.Element:
    return ET.fromstring(svg.encode())


@needs_texas
def test_kei_check_format_svg_draws_the_timeline(tmp_path: Path) -> None:
    file = tmp_path / "carry.json"
    file.write_text(json.dumps({"make": "Suzuki", "model_code": "DA63T", "manufactured": "2005"}))
    done = run_cli("check", str(file), "--in", "US-TX", "--in", "JP", "--on", ASKED_ON, "--format", "svg")
    assert done.returncode == 1  # the exit status still says the worst place: not legal
    root = parsed(done.stdout)
    assert root.tag == f"{SVG}svg"
    places = [g.get("data-place") for g in root.iter(f"{SVG}g") if g.get("class") == "kei-tl-row"]
    assert places == ["US-TX", "JP"]
    text = " ".join(t.text or "" for t in root.iter(f"{SVG}text"))
    assert "2030-12-31" in text and "2005" in text
    assert any(line.get("class") == "kei-tl-today" for line in root.iter(f"{SVG}line"))


@needs_texas
def test_texas_waits_until_the_25_years_are_over(kei: Kei) -> None:
    vehicle = Vehicle(make="Suzuki", model_code="DA63T", manufactured=PartialDate(2005))
    [row] = rows(kei.check(vehicle, ["US-TX"], ON))
    assert row.built == dt.date(2005, 1, 1)
    assert row.lifts == dt.date(2030, 12, 31)
    assert row.time_cures
    assert "time stops standing in the way on 2030-12-31" in row.caption(ON)


@needs_texas
def test_an_old_enough_truck_has_its_bar_lifted_before_the_date_asked(kei: Kei) -> None:
    vehicle = Vehicle(make="Suzuki", model_code="DA63T", manufactured=PartialDate(1990, 3))
    [row] = rows(kei.check(vehicle, ["US-TX"], ON))
    assert row.lifts is None or row.lifts <= ON


def test_without_a_build_date_the_picture_says_what_is_missing(kei: Kei) -> None:
    svg = draw(kei.check(Vehicle(make="Suzuki"), ["JP"], ON))
    assert "the build date is not given" in svg
    parsed(svg)


@settings(max_examples=40)
@given(make=st.text(max_size=60), year=st.integers(1950, 2026))
def test_any_make_gives_well_formed_svg_with_its_text_escaped(make: str, year: int) -> None:
    result = KEI.check(Vehicle(make=make, manufactured=PartialDate(year)), ["JP", "US"], ON)
    svg = draw(result)
    root = parsed(svg)  # well-formed whatever the make holds
    assert not any(element.tag.endswith("script") for element in root.iter())
    rows_drawn = [g for g in root.iter(f"{SVG}g") if g.get("class") == "kei-tl-row"]
    assert len(rows_drawn) == len(result.verdicts)
    assert "<script" not in svg.lower() or "&lt;script" in svg.lower()


@given(year=st.integers(1950, 2026), month=st.integers(1, 12))
def test_every_bar_starts_at_the_build_date_and_stays_inside_the_picture(year: int, month: int) -> None:
    result = KEI.check(Vehicle(manufactured=PartialDate(year, month)), ["JP"], ON)
    root = parsed(draw(result))
    width = float(root.get("width") or 0)
    for rect in root.iter(f"{SVG}rect"):
        x, w = float(rect.get("x") or 0), float(rect.get("width") or 0)
        assert x >= 0 and w >= 0 and x + w <= width + 0.5


def test_the_svg_format_is_registered_for_kei_check() -> None:
    from kei_core.entrypoints import entry_points

    assert {ep.name: ep.value for ep in entry_points("kei.formats")}["svg"] == "kei_web.timeline:svg_format"
