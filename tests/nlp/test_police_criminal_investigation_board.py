"""The police's criminal investigation board is an institution of its own, named in full, by its acronym or through its
head's title ("Kabareskrim Polri", "Wakabareskrim"), and the holder of that title is read with it; a police station's
own investigation unit ("Satuan Reserse Kriminal Polres X", "Kasat Reskrim") is no mention of the board. Stories in
our own words (agencies.yaml bareskrim)."""

from __future__ import annotations

import pytest

BOARD = "Badan Reserse Kriminal Polri"

# (story, whether the board is named)
FORMS = [
    ("Dugaan pidana pemilu oleh seorang kepala dinas dilimpahkan ke Badan Reserse Kriminal (Bareskrim) Polri "
     "menjelang Pemilu 2024.", True),
    ("Penyidik Bareskrim memeriksa dua PNS yang diduga membagikan uang saat kampanye Pilkada 2024.", True),
    ("Kabareskrim Polri Komjen Andi Pratama mengingatkan ASN agar tidak terlibat politik uang pada Pemilu 2024.", True),
    # negatives: a station's own unit, the police alone
    ("Satuan Reserse Kriminal Polres Kendal memeriksa seorang ASN yang berkampanye pada Pilkada 2024.", False),
    ("Kasat Reskrim Polres Kendal AKP Andi Pratama meminta ASN netral pada Pilkada 2024.", False),
    ("Polri mengingatkan ASN agar netral pada Pemilu 2024.", False),
]


@pytest.mark.parametrize("text,named", FORMS)
def test_the_investigation_board_is_named_only_by_its_own_names(run, text: str, named: bool) -> None:
    found = {a.agency for a in run(text).agencies}
    assert (BOARD in found) == named, found


def test_the_head_of_the_board_is_read_with_it(run) -> None:
    result = run("Wakabareskrim Irjen Andi Pratama meminta ASN menjauhi politik praktis pada Pemilu 2024.")
    assert {(o.name, o.agency) for o in result.officials} == {("Andi Pratama", BOARD)}
