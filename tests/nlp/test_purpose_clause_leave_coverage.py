"""Leave words of ability inside a purpose or result clause give no leave (permission precision).

"bisa"/"dapat" with a conduct civil servants may do, in a clause that "agar", "supaya" or "sehingga" opens with its
own subject between ("agar para istri calon bisa mendampingi suaminya"), says what something is for or what follows
from it: no permission. The same words where no purpose link opens the clause, or where a comma or "bahwa" closes
the link's clause before them, stay leave. The stories are ours; all are analysed in one batch.
"""

from __future__ import annotations

import pytest

from tests.nlp.probes import indexed

P = "permission"
LEAD = "Netralitas ASN dibahas dalam rapat persiapan Pilkada 2024. "

# (text, whether a permission is expected)
CASES: list[tuple[str, bool]] = [
    # a purpose or a result clause with its own subject: no leave
    (LEAD + "Jadwal apel dimundurkan agar selama hari pencoblosan para pegawai kecamatan bisa menggunakan hak "
     "pilihnya.", False),
    (LEAD + "Posko dibuka sampai malam sehingga warga yang terlambat datang dapat memilih di TPS terdekat.", False),
    (LEAD + "Sosialisasi digelar di balai desa supaya nantinya seluruh pemilih pemula bisa menghadiri debat kandidat.",
     False),
    # ... and with no such link, or with the link's clause closed before the cue: leave
    (LEAD + "Menurut Bawaslu, para pegawai kecamatan tetap bisa menggunakan hak pilihnya di TPS.", True),
    (LEAD + "Supaya pelayanan tetap jalan, ASN tetap bisa menggunakan hak pilihnya setelah jam kerja.", True),
    (LEAD + "Sosialisasi digelar supaya pegawai tahu bahwa ASN bisa menghadiri kampanye sebagai pendengar.", True),
]


@pytest.fixture(scope="module")
def analysed(analyse_all) -> list:
    """Every text of the list analysed in one batch."""
    return analyse_all([t for t, _ in CASES], published="2024-10-07")


@pytest.mark.parametrize(("k", "text", "leave"), indexed(CASES, lambda v: v[0][len(LEAD):][:70]))
def test_purpose_clause_leave(analysed: list, k: int, text: str, leave: bool) -> None:
    got = {d.kind for d in analysed[k].directives}
    assert (P in got) == leave
