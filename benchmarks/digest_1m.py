"""Benchmark: `pantau digest` end to end over a generated warehouse of 1,000,000 articles.

    uv run python benchmarks/digest_1m.py [--articles N] [--db PATH] [--runs 3]

The warehouse is generated in SQL from a fixed seed (every value is a hash of the row
number and SEED), in proportions assumed for a real crawl of general news, where most
articles are off-topic: 40% of articles relevant, 5% syndicated copies, and per relevant
article 3 agency mentions, 1.5 officials and 4 directives. (The dev corpus, built around
the topic, is denser: 83% relevant, 3.5 agencies, 1.8 officials and 6.5 directives per
relevant article; those would make each week heavier, not the queries different.) Two years of
news (104 ISO weeks), so a week holds ~9,600 articles. Each
run is a fresh `python -m pantau digest` process (start-up, imports, queries, files);
the target is under 5 s.
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from warehouse.db import connect  # noqa: E402
from warehouse.migrate import migrate  # noqa: E402

SEED = 20240214
WEEK = "2024-W07"  # the Pemilu voting week, well inside the generated range

# h(i, salt) is a deterministic pseudo-random integer in [0, 2^32) for row i.
GENERATE = """
CREATE TEMP MACRO h(i, salt) AS CAST(hash(i, salt, {seed}) % 4294967296 AS BIGINT);
CREATE TEMP TABLE gen AS
SELECT
    i,
    'a' || i AS article_id,
    DATE '2023-01-02' + CAST(h(i, 1) % 728 AS INTEGER) AS published_date,
    'src_' || (h(i, 2) % 60) AS source_id,
    h(i, 3) % 100 < 40 AS is_relevant,
    CASE WHEN h(i, 4) % 100 < 30 THEN NULL ELSE 'Provinsi ' || (h(i, 5) % 38) END AS province,
    h(i, 6) % 100 < 5 AND i > 1000 AS is_copy
FROM range({n}) AS r(i);

INSERT INTO stg_articles (article_id, url, source_id, title, published_at, published_date, text, word_count,
                          fetched_at, extracted_at, load_id)
SELECT article_id, 'https://' || source_id || '.example/berita/' || article_id, source_id,
       'Judul berita netralitas ASN nomor ' || i, published_date::TIMESTAMPTZ, published_date,
       'Artikel ' || i || '. ' || repeat('ASN harus menjaga netralitas selama tahapan pemilu. ', 8), 64,
       now(), now(), 'bench'
FROM gen;

INSERT INTO stg_analysis
SELECT article_id, is_relevant, province, CASE WHEN published_date < DATE '2024-06-01' THEN 'pemilu-2024'
       ELSE 'pilkada-2024' END, now(), 'bench'
FROM gen;

INSERT INTO stg_duplicates
SELECT article_id, 'a' || (i - 1 - h(i, 7) % 1000), 0.95 FROM gen WHERE is_copy;

-- Agencies: a few are named far more often than the rest (the square skews the pick).
INSERT INTO stg_agency_mentions
SELECT g.article_id, 'Lembaga ' || CAST(pow(h(g.i, 10 + k) % 1000 / 1000.0, 2) * 40 AS INTEGER),
       'L' || CAST(pow(h(g.i, 10 + k) % 1000 / 1000.0, 2) * 40 AS INTEGER), NULL
FROM gen AS g, range(3) AS t(k) WHERE g.is_relevant;

INSERT INTO stg_official_mentions
SELECT g.article_id, 'Pejabat ' || (h(g.i, 20 + k) % 300), 'Kepala', 'Lembaga ' || (h(g.i, 20 + k) % 300 % 40)
FROM gen AS g, range(2) AS t(k) WHERE g.is_relevant AND (k = 0 OR h(g.i, 29) % 2 = 0);

INSERT INTO stg_directives
SELECT g.article_id, k,
       ['prohibition', 'prohibition', 'obligation', 'appeal', 'appeal', 'sanction', 'permission']
           [1 + h(g.i, 30 + k) % 7],
       'Kalimat arahan ' || (h(g.i, 40 + k) % 5000) || ' kepada ASN agar menjaga netralitas.',
       CASE WHEN h(g.i, 50 + k) % 2 = 0 THEN 'Pejabat ' || (h(g.i, 20) % 300)
            ELSE 'Lembaga ' || (h(g.i, 60 + k) % 40) END,
       'ASN',
       CASE WHEN h(g.i, 70 + k) % 3 = 0 THEN []
            ELSE ['perilaku_' || (h(g.i, 80 + k) % 12)] END,
       ['SKB 2/2022']
FROM gen AS g, range(4) AS t(k) WHERE g.is_relevant;
"""


def generate(db: Path, n: int) -> dict[str, int]:
    con = connect(db)
    try:
        migrate(con)
        con.execute(GENERATE.format(seed=SEED, n=n))
        return {table: con.execute(f"SELECT count(*) FROM {table}").fetchone()[0] for table in (
            "stg_articles", "stg_agency_mentions", "stg_official_mentions", "stg_directives", "stg_duplicates")}
    finally:
        con.close()


def time_digest(db: Path, out: Path) -> float:
    start = time.perf_counter()
    subprocess.run([sys.executable, "-m", "pantau", "digest", "--db", str(db), "--week", WEEK, "--out", str(out)],
                   check=True, cwd=ROOT, capture_output=True)
    return time.perf_counter() - start


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=1_000_000)
    parser.add_argument("--db", type=Path, default=None, help="keep the generated warehouse here (reused if present)")
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="pantau-bench-") as tmp:
        db = args.db or Path(tmp) / "bench.duckdb"
        if not db.exists():
            started = time.perf_counter()
            counts = generate(db, args.articles)
            print(f"generated in {time.perf_counter() - started:.1f} s: "
                  + ", ".join(f"{k} {v:,}" for k, v in counts.items()))
        timings = [time_digest(db, Path(tmp) / f"digest-{run}") for run in range(args.runs)]
        print("pantau digest --week", WEEK, "runs:", ", ".join(f"{t:.2f} s" for t in timings))
        print(f"median {statistics.median(timings):.2f} s (target < 5 s)")
        return 0 if statistics.median(timings) < 5 else 1


if __name__ == "__main__":
    raise SystemExit(main())
