"""Leave given by a bare "silakan"/"monggo" that closes the clause after a condition's comma (permission recall).

"Kalau sekadar menonton debat, ya silakan" already gives leave after the particle "ya"; without it ("Kalau cuma
ingin mendengar visi misi, silakan.") the interjection still grants what the condition names, also when a limit
of another kind follows after "tapi"/"namun" in the same sentence: both are kept. An interjection going on to its
own verb ("silakan laporkan") or glossed in brackets is no such leave. The stories are ours; all are analysed in
one batch.
"""

from __future__ import annotations

import pytest

from tests.nlp.probes import indexed

P, B = "permission", "prohibition"
LEAD = "Netralitas ASN dibahas dalam rapat persiapan Pilkada 2024. "

CASES: list[tuple[str, set[str]]] = [
    (LEAD + "\"Kalau cuma ingin mendengar visi misi calon, silakan.\"", {P}),
    (LEAD + "\"Jika hanya mau menonton debat di balai desa, monggo, tapi jangan mengenakan kaus calon.\"", {P, B}),
    (LEAD + "\"Kalau sekadar datang ke pengajian akbar, silahkan, namun tidak boleh ikut berorasi,\" ujarnya.",
     {P, B}),
    # ... the interjection goes on to its own verb, or is glossed: none
    (LEAD + "\"Kalau ada pegawai yang berpihak, silakan laporkan ke pengawas kecamatan.\"", set()),
    (LEAD + "\"Kalau memang ada yang tidak netral, monggo (silakan) disampaikan ke pengawas.\"", set()),
]


@pytest.fixture(scope="module")
def analysed(analyse_all) -> list:
    """Every text of the list analysed in one batch."""
    return analyse_all([t for t, _ in CASES], published="2024-10-07")


@pytest.mark.parametrize(("k", "text", "kinds"), indexed(CASES, lambda v: v[0][len(LEAD):][:70]))
def test_conceded_interjection(analysed: list, k: int, text: str, kinds: set[str]) -> None:
    assert {d.kind for d in analysed[k].directives if d.sentence.strip() != LEAD.strip()} == kinds
