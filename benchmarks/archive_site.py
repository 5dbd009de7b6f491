"""A generated news archive for backfills: four outlets, every day of two years, each archived differently.

Built on synthetic_site's approach (the test web's page template, bodies recombined
from a sentence bank), with what a backfill must handle:

  kabar_arsip   a sitemap index of monthly sitemaps (sitemap-2024-02.xml) dated by lastmod;
                the URLs carry the headline's slug and nothing else describes the story
  warta_indeks  a daily index (/indeks/2024-02-14), two stories a page, a thumbnail and a
                headline anchor per story; numeric article URLs; some pages carry no date
  suara_harian  a sitemap index of daily Google News sitemaps (/sitemap/2024/02/14.xml)
                with titles, and a paginated tag page (/tag/netralitas-asn)
  pos_daerah    a monthly archive (/arsip/2024/02/, rel=next pagination) and site search
                (/cari?q=...)

Among many everyday stories, a few per cent are "planted": stories about civil
servants' neutrality, written as real headlines are (some say little: "Kades Terancam
Diberhentikan"). Their headlines were written before the topic lexicon, for this
archive; a filter that loses one of them is too narrow.
"""

from __future__ import annotations

import html
import json
import random
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from pathlib import Path

import yaml

from crawlers.archive import slugify
from crawlers.topic import load_lexicon
from tests.support.server import LoopbackOutlet
from tests.support.sitegen import STORIES, WIB, Story, _article_html, _file, _write

START, END = date(2023, 1, 1), date(2024, 12, 31)
PLACES = ["Gowa", "Bantul", "Sleman", "Garut", "Bogor", "Kutai Kartanegara", "Deli Serdang", "Banyumas", "Jember",
          "Lombok Timur", "Kupang", "Pontianak", "Banjarmasin", "Manado", "Ambon", "Jayapura", "Palembang", "Padang",
          "Pekanbaru", "Jambi", "Serang", "Tangerang", "Denpasar", "Makassar", "Balikpapan", "Samarinda", "Kendari",
          "Palu", "Gorontalo", "Mamuju", "Ternate", "Sorong"]

PLANTED = [
    "Bupati {p} Ingatkan ASN Tak Unggah Foto Bersama Calon",
    "Camat di {p} Diperiksa karena Hadiri Deklarasi Paslon",
    "Bawaslu {p} Temukan Baliho Bergambar Pejabat Daerah",
    "Sekda {p} Minta Pegawai Jaga Jarak dari Politik Praktis",
    "Kepala Desa di {p} Dilaporkan Ikut Kampanye Caleg",
    "PNS {p} Terancam Sanksi Usai Sukai Unggahan Capres",
    "KASN Catat Ratusan Pelanggaran Netralitas Jelang Pencoblosan",
    "Guru Honorer di {p} Diminta Tidak Berpihak",
    "Pj Gubernur Larang Kendaraan Dinas Dipakai Kampanye",
    "Lurah di {p} Dicopot Setelah Terbukti Dukung Calon Wali Kota",
    "Inspektorat {p} Periksa Kepala Dinas yang Diduga Tak Netral",
    "Surat Edaran Bupati {p}: Aparatur Dilarang Hadiri Acara Partai",
    "Menteri PANRB: Sanksi Tegas bagi Pegawai Pemerintah yang Berpolitik",
    "Apel Pagi, Wali Kota {p} Tekankan Netralitas Birokrasi",
    "Foto Kadis Bersama Kandidat Pilkada Viral, BKD {p} Turun Tangan",
    "Dua Pejabat Eselon di {p} Dilaporkan ke Bawaslu",
    "Aparatur Desa di {p} Diingatkan Tak Jadi Tim Sukses",
    "Oknum Pegawai Kecamatan di {p} Bagikan Sembako Berstiker Caleg",
    "Pemkab {p} Bentuk Satgas Pengawasan Pegawai Selama Pilkada",
    "Kepala Sekolah di {p} Minta Guru Pilih Calon Tertentu",
    # headlines that say little
    "Baliho Bergambar Kepala Dinas Ditemukan di {p}",
    "Heboh Rekaman Suara Camat Arahkan Warga",
    "Kades di {p} Terancam Diberhentikan",
    "Surat Teguran Dilayangkan kepada 12 Pegawai",
    "Tiga Pejabat {p} Dinonaktifkan Sementara",
]

EVERYDAY = [
    "Harga Beras di {p} Naik Jelang Ramadan", "Banjir Rendam Ratusan Rumah di {p}",
    "Persib Tahan Imbang Tamu dari {p}", "Festival Kuliner {p} Dipadati Pengunjung",
    "Jalan Lintas {p} Rusak Parah, Warga Keluhkan Lambatnya Perbaikan", "Kasus Demam Berdarah di {p} Meningkat",
    "Polisi Bekuk Pengedar Sabu di {p}", "Harga Cabai Rawit Turun di Pasar {p}",
    "Gempa Magnitudo 4,8 Guncang {p}, Tak Ada Kerusakan", "Wisatawan Padati Pantai di {p} saat Libur Panjang",
    "Pabrik Baru di {p} Serap Seribu Tenaga Kerja", "Cuaca Ekstrem, BMKG Imbau Nelayan {p} Tak Melaut",
    "Stok Elpiji 3 Kg di {p} Dipastikan Aman", "Bandara {p} Layani Penerbangan Tambahan",
    "Tim Sepak Bola Putri {p} Juara Turnamen Regional", "Pedagang Pasar Tradisional {p} Mulai Berjualan Daring",
    "Kebakaran Hanguskan Gudang Mebel di {p}", "Produksi Padi {p} Lampaui Target",
    "Harga Emas Perhiasan di {p} Stabil", "Dua Ekor Buaya Muncul di Sungai {p}",
    "Konser Musik Amal Digelar di Alun-alun {p}", "Pelabuhan {p} Tambah Kapal Penyeberangan",
    "Warga {p} Gotong Royong Bersihkan Saluran Air", "Vaksinasi Polio Anak di {p} Capai 90 Persen",
    "UMKM Batik {p} Tembus Pasar Ekspor", "Kemacetan Parah di Gerbang Tol {p}",
    "Sekolah di {p} Terapkan Kurikulum Baru", "Museum {p} Pamerkan Koleksi Keris Kuno",
    "Kereta Api Tambahan Disiapkan untuk Rute {p}", "Inflasi {p} Terkendali Bulan Ini",
    # election news without civil servants, and civil-servant news without elections
    "KPU {p} Mulai Cetak Surat Suara", "Debat Kandidat Digelar Malam Ini di {p}",
    "Pendaftaran CPNS Dibuka, Ribuan Pelamar di {p} Antusias", "Gaji Pegawai Honorer di {p} Naik",
]

RELEVANT_STORIES = [STORIES[key][index].paragraphs for key, index in (
    ("kabar_pusat", 0), ("kabar_pusat", 1), ("warta_timur", 0), ("suara_barat", 0), ("harian_selatan", 0),
    ("harian_selatan", 1))]
FILLER = [p for key, index in (("kabar_pusat", 2), ("suara_barat", 1), ("harian_selatan", 2))
          for p in STORIES[key][index].paragraphs] + [
    "Warga berharap pemerintah daerah segera menyelesaikan perbaikan fasilitas umum sebelum musim hujan tiba.",
    "Menurut pengamat, kenaikan harga kebutuhan pokok biasanya terjadi menjelang hari besar keagamaan.",
    "Pengunjung dari luar kota memadati kawasan wisata sejak pagi hari hingga sore.",
    "Petugas mengimbau masyarakat tetap waspada terhadap cuaca buruk yang dapat terjadi sewaktu-waktu.",
    "Acara tersebut dihadiri ratusan peserta dari berbagai kecamatan di wilayah itu.",
    "Kegiatan serupa direncanakan kembali digelar tahun depan dengan skala yang lebih besar.",
]
FILLER_WORDS = sorted({w for p in FILLER for w in p.split()})


@dataclass
class ArchivedStory:
    path: str
    title: str
    day: date
    planted: bool
    undated: bool = False  # the page itself gives no date: only the archive does


@dataclass
class Outlet:
    id: str
    name: str
    folder: Path
    entry: dict  # the sources entry, base_url to fill
    stories: list[ArchivedStory] = field(default_factory=list)

    @property
    def planted(self) -> list[str]:
        return [s.path for s in self.stories if s.planted]


def _days(start: date, end: date) -> Iterator[date]:
    day = start
    while day <= end:
        yield day
        day += timedelta(days=1)


def _body(rng: random.Random, planted: bool) -> list[str]:
    """Filler recombined from everyday sentences; a planted story also tells one of the test web's neutrality stories.

    A third of the filler's words are swapped, so no two stories share enough text to look like copies.
    """
    paragraphs = []
    for _ in range(3):
        words = " ".join(rng.sample(FILLER, 2)).split()
        paragraphs.append(" ".join(rng.choice(FILLER_WORDS) if rng.random() < 0.35 else w for w in words))
    return (rng.choice(RELEVANT_STORIES) + paragraphs) if planted else paragraphs


def _undated_html(story: Story, outlet: str) -> str:
    """An article page that names no date anywhere: JSON-LD without datePublished, no date line."""
    data = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": story.title}
    paras = "\n".join(f"<p>{html.escape(p)}</p>" for p in story.paragraphs)
    return (f'<!DOCTYPE html>\n<html lang="id"><head><meta charset="utf-8"><title>{html.escape(story.title)} | '
            f'{outlet}</title>\n<script type="application/ld+json">{json.dumps(data)}</script></head>\n'
            f'<body><header><a href="/">Beranda</a></header><main><article><h1>{html.escape(story.title)}</h1>\n'
            f'<div class="content">\n{paras}\n</div></article></main><footer>Hak cipta dilindungi.</footer>'
            "</body></html>\n")


def _urlset(entries: list[str], news: bool = False) -> str:
    ns = ' xmlns:news="http://www.google.com/schemas/sitemap-news/0.9"' if news else ""
    return (f'<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"{ns}>'
            + "".join(entries) + "</urlset>")


def _index(children: list[tuple[str, str | None]]) -> str:
    return ('<?xml version="1.0" encoding="UTF-8"?>\n<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">'
            + "".join(f"<sitemap><loc>{{{{base_url}}}}{loc}</loc>" + (f"<lastmod>{mod}</lastmod>" if mod else "")
                      + "</sitemap>" for loc, mod in children) + "</sitemapindex>")


def _listing(title: str, items: list[str], nav: str = "") -> str:
    return (f'<!DOCTYPE html>\n<html lang="id"><head><meta charset="utf-8"><title>{html.escape(title)}</title>'
            '</head><body><header><a href="/">Beranda</a> <a href="/kanal/politik">Politik</a> '
            '<a href="/tag/pemilu-2024">Pemilu 2024</a></header>'
            f'<main><h1>{html.escape(title)}</h1>{"".join(items)}<div class="pagination">{nav}</div></main>'
            '<footer><a href="/tentang-kami">Tentang Kami</a></footer></body></html>\n')


def _anchor(story: ArchivedStory, thumbnail: bool = False) -> str:
    thumb = f'<a href="{story.path}"><img src="/img/foto.jpg" alt=""></a> ' if thumbnail else ""
    return f'<div class="item">{thumb}<a href="{story.path}">{html.escape(story.title)}</a></div>'


OUTLETS = {
    "kabar_arsip": ("Kabar Arsip", "og"),
    "warta_indeks": ("Warta Indeks", "visible"),
    "suara_harian": ("Suara Harian", "jsonld"),
    "pos_daerah": ("Pos Daerah", "og"),
}
PLANTED_DAY = date(2024, 2, 13)  # every outlet has a planted story in ISO week 2024-W07 (the vote was on the 14th)


def build(root: Path, *, per_day: int = 3, share: float = 0.015, start: date = START, end: date = END,
          seed: int = 11) -> list[Outlet]:
    """Write the four outlets under root; return them with their stories and sources entries."""
    rng = random.Random(seed)
    outlets = []
    for index, (outlet_id, (name, style)) in enumerate(OUTLETS.items()):
        outlet = Outlet(outlet_id, name, root / outlet_id, {"id": outlet_id, "name": name, "province": None,
                                                             "feeds": ["/rss.xml"]})
        number = 100_000 * (index + 1)
        for day in _days(start, end):
            for slot in range(per_day):
                number += 1
                planted = rng.random() < share or (day == PLANTED_DAY and slot == 0)
                title = rng.choice(PLANTED if planted else EVERYDAY).format(p=rng.choice(PLACES))
                outlet.stories.append(ArchivedStory(_path(outlet_id, day, number, title, rng), title, day, planted,
                                                    undated=outlet_id == "warta_indeks" and planted and slot == 0))
        for story in outlet.stories:
            published = datetime(story.day.year, story.day.month, story.day.day, 8 + rng.randrange(12),
                                 rng.randrange(60), tzinfo=WIB)
            page = Story(story.path, story.title, published, _body(rng, story.planted))
            text = _undated_html(page, name) if story.undated else _article_html(page, name, style)
            _write(_file(outlet.folder, story.path), text)
        _write(outlet.folder / "robots.txt", "User-agent: *\nDisallow: /admin/\n")
        _write(outlet.folder / "rss.xml", '<?xml version="1.0"?><rss version="2.0"><channel><title>x</title>'
               + "".join(f"<item><title>{html.escape(s.title)}</title><link>{{{{base_url}}}}{s.path}</link></item>"
                         for s in outlet.stories[-10:]) + "</channel></rss>")
        ARCHIVERS[outlet_id](outlet, start, end)
        outlets.append(outlet)
    return outlets


def _path(outlet_id: str, day: date, number: int, title: str, rng: random.Random) -> str:
    slug = slugify(title)
    if outlet_id == "kabar_arsip":
        tail = "" if rng.random() < 0.1 else f"/{slug}"  # some URLs carry no headline at all
        return f"/berita/{day:%Y/%m/%d}/{number}{tail}"
    if outlet_id == "warta_indeks":
        return f"/read/{number}/"
    if outlet_id == "suara_harian":
        return f"/nasional/{number}/{slug}"
    return f"/news/{number}/{slug}"


def _monthly_sitemaps(outlet: Outlet, start: date, end: date) -> None:
    by_month: dict[str, list[ArchivedStory]] = {}
    for story in outlet.stories:
        by_month.setdefault(f"{story.day:%Y-%m}", []).append(story)
    for month, stories in by_month.items():
        _write(outlet.folder / f"sitemap-{month}.xml", _urlset(
            [f"<url><loc>{{{{base_url}}}}{s.path}</loc><lastmod>{s.day.isoformat()}T10:00:00+07:00</lastmod></url>"
             for s in stories]))
    _write(outlet.folder / "sitemap-halaman.xml", _urlset(["<url><loc>{{base_url}}/tentang-kami</loc></url>"]))
    children = [(f"/sitemap-{m}.xml", f"{stories[-1].day.isoformat()}") for m, stories in by_month.items()]
    _write(outlet.folder / "sitemap.xml", _index([*children, ("/sitemap-halaman.xml", None)]))
    outlet.entry["sitemaps"] = ["/sitemap.xml"]
    outlet.entry["article_pattern"] = r"^/berita/\d{4}/\d{2}/\d{2}/\d+"


def _daily_index(outlet: Outlet, start: date, end: date) -> None:
    by_day: dict[date, list[ArchivedStory]] = {}
    for story in outlet.stories:
        by_day.setdefault(story.day, []).append(story)
    for day, stories in by_day.items():
        pages = [stories[i : i + 2] for i in range(0, len(stories), 2)]
        for number, chunk in enumerate(pages, start=1):
            nav = f'<a href="/indeks/{day.isoformat()}?page={number + 1}">Berikutnya</a>' if number < len(pages) else ""
            name = f"indeks/{day.isoformat()}" + (f"__page_{number}" if number > 1 else "")
            _write(outlet.folder / name, _listing(f"Indeks {day.isoformat()}",
                                                  [_anchor(s, thumbnail=True) for s in chunk], nav))
    outlet.entry["archive"] = {"listings": ["/indeks/{date:%Y-%m-%d}"]}
    outlet.entry["article_pattern"] = r"^/read/\d+/"


def _daily_sitemaps_and_tag(outlet: Outlet, start: date, end: date) -> None:
    by_day: dict[date, list[ArchivedStory]] = {}
    for story in outlet.stories:
        by_day.setdefault(story.day, []).append(story)
    for day, stories in by_day.items():
        _write(outlet.folder / f"sitemap/{day:%Y/%m/%d}.xml", _urlset(
            [f"<url><loc>{{{{base_url}}}}{s.path}</loc><news:news><news:publication_date>{s.day.isoformat()}"
             f"</news:publication_date><news:title>{html.escape(s.title)}</news:title></news:news></url>"
             for s in stories], news=True))
    _write(outlet.folder / "sitemap_index.xml", _index([(f"/sitemap/{day:%Y/%m/%d}.xml", None) for day in by_day]))
    terms = load_lexicon().search_terms
    tagged = sorted((s for s in outlet.stories if s.planted), key=lambda s: s.day, reverse=True)
    pages = [tagged[i : i + 10] for i in range(0, len(tagged), 10)] or [[]]
    for number, chunk in enumerate(pages, start=1):
        nav = f'<a href="/tag/{slugify(terms[0])}?page={number + 1}">Berikutnya</a>' if number < len(pages) else ""
        name = f"tag/{slugify(terms[0])}" + (f"__page_{number}" if number > 1 else "/index.html")
        _write(outlet.folder / name, _listing(f"Tag: {terms[0]}", [_anchor(s) for s in chunk], nav))
    outlet.entry["archive"] = {"sitemaps": ["/sitemap_index.xml"], "topics": ["/tag/{slug}"]}
    outlet.entry["article_pattern"] = r"^/nasional/\d+/"


def _monthly_archive_and_search(outlet: Outlet, start: date, end: date) -> None:
    by_month: dict[str, list[ArchivedStory]] = {}
    for story in outlet.stories:
        by_month.setdefault(f"{story.day:%Y/%m}", []).append(story)
    for month, stories in by_month.items():
        stories = sorted(stories, key=lambda s: s.day, reverse=True)
        pages = [stories[i : i + 20] for i in range(0, len(stories), 20)]
        for number, chunk in enumerate(pages, start=1):
            nav = (f'<a rel="next" href="/arsip/{month}/page/{number + 1}/">&raquo;</a>' if number < len(pages) else "")
            folder = outlet.folder / "arsip" / month / ("" if number == 1 else f"page/{number}")
            _write(folder / "index.html", _listing(f"Arsip {month}", [_anchor(s) for s in chunk], nav))
    terms = load_lexicon().search_terms
    found = sorted((s for s in outlet.stories if s.planted), key=lambda s: s.day, reverse=True)
    for term in terms:
        results = found if term == terms[0] else []
        pages = [results[i : i + 10] for i in range(0, len(results), 10)] or [[]]
        query = term.replace(" ", "+")
        for number, chunk in enumerate(pages, start=1):
            nav = f'<a href="/cari?q={query}&page={number + 1}">Berikutnya</a>' if number < len(pages) else ""
            name = f"cari__q_{query}" + (f"_page_{number}" if number > 1 else "")
            _write(outlet.folder / name, _listing(f"Hasil pencarian: {term}",
                                                  [_anchor(s) for s in chunk] or ["<p>Tidak ada hasil.</p>"], nav))
    outlet.entry["archive"] = {"listings": ["/arsip/{date:%Y/%m}/"], "search": ["/cari?q={query}"]}
    outlet.entry["article_pattern"] = r"^/news/\d+/"


ARCHIVERS = {"kabar_arsip": _monthly_sitemaps, "warta_indeks": _daily_index,
             "suara_harian": _daily_sitemaps_and_tag, "pos_daerah": _monthly_archive_and_search}


def serve(root: Path, outlets: list[Outlet], delay: float = 0.0) -> tuple[Path, list[LoopbackOutlet]]:
    """Serve built outlets on loopback and write root/sources.yaml; the caller stops the servers."""
    servers = [LoopbackOutlet(o.folder, delay=delay).start() for o in outlets]
    for outlet, server in zip(outlets, servers):
        outlet.entry["base_url"] = server.base_url
    entries = [o.entry for o in outlets]
    sources = root / "sources.yaml"
    sources.write_text(yaml.safe_dump({"sources": entries}, allow_unicode=True, sort_keys=False), encoding="utf-8")
    return sources, servers
