"""Civil servants said to break the election's law ('kedua ASN itu melanggar UU Pilkada', 'PNS yang melanggar aturan
pemilu') make a story about their neutrality in the election, with no other neutrality word; the law named without
civil servants does not."""

from __future__ import annotations

import pytest

from tests.nlp.probes import indexed

# (text, relevant)
PROBES: list[tuple[str, bool]] = [
    ("Tim hukum paslon menilai kedua ASN itu sudah melanggar UU Pilkada tahun 2016.", True),
    ("Menurut pelapor, seorang guru PNS melanggar undang-undang pemilu saat membagikan stiker caleg.", True),
    ("Camat tersebut dinilai melanggar aturan pilkada karena hadir di rumah calon bupati.", True),
    ("Pegawai honorer yang melanggar ketentuan pemilu akan dilaporkan, kata Bawaslu.", True),
    # no civil servant named: election news
    ("Tim kampanye paslon dinilai melanggar aturan pilkada karena memasang baliho di taman kota.", False),
    ("Seorang caleg diduga melanggar UU Pemilu dengan membagikan uang kepada warga.", False),
]


@pytest.fixture(scope="module")
def analysed(analyse_all) -> list:
    """Every probe analysed in one call."""
    return analyse_all([p[0] for p in PROBES], published="2024-10-07")


@pytest.mark.parametrize(("k", "relevant"), indexed(PROBES, lambda v: v[0][:56], first=1))
def test_breaking_the_election_law_is_about_neutrality(analysed: list, k: int, relevant: bool) -> None:
    assert analysed[k].is_relevant is relevant
