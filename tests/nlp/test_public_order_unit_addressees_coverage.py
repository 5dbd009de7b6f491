"""Probe list of directives to the regional government's public order unit (Satpol PP, "Satuan Polisi Pamong Praja",
its members, personnel and officers) and to the civil servants' corps by its full name ("anggota Korps Pegawai
Republik Indonesia"): both are civil servants, and the read half's gold gives requests, duties, bans and penalties
addressed to them a directive (four outlets on Satpol PP, two on the corps). The unit named as the doer of its own
work or asked to do it (clearing campaign props away: "menertibkan", enforcement, as the gold reads it), its head
speaking of the election, and the corps' leaders stating a fact ask nothing. Sentences are our own;
all are analysed in one batch."""

from __future__ import annotations

import pytest

from tests.nlp.probes import indexed

# (text, the directive kinds the analysis must give)
FORMS: list[tuple[str, set[str]]] = [
    ("Mendagri mengingatkan Satpol PP untuk bersikap netral pada Pilkada 2024.", {"appeal"}),
    ("Gubernur meminta seluruh anggota Satpol PP agar tidak memihak pada Pilkada 2024.", {"appeal"}),
    ("Satuan Polisi Pamong Praja (Satpol PP) harus netral pada Pilkada 2024.", {"obligation"}),
    ("\"Personel Satpol PP jangan ikut kampanye calon mana pun,\" kata Bupati jelang Pilkada 2024.", {"prohibition"}),
    ("Petugas Satpol PP dilarang memakai seragam saat menghadiri kampanye pada Pilkada 2024.", {"prohibition"}),
    ("Bupati mengimbau seluruh anggota Korps Pegawai Republik Indonesia (Korpri) untuk menjaga netralitas pada "
     "Pemilu 2024.", {"appeal"}),
    ("Anggota Korps Pegawai Negeri Republik Indonesia diminta tidak terlibat politik praktis pada Pilkada 2024.",
     {"appeal"}),
    ("Satpol PP menertibkan alat peraga kampanye yang dipasang di pohon jelang Pilkada 2024.", set()),
    ("Wali kota meminta Satpol PP menertibkan baliho calon yang melanggar aturan pada Pilkada 2024.", set()),
    ("Kepala Satpol PP Budi Santoso mengatakan pilkada 2024 harus berjalan damai.", set()),
    ("Ketua Umum Korps Pegawai Republik Indonesia mengingatkan bahwa tahapan Pilkada 2024 belum selesai.", set()),
]


@pytest.fixture(scope="module")
def analysed(analyse_all) -> list:
    """Every probe analysed in one call."""
    return analyse_all([text for text, _ in FORMS], published="2024-10-07")


@pytest.mark.parametrize(("k", "text", "kinds"), indexed(FORMS, lambda v: v[0][:64]))
def test_the_public_order_unit_and_the_corps_are_addressed(analysed: list, k: int, text: str,
                                                           kinds: set[str]) -> None:
    assert {d.kind for d in analysed[k].directives} == kinds
