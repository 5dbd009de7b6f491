"""A court or prosecutor's office is named by the town it sits in rather than its regency ("Pengadilan Negeri
Sungguminasa" in Gowa): after such a body or its head's title written bare, one or two title-case words, a comma,
then a name of two words or more are the seat, not the holder. Stories in our own words."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("text", [
    "Pemkab Gowa menggelar rapat netralitas. Ketua Pengadilan Negeri Sungguminasa, Rina Marlina, meminta pegawai "
    "tidak berpihak.",
    "Pemkab Gowa menggelar rapat netralitas. Ketua Pengadilan Negeri (PN) Sungguminasa, Rina Marlina, meminta "
    "pegawai tidak berpihak.",
    "Pemkab Langkat menggelar rapat netralitas. Kepala Kejaksaan Negeri Stabat, Rina Marlina, mengingatkan jaksa "
    "agar netral.",
    "Pemkab Langkat menggelar rapat netralitas. Kajari Stabat, Rina Marlina, mengingatkan jaksa agar netral.",
    "Pemkab Indramayu menggelar rapat netralitas. Ketua Pengadilan Agama Sumber Jaya, Rina Marlina, meminta pegawai "
    "tidak berpihak.",
])
def test_the_seat_town_is_no_part_of_the_name(run, text):
    a = run(text)
    assert "Rina Marlina" in {o.name for o in a.officials}
    assert not any(o.name != "Rina Marlina" and o.role.startswith(("Ketua P", "Kepala K", "Kajari"))
                   for o in a.officials)


def test_a_one_word_holder_before_another_title_stays(run):
    a = run("Rapat di Langkat dihadiri Kajari Sukirno, Kapolres AKBP Budi Santoso, dan Bupati Rina Marlina.")
    assert any(o.name == "Sukirno" and o.role == "Kajari" for o in a.officials)


def test_other_bodies_keep_a_one_word_holder(run):
    a = run("Panwaslu Kabupaten Gowa hadir. Ketua Panwaslu Samsu, Rina Marlina sebagai anggota, dan Budi Santoso "
            "hadir.")
    assert any(o.name == "Samsu" for o in a.officials)
