"""Probe list of leave or a ban made to hang on what the law says ("Kalau aturannya membolehkan, silakan",
"selama undang-undang tidak melarang, berarti boleh"): the rule's reach, said of ministers or heads as often as of
anyone, is no ruling, so no permission and no prohibition. Negatives: a rule of its own after such a condition (a
conduct follows the answer), a ban whose reason is the law, and a plain conditional leave. Sentences are our own;
all are analysed in one batch."""

from __future__ import annotations

import pytest

from tests.nlp.probes import indexed

CONTEXT = "Pilkada 2024 di Kabupaten Lembah Hijau tinggal sebulan, dan netralitas ASN terus disorot. "

# (text, the directive kinds the analysis must give)
FORMS: list[tuple[str, set[str]]] = [
    (CONTEXT + "Ditanya soal menteri yang ikut berkampanye, ketua Bawaslu menjawab, kalau aturannya membolehkan, "
               "ya silakan.", set()),
    (CONTEXT + "Soal kepala daerah yang turun berkampanye, kalau regulasi tidak melarang berarti boleh, katanya.",
     set()),
    (CONTEXT + "Menurut pakar hukum itu, selama undang-undang tidak melarang, artinya diperbolehkan.", set()),
    (CONTEXT + "Kalau aturannya tidak boleh, ya tidak boleh, ujar juru bicara istana.", set()),
    (CONTEXT + "Kepala BKD menegaskan, jika aturannya sudah jelas, ASN dilarang ikut berkampanye.", {"prohibition"}),
    (CONTEXT + "Kepala BKD menegaskan ASN tidak boleh berkampanye karena aturan melarang.", {"prohibition"}),
    (CONTEXT + "Kata Kepala BKD, kalau ASN cuma hadir mendengarkan visi misi, ya silakan.", {"permission"}),
]


@pytest.fixture(scope="module")
def analysed(analyse_all) -> list:
    """Every probe analysed in one call."""
    return analyse_all([text for text, _ in FORMS], published="2024-10-20")


@pytest.mark.parametrize(("k", "text", "kinds"), indexed(FORMS, lambda v: v[0][90:150]))
def test_leave_as_the_law_has_it_is_no_ruling(analysed: list, k: int, text: str, kinds: set[str]) -> None:
    assert {d.kind for d in analysed[k].directives} == kinds
