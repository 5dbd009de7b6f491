"""A one-word name with its office in brackets right after it ("Nasrullah (Ketua Bawaslu Kota Bontang)", "...,
Sutrisno (Pengawas SD Disdik Kota Medan), ...") is the holder, as a name of two words already was; a word that a
bracketed title spells out ("Kapengti (Kepala Pengadilan Tinggi)") is a short title, no name."""

from __future__ import annotations

import pytest

LEAD = "Netralitas ASN jelang Pilkada 2024 kembali diingatkan. "

HOLDERS = [
    (LEAD + "Pembicara dalam sosialisasi itu adalah Haryadi (Ketua Bawaslu Kabupaten Kebumen) dan Sri Wahyuni "
     "(Kepala BKPSDM Kabupaten Kebumen).", "Haryadi", "Bawaslu Kabupaten Kebumen"),
    (LEAD + "Tiga pegawai yang dilaporkan ialah Rudi Hartono (Kabid SD Disdik Kota Bandung), Mulyadi (Kepala Seksi "
     "Dinas Sosial Kota Bandung), dan seorang guru.", "Mulyadi", "Dinas Sosial Kota Bandung"),
]

NOT_HOLDERS = [
    (LEAD + "Para penjabat diminta bersinergi dengan Dandim, Kapolres, Kajati dan Kapengti (Kepala Pengadilan "
     "Tinggi) setempat.", "Kapengti"),
    (LEAD + "Bupati meminta para Kadis (Kepala Dinas) menjaga netralitas ASN.", "Kadis"),
]


@pytest.fixture(scope="module")
def analysed(analyse_all) -> dict[str, object]:
    texts = [t for t, *_ in HOLDERS + NOT_HOLDERS]
    return dict(zip(texts, analyse_all(texts, published="2024-10-07")))


@pytest.mark.parametrize(("text", "name", "agency"), HOLDERS, ids=[h[1] for h in HOLDERS])
def test_bracketed_office_names_one_word_holder(analysed: dict, text: str, name: str, agency: str) -> None:
    found = {o.name: o.agency for o in analysed[text].officials}
    assert found.get(name) == agency, found


@pytest.mark.parametrize(("text", "name"), NOT_HOLDERS, ids=[n[1] for n in NOT_HOLDERS])
def test_spelt_out_short_title_is_no_holder(analysed: dict, text: str, name: str) -> None:
    assert name not in [o.name for o in analysed[text].officials]
