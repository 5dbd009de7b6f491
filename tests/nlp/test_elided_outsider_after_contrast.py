""""A rule in a clause opened by a contrast after a comma ("..., tetapi boleh ...", "..., namun harus ...") that names
no one of its own shares the subject of the rule before it; when that subject is someone outside the civil service
and no civil servant is named there ("Caleg dilarang memakai mobil dinas, tetapi boleh ..."), the second rule is the
outsider's too, none for the story's civil servants (permission and obligation precision). When that subject is an
event ("Kampanye di masjid dilarang, namun di lapangan boleh"), the second rule is a rule on the event, addressed to no
one.

Civil servants as the first clause's subject, named after the contrast, or named as the object of a request in the
first clause keep the second rule. The stories are ours; all are analysed in one batch.
"""

from __future__ import annotations

import pytest

from tests.nlp.probes import indexed

LEAD = "Sekda mengingatkan seluruh ASN agar tetap netral selama masa kampanye. "

# (sentence, kind, whether that kind is expected)
CASES: list[tuple[str, str, bool]] = [
    ("Caleg dilarang memakai mobil dinas, tetapi boleh berkampanye di lapangan umum.", "permission", False),
    ("Para calon tidak boleh berkampanye di rumah ibadah, namun boleh memakai aula kantor dengan izin.",
     "permission", False),
    ("Kampanye di rumah ibadah tidak diperbolehkan, tetapi di balai pertemuan boleh.", "permission", False),
    ("Rapat umum dilarang di jalan raya, namun boleh di lapangan terbuka dengan izin polisi.", "permission", False),
    ("Tim kampanye boleh memakai gedung sekolah, tetapi harus di luar jam pelajaran.", "obligation", False),
    # the civil servants' own rules, or named after the contrast or in the first clause: kept
    ("Pegawai dilarang menjadi juru kampanye, tetapi boleh datang sebagai pendengar.", "permission", True),
    ("ASN boleh hadir di lokasi kampanye, namun harus tanpa seragam dinas.", "obligation", True),
    ("Warga boleh memasang bendera partai, tetapi pegawai harus menahan diri.", "obligation", True),
    ("Bupati meminta ASN tidak berkampanye, namun boleh memilih di TPS masing-masing.", "permission", True),
]


@pytest.fixture(scope="module")
def analysed(analyse_all) -> list:
    """Every probe analysed in one batch."""
    return analyse_all([LEAD + s for s, _, _ in CASES], published="2024-10-20")


@pytest.mark.parametrize(("k", "sentence", "kind", "expected"), indexed(CASES, lambda v: v[0][:72]))
def test_elided_outsider_after_contrast(analysed: list, k: int, sentence: str, kind: str, expected: bool) -> None:
    got = {d.kind for d in analysed[k].directives if d.sentence.strip() == sentence}
    assert (kind in got) is expected, (sentence, got)
