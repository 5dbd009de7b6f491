"""Probe list of the heads of schools, madrasahs, district education and religious affairs units, provincial education
branches, hospitals named after a doctor, faculties and land offices, with the units beside them that are named by a
number and a place: each sentence (our own words) names one head, who must be the only official read, so that no
place the gazetteer does not know ("Kepala SDN 3 X, Rina", "Kepala KUA Kecamatan X, Rina", "SMKN 1 Tanjung Raja")
is taken for the holder's name; where the gold names an institution for the form, the holder is read with it. All
are analysed in one batch."""

from __future__ import annotations

import pytest

# (sentence, holder, institution); None where any institution (or none) is accepted: schools, KUA and district
# education units are venues
HEADS = [
    ('Kepala SDN 3 Mojosari, Endang Lestari, mengingatkan para guru agar netral.', 'Endang Lestari', None),
    ('Kepala Sekolah SDN 2 Purwodadi, Siti Maryam, meminta guru tidak ikut kampanye.', 'Siti Maryam', None),
    ('Kepala UPTD Pendidikan Kecamatan Ciawi, Asep Saepudin, mengimbau guru ASN netral.', 'Asep Saepudin', None),
    ('Kepala UPT Pendidikan Kecamatan Ngawen, Sutrisno, meminta guru netral.', 'Sutrisno', None),
    ('Kepala KUA Kecamatan Sumberjaya, Ahmad Rifai, mengingatkan penghulu agar netral.', 'Ahmad Rifai', None),
    ('Kepala KUA Bojongsari Ahmad Fauzi meminta penyuluh agama netral.', 'Ahmad Fauzi', None),
    ('Direktur RSUD Dr Soetomo, Joni Wahyuhadi, meminta pegawai netral.', 'Joni Wahyuhadi',
     'Rumah Sakit Umum Daerah Dr Soetomo'),
    ('Direktur RSUD dr. Iskak Tulungagung, Supriyanto Dharmoredjo, mengingatkan pegawai netral.',
     'Supriyanto Dharmoredjo', 'Rumah Sakit Umum Daerah dr. Iskak Tulungagung'),
    ('Kepala SMAN 2 Sumbawa Besar, Muhammad Ikhsan, meminta guru tidak berpolitik praktis.', 'Muhammad Ikhsan', None),
    ('Kepala MTsN 1 Pasuruan, Abdul Halim, mengingatkan guru netral.',
     'Abdul Halim', 'Madrasah Tsanawiyah Negeri 1 Pasuruan'),
    ('Kacabdin Pendidikan Wilayah Bojonegoro, Adi Prayitno, meminta kepala SMA netral.',
     'Adi Prayitno', 'Kantor Cabang Dinas Pendidikan Wilayah Bojonegoro'),
    ('Kepala Cabang Dinas Pendidikan Wilayah Madiun, Supardi, mengimbau guru SMA netral.', 'Supardi', None),
    ('Korwil Pendidikan Kecamatan Tanjunganom, Slamet Riyadi, mengingatkan guru SD netral.', 'Slamet Riyadi', None),
    ('Koordinator Wilayah Pendidikan Kecamatan Pace, Sri Utami, meminta guru netral.', 'Sri Utami', None),
    ('Dekan Fakultas Hukum Universitas Jember, Bayu Dwi Anggono, mengingatkan dosen ASN netral.',
     'Bayu Dwi Anggono', 'Universitas Jember'),
    ('Sekdis Kesehatan Kabupaten Jember, Lilik Lailiyah, meminta tenaga kesehatan netral.',
     'Lilik Lailiyah', 'Dinas Kesehatan Kabupaten Jember'),
    ('Sekretaris Dinas Kesehatan Kabupaten Lumajang, Rosyidah, mengingatkan bidan netral.',
     'Rosyidah', 'Dinas Kesehatan Kabupaten Lumajang'),
    ('Sekdisdik Kota Bandung, Cucu Saputra, mengingatkan guru netral.',
     'Cucu Saputra', 'Dinas Pendidikan Kota Bandung'),
    ('Kakantah ATR/BPN Kabupaten Sidoarjo, Mohammad Rizal, meminta pegawai netral.',
     'Mohammad Rizal', 'Kantor Pertanahan Kabupaten Sidoarjo'),
    ('Kepala SMPN 4 Wonosari, Darmadi, meminta guru netral.', 'Darmadi', None),
    ('Kepala SMKN 2 Tanjungpinang, Rudi Hartono, mengingatkan guru netral.', 'Rudi Hartono', None),
    ('Kepala MAN 1 Pamekasan, Moh Hasan, meminta guru madrasah netral.',
     'Moh Hasan', 'Madrasah Aliyah Negeri 1 Pamekasan'),
    ('Kepala MIN 3 Jombang, Khoirul Anam, meminta guru madrasah netral.',
     'Khoirul Anam', 'Madrasah Ibtidaiyah Negeri 3 Jombang'),
    ('Kepala SLB Negeri 1 Bantul, Wiwik Lestari, mengingatkan guru netral.', 'Wiwik Lestari', None),
    ('Kepala Puskesmas Kaliwungu, dr Anisa Rahma, meminta tenaga kesehatan netral.', 'Anisa Rahma', None),
    ('Kapolsek Tanjungsari AKP Budi Santoso mengingatkan warga tidak terprovokasi.', 'Budi Santoso', None),
    ('Danramil Cileungsi Kapten Inf Darto mengingatkan prajurit netral.', 'Darto', None),
    ('Kepala SD Negeri 1 Karangrejo, Tri Wahyuni, meminta guru netral.', 'Tri Wahyuni', None),
    ('Kepala SMP Negeri 2 Rembang, Agus Salim, mengingatkan guru netral.', 'Agus Salim', None),
    ('Kepala SMAN 1 Padang Panjang, Yulia Rahmi, meminta guru netral.', 'Yulia Rahmi', None),
    ('Kepala SMKN 1 Tanjung Raja, Herman Susilo, mengingatkan guru netral.', 'Herman Susilo', None),
    ('Kepala SDN 5 Sukamaju Herlina meminta guru tidak berkampanye.', 'Herlina', None),
    ('Kepsek SMPN 1 Cikarang Utara, Dadang Sutisna, mengimbau guru netral.', 'Dadang Sutisna', None),
    ('Kepala MTs Negeri 2 Kediri, Nur Kholis, meminta guru netral.', 'Nur Kholis', None),
    ('Kepala KUA Kecamatan Cibeunying, H Ujang Saepuloh, mengingatkan penghulu netral.', 'Ujang Saepuloh', None),
    ('Direktur RSUD Dr Moewardi, Cahyono Hadi, meminta pegawai netral.', 'Cahyono Hadi', None),
    ('Direktur RSUD dr Soedarso Pontianak, Hary Agung, mengingatkan pegawai netral.', 'Hary Agung', None),
    ('Kepala UPTD Pendidikan Kecamatan Sukaraja Dedeh Kurniasih mengingatkan guru netral.', 'Dedeh Kurniasih', None),
    ('Kepala Kantor Cabang Dinas Pendidikan Wilayah Ponorogo, Eny Retnowati, meminta guru netral.',
     'Eny Retnowati', None),
    ('Kacabdin Wilayah VII, Asep Sudarsono, mengingatkan kepala SMA netral.',
     'Asep Sudarsono', 'Kantor Cabang Dinas Pendidikan Wilayah VII'),
    ('Koordinator Wilayah Bidang Pendidikan Kecamatan Bandar, Sukarno, mengingatkan guru SD.', 'Sukarno', None),
    ('Pengawas Sekolah Dinas Pendidikan Kabupaten Kediri, Wahyu Hidayat, mengingatkan guru netral.',
     'Wahyu Hidayat', 'Dinas Pendidikan Kabupaten Kediri'),
    ('Dekan Fakultas Ekonomi Universitas Brawijaya, Abdul Ghofar, meminta dosen netral.', 'Abdul Ghofar', None),
    ('Sekretaris Dinas Pendidikan Kabupaten Sumbawa, Ahmad Yani, meminta guru netral.',
     'Ahmad Yani', 'Dinas Pendidikan Kabupaten Sumbawa'),
    ('Sekdis Pendidikan Kota Kendari, La Ode Muhammad, mengingatkan guru netral.', 'La Ode Muhammad', None),
    ('Sekretaris Dinkes Kota Malang, Husnul Muarif, mengingatkan ASN netral.', 'Husnul Muarif', None),
    ('Kepala Kantah Kabupaten Malang, Dwi Purnama, meminta pegawai netral.', 'Dwi Purnama', None),
    ('Kepala Puskesmas Sumberjaya, Yuliana, meminta tenaga kesehatan netral.', 'Yuliana', None),
    ('Kepala SDN 1 Pasirjati, Iis Aisyah, mengingatkan guru tidak memihak.', 'Iis Aisyah', None),
    ('Kepala Sekolah SMP Negeri 3 Cibadak, Ujang Rahmat, meminta guru netral.', 'Ujang Rahmat', None),
    ('Kepala SMA Negeri 1 Kota Agung, Rusdi Effendi, meminta guru netral.', 'Rusdi Effendi', None),
    ('Kepala SMKN 3 Kota Baru, Ilham Saputra, meminta guru netral.', 'Ilham Saputra', None),
    ('Kepala MTsN 2 Ngawi Anis Fauziah mengingatkan guru madrasah netral.', 'Anis Fauziah', None),
    ('Kepala KUA Kecamatan Purbolinggo, Zainal Arifin, meminta penghulu netral.', 'Zainal Arifin', None),
    ('Kasubag TU KCD Pendidikan Wilayah Lebak Deden Sutisna diperiksa Bawaslu karena berkampanye.',
     'Deden Sutisna', 'Kantor Cabang Dinas Pendidikan Wilayah Lebak'),
    ('Kasubag TU Kantor Cabang Dinas (KCD) Pendidikan Tangerang-Serpong Rudi Hartawan dilaporkan Bawaslu.',
     'Rudi Hartawan', 'Kantor Cabang Dinas Pendidikan Tangerang-Serpong'),
    ('Kasubag TU KCD Pendidikan dan Kebudayaan Lebak Yayan Suryana dilaporkan ke KASN.',
     'Yayan Suryana', 'Kantor Cabang Dinas Pendidikan dan Kebudayaan Lebak'),
    # the holder's name, not the place's, before a comma: only words that go on a place's name are the place's
    ('Kepala SMPN 2 Wonosari Siti Aminah, saat dikonfirmasi, meminta guru netral.', 'Siti Aminah', None),
    ('Kepala SMAN 1 Pacitan Heru Santoso, mengatakan guru harus netral.', 'Heru Santoso', None),
    ('Kepala SDN 4 Sukamaju Rina, mengatakan guru harus netral.', 'Rina', None),
    ('Kepala KUA Kecamatan Ngawi Muhammad Anwar, mengatakan ASN harus netral.', 'Muhammad Anwar', None),
    ('Kepala MIN 2 Aceh Besar Fauziah, mengatakan guru harus netral.', 'Fauziah', None),
    ('Kepala SMAN 2 Sumbawa Besar Muhammad Ikhsan mengatakan guru harus netral.', 'Muhammad Ikhsan', None),
    ('Kepala SDN 1 Teluk Betung Utara Yuliani mengatakan guru harus netral.', 'Yuliani', None),
]


@pytest.fixture(scope="module")
def officials(analyse_all) -> list[dict[str, str | None]]:
    """Each probe's officials by name, from one batch analysis."""
    results = analyse_all([text for text, _, _ in HEADS], published="2024-01-10")
    return [{o.name: o.agency for o in a.officials} for a in results]


@pytest.mark.parametrize("index", range(len(HEADS)), ids=[h for _, h, _ in HEADS])
def test_each_head_is_the_only_official_read(officials, index):
    _, holder, institution = HEADS[index]
    found = officials[index]
    assert list(found) == [holder], found
    if institution is not None:
        assert found[holder] == institution
