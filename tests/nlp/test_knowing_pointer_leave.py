"""A pointer right before leave takes up the knowing clause before it as its subject (permission recall).

"Kalau pegawai ingin tahu program calon itu boleh saja": with no comma before the cue, the word of knowing made the
leave read as what is to be known; "itu"/"ini" right before the cue takes the clause up as the cue's subject, as it
does past a comma, so the leave is given. A rule named after knowing ("mengetahui apa yang boleh", "tahu apakah hal
itu boleh") stays no leave. The stories are ours; all are analysed in one batch.
"""

from __future__ import annotations

import pytest

from tests.nlp.probes import indexed

P = "permission"
NO_LEAVE: set[str] = set()  # no permission; other kinds not checked
LEAD = "Pemerintah kabupaten mengingatkan pegawai agar netral dalam Pilkada 2024. "

# (text, kinds expected; NO_LEAVE: no permission)
CASES: list[tuple[str, set[str]]] = [
    # the knowing clause taken up by a pointer: leave
    (LEAD + "Sekda mengatakan, kalau pegawai ingin tahu program calon itu boleh saja asal tidak ikut bersorak.", {P}),
    (LEAD + "Menurut Kepala BKPSDM, ketika ASN mau mengetahui visi misi pasangan calon ini diperbolehkan.", {P}),
    # a rule named after knowing: no leave
    (LEAD + "Bupati meminta agar ASN mengetahui apa yang boleh dan tidak boleh dilakukan saat kampanye.", NO_LEAVE),
    (LEAD + "Asisten I mengatakan pegawai perlu tahu apakah hal itu boleh dilakukan sebelum hadir.", NO_LEAVE),
    (LEAD + "Inspektur menyebut setiap pegawai wajib memahami kegiatan yang diperbolehkan selama masa kampanye.",
     NO_LEAVE),
]


@pytest.fixture(scope="module")
def analysed(analyse_all) -> list:
    """Every text of the list analysed in one batch."""
    return analyse_all([t for t, _ in CASES], published="2024-10-07")


@pytest.mark.parametrize(("k", "text", "kinds"), indexed(CASES, lambda v: v[0][len(LEAD):][:70]))
def test_a_pointer_takes_up_the_knowing_clause(analysed: list, k: int, text: str, kinds: set[str]) -> None:
    got = {d.kind for d in analysed[k].directives}
    if kinds is NO_LEAVE:
        assert P not in got
    else:
        assert P in got
