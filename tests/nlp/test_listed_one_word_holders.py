"""Holders listed with their titles set off by commas: a one-word name after the list's ", dan"/", serta" is the
next holder, as a one-word name between commas already is; a place set off so after ", dan" names no one."""

from __future__ import annotations

import datetime as dt

from pipeline.nlp import analyse
from pipeline.records import Article

CONTEXT = "Sejumlah ASN diperiksa karena diduga tidak netral dalam Pilkada 2024. "


def _officials(text: str) -> list[tuple[str, str | None]]:
    art = Article(article_id="l", url="http://example.test/l", source_id="t", title=None, published_at=None,
                  published_date=dt.date(2024, 9, 1), author=None, text=CONTEXT + text, source_province=None)
    return [(o.name, o.agency) for o in next(iter(analyse([art]))).officials]


def test_one_word_holder_after_list_dan() -> None:
    found = _officials("Yanti Lestari, Kepala Dinas Kesehatan Provinsi Jambi, dan Suparman, Kepala Dinas Sosial "
                       "Provinsi Jambi, ikut dipanggil.")
    assert [name for name, _ in found] == ["Yanti Lestari", "Suparman"]
    assert found[1][1] == "Dinas Sosial Provinsi Jambi"


def test_one_word_holder_after_list_serta() -> None:
    found = _officials("Yanti Lestari, Kepala Dinas Kesehatan Provinsi Jambi, serta Suparman, Kepala Dinas Sosial "
                       "Provinsi Jambi, ikut dipanggil.")
    assert [name for name, _ in found] == ["Yanti Lestari", "Suparman"]


def test_bodies_listed_before_a_title_name_no_holder() -> None:
    assert _officials("Rapat dihadiri Bawaslu, Polres, dan Sekotong, Camat Gerung, serta para kepala desa.") == []
