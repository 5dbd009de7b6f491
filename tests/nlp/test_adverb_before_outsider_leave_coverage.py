"""A leave whose subject follows an adverb made with "secara" ("secara individu mahasiswa boleh ...") is that
subject's own: no civil servant's leave (permission precision).

A plain noun before someone other than civil servants usually heads what is permitted ("visi misi calon boleh
didengar"), so the outsider after it was passed over and the story's civil servants took the leave; after "secara"
the noun is an adverb, and the outsider after it is the subject. The stories are ours; all are analysed in one batch.
"""

from __future__ import annotations

import pytest

from tests.nlp.probes import indexed

LEAD = "Panwaslu kabupaten menggelar sosialisasi netralitas ASN menjelang pilkada. "

# (sentence, whether a permission is expected)
CASES: list[tuple[str, bool]] = [
    ("Menurut dia, secara individu mahasiswa boleh menjadi anggota partai politik.", False),
    ("Secara pribadi warga boleh memasang bendera partai di rumahnya.", False),
    ("Secara perorangan tokoh agama boleh mendukung calon tertentu.", False),
    # civil servants after the adverb keep their leave
    ("Secara pribadi ASN boleh menggunakan hak pilihnya di TPS.", True),
    ("Secara individu pegawai negeri boleh mendengarkan visi misi calon.", True),
]


@pytest.fixture(scope="module")
def analysed(analyse_all) -> list:
    """Every probe analysed in one batch."""
    return analyse_all([LEAD + s for s, _ in CASES], published="2024-09-10")


@pytest.mark.parametrize(("k", "sentence", "allowed"), indexed(CASES, lambda v: v[0][:72]))
def test_adverb_before_outsider_leave(analysed: list, k: int, sentence: str, allowed: bool) -> None:
    got = {d.kind for d in analysed[k].directives if d.sentence.strip() == sentence}
    assert ("permission" in got) is allowed, (sentence, got)
