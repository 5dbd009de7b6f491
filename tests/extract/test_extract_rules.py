"""pipeline.extract: the rules behind the golden pages, one at a time, on small pages."""

from __future__ import annotations

from datetime import date

import pytest

from pipeline.extract import ExtractionError, NotAnArticle, decode_html, extract_article
from pipeline.records import RawPage

URL = "https://contoh.example/berita/2024/03/04/asn-diminta-netral"
PARAGRAPHS = [
    "SEMARANG – Pemerintah Kota Semarang meminta seluruh aparatur sipil negara menjaga netralitas "
    "selama tahapan pemilu berlangsung, termasuk di media sosial pribadi.",
    "“Pegawai boleh punya pilihan, tetapi pilihan itu cukup dibawa ke bilik suara,” kata Sekda "
    "Kota Semarang dalam apel pagi, Senin (4/3/2024).",
    "Pegawai yang terbukti melanggar akan diperiksa inspektorat dan dapat dijatuhi hukuman disiplin.",
]
JSONLD = ('<script type="application/ld+json">{"@type": "NewsArticle", "headline": "ASN Diminta Netral",'
          ' "datePublished": "2024-03-04T10:00:00+07:00"}</script>')


def page(body_paragraphs: list[str], *, head: str = JSONLD, title: str = "ASN Diminta Netral",
         charset: str = "utf-8") -> str:
    paras = "\n".join(f"<p>{p}</p>" for p in body_paragraphs)
    return (f'<!DOCTYPE html><html lang="id"><head><meta charset="{charset}"><title>{title} | Contoh</title>'
            f"{head}</head><body><header><a href=\"/\">Contoh</a></header><main><article>"
            f"<h1>{title}</h1><div class=\"body\">{paras}</div></article></main>"
            "<footer>&copy; 2024 Contoh</footer></body></html>")


def extract(html: str | bytes, url: str = URL, encoding: str | None = None, **kw):
    data = html.encode("utf-8") if isinstance(html, str) else html
    return extract_article([RawPage(url=url, html=data, encoding=encoding)], article_id="a1", url=url,
                           source_id="contoh", **kw)


# --------------------------------------------------------------------------- encodings


def test_windows_1252_bytes_under_a_latin1_header_and_no_meta_decode_curly_quotes() -> None:
    html = page(PARAGRAPHS).replace('<meta charset="utf-8">', "").encode("cp1252")
    assert "“Pegawai boleh punya pilihan" in extract(html, encoding="iso-8859-1").text


def test_utf8_bytes_win_over_a_wrong_latin1_header() -> None:
    html = page(PARAGRAPHS).encode("utf-8")
    assert "“Pegawai boleh punya pilihan" in extract(html, encoding="iso-8859-1").text


def test_undecodable_bytes_never_crash() -> None:
    html = page(PARAGRAPHS).encode("utf-8").replace(b"SEMARANG", b"SEMA\xff\xfe\x81RANG")
    article = extract(html, encoding="utf-8")
    assert "Pemerintah Kota Semarang meminta" in article.text


def test_decode_html_prefers_the_meta_charset_over_a_wrong_header() -> None:
    raw = '<html><head><meta charset="windows-1252"></head><body>“kutipan”</body></html>'.encode("cp1252")
    assert "“kutipan”" in decode_html(RawPage(url=URL, html=raw, encoding="utf-8"))


# --------------------------------------------------------------------------- broken input


def test_no_pages_an_empty_page_or_a_non_html_file_are_extraction_errors() -> None:
    with pytest.raises(ExtractionError):
        extract_article([], article_id="a1", url=URL, source_id="contoh")
    with pytest.raises(ExtractionError, match="empty"):
        extract(b"  \n ")
    with pytest.raises(ExtractionError, match="not an HTML"):
        extract(b"%PDF-1.7 binary stream " + bytes(range(256)))


def test_an_article_page_whose_body_yields_no_text_is_an_extraction_error() -> None:
    with pytest.raises(ExtractionError, match="no article text"):
        extract(page(["Baca juga: Judul lain"]))


# --------------------------------------------------------------------------- not articles


def test_the_site_root_is_never_an_article() -> None:
    with pytest.raises(NotAnArticle, match="homepage"):
        extract(page(PARAGRAPHS), url="https://contoh.example/")


def test_an_article_body_is_kept_whatever_og_type_says() -> None:
    html = page(PARAGRAPHS, head='<meta property="og:type" content="website">', title="Sekda Minta ASN Netral")
    assert extract(html).text.split("\n") == PARAGRAPHS


@pytest.mark.parametrize("title", ["Tentang Kami", "Redaksi", "Pedoman Media Siber", "Kontak"])
def test_static_pages_are_recognised_by_their_headline(title: str) -> None:
    with pytest.raises(NotAnArticle, match="static"):
        extract(page(PARAGRAPHS, head="", title=title), url="https://contoh.example/halaman/x")


def test_an_article_without_any_date_is_kept_undated_and_says_so() -> None:
    article = extract(page(PARAGRAPHS, head="", title="ASN Diminta Netral"), url="https://contoh.example/asn-netral")
    assert (article.published_date, article.published_at, article.date_source) == (None, None, "not_found")
    assert article.text.split("\n") == PARAGRAPHS


def test_a_page_of_one_short_line_without_article_metadata_is_no_article() -> None:
    with pytest.raises(NotAnArticle, match="no article body"):
        extract(page(["Halaman ini sedang diperbarui."], head="", title="Info Layanan"),
                url="https://contoh.example/layanan")


def test_tag_and_category_urls_without_article_metadata_are_listings() -> None:
    html = page(PARAGRAPHS, head="", title="Netralitas ASN").replace(
        "<h1>", "<div>Senin, 4 Maret 2024 10:00 WIB</div><h1>")
    with pytest.raises(NotAnArticle, match="listing"):
        extract(html, url="https://contoh.example/tag/netralitas-asn")


def test_a_visible_date_line_alone_makes_a_page_an_article() -> None:
    html = page(PARAGRAPHS, head="").replace("</h1>", "</h1><div class=\"tgl\">Senin, 4 Maret 2024 10:00 WIB</div>")
    article = extract(html)
    assert article.published_date == date(2024, 3, 4)
    assert article.title == "ASN Diminta Netral"


# --------------------------------------------------------------------------- boilerplate vs. news


def test_prompts_to_follow_the_outlet_go_but_news_about_chat_groups_stays() -> None:
    news = "ASN juga dilarang bergabung dalam grup Telegram atau WhatsApp tim pemenangan pasangan calon."
    prompts = [
        "Ikuti berita terkini Contoh di Google News",
        "Simak breaking news dan berita pilihan kami langsung di ponselmu lewat WhatsApp Channel.",
        "Klik di sini untuk bergabung dengan kanal Telegram Contoh",
        "Dapatkan update berita pilihan setiap hari dari Contoh",
        "Untuk informasi menarik lainnya, follow akun media sosial Contoh.id",
    ]
    text = extract(page(PARAGRAPHS + [news] + prompts)).text
    assert news in text
    for prompt in prompts:
        assert prompt not in text


def test_related_links_go_in_every_wrapping() -> None:
    body = [
        PARAGRAPHS[0],
        "<strong>Baca juga:</strong> <a href=\"/a\">Judul Terkait Pertama</a>",
        PARAGRAPHS[1],
        "BACA JUGA : <a href=\"/b\">Judul Terkait Kedua</a>",
        PARAGRAPHS[2],
    ]
    html = page(body).replace(
        "</div></article>",
        '<div class="sisip"><b>Baca Juga</b><ul><li><a href="/c">Judul Terkait Ketiga</a></li></ul></div>'
        '<aside><h4>Lihat juga</h4><a href="/d">Judul Terkait Keempat</a></aside></div></article>')
    text = extract(html).text
    assert "Judul Terkait" not in text and "baca juga" not in text.lower()
    assert text.split("\n") == PARAGRAPHS


def test_credit_lines_and_codes_go_but_acronyms_in_parentheses_stay() -> None:
    body = [
        PARAGRAPHS[0],
        "Laporan diteruskan kepada Badan Pengawas Pemilihan Umum (Bawaslu)",
        "Pegawai yang melanggar akan diperiksa. (ant/xyz)",
        "Editor: Budi Santoso",
        "Pewarta : Sri Lestari",
        "Sumber: Antara",
        "Artikel ini telah tayang di Mitra.id dengan judul “ASN Diminta Netral”.",
    ]
    lines = extract(page(body)).text.split("\n")
    assert lines == [PARAGRAPHS[0], "Laporan diteruskan kepada Badan Pengawas Pemilihan Umum (Bawaslu)",
                     "Pegawai yang melanggar akan diperiksa."]


def test_ad_labels_go_but_a_paragraph_about_political_ads_stays() -> None:
    news = "Iklan kampanye di media sosial tidak boleh dibagikan ulang oleh pegawai negeri."
    body = [PARAGRAPHS[0], "ADVERTISEMENT", "Scroll untuk melanjutkan membaca", "(Iklan)", news, PARAGRAPHS[1]]
    assert extract(page(body)).text.split("\n") == [PARAGRAPHS[0], news, PARAGRAPHS[1]]


def test_comment_forms_and_counters_go_but_no_comment_from_an_official_stays() -> None:
    news = "Tidak ada komentar dari Pemkab hingga berita ini diturunkan, meski pesan sudah dikirim sejak pagi."
    body = [PARAGRAPHS[0], news, "Tinggalkan Balasan", "Belum ada komentar. Jadilah yang pertama!", "0 Komentar"]
    assert extract(page(body)).text.split("\n") == [PARAGRAPHS[0], news]


def test_author_comes_from_metadata_or_a_labelled_byline() -> None:
    head = JSONLD.replace('"datePublished"', '"author": {"@type": "Person", "name": "Rina Kartika"}, "datePublished"')
    assert extract(page(PARAGRAPHS, head=head)).author == "Rina Kartika"
    assert extract(page(PARAGRAPHS + ["Penulis: Yoga Pratama | Editor: Sinta"])).author == "Yoga Pratama"
    assert extract(page(PARAGRAPHS)).author is None


def test_a_sentence_opening_with_oleh_is_not_a_byline() -> None:
    body = PARAGRAPHS + ["Oleh Bawaslu, temuan itu diteruskan ke KASN."]
    assert extract(page(body)).author is None


def test_channel_invitations_go_even_without_naming_the_outlet() -> None:
    body = PARAGRAPHS + ["Ikuti saluran kami di WhatsApp untuk kabar pemilu setiap pagi.",
                         "Gabung grup Telegram pembaca untuk diskusi harian."]
    assert extract(page(body)).text.split("\n") == PARAGRAPHS


def test_a_repeated_timestamp_line_is_not_body_text() -> None:
    body = ["Senin, 4 Maret 2024 | 10:00 WIB", *PARAGRAPHS]
    assert extract(page(body)).text.split("\n") == PARAGRAPHS


def test_published_metadata_outweighs_an_og_type_website_set_on_every_page() -> None:
    head = ('<meta property="og:type" content="website">'
            '<meta property="article:published_time" content="2024-03-04T10:00:00+07:00">')
    article = extract(page(PARAGRAPHS, head=head))
    assert article.published_date == date(2024, 3, 4)


def test_an_unreadable_continuation_page_does_not_cost_the_article() -> None:
    first = RawPage(url=URL, html=page(PARAGRAPHS).encode("utf-8"))
    broken = RawPage(url=URL + "?page=2", html=b"", page_no=2)
    article = extract_article([first, broken], article_id="a1", url=URL, source_id="contoh")
    assert article.text.split("\n") == PARAGRAPHS


def test_news_about_social_media_is_never_taken_for_a_promo() -> None:
    news = [
        "ASN dilarang membagikan konten terbaru pasangan calon di Instagram maupun Facebook.",
        "Informasi terbaru soal pelanggaran itu diunggah Bawaslu di akun YouTube resminya.",
        "Ajakan memilih itu dikirim langsung di WhatsApp grup warga oleh seorang camat.",
    ]
    assert extract(page(PARAGRAPHS + news)).text.split("\n") == PARAGRAPHS + news


def test_without_an_h1_the_metadata_title_loses_the_outlet_name_and_page_number() -> None:
    head = (JSONLD.replace('"headline": "ASN Diminta Netral",', "")
            + '<meta property="og:title" content="ASN Diminta Netral (Halaman 2) - Contoh.com">')
    html = page(PARAGRAPHS, head=head).replace("<h1>ASN Diminta Netral</h1>", "<h2>ASN Diminta Netral</h2>")
    assert extract(html).title == "ASN Diminta Netral"


def test_a_headline_broken_over_two_lines_keeps_a_space() -> None:
    html = page(PARAGRAPHS).replace("<h1>ASN Diminta Netral</h1>", "<h1>ASN Diminta<br>Netral</h1>")
    assert extract(html).title == "ASN Diminta Netral"


# --------------------------------------------------------------------------- the lead, whatever its markup


def test_an_editors_comment_inside_the_first_paragraph_costs_nothing() -> None:
    body = ["<!--StartFragment -->" + PARAGRAPHS[0] + "<!--EndFragment -->", *PARAGRAPHS[1:]]
    assert extract(page(body)).text.split("\n") == PARAGRAPHS


@pytest.mark.parametrize("markup", [
    '<div class="baca"><br><strong>SEMARANG</strong> – {lead}<p>{p2}</p><p>{p3}</p></div>',
    '<div class="detail">{lead_with_inline}<p><p>{p2}<p><p>{p3}<p></div>',
    '<span itemprop="articleBody"><b>SEMARANG</b> – {lead}<div><br></div><div>{p2}</div><div>{p3}</div></span>',
])
def test_a_lead_written_loose_after_a_bold_dateline_is_kept(markup: str) -> None:
    lead = PARAGRAPHS[0].removeprefix("SEMARANG – ")
    inline = "<b>SEMARANG</b> – " + lead.replace("Kota Semarang", '<a href="/tag/semarang">Kota Semarang</a>')
    body = markup.format(lead=lead, lead_with_inline=inline, p2=PARAGRAPHS[1], p3=PARAGRAPHS[2])
    html = (f"<html><head><title>ASN Diminta Netral</title>{JSONLD}</head><body><div class=\"wrap\">"
            f"<h1>ASN Diminta Netral</h1>{body}</div><div>Hak cipta Contoh</div></body></html>")
    assert extract(html).text.split("\n") == PARAGRAPHS


def test_a_drop_cap_stays_part_of_its_word() -> None:
    first = f'<span class="dropcap">{PARAGRAPHS[2][0]}</span>{PARAGRAPHS[2][1:]}'
    assert PARAGRAPHS[2] in extract(page([first, PARAGRAPHS[0]])).text.split("\n")


def test_a_body_container_named_like_a_share_bar_is_not_dropped() -> None:
    html = page(PARAGRAPHS).replace('<div class="body">', '<div class="body share-wrapper"><a href="/">Bagikan</a>')
    assert extract(html).text.split("\n") == PARAGRAPHS


# --------------------------------------------------------------------------- repeated text


def test_lines_repeated_within_one_page_stay() -> None:
    answers = ["Apakah ASN boleh hadir di kampanye sebagai peserta?", "Tidak boleh.",
               "Apakah ASN boleh memberi tanda suka pada unggahan calon?", "Tidak boleh."]
    assert extract(page(PARAGRAPHS + answers)).text.split("\n") == PARAGRAPHS + answers


def test_a_lead_repeated_on_the_next_page_is_taken_once() -> None:
    second = ["SEMARANG – Pemerintah Kota Semarang meminta seluruh aparatur sipil negara menjaga netralitas "
              "selama tahapan pemilu berlangsung, termasuk di media sosial pribadi.",
              "Di halaman kedua, sekda menjelaskan tata cara pelaporan pelanggaran oleh warga."]
    pages = [RawPage(url=URL, html=page(PARAGRAPHS).encode("utf-8")),
             RawPage(url=URL + "?page=2", html=page(second).encode("utf-8"), page_no=2)]
    text = extract_article(pages, article_id="a1", url=URL, source_id="contoh").text
    assert text.split("\n") == PARAGRAPHS + second[1:]


def test_a_hidden_copy_of_the_body_is_not_read_twice() -> None:
    hidden = '<div style="display: none">' + "".join(f"<p>{p}</p>" for p in PARAGRAPHS) + "</div>"
    html = page(PARAGRAPHS).replace("</article>", f"</article>{hidden}")
    assert extract(html).text.split("\n") == PARAGRAPHS


# --------------------------------------------------------------------------- boilerplate kinds


def test_contact_lines_go_but_a_sentence_that_gives_an_address_stays() -> None:
    news = "Warga dapat melapor ke posko pengaduan atau menulis ke lapor@bawaslu-contoh.example kapan saja."
    body = [PARAGRAPHS[0], news, "Redaksi: redaksi[at]contoh.example", "hubungi : iklan@contoh.example"]
    assert extract(page(body)).text.split("\n") == [PARAGRAPHS[0], news]


def test_promos_for_the_outlets_videos_and_other_sections_go() -> None:
    promos = ['Simak Video "Suasana Apel Netralitas di Balai Kota"', "Yuk, simak juga video ini!",
              "Simak Berita Populer Lainnya"]
    assert extract(page(PARAGRAPHS + promos)).text.split("\n") == PARAGRAPHS


def test_a_list_of_dated_headline_links_goes() -> None:
    dated = "".join(f'<div>Senin, 04/03/2024 0{i}:15 WIB <a href="/berita/2024/03/04/lain-{i}">Judul Berita '
                    f"Lain yang Tidak Terkait Nomor {i}</a></div>" for i in range(4))
    html = page(PARAGRAPHS).replace("</article>", f"<div>{dated}</div></article>")
    assert extract(html).text.split("\n") == PARAGRAPHS


def test_a_paragraph_wrapped_with_a_related_link_is_no_teaser() -> None:
    wrapped = (f'<div class="para"><p>{PARAGRAPHS[0]}</p><p>Baca juga: <a href="/berita/2024/03/03/lain">'
               "Bawaslu Temukan Baliho Calon di Kantor Kelurahan</a></p></div>")
    html = page([]).replace('<div class="body"></div>',
                            f'<div class="body">{wrapped}<p>{PARAGRAPHS[1]}</p><p>{PARAGRAPHS[2]}</p></div>')
    assert extract(html).text.split("\n") == PARAGRAPHS


def test_a_related_link_with_its_own_description_goes() -> None:
    related = ('Baca juga: <a href="/berita/2024/03/03/lain">Bawaslu Temukan Baliho Calon di Kantor Kelurahan</a> '
               "— pengawas menurunkan baliho itu bersama satpol PP pada sore harinya.")
    assert extract(page([PARAGRAPHS[0], related, *PARAGRAPHS[1:]])).text.split("\n") == PARAGRAPHS
