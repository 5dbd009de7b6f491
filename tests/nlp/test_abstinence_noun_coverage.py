"""Probe list of "pantangan", the noun of the ban word "pantang", used as "larangan" is: heading its clause, after a
verb that states or holds it, or with whom it binds right after it, it forbids the conduct named to the civil servants
named; merely broken or kept ("melanggar pantangan itu"), or said of food or of people who are no civil servants, it
states no directive. Sentences are our own; all are analysed in one batch."""

from __future__ import annotations

import pytest

from tests.nlp.probes import indexed

BAN = {"prohibition"}
NONE: set[str] = set()

# (text, the directive kinds the analysis must give)
FORMS: list[tuple[str, set[str]]] = [
    ("Menjelang Pilkada 2024, memasang stiker calon di mobil dinas adalah pantangan bagi ASN.", BAN),
    ("Pantangan bagi para lurah selama Pilkada 2024 ialah hadir di deklarasi pasangan calon.", BAN),
    ("Sekda menyampaikan pantangan bagi guru PNS untuk berkampanye di kelas selama Pemilu 2024.", BAN),
    ("Ada lima perbuatan yang menjadi pantangan bagi PNS sepanjang masa kampanye Pilkada 2024.", BAN),
    # look-alikes: a rule only broken, a diet, people who are no civil servants
    ("Seorang ASN di Pilkada 2024 diperiksa karena melanggar pantangan itu.", NONE),
    ("Bagi penderita asam urat, jeroan adalah pantangan selama Lebaran 2024.", NONE),
    ("Pantangan bagi pendaki gunung itu ialah memetik bunga edelweis sepanjang 2024.", NONE),
]


@pytest.fixture(scope="module")
def analysed(analyse_all) -> list:
    """Every probe analysed in one call."""
    return analyse_all([text for text, _ in FORMS], published="2024-10-07")


@pytest.mark.parametrize(("k", "text", "kinds"), indexed(FORMS, lambda v: v[0][:64]))
def test_the_noun_of_pantang_states_a_ban_where_larangan_would(analysed: list, k: int, text: str,
                                                                kinds: set[str]) -> None:
    assert {d.kind for d in analysed[k].directives} == kinds
