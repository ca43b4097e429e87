"""A block kind's inherited fields (Law's ten and Provision's ``id``) are copied once for every
kind, not once a kind (kei_core.kit._inherited_once): each kind must still have exactly the
fields attrs alone collects, and any other attrs class is built as before."""

from __future__ import annotations

from typing import Any, ClassVar

import attrs
import pytest
from attr import _make
from test_kit_block_init import KINDS

from kei_core import Law, Provision, Rule


def _collected(cls: type) -> tuple[list[Any], dict[str, type]]:
    own = {f.name for f in attrs.fields(cls) if not f.inherited}
    return _make._collect_base_attrs.__wrapped__(cls, own)  # type: ignore[attr-defined,no-any-return]


@pytest.mark.parametrize("cls", KINDS, ids=lambda cls: cls.__qualname__)
def test_a_kind_has_the_fields_attrs_alone_collects(cls: type) -> None:
    inherited, where = _collected(cls)
    own = {f.name for f in attrs.fields(cls) if not f.inherited}
    assert (inherited, where) == _make._collect_base_attrs(cls, own)
    assert [f for f in attrs.fields(cls) if f.inherited] == inherited
    assert all(f.inherited for f in inherited)
    assert [f.name for f in inherited] == [*(f.name for f in attrs.fields(Law)), "id"]


def test_kinds_share_the_copies_and_other_classes_do_not() -> None:
    @attrs.frozen(kw_only=True)
    class One(Provision):
        part: ClassVar[str] = "ONE"
        a: int = 1

    @attrs.frozen(kw_only=True)
    class Two(Provision):
        part: ClassVar[str] = "TWO"
        b: int = 2

    assert attrs.fields(One).citation is attrs.fields(Two).citation
    assert attrs.fields(One).citation == attrs.fields(Rule).citation
    assert attrs.fields(One).citation is not attrs.fields(Rule).citation  # Rule: attrs' own copy
    assert attrs.fields(One).a.inherited is False
    assert [f.name for f in attrs.fields(Two)][-2:] == ["id", "b"]

    @attrs.frozen(kw_only=True)
    class Three(One):
        c: int = 3

    assert [f.name for f in attrs.fields(Three) if f.inherited][-2:] == ["id", "a"]
    assert _collected(Three) == _make._collect_base_attrs(Three, {"c"})
    made = Three(citation="§ 1", source="https://example.org", reviewed_on="2026-12-01", a=5)
    assert (made.a, made.c, made.id) == (5, 3, None)
