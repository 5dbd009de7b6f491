"""A condition "jika ada X yang ..." whose relative clause has said what those named do, closed with no comma by a
modal of duty ('Bila ada ASN yang jadi petugas pilkada harus mendapat izin atasan', 'kalau ada ASN yang mencalonkan
diri harus melampirkan surat pengunduran diri'), gives the duty in its main clause, as the condition closed by a comma
does: the read gold gives both such sentences (2 outlets) an obligation. A cue right after "yang" (past a negator or
an adverb) stays inside the condition ('Jika ada ASN yang dilarang hadir, ...')."""

from __future__ import annotations

import pytest

from tests.nlp.probes import indexed, sentence_kinds

CONTEXT = "Bupati mengimbau seluruh ASN menjaga netralitas dalam Pilkada 2024. "

# (sentence after the context, the kinds of directive it gives)
PROBES: list[tuple[str, tuple[str, ...]]] = [
    ("Bila ada ASN yang menjadi petugas pilkada harus mendapat izin atasan.", ("obligation",)),
    ("Kalau ada pegawai yang mencalonkan diri jadi bupati harus melampirkan surat pengunduran diri.", ("obligation",)),
    ("Jika ada PNS yang diundang partai wajib melapor kepada atasannya.", ("obligation",)),
    ("Apabila ada guru yang sakit saat pemungutan suara mesti memberi kabar kepada kepala sekolah.", ("obligation",)),
    # a cue inside the condition: no rule, as before
    ("Jika ada ASN yang dilarang hadir, panitia akan memberi tahu.", ()),
    ("Kalau ada hal yang perlu ditanyakan, panitia siap menjawab.", ()),
]


@pytest.fixture(scope="module")
def analysed(analyse_all) -> list:
    """Every probe analysed in one call, each after the context that addresses the civil servants."""
    return analyse_all([CONTEXT + p[0] for p in PROBES], published="2024-10-07")


@pytest.mark.parametrize(("k", "kinds"), indexed(PROBES, lambda v: v[0][:56], first=1))
def test_a_condition_closed_by_a_modal_gives_the_duty(analysed: list, k: int, kinds: tuple[str, ...]) -> None:
    assert sentence_kinds(analysed[k], PROBES[k][0]) == set(kinds)
