"""``kei new-plugin CODE``: the files of a new jurisdiction plugin, ready for its law.

A plugin is its law module, its golden cases, its README and its packaging; this writes all of
them but the law itself (a law module with one commented example rule carrying every field of
the law), into a new folder (``kei-us-nv/`` for ``US-NV``), never over an existing one::

    kei new-plugin US-NV                  # kei-us-nv/: Nevada, a US state on kei-us's state kit
    kei new-plugin CA-YT --into ../yukon  # a province: declared with kei_core.jurisdiction_plugin

OpenFisca's country template does the same for a country package.
"""

from __future__ import annotations

import re
import string
from pathlib import Path

import click

from kei_core.errors import InputError, shown
from kei_core.hints import SHIPPED

_CODE = re.compile(r"^[A-Z]{2}(-[A-Z0-9]{1,3})?$")
GUIDE = "docs/writing-a-plugin.md in kei's repository"

PYPROJECT = """\
[build-system]
requires = ["hatchling>=1.21"]
build-backend = "hatchling.build"

[project]
name = "$distribution"
version = "0.1.0"
description = "kei plugin for $name: what its law says of imported kei trucks."
readme = "README.md"
requires-python = ">=3.11"
license = "Apache-2.0"
keywords = ["kei", "kei-plugin"]
dependencies = [$dependencies]

[project.optional-dependencies]
test = ["pytest>=8", "hypothesis>=6.100"]

# The plugin, found by kei without importing it (`kei plugins` lists it; -p no:$plugin disables it).
[project.entry-points.kei]
$plugin = "$package:plugin"

# Every jurisdiction code the plugin owns or adds rules to, one line each.
[project.entry-points."kei.jurisdictions"]
$code = "$package:plugin"

[tool.hatch.build.targets.wheel]
packages = ["$package"]
"""

README = """\
# $distribution — $name

A kei plugin that owns `$code`$parent_words: what the law of
$name says of imported kei trucks, as rules that cite it. Fill in every part below from your
sources.

## Files

- `$package/__init__.py`: the one line that declares the plugin.
- `$package/law.py`: the law, as data, in the order of the statute (`RULES`).
- `tests/golden.toml`: worked examples from the sources (vehicle, place, date -> answer); kei's
  pytest plugin runs them, and the plugin contract, as tests: `pytest tests`.
- `pyproject.toml`: the distribution and its two entry points (`kei`, `kei.jurisdictions`).

## Rules

| Rule | Statute | What it says | Source status |
| --- | --- | --- | --- |
| `$code-...` | ... | ... | official / **unconfirmed** / **policy** |

**When.** From which day the law applies, and why (before it, kei answers `unknown`).

## Sources

- ...

## Open

- What could not be confirmed, and where it was sought.

The guide: $guide
"""

INIT = '''\
"""$name ($code): <one line: what its law says of kei trucks, and where it says it>.

The law is in :mod:`$package.law`; kei imports it only when a question needs it.$parent_sentence"""

$declaration
'''

LAW = '''\
"""$name: <the statute, the act that made it, and where it was read>, in the order of the law.

Declare what the law says once, as data, in the order of the statute; the rules cite it. Every
figure and date comes from the source it cites; what no official text confirms is
``unconfirmed=True``, agency practice is ``policy=True``, and ``notes`` says why.
$kit_note"""

from __future__ import annotations

from kei_core import Requirement, Rule

REVIEWED = "2026-01-01"  # the day you read the sources
SOURCE = "https://example.org/the-official-text"  # official where one exists

# An example rule, carrying every field of the law. Replace it with what your statute says.
#
# import datetime as dt
#
# from kei_core import Outcome, Period, RuleKind, Vehicle, conditional
#
#
# def registration(vehicle: Vehicle, on: dt.date) -> Outcome:
#     """<the section>: how $name registers an imported kei truck."""
#     return conditional(
#         "It can be titled and registered like any motor vehicle (<citation>).",
#         conditions=("title and register it at <the office> (<citation>)",),
#     )
#
#
# REGISTRATION = Rule(
#     "$code-REGISTRATION",  # stable public ID: <CODE>-<WHAT>
#     "$code",
#     "A kei truck is titled and registered like any motor vehicle",  # what the rule demands
#     citation="<statute, section>",
#     source=SOURCE,
#     reviewed_on=REVIEWED,
#     source_as_of="2025-07-01",  # the date of the text version read, where known
#     unconfirmed=False,  # True: rests on a text that is not official (a mirror, a tracker, press)
#     policy=False,  # True: agency practice, not statute
#     sources=("https://example.org/a-secondary-copy",),
#     notes="Why, where sources disagree, and which one was followed.",
#     check=registration,
#     kind=RuleKind.REQUIREMENT,
#     in_force=Period("2020-01-01"),  # from the day the act took effect; unknown before
# )

RULES: list[Rule | Requirement] = [
    # REGISTRATION,
]
'''

KIT_NOTE = """
The state kit (:mod:`kei_us.state_kit`) declares the usual blocks of a mini-truck statute
(``MiniTruckDefinition``, ``RoadAccess``, ``RequiredEquipment``, ``Registration``) and
``state_rules("$code", ..., in_force=Period("..."))`` makes them rules with these same fields.
"""

GOLDEN = """\
# $name worked examples: a vehicle, a place, a date, and the answer the law gives, from the
# worked examples of your sources. kei-core's pytest plugin runs each case, and the plugin
# contract, as tests: the header names the plugins to register (the last is the one under test)
# and the distribution whose entry points are checked.

plugins = [$plugins]
distribution = "$distribution"

# Fill in: a worked example from your sources. Until the law module declares a rule, kei has no
# answer for $code, and this case says so; then write what the law answers (status, and the
# rule IDs that pass, fail or are unknown).
[[case]]
name = "a 1996 Suzuki Carry in $name on 2026-01-22"
in = "$code"
on = 2026-01-22
vehicle = { make = "Suzuki", model = "Carry", manufactured = "1996-05", original_configuration = true }
status = "unknown"
# passes = ["$code-REGISTRATION"]
"""


def _place_name(code: str) -> str | None:
    """The ISO 3166 name of ``code`` (``US-NV`` -> ``Nevada``), if it has one."""
    import pycountry  # a database: only here

    try:
        found = (
            pycountry.subdivisions.get(code=code)  # type: ignore[no-untyped-call]
            if "-" in code
            else pycountry.countries.get(alpha_2=code)
        )
    except LookupError:
        return None
    return str(found.name) if found is not None else None


def _parent_sentence(code: str, parent: str | None) -> str:
    if parent is None:
        return "\n"
    owner = SHIPPED.get(parent)
    above = "The federal level" if parent == "US" else f"The level above, {parent},"
    where = f"comes from {owner}" if owner else "comes from the plugin that owns it"
    return f"\n{above} {where}; a verdict for {code} folds both.\n"


def plugin_files(code: str, name: str) -> dict[str, str]:
    """The files of a new plugin for ``code`` (display name ``name``), by path in its folder."""
    parent = code.rsplit("-", 1)[0] if "-" in code else None
    slug = code.lower()
    package = "kei_" + slug.replace("-", "_")
    distribution = "kei-" + slug
    dependencies = ['"kei-core>=0.1"']
    if parent == "US":
        dependencies.append('"kei-us>=0.1"')
        declaration = f'from kei_us.state_kit import state_plugin\n\nplugin = state_plugin("{code}", "{name}", rules="{package}.law:RULES")'
        plugins = ['"kei_us"']
    else:
        owner = SHIPPED.get(parent) if parent else None
        if owner:
            dependencies.append(f'"{owner}>=0.1"')
        parent_literal = f'"{parent}"' if parent else "None"
        declaration = (
            "from kei_core import jurisdiction_plugin\n\n"
            f'plugin = jurisdiction_plugin("{code}", "{name}", parent={parent_literal}, rules="{package}.law:RULES")'
        )
        plugins = [f'"{owner.replace("-", "_")}"'] if owner else []
    values = {
        "code": code,
        "name": name,
        "package": package,
        "distribution": distribution,
        "plugin": slug,
        "dependencies": ", ".join(dependencies),
        "declaration": declaration,
        "plugins": ", ".join([*plugins, f'"{package}:plugin"']),
        "guide": GUIDE,
        "parent_words": f" (parent `{parent}`)" if parent else "",
        "parent_sentence": _parent_sentence(code, parent),
        "kit_note": string.Template(KIT_NOTE).substitute(code=code) if parent == "US" else "",
    }

    def fill(template: str) -> str:
        return string.Template(template).substitute(values)

    return {
        "pyproject.toml": fill(PYPROJECT),
        "README.md": fill(README),
        f"{package}/__init__.py": fill(INIT),
        f"{package}/law.py": fill(LAW),
        "tests/golden.toml": fill(GOLDEN),
    }


@click.command("new-plugin")
@click.argument("code")
@click.option("--name", help="The place's name (default: its ISO 3166 name, e.g. Nevada for US-NV).")
@click.option(
    "--into",
    type=click.Path(file_okay=False, path_type=Path),
    help="The folder to write (default: kei-<code>, e.g. kei-us-nv); it must not exist.",
)
def new_plugin(code: str, name: str | None, into: Path | None) -> None:
    """Write a new plugin for CODE: packaging, README, its one-line declaration, a law module
    with an example rule, and golden cases with their header."""
    normal = code.strip().upper()
    if not _CODE.match(normal):
        raise InputError(
            f"{shown(code)} is not a jurisdiction code (expected a country or its subdivision, e.g. US-NV, CA-YT, NZ)",
            field="CODE",
        )
    name = name or _place_name(normal)
    if not name:
        raise InputError(f"{normal} has no ISO 3166 name; give it with --name", field="--name")
    folder = into or Path("kei-" + normal.lower())
    if folder.exists():
        raise InputError(
            f"{folder} already exists, and kei never overwrites it; choose another folder with --into",
            field="--into",
        )
    files = plugin_files(normal, name)
    for relative, text in files.items():
        path = folder / relative
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
    click.echo(f"wrote {folder}/ for {normal} ({name}):")
    for relative in files:
        click.echo(f"  {relative}")
    law = next(relative for relative in files if relative.endswith("/law.py"))
    click.echo(
        f"Next: write the law in {law} and a worked example in tests/golden.toml, then\n"
        f"  pip install -e {folder} && pytest {folder}/tests"
    )
