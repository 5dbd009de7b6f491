"""Probe list: a penalty whose sentence names a party or its organs as the doer ("oleh partai", "ke DPP", the party's
court of honour), a seat it takes back (PAW) or the desertion it punishes ("membelot"), and no civil servant, is the
party's penalty on its cadres, none told to civil servants; a civil servant named beside the party keeps the
sanction. Sentences are our own; all texts are analysed in one batch after a sentence naming the civil servants, and
only the last sentence's directives are checked (as the analysis spells it)."""

from __future__ import annotations

import pytest

from pipeline.nlp.spelling import repair
from tests.nlp.probes import indexed, sentence_kinds

CONTEXT = "Bupati mengimbau ASN agar netral pada Pilkada 2024."
S = ("sanction",)

# (the sentence checked, the kinds of directive it gives)
PROBES: list[tuple[str, tuple[str, ...]]] = [
    ("Anggota dewan yang mendukung pasangan lain itu akan dipecat oleh partai.", ()),
    ("Nama-nama pengurus itu sudah kami serahkan ke DPP untuk dipecat.", ()),
    ("Mahkamah Partai bisa menjatuhkan sanksi pemberhentian kepada pengurus cabang itu.", ()),
    ("Legislator yang tak mengikuti arahan terancam sanksi hingga PAW.", ()),
    ("Calon legislatif yang membelot ke kubu lawan bakal dikenai sanksi.", ()),
    # a civil servant named beside the party, or no party at all
    ("Camat yang ketahuan ikut rapat pengurus partai itu akan dicopot oleh bupati.", S),
    ("PNS yang terbukti menjadi anggota partai politik diberhentikan tidak dengan hormat.", S),
    ("Jika terbukti, pegawai itu akan diberhentikan.", S),
]


@pytest.fixture(scope="module")
def analysed(analyse_all) -> list:
    """Every probe analysed in one call, after the sentence naming the civil servants."""
    return analyse_all([f"{CONTEXT} {text}" for text, _ in PROBES], published="2024-10-01")


@pytest.mark.parametrize(("k", "kinds"), indexed(PROBES, lambda v: v[0][:56], first=1))
def test_a_penalty_by_a_party_on_its_cadres(analysed: list, k: int, kinds: tuple[str, ...]) -> None:
    assert sentence_kinds(analysed[k], repair(PROBES[k][0])) == set(kinds)
