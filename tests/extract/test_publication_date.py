"""The publication date: every reading of the page (declared in JSON-LD or meta tags,
the visible line at the headline, the URL, htmldate), the day most of them agree on,
its source, the page's own offset in published_at and the Jakarta day in published_date."""

from __future__ import annotations

from datetime import date, datetime, timedelta, timezone

from pipeline.extract import extract_article
from pipeline.records import RawPage

BODY = "".join(f"<p>{p}</p>" for p in [
    "Pegawai negeri di lingkungan pemerintah kota diminta tidak memberi tanda suka pada unggahan "
    "kampanye pasangan calon di media sosial selama masa kampanye berlangsung.",
    "Imbauan itu disampaikan dalam apel pagi dan akan disusul dengan surat edaran yang ditandatangani "
    "sekretaris daerah pada pekan yang sama.",
])
EST = timezone(timedelta(hours=-5))


def extract(head: str = "", line: str = "", url: str = "https://contoh.example/asn-diminta-netral",
            body: str = BODY, province: str | None = None):
    html = (f'<!DOCTYPE html><html lang="id"><head><meta charset="utf-8"><title>ASN Diminta Netral</title>{head}'
            f"</head><body><main><h1>ASN Diminta Netral</h1>{line}{body}</main></body></html>")
    return extract_article([RawPage(url=url, html=html.encode("utf-8"))], article_id="a", url=url,
                           source_id="contoh", source_province=province)


def meta(value: str) -> str:
    return f'<meta property="article:published_time" content="{value}">'


def test_each_source_is_named() -> None:
    ld = '<script type="application/ld+json">{"@type": "NewsArticle", "datePublished": "2024-03-04"}</script>'
    assert extract(head=ld).date_source == "jsonld"
    assert extract(head=meta("2024-03-04T10:00:00+07:00")).date_source == "meta"
    assert extract(line="<div>Senin, 4 Maret 2024 10:00 WIB</div>").date_source == "visible"
    assert extract(url="https://contoh.example/2024/03/04/asn-diminta-netral").date_source == "url"
    assert extract(url="https://contoh.example/24/03/04/asn-diminta-netral").published_date == date(2024, 3, 4)


def test_htmldate_is_asked_when_the_page_gives_pantau_nothing_it_reads() -> None:
    canonical = '<link rel="canonical" href="https://contoh.example/2024/03/04/asn-diminta-netral">'
    article = extract(head=canonical)
    assert (article.published_date, article.date_source) == (date(2024, 3, 4), "htmldate")


def test_a_date_only_named_in_a_sentence_of_the_body_is_an_event_not_the_publication() -> None:
    body = BODY + ("<p>Apel itu digelar di halaman balai kota pada Senin (4/3/2024) dan diikuti seluruh "
                   "kepala dinas serta camat.</p>")
    article = extract(body=body)
    assert (article.published_date, article.date_source) == (None, "not_found")


def test_the_day_most_readings_agree_on_wins() -> None:
    # the metadata says 1 March, the line at the headline and the URL say 4 March
    article = extract(head=meta("2024-03-01T08:00:00+07:00"), line="<div>Senin, 4 Maret 2024 10:00 WIB</div>",
                      url="https://contoh.example/2024/03/04/asn-diminta-netral")
    assert (article.published_date, article.date_source) == (date(2024, 3, 4), "visible")


def test_on_a_tie_the_declared_date_wins() -> None:
    article = extract(head=meta("2024-03-01T08:00:00+07:00"), line="<div>Senin, 4 Maret 2024 10:00 WIB</div>")
    assert (article.published_date, article.date_source) == (date(2024, 3, 1), "meta")


def test_an_updated_line_is_not_taken_for_the_publication() -> None:
    lines = "<div>Diperbarui Selasa, 5 Maret 2024 09:00 WIB</div><div>Senin, 4 Maret 2024 10:00 WIB</div>"
    assert extract(line=lines).published_date == date(2024, 3, 4)


def test_an_element_classed_as_the_update_is_not_the_publication_even_in_a_posted_on_line() -> None:
    line = ('<span class="posted-on"><time class="updated" datetime="2024-03-06T08:00:00+07:00">6 Maret 2024</time>'
            '<time class="entry-date published" datetime="2024-03-04T10:00:00+07:00">4 Maret 2024</time></span>')
    assert extract(line=line).published_date == date(2024, 3, 4)


def test_the_day_a_time_element_prints_wins_over_its_machine_readable_attribute() -> None:
    line = '<time datetime="2024-03-07T10:00:00Z">Terbit 4 Maret 2024</time>'
    assert extract(line=line).published_date == date(2024, 3, 4)
    same_day = '<time datetime="2024-03-04T10:00:00+08:00">4 Maret 2024</time>'
    assert extract(line=same_day).published_at == datetime(2024, 3, 4, 10, 0, tzinfo=timezone(timedelta(hours=8)))


def test_a_date_line_classed_as_a_date_may_print_a_two_digit_year() -> None:
    article = extract(line='<div class="date">Politik, 04.03.24</div>')
    assert (article.published_date, article.date_source) == (date(2024, 3, 4), "visible")


def test_a_dateline_opening_the_first_paragraph_is_the_publication_not_an_event() -> None:
    body = ("<p>Semarang, 04.03.2024 – Pegawai negeri di lingkungan pemerintah kota diminta tidak memberi "
            "tanda suka pada unggahan kampanye pasangan calon di media sosial.</p>") + BODY
    article = extract(body=body)
    assert (article.published_date, article.date_source) == (date(2024, 3, 4), "htmldate")


def test_published_at_keeps_the_pages_offset_and_published_date_is_the_day_in_jakarta() -> None:
    article = extract(head=meta("2024-03-04T22:30:00-05:00"))
    assert article.published_at == datetime(2024, 3, 4, 22, 30, tzinfo=EST)
    assert article.published_at.utcoffset() == timedelta(hours=-5)
    assert article.published_date == date(2024, 3, 5)


def test_a_utc_timestamp_takes_the_offset_of_the_line_that_prints_the_same_moment() -> None:
    # the metadata in UTC, the page's line in its own clock without zone: one moment, printed at -05:00
    article = extract(head=meta("2024-03-05T03:30:00Z"), line="<div>March 4, 2024 10:30 pm</div>")
    assert article.published_at == datetime(2024, 3, 4, 22, 30, tzinfo=EST)
    assert article.published_at.utcoffset() == timedelta(hours=-5)


def test_a_time_without_zone_is_read_in_the_outlets_zone_and_a_written_zone_wins() -> None:
    assert extract(line="<div>Senin, 4 Maret 2024 23:30</div>", province="Bali").published_date == date(2024, 3, 4)
    written = extract(line="<div>Senin, 4 Maret 2024 23:30 GMT</div>", province="Bali")
    assert written.published_at.utcoffset() == timedelta(0) and written.published_date == date(2024, 3, 5)


def test_a_time_printed_without_zone_takes_the_zone_the_page_writes_for_it_elsewhere() -> None:
    # the date line has no zone; the page's JSON-LD gives the same time at +01:00
    ld = ('<script type="application/ld+json">{"@type": "WebPage", '
          '"dateCreated": "2024-03-04T06:00:00+01:00"}</script>')
    article = extract(head=ld, line="<div>Senin, 4 Maret 2024 06:00</div>")
    assert article.published_at == datetime(2024, 3, 4, 6, 0, tzinfo=timezone(timedelta(hours=1)))


def test_json_ld_without_a_type_attribute_or_with_comment_lines_is_read() -> None:
    untyped = ('<script>{"@context": "https://schema.org", "@type": "NewsArticle", '
               '"datePublished": "2024-03-04"}</script>')
    commented = ('<script type="application/ld+json">{\n"@type": "NewsArticle",\n// "wordCount": "",\n'
                 '"datePublished": "2024-03-04T15:05:21+08:00", // waktu terbit\n'
                 '"headline": "ASN Diminta Netral"\n}</script>')
    assert extract(head=untyped).date_source == "jsonld"
    assert extract(head=commented).published_at.utcoffset() == timedelta(hours=8)


def test_json_ld_dates_nested_in_the_page_object_or_followed_by_a_stray_brace_are_read() -> None:
    nested = ('<script type="application/ld+json">{"@type": "NewsArticle", "mainEntityOfPage": '
              '{"@type": "WebPage", "datePublished": "2024-03-04T10:00:00+07:00"}}}</script>')
    assert (extract(head=nested).published_date, extract(head=nested).date_source) == (date(2024, 3, 4), "jsonld")


def test_a_blogs_web_page_json_ld_dates_the_page_when_no_article_object_does() -> None:
    graph = ('<script type="application/ld+json">{"@context": "https://schema.org", "@graph": ['
             '{"@type": "WebSite", "name": "Contoh"}, '
             '{"@type": "WebPage", "datePublished": "2024-03-04T10:00:00+07:00"}]}</script>')
    article = extract(head=graph, line="<ul><li>Tanggal foto: 01/02/2024</li></ul>")
    assert (article.published_date, article.date_source) == (date(2024, 3, 4), "jsonld")
