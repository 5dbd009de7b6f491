"""An active verb of rule joined by "dan"/"serta" after a request is the speaker's second act (appeal recall).

A modal that a request reports right after whom it asks decides the kind ("meminta ASN tidak boleh ikut berkampanye"
is a ban); one joined after a state the request already asks ("meminta ASN tetap netral dan tidak boleh ikut
berkampanye") is a rule beside it, as the read gold gives "agar bersikap netral dan tidak boleh berpolitik praktis"
both kinds. An active verb of rule after "dan" ("... menegaskan bahwa para ASN, tetap netral selama Pilkada dan melarang
pemakaian kendaraan dinas") is not reported content but the speaker's own act beside the request: the request stays
an appeal and the ban is given too. The stories are ours; all are analysed in one batch.
"""

from __future__ import annotations

import pytest

from tests.nlp.probes import indexed

A, B = "appeal", "prohibition"
LEAD = "Netralitas ASN dibahas dalam rapat persiapan Pilkada 2024. "

CASES: list[tuple[str, set[str]]] = [
    (LEAD + "Penjabat Wali Kota menegaskan bahwa para ASN, tetap netral selama Pilkada dan melarang pemakaian "
     "kendaraan dinas untuk kampanye.", {A, B}),
    # ... a modal joined after the state asked: the request and the ban; one the request reports: the ban alone
    (LEAD + "Sekda meminta ASN tetap netral dan tidak boleh ikut berkampanye.", {A, B}),
    (LEAD + "Sekda meminta ASN tidak boleh ikut berkampanye.", {B}),
]


@pytest.fixture(scope="module")
def analysed(analyse_all) -> list:
    """Every text of the list analysed in one batch."""
    return analyse_all([t for t, _ in CASES], published="2024-10-07")


@pytest.mark.parametrize(("k", "text", "kinds"), indexed(CASES, lambda v: v[0][len(LEAD):][:70]))
def test_joined_rule_act(analysed: list, k: int, text: str, kinds: set[str]) -> None:
    assert {d.kind for d in analysed[k].directives if d.sentence.strip() != LEAD.strip()} == kinds
