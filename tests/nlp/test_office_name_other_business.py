"""Probe list of a request to the staff of an office whose name holds a word of a government's other business
("pegawai Badan Pendapatan Daerah", "pegawai Badan Penanggulangan Bencana Daerah (BPBD)"): the word names whom the
request goes to, not what it asks, so a request of conduct stays an appeal. Negatives: the same offices asked about
their own business outside the name ("mengejar target pendapatan", "siaga menghadapi banjir") stay none. Sentences
are our own; all are analysed in one batch."""

from __future__ import annotations

import pytest

CONTEXT = "Bupati memimpin apel bersama ASN jelang Pilkada 2024."
# (sentence after the context, the directive kinds the analysis must give in it)
FORMS: list[tuple[str, set[str]]] = [
    ("Ia meminta seluruh pegawai Badan Pendapatan Daerah Kabupaten Bogor mematuhi aturan yang berlaku.", {"appeal"}),
    ("Kepala pelaksana meminta pegawai Badan Penanggulangan Bencana Daerah (BPBD) Kabupaten Bogor tidak ikut "
     "berswafoto dengan tim pemenangan.", {"appeal"}),
    ("Ia meminta pegawai Badan Pendapatan Daerah Kabupaten Bogor mengejar target pendapatan.", set()),
    ("Ia meminta pegawai Badan Penanggulangan Bencana Daerah Kabupaten Bogor siaga menghadapi banjir.", set()),
]


@pytest.fixture(scope="module")
def analysed(analyse_all) -> list:
    """Every probe analysed in one call, each after the context that names the civil servants."""
    return analyse_all([f"{CONTEXT} {sentence}" for sentence, _ in FORMS], published="2024-01-10")


@pytest.mark.parametrize("k", range(len(FORMS)), ids=[sentence[:50] for sentence, _ in FORMS])
def test_an_office_name_is_not_the_business_asked(analysed: list, k: int) -> None:
    assert {d.kind for d in analysed[k].directives if d.sentence.strip() != CONTEXT} == FORMS[k][1]
