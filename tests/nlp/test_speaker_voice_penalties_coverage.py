"""Probe list of penalties in the voice where the speaker's pronoun stands before the bare verb ("akan saya hukum",
"kami skors", "kita turunkan pangkatnya", "kami non-aktifkan"), the suspension with its hyphen in the passive, and a
dismissal by its bare stem after a threat borne ("terancam pecat"). A price lowered, a state of law, or the active
threat heading a story are none. Sentences are our own; all texts are analysed in one batch."""

from __future__ import annotations

import pytest

from tests.nlp.probes import sentence_kinds

CONTEXT = "Bupati meminta seluruh ASN di lingkungan pemkab menjaga netralitas pada Pilkada 2024."

PENALTIES: list[str] = [
    'Pegawai yang membagikan kaos calon di kantor akan saya hukum.',
    'Guru yang mengajak murid memilih calon langsung kami skors.',
    'Kepala seksi yang memasang baliho calon akan kita turunkan pangkatnya.',
    'Camat yang hadir di deklarasi calon akan kami non-aktifkan.',
    'Sekretaris dinas yang memihak calon sudah dinon-aktifkan.',
    'Pegawai yang menjadi tim pemenangan calon terancam pecat.',
]

NONE: list[str] = [
    'Kalau harga beras naik, kami turunkan harganya lewat operasi pasar.',
    'Negara kita hukum, jadi setiap pelanggaran pemilu diproses sesuai aturan.',
    'Menteri Ancam Pecat Pegawai yang Tak Netral di Pilkada 2024.',
]


@pytest.fixture(scope="module")
def analysed(analyse_all) -> list:
    """Every probe analysed in one call, after a sentence asking civil servants to stay neutral."""
    return analyse_all([f"{CONTEXT} {t}" for t in PENALTIES + NONE], published="2024-10-01")


@pytest.mark.parametrize("k", range(len(PENALTIES)), ids=[t[:48] for t in PENALTIES])
def test_a_penalty_in_the_speakers_voice_is_a_sanction(analysed: list, k: int) -> None:
    assert "sanction" in sentence_kinds(analysed[k], PENALTIES[k])


@pytest.mark.parametrize("k", range(len(NONE)), ids=[t[:48] for t in NONE])
def test_a_price_a_state_of_law_or_a_headline_threat_is_none(analysed: list, k: int) -> None:
    assert "sanction" not in sentence_kinds(analysed[len(PENALTIES) + k], NONE[k])
