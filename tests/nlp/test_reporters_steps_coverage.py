""""Whoever reports a violation ("pelapor", "pengadu") and the parties to an election dispute and their lawyers
("pemohon", "penggugat", "kuasa hukum") are outside the civil service: the steps the reporting or court procedure asks
of them ("Pelapor harus melampirkan bukti", "Penggugat wajib menghadirkan saksi") or allows them are no rule for the
civil servants reported (obligation and permission precision).

Civil servants who are reported or who report keep their own rules. The stories are ours; all are analysed in one
batch.
"""

from __future__ import annotations

import pytest

from tests.nlp.probes import indexed

LEAD = "Bupati meminta seluruh pegawai negeri agar netral selama pilkada. "

# (sentence, kind, whether that kind is expected)
CASES: list[tuple[str, str, bool]] = [
    ("Pelapor harus melampirkan bukti berupa foto atau rekaman video.", "obligation", False),
    ("Menurut Bawaslu, pelapor wajib mencantumkan identitas diri dan kronologi kejadian.", "obligation", False),
    ("Para pengadu tidak boleh menyebarkan laporannya ke media sosial.", "prohibition", False),
    ("Kuasa hukum paslon harus membuktikan dalil gugatannya di persidangan.", "obligation", False),
    ("Penggugat wajib menghadirkan saksi ahli dalam sidang berikutnya.", "obligation", False),
    ("Pemohon harus melengkapi berkas permohonannya dalam tiga hari.", "obligation", False),
    # civil servants who are reported or who report keep their rules
    ("Pegawai yang dilaporkan wajib memenuhi panggilan Bawaslu.", "obligation", True),
    ("ASN yang menjadi pelapor tetap harus netral.", "obligation", True),
    ("Pegawai yang dipanggil sebagai saksi dalam sengketa itu tetap wajib netral.", "obligation", True),
]


@pytest.fixture(scope="module")
def analysed(analyse_all) -> list:
    """Every probe analysed in one batch."""
    return analyse_all([LEAD + s for s, _, _ in CASES], published="2024-09-10")


@pytest.mark.parametrize(("k", "sentence", "kind", "bound"), indexed(CASES, lambda v: v[0][:72]))
def test_reporters_steps(analysed: list, k: int, sentence: str, kind: str, bound: bool) -> None:
    got = {d.kind for d in analysed[k].directives if d.sentence.strip() == sentence}
    assert (kind in got) is bound, (sentence, got)
