"""A penalty that opens a condition is supposed, not threatened (sanction precision).

Right after "jika"/"kalau"/"apabila" (past "sampai", "memang", or "ada"), a penalty is what the condition supposes or
the topic it sets ("Kalau ada sanksinya nanti, pelaksanaannya tetap di tangan PPK", "Jika hukuman dijatuhkan tanpa
bukti, arahnya bisa politis", "Kalau sampai pemecatan belum, kalau teguran sudah"): no penalty is threatened there.
A threat whose condition names the wrong ("Jika ada ASN yang berkampanye, akan diberi sanksi"), a penalty after the
condition's comma, and "jika" that reports what is said after a speech verb ("menjelaskan jika sanksi bagi ASN ...")
keep their sanction. The stories are ours; all are analysed in one batch.
"""

from __future__ import annotations

import pytest

from tests.nlp.probes import indexed

S = "sanction"
LEAD = "Sekda mengingatkan seluruh ASN agar netral dalam Pilkada 2024. "

# (text, whether the text's second sentence gives a sanction)
CASES: list[tuple[str, bool]] = [
    # the penalty supposed or set as a topic by the condition: none
    (LEAD + "Jika hukuman dijatuhkan tanpa bukti yang kuat maka keputusan itu bisa digugat.", False),
    (LEAD + "Kalau ada sanksinya nanti, pelaksanaannya tetap di tangan pejabat pembina kepegawaian.", False),
    (LEAD + "Kalau sampai pemecatan belum pernah, kalau teguran sudah beberapa kali.", False),
    (LEAD + "Apabila sanksi itu dibatalkan pengadilan, pemerintah daerah akan mengajukan banding.", False),
    # ... but a threat after a condition naming the wrong, or a penalty said after a speech verb, stays
    (LEAD + "Jika ada ASN yang berkampanye, yang bersangkutan akan diberi sanksi.", True),
    (LEAD + "Kalau terbukti memihak, sanksinya bisa sampai pemecatan.", True),
    (LEAD + "Ia menjelaskan jika sanksi bagi ASN yang berpihak bisa berupa penurunan pangkat.", True),
    (LEAD + "Apabila melanggar, pegawai itu akan dijatuhi hukuman disiplin berat.", True),
]


@pytest.fixture(scope="module")
def analysed(analyse_all) -> list:
    """Every text of the list analysed in one batch."""
    return analyse_all([t for t, _ in CASES], published="2024-10-07")


@pytest.mark.parametrize(("k", "text", "threat"), indexed(CASES, lambda v: v[0][len(LEAD):][:70]))
def test_supposed_penalty_condition(analysed: list, k: int, text: str, threat: bool) -> None:
    second = text[len(LEAD):]
    assert (S in {d.kind for d in analysed[k].directives if d.sentence.strip() == second}) == threat
