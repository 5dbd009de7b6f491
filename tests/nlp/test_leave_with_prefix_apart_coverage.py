"""Words of leave with the passive prefix written apart are leave (permission recall).

Reporters write "di izinkan", "di bolehkan", "di perkenankan" as they write "di perbolehkan"; refused, the same
words stay a ban ("tidak di izinkan"), and the ban so written denied ("tidak di larang") is leave. The stories are
ours; all are analysed in one batch.
"""

from __future__ import annotations

import pytest

from tests.nlp.probes import indexed

LEAD = "Kepala BKD mengumpulkan para pegawai menjelang Pilkada 2024. "

# (text, the kind expected in the second sentence, the kind that must not be found)
CASES: list[tuple[str, str, str]] = [
    (f"{LEAD}Pegawai di izinkan menonton debat kandidat dari rumah.", "permission", "prohibition"),
    (f"{LEAD}ASN di bolehkan datang ke lapangan kampanye sebagai pendengar.", "permission", "prohibition"),
    (f"{LEAD}Guru honorer di perkenankan mendengarkan visi misi calon.", "permission", "prohibition"),
    (f"{LEAD}Pegawai tidak di larang melihat debat di televisi.", "permission", "prohibition"),
    # refused: a ban
    (f"{LEAD}Pegawai tidak di izinkan memasang stiker calon di mobil dinas.", "prohibition", "permission"),
    (f"{LEAD}ASN tak di perkenankan berfoto dengan gaya jari calon.", "prohibition", "permission"),
]


@pytest.fixture(scope="module")
def analysed(analyse_all) -> list:
    """Every probe analysed in one batch."""
    return analyse_all([t for t, _, _ in CASES], published="2024-09-10")


@pytest.mark.parametrize(("k", "text", "want", "not_want"), indexed(CASES, lambda v: v[0][len(LEAD):][:72]))
def test_leave_with_prefix_apart(analysed: list, k: int, text: str, want: str, not_want: str) -> None:
    got = {d.kind for d in analysed[k].directives if not d.sentence.startswith("Kepala BKD")}
    assert want in got and not_want not in got, (text, got)
