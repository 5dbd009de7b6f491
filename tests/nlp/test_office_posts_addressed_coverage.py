"""Probe list of directives to civil servants named only by their post below the head of an office ("kepala bidang",
"kepala seksi", "kepala bagian", "kepala sub bagian", "sekretaris dinas", "kepala UPT", "direktur RSUD") or as the
state's trainers ("widyaiswara"): each is a civil servant's post, addressed as "kepala dinas" and "pejabat
struktural" are (the read half names them among the civil servants a hope asks, "para ASN yaitu camat, lurah dan
beberapa kepala bidang ..."). The same posts in the police speaking of their personnel, or speaking of voters, ask no
civil servant. The short "kabid" is left out: news list it among donors and guests. Sentences are our own; all are
analysed in one batch."""

from __future__ import annotations

import pytest

from tests.nlp.probes import indexed

# (text, the directive kinds the analysis must give)
FORMS: list[tuple[str, set[str]]] = [
    ("Bupati meminta para kepala bidang dan kepala seksi agar netral pada Pilkada 2024.", {"appeal"}),
    ("Para kepala UPT dilarang ikut kampanye pada Pilkada 2024.", {"prohibition"}),
    ("Sekretaris dinas dan kepala bagian wajib netral pada Pilkada 2024.", {"obligation"}),
    ("Kepala sub bagian di setiap dinas diimbau tidak memihak pada Pilkada 2024.", {"appeal"}),
    ("Para widyaiswara diingatkan untuk menjaga netralitas pada Pilkada 2024.", {"appeal"}),
    ("Direktur RSUD diminta tidak memobilisasi tenaga kesehatan pada Pilkada 2024.", {"appeal"}),
    ("Kepala Bidang Humas Polda Jawa Tengah mengatakan personel Polri harus netral pada Pilkada 2024.", set()),
    ("Kepala Bagian Operasi Polres Sleman meminta anggotanya netral pada Pilkada 2024.", set()),
    ("Menurut Kepala Bidang Politik Kesbangpol, pemilih pemula harus menggunakan hak pilihnya pada Pilkada 2024.",
     set()),
]


@pytest.fixture(scope="module")
def analysed(analyse_all) -> list:
    """Every probe analysed in one call."""
    return analyse_all([text for text, _ in FORMS], published="2024-10-07")


@pytest.mark.parametrize(("k", "text", "kinds"), indexed(FORMS, lambda v: v[0][:64]))
def test_an_office_post_is_a_civil_servant_addressed(analysed: list, k: int, text: str, kinds: set[str]) -> None:
    assert {d.kind for d in analysed[k].directives} == kinds
