"""Advice put as what is better to do ("lebih baik ...") opening its clause asks the civil servants the story speaks
to, as "sebaiknya" does; a passive after it judges a thing, the speaker's own first person after it tells his own
choice, and inside a clause it only compares. Sentences are our own."""

from __future__ import annotations

import pytest

from tests.nlp.probes import sentence_kinds

LEAD = "Kepala BKPSDM mengingatkan seluruh ASN agar netral selama Pilkada 2024."

FORMS: list[tuple[str, set[str]]] = [
    ("\"Lebih baik jauhi lokasi kampanye pasangan calon, supaya tidak disalahpahami,\" katanya.", {"appeal"}),
    ("\"Untuk sementara, lebih baik puasa dulu dari unggahan politik di media sosial,\" ujarnya.", {"appeal"}),
    ("\"Lebih baik menolak ajakan berfoto dengan calon daripada nanti bermasalah,\" tuturnya.", {"appeal"}),
    # a passive after it judges a thing
    ("\"Kalau ada acara yang bisa ditafsirkan berpihak, lebih baik dibatalkan saja,\" katanya.", set()),
    # the speaker's own choice
    ("\"Lebih baik kami mundur dari jabatan daripada dipaksa berpihak,\" kata seorang camat.", set()),
    # a comparison inside a clause
    ("Ia berharap layanan kantor berjalan lebih baik selama masa kampanye.", set()),
    ("\"Semoga hasil pemilihan membawa daerah ke arah yang lebih baik,\" katanya.", set()),
]


@pytest.fixture(scope="module")
def analyses(analyse_all):
    return analyse_all([f"{LEAD} {sentence}" for sentence, _ in FORMS])


@pytest.mark.parametrize("k", range(len(FORMS)), ids=[sentence[:50] for sentence, _ in FORMS])
def test_better_to_advice(analyses, k):
    sentence, kinds = FORMS[k]
    assert sentence_kinds(analyses[k], sentence) == kinds
