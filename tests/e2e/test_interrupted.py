"""Killed runs lose nothing: whatever was stored stays, the next run completes, nothing doubles."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import duckdb
import psutil
import pytest
import yaml

from benchmarks import synthetic_site
from crawlers.rawstore import RawStore, raw_store_path
from tests.e2e.test_run import FAST, pantau
from tests.support.server import LoopbackOutlet

N = 40


def _outlet(tmp_path: Path, delay: float) -> tuple[Path, LoopbackOutlet]:
    """A sources file of one synthetic outlet of N articles served with ``delay`` seconds per page, and its server."""
    entries = synthetic_site.build(tmp_path / "site", N, outlets=1, words=150)
    server = LoopbackOutlet(entries[0].pop("folder"), delay=delay).start()
    entries[0]["base_url"] = server.base_url
    sources = tmp_path / "sources.yaml"
    sources.write_text(yaml.safe_dump({"sources": entries}))
    return sources, server


@pytest.fixture
def slow_outlet(tmp_path: Path):
    sources, server = _outlet(tmp_path, delay=0.1)
    yield sources
    server.stop()


@pytest.fixture
def stalled_outlet(tmp_path: Path):
    """So slow that a run cannot end while a second process starts up, however loaded the machine."""
    sources, server = _outlet(tmp_path, delay=5.0)
    yield sources
    server.stop()


def _start(args: list[str], cwd: Path) -> subprocess.Popen:
    env = {**os.environ, "PANTAU_HOME": str(cwd / "home")}
    return subprocess.Popen([sys.executable, "-m", "pantau", *args], cwd=cwd, env=env, start_new_session=True,
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


def _kill(proc: subprocess.Popen) -> None:
    os.killpg(proc.pid, signal.SIGKILL)
    proc.wait(timeout=30)


def _stored(db: Path) -> int:
    path = raw_store_path(db)
    if not path.exists():
        return 0
    with RawStore(path, read_only=True) as store:
        return store.count()


def _counts(db: Path) -> tuple[int, int]:
    with duckdb.connect(str(db), read_only=True) as con:
        return con.execute("SELECT count(*), count(DISTINCT url) FROM articles").fetchone()


def test_a_crawl_killed_half_way_keeps_its_pages_and_the_next_run_completes(slow_outlet, tmp_path: Path):
    db = tmp_path / "out.duckdb"
    proc = _start(["run", "--sources", str(slow_outlet), "--db", str(db), *FAST], tmp_path)
    deadline = time.monotonic() + 120
    while _stored(db) < 5 and time.monotonic() < deadline and proc.poll() is None:
        time.sleep(0.2)
    _kill(proc)
    kept = _stored(db)
    assert 5 <= kept < N, "the kill should land in the middle of the crawl"

    result = pantau("run", "--sources", str(slow_outlet), "--db", str(db), *FAST, cwd=tmp_path)
    assert result.returncode == 0, result.stderr[-2000:]
    assert _stored(db) == N
    assert _counts(db) == (N, N)


def _kill_after(args: list[str], cwd: Path, marker: str) -> bool:
    """Start pantau, kill it right after it logs `marker`; True if the kill landed before the end."""
    env = {**os.environ, "PANTAU_HOME": str(cwd / "home")}
    proc = subprocess.Popen([sys.executable, "-m", "pantau", *args], cwd=cwd, env=env, start_new_session=True,
                            stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    assert proc.stdout is not None
    for line in proc.stdout:
        if marker in line:
            _kill(proc)
            return True
    proc.wait()
    return False


@pytest.mark.parametrize("marker", ["processing 40 raw", "processed 10/40", "processed 25/40", "processed 40/40"])
def test_processing_killed_mid_way_leaves_a_consistent_warehouse(slow_outlet, tmp_path: Path, marker: str):
    db = tmp_path / "out.duckdb"
    crawl = pantau("crawl", "--sources", str(slow_outlet), "--db", str(db), *FAST, cwd=tmp_path)
    assert crawl.returncode == 0, crawl.stderr[-2000:]
    args = ["process", "--sources", str(slow_outlet), "--db", str(db), "--batch-size", "5"]
    assert _kill_after(args, tmp_path, marker)
    with duckdb.connect(str(db), read_only=True) as con:
        loaded, distinct = con.execute("SELECT count(*), count(DISTINCT article_id) FROM stg_articles").fetchone()
        marked = con.execute("SELECT count(*) FROM processed_fetches").fetchone()[0]
    assert loaded == distinct == marked <= N  # whole batches only: every loaded article is marked, and only those

    result = pantau(*args, cwd=tmp_path)
    assert result.returncode == 0, result.stderr[-2000:]
    assert _counts(db) == (N, N)
    with duckdb.connect(str(db), read_only=True) as con:  # killed before linking copies? the next run links them
        compared = con.execute("SELECT count(*) FROM syn_signatures").fetchone()[0]
    assert compared == N


def test_a_second_writer_is_turned_away_with_a_clear_message(stalled_outlet, tmp_path: Path):
    db = tmp_path / "out.duckdb"
    proc = _start(["run", "--sources", str(stalled_outlet), "--db", str(db), *FAST], tmp_path)
    try:
        deadline = time.monotonic() + 60
        while not Path(str(db) + ".lock").exists() and time.monotonic() < deadline:
            time.sleep(0.1)
        time.sleep(0.5)
        second = pantau("process", "--db", str(db), cwd=tmp_path)
        assert proc.poll() is None, "the first run should still hold the lock"
        assert second.returncode == 2
        assert "one writer at a time" in second.stderr and "Traceback" not in second.stderr
    finally:
        _kill(proc)


def test_processing_with_workers_killed_mid_way_resumes_without_duplicates(slow_outlet, tmp_path: Path):
    """Only the writer is killed: its workers stop by themselves, and the next run completes the work."""
    db = tmp_path / "out.duckdb"
    crawl = pantau("crawl", "--sources", str(slow_outlet), "--db", str(db), *FAST, cwd=tmp_path)
    assert crawl.returncode == 0, crawl.stderr[-2000:]
    args = ["process", "--sources", str(slow_outlet), "--db", str(db), "--batch-size", "5", "--workers", "2"]
    env = {**os.environ, "PANTAU_HOME": str(tmp_path / "home")}
    proc = subprocess.Popen([sys.executable, "-m", "pantau", *args], cwd=tmp_path, env=env, start_new_session=True,
                            stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    assert proc.stdout is not None
    workers: list[psutil.Process] = []
    for line in proc.stdout:
        if "processed 10/40" in line:
            children = psutil.Process(proc.pid).children(recursive=True)
            workers = [p for p in children if "spawn_main" in " ".join(p.cmdline())]
            proc.kill()
            proc.wait(timeout=30)
            break
    assert len(workers) == 2, "the kill should land while two workers are processing"
    gone, alive = psutil.wait_procs(workers, timeout=60)
    assert not alive, "workers outlived the writer"
    with duckdb.connect(str(db), read_only=True) as con:
        loaded, distinct = con.execute("SELECT count(*), count(DISTINCT article_id) FROM stg_articles").fetchone()
        marked = con.execute("SELECT count(*) FROM processed_fetches").fetchone()[0]
    assert 10 <= loaded == distinct == marked < N

    result = pantau(*args, cwd=tmp_path)
    assert result.returncode == 0, result.stderr[-2000:]
    assert _counts(db) == (N, N)
    with duckdb.connect(str(db), read_only=True) as con:
        assert con.execute("SELECT count(*) FROM syn_signatures").fetchone()[0] == N
        assert con.execute("SELECT count(*) FROM syn_pending").fetchone()[0] == 0
