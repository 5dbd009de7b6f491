"""Time off to vote given as a noun, a dispensation or slack, is leave (permission recall).

"PNS diberi dispensasi untuk mencoblos", "pegawai mendapat kelonggaran pada hari pemungutan" grant civil servants
what "diberi kesempatan" does; said of others (pupils, traders) it grants them nothing of ours. The stories are ours;
all are analysed in one batch.
"""

from __future__ import annotations

import pytest

from tests.nlp.probes import indexed

LEAD = "Pemerintah kota mengumumkan aturan bagi ASN menjelang Pilkada 2024. "

# (text, whether a permission is expected)
CASES: list[tuple[str, bool]] = [
    (f"{LEAD}Pegawai negeri yang memilih di kota asalnya diberi dispensasi untuk mencoblos di TPS.", True),
    (f"{LEAD}Para ASN akan mendapatkan kelonggaran masuk kantor lebih siang pada hari pemungutan suara.", True),
    (f"{LEAD}Sebanyak 300 PNS diberikan dispensasi agar bisa pulang kampung untuk memilih.", True),
    # others given the same slack: nothing for civil servants
    (f"{LEAD}Siswa sekolah dasar diberi dispensasi untuk mengikuti lomba di luar kota.", False),
    (f"{LEAD}Pedagang pasar mendapat kelonggaran retribusi selama renovasi gedung.", False),
]


@pytest.fixture(scope="module")
def analysed(analyse_all) -> list:
    """Every probe analysed in one batch."""
    return analyse_all([t for t, _ in CASES], published="2024-09-10")


@pytest.mark.parametrize(("k", "text", "allowed"), indexed(CASES, lambda v: v[0][len(LEAD):][:72]))
def test_leave_dispensation(analysed: list, k: int, text: str, allowed: bool) -> None:
    got = {d.kind for d in analysed[k].directives if d.sentence.strip() and d.sentence[:20] in text[len(LEAD):]}
    assert ("permission" in got) is allowed, (text, got)
