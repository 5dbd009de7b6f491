"""Leave reported as once given ("Panwas pernah mempersilakan PNS datang ke kampanye, tetapi ...") is no leave in
force (permission precision).

"pernah" a few words before the leave cue, in its clause, marks leave given once and since withdrawn, or never given
when denied ("tidak pernah mempersilakan"). "pernah" in a clause of its own before the comma ("Seperti yang pernah
disampaikan Menteri, ...") leaves the leave after it standing, and the cues that carry it ("tidak pernah melarang",
"tak pernah dilarang") stay leave. The stories are ours; all are analysed in one batch.
"""

from __future__ import annotations

import pytest

from tests.nlp.probes import indexed

LEAD = "Badan Kepegawaian mengingatkan para pegawai negeri agar netral dalam pemilu tahun ini. "

# (sentence, whether a permission is expected)
CASES: list[tuple[str, bool]] = [
    ("Panwas pernah mempersilakan PNS datang ke kampanye, tetapi aturan itu kini dicabut.", False),
    ("Kami dulu pernah menyatakan pegawai boleh hadir, lalu surat edaran baru mengubahnya.", False),
    ("Inspektorat tidak pernah mempersilakan ASN menghadiri rapat umum calon.", False),
    # "pernah" in a clause of its own, or inside the leave cue: leave given
    ("Seperti yang pernah dijelaskan Menteri, ASN boleh hadir di kampanye sebagai pendengar.", True),
    ("Panwas tidak pernah melarang PNS menonton debat calon di rumah.", True),
    ("Pegawai honorer tak pernah dilarang menggunakan hak pilihnya.", True),
]


@pytest.fixture(scope="module")
def analysed(analyse_all) -> list:
    """Every probe analysed in one batch."""
    return analyse_all([LEAD + s for s, _ in CASES], published="2024-01-20")


@pytest.mark.parametrize(("k", "sentence", "allowed"), indexed(CASES, lambda v: v[0][:72]))
def test_withdrawn_leave(analysed: list, k: int, sentence: str, allowed: bool) -> None:
    got = {d.kind for d in analysed[k].directives if d.sentence.strip() == sentence}
    assert ("permission" in got) is allowed, (sentence, got)
