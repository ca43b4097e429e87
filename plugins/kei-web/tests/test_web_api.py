"""The JSON API answers exactly what the CLI answers: the same document, the same error line."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from web_support import ASKED_ON, cli_error, needs_texas, run_cli

DA63T = {"make": "Suzuki", "model_code": "DA63T", "manufactured": "2005-06", "width_mm": 1475}


def cli_document(tmp_path: Path, vehicle: dict[str, Any], *args: str) -> dict[str, Any]:
    file = tmp_path / "vehicle.json"
    file.write_text(json.dumps(vehicle))
    done = run_cli("check", str(file), *args, "--format", "json")
    assert done.returncode in (0, 1, 3), done.stderr
    return json.loads(done.stdout)


@needs_texas
def test_post_check_is_the_document_kei_check_prints(client: Any, tmp_path: Path) -> None:
    response = client.post("/api/check", json={"vehicle": DA63T, "in": ["US-TX"], "on": ASKED_ON})
    assert response.status_code == 200
    assert response.headers["content-type"].startswith("application/json")
    expected = cli_document(tmp_path, DA63T, "--in", "US-TX", "--on", ASKED_ON)
    assert response.json() == expected
    assert expected["verdicts"][0]["status"] == "not_legal"
    assert expected["verdicts"][0]["eligible_from"] == "2030-06-30"  # 25 years after June 2005 ends


@needs_texas
def test_post_check_of_several_places_keeps_their_order(client: Any, tmp_path: Path) -> None:
    places = ["JP", "US-TX", "CA-BC"]
    response = client.post("/api/check", json={"vehicle": DA63T, "in": places, "on": ASKED_ON})
    expected = cli_document(
        tmp_path, DA63T, *[arg for code in places for arg in ("--in", code)], "--on", ASKED_ON
    )
    assert response.json() == expected
    assert [v["jurisdiction"] for v in response.json()["verdicts"]] == places


@needs_texas
def test_after_every_place_one_place_lists_the_plugins_a_fresh_kei_check_does(
    client: Any, tmp_path: Path
) -> None:
    """A server that has loaded every plugin answers one place with the plugins behind it (and
    the catalog's, which filled the height), as a fresh `kei check` process lists them: the
    facade's own answer, with no narrowing by kei-web."""
    client.post("/api/check", json={"vehicle": DA63T, "on": ASKED_ON})
    response = client.post("/api/check", json={"vehicle": DA63T, "in": ["US-TX"], "on": ASKED_ON})
    expected = cli_document(tmp_path, DA63T, "--in", "US-TX", "--on", ASKED_ON)
    assert response.json()["plugins"] == expected["plugins"]
    assert {p["name"] for p in expected["plugins"]} == {"us", "us-tx", "jp"}


def test_post_check_without_places_answers_every_installed_place(
    client: Any, kei: Any, tmp_path: Path
) -> None:
    vehicle = {"manufactured": "1990-03", "width_mm": "1395 mm"}
    response = client.post("/api/check", json={"vehicle": vehicle, "on": ASKED_ON})
    assert response.status_code == 200
    assert response.json() == cli_document(tmp_path, vehicle, "--on", ASKED_ON)
    assert [v["jurisdiction"] for v in response.json()["verdicts"]] == kei.places()


def test_measures_stay_exact_as_in_the_cli(client: Any, tmp_path: Path) -> None:
    """A measure no float holds exactly comes back with its digits, as `kei check` prints it."""
    body = '{"vehicle": {"width_mm": 1480.0000000000000000001, "manufactured": "1999"}, "in": ["JP"], "on": "2026-12-01"}'
    response = client.post("/api/check", content=body.encode(), headers={"content-type": "application/json"})
    assert response.status_code == 200
    file = tmp_path / "v.json"
    file.write_text(json.dumps(json.loads(body)["vehicle"], default=str).replace('"1480', "1480"))
    assert response.json()["vehicle"]["width_mm"] == "1480.0000000000000000001"


@needs_texas
def test_get_api_check_is_kei_check_with_model_and_made(client: Any) -> None:
    response = client.get(f"/api/check?model=DA63T&made=2005&in=US-TX&on={ASKED_ON}")
    assert response.status_code == 200
    done = run_cli(
        "check", "--model", "DA63T", "--made", "2005", "--in", "US-TX", "--on", ASKED_ON, "--format", "json"
    )
    assert response.json() == json.loads(done.stdout)


@pytest.mark.parametrize(
    ("vehicle", "extra", "cli_args"),
    [
        ({"width_mm": "wide"}, {}, []),
        ({"widht_mm": 1475}, {}, []),
        ({"manufactured": "2005-13"}, {}, []),
        ({"make": "x" * 5000}, {}, []),
        ({"manufactured": "2030"}, {}, []),
        ({"width_mm": 1475}, {"in": ["US-XX"]}, ["--in", "US-XX"]),
        ({"width_mm": 1475}, {"on": "01/22/2026"}, ["--on", "01/22/2026"]),
        ({"width_mm": 1475}, {"in": ["U$-TX"]}, ["--in", "U$-TX"]),
    ],
)
def test_bad_values_get_the_line_the_cli_prints(
    client: Any, tmp_path: Path, vehicle: dict[str, Any], extra: dict[str, Any], cli_args: list[str]
) -> None:
    response = client.post("/api/check", json={"vehicle": vehicle, "on": ASKED_ON, **extra})
    assert response.status_code == 422
    assert set(response.json()) == {"error"}
    file = tmp_path / "vehicle.json"
    file.write_text(json.dumps(vehicle))
    on = [] if "on" in extra else ["--on", ASKED_ON]
    assert response.json()["error"] == cli_error("check", str(file), *cli_args, *on)


def test_control_characters_are_escaped_in_errors_as_the_cli_escapes_them(
    client: Any, tmp_path: Path
) -> None:
    vehicle = {"width_mm": "\x1b[2J\u202ewide"}
    response = client.post("/api/check", json={"vehicle": vehicle, "on": ASKED_ON})
    assert response.status_code == 422
    message = response.json()["error"]
    assert "\x1b" not in message and "\u202e" not in message and "\\x1b" in message
    file = tmp_path / "vehicle.json"
    file.write_text(json.dumps(vehicle))
    assert message == cli_error("check", str(file), "--on", ASKED_ON)


@pytest.mark.parametrize(
    "body",
    [b"{not json", b"[1, 2]", b'"text"', b"\xff\xfe", b'{"vehicle": {}, "where": ["JP"]}', b"[" * 100_000],
)
def test_what_is_not_a_question_is_400_with_one_line(client: Any, body: bytes) -> None:
    response = client.post("/api/check", content=body, headers={"content-type": "application/json"})
    assert response.status_code == 400
    error = response.json()["error"]
    assert "\n" not in error and "Traceback" not in error and len(error) <= 400


def test_jurisdictions_are_kei_jurisdictions(client: Any) -> None:
    response = client.get("/api/jurisdictions")
    assert response.status_code == 200
    assert response.json() == json.loads(run_cli("jurisdictions", "--format", "json").stdout)


def test_rules_are_kei_rules(client: Any) -> None:
    assert client.get("/api/rules").json() == json.loads(run_cli("rules", "--format", "json").stdout)


@needs_texas
def test_rules_of_a_place_are_kei_rules_in(client: Any) -> None:
    found = client.get("/api/rules?in=us-tx").json()
    assert found == json.loads(run_cli("rules", "--in", "US-TX", "--format", "json").stdout)
    assert {rule["jurisdiction"] for rule in found} <= {"US", "US-TX"}
    assert client.get("/api/rules?in=<b>").status_code == 400


@needs_texas
def test_one_rule_and_an_unknown_one(client: Any) -> None:
    rule = client.get("/api/rules/us-fmvss-25y")
    assert rule.status_code == 200
    assert rule.json()["id"] == "US-FMVSS-25Y"
    assert rule.json()["source"].startswith("https://")
    missing = client.get("/api/rules/US-FMVSS-25")
    assert missing.status_code == 404
    assert missing.json()["error"] == cli_error("explain", "US-FMVSS-25")


@needs_texas
def test_models_search_the_catalog_as_kei_models_does(client: Any) -> None:
    found = client.get("/api/models?q=suzuki DA63T")
    assert found.status_code == 200
    assert "DA63T" in [m["model_code"] for m in found.json()]
    assert found.json() == json.loads(run_cli("models", "suzuki DA63T", "--format", "json").stdout)
    assert client.get("/api/models?q=zzzz-nothing").json() == []


def test_batch_streams_kei_batch_columns(client: Any, tmp_path: Path) -> None:
    inventory = "make,manufactured,width_mm\nSuzuki,1990-03,1395\nDaihatsu,not-a-date,1395\n"
    response = client.post(
        "/api/batch?in=JP&on=2026-12-01", content=inventory.encode(), headers={"content-type": "text/csv"}
    )
    assert response.status_code == 200
    assert response.headers["content-type"].startswith("text/csv")
    file = tmp_path / "inventory.csv"
    file.write_text(inventory)
    done = run_cli("batch", str(file), "--in", "JP", "--on", ASKED_ON)
    assert response.text == done.stdout
    lines = response.text.splitlines()
    assert lines[0].startswith("row,jurisdiction,status,eligible_from")
    assert len(lines) == 3 and lines[2].startswith("3,JP,unknown")


def test_an_empty_inventory_is_400_with_batchs_line(client: Any, tmp_path: Path) -> None:
    response = client.post("/api/batch?in=JP", content=b"", headers={"content-type": "text/csv"})
    assert response.status_code == 400
    (tmp_path / "inventory.csv").write_text("")
    expected = cli_error("batch", str(tmp_path / "inventory.csv"), "--in", "JP")
    assert response.json()["error"] == expected.replace(str(tmp_path) + "/", "")
    assert "kei-web-" not in response.json()["error"]  # the server's folders are not shown


needs_situation = pytest.mark.skipif(
    not __import__("kei_web.questions").questions.situation_supported(),
    reason="this kei-core's Kei.check takes no situation (kei check --imported)",
)


@needs_texas
@needs_situation
def test_already_imported_is_kei_check_imported(client: Any, tmp_path: Path) -> None:
    response = client.post(
        "/api/check", json={"vehicle": DA63T, "in": ["US-TX"], "on": ASKED_ON, "imported": True}
    )
    assert response.status_code == 200
    assert response.json() == cli_document(tmp_path, DA63T, "--in", "US-TX", "--on", ASKED_ON, "--imported")
    twin = client.get(f"/api/check?model=DA63T&made=2005&in=US-TX&on={ASKED_ON}&imported=yes")
    done = run_cli(
        "check",
        "--model",
        "DA63T",
        "--made",
        "2005",
        "--in",
        "US-TX",
        "--on",
        ASKED_ON,
        "--imported",
        "--format",
        "json",
    )
    assert twin.json() == json.loads(done.stdout)
    page = client.get(f"/check?model=DA63T&made=2005&in=US-TX&on={ASKED_ON}&imported=yes")
    assert "already done" in page.text


@needs_situation
def test_titled_in_two_places_is_the_clis_error(client: Any, tmp_path: Path) -> None:
    body = {"vehicle": {"manufactured": "1990"}, "in": ["JP", "US"], "on": ASKED_ON, "titled": True}
    response = client.post("/api/check", json=body)
    assert response.status_code == 422
    file = tmp_path / "vehicle.json"
    file.write_text(json.dumps(body["vehicle"]))
    assert response.json()["error"] == cli_error(
        "check", str(file), "--in", "JP", "--in", "US", "--on", ASKED_ON, "--titled"
    )
