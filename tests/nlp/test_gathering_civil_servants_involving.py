"""Gathering civil servants ("mengumpulkan para ASN") is a way of using them, like mobilising them
(directives.yaml `involving`): asked of or forbidden to candidates, it addresses the civil servants' part in the
contest; a head gathering his own staff, or gathering records about them, asks nothing."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(("text", "kind"), [
    ("Ketua Korpri mengimbau para kandidat untuk tidak mengumpulkan para ASN selama masa tenang Pilkada 2024.",
     "appeal"),
    ("Bawaslu meminta tim pemenangan agar tidak mengumpulkan pegawai honorer di posko pada Pilkada 2024.", "appeal"),
    ("Calon bupati dilarang mengumpulkan PNS di rumah pribadinya selama Pilkada 2024.", "prohibition"),
])
def test_gathering_them_for_a_candidate_is_addressed(run, text: str, kind: str) -> None:
    assert [d.kind for d in run(text).directives] == [kind]


@pytest.mark.parametrize("text", [
    "Penjabat wali kota mengumpulkan seluruh ASN di aula kantor menjelang Pilkada 2024.",
    "Petugas mengumpulkan data ASN yang hadir dalam kampanye Pilkada 2024.",
])
def test_gathering_as_an_event_or_records_asks_nothing(run, text: str) -> None:
    assert run(text).directives == []
