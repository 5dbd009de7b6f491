"""Probe list of a request whose first verb makes someone win ("mengajak kepala desa lain untuk memenangkan Budi dan
Ani"): the object of "memenangkan" is always a contestant, named or not, so the request is campaigning reported, no
instruction to civil servants. Negatives: the same verb negated ("untuk tidak ikut memenangkan calon") or behind
another verb ("tidak terlibat memenangkan Budi") is still a request on their conduct. Sentences are our own; all are
analysed in one batch."""

from __future__ import annotations

import pytest

CONTEXT = "Sekda mengumpulkan seluruh ASN jelang Pilkada 2024."
# (sentence after the context, the directive kinds the analysis must give in it)
FORMS: list[tuple[str, set[str]]] = [
    ("Ketua forum itu mengajak kepala desa lainnya untuk memenangkan Rudi dan Sinta.", set()),
    ("Dalam pertemuan itu, camat meminta para guru untuk memenangkan Rudi.", set()),
    ("Kepala dinas itu meminta bawahannya memenangkan salah satu pasangan.", set()),
    ("Bupati mengimbau pegawai untuk tidak ikut memenangkan calon mana pun.", {"appeal"}),
    ("Bupati meminta pegawai tidak terlibat memenangkan Rudi.", {"appeal"}),
]


@pytest.fixture(scope="module")
def analysed(analyse_all) -> list:
    """Every probe analysed in one call, each after the context that names the civil servants."""
    return analyse_all([f"{CONTEXT} {sentence}" for sentence, _ in FORMS], published="2024-01-10")


@pytest.mark.parametrize("k", range(len(FORMS)), ids=[sentence[:50] for sentence, _ in FORMS])
def test_a_request_to_make_someone_win_is_campaigning(analysed: list, k: int) -> None:
    assert {d.kind for d in analysed[k].directives if d.sentence.strip() != CONTEXT} == FORMS[k][1]
