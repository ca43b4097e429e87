"""The eligibility timeline: one row per place, from the build date to the day the place's time
bar lifts, with the date asked marked, drawn as SVG on the server.

It is both the picture on the answer page and the ``svg`` output format of ``kei check``
(``kei check FILE --format svg``, registered under the ``kei.formats`` entry points). The SVG
uses presentation attributes and classes only (no ``style`` attribute, no script), so a page
with a strict content-security policy can inline it; every text in it is escaped.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from html import escape

import attrs

from kei_core.api import CheckResult
from kei_core.status import Status
from kei_core.terminal import safe
from kei_core.verdicts import Verdict

WORDS = {
    Status.LEGAL: "legal",
    Status.CONDITIONAL: "conditional",
    Status.UNKNOWN: "unknown",
    Status.NOT_LEGAL: "not legal",
}
"""A status in words: the picture never relies on colour alone."""

COLOURS = {
    Status.LEGAL: "#1a7f37",
    Status.CONDITIONAL: "#8a5a00",
    Status.UNKNOWN: "#57606a",
    Status.NOT_LEGAL: "#c21c2c",
}
"""Each status's colour, dark enough for white text and for a 3:1 contrast on white."""

WAITING = "#d0d7de"
OPEN = "#b7e4c7"
WIDTH = 760
LEFT = 84
RIGHT = 16
TOP = 40
ROW = 40


@attrs.frozen
class Row:
    """One place's row: where its bar starts (the build date), the day time stops standing in
    the way (``None``: time is not what decides), and whether time cannot cure what fails."""

    place: str
    status: Status
    built: dt.date
    lifts: dt.date | None
    time_cures: bool

    def caption(self, on: dt.date) -> str:
        word = WORDS[self.status]
        if self.lifts is not None and self.lifts > on:
            return f"{self.place}: {word} on {on.isoformat()}; time stops standing in the way on {self.lifts.isoformat()}"
        if not self.time_cures:
            return f"{self.place}: {word}; what stands in the way is not time"
        if self.lifts is not None:
            return f"{self.place}: {word}; time stopped standing in the way on {self.lifts.isoformat()}"
        return f"{self.place}: {word}; no waiting period applies"


def row_of(verdict: Verdict, built: dt.date) -> Row:
    """The row of one verdict: its bar lifts on ``eligible_from``; already lifted, on the last
    day a passed finding's ``passes_from`` names."""
    on = verdict.on
    if verdict.eligible_from is not None:
        return Row(verdict.jurisdiction, verdict.status, built, verdict.eligible_from, True)
    past = [f.passes_from for f in verdict.findings if f.passes_from is not None and f.passes_from <= on]
    lifted = max(past) if past else None
    cures = verdict.status.permits_use or verdict.status is Status.UNKNOWN
    return Row(verdict.jurisdiction, verdict.status, built, lifted, cures)


def rows(result: CheckResult) -> list[Row]:
    """A row per verdict, or none when the build date is not known."""
    made = result.vehicle.manufactured
    if made is None:
        return []
    return [row_of(verdict, made.earliest()) for verdict in result.verdicts]


def _span(rows: Sequence[Row], on: dt.date) -> tuple[int, int]:
    first = min(row.built.year for row in rows)
    last = max([on.year, *(row.lifts.year for row in rows if row.lifts is not None)]) + 2
    return first, max(last, first + 5)


def _step(years: int) -> int:
    return next(step for step in (1, 2, 5, 10, 20, 50) if years / step <= 10)


def draw(result: CheckResult, *, standalone: bool = True) -> str:
    """The timeline of ``result`` as SVG text (``standalone``: a whole document, else an element
    to inline in HTML)."""
    on = result.on
    found = rows(result)
    title = f"Eligibility timeline: {safe(result.vehicle.label)}"  # user text, escaped as the CLI does
    head = '<?xml version="1.0" encoding="UTF-8"?>\n' if standalone else ""
    if not found:
        message = (
            "No timeline: the build date is not given (add manufactured, e.g. 2005-06)."
            if result.vehicle.manufactured is None
            else "No timeline: no place was checked."
        )
        return (
            f'{head}<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {WIDTH} 40" width="{WIDTH}" '
            f'height="40" role="img" aria-labelledby="kei-tl-title" class="kei-timeline">'
            f'<title id="kei-tl-title">{escape(title)}</title>'
            f'<text x="8" y="24" font-family="sans-serif" font-size="14" fill="#24292f">{escape(message)}</text></svg>\n'
        )
    first, last = _span(found, on)
    start, end = dt.date(first, 1, 1), dt.date(last, 1, 1)
    plot = WIDTH - LEFT - RIGHT

    def x(day: dt.date) -> float:
        day = min(max(day, start), end)
        return round(LEFT + plot * (day - start).days / (end - start).days, 1)

    height = TOP + ROW * len(found) + 24
    out = [
        f'{head}<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {WIDTH} {height}" width="{WIDTH}" '
        f'height="{height}" role="img" aria-labelledby="kei-tl-title kei-tl-desc" class="kei-timeline" '
        'font-family="sans-serif">',
        f'<title id="kei-tl-title">{escape(title)}</title>',
        f'<desc id="kei-tl-desc">{escape(" ".join(row.caption(on) + "." for row in found))}</desc>',
        f'<rect x="0" y="0" width="{WIDTH}" height="{height}" fill="#ffffff"/>',
    ]
    step = _step(last - first)
    for year in range(first - first % step, last + 1, step):
        if year < first:
            continue
        tx = x(dt.date(year, 1, 1))
        out.append(
            f'<line x1="{tx}" y1="{TOP - 8}" x2="{tx}" y2="{height - 24}" stroke="#eaeef2" stroke-width="1"/>'
        )
        out.append(
            f'<text x="{tx}" y="{TOP - 14}" font-size="11" text-anchor="middle" fill="#57606a">{year}</text>'
        )
    for index, row in enumerate(found):
        y = TOP + ROW * index
        built_x = x(row.built)
        end_x = x(end)
        out.append(
            f'<g class="kei-tl-row" data-place="{escape(row.place)}" data-status="{row.status.value}">'
        )
        out.append(
            f'<text x="8" y="{y + 26}" font-size="13" font-weight="bold" fill="#24292f">{escape(row.place)}</text>'
        )
        out.append(
            f'<text x="{LEFT}" y="{y + 11}" font-size="11" fill="#24292f">{escape(row.caption(on))}</text>'
        )
        if not row.time_cures:
            out.append(_bar(built_x, end_x, y, COLOURS[row.status], "stands in the way whatever the date"))
        elif row.lifts is not None and row.lifts > on:
            lift_x = x(row.lifts)
            out.append(_bar(built_x, lift_x, y, WAITING, f"waiting until {row.lifts.isoformat()}"))
            out.append(
                _bar(lift_x, end_x, y, OPEN, f"time no longer in the way from {row.lifts.isoformat()}")
            )
            out.append(
                f'<line x1="{lift_x}" y1="{y + 14}" x2="{lift_x}" y2="{y + 34}" stroke="#24292f" stroke-width="2"/>'
            )
        else:
            lift_x = x(row.lifts) if row.lifts is not None else built_x
            if lift_x > built_x:
                out.append(_bar(built_x, lift_x, y, WAITING, "waiting period, over"))
            out.append(_bar(lift_x, end_x, y, COLOURS[row.status], WORDS[row.status]))
        out.append("</g>")
    today_x = x(on)
    label = "today" if on == dt.date.today() else "asked"
    out.append(
        f'<line x1="{today_x}" y1="{TOP - 6}" x2="{today_x}" y2="{height - 20}" stroke="#0550ae" '
        'stroke-width="2" stroke-dasharray="4 3" class="kei-tl-today"/>'
    )
    out.append(
        f'<text x="{today_x}" y="{height - 6}" font-size="11" text-anchor="middle" fill="#0550ae">'
        f"{label} {on.isoformat()}</text>"
    )
    out.append("</svg>\n")
    return "\n".join(out)


def _bar(x1: float, x2: float, y: int, colour: str, title: str) -> str:
    width = max(round(x2 - x1, 1), 0)
    return (
        f'<rect x="{x1}" y="{y + 16}" width="{width}" height="16" rx="3" fill="{colour}" stroke="#24292f" '
        f'stroke-width="0.5"><title>{escape(title)}</title></rect>'
    )


def svg_format(result: CheckResult, *, verbose: bool = False) -> str:
    """The ``svg`` output format of ``kei check``: the timeline as a standalone SVG document."""
    return draw(result, standalone=True).rstrip("\n")
