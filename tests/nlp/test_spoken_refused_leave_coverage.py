"""Probe list of leave refused in speech: a spoken or abbreviated negator ("gak", "nggak", "enggak", "ndak", "nda",
"tdk") right before a passive word of leave ("diperbolehkan", "dibolehkan", "diizinkan", "diperkenankan",
"dibenarkan") or past an adverb ("enggak akan diizinkan") forbids, as "tidak diperbolehkan" does, and "nda boleh" is
a ban, no leave; so is the other spelling "tak diijinkan". The leave given with no negator stays a permission, and
a spoken refusal said of the public is no directive to civil servants. Sentences are our own; all are analysed in one
batch."""

from __future__ import annotations

import pytest

from tests.nlp.probes import indexed

BAN = {"prohibition"}

# (text, the directive kinds the analysis must give)
FORMS: list[tuple[str, set[str]]] = [
    ("Kata Sekda, PNS gak diperbolehkan jadi tim sukses calon bupati di Pilkada 2024.", BAN),
    ("Kata Sekda, ASN nggak diizinkan pasang stiker paslon di mobil dinas pada Pilkada 2024.", BAN),
    ("Kata Sekda, pegawai enggak akan dibolehkan hadir di deklarasi calon wali kota pada Pilkada 2024.", BAN),
    ("Kata Sekda, ASN tdk dibenarkan berpihak ke salah satu calon di Pilkada 2024.", BAN),
    ("Kata Sekda, ASN nda boleh ikut arak-arakan kampanye paslon di Pilkada 2024.", BAN),
    ("Kata Sekda, PNS tak diijinkan memakai seragam dinas di acara partai jelang Pilkada 2024.", BAN),
    # look-alikes: leave with no negator, and a spoken refusal said of the public
    ("Kata Sekda, ASN diperbolehkan hadir di kampanye untuk mendengar visi misi pada Pilkada 2024.", {"permission"}),
    ("Kata Ketua KPU, warga gak diperbolehkan membawa ponsel ke bilik suara di Pilkada 2024.", set()),
]


@pytest.fixture(scope="module")
def analysed(analyse_all) -> list:
    """Every probe analysed in one call."""
    return analyse_all([text for text, _ in FORMS], published="2024-10-07")


@pytest.mark.parametrize(("k", "text", "kinds"), indexed(FORMS, lambda v: v[0][:64]))
def test_spoken_refused_leave_forbids(analysed: list, k: int, text: str, kinds: set[str]) -> None:
    assert {d.kind for d in analysed[k].directives} == kinds
