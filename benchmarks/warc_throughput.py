"""WARC -> warehouse end to end on generated ~600-word articles: speed, pre-filter recall, memory.

    uv run python -m benchmarks.warc_throughput --articles 2000
    uv run python -m benchmarks.warc_throughput --articles 10000 100000 --skip-recall

Writes WARC.gz files (5,000 captures each) of one outlet's pages: neutrality stories
(the relevant share), other news under a menu that links "Pemilu 2024" (the pre-filter
lets them through, the analysis calls them not relevant), and other news without any
election word. Then `pantau backfill --warc` as a job (read, pre-filter, raw store,
extract, analyse, load, link copies) into an empty warehouse, timed end to end, with
the resident memory of this process and its workers sampled every 0.5 s. The recall
check runs the same archive without the pre-filter and compares the relevant articles.
Figures, not assertions.
"""

from __future__ import annotations

import argparse
import os
import random
import resource
import tempfile
import threading
import time
from datetime import datetime, timedelta
from io import BytesIO
from pathlib import Path

import duckdb
import psutil
import yaml
from warcio.statusandheaders import StatusAndHeaders
from warcio.timeutils import datetime_to_iso_date
from warcio.warcwriter import WARCWriter

from benchmarks.synthetic_site import _paragraph
from pantau import jobs
from pantau.progress import QuietReporter
from pipeline.pool import usable_cores
from tests.support.sitegen import WIB, Story, _article_html

HOST = "https://warta.example"
PER_FILE = 5000
OTHER_NEWS = [
    "Harga cabai rawit di pasar induk turun menjelang akhir pekan karena pasokan dari petani melimpah.",
    "Dinas perhubungan menambah armada bus sekolah untuk melayani siswa di kecamatan yang jauh dari kota.",
    "Tim sepak bola daerah itu menang dua gol tanpa balas dalam laga tandang di stadion utama.",
    "Curah hujan tinggi membuat beberapa ruas jalan tergenang air hingga setinggi lutut orang dewasa.",
    "Rumah sakit umum daerah membuka layanan cuci darah baru untuk mengurangi antrean pasien.",
    "Para nelayan memilih tidak melaut karena gelombang tinggi di perairan selatan sejak kemarin.",
    "Pemerintah kota memperbaiki jembatan penghubung dua desa yang rusak diterjang banjir bulan lalu.",
    "Harga emas perhiasan di toko-toko kawasan pecinan naik sedikit dibandingkan pekan sebelumnya.",
    "Sekolah kejuruan itu bekerja sama dengan bengkel otomotif untuk program magang para siswanya.",
    "Festival kuliner tahunan menghadirkan ratusan pedagang makanan khas dari berbagai kabupaten.",
    "Petugas pemadam kebakaran berhasil menjinakkan api yang melalap gudang mebel di pinggir kota.",
    "Pengelola bandara menambah jadwal penerbangan selama musim libur sekolah yang ramai penumpang.",
]
OTHER_WORDS = sorted({w for s in OTHER_NEWS for w in s.split()})


def _other_paragraph(rng: random.Random) -> str:
    words = " ".join(rng.sample(OTHER_NEWS, 2)).split()
    return " ".join(rng.choice(OTHER_WORDS) if rng.random() < 0.35 else w for w in words)


def write_archive(folder: Path, n: int, relevant: float, menu: float, words: int = 600, seed: int = 11) -> list[Path]:
    """n captures in files of PER_FILE: `relevant` share of neutrality stories, `menu` share of other
    news under an election menu, the rest other news without an election word."""
    rng = random.Random(seed)
    start = datetime(2023, 11, 1, 8, 0, tzinfo=WIB)
    files: list[Path] = []
    writer = handle = None
    for k in range(n):
        if k % PER_FILE == 0:
            if handle:
                handle.close()
            files.append(folder / f"bench-{k // PER_FILE:04d}.warc.gz")
            handle = files[-1].open("wb")
            writer = WARCWriter(handle, gzip=True)
        kind = rng.random()
        make = _paragraph if kind < relevant else _other_paragraph
        paragraphs: list[str] = []
        while sum(len(p.split()) for p in paragraphs) < words:
            paragraphs.append(make(rng))
        title = (f"Berita netralitas ASN nomor {k}" if kind < relevant else f"Kabar kota hari ini nomor {k}")
        published = start + timedelta(minutes=17 * k)
        story = Story(f"/berita/{k:07d}/kabar-{k}", title, published, paragraphs)
        html = _article_html(story, "Warta", "og").replace("{{base_url}}", HOST)
        if kind >= relevant + menu:
            html = html.replace('<a href="/tag/pemilu-2024">Pemilu 2024</a>', '<a href="/tag/kota">Kota</a>')
        body = html.encode()
        headers = StatusAndHeaders("200 OK", [("Content-Type", "text/html; charset=utf-8")], protocol="HTTP/1.1")
        assert writer is not None
        writer.write_record(writer.create_warc_record(
            HOST + story.path, "response", payload=BytesIO(body), length=len(body), http_headers=headers,
            warc_headers_dict={"WARC-Date": datetime_to_iso_date(published + timedelta(hours=2))}))
    if handle:
        handle.close()
    return files


def write_sources(folder: Path) -> Path:
    """A sources file naming the generated outlet, so its host is kept."""
    path = folder / "sources.yaml"
    path.write_text(yaml.safe_dump({"sources": [{"id": "warta", "name": "Warta", "base_url": HOST,
                                                 "sitemaps": ["/sitemap.xml"]}]}))
    return path


class TreeMemory:
    """Peak resident memory of this process and of all its children together, sampled every 0.5 s."""

    def __init__(self) -> None:
        self.peak_total = self.peak_self = 0.0
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)

    def _run(self) -> None:
        me = psutil.Process()
        while not self._stop.wait(0.5):
            try:
                own = me.memory_info().rss
                children = sum(c.memory_info().rss for c in me.children(recursive=True))
            except psutil.Error:
                continue
            self.peak_self = max(self.peak_self, own / 2**20)
            self.peak_total = max(self.peak_total, (own + children) / 2**20)

    def __enter__(self) -> TreeMemory:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._stop.set()
        self._thread.join()


def backfill(work: Path, files: list[Path], sources: Path, *, prefilter: bool, workers: int,
             dask: str | None) -> tuple[float, dict, TreeMemory]:
    """One `pantau backfill --warc` job into an empty warehouse: seconds, figures, memory."""
    db = work / "bench.duckdb"
    options = jobs.WarcOptions(inputs=[str(f) for f in files], sources_file=str(sources), prefilter=prefilter,
                               dask=dask, workers=workers)
    job = jobs.Job(db=str(db), command="backfill", warc=options,
                   process=jobs.ProcessOptions(sources_file=str(sources), workers=workers))
    t, cpu = time.perf_counter(), _cpu_seconds()
    with TreeMemory() as memory:
        result = jobs.run_job(job, QuietReporter())
    figures = {"warc": result.warc, "process": result.process, "db": db, "cpu": _cpu_seconds() - cpu}
    return time.perf_counter() - t, figures, memory


def _cpu_seconds() -> float:
    """CPU time of this process and of its ended children (pool workers, Dask workers, the crawler)."""
    own, children = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime + children.ru_utime + children.ru_stime


def _relevant(db: Path) -> set[str]:
    with duckdb.connect(str(db), read_only=True) as con:
        return {r[0] for r in con.execute("SELECT article_id FROM articles WHERE is_relevant").fetchall()}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, nargs="+", default=[2000])
    parser.add_argument("--relevant", type=float, default=0.2, help="share of neutrality stories")
    parser.add_argument("--menu", type=float, default=0.2, help="share of other news under an election menu")
    parser.add_argument("--workers", type=int, default=usable_cores())
    parser.add_argument("--dask", action="store_true", help="also on a local Dask cluster of --workers workers")
    parser.add_argument("--skip-recall", action="store_true", help="no second run without the pre-filter")
    args = parser.parse_args()

    peaks: dict[int, float] = {}
    for n in args.articles:
        with tempfile.TemporaryDirectory(prefix="pantau-warc-bench-") as tmp:
            root = Path(tmp)
            sources = write_sources(root)
            t = time.perf_counter()
            files = write_archive(root, n, args.relevant, args.menu)
            size = sum(f.stat().st_size for f in files) / 2**20
            print(f"{n} captures ({args.relevant:.0%} neutrality stories, {args.menu:.0%} other news under an "
                  f"election menu, the rest other news) in {len(files)} WARC.gz files, {size:.0f} MiB, "
                  f"written in {time.perf_counter() - t:.0f} s", flush=True)
            runs = [("in-process read, " + f"{args.workers} processing workers", None, True)]
            if args.dask:
                runs.append((f"local Dask cluster of {args.workers} workers", "local", True))
            if not args.skip_recall:
                runs.append(("without the pre-filter (recall check)", None, False))
            relevant: dict[bool, set[str]] = {}
            for label, dask, prefilter in runs:
                work = root / label.split()[0]
                work.mkdir()
                seconds, figures, memory = backfill(work, files, sources, prefilter=prefilter, workers=args.workers,
                                                    dask=dask)
                warc = figures["warc"]["warc"] if dask else figures["warc"]
                processed = figures["warc"]["process"] if dask else figures["process"]
                kept = n - warc["filtered"]
                relevant[prefilter] = _relevant(figures["db"])
                peaks.setdefault(n, memory.peak_total)
                print(f"  {label}: {seconds:.1f} s = {n / seconds:.0f} captures/s end to end; "
                      f"pre-filter left out {warc['filtered']} ({warc['filtered'] / n:.0%}), "
                      f"{kept} extracted and analysed = {kept / seconds:.0f} articles/s, "
                      f"{processed['relevant']} relevant; {figures['cpu']:.0f} CPU-s = "
                      f"{figures['cpu'] / seconds:.2f} cores busy; peak RSS {memory.peak_total:.0f} MiB with "
                      f"workers ({memory.peak_self:.0f} MiB this process); load average {os.getloadavg()[0]:.1f}",
                      flush=True)
            if False in relevant:
                lost = relevant[False] - relevant[True]
                print(f"  recall of the pre-filter: {len(relevant[False])} relevant without it, "
                      f"{len(relevant[False] & relevant[True])} of them with it, {len(lost)} lost", flush=True)
    if len(peaks) > 1:
        (small, low), (large, high) = min(peaks.items()), max(peaks.items())
        print(f"peak memory (first run of each size): {small} captures {low:.0f} MiB, {large} captures "
              f"{high:.0f} MiB: {high / low:.2f}x (flat: within 1.5x)")


if __name__ == "__main__":
    main()
