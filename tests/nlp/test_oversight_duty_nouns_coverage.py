"""Probe list of a duty whose content is the supervisors' own watching, said with a verb of doing or stepping up and
the noun of that watching ('harus meningkatkan patroli', 'wajib melakukan pengawasan'): the speaker's task, no rule
for civil servants; with a head of office or civil servants as the modal's subject it binds them. Sentences are our
own; all are analysed in one batch."""

from __future__ import annotations

import pytest

from tests.nlp.probes import sentence_kinds

# A story's first sentence addresses the civil servants; the second states a duty.
CONTEXT = "Panwaslu kabupaten mengingatkan para ASN agar netral dalam Pilkada 2024."
FORMS: list[tuple[str, bool]] = [
    ("Menjelang hari tenang kami harus menggencarkan patroli di setiap kecamatan.", False),
    ("Kami wajib melakukan pemantauan sampai ke tingkat desa.", False),
    ("Karena itu kita perlu memperketat pengawasan di media sosial.", False),
    # ... but a head of office or civil servants as the modal's subject are bound, and other doing stays a duty
    ("Setiap kepala dinas wajib melakukan pengawasan terhadap bawahannya.", True),
    ("Pegawai negeri harus melakukan pekerjaannya tanpa memihak.", True),
]


@pytest.fixture(scope="module")
def analysed(analyse_all) -> list:
    """Every probe analysed in one call, after the context."""
    return analyse_all([f"{CONTEXT} {text}" for text, _ in FORMS], published="2024-10-10")


@pytest.mark.parametrize("k", range(len(FORMS)), ids=[text[:50] for text, _ in FORMS])
def test_the_supervisors_own_watching_is_no_duty_of_civil_servants(analysed: list, k: int) -> None:
    assert ("obligation" in sentence_kinds(analysed[k], FORMS[k][0])) == FORMS[k][1]
