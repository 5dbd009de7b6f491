"""How far two annotators agree on the same real excerpts, beside pantau on those items.

    uv run python benchmarks/annotator_agreement.py

`benchmarks/realtext/second/{read,unread}` hold a second annotation of 25 items of each half,
made with the same brief by someone who did not see the first. The scorer of
../shared/corpus/realtext-dev scores that second annotation as if it were pantau's output
against the first one, then scores pantau on the same items. The first figure says how much
of the yardstick is the annotators' own disagreement: a target above it cannot be met by any
reader. Only figures are printed, never an item, so the unread half stays unread.
"""

from __future__ import annotations

import importlib.util
import json
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SCORER = ROOT.parent / "shared" / "corpus" / "realtext-dev" / "score.py"
REALTEXT = ROOT / "benchmarks" / "realtext"
SHOWN = ("officials F1 (name)", "officials F1 (name+agency)", "agencies F1", "event dates F1", "directives F1",
         "directives appeal", "directives obligation", "directives permission", "directives prohibition",
         "directives sanction", "province accuracy", "election accuracy", "relevance F1")


def _scorer():
    spec = importlib.util.spec_from_file_location("realtext_score", SCORER)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _sentence(text: str, fragment: str) -> str:
    """The sentence holding an annotated fragment: what pantau would report for it."""
    at = text.find(fragment)
    if at < 0:
        return fragment
    start = max(text.rfind(". ", 0, at), text.rfind("\n", 0, at)) + 1
    after = [j for j in (text.find(". ", at + len(fragment)), text.find("\n", at + len(fragment))) if j >= 0]
    return text[start:min(after) + 1 if after else len(text)].strip()


def as_predictions(second: dict) -> dict:
    """A second annotation in the shape the scorer reads pantau's output in."""
    gold, text = second["gold"], second["text"]
    return {
        "is_relevant": gold["relevant"], "province": gold.get("province"), "election": gold.get("election"),
        "officials": [{"name": o["name"], "role": o.get("role"), "agency": o.get("agency")}
                      for o in gold.get("officials", [])],
        "agencies": [{"agency": a["canonical"], "acronym": None, "surface": None} for a in gold.get("agencies", [])],
        "event_dates": list(gold.get("event_dates", [])),
        "directives": [{"kind": d["kind"], "sentence": _sentence(text, d["fragment"]), "actor": d.get("actor"),
                        "target": None} for d in gold.get("directives", [])],
    }


def main() -> int:
    if not SCORER.exists():
        raise SystemExit(f"the scorer is not there: {SCORER} (../shared beside the checkout)")
    score = _scorer()
    print(f"{'metric':<30}" + "".join(f"{h:>16}" for h in ("read: 2nd", "read: pantau",
                                                              "unread: 2nd", "unread: pantau")))
    columns = []
    for half in ("read", "unread"):
        seconds = {p.stem: json.loads(p.read_text()) for p in sorted((REALTEXT / "second" / half).glob("*.json"))}
        items = [it for it in score.load_items(str(REALTEXT / half)) if it["id"] in seconds]
        agree, _ = score.score(items, {it["id"]: as_predictions(seconds[it["id"]]) for it in items})
        pantau, _ = score.score(items, score.run_pantau(items, str(ROOT)))
        columns += [agree, pantau]
    for metric in SHOWN:
        cells = []
        for column in columns:
            entry = {re.sub(r"\s+", " ", k).strip(): v for k, v in column.items()}.get(metric)
            cells.append(f"{entry['value']:>16.3f}" if entry else f"{'-':>16}")
        print(f"{metric:<30}" + "".join(cells))
    return 0


if __name__ == "__main__":
    sys.exit(main())
