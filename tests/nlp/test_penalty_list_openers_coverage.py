"""Probe list of a line that opens a list of penalties ("Jenis hukuman disiplin berat terdiri atas:", "Sanksi
sedang memiliki urutan:", "B. Sanksi, yaitu:", a heading "Hukuman disiplin ringan:"): the items below, or the
sentence before, state the penalty; the line that opens them gives none, as the annotated items count it. A line
that names the penalty's levels before its colon, or threatens it ("ASN yang berkampanye akan dikenai sanksi,
yaitu:"), stays a sanction. Sentences are our own; all stories are analysed in one batch.
"""

from __future__ import annotations

import pytest

from tests.nlp.probes import indexed, sentence_kinds, values

# A story that gives the penalty first, so that the line under test comes after a sanction
LEAD = ("Sekda mengingatkan ASN agar netral pada Pilkada 2024. "
        "ASN yang melanggar netralitas dapat dijatuhi hukuman disiplin sesuai PP 94 Tahun 2021.")

# (the line after the lead, the kinds of directive it must give)
FORMS: list = [
    # a line opening the list: none
    ("Menurut PP tersebut, jenis hukuman disiplin berat terdiri atas:", set()),
    ("Adapun hukuman disiplin ringan terdiri dari:", set()),
    ("Dalam Pasal 8 disebutkan penjatuhan hukuman disiplin sedang memiliki urutan:", set()),
    ("Sedangkan untuk sanksi berat memiliki urutan:", set()),
    ("C. Sanksi, yakni:", set()),
    ("Bentuk hukuman disiplin itu antara lain:", set()),
    ("Jenis sanksinya meliputi:", set()),
    ("Hukuman disiplin berat:", set()),
    ('"Sanksi ringan:', set()),
    # look-alikes that stay sanctions: the levels named before the colon, a threat, a penalty imposed
    ("Hukumannya dibagi dua tingkat, yakni hukuman disiplin sedang dan berat, dengan rincian sebagai berikut:",
     {"sanction"}),
    ("ASN yang terbukti berkampanye akan dikenai sanksi, yaitu:", {"sanction"}),
    ("Pegawai yang memihak bisa dijatuhi hukuman disiplin berat yang terdiri atas:", {"sanction"}),
    ("Bupati telah menjatuhkan sanksi kepada tiga camat, yakni:", {"sanction"}),
    ("ASN yang berpihak pada Pilkada 2024 terancam sanksi berikut:", {"sanction"}),
]


@pytest.fixture(scope="module")
def analysed(analyse_all) -> list:
    """Every probe analysed in one call, each after the lead that gives the penalty."""
    return analyse_all([f"{LEAD} {values(p)[0]}" for p in FORMS], published="2024-01-10")


@pytest.mark.parametrize(("k", "line", "kinds"), indexed(FORMS, lambda v: v[0][:50]))
def test_a_line_opening_a_penalty_list_states_no_penalty(analysed: list, k: int, line: str, kinds: set[str]) -> None:
    assert sentence_kinds(analysed[k], line) == kinds


# (the opening line and the list's first item after the lead, the kinds the item must give): the items go on with
# the list the line opens, as the items of a list after its lead do
ITEMS: list = [
    ("Hukuman disiplin sedang terdiri atas:", "1. Penundaan kenaikan gaji berkala selama satu tahun.", set()),
    ("Sanksi berat memiliki urutan:", "(1) Penurunan pangkat setingkat lebih rendah selama satu tahun.", set()),
    ("Hukuman disiplin berat:", "(4) Pemberhentian dengan hormat tidak atas permintaan sendiri sebagai PNS.", set()),
    # an item naming whom it binds is a rule of its own
    ("Hukuman disiplin sedang terdiri atas:", "1. ASN dilarang memasang foto calon di media sosial.",
     {"prohibition"}),
]


@pytest.fixture(scope="module")
def listed(analyse_all) -> list:
    """Every list analysed in one call, after the lead that gives the penalty."""
    return analyse_all([f"{LEAD} {values(p)[0]}\n\n{values(p)[1]}" for p in ITEMS], published="2024-01-10")


@pytest.mark.parametrize(("k", "item", "kinds"), indexed(ITEMS, lambda v: v[1][:50], first=1))
def test_the_items_below_go_on_with_the_list(listed: list, k: int, item: str, kinds: set[str]) -> None:
    assert sentence_kinds(listed[k], item) == kinds
