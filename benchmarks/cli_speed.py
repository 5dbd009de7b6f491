"""How fast the everyday commands answer, optionally side by side with an older checkout.

    uv run python benchmarks/cli_speed.py [--runs 5] [--baseline ../pantau-old] [--corpus ../shared/corpus/dev]

Times whole `pantau` processes as a user starts them (fresh process each run, median of
`--runs`): `--help`, `sql "select 1"`, a `process` with nothing to do, and a first
`pantau run` on the dev corpus served on loopback by ../shared/eval/serve_corpus.py (a new
warehouse each run). With `--baseline DIR` (a checkout with its own .venv) the same
commands run there too, alternately, and the ratio of medians is printed. Bytecode is
written as on a user's machine (PYTHONDONTWRITEBYTECODE unset), after one warm-up run.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"


def _env(home: Path) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONDONTWRITEBYTECODE", "PREFECT_API_URL")}
    return {**env, "PANTAU_HOME": str(home)}


def _time(command: list[str], cwd: Path, env: dict[str, str]) -> float:
    start = time.perf_counter()
    result = subprocess.run(command, cwd=cwd, env=env, capture_output=True, text=True, timeout=900)
    elapsed = time.perf_counter() - start
    if result.returncode != 0:
        raise SystemExit(f"{' '.join(command)} failed ({result.returncode}): {result.stderr[-1500:]}")
    return elapsed


class Checkout:
    """A pantau checkout with its own virtualenv, and a scratch folder for its warehouses."""

    def __init__(self, root: Path, scratch: Path) -> None:
        self.root = root
        self.python = root / ".venv" / "bin" / "python"
        if not self.python.exists():
            raise SystemExit(f"{root} has no .venv: run `uv sync` there first")
        self.scratch = scratch
        scratch.mkdir(parents=True, exist_ok=True)
        self.env = _env(scratch / "home")
        self.db = scratch / "warm.duckdb"

    def pantau(self, *args: str) -> list[str]:
        return [str(self.python), "-m", "pantau", *args]

    def prepare(self, sources: Path) -> None:
        """A warehouse with the corpus in it, for sql and the no-op process."""
        _time(self.pantau("run", "--sources", str(sources), "--db", str(self.db), "-s", "DOWNLOAD_DELAY=0"),
              self.scratch, self.env)

    def commands(self, sources: Path) -> dict[str, list[str]]:
        fresh = self.scratch / "fresh.duckdb"
        return {
            "pantau --help": self.pantau("--help"),
            'pantau sql "select 1"': self.pantau("sql", "--db", str(self.db), "select 1"),
            "pantau process (nothing to do)": self.pantau("process", "--db", str(self.db)),
            "pantau run (dev corpus, new warehouse)": ["sh", "-c", f"rm -f {fresh}* && exec "
                                                       + " ".join(self.pantau("run", "--sources", str(sources), "--db",
                                                                              str(fresh), "-s", "DOWNLOAD_DELAY=0"))],
        }


def serve_corpus(corpus: Path, scratch: Path) -> tuple[subprocess.Popen, Path]:
    sources = scratch / "sources.yaml"
    server = subprocess.Popen([sys.executable, str(SHARED / "eval" / "serve_corpus.py"), str(corpus),
                               "--sources-out", str(sources)], stdout=subprocess.PIPE, text=True)
    assert server.stdout is not None
    for line in server.stdout:
        if line.strip() == "ready":
            return server, sources
    raise SystemExit("the corpus server did not start")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--baseline", type=Path, default=None, help="an older checkout (with .venv) to compare")
    parser.add_argument("--corpus", type=Path, default=SHARED / "corpus" / "dev")
    args = parser.parse_args()

    with tempfile.TemporaryDirectory(prefix="pantau-cli-speed-") as tmp:
        scratch = Path(tmp)
        server, sources = serve_corpus(args.corpus, scratch)
        try:
            checkouts = {"this": Checkout(ROOT, scratch / "this")}
            if args.baseline:
                checkouts["baseline"] = Checkout(args.baseline.resolve(), scratch / "baseline")
            for checkout in checkouts.values():
                checkout.prepare(sources)
            names = list(checkouts["this"].commands(sources))
            times: dict[str, dict[str, list[float]]] = {n: {c: [] for c in checkouts} for n in names}
            for name in names:
                for run in range(args.runs + 1):  # the first is a warm-up
                    for label, checkout in checkouts.items():
                        elapsed = _time(checkout.commands(sources)[name], checkout.scratch, checkout.env)
                        if run:
                            times[name][label].append(elapsed)
        finally:
            server.terminate()

    print(f"median of {args.runs} runs (min-max), seconds" + (f"; baseline: {args.baseline}" if args.baseline else ""))
    for name in names:
        cells = []
        for label in checkouts:
            values = times[name][label]
            cells.append(f"{label} {statistics.median(values):6.2f} ({min(values):.2f}-{max(values):.2f})")
        if args.baseline:
            ratio = statistics.median(times[name]["this"]) / statistics.median(times[name]["baseline"])
            cells.append(f"this/baseline {ratio:.2f}")
        print(f"  {name:<40} " + "   ".join(cells))


if __name__ == "__main__":
    main()
