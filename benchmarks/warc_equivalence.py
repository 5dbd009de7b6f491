"""WARC paths that must give the same warehouse: in-process vs a local Dask cluster, and an export restored.

    uv run python -m benchmarks.warc_equivalence --articles 2000

On an archive of generated ~600-word articles (benchmarks.warc_throughput):
1. `pantau backfill --warc` in one process into an empty warehouse (A);
2. the same with `--dask` on a LocalCluster of --workers (2) processes on loopback (B):
   every table and the raw store compared with A, row by row (run stamps left out);
3. `pantau export-warc` of A, backfilled with --no-prefilter into an empty warehouse (C):
   the row counts of every public view of A and C side by side.
Figures and verdicts, not assertions (tests/warc has the tests).
"""

from __future__ import annotations

import argparse
import os
import tempfile
import time
from pathlib import Path

import duckdb

from benchmarks.warc_throughput import backfill, write_archive, write_sources
from crawlers.rawstore import raw_store_path
from crawlers.warc.export import export_warc
from tests.support.contents import contents


def view_counts(db: Path) -> dict[str, int]:
    """Rows of every public view (the models), by name."""
    with duckdb.connect(str(db), read_only=True) as con:
        views = [r[0] for r in con.execute(
            "SELECT table_name FROM information_schema.tables WHERE table_type = 'VIEW' ORDER BY 1").fetchall()]
        return {v: con.execute(f'SELECT count(*) FROM "{v}"').fetchone()[0] for v in views}


def _run(label: str, work: Path, files: list[Path], sources: Path, *, prefilter: bool, workers: int,
         dask: str | None) -> Path:
    work.mkdir()
    seconds, figures, _ = backfill(work, files, sources, prefilter=prefilter, workers=workers, dask=dask)
    print(f"  {label}: {seconds:.1f} s, {figures['cpu']:.0f} CPU-s (load average {os.getloadavg()[0]:.1f})",
          flush=True)
    return figures["db"]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=2000)
    parser.add_argument("--workers", type=int, default=2, help="Dask workers of the local cluster")
    args = parser.parse_args()

    with tempfile.TemporaryDirectory(prefix="pantau-warc-same-") as tmp:
        root = Path(tmp)
        sources = write_sources(root)
        files = write_archive(root, args.articles, relevant=0.2, menu=0.2)
        print(f"{args.articles} captures in {len(files)} WARC.gz files", flush=True)
        here = _run("in one process", root / "here", files, sources, prefilter=True, workers=1, dask=None)
        on_dask = _run(f"LocalCluster of {args.workers} workers", root / "dask", files, sources, prefilter=True,
                       workers=args.workers, dask="local")

        expected, got = contents(here), contents(on_dask)
        print(f"in-process vs --dask ({args.workers}-worker LocalCluster), rows per table:")
        for table, rows in expected.items():
            print(f"  {table:18} {len(rows):6} {len(got[table]):6}  {'identical' if got[table] == rows else 'DIFFER'}")
        print(f"  same warehouse and raw store: {'yes' if got == expected else 'NO'}")

        out = root / "export.warc.gz"
        t = time.perf_counter()
        written = export_warc(raw_store_path(here), out)
        print(f"export-warc: {written.articles} articles, {written.records} records, "
              f"{out.stat().st_size / 2**20:.1f} MiB in {time.perf_counter() - t:.1f} s", flush=True)
        restored = _run("export backfilled (--no-prefilter)", root / "restored", [out], sources, prefilter=False,
                        workers=1, dask=None)
        first, again = view_counts(here), view_counts(restored)
        print("export -> backfill round trip, rows per view (original, restored):")
        for view, count in first.items():
            print(f"  {view:32} {count:6} {again.get(view, -1):6}  {'same' if again.get(view) == count else 'DIFFER'}")
        print(f"  identical view counts: {'yes' if again == first else 'NO'}")


if __name__ == "__main__":
    main()
