"""Advice in the bare stem after the speaker in the first person ("Saya sarankan ...", "kami anjurkan ...") asks as
"menyarankan" and "menganjurkan" do, civil servants named; advice to the public stays none. Sentences are our own."""

from __future__ import annotations

import pytest

FORMS: list[tuple[str, list[str]]] = [
    ("\"Saya sarankan para PNS tidak datang ke kampanye terbuka,\" kata Sekda jelang Pilkada 2024.", ["appeal"]),
    ("\"Kami sarankan seluruh ASN untuk menahan diri di media sosial,\" ujar Ketua Bawaslu jelang Pemilu 2024.",
     ["appeal"]),
    ("\"Kami anjurkan guru berstatus ASN fokus mengajar selama masa kampanye,\" kata Kadisdik jelang Pilkada 2024.",
     ["appeal"]),
    ("\"Saya anjurkan pegawai yang ingin maju untuk mundur dulu,\" kata Bupati jelang Pilkada 2024.", ["appeal"]),
    # advice to voters names no civil servant
    ("\"Saya sarankan warga datang pagi ke TPS,\" kata Ketua KPPS jelang Pemilu 2024.", []),
    ("\"Kami anjurkan pemilih membawa KTP sendiri,\" ujar Ketua KPU jelang Pilkada 2024.", []),
]


@pytest.fixture(scope="module")
def analyses(analyse_all):
    return analyse_all([text for text, _ in FORMS])


@pytest.mark.parametrize("k", range(len(FORMS)), ids=[text[:50] for text, _ in FORMS])
def test_first_person_advice(analyses, k):
    assert [d.kind for d in analyses[k].directives] == FORMS[k][1]
