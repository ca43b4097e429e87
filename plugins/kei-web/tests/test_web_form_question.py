"""The answer page's "one fact would settle most of this" says what to fill in on the form; the
CLI's answer keeps its option (``--set``)."""

from __future__ import annotations

import html
import re
from typing import Any

from web_support import ASKED_ON, needs_texas

from kei_core.render.questions import QUESTIONS
from kei_web.pages import FORM_QUESTIONS, _label


def _form_labels(client: Any) -> set[str]:
    page = client.get("/").text
    return {
        html.unescape(label).strip() for label in re.findall(r"<label for=\"[^\"]+\">([^<]+)</label>", page)
    }


def test_every_question_kei_core_asks_has_the_form_words(client: Any) -> None:
    labels = _form_labels(client)
    assert set(FORM_QUESTIONS) == set(QUESTIONS)
    for field, text in FORM_QUESTIONS.items():
        assert "--" not in text and "`" not in text, field
        named = re.findall(r"“([^”]+)”", text)
        label = "Built (year, or year and month)" if field == "manufactured" else _label(field)
        assert any(label.startswith(name) for name in named), (field, named)
        assert label in labels, f"the form has no field {label!r}"


@needs_texas
def test_the_answer_page_asks_in_the_form_words(client: Any) -> None:
    # A 1995 Carry: old enough for the 25-year exemption, so whether its engine is original decides.
    page = client.get(f"/check?model=DA63T&made=1995-06&in=US-TX&on={ASKED_ON}")
    assert page.status_code == 200
    text = html.unescape(page.text)
    assert "One fact would settle most of this:" in text
    assert FORM_QUESTIONS["original_configuration"] in text
    assert "--set" not in text.split("One fact would settle most of this:")[1].split("</p>")[0]


@needs_texas
def test_the_cli_keeps_its_option() -> None:
    from click.testing import CliRunner

    from kei_core.cli import cli

    result = CliRunner().invoke(
        cli, ["check", "--model", "DA63T", "--made", "1995-06", "--in", "US-TX", "--on", ASKED_ON]
    )
    assert "add `--set original_configuration=true`" in result.output


def test_what_would_settle_it_names_the_form_field_to_fill_in() -> None:
    from kei_web.pages import settle_words

    assert settle_words("give gvwr_kg") == FORM_QUESTIONS["gvwr_kg"]
    assert (
        settle_words("give payload_kg")
        == "Its payload: enter it in “Payload (kg)” under “More about your truck”."
    )
    assert (
        settle_words("whether the engine and emission controls are as built (original_configuration)")
        == "whether the engine and emission controls are as built (original engine configuration)"
    )
    assert settle_words("an expert's report") == "an expert's report"


def test_the_answer_page_lists_what_would_settle_it_in_the_form_words(client: Any) -> None:
    import pytest

    pytest.importorskip("kei_eu")
    # A 2005 Carry in Austria: its category waits on the gross weight and the engine power.
    text = html.unescape(client.get(f"/check?model=DA63T&made=2005-06&in=AT&on={ASKED_ON}").text)
    settle = text.split("<h3>What would settle it</h3>")[1].split("</ul>")[0]
    assert FORM_QUESTIONS["gvwr_kg"] in settle
    assert "give gvwr_kg" not in settle and "give power_kw" not in settle
    assert "give gvwr_kg" in client.get(f"/api/check?model=DA63T&made=2005-06&in=AT&on={ASKED_ON}").text
