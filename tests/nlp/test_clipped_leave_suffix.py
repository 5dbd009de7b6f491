"""Probe list of leave written with its suffix dropped ("ASN diperboleh hadir"), as the bans' "tak diperboleh" already
is: a permission. Negatives: the same clipped word refused (a ban, not leave), and given to townspeople while the
civil servants are forbidden. Sentences are our own; all are analysed in one batch."""

from __future__ import annotations

import pytest

from tests.nlp.probes import indexed

P = {"permission"}
B = {"prohibition"}
CONTEXT = "Pilkada serentak 2024 di Kabupaten Teluk Damai memasuki masa kampanye. "

# (text, the directive kinds the analysis must give)
FORMS: list[tuple[str, set[str]]] = [
    (CONTEXT + "Kepala BKPSDM menyebut pegawai yang suaminya maju diperboleh mendampinginya saat debat.", P),
    (CONTEXT + "Menurut Bawaslu setempat, ASN diperboleh menyimak kampanye terbuka dari kejauhan.", P),
    (CONTEXT + "Sekda menjelaskan PNS juga diperboleh untuk datang ke rapat umum calon selama hari libur.", P),
    (CONTEXT + "Sekda menegaskan PNS tidak diperboleh berfoto dengan gaya jari calon mana pun.", B),
    (CONTEXT + "Kepala BKD mengingatkan ASN tak diperboleh membagikan brosur calon di kantor.", B),
    (CONTEXT + "Ketua Bawaslu menyebut warga diperboleh memasang bendera partai, sementara ASN dilarang.", B),
]


@pytest.fixture(scope="module")
def analysed(analyse_all) -> list:
    """Every probe analysed in one call."""
    return analyse_all([text for text, _ in FORMS], published="2024-10-10")


@pytest.mark.parametrize(("k", "text", "kinds"), indexed(FORMS, lambda v: v[0][len(CONTEXT):][:60]))
def test_clipped_leave_suffix_is_a_permission(analysed: list, k: int, text: str, kinds: set[str]) -> None:
    assert {d.kind for d in analysed[k].directives} == kinds
