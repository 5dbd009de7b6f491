"""Probe list of a rule with no addressee of its own right after a numbered list ("1. ... 2. ... 3. ...") whose lead
named the civil servants: the list's items count as one step of the look-back, so the rule still speaks to them,
and an item's own verb of asking ("2. Mengajak warga ...") is the conduct listed, not a request to someone else
that ends the search. After a list led by a request to voters, the rule gives nothing. Texts are our own; all are
analysed in one batch."""

from __future__ import annotations

import pytest

from tests.nlp.probes import sentence_kinds

LEAD = "Sekda Kabupaten Contoh mengingatkan seluruh ASN agar netral pada Pilkada 2024. Ada sejumlah larangan bagi ASN."
ITEMS = ("1. Memasang baliho atau spanduk bakal calon.\n2. Mengajak warga memilih pasangan calon tertentu.\n"
         "3. Menghadiri deklarasi pasangan calon.\n4. Berfoto dengan calon sambil mengacungkan jari.")

CLOSED: list[tuple[str, set[str]]] = [
    ("Jangan sampai ada yang terlibat politik praktis, katanya.", {"prohibition"}),
    ("Tetapi menghadiri kampanye tanpa atribut tetap diperbolehkan.", {"permission"}),
    ("Diharapkan tetap menjaga netralitas hingga hari pemungutan suara.", {"appeal"}),
]

VOTERS = "Ketua KPU Kabupaten Contoh mengimbau warga agar datang ke TPS pada Pilkada 2024. Ada pesan bagi warga."
VOTER_ITEMS = "1. Membawa undangan memilih.\n2. Datang sebelum TPS ditutup.\n3. Mengajak keluarga ikut mencoblos."
OPEN: list[str] = [
    "Jangan sampai ada yang golput, katanya.",
    "Diharapkan tetap menjaga ketertiban selama di TPS.",
]


@pytest.fixture(scope="module")
def analysed(analyse_all) -> list:
    """Every probe analysed in one call, each after its lead and list."""
    texts = [f"{LEAD}\n{ITEMS}\n{s}" for s, _ in CLOSED] + [f"{VOTERS}\n{VOTER_ITEMS}\n{s}" for s in OPEN]
    return analyse_all(texts, published="2024-10-01")


@pytest.mark.parametrize("k", range(len(CLOSED)), ids=[t[:40] for t, _ in CLOSED])
def test_rule_after_list_speaks_to_its_lead(analysed: list, k: int) -> None:
    sentence, kinds = CLOSED[k]
    assert sentence_kinds(analysed[k], sentence) == kinds


@pytest.mark.parametrize("k", range(len(OPEN)), ids=[t[:40] for t in OPEN])
def test_rule_after_voters_list_gives_nothing(analysed: list, k: int) -> None:
    assert sentence_kinds(analysed[len(CLOSED) + k], OPEN[k]) == set()
