"""Archive URL templates: expanded per day, month or year and per search term; dates read from sitemap names."""

from __future__ import annotations

from datetime import date

import pytest

from crawlers.archive import TemplateError, parse_template, period_in_url, periods, slugify


def test_a_daily_index_is_expanded_for_each_day():
    template = parse_template("/indeks/{date:%Y-%m-%d}")
    assert template.unit == "day"
    assert template.render(date(2024, 2, 14)) == "/indeks/2024-02-14"


def test_a_date_in_the_query_string_is_percent_encoded_whole():
    template = parse_template("/indeks?date={date:%m/%d/%Y}")
    assert template.render(date(2024, 2, 4)) == "/indeks?date=02%2F04%2F2024"


def test_a_date_in_the_path_keeps_its_slashes_and_may_drop_leading_zeros():
    assert parse_template("/arsip/{date:%Y/%m}/").render(date(2024, 2, 1)) == "/arsip/2024/02/"
    assert parse_template("/index-news?date={date:%Y-%-m-%-d}").render(date(2024, 2, 4)) == "/index-news?date=2024-2-4"


def test_the_end_placeholder_is_the_last_day_of_the_period_the_date_names():
    daily = parse_template("/indeks?start={date:%Y-%m-%d}&end={end:%Y-%m-%d}")
    assert daily.unit == "day"
    assert daily.render(date(2024, 2, 29)) == "/indeks?start=2024-02-29&end=2024-02-29"
    monthly = parse_template("/arsip?dari={date:%Y-%m}-01&sampai={end:%Y-%m-%d}")
    assert monthly.unit == "month"
    assert monthly.render(date(2024, 2, 1)) == "/arsip?dari=2024-02-01&sampai=2024-02-29"


def test_search_terms_are_encoded_for_where_they_stand():
    assert parse_template("/cari?q={query}").render(term="netralitas ASN") == "/cari?q=netralitas+ASN"
    assert parse_template("/search/{query}").render(term="netralitas ASN") == "/search/netralitas%20ASN"
    assert parse_template("/tag/{slug}").render(term="ASN Tidak Netral!") == "/tag/asn-tidak-netral"
    assert slugify("  Netralitas  PNS ") == "netralitas-pns"


@pytest.mark.parametrize("text, says", [
    ("/indeks/{tanggal}", "unknown placeholder"),
    ("/indeks/{date:%A}", "unsupported date code %A"),
    ("/indeks/{date:tanggal}", "names no date part"),
    ("/cari?q={query:x}", "takes no format"),
    ("/indeks/{date:%Y}}", "unbalanced braces"),
    ("/indeks?sampai={end:%Y-%m-%d}", "without"),
])
def test_a_broken_template_says_what_is_wrong(text: str, says: str):
    with pytest.raises(TemplateError, match=says):
        parse_template(text)


def test_periods_cover_the_window_whole_periods_oldest_first():
    days = list(periods(date(2024, 2, 27), date(2024, 3, 2), "day"))
    assert [d for d, _ in days] == [date(2024, 2, 27), date(2024, 2, 28), date(2024, 2, 29), date(2024, 3, 1),
                                    date(2024, 3, 2)]
    months = list(periods(date(2023, 12, 15), date(2024, 2, 3), "month"))
    assert months == [(date(2023, 12, 1), date(2023, 12, 31)), (date(2024, 1, 1), date(2024, 1, 31)),
                      (date(2024, 2, 1), date(2024, 2, 29))]
    assert list(periods(date(2024, 6, 1), date(2024, 6, 1), "year")) == [(date(2024, 1, 1), date(2024, 12, 31))]


@pytest.mark.parametrize("url, span", [
    ("https://x.id/sitemap-2024-02.xml", (date(2024, 2, 1), date(2024, 2, 29))),
    ("https://x.id/sitemap/2024/02/14.xml", (date(2024, 2, 14), date(2024, 2, 14))),
    ("https://x.id/sitemap_20240214.xml", (date(2024, 2, 14), date(2024, 2, 14))),
    ("https://x.id/post-sitemap-2023.xml", (date(2023, 1, 1), date(2023, 12, 31))),
    ("https://x.id/sitemap.xml?yyyy=2024&mm=02", None),  # no date written as one
    ("https://x.id/post-sitemap12.xml", None),
    ("https://x.id/sitemap-123456789.xml", None),
    ("https://x.id/sitemap-2024-13.xml", (date(2024, 1, 1), date(2024, 12, 31))),  # 2024, part 13
])
def test_the_period_a_sitemap_name_gives(url: str, span):
    assert period_in_url(url) == span
