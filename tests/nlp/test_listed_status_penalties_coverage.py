"""Probe list of a penalty list that goes on past an item naming the status its penalty ends ("Ketiga,
pemberhentian dengan hormat ... sebagai PNS"): the civil servant after "sebagai" is no addressee, so the item is
the same statement as the list's lead, as the read gold counts none of the 11 numbered or ordinal items naming a
penalty form. An item that names whom it binds ("Ketiga, ASN yang berkampanye akan diberhentikan") is a statement of
its own. Sentences are our own; each story is analysed in one batch."""

from __future__ import annotations

import pytest

from tests.nlp.probes import sentence_kinds

LEAD = ("Kepala BKD mengingatkan ASN agar netral pada Pilkada 2024. "
        "Menurut PP 94 Tahun 2021, hukuman disiplin berat bagi ASN yang melanggar terdiri atas tiga jenis. "
        "Pertama, penurunan jabatan setingkat lebih rendah selama 12 bulan. "
        "Kedua, pembebasan dari jabatan menjadi jabatan pelaksana selama 12 bulan.")

ITEMS: list[tuple[str, set[str]]] = [
    ("Ketiga, pemberhentian dengan hormat tidak atas permintaan sendiri sebagai PNS.", set()),
    ("Ketiga, pemberhentian tidak dengan hormat sebagai ASN.", set()),
    ("Ketiga, pemberhentian sebagai pegawai negeri sipil.", set()),
    ("Ketiga, ASN yang berkampanye pada Pilkada 2024 akan diberhentikan sebagai PNS.", {"sanction"}),
    ("Ketiga, ASN dilarang menghadiri kampanye calon pada Pilkada 2024.", {"prohibition"}),
]


@pytest.fixture(scope="module")
def analysed(analyse_all) -> list:
    """Every story analysed in one call."""
    return analyse_all([f"{LEAD} {item}" for item, _ in ITEMS], published="2024-10-01")


@pytest.mark.parametrize("k", range(len(ITEMS)), ids=[t[:48] for t, _ in ITEMS])
def test_a_listed_penalty_item_follows_its_addressee(analysed: list, k: int) -> None:
    item, kinds = ITEMS[k]
    assert sentence_kinds(analysed[k], item) == kinds
