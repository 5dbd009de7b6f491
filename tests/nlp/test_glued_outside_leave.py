"""Leave taken "diluar" tanggungan negara: the glued spelling is the same leave as "di luar" (permission recall).

Reporters often glue "di luar" ("cuti diluar tanggungan negara"); a civil servant whose spouse stands who "bisa/dapat
(mengajukan/mengambil) cuti diluar ..." is given leave, as with the spelling written apart. Refused, or the leave only
being served by a regional head, it gives none. The stories are ours; all are analysed in one batch.
"""

from __future__ import annotations

import pytest

from tests.nlp.probes import indexed

LEAD = "Badan Kepegawaian Daerah memberi penjelasan kepada pegawai menjelang Pilkada 2024. "

# (text, whether a permission is expected)
CASES: list[tuple[str, bool]] = [
    (f"{LEAD}Kepala BKD menjelaskan, PNS yang suaminya maju sebagai calon bupati bisa mengajukan cuti diluar "
     "tanggungan negara.", True),
    (f"{LEAD}ASN yang istrinya menjadi caleg dapat mengambil cuti diluar tanggungan negara selama masa kampanye.",
     True),
    (f"{LEAD}Menurut Sekda, guru PNS yang pasangannya mencalonkan diri bisa cuti diluar tanggungan negara.", True),
    # the same leave written apart stays a permission
    (f"{LEAD}Kepala BKD menjelaskan, PNS yang suaminya maju sebagai calon bupati bisa mengajukan cuti di luar "
     "tanggungan negara.", True),
    # refused: no leave
    (f"{LEAD}ASN yang tidak bisa mengajukan cuti diluar tanggungan negara dilarang mendampingi pasangannya.", False),
    # a regional head serving the leave: nothing civil servants may do
    (f"{LEAD}Bupati petahana sedang menjalani cuti diluar tanggungan negara selama masa kampanye.", False),
]


@pytest.fixture(scope="module")
def analysed(analyse_all) -> list:
    """Every probe analysed in one batch."""
    return analyse_all([t for t, _ in CASES], published="2024-09-10")


@pytest.mark.parametrize(("k", "text", "want"), indexed(CASES, lambda v: v[0][len(LEAD):][:72]))
def test_glued_outside_leave(analysed: list, k: int, text: str, want: bool) -> None:
    got = {d.kind for d in analysed[k].directives if "cuti" in d.sentence}
    assert ("permission" in got) == want, (text, got)
