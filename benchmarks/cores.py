"""Pinning a measurement to one core, so that "on one core" in a printed figure is true."""

from __future__ import annotations

import contextlib
import os
from collections.abc import Iterator


@contextlib.contextmanager
def one_core() -> Iterator[int]:
    """Run the block on a single CPU (this process and the threads of its libraries); yield its number."""
    before = os.sched_getaffinity(0)
    core = min(before)
    os.sched_setaffinity(0, {core})
    try:
        yield core
    finally:
        os.sched_setaffinity(0, before)
