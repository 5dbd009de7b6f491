"""A one-word name opened by an honorific or rank ("H. Baharuddin, Kepala Desa X", "dipimpin oleh Hj. Nurmiati Camat
X") names the holder of the title after it, at a sentence's start as after a comma: many holders in Sulawesi and
Kalimantan go by one name, and the honorific marks it as a person's. Without an honorific, or where the word after it
is itself a title ("Bapak Camat, Kepala Desa ..."), no holder is read."""

from __future__ import annotations

import datetime as dt

import pytest

from pipeline.nlp import analyse
from pipeline.records import Article

CONTEXT = "Seluruh ASN diminta menjaga netralitas selama Pilkada 2024. "


def _officials(text: str) -> list[tuple[str, str | None]]:
    art = Article(article_id="h", url="http://example.test/h", source_id="t", title=None, published_at=None,
                  published_date=dt.date(2024, 9, 1), author=None, text=CONTEXT + text, source_province=None)
    return [(o.name, o.role) for o in next(iter(analyse([art]))).officials]


@pytest.mark.parametrize("text, name, role", [
    ("H. Baharuddin, Kepala Desa Bontobahari, mengatakan aparat desa tidak akan berpihak.",
     "Baharuddin", "Kepala Desa Bontobahari"),
    ("Drs. Syamsul, Kepala BKPSDM Bone, meminta pegawai tidak ikut berkampanye.",
     "Syamsul", "Kepala BKPSDM Bone"),
    ("Sosialisasi itu dibuka oleh Hj. Rosdiana Kepala Dinas Pendidikan Sidrap di aula kantor.",
     "Rosdiana", "Kepala Dinas Pendidikan Sidrap"),
    ("Rapat dipimpin oleh Hj. Nurmiati Camat Bontobahari.", "Nurmiati", "Camat Bontobahari"),
])
def test_honorific_opens_one_word_holder(text: str, name: str, role: str) -> None:
    assert (name, role) in _officials(text)


@pytest.mark.parametrize("text", [
    # the word after the honorific is a title, not a name
    "Undangan ditujukan kepada Bapak Camat, Kepala Desa dan Ketua BPD se-Kecamatan Bontobahari.",
    "Yth. Bapak Bupati, Kepala Dinas Pendidikan Kabupaten Bone dan para camat hadir.",
    # no honorific: one capitalised word at a sentence's start before a title is no name
    "Pagi, Kepala Desa Bontobahari membuka rapat warga.",
])
def test_no_holder_without_honoured_name(text: str) -> None:
    assert _officials(text) == []
