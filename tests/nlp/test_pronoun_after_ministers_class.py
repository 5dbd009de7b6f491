"""Probe list of "mereka" pointing back to ministers or the head of state as a class: opening the sentence after one
about them ("... bagi para menteri dari partai. Mereka boleh ikut berkampanye") or after them in its own sentence
("Meski menteri boleh memihak, saat berkampanye mereka wajib cuti"), the rule is theirs, not that of the civil
servants named further on. Negatives: "mereka" after a sentence about civil servants, after a minister who speaks
or asks, after an office a contest fills. Sentences are our own; all are analysed in one batch."""

from __future__ import annotations

import pytest

from tests.nlp.probes import indexed

TAIL = " Ia menambahkan, aturan netralitas hanya berlaku bagi ASN, TNI, dan Polri."

# (text, the directive kinds the analysis must give in the sentence holding "mereka")
FORMS: list[tuple[str, set[str]]] = [
    ("Ketentuan itu juga berlaku bagi para menteri yang ditunjuk presiden. Mereka diizinkan mendukung calon kepala "
     "daerah pilihannya." + TAIL, set()),
    ("Hal yang sama berlaku untuk presiden yang sedang menjabat. Mereka dibolehkan mendukung salah satu pasangan "
     "calon dalam Pilkada 2024." + TAIL, set()),
    ("Walaupun menteri boleh berpihak, saat ikut berkampanye mereka wajib mengambil cuti dari jabatannya." + TAIL,
     set()),
    # ... the head of state named in two words
    ("Aturan cuti kampanye juga mengikat kepala negara. Mereka diperbolehkan berkampanye selama tidak memakai "
     "fasilitas negara." + TAIL, set()),
    # negatives: the pronoun means the civil servants
    ("Aturan itu berlaku bagi seluruh ASN di lingkungan kementerian. Mereka dilarang ikut berkampanye untuk calon "
     "mana pun dalam Pilkada 2024.", {"prohibition"}),
    ("Seluruh ASN wajib netral dalam Pilkada 2024. Menteri meminta hal itu dalam rapat. Mereka dilarang "
     "berkampanye.", {"prohibition"}),
    ("Seluruh pegawai negeri wajib netral dalam Pilkada 2024. Sebagai pemilih calon presiden atau wakil presiden, "
     "mereka diizinkan hadir di kampanye asalkan pasif.", {"permission"}),
]


@pytest.fixture(scope="module")
def analysed(analyse_all) -> list:
    """Every probe analysed in one call."""
    return analyse_all([text for text, _ in FORMS], published="2024-10-10")


@pytest.mark.parametrize(("k", "text", "kinds"), indexed(FORMS, lambda v: v[0][:60]))
def test_pronoun_after_ministers_class(analysed: list, k: int, text: str, kinds: set[str]) -> None:
    assert {d.kind for d in analysed[k].directives if "ereka " in d.sentence} == kinds
