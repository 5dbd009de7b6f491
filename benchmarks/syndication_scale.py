"""How link_duplicates scales: N generated articles loaded in runs, timed, scored.

    uv run python benchmarks/syndication_scale.py              # N = 10,000 and 100,000
    uv run python benchmarks/syndication_scale.py --n 20000 --run-size 2000

Articles are made from a fixed seed: Zipf-distributed words (so unrelated texts share
common phrases), an outlet promo line at the end, and
  - 15 % syndicated copies of a recent article (its own dateline, a paragraph cut,
    a "Baca juga" line, a few words changed; some are copies of copies),
  - 5 % same-event articles that quote three paragraphs of a recent article
    verbatim around their own reporting (must not be linked),
  - 3 % of articles held back to the next run, so their copies arrive first and the
    earlier original has to take over the cluster.
Each N runs in its own process so peak memory (ru_maxrss) is that N's alone.
"""

from __future__ import annotations

import argparse
import random
import resource
import subprocess
import sys
import tempfile
import time
import tracemalloc
from collections import deque
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from itertools import accumulate
from pathlib import Path

import duckdb
import pyarrow as pa

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from warehouse.db import connect
from warehouse.migrate import migrate
from warehouse.syndication import link_duplicates

SEED = 20241127
COPY_SHARE, SAME_EVENT_SHARE, HELD_BACK_SHARE = 0.15, 0.05, 0.03
RECENT = 3000  # copies and same-event articles draw on the last RECENT articles
T0 = datetime(2024, 1, 1, tzinfo=UTC)
SYLLABLES = [
    "ba", "be", "bi", "bo", "bu", "da", "de", "di", "du", "ga", "gi", "ka", "ke", "ki", "ku", "la",
    "li", "lu", "ma", "me", "mi", "mu", "na", "ne", "ni", "nu", "pa", "pe", "pi", "ra", "re", "ri",
    "ru", "sa", "se", "si", "su", "ta", "te", "ti", "tu", "wa", "ya"
]
FUNCTION_WORDS = [
    "yang", "dan", "di", "ke", "dari", "untuk", "dengan", "ini", "itu", "pada", "dalam", "tidak",
    "akan", "juga", "bahwa", "ASN", "kata", "oleh"
]


@dataclass
class Generated:
    article_id: str
    paragraphs: list[str]
    published_at: datetime
    root: str  # the earliest article of its story (itself for an original)


class Corpus:
    """A stream of generated articles, with the gold original of every copy."""

    def __init__(self, seed: int) -> None:
        self.rng = random.Random(seed)
        self.vocab = FUNCTION_WORDS + [
            "".join(self.rng.choices(SYLLABLES, k=self.rng.randint(2, 4))) for _ in range(30_000)
        ]
        self.cum_weights = list(accumulate(1 / (rank + 1) for rank in range(len(self.vocab))))
        self.outlets = [f"outlet{i:02d}" for i in range(60)]
        self.promo = {o: f"Dapatkan berita pilihan {o} setiap hari melalui kanal WhatsApp dan Google News."
                      for o in self.outlets}
        self.recent: deque[Generated] = deque(maxlen=RECENT)
        self.count = 0

    def words(self, n: int) -> str:
        return " ".join(self.rng.choices(self.vocab, cum_weights=self.cum_weights, k=n))

    def paragraphs(self, n: int) -> list[str]:
        return [self.words(self.rng.randint(20, 45)) + "." for _ in range(n)]

    def next(self) -> tuple[Generated, str]:
        outlet = self.rng.choice(self.outlets)
        self.count += 1
        aid = f"{outlet}/{self.count}"
        published = T0 + timedelta(minutes=7 * self.count)
        roll = self.rng.random()
        if self.recent and roll < COPY_SHARE:
            source = self.rng.choice(self.recent)
            paras = list(source.paragraphs)
            if len(paras) > 6:
                del paras[self.rng.randrange(1, len(paras))]
            paras.insert(self.rng.randrange(1, len(paras)), "Baca juga: " + self.words(7))
            for _ in range(3):
                i = self.rng.randrange(len(paras))
                words = paras[i].split()
                words[self.rng.randrange(len(words))] = self.rng.choice(self.vocab)
                paras[i] = " ".join(words)
            article = Generated(aid, paras, published, source.root)
        elif self.recent and roll < COPY_SHARE + SAME_EVENT_SHARE:
            source = self.rng.choice(self.recent)
            quotes = self.rng.sample(source.paragraphs, k=min(3, len(source.paragraphs)))
            paras = self.paragraphs(self.rng.randint(5, 9))
            for quote in quotes:
                paras.insert(self.rng.randrange(len(paras) + 1), quote)
            article = Generated(aid, paras, published, aid)
        else:
            article = Generated(aid, self.paragraphs(self.rng.randint(8, 14)), published, aid)
        self.recent.append(article)
        dateline = f"KOTA{self.rng.randint(1, 99)}, {outlet}.com – "
        return article, dateline + "\n\n".join(article.paragraphs) + "\n\n" + self.promo[outlet]


def load(con: duckdb.DuckDBPyConnection, rows: list[tuple[Generated, str]]) -> list[str]:
    now = datetime.now(UTC)
    table = pa.Table.from_pylist([
        {"article_id": g.article_id, "url": f"http://127.0.0.1/{g.article_id}", "source_id": g.article_id.split("/")[0],
         "published_at": g.published_at, "fetched_at": now, "text": text, "extracted_at": now, "load_id": "bench"}
        for g, text in rows
    ])
    con.register("_batch", table)
    con.execute("INSERT INTO stg_articles BY NAME SELECT * FROM _batch")
    con.unregister("_batch")
    return [g.article_id for g, _ in rows]


def bench(n: int, run_size: int, trace: bool) -> None:
    corpus = Corpus(SEED)
    gold: dict[str, str] = {}
    seconds: list[float] = []
    sizes: list[int] = []
    heap_peaks: list[float] = []
    with tempfile.TemporaryDirectory(prefix="pantau-bench-") as tmp:
        db = Path(tmp) / "bench.duckdb"
        con = connect(db)
        migrate(con)
        held: list[tuple[Generated, str]] = []
        loaded = 0
        while loaded < n:
            run, next_held = held, []
            while len(run) < run_size and loaded + len(run) < n:
                item = corpus.next()
                if item[0].root != item[0].article_id:
                    gold[item[0].article_id] = item[0].root
                (next_held if corpus.rng.random() < HELD_BACK_SHARE else run).append(item)
            if loaded + len(run) + len(next_held) >= n:  # the last run takes everything left
                run, next_held = run + next_held, []
            held = next_held
            ids = load(con, run)
            if trace:
                tracemalloc.start()
            start = time.perf_counter()
            link_duplicates(con, ids)
            seconds.append(time.perf_counter() - start)
            sizes.append(len(ids))
            if trace:
                heap_peaks.append(tracemalloc.get_traced_memory()[1] / 2**20)
                tracemalloc.stop()
            loaded += len(ids)
        found = dict(con.execute("SELECT article_id, duplicate_of FROM stg_duplicates").fetchall())
        duckdb_mb = con.execute("SELECT sum(memory_usage_bytes) / 2**20 FROM duckdb_memory()").fetchone()[0]
        con.close()
        size_mb = db.stat().st_size / 2**20
    hits = sum(gold.get(a) == b for a, b in found.items())
    precision = hits / len(found) if found else 1.0
    recall = hits / len(gold) if gold else 1.0
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    total = sum(seconds)
    print(
        f"N={n:>7,}  runs={len(seconds):>3}  link {total:7.1f} s  {n / total:6.0f} articles/s"
        f"  (last run {sizes[-1] / seconds[-1]:5.0f}/s)  copies={len(gold):,}"
        f"  precision={precision:.4f}  recall={recall:.4f}  peak RSS {peak_mb:,.0f} MiB"
        f" (DuckDB buffers {duckdb_mb:,.0f} MiB)  db {size_mb:,.0f} MiB"
        + (f"  Python heap peak per run {max(heap_peaks):.0f} MiB" if trace else ""),
        flush=True,
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--n", type=int, action="append", help="articles (repeatable; default 10,000 and 100,000)")
    parser.add_argument("--run-size", type=int, default=5000, help="articles loaded and linked per run")
    parser.add_argument("--tracemalloc", action="store_true", help="also trace Python allocations (slows linking)")
    parser.add_argument("--one", action="store_true", help=argparse.SUPPRESS)  # the per-N child process
    args = parser.parse_args()
    sizes = args.n or [10_000, 100_000]
    if args.one:
        bench(sizes[0], args.run_size, args.tracemalloc)
        return
    for n in sizes:
        command = [sys.executable, __file__, "--one", "--n", str(n), "--run-size", str(args.run_size)]
        subprocess.run(command + ["--tracemalloc"] * args.tracemalloc, check=True)


if __name__ == "__main__":
    main()
