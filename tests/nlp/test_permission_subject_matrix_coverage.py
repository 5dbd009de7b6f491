"""A generated matrix of leave in the forms reporters write: who x word of leave x what they may do x its condition.

The read half's gold gives a permission to leave granted to any civil servant (ASN, PNS, PPPK, honorary staff,
teachers, district heads, interim regional heads: civil servants too) to vote, to attend a campaign as a listener,
to accompany a spouse who stands, or to stand on resigning, bare or bounded ("asal", "asalkan", "dengan catatan",
"selama"), and a permission and a prohibition where a ban on the manner follows ("namun tidak boleh ..."); leave
put after the conduct ("tidak masalah", "sah-sah saja") too. A regional head or a state official given leave to
campaign bound by leave from office is a permission in the gold, with "bisa"/"dapat" as with "boleh"; without that
leave, or a candidate's, it is none. Ministers are left out: the read half gives no leave of theirs (see
test_permission_lookalikes_coverage.py). The stories are ours; all are analysed in one batch.
"""

from __future__ import annotations

from itertools import product

import pytest

from tests.nlp.probes import indexed

P, B = "permission", "prohibition"
TAIL = " pada Pilkada 2024."

STAFF: list[str] = ["Tenaga honorer", "Guru", "Camat", "Pj kepala daerah", "PPPK"]
WORDS: list[str] = ["boleh", "bisa", "dapat", "diperbolehkan", "diizinkan", "dibolehkan", "silakan", "tidak dilarang"]
ACTS: list[str] = ["memilih di TPS", "hadir di kampanye sebagai pendengar", "mendampingi suaminya yang menjadi calon"]
CONDITIONS: list[tuple[str, set[str]]] = [
    (" dengan catatan tidak memakai atribut", {P}),
    (" selama tidak memakai atribut dinas", {P}),
    (", namun tidak boleh memakai atribut", {P, B}),
]
HEADS: list[str] = ["Kepala daerah", "Bupati", "Wali kota", "Gubernur", "Pejabat negara"]

# (text, kinds the gold convention expects)
CASES: list[tuple[str, set[str]]] = (
    [(f"{who} {word} {act}{cond}{TAIL}", kinds)
     for who, word, act, (cond, kinds) in product(STAFF, WORDS, ACTS[:2], CONDITIONS)]
    + [(f"{who} {word} {act}{TAIL}", {P}) for who, word, act in product(STAFF, ["boleh", "bisa"], ACTS)]
    + [(f"{who} {word} mencalonkan diri asal mengundurkan diri{TAIL}", {P}) for who, word in
       product(STAFF, ["boleh", "dapat", "diperbolehkan"])]
    + [(f"{who} {act} {word}{TAIL}", {P}) for who, act, word in
       product(STAFF, ACTS, ["tidak masalah", "sah-sah saja"])]
    + [(f"{who} {word} berkampanye asalkan menjalani cuti di luar tanggungan negara{TAIL}", {P})
       for who, word in product(HEADS, ["bisa", "dapat", "masih bisa", "boleh"])]
    + [
        (f"Bupati petahana dapat ikut berkampanye selama cuti{TAIL}", {P}),
        # no leave from office, a candidate's campaign, refused, or not said of whom the rules bind
        (f"Bupati bisa berkampanye pada hari libur{TAIL}", set()),
        (f"Calon bisa berkampanye di lapangan terbuka{TAIL}", set()),
        (f"Partai politik dapat berkampanye mulai pekan depan{TAIL}", set()),
        (f"ASN tidak bisa berkampanye{TAIL}", {B}),
        (f"Guru tidak dapat ikut berkampanye{TAIL}", {B}),
    ]
)


@pytest.fixture(scope="module")
def analysed(analyse_all) -> list:
    """Every text of the matrix analysed in one batch."""
    return analyse_all([t for t, _ in CASES], published="2024-10-07")


@pytest.mark.parametrize(("k", "text", "kinds"), indexed(CASES, lambda v: v[0][:72]))
def test_leave_by_subject_gives_the_gold_kinds(analysed: list, k: int, text: str, kinds: set[str]) -> None:
    assert {d.kind for d in analysed[k].directives} == kinds
