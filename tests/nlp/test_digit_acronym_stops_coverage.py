"""Probe list of regional offices whose acronym holds a digit ('DP3A', 'BP4D', 'DP3AP2KB') written last in their
sentence, its stop right after it: spaCy splits a stop only from a word closing on two capitals, so 'DP3A.' stayed
one unknown word and the office was lost where the same acronym before a comma was named ('DP3AP2KB', 'DP3AKB',
closing on two capitals, were split already and stay so). Generated as acronyms x sentences, the region from the
story or written out. Sentences are our own; the probes are analysed in one batch."""

from __future__ import annotations

from itertools import product

import pytest

from tests.nlp.probes import indexed, values

STORY = "Bupati Grobogan mengingatkan ASN netral menjelang Pilkada 2024. "
ACRONYMS = [  # (acronym, the office's name without its region)
    ("DP3A", "Dinas Pemberdayaan Perempuan dan Perlindungan Anak"),
    ("BP4D", "Badan Perencanaan Pembangunan, Penelitian dan Pengembangan Daerah"),
    ("DP3AP2KB", "Dinas Pemberdayaan Perempuan, Perlindungan Anak, Pengendalian Penduduk dan Keluarga Berencana"),
    ("DP3AKB", "Dinas Pemberdayaan Perempuan, Perlindungan Anak dan Keluarga Berencana"),
    ("DPPKBP3A", "Dinas Pengendalian Penduduk, Keluarga Berencana, Pemberdayaan Perempuan dan Perlindungan Anak"),
]
SENTENCES = [  # {x}: the acronym closing the sentence
    STORY + "Sosialisasi itu juga diikuti pegawai {x}.",
    STORY + "Hadir pula Rina Lestari, Kepala Bidang Data, {x}.",
    STORY + 'Imbauan serupa disampaikan kepada seluruh staf "{x}".',
    "Sosialisasi netralitas ASN menjelang Pilkada 2024 diikuti pegawai Kabupaten Grobogan, termasuk {x}.",
]
FORMS = [(s.format(x=acronym), f"{name} Kabupaten Grobogan") for (acronym, name), s in product(ACRONYMS, SENTENCES)]


@pytest.fixture(scope="module")
def analysed(analyse_all) -> list:
    """Every probe analysed in one call."""
    return analyse_all([values(form)[0] for form in FORMS])


@pytest.mark.parametrize(("k", "text", "agency"), indexed(FORMS, lambda v: v[0][-60:]))
def test_an_acronym_with_a_digit_closing_its_sentence_is_named(analysed: list, k: int, text: str,
                                                               agency: str) -> None:
    assert agency in {m.agency for m in analysed[k].agencies}
