"""Those taking part in a government's own gathering ("peserta sosialisasi", "peserta apel", "peserta rapat", "peserta
yang hadir") are the staff it summoned and are asked as civil servants are; bare "peserta" and the election's
contestants ("peserta pemilu") stay outsiders. Sentences are our own."""

from __future__ import annotations

import pytest

FORMS: list[tuple[str, list[str]]] = [
    ("Sekda mengingatkan seluruh peserta sosialisasi agar tidak mengunggah dukungan kepada calon pada Pilkada 2024.",
     ["appeal"]),
    ("Usai apel pagi, bupati meminta para peserta apel untuk tetap netral selama Pilkada 2024.", ["appeal"]),
    ("Asisten I berharap kepada peserta yang hadir agar menjaga netralitas hingga pencoblosan Pilkada 2024.",
     ["appeal"]),
    ("Kepala BKPSDM mengajak peserta rapat untuk tidak terlibat politik praktis pada Pemilu 2024.", ["appeal"]),
    # the contestants, or bare participants, asked: no request to civil servants
    ("Bawaslu meminta peserta pemilu agar tidak memasang alat peraga di kantor pemerintah pada Pemilu 2024.", []),
    ("Panitia meminta peserta lomba agar datang tepat waktu pada Pemilu 2024.", []),
]


@pytest.fixture(scope="module")
def analyses(analyse_all):
    return analyse_all([text for text, _ in FORMS])


@pytest.mark.parametrize("k", range(len(FORMS)), ids=[text[:50] for text, _ in FORMS])
def test_gathering_participants_addressees(analyses, k):
    assert [d.kind for d in analyses[k].directives] == FORMS[k][1]
