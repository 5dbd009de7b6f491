"""Ability no longer given to a conduct: "hal itu tidak bisa lagi dilakukan" (prohibition recall).

A conduct heading its clause, then "tidak/tak bisa/dapat lagi" with "dilakukan" or closing the clause, says that what
was done before a stage of the contest is now forbidden. A thing no longer usable or a road no longer passable, and
what a penalty takes away, forbid nothing. The stories are ours; all are analysed in one batch.
"""

from __future__ import annotations

import pytest

from tests.nlp.probes import indexed

BAN = "prohibition"
LEAD = "Bawaslu menggelar sosialisasi netralitas bagi para pegawai menjelang Pilkada 2024. "

# (text, whether a prohibition is expected in the sentence after the lead)
CASES: list[tuple[str, bool]] = [
    (f"{LEAD}Setelah penetapan calon, hal itu tidak bisa lagi dilakukan oleh pegawai.", True),
    (f"{LEAD}\"Berfoto dengan calon di acara kampanye sudah tak dapat lagi,\" ujar Ketua Bawaslu.", True),
    (f"{LEAD}Menurutnya, kehadiran ASN di panggung calon kini tidak dapat lagi.", True),
    # a thing or a road no longer usable, or what a penalty takes away: no ban
    (f"{LEAD}Jembatan di desa itu rusak sehingga tidak bisa lagi dilalui kendaraan.", False),
    (f"{LEAD}Pegawai yang terbukti melanggar tidak bisa lagi naik pangkat tahun ini.", False),
]


@pytest.fixture(scope="module")
def analysed(analyse_all) -> list:
    """Every probe analysed in one batch."""
    return analyse_all([t for t, _ in CASES], published="2024-09-10")


@pytest.mark.parametrize(("k", "text", "banned"), indexed(CASES, lambda v: v[0][len(LEAD):][:72]))
def test_ability_withdrawn(analysed: list, k: int, text: str, banned: bool) -> None:
    got = {d.kind for d in analysed[k].directives if "lagi" in d.sentence}
    assert (BAN in got) is banned, (text, got)
