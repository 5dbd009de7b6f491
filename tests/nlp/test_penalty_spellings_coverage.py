"""Probe list of penalties as reporters spell or shorten them: "sanksi" with a g or with "-pun", a dismissal by its
short form made a verb ("di-PHK") or reached by a scale ("hingga PHK"), PTDH with its letters swapped, a
disciplinary penalty made a verb ("dihukdis"). A bare "PHK" names layoffs, and a denied one none. Sentences are our
own; all texts are analysed in one batch."""

from __future__ import annotations

import pytest

from tests.nlp.probes import sentence_kinds

CONTEXT = "Sekda meminta seluruh ASN di lingkungan pemkab menjaga netralitas pada Pilkada 2024."

PENALTIES: list[str] = [
    'Sangksinya jelas, mulai dari teguran sampai pemberhentian bagi pegawai yang berpihak.',
    'Sanksipun menunggu pegawai yang kedapatan memasang stiker calon di mobil dinas.',
    'Tenaga kontrak yang ikut menjadi tim pemenangan calon bisa di-PHK oleh dinasnya.',
    'Pegawai kontrak yang memihak calon terancam PHK.',
    'Pegawai yang terbukti berkampanye bisa dikenai PDTH oleh pejabat pembina kepegawaian.',
    'Dua pegawai dinas pendidikan yang ikut deklarasi calon sudah dihukdis.',
]

NONE: list[str] = [
    'Gelombang PHK masih melanda sejumlah pabrik garmen di kabupaten itu.',
    'Wali kota memastikan tidak ada PHK bagi tenaga honorer tahun ini.',
]


@pytest.fixture(scope="module")
def analysed(analyse_all) -> list:
    """Every probe analysed in one call, after a sentence asking civil servants to stay neutral."""
    return analyse_all([f"{CONTEXT} {t}" for t in PENALTIES + NONE], published="2024-10-01")


@pytest.mark.parametrize("k", range(len(PENALTIES)), ids=[t[:48] for t in PENALTIES])
def test_a_penalty_by_its_spelling_or_short_form_is_a_sanction(analysed: list, k: int) -> None:
    assert "sanction" in sentence_kinds(analysed[k], PENALTIES[k])


@pytest.mark.parametrize("k", range(len(NONE)), ids=[t[:48] for t in NONE])
def test_layoffs_or_a_denied_dismissal_are_none(analysed: list, k: int) -> None:
    assert "sanction" not in sentence_kinds(analysed[len(PENALTIES) + k], NONE[k])
