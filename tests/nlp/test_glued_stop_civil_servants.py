"""A speaker's degree or a list's close written with its full stop ("M.Si.", "dll.") ends the sentence before the
civil servants a story is about or a word opening what they are told ("ASN", "PNS", "Jangan", "Diharapkan"): none of
them is anyone's name. A list item's letter after a mark ("melibatkan: a. ASN") opens its item and ends nothing.
Stories written for this test."""

from __future__ import annotations

import pytest

LEAD = "Apel pagi di halaman kantor bupati membahas netralitas pegawai menjelang Pilkada 2024. "

# (story, the opening words of the directive's sentence)
SPLIT = [
    (LEAD + "Apel dipimpin Kepala BKPSDM Kabupaten Kendal Drs. Hartono Wibisono, M.Si. ASN diminta tidak memasang "
     "atribut pasangan calon.", "ASN diminta"),
    (LEAD + "Amanat dibacakan Sekda Kabupaten Wonogiri Haryono Putro, S.Sos., M.M. Jangan sampai ada pegawai yang "
     "ikut kampanye, tegasnya.", "Jangan sampai"),
    (LEAD + "Materi disampaikan Inspektur Kabupaten Blora Dr. Wulan Sari, M.Pd. Diharapkan seluruh pegawai menjaga "
     "sikap netral.", "Diharapkan"),
    (LEAD + "Pegawai tidak boleh memasang spanduk, stiker, baliho, dll. PNS yang melanggar akan dikenai sanksi "
     "disiplin.", "PNS yang melanggar"),
]

# a list item's letter after a colon or a semicolon goes on with its item
KEPT = [
    (LEAD + "Aturan itu menyebut pelaksana kampanye dilarang melibatkan: a. ASN; b. kepala desa; c. perangkat desa.",
     "perangkat desa"),
]


@pytest.fixture(scope="module")
def analysed(analyse_all) -> dict[str, object]:
    texts = [t for t, _ in SPLIT + KEPT]
    return dict(zip(texts, analyse_all(texts, published="2024-10-07")))


@pytest.mark.parametrize(("text", "opening"), SPLIT, ids=[c[1] for c in SPLIT])
def test_stop_before_civil_servants_ends_sentence(analysed: dict, text: str, opening: str) -> None:
    sentences = [d.sentence for d in analysed[text].directives]
    assert any(s.startswith(opening) for s in sentences), sentences


@pytest.mark.parametrize(("text", "tail"), KEPT, ids=[c[1] for c in KEPT])
def test_item_letter_keeps_its_item(doc_of, text: str, tail: str) -> None:
    sentences = [s.text for s in doc_of(text).sents]
    assert any(s.startswith("Aturan itu") and tail in s for s in sentences), sentences
