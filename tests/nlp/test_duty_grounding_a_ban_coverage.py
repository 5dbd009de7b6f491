"""Probe list of a duty stated as the reason for a ban or a leave in the same sentence ('tidak boleh menggiring
pemilih karena PNS itu harus netral', 'ASN diperkenankan hadir karena mereka perlu mendengar visi misi'): it grounds
that rule, one directive, no duty of its own. A reason after a request to someone else, a reason standing alone, a
modal past punctuation and 'oleh sebab itu' (therefore) keep the duty. Sentences are our own; all are analysed in
one batch."""

from __future__ import annotations

import pytest

from tests.nlp.probes import sentence_kinds

# A story's first sentence addresses the civil servants; the second holds the reason.
CONTEXT = "Kepala BKPSDM memberikan arahan kepada ASN jelang Pilkada 2024."
FORMS: list[tuple[str, bool]] = [
    ("Guru tidak boleh mengarahkan pilihan muridnya karena guru itu harus netral.", False),
    ("ASN dilarang memasang stiker calon di rumah karena mereka wajib menjaga netralitas.", False),
    ("Pegawai diperbolehkan menonton debat karena mereka perlu mengetahui program para calon.", False),
    # ... but after a request to someone else, standing alone, past punctuation or as "therefore", a duty stays
    ("Ia berharap tim sukses tidak memakai jaringan pegawai, karena mereka harus netral.", True),
    ("Karena ASN harus netral dalam setiap tahapan.", True),
    ("ASN tidak boleh berkampanye. Oleh sebab itu, kita harus menaati aturan itu.", True),
    ('"ASN tidak boleh ikut kampanye," katanya sembari mengingatkan agar semua ASN harus netral.', True),
]


@pytest.fixture(scope="module")
def analysed(analyse_all) -> list:
    """Every probe analysed in one call, after the context."""
    return analyse_all([f"{CONTEXT} {text}" for text, _ in FORMS], published="2024-10-10")


def _last_sentence(text: str) -> str:
    """The probe's sentence that holds the modal: its last one."""
    return text.split(". ")[-1] if text.count(". ") else text


@pytest.mark.parametrize("k", range(len(FORMS)), ids=[text[:50] for text, _ in FORMS])
def test_a_duty_that_grounds_a_ban_is_no_directive_of_its_own(analysed: list, k: int) -> None:
    text, expected = FORMS[k]
    assert ("obligation" in sentence_kinds(analysed[k], _last_sentence(text))) == expected
