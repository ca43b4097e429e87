"""`kei serve` is a command of the `kei.commands` entry points: listed, loaded only when run,
bound to the loopback address unless told otherwise."""

from __future__ import annotations

import subprocess
import sys
import urllib.request

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


def test_serve_with_workers_answers() -> None:
    port = free_port()
    process = subprocess.Popen(
        [*CLI, "serve", "--port", str(port), "--workers", "2"],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
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
