"""Probe list of a penalty said to lie with a body or a system ("keputusan sanksinya ada di KASN", "penjatuhan
hukuman dari ringan sampai berat ada ditangan BKPSDM", "sanksi disiplin berada pada PPK"): who decides it, no penalty
threatened. A word of what will follow between ("keputusan sanksi yang akan diberikan ada di tangan KASN") threatens
it, and so does a word of time to come before the penalty ("Nanti tegurannya ada di KASN"); a law or an article
after the place ("sanksinya ada di pasal 494") cites where it is written, and a threat close at
hand ("ada di depan mata") stays. Sentences are our own; all are analysed in one batch."""

from __future__ import annotations

import pytest

from tests.nlp.probes import indexed

LEAD = "Bawaslu Garut menerima laporan soal netralitas ASN pada Pilkada 2024. "

# (text, whether a sanction is given)
FORMS: list[tuple[str, bool]] = [
    (LEAD + "Bawaslu hanya memberi rekomendasi, sedangkan keputusan sanksinya ada di KASN.", False),
    (LEAD + "Penjatuhan hukuman bagi pegawai itu dari ringan sampai berat ada ditangan BKPSDM Garut.", False),
    (LEAD + "Menurut dia, sanksi disiplin bagi ASN itu berada pada PPK masing-masing instansi.", False),
    # look-alikes: a penalty to come, a law cited, a threat at hand
    (LEAD + "Semua keputusan sanksi yang akan diberikan kepada pegawai itu ada ditangan KASN.", True),
    (LEAD + "\"Pegawai yang ikut kampanye, nanti hukumannya ada di BKPSDM,\" katanya.", True),
    (LEAD + "Kelak sanksi bagi pegawai yang berpihak itu berada pada PPK masing-masing.", True),
    (LEAD + "\"Sanksi bagi ASN yang berkampanye ada di pasal 494,\" katanya.", True),
    (LEAD + "Ancaman pemecatan bagi ASN yang berpihak ada di depan mata.", True),
]


@pytest.fixture(scope="module")
def analysed(analyse_all) -> list:
    """Every probe analysed in one call."""
    return analyse_all([text for text, _ in FORMS], published="2024-10-07")


@pytest.mark.parametrize(("k", "text", "sanctioned"), indexed(FORMS, lambda v: v[0][72:136]))
def test_penalty_held_by_body(analysed: list, k: int, text: str, sanctioned: bool) -> None:
    assert any(d.kind == "sanction" for d in analysed[k].directives) is sanctioned
