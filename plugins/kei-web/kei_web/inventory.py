"""An uploaded inventory checked by ``kei batch``'s own code (:func:`kei_core.batch.run_batch`),
its verdicts streamed back with batch's columns as they are written.

``run_batch`` reads a file and writes one, as the command does: the upload is written to a
private temporary folder the server makes (never a path a request names), batch writes its
answers beside it, and the response reads them as they grow. An ``.xlsx`` workbook's first
sheet is turned into the same CSV first (header: vehicle field names).
"""

from __future__ import annotations

import asyncio
import csv
import datetime as dt
import io
import os
import shutil
import tempfile
import threading
from collections.abc import AsyncIterator, Sequence
from decimal import Decimal
from typing import Any

from kei_core.errors import InputError

XLSX_MAGIC = b"PK\x03\x04"
MAX_XLSX_ROWS = 200_000


def _cell(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, dt.datetime):
        return value.date().isoformat() if value.time() == dt.time() else value.isoformat()
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, float):
        return str(Decimal(repr(value)).normalize()) if value == value else ""
    return str(value)


def xlsx_to_csv(data: bytes) -> bytes:
    """The first sheet of a workbook as CSV text (UTF-8), empty rows left out."""
    from openpyxl import load_workbook  # type: ignore[import-untyped]

    try:
        book = load_workbook(io.BytesIO(data), read_only=True, data_only=True)
    except Exception as error:  # openpyxl raises many kinds for a file that is not a workbook
        raise InputError(f"the upload is not a readable .xlsx workbook ({type(error).__name__})") from None
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    try:
        sheet = book.worksheets[0]
        for number, row in enumerate(sheet.iter_rows(values_only=True)):
            if number > MAX_XLSX_ROWS:
                raise InputError(f"the workbook has more than {MAX_XLSX_ROWS:,} rows; split it")
            cells = [_cell(value) for value in row]
            while cells and cells[-1] == "":
                cells.pop()
            if cells:
                writer.writerow(cells)
    finally:
        book.close()
    return out.getvalue().encode("utf-8")


def as_csv(data: bytes, filename: str | None) -> bytes:
    """The inventory as CSV bytes: a workbook converted, CSV as sent."""
    if data.startswith(XLSX_MAGIC) or (filename or "").lower().endswith(".xlsx"):
        return xlsx_to_csv(data)
    return data


def verdict_rows(registry: Any, data: bytes, codes: Sequence[str], on: dt.date) -> AsyncIterator[bytes]:
    """``kei batch``'s CSV for the inventory ``data``, streamed while batch writes it.

    The file's own problems (an unknown column, an empty file) are raised as batch raises them,
    before anything is sent."""
    from kei_core.batch import open_source, run_batch

    folder = tempfile.mkdtemp(prefix="kei-web-")
    inventory = os.path.join(folder, "inventory.csv")
    answers = os.path.join(folder, "verdicts.csv")
    with open(inventory, "wb") as file:
        file.write(data)
    try:
        open_source(inventory).close()  # the header is checked now, so that its error is a 400
    except InputError as error:  # named as the upload, not by the server's temporary folder
        shutil.rmtree(folder, ignore_errors=True)
        raise InputError(str(error.args[0]).replace(folder + os.sep, ""), field=error.field) from None
    except BaseException:
        shutil.rmtree(folder, ignore_errors=True)
        raise
    open(answers, "wb").close()
    failure: list[BaseException] = []
    done = threading.Event()

    def work() -> None:
        try:
            run_batch(
                registry,
                inventory,
                codes,
                on,
                out=answers,
                fmt="csv",
                jobs=1,
                progress=False,
                echo=lambda _: None,
            )
        except BaseException as error:  # reported in the stream's last line
            failure.append(error)
        finally:
            done.set()

    return _stream(folder, answers, threading.Thread(target=work, daemon=True), done, failure)


async def _stream(
    folder: str, answers: str, worker: threading.Thread, done: threading.Event, failure: list[BaseException]
) -> AsyncIterator[bytes]:
    worker.start()
    try:
        with open(answers, "rb") as file:
            while True:
                finished = done.is_set()
                chunk = file.read(64 * 1024)
                if chunk:
                    yield chunk
                    continue
                if finished:
                    break
                await asyncio.sleep(0.02)
        if failure:
            from kei_web.questions import error_line

            yield f"# kei batch stopped: {error_line(failure[0])}\n".encode()
    finally:
        if done.is_set():
            shutil.rmtree(folder, ignore_errors=True)
        else:  # the client left: the folder goes once batch has finished writing

            def tidy() -> None:
                done.wait()
                shutil.rmtree(folder, ignore_errors=True)

            threading.Thread(target=tidy, daemon=True).start()
