"""A unit ranked by class written with Arabic figures ("Rutan Kelas 1 Salemba", "Lapas Kelas 2A Yogyakarta",
"Lapas Kelas 2 B Wonosari") is the unit of that Roman class: outlets write the class both ways. Stories in our own
words."""

from __future__ import annotations


def _agencies(a) -> set[str]:
    return {m.agency for m in a.agencies}


def test_class_one_in_figures(run):
    a = run("Kepala Rutan Kelas 1 Salemba mengingatkan pegawai agar netral pada Pemilu 2024.")
    assert "Rumah Tahanan Negara Kelas I Salemba" in _agencies(a)


def test_class_two_a_in_figures(run):
    a = run("Kepala Lapas Kelas 2A Yogyakarta mengingatkan pegawai agar netral pada Pemilu 2024.")
    assert "Lembaga Pemasyarakatan Kelas IIA Yogyakarta" in _agencies(a)


def test_a_figure_of_no_class_is_not_read_as_one(run):
    a = run("Kepala Lapas Kelas 12 Yogyakarta mengingatkan pegawai agar netral pada Pemilu 2024.")
    assert not any("Kelas I" in x for x in _agencies(a))
