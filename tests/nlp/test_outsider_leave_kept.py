"""Leave handed to outsiders by an invitation verb marks its sentence as theirs (permission precision).

"KPU mempersilakan para menteri untuk ikut berkampanye" gives leave to people outside the civil service; the
sentence must be recorded as addressing them, so that a following line with no subject ("Silakan saja, asal cuti")
does not borrow the civil servants the story named earlier (as it does not after "mengizinkan"). An invitation to
report ("mempersilakan warga melapor") stays the public's, and the penalty told after it keeps its civil servants;
leave handed to the civil servants themselves stays. The stories are ours; all are analysed in one batch.
"""

from __future__ import annotations

import pytest

from tests.nlp.probes import indexed

P = "permission"
S = "sanction"
LEAD = "Ketua KPU kabupaten menegaskan ASN wajib netral selama Pilkada 2024. "

# (text, kind, expected present)
CASES: list[tuple[str, str, bool]] = [
    # leave to outsiders, then a line with no subject: no leave to the civil servants
    (LEAD + "KPU mempersilakan kepada para kepala daerah untuk ikut berkampanye. \"Silakan saja. Tidak apa-apa, asal "
     "mengambil cuti,\" katanya.", P, False),
    (LEAD + "Bawaslu mempersilahkan anggota dewan hadir di panggung kampanye. \"Boleh saja, asalkan sudah cuti,\" "
     "ujarnya.", P, False),
    # an invitation to report: the penalty after it keeps the civil servants
    (LEAD + "Ia mempersilakan masyarakat melapor bila melihat pegawai berpihak. ASN yang terbukti melanggar akan "
     "dijatuhi sanksi disiplin.", S, True),
    # leave to the civil servants themselves: stays
    (LEAD + "KPU mempersilakan ASN hadir di kampanye untuk mendengar visi misi, asal tanpa atribut.", P, True),
]


@pytest.fixture(scope="module")
def analysed(analyse_all) -> list:
    """Every text of the list analysed in one batch."""
    return analyse_all([t for t, _, _ in CASES], published="2024-10-07")


@pytest.mark.parametrize(("k", "text", "kind", "present"), indexed(CASES, lambda v: v[0][len(LEAD):][:70]))
def test_leave_to_outsiders_is_theirs(analysed: list, k: int, text: str, kind: str, present: bool) -> None:
    got = {d.kind for d in analysed[k].directives}
    assert (kind in got) is present
