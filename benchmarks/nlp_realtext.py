"""Quality of the analysis stage on real news excerpts: the shared yardstick and our own halves.

    uv run python benchmarks/nlp_realtext.py [--sets dev,read,unread] [--pantau CHECKOUT] [-v]

Runs the scorer of ../shared/corpus/realtext-dev (score.py, which builds an Article per
excerpt and calls pipeline.nlp.analyse) on:

- `dev`: ../shared/corpus/realtext-dev/items (20 excerpts);
- `read`: benchmarks/realtext/read (our own excerpts, the half read while writing rules);
- `unread`: benchmarks/realtext/unread (the half nobody working on the rules reads: its
  figures are the honest estimate of how the rules generalise).

`--pantau` scores another checkout (e.g. an older commit) with the same items, for a
before/after table. Needs ../shared beside the checkout for the scorer.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SCORER = ROOT.parent / "shared" / "corpus" / "realtext-dev" / "score.py"
SETS = {
    "dev": SCORER.parent / "items",
    "read": ROOT / "benchmarks" / "realtext" / "read",
    "unread": ROOT / "benchmarks" / "realtext" / "unread",
}
SHOWN = ("relevance F1", "officials F1 (name)", "officials F1 (name+agency)", "agencies F1", "event dates F1",
         "directives F1", "directives appeal", "directives obligation", "directives permission",
         "directives prohibition", "directives sanction", "province accuracy", "election accuracy")


def score(items: Path, checkout: Path, verbose: bool) -> dict[str, dict]:
    with tempfile.NamedTemporaryFile(suffix=".json") as out:
        command = [str(checkout / ".venv" / "bin" / "python"), str(SCORER), "--items", str(items),
                   "--pantau", str(checkout), "--json", out.name] + (["-v"] if verbose else [])
        result = subprocess.run(command, capture_output=True, text=True, cwd=checkout)
        if result.returncode != 0:
            raise SystemExit(f"scorer failed on {items}: {result.stderr[-2000:]}")
        if verbose:
            print(result.stdout)
        return json.loads(Path(out.name).read_text())


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sets", default="dev,read,unread")
    parser.add_argument("--pantau", type=Path, default=ROOT, help="the checkout to score (default: this one)")
    parser.add_argument("-v", "--verbose", action="store_true",
                        help="the scorer's per-item report too (never for the unread half)")
    args = parser.parse_args()
    if not SCORER.exists():
        raise SystemExit(f"the scorer is not there: {SCORER} (../shared beside the checkout)")
    names = [n for n in args.sets.split(",") if n]
    # the unread half stays unread: never its per-item report, only its figures
    results = {name: score(SETS[name], args.pantau.resolve(), args.verbose and name != "unread") for name in names}
    print(f"checkout: {args.pantau.resolve()}")
    print(f"{'metric':<30}" + "".join(f"{name:>12}" for name in names))
    for metric in SHOWN:
        cells = []
        for name in names:
            metrics = {key.strip(): value for key, value in results[name]["metrics"].items()}
            entry = metrics.get(metric)
            cells.append(f"{entry['value']:>12.3f}" if entry else f"{'-':>12}")
        print(f"{metric:<30}" + "".join(cells))
    counts = {n: (len(r["items"]), sum(1 for d in r["items"].values() if d.get("relevant"))) for n, r in results.items()}
    print(f"{'items (relevant)':<30}" + "".join(f"{f'{c[0]} ({c[1]})':>12}" for c in counts.values()))
    return 0


if __name__ == "__main__":
    sys.exit(main())
