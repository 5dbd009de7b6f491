"""Probe list of requests about the recruitment formations (formasi) that offices are pressed to detail, propose or
fill: heads and the ministry ask it of their staff at the same roll calls and meetings where they speak of neutrality;
in a sentence naming nothing of the election it is other business, no appeal. Negatives: a formation joined with the
election in the clause stays an appeal, and so does a request to the recruits themselves about the contest.
Sentences are our own; all are analysed in one batch."""

from __future__ import annotations

import pytest

CONTEXT = "Bupati memimpin apel pagi bersama ASN jelang Pilkada 2024."
# (sentence after the context, the directive kinds the analysis must give in it)
FORMS: list[tuple[str, set[str]]] = [
    ("Ia mengimbau kepala OPD segera merinci formasi yang dibutuhkan tahun depan.", set()),
    ("Sekda meminta BKPSDM mengirim usulan formasi PPPK ke kementerian pekan ini.", set()),
    ("Kepala dinas diminta menghitung ulang formasi guru dan tenaga kesehatan.", set()),
    ("Ia mengingatkan instansi agar input rincian formasi tidak melewati tenggat.", set()),
    ("Ia meminta pegawai yang baru masuk formasi tahun ini tidak berpihak kepada paslon mana pun.", {"appeal"}),
    ("Ia mengimbau PPPK formasi 2023 menjaga netralitas selama pilkada.", {"appeal"}),
    ("Ia meminta seluruh PPPK dan honorer tidak ikut kampanye.", {"appeal"}),
]


@pytest.fixture(scope="module")
def analysed(analyse_all) -> list:
    """Every probe analysed in one call, each after the context that names the civil servants."""
    return analyse_all([f"{CONTEXT} {sentence}" for sentence, _ in FORMS], published="2024-01-10")


@pytest.mark.parametrize("k", range(len(FORMS)), ids=[sentence[:50] for sentence, _ in FORMS])
def test_recruitment_formations_are_other_business(analysed: list, k: int) -> None:
    assert {d.kind for d in analysed[k].directives if d.sentence.strip() != CONTEXT} == FORMS[k][1]
