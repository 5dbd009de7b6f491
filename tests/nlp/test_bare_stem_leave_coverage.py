"""Leave given with the bare stem after its agent ("kami perbolehkan", "saya izinkan", "Sekda bolehkan ASN ..."), as
"kami imbau" asks, is a permission; refused past the agent ("tidak kami perbolehkan") it is none, and a speaker's
"izinkan saya ..." asks leave for himself (permission recall).

The stories are ours; all are analysed in one batch.
"""

from __future__ import annotations

import pytest

from tests.nlp.probes import indexed

LEAD = "Panwaslu kota mengumpulkan para ASN untuk sosialisasi netralitas menjelang pilkada. "

# (sentence, whether a permission is expected)
CASES: list[tuple[str, bool]] = [
    ('"Kalau cuma datang dan mendengar visi misi, kami perbolehkan," ujar ketua panwaslu.', True),
    ('"Menonton debat di rumah, saya izinkan," katanya kepada para pegawai.', True),
    ("Sekda bolehkan pegawai menonton debat calon asalkan tetap pasif.", True),
    # refused past the agent, or the speaker's own request for leave: no leave
    ('"Pegawai ikut konvoi pendukung tidak kami perbolehkan," katanya.', False),
    ('"Kalau pegawai jadi juru kampanye, tidak akan saya izinkan," katanya.', False),
    ('"Izinkan saya membuka acara sosialisasi netralitas ini," kata sekda.', False),
]


@pytest.fixture(scope="module")
def analysed(analyse_all) -> list:
    """Every probe analysed in one batch."""
    return analyse_all([LEAD + s for s, _ in CASES], published="2024-09-10")


@pytest.mark.parametrize(("k", "sentence", "allowed"), indexed(CASES, lambda v: v[0][:72]))
def test_bare_stem_leave(analysed: list, k: int, sentence: str, allowed: bool) -> None:
    found = [d for d in analysed[k].directives
             if d.kind == "permission" and sentence.strip('"').startswith(d.sentence.strip().strip('"')[:30])]
    assert bool(found) is allowed, (sentence, [d.sentence for d in found])
