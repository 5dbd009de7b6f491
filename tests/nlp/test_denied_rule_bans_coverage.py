"""Probe list of a ban named in the relative clause of a rule said not to exist, however long the rule's noun phrase
("Tidak ada larangan yang tegas dalam peraturan mana pun yang melarang PNS menjadi petugas TPS"), or the ban noun
itself denied past another noun ("tidak ada penekanan atau larangan ..."): no prohibition. A comma ends the denial's
reach, and a ban with no denied rule before it stays. Sentences are our own; all are analysed in one batch."""

from __future__ import annotations

import pytest

from tests.nlp.probes import indexed

P = {"prohibition"}

# (text, whether it must give a prohibition)
FORMS: list[tuple[str, set[str]]] = [
    ("Menurut dia, tidak ada larangan yang tegas dalam peraturan mana pun yang melarang PNS menjadi petugas TPS.",
     set()),
    ("Tak ada ketentuan khusus dalam undang-undang kepegawaian yang melarang ASN menjadi saksi di TPS.", set()),
    ("Dalam aturan yang baru juga tidak ada penekanan atau larangan yang menyebutkan bahwa ASN dilarang menjadi KPPS.",
     set()),
    # look-alikes: bans
    ("Tidak ada alasan bagi ASN untuk ikut kampanye, karena ASN dilarang berpolitik praktis.", P),
    ("Aturan yang berlaku jelas melarang PNS menjadi anggota tim sukses pasangan calon.", P),
    ("Ada larangan tegas dalam undang-undang yang melarang ASN memasang baliho calon.", P),
]


@pytest.fixture(scope="module")
def analysed(analyse_all) -> list:
    """Every probe analysed in one call."""
    return analyse_all([text for text, _ in FORMS], published="2024-10-07")


@pytest.mark.parametrize(("k", "text", "kinds"), indexed(FORMS, lambda v: v[0][:64]))
def test_denied_rule_bans_nothing(analysed: list, k: int, text: str, kinds: set[str]) -> None:
    assert {d.kind for d in analysed[k].directives} & P == kinds
