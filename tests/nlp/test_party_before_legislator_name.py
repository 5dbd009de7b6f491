"""A party written between a legislator's house and the name ("Anggota DPRD Kabupaten X Partai Golkar Budi",
"Wakil Ketua DPRD Partai Gerindra, Budi") is passed like a faction ("Fraksi PDIP"): it is no part of the name and
no name of its own."""

from __future__ import annotations

import pytest

LEAD = "Netralitas ASN dalam Pilkada 2024 kembali disorot. "

CASES = [
    (LEAD + "Anggota DPRD Kabupaten Klungkung Partai Golkar Made Suardana menuding ASN berpolitik praktis.",
     "Made Suardana"),
    (LEAD + "Ketua DPRD Kabupaten Gianyar Partai Demokrat Ketut Sudarsana meminta ASN tetap netral.",
     "Ketut Sudarsana"),
]

NO_PARTY = [
    LEAD + "Pesan itu diduga dikirim Wakil Ketua DPRD Partai Gerindra, yang menuding ASN berpolitik praktis.",
]


@pytest.fixture(scope="module")
def analysed(analyse_all) -> dict[str, object]:
    texts = [t for t, _ in CASES] + NO_PARTY
    return dict(zip(texts, analyse_all(texts, published="2024-10-07")))


@pytest.mark.parametrize(("text", "name"), CASES, ids=[c[1] for c in CASES])
def test_party_is_passed_before_the_name(analysed: dict, text: str, name: str) -> None:
    assert name in [o.name for o in analysed[text].officials], [o.name for o in analysed[text].officials]


@pytest.mark.parametrize("text", NO_PARTY, ids=["party alone"])
def test_party_is_no_name(analysed: dict, text: str) -> None:
    names = [o.name for o in analysed[text].officials]
    assert not any("Partai" in n for n in names), names
