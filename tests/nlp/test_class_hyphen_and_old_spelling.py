"""A unit ranked by class whose class is written with a hyphen between figure and letter ("Rutan Kelas II-B
Sleman", "Lapas Kelas II-A Tabanan"), or after the class word's older spelling ("Lapas Klas IIA Tabanan",
"Karutan Klas IIB Bangli"), is the unit of that class, not a broken "Lapas Kelas" with no place. Stories in our
own words."""

from __future__ import annotations


def _agencies(a) -> set[str]:
    return {m.agency for m in a.agencies}


def test_hyphenated_class_of_a_detention_house(run):
    a = run("Pegawai Rutan Kelas II-B Sleman diminta tetap netral pada Pemilu 2024, kata kepala kantor itu.")
    assert "Rumah Tahanan Negara Kelas IIB Sleman" in _agencies(a)


def test_hyphenated_class_of_a_prison(run):
    a = run("TPS khusus disiapkan di Lapas Kelas II-A Tabanan; petugasnya wajib netral pada Pemilu 2024.")
    assert "Lembaga Pemasyarakatan Kelas IIA Tabanan" in _agencies(a)


def test_old_spelling_of_the_class_word(run):
    a = run("Kepala Lapas Klas IIA Tabanan, Made Surya, mengingatkan pegawai agar netral pada Pilkada 2024.")
    assert "Lembaga Pemasyarakatan Kelas IIA Tabanan" in _agencies(a)
    assert not any(x.endswith("Klas") or x.endswith("Kelas") for x in _agencies(a))


def test_old_spelling_after_a_heads_short_title(run):
    a = run("Karutan Klas IIB Bangli Nyoman Arta meminta jajarannya netral pada Pilkada 2024.")
    assert "Rumah Tahanan Negara Kelas IIB Bangli" in _agencies(a)


def test_a_hyphen_before_a_place_is_no_class_letter(run):
    a = run("Kepala Lapas Kelas II-Tabanan mengingatkan pegawai agar netral pada Pemilu 2024.")
    assert not any("Kelas IIT" in x for x in _agencies(a))


def test_a_class_word_in_other_prose_names_no_unit(run):
    a = run("Guru di kelas II-A sekolah itu diminta netral pada Pilkada 2024 oleh Dinas Pendidikan Kabupaten Bantul.")
    assert not any(x.startswith("Lembaga Pemasyarakatan") or x.startswith("Rumah Tahanan") for x in _agencies(a))
