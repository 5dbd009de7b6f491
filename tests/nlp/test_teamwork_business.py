"""Probe list of requests to work together across offices ("mengajak pegawai bersinergi dan berkolaborasi", "meminta
kepala dinas selalu berkoordinasi", "memperkuat sinergi pusat dan daerah") in a sentence that names nothing of the
election: a government's other business, no instruction on the civil servants' conduct in it. Negatives: the same
words with the election named ("bersinergi menjaga netralitas", "berkoordinasi dengan Bawaslu soal kampanye") still
ask. Sentences are our own; all are analysed in one batch."""

from __future__ import annotations

import pytest

CONTEXT = "Bupati memimpin rapat staf bersama ASN jelang Pilkada 2024."
# (sentence after the context, the directive kinds the analysis must give in it)
FORMS: list[tuple[str, set[str]]] = [
    ("Ia mengajak seluruh pegawai untuk lebih bersinergi dan berkolaborasi antarperangkat daerah.", set()),
    ("Bupati meminta para kepala dinas agar selalu berkoordinasi dalam menjalankan program daerah.", set()),
    ("Kami diminta memperkuat sinergi antara program pusat dan daerah.", set()),
    ("Ia mengajak seluruh pegawai bersinergi menjaga netralitas selama tahapan pilkada.", {"appeal"}),
    ("Bupati meminta para camat berkoordinasi dengan Bawaslu bila melihat pegawai ikut kampanye.", {"appeal"}),
]


@pytest.fixture(scope="module")
def analysed(analyse_all) -> list:
    """Every probe analysed in one call, each after the context that names the civil servants."""
    return analyse_all([f"{CONTEXT} {sentence}" for sentence, _ in FORMS], published="2024-01-10")


@pytest.mark.parametrize("k", range(len(FORMS)), ids=[sentence[:50] for sentence, _ in FORMS])
def test_teamwork_is_other_business(analysed: list, k: int) -> None:
    assert {d.kind for d in analysed[k].directives if d.sentence.strip() != CONTEXT} == FORMS[k][1]
