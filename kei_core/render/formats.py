"""kei's own output formats for ``kei check``, registered under the ``kei.formats`` entry
points as a plugin's would be: each takes a :class:`~kei_core.api.CheckResult` and returns text."""

from __future__ import annotations

from kei_core.api import CheckResult


def text(result: CheckResult, *, verbose: bool = False) -> str:
    """The answer for a terminal: one verdict a place asked, or the all-places table."""
    from kei_core.render.questions import deciding_question, plain_settle
    from kei_core.render.text import short_answers, summary_table, verdict_text
    from kei_core.terminal import safe, safe_lines

    lines = [f"{safe(result.vehicle.label)} — on {result.on.isoformat()}"]
    lines += [f"  note: {safe(note)}" for note in result.notes]
    if result.situation.imported:
        where = "titled in the place asked" if result.situation.titled else "already in the country"
        lines.append(
            f"  note: {where}: the steps behind it are shown as met; every status is as the evidence "
            "stands (an import does not prove the truck was eligible)"
        )
    lines.append("")
    if not result.verdicts:
        lines.append("No jurisdiction plugin is installed: install kei-jp, kei-us, ... (see `kei plugins`).")
    elif len(result.asked) > 1 and not verbose:
        staged = [result.conditions(v) for v in result.verdicts]
        settle = [plain_settle(v, result.statements) for v in result.verdicts]
        lines.append(safe_lines(short_answers(result.verdicts, staged, settle)))
    elif result.asked:  # findings may quote user text (a modification's description): printed safely
        answers = (
            verdict_text(
                v, verbose=verbose, conditions=result.conditions(v), settle=plain_settle(v, result.statements)
            )
            for v in result.verdicts
        )
        lines.append(safe_lines("\n\n".join(answers)))
    else:
        lines.append(safe_lines(summary_table(result.verdicts)))
        lines.append("\n(`kei check FILE --in CODE` explains one place)")
    question = deciding_question(result.verdicts)
    if question:
        lines += ["", f"One fact would settle most of this: {question}"]
    lines += ["", result.notice]
    return "\n".join(lines)


def json(result: CheckResult, *, verbose: bool = False) -> str:
    """The public JSON document (``docs/json.md``), the same whatever ``verbose`` says."""
    import json as _json

    from kei_core.render.document import check_document
    from kei_core.vehicle_io import vehicle_to_mapping

    document = check_document(result, vehicle_to_mapping(result.vehicle))
    return _json.dumps(document, ensure_ascii=False, indent=2, default=str)
