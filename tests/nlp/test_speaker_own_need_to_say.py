"""A speaker's own need to say something ("perlu saya ingatkan ...", "perlu kami tegaskan ...") is no duty of the
listeners: "perlu" there is the speaker's, so the sentence asks what its verb of telling asks (an appeal) and a
remark with no telling asks nothing. The need the listeners may share ("ASN perlu menjaga ...") stays a duty.
Sentences are our own; all are analysed in one batch."""

from __future__ import annotations

import pytest

from tests.nlp.probes import indexed

A = {"appeal"}

# (text, the directive kinds the analysis must give)
FORMS: list[tuple[str, set[str]]] = [
    ("\"Karena itu perlu saya ingatkan kepada semua ASN dan lurah untuk tidak memihak,\" kata Bupati jelang "
     "Pilkada 2024.", A),
    ("\"Perlu kami tegaskan kepada para pegawai agar tidak ikut kampanye,\" kata Sekda jelang Pilkada 2024.", A),
    ("\"Di sini perlu saya sampaikan kepada seluruh guru ASN agar menjaga netralitas,\" ujar Kadisdik jelang "
     "Pilkada 2024.", A),
    # a remark of the speaker's, nobody told anything
    ("\"Perlu saya sampaikan bahwa sosialisasi netralitas ASN sudah kami gelar tiga kali,\" kata Sekda jelang "
     "Pilkada 2024.", set()),
    # the listeners' own need stays a duty
    ("Menurut Sekda, ASN perlu menjaga netralitas selama tahapan Pilkada 2024.", {"obligation"}),
]


@pytest.fixture(scope="module")
def analysed(analyse_all) -> list:
    """Every probe analysed in one call."""
    return analyse_all([text for text, _ in FORMS], published="2024-10-07")


@pytest.mark.parametrize(("k", "text", "kinds"), indexed(FORMS, lambda v: v[0][:64]))
def test_the_speakers_own_need_is_no_duty(analysed: list, k: int, text: str, kinds: set[str]) -> None:
    assert {d.kind for d in analysed[k].directives} == kinds
