"""The secretary of a regional office by the short title 'Sekdis' ("Sekdis Kominfo Kabupaten X Nama", or bare in a
story about one regency) works at the regional communications office, not at the national ministry its field
shares a name with; the ministry named on its own stays the ministry."""

from __future__ import annotations

import pytest

MINISTRY = "Kementerian Komunikasi dan Informatika"

HOLDERS = [
    ("Pemkab Sleman mengingatkan pegawainya soal Pilkada 2024. Sekdis Kominfo Agus Riyanto meminta ASN tidak "
     "menyebarkan konten kampanye.", "Agus Riyanto", "Dinas Komunikasi dan Informatika Kabupaten Sleman"),
    ("Sekdis Kominfo Kota Padang Rudi Hartono meminta ASN tidak menyukai unggahan kampanye jelang Pilkada 2024.",
     "Rudi Hartono", "Dinas Komunikasi dan Informatika Kota Padang"),
    ("Sekdiskominfo Sumbar Yusuf Effendi meminta ASN tidak membagikan materi kampanye pada Pilkada 2024.",
     "Yusuf Effendi", "Dinas Komunikasi dan Informatika Provinsi Sumatera Barat"),
]

NOT_MINISTRY = [
    "Pemkab Sleman mengingatkan pegawainya soal Pilkada 2024. Sekdis Kominfo Agus Riyanto meminta ASN tidak "
    "menyebarkan konten kampanye.",
    "Pemkot Medan mengimbau ASN netral pada Pilkada 2024. Sekdis PUPR Dedi Saputra meminta stafnya tidak berkampanye.",
]

MINISTRY_KEPT = [
    "Kominfo memantau unggahan ASN selama Pemilu 2024 dan melaporkan pelanggaran ke KASN.",
]


@pytest.fixture(scope="module")
def analysed(analyse_all) -> dict[str, object]:
    texts = list(dict.fromkeys([t for t, *_ in HOLDERS] + NOT_MINISTRY + MINISTRY_KEPT))
    return dict(zip(texts, analyse_all(texts, published="2024-10-07")))


@pytest.mark.parametrize(("text", "name", "agency"), HOLDERS, ids=[h[1] for h in HOLDERS])
def test_the_secretary_works_at_the_regional_office(analysed, text: str, name: str, agency: str) -> None:
    assert {o.name: o.agency for o in analysed[text].officials}.get(name) == agency


@pytest.mark.parametrize("text", NOT_MINISTRY)
def test_the_field_after_the_title_is_no_ministry(analysed, text: str) -> None:
    assert MINISTRY not in {a.agency for a in analysed[text].agencies}
    assert "Kementerian Pekerjaan Umum dan Perumahan Rakyat" not in {a.agency for a in analysed[text].agencies}


@pytest.mark.parametrize("text", MINISTRY_KEPT)
def test_the_ministry_named_alone_stays(analysed, text: str) -> None:
    assert MINISTRY in {a.agency for a in analysed[text].agencies}
