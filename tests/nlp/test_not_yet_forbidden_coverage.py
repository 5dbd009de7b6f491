"""No rule yet that forbids a conduct ("belum ada aturan yang melarang ...") is leave, as "tidak ada aturan yang
melarang" is (permission recall).

"belum ada" also denies a leave to everyone ("belum ada yang boleh ..."), and so the ban verb after it was read as a
ban. With a rule noun and "yang melarang" it denies the ban. The stories are ours; all are analysed in one batch.
"""

from __future__ import annotations

import pytest

from tests.nlp.probes import indexed

LEAD = "Bawaslu kabupaten menjawab pertanyaan soal netralitas ASN menjelang Pilkada 2024. "

# (text, whether a permission is expected, whether a prohibition is expected)
CASES: list[tuple[str, bool, bool]] = [
    (f"{LEAD}Menurutnya, belum ada aturan yang melarang ASN bertanya kepada kandidat saat sosialisasi.", True, False),
    (f"{LEAD}Belum ada regulasi yang melarang pegawai negeri menonton debat dari rumah.", True, False),
    (f"{LEAD}Tidak ada peraturan yang melarang PNS datang sebagai pendengar.", True, False),
    # a rule that only governs, and the public not forbidden: no leave of ours
    (f"{LEAD}Belum ada aturan yang mengatur soal unggahan status ASN di grup keluarga.", False, False),
    (f"{LEAD}Belum ada aturan yang melarang warga memasang bendera partai di pagar rumahnya.", False, False),
]


@pytest.fixture(scope="module")
def analysed(analyse_all) -> list:
    """Every probe analysed in one batch."""
    return analyse_all([t for t, _, _ in CASES], published="2024-09-10")


@pytest.mark.parametrize(("k", "text", "allowed", "banned"), indexed(CASES, lambda v: v[0][len(LEAD):][:72]))
def test_not_yet_forbidden(analysed: list, k: int, text: str, allowed: bool, banned: bool) -> None:
    got = {d.kind for d in analysed[k].directives if d.sentence.strip() and d.sentence[:20] in text[len(LEAD):]}
    assert ("permission" in got) is allowed and ("prohibition" in got) is banned, (text, got)
