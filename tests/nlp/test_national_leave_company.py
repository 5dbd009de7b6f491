"""Leave to campaign given to the head of state together with the officials joined after him ("Presiden dan para
pejabat negara boleh ...", "Presiden maupun pejabat negara lainnya diperbolehkan ... asalkan cuti") is the
politicians' own leave, never the civil servants': no permission, even with the word of leave after the cue, which
for a regional head or a state official opening the list stays the permission the read gold counts. The stories are
ours; all are analysed in one batch.
"""

from __future__ import annotations

import pytest

from tests.nlp.probes import indexed

P = "permission"
LEAD = "Pegawai pemerintah diingatkan untuk menjaga netralitas ASN pada Pemilu 2024. "

# (text, whether a permission is expected)
CASES: list[tuple[str, bool]] = [
    # the president's circle, on furlough or not
    (LEAD + "Presiden dan para pejabat negara boleh turut berkampanye asal tidak memakai mobil dinas dan sudah cuti.",
     False),
    (LEAD + "Presiden maupun pejabat negara lainnya diizinkan ikut berkampanye asalkan mengambil cuti.", False),
    (LEAD + "\"Presiden, menteri serta pejabat negara lain boleh ikut kampanye dengan syarat cuti,\" katanya.",
     False),
    (LEAD + "Menteri dan seluruh pejabat negara dapat berkampanye selama menjalani cuti di luar tanggungan negara.",
     False),
    # a regional head or a state official opening the list keeps the leave on furlough
    (LEAD + "Pejabat negara boleh turut berkampanye asalkan sudah mengajukan cuti.", True),
    (LEAD + "Gubernur dan para bupati diperbolehkan ikut kampanye selama mereka cuti.", True),
    (LEAD + "Wali kota maupun wakilnya boleh berkampanye asal cuti lebih dulu.", True),
    # the president who speaks, a comma between, is no member of the list
    (LEAD + "Menurut presiden, pejabat negara boleh ikut berkampanye asalkan cuti.", True),
    # civil servants' own leave stays
    (LEAD + "ASN boleh hadir di kampanye sebagai pendengar.", True),
]


@pytest.fixture(scope="module")
def analysed(analyse_all) -> list:
    """Every text of the list analysed in one batch."""
    return analyse_all([t for t, _ in CASES], published="2024-01-20")


@pytest.mark.parametrize(("k", "text", "leave"), indexed(CASES, lambda v: v[0][-70:]))
def test_national_company_leave(analysed: list, k: int, text: str, leave: bool) -> None:
    got = {d.kind for d in analysed[k].directives}
    assert (P in got) == leave
