"""Probe list of a duty framing a ban: a modal of duty in the relative clause of a ban noun ("larangan yang harus
ditaati ASN") or right after a ban and a joiner ("hal yang dilarang dan wajib ditaati"), with bans listed after it in
the sentence, is the duty to keep those bans: the listed bans are the rule, as the read half's gold gives the ban
alone. With no ban after it the duty stays the rule, and a duty with a subject of its own beside a ban keeps both.
Sentences are our own; all are analysed in one batch."""

from __future__ import annotations

import pytest

from tests.nlp.probes import indexed

BAN = {"prohibition"}
BOTH = {"obligation", "prohibition"}

# (text, the directive kinds the analysis must give)
FORMS: list[tuple[str, set[str]]] = [
    ("Ada sejumlah larangan yang harus ditaati ASN jelang Pilkada 2024, misalnya tidak boleh memasang baliho calon.",
     BAN),
    ("Menurut Sekda, hal yang dilarang dan wajib ditaati ASN saat Pilkada 2024 antara lain, ASN tidak boleh "
     "menghadiri deklarasi pasangan calon.", BAN),
    # look-alikes: no ban after the duty, or a duty with its own subject and content beside a ban
    ("Sekda menguraikan berbagai larangan yang harus ditaati ASN selama Pilkada 2024.", {"obligation"}),
    ("ASN harus netral dalam Pilkada 2024 dan tidak boleh memasang baliho calon, kata Sekda.", BOTH),
]


@pytest.fixture(scope="module")
def analysed(analyse_all) -> list:
    """Every probe analysed in one call."""
    return analyse_all([text for text, _ in FORMS], published="2024-10-07")


@pytest.mark.parametrize(("k", "text", "kinds"), indexed(FORMS, lambda v: v[0][:64]))
def test_a_duty_framing_listed_bans_is_the_ban(analysed: list, k: int, text: str, kinds: set[str]) -> None:
    assert {d.kind for d in analysed[k].directives} == kinds
