"""Verdicts and rules as text for a terminal: the verdict first, then why, with citations."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from kei_core.problems import ProblemKind
from kei_core.render.document import describe
from kei_core.rules import Requirement, Rule, RuleKind, Stage
from kei_core.status import Status
from kei_core.verdicts import IMPORT, Finding, Level, Verdict

if TYPE_CHECKING:
    from kei_core.api import Condition

MARK = {Status.LEGAL: "✓", Status.CONDITIONAL: "~", Status.UNKNOWN: "?", Status.NOT_LEGAL: "✗"}
WORD = {
    Status.LEGAL: "LEGAL",
    Status.CONDITIONAL: "CONDITIONAL",
    Status.UNKNOWN: "UNKNOWN",
    Status.NOT_LEGAL: "NOT LEGAL",
}


def _finding_lines(finding: Finding, indent: str = "    ", label: str | None = None) -> list[str]:
    mark = "i" if finding.kind is RuleKind.INFORMATION else MARK[finding.status]
    flags = [
        word for word, on in (("unconfirmed", finding.unconfirmed), ("agency policy", finding.policy)) if on
    ]
    head = f"{indent}{mark} {label or finding.rule}: {finding.message}"
    if flags:
        head += f" [{', '.join(flags)}]"
    return [
        head,
        f"{indent}    {finding.citation} — {finding.source} (reviewed {finding.reviewed_on.isoformat()})",
    ]


def _level_lines(level: Level, verdict: Verdict, *, verbose: bool) -> list[str]:
    """A level at a glance: each requirement once, by the pathway that passed it; every
    pathway of a requirement that is not met, so the reader sees why none did."""
    name = f" ({level.name})" if level.name != level.jurisdiction else ""
    lines = [f"  {level.jurisdiction}{name}: {WORD[level.status].lower()}"]
    lines += [f"    ! {problem}" for problem in level.problems]
    groups: dict[str, list[Finding]] = {}
    information = []
    for finding in level.findings:
        if finding.requirement is None:
            information.append(finding)
        else:
            groups.setdefault(finding.requirement, []).append(finding)
    ordered = sorted(groups.items(), key=lambda item: -min(f.status for f in item[1]).rank)
    for requirement, routes in ordered:
        chosen = verdict.pathways.get(requirement)
        single = len(routes) == 1 and routes[0].rule == requirement
        if single:
            lines += _finding_lines(routes[0])
        elif chosen is not None and not verbose:
            finding = next(f for f in routes if f.rule == chosen)
            lines += _finding_lines(finding, label=f"{requirement} via {finding.rule}")
        else:
            best = min(f.status for f in routes)
            verb = "met" if best.permits_use else "no pathway passes"
            lines.append(f"    {MARK[best]} {requirement}: {verb}")
            for finding in sorted(routes, key=lambda f: f.status.rank):
                lines += _finding_lines(finding, indent="      ")
    for finding in information:
        lines += _finding_lines(finding)
    return lines


def sentence(text: str) -> str:
    """A condition as a line of a list: its first letter a capital."""
    return text[:1].upper() + text[1:]


STAGE_HEADINGS = {
    Stage.IMPORT: "Import",
    Stage.TITLE: "Title",
    Stage.REGISTRATION: "Registration",
    Stage.ROAD: "On the road",
}
_BEHIND = {
    Stage.IMPORT: "it is already in the country; keep the entry papers, registration asks for them",
    Stage.TITLE: "it is already titled here",
}


def staged_lines(
    conditions: Sequence[Condition], indent: str = "    ", limit: int | None = None
) -> list[str]:
    """Conditions under their stage (import, title, registration, on the road), in that order;
    a stage the :class:`~kei_core.api.Situation` puts behind the truck in one line, as met.
    ``limit``: at most that many conditions still to do are listed."""
    lines: list[str] = []
    left = limit
    hidden = 0
    for stage in Stage:
        items = [c for c in conditions if c.stage is stage]
        if not items:
            continue
        if all(c.met for c in items):
            steps = f"{len(items)} step{'s' if len(items) != 1 else ''}"
            lines.append(f"{indent}{STAGE_HEADINGS[stage]}: met ({steps}): {_BEHIND.get(stage, 'done')}")
            continue
        shown = items if left is None else items[:left]
        hidden += len(items) - len(shown)
        if left is not None:
            left -= len(shown)
        if shown:
            lines.append(f"{indent}{STAGE_HEADINGS[stage]}:")
            lines += [f"{indent}  - {sentence(c.text)}" for c in shown]
    if hidden:
        lines.append(f"{indent}… {hidden} more (-v shows every one)")
    return lines


def headline(verdict: Verdict) -> str:
    text = f"{verdict.jurisdiction}: {WORD[verdict.status]}"
    if verdict.scope == IMPORT:
        text += " (import only, not registration)"
    if verdict.eligible_from:
        text += f" — {_from_words(verdict)} {verdict.eligible_from.isoformat()}"
    return text


def _from_words(verdict: Verdict) -> str:
    """How ``eligible_from`` reads beside a status: an unknown answer is not eligible then, only
    no longer held back by time ("UNKNOWN — eligible from" read as a contradiction)."""
    return "not before" if verdict.status is Status.UNKNOWN else "eligible from"


def dated_by(verdict: Verdict) -> tuple[Finding, ...]:
    """The findings that give ``eligible_from``: those of rules deciding the answer (not
    information) that time makes pass on that very day, of requirements not met today; none when the day is one a rule comes
    into or goes out of force."""
    if verdict.eligible_from is None:
        return ()
    return tuple(
        f
        for f in verdict.findings
        if f.kind is not RuleKind.INFORMATION
        and f.passes_from == verdict.eligible_from
        and f.requirement not in verdict.pathways
    )


def _dated_headline(verdict: Verdict) -> str:
    """:func:`headline` with the routes giving its date and their flags, for the short answer
    that does not list them: ``NZ: UNKNOWN — not before 2040-03-31 (by NZ-ESC-20Y-EXEMPT;
    NZ-EMISSIONS-20Y-EXEMPT, unconfirmed)``."""
    routes = [
        f.rule
        + "".join(f", {word}" for word, on in (("unconfirmed", f.unconfirmed), ("policy", f.policy)) if on)
        for f in dated_by(verdict)
    ]
    return headline(verdict) + (f" (by {'; '.join(routes)})" if routes else "")


def _flagged(finding: Finding) -> str:
    """A finding's sentence with its flags, as a reader must see them beside it."""
    notes = [
        text
        for text, on in (
            ("rests on a fact not confirmed in an official text", finding.unconfirmed),
            ("agency policy, which may change without a new law", finding.policy),
        )
        if on
    ]
    return finding.message + (f" [{'; '.join(notes)}]" if notes else "")


def why(verdict: Verdict) -> str | None:
    """The one sentence that decides a verdict that is not legal or conditional (``None`` for
    one that is): the finding of the requirement that fixes the status
    (:meth:`Verdict.deciding`), the one time cures on ``eligible_from`` first; a level's problem
    (a missing or failed plugin) when no confirmed finding decides. The "Why:" line of ``kei
    check``, the ``reason`` column of ``kei batch`` and the web page's reason, with the
    finding's flags beside it."""
    if verdict.status.permits_use:
        return None
    deciding = verdict.deciding()
    timed = [f for f in deciding if f.passes_from is not None and f.passes_from == verdict.eligible_from]
    if timed:
        return _flagged(timed[0])
    if deciding and not deciding[0].unconfirmed:
        return _flagged(deciding[0])
    problems = [
        p.message for level in verdict.levels if level.status is verdict.status for p in level.problems
    ]
    if problems:
        return problems[0]
    return _flagged(deciding[0]) if deciding else None


_why = why  # the old private name (kei-web and batch imported it); use why


def _rules_begin(verdict: Verdict) -> bool:
    """Whether ``eligible_from`` is only the day a level's rules begin (the date asked was
    before them: :func:`kei_core.api.before_the_rules`), not a day the law gives."""
    day = verdict.eligible_from
    return day is not None and any(
        problem.kind is ProblemKind.NOTHING_IN_FORCE and f"begin on {day.isoformat()}" in problem.message
        for level in verdict.levels
        for problem in level.problems
    )


def _once(verdict: Verdict) -> str:
    """When the conditions of a verdict that is not yet usable would apply: once time makes it
    eligible, or, when nothing time cures stands in the way, only if it ever becomes so."""
    if verdict.status.permits_use:
        return ""
    if verdict.status is Status.NOT_LEGAL and verdict.eligible_from is None:
        return " (only if it ever becomes eligible)"
    return " (once it is eligible)"


def verdict_text(
    verdict: Verdict,
    *,
    verbose: bool = False,
    conditions: Sequence[Condition] | None = None,
    settle: Sequence[str] | None = None,
) -> str:
    """The verdict first, then each level's reasons with their citations, then the conditions
    (by stage when ``conditions`` gives them with their stages: :meth:`CheckResult.conditions
    <kei_core.api.CheckResult.conditions>`), restrictions and the day time stops standing in
    the way. ``verbose`` shows every pathway."""
    lines = [headline(verdict)]
    if verdict.scope_note:
        lines.append(f"  Scope: {verdict.scope_note}")
    reason = why(verdict)
    if reason:
        lines.append(f"  Why: {reason}")
    for level in verdict.levels:
        lines += _level_lines(level, verdict, verbose=verbose)
    once = _once(verdict)
    if conditions is not None and conditions:
        lines.append(f"  Conditions{once}, by stage:")
        lines += staged_lines(conditions)
    elif verdict.conditions:
        lines.append(f"  Conditions{once}:")
        lines += [f"    - {sentence(condition)}" for condition in verdict.conditions]
    if verdict.restrictions:
        lines.append(f"  Restrictions on use{once}:")
        lines += [f"    - {restriction.text}" for restriction in verdict.restrictions]
    if verdict.eligible_from:
        day = verdict.eligible_from.isoformat()
        if _rules_begin(verdict):
            lines.append(
                f"  From {day} kei has rules for it: the day they begin, not a day the law makes it eligible."
            )
        else:
            lines.append(f"  From {day} time no longer stands in the way.")
        if verdict.still_missing_then:
            lines.append("  Still to settle then: " + "; ".join(verdict.still_missing_then))
    elif not verdict.status.permits_use and verdict.status is Status.NOT_LEGAL:
        lines.append("  Time alone does not make it legal under the rules installed.")
    if verdict.status is Status.UNKNOWN and verdict.settle:
        lines.append("  What would settle it: " + "; ".join(settle or verdict.settle))
    return "\n".join(lines)


IMPORT_WORD = {
    Status.LEGAL: "ADMISSIBLE",
    Status.CONDITIONAL: "ADMISSIBLE",
    Status.UNKNOWN: "UNKNOWN",
    Status.NOT_LEGAL: "NOT ADMISSIBLE",
}
"""How the table words an import-only answer: whether it may be brought in, not driven."""


def _table_rows(verdicts: Sequence[Verdict], words: dict[Status, str], width: int) -> list[str]:
    lines = []
    for verdict in sorted(verdicts, key=lambda v: (v.status.rank, v.jurisdiction)):
        eligible = (
            f"{_from_words(verdict)} {verdict.eligible_from.isoformat()}" if verdict.eligible_from else ""
        )
        reason = _main_reason(verdict)
        if len(reason) > 100:
            reason = reason[:99].rsplit(" ", 1)[0] + " …"
        lines.append(
            f"{verdict.jurisdiction:<{width}}  {words[verdict.status]:<14}  {eligible:<24}  {reason}".rstrip()
        )
    return lines


def summary_table(verdicts: Sequence[Verdict]) -> str:
    """The places where a truck can be registered, one line each, best first, with the count of
    those where it may be used; then, apart, the import-only levels (US, CA, AU federal, the EU)
    worded as admissibility, so nobody reads them as street legality."""
    width = max((len(v.jurisdiction) for v in verdicts), default=2)
    registering = [v for v in verdicts if v.scope != IMPORT]
    admitting = [v for v in verdicts if v.scope == IMPORT]
    lines = _table_rows(registering, WORD, width)
    usable = sum(1 for v in registering if v.status.permits_use)
    lines += ["", f"legal or conditional in {usable} of {len(registering)} places where it can be registered"]
    if admitting:
        lines += [
            "",
            "Import only (not street legality): these levels admit vehicles but register none;",
            "registration is decided by the states, provinces, territories or member states above.",
            "",
        ]
        lines += _table_rows(admitting, IMPORT_WORD, width)
    return "\n".join(lines)


def _main_reason(verdict: Verdict) -> str:
    if verdict.status.permits_use:
        routes = [f"{req} via {rule}" for req, rule in verdict.pathways.items() if req != rule]
        return "; ".join(routes)
    return why(verdict) or ""


def rule_text(rule: Rule | Requirement, plugin: str) -> str:
    if isinstance(rule, Requirement):
        return f"{rule.id}  [{rule.jurisdiction}, requirement]  {rule.statement}  ({plugin})"
    flags = [w for w, on in (("unconfirmed", rule.unconfirmed), ("policy", rule.policy)) if on]
    lines = [
        f"{rule.id}  [{rule.jurisdiction}, {rule.kind.value}"
        + (f" of {rule.requirement}" if rule.requirement else "")
        + "]"
        + (f"  ({', '.join(flags)})" if flags else ""),
        f"    {rule.statement}",
        f"    {rule.citation}",
        f"    {rule.source}",
        f"    reviewed {rule.reviewed_on.isoformat()}"
        + (f"; text as of {rule.source_as_of.isoformat()}" if rule.source_as_of else "")
        + (f"; in force {rule.in_force}" if rule.in_force.start or rule.in_force.end else "")
        + f"; plugin {plugin}",
    ]
    if rule.schedule is not None:
        lines.append(f"    schedule keyed by {rule.schedule.keyed_by}:")
        for entry in rule.schedule.entries:
            mark = " (unconfirmed)" if entry.unconfirmed else ""
            lines.append(f"      from {entry.start.isoformat()}  {describe(entry.value)}{mark}")
    if rule.age is not None:
        lines.append(f"    age: {rule.age.describe()}")
    for name, value in rule.dated.items():
        lines.append(f"    {name}, by the date asked: {value.describe()}")
    if rule.notes:
        lines.append(f"    notes: {rule.notes}")
    return "\n".join(lines)


SHORT_CONDITIONS = 3
"""How many conditions the short answer of each place lists before pointing at ``-v``."""


def _level_summary(level: Level, verdict: Verdict) -> list[str]:
    """A level in a few lines: each requirement by the route that met it, or why none did."""
    lines = [f"  {level.jurisdiction} ({level.name}): {WORD[level.status].lower()}"]
    lines += [f"    ! {problem}" for problem in level.problems]
    seen: set[str] = set()
    for finding in level.findings:
        requirement = finding.requirement
        if requirement is None or requirement in seen:
            continue
        seen.add(requirement)
        chosen = verdict.pathways.get(requirement)
        routes = [f for f in level.findings if f.requirement == requirement]
        shown = next((f for f in routes if f.rule == chosen), None) or min(
            routes, key=lambda f: f.status.rank
        )
        label = requirement if shown.rule == requirement else f"{requirement} via {shown.rule}"
        lines.append(f"    {MARK[shown.status]} {label}: {_flagged(shown)}")
    return lines


def short_answers(
    verdicts: Sequence[Verdict],
    conditions: Sequence[Sequence[Condition]] | None = None,
    settle: Sequence[Sequence[str]] | None = None,
) -> str:
    """Several places at a glance: a level they share (the US federal level of several states)
    once, first; then each place's verdict, why, its own levels, its first conditions (by stage
    when ``conditions`` gives each verdict's with their stages) and its restrictions. ``kei
    check -v`` gives every detail instead."""
    staged = list(conditions) if conditions is not None else None
    counts: dict[str, int] = {}
    for verdict in verdicts:
        for level in verdict.levels:
            counts[level.jurisdiction] = counts.get(level.jurisdiction, 0) + 1
    shared = {code for code, n in counts.items() if n > 1}
    lines: list[str] = []
    done: set[str] = set()
    shared_conditions: set[str] = (
        set.intersection(*(set(v.conditions) for v in verdicts)) if shared else set()
    )
    for verdict in verdicts:
        for level in verdict.levels:
            if level.jurisdiction in shared and level.jurisdiction not in done:
                done.add(level.jurisdiction)
                places = ", ".join(
                    v.jurisdiction
                    for v in verdicts
                    if any(lv.jurisdiction == level.jurisdiction for lv in v.levels)
                )
                lines.append(f"{level.jurisdiction}, for {places}:")
                lines += _level_summary(level, verdict)
    if shared_conditions:
        lines.append("  Conditions everywhere below:")
        if staged is not None:
            lines += staged_lines([c for c in staged[0] if c.text in shared_conditions])
        else:
            lines += [f"    - {sentence(c)}" for c in verdicts[0].conditions if c in shared_conditions]
    for index, verdict in enumerate(verdicts):
        lines += ["", _dated_headline(verdict)]
        if verdict.scope_note:
            lines.append(f"  Scope: {verdict.scope_note}")
        reason = why(verdict)
        if reason:
            lines.append(f"  Why: {reason}")
        for level in verdict.levels:
            if level.jurisdiction not in shared:
                lines += _level_summary(level, verdict)
        own = [c for c in verdict.conditions if c not in shared_conditions]
        if own:
            lines.append(f"  Conditions{_once(verdict)}:")
            if staged is not None:
                mine = [c for c in staged[index] if c.text not in shared_conditions]
                lines += staged_lines(mine, limit=SHORT_CONDITIONS)
            else:
                lines += [f"    - {sentence(c)}" for c in own[:SHORT_CONDITIONS]]
                if len(own) > SHORT_CONDITIONS:
                    lines.append(f"    … {len(own) - SHORT_CONDITIONS} more (-v shows every one)")
        if verdict.restrictions:
            lines.append("  Restrictions on use: " + "; ".join(r.text for r in verdict.restrictions))
        if verdict.status is Status.UNKNOWN and verdict.settle:
            said = settle[index] if settle is not None else verdict.settle
            lines.append("  What would settle it: " + "; ".join(said))
    lines += ["", "(`kei check ... -v` shows every rule with its citation and source)"]
    return "\n".join(lines).lstrip("\n")
