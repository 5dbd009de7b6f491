"""The state's word with its second a written e ("Negera") is read as "negara" (spelling.yaml `misspelt`): it is one
letter from "negeri" too, but reporters write it for the civil service's name ("Aparatur Sipil Negera"). The right
spellings of both words stay as written."""

from __future__ import annotations

import pytest

from pipeline.nlp.spelling import repair


@pytest.mark.parametrize(("text", "meant"), [
    ("Seluruh Aparatur Sipil Negera diminta fokus bekerja.", "Seluruh Aparatur Sipil Negara diminta fokus bekerja."),
    ("Laporan diteruskan ke Komisi Aparatur Sipil Negera.", "Laporan diteruskan ke Komisi Aparatur Sipil Negara."),
    ("aparatur sipil negera wajib netral", "aparatur sipil negara wajib netral"),
])
def test_the_state_word_misspelt_is_read_as_negara(text: str, meant: str) -> None:
    assert repair(text) == meant


@pytest.mark.parametrize("text", [
    "Kejaksaan Negeri menerima laporan itu.",
    "Pegawai Negeri Sipil dan Aparatur Sipil Negara hadir dalam apel.",
])
def test_the_right_spellings_stay(text: str) -> None:
    assert repair(text) == text


def test_a_document_title_with_the_misspelling_is_no_appeal(run) -> None:
    a = run("Wali Kota berharap Surat Edaran Kemendagri tentang Netralitas Aparatur Sipil Negera (ASN) segera terbit "
            "menjelang Pilkada 2024.")
    assert a.directives == []
