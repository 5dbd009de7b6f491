"""Leave in a relative clause opening its sentence, a copula (or "hanya") after it naming someone outside the civil
service as its holder ("Yang boleh tidak netral ... adalah kepala daerah"), is that outsider's leave, not the story's
civil servants' (permission precision).

The holder named there as civil servants, or joined to them, a conduct after the copula, and a head's leave on
furlough keep the leave. The stories are ours; all are analysed in one batch.
"""

from __future__ import annotations

import pytest

from tests.nlp.probes import indexed

LEAD = "Sekda kabupaten mengingatkan seluruh aparatur sipil negara agar tetap netral selama Pemilu 2024. "

# (sentence, whether a permission is expected)
CASES: list[tuple[str, bool]] = [
    ("Yang boleh memihak tanpa melanggar aturan pengawas adalah kepala daerah.", False),
    ("Yang diperbolehkan berkampanye di lapangan kota hanyalah peserta pemilu.", False),
    ("Yang boleh menyebarkan alat peraga ialah partai politik.", False),
    ("Yang boleh tidak netral hanya para calon karena mereka peserta.", False),
    # the holder is a civil servant, joined to one, or the copula names a conduct
    ("Yang boleh datang ke kampanye adalah pegawai yang sedang cuti.", True),
    ("Yang boleh menyimak debat adalah warga dan ASN yang tidak bertugas.", True),
    ("Yang boleh adalah mendengarkan visi misi dari jauh.", True),
    # a head's leave to campaign while on furlough stays leave, as the gold counts it
    ("Yang boleh berkampanye asalkan cuti hanyalah kepala daerah.", True),
]


@pytest.fixture(scope="module")
def analysed(analyse_all) -> list:
    """Every probe analysed in one batch."""
    return analyse_all([LEAD + s for s, _ in CASES], published="2024-01-10")


@pytest.mark.parametrize(("k", "sentence", "allowed"), indexed(CASES, lambda v: v[0][:72]))
def test_cleft_outsider_leave(analysed: list, k: int, sentence: str, allowed: bool) -> None:
    got = {d.kind for d in analysed[k].directives if d.sentence.strip() == sentence}
    assert ("permission" in got) is allowed, (sentence, got)
