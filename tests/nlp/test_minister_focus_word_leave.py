"""A minister's or the president's leave narrowed by a focus word before its relative clause (permission precision).

"Para menteri, khususnya yang menjadi kader partai, juga boleh berkampanye" gives the leave to the ministers, as
"menteri yang berasal dari partai boleh berkampanye" does: a focus word ('terutama', 'khususnya') between the holder
and its 'yang', with a comma before it or not, does not hide whose leave it is. A comma not opening such an aside
still closes the holder off ("Menurut menteri, pegawai boleh hadir ..."), and civil servants named after the holder
keep the leave. The stories are ours; all are analysed in one batch.
"""

from __future__ import annotations

import pytest

from tests.nlp.probes import indexed

P = "permission"
NO_LEAVE: set[str] = set()  # no permission; other kinds not checked
LEAD = "Aturan netralitas berlaku bagi ASN, TNI dan Polri dalam Pilkada 2024. "

# (text, kinds expected; NO_LEAVE: no permission)
CASES: list[tuple[str, set[str]]] = [
    # the politician's own leave: none to civil servants
    (LEAD + "Para menteri, khususnya yang menjadi kader partai juga boleh ikut berkampanye.", NO_LEAVE),
    (LEAD + "Menteri-menteri terutama yang diusung partai koalisi boleh mendukung pasangan calon.", NO_LEAVE),
    (LEAD + "Menteri, utamanya yang punya jabatan di partai, boleh berkampanye setelah mengambil cuti.", NO_LEAVE),
    # a comma with no focus word after it, or civil servants named after the holder: leave stays
    (LEAD + "Menurut menteri, pegawai boleh menghadiri kampanye asalkan tetap pasif.", {P}),
    (LEAD + "Menteri, terutama soal kampanye, menegaskan PNS boleh hadir tanpa atribut.", {P}),
    (LEAD + "Surat menteri terutama yang terbaru menyebut ASN diperbolehkan hadir di kampanye.", {P}),
]


@pytest.fixture(scope="module")
def analysed(analyse_all) -> list:
    """Every text of the list analysed in one batch."""
    return analyse_all([t for t, _ in CASES], published="2024-10-07")


@pytest.mark.parametrize(("k", "text", "kinds"), indexed(CASES, lambda v: v[0][len(LEAD):][:70]))
def test_minister_focus_word_leave(analysed: list, k: int, text: str, kinds: set[str]) -> None:
    got = {d.kind for d in analysed[k].directives}
    if kinds is NO_LEAVE:
        assert P not in got
    else:
        assert P in got
