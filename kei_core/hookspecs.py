# mypy: disable-error-code="empty-body"
"""The hooks a kei plugin implements (pluggy project ``kei``).

A plugin is a module registered under the entry-point group ``kei``; it declares the codes it
owns or adds rules to, statically, under ``kei.jurisdictions`` (entry name = code, value = the
module), so kei knows coverage without importing it. Implement hooks with
``kei_core.hookimpl``; every shipped jurisdiction uses exactly these hooks.

The core calls each hook once per process and per plugin, one plugin at a time: an exception
or a wrong return type makes what that plugin covers ``unknown`` and names it, and the other
plugins still answer. Hooks take no arguments and must not depend on the vehicle or the date
asked: rules are listable without a vehicle (``kei rules``), and the core decides which rules
are in force. Keep module import cheap; build data inside the hook.

A plugin may be a module or any object with ``@hookimpl`` methods: a US state is declared as
``plugin = state_plugin("US-LA", "Louisiana", rules="kei_us_la.mini_trucks:RULES")`` and
registered as ``us-la = "kei_us_la:plugin"``.

Besides hooks, a distribution contributes through two more entry-point groups, read without
importing anything and loaded only when used (as llm and datasette add commands, but lazily):

* ``kei.commands``: ``serve = "kei_web.command:serve"`` adds ``kei serve``, a
  :class:`click.Command` imported only when ``kei serve`` is run (``kei check`` never imports
  it, so its start-up does not change); it receives the global options'
  :class:`kei_core.cli.Settings` as ``ctx.obj`` (its ``kei()`` is the :class:`kei_core.api.Kei`
  facade every command answers from). Raise :class:`kei_core.errors.InputError` for bad input:
  the CLI prints it on one line and exits 2. kei's own commands are registered the same way
  (kei-core's ``pyproject.toml``); a command that fails to import is an internal error naming
  its distribution, and costs the other commands nothing.
* ``kei.formats``: ``svg = "kei_web.timeline:svg_format"`` adds ``kei check --format svg``, a
  function ``(result: CheckResult, *, verbose: bool) -> str`` imported only when that format is
  asked for; kei's ``text`` and ``json`` are two of them. The exit status still says the worst
  place's status, whatever the format.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING

import pluggy

if TYPE_CHECKING:
    from kei_core.rules import Jurisdiction, Model, Requirement, Rule
    from kei_core.vocabulary import Term

hookspec = pluggy.HookspecMarker("kei")


@hookspec
def kei_jurisdictions() -> Iterable[Jurisdiction]:
    """Return the jurisdictions this plugin *owns*.

    :return: :class:`~kei_core.Jurisdiction` objects, each with its code, display name and
        parent code (``None`` for a top level, ``"EU"`` for a member state, ``"US"`` for a
        state). Each code has exactly one owner across installed plugins; a level whose owner is
        missing or broken answers ``unknown``, whatever other plugins add to it.

    Declare ``registers=True`` for a jurisdiction that registers vehicles for use on public
    roads (a country such as Japan or Germany, a US state, a province, a territory). A level
    that only admits vehicles (the US, Canadian and Australian federal levels, the EU) leaves it
    ``False`` (the default) and says who registers with ``registered_by="each state"``: a place
    whose chain holds no registering level answers at best ``conditional``, worded as
    admissibility for import (the verdict's ``scope`` is ``"import"``), never as street legality.

    Called when a question touches a code this plugin declares under ``kei.jurisdictions``, and
    by ``kei jurisdictions``. Every code returned must also be declared there (the conformance
    check in :mod:`kei_core.testing` verifies it). A plugin that only adds rules to another's
    jurisdiction (a county adding restrictions to ``US-TX``) returns nothing here.
    """


@hookspec
def kei_rules() -> Iterable[Rule | Requirement]:
    """Return the rules this plugin contributes, to its own jurisdictions or to any other.

    :return: :class:`~kei_core.Rule` objects (kinds ``REQUIREMENT``, ``PATHWAY`` or
        ``INFORMATION``) and the :class:`~kei_core.Requirement` objects that group pathways.
        A pathway may name a requirement declared by another plugin (a state adding a route to
        ``US``); each rule says its ``jurisdiction``.

    Folding: a requirement takes the best of its pathways, and the verdict names the pathway that
    passed (of equally good ones, the first in the order returned: list the most specific route
    first, e.g. "no approval needed over 10 years" before "individual approval"). The conditions and restrictions of the pathways that passed,
    of requirements, and of information findings all reach the verdict.

    Return *every* rule, including those no longer or not yet in force: the core applies each
    rule's ``in_force`` period to the date asked, and uses its boundaries to find when a vehicle
    becomes eligible. Every rule carries an ID, a statement, a citation, a source URL and a
    review date; one without a source does not ship.
    """


@hookspec
def kei_models() -> Iterable[Model]:
    """Return vehicle models for the catalog (``kei models``, ``kei check --model``).

    :return: :class:`~kei_core.Model` objects: a model code (``DA63T``) with its maker, name,
        production window and typical specifications, the unconfirmed ones marked.

    Called only when a command needs the catalog. A model code may come from several plugins;
    the first one registered wins and the others are reported as duplicates.
    """


@hookspec
def kei_vocabulary() -> Iterable[Term]:
    """Return the names this plugin adds to kei's vocabulary.

    :return: :class:`~kei_core.vocabulary.Term` objects: equipment items and documents a
        vehicle may list, and restriction ``kind`` keys the plugin's rules give, each namespaced
        by the plugin (``de.vollgutachten``) and with a sentence saying what it means.

    Called by ``kei vocabulary``, and by the conformance check, which accepts a rule's restriction
    kinds from the core's table or from its plugin's terms. kei-core's own names
    (:data:`kei_core.EQUIPMENT`, :data:`kei_core.DOCUMENTS`,
    :data:`kei_core.vocabulary.RESTRICTIONS`) need no hook.
    """
