"""Probe list of titles, level words and institutions misspelt as regional outlets print them: a letter left out,
doubled, changed or two swapped in a title ("Bupti", "Gubenur", "Sekertaris"), a short title or a coined head
of office before a capitalised word ("Ketau Bawaslu", "Camta", "Kapolers", "Kesbangpool"), a level word
("Kabupten", "Provinisi"), a ministry's name ("Kementrian", "Kemendagari", "Mentri") and the mayor's title with
its second word in lower case ("Wali kota"). Each sentence (our own words) names one official, who must be read
with the institution spelt right, or only an institution. Names and words one letter from a short title ("Ketut",
"catat", "Mapolsek") stay as written."""

from __future__ import annotations

import pytest

from pipeline.nlp.spelling import repair

# (sentence, the official named or None, the institution: of the official if one is named)
FORMS = [
    # heads of regions
    ('Gubenur Sumatera Barat Mahyeldi mengajak pegawai menjaga netralitas.', 'Mahyeldi',
     'Pemerintah Provinsi Sumatera Barat'),
    ('Gubernru Jawa Tengah Bambang Susilo mengingatkan pegawai.', 'Bambang Susilo', 'Pemerintah Provinsi Jawa Tengah'),
    ('Gebernur Papua Barat Daya Yohanes Kambu meminta pegawai tidak berpihak.', 'Yohanes Kambu',
     'Pemerintah Provinsi Papua Barat Daya'),
    ('Wakil Gubenur Jawa Barat Asep Hidayat meminta pegawai netral.', 'Asep Hidayat', 'Pemerintah Provinsi Jawa Barat'),
    ('Bupti Sleman Sri Wahyuni meminta pegawai netral.', 'Sri Wahyuni', 'Pemerintah Kabupaten Sleman'),
    ('Bupat Klaten Hendro Wibowo mengingatkan pegawainya.', 'Hendro Wibowo', 'Pemerintah Kabupaten Klaten'),
    ('Bupai Sidoarjo Agus Salim meminta pegawai netral.', 'Agus Salim', 'Pemerintah Kabupaten Sidoarjo'),
    ('Wakil Bupat Bantul Joko Purnomo hadir dalam apel pagi.', 'Joko Purnomo', 'Pemerintah Kabupaten Bantul'),
    ('Wakli Bupati Kulon Progo Tri Handoko hadir dalam apel pagi.', 'Tri Handoko', 'Pemerintah Kabupaten Kulon Progo'),
    ('Penjabat Bupat Bekasi Rudi Hermawan meminta pegawai netral.', 'Rudi Hermawan', 'Pemerintah Kabupaten Bekasi'),
    ('Penjabt Bupati Bogor Asmawa Tosepu meminta pegawai netral.', 'Asmawa Tosepu', 'Pemerintah Kabupaten Bogor'),
    ('Pj Bupti Garut Barnas Adjidin meminta pegawai netral.', 'Barnas Adjidin', 'Pemerintah Kabupaten Garut'),
    ('Plt Bupti Pemalang Mansur Hidayat meminta pegawai netral.', 'Mansur Hidayat', 'Pemerintah Kabupaten Pemalang'),
    ('Pj.Bupati Cirebon Wahyu Mijaya meminta pegawai netral.', 'Wahyu Mijaya', 'Pemerintah Kabupaten Cirebon'),
    ('Walkota Bandung Dadan Ramdani meminta pegawai netral.', 'Dadan Ramdani', 'Pemerintah Kota Bandung'),
    ('Walikot Malang Sutiaji Rahman meminta pegawai netral.', 'Sutiaji Rahman', 'Pemerintah Kota Malang'),
    ('Walikotta Semarang Hendi Prasetyo meminta pegawai netral.', 'Hendi Prasetyo', 'Pemerintah Kota Semarang'),
    ('Wali kota Bandung Dadan Ramdani meminta pegawai netral.', 'Dadan Ramdani', 'Pemerintah Kota Bandung'),
    ('Wakil Wali kota Bogor Dedie Rachim meminta pegawai netral.', 'Dedie Rachim', 'Pemerintah Kota Bogor'),
    ('Wakil Walikot Madiun Inda Raya meminta pegawai netral.', 'Inda Raya', 'Pemerintah Kota Madiun'),
    # secretaries and heads of offices
    ('Sekertaris Daerah Kabupaten Sleman Harda Wiyono meminta pegawai netral.', 'Harda Wiyono',
     'Pemerintah Kabupaten Sleman'),
    ('Sekretarsi Daerah Kota Bogor Syarif Hidayat hadir dalam rapat.', 'Syarif Hidayat', 'Pemerintah Kota Bogor'),
    ('Sekretaris Daerh Kota Depok Supian Suri hadir dalam rapat.', 'Supian Suri', 'Pemerintah Kota Depok'),
    ('Sekretaris Derah Kota Cimahi Dikdik Suratno hadir dalam rapat.', 'Dikdik Suratno', 'Pemerintah Kota Cimahi'),
    ('Sekreatris Daerah Kota Tegal Johardi hadir dalam rapat.', 'Johardi', 'Pemerintah Kota Tegal'),
    ('Sekda Provinisi Jambi Sudarman meminta pegawai netral.', 'Sudarman', 'Pemerintah Provinsi Jambi'),
    ('Sekda Kabupatne Sleman Harda Wiyono mengingatkan pegawai.', 'Harda Wiyono', 'Pemerintah Kabupaten Sleman'),
    ('Kepla Dinas Pendidikan Kabupaten Bantul Isdarmanto meminta guru netral.', 'Isdarmanto',
     'Dinas Pendidikan Kabupaten Bantul'),
    ('Kepala Dians Pendidikan Kota Bogor Sujatmiko meminta guru netral.', 'Sujatmiko', 'Dinas Pendidikan Kota Bogor'),
    ('Kepala Dinas Kesehatn Kota Semarang Abdul Karim meminta pegawai netral.', 'Abdul Karim',
     'Dinas Kesehatan Kota Semarang'),
    ('Kepaal BKD Kabupaten Bantul Suharno meminta pegawai netral.', 'Suharno',
     'Badan Kepegawaian Daerah Kabupaten Bantul'),
    ('Kepala Badan Kepegawain Daerah Kota Bogor Taufik Hidayat meminta pegawai netral.', 'Taufik Hidayat',
     'Badan Kepegawaian Daerah Kota Bogor'),
    ('Kepala Kesbangpool Kota Bogor Bambang Irawan meminta pegawai netral.', 'Bambang Irawan',
     'Badan Kesatuan Bangsa dan Politik Kota Bogor'),
    ('Kepala Inspektorat Kabupten Sleman Sutarni meminta pegawai netral.', 'Sutarni', 'Inspektorat Kabupaten Sleman'),
    ('Kepala Inspektoat Kota Bogor Pupung Purnama meminta pegawai netral.', 'Pupung Purnama', 'Inspektorat Kota Bogor'),
    ('Asisiten Pemerintahan Setda Kota Bogor Hanafi meminta pegawai netral.', 'Hanafi', 'Pemerintah Kota Bogor'),
    ('Kepala Kantor Regonal BKN Denpasar Ahmad Jalal meminta pegawai netral.', 'Ahmad Jalal',
     'Badan Kepegawaian Negara'),
    # election bodies
    ('Ketau Bawaslu Kabupaten Sleman Karim Mustafa mengingatkan pegawai.', 'Karim Mustafa', 'Bawaslu Kabupaten Sleman'),
    ('Kteua KPU Kota Bogor Samsudin mengingatkan pegawai.', 'Samsudin', 'Komisi Pemilihan Umum Kota Bogor'),
    ('Ketuaa Bawaslu Kota Bogor Firman Wijaya mengingatkan pegawai.', 'Firman Wijaya', 'Bawaslu Kota Bogor'),
    ('Ketua Bawasu Kabupaten Klaten Arif Fatah mengingatkan pegawai.', 'Arif Fatah', 'Bawaslu Kabupaten Klaten'),
    ('Ketua Bawslu Kabupaten Boyolali Widodo mengingatkan pegawai.', 'Widodo', 'Bawaslu Kabupaten Boyolali'),
    ('Ketua Bawaslu Provisi Jambi Wein Arifin mengingatkan pegawai.', 'Wein Arifin', 'Bawaslu Provinsi Jambi'),
    ('Komisoner Bawaslu Kabupaten Sleman Arjuna Ichsan mengingatkan pegawai.', 'Arjuna Ichsan',
     'Bawaslu Kabupaten Sleman'),
    ('Kordinator Divisi Pengawasan Bawaslu Kota Bogor Supri Siburian mengingatkan pegawai.', 'Supri Siburian',
     'Bawaslu Kota Bogor'),
    ('Anggotta Bawaslu Kota Depok Dede Slamet mengingatkan pegawai.', 'Dede Slamet', 'Bawaslu Kota Depok'),
    ('Wakill Ketua DPRD Kota Bogor Dadang Danu hadir.', 'Dadang Danu', 'Dewan Perwakilan Rakyat Daerah Kota Bogor'),
    # districts, villages, police
    ('Camta Depok Wahyu Nugroho meminta pegawai netral.', 'Wahyu Nugroho', 'Kecamatan Depok'),
    ('Camatt Gamping Sulistyo meminta pegawai netral.', 'Sulistyo', 'Kecamatan Gamping'),
    ('Lurha Sukamaju Dedi Supriadi meminta pegawai netral.', 'Dedi Supriadi', 'Kelurahan Sukamaju'),
    ('Kapolers Sleman AKBP Yuswanto Ardi mengingatkan anggota.', 'Yuswanto Ardi', 'Kepolisian Resor Sleman'),
    ('Kapolsk Depok Kompol Sutikno mengingatkan anggota.', 'Sutikno', 'Kepolisian Sektor Depok'),
    ('Kapolad Jawa Tengah Irjen Ahmad Lutfi mengingatkan anggota.', 'Ahmad Lutfi', 'Kepolisian Daerah Jawa Tengah'),
    # ministries and national offices
    ('Mentri Dalam Negeri Tito Karnavian meminta pegawai netral.', 'Tito Karnavian', 'Kementerian Dalam Negeri'),
    ('Mentri PANRB Abdullah Azwar Anas meminta pegawai netral.', 'Abdullah Azwar Anas',
     'Kementerian Pendayagunaan Aparatur Negara dan Reformasi Birokrasi'),
    ('Kemendagari mengirim edaran tentang netralitas pegawai.', None, 'Kementerian Dalam Negeri'),
    ('Kemendagr mengirim edaran tentang netralitas pegawai.', None, 'Kementerian Dalam Negeri'),
    ('Kementrian PAN RB menerbitkan edaran netralitas.', None,
     'Kementerian Pendayagunaan Aparatur Negara dan Reformasi Birokrasi'),
    # level words in institutions
    ('Inspektorat Daerh Kabupaten Sleman memeriksa pegawai itu.', None, 'Inspektorat Daerah Kabupaten Sleman'),
    ('Inspekorat Kabupaten Klaten memeriksa pegawai itu.', None, 'Inspektorat Kabupaten Klaten'),
    ('Bawaslu Kabupatan Sleman memeriksa pegawai itu.', None, 'Bawaslu Kabupaten Sleman'),
    ('Bawaslu Kabupeten Bantul memeriksa pegawai itu.', None, 'Bawaslu Kabupaten Bantul'),
    ('Bawaslu Kabupaen Klaten memeriksa pegawai itu.', None, 'Bawaslu Kabupaten Klaten'),
    ('Bawaslu Provinssi Jawa Tengah memeriksa pegawai itu.', None, 'Bawaslu Provinsi Jawa Tengah'),
    ('Bawaslu Porvinsi Jawa Timur memeriksa pegawai itu.', None, 'Bawaslu Provinsi Jawa Timur'),
    ('Pemerintah Kabupatn Sleman mengingatkan pegawainya.', None, 'Pemerintah Kabupaten Sleman'),
]


@pytest.mark.parametrize(("text", "name", "agency"), FORMS)
def test_a_misspelt_title_or_institution_is_read_as_meant(run, text: str, name: str | None, agency: str) -> None:
    result = run(text)
    assert agency in {m.agency for m in result.agencies}
    if name is not None:
        assert (name, agency) in {(o.name, o.agency) for o in result.officials}


# words and names one letter from a short title, before a capitalised word: not the title
KEPT = [
    ('Pj Bupati Buleleng, Ketut Suardana, bertemu Bawaslu Buleleng.', 'Ketut'),
    ('Catat Tanggalnya, Bawaslu Sleman membuka posko pengaduan.', 'Catat'),
    ('Apel digelar di Mapolsek Depok pada Senin pagi.', 'Mapolsek Depok'),
    ('Ketum PGRI Unifah Rosyidi meminta guru menjaga sikap.', 'Ketum PGRI'),
]


@pytest.mark.parametrize(("text", "kept"), KEPT)
def test_a_word_near_a_short_title_stays(text: str, kept: str) -> None:
    assert kept in repair(text)
