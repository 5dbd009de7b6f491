"""Throughput of the analysis stage on one core, and peak memory.

    uv run python benchmarks/nlp_speed.py [--articles 600] [--words 600]

Articles of about ``--words`` words are made by recombining the sentences of the test
fixtures (tests/fixtures/nlp/*.txt) with a fixed seed, so the figure is reproducible.
The pipeline is built before timing starts (building is a one-off cost per process).
"""

from __future__ import annotations

import argparse
import os
import random
import re
import resource
import sys
import time
from datetime import date, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from pipeline.nlp import analyse, get_nlp  # noqa: E402
from pipeline.records import Article  # noqa: E402

FIXTURES = ROOT / "tests" / "fixtures" / "nlp"


DATELINE = re.compile(r"^[A-Z][A-Z .]+, [A-Z]+ [–-] ")  # "SLEMAN, KABARMERAPI – "


def sentences() -> list[str]:
    out = []
    for f in sorted(FIXTURES.glob("*.txt")):
        for para in f.read_text(encoding="utf-8").splitlines():
            out += [s for s in re.split(r"(?<=[.!?\"”])\s+(?=[A-Z“\"])", para.strip()) if len(s.split()) > 3]
    return out


def make_articles(n: int, words: int, seed: int = 7) -> list[Article]:
    """Each article opens with a dateline and has none further down, as real stories do: a dateline mid-text makes
    the segmenter read everything above it as front matter, analysed apart, which real stories seldom carry."""
    rng = random.Random(seed)
    pool = sentences()
    openers = [s for s in pool if DATELINE.match(s)]
    pool = [DATELINE.sub("", s) for s in pool]
    arts = []
    for i in range(n):
        paras, count = [], 0
        while count < words:
            para = " ".join(rng.sample(pool, 3) if paras else [rng.choice(openers)] + rng.sample(pool, 2))
            paras.append(para)
            count += len(para.split())
        arts.append(Article(article_id=str(i), url=f"http://bench.test/{i}", source_id="bench",
                            title="Netralitas ASN Jelang Pilkada", published_at=None,
                            published_date=date(2024, 1, 1) + timedelta(days=i % 300), author=None,
                            text="\n".join(paras), source_province=rng.choice([None, "Jawa Timur"])))
    return arts


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--articles", type=int, default=600)
    ap.add_argument("--words", type=int, default=600)
    args = ap.parse_args(argv)
    if hasattr(os, "sched_setaffinity"):
        os.sched_setaffinity(0, {min(os.sched_getaffinity(0))})  # one core
    t0 = time.perf_counter()
    get_nlp()
    build = time.perf_counter() - t0
    arts = make_articles(args.articles, args.words)
    n_words = sum(len(a.text.split()) for a in arts)
    t0 = time.perf_counter()
    results = list(analyse(arts))
    elapsed = time.perf_counter() - t0
    assert len(results) == len(arts)
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"pipeline build: {build:.1f}s")
    print(f"{len(arts)} articles, {n_words / len(arts):.0f} words each on average")
    print(f"articles/s: {len(arts) / elapsed:.1f}  (words/s: {n_words / elapsed:,.0f})")
    print(f"peak memory (max RSS): {peak:.0f} MiB")
    return 0


if __name__ == "__main__":
    sys.exit(main())
