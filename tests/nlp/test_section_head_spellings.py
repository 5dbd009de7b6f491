"""Section and subsection heads under the other spellings of their short titles ('Kasie', 'Kasubbid', 'Kasubid',
'Kasubdit'), named by the unit's field alone, the office named earlier in the story: read as 'Kasi' and 'Kasubag'
already are. A title naming no holder names no official."""

from __future__ import annotations

import pytest

BOARD = "Badan Kepegawaian dan Pengembangan Sumber Daya Manusia Kabupaten Wonogiri"
CONTEXT = "BKPSDM Kabupaten Wonogiri menggelar apel netralitas ASN. "

HELD = [
    (CONTEXT + "Kasie Pengadaan dan Pemberhentian, Rina Kusuma mengingatkan pegawai tidak berkampanye.", "Rina Kusuma"),
    (CONTEXT + "Kasubbid Mutasi, Danu Prasetya meminta ASN menjaga netralitas.", "Danu Prasetya"),
    (CONTEXT + "Kasubid Kode Etik dan Disiplin, Yanti Lestari menjelaskan sanksi bagi ASN.", "Yanti Lestari"),
]

UNHELD = [CONTEXT + "Jabatan Kasubbid Mutasi masih kosong sejak bulan lalu."]


@pytest.fixture(scope="module")
def analysed(analyse_all) -> list:
    """Every probe analysed in one call."""
    return analyse_all([t for t, _ in HELD] + UNHELD, published="2024-10-10")


@pytest.mark.parametrize(("k", "name"), [(k, n) for k, (_, n) in enumerate(HELD)])
def test_a_section_head_under_another_spelling_serves_the_office(analysed: list, k: int, name: str) -> None:
    assert {o.name: o.agency for o in analysed[k].officials} == {name: BOARD}


@pytest.mark.parametrize("k", range(len(UNHELD)))
def test_the_title_with_no_holder_names_no_official(analysed: list, k: int) -> None:
    assert not analysed[len(HELD) + k].officials


WARD = "Pemkot Depok mendata ASN yang dilaporkan. "
WARD_FORMS = [
    # the ward's district set off by commas after the ward is no holder
    (WARD + "Kasie Ekbang Kelurahan Harjamukti, Cimanggis, dilaporkan ke Bawaslu.", set()),
    # a holder set off by commas after the ward is one
    (WARD + "Kasie Ekbang Kelurahan Harjamukti, Sutrisno, dilaporkan ke Bawaslu.", {"Sutrisno"}),
]


@pytest.mark.parametrize(("text", "names"), WARD_FORMS)
def test_the_wards_district_after_a_section_title_is_no_holder(analyse_all, text: str, names: set[str]) -> None:
    assert {o.name for o in analyse_all([text])[0].officials} == names
