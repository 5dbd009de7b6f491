"""Probe list of penalties someone cannot, may not yet or dares not impose: "belum bisa menindak", "belum dapat
dijatuhi sanksi", "tak berani menjatuhkan sanksi" say what is not done, as "tidak bisa"/"tidak dapat" do; the read
gold gives none of the 21 sentences with such a negated ability before a penalty verb (about 15 outlets) a sanction.
A penalty further along the sentence, or an ability that is not negated, still threatens one. Sentences are our
own; all texts are analysed in one batch."""

from __future__ import annotations

import pytest

from tests.nlp.probes import sentence_kinds

UNABLE: list[str] = [
    'Bawaslu belum bisa menindak ASN yang hadir di deklarasi calon pada Pilkada 2024.',
    'Camat yang berfoto dengan calon pada Pilkada 2024 belum bisa ditindak karena calon belum ditetapkan.',
    'Perbuatan kepala sekolah itu belum dapat ditindak pidana sebelum penetapan calon Pilkada 2024.',
    'Panwascam belum dapat memberikan sanksi kepada ASN yang ikut kampanye Pilkada 2024.',
    'Sampai kini BKD belum bisa menjatuhkan hukuman kepada lurah yang memihak pada Pilkada 2024.',
    'Pj Bupati tampaknya tak berani menjatuhkan sanksi kepada ASN yang tidak netral pada Pilkada 2024.',
    'Pejabat pembina kepegawaian tidak berani memberikan sanksi kepada ASN yang berkampanye pada Pilkada 2024.',
    'Inspektorat belum berani menindak kepala dinas yang ikut kampanye Pilkada 2024.',
]

STILL: list[str] = [
    'ASN yang belum bisa bersikap netral pada Pilkada 2024 pasti akan dikenai sanksi tegas.',
    'ASN yang tidak netral pada Pilkada 2024 bisa dijatuhi sanksi disiplin berat.',
    'BKN dapat memberikan sanksi kepada ASN yang berkampanye pada Pilkada 2024.',
    'Pj Bupati berani menjatuhkan sanksi kepada ASN yang tidak netral pada Pilkada 2024.',
    'Kalau belum bisa menahan diri pada Pilkada 2024, ASN itu akan kami tindak tegas sesuai aturan.',
]


@pytest.fixture(scope="module")
def analysed(analyse_all) -> list:
    """Every probe analysed in one call."""
    return analyse_all(UNABLE + STILL, published="2024-10-01")


@pytest.mark.parametrize("k", range(len(UNABLE)), ids=[t[:48] for t in UNABLE])
def test_a_penalty_that_cannot_be_imposed_is_no_sanction(analysed: list, k: int) -> None:
    assert sentence_kinds(analysed[k], UNABLE[k]) == set()


@pytest.mark.parametrize("k", range(len(STILL)), ids=[t[:48] for t in STILL])
def test_a_penalty_that_can_be_imposed_stays_a_sanction(analysed: list, k: int) -> None:
    assert sentence_kinds(analysed[len(UNABLE) + k], STILL[k]) == {"sanction"}
