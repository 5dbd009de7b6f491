"""Probe list of the political choice left free by whoever rules ("Kemendagri membebaskan pilihan politik PNS"): a
leave, the civil servants whose choice it is the addressee. Freeing anything else (a menu, a detainee) gives no
leave. Sentences are our own; all are analysed in one batch."""

from __future__ import annotations

import pytest

from tests.nlp.probes import indexed, sentence_kinds

LEAD = "Bupati mengingatkan ASN wajib netral."

# (sentence after the lead, whether the analysis gives a permission in it)
FORMS: list[tuple[str, bool]] = [
    ("Pemerintah daerah membebaskan pilihan politik para pegawai di bilik suara.", True),
    ("Menurut Sekda, aturan itu membebaskan hak pilih guru honorer asalkan tidak ditunjukkan di media sosial.", True),
    ("Panitia membebaskan pilihan menu bagi peserta rapat koordinasi.", False),
    ("Polisi membebaskan dua warga yang sempat diamankan saat kampanye.", False),
]


@pytest.fixture(scope="module")
def analysed(analyse_all) -> list:
    """Every probe analysed in one call, after the lead naming civil servants."""
    return analyse_all([f"{LEAD} {text}" for text, _ in FORMS], published="2024-10-07")


@pytest.mark.parametrize(("k", "text", "leave"), indexed(FORMS, lambda v: v[0][:64]))
def test_the_political_choice_left_free_is_leave(analysed: list, k: int, text: str, leave: bool) -> None:
    assert ("permission" in sentence_kinds(analysed[k], text)) is leave
