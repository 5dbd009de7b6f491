"""Probe list of reminders whose content says a risk or an attention ("mengingatkan isu netralitas ASN cukup rawan",
"mengingatkan netralitas ASN menjadi sorotan"): a fact recalled, no request, as the same sentence with "bahwa" is.
A reminder that asks a conduct before the risk ("mengingatkan ASN tetap netral karena pilkada rawan konflik"), links
its content ("agar", "untuk") or names only a topic ("mengingatkan netralitas ASN") stays an appeal. Sentences are our
own; all are analysed in one batch."""

from __future__ import annotations

import pytest

from tests.nlp.probes import indexed

APPEAL = {"appeal"}

# (text, the directive kinds the analysis must give)
FORMS: list[tuple[str, set[str]]] = [
    # a risk or an attention said in the reminder's clause: a fact
    ('"Kami mengingatkan isu netralitas ASN sangat rawan menjelang Pilkada 2024," kata Bupati.', set()),
    ("Sekda mengingatkan netralitas pegawai menjadi sorotan warga selama Pilkada 2024.", set()),
    ("Bupati mengingatkan ASN di desa rentan dimanfaatkan tim sukses pada Pilkada 2024.", set()),
    ("Kepala BKD mengingatkan kembali pelanggaran netralitas ASN kian marak jelang Pilkada 2024.", set()),
    ("Camat mengingatkan bahwa netralitas kepala desa menjadi sorotan pada Pilkada 2024.", set()),
    # a conduct asked, a link or a topic alone: still an appeal
    ("Bupati mengingatkan ASN tetap netral karena Pilkada 2024 rawan konflik.", APPEAL),
    ("Sekda mengingatkan ASN agar berhati-hati karena media sosial rawan disalahgunakan pada Pilkada 2024.", APPEAL),
    ("Bupati mengingatkan ASN untuk menjaga netralitas yang kini menjadi sorotan pada Pilkada 2024.", APPEAL),
    ("Bupati mengingatkan netralitas ASN menjelang Pilkada 2024.", APPEAL),
    ("Sekda mengingatkan seluruh pegawai menjaga netralitas pada Pilkada 2024, sebab isu itu rawan.", APPEAL),
]


@pytest.fixture(scope="module")
def analysed(analyse_all) -> list:
    """Every probe analysed in one call."""
    return analyse_all([text for text, _ in FORMS], published="2024-10-07")


@pytest.mark.parametrize(("k", "text", "kinds"), indexed(FORMS, lambda v: v[0][:64]))
def test_a_risk_reminded_is_a_fact(analysed: list, k: int, text: str, kinds: set[str]) -> None:
    assert {d.kind for d in analysed[k].directives} == kinds
