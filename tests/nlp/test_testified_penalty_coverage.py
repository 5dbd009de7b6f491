"""Probe list of the penalised telling his own case ("Kami dicopot tanpa penjelasan", "Saya dan rekan-rekan saya
dipecat"): a sentence opening with the speaker borne by a passive penalty verb is a testimony quoted, no penalty
threatened or imposed; a pledge or a condition ("kami bersedia disanksi", "saya siap dicopot") and the speaker's own
penalising ("Kami pecat ...") stay. Each probe follows a sentence naming civil servants; only the probe sentence's
directives are read. Sentences are our own; all are analysed in one batch."""

from __future__ import annotations

import pytest

from tests.nlp.probes import indexed

S = {"sanction"}
LEAD = "Belasan ASN Pemkab Sukamaju kehilangan jabatan setelah pilkada. "

# (probe sentence, whether it must give a sanction)
FORMS: list[tuple[str, set[str]]] = [
    ("Kami dicopot begitu saja tanpa penjelasan dan tanpa surat teguran.", set()),
    ("\"Saya dan rekan-rekan saya dipecat tanpa pernah diberi sanksi disiplin sebelumnya.", set()),
    ("Kami bukan menolak dinonjobkan, tetapi sanksi itu datang tanpa pemeriksaan.", set()),
    ("Saya tiba-tiba diberhentikan, padahal tidak ada surat teguran.", set()),
    ("Iya, saya dan rekan-rekan saya dipecat tanpa surat teguran.", set()),
    # ... an assent before a pledge keeps it
    ("Ya, kami bersedia disanksi jika terbukti tidak netral.", S),
    # look-alikes: pledges, conditions and the speaker's own penalising stay
    ("Apabila kami melanggar netralitas, kami bersedia disanksi sesuai aturan.", S),
    ("Kami siap dicopot dan menerima sanksi jika terbukti tidak netral.", S),
    ("Kami pecat ASN yang terbukti tidak netral.", S),
    ("ASN yang terbukti tidak netral akan dicopot dari jabatannya.", S),
]


@pytest.fixture(scope="module")
def analysed(analyse_all) -> list:
    """Every probe analysed in one call, after the lead sentence."""
    return analyse_all([LEAD + text for text, _ in FORMS], published="2024-12-07")


@pytest.mark.parametrize(("k", "text", "kinds"), indexed(FORMS, lambda v: v[0][:64]))
def test_testified_penalty_is_no_threat(analysed: list, k: int, text: str, kinds: set[str]) -> None:
    opening = text.strip('"')[:30]
    got = {d.kind for d in analysed[k].directives if opening in d.sentence}
    assert got & S == kinds
