"""A ban that denies unrest happens ("jangan sampai terjadi perpecahan", "jangan ada keributan karena beda pilihan",
"jangan sampai terjadi kekosongan"), after a sentence that addresses civil servants, forbids no one's conduct: the read
half counts none of the 3 (3 outlets). A ban on a conflict of interest, on a violation, on civil servants who do
something or on their own conduct that stirs unrest stays a prohibition, and so does a rule's modal that denies unrest
("Tidak boleh ada pertikaian ...", as the read gold counts its one such sentence). Sentences are our own; all are
analysed in one batch."""

from __future__ import annotations

import pytest

from tests.nlp.probes import indexed, sentence_kinds

CONTEXT = "Bupati mengimbau seluruh ASN menjaga netralitas dalam Pilkada 2024 di Kabupaten Sleman."
PR = {"prohibition"}

# (the sentence after CONTEXT, the directive kinds the analysis must give in it)
FORMS: list[tuple[str, set[str]]] = [
    ("Jangan sampai terjadi perpecahan di tengah masyarakat.", set()),
    ("\"Jangan sampai terjadi konflik antarwarga,\" ujarnya.", set()),
    ("Jangan sampai terjadi kekosongan pelayanan selama cuti bersama.", set()),
    ("Jangan sampai ada kericuhan saat pemungutan suara.", set()),
    ("Jangan ada keributan karena beda pilihan.", set()),
    ("Jangan sampai muncul lagi ketegangan antarpendukung setelah penetapan hasil.", set()),
    # the look-alikes
    ("Jangan sampai terjadi pelanggaran netralitas di lingkungan pemkab.", PR),
    ("Jangan sampai ada konflik kepentingan dalam pelayanan.", PR),
    ("Jangan sampai ada ASN yang ikut kampanye.", PR),
    ("ASN jangan memicu keributan di media sosial.", PR),
    ("Tidak boleh ada pertikaian antarpegawai selama tahapan pilkada.", PR),
]


@pytest.fixture(scope="module")
def analysed(analyse_all) -> list:
    """Every probe analysed in one call."""
    return analyse_all([f"{CONTEXT} {text}" for text, _ in FORMS], published="2024-10-07")


@pytest.mark.parametrize(("k", "text", "kinds"), indexed(FORMS, lambda v: v[0][:64]))
def test_unrest_denied_forbids_no_one(analysed: list, k: int, text: str, kinds: set[str]) -> None:
    assert sentence_kinds(analysed[k], text) == kinds
