"""Whether one may, named as an open question, in the forms unseen outlets write (permission precision).

"boleh tidaknya ASN ikut mendukung calon", "menanyakan boleh atau tidak mereka hadir", "soal diizinkan tidaknya PNS
mendampingi suaminya" name a question still open: no leave, and no ban from the "tidak boleh" the words would read;
the read half's gold gives such a mention no directive. A rule stated in the same sentence keeps its kind. The stories
are ours; all are analysed in one batch.
"""

from __future__ import annotations

import pytest

from tests.nlp.probes import indexed

P, B = "permission", "prohibition"
T = " pada Pilkada 2024."

# (text, kinds the gold convention expects)
CASES: list[tuple[str, set[str]]] = [
    ("Boleh tidaknya ASN ikut kampanye masih diperdebatkan" + T, set()),
    ("Banyak yang bertanya boleh tidaknya pegawai berfoto dengan calon" + T, set()),
    ("Sejumlah ASN menanyakan boleh atau tidak mereka hadir di kampanye" + T, set()),
    ("Pegawai bertanya boleh atau tidaknya memasang foto calon" + T, set()),
    ("Diperbolehkan atau tidak ASN hadir di kampanye diatur dalam surat edaran" + T, set()),
    ("Soal diizinkan tidaknya PNS mendampingi suaminya, Bawaslu akan mengkaji" + T, set()),
    ("Warga ramai membahas dibolehkan tidaknya guru honorer menjadi saksi" + T, set()),
    # a rule stated beside the question keeps its kind
    ("Soal boleh tidaknya ASN hadir, Bupati menegaskan ASN dilarang ikut kampanye" + T, {B}),
    ("Ditanya boleh atau tidak, Kepala BKD menjawab ASN boleh memilih di TPS" + T, {P}),
]


@pytest.fixture(scope="module")
def analysed(analyse_all) -> list:
    """Every text of the list analysed in one batch."""
    return analyse_all([t for t, _ in CASES], published="2024-10-07")


@pytest.mark.parametrize(("k", "text", "kinds"), indexed(CASES, lambda v: v[0][-70:]))
def test_whether_allowed(analysed: list, k: int, text: str, kinds: set[str]) -> None:
    assert {d.kind for d in analysed[k].directives} == kinds
