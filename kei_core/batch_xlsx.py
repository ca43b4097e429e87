"""Reading an ``.xlsx`` workbook for ``kei batch``: one sheet, streamed row by row.

openpyxl (the optional extra ``kei-core[xlsx]``) is imported only when a workbook is read, in
read-only mode, so memory stays flat in the number of rows and start-up never pays for it. Each
cell becomes the text a CSV export would hold: a date as ``YYYY-MM-DD`` (or ``YYYY-MM`` when the
sheet shows it without the day), a whole number without ``.0``, ``true``/``false``, an empty
cell as nothing.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from decimal import Decimal
from typing import Any

from kei_core.errors import InputError, shown, shown_path

EXTRA = "kei-core[xlsx]"


def _openpyxl() -> Any:
    import importlib

    try:
        return importlib.import_module("openpyxl")
    except ImportError:
        raise InputError(
            f'reading .xlsx needs openpyxl: install the extra with pip install "{EXTRA}" '
            "(or save the sheet as CSV)"
        ) from None


def _date_text(value: dt.date, number_format: str) -> str:
    """A date cell as precise as the sheet shows it: a spreadsheet stores "2004-08" typed in a
    cell as 1 August 2004 shown as ``mmm-yy``, and reading it as that day would make the truck
    older than it may be; shown without the day it reads as the month (without the month, the
    year)."""
    shown = number_format.lower().replace("[$-", "").replace("am/pm", "")
    day = value.date() if isinstance(value, dt.datetime) else value
    if "d" not in shown and "m" in shown:
        return f"{day.year:04d}-{day.month:02d}"
    if "d" not in shown and "m" not in shown and "y" in shown:
        return f"{day.year:04d}"
    if isinstance(value, dt.datetime) and value.time() != dt.time():
        return value.isoformat()
    return day.isoformat()


def cell_text(value: Any, number_format: str = "yyyy-mm-dd") -> str:
    """A cell's value as the text a CSV export of the sheet would hold (a date as precise as
    its ``number_format`` shows it)."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, dt.date):
        return _date_text(value, number_format or "yyyy-mm-dd")
    if isinstance(value, float):
        if value != value:  # NaN
            return ""
        if value.is_integer():
            return str(int(value))
        return format(Decimal(repr(value)).normalize(), "f")
    return str(value)


class Workbook:
    """An opened workbook's chosen sheet: :meth:`records` yields ``(row number, cells)`` for
    every row that is not empty (the first is the header), as the CSV reader does."""

    def __init__(self, path: str, sheet: str | None) -> None:
        openpyxl = _openpyxl()
        name = shown_path(path)
        try:
            self.book = openpyxl.load_workbook(path, read_only=True, data_only=True)
        except FileNotFoundError:
            raise InputError(f"no such file: {name}") from None
        except Exception as error:  # openpyxl raises many kinds for a file that is not a workbook
            raise InputError(f"{name} is not a readable .xlsx workbook ({type(error).__name__})") from None
        names = self.book.sheetnames
        if sheet is None:
            if not names:
                self.close()
                raise InputError(f"{name} has no sheet")
            self.sheet = self.book[names[0]]
        elif sheet in names:
            self.sheet = self.book[sheet]
        else:
            self.close()
            listed = ", ".join(shown(n) for n in names)
            raise InputError(f"{name} has no sheet {shown(sheet)} (it has {listed})", field="--sheet")

    def records(self) -> Iterator[tuple[int, list[str]]]:
        for number, row in enumerate(self.sheet.iter_rows(), 1):
            cells = [
                cell_text(value, cell.number_format)
                if isinstance(value := cell.value, dt.date)
                else cell_text(value)
                for cell in row
            ]
            while cells and cells[-1] == "":
                cells.pop()
            if cells:
                yield number, cells

    def close(self) -> None:
        self.book.close()
