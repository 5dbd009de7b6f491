"""Probe list: a warning given to or borne by civil servants in any voice ('diberikan', 'mendapat', 'menerima',
'dijatuhi' ... 'peringatan') is a sanction, as 'diberi peringatan' is; an early warning of weather or disaster given
or got ('peringatan dini') is none. Sentences are our own; all texts are analysed in one batch after a sentence naming
the civil servants, and only the last sentence's directives are checked (as the analysis spells it)."""

from __future__ import annotations

import pytest

from pipeline.nlp.spelling import repair
from tests.nlp.probes import indexed, sentence_kinds

CONTEXT = "Bawaslu mendapati tiga ASN dinas kesehatan ikut berkampanye untuk calon bupati."
S = ("sanction",)

# (the sentence checked, the kinds of directive it gives)
PROBES: list[tuple[str, tuple[str, ...]]] = [
    ("Ketiganya lalu diberikan peringatan oleh sekretaris daerah.", S),
    ("Dua kepala seksi juga sudah mendapat peringatan keras dari wali kota.", S),
    ("Pegawai tersebut menerima peringatan tertulis pekan ini.", S),
    ("Mereka akhirnya dijatuhi peringatan oleh pejabat pembina kepegawaian.", S),
    # an early warning of weather or disaster
    ("Warga di bantaran sungai mendapat peringatan dini banjir dari BPBD.", ()),
    ("BMKG memberikan peringatan dini gelombang tinggi kepada nelayan.", ()),
]


@pytest.fixture(scope="module")
def analysed(analyse_all) -> list:
    """Every probe analysed in one call, after the sentence naming the civil servants."""
    return analyse_all([f"{CONTEXT} {text}" for text, _ in PROBES], published="2024-10-01")


@pytest.mark.parametrize(("k", "kinds"), indexed(PROBES, lambda v: v[0][:56], first=1))
def test_a_warning_in_any_voice(analysed: list, k: int, kinds: tuple[str, ...]) -> None:
    assert sentence_kinds(analysed[k], repair(PROBES[k][0])) == set(kinds)
