"""Leave in a relative clause heading its sentence, a copula naming the conduct after it ("Pose yang diperbolehkan
adalah mengepalkan tangan"), goes to whom the context names, as the ban so placed already did (permission recall).

A leave in a relative clause with no copula after it ("jumlah tamu yang diperbolehkan dalam ruangan dibatasi") still
needs an addressee of its own. The stories are ours; all are analysed in one batch.
"""

from __future__ import annotations

import pytest

from tests.nlp.probes import indexed

LEAD = "Bawaslu kabupaten mengingatkan aparatur sipil negara agar netral dan tidak berpose dengan jari selama pemilu. "

# (sentence, whether a permission is expected)
CASES: list[tuple[str, bool]] = [
    ("Gaya berfoto yang diperbolehkan adalah tangan mengepal di depan dada.", True),
    ("Namun ada sikap foto yang dibolehkan yaitu berdiri tegap tanpa gerakan tangan.", True),
    ("Kegiatan yang boleh dilakukan ialah menyimak kampanye dari kejauhan.", True),
    # no copula naming the conduct: the clause only describes a noun
    ("Lomba yang diperbolehkan untuk umum digelar di alun-alun pada akhir pekan.", False),
    ("Jumlah tamu yang diperbolehkan dalam ruangan dibatasi lima puluh orang.", False),
]


@pytest.fixture(scope="module")
def analysed(analyse_all) -> list:
    """Every probe analysed in one batch."""
    return analyse_all([LEAD + s for s, _ in CASES], published="2024-01-10")


@pytest.mark.parametrize(("k", "sentence", "allowed"), indexed(CASES, lambda v: v[0][:72]))
def test_copula_leave(analysed: list, k: int, sentence: str, allowed: bool) -> None:
    got = {d.kind for d in analysed[k].directives if d.sentence.strip() == sentence}
    assert ("permission" in got) is allowed, (sentence, got)
