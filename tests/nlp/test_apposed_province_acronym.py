"""A province set off by commas between a regional title and its holder may carry its acronym in brackets
("Bupati X, Provinsi Y (Acr), Nama, ..."), as news agencies write it; the holder after it is still the title's."""

from __future__ import annotations

import datetime as dt

from pipeline.nlp import analyse
from pipeline.records import Article

CONTEXT = "Pegawai negeri diminta menjaga netralitas menjelang Pilkada 2024. "


def _officials(text: str) -> list[tuple[str, str | None]]:
    art = Article(article_id="p", url="http://example.test/p", source_id="t", title=None, published_at=None,
                  published_date=dt.date(2024, 9, 1), author=None, text=CONTEXT + text, source_province=None)
    return [(o.name, o.agency) for o in next(iter(analyse([art]))).officials]


def test_holder_after_province_with_acronym() -> None:
    assert _officials("Penjabat Bupati Majene, Provinsi Sulawesi Barat (Sulbar), Rahmat Hidayat Saleh, meminta "
                      "pegawai tidak berpihak.") == [("Rahmat Hidayat Saleh", "Pemerintah Kabupaten Majene")]


def test_holder_after_province_acronym_without_level_word() -> None:
    assert _officials("Ketua Bawaslu Sleman, Daerah Istimewa Yogyakarta (DIY), Joko Santosa, mengimbau pegawai "
                      "menjauhi kampanye.") == [("Joko Santosa", "Bawaslu Kabupaten Sleman")]


def test_province_with_acronym_then_no_name() -> None:
    assert [name for name, _ in _officials("Penjabat Bupati Majene, Provinsi Sulawesi Barat (Sulbar), meminta "
                                           "pegawai tidak berpihak.")] == []
