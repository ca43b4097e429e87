"""The catalog wherever a model is named: a vehicle file's ``model_code`` or ``frame_number``
fills the specifications exactly as ``--model``/``--frame`` do, through the one builder
(:func:`kei_core.catalog.complete`) that ``kei batch`` and the web page call too."""

from __future__ import annotations

import importlib.util
import json
from decimal import Decimal
from pathlib import Path

import pytest
from click.testing import CliRunner
from hypothesis import given
from hypothesis import strategies as st

from kei_core import Jurisdiction, Model, PartialDate, Vehicle, failed, passed
from kei_core import cli as cli_module
from kei_core.api import Kei
from kei_core.catalog import complete
from kei_core.errors import InputError
from kei_core.testing import make_registry
from kei_core_test_helpers import plugin_module, rule

HIJET = Model(
    "S110P",
    "Daihatsu",
    "Hijet Truck",
    production_start=PartialDate.parse("1994-01"),
    production_end=PartialDate.parse("1999-01"),
    specs={
        "length_mm": Decimal(3295),
        "width_mm": Decimal(1395),
        "height_mm": Decimal(1900),
        "curb_weight_kg": Decimal(726),
        "displacement_cc": Decimal(659),
    },
    unconfirmed={"height_mm", "curb_weight_kg"},
)
CARRY = Model("DA63T", "Suzuki", "Carry", specs={"width_mm": Decimal(1475)})


def catalog_plugin():
    return plugin_module("fixture_catalog", models=[HIJET, CARRY])


def place_plugin():
    """A place whose one rule says which height it saw, so a test sees what was filled."""
    return plugin_module(
        "fixture_place",
        [Jurisdiction("XC", "Catalogia", registers=True)],
        [rule("XC-HEIGHT", "XC", lambda v, on: passed(f"height {v.height_mm}"), reads={"height_mm"})],
    )


@pytest.fixture
def run(monkeypatch, tmp_path: Path):
    registry = make_registry(catalog_plugin(), place_plugin())
    monkeypatch.setattr(cli_module.Settings, "registry", lambda self: registry)

    def invoke(text: str, *args: str):
        path = tmp_path / "truck.toml"
        path.write_text(text, encoding="utf-8")
        return CliRunner().invoke(cli_module.cli, ["check", str(path), "--in", "XC", *args])

    return invoke


def test_a_file_naming_its_model_code_gets_the_catalogs_figures(run) -> None:
    result = run('model_code = "S110P"\nmanufactured = "1997"\n', "--format", "json")
    assert result.exit_code == 0, result.output
    document = json.loads(result.output)
    assert document["vehicle"]["height_mm"] == 1900
    assert document["vehicle"]["make"] == "Daihatsu"
    assert document["catalog"]["model_code"] == "S110P"
    assert "height_mm" in document["catalog"]["from_catalog"]
    assert set(document["catalog"]["typical"]) == {"height_mm", "curb_weight_kg"}
    assert document["schema"] == "kei/check@1"


def test_the_files_own_values_win_over_the_catalog(run) -> None:
    result = run('model_code = "S110P"\nheight_mm = "70 in"\nmanufactured = "1997"\n', "--format", "json")
    document = json.loads(result.output)
    assert document["vehicle"]["height_mm"] == 1778
    assert "height_mm" not in document["catalog"]["from_catalog"]
    assert "height_mm" not in document["catalog"]["typical"]


def test_a_frame_number_alone_names_the_model(run) -> None:
    result = run('frame_number = "S110P-123456"\nmanufactured = "1997"\n')
    assert result.exit_code == 0, result.output
    assert "from the S110P catalog entry" in result.output
    assert "typical values, check your papers: height_mm, curb_weight_kg" in result.output


def test_an_unknown_model_code_is_one_line_with_what_was_meant(run) -> None:
    result = run('model_code = "S11OP"\nmanufactured = "1997"\n')
    assert result.exit_code == 2
    assert result.output.count("\n") == 1
    assert "model_code: 'S11OP' is not in the catalog (did you mean 'S110P'?)" in result.output
    assert "Traceback" not in result.output


def test_a_frame_number_naming_another_model_is_a_warning_not_an_error(run) -> None:
    result = run('model_code = "S110P"\nframe_number = "DA63T-362171"\nmanufactured = "1997"\n')
    assert result.exit_code == 0, result.output
    assert "the frame number DA63T-362171 begins with DA63T, but the model code is S110P" in result.output


def test_without_a_catalog_a_file_with_a_model_code_is_answered_as_written(monkeypatch, tmp_path) -> None:
    registry = make_registry(place_plugin())
    path = tmp_path / "truck.toml"
    path.write_text('model_code = "S110P"\nheight_mm = 1780\n', encoding="utf-8")
    monkeypatch.setattr(cli_module.Settings, "registry", lambda self: registry)
    result = CliRunner().invoke(cli_module.cli, ["check", str(path), "--in", "XC"])
    assert result.exit_code == 0, result.output
    assert "S110P was not looked up: no model catalog is installed" in result.output


def test_the_facade_completes_a_vehicle_as_the_command_does() -> None:
    kei = Kei(make_registry(catalog_plugin()))
    filled = kei.complete(Vehicle(model_code="S110P", width_mm=Decimal(1400)))
    assert filled.vehicle.width_mm == Decimal(1400) and filled.vehicle.length_mm == Decimal(3295)
    assert "width_mm" not in filled.from_catalog and "length_mm" in filled.from_catalog
    assert kei.complete(Vehicle(make="Suzuki")).from_catalog == ()
    with pytest.raises(InputError, match="did you mean 'DA63T'"):
        kei.complete(Vehicle(model_code="DA36T"))


SPEC_FIELDS = ("length_mm", "width_mm", "height_mm", "curb_weight_kg", "displacement_cc")


@given(
    st.dictionaries(
        st.sampled_from(SPEC_FIELDS), st.integers(min_value=600, max_value=1900).map(Decimal), max_size=5
    )
)
def test_every_value_a_vehicle_gives_is_kept_and_every_other_comes_from_the_catalog(given_values) -> None:
    registry = make_registry(catalog_plugin())
    filled = complete(registry, Vehicle(model_code="S110P", **given_values))
    for name in SPEC_FIELDS:
        expected = given_values.get(name, HIJET.specs[name])
        assert getattr(filled.vehicle, name) == expected
        assert (name in filled.from_catalog) == (name not in given_values)
    assert set(filled.typical) <= set(filled.from_catalog)


@pytest.mark.skipif(
    not all(importlib.util.find_spec(n) for n in ("kei_us", "kei_jp")), reason="the shipped catalog"
)
def test_a_production_window_never_narrows_the_build_date_a_truck_is_judged_by() -> None:
    """DA52T's end is uncertain (2001-09 or 2002-04); a DA52T "built 2002" is judged as possibly
    built on 2002-12-31, never as built by the window's end: a catalog window, read in secondary
    sources, cannot make an answer more favourable than the date the owner gave."""
    result = CliRunner().invoke(
        cli_module.cli,
        [
            "check",
            "--model",
            "DA52T",
            "--made",
            "2002",
            "--in",
            "US",
            "--on",
            "2026-12-01",
            "--format",
            "json",
        ],
    )
    document = json.loads(result.output)
    assert document["vehicle"]["manufactured"] == "2002"
    assert document["verdicts"][0]["eligible_from"] == "2027-12-31"
    assert not document["catalog"]["warnings"]  # 2002 overlaps the window: no false alarm


def test_a_model_name_where_a_code_belongs_gets_the_codes_it_names(run) -> None:
    result = run('model_code = "Hijet"\nmanufactured = "1997"\n')
    assert result.exit_code == 2
    assert "'HIJET' is not a model code; `kei models hijet` lists the codes it names (S110P)" in result.output


def fast_place():
    """A place whose definition asks for a truck capable of more than 65 mph (North Dakota's
    unconventional vehicle): a class-level top speed must not settle it as if it were measured."""
    from kei_core import Limit, missing

    minimum = Limit.more_than("65 mph")

    def fast_enough(vehicle, on):
        if vehicle.top_speed_kmh is None:
            return missing("top_speed_kmh")
        return passed("fast enough") if minimum.admits(vehicle.top_speed_kmh) else failed("too slow")

    return plugin_module(
        "fixture_fast",
        [Jurisdiction("XF", "Fastland", registers=True)],
        [rule("XF-DEFINITION", "XF", fast_enough, reads={"top_speed_kmh"})],
    )


TYPICAL_SPEED = Model(
    "T120T", "Maker", "Typical", specs={"top_speed_kmh": Decimal(120)}, unconfirmed={"top_speed_kmh"}
)
MEASURED_SPEED = Model("M120T", "Maker", "Measured", specs={"top_speed_kmh": Decimal(120)})


@pytest.mark.parametrize(
    ("code", "status", "flagged"), [("T120T", "conditional", True), ("M120T", "legal", False)]
)
def test_a_typical_value_answers_but_never_as_the_trucks_own(monkeypatch, code, status, flagged) -> None:
    registry = make_registry(
        plugin_module("fixture_speeds", models=[TYPICAL_SPEED, MEASURED_SPEED]), fast_place()
    )
    monkeypatch.setattr(cli_module.Settings, "registry", lambda self: registry)
    result = CliRunner().invoke(cli_module.cli, ["check", "--model", code, "--in", "XF", "--format", "json"])
    document = json.loads(result.output)
    verdict = document["verdicts"][0]
    finding = verdict["levels"][0]["findings"][0]
    assert (verdict["status"], finding["unconfirmed"]) == (status, flagged)
    assert any("XF-DEFINITION rest on typical values" in n for n in document["catalog_notes"]) == flagged


@given(st.integers(min_value=10, max_value=200), st.booleans())
def test_no_typical_value_ever_makes_an_answer_legal(speed, typical) -> None:
    """Whatever the figure, a catalog value only typical of the model never makes an answer
    legal that would not be legal without it; a measured one may."""
    model = Model(
        "X1T",
        "Maker",
        "Any",
        specs={"top_speed_kmh": Decimal(speed)},
        unconfirmed={"top_speed_kmh"} if typical else set(),
    )
    kei = Kei(make_registry(plugin_module("fixture_any", models=[model]), fast_place()))
    filled = kei.complete(Vehicle(model_code="X1T"))
    verdict = kei.check(filled.vehicle, ["XF"], catalog=filled).verdicts[0]
    if typical:
        assert verdict.status.value != "legal"
    else:
        assert (verdict.status.value == "legal") == (speed > Decimal("104.60736"))
