"""A rule noun after a count ('ada 3 larangan', 'sedikitnya tujuh larangan bagi ASN', 'memuat 16 kewajiban') announces a
list of rules, whose items come after it: the sentence states none of them, and the read half counts none. A
quantifier that is no count ('beberapa larangan bagi ASN'), a rule whose own modal decides, and a rule noun with its
content and no count stay directives."""

from __future__ import annotations

import pytest

from tests.nlp.probes import indexed, sentence_kinds

CONTEXT = "Bupati mengimbau seluruh ASN menjaga netralitas dalam Pilkada 2024. "

# (sentence after the context, the kinds of directive it gives)
PROBES: list[tuple[str, tuple[str, ...]]] = [
    ("Menurut dia, ada 3 larangan terlibat dalam politik praktis.", ()),
    ("Surat edaran itu memuat tujuh larangan bagi ASN selama masa kampanye.", ()),
    ("Sedikitnya ada 16 larangan terkait pemilu bagi pegawai negeri.", ()),
    ("Peraturan tersebut mengatur lima kewajiban pegawai menjelang pemungutan suara.", ()),
    ("Kepala BKD menjelaskan dua larangan bagi PNS di media sosial.", ()),
    # no count, or a modal of its own: directives
    ("Surat edaran itu memuat larangan bagi ASN untuk ikut kampanye.", ("prohibition",)),
    ("Surat edaran itu memuat beberapa larangan bagi ASN untuk ikut kampanye.", ("prohibition",)),
    ("Ada larangan bagi ASN untuk hadir dalam deklarasi pasangan calon.", ("prohibition",)),
    ("Ada tiga larangan, dan ASN dilarang memasang spanduk calon.", ("prohibition",)),
    ("Dari tujuh larangan itu, ASN wajib menjauhi politik praktis.", ("obligation",)),
]


@pytest.fixture(scope="module")
def analysed(analyse_all) -> list:
    """Every probe analysed in one call, each after the context that addresses the civil servants."""
    return analyse_all([CONTEXT + p[0] for p in PROBES], published="2024-10-07")


@pytest.mark.parametrize(("k", "kinds"), indexed(PROBES, lambda v: v[0][:56], first=1))
def test_a_counted_rule_noun_announces_a_list(analysed: list, k: int, kinds: tuple[str, ...]) -> None:
    assert sentence_kinds(analysed[k], PROBES[k][0]) == set(kinds)
