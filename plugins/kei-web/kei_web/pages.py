"""The HTML pages, from Jinja2 templates with autoescaping: what each page shows, read from the
facade's typed results and kei-core's renderers (the answer page from the same JSON document
``kei check --format json`` prints)."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Mapping, Sequence
from typing import Any
from urllib.parse import urlencode

import jinja2

from kei_core.api import CheckResult, Kei
from kei_core.errors import InputError, did_you_mean, shown
from kei_core.field_docs import FIELD_DOCS
from kei_core.status import Status
from kei_core.terminal import safe
from kei_core.vehicle import VEHICLE_FIELDS
from kei_web.questions import situation_supported

WORDS = {
    Status.LEGAL: "Legal",
    Status.CONDITIONAL: "Conditional",
    Status.UNKNOWN: "Unknown",
    Status.NOT_LEGAL: "Not legal",
}
MARKS = {Status.LEGAL: "✓", Status.CONDITIONAL: "~", Status.UNKNOWN: "?", Status.NOT_LEGAL: "✗"}
DETAIL_FIELDS = tuple(
    name
    for name in VEHICLE_FIELDS
    if name not in ("model", "model_code", "manufactured", "frame_number", "modifications")
)
"""The optional details the form offers: every vehicle field but those it asks first."""


def _href(url: object) -> str | None:
    """A link to a rule's source, only when it is a web address (never ``javascript:``)."""
    text = str(url or "")
    return text if text.startswith(("https://", "http://")) else None


def _label(name: str) -> str:
    words = name.replace("_", " ")
    for suffix, unit in (
        (" mm", " (mm)"),
        (" cc", " (cc)"),
        (" kw", " (kW)"),
        (" kg", " (kg)"),
        (" kmh", " (km/h)"),
    ):
        if words.endswith(suffix):
            words = words[: -len(suffix)] + unit
    return words[:1].upper() + words[1:]


FIELD_WORDS = {
    "make": "maker",
    "model": "model name",
    "model_code": "model code",
    "emission_code": "emissions code",
    "first_registered": "first registration",
    "displacement_cc": "engine displacement",
    "power_kw": "engine power",
    "gvwr_kg": "gross vehicle weight",
    "top_speed_kmh": "top speed",
    "original_configuration": "original engine configuration",
}
"""A vehicle field in the words an owner reads, where dropping the unit and the underscores is
not enough (``height_mm`` reads "height")."""

_UNITS = re.compile(r"_(mm|cc|kw|kg|kmh)$")
_IDENTIFIER = re.compile(
    r"\b(" + "|".join(sorted((n for n in VEHICLE_FIELDS if "_" in n), key=len, reverse=True)) + r")\b"
)


def field_words(name: str) -> str:
    """``name`` as an owner reads it: ``height_mm`` is "height", ``top_speed_kmh`` "top speed"."""
    return FIELD_WORDS.get(name) or _UNITS.sub("", name).replace("_", " ")


MORE = "under “More about your truck”"
"""Where the form's optional details are."""

FORM_QUESTIONS: dict[str, str] = {
    "original_configuration": "Is the engine, with its emission controls, as it left the factory? "
    f"If so, enter yes in “Original configuration” {MORE} (no if it was swapped or modified).",
    "manufactured": "When was it built? The maker's plate in the cab or the 車検証 gives the month; "
    "enter it in “Built” (year and month, as 2005-06).",
    "first_registered": "When was it first registered? The 車検証 (初度検査年月) or the export "
    f"certificate says; enter it in “First registered” {MORE} (as 1996-04).",
    "height_mm": "How tall is it, from the ground to the cab roof? The 車検証 gives it (高さ, in cm); "
    f"enter it in “Height (mm)” {MORE} (or as 70 in).",
    "width_mm": f"How wide is it? The 車検証 gives it (幅, in cm); enter it in “Width (mm)” {MORE}.",
    "length_mm": f"How long is it? The 車検証 gives it (長さ, in cm); enter it in “Length (mm)” {MORE}.",
    "displacement_cc": "What is the engine's displacement? The 車検証 gives it (総排気量); enter it in "
    f"“Displacement (cc)” {MORE}.",
    "curb_weight_kg": "What does it weigh empty? The 車検証 gives it (車両重量); enter it in "
    f"“Curb weight (kg)” {MORE}.",
    "gvwr_kg": f"What may it weigh loaded? The 車検証 gives it (車両総重量); enter it in “Gvwr (kg)” {MORE}.",
    "top_speed_kmh": "How fast can it go? Ungoverned kei trucks reach about 110–120 km/h; a fitted "
    f"governor says its limit; enter it in “Top speed (km/h)” {MORE} (or as 25 mph).",
    "power_kw": "What is the engine's power? The maker's brochure gives it (e.g. 50 PS); enter it in "
    f"“Power (kW)” {MORE} (or as 50 PS).",
    "steering": f"Which side is the steering wheel on? Enter right (or left) in “Steering” {MORE}.",
    "seats": f"How many seats does it have? Enter the number in “Seats” {MORE}.",
    "equipment": "Which equipment does it have (lamps, mirrors, belts)? Enter it in “Equipment” "
    f"{MORE}, the names separated by ; (headlamps;turn_signals;...).",
    "documents": "Which papers do you hold? Enter them in “Documents” "
    f"{MORE}, the names separated by ; (export_certificate;...).",
}
"""The question kei-core asks when one missing field decides most of an answer
(:data:`kei_core.render.questions.QUESTIONS`), saying what to fill in on this site's form rather
than the command line's option (``--set``)."""


def form_question(verdicts: Sequence[Any]) -> str | None:
    """The question for the one missing fact behind most of the undecided places
    (:func:`~kei_core.render.questions.deciding_field`), in the form's words."""
    from kei_core.render import questions

    deciding_field = getattr(questions, "deciding_field", None)
    if deciding_field is None:  # an older kei-core: only its own (the CLI's) words
        return questions.deciding_question(verdicts)
    field = deciding_field(verdicts)
    if field is None:
        return None
    return FORM_QUESTIONS.get(field) or questions.QUESTIONS[field]


def settle_words(item: str) -> str:
    """One "what would settle it" item in the form's words: a missing figure a plugin asks for
    as ``give gvwr_kg`` becomes where the owner finds it and where to enter it
    (:data:`FORM_QUESTIONS`); a field named in a sentence, its words. The CLI and the JSON keep
    the plugins' own text."""
    field = item.removeprefix("give ").strip()
    if item.startswith("give ") and field in FORM_QUESTIONS:
        return FORM_QUESTIONS[field]
    if item.startswith("give ") and field in DETAIL_FIELDS:
        return f"Its {field_words(field)}: enter it in “{_label(field)}” {MORE}."
    return _IDENTIFIER.sub(lambda match: field_words(match.group(1)), item)


def worded_notes(result: CheckResult) -> list[str]:
    """The answer's notes with field names in words: the catalog's two lists ("from the DA63T
    catalog entry: length_mm, ...", "typical values, check your papers: ...") rebuilt from the
    facade's record of them, and any other field name in a note (``height_mm``) replaced by its
    words. The JSON and the CLI keep the names, which a vehicle file and ``--set`` use."""
    catalog = getattr(result, "catalog", None)
    lists: dict[str, str] = {}
    if catalog is not None:
        model = getattr(catalog, "model", None)
        if model is not None and catalog.from_catalog:
            said = f"from the {model.model_code} catalog entry: {', '.join(catalog.from_catalog)}"
            lists[said] = f"From the {model.model_code} catalog entry: " + ", ".join(
                field_words(name) for name in catalog.from_catalog
            )
        if catalog.typical:
            said = f"typical values, check your papers: {', '.join(catalog.typical)}"
            lists[said] = "Typical values, check your papers: " + ", ".join(
                field_words(name) for name in catalog.typical
            )
    return [
        lists.get(note) or _IDENTIFIER.sub(lambda match: field_words(match.group(1)), note)
        for note in result.notes
    ]


def _conditions(result: CheckResult, verdict: Any) -> list[Any]:
    """A verdict's conditions, each with ``text`` and ``met`` (already behind the truck, when the
    facade knows where it is: ``kei check --imported``)."""
    staged = getattr(result, "conditions", None)
    if callable(staged):
        return list(staged(verdict))
    return [{"text": text, "met": False} for text in verdict.conditions]


def _situation_note(result: CheckResult) -> str | None:
    situation = getattr(result, "situation", None)
    if situation is None or not getattr(situation, "imported", False):
        return None
    where = "titled in the place asked" if getattr(situation, "titled", False) else "already in the country"
    return (
        f"You said it is {where}: the steps behind it are shown as done; every status is as the "
        "evidence stands (an import does not prove the truck was eligible)."
    )


class Pages:
    """Renders each page; one instance per application, templates compiled once."""

    def __init__(self, kei: Kei) -> None:
        self.kei = kei
        self.env = jinja2.Environment(
            loader=jinja2.PackageLoader("kei_web", "templates"),
            autoescape=True,
            trim_blocks=True,
            lstrip_blocks=True,
        )
        self.env.filters["shown"] = lambda text: safe(str(text))
        self.env.filters["settle_words"] = settle_words
        self.env.filters["href"] = _href
        self.env.globals.update(WORDS=WORDS, MARKS=MARKS, Status=Status)
        self._templates = {
            name: self.env.get_template(name)
            for name in (
                "index.html",
                "answer.html",
                "rules.html",
                "rule.html",
                "models.html",
                "inventory.html",
                "docs.html",
                "message.html",
            )
        }
        self._places: list[tuple[Any, list[Any]]] | None = None

    def _render(self, name: str, root: str, **values: Any) -> str:
        """Page ``name``; ``root`` is the path the app is served under ("" at the root, "/kei"
        behind a proxy that serves it there): every link, form and asset starts with it."""
        return self._templates[name].render(root=root, **values)

    def place_groups(self) -> list[tuple[Any, list[Any]]]:
        """The installed places by country: each top level with its states and provinces."""
        if self._places is None:
            places = self.kei.jurisdictions()
            tops = {p.code: p for p in places if "-" not in p.code}
            groups: dict[str, list[Any]] = {code: [] for code in tops}
            for place in places:
                if "-" in place.code:
                    groups.setdefault(place.code.split("-")[0], []).append(place)
            self._places = [(tops.get(code), children) for code, children in sorted(groups.items())]
        return self._places

    def index(
        self, form: Mapping[str, Sequence[str]] | None = None, *, error: str | None = None, root: str = ""
    ) -> str:
        form = form or {}
        models = self.kei.models()
        return self._render(
            "index.html",
            root,
            form={key: list(values) for key, values in form.items()},
            error=error,
            today=dt.date.today().isoformat(),
            groups=self.place_groups(),
            models=models,
            situation=situation_supported(),
            details=[(name, _label(name), FIELD_DOCS.get(name, "")) for name in DETAIL_FIELDS],
        )

    def answer(self, result: CheckResult, form: Mapping[str, Sequence[str]], *, root: str = "") -> str:
        from kei_core.render.document import check_document
        from kei_core.render.text import why
        from kei_core.vehicle_io import vehicle_to_mapping
        from kei_web.timeline import draw

        document = check_document(result, vehicle_to_mapping(result.vehicle))
        pairs = [(key, value) for key, values in form.items() for value in values]
        query = urlencode(pairs)
        others = [(key, value) for key, value in pairs if key != "in"]
        verdicts = [
            {
                "verdict": verdict,
                "doc": doc,
                "why": why(verdict),
                "query": urlencode([*others, ("in", verdict.jurisdiction)]),
                "conditions": _conditions(result, verdict),
            }
            for verdict, doc in zip(result.verdicts, document["verdicts"], strict=True)
        ]
        return self._render(
            "answer.html",
            root,
            result=result,
            notes=worded_notes(result),
            document=document,
            verdicts=verdicts,
            timeline=draw(result, standalone=False),
            question=form_question(result.verdicts),
            query=query,
            open_all=len(result.verdicts) <= 3,
            situation_note=_situation_note(result),
        )

    def rules(self, place: str | None, *, root: str = "") -> str:
        from kei_core.places import check_code

        code = check_code(place, self.kei.places()) if place else None
        return self._render(
            "rules.html", root, rules=self.kei.rules(code), place=code, groups=self.place_groups()
        )

    def unknown_rule(self, rule_id: str) -> InputError:
        known = [info.id for info in self.kei.rules()]
        return InputError(
            f"no installed rule has the ID {shown(rule_id)}{did_you_mean(rule_id.strip().upper(), known)}",
            field="RULE-ID",
        )

    def rule(self, rule_id: str, *, root: str = "") -> str:
        from kei_core.render import rule_json, rule_text

        found = self.kei.rule(rule_id)
        if found is None:
            raise self.unknown_rule(rule_id)
        return self._render(
            "rule.html",
            root,
            info=found,
            data=rule_json(found.item, found.plugin),
            text=rule_text(found.item, found.plugin),
        )

    def models(self, query: str, *, root: str = "") -> str:
        from kei_core.render.listings import model_row

        return self._render(
            "models.html",
            root,
            models=[model_row(m) for m in self.kei.models(query[:200])],
            query=query[:200],
        )

    def inventory(self, *, error: str | None = None, root: str = "") -> str:
        from kei_core.batch import OUTPUT_COLUMNS

        return self._render(
            "inventory.html",
            root,
            error=error,
            today=dt.date.today().isoformat(),
            groups=self.place_groups(),
            columns=OUTPUT_COLUMNS,
            fields=VEHICLE_FIELDS,
        )

    def docs(self, openapi: dict[str, Any], *, root: str = "") -> str:
        return self._render(
            "docs.html", root, api=openapi, schemas=openapi.get("components", {}).get("schemas", {})
        )

    def message(self, title: str, text: str, *, root: str = "") -> str:
        return self._render("message.html", root, title=title, text=text)
