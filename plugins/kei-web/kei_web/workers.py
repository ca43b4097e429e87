"""``kei serve --workers N`` on Linux: N uvicorn worker processes, each listening on its own socket
bound to the same address (``SO_REUSEPORT``), so the kernel spreads new connections across them.

uvicorn's own ``--workers`` shares one listening socket between its workers, and an asyncio
server accepts every connection waiting when it wakes: a client that opens its connections at
once (a site's backend with a pool of keep-alive connections, a load test) may have all of
them taken by one worker and be served on one core while the others idle. Here each worker has
a socket of its own, and the kernel hands each new connection to one of them by a hash of its
addresses, whoever is awake.

The sockets are made and held by the supervising process (the one ``kei serve`` started): a
worker that dies is replaced on the same socket, so the connections waiting in its queue are
answered by its successor. Ctrl-C or ``SIGTERM`` stops the workers as uvicorn's would (each ends
its requests in progress) and then the supervisor; a second one kills the workers that are
still finishing.
"""

from __future__ import annotations

import multiprocessing
import signal
import socket
import sys
from multiprocessing.connection import wait
from multiprocessing.process import BaseProcess
from typing import Any

STARTUP_FAILURE = 3
"""uvicorn's exit status for a worker that could not start (``uvicorn.config.STARTUP_FAILURE``):
the app or its plugins fail to load, and would the same way on every restart."""

BACKLOG = 2048
"""Connections waiting to be accepted, a socket (uvicorn's default)."""


def available() -> bool:
    """Whether the kernel spreads connections across sockets bound with ``SO_REUSEPORT``: Linux.
    (The BSDs and macOS accept the option but give every connection to one of the sockets.)"""
    return sys.platform.startswith("linux") and hasattr(socket, "SO_REUSEPORT")


def listening_sockets(host: str, port: int, count: int) -> list[socket.socket]:
    """``count`` sockets listening on ``host``:``port`` (one port chosen for all when it is 0),
    each with ``SO_REUSEPORT``: only sockets of the same user with the option can join them, so
    another server started on the port still finds it taken."""
    family = socket.AF_INET6 if ":" in host else socket.AF_INET  # as uvicorn binds
    sockets: list[socket.socket] = []
    try:
        for _ in range(count):
            sock = socket.socket(family, socket.SOCK_STREAM)
            sockets.append(sock)
            sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
            sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEPORT, 1)
            sock.bind((host, port))
            port = sock.getsockname()[1]
            sock.listen(BACKLOG)
    except BaseException:
        for sock in sockets:
            sock.close()
        raise
    return sockets


def _worker(config: Any, sock: socket.socket) -> None:
    """A worker process: uvicorn's server on its own socket (it handles Ctrl-C and ``SIGTERM``
    itself, finishing the requests in progress)."""
    import uvicorn

    config.configure_logging()
    uvicorn.Server(config).run(sockets=[sock])


def supervise(config: Any, sockets: list[socket.socket]) -> bool:
    """One worker process a socket, serving ``config``'s app (a :class:`uvicorn.Config` with the
    app as an import string) until Ctrl-C or ``SIGTERM``, a worker that dies replaced on its
    socket. ``False`` when a worker could not start (uvicorn has logged why): every worker is
    then stopped, as nothing would start on a restart either."""
    spawn = multiprocessing.get_context("spawn")  # a fresh interpreter, as uvicorn's workers
    stops: list[int] = []

    def stop(signum: int, frame: object) -> None:
        stops.append(signum)

    previous = {caught: signal.signal(caught, stop) for caught in (signal.SIGINT, signal.SIGTERM)}

    def start(sock: socket.socket) -> BaseProcess:
        process = spawn.Process(target=_worker, args=(config, sock), name="kei serve worker")
        process.start()
        return process

    started = True
    processes: list[BaseProcess] = []
    try:
        processes = [start(sock) for sock in sockets]
        while not stops:
            wait([process.sentinel for process in processes], timeout=0.5)
            for slot, process in enumerate(processes):
                if process.exitcode is None or stops:
                    continue
                if process.exitcode == STARTUP_FAILURE:
                    started = False
                    stops.append(signal.SIGTERM)
                    break
                processes[slot] = start(sockets[slot])
    finally:
        _stop(processes, stops)
        for caught, handler in previous.items():
            signal.signal(caught, handler)
        for sock in sockets:
            sock.close()
    return started


def _stop(processes: list[BaseProcess], stops: list[int]) -> None:
    """Ask every worker still running to stop (``SIGTERM``: uvicorn ends the requests in progress)
    and wait for them; a further Ctrl-C or ``SIGTERM`` meanwhile kills those left."""
    asked = len(stops)
    for process in processes:
        if process.exitcode is None:
            process.terminate()
    while True:
        running = [process for process in processes if process.exitcode is None]
        if not running:
            return
        if len(stops) > asked:
            for process in running:
                process.kill()
            asked = len(stops)
        wait([process.sentinel for process in running], timeout=0.5)
