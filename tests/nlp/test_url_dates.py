"""A story that reaches analysis without a publication date is dated for its contest by the day in its URL.

Pages filed under a dated path ('/2020/11/05/', '/20190410/', '/2017-02-10/') or a month ('/2020/10/', as
WordPress files posts) were published on or about then, so a contest named without its year ('pilkada serentak')
is the one of that year, as for a printed date. The URL's day resolves no weekday date ('Rabu (4/11)'): the
yardstick's gold dates such days only from a printed publication date. A printed date wins over the URL; a URL
without a valid date changes nothing. The stories were written for this list, not taken from any article.
"""

from __future__ import annotations

from datetime import date

import pytest

from pipeline.dates import url_date, url_month
from pipeline.nlp import analyse
from pipeline.records import Article

# (url, text, printed publication date, expected election key, expected event dates)
PROBES: list[tuple[str, str, str | None, str, list[str]]] = [
    ("https://warta.example/2020/11/05/asn-netral", "Bupati meminta ASN netral pada pilkada serentak. Apel digelar "
     "Rabu (4/11).", None, "pilkada-2020", []),
    ("https://warta.example/berita/2018/06/20/pns-dilarang", "PNS dilarang ikut kampanye pemilihan gubernur. Sanksi "
     "menanti pelanggar.", None, "pilkada-2018", []),
    ("https://warta.example/read/20190410/asn-pemilu", "ASN diminta tidak golput dan netral dalam pemilu serentak.",
     None, "pemilu-2019", []),
    ("https://warta.example/2017-02-10/asn", "ASN harus netral menjelang pilkada serentak pekan depan.", None,
     "pilkada-2017", []),
    ("https://warta.example/2020/11/05/asn-netral", "ASN diminta netral pada pilkada serentak. Apel digelar Rabu "
     "(20/11).", "2024-11-21", "pilkada-2024", ["2024-11-20"]),
    ("https://warta.example/2020/10/pns-diminta-netral", "PNS diminta menjaga netralitas dalam pemilihan bupati.",
     None, "pilkada-2020", []),
    ("https://warta.example/2024/13/45/asn", "ASN diminta netral pada pilkada serentak.", None, "pilkada-2024", []),
]


@pytest.fixture(scope="module")
def analyses(nlp):
    arts = [Article(article_id=str(k), url=url, source_id="test", title=None, published_at=None,
                    published_date=date.fromisoformat(printed) if printed else None, author=None, text=text,
                    source_province=None) for k, (url, text, printed, _, _) in enumerate(PROBES)]
    return list(analyse(arts))


@pytest.mark.parametrize("k", range(len(PROBES)), ids=[p[0].split("/", 3)[3] for p in PROBES])
def test_contest_and_event_dates(analyses, k: int) -> None:
    _, _, _, election, events = PROBES[k]
    assert analyses[k].election == election
    assert [d.isoformat() for d in analyses[k].event_dates] == events


@pytest.mark.parametrize(("url", "day"), [
    ("https://a.example/2020/11/05/x", date(2020, 11, 5)),
    ("https://a.example/read/20190410/x", date(2019, 4, 10)),
    ("https://a.example/x-2017-02-10/y", None),
    ("https://a.example/2024/13/45/x", None),
    ("https://a.example/berita/asn-netral", None),
])
def test_url_date(url: str, day: date | None) -> None:
    assert url_date(url) == day


@pytest.mark.parametrize(("url", "day"), [
    ("https://a.example/2020/10/asn-netral", date(2020, 10, 1)),
    ("https://a.example/2019/4/asn", date(2019, 4, 1)),
    ("https://a.example/2020/13/asn", None),
    ("https://a.example/berita/2020/asn", None),
])
def test_url_month(url: str, day: date | None) -> None:
    assert url_month(url) == day
