"""The kei truck catalog: lookups, search, and the facts every entry must respect.

The kei size limits below are written from the law (道路運送車両法施行規則 別表第一 as amended,
by manufacture date), not from kei_jp's rule, so the catalog is checked against the statute itself.
"""

from __future__ import annotations

import datetime as dt
import re
import tomllib
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from kei_core import Measure, Model, PartialDate, Status, Vehicle
from kei_jp import catalog

MODELS = catalog.models()

# 別表第一, 軽自動車: the standard in force at a vehicle's manufacture date applies to it.
# (from, length, width, height, displacement) in mm and cc.
KEI_LIMITS = (
    (dt.date(1976, 1, 1), 3200, 1400, 2000, 550),
    (dt.date(1990, 1, 1), 3300, 1400, 2000, 660),
    (dt.date(1998, 10, 1), 3400, 1480, 2000, 660),
)
VEHICLE_SPEC_FIELDS = {
    "length_mm", "width_mm", "height_mm", "displacement_cc", "power_kw", "curb_weight_kg",
    "payload_kg", "seats", "top_speed_kmh", "drive", "fuel", "steering",
}  # fmt: skip
WINDOW_FIELDS = {"production_start", "production_end"}
EXAMPLES = Path(__file__).resolve().parents[3] / "examples" / "vehicles"


def limits_on(day: dt.date) -> tuple[int, int, int, int]:
    applicable = [entry for entry in KEI_LIMITS if entry[0] <= day]
    assert applicable, f"no kei standard of 1976 or later applies on {day}"
    return applicable[-1][1:]


def by_code(model: Model) -> str:
    return model.model_code


# -- lookups ---------------------------------------------------------------------------------------


def test_a_model_code_finds_its_model() -> None:
    model = catalog.find("DA63T")
    assert model is not None
    assert (model.make, model.model) == ("Suzuki", "Carry")
    assert model.production_start == PartialDate(2002, 5)
    assert model.production_end == PartialDate(2013, 8)


def test_lookup_ignores_case_and_spaces() -> None:
    assert catalog.find("  s510p ") is catalog.find("S510P")


def test_a_type_designation_with_its_emissions_prefix_finds_the_model() -> None:
    # The 型式 on a 車検証 puts the emissions class first: EBD-DA16T is a DA16T.
    assert catalog.find("EBD-DA16T") is catalog.find("DA16T")
    assert catalog.find("3BD-S510P") is catalog.find("S510P")
    assert catalog.find("M-DB51T") is catalog.find("DB51T")


def test_an_old_type_designation_with_a_trim_suffix_finds_the_model() -> None:
    assert catalog.find("M-S80P-TDK") is catalog.find("S80P")


def test_a_frame_number_finds_its_model_and_the_serial_is_not_read_as_a_code() -> None:
    assert catalog.find("DA63T-123456") is catalog.find("DA63T")
    assert catalog.find("HA9-1234567") is catalog.find("HA9")


def test_an_unknown_code_finds_nothing() -> None:
    assert catalog.find("ZZ99T") is None
    assert catalog.find("") is None
    assert catalog.find("123456") is None


@given(
    model=st.sampled_from(MODELS),
    prefix=st.from_regex(r"[0-9A-Z]{1,3}", fullmatch=True),
    serial=st.integers(min_value=0, max_value=9_999_999),
)
def test_every_code_is_found_behind_any_prefix_and_before_any_serial(
    model: Model, prefix: str, serial: int
) -> None:
    if catalog.find(prefix) is not None:
        return  # a prefix that is itself a model code is not an emissions class
    assert catalog.find(f"{prefix}-{model.model_code}") is model
    assert catalog.find(f"{model.model_code}-{serial:06d}") is model
    assert catalog.find(model.model_code.lower()) is model


def test_one_model_per_code() -> None:
    codes = [model.model_code for model in MODELS]
    assert len(codes) == len(set(codes))


def test_models_returns_a_fresh_list_and_the_specs_cannot_be_changed_by_a_caller() -> None:
    first = catalog.models()
    first.clear()
    assert catalog.models()
    with pytest.raises(TypeError):
        catalog.models()[0].specs["width_mm"] = Decimal(1)  # type: ignore[index]


# -- search ----------------------------------------------------------------------------------------


def test_search_by_make_is_case_insensitive() -> None:
    honda = catalog.search("HONDA")
    assert honda
    assert {model.make for model in honda} == {"Honda"}
    assert catalog.search("honda") == honda


def test_search_by_make_and_model_name_needs_every_word() -> None:
    found = catalog.search("suzuki carry")
    assert {model.model_code for model in found} >= {"DA71T", "DA63T", "DA16T"}
    assert all(model.make == "Suzuki" and model.model == "Carry" for model in found)


def test_search_by_part_of_a_code() -> None:
    assert [model.model_code for model in catalog.search("da16")] == ["DA16T"]


def test_search_with_a_type_designation_gives_that_model() -> None:
    assert catalog.search("EBD-DA16T") == [catalog.find("DA16T")]


def test_search_does_not_match_a_twin_by_its_base_model() -> None:
    # The Mazda Scrum DG16T is a Carry twin, but a search for "carry" is about the name on the truck.
    assert "DG16T" not in {model.model_code for model in catalog.search("carry")}
    assert [model.model_code for model in catalog.search("scrum dg16t")] == ["DG16T"]


def test_search_for_nothing_known_is_empty_and_empty_query_lists_all() -> None:
    assert catalog.search("tesla") == []
    assert catalog.search("") == MODELS


# -- every entry -----------------------------------------------------------------------------------


@pytest.mark.parametrize("model", MODELS, ids=by_code)
def test_specs_build_a_valid_vehicle(model: Model) -> None:
    assert set(model.specs) <= VEHICLE_SPEC_FIELDS
    vehicle = Vehicle(
        make=model.make,
        model=model.model,
        model_code=model.model_code,
        manufactured=model.production_start,
        **model.specs,
    )
    assert vehicle.model_code == model.model_code
    assert vehicle.fuel == "petrol"
    assert vehicle.steering == "right"


@pytest.mark.parametrize("model", MODELS, ids=by_code)
def test_dimensions_fit_the_kei_standard_in_force_at_production_start(model: Model) -> None:
    # A model without a known start (Sambar KT6) must fit the strictest standard it could fall under.
    start = model.production_start.earliest() if model.production_start else KEI_LIMITS[0][0]
    length, width, height, displacement = limits_on(start)
    specs = model.specs
    assert specs.get("length_mm", 0) <= length
    assert specs.get("width_mm", 0) <= width
    assert specs.get("height_mm", 0) <= height
    assert specs.get("displacement_cc", 0) <= displacement


@pytest.mark.parametrize("model", [m for m in MODELS if m.production_start], ids=by_code)
def test_bodies_are_built_to_the_class_maximum(model: Model) -> None:
    # Kei trucks are built to the limit less a few millimetres (3195/3295/3395 x 1395/1475); a width
    # far under the limit means a misremembered limit, not a narrow truck.
    assert model.production_start is not None
    length, width, _, _ = limits_on(model.production_start.earliest())
    if "width_mm" in model.specs:
        assert width - 10 <= model.specs["width_mm"] <= width
    if "length_mm" in model.specs:
        assert length - 10 <= model.specs["length_mm"] <= length


@pytest.mark.parametrize("model", MODELS, ids=by_code)
def test_production_window_is_ordered(model: Model) -> None:
    assert model.production_start or model.production_end, "a model needs at least one production date"
    if model.production_start and model.production_end:
        assert model.production_start.earliest() <= model.production_end.latest()


@pytest.mark.parametrize("model", MODELS, ids=by_code)
def test_every_model_cites_a_source_and_marks_only_fields_it_gives(model: Model) -> None:
    assert re.match(r"https?://", model.source)
    window = {name for name in WINDOW_FIELDS if getattr(model, name) is not None}
    assert model.unconfirmed <= set(model.specs) | window


@pytest.mark.parametrize("model", MODELS, ids=by_code)
def test_curb_weight_is_never_shown_as_confirmed(model: Model) -> None:
    # Curb weight depends on trim, cab and drive; one figure per code is always "check your papers".
    if "curb_weight_kg" in model.specs:
        assert "curb_weight_kg" in model.unconfirmed


def test_power_is_converted_from_ps_exactly() -> None:
    model = catalog.find("DA16T")
    assert model is not None
    assert model.specs["power_kw"] == Measure.parse("50 PS").si == Decimal("36.7749375")


def test_codes_built_with_both_drives_give_no_drive() -> None:
    for code in ("DA62T", "DA63T", "DA65T", "DA16T", "DS16T", "DR16T", "DG16T"):
        model = catalog.find(code)
        assert model is not None
        assert "drive" not in model.specs, code


def test_the_carry_drive_letter_is_confirmed_only_where_a_source_states_it() -> None:
    # nosweb states DA = 2WD, DB = 4WD for the 1985 Carry; later pairs only follow the pattern.
    da71t, db71t, da52t = catalog.find("DA71T"), catalog.find("DB71T"), catalog.find("DA52T")
    assert da71t and db71t and da52t
    assert (da71t.specs["drive"], db71t.specs["drive"]) == ("2WD", "4WD")
    assert "drive" not in da71t.unconfirmed | db71t.unconfirmed
    assert "drive" in da52t.unconfirmed


def test_recalled_values_are_marked_unconfirmed() -> None:
    # Hijet S500P/S510P: the 2WD/4WD split was never seen stated; power differs by period.
    s500p = catalog.find("S500P")
    assert s500p is not None
    assert {"drive", "power_kw"} <= s500p.unconfirmed
    assert {"length_mm", "width_mm", "payload_kg"}.isdisjoint(s500p.unconfirmed)
    # Every height is typical (roofs differ), even where the standard roof's figure is published.
    assert "height_mm" in s500p.unconfirmed
    # Carry DA51T: only the 4WD DB51T was seen, so everything about the 2WD code is a recollection.
    da51t = catalog.find("DA51T")
    assert da51t is not None
    assert set(da51t.specs) - da51t.unconfirmed == {"fuel", "steering"}
    # Sambar KS3/KS4: the 3295 x 1395 body was seen; the drive split was not.
    ks4 = catalog.find("KS4")
    assert ks4 is not None
    assert "drive" in ks4.unconfirmed
    assert {"length_mm", "width_mm", "displacement_cc"}.isdisjoint(ks4.unconfirmed)


def test_conflicting_dates_follow_the_chosen_source() -> None:
    # Carry DA52T: the parts catalogue moves the truck to DA62T in 2001-09, keicars-maniac dates it to
    # 2002-04; the later end is kept (and marked unconfirmed), so the two windows overlap.
    da52t, da62t = catalog.find("DA52T"), catalog.find("DA62T")
    assert da52t and da62t
    assert da52t.production_end == PartialDate(2002, 4)
    assert da62t.production_start == PartialDate(2001, 9)
    assert "production_end" in da52t.unconfirmed
    # Acty HA6/HA7 end 2009-10; the HA8 only went on sale 2009-12.
    ha7, ha8 = catalog.find("HA7"), catalog.find("HA8")
    assert ha7 and ha8
    assert ha7.production_end == PartialDate(2009, 10)
    assert ha7.production_end.latest() < ha8.production_start.earliest()  # type: ignore[union-attr]


def test_the_catalog_agrees_with_the_kei_class_rule() -> None:
    try:
        from kei_jp import kei_class  # noqa: F401
    except ImportError:
        pytest.skip("kei_jp.kei_class is not written yet")
    import kei_jp

    for model in MODELS:
        if model.production_start is None:
            continue
        vehicle = Vehicle(model_code=model.model_code, manufactured=model.production_start, **model.specs)
        assert kei_jp.kei_class_test(vehicle).status is not Status.NOT_LEGAL, model.model_code


# -- example vehicle files -------------------------------------------------------------------------

_MEASURE_SUFFIXES = {"_mm": "length", "_kg": "mass", "_kw": "power", "_cc": "volume", "_kmh": "speed"}


def load_example(path: Path) -> Vehicle:
    """A vehicle file read the plain way: numbers in kei's unit, or text with a unit."""
    fields: dict[str, Any] = {}
    for name, value in tomllib.loads(path.read_text(encoding="utf-8")).items():
        dimension = next((d for suffix, d in _MEASURE_SUFFIXES.items() if name.endswith(suffix)), None)
        if dimension and isinstance(value, str):
            fields[name] = Measure.parse(value, dimension).si
        elif dimension:
            fields[name] = Decimal(str(value))
        elif name in ("manufactured", "first_registered"):
            fields[name] = PartialDate.parse(value)
        else:
            fields[name] = value
    return Vehicle(**fields)


EXAMPLE_FILES = sorted(EXAMPLES.glob("*.toml")) if EXAMPLES.is_dir() else []
needs_examples = pytest.mark.skipif(not EXAMPLE_FILES, reason="examples/vehicles not beside this plugin")


@needs_examples
@pytest.mark.parametrize("path", EXAMPLE_FILES, ids=lambda p: p.stem)
def test_example_vehicle_matches_its_catalog_model(path: Path) -> None:
    vehicle = load_example(path)
    assert re.search(r"^# .*https?://", path.read_text(encoding="utf-8"), re.MULTILINE), "cite a source"
    assert vehicle.model_code
    model = catalog.find(vehicle.model_code)
    assert model is not None, f"{vehicle.model_code} is not in the catalog"
    assert vehicle.make == model.make
    assert vehicle.manufactured is not None
    if model.production_start:
        assert vehicle.manufactured.earliest() >= model.production_start.earliest()
    if model.production_end:
        assert vehicle.manufactured.latest() <= model.production_end.latest()
    for name, value in model.specs.items():
        if name not in model.unconfirmed and getattr(vehicle, name) is not None:
            assert getattr(vehicle, name) == value, name
    length, width, height, displacement = limits_on(vehicle.manufactured.earliest())
    assert vehicle.length_mm is not None and vehicle.length_mm <= length
    assert vehicle.width_mm is not None and vehicle.width_mm <= width
    assert vehicle.height_mm is None or vehicle.height_mm <= height
    assert vehicle.displacement_cc is not None and vehicle.displacement_cc <= displacement
    assert (vehicle.fuel, vehicle.steering, vehicle.original_configuration) == ("petrol", "right", True)
    assert path.stem.startswith(f"{vehicle.make.lower()}-")
    assert f"-{vehicle.model_code.lower()}-{vehicle.manufactured.year}" in path.stem


@needs_examples
def test_examples_cover_makers_and_eras() -> None:
    vehicles = [load_example(path) for path in EXAMPLE_FILES]
    assert len(vehicles) >= 6
    assert len({vehicle.make for vehicle in vehicles}) >= 5
    built = [vehicle.manufactured for vehicle in vehicles if vehicle.manufactured]
    # a 550 cc truck of the 1980s, a 1990s narrow body, a 2005-06 truck and a post-1998 wide body
    assert any(date.latest() < dt.date(1990, 1, 1) for date in built)
    assert any(
        v.manufactured and 1990 <= v.manufactured.year <= 1998 and v.width_mm and v.width_mm <= 1400
        for v in vehicles
    )
    assert any(date.year in (2005, 2006) for date in built)
    assert any(v.width_mm and v.width_mm > 1400 for v in vehicles)
