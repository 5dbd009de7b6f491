"""The frontier: what a backfill read and found survives it, per window, and nothing read is read again."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from crawlers.frontier import ArchiveLink, ArchivePage, Frontier, window_key

FEB = window_key(date(2024, 2, 1), date(2024, 2, 29))
WIDER = window_key(date(2024, 1, 1), date(2024, 3, 31))


def _day_page(day: int) -> ArchivePage:
    d = date(2024, 2, day)
    return ArchivePage(f"https://warta.test/indeks/2024-02-{day:02d}", "warta", "listing", d, d)


def _link(url: str, found_on: str, state: str = "queued") -> ArchiveLink:
    return ArchiveLink(url, "warta", found_on, "archive-listing", "Judul", None, date(2024, 2, 14), "2024-02", 3,
                       state)


def test_a_page_is_done_together_with_its_links_and_next_pages(tmp_path: Path):
    with Frontier(tmp_path / "raw.sqlite", FEB) as frontier:
        page = _day_page(14)
        frontier.plan([page, _day_page(15)])
        frontier.plan([page])  # planning again adds nothing
        assert len(frontier.pending_pages(["warta"])) == 2
        second = ArchivePage(page.url + "?page=2", "warta", "listing", page.period_start, page.period_end, 2, page.url)
        frontier.page_done(page.url, [_link("https://warta.test/read/1/", page.url),
                                      _link("https://warta.test/read/2/", page.url, "filtered")], [second])
    with Frontier(tmp_path / "raw.sqlite", FEB) as again:  # a new process, as after a kill
        assert {p.url for p in again.pending_pages(["warta"])} == {_day_page(15).url, second.url}
        assert [link.url for link in again.links(["warta"], "queued")] == ["https://warta.test/read/1/"]
        assert [link.url for link in again.links(["warta"], "filtered")] == ["https://warta.test/read/2/"]
        assert again.pending_pages(["other"]) == []


def test_filtered_links_can_be_queued_again(tmp_path: Path):
    with Frontier(tmp_path / "raw.sqlite", FEB) as frontier:
        page = _day_page(14)
        frontier.plan([page])
        frontier.page_done(page.url, [_link("https://warta.test/read/2/", page.url, "filtered")], [])
        (filtered,) = frontier.links(["warta"], "filtered")
        frontier.requeue([filtered])
        assert [link.url for link in frontier.links(["warta"], "queued")] == [filtered.url]


def test_a_gone_page_or_link_is_not_asked_for_again(tmp_path: Path):
    with Frontier(tmp_path / "raw.sqlite", FEB) as frontier:
        page = _day_page(14)
        frontier.plan([page])
        frontier.page_done(page.url, [_link("https://warta.test/read/1/", page.url)], [])
        frontier.plan([_day_page(15)])
        frontier.page_gone(_day_page(15).url)
        frontier.link_gone("https://warta.test/read/1/")
        assert frontier.pending_pages(["warta"]) == []
        assert frontier.links(["warta"], "queued") == []


def test_a_closed_day_read_for_one_window_is_not_read_again_for_another(tmp_path: Path):
    with Frontier(tmp_path / "raw.sqlite", FEB) as february:
        page = _day_page(14)  # read long after the 14th: that day's index no longer changes
        february.plan([page])
        february.page_done(page.url, [_link("https://warta.test/read/1/", page.url)], [])
    with Frontier(tmp_path / "raw.sqlite", WIDER) as wider:
        wider.plan([_day_page(14), _day_page(15)])
        assert [p.url for p in wider.pending_pages(["warta"])] == [_day_page(15).url]
        assert [link.url for link in wider.links(["warta"], "queued")] == ["https://warta.test/read/1/"]


def test_an_undated_page_is_read_again_for_another_window(tmp_path: Path):
    tag = ArchivePage("https://warta.test/tag/netralitas-asn", "warta", "topic")
    with Frontier(tmp_path / "raw.sqlite", FEB) as february:
        february.plan([tag])
        february.page_done(tag.url, [], [])
    with Frontier(tmp_path / "raw.sqlite", WIDER) as wider:
        wider.plan([tag])
        assert [p.url for p in wider.pending_pages(["warta"])] == [tag.url]
