"""The do's and don'ts named as a pair with "maupun", "ataupun" or "serta" are named, not given (permission and
prohibition precision).

"yang boleh dan yang tidak boleh dilakukan ASN" names the rules a speaker goes on to explain; so does the pair joined by
the fuller words reporters also write ("aturan main yang boleh maupun yang tidak boleh dilakukan oleh ASN", "hal yang
diperbolehkan serta yang dilarang"): neither a leave nor a ban. A leave and a ban that each carry their own conduct
("boleh memilih, namun tidak boleh berkampanye", "diperbolehkan mendengar visi misi maupun dilarang ikut yel-yel") stay
both. The stories are ours; all are analysed in one batch.
"""

from __future__ import annotations

import pytest

from tests.nlp.probes import indexed

P, B = "permission", "prohibition"
LEAD = "Sekda mengingatkan seluruh ASN menjaga netralitas dalam Pilkada 2024. "

# (text, kinds of leave and ban expected in the second sentence's story)
CASES: list[tuple[str, set[str]]] = [
    # the pair named: neither
    (LEAD + "Kepala BKD lalu memaparkan aturan yang boleh maupun yang tidak boleh dilakukan pegawai.", set()),
    (LEAD + "Dalam sosialisasi itu dijelaskan hal yang diperbolehkan serta yang dilarang bagi guru.", set()),
    (LEAD + "Narasumber menguraikan perbuatan yang dibolehkan ataupun yang tidak dibolehkan bagi aparatur.", set()),
    # each rule with its own conduct: both stay
    (LEAD + "Pegawai boleh memilih, namun tidak boleh berkampanye untuk calon.", {P, B}),
    (LEAD + "Guru diperbolehkan mendengar visi misi maupun dilarang ikut meneriakkan yel-yel calon.", {P, B}),
]


@pytest.fixture(scope="module")
def analysed(analyse_all) -> list:
    """Every text of the list analysed in one batch."""
    return analyse_all([t for t, _ in CASES], published="2024-09-20")


@pytest.mark.parametrize(("k", "text", "kinds"), indexed(CASES, lambda v: v[0][len(LEAD):][:70]))
def test_a_named_pair_of_rules_is_neither_leave_nor_ban_whatever_joins_it(analysed: list, k: int, text: str,
                                                                          kinds: set[str]) -> None:
    got = {d.kind for d in analysed[k].directives} & {P, B}
    assert got == kinds
