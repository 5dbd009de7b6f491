"""Leave put as a ban declared impossible: "tidak bisa dilarang", "kita tak bisa melarang" (permission recall).

Saying a conduct cannot be banned allows it, as "tidak dilarang" and "tidak melarang" do; the longer cue hides the
"dilarang" inside it, which alone would read as a ban. Active, the one not banned is its object: "tidak bisa melarang
warga ..." allows civil servants nothing. The stories are ours; all are analysed in one batch.
"""

from __future__ import annotations

import pytest

from tests.nlp.probes import indexed

LEAD = "Bawaslu menggelar sosialisasi netralitas ASN menjelang Pilkada 2024. "

# (text, whether a permission is expected, whether a prohibition is expected)
CASES: list[tuple[str, bool, bool]] = [
    (f"{LEAD}Menurut Bawaslu, ASN yang datang ke kampanye hanya untuk mendengar tidak bisa dilarang.", True, False),
    (f"{LEAD}Kalau pegawai sekadar hadir tanpa atribut, kami tak dapat melarang mereka.", True, False),
    (f"{LEAD}Bawaslu tidak bisa melarang ASN menyimak debat kandidat di televisi.", True, False),
    # the one not banned is someone else, a ban on civil servants after it
    (f"{LEAD}Kami tidak bisa melarang warga menonton kampanye, tetapi ASN dilarang ikut berorasi.", False, True),
]


@pytest.fixture(scope="module")
def analysed(analyse_all) -> list:
    """Every probe analysed in one batch."""
    return analyse_all([t for t, _, _ in CASES], published="2024-09-10")


@pytest.mark.parametrize(("k", "text", "allowed", "banned"), indexed(CASES, lambda v: v[0][len(LEAD):][:72]))
def test_beyond_banning(analysed: list, k: int, text: str, allowed: bool, banned: bool) -> None:
    got = {d.kind for d in analysed[k].directives if d.sentence in text and not text.startswith(d.sentence)}
    assert ("permission" in got, "prohibition" in got) == (allowed, banned), (text, got)
