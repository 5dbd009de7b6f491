"""A name said to hold an office with a bare copula ("Budi Santoso adalah Wakil Bupati X", "Siti merupakan Kepala
Dinas X"): the name before the copula is the holder, as with "yang merupakan". A connective or a candidate's short
title opening the sentence is no part of the name; a former office, or a copula with no name before it, gives no
holder."""

from __future__ import annotations

import pytest

LEAD = "Netralitas ASN jelang Pilkada 2024 kembali diingatkan. "

# (text, the holder's name, the institution served)
HOLDERS = [
    (LEAD + "Hendra Wijaya adalah Wakil Bupati Banyumas yang kembali maju dalam pilkada.",
     "Hendra Wijaya", "Pemerintah Kabupaten Banyumas"),
    (LEAD + "Rina Kartika merupakan Kepala Dinas Pendidikan Kabupaten Klaten yang dilaporkan ke Bawaslu.",
     "Rina Kartika", "Dinas Pendidikan Kabupaten Klaten"),
    (LEAD + "Sedangkan Agus Permana adalah Bupati Garut yang sedang cuti kampanye.",
     "Agus Permana", "Pemerintah Kabupaten Garut"),
    (LEAD + "Cabup Dedi Kurnia adalah Sekda Kabupaten Sumedang sebelum mendaftar.",
     "Dedi Kurnia", "Pemerintah Kabupaten Sumedang"),
]

# (text, a name that must not be listed)
NOT_HOLDERS = [
    (LEAD + "Yang paling bertanggung jawab adalah Bupati Banyumas.", "Yang"),
    (LEAD + "Sedangkan Joko Susilo merupakan mantan Bupati Klaten yang kini menjadi calon.", "Joko Susilo"),
]


@pytest.fixture(scope="module")
def analysed(analyse_all) -> dict[str, object]:
    texts = [t for t, *_ in HOLDERS + NOT_HOLDERS]
    return dict(zip(texts, analyse_all(texts, published="2024-10-07")))


@pytest.mark.parametrize(("text", "name", "agency"), HOLDERS, ids=[h[1] for h in HOLDERS])
def test_copula_names_holder(analysed: dict, text: str, name: str, agency: str) -> None:
    found = {o.name: o.agency for o in analysed[text].officials}
    assert found.get(name) == agency, found


@pytest.mark.parametrize(("text", "name"), NOT_HOLDERS, ids=[n[1] for n in NOT_HOLDERS])
def test_copula_without_holder(analysed: dict, text: str, name: str) -> None:
    names = [o.name for o in analysed[text].officials]
    assert not any(name in n for n in names), names
