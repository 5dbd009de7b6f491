"""Probe list of the Javanese refusals regional heads use in quotes: "ora usah" (spoken "ra usah", fused "rasah"), the
Javanese "tidak usah", and "ora oleh"/"ora entuk", the Javanese "tidak boleh", forbid as their Indonesian forms do,
before the conduct or after it, but only with civil servants named in the sentence, as "ojo" does; said to the public
or with no one named they state no directive. Sentences are our own; all are analysed in one batch."""

from __future__ import annotations

import pytest

from tests.nlp.probes import indexed

BAN = {"prohibition"}
NONE: set[str] = set()

# (text, the directive kinds the analysis must give)
FORMS: list[tuple[str, set[str]]] = [
    ("\"Para lurah ora usah melu kampanye Pemilu 2024,\" ujar Gubernur.", BAN),
    ("\"ASN ikut deklarasi calon bupati pada Pilkada 2024, ora usah,\" kata Sekda.", BAN),
    ("\"Pegawai ra usah pasang stiker calon di motor dinas selama Pilkada 2024,\" tegas Bupati.", BAN),
    ("\"PNS ora oleh dadi tim sukses pada Pilkada 2024,\" kata Bupati.", BAN),
    ("\"Guru PPPK ora entuk nggawa atribut partai ing sekolah selama Pemilu 2024,\" kata Kepala Dinas.", BAN),
    # look-alikes: said to residents, or with no one named
    ("\"Warga ora usah panik menghadapi banjir awal 2024,\" kata Bupati.", NONE),
    ("\"Ora oleh mbuang sampah ing kali sepanjang 2024,\" kata Lurah kepada warga.", NONE),
]


@pytest.fixture(scope="module")
def analysed(analyse_all) -> list:
    """Every probe analysed in one call."""
    return analyse_all([text for text, _ in FORMS], published="2024-10-07")


@pytest.mark.parametrize(("k", "text", "kinds"), indexed(FORMS, lambda v: v[0][:64]))
def test_javanese_refusals_forbid_civil_servants_only(analysed: list, k: int, text: str, kinds: set[str]) -> None:
    assert {d.kind for d in analysed[k].directives} == kinds
