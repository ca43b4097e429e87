"""The catalog's own CSV reader (start-up, issue 10) reads what the csv module reads."""

from __future__ import annotations

import csv
import io

from hypothesis import given, settings
from hypothesis import strategies as st

from kei_jp import catalog


def _csv_rows(text: str) -> list[dict[str | None, object]] | str:
    try:
        return list(csv.DictReader(catalog._without_comments(text)))
    except csv.Error as error:
        return f"csv.Error: {error}"


def _fast_rows(text: str) -> list[dict[str | None, object]] | str:
    try:
        return list(catalog._rows(text))
    except csv.Error as error:
        return f"csv.Error: {error}"


def test_the_catalog_reads_as_the_csv_module_reads_it_without_falling_back() -> None:
    text = catalog._data_text()
    assert catalog._records(catalog._without_comments(text).getvalue()) is not None
    assert _fast_rows(text) == _csv_rows(text)


@settings(max_examples=3000)
@given(st.lists(st.sampled_from(["a", "é", " ", ",", '"', '""', "\n", "\r", "#", "\x00"]), max_size=24))
def test_any_text_reads_as_the_csv_module_reads_it(pieces: list[str]) -> None:
    text = "".join(pieces)
    assert _fast_rows(text) == _csv_rows(text)
    records = catalog._records(text)
    if records is not None:
        assert records == list(csv.reader(io.StringIO(text)))


def test_short_and_long_rows_and_quoted_fields_read_as_dictreader_does() -> None:
    text = 'a,b,c\n1,"x, ""y""\nz",3\n\n4,5\n6,7,8,9\n# a comment\n"",,\n'
    assert _fast_rows(text) == _csv_rows(text)
    assert _fast_rows(text)[0] == {"a": "1", "b": 'x, "y"\nz', "c": "3"}


def test_a_field_over_csvs_limit_is_left_to_csv_whatever_the_limit() -> None:
    assert csv.field_size_limit() == catalog._CSV_FIELD_LIMIT  # the default, unchanged here
    text = 'a,b\n"' + "x" * 50 + '",1\n'
    assert _fast_rows(text) == _csv_rows(text)
    before = csv.field_size_limit(20)
    try:
        assert catalog._records(text) is None
        assert _fast_rows(text) == _csv_rows(text)
        assert str(_fast_rows(text)).startswith("csv.Error")
    finally:
        csv.field_size_limit(before)
