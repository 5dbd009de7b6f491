"""A ban denied as a noun, "tidak adanya larangan", is leave like "tidak ada larangan" (permission recall).

The nominal "adanya" only turns the denial into a subject ("Tidak adanya larangan bagi ASN untuk ... sudah
diatur"); it was read as the ban "larangan" it denies. Given to the public it allows civil servants nothing.
The stories are ours; all are analysed in one batch.
"""

from __future__ import annotations

import pytest

from tests.nlp.probes import indexed

LEAD = "Bawaslu kabupaten menggelar rapat koordinasi netralitas ASN menjelang Pilkada 2024. "

# (text, whether a permission is expected, whether a prohibition is expected)
CASES: list[tuple[str, bool, bool]] = [
    (f"{LEAD}Tidak adanya larangan bagi pegawai negeri untuk menonton debat kandidat ditegaskan ketua Bawaslu.",
     True, False),
    (f"{LEAD}Menurutnya, tak adanya larangan ASN datang ke kampanye sudah tertuang dalam surat edaran.", True, False),
    # the public's leave: nothing for civil servants
    (f"{LEAD}Tidak adanya larangan bagi warga untuk memasang spanduk di pekarangan membuat jalan penuh atribut.",
     False, False),
]


@pytest.fixture(scope="module")
def analysed(analyse_all) -> list:
    """Every probe analysed in one batch."""
    return analyse_all([t for t, _, _ in CASES], published="2024-09-10")


@pytest.mark.parametrize(("k", "text", "allowed", "banned"), indexed(CASES, lambda v: v[0][len(LEAD):][:72]))
def test_ban_denied_as_noun(analysed: list, k: int, text: str, allowed: bool, banned: bool) -> None:
    got = {d.kind for d in analysed[k].directives if "adanya" in d.sentence}
    assert ("permission" in got) is allowed and ("prohibition" in got) is banned, (text, got)
