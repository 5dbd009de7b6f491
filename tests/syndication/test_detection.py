"""What counts as a syndicated copy, and which copy is the original (no database)."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

import pytest

from pipeline.syndication import (
    JACCARD_THRESHOLD, Doc, Link, find_links, normalise, signature, similarity, strip_dateline,
)

WIB = timezone(timedelta(hours=7))
T0 = datetime(2024, 9, 24, 10, 0, tzinfo=WIB)


def hours(n: float) -> datetime:
    return T0 + timedelta(hours=n)


def links(docs: list[Doc]) -> dict[str, str]:
    return {link.article_id: link.duplicate_of for link in find_links(docs)}


@pytest.mark.parametrize("text, body", [
    ("JAKARTA, KOMPAS.com – Menteri PANRB meminta", "Menteri PANRB meminta"),
    ("Makassar (ANTARA) - Penjabat Gubernur", "Penjabat Gubernur"),
    ("Liputan6.com, Jakarta - Ketua Bawaslu", "Ketua Bawaslu"),
    ("Jakarta, CNN Indonesia -- Badan", "Badan"),
    ("SURABAYA, suarajatim.id — Pj Gubernur", "Pj Gubernur"),
    ("Padang, (Pelita Sumbar) – Kepala", "Kepala"),
])
def test_the_dateline_is_not_part_of_the_story(text: str, body: str) -> None:
    assert strip_dateline(text) == body


def test_a_dash_inside_an_ordinary_opening_sentence_stays() -> None:
    text = "Pemerintah meminta ASN – terutama guru – tetap netral."
    assert strip_dateline(text) == text


def test_case_punctuation_and_quotes_do_not_matter() -> None:
    assert normalise('"Jangan Hadir," kata Hamdani.') == normalise("jangan hadir kata hamdani")


def test_a_lightly_edited_copy_matches(texts: dict[str, str]) -> None:
    # own dateline, "kembali" added, a "Baca juga" line inserted, one paragraph cut
    sim = similarity(signature(texts["original"]), signature(texts["edited_copy"]))
    assert sim >= JACCARD_THRESHOLD + 0.2
    docs = [Doc("kabar/1", texts["original"], hours(0)), Doc("bima/1", texts["edited_copy"], hours(3))]
    assert find_links(docs) == [Link("bima/1", "kabar/1", sim)]


def test_another_article_from_the_same_press_conference_does_not_match(texts: dict[str, str]) -> None:
    # same official, same day, the same four quotes verbatim, but its own reporting
    sim = similarity(signature(texts["original"]), signature(texts["same_press_conference"]))
    assert sim <= JACCARD_THRESHOLD - 0.2
    docs = [Doc("kabar/1", texts["original"], hours(0)), Doc("lain/1", texts["same_press_conference"], hours(1))]
    assert find_links(docs) == []


def test_a_copy_of_a_copy_points_to_the_original(texts: dict[str, str]) -> None:
    docs = [
        Doc("kabar/1", texts["original"], hours(0)),
        Doc("bima/1", texts["edited_copy"], hours(3)),
        Doc("dompu/1", texts["copy_of_copy"], hours(6)),
        Doc("lain/1", texts["same_press_conference"], hours(1)),
    ]
    assert links(docs) == {"bima/1": "kabar/1", "dompu/1": "kabar/1"}


def test_the_earliest_published_copy_is_the_original_whatever_the_order_seen(texts: dict[str, str]) -> None:
    docs = [
        Doc("bima/1", texts["edited_copy"], hours(3)),
        Doc("dompu/1", texts["copy_of_copy"], hours(6)),
        Doc("kabar/1", texts["original"], hours(5)),  # republished the regional story later
    ]
    assert links(docs) == {"kabar/1": "bima/1", "dompu/1": "bima/1"}


def test_equal_publication_times_fall_back_to_fetch_order(texts: dict[str, str]) -> None:
    docs = [
        Doc("b/1", texts["edited_copy"], hours(0), fetched_at=hours(2)),
        Doc("a/1", texts["original"], hours(0), fetched_at=hours(9)),
    ]
    assert links(docs) == {"a/1": "b/1"}


def test_an_undated_copy_never_beats_a_dated_one(texts: dict[str, str]) -> None:
    docs = [Doc("a/1", texts["original"], None, fetched_at=hours(-100)), Doc("b/1", texts["edited_copy"], hours(0))]
    assert links(docs) == {"a/1": "b/1"}


def test_short_texts_are_never_called_copies() -> None:
    stub = "Berita ini sedang diperbarui. Simak terus perkembangannya."
    assert signature(stub) is None
    assert find_links([Doc("a/1", stub, hours(0)), Doc("b/1", stub, hours(1))]) == []
