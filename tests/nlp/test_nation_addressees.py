"""Probe list of requests addressed to the nation's people by their other names ("mengajak seluruh rakyat ...",
"seluruh elemen bangsa", "anak bangsa", "penduduk"): like "masyarakat", they address the public, not the civil
servants the story names. Negatives: the same words inside a phrase for civil servants ("ASN sebagai pelayan rakyat")
or a body's name that is the speaker leave the request to civil servants. Sentences are our own; all are analysed in
one batch."""

from __future__ import annotations

import pytest

CONTEXT = "Sekda mengumpulkan seluruh ASN jelang Pilkada 2024."
# (sentence after the context, the directive kinds the analysis must give in it)
FORMS: list[tuple[str, set[str]]] = [
    ("Bupati mengajak seluruh rakyat untuk menjaga pilkada yang damai.", set()),
    ("Ia juga mengajak seluruh elemen bangsa untuk mendahulukan persatuan selama pilkada.", set()),
    ("Wali kota berharap semua anak bangsa ikut mengawal pilkada.", set()),
    ("Bupati meminta ASN sebagai pelayan rakyat untuk tetap netral.", {"appeal"}),
    ("Komisi II Dewan Perwakilan Rakyat meminta pegawai tetap netral.", {"appeal"}),
]


@pytest.fixture(scope="module")
def analysed(analyse_all) -> list:
    """Every probe analysed in one call, each after the context that names the civil servants."""
    return analyse_all([f"{CONTEXT} {sentence}" for sentence, _ in FORMS], published="2024-01-10")


@pytest.mark.parametrize("k", range(len(FORMS)), ids=[sentence[:50] for sentence, _ in FORMS])
def test_the_nations_people_are_not_civil_servants(analysed: list, k: int) -> None:
    assert {d.kind for d in analysed[k].directives if d.sentence.strip() != CONTEXT} == FORMS[k][1]
