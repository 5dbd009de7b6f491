"""Probe list of a rule noun in a section's heading: a short line of its own with no closing mark, its words
capitalised but for links ("LARANGAN PNS BERPOLITIK", "Larangan dan Netralitas"), names the topic the paragraphs
under it state, no rule of its own, as the read half's gold counts none; so does a heading that bans with a verb
(see test_section_headings_coverage). The rule noun in prose, with its content, stays a prohibition. Sentences are
our own; all are analysed in one batch."""

from __future__ import annotations

import pytest

from tests.nlp.probes import indexed

BEFORE = "Bupati mengingatkan ASN agar netral dalam Pilkada 2024.\n\n"
AFTER = "\n\nDalam aturan itu, ASN wajib menjaga netralitas."
BODY = {"appeal", "obligation"}
BANNED = BODY | {"prohibition"}

# (the line between two paragraphs, the directive kinds the analysis must give for the whole text)
FORMS: list[tuple[str, set[str]]] = [
    ("LARANGAN ASN BERPOLITIK", BODY),
    ("Larangan dan Kewajiban", BODY),
    ("Larangan ASN di Media Sosial", BODY),
    ("KEWAJIBAN DAN LARANGAN BAGI PNS", BODY),
    ("ASN Dilarang Ikut Kampanye", BODY),
    # look-alikes: prose
    ("Larangan bagi ASN ikut kampanye sudah jelas.", BANNED),
    ("Larangan bagi ASN untuk ikut kampanye", BANNED),
]


@pytest.fixture(scope="module")
def analysed(analyse_all) -> list:
    """Every probe analysed in one call."""
    return analyse_all([BEFORE + line + AFTER for line, _ in FORMS], published="2024-10-07")


@pytest.mark.parametrize(("k", "line", "kinds"), indexed(FORMS, lambda v: v[0][:64]))
def test_a_rule_noun_heading_a_section_states_no_rule(analysed: list, k: int, line: str, kinds: set[str]) -> None:
    assert {d.kind for d in analysed[k].directives} == kinds
