"""Probe list of "nggak" written with one g ("ngak") before a word of leave: "ngak boleh", "ngak diperbolehkan",
"ngak akan diizinkan" forbid, as "nggak boleh" does, where "boleh" alone would read as leave. The leave given
with no negator stays a permission, and the same refusal said of voters is no directive to civil servants.
Sentences are our own; all are analysed in one batch."""

from __future__ import annotations

import pytest

from tests.nlp.probes import indexed

BAN = {"prohibition"}

# (text, the directive kinds the analysis must give)
FORMS: list[tuple[str, set[str]]] = [
    ("Menurut Kepala BKPSDM, ASN ngak boleh ikut konvoi kampanye paslon di Pilkada 2024.", BAN),
    ("Menurut Kepala BKPSDM, PNS ngak diperbolehkan memasang baliho calon di rumah dinas jelang Pilkada 2024.", BAN),
    ("Menurut Kepala BKPSDM, pegawai ngak akan diizinkan cuti untuk menjadi tim pemenangan di Pilkada 2024.", BAN),
    # look-alikes: leave with no negator, and the refusal said of voters
    ("Menurut Kepala BKPSDM, ASN boleh datang ke kampanye sebagai pendengar pada Pilkada 2024.", {"permission"}),
    ("Menurut Ketua KPPS, pemilih ngak boleh memotret surat suara di bilik pada Pilkada 2024.", set()),
]


@pytest.fixture(scope="module")
def analysed(analyse_all) -> list:
    """Every probe analysed in one call."""
    return analyse_all([text for text, _ in FORMS], published="2024-10-07")


@pytest.mark.parametrize(("k", "text", "kinds"), indexed(FORMS, lambda v: v[0][:64]))
def test_one_g_spoken_negator_forbids(analysed: list, k: int, text: str, kinds: set[str]) -> None:
    assert {d.kind for d in analysed[k].directives} == kinds
