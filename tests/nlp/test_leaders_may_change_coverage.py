"""Leaders who "may change" ("Kepala daerah boleh silih berganti, tetapi ASN ...") concede that those in power come
and go: no leave to anyone (permission precision).

The change closing its clause or joined to the next one ("boleh berganti, ...", "boleh ganti dan boleh ...") is the
concession; a change with an object ("boleh berganti pakaian") stays a leave. The stories are ours; all are analysed
in one batch.
"""

from __future__ import annotations

import pytest

from tests.nlp.probes import indexed

LEAD = "Sekretaris daerah memimpin apel netralitas ASN menjelang pilkada. "

# (sentence, whether a permission is expected)
CASES: list[tuple[str, bool]] = [
    ("Bupati boleh silih berganti, namun pelayanan kepada warga tidak boleh berhenti.", False),
    ("Menurut dia, pejabat boleh berganti. Tugas ASN tetap melayani masyarakat.", False),
    ("Kepala daerah boleh ganti dan boleh berlanjut, tetapi ASN bukan alat kekuasaan.", False),
    ("Pemimpin boleh berganti tapi aparatur harus tetap profesional.", False),
    # a change with its object, or another leave, stays a leave
    ("Pegawai boleh berganti pakaian sebelum datang ke lokasi kampanye.", True),
    ("ASN boleh hadir di kampanye asalkan tidak memakai atribut partai.", True),
]


@pytest.fixture(scope="module")
def analysed(analyse_all) -> list:
    """Every probe analysed in one batch."""
    return analyse_all([LEAD + s for s, _ in CASES], published="2024-09-10")


@pytest.mark.parametrize(("k", "sentence", "allowed"), indexed(CASES, lambda v: v[0][:72]))
def test_leaders_may_change(analysed: list, k: int, sentence: str, allowed: bool) -> None:
    found = [d for d in analysed[k].directives
             if d.kind == "permission" and sentence.startswith(d.sentence.strip()[:30])]
    assert bool(found) is allowed, (sentence, [d.sentence for d in found])
