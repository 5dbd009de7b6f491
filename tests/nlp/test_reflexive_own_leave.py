"""Leave the speaker claims for himself through the reflexive ("Presiden menyebut dirinya boleh berkampanye") is his
own, no leave to the story's civil servants, even where they are named earlier in the sentence (permission
precision).

The head of state's or a minister's leave right before the cue was already theirs; the reflexive names the same
politician, and the holder nearer the cue than any civil servant named before it decides whose leave it is. A civil
servant between the holder and the cue ("Menteri menyebut ASN boleh ...") keeps the leave theirs, and one who stands
for office ("PNS yang mencalonkan dirinya boleh ...") is still a civil servant. The stories are ours; all are
analysed in one batch.
"""

from __future__ import annotations

import pytest

from tests.nlp.probes import indexed

LEAD = "Bupati kembali meminta seluruh ASN menjaga netralitas menjelang pemilu tahun ini. "

# (sentence, whether a permission is expected)
CASES: list[tuple[str, bool]] = [
    ("Kepala negara itu menyatakan bahwa dirinya boleh memihak salah satu pasangan calon.", False),
    ("Sorotan pada netralitas ASN menguat setelah presiden terang-terangan menyebut dirinya boleh berkampanye.",
     False),
    ("Isu netralitas pegawai negeri mencuat lagi ketika menteri itu mengaku dirinya boleh ikut berkampanye.", False),
    # a civil servant between the holder and the cue, or one standing for office: their leave
    ("Menteri PANRB menyebut ASN boleh hadir di kampanye sebagai pendengar.", True),
    ("Menurut presiden, PNS boleh menggunakan hak pilihnya di bilik suara.", True),
    ("PNS yang mencalonkan dirinya boleh mengajukan cuti di luar tanggungan negara.", True),
]


@pytest.fixture(scope="module")
def analysed(analyse_all) -> list:
    """Every probe analysed in one batch."""
    return analyse_all([LEAD + s for s, _ in CASES], published="2024-01-25")


@pytest.mark.parametrize(("k", "sentence", "allowed"), indexed(CASES, lambda v: v[0][:72]))
def test_reflexive_own_leave(analysed: list, k: int, sentence: str, allowed: bool) -> None:
    got = {d.kind for d in analysed[k].directives if d.sentence.strip() == sentence}
    assert ("permission" in got) is allowed, (sentence, got)
