"""An office head written without a region ("Kepala BKPSDM Nama") in a story where no one region leads (a meeting in
one town, the speaker from a regency, each named once) is the office of the regency or city named last before it in
its sentence ("Sekda Kabupaten X didampingi Kepala BKPSDM Nama"), as the holder beside him serves there. With no
such regency in the sentence, or only a province, the office stays unplaced. Stories in our own words."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("text,name,body", [
    ("Rapat koordinasi digelar di Kota Jambi jelang Pilkada 2024. Sekda Kabupaten Tebo Budi Santoso didampingi "
     "Kepala BKPSDM Rina Marlina meminta ASN netral.", "Rina Marlina",
     "Badan Kepegawaian dan Pengembangan Sumber Daya Manusia Kabupaten Tebo"),
    ("Sosialisasi netralitas ASN berlangsung di Kota Makassar menjelang Pilkada 2024. Bupati Gowa Hendra Wijaya "
     "bersama Kepala Inspektorat Dedi Kurnia mengingatkan ASN agar tidak berkampanye.", "Dedi Kurnia",
     "Inspektorat Kabupaten Gowa"),
])
def test_the_regency_named_before_in_the_sentence_holds_the_office(run, text, name, body):
    assert any(o.name == name and o.agency == body for o in run(text).officials)


@pytest.mark.parametrize("text,name,stray", [
    ("Rapat koordinasi digelar di Kota Jambi dan diikuti Kabupaten Tebo jelang Pilkada 2024. Kepala BKPSDM Rina "
     "Marlina meminta ASN netral.", "Rina Marlina", "Tebo"),
    ("Rapat koordinasi digelar di Kota Jambi dan diikuti Kabupaten Tebo jelang Pilkada 2024. Sekda Provinsi Jambi "
     "Budi Santoso didampingi Kepala BKPSDM Rina Marlina meminta ASN netral.", "Rina Marlina", "Tebo"),
])
def test_no_regency_before_in_the_sentence_leaves_the_office_unplaced(run, text, name, stray):
    assert not any(o.name == name and stray in (o.agency or "") for o in run(text).officials)
