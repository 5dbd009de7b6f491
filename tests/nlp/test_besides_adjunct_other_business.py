"""Probe list of a request about a government's other business after an opening adjunct naming the election as the
other topic ("Selain menjaga netralitas, bupati juga berpesan kepada pegawai untuk meningkatkan kinerja"): the
adjunct's words, up to its comma, do not make the request one on the election, so it is other business, no appeal.
Negatives: the election named after the comma ("Selain itu, ... tidak memihak dalam pilkada dan meningkatkan
kinerja") or no other business asked ("Selain soal anggaran, ... meminta ASN tetap netral") stay appeals. Sentences
are our own; all are analysed in one batch. "Tak hanya/Tidak hanya/Bukan hanya" open the same adjunct."""

from __future__ import annotations

import pytest

CONTEXT = "Wali kota memimpin apel pagi bersama ASN jelang Pilkada 2024."
# (sentence after the context, the directive kinds the analysis must give in it)
FORMS: list[tuple[str, set[str]]] = [
    ("Selain menyinggung netralitas ASN, wali kota juga meminta anggaran bantuan bencana disalurkan cepat.", set()),
    ("Selain menjaga netralitas, ia berpesan kepada seluruh pegawai untuk meningkatkan kinerja pelayanan.", set()),
    ("Di samping soal pilkada, ia meminta semua OPD mempercepat serapan anggaran.", set()),
    ("Selain itu, ia meminta ASN tidak memihak dalam pilkada dan meningkatkan kinerja.", {"appeal"}),
    ("Selain soal anggaran, ia meminta ASN tetap netral.", {"appeal"}),
    # "Tak hanya/Tidak hanya/Bukan hanya X, ... juga ..." opens the same adjunct
    ("Tak hanya soal netralitas, wali kota juga meminta ASN meningkatkan kinerja pelayanan.", set()),
    ("Tidak hanya menyinggung pilkada, sekda juga mengingatkan pegawai agar mempercepat serapan anggaran.", set()),
    ("Bukan hanya soal anggaran, ia juga meminta ASN tidak memihak dalam pilkada.", {"appeal"}),
]


@pytest.fixture(scope="module")
def analysed(analyse_all) -> list:
    """Every probe analysed in one call, each after the context that names the civil servants."""
    return analyse_all([f"{CONTEXT} {sentence}" for sentence, _ in FORMS], published="2024-01-10")


@pytest.mark.parametrize("k", range(len(FORMS)), ids=[sentence[:50] for sentence, _ in FORMS])
def test_the_election_named_as_the_other_topic_leaves_other_business(analysed: list, k: int) -> None:
    assert {d.kind for d in analysed[k].directives if d.sentence.strip() != CONTEXT} == FORMS[k][1]
