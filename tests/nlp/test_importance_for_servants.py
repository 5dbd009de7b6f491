"""The importance of their conduct urged for the civil servants after "pentingnya" and a preposition ("menekankan
pentingnya bagi setiap ASN untuk menjaga netralitas", "menegaskan kembali pentingnya kepada seluruh ASN untuk ..."):
it tells them what to do, as "penting bagi ASN untuk ..." and "menekankan pentingnya ASN menjaga ..." already did
(appeal recall).

Only civil servants after the preposition, then a conduct (past "untuk" or at once), count; the importance of a thing
for them ("pentingnya netralitas bagi ASN", a value named), of a purpose that is no conduct ("untuk pelayanan publik
yang prima") and of the voters' turnout ("bagi warga untuk menggunakan hak pilih") ask nothing. The stories are ours;
all are analysed in one batch.
"""

from __future__ import annotations

import pytest

from tests.nlp.probes import indexed, sentence_kinds

LEAD = "Sekda membuka rapat koordinasi menjelang Pilkada 2024. "

# (sentence, whether an appeal is expected in it)
CASES: list[tuple[str, bool]] = [
    ("Ia menekankan pentingnya bagi setiap ASN untuk menjaga netralitas sampai pencoblosan.", True),
    ("Sekda menegaskan pentingnya bagi seluruh pegawai untuk tidak terlibat dalam tim sukses.", True),
    ("Kepala BKPSDM menegaskan kembali pentingnya kepada para ASN untuk bersikap netral di media sosial.", True),
    # the importance of a thing for them, of no conduct, of the voters' turnout: none
    ("Ia menekankan pentingnya netralitas bagi ASN di daerah itu.", False),
    ("Ia menekankan pentingnya bagi ASN untuk pelayanan publik yang prima.", False),
    ("Ia menekankan pentingnya bagi warga untuk menggunakan hak pilih di TPS.", False),
]


@pytest.fixture(scope="module")
def analysed(analyse_all) -> list:
    """Every probe analysed in one batch."""
    return analyse_all([LEAD + s for s, _ in CASES], published="2024-10-01")


@pytest.mark.parametrize(("k", "sentence", "expected"), indexed(CASES, lambda v: v[0][:72]))
def test_importance_urged_for_civil_servants_is_an_appeal(analysed: list, k: int, sentence: str,
                                                          expected: bool) -> None:
    got = sentence_kinds(analysed[k], sentence)
    assert ("appeal" in got) is expected, (sentence, got)
