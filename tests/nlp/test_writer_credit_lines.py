"""Probe list of the lines crediting who wrote or edited a story ('Penulis: Diskominfo', 'Editor: Humas Setda X',
'Pewarta: Rina | Editor: Budi'), which regional press pages print above or below the story: the press office credited
there is no institution of the story. Left alone: the same office named in the story's prose, and the words 'editor'
or 'penulis' used in a sentence without a colon after them. Sentences in our own words, analysed in one batch."""

from __future__ import annotations

import pytest

from tests.nlp.probes import indexed, values

S = "Wakil Bupati Sigi meminta seluruh ASN menjaga netralitas dan tidak hadir dalam kampanye Pilkada 2024."

# (text, a body that must not be listed)
CREDITS = [
    (S + "\nPenulis: Diskominfo Sigi", "Dinas Komunikasi dan Informatika Kabupaten Sigi"),
    (S + "\nEditor : Bawaslu Sigi", "Bawaslu Kabupaten Sigi"),
    ("Pewarta: Tim Diskominfo Sigi | Redaktur: Rina\n" + S, "Dinas Komunikasi dan Informatika Kabupaten Sigi"),
    (S + " Reporter: Diskominfo Sigi", "Dinas Komunikasi dan Informatika Kabupaten Sigi"),
]

# (text, a body that must be listed)
KEPT = [
    (S + " Hal itu disampaikan dalam rapat bersama Diskominfo Sigi.",
     "Dinas Komunikasi dan Informatika Kabupaten Sigi"),
    (S + " Penulis buku panduan dari Bawaslu Sigi juga hadir dalam kegiatan itu.", "Bawaslu Kabupaten Sigi"),
]


@pytest.fixture(scope="module")
def analysed(analyse_all) -> list:
    """Every probe analysed in one call."""
    return analyse_all([values(p)[0] for p in CREDITS + KEPT], published="2024-10-14")


@pytest.mark.parametrize(("k", "text", "body"), indexed(CREDITS, lambda v: v[0][-30:]))
def test_a_writer_credit_names_no_body(analysed: list, k: int, text: str, body: str) -> None:
    assert body not in {m.agency for m in analysed[k].agencies}


@pytest.mark.parametrize(("k", "text", "body"), indexed(KEPT, lambda v: v[0][-40:]))
def test_the_body_in_prose_is_still_read(analysed: list, k: int, text: str, body: str) -> None:
    assert body in {m.agency for m in analysed[len(CREDITS) + k].agencies}
