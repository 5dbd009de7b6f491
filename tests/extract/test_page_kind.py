"""The page-kind gate, both ways: real articles are never refused for what they lack
(a date, an og:type, an <h1>); section, category and index pages are never stored."""

from __future__ import annotations

import pytest

from pipeline.extract import NotAnArticle, extract_article, extract_page
from pipeline.records import RawPage

ARTICLE_URL = "https://contoh.example/berita/2024/05/20/kepala-desa-diperiksa"
BODY = [
    "Pengawas pemilu kabupaten memeriksa seorang kepala desa yang diduga mengumpulkan perangkat desa "
    "untuk mendengarkan paparan program seorang calon bupati di balai desa.",
    "Pemeriksaan berlangsung sekitar tiga jam. Kepala desa itu didampingi kuasa hukumnya dan menyerahkan "
    "daftar hadir pertemuan yang diminta pengawas.",
    "Hasil pemeriksaan akan dibahas bersama kepolisian dan kejaksaan sebelum diputuskan apakah perkara "
    "itu diteruskan sebagai dugaan pelanggaran pidana pemilihan.",
]


def teaser_items(n: int) -> str:
    return "".join(
        f'<div class="item"><h3><a href="/berita/2024/05/{10 + i}/judul-berita-lain-{i}">Judul Berita Lain '
        f'Nomor {i} tentang Pilkada di Daerah</a></h3><span>Senin, {10 + i} Mei 2024 10:00 WIB</span>'
        f"<p>Ringkasan berita lain nomor {i}: pengawas menemukan alat peraga kampanye yang dipasang di "
        f"pohon dan tiang listrik sepanjang jalan provinsi...</p></div>" for i in range(n))


def html(body: str, head: str = "") -> bytes:
    return (f'<!DOCTYPE html><html lang="id"><head><meta charset="utf-8"><title>Judul | Contoh</title>{head}'
            f"</head><body><header><a href=\"/\">Contoh</a></header>{body}</body></html>").encode()


def extract(data: bytes, url: str = ARTICLE_URL):
    return extract_article([RawPage(url=url, html=data)], article_id="a", url=url, source_id="contoh")


def article_body(paragraphs: list[str] = BODY) -> str:
    return "<main><div class=\"isi\">" + "".join(f"<p>{p}</p>" for p in paragraphs) + "</div></main>"


def test_an_article_without_date_og_type_or_h1_is_kept() -> None:
    article = extract(html(article_body(), head='<meta property="og:type" content="website">'),
                      url="https://contoh.example/kepala-desa-diperiksa")
    assert article.text.split("\n") == BODY
    assert article.published_date is None and article.date_source == "not_found"


def test_an_article_keeps_its_body_and_loses_a_box_of_teasers_beside_it() -> None:
    page = article_body() + f'<aside class="lain">{teaser_items(3)}</aside>'
    text = extract(html(page)).text
    assert text.split("\n") == BODY


@pytest.mark.parametrize("url", [
    "https://contoh.example/olahraga",
    "https://contoh.example/berita/politik",
    ARTICLE_URL,  # the same markup under an article's address: only the page can tell
])
def test_a_page_of_teasers_is_a_listing_wherever_it_lives(url: str) -> None:
    with pytest.raises(NotAnArticle, match="listing of teasers"):
        extract(html(f"<main><h1>Politik</h1>{teaser_items(6)}</main>"), url=url)


def test_a_listing_that_calls_itself_an_article_in_og_type_is_still_a_listing() -> None:
    head = '<meta property="og:type" content="article">'
    with pytest.raises(NotAnArticle, match="listing of teasers"):
        extract(html(f"<main><h1>Politik</h1>{teaser_items(6)}</main>", head=head))


def test_an_index_of_dated_headline_links_has_no_article_body() -> None:
    links = "".join(f'<li>Senin, 20/05/2024 1{i}:00 WIB <a href="/berita/2024/05/20/judul-{i}">'
                    f"Judul Berita Nomor {i} dari Daerah</a></li>" for i in range(8))
    with pytest.raises(NotAnArticle, match="no article body"):
        extract(html(f"<h2>Indeks</h2><ul>{links}</ul>"))


def test_the_gate_says_why_a_page_is_an_article() -> None:
    result = extract_page([RawPage(url=ARTICLE_URL, html=html(article_body()))], article_id="a",
                          url=ARTICLE_URL, source_id="contoh")
    assert "article body" in result.kind.reason and "3 paragraphs" in result.kind.reason
