"""The rank of general abbreviated with a stop ("Jend. Pol. (Purn)", "Jend. TNI") stands between a title and the
holder's name like the rank written out: it is no part of the name, and no name of its own."""

from __future__ import annotations

import pytest

LEAD = "Netralitas ASN jelang Pilkada 2024 kembali diingatkan. "

CASES = [
    (LEAD + "Menteri Dalam Negeri Jend. Pol. (Purn) Prof. Drs. H. Tito Karnavian, M.A, Ph.D meminta ASN netral.",
     "Tito Karnavian", "Kementerian Dalam Negeri"),
    (LEAD + "Panglima TNI Jend. TNI Agus Subiyanto meminta prajurit dan ASN di lingkungan TNI netral.",
     "Agus Subiyanto", "Tentara Nasional Indonesia"),
]


@pytest.fixture(scope="module")
def analysed(analyse_all) -> dict[str, object]:
    texts = [t for t, *_ in CASES]
    return dict(zip(texts, analyse_all(texts, published="2024-10-07")))


@pytest.mark.parametrize(("text", "name", "agency"), CASES, ids=[c[1] for c in CASES])
def test_abbreviated_general_rank_is_no_name(analysed: dict, text: str, name: str, agency: str) -> None:
    found = {o.name: o.agency for o in analysed[text].officials}
    assert found.get(name) == agency, found
    assert not any(n.startswith("Jend") for n in found), found
