"""Probe list of a ban denied to any name of a rule, a law or an article of it ("tidak ada pasal yang melarang ASN ...",
"tak ada undang-undang yang melarang PNS ...", "tiada larangan bagi ASN ..."): leave, not the ban the bare "melarang"
names. Negatives: a rule that does forbid, and a law's ban stated plainly. Sentences are our own; all are analysed in
one batch."""

from __future__ import annotations

import pytest

from tests.nlp.probes import indexed

P = {"permission"}
B = {"prohibition"}
CONTEXT = "Pemilihan bupati digelar tahun ini di Kabupaten Lembah Hijau. "

# (text, the directive kinds the analysis must give)
FORMS: list[tuple[str, set[str]]] = [
    (CONTEXT + "Menurut panwas, tidak ada pasal yang melarang ASN menonton debat calon di televisi.", P),
    (CONTEXT + "Tak ada undang-undang yang melarang pegawai negeri menjadi petugas pemungutan suara, ujarnya.", P),
    (CONTEXT + "Ia menyebut tiada larangan bagi ASN untuk mendengarkan visi misi para calon.", P),
    (CONTEXT + "Ada pasal yang melarang ASN menghadiri deklarasi calon, ujarnya.", B),
    (CONTEXT + "Undang-undang melarang pegawai negeri menjadi anggota tim kampanye, ujarnya.", B),
]


@pytest.fixture(scope="module")
def analysed(analyse_all) -> list:
    """Every probe analysed in one call."""
    return analyse_all([text for text, _ in FORMS], published="2024-09-10")


@pytest.mark.parametrize(("k", "text", "kinds"), indexed(FORMS, lambda v: v[0][62:120]))
def test_a_ban_denied_to_any_rule_is_leave(analysed: list, k: int, text: str, kinds: set[str]) -> None:
    assert {d.kind for d in analysed[k].directives} - {"appeal"} == kinds
