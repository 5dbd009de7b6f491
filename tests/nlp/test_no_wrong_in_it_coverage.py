"""Leave put as no wrong in the conduct: "tidak salah kalau ...", "tidak ada salahnya ..." (permission recall).

Like "tidak masalah" and "tidak dilarang", saying there is no wrong in a conduct allows it: "Tidak salah kalau ASN
memilih kerabatnya di bilik suara". Only with civil servants named or speaking of themselves ("kita"), as the other
weak leave words; the hedge "kalau tidak salah" (if I am not mistaken) allows nothing. The stories are ours; all are
analysed in one batch.
"""

from __future__ import annotations

import pytest

from tests.nlp.probes import indexed

LEAVE = "permission"
LEAD = "Sekda mengumpulkan para kepala dinas menjelang Pilkada 2024. "

# (text, whether a permission is expected)
CASES: list[tuple[str, bool]] = [
    (f"{LEAD}Menurut Sekda, tidak salah jika ASN mencoblos saudaranya sendiri di bilik suara.", True),
    (f"{LEAD}Tidak ada salahnya pegawai menyimak debat kandidat lewat televisi di rumah.", True),
    (f"{LEAD}Para ASN diingatkan. Tidak salah kalau kita memilih kerabat, tapi jangan dipamerkan.", True),
    # the hedge, or no civil servant named: nothing allowed
    (f"{LEAD}Ada tiga PNS yang dilaporkan, kalau tidak salah, ke Bawaslu pekan lalu.", False),
    (f"{LEAD}Tidak salah jika warga menilai persaingan pilkada tahun ini ketat.", False),
]


@pytest.fixture(scope="module")
def analysed(analyse_all) -> list:
    """Every probe analysed in one batch."""
    return analyse_all([t for t, _ in CASES], published="2024-09-10")


@pytest.mark.parametrize(("k", "text", "allowed"), indexed(CASES, lambda v: v[0][len(LEAD):][:72]))
def test_no_wrong_in_it(analysed: list, k: int, text: str, allowed: bool) -> None:
    got = {d.kind for d in analysed[k].directives}
    assert (LEAVE in got) is allowed, (text, got)
