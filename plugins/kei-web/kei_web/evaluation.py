"""One evaluation under the time limit (:attr:`kei_web.security.Limits.evaluation_seconds`).

A check of a few places costs about a millisecond of CPU, all of it Python holding the GIL:
handing it to a thread buys no parallelism, only a thread switch on the way there and back and,
under load, a wait for the GIL each time the event loop wakes (worker threads hold it 5 ms at
a time). So a small question is answered on the event loop itself, and its time limit is an
interval timer (``SIGALRM``) whose handler raises in the evaluation: the work is stopped, not
merely no longer waited for. That needs the loop to run in the main thread, as it does under
``kei serve`` (uvicorn, each worker process); anywhere else (a test client's portal thread,
a host that installed its own ``SIGALRM`` handler, Windows), and for a question of many places
(tens of milliseconds that would hold every other request up), the work runs in a thread as
before and the request stops waiting for it at the limit.
"""

from __future__ import annotations

import importlib
import signal
import threading
from collections.abc import Callable
from typing import Any, TypeVar

import anyio

T = TypeVar("T")

INLINE_PLACES = 4
"""A question of at most this many places (not every place) is answered on the event loop."""

THREADS = 8
"""Evaluations running in threads at once (more wait for a free one, within their time limit)."""


_handler_of: Callable[[int], object]
try:  # signal.getsignal without turning the answer into an enum member (asked every request)
    _handler_of = importlib.import_module("_signal").getsignal
except (ImportError, AttributeError):  # pragma: no cover - another Python
    _handler_of = signal.getsignal


class Expired(Exception):
    """The evaluation took longer than its limit."""


class _Timer:
    """The process's one ``SIGALRM`` handler, shared by every app in it: it raises
    :class:`Expired` in the main thread while an evaluation is armed, and does nothing else."""

    armed = False
    installed = False

    @classmethod
    def handler(cls, signum: int, frame: Any) -> None:
        if cls.armed:  # a timer that fires once the work is over is ignored
            cls.armed = False
            raise Expired

    @classmethod
    def ready(cls) -> bool:
        """Whether an evaluation on the current thread can be stopped by the timer: the main
        thread, where ``SIGALRM`` is ours (installed now unless someone else's is)."""
        if threading.get_ident() != threading.main_thread().ident or not hasattr(signal, "setitimer"):
            return False
        current = _handler_of(signal.SIGALRM)
        if current in (signal.SIG_DFL, None):
            signal.signal(signal.SIGALRM, cls.handler)
            return True
        return bool(current == cls.handler)


class Evaluator:
    """Runs evaluations on the loop or in threads, never longer than ``seconds``."""

    def __init__(self, seconds: float) -> None:
        self.seconds = seconds
        self._capacity = anyio.CapacityLimiter(THREADS)

    def can_interrupt(self) -> bool:
        """Whether :meth:`inline` may run here (the main thread, ``SIGALRM`` ours)."""
        return _Timer.ready()

    def inline(self, work: Callable[[], T], seconds: float | None = None) -> T:
        """``work`` now, on this thread, stopped with :class:`Expired` after ``seconds`` (default:
        the limit). Only where :meth:`can_interrupt` says so."""
        try:
            _Timer.armed = True
            signal.setitimer(signal.ITIMER_REAL, seconds if seconds is not None else self.seconds)
            try:
                return work()
            finally:
                _Timer.armed = False
                signal.setitimer(signal.ITIMER_REAL, 0)
        except Expired:
            # Raised wherever the work was, or in the finally above when the timer fired just as
            # it ended: the limit was reached either way.
            raise Expired from None

    async def in_thread(self, work: Callable[[], T], seconds: float | None = None) -> T:
        """``work`` in a thread, waited for at most ``seconds`` (default: the limit): beyond it,
        :class:`Expired`, and the thread is left to finish on its own."""
        try:
            with anyio.fail_after(seconds if seconds is not None else self.seconds):
                return await anyio.to_thread.run_sync(work, abandon_on_cancel=True, limiter=self._capacity)
        except TimeoutError:
            raise Expired from None
