"""The ``kei`` command: the root group, its errors and exit statuses, and the settings every
command shares.

Commands are found through the entry-point group ``kei.commands`` (name = command, value =
``module:click_command``), kei's own like any plugin's, and imported only when asked for: a
third-party command costs ``kei check`` nothing. Exit statuses: 0 legal or conditional, 1 not
legal, 3 unknown, 2 bad usage or input, 4 an internal failure (a bug), 130 interrupted.
"""

from __future__ import annotations

import datetime as dt
import sys
from typing import TYPE_CHECKING, Any

import click

from kei_core._launch import YOUNG_OBJECTS as YOUNG_OBJECTS  # the old home of the name
from kei_core._launch import own_the_collector
from kei_core._version import __version__
from kei_core.errors import InputError, did_you_mean
from kei_core.errors import one_line as _one_line

if TYPE_CHECKING:
    from kei_core.api import Kei
    from kei_core.entrypoints import EntryPoint
    from kei_core.plugins.registry import Registry

LISTING_FORMATS = click.Choice(["text", "json"])
"""The formats of the listing commands (``kei plugins``, ``kei rules``, ...)."""

COMMANDS_GROUP = "kei.commands"
FORMATS_GROUP = "kei.formats"


_OWN_PROCESS = False
"""Set when kei runs as the program (:meth:`KeiGroup.__call__`), not inside another's process."""


class BadInput(click.ClickException):
    """Bad usage or input: one line on stderr, exit status 2."""

    exit_code = 2

    def show(self, file: Any = None) -> None:
        click.echo(f"kei: error: {_one_line(self.format_message())}", err=True)


class InternalError(click.ClickException):
    """A failure kei did not foresee (a bug): one line on stderr, exit status 4, never 1,
    which would read as "not legal"."""

    exit_code = 4

    def show(self, file: Any = None) -> None:
        click.echo(f"kei: internal error: {_one_line(self.format_message())}", err=True)


def _usage(error: click.UsageError) -> BadInput:
    where = f" (see `{error.ctx.command_path} --help`)" if error.ctx is not None else ""
    return BadInput(" ".join(error.format_message().split()) + where)


def _flush_output() -> None:
    """Write out what is buffered now, so that a full disk or a closed pipe is an error line
    (exit 2) and not a complaint from the interpreter at exit."""
    try:
        sys.stdout.flush()
    except BrokenPipeError:
        _silence_output()
        sys.exit(141)
    except OSError as error:
        _silence_output()
        raise BadInput(f"cannot write the output: {error.strerror or error}") from None


def _is_output_error(error: OSError) -> bool:
    """A write that failed for want of room or a reader (no file named: standard output)."""
    import errno

    unwritable = (errno.ENOSPC, errno.EDQUOT, errno.EFBIG, errno.EIO, errno.EPIPE)
    return error.filename is None and error.errno in unwritable


def _silence_output() -> None:
    from kei_core.terminal import silence_stdout

    silence_stdout()


def _show_help(ctx: click.Context, param: click.Parameter, value: bool) -> None:
    if value and not ctx.resilient_parsing:
        click.echo(ctx.get_help(), color=ctx.color)
        ctx.exit()


def _show_version(ctx: click.Context, param: click.Parameter, value: bool) -> None:
    if value and not ctx.resilient_parsing:
        click.echo(f"kei, version {__version__}", color=ctx.color)
        ctx.exit()


class PlainHelp(click.Command):
    """A command whose ``-h``/``--help`` option is click's, its help text given as is.

    Click asks :mod:`gettext` for the text of its ``--help`` and ``--version`` options each time
    it makes one, and gettext's first look for a catalog imports :mod:`locale` (with its table
    of a thousand locale names): 4 million instructions of ``kei check``, for text kei never
    translates. kei's group and ``kei check`` make theirs here; the options, their text and what
    they print are click's own."""

    _plain_help: click.Option | None = None

    def get_help_option(self, ctx: click.Context) -> click.Option | None:
        names = self.get_help_option_names(ctx)
        if not names or not self.add_help_option:
            return None
        if self._plain_help is None:
            self._plain_help = click.Option(
                [*names, "_kei_help"],
                is_flag=True,
                expose_value=False,
                is_eager=True,
                help="Show this message and exit.",
                callback=_show_help,
            )
        return self._plain_help


class KeiGroup(PlainHelp, click.Group):
    """Every failure ends in one line on stderr: bad input or usage (exit 2, ``kei: error:``),
    anything unforeseen (exit 4, ``kei: internal error:``). Never a traceback.

    Commands come from the ``kei.commands`` entry points, imported only when run."""

    def __call__(self, *args: Any, **kwargs: Any) -> Any:
        """Run as the program (the ``kei`` script, ``main()``): the process is kei's own, so its
        registry may freeze what plugins build (:attr:`Registry.freeze_loaded`) and the collector
        waits for :data:`~kei_core._launch.YOUNG_OBJECTS` new objects before its first round. Tests calling
        ``main.main(...)`` in their own process (click's ``CliRunner``) leave their heap alone."""
        global _OWN_PROCESS
        _OWN_PROCESS = True
        own_the_collector()
        return super().__call__(*args, **kwargs)

    def list_commands(self, ctx: click.Context) -> list[str]:
        return sorted({*super().list_commands(ctx), *_command_entry_points()})

    def get_command(self, ctx: click.Context, name: str) -> click.Command | None:
        found = super().get_command(ctx, name)
        if found is not None:
            return found
        entry = _command_entry_points().get(name)
        if entry is None:
            return None
        try:
            command = entry.load()
        except Exception as error:  # a broken third-party command is its own failure, named
            raise InternalError(
                f"the command {name!r} of {entry.distribution or 'an installed distribution'} failed to "
                f"load: {type(error).__name__}: {error}"
            ) from None
        if not isinstance(command, click.Command):
            raise InternalError(f"the command {name!r} ({entry.value}) is not a click command")
        return command

    def make_context(
        self, info_name: str | None, args: list[str], parent: click.Context | None = None, **extra: Any
    ) -> click.Context:
        try:
            return super().make_context(info_name, args, parent=parent, **extra)
        except click.UsageError as error:
            if type(error).__name__ == "NoArgsIsHelpError":
                raise
            raise _usage(error) from None

    def invoke(self, ctx: click.Context) -> Any:
        try:
            result = super().invoke(ctx)
        except SystemExit:
            _flush_output()
            raise
        except InputError as error:
            raise BadInput(str(error)) from None
        except click.UsageError as error:
            if type(error).__name__ == "NoArgsIsHelpError":
                raise
            raise _usage(error) from None
        except (click.ClickException, click.exceptions.Exit, click.Abort):
            raise
        except BrokenPipeError:
            _silence_output()  # the reader has seen enough (`kei models | head`): quiet, as cat is
            sys.exit(141)  # 128 + SIGPIPE, what a shell reports for a tool stopped by a closed pipe
        except KeyboardInterrupt:
            click.echo("kei: interrupted", err=True)
            sys.exit(130)  # 128 + SIGINT; never 1, which would read as "not legal"
        except Exception as error:
            if isinstance(error, OSError) and _is_output_error(error):
                _silence_output()
                raise BadInput(f"cannot write the output: {error.strerror}") from None
            command = ctx.invoked_subcommand or ctx.info_name or "kei"
            detail = str(error).strip().splitlines()[0] if str(error).strip() else ""
            raise InternalError(
                f"`kei {command}` failed: {type(error).__name__}" + (f": {detail}" if detail else "")
            ) from None
        _flush_output()
        return result


def _command_entry_points() -> dict[str, EntryPoint]:
    from kei_core.entrypoints import entry_points

    return {ep.name: ep for ep in entry_points(COMMANDS_GROUP)}


class Settings:
    """Global options, and the registry and :class:`~kei_core.api.Kei` facade built from them on
    first use (every command, a plugin's too, reads them from ``ctx.obj``)."""

    def __init__(self, plugin_options: tuple[str, ...]) -> None:
        self.plugin_options = plugin_options
        self._registry: Registry | None = None

    def registry(self) -> Registry:
        if self._registry is None:
            from kei_core.plugins.registry import Registry

            disabled = {opt[3:] for opt in self.plugin_options if opt.startswith("no:")}
            enabled = {opt for opt in self.plugin_options if not opt.startswith("no:")}
            self._registry = Registry(enabled=enabled, disabled=disabled, freeze_loaded=_OWN_PROCESS)
            for name in sorted(self._registry.unknown_requested):
                option = (
                    f"-p no:{name}"
                    if name in disabled
                    else f"KEI_DISABLE_PLUGINS: {name}"
                    if name in self._registry.disabled
                    else f"-p {name}"
                )
                known = [*self._registry.plugins, *self._registry.book().plugins]
                hint = did_you_mean(name, known)
                click.echo(
                    f"kei: warning: {_one_line(option)}: no installed plugin has that name{hint} (`kei plugins` lists them)",
                    err=True,
                )
        return self._registry

    def kei(self) -> Kei:
        from kei_core.api import Kei

        return Kei(self.registry())


def to_json(document: Any, **options: Any) -> str:
    import json  # only JSON output needs it; start-up stays lean

    return json.dumps(document, **options)


def _today() -> dt.date:
    return dt.date.today()


def parse_on(value: str | None) -> dt.date:
    from kei_core.dates import parse_asked_date

    if value is None:
        return _today()
    try:
        return parse_asked_date(value)
    except InputError as error:
        raise InputError(str(error), field="--on") from None


def check_code(code: str, settings: Settings) -> str:
    """A place code as typed, checked: installed, or real ISO 3166 (answered ``unknown``)."""
    from kei_core.places import check_code

    return check_code(code, settings.registry().declared_codes())


@click.group(cls=KeiGroup, context_settings={"help_option_names": ["-h", "--help"]})
@click.option(
    "-p",
    "plugin_options",
    multiple=True,
    metavar="NAME",
    help="-p no:NAME disables a plugin; -p NAME loads it when KEI_DISABLE_PLUGIN_AUTOLOAD=1.",
)
@click.option(
    "--version",
    is_flag=True,
    expose_value=False,
    is_eager=True,
    help="Show the version and exit.",
    callback=_show_version,
)
@click.pass_context
def cli(ctx: click.Context, plugin_options: tuple[str, ...]) -> None:
    """Is this kei truck street legal here, on this date? If not, why, and from when?

    kei gives information, not legal advice. Exit status: 0 legal or conditional, 1 not legal,
    3 unknown, 2 bad usage or input, 4 an internal failure.
    """
    ctx.obj = Settings(plugin_options)


main = cli
