"""Probe list of hopes whose content opens with a longer adjunct and no comma ("berharap melalui surat edaran itu
seluruh pegawai ...", "berharap dengan adanya rapat ini ASN ...", "berharap dengan diterbitkannya edaran ini para
PNS ..."): whom the hope is about is named after the adjunct, and a verb made a noun heading it ("adanya",
"diterbitkannya") is not what is hoped. Negatives: the same adjunct followed by the contest, the public or everyone,
and civil servants named only inside the adjunct ("dengan adanya sanksi bagi ASN", "melalui pengawasan netralitas
ASN"). Sentences are our own; all are analysed in one batch."""

from __future__ import annotations

import pytest

from tests.nlp.probes import indexed

A = {"appeal"}

# (text, the directive kinds the analysis must give)
FORMS: list[tuple[str, set[str]]] = [
    ("Kepala BKN berharap melalui surat edaran tersebut seluruh pegawai tidak ikut kampanye pada Pemilu 2024.", A),
    ("Menteri berharap dengan adanya rapat koordinasi ini ASN di daerah bisa bersikap netral pada Pemilu 2024.", A),
    ("Ketua KASN berharap dengan diterbitkannya edaran ini para PNS tidak mengunggah dukungan pada Pemilu 2024.", A),
    ("Sekjen berharap lewat kegiatan sosialisasi hari ini semua ASN menjauhi politik praktis pada Pemilu 2024.", A),
    ("Menteri berharap dengan adanya rapat koordinasi ini Pemilu 2024 berjalan damai.", set()),
    ("Kepala BKN berharap melalui surat edaran tersebut warga ikut mengawasi Pemilu 2024.", set()),
    ("Menteri berharap dengan diterbitkannya edaran ini semua pihak menjaga kondusivitas Pemilu 2024.", set()),
    ("Menteri berharap dengan adanya pengawasan netralitas ASN Pemilu 2024 berjalan jujur.", set()),
    ("Menteri berharap dengan adanya pengawasan terhadap ASN, Pemilu 2024 berjalan jujur.", set()),
]


@pytest.fixture(scope="module")
def analysed(analyse_all) -> list:
    """Every probe analysed in one call."""
    return analyse_all([text for text, _ in FORMS], published="2024-01-10")


@pytest.mark.parametrize(("k", "text", "kinds"), indexed(FORMS, lambda v: v[0][:64]))
def test_a_hope_past_a_longer_adjunct_asks_those_named_after(analysed: list, k: int, text: str,
                                                            kinds: set[str]) -> None:
    assert {d.kind for d in analysed[k].directives} == kinds
