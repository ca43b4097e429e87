"""``kei serve``: the web page and the JSON API, served by uvicorn."""

from __future__ import annotations

import os

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
    "--root-path",
    default="",
    metavar="PATH",
    help="The path prefix a reverse proxy serves kei under (e.g. /kei).",
)
@click.option(
    "--forwarded-allow-ips",
    default=None,
    metavar="IPS",
    help="Proxies whose X-Forwarded-* headers are trusted (default: 127.0.0.1).",
)
@click.pass_obj
def serve(
    settings: Settings, host: str, port: int, workers: int, root_path: str, forwarded_allow_ips: str | None
) -> None:
    """Serve kei's page and JSON API (http://127.0.0.1:8000 by default).

    It binds the loopback address unless --host says otherwise: put a reverse proxy in front of it
    to serve others (see kei-web's README). Ctrl-C stops it.
    """
    import uvicorn

    from kei_web.app import PLUGIN_OPTIONS_VARIABLE

    # Every worker process builds the app from this factory, reading the -p options from here.
    os.environ[PLUGIN_OPTIONS_VARIABLE] = "\n".join(settings.plugin_options)
    click.echo(
        f"kei: serving on http://{'[' + host + ']' if ':' in host else host}:{port} (Ctrl-C stops)", err=True
    )
    uvicorn.run(
        "kei_web.app:create_app",
        factory=True,
        host=host,
        port=port,
        workers=workers,
        root_path=root_path,
        forwarded_allow_ips=forwarded_allow_ips,
        proxy_headers=True,
        server_header=False,
        log_level="warning",
    )
