"""Leave pointed back to after a condition: "Kalau ..., itu bisa dilakukan" (permission recall).

A condition naming a conduct, then "itu/ini bisa/dapat dilakukan" after its comma, allows that conduct as "Kalau ...,
ya silakan" does. Elsewhere the same words name a means or a step ("Hal itu dapat dilakukan dengan ...", "Jika
terbukti, pemeriksaan itu dapat dilakukan oleh inspektorat"), no leave. The stories are ours; all are analysed in one
batch.
"""

from __future__ import annotations

import pytest

from tests.nlp.probes import indexed

LEAVE = "permission"
LEAD = "Bawaslu menegaskan ASN dilarang ikut berkampanye pada Pilkada 2024. "

# (text, whether a permission is expected in the sentence after the lead)
CASES: list[tuple[str, bool]] = [
    (f"{LEAD}\"Kalau sekadar membaca visi misi calon di koran, itu bisa dilakukan,\" ujarnya.", True),
    (f"{LEAD}Jika pegawai hanya menonton debat dari rumah, ini dapat dilakukan tanpa melanggar aturan.", True),
    # no condition before, or no comma closing it: a means or a step
    (f"{LEAD}Hal itu dapat dilakukan pegawai dengan menahan diri di media sosial.", False),
    (f"{LEAD}Jika ASN terbukti melanggar, pemeriksaan itu dapat dilakukan oleh inspektorat.", False),
]


@pytest.fixture(scope="module")
def analysed(analyse_all) -> list:
    """Every probe analysed in one batch."""
    return analyse_all([t for t, _ in CASES], published="2024-09-10")


@pytest.mark.parametrize(("k", "text", "allowed"), indexed(CASES, lambda v: v[0][len(LEAD):][:72]))
def test_pointed_leave(analysed: list, k: int, text: str, allowed: bool) -> None:
    got = {d.kind for d in analysed[k].directives if "dilakukan" in d.sentence}
    assert (LEAVE in got) is allowed, (text, got)
