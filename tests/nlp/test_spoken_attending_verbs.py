"""Probe list of leave to attend or watch the campaign in spoken verbs with no prefix, the event right after them, also
in brackets ("Kalau hadir kampanye boleh", "Kalau hadir (kampanye) boleh, yang tidak boleh berkampanye", "kalau cuma
nonton kampanye bisa"): the campaign is what is joined, not the subject of the leave, which the context names. The
campaign heading its own clause ("Kampanye boleh digelar di lapangan") and outsiders named as those attending stay no
directive to civil servants. Sentences are our own; all texts are analysed in one batch."""

from __future__ import annotations

import pytest

from tests.nlp.probes import sentence_kinds

CONTEXT = "Ketua Bawaslu Kabupaten Contoh mengingatkan seluruh ASN agar netral pada Pilkada 2024."

ALLOWED: list[tuple[str, set[str]]] = [
    ('"Kalau sekadar hadir kampanye boleh saja," katanya.', {"permission"}),
    ('"Kalau hadir (kampanye) boleh, yang tidak boleh itu berkampanye," ujarnya.', {"permission", "prohibition"}),
    ('"Kalau cuma nonton kampanye bisa," tambahnya.', {"permission"}),
    ('"Datang kampanye boleh, asal tanpa atribut," katanya.', {"permission"}),
]

NOT_ALLOWED: list[str] = [
    "Kampanye boleh digelar di lapangan kecamatan.",
    "Warga yang datang kampanye dilarang membawa anak kecil.",
]


@pytest.fixture(scope="module")
def analysed(analyse_all) -> list:
    """Every probe analysed in one call, each after the same sentence addressing civil servants."""
    texts = [f"{CONTEXT} {s}" for s, _ in ALLOWED] + [f"{CONTEXT} {s}" for s in NOT_ALLOWED]
    return analyse_all(texts, published="2024-10-01")


@pytest.mark.parametrize("k", range(len(ALLOWED)), ids=[t[:40] for t, _ in ALLOWED])
def test_spoken_attending_gives_leave(analysed: list, k: int) -> None:
    sentence, kinds = ALLOWED[k]
    assert sentence_kinds(analysed[k], sentence) == kinds


@pytest.mark.parametrize("k", range(len(NOT_ALLOWED)), ids=[t[:40] for t in NOT_ALLOWED])
def test_event_subject_or_outsider_gives_none(analysed: list, k: int) -> None:
    assert sentence_kinds(analysed[len(ALLOWED) + k], NOT_ALLOWED[k]) == set()
