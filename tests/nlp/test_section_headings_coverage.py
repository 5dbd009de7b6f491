"""Probe list of a section's heading with a directive cue: a short line of its own between paragraphs, with no
closing mark and its words capitalised but for links ("ASN Harus Netral", "Kades Pun Diingatkan", "PNS Dilarang
Ikut Kampanye"), names the topic the paragraphs under it state and gives no directive of its own, as the read half's
gold counts none of its such lines. The same words in prose (a closing mark, lower-case words) still give one.
Sentences are our own; all are analysed in one batch."""

from __future__ import annotations

import pytest

from tests.nlp.probes import indexed

BEFORE = "Jelang Pilkada 2024, Bupati menggelar apel bersama para pegawai di halaman kantor bupati.\n\n"
AFTER = "\n\nMenurut Bupati, netralitas adalah bagian dari sumpah jabatan pegawai."

# (the line between two paragraphs, the directive kinds the analysis must give for the whole text)
FORMS: list[tuple[str, set[str]]] = [
    ("ASN Harus Netral", set()),
    ("Pegawai Wajib Jaga Netralitas", set()),
    ("Kades Pun Diingatkan", set()),
    ("PNS Dilarang Ikut Kampanye", set()),
    # look-alikes: prose, closed by a mark or written in lower case
    ("ASN harus netral.", {"obligation"}),
    ("\"ASN harus netral,\" tegas Bupati.", {"obligation"}),
    ("Bupati juga mengingatkan ASN agar netral", {"appeal"}),
    ("PNS dilarang ikut kampanye", {"prohibition"}),
]


@pytest.fixture(scope="module")
def analysed(analyse_all) -> list:
    """Every probe analysed in one call."""
    return analyse_all([BEFORE + line + AFTER for line, _ in FORMS], published="2024-10-07")


@pytest.mark.parametrize(("k", "line", "kinds"), indexed(FORMS, lambda v: v[0][:64]))
def test_a_section_heading_gives_no_directive_of_its_own(analysed: list, k: int, line: str, kinds: set[str]) -> None:
    assert {d.kind for d in analysed[k].directives} == kinds
