"""A demand or a refused justification with its passive prefix written apart: "di tuntut", "tidak di benarkan".

Reporters write "di" apart from the verb, as they do for "di wajibkan" and "di larang"; "ASN di tuntut untuk netral" is
the duty "dituntut" gives, and "tak di benarkan ikut kampanye" the ban "tak dibenarkan" gives. Said of someone outside
the civil service (a candidate's team, the public) they bind no civil servant. The stories are ours; all are analysed in
one batch."""

from __future__ import annotations

import pytest

from tests.nlp.probes import indexed

LEAD = "Bawaslu menggelar sosialisasi netralitas menjelang Pilkada 2024. "

# (text, the kinds expected in the sentence after the lead)
CASES: list[tuple[str, set[str]]] = [
    (f"{LEAD}Para pegawai negeri di tuntut untuk bersikap netral selama tahapan.", {"obligation"}),
    (f"{LEAD}PPPK juga di tuntut menjaga jarak dari semua pasangan calon.", {"obligation"}),
    (f"{LEAD}ASN tak di benarkan memasang stiker calon di mobil dinas.", {"prohibition"}),
    (f"{LEAD}Pegawai honorer tidak di benarkan menjadi anggota tim pemenangan.", {"prohibition"}),
    # said of others: no civil servant bound
    (f"{LEAD}Warga di tuntut menjaga ketertiban selama kampanye.", set()),
    (f"{LEAD}Tim kampanye tidak di benarkan memasang baliho di jalan protokol.", set()),
]


@pytest.fixture(scope="module")
def analysed(analyse_all) -> list:
    """Every probe analysed in one batch."""
    return analyse_all([t for t, _ in CASES], published="2024-09-10")


@pytest.mark.parametrize(("k", "text", "kinds"), indexed(CASES, lambda v: v[0][len(LEAD):][:72]))
def test_split_demand_spellings(analysed: list, k: int, text: str, kinds: set[str]) -> None:
    got = {d.kind for d in analysed[k].directives if "sosialisasi" not in d.sentence}
    assert got == kinds, (text, got)
