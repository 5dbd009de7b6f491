"""Probe list of two hedges built on 'boleh': "apa boleh buat" ("it cannot be helped") and "boleh dikata" ("one could
say"), asides of the writer or speaker, no leave to anyone; a 'boleh' of its own in the same sentence still allows, and
"tidak boleh" still bans. Sentences are our own; all are analysed in one batch."""

from __future__ import annotations

import pytest

from tests.nlp.probes import indexed

LEAD = "Sekda meminta seluruh ASN menjaga netralitas dalam pilkada tahun ini. "

# (second sentence, the kinds its own directives must have)
FORMS: list[tuple[str, set[str]]] = [
    ("Apa boleh buat, sebagian pegawai memilih ikut arus karena takut kehilangan jabatan.", set()),
    ("Mereka sudah ditekan atasan sejak lama, maka apa boleh buat.", set()),
    ("Boleh dikata, hampir semua kepala dinas sudah hadir dalam rapat itu.", set()),
    ("Apa boleh dibuat, laporan itu datang terlambat ke meja pengawas.", set()),
    # look-alikes: a leave or a ban of its own
    ("Apa boleh buat, ASN tetap boleh memilih di TPS sesuai hati nurani.", {"permission"}),
    ("ASN boleh hadir di kampanye asalkan tidak memakai atribut.", {"permission"}),
    ("ASN tidak boleh berfoto dengan calon bupati.", {"prohibition"}),
]


@pytest.fixture(scope="module")
def analysed(analyse_all) -> list:
    """Every probe analysed in one call."""
    return analyse_all([LEAD + text for text, _ in FORMS], published="2024-10-07")


@pytest.mark.parametrize(("k", "text", "kinds"), indexed(FORMS, lambda v: v[0][:64]))
def test_resigned_aside_gives_no_leave(analysed: list, k: int, text: str, kinds: set[str]) -> None:
    own = {d.kind for d in analysed[k].directives if not d.sentence.startswith("Sekda meminta")}
    assert own == kinds
