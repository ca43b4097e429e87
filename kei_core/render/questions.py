"""The question to ask an owner when one missing fact decides most of an answer.

A rule that needs a field nobody gave answers ``unknown`` and says ``give height_mm``. When one
such field stands behind most of the places asked, the answer asks for it in plain words, with
where the owner finds it and the option that gives it.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence

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


def deciding_question(verdicts: Sequence[Verdict]) -> str | None:
    """The question for the missing field behind most of the undecided places, when one
    stands behind at least half of them."""
    undecided = [v for v in verdicts if v.settle]
    if not undecided:
        return None
    counts: Counter[str] = Counter()
    for verdict in undecided:
        fields = {s.removeprefix("give ").strip() for s in verdict.settle if s.startswith("give ")}
        counts.update(field for field in fields if field in QUESTIONS)
    if not counts:
        return None
    field, places = counts.most_common(1)[0]
    if places * 2 < len(undecided):
        return None
    return QUESTIONS[field]
