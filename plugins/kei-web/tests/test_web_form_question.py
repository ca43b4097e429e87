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
