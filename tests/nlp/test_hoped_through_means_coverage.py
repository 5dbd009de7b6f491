"""Probe list of hopes that put their means first ("berharap, dengan adanya sosialisasi yang digelar, ASN ...",
"berharap melalui kegiatan ini para ASN ...", "Sekda berharap dengan apel ini seluruh pegawai ..."): whom the hope
is about is named after the means, past its comma or a quantifier, and a verb inside the means ("yang digelar") is
no statement of the speaker's; the read half's gold gives each such hope about civil servants an appeal. Means
followed by the event, everyone or the voters, civil servants only inside the means, and a reminder opened by a
place or time that states a fact ask nothing. Sentences are our own; all are analysed in one batch."""

from __future__ import annotations

import pytest

from tests.nlp.probes import indexed

A = {"appeal"}

# (text, the directive kinds the analysis must give)
FORMS: list[tuple[str, set[str]]] = [
    ("Kepala BKPSDM berharap, dengan adanya sosialisasi ini, seluruh ASN tetap netral selama Pilkada 2024.", A),
    ("Wali kota berharap, melalui apel bersama ini, para pegawai tidak tergoda politik praktis pada Pilkada 2024.",
     A),
    ("Camat berharap, lewat pembinaan tersebut, lurah dan staf kelurahan tetap netral pada Pilkada 2024.", A),
    ("Sekda berharap, dengan berbagai kegiatan yang sudah digelar, ASN di Pemkab Bantul menjaga netralitas pada "
     "Pilkada 2024.", A),
    ("Sekda berharap dengan berbagai kegiatan yang sudah digelar, para guru menjaga netralitas pada Pilkada 2024.",
     A),
    ("Bupati berharap melalui kegiatan ini para ASN bisa menjaga netralitas pada Pilkada 2024.", A),
    ("Kepala Dinas berharap dengan ikrar ini seluruh pegawai tidak ikut kampanye pada Pilkada 2024.", A),
    ("\"Kami berharap, dengan surat edaran ini, semua PNS paham batasannya,\" kata Sekda jelang Pilkada 2024.", A),
    ("Bupati berharap, dengan dukungan semua pihak, Pilkada 2024 berjalan aman dan damai.", set()),
    ("Ketua KPU berharap, melalui sosialisasi yang digelar, warga datang ke TPS pada Pilkada 2024.", set()),
    ("Bupati berharap, dengan netralitas ASN, Pilkada 2024 berjalan lancar.", set()),
    ("Bupati berharap dengan kegiatan ini semua pihak menjaga kondusivitas pada Pilkada 2024.", set()),
    ("Ketua Bawaslu mengingatkan, di setiap pemilihan yang digelar, selalu saja terjadi keterlibatan ASN pada "
     "Pilkada 2024.", set()),
]


@pytest.fixture(scope="module")
def analysed(analyse_all) -> list:
    """Every probe analysed in one call."""
    return analyse_all([text for text, _ in FORMS], published="2024-10-07")


@pytest.mark.parametrize(("k", "text", "kinds"), indexed(FORMS, lambda v: v[0][:64]))
def test_a_hope_through_its_means_asks_those_named_after(analysed: list, k: int, text: str, kinds: set[str]) -> None:
    assert {d.kind for d in analysed[k].directives} == kinds
