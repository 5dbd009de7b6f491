"""Probe list of "sanksi" typed without its n ("saksi") where a word of imposing it stands before ("akan dikenakan
saksi", "dijatuhi saksi", "pemberian saksi"): a penalty, as reporters mean it; a witness ("saksi") is heard, called or
questioned, never imposed, and stays none. Sentences are our own; all texts are analysed in one batch after a sentence
naming the civil servants, and only the last sentence's directives are checked."""

from __future__ import annotations

import pytest

from pipeline.nlp.spelling import repair
from tests.nlp.probes import indexed, sentence_kinds

CONTEXT = "Sekda mengingatkan ASN agar netral pada Pilkada 2024."
S = ("sanction",)

# (the sentence checked, the kinds of directive it gives)
PROBES: list[tuple[str, tuple[str, ...]]] = [
    ("Jika terbukti memihak, pegawai itu akan dikenakan saksi sesuai aturan.", S),
    ("Kalau ketahuan berkampanye, guru tersebut bisa dikenai saksi berat.", S),
    ("Dua camat yang hadir di deklarasi calon sudah dijatuhi saksi oleh bupati.", S),
    ("Pemberian saksi kepada lurah itu menunggu hasil pemeriksaan Bawaslu.", S),
    # stay as they were
    ("Bawaslu memeriksa tiga saksi terkait lurah yang hadir di kampanye.", ()),
    ("Setiap paslon boleh menghadirkan saksi di TPS.", ()),
]


@pytest.fixture(scope="module")
def analysed(analyse_all) -> list:
    """Every probe analysed in one call, after the sentence naming the civil servants."""
    return analyse_all([f"{CONTEXT} {text}" for text, _ in PROBES])


@pytest.mark.parametrize(("k", "kinds"), indexed(PROBES, lambda v: v[0][:56], first=1))
def test_sanksi_without_its_n_is_a_penalty(analysed: list, k: int, kinds: tuple[str, ...]) -> None:
    assert sentence_kinds(analysed[k], repair(PROBES[k][0])) == set(kinds)
