"""``kei batch``: a whole inventory, streamed, one output row per input row and place."""

from __future__ import annotations

import sys
from typing import NoReturn

import click

from kei_core.cli import Settings, check_code, parse_on


@click.command()
@click.argument("inventory", metavar="FILE.csv|FILE.jsonl")
@click.option(
    "--in", "codes", multiple=True, metavar="CODE", help="Where (repeatable); default: every place."
)
@click.option("--on", "on", metavar="YYYY-MM-DD", help="The date asked (default: today).")
@click.option("-o", "--output", "out", metavar="OUT", help="Write here instead of standard output.")
@click.option(
    "--format",
    "fmt",
    type=click.Choice(["csv", "jsonl"]),
    help="Output format (default: from OUT, else csv).",
)
@click.option(
    "-j", "--jobs", type=click.IntRange(1, 64), help="Processes (default: 1 for small files, else the cores)."
)
@click.pass_obj
def batch(
    settings: Settings,
    inventory: str,
    codes: tuple[str, ...],
    on: str | None,
    out: str | None,
    fmt: str | None,
    jobs: int | None,
) -> NoReturn:
    """Check a whole inventory: a CSV file (header: vehicle field names, see `kei fields`; empty
    cell = not given; equipment and documents separated by ;) or JSON Lines (one object a line).

    \b
    Output: one row per input row AND place (--in), in input order, with the columns
      row            the line the input row starts on, as an editor numbers lines (CSV: the
                     header is line 1; JSON Lines: the first line is 1; blank lines count)
      jurisdiction   the place asked
      status         legal, conditional, unknown or not_legal
      eligible_from  the day time stops standing in the way, if it does
      failing_rules  the rules standing in the way, ;-separated (not a failed route of a
                     requirement another route met)
      error          why the row could not be read (its status is then unknown)
    A bad row never stops the rest: a value out of range, a cell of over 4,096 characters or a
    row of over 100,000 is that row's error. A summary goes to stderr (progress too, on a terminal).
    Exit status: 0 legal or conditional, 1 not legal, 3 unknown (the worst row, a bad row
    counting as unknown), 2 when the file itself cannot be read.
    """
    from kei_core.batch import run_batch

    day = parse_on(on)
    wanted = [check_code(code, settings) for code in codes]
    summary = run_batch(settings.registry(), inventory, wanted, day, out=out, fmt=fmt, jobs=jobs)
    sys.exit(summary.worst.exit_code)
