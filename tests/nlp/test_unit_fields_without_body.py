"""A unit head's field written before the holder with no body after it, as regional press pages write it in a story
on the body itself: a personnel board's records field ('Kepala Bidang Pembinaan dan Penatausahaan Kepegawaian,
Nama'), a religious affairs office's sections ('Kasi Bimas Islam, Nama', 'Kasi Papkis Nama'), the secretariat's
protocol and press bureau ('Kabag Protokol dan Komunikasi Pimpinan, Nama', 'Kabag Prokopim Nama'). Look-alikes: the
unit with no holder, whose last word is no holder's name ('Kasi Bimas Islam mengatakan')."""

from __future__ import annotations

import pytest

from tests.nlp.probes import indexed

# (story, holder or None, name that must not be read or None)
PROBES: list[tuple[str, str | None, str | None]] = [
    ("BKPSDM Kabupaten Banyumas mengingatkan ASN agar netral pada Pilkada 2024. Kepala Bidang Pembinaan dan "
     "Penatausahaan Kepegawaian, Endang Purwati, mengatakan ASN yang melanggar akan diperiksa.", "Endang Purwati",
     None),
    ("Kantor Kemenag Kabupaten Rejang Lebong mengingatkan penyuluh agama agar netral pada Pilkada 2024. Kasi Bimas "
     "Islam, Hendra Saputra, meminta penyuluh tidak ikut berkampanye.", "Hendra Saputra", None),
    ("Kantor Kemenag Kabupaten Rejang Lebong mengingatkan guru madrasah agar netral pada Pemilu 2024. Pesan itu "
     "disampaikan Kasi Papkis Rahmat Hidayat saat memimpin apel pagi.", "Rahmat Hidayat", None),
    ("Pemkab Wonogiri mengingatkan ASN agar netral pada Pilkada 2024. Kabag Protokol dan Komunikasi Pimpinan, "
     "Dwi Handayani, mengatakan surat edaran sudah dikirim ke semua OPD.", "Dwi Handayani", None),
    ("Pemkab Wonogiri mengingatkan ASN agar netral pada Pilkada 2024. Kabag Prokopim Teguh Wibowo mengatakan surat "
     "edaran sudah dikirim ke semua OPD.", "Teguh Wibowo", None),
    ("Kanwil Kemenag Sulawesi Tengah mengingatkan ASN agar netral pada Pilkada 2024. Kasi Penerangan Agama Islam, "
     "Sitti Aminah, meminta penyuluh menjaga netralitas.", "Sitti Aminah", None),
    # the unit with no holder
    ("Kantor Kemenag Kabupaten Rejang Lebong mengingatkan penyuluh agama agar netral pada Pilkada 2024. Kasi Bimas "
     "Islam mengatakan penyuluh dilarang berkampanye.", None, "Islam"),
    # the field's last word is no holder's name, the holder named after it
    ("Kantor Kemenag Kabupaten Rejang Lebong mengingatkan penyuluh agama agar netral pada Pilkada 2024. Kasi Bimas "
     "Islam Yusuf Maulana meminta penyuluh tidak ikut berkampanye.", "Yusuf Maulana", "Islam Yusuf Maulana"),
]


@pytest.fixture(scope="module")
def analysed(analyse_all) -> list:
    """Every probe analysed in one call."""
    return analyse_all([p[0] for p in PROBES], published="2024-10-07")


@pytest.mark.parametrize(("k", "holder", "wrong"), indexed(PROBES, lambda v: v[0][70:130], first=1))
def test_a_field_without_its_body_names_its_head(analysed: list, k: int, holder: str | None,
                                                 wrong: str | None) -> None:
    names = [o.name for o in analysed[k].officials]
    if holder is not None:
        assert holder in names, names
    if wrong is not None:
        assert wrong not in names, names
