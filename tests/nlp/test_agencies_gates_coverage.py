"""Gates of the institution reader (pipeline/nlp/components/agencies.py) loosened where they also set aside
institutions the story names: texts a loosened gate now reads, and ones it must still reject. In our own words."""

from __future__ import annotations

import pytest

STORY = ("Bawaslu mengingatkan seluruh aparatur sipil negara agar menjaga netralitas selama tahapan Pilkada 2024 "
         "berlangsung dan tidak ikut berkampanye untuk pasangan calon mana pun.\n")


def agencies_of(run, text):
    return {a.agency for a in run(text).agencies}


# A short photo caption is no prose, but the institution its own words name is one the story names; the photo's
# credit after "foto:" or "dok." only says who made or keeps the picture.
@pytest.mark.parametrize(("caption", "agency"), [
    ("Pegawai di lingkungan Pemkab Sukabumi mengikuti sosialisasi netralitas. Foto: Ist",
     "Pemerintah Kabupaten Sukabumi"),
    ("Rapat koordinasi antara KPU Sumut dan Pemprov Sumut menjelang pemungutan suara. FOTO: Dok/Redaksi",
     "Komisi Pemilihan Umum Provinsi Sumatera Utara"),
])
def test_a_caption_names_the_pictured_institution(run, caption, agency):
    assert agency in agencies_of(run, STORY + caption + "\n" + STORY)


@pytest.mark.parametrize(("caption", "agency"), [
    ("Para pegawai mendengarkan arahan tentang netralitas. (foto: Diskominfo Batam)",
     "Dinas Komunikasi dan Informatika Kota Batam"),
    ("Suasana apel pagi para pegawai di halaman kantor. (Foto: dok. Kemnaker RI)", "Kementerian Ketenagakerjaan"),
])
def test_a_photo_credit_names_no_institution(run, caption, agency):
    assert agency not in agencies_of(run, STORY + caption + "\n" + STORY)
