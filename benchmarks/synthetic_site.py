"""Generated outlets of any size for benchmarks: N article pages behind a sitemap, a feed and a listing.

Pages reuse the test web's page template, so they carry the same boilerplate the
extractor must strip; bodies are ~600 words recombined from a fixed sentence bank,
with words swapped so that no two articles are near-duplicates by accident.
"""

from __future__ import annotations

import random
from datetime import datetime, timedelta
from pathlib import Path

import yaml

from tests.support.server import LoopbackOutlet
from tests.support.sitegen import STORIES, WIB, Story, _article_html, _file, _write

# Crawler settings for our own loopback servers: no politeness delays needed.
FAST = {"DOWNLOAD_DELAY": "0", "AUTOTHROTTLE_ENABLED": "False", "CONCURRENT_REQUESTS": "16",
        "CONCURRENT_REQUESTS_PER_DOMAIN": "8", "LOG_LEVEL": "WARNING"}

SENTENCES = [p for stories in STORIES.values() for s in stories for p in s.paragraphs + s.page2]
VOCABULARY = sorted({w for p in SENTENCES for w in p.split()})


def _paragraph(rng: random.Random) -> str:
    """Two bank sentences with a third of their words swapped, so articles differ as real ones do."""
    words = " ".join(rng.sample(SENTENCES, 2)).split()
    return " ".join(rng.choice(VOCABULARY) if rng.random() < 0.35 else w for w in words)


def build(root: Path, n: int, *, outlets: int = 4, words: int = 600, seed: int = 7) -> list[dict]:
    """Write `outlets` outlets sharing n articles; return their sources entries (base_url to fill)."""
    rng = random.Random(seed)
    start = datetime(2023, 11, 1, 8, 0, tzinfo=WIB)
    entries = []
    per = [n // outlets + (1 if i < n % outlets else 0) for i in range(outlets)]
    for index, count in enumerate(per):
        outlet_id = f"gen_{index}"
        folder = root / outlet_id
        urls = []
        for k in range(count):
            paragraphs: list[str] = []
            while sum(len(p.split()) for p in paragraphs) < words:
                paragraphs.append(_paragraph(rng))
            story = Story(f"/berita/{index}{k:06d}/asn-netral-pemilu-berita-{k}",
                          f"Berita netralitas ASN nomor {k} dari outlet {index}",
                          start + timedelta(minutes=37 * k), paragraphs)
            _write(_file(folder, story.path), _article_html(story, outlet_id, "og"))
            urls.append(story.path)
        _write(folder / "robots.txt", "User-agent: *\nAllow: /\n")
        for part in range(0, max(len(urls), 1), 40000):
            chunk = urls[part : part + 40000]
            _write(folder / f"sitemap-{part // 40000}.xml", '<?xml version="1.0" encoding="UTF-8"?>\n'
                   '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">'
                   + "".join(f"<url><loc>{{{{base_url}}}}{u}</loc></url>" for u in chunk) + "</urlset>")
        _write(folder / "sitemap_index.xml", '<?xml version="1.0" encoding="UTF-8"?>\n'
               '<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">'
               + "".join(f"<sitemap><loc>{{{{base_url}}}}/sitemap-{p // 40000}.xml</loc></sitemap>"
                         for p in range(0, max(len(urls), 1), 40000)) + "</sitemapindex>")
        entries.append({"id": outlet_id, "name": f"Generated {index}", "province": None, "folder": folder,
                        "sitemaps": ["/sitemap_index.xml"], "feeds": [], "listings": []})
    return entries


def serve(root: Path, n: int, *, outlets: int = 4, words: int = 600) -> tuple[Path, list[LoopbackOutlet]]:
    """Build the outlets under root, serve them, write root/sources.yaml; the caller stops the servers."""
    entries = build(root / "site", n, outlets=outlets, words=words)
    servers = [LoopbackOutlet(e.pop("folder")).start() for e in entries]
    for entry, server in zip(entries, servers):
        entry["base_url"] = server.base_url
        entry["max_new_articles"] = n
    sources = root / "sources.yaml"
    sources.write_text(yaml.safe_dump({"sources": entries}))
    return sources, servers
