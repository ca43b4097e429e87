"""The question to ask an owner when one missing fact decides most of an answer.

A rule that needs a field nobody gave answers ``unknown`` and says ``give height_mm``. When one
such field stands behind most of the places asked, the answer asks for it in plain words, with
where the owner finds it and the option that gives it.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Mapping, Sequence

from kei_core.verdicts import Verdict

QUESTIONS: dict[str, str] = {
    "original_configuration": "Is the engine, with its emission controls, as it left the factory? "
    "If so, add `--set original_configuration=true` (false if it was swapped or modified).",
    "manufactured": "When was it built? The maker's plate in the cab or the 車検証 gives the month; "
    "add `--made YYYY-MM` (or `--set manufactured=YYYY-MM-DD` with the day).",
    "first_registered": "When was it first registered? The 車検証 (初度検査年月) or the export "
    "certificate says; add `--set first_registered=YYYY-MM`.",
    "height_mm": "How tall is it, from the ground to the cab roof? The 車検証 gives it (高さ, in cm); "
    "add `--set height_mm=...` (or '70 in').",
    "width_mm": "How wide is it? The 車検証 gives it (幅, in cm); add `--set width_mm=...`.",
    "length_mm": "How long is it? The 車検証 gives it (長さ, in cm); add `--set length_mm=...`.",
    "displacement_cc": "What is the engine's displacement? The 車検証 gives it (総排気量); add "
    "`--set displacement_cc=...`.",
    "curb_weight_kg": "What does it weigh empty? The 車検証 gives it (車両重量); add "
    "`--set curb_weight_kg=...`.",
    "gvwr_kg": "What may it weigh loaded? The 車検証 gives it (車両総重量); add `--set gvwr_kg=...`.",
    "top_speed_kmh": "How fast can it go? Ungoverned kei trucks reach about 110–120 km/h; a fitted "
    "governor says its limit; add `--set top_speed_kmh=...` (or '25 mph').",
    "power_kw": "What is the engine's power? The maker's brochure gives it (e.g. 50 PS); add "
    "`--set power_kw='50 PS'`.",
    "steering": "Which side is the steering wheel on? Add `--set steering=right` (or left).",
    "seats": "How many seats does it have? Add `--set seats=2`.",
    "equipment": "Which equipment does it have (lamps, mirrors, belts)? `kei vocabulary` lists the "
    "names; add `--set equipment=headlamps;turn_signals;...`.",
    "documents": "Which papers do you hold? `kei vocabulary` lists the names; add "
    "`--set documents=export_certificate;...`.",
}
"""A plain question for each vehicle field an answer may wait on."""


def field_asked(item: str) -> str | None:
    """The vehicle field a "what would settle it" item asks for: ``give height_mm`` (what
    :func:`kei_core.missing` writes), or a sentence ending with the field in brackets ("whether
    the engine and emission controls are as built (original_configuration)"); ``None`` otherwise."""
    if item.startswith("give "):
        field = item.removeprefix("give ").strip()
    else:
        match = re.search(r"\((\w+)\)$", item.strip())
        field = match.group(1) if match else ""
    return field if field in QUESTIONS else None


def deciding_question(verdicts: Sequence[Verdict]) -> str | None:
    """The question for the missing field behind most of the undecided places, when one
    stands behind at least half of them (:func:`deciding_field`), as the CLI asks it (the
    option that gives it)."""
    field = deciding_field(verdicts)
    return QUESTIONS[field] if field is not None else None


def deciding_field(verdicts: Sequence[Verdict]) -> str | None:
    """The missing vehicle field behind most of the undecided places, when one stands behind
    at least half of them: what :func:`deciding_question` asks for (a key of :data:`QUESTIONS`),
    for a front end that says in its own words where to give it."""
    undecided = [v for v in verdicts if v.settle]
    if not undecided:
        return None
    counts: Counter[str] = Counter()
    for verdict in undecided:
        # In the order the verdict asks them, each once: a tie goes to the field asked first,
        # whatever the run (a set would order it by hash, differently from one run to the next).
        fields = dict.fromkeys(field for item in verdict.settle if (field := field_asked(item)) is not None)
        counts.update(tuple(fields))
    if not counts:
        return None
    field, places = counts.most_common(1)[0]
    if places * 2 < len(undecided):
        return None
    return field


WHERE: dict[str, tuple[str, str]] = {
    "height_mm": ("height", "its height, from the ground to the cab roof (the 車検証's 高さ, in cm)"),
    "width_mm": ("width", "its width (the 車検証's 幅, in cm)"),
    "length_mm": ("length", "its length (the 車検証's 長さ, in cm)"),
    "curb_weight_kg": (
        "weight",
        "its curb weight, empty with fuel (the 車検証's 車両重量, in kg; popular models weigh about "
        "680-850 kg, a range from a secondary source, engineerfix.com, that cannot decide a limit)",
    ),
    "gvwr_kg": ("weight", "its gross vehicle weight (the 車検証's 車両総重量, in kg)"),
    "displacement_cc": ("engine", "its engine's displacement (the 車検証's 総排気量)"),
    "top_speed_kmh": ("speed", "its top speed (a fitted governor's label, or about 110-120 km/h ungoverned)"),
    "power_kw": ("power", "its engine power (the maker's brochure: 46 PS, 53 PS ...)"),
}
"""For a figure a rule waits on: the word its statements use, and where an owner finds it."""


def _clauses(statement: str, word: str) -> list[str]:
    """The parts of a rule's statement that speak of ``word`` ("height at most 78 in")."""
    body = statement.split(": ", 1)[-1]
    return [part.strip().rstrip(".") for part in re.split(r"; |, and ", body) if word in part.lower()]


def plain_settle(verdict: Verdict, statements: Mapping[str, str]) -> tuple[str, ...]:
    """``verdict.settle`` in plain words: a missing figure ("give height_mm") becomes where the
    owner finds it and, from the rules waiting on it, the figure it is measured against ("US-PA-
    MINI-TRUCK: height at most 78 in"); anything else is kept as the plugin wrote it."""
    found = []
    for item in verdict.settle:
        field = item.removeprefix("give ").strip()
        if not item.startswith("give ") or field not in WHERE:
            found.append(item)
            continue
        word, where = WHERE[field]
        tests = []
        for finding in verdict.findings:
            if item in finding.settle:
                clauses = _clauses(statements.get(finding.rule, ""), word)
                if clauses:
                    tests.append(f"{finding.rule}: {'; '.join(clauses)}")
        said = f"{where}; add `--set {field}=...`"
        found.append(said + (f" ({'; '.join(dict.fromkeys(tests))})" if tests else ""))
    return tuple(found)
