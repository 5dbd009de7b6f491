"""Probe list of requests written as the civil servants opening a clause, then "untuk" and their conduct, with no verb
between ("Intinya, seluruh pegawai untuk menjaga netralitas", "Kepala BKD menjelaskan, para guru untuk tidak ikut
kampanye", quoted, after an attribution or a connective): the read half's gold gives each such clause an appeal, as
"ASN agar ..." is one. "untuk" after anything else says what something is for, what they are or may do, or belongs
to the verb before them, and asks nothing. Sentences are our own; all are analysed in one batch."""

from __future__ import annotations

import pytest

from tests.nlp.probes import indexed

A = {"appeal"}

# (text, the directive kinds the analysis must give)
FORMS: list[tuple[str, set[str]]] = [
    ("Intinya, seluruh pegawai untuk menjaga netralitas pada Pilkada 2024.", A),
    ("Kepala BKD menjelaskan, para guru untuk tidak ikut kampanye pada Pilkada 2024.", A),
    ("Sekda mengatakan, seluruh ASN untuk bersikap netral pada Pilkada 2024.", A),
    ("\"Seluruh PNS dan PPPK untuk tidak memihak salah satu calon,\" kata Bupati jelang Pilkada 2024.", A),
    ("Menurut Bupati, camat dan lurah untuk bersikap netral pada Pilkada 2024.", A),
    ("Untuk itu, seluruh ASN untuk tidak menghadiri kampanye pada Pilkada 2024.", A),
    ("Jadi, para pegawai untuk selalu menjaga integritas pada Pilkada 2024.", A),
    ("Seluruh ASN untuk tetap netral pada Pilkada 2024, kata Bupati.", A),
    ("ASN tidak sulit untuk netral pada Pilkada 2024.", set()),
    ("ASN hanya fokus untuk melayani masyarakat selama Pilkada 2024.", set()),
    ("Setiap ASN punya hak untuk memilih pada Pilkada 2024.", set()),
    ("Untuk itu Bupati berharap semua pihak untuk bijak bermedia sosial pada Pilkada 2024.", set()),
    ("Bawaslu menggelar sosialisasi bagi ASN untuk mencegah pelanggaran pada Pilkada 2024.", set()),
    ("Kesempatan bagi ASN untuk menyalurkan hak pilih pada Pilkada 2024 terbuka.", set()),
    ("Warga untuk datang ke TPS pada Pilkada 2024, kata Bupati.", set()),
    ("Bupati tidak akan mengarahkan ASN untuk memilihnya pada Pilkada 2024.", set()),
]


@pytest.fixture(scope="module")
def analysed(analyse_all) -> list:
    """Every probe analysed in one call."""
    return analyse_all([text for text, _ in FORMS], published="2024-10-07")


@pytest.mark.parametrize(("k", "text", "kinds"), indexed(FORMS, lambda v: v[0][:64]))
def test_civil_servants_then_untuk_and_their_conduct_is_a_request(analysed: list, k: int, text: str,
                                                                  kinds: set[str]) -> None:
    assert {d.kind for d in analysed[k].directives} == kinds
