"""``kei serve``: the web page and the JSON API, served by uvicorn."""

from __future__ import annotations

import os
import re
from typing import Any

import click

from kei_core.cli import Settings


@click.command()
@click.option(
    "--host", default="127.0.0.1", show_default=True, help="Address to listen on (loopback only by default)."
)
@click.option(
    "--port", default=8000, show_default=True, type=click.IntRange(0, 65535), help="Port to listen on."
)
@click.option(
    "--workers", default=1, show_default=True, type=click.IntRange(1, 64), help="Processes (one a core)."
)
@click.option(
    "--forwarded-allow-ips",
    default=None,
    metavar="IPS",
    help="Proxies whose X-Forwarded-* headers are trusted (default: 127.0.0.1).",
)
@click.option(
    "--root-path",
    default="",
    metavar="PATH",
    help="The path a reverse proxy serves kei under (/kei): links, forms and assets start with it.",
)
@click.pass_obj
def serve(
    settings: Settings, host: str, port: int, workers: int, forwarded_allow_ips: str | None, root_path: str
) -> None:
    """Serve kei's page and JSON API (http://127.0.0.1:8000 by default).

    It binds the loopback address unless --host says otherwise: put a reverse proxy in front of it
    to serve others (see kei-web's README). Ctrl-C stops it.
    """
    import uvicorn

    from kei_core.cli import InternalError
    from kei_core.errors import InputError, shown
    from kei_web import workers as reuse_port
    from kei_web.app import PLUGIN_OPTIONS_VARIABLE

    root_path = _root_path(root_path)
    _check_free(host, port)

    # Every worker process builds the app from this factory, reading the -p options from here.
    os.environ[PLUGIN_OPTIONS_VARIABLE] = "\n".join(settings.plugin_options)
    click.echo(
        f"kei: serving on http://{'[' + host + ']' if ':' in host else host}:{port}{root_path} (Ctrl-C stops)",
        err=True,
    )
    options: dict[str, Any] = {
        "host": host,
        "port": port,
        "forwarded_allow_ips": forwarded_allow_ips,
        "proxy_headers": True,
        "server_header": False,
        "root_path": root_path,
        "log_level": "warning",
        "access_log": False,
    }
    if workers > 1 and reuse_port.available():
        # A listening socket a worker, the kernel spreading connections across them
        # (kei_web.workers says why uvicorn's one shared socket is not enough).
        config = uvicorn.Config("kei_web.app:serve_app", factory=True, **options)
        try:
            sockets = reuse_port.listening_sockets(host, port, workers)
        except OSError as error:
            raise InputError(
                f"cannot listen on {shown(host)} port {port}: {error.strerror or error}", field="--host"
            ) from None
        if not reuse_port.supervise(config, sockets):
            raise InternalError("a worker of `kei serve` could not start (its log is above)")
        return
    uvicorn.run("kei_web.app:serve_app", factory=True, workers=workers, **options)


def _root_path(value: str) -> str:
    """``--root-path`` as ASGI's ``root_path``: "" or "/a/path" (no trailing slash); anything
    that is not a plain path is bad usage (exit 2)."""
    from kei_core.errors import InputError, shown

    path = value.strip().rstrip("/")
    if path and not re.fullmatch(r"(/[A-Za-z0-9._~-]+)+", path):
        raise InputError(
            f"expected a path such as /kei (letters, digits, . _ ~ - between slashes), got {shown(value)}",
            field="--root-path",
        )
    return path


def _check_free(host: str, port: int) -> None:
    """Bad usage, on one line (exit 2), when the address cannot be listened on: uvicorn would
    otherwise exit 1, which reads as "not legal"."""
    import socket

    from kei_core.errors import InputError, shown

    try:
        infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
        family, kind, proto, _, address = infos[0]
        with socket.socket(family, kind, proto) as sock:
            sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
            sock.bind(address)
    except OSError as error:
        raise InputError(
            f"cannot listen on {shown(host)} port {port}: {error.strerror or error}", field="--host"
        ) from None
