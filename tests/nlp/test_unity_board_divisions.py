"""Division heads of the unity boards (Kesbangpol) named by their division's whole field, the board named earlier
in the story: the fields' words (ideology, national outlook, character, conflict, culture, unity, assimilation,
democracy) are a unit's words, so the list of fields goes on past its commas and 'dan' to the holder, and none of
its last words passes for a one-word holder."""

from __future__ import annotations

import pytest

BOARD = "Badan Kesatuan Bangsa dan Politik Kabupaten Magelang"
CONTEXT = "Badan Kesbangpol Kabupaten Magelang menggelar sosialisasi netralitas ASN. "

FORMS = [
    (CONTEXT + "Kabid Ideologi, Wawasan Kebangsaan dan Karakter Bangsa, Wulan Sari mengingatkan ASN tidak berpihak.",
     "Wulan Sari"),
    (CONTEXT + "Kepala Bidang Kewaspadaan Nasional dan Penanganan Konflik, Heri Susanto menegaskan ASN harus netral.",
     "Heri Susanto"),
    (CONTEXT + "Kabid Pembauran dan Persatuan Bangsa, Agus Salim meminta ASN menjaga netralitas.", "Agus Salim"),
]

# the field's last word after 'dan' is no holder when no name follows it
UNHELD = [CONTEXT + "Kabid Kewaspadaan Nasional dan Penanganan Konflik, menurut laporan, belum terisi."]


@pytest.fixture(scope="module")
def analysed(analyse_all) -> list:
    """Every probe analysed in one call."""
    return analyse_all([t for t, _ in FORMS] + UNHELD, published="2024-10-10")


@pytest.mark.parametrize(("k", "name"), [(k, n) for k, (_, n) in enumerate(FORMS)])
def test_a_division_head_of_the_unity_board_is_read_past_the_fields(analysed: list, k: int, name: str) -> None:
    found = {o.name: o.agency for o in analysed[k].officials}
    assert found == {name: BOARD}


@pytest.mark.parametrize("k", range(len(UNHELD)))
def test_a_fields_last_word_is_no_holder(analysed: list, k: int) -> None:
    assert not analysed[len(FORMS) + k].officials
