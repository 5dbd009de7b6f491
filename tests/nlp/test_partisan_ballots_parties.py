"""Probe list of a request whose first verb backs a party ("meminta perangkat desa memilih salah satu parpol") or a
ballot number written without "urut" ("mengajak guru mencoblos nomor 3", "pilih nomor dua"): campaigning reported,
no instruction to civil servants, as a request to back a named candidate already is. Negatives: the same verbs
negated ("tidak mendukung partai politik manapun") or a polling station's number ("mencoblos di TPS nomor 5") stay
requests on their conduct. Sentences are our own; all are analysed in one batch."""

from __future__ import annotations

import pytest

CONTEXT = "Panwascam menerima laporan dugaan pelanggaran netralitas ASN jelang Pilkada 2024."
# (sentence after the context, the directive kinds the analysis must give in it)
FORMS: list[tuple[str, set[str]]] = [
    ("Dalam rekaman suara itu, kepala desa meminta perangkatnya memilih salah satu parpol.", set()),
    ("Seorang kepala bidang diduga mengajak para penyuluh mendukung partai tertentu.", set()),
    ("Lewat grup percakapan, kepala sekolah meminta para guru mencoblos nomor 3.", set()),
    ("Oknum lurah itu mengajak para ketua RT pilih nomor dua.", set()),
    ("Sekda meminta seluruh pegawai tidak mendukung partai politik manapun.", {"appeal"}),
    ("Sekda meminta pegawai mencoblos di TPS nomor 5 sesuai tempat tinggalnya.", {"appeal"}),
]


@pytest.fixture(scope="module")
def analysed(analyse_all) -> list:
    """Every probe analysed in one call, each after the context that names the civil servants."""
    return analyse_all([f"{CONTEXT} {sentence}" for sentence, _ in FORMS], published="2024-01-10")


@pytest.mark.parametrize("k", range(len(FORMS)), ids=[sentence[:50] for sentence, _ in FORMS])
def test_a_request_to_back_a_party_or_a_ballot_number_is_campaigning(analysed: list, k: int) -> None:
    assert {d.kind for d in analysed[k].directives if d.sentence.strip() != CONTEXT} == FORMS[k][1]
