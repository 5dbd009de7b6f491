"""A page's list of other stories printed as bulleted lines (layout.yaml `link_bullets`): a long title there that
lists with commas is one more title, not the story's prose; a story's own bulleted list keeps what it names."""

from __future__ import annotations

STORY = ("Bawaslu Kabupaten Banjar meminta ASN tidak ikut kampanye dalam Pilkada 2024, Rabu (9/10/2024). "
         "Pelanggar akan direkomendasikan ke BKN.\n")


def agencies(result) -> set[str]:
    return {a.agency for a in result.agencies}


def test_a_long_title_among_bulleted_titles_names_nothing(run):
    titles = ("- Festival Durian Digelar Akhir Pekan Ini di Lapangan Kota\n"
              "- Harga Beras Turun, Pedagang Pasar Lama Mulai Lega\n"
              "- Dua Jembatan Rusak Diperbaiki, Warga Sungai Tabuk Senang\n"
              "- Rapat Anggaran Molor, Dinas Perhubungan Kota Banjarbaru dan DPRD Kota Banjarbaru Saling Tuding "
              "Soal Dana Terminal\n")
    found = agencies(run(STORY + titles))
    assert not {"Dinas Perhubungan Kota Banjarbaru", "Dewan Perwakilan Rakyat Daerah Kota Banjarbaru"} & found
    assert "Bawaslu Kabupaten Banjar" in found


def test_bullets_of_the_story_s_own_people_and_offices_keep_their_bodies(run):
    listed = ("Berikut ASN yang dipanggil:\n"
              "- Rahmat Hidayat (Sekretaris Dinas Perhubungan Kota Banjarbaru, diduga hadir saat deklarasi calon)\n"
              "- Siti Aminah (Kepala Bidang di Dinas Sosial Kota Banjarbaru, diduga mengunggah foto calon)\n"
              "- Yusuf Maulana (staf Kecamatan Banjarbaru Utara, diduga ikut rapat tim pemenangan)\n")
    found = agencies(run(STORY + listed))
    assert {"Dinas Perhubungan Kota Banjarbaru", "Dinas Sosial Kota Banjarbaru"} <= found


def test_two_bulleted_lines_are_no_list_of_titles(run):
    titles = ("- Festival Durian Digelar Akhir Pekan Ini di Lapangan Kota\n"
              "- Rapat Anggaran Molor, Dinas Perhubungan Kota Banjarbaru dan DPRD Kota Banjarbaru Saling Tuding "
              "Soal Dana Terminal\n")
    assert "Dinas Perhubungan Kota Banjarbaru" in agencies(run(STORY + titles))
