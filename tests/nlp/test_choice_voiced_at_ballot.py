"""Probe list of a choice or the vote said to be made, shown or voiced at the ballot after a modal of ability
("ASN punya hak pilih, tetapi hanya bisa dilakukan di bilik suara", "kecenderungan politik dapat disampaikan saat
pencoblosan"): a permission. Negatives: the same passive with a place that is no booth (a step of work, a procedure at
the polling station or at the moment of voting) and "cukup" alone after a ban. Sentences are our own; all are
analysed in one batch."""

from __future__ import annotations

import pytest

from tests.nlp.probes import indexed

CONTEXT = "Pemilu 2024 tinggal sebulan lagi di Kota Tanjung Damai. "

# (text, whether the analysis must give a permission)
FORMS: list[tuple[str, bool]] = [
    (CONTEXT + "Kepala BKPSDM menyebut pegawai negeri punya hak pilih, tetapi hanya bisa dilakukan di bilik suara.",
     True),
    (CONTEXT + "Menurut sekda, kecenderungan politik ASN dapat disampaikan saat pencoblosan, bukan di media sosial.",
     True),
    (CONTEXT + "Ketua Bawaslu kota itu menyebut dukungan ASN hanya dapat ditunjukkan di dalam bilik suara.", True),
    (CONTEXT + "Kepala BKPSDM menyebut pendataan ASN dapat dilakukan di kantor camat mulai pekan depan.", False),
    (CONTEXT + "Sekda menegaskan keberpihakan ASN tidak perlu dipamerkan. Cukup disalurkan di bilik suara, katanya.",
     False),
    (CONTEXT + "Ketua KPPS menyebut formulir pindah memilih dapat digunakan di TPS tujuan, bukan di TPS asal.", False),
    (CONTEXT + "Menurut Bawaslu, pengawasan terhadap ASN dapat dilakukan saat pencoblosan oleh pengawas TPS.", False),
]


@pytest.fixture(scope="module")
def analysed(analyse_all) -> list:
    """Every probe analysed in one call."""
    return analyse_all([text for text, _ in FORMS], published="2024-01-10")


@pytest.mark.parametrize(("k", "text", "leave"), indexed(FORMS, lambda v: v[0][len(CONTEXT):][:60]))
def test_choice_voiced_at_ballot_is_a_permission(analysed: list, k: int, text: str, leave: bool) -> None:
    assert ("permission" in {d.kind for d in analysed[k].directives}) == leave
