"""Probe list of a bare ban before a duty: a ban with no subject and no content opens its sentence (past a lead such
as "jadi"), a comma closes it (past a particle such as "lah"), and a modal of duty follows ("Jadi dilarang, harus
netral", "Jangan lah, wajib netral kita"): one statement whose rule is the duty, the ban only stressing it, as the
read half's gold gives the duty alone. A ban with its subject or content, a duty given as the ban's reason, or a bare
ban with no duty after it stays a prohibition. Sentences are our own; all are analysed in one batch."""

from __future__ import annotations

import pytest

from tests.nlp.probes import indexed

DUTY = {"obligation"}
BOTH = {"obligation", "prohibition"}

# (text, the directive kinds the analysis must give)
FORMS: list[tuple[str, set[str]]] = [
    ("\"Jadi dilarang, harus netral,\" kata Bupati kepada para ASN jelang Pilkada 2024.", DUTY),
    ("\"Jangan lah, wajib netral kita,\" tambah Sekda kepada para ASN jelang Pilkada 2024.", DUTY),
    ("\"Tidak boleh, ASN harus netral,\" tegas Bupati jelang Pilkada 2024.", DUTY),
    # look-alikes: the ban has its subject or content, the duty is its reason, or no duty follows
    ("\"ASN dilarang ikut kampanye, harus netral,\" kata Bupati jelang Pilkada 2024.", BOTH),
    ("\"Jadi dilarang, karena ASN harus netral,\" kata Bupati jelang Pilkada 2024.", BOTH),
    ("\"Tidak boleh,\" kata Bupati soal ASN ikut kampanye jelang Pilkada 2024.", {"prohibition"}),
]


@pytest.fixture(scope="module")
def analysed(analyse_all) -> list:
    """Every probe analysed in one call."""
    return analyse_all([text for text, _ in FORMS], published="2024-10-07")


@pytest.mark.parametrize(("k", "text", "kinds"), indexed(FORMS, lambda v: v[0][:64]))
def test_a_bare_ban_before_a_duty_is_the_duty(analysed: list, k: int, text: str, kinds: set[str]) -> None:
    assert {d.kind for d in analysed[k].directives} == kinds
