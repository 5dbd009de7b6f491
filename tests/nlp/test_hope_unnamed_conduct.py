"""Probe list of a hope naming no one whose content, after its "agar"/"supaya", opens with the neutrality asked of civil
servants ("Ia berharap agar tetap menjaga netralitas"): in a story addressing civil servants it asks them, as a request
with no addressee does. Beside them, hopes whose content has its own subject, another aim, or no "agar" (the speaker's
own aim), which ask no one. Sentences are our own; all are analysed in one batch."""

from __future__ import annotations

import pytest

LEAD = "Menjelang Pilkada 2024, Wakil Bupati mengumpulkan para ASN di aula kantor bupati. "

# (text, whether the analysis must give an appeal)
FORMS: list[tuple[str, bool]] = [
    (LEAD + "Ia berharap agar tetap menjaga netralitas sampai pemungutan suara.", True),
    (LEAD + "Wakil Bupati mengharapkan supaya selalu bersikap netral selama tahapan berlangsung.", True),
    (LEAD + "\"Kami berharap agar tidak memihak kepada calon mana pun,\" katanya.", True),
    (LEAD + "Ia juga berharap agar betul-betul menjunjung tinggi netralitas di media sosial.", True),
    # the hope's content with its own subject, another aim, or the speaker's own aim
    (LEAD + "Ia berharap agar pemungutan suara berjalan netral dan damai.", False),
    (LEAD + "Ia berharap agar tetap kondusif sampai pelantikan.", False),
    (LEAD + "Ia berharap agar menjaga kebersihan ruang kerja.", False),
    (LEAD + "Panitia berharap dapat menjaga integritas pemilihan di daerah itu.", False),
]


@pytest.fixture(scope="module")
def analysed(analyse_all) -> list:
    """Every probe analysed in one call."""
    return analyse_all([text for text, _ in FORMS], published="2024-09-10")


@pytest.mark.parametrize("k", range(len(FORMS)), ids=[text[len(LEAD):len(LEAD) + 50] for text, _ in FORMS])
def test_an_unnamed_hope_of_neutrality_asks_the_story_s_civil_servants(analysed: list, k: int) -> None:
    assert any(d.kind == "appeal" for d in analysed[k].directives) == FORMS[k][1]
