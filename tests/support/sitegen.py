"""A small offline news web of our own: four outlets in the styles the crawler must handle.

Each outlet is written to a folder and served by `server.LoopbackOutlet`. The texts are
written for these tests; only public facts (offices, laws) come from the real world.
"""

from __future__ import annotations

import html
import json
from dataclasses import dataclass, field
from datetime import datetime, timedelta, timezone
from pathlib import Path

WIB = timezone(timedelta(hours=7))
WITA = timezone(timedelta(hours=8))

DAYS = ["Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu", "Minggu"]
MONTHS = ["Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus", "September",
          "Oktober", "November", "Desember"]


@dataclass
class Story:
    path: str
    title: str
    published: datetime
    paragraphs: list[str]
    page2: list[str] = field(default_factory=list)  # a second page, if the article is paginated
    related: str = "Baca juga: Seleksi PPPK guru dibuka bulan depan"

    def visible_date(self, zone: str) -> str:
        p = self.published
        return f"{DAYS[p.weekday()]}, {p.day} {MONTHS[p.month - 1]} {p.year} {p:%H:%M} {zone}"


def _page(title: str, head: str, body: str, lang: str = "id", charset: str = "utf-8") -> str:
    return f"""<!DOCTYPE html>
<html lang="{lang}"><head><meta charset="{charset}"><title>{html.escape(title)}</title>
{head}</head>
<body><header class="site-header"><a href="/">Beranda</a> <nav><a href="/kanal/politik">Politik</a> \
<a href="/kanal/daerah">Daerah</a> <a href="/tag/pemilu-2024">Pemilu 2024</a></nav></header>
<div class="today">Hari ini: Sabtu, 1 Juni 2024</div>
{body}
<footer><a href="/tentang-kami">Tentang Kami</a> <a href="/redaksi">Redaksi</a> \
Hak cipta dilindungi undang-undang.</footer>
</body></html>
"""


def _article_html(story: Story, outlet: str, style: str, page: int = 1) -> str:
    base = "{{base_url}}" + story.path
    paras = story.paragraphs if page == 1 else story.page2
    head = f'<link rel="canonical" href="{base}{"?page=2" if page == 2 else ""}">\n'
    if style == "jsonld":
        data = {"@context": "https://schema.org", "@graph": [
            {"@type": "WebSite", "name": outlet},
            {"@type": "NewsArticle", "headline": story.title, "datePublished": story.published.isoformat(),
             "author": {"@type": "Person", "name": "Rina Maharani"}}]}
        head += f'<script type="application/ld+json">{json.dumps(data)}</script>\n'
    if style == "og":
        head += ('<meta property="og:type" content="article">\n'
                 f'<meta property="og:title" content="{html.escape(story.title)}">\n'
                 f'<meta property="article:published_time" content="{story.published.isoformat()}">\n')
    if story.page2 and page == 1:
        head += f'<link rel="next" href="{base}?page=2">\n'
    date_line = story.visible_date("WITA" if story.published.utcoffset() == timedelta(hours=8) else "WIB")
    body_paras = "\n".join(f"<p>{html.escape(p)}</p>" for p in paras[:2])
    body_paras += f'\n<p class="baca"><strong>{html.escape(story.related)}</strong></p>\n'
    body_paras += "\n".join(f"<p>{html.escape(p)}</p>" for p in paras[2:])
    pager = ""
    if story.page2:
        pager = f'<div class="pager"><a href="{story.path}">1</a> <a href="{story.path}?page=2">2</a></div>'
    body = f"""<main><article>
<h1>{html.escape(story.title)}</h1>
<div class="meta">Penulis: Rina Maharani | <span class="date">{date_line}</span></div>
<div class="share"><a href="#">Bagikan ke Facebook</a> <a href="#">WhatsApp</a></div>
<div class="content">
{body_paras}
</div>
{pager}
<div class="tags"><a href="/tag/netralitas-asn">Netralitas ASN</a></div>
</article>
<aside class="comments"><h3>Komentar</h3><p>Silakan tinggalkan komentar yang santun.</p></aside>
</main>"""
    return _page(f"{story.title} | {outlet}", head, body)


STORIES = {
    "kabar_pusat": [
        Story("/nasional/2023/11/14/menpanrb-tegaskan-asn-dilarang-ikut-kampanye",
              "MenPANRB Tegaskan ASN Dilarang Ikut Kampanye Peserta Pemilu",
              datetime(2023, 11, 14, 10, 30, tzinfo=WIB),
              ["JAKARTA - Menteri Pendayagunaan Aparatur Negara dan Reformasi Birokrasi Abdullah Azwar Anas "
               "menegaskan bahwa aparatur sipil negara dilarang ikut serta dalam kampanye peserta Pemilu 2024.",
               "Anas menyampaikan hal itu di kantornya, Selasa (14/11/2023), usai rapat koordinasi dengan BKN "
               "dan Bawaslu.",
               "Menurut dia, pegawai yang terbukti melanggar akan dijatuhi hukuman disiplin sesuai Peraturan "
               "Pemerintah Nomor 94 Tahun 2021 tentang Disiplin PNS.",
               "Ia juga meminta para pejabat pembina kepegawaian di daerah aktif memantau media sosial pegawainya."]),
        Story("/nasional/2024/01/08/bkn-terima-ratusan-laporan-netralitas",
              "BKN Terima Ratusan Laporan Dugaan Pelanggaran Netralitas",
              datetime(2024, 1, 8, 15, 5, tzinfo=WIB),
              ["JAKARTA - Badan Kepegawaian Negara mencatat ratusan laporan dugaan pelanggaran netralitas "
               "pegawai sejak awal masa kampanye.",
               "Sebagian besar laporan berkaitan dengan unggahan dukungan kepada calon di media sosial.",
               "BKN mengimbau ASN tidak memberikan tanda suka atau membagikan konten kampanye.",
               "Laporan yang terbukti akan diteruskan kepada pejabat pembina kepegawaian untuk diberi sanksi."]),
        Story("/ekonomi/2024/02/20/harga-beras-naik-jelang-ramadan",
              "Harga Beras Naik Jelang Ramadan",
              datetime(2024, 2, 20, 9, 0, tzinfo=WIB),
              ["JAKARTA - Harga beras medium di sejumlah pasar naik menjelang bulan Ramadan.",
               "Pedagang menyebut pasokan dari sentra produksi berkurang karena panen mundur.",
               "Pemerintah berencana menggelar operasi pasar di kota besar."]),
    ],
    "warta_timur": [
        Story("/read/5120/sekda-kaltim-minta-asn-jaga-jarak-dari-politik-praktis/",
              "Sekda Kaltim Minta ASN Jaga Jarak dari Politik Praktis",
              datetime(2024, 9, 26, 8, 15, tzinfo=WITA),
              ["SAMARINDA - Sekretaris Daerah Provinsi Kalimantan Timur meminta seluruh ASN di lingkungan "
               "Pemprov Kaltim menjaga jarak dari politik praktis selama Pilkada 2024.",
               "Permintaan itu disampaikan dalam apel gabungan di halaman kantor gubernur, Kamis (26/9/2024).",
               "Ia mengingatkan bahwa ASN wajib netral, baik di kantor maupun di luar jam kerja.",
               "Pegawai yang melanggar dapat dijatuhi sanksi, mulai teguran tertulis hingga penurunan jabatan."]),
        Story("/read/5188/bawaslu-kaltim-temukan-baliho-bergambar-pejabat/",
              "Bawaslu Kaltim Temukan Baliho Bergambar Pejabat Daerah",
              datetime(2024, 10, 3, 13, 40, tzinfo=WITA),
              ["BALIKPAPAN - Bawaslu Kaltim menemukan sejumlah baliho yang menampilkan pejabat daerah bersama "
               "calon kepala daerah.",
               "Ketua Bawaslu Kaltim mengatakan temuan itu sedang dikaji sebagai dugaan pelanggaran netralitas.",
               "Ia meminta ASN tidak memasang alat peraga kampanye dalam bentuk apa pun.",
               "Ku\u00e9 lapis khas daerah dibagikan kepada peserta rapat koordinasi."]),
    ],
    "suara_barat": [
        Story("/read/7781/pj-gubernur-jabar-larang-asn-pakai-fasilitas-negara-untuk-kampanye",
              "Pj Gubernur Jabar Larang ASN Pakai Fasilitas Negara untuk Kampanye",
              datetime(2024, 10, 1, 9, 45, tzinfo=WIB),
              ["BANDUNG - Penjabat Gubernur Jawa Barat melarang ASN menggunakan kendaraan dinas dan ruang rapat "
               "kantor untuk kegiatan kampanye Pilkada 2024.",
               "Larangan itu ia sampaikan saat membuka rapat kerja di Gedung Sate, Selasa (1/10/2024).",
               "Menurut dia, fasilitas negara dibiayai pajak rakyat sehingga tidak boleh dipakai untuk "
               "kepentingan calon mana pun."],
              page2=["Kepala BKD Jawa Barat menambahkan, pegawai yang suami atau istrinya mencalonkan diri "
                     "wajib mengambil cuti di luar tanggungan negara.",
                     "Ia juga mengingatkan bahwa pelanggaran netralitas dapat berujung pada pemberhentian."]),
        Story("/read/7802/kpu-jabar-mulai-cetak-surat-suara",
              "KPU Jabar Mulai Cetak Surat Suara Pilkada",
              datetime(2024, 10, 12, 11, 0, tzinfo=WIB),
              ["BANDUNG - KPU Jawa Barat mulai mencetak surat suara untuk pemilihan gubernur.",
               "Percetakan diawasi ketat oleh Bawaslu dan aparat kepolisian.",
               "Distribusi ke kabupaten dan kota dijadwalkan selesai bulan depan."]),
    ],
    "harian_selatan": [
        Story("/news/301/bupati-gowa-ingatkan-asn-tidak-unggah-foto-bersama-calon",
              "Bupati Gowa Ingatkan ASN Tidak Unggah Foto Bersama Calon",
              datetime(2024, 10, 7, 10, 0, tzinfo=WITA),
              ["GOWA - Bupati Gowa mengingatkan ASN agar tidak mengunggah foto bersama calon kepala daerah "
               "di media sosial.",
               "Peringatan itu disampaikan saat apel pagi, Senin (7/10/2024).",
               "Ia juga menegaskan ASN dilarang berfoto dengan gaya jari yang menunjukkan dukungan pada "
               "salah satu calon."]),
        Story("/news/322/inspektorat-sulsel-periksa-camat-diduga-tak-netral",
              "Inspektorat Sulsel Periksa Camat yang Diduga Tak Netral",
              datetime(2024, 10, 21, 14, 20, tzinfo=WITA),
              ["MAKASSAR - Inspektorat Provinsi Sulawesi Selatan memeriksa seorang camat yang diduga "
               "menghadiri deklarasi pasangan calon.",
               "Pemeriksaan dilakukan setelah Bawaslu Sulsel meneruskan rekomendasi pelanggaran netralitas.",
               "Jika terbukti, camat tersebut terancam sanksi disiplin berat sesuai PP 94 Tahun 2021."]),
        Story("/news/340/pemprov-sulsel-usulkan-formasi-pppk",
              "Pemprov Sulsel Usulkan Formasi PPPK Tenaga Kesehatan",
              datetime(2024, 11, 2, 9, 10, tzinfo=WITA),
              ["MAKASSAR - Pemerintah Provinsi Sulawesi Selatan mengusulkan ratusan formasi PPPK untuk "
               "tenaga kesehatan.",
               "Usulan itu disampaikan kepada Kementerian PANRB untuk tahun anggaran mendatang.",
               "Formasi terbanyak diperuntukkan bagi puskesmas di daerah kepulauan."]),
    ],
}

OUTLETS = {
    "kabar_pusat": {"name": "Kabar Pusat", "province": None, "style": "jsonld",
                    "sitemaps": ["/sitemap_index.xml"], "feeds": [], "listings": []},
    "warta_timur": {"name": "Warta Timur", "province": "Kalimantan Timur", "style": "visible",
                    "sitemaps": [], "feeds": ["/rss.xml"], "listings": []},
    "suara_barat": {"name": "Suara Barat", "province": "Jawa Barat", "style": "og",
                    "sitemaps": [], "feeds": ["/atom.xml"], "listings": []},
    "harian_selatan": {"name": "Harian Selatan", "province": "Sulawesi Selatan", "style": "visible",
                       "sitemaps": [], "feeds": [], "listings": ["/berita/"]},
}

STATIC = ("tentang-kami", "redaksi")


def _write(path: Path, text: str, encoding: str = "utf-8") -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(text.encode(encoding))


def _file(root: Path, url_path: str) -> Path:
    name = url_path.lstrip("/")
    if "?" in url_path:
        name = name.replace("?", "__").replace("=", "_").replace("&", "_")
    return root / (name + "index.html" if name.endswith("/") else name)


def build(root: Path) -> dict[str, Path]:
    """Write every outlet under root; return outlet id -> folder."""
    folders = {}
    for outlet_id, spec in OUTLETS.items():
        folder = root / outlet_id
        folders[outlet_id] = folder
        stories = STORIES[outlet_id]
        _write(folder / "index.html", _page(spec["name"], "", "<main><h1>Berita terbaru</h1>" + "".join(
            f'<a href="{s.path}">{html.escape(s.title)}</a>' for s in stories) + "</main>"))
        for slug in STATIC:
            _write(folder / slug / "index.html",
                   _page(f"{slug} | {spec['name']}", '<meta property="og:type" content="website">',
                         f"<main><h1>{slug.replace('-', ' ').title()}</h1><p>{spec['name']} adalah media daring "
                         "yang terbit sejak 2010 dan berkantor di ibu kota provinsi.</p></main>"))
        robots = "User-agent: *\nDisallow: /cari/\n"
        for index, story in enumerate(stories):
            encoding = "windows-1252" if outlet_id == "warta_timur" and index == 1 else "utf-8"
            page = _article_html(story, spec["name"], spec["style"])
            if encoding != "utf-8":
                page = page.replace('<meta charset="utf-8">', f'<meta charset="{encoding}">')
            _write(_file(folder, story.path), page, encoding)
            if story.page2:
                _write(_file(folder, story.path + "?page=2"), _article_html(story, spec["name"], spec["style"], page=2))
        if outlet_id == "kabar_pusat":
            robots += "\nSitemap: {{base_url}}/sitemap_index.xml\n"
            _write(folder / "sitemap_index.xml", '<?xml version="1.0" encoding="UTF-8"?>\n'
                   '<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">'
                   '<sitemap><loc>{{base_url}}/sitemap-news.xml</loc></sitemap>'
                   '<sitemap><loc>{{base_url}}/sitemap-halaman.xml</loc></sitemap></sitemapindex>')
            urls = [s.path for s in stories] + ["/cari/netralitas-asn-dalam-pemilu", "/amp" + stories[0].path]
            _write(folder / "sitemap-news.xml", '<?xml version="1.0" encoding="UTF-8"?>\n'
                   '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" '
                   'xmlns:news="http://www.google.com/schemas/sitemap-news/0.9">' + "".join(
                       f"<url><loc>{{{{base_url}}}}{u}?utm_source=sitemap</loc>"
                       "<news:news><news:title>x</news:title></news:news></url>"
                       for u in urls) + "</urlset>")
            _write(folder / "sitemap-halaman.xml", '<?xml version="1.0" encoding="UTF-8"?>\n'
                   '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">' + "".join(
                       f"<url><loc>{{{{base_url}}}}/{slug}</loc></url>" for slug in STATIC) + "</urlset>")
            _write(folder / "cari" / "netralitas-asn-dalam-pemilu", _page("Cari", "", "<p>hasil pencarian</p>"))
            amp = _article_html(stories[0], spec["name"], spec["style"]).replace('<html lang="id">',
                                                                                 '<html amp lang="id">')
            _write(_file(folder, "/amp" + stories[0].path), amp)
        if outlet_id == "warta_timur":
            items = "".join(f"<item><title>{html.escape(s.title)}</title><link>{{{{base_url}}}}{s.path}</link>"
                            f"<pubDate>{s.published:%a, %d %b %Y %H:%M:%S %z}</pubDate></item>" for s in stories)
            _write(folder / "rss.xml", '<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0"><channel>'
                   f"<title>{spec['name']}</title><link>{{{{base_url}}}}/</link>{items}</channel></rss>")
        if outlet_id == "suara_barat":
            # A mobile AMP mirror whose URL gives nothing away: only the page says it is AMP.
            amp = _article_html(stories[0], spec["name"], spec["style"]).replace('<html lang="id">',
                                                                                 '<html \u26a1 lang="id">')
            _write(_file(folder, "/m" + stories[0].path), amp)
            mirror = (f'<entry><title>{html.escape(stories[0].title)}</title>'
                      f'<link rel="alternate" href="{{{{base_url}}}}/m{stories[0].path}"/>'
                      f"<id>{{{{base_url}}}}/m{stories[0].path}</id>"
                      f"<updated>{stories[0].published.isoformat()}</updated></entry>")
            entries = mirror + "".join(f'<entry><title>{html.escape(s.title)}</title>'
                                       f'<link rel="alternate" href="{{{{base_url}}}}{s.path}"/>'
                                       f"<id>{{{{base_url}}}}{s.path}</id>"
                                       f"<updated>{s.published.isoformat()}</updated></entry>" for s in stories)
            _write(folder / "atom.xml", '<?xml version="1.0" encoding="UTF-8"?>\n'
                   '<feed xmlns="http://www.w3.org/2005/Atom">'
                   f"<title>{spec['name']}</title><id>{{{{base_url}}}}/</id>"
                   f"<updated>2024-10-12T11:00:00+07:00</updated>{entries}</feed>")
        if outlet_id == "harian_selatan":
            pages = [stories[:1], stories[1:2], stories[2:]]
            for number, chunk in enumerate(pages, start=1):
                links = "".join(f'<div class="item"><a href="{s.path}">{html.escape(s.title)}</a> '
                                f'<a href="/tag/pilkada">Pilkada</a></div>' for s in chunk)
                nav = " ".join(f'<a href="/berita/page/{n}/">{n}</a>' if n > 1 else '<a href="/berita/">1</a>'
                               for n in range(1, len(pages) + 1))
                if number < len(pages):
                    nav += f' <a class="next" href="/berita/page/{number + 1}/">Berikutnya &raquo;</a>'
                target = (folder / "berita" / "index.html" if number == 1
                          else folder / "berita" / "page" / str(number) / "index.html")
                _write(target, _page(f"Berita - {spec['name']}", "", f"<main>{links}<div class='pagination'>{nav}</div>"
                                     '<a href="/tentang-kami">Tentang kami</a></main>'))
        _write(folder / "robots.txt", robots)
    return folders


def sources_yaml(bases: dict[str, str]) -> str:
    """A sources file for the built outlets, given each outlet's served origin."""
    import yaml

    entries = []
    for outlet_id, spec in OUTLETS.items():
        entries.append({"id": outlet_id, "name": spec["name"], "province": spec["province"],
                        "base_url": bases[outlet_id], "sitemaps": spec["sitemaps"], "feeds": spec["feeds"],
                        "listings": spec["listings"]})
    return yaml.safe_dump({"sources": entries}, allow_unicode=True, sort_keys=False)


def expected_paths() -> dict[str, list[str]]:
    """The article paths each outlet should yield (first pages only)."""
    return {outlet_id: [s.path for s in stories] for outlet_id, stories in STORIES.items()}
