"""A generated matrix of leave: who x word of leave x what they may do x its condition (permission recall).

Civil servants (ASN, PNS, honorary staff, teachers) given leave to take leave for a campaign or to stand on resigning,
bounded by "asal" or "selama", are a permission in the read half's gold, with each word of leave. A regional head or a
state official given leave to take leave from office for the campaign ("Bupati bisa cuti untuk berkampanye",
"Gubernur dapat mengambil cuti di luar tanggungan negara untuk kampanye") is their leave to campaign bound by that
leave, which the gold counts as it does "boleh berkampanye asalkan cuti"; refused, or a duty, it is none. Regional
heads' other leave and ministers' are left out: the read half's gold has none of theirs. The stories are ours; all
are analysed in one batch.
"""

from __future__ import annotations

from itertools import product

import pytest

from tests.nlp.probes import indexed

P = "permission"
NO_LEAVE: set[str] = set()  # no permission; other kinds not checked
LEAD = "Netralitas ASN dibahas dalam rapat persiapan Pilkada 2024. "

STAFF: list[str] = ["ASN", "PNS", "Tenaga honorer", "Guru"]
WORDS: list[str] = ["boleh", "bisa", "dapat", "diperbolehkan", "diizinkan", "silakan", "tidak dilarang"]
ACTS: list[str] = ["cuti untuk kampanye", "mencalonkan diri asal mundur dari jabatannya"]
BOUNDS: list[str] = [" asal tidak memakai fasilitas negara", " selama tidak memakai atribut dinas"]
HEADS: list[str] = ["Kepala daerah", "Bupati", "Wali kota", "Gubernur", "Pejabat negara"]
FURLOUGHS: list[str] = ["bisa cuti untuk kampanye", "dapat cuti untuk berkampanye",
                        "bisa mengambil cuti untuk berkampanye", "dapat mengambil cuti di luar tanggungan negara untuk "
                        "kampanye", "boleh cuti untuk kampanye"]

# (text, kinds the gold convention expects; NO_LEAVE: no permission)
CASES: list[tuple[str, set[str]]] = (
    [(f"{LEAD}{who} {word} {act}{bound}.", {P}) for who, word, act, bound in product(STAFF, WORDS, ACTS, BOUNDS)]
    + [(f"{LEAD}{who} {act} tidak masalah{bound}.", {P}) for who, act, bound in product(STAFF, ACTS, BOUNDS)]
    + [(f"{LEAD}{who} {leave}.", {P}) for who, leave in product(HEADS, FURLOUGHS)]
    + [
        (f"{LEAD}Bupati petahana bisa cuti untuk kampanye asal tidak memakai mobil dinas.", {P}),
        # refused, a duty, or someone else's leave: no permission
        (f"{LEAD}Kepala daerah tidak bisa cuti untuk kampanye.", NO_LEAVE),
        (f"{LEAD}Bupati harus cuti untuk kampanye.", {"obligation"}),
        (f"{LEAD}ASN berbeda dengan bupati yang bisa cuti untuk kampanye.", NO_LEAVE),
        (f"{LEAD}Calon bisa berkampanye di lapangan terbuka.", NO_LEAVE),
    ]
)


@pytest.fixture(scope="module")
def analysed(analyse_all) -> list:
    """Every text of the matrix analysed in one batch."""
    return analyse_all([t for t, _ in CASES], published="2024-10-07")


@pytest.mark.parametrize(("k", "text", "kinds"), indexed(CASES, lambda v: v[0][len(LEAD):][:72]))
def test_leave_to_take_leave(analysed: list, k: int, text: str, kinds: set[str]) -> None:
    got = {d.kind for d in analysed[k].directives}
    if kinds is NO_LEAVE:
        assert P not in got
    else:
        assert got == kinds
