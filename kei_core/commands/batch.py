"""``kei batch``: a whole inventory, streamed, one output row per input row and place."""

from __future__ import annotations

import datetime as dt
import sys
from typing import NoReturn

import click

from kei_core.cli import Settings, check_code, parse_on
from kei_core.errors import InputError


def _eligible_by(value: str) -> dt.date:
    from kei_core.dates import parse_asked_date

    try:
        return parse_asked_date(value)
    except InputError as error:
        raise InputError(str(error), field="--eligible-by") from None


@click.command()
@click.argument("inventory", metavar="FILE.csv|FILE.xlsx|FILE.jsonl")
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
@click.option("--id", "id_column", metavar="COLUMN", help="Put this input column first in the output.")
@click.option("--sheet", metavar="NAME", help="The sheet of an .xlsx workbook (default: the first).")
@click.option(
    "--columns",
    "columns",
    metavar="full|NAME,...",
    help="Add columns for acting on a row: full, or some of reason, settle, conditions, "
    "restrictions, eligible_in_days, failing, undecided, catalog.",
)
@click.option(
    "--eligible-by",
    "eligible_by",
    metavar="YYYY-MM-DD",
    help="Add an eligible_by column (yes: legal or conditional by then) and count those rows.",
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
    id_column: str | None,
    sheet: str | None,
    columns: str | None,
    eligible_by: str | None,
) -> NoReturn:
    """Check a whole inventory: a CSV file or an .xlsx workbook (header: vehicle field names, see
    `kei fields`, or common names such as year, chassis no, cc, width (in); other columns pass
    through unchanged; empty cell = not given; equipment and documents separated by ;) or JSON
    Lines (one object a line). Reading .xlsx needs pip install "kei-core[xlsx]". A model_code
    (or frame_number) fills what a row leaves out from the catalog, as kei check does.

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
    then the --columns asked (reason: kei check's Why; settle: what would settle an unknown;
    conditions; restrictions; eligible_in_days; failing and undecided: the rules in the way
    that fail and that cannot be decided; catalog: what a model code filled from the catalog,
    what is typical, its warnings), eligible_by with --eligible-by, and the columns
    kei does not know, in their order (--id puts one first).
    A bad row never stops the rest: a value out of range, a cell of over 4,096 characters or a
    row of over 100,000 is that row's error. A summary goes to stderr, per place with the
    missing facts that most often left a row unknown (progress too, on a terminal).
    Exit status: 0 legal or conditional, 1 not legal, 3 unknown (the worst row, a bad row
    counting as unknown), 2 when the file itself cannot be read.
    """
    from kei_core.batch import Options, run_batch
    from kei_core.batch_output import parse_columns

    day = parse_on(on)
    by = _eligible_by(eligible_by) if eligible_by is not None else None
    options = Options(extras=parse_columns(columns), eligible_by=by, id_column=id_column)
    wanted = [check_code(code, settings) for code in codes]
    summary = run_batch(
        settings.registry(), inventory, wanted, day, out=out, fmt=fmt, jobs=jobs, options=options, sheet=sheet
    )
    sys.exit(summary.worst.exit_code)
