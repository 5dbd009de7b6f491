"""A modal right after the opener of a condition past an adverb ("Jika memang harus datang ...", "Kalau terpaksa harus
berfoto ...") or after an opener of a concession or supposition ("Kalaupun harus hadir ...", "Andaikan perlu ...")
supposes the rule, it gives none; the main clause after the comma keeps its own rule, and a condition that names who
is meant before its comma ("Jika ada ASN yang maju ..., ia wajib ..."), or one closed before the modal, keeps it."""

from __future__ import annotations

import pytest

from tests.nlp.probes import indexed, sentence_kinds

CONTEXT = "Sekda meminta seluruh ASN menjaga netralitas selama Pilkada 2024."

# (sentence after the context, the kinds of directive it gives)
PROBES: list[tuple[str, tuple[str, ...]]] = [
    ("Kalaupun harus hadir di lokasi kampanye, pegawai cukup mendengarkan dari belakang.", ()),
    ("Andaikan perlu mengikuti debat kandidat, pegawai cukup menonton dari rumah.", ()),
    ("Jika memang harus datang ke acara calon, ASN tidak boleh mengenakan atribut apa pun.", ("prohibition",)),
    ("Kalau terpaksa harus berfoto dengan calon, pegawai dilarang berpose dengan jari.", ("prohibition",)),
    ("Jika ada ASN yang maju dalam pilkada, ia wajib mengundurkan diri.", ("obligation",)),
    ("Bila ada pegawai yang menjadi petugas pemilu harus mendapat izin atasan.", ("obligation",)),
    ("ASN memang harus netral selama tahapan pilkada berlangsung.", ("obligation",)),
    ("Jika ditanya soal pilihan, ASN harus menjawab bahwa pilihannya rahasia.", ("obligation",)),
]


@pytest.fixture(scope="module")
def analysed(analyse_all) -> list:
    """Every probe analysed after the context, in one call."""
    return analyse_all([f"{CONTEXT} {p[0]}" for p in PROBES], published="2024-10-07")


@pytest.mark.parametrize(("k", "kinds"), indexed(PROBES, lambda v: v[0][:56], first=1))
def test_a_supposed_rule_gives_none(analysed: list, k: int, kinds: tuple[str, ...]) -> None:
    assert sentence_kinds(analysed[k], PROBES[k][0]) == set(kinds)
