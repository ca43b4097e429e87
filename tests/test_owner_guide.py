"""Every snippet of ``docs/writing-a-plugin.md`` runs, or is checked against the plugin it copies,
and the guide points at nothing that does not exist.

How each fenced block is checked:

* ``python``: executed in a fresh namespace; what it defines is then used as a plugin author would
  (hooks called, rules compared with the shipped plugin's, a test function run). A block that
  abridges a real module with ``...`` is compiled, and the rule IDs and labels it names must be
  those of an installed rule. A block preceded by ``<!-- snippet: not run -->`` is compiled only.
* ``toml``: parsed; a ``pyproject.toml`` must be the example plugin's own, a golden file's cases
  are run.
* ``console`` and unlabelled blocks: each ``kei ...`` command is run (exit status 0, 1 or 3: an
  answer), each path exists.
"""

from __future__ import annotations

import datetime as dt
import importlib.util
import re
import shlex
import tomllib
from pathlib import Path

import pytest
from click.testing import CliRunner

ROOT = Path(__file__).resolve().parent.parent
GUIDE = ROOT / "docs" / "writing-a-plugin.md"
NOT_RUN = "<!-- snippet: not run -->"
NEEDED = ("kei_us", "kei_us_tn", "kei_us_oh", "kei_us_tx", "kei_jp")

pytestmark = pytest.mark.skipif(
    not all(importlib.util.find_spec(name) for name in NEEDED),
    reason="the guide's snippets use the shipped plugins it copies",
)


def snippets() -> list[tuple[str, str, str, bool]]:
    """``(id, language, code, run)`` of every fenced block, in order; the id names its section."""
    lines = GUIDE.read_text(encoding="utf-8").splitlines()
    found, section, i = [], "top", 0
    while i < len(lines):
        line = lines[i]
        if line.startswith("## "):
            section = line[3:].split(":")[0].strip()
        opening = re.match(r"^(\s*)```(\w*)\s*$", line)
        if opening:
            indent, language = opening.groups()
            body, i = [], i + 1
            while not re.match(rf"^{indent}```\s*$", lines[i]):
                body.append(lines[i][len(indent) :])
                i += 1
            run = not (i - len(body) - 2 >= 0 and lines[i - len(body) - 2].strip() == NOT_RUN)
            found.append((f"{section} #{len(found) + 1}", language, "\n".join(body) + "\n", run))
        i += 1
    return found


SNIPPETS = snippets()


def of(language: str) -> list:
    return [pytest.param(code, run, id=name) for name, lang, code, run in SNIPPETS if lang == language]


def installed_rules() -> dict[str, object]:
    from kei_core.api import Kei
    from kei_core.plugins import Registry

    return {info.id: info.item for info in Kei(Registry()).rules()}


@pytest.mark.parametrize(("code", "run"), of("python"))
def test_every_python_snippet_runs(code: str, run: bool) -> None:
    compiled = compile(code, str(GUIDE), "exec")
    abridged = re.search(r"(\(|, |=)\.\.\.(\)|,)", code) is not None
    if abridged or not run:
        rules = installed_rules()
        labels = {
            entry.label
            for rule in rules.values()
            if getattr(rule, "schedule", None) is not None
            for entry in rule.schedule.entries
        }
        for name in re.findall(r'"([A-Z]{2}(?:-[A-Z0-9]+)+)"', code):
            assert name in rules or name in labels, f"the guide names {name}, which no installed rule is"
        return
    namespace: dict[str, object] = {"__name__": "guide_snippet"}
    exec(compiled, namespace)
    _use(namespace)


def _use(namespace: dict[str, object]) -> None:
    """Use what a snippet defined the way kei or the author would."""
    from kei_core import Rule, Vehicle

    rules = installed_rules()
    for name, value in namespace.items():
        if name.startswith("test_") and callable(value):
            value()
    if callable(namespace.get("kei_jurisdictions")) and callable(namespace.get("kei_rules")):
        assert [j.code for j in namespace["kei_jurisdictions"]()] == ["US-TN"]  # type: ignore[operator]
        assert {r.id for r in namespace["kei_rules"]()} <= set(rules)  # type: ignore[operator]
    plugin = namespace.get("plugin")
    if plugin is not None and hasattr(plugin, "kei_rules"):
        assert {r.id for r in plugin.kei_rules()} <= set(rules)
    for value in namespace.values():
        if isinstance(value, Rule):
            assert value.statement and value.source.startswith("http")
    if isinstance(namespace.get("RULES"), list) and namespace.get("DEFINITION") is not None:
        written = {r.id for r in namespace["RULES"]}  # type: ignore[attr-defined]
        assert written <= set(rules), "the guide's Tennessee blocks are the shipped plugin's rules"
    if callable(namespace.get("antique_plate")):
        from kei_core import PartialDate, Status

        young = namespace["antique_plate"](
            Vehicle(manufactured=PartialDate.parse("2010")), dt.date(2026, 1, 22)
        )  # type: ignore[operator]
        old = namespace["antique_plate"](
            Vehicle(manufactured=PartialDate.parse("1990")), dt.date(2026, 1, 22)
        )  # type: ignore[operator]
        assert young.status is Status.NOT_LEGAL and old.status is Status.CONDITIONAL


@pytest.mark.parametrize(("code", "run"), of("toml"))
def test_every_toml_snippet_is_the_plugin_it_shows(code: str, run: bool, tmp_path: Path) -> None:
    data = tomllib.loads(code)
    if "name" in data.get("project", {}):
        name = data["project"]["name"]
        shipped = tomllib.loads((ROOT / "plugins" / name / "pyproject.toml").read_text(encoding="utf-8"))
        assert data == shipped, f"the guide's pyproject.toml is plugins/{name}/pyproject.toml"
    elif "project" in data:  # a fragment: its entry points are some shipped distribution's
        declared = {
            (group, entry, value)
            for path in [ROOT / "pyproject.toml", *ROOT.glob("plugins/*/pyproject.toml")]
            for group, entries in tomllib.loads(path.read_text(encoding="utf-8"))
            .get("project", {})
            .get("entry-points", {})
            .items()
            for entry, value in entries.items()
        }
        for group, entries in data["project"].get("entry-points", {}).items():
            for entry, value in entries.items():
                assert (group, entry, value) in declared, (
                    f"no distribution declares {group} {entry} = {value}"
                )
    if "case" in data and run:
        from kei_core.testing import assert_golden_case, golden_cases, make_registry
        from kei_core.testing.pytest_plugin import resolve

        path = tmp_path / "golden.toml"
        path.write_text(code, encoding="utf-8")
        registry = make_registry(*(resolve(name) for name in data["plugins"]))
        for case in golden_cases(path):
            assert_golden_case(case, registry)


def commands(code: str) -> list[list[str]]:
    found = []
    for line in code.splitlines():
        text = line.removeprefix("$ ").split("  #")[0].strip()
        if text.startswith("kei "):
            found.append(shlex.split(text)[1:])
    return found


@pytest.mark.parametrize(("code", "run"), [*of("console"), *of("")])
def test_every_command_of_the_guide_answers(code: str, run: bool, tmp_path: Path, monkeypatch) -> None:
    from kei_core import cli as cli_module

    monkeypatch.chdir(ROOT)
    for argv in commands(code):
        if argv[0] == "new-plugin":
            argv = [*argv, "--into", str(tmp_path / "new")]
        result = CliRunner().invoke(cli_module.cli, argv)
        assert result.exit_code in (0, 1, 3), f"kei {' '.join(argv)}: {result.output}"
        if argv[0] == "new-plugin":
            folder = next((tmp_path / "new").rglob("pyproject.toml")).parent
            written = {str(p.relative_to(folder)) for p in folder.rglob("*")}
            for listed in re.findall(r"^  (\S+)$", code, flags=re.MULTILINE):
                assert listed in written
    for path in re.findall(r"(?:\./)?((?:plugins|examples)/[\w./-]+[\w/])", code):
        assert (ROOT / path.rstrip("/")).exists() or "kei-us-nv" in path, f"{path} does not exist"


def test_the_guide_points_only_at_what_exists() -> None:
    text = GUIDE.read_text(encoding="utf-8")
    for target in re.findall(r"\]\((\.\./[^)#]+)", text):
        assert (GUIDE.parent / target).resolve().exists(), f"dead link {target}"
    for path in re.findall(r"`((?:plugins|examples|docs|kei_core)/[\w./-]+|tests/test_[\w.]+)`", text):
        assert (ROOT / path).exists(), f"{path} is named but does not exist"
    assert not re.search(r"DESIGN\.md §|us-states\.md", text), "the guide cites documents not shipped"


def test_the_guide_says_what_code_a_county_or_a_city_uses() -> None:
    from kei_core.rules import CODE

    text = GUIDE.read_text(encoding="utf-8")
    for code in ("US-KS-WICHITA", "US-TX-TRAVIS", "US-OH-UPPERSANDUSKY"):
        assert f"`{code}`" in text and CODE.match(code)
