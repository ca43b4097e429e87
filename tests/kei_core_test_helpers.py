"""Plugins built in memory for the core's tests, so the core is tested with no shipped plugin
installed (the core-alone environment runs these tests too)."""

from __future__ import annotations

import datetime as dt
import types
from collections.abc import Callable, Iterable
from typing import Any

from kei_core import (
    AgeThreshold,
    Jurisdiction,
    Outcome,
    PartialDate,
    Requirement,
    Rule,
    RuleKind,
    Vehicle,
    hookimpl,
)


def plugin_module(
    name: str,
    jurisdictions: Iterable[Jurisdiction] = (),
    rules: Iterable[Rule | Requirement] = (),
    models: Iterable[Any] | None = None,
) -> types.ModuleType:
    """A plugin module implementing the kei hooks with fixed answers."""
    module = types.ModuleType(name)
    owned, contributed = list(jurisdictions), list(rules)

    @hookimpl
    def kei_jurisdictions() -> list[Jurisdiction]:
        return owned

    @hookimpl
    def kei_rules() -> list[Rule | Requirement]:
        return contributed

    module.kei_jurisdictions = kei_jurisdictions  # type: ignore[attr-defined]
    module.kei_rules = kei_rules  # type: ignore[attr-defined]
    if models is not None:
        catalog = list(models)

        @hookimpl
        def kei_models() -> list[Any]:
            return catalog

        module.kei_models = kei_models  # type: ignore[attr-defined]
    return module


def rule(
    rule_id: str,
    code: str,
    check: Callable[[Vehicle, dt.date], Outcome],
    kind: RuleKind = RuleKind.REQUIREMENT,
    requirement: str | None = None,
    **extra: Any,
) -> Rule:
    return Rule(
        id=rule_id,
        jurisdiction=code,
        statement=f"test rule {rule_id}",
        citation="Test Act s. 1",
        source="https://example.org/test-act",
        reviewed_on="2026-11-01",
        check=check,
        kind=kind,
        requirement=requirement,
        **extra,
    )


def age_check(years: int) -> Callable[[Vehicle, dt.date], Outcome]:
    threshold = AgeThreshold(years)

    def check(vehicle: Vehicle, on: dt.date) -> Outcome:
        test = threshold.test(vehicle.manufactured, on)
        return Outcome(test.status, f"{years}-year test", passes_from=test.passes_from)

    return check


def built(text: str) -> Vehicle:
    return Vehicle(manufactured=PartialDate.parse(text))


def attrs_twin(cls: type, *, methods: bool = True) -> type:
    """``cls`` as attrs alone would make it from its fields (its own ``__attrs_pre_init__`` and
    ``__attrs_post_init__`` kept): every method generated, or with ``methods=False`` only the
    ``__init__``. What a class that writes its methods by hand is compared with."""
    import attr
    import attrs

    body: dict[str, Any] = {"__module__": cls.__module__, "__qualname__": cls.__qualname__}
    for name in ("__attrs_pre_init__", "__attrs_post_init__"):
        hook = getattr(cls, name, None)
        if hook is not None:
            body[name] = hook
    # Its other methods and properties too: a field's factory may call one (Plan's scope).
    fields = {f.name for f in attrs.fields(cls)}
    for name, value in vars(cls).items():
        if (
            not name.startswith("__")
            and name not in fields
            and not isinstance(value, types.MemberDescriptorType)
        ):
            body[name] = value
    these = {
        f.name: attr.ib(
            default=f.default,
            validator=f.validator,
            converter=f.converter,
            kw_only=f.kw_only,
            eq=f.eq,
            hash=f.hash if methods else None,
            init=f.init,
            alias=f.alias,
            type=f.type,
        )
        for f in attrs.fields(cls)
    }
    blank = type(cls.__name__, (), body)
    return attr.s(these=these, frozen=True, slots=True, auto_detect=False, repr=False, eq=methods)(blank)


def installed_plugins() -> tuple[Any, ...]:
    """Every installed kei plugin (entry-point group ``kei``), loaded, to register explicitly
    (autoload stays off); a plugin that fails to load is left out (test_robustness's business)."""
    from kei_core.entrypoints import entry_points

    found = []
    for point in entry_points("kei"):
        try:
            found.append(point.load())
        except Exception:
            continue
    return tuple(found)
