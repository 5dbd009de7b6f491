"""A text cut short inside its last sentence a word or less past a request verb, before anyone it asks ("Kadis juga
mengingatkan selur", "Sekda pun meminta"): whom and what it asks are lost, so no appeal. A request whose addressee
is left, a closing sentence ended properly, or a cut sentence whose request has its content still give one. Texts in
our own words."""

from __future__ import annotations

import pytest

LEAD = "Bupati Klaten meminta seluruh ASN menjaga netralitas pada Pilkada 2024. "


def appeals(run, text: str) -> list[str]:
    return [d.sentence for d in run(text).directives if d.kind == "appeal"]


@pytest.mark.parametrize("tail", [
    "Kepala BKPSDM juga mengingatkan selur",
    "Sekda pun meminta",
    "Ketua Bawaslu juga mengajak pa",
    "Dalam kesempatan itu Inspektur mengimbau ",
])
def test_a_request_cut_before_whom_it_asks_gives_none(run, tail):
    assert not any(s.startswith(tail.strip()[:12]) for s in appeals(run, LEAD + tail))


@pytest.mark.parametrize("tail", [
    "Kepala BKPSDM juga mengingatkan seluruh ASN",
    "Sekda pun meminta pegawai agar tidak ikut kamp",
    "Kepala BKPSDM juga mengingatkan seluruh ASN.",
])
def test_a_request_with_its_addressee_or_content_stays(run, tail):
    assert any(s.startswith(tail[:12]) for s in appeals(run, LEAD + tail))


def test_a_request_inside_the_text_is_not_cut(run):
    text = "Sekda pun meminta seluruh ASN menjaga netralitas. " + LEAD
    assert any(s.startswith("Sekda pun meminta") for s in appeals(run, text))
