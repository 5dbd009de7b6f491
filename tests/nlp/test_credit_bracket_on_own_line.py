"""Probe list of a desk's credit set in brackets alone on the line after the story's last paragraph ('... tetap
netral.\n(Tim Diskominfo Sumba)'): the same credit as one written after the closing stop on that line, so the desk
named there is no institution of the story. Left alone: a bracket opened by an office's title names the speaker, a
bracket on its own line after a line closed by no stop (a heading, a list's item) is not taken for a credit, and the
lines after the credit are still read. Sentences in our own words, analysed in one batch."""

from __future__ import annotations

import pytest

from tests.nlp.probes import indexed, values

S = "Penjabat Bupati Sumba Barat meminta seluruh ASN tetap netral selama tahapan Pilkada 2024 berlangsung."

# (text, a body that must not be listed)
CREDITS = [
    (S + "\n(Tim Diskominfo Sumba Barat)", "Dinas Komunikasi dan Informatika Kabupaten Sumba Barat"),
    (S + "\n\n(Humas Bawaslu Sumba Barat)", "Bawaslu Kabupaten Sumba Barat"),
    (S + " \n  (Diskominfo Sumba Barat) \nBagikan berita ini",
     "Dinas Komunikasi dan Informatika Kabupaten Sumba Barat"),
]

# (text, a body that must be listed)
KEPT = [
    # an office's title opens the bracket: the speaker quoted, whose office is the story's
    (S + "\n(Kepala BKPSDM Sumba Barat Yohanes Lado)",
     "Badan Kepegawaian dan Pengembangan Sumber Daya Manusia Kabupaten Sumba Barat"),
    # the line before closes with no stop: a heading over a bracketed name, not a paragraph's credit
    ("Lembaga yang hadir\n(Bawaslu Sumba Barat)\n" + S, "Bawaslu Kabupaten Sumba Barat"),
    # the paragraph after the credit is still the story's
    (S + "\n(Tim Diskominfo)\nKetua Bawaslu Sumba Barat juga meminta ASN tidak ikut kampanye.",
     "Bawaslu Kabupaten Sumba Barat"),
]


@pytest.fixture(scope="module")
def analysed(analyse_all) -> list:
    """Every probe analysed in one call."""
    return analyse_all([values(p)[0] for p in CREDITS + KEPT], published="2024-10-02")


@pytest.mark.parametrize(("k", "text", "body"), indexed(CREDITS, lambda v: v[0][-34:]))
def test_a_credit_on_its_own_line_names_no_body(analysed: list, k: int, text: str, body: str) -> None:
    assert body not in {m.agency for m in analysed[k].agencies}


@pytest.mark.parametrize(("k", "text", "body"), indexed(KEPT, lambda v: v[0][:34]))
def test_a_bracket_that_is_no_credit_still_names_its_body(analysed: list, k: int, text: str, body: str) -> None:
    assert body in {m.agency for m in analysed[len(CREDITS) + k].agencies}
