"""The regional information commission written with "Publik" ("Komisi Informasi Publik (KIP) Aceh") is that
commission, its gloss "KIP" restating it; Aceh's election commission, also "KIP", stays read where its own name or
the acronym alone is written."""

from __future__ import annotations

import pytest

INFO = "Komisi Informasi Provinsi Aceh"
ELECTION = "Komisi Independen Pemilihan Aceh"

CASES = [
    ("Ketua Komisi Informasi Publik (KIP) Aceh Teuku Rizal meminta badan publik membuka data anggaran jelang "
     "Pilkada 2024. ASN juga diminta netral.", {INFO}, {ELECTION}),
    ("Komisi Informasi Publik Provinsi Jambi mengingatkan dinas agar terbuka selama Pilkada 2024.",
     {"Komisi Informasi Provinsi Jambi"}, set()),
    # near-misses: the election commission by its own name or its acronym alone
    ("Ketua Komisi Independen Pemilihan (KIP) Aceh Teuku Rizal meminta ASN netral pada Pilkada 2024.",
     {ELECTION}, {INFO}),
    ("Ketua KIP Aceh Teuku Rizal meminta ASN netral pada Pilkada 2024.", {ELECTION}, {INFO}),
]


@pytest.fixture(scope="module")
def analysed(analyse_all) -> dict[str, object]:
    texts = [t for t, *_ in CASES]
    return dict(zip(texts, analyse_all(texts, published="2024-10-07")))


@pytest.mark.parametrize(("text", "present", "absent"), CASES, ids=[str(k) for k in range(len(CASES))])
def test_the_commission_meant(analysed, text: str, present: set[str], absent: set[str]) -> None:
    found = {a.agency for a in analysed[text].agencies}
    assert present <= found
    assert not absent & found
