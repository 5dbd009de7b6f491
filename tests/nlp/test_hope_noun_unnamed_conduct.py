"""Probe list of a hope put as the speaker's noun or as a passive ("Harapannya agar ...", "Harapan kami supaya ...",
"Diharapkan agar ..."), naming no one, whose content opens with the neutrality asked of civil servants: in a story
addressing civil servants it asks them, as "berharap agar tetap netral" does. Beside them, the same hopes for the event
or another aim, and a wish word with no "agar", which ask no one. Sentences are our own; all are analysed in one
batch."""

from __future__ import annotations

import pytest

LEAD = "Menjelang Pilkada 2024, Kepala BKPSDM memberi pengarahan kepada para PNS di aula dinas. "

# (text, whether the analysis must give an appeal)
FORMS: list[tuple[str, bool]] = [
    (LEAD + "Harapannya agar tetap menjaga netralitas sampai pelantikan kepala daerah.", True),
    (LEAD + "\"Harapan kami supaya selalu bersikap netral,\" katanya.", True),
    (LEAD + "Diharapkan agar tidak memihak kepada pasangan calon mana pun.", True),
    # the same hopes for the event or another aim, and a wish with no "agar"
    (LEAD + "Harapannya agar pemungutan suara berjalan lancar.", False),
    (LEAD + "Diharapkan agar tetap kondusif sampai penghitungan suara.", False),
    (LEAD + "Mudah-mudahan tetap sehat sampai hari pencoblosan.", False),
]


@pytest.fixture(scope="module")
def analysed(analyse_all) -> list:
    """Every probe analysed in one call."""
    return analyse_all([text for text, _ in FORMS], published="2024-09-10")


@pytest.mark.parametrize("k", range(len(FORMS)), ids=[text[len(LEAD):len(LEAD) + 50] for text, _ in FORMS])
def test_an_unnamed_hope_noun_of_neutrality_asks_the_story_s_civil_servants(analysed: list, k: int) -> None:
    assert any(d.kind == "appeal" for d in analysed[k].directives) == FORMS[k][1]
