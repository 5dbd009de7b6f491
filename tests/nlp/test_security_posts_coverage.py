"""Probe list of the police, military and prosecution posts regional news lists beside civil servants (a regional
police force's directors and spokesman, a resort's or sector's unit heads, the army's regional, resort, district and
sub-district commanders and their staff, navy and air force base commanders, a high or district prosecution office's
assistants and section heads), with ranks before the name and units written by number and seat: each sentence (our
own words) names one holder, read without the rank and, where the expected institution is given, with the
institution the gold names for that kind (a Polresta or Polrestabes as "Kepolisian Resor Kota X", a Kodim as
"Komando Distrik Militer N/Seat"). All are analysed in one batch."""

from __future__ import annotations

import pytest

# (sentence, the holder as written minus ranks, the institution or None where only the holder is checked)
FORMS = [
    # police, province level
    ('Wakapolda Jawa Tengah Brigjen Pol Agus Suryonugroho mengingatkan anggota agar netral.',
     'Agus Suryonugroho', 'Kepolisian Daerah Jawa Tengah'),
    ('Kabid Humas Polda Jawa Timur, Kombes Pol Dirmanto, mengatakan anggota Polri wajib netral.',
     'Dirmanto', 'Kepolisian Daerah Jawa Timur'),
    ('Kabid Humas Polda Sulsel Kombes Pol Didik Supranoto menegaskan polisi tidak boleh berpihak.',
     'Didik Supranoto', 'Kepolisian Daerah Sulawesi Selatan'),
    ('Dirreskrimum Polda Riau Kombes Pol Asep Darmawan menyampaikan hal itu kepada wartawan.',
     'Asep Darmawan', 'Kepolisian Daerah Riau'),
    ('Dirreskrimsus Polda Jambi, Kombes Pol Andri Ananta, mengatakan laporan itu masih diproses.',
     'Andri Ananta', 'Kepolisian Daerah Jambi'),
    ('Dir Intelkam Polda Kalbar Kombes Pol Sutrisno memaparkan potensi kerawanan pemilu.',
     'Sutrisno', 'Kepolisian Daerah Kalimantan Barat'),
    ('Direktur Intelkam Polda Bali, Kombes Pol Made Astawa, memaparkan potensi kerawanan.',
     'Made Astawa', 'Kepolisian Daerah Bali'),
    ('Kapolda Sumut Irjen Pol Whisnu Hermawan meminta jajarannya netral.',
     'Whisnu Hermawan', 'Kepolisian Daerah Sumatera Utara'),
    ('Kapolda NTB, Irjen Pol. Raden Umar Faruk, mengimbau ASN menjaga netralitas.',
     'Raden Umar Faruk', 'Kepolisian Daerah Nusa Tenggara Barat'),
    ('Karo Ops Polda Lampung Kombes Pol Heri Sumarji memimpin apel pengamanan.',
     'Heri Sumarji', 'Kepolisian Daerah Lampung'),
    # police, resort level
    ('Kapolrestabes Semarang Kombes Pol Irwan Anwar meminta anggotanya netral.',
     'Irwan Anwar', 'Kepolisian Resor Kota Semarang'),
    ('Kapolrestabes Medan, Kombes Pol Gidion Arif Setyawan, menegaskan polisi netral.',
     'Gidion Arif Setyawan', 'Kepolisian Resor Kota Medan'),
    ('Kapolresta Cirebon Kombes Pol Sumarni mengingatkan ASN tidak berpihak.',
     'Sumarni', 'Kepolisian Resor Kota Cirebon'),
    ('Wakapolresta Malang Kota AKBP Oskar Syamsuddin memimpin rapat koordinasi.',
     'Oskar Syamsuddin', 'Kepolisian Resor Kota Malang'),
    ('Kasat Reskrim Polres Wonosobo AKP Arif Kristiawan mengatakan pelapor sudah diperiksa.',
     'Arif Kristiawan', 'Kepolisian Resor Wonosobo'),
    ('Kasat Intelkam Polres Grobogan, AKP Budi Hartono, memaparkan kerawanan pilkada.',
     'Budi Hartono', 'Kepolisian Resor Grobogan'),
    ('Kasat Binmas Polres Purbalingga Iptu Sugeng Riyadi menyampaikan imbauan kamtibmas.',
     'Sugeng Riyadi', 'Kepolisian Resor Purbalingga'),
    ('Kasat Samapta Polres Batang, AKP Tri Wahyudi, memimpin patroli.', 'Tri Wahyudi', 'Kepolisian Resor Batang'),
    ('Kasat Lantas Polres Sragen AKP Rudi Prasetyo mengatur arus kendaraan.',
     'Rudi Prasetyo', 'Kepolisian Resor Sragen'),
    ('Kabag Ops Polres Rembang Kompol Dwi Arianto memimpin apel gelar pasukan.',
     'Dwi Arianto', 'Kepolisian Resor Rembang'),
    ('Kasi Humas Polres Jepara, Iptu Rini Astuti, mengatakan situasi kondusif.',
     'Rini Astuti', 'Kepolisian Resor Jepara'),
    ('Kasi Humas Polres Lebak Ipda Hendra Wijaya menyebut tidak ada gangguan.',
     'Hendra Wijaya', 'Kepolisian Resor Lebak'),
    ('Kabag Sumda Polres Kudus Kompol Edy Susanto menyampaikan arahan kapolres.',
     'Edy Susanto', 'Kepolisian Resor Kudus'),
    ('Kapolres Cilacap AKBP Fannky Ani Sugiharto didampingi Wakapolres Kompol Arif Fajar meninjau gudang logistik.',
     'Fannky Ani Sugiharto', 'Kepolisian Resor Cilacap'),
    ('Kapolres Lombok Tengah, AKBP Iwan Hidayat, S.I.K., meminta anggota netral.',
     'Iwan Hidayat', 'Kepolisian Resor Lombok Tengah'),
    # a city's resort beside the regency's of the same name, and the regency's
    ('Kapolres Blitar Kota AKBP Danang Setiyo meminta anggota netral.',
     'Danang Setiyo', 'Kepolisian Resor Blitar Kota'),
    ('Wakapolres Madiun Kota, Kompol Bambang Irianto, memimpin apel.',
     'Bambang Irianto', 'Kepolisian Resor Madiun Kota'),
    ('Kasat Reskrim Polres Tegal Kota AKP Ardi Wibowo menerima laporan itu.',
     'Ardi Wibowo', 'Kepolisian Resor Tegal Kota'),
    ('Kapolres Probolinggo AKBP Wisnu Wardana meminta anggota netral.',
     'Wisnu Wardana', 'Kepolisian Resor Probolinggo'),
    # police, sector level
    ('Kanit Reskrim Polsek Kartasura Ipda Joko Prasetyo menerima laporan warga.',
     'Joko Prasetyo', 'Kepolisian Sektor Kartasura'),
    ('Kapolsek Gunungpati AKP Sugiyanto mengecek kesiapan TPS.', 'Sugiyanto', 'Kepolisian Sektor Gunungpati'),
    ('Kapolsek Cepu, Iptu Bambang Susilo, mengimbau warga menjaga kondusivitas.',
     'Bambang Susilo', 'Kepolisian Sektor Cepu'),
    # army
    ('Pangdam V/Brawijaya Mayjen TNI Rafael Granada Baay meminta prajurit netral.',
     'Rafael Granada Baay', 'Komando Daerah Militer V/Brawijaya'),
    ('Kasdam IV/Diponegoro Brigjen TNI Achiruddin mengingatkan PNS TNI agar netral.',
     'Achiruddin', 'Komando Daerah Militer IV/Diponegoro'),
    ('Kapendam XIV/Hasanuddin Kolonel Inf Budi Wirman mengatakan prajurit dilarang berpolitik praktis.',
     'Budi Wirman', 'Komando Daerah Militer XIV/Hasanuddin'),
    ('Kapendam Iskandar Muda, Kolonel Inf Muhammad Yusuf, menegaskan TNI netral.',
     'Muhammad Yusuf', 'Komando Daerah Militer Iskandar Muda'),
    ('Wapangdam V Brawijaya Brigjen TNI Rudy Saladin meminta prajurit netral.',
     'Rudy Saladin', 'Komando Daerah Militer V/Brawijaya'),
    ('Danrem 043/Garuda Hitam Brigjen TNI Rikas Hidayatullah mengingatkan prajurit netral.',
     'Rikas Hidayatullah', 'Komando Resor Militer 043/Garuda Hitam'),
    ('Kasrem 071/Wijayakusuma Kolonel Inf Bambang Irawan memimpin apel.',
     'Bambang Irawan', 'Komando Resor Militer 071/Wijayakusuma'),
    ('Dandim 0733/Kota Semarang Letkol Inf Honi Havana mengingatkan prajurit agar netral.', 'Honi Havana', None),
    ('Dandim 0736/Batang, Letkol Inf Yusuf Ismail, meminta prajurit netral.',
     'Yusuf Ismail', 'Komando Distrik Militer 0736/Batang'),
    ('Kasdim 0718/Pati Mayor Czi Tri Yanto hadir mewakili Dandim.', 'Tri Yanto', 'Komando Distrik Militer 0718/Pati'),
    ('Pasiter Kodim 0707/Wonosobo Kapten Inf Suharno menyampaikan arahan.',
     'Suharno', 'Komando Distrik Militer 0707/Wonosobo'),
    ('Danramil 05/Kebumen Kapten Inf Sutrisno memantau pemungutan suara.', 'Sutrisno', None),
    ('Danramil 0716-04/Mranggen, Mayor Inf Slamet Riyadi, mengecek TPS.', 'Slamet Riyadi', None),
    ('Komandan Kodim 0726/Sukoharjo Letkol Inf Ari Wibowo mengingatkan prajurit netral.',
     'Ari Wibowo', 'Komando Distrik Militer 0726/Sukoharjo'),
    ('Komandan Korem 074/Warastratama Kolonel Inf Ruly Chandrayadi meminta prajurit netral.',
     'Ruly Chandrayadi', 'Komando Resor Militer 074/Warastratama'),
    # the long title with the short one explained in brackets before the unit's number
    ('Komandan Kodim (Dandim) 0808/Blitar Letkol Inf Ferry Nugroho meminta prajurit netral.',
     'Ferry Nugroho', 'Komando Distrik Militer 0808/Blitar'),
    ('Komandan Distrik Militer (Dandim) 0732/Sleman, Letkol Inf Mahmud Yunus, meminta prajurit netral.',
     'Mahmud Yunus', 'Komando Distrik Militer 0732/Sleman'),
    ('Komandan Korem (Danrem) 101/Antasari, Kolonel Inf Rahmat Hidayat, meminta prajurit netral.',
     'Rahmat Hidayat', 'Komando Resor Militer 101/Antasari'),
    ('Komandan Resor Militer (Danrem) 163/Wira Satya Brigjen TNI Made Sudarsana meminta prajurit netral.',
     'Made Sudarsana', 'Komando Resor Militer 163/Wira Satya'),
    ('Komandan Koramil (Danramil) 05/Kebumen Kapten Inf Sutrisno memantau pemungutan suara.',
     'Sutrisno', 'Komando Rayon Militer 05/Kebumen'),
    # a sub-district command's two numbers parted by a slash, its district after a space or a second slash, and the
    # corps written out after the rank
    ('Danramil 0815/04 Mojosari Kapten Inf Agus Priyanto mengecek kesiapan TPS.',
     'Agus Priyanto', 'Komando Rayon Militer 0815-04/Mojosari'),
    ('Komandan Koramil (Danramil) 0809/12 Pare, Kapten Infanteri Suwito, meminta Babinsa netral.',
     'Suwito', 'Komando Rayon Militer 0809-12/Pare'),
    ('Danramil 0733/05/Gayamsari Mayor Infantri Bambang Sutejo memantau pemungutan suara.',
     'Bambang Sutejo', 'Komando Rayon Militer 0733-05/Gayamsari'),
    ('Dandim 0732/Sleman Letkol Kavaleri Rudi Hartono meminta prajurit netral.',
     'Rudi Hartono', 'Komando Distrik Militer 0732/Sleman'),
    # navy and air force
    ('Danlanal Cilacap Kolonel Laut (P) Fajar Hernawan meminta prajurit netral.',
     'Fajar Hernawan', 'Pangkalan TNI Angkatan Laut Cilacap'),
    ('Danlanud Adi Soemarmo Marsma TNI Mohammad Nurdin meminta personel netral.',
     'Mohammad Nurdin', 'Pangkalan Udara Adi Soemarmo'),
    ('Danlanud Iswahjudi, Marsma TNI Muzafar, menegaskan personel netral.', 'Muzafar', 'Pangkalan Udara Iswahjudi'),
    # prosecution
    ('Kajati Sumut Idianto mengatakan jaksa harus netral.', 'Idianto', 'Kejaksaan Tinggi Sumatera Utara'),
    ('Wakajati Jawa Timur, Saiful Bahri Siregar, meminta jaksa netral.',
     'Saiful Bahri Siregar', 'Kejaksaan Tinggi Jawa Timur'),
    ('Aspidsus Kejati Jawa Tengah Lukas Alexander Sinuraya menyebut kasus itu masih diselidiki.',
     'Lukas Alexander Sinuraya', 'Kejaksaan Tinggi Jawa Tengah'),
    ('Aspidum Kejati Bali, Ketut Sumedana, menjelaskan proses persidangan.', 'Ketut Sumedana', 'Kejaksaan Tinggi Bali'),
    ('Asintel Kejati Sulsel Rachmad Supriady mengingatkan jaksa netral.',
     'Rachmad Supriady', 'Kejaksaan Tinggi Sulawesi Selatan'),
    ('Kasi Penkum Kejati Jawa Barat, Nur Sricahyawijaya, mengatakan pegawai kejaksaan wajib netral.',
     'Nur Sricahyawijaya', 'Kejaksaan Tinggi Jawa Barat'),
    ('Kasipenkum Kejati Riau Bambang Heripurwanto menyampaikan imbauan itu.',
     'Bambang Heripurwanto', 'Kejaksaan Tinggi Riau'),
    ('Kacabjari Saumlaki, Rudi Hartanto, meminta jaksa netral.', 'Rudi Hartanto', 'Cabang Kejaksaan Negeri Saumlaki'),
    # a regency's or a city's office beside the other of the same name keeps its level, as the gold names them
    ('Kajari Kabupaten Magelang, Tri Hartanto, meminta jaksa netral.', 'Tri Hartanto',
     'Kejaksaan Negeri Kabupaten Magelang'),
    ('Kasi Pidsus Kejari Temanggung Andi Pratama mengatakan perkara itu sudah dilimpahkan.',
     'Andi Pratama', 'Kejaksaan Negeri Temanggung'),
    ('Kasi Datun Kejari Wonogiri, Sri Lestari, memberi pendampingan hukum.',
     'Sri Lestari', 'Kejaksaan Negeri Wonogiri'),
    ('Kasi Intel Kejari Kota Semarang, Sumurung Simaremare, mengingatkan ASN netral.',
     'Sumurung Simaremare', 'Kejaksaan Negeri Kota Semarang'),
    ('Kasi Pidum Kejari Kendal Budi Santoso menjelaskan tuntutan.', 'Budi Santoso', 'Kejaksaan Negeri Kendal'),
    ('Kasi Intelijen Kejari Sleman Indra Wijaya mengingatkan ASN agar netral.',
     'Indra Wijaya', 'Kejaksaan Negeri Sleman'),
    ('Kepala Kejaksaan Negeri Pekalongan, Erwin Hardiyanto, meminta jaksa netral.',
     'Erwin Hardiyanto', 'Kejaksaan Negeri Pekalongan'),
    ('Kepala Kejaksaan Tinggi Jawa Tengah Hendro Dewanto meminta jaksa netral.',
     'Hendro Dewanto', 'Kejaksaan Tinggi Jawa Tengah'),
    # ranks before names, title after
    ('AKP Joko Santoso, Kapolsek Tembalang, mengatakan warga tetap kondusif.',
     'Joko Santoso', 'Kepolisian Sektor Tembalang'),
    ('Irjen Pol Ahmad Luthfi selaku Kapolda Jawa Tengah meminta anggota netral.',
     'Ahmad Luthfi', 'Kepolisian Daerah Jawa Tengah'),
    ('Apel dipimpin Brigjen Pol Rudi Setiawan selaku Wakapolda Sumatera Selatan.',
     'Rudi Setiawan', 'Kepolisian Daerah Sumatera Selatan'),
    ('Menurut Kombes Pol Budi Hermanto, Kapolresta Surakarta, anggota harus netral.',
     'Budi Hermanto', 'Kepolisian Resor Kota Surakarta'),
    ('Letkol Inf Andi Wibowo selaku Dandim 0714/Salatiga meminta prajurit netral.',
     'Andi Wibowo', 'Komando Distrik Militer 0714/Salatiga'),
    ('Kolonel Kav Ifan Wijaya, Danrem 072/Pamungkas, meminta prajurit netral.',
     'Ifan Wijaya', 'Komando Resor Militer 072/Pamungkas'),
]


@pytest.fixture(scope="module")
def analysed(analyse_all) -> list:
    """Every probe analysed in one call."""
    return analyse_all([text for text, _, _ in FORMS], published="2024-01-10")


@pytest.mark.parametrize("k", range(len(FORMS)), ids=[text[:40] for text, _, _ in FORMS])
def test_a_security_post_names_its_holder_and_institution(analysed: list, k: int) -> None:
    _, name, agency = FORMS[k]
    found = {o.name: o.agency for o in analysed[k].officials}
    assert name in found
    if agency is not None:
        assert found[name] == agency
