"""Extraction on real pages nobody on this project wrote: every yardstick of issue 8 in one run.

    .venv/bin/python benchmarks/extract_realworld.py --aeb ../bench/aeb --htmldate ../bench/htmldate
        [--shared ../shared] [--rounds 5] [--skip aeb,dates,realpages,dev] [--out DIR]

1. The article-extraction benchmark (181 pages): F1 and friends through
   ../shared/eval/realworld/run.sh (the benchmark's own evaluate.py), the real
   articles pantau refuses, and pages/s of pantau and trafilatura measured side by
   side: the two alternate page by page in this one process, each page's fastest run.
2. htmldate's evaluation pages: date accuracy through run.sh (htmldate's own
   counting), and the pages whose date contradicts a zone the page writes: the
   page prints a time with an explicit zone (ISO offset, Z, a zone word) and pantau's
   published_at shows the same wall-clock time with another offset.
3. ../shared/corpus/realpages-dev: title, date, body recall, leakage and refusals
   through its score.sh; the lead (first-paragraph fragments) found on every article
   page; its listing pages accepted as articles, at their own URLs and under two
   article-like URLs (where only the page can tell).
4. ../shared/corpus/dev end to end through run_eval.sh (needs `pantau` on PATH;
   this script puts the running interpreter's folder first).

Prints each yardstick's table, then the targets with the figures measured. The
machine is shared, so compare speeds only within one run (the ratio).
"""

from __future__ import annotations

import argparse
import gzip
import json
import os
import re
import subprocess
import sys
import tempfile
import time
from datetime import datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from pipeline.dates import find_dates  # noqa: E402
from pipeline.extract import ExtractionError, NotAnArticle, extract_article  # noqa: E402
from pipeline.records import RawPage  # noqa: E402

ARTICLE_LIKE = ("https://www.contoh.example/berita/2016/02/15/judul-berita-yang-panjang-sekali",
                "https://www.contoh.example/read/1234567/judul-berita")
_ISO_ZONED = re.compile(r"(?:19|20)\d\d-[01]\d-[0-3]\d[T ][0-2]\d:[0-5]\d(?::[0-5]\d)?(?:\.\d+)?(?:Z|[+-]\d\d:?\d\d)")


def run(cmd: list[str], env: dict[str, str] | None = None) -> str:
    """A yardstick's own script; its output is printed and returned."""
    done = subprocess.run(cmd, cwd=ROOT, env={**os.environ, **(env or {})}, capture_output=True, text=True)
    if done.returncode != 0:
        sys.stderr.write(done.stderr[-3000:])
        raise SystemExit(f"{' '.join(cmd)} failed (exit {done.returncode})")
    return done.stdout


def extract(url: str, html: bytes) -> tuple[object | None, str | None]:
    try:
        return extract_article([RawPage(url=url, html=html)], article_id="x", url=url, source_id="bench"), None
    except (NotAnArticle, ExtractionError) as exc:
        return None, f"{type(exc).__name__}: {str(exc).removesuffix(': ' + url)}"


# --------------------------------------------------------------------------- 1. AEB


def aeb_speed(bench: Path, rounds: int) -> dict[str, float]:
    """pantau and trafilatura.extract (defaults) on the same pages, alternating page by
    page so that both meet the same load; each page's fastest time over the rounds."""
    import trafilatura

    truth = json.loads((bench / "ground-truth.json").read_text(encoding="utf-8"))
    pages = [(truth[k]["url"], gzip.decompress((bench / "html" / f"{k}.html.gz").read_bytes())) for k in truth]
    best = {"pantau": [float("inf")] * len(pages), "trafilatura": [float("inf")] * len(pages)}
    for _ in range(rounds):
        for i, (url, html) in enumerate(pages):
            start = time.perf_counter()
            extract(url, html)
            middle = time.perf_counter()
            trafilatura.extract(html.decode("utf-8"))
            end = time.perf_counter()
            best["pantau"][i] = min(best["pantau"][i], middle - start)
            best["trafilatura"][i] = min(best["trafilatura"][i], end - middle)
    return {name: len(pages) / sum(times) for name, times in best.items()}


def aeb(args: argparse.Namespace, out: Path) -> dict[str, float]:
    print("== 1. article-extraction benchmark (../shared/eval/realworld/run.sh)", flush=True)
    print(run(["bash", str(args.shared / "eval/realworld/run.sh")],
              {"AEB_DIR": str(args.aeb), "SKIP_DATES": "1", "OUT_DIR": str(out / "aeb"),
               "EXTRACTORS": "pantau pantau-nogate trafilatura trafilatura-precision trafilatura-aeb",
               "ROUNDS": "1"}))
    results = json.loads((out / "aeb" / "aeb-results.json").read_text(encoding="utf-8"))
    pantau = results["pantau"] if "pantau" in results else results["results"]["pantau"]
    refused = json.loads((out / "aeb" / "pantau.run.json").read_text(encoding="utf-8"))["refused"]
    print(f"real articles refused: {len(refused)} of 181")
    for page, why in sorted(refused.items()):
        print(f"  {page[:12]} {why[:120]}")
    speed = aeb_speed(args.aeb, args.rounds)
    ratio = speed["pantau"] / speed["trafilatura"]
    print(f"\nside by side, page by page, each page's fastest of {args.rounds}: pantau {speed['pantau']:.1f} pages/s, "
          f"trafilatura.extract {speed['trafilatura']:.1f} pages/s, ratio {ratio:.2f}\n")
    return {"aeb_f1": pantau["f1"], "aeb_refused": len(refused), "speed_ratio": ratio}


# --------------------------------------------------------------------------- 2. htmldate


def zone_contradictions(tests: Path, per_page: dict) -> list[str]:
    """Pages where published_at shows a wall-clock time that the page writes with an
    explicit zone, in an offset the page never gives that time (a page that writes one
    time with two zones, as some CMSs do, is satisfied by either)."""
    bad = []
    for url, row in per_page.items():
        path = next((tests / d / row["file"] for d in ("test_set", "cache", "eval")
                     if (tests / d / row["file"]).is_file()), None)
        if path is None:
            continue
        html = path.read_bytes()
        article, _ = extract(url, html)
        at = getattr(article, "published_at", None)
        if at is None:
            continue
        text = html.decode("utf-8", "replace")
        zoned = [datetime.fromisoformat(m.replace("Z", "+00:00").replace(" ", "T")) for m in _ISO_ZONED.findall(text)]
        for m in re.finditer(r"[^<>\"]{0,80}(?:GMT|UTC|WIB|WITA|WIT)[^<>\"]{0,20}", text):
            zoned += [d.value for d in find_dates(m.group()) if d.zone_written and isinstance(d.value, datetime)]
        clock = at.replace(tzinfo=None, second=0, microsecond=0)
        offsets = {v.utcoffset() for v in zoned if v.replace(tzinfo=None, second=0, microsecond=0) == clock}
        if offsets and at.utcoffset() not in offsets:
            shown = ", ".join(sorted(str(o) for o in offsets))
            bad.append(f"{url[:90]}: the page writes {clock.isoformat()} at UTC{shown}; pantau {at.isoformat()}")
    return bad


def dates(args: argparse.Namespace, out: Path) -> dict[str, float]:
    print("== 2. htmldate's evaluation pages (../shared/eval/realworld/run.sh)", flush=True)
    print(run(["bash", str(args.shared / "eval/realworld/run.sh")],
              {"HTMLDATE_DIR": str(args.htmldate), "SKIP_AEB": "1", "OUT_DIR": str(out / "dates")}))
    results = json.loads((out / "dates" / "dates-results.json").read_text(encoding="utf-8"))["results"]
    per_page = json.loads((out / "dates" / "dates-per-page.json").read_text(encoding="utf-8"))
    bad = zone_contradictions(args.htmldate / "tests", per_page)
    print(f"dates that contradict a zone written on the page: {len(bad)}")
    for line in bad:
        print(f"  {line}")
    print()
    return {"date_local": results["pantau_local"]["accuracy"], "zone_contradictions": len(bad),
            "date_nogate": results.get("pantau_meta_nogate", {}).get("accuracy", float("nan"))}


# --------------------------------------------------------------------------- 3. real Indonesian pages


def realpages(args: argparse.Namespace, out: Path) -> dict[str, float]:
    print("== 3. real Indonesian pages (../shared/corpus/realpages-dev/score.sh)", flush=True)
    report = out / "realpages.json"
    print(run(["bash", str(args.shared / "corpus/realpages-dev/score.sh"), "--system", "pantau",
               "--json", str(report)]))
    data = json.loads(report.read_text(encoding="utf-8"))
    summary = data["summary"]["all pages"]["pantau"]
    articles = data["summary"]["article pages (photo galleries excluded)"]["pantau"]
    first = summary["recall_by_kind"]["first"].split("/")
    base = args.shared / "corpus/realpages-dev"
    listings = [e for e in json.loads((base / "feeds_listings.json").read_text(encoding="utf-8"))
                if e["file"].startswith("listings/")]
    accepted_own = sum(r["status"] == "ok" for r in data["listings"])
    accepted_like = []
    for entry in listings:
        html = (base / entry["file"]).read_bytes()
        for url in ARTICLE_LIKE:
            article, why = extract(url, html)
            print(f"  {entry['file']} at {url}: " + (f"ACCEPTED, title {article.title!r}" if article else why[:90]))
            if article:
                accepted_like.append(entry["file"])
    print(f"listing pages accepted as articles: {accepted_own}/{len(listings)} at their own URLs, "
          f"{len(accepted_like)}/{len(listings) * len(ARTICLE_LIKE)} under article-like URLs\n")
    return {"rp_title": summary["title_acc"], "rp_date": summary["date_acc"], "rp_recall": summary["recall_micro"],
            "rp_leakage": summary["leakage_micro"], "rp_refused": summary["refused"] + summary["failed"],
            "rp_lead_missed": int(first[1]) - int(first[0]), "rp_listings_accepted": accepted_own + len(accepted_like),
            "rp_article_recall": articles["recall_micro"]}


# --------------------------------------------------------------------------- 4. dev corpus


def dev(args: argparse.Namespace) -> dict[str, float]:
    print("== 4. ../shared/corpus/dev end to end (../shared/eval/run_eval.sh)", flush=True)
    env = {"PATH": f"{Path(sys.executable).parent}:{os.environ.get('PATH', '')}"}
    text = run(["bash", str(args.shared / "eval/run_eval.sh"), str(args.shared / "corpus/dev")], env)
    table = text[text.index("metric"):] if "metric" in text else text
    print(table)
    overall = re.search(r"overall:\s*([\d.]+)", text)
    leakage = re.search(r"boilerplate leakage\s+([\d.]+)", text)
    return {"dev_overall": float(overall.group(1)) if overall else float("nan"),
            "dev_leakage": float(leakage.group(1)) if leakage else float("nan")}


# --------------------------------------------------------------------------- targets


TARGETS = [  # (figure, what, target, met)
    ("aeb_f1", "AEB F1", ">= 0.965", lambda v: v >= 0.965),
    ("aeb_refused", "AEB real articles refused", "<= 2", lambda v: v <= 2),
    ("speed_ratio", "AEB pages/s ratio to trafilatura", ">= 0.80", lambda v: v >= 0.8),
    ("date_local", "htmldate set: date accuracy as printed", ">= 0.90", lambda v: v >= 0.90),
    ("zone_contradictions", "htmldate set: dates contradicting a written zone", "0", lambda v: v == 0),
    ("rp_title", "realpages-dev title", ">= 0.95", lambda v: v >= 0.95),
    ("rp_date", "realpages-dev date", ">= 0.95", lambda v: v >= 0.95),
    ("rp_recall", "realpages-dev body recall", ">= 0.97", lambda v: v >= 0.97),
    ("rp_lead_missed", "realpages-dev pages missing the lead", "0", lambda v: v == 0),
    ("rp_leakage", "realpages-dev leakage", "<= 0.05", lambda v: v <= 0.05),
    ("rp_refused", "realpages-dev real articles refused", "0", lambda v: v == 0),
    ("rp_listings_accepted", "realpages-dev listing pages accepted", "0", lambda v: v == 0),
    ("dev_overall", "dev corpus overall", "1.000", lambda v: v >= 1.0),
    ("dev_leakage", "dev corpus leakage", "0", lambda v: v == 0),
]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--aeb", type=Path, default=ROOT.parent / "bench" / "aeb")
    ap.add_argument("--htmldate", type=Path, default=ROOT.parent / "bench" / "htmldate")
    ap.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    ap.add_argument("--rounds", type=int, default=5, help="timing rounds over the pages (default 5)")
    ap.add_argument("--skip", default="", help="comma-separated: aeb, dates, realpages, dev")
    ap.add_argument("--out", type=Path, default=None, help="keep the yardsticks' output here")
    args = ap.parse_args()
    args.aeb, args.htmldate, args.shared = args.aeb.resolve(), args.htmldate.resolve(), args.shared.resolve()
    skip = set(filter(None, args.skip.split(",")))
    out = args.out or Path(tempfile.mkdtemp(prefix="pantau-realworld-"))
    out.mkdir(parents=True, exist_ok=True)
    figures: dict[str, float] = {}
    steps = {"aeb": lambda: aeb(args, out), "dates": lambda: dates(args, out),
             "realpages": lambda: realpages(args, out), "dev": lambda: dev(args)}
    for name, step in steps.items():
        if name not in skip:
            figures.update(step())
    print("== targets (issue 8)")
    print(f"| {'measure':<50} | {'target':>8} | {'measured':>8} | met |")
    print(f"|{'-' * 52}|{'-' * 10}|{'-' * 10}|-----|")
    for key, what, target, met in TARGETS:
        if key in figures:
            value = figures[key]
            shown = f"{value:.3f}" if isinstance(value, float) and not value.is_integer() else f"{value:g}"
            print(f"| {what:<50} | {target:>8} | {shown:>8} | {'yes' if met(value) else 'NO':<3} |")
    if "date_nogate" in figures:
        print(f"(diagnostic: date accuracy of pantau's date finder alone, no gate: {figures['date_nogate']:.3f})")
    print(f"outputs in {out}")


if __name__ == "__main__":
    main()
