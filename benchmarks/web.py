"""kei-web under load: `kei serve` on loopback, a bounded number of requests at a fixed
concurrency, latency percentiles and throughput per endpoint.

    python benchmarks/web.py [--requests 5000] [--requests-all 500] [--concurrency 16] [--workers 1]

It starts `kei serve` on a free 127.0.0.1 port (never another address), sends each scenario's
requests from an httpx async client after a short warm-up, and stops the server. Scenarios:
`GET /healthz` (the yardstick: the framework and the server doing nothing), `POST /api/check`
for one place (US-TX) and for every installed place, and the answer page `GET /check` (HTML,
one place). Targets (issue 14): p99 <= 50 ms for a one-place check at concurrency 16, and a
one-place check's throughput at least a quarter of the yardstick's. The client runs on the same
2 cores as the server, as it would on this machine; the figures are for that.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import socket
import subprocess
import sys
import time
import urllib.request
from collections.abc import Callable
from typing import Any

ON = "2026-12-01"
VEHICLE = {"make": "Suzuki", "model_code": "DA63T", "manufactured": "2005-06", "width_mm": 1475}
P99_TARGET_MS = 50.0
SHARE_TARGET = 0.25


def cpu_seconds(root: int) -> float:
    """CPU time (user + system) of process ``root`` and its children so far, from Linux's /proc
    (0 elsewhere): what the server spent, whatever else the machine was doing."""
    ticks = os.sysconf("SC_CLK_TCK")
    total = 0.0
    try:
        entries = [entry for entry in os.listdir("/proc") if entry.isdigit()]
    except OSError:
        return 0.0
    for entry in entries:
        try:
            with open(f"/proc/{entry}/stat") as file:
                fields = file.read().rsplit(")", 1)[1].split()
        except OSError:
            continue
        if int(entry) == root or int(fields[1]) == root:  # fields[1]: the parent's pid
            total += (int(fields[11]) + int(fields[12])) / ticks
    return total


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def start(port: int, workers: int) -> subprocess.Popen[bytes]:
    command = [sys.executable, "-c", "from kei_core.cli import main; main()", "serve", "--port", str(port)]
    process = subprocess.Popen(
        [*command, "--workers", str(workers)], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
    )
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        try:
            with urllib.request.urlopen(f"http://127.0.0.1:{port}/healthz", timeout=2):
                return process
        except OSError:
            if process.poll() is not None:
                raise SystemExit("kei serve stopped at start (is kei-web installed?)") from None
            time.sleep(0.2)
    process.kill()
    raise SystemExit("kei serve did not answer within a minute")


async def run(
    base: str, send: Callable[[Any], Any], requests: int, concurrency: int
) -> tuple[list[float], int, float]:
    """Latencies (s) of ``requests`` calls of ``send`` with ``concurrency`` in flight, the number
    of failed ones, and the wall time."""
    import httpx

    limits = httpx.Limits(max_connections=concurrency, max_keepalive_connections=concurrency)
    async with httpx.AsyncClient(base_url=base, limits=limits, timeout=30) as client:
        for _ in range(min(50, requests)):  # warm-up: plugins loaded, connections open
            await send(client)
        latencies: list[float] = []
        failures = 0
        remaining = requests

        async def worker() -> None:
            nonlocal remaining, failures
            while remaining > 0:
                remaining -= 1
                started = time.perf_counter()
                response = await send(client)
                latencies.append(time.perf_counter() - started)
                if response.status_code != 200:
                    failures += 1

        started = time.perf_counter()
        await asyncio.gather(*(worker() for _ in range(concurrency)))
        return latencies, failures, time.perf_counter() - started


def percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(share * (len(ordered) - 1)))]


def main() -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--requests", type=int, default=5000, help="requests per scenario (default 5000)")
    parser.add_argument(
        "--requests-all", type=int, default=500, help="requests of the every-place check (default 500)"
    )
    parser.add_argument("--concurrency", type=int, default=16)
    parser.add_argument("--workers", type=int, default=1, help="kei serve --workers (default 1)")
    args = parser.parse_args()

    one = json.dumps({"vehicle": VEHICLE, "in": ["US-TX"], "on": ON}).encode()
    every = json.dumps({"vehicle": VEHICLE, "on": ON}).encode()
    headers = {"content-type": "application/json"}
    scenarios: list[tuple[str, Callable[[Any], Any], int]] = [
        ("GET /healthz (yardstick)", lambda c: c.get("/healthz"), args.requests),
        (
            "POST /api/check, one place",
            lambda c: c.post("/api/check", content=one, headers=headers),
            args.requests,
        ),
        (
            "POST /api/check, every place",
            lambda c: c.post("/api/check", content=every, headers=headers),
            args.requests_all,
        ),
        (
            "GET /check (HTML), one place",
            lambda c: c.get(f"/check?model=DA63T&made=2005-06&in=US-TX&on={ON}"),
            args.requests,
        ),
    ]
    port = free_port()
    server = start(port, args.workers)
    results: dict[str, tuple[float, float, float, float, int, int]] = {}
    load = os.getloadavg()[0]
    try:
        print(
            f"kei serve --workers {args.workers} on 127.0.0.1:{port}; concurrency {args.concurrency}; "
            f"{os.cpu_count()} cores shared by server and client"
        )
        print(f"load average at the start: {load:.1f} (above 2, the figures also measure others' work)")
        print(
            f"{'scenario':<32} {'requests':>8} {'failed':>6} {'p50 ms':>8} {'p95 ms':>8} {'p99 ms':>8} {'req/s':>8}"
            f" {'server CPU ms/req':>18}"
        )
        for name, send, count in scenarios:
            cpu_before = cpu_seconds(server.pid)
            latencies, failures, wall = asyncio.run(
                run(f"http://127.0.0.1:{port}", send, count, args.concurrency)
            )
            cpu = (cpu_seconds(server.pid) - cpu_before) * 1000 / (count + min(50, count))  # with the warm-up
            ms = [value * 1000 for value in latencies]
            p50, p95, p99 = percentile(ms, 0.50), percentile(ms, 0.95), percentile(ms, 0.99)
            rate = len(latencies) / wall
            results[name] = (p50, p95, p99, rate, failures, len(latencies))
            print(
                f"{name:<32} {len(latencies):>8} {failures:>6} {p50:>8.1f} {p95:>8.1f} {p99:>8.1f} {rate:>8.0f}"
                f" {cpu:>18.2f}"
            )
    finally:
        server.terminate()
        try:
            server.wait(timeout=10)
        except subprocess.TimeoutExpired:
            server.kill()
    yardstick = results["GET /healthz (yardstick)"][3]
    _, _, p99, rate, failures, _ = results["POST /api/check, one place"]
    share = rate / yardstick
    print()
    print(
        f"target p99 <= {P99_TARGET_MS:.0f} ms for a one-place check at concurrency {args.concurrency}: "
        f"{p99:.1f} ms, {'met' if p99 <= P99_TARGET_MS else 'MISSED'}"
    )
    print(
        f"target one-place throughput >= {SHARE_TARGET:.0%} of the yardstick's: {rate:.0f}/{yardstick:.0f} req/s "
        f"= {share:.0%}, {'met' if share >= SHARE_TARGET else 'MISSED'}"
    )
    if any(result[4] for result in results.values()):
        print("some requests failed: the figures above are not to be trusted")
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
