"""Regional offices by the short forms regional outlets give them (Permendagri nomenclature): a field shortened
after "Dinas" ("Dinas LH", "Dinas P3A", "Dinas Dikbud", "Dinas Dikpora", "Dinas PM PTSP"), an acronym split
where its parts meet ("BKP SDM", "DPM PTSP", "Bappeda Litbang") or spelt with a doubled letter ("Bappenda",
"Dinporapar"), and a city's planning board named for the city ("Bappeko"). Each names the region's office under
the canonical name of its kind; the field words alone ("pengembangan SDM") name no office."""

from __future__ import annotations

import pytest

# (sentence in our own words, the body it must name)
PROBES: list[tuple[str, str]] = [
    ("Kepala BKP SDM Kabupaten Sumedang mengingatkan ASN agar netral pada Pilkada 2024.",
     "Badan Kepegawaian dan Pengembangan Sumber Daya Manusia Kabupaten Sumedang"),
    ("Kepala Bappeko Surabaya dilaporkan ke Bawaslu karena foto bersama calon wali kota.",
     "Badan Perencanaan Pembangunan Kota Surabaya"),
    ("Kepala Dinas LH Kota Pariaman dipanggil Bawaslu terkait netralitas ASN.",
     "Dinas Lingkungan Hidup Kota Pariaman"),
    ("Kepala Bappenda Kabupaten Lahat hadir dalam apel netralitas ASN.",
     "Badan Pendapatan Daerah Kabupaten Lahat"),
    ("Kepala DPM PTSP Kabupaten Tanah Laut diminta menjaga netralitas ASN.",
     "Dinas Penanaman Modal dan Pelayanan Terpadu Satu Pintu Kabupaten Tanah Laut"),
    ("Kepala Dinas P3A Kota Binjai mengimbau pegawainya netral pada Pilkada 2024.",
     "Dinas Pemberdayaan Perempuan dan Perlindungan Anak Kota Binjai"),
    ("Kepala Dinas Dikbud Kabupaten Sigi meminta guru tidak berkampanye.",
     "Dinas Pendidikan dan Kebudayaan Kabupaten Sigi"),
    ("Kepala Dinas Dikpora Kabupaten Dompu meminta guru menjaga netralitas.",
     "Dinas Pendidikan, Pemuda dan Olahraga Kabupaten Dompu"),
    ("Kepala Bappeda Litbang Kabupaten Majene hadir dalam deklarasi netralitas ASN.",
     "Badan Perencanaan Pembangunan Daerah, Penelitian dan Pengembangan Kabupaten Majene"),
    ("Kepala Dinporapar Kabupaten Batang dilaporkan karena ikut kampanye.",
     "Dinas Kepemudaan, Olahraga, dan Pariwisata Kabupaten Batang"),
]
NEGATIVE = "Pelatihan pengembangan SDM Kabupaten Sumedang digelar bagi ASN menjelang Pilkada 2024."


@pytest.fixture(scope="module")
def analysed(analyse_all) -> list:
    """Every probe and the negative analysed alone, in one call."""
    return analyse_all([p[0] for p in PROBES] + [NEGATIVE], published="2024-10-07")


@pytest.mark.parametrize("k", range(len(PROBES)), ids=[p[0][:48] for p in PROBES])
def test_short_form_names_the_regional_office(analysed: list, k: int) -> None:
    assert PROBES[k][1] in {a.agency for a in analysed[k].agencies}


def test_field_words_alone_name_no_office(analysed: list) -> None:
    assert not any("Kepegawaian" in a.agency for a in analysed[-1].agencies)
