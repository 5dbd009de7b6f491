"""The name a holder goes by, set between his own name and his title by "yang akrab disapa" and the like ("Budi
Santoso, yang akrab disapa Pak Bud, selaku Kepala ..."), is not his name: the name before it is, and the one he goes
by points back to him when it later comes with a title. Without those words the name before the title stays his."""

from __future__ import annotations

import datetime as dt

import pytest

from pipeline.nlp import analyse
from pipeline.records import Article

CONTEXT = "Seluruh ASN diminta menjaga netralitas selama Pilkada 2024. "


def _officials(text: str) -> list[tuple[str, str | None]]:
    art = Article(article_id="c", url="http://example.test/c", source_id="t", title=None, published_at=None,
                  published_date=dt.date(2024, 9, 1), author=None, text=CONTEXT + text, source_province=None)
    return [(o.name, o.role) for o in next(iter(analyse([art]))).officials]


@pytest.mark.parametrize("text, name, role", [
    ("Wahyu Prasetyo, yang akrab disapa Mas Yoyok, selaku Kepala BKPSDM Kabupaten Klaten mengingatkan pegawai agar "
     "tidak memihak.", "Wahyu Prasetyo", "Kepala BKPSDM Kabupaten Klaten"),
    ("Wahyu Prasetyo atau yang biasa dipanggil Mas Yoyok selaku Kepala BKPSDM Kabupaten Klaten mengingatkan pegawai "
     "agar tidak memihak.", "Wahyu Prasetyo", "Kepala BKPSDM Kabupaten Klaten"),
    ("Dewi Lestari, yang kerap disapa Bu Dewi, Sekretaris Daerah Kabupaten Klaten, meminta pegawai menjaga sikap.",
     "Dewi Lestari", "Sekretaris Daerah Kabupaten Klaten"),
    ("Dewi Lestari atau yang sering disapa Bu Dewi sebagai Sekretaris Daerah Kabupaten Klaten meminta pegawai "
     "menjaga sikap.", "Dewi Lestari", "Sekretaris Daerah Kabupaten Klaten"),
])
def test_own_name_before_the_called_one(text: str, name: str, role: str) -> None:
    assert _officials(text) == [(name, role)]


def test_called_name_points_back_to_the_holder() -> None:
    text = ("Bupati Klaten Wahyu Prasetyo, yang akrab disapa Mas Yoyok, meminta pegawai tidak berkampanye. "
            "Di akhir apel, Bupati Mas Yoyok kembali mengingatkan sanksinya.")
    assert _officials(text) == [("Wahyu Prasetyo", "Bupati Klaten")]


@pytest.mark.parametrize("text, name, role", [
    # no called words: the name right before the title is the holder's
    ("Wahyu Prasetyo selaku Kepala BKPSDM Kabupaten Klaten mengingatkan pegawai agar tidak memihak.",
     "Wahyu Prasetyo", "Kepala BKPSDM Kabupaten Klaten"),
    # the called name after the title still names the holder where no name stands before it
    ("Menurut Pj Bupati Klaten yang biasa dipanggil Yoyok itu, pegawai harus menjaga jarak dari peserta pilkada.",
     "Yoyok", "Pj Bupati Klaten"),
])
def test_names_without_called_words_unchanged(text: str, name: str, role: str) -> None:
    assert _officials(text) == [(name, role)]


def test_other_bupati_without_called_words_stays_apart() -> None:
    text = ("Bupati Klaten Wahyu Prasetyo meminta pegawai tidak berkampanye. "
            "Di akhir apel, Bupati Mas Yoyok kembali mengingatkan sanksinya.")
    assert [n for n, _ in _officials(text)] == ["Wahyu Prasetyo", "Mas Yoyok"]
