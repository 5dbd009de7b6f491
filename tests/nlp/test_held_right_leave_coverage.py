"""Leave put as a conduct held right: "ASN dibenarkan menghadiri kampanye" (permission recall).

"dibenarkan" with a conduct after it allows it, as "diperbolehkan" does; refused ("tidak dibenarkan", "tidak lagi
dibenarkan") it stays a ban. Bare, the word is "confirmed" ("Kabar itu dibenarkan Kepala BKPSDM") and allows nothing.
The stories are ours; all are analysed in one batch.
"""

from __future__ import annotations

import pytest

from tests.nlp.probes import indexed

LEAD = "Panwaslu menggelar sosialisasi netralitas ASN menjelang Pilkada 2024. "

# (text, whether a permission is expected, whether a prohibition is expected)
CASES: list[tuple[str, bool, bool]] = [
    (f"{LEAD}Menurut Panwaslu, ASN dibenarkan menghadiri kampanye untuk mendengar visi misi.", True, False),
    (f"{LEAD}Pegawai negeri dibenarkan untuk datang ke lokasi kampanye tanpa atribut dinas.", True, False),
    # refused, or "confirmed"
    (f"{LEAD}ASN tidak lagi dibenarkan untuk hadir di posko pemenangan calon.", False, True),
    (f"{LEAD}Kabar adanya ASN yang ikut kampanye dibenarkan Kepala BKPSDM saat dikonfirmasi.", False, False),
]


@pytest.fixture(scope="module")
def analysed(analyse_all) -> list:
    """Every probe analysed in one batch."""
    return analyse_all([t for t, _, _ in CASES], published="2024-09-10")


@pytest.mark.parametrize(("k", "text", "allowed", "banned"), indexed(CASES, lambda v: v[0][len(LEAD):][:72]))
def test_held_right_leave(analysed: list, k: int, text: str, allowed: bool, banned: bool) -> None:
    got = {d.kind for d in analysed[k].directives if d.sentence in text and not text.startswith(d.sentence)}
    assert ("permission" in got, "prohibition" in got) == (allowed, banned), (text, got)
