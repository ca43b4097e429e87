"""`kei serve` is a command of the `kei.commands` entry points: listed, loaded only when run,
bound to the loopback address unless told otherwise."""

from __future__ import annotations

import http.client
import os
import signal
import subprocess
import sys
import time
import urllib.request

import pytest
from web_support import CLI, free_port, run_cli, wait_until_up


def test_serve_is_listed_and_documented() -> None:
    assert "serve" in run_cli("--help").stdout
    help_text = run_cli("serve", "--help").stdout
    assert "--host" in help_text and "127.0.0.1" in help_text and "--workers" in help_text


def test_serve_binds_the_loopback_address_by_default() -> None:
    from kei_web.command import serve

    defaults = {param.name: param.default for param in serve.params}
    assert defaults["host"] == "127.0.0.1"
    assert defaults["port"] == 8000


def test_kei_check_imports_nothing_of_kei_web() -> None:
    code = (
        "import sys\n"
        "from kei_core.cli import main\n"
        "try:\n"
        "    main(['check', '--in', 'JP', '--set', 'manufactured=1990'], standalone_mode=False)\n"
        "except SystemExit:\n"
        "    pass\n"
        "print(sorted(m for m in sys.modules if m.split('.')[0] in ('kei_web', 'litestar', 'uvicorn', 'jinja2')))\n"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)
    assert done.stdout.strip().splitlines()[-1] == "[]", done.stderr


def _serve_with_two_workers(port: int, *, own_group: bool = False) -> subprocess.Popen[bytes]:
    """`kei serve --workers 2` on ``port``, started (not yet answering); ``own_group``: in a
    process group of its own, as a terminal starts it."""
    return subprocess.Popen(
        [*CLI, "serve", "--port", str(port), "--workers", "2"],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        start_new_session=own_group,
    )


def test_serve_with_workers_answers() -> None:
    port = free_port()
    process = _serve_with_two_workers(port)
    try:
        wait_until_up(f"http://127.0.0.1:{port}", process)
        with urllib.request.urlopen(f"http://127.0.0.1:{port}/api/jurisdictions", timeout=10) as response:
            assert response.status == 200
    finally:
        process.terminate()
        process.wait(timeout=15)


def test_an_address_in_use_is_bad_usage_on_one_line() -> None:
    import socket

    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        done = subprocess.run(
            [*CLI, "serve", "--port", str(port)], capture_output=True, text=True, timeout=60
        )
    assert done.returncode == 2
    assert done.stderr.strip().startswith(f"kei: error: --host: cannot listen on '127.0.0.1' port {port}")


def _children(pid: int) -> set[int]:
    """The processes whose parent is ``pid`` (Linux's /proc)."""
    found = set()
    for entry in os.listdir("/proc"):
        if entry.isdigit():
            try:
                with open(f"/proc/{entry}/stat") as file:
                    parent = int(file.read().rsplit(")", 1)[1].split()[1])
            except (OSError, ValueError, IndexError):
                continue
            if parent == pid:
                found.add(int(entry))
    return found


def _socket_inodes(pid: int) -> set[str]:
    """The inodes of the sockets process ``pid`` holds open."""
    found = set()
    for fd in os.listdir(f"/proc/{pid}/fd"):
        try:
            target = os.readlink(f"/proc/{pid}/fd/{fd}")
        except OSError:
            continue
        if target.startswith("socket:["):
            found.add(target[len("socket:[") : -1])
    return found


def _tcp_sockets() -> list[list[str]]:
    """The loopback TCP sockets of /proc/net/tcp: local and remote address (hex), state, inode."""
    with open("/proc/net/tcp") as file:
        rows = [line.split() for line in file.readlines()[1:]]
    return [[row[1], row[2], row[3], row[9]] for row in rows]


def _hex(port: int) -> str:
    return f"0100007F:{port:04X}"


def _workers(server: int, port: int) -> dict[int, set[str]]:
    """The child processes of ``server`` listening on ``port``, with the sockets each holds."""
    listening = {inode for local, _, state, inode in _tcp_sockets() if local == _hex(port) and state == "0A"}
    held = {pid: _socket_inodes(pid) for pid in _children(server)}
    return {pid: inodes for pid, inodes in held.items() if inodes & listening}


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="SO_REUSEPORT spreads connections on Linux")
def test_serve_with_workers_spreads_connections_over_every_worker() -> None:
    """With --workers 2, connections opened at once (a site's pool, a load test) are answered by
    both worker processes, not all taken by whichever wakes first; another server cannot join them
    on the port; SIGTERM stops them all."""
    port = free_port()
    process = _serve_with_two_workers(port)
    connections = [http.client.HTTPConnection("127.0.0.1", port, timeout=10) for _ in range(24)]
    workers: dict[int, set[str]] = {}
    try:
        wait_until_up(f"http://127.0.0.1:{port}", process)
        workers = _workers(process.pid, port)
        for connection in connections:
            connection.connect()
        for connection in connections:
            connection.request("GET", "/healthz")
            response = connection.getresponse()
            assert (response.status, response.read()) == (200, b"ok")
        ours = {_hex(connection.sock.getsockname()[1]) for connection in connections}
        accepted = {
            inode for local, remote, _, inode in _tcp_sockets() if local == _hex(port) and remote in ours
        }
        assert len(accepted) == len(connections)
        answered_by = {pid for pid in workers if _socket_inodes(pid) & accepted}
        assert len(workers) == 2 and answered_by == set(workers)
        again = subprocess.run(
            [*CLI, "serve", "--port", str(port), "--workers", "2"], capture_output=True, text=True, timeout=60
        )
        assert again.returncode == 2 and "cannot listen on '127.0.0.1' port" in again.stderr
    finally:
        for connection in connections:
            connection.close()
        process.terminate()
        assert process.wait(timeout=30) == 0
    assert not any(os.path.exists(f"/proc/{pid}") for pid in workers)


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="process groups and /proc")
def test_ctrl_c_stops_serve_and_its_workers() -> None:
    """Ctrl-C in a terminal (SIGINT to the whole process group) stops the server and every worker,
    with status 0."""
    port = free_port()
    process = _serve_with_two_workers(port, own_group=True)
    try:
        wait_until_up(f"http://127.0.0.1:{port}", process)
        workers = _workers(process.pid, port)
        assert len(workers) == 2
        os.killpg(process.pid, signal.SIGINT)
        assert process.wait(timeout=30) == 0
    finally:
        if process.poll() is None:
            os.killpg(process.pid, signal.SIGKILL)
            process.wait()
    assert not any(os.path.exists(f"/proc/{pid}") for pid in workers)


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="SO_REUSEPORT spreads connections on Linux")
def test_a_worker_that_dies_is_replaced_on_its_socket() -> None:
    port = free_port()
    process = _serve_with_two_workers(port)
    try:
        wait_until_up(f"http://127.0.0.1:{port}", process)
        workers = _workers(process.pid, port)
        victim, inodes = next(iter(workers.items()))
        os.kill(victim, signal.SIGKILL)
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            now = _workers(process.pid, port)
            if len(now) == 2 and victim not in now:
                break
            time.sleep(0.2)
        successor = [pid for pid in now if pid not in workers]
        assert len(successor) == 1 and _socket_inodes(successor[0]) & inodes  # the same socket
        for _ in range(8):  # each connection answered, whichever socket the kernel chose
            with urllib.request.urlopen(f"http://127.0.0.1:{port}/healthz", timeout=60) as response:
                assert response.read() == b"ok"
    finally:
        process.terminate()
        assert process.wait(timeout=30) == 0
