"""Agency mentions resolve to one canonical institution, regional ones with their region."""

from __future__ import annotations

PANRB = "Kementerian Pendayagunaan Aparatur Negara dan Reformasi Birokrasi"


def agencies(run, text, **kw):
    return {a.agency: a for a in run(text, **kw).agencies}


def names(run, text, **kw):
    return set(agencies(run, text, **kw))


def test_every_spelling_of_the_civil_service_ministry_is_one_agency(run):
    for spelling in ["Kementerian PANRB", "KemenPAN-RB", "Kemenpan RB", "Kementerian PAN dan RB", PANRB]:
        found = agencies(run, f"Surat itu dikirim oleh {spelling} kepada daerah.")
        assert list(found) == [PANRB], spelling
        assert found[PANRB].acronym == "KemenPANRB"


def test_regional_abbreviation_resolves_to_the_provincial_body(run):
    found = agencies(run, "Laporan itu ditangani Bawaslu Sulsel sejak pekan lalu.")
    assert list(found) == ["Bawaslu Provinsi Sulawesi Selatan"]
    assert found["Bawaslu Provinsi Sulawesi Selatan"].acronym == "Bawaslu Sulsel"


def test_full_name_with_bracketed_acronym_and_level_word(run):
    text = "Badan Pengawas Pemilihan Umum (Bawaslu) Provinsi Jawa Tengah menggelar rapat."
    assert list(agencies(run, text)) == ["Bawaslu Provinsi Jawa Tengah"]


def test_kabupaten_and_kota_of_the_same_name_stay_apart(run):
    found = agencies(run, "KPU Kota Malang dan KPU Kabupaten Malang berbagi gudang logistik.")
    assert set(found) == {"Komisi Pemilihan Umum Kota Malang", "Komisi Pemilihan Umum Kabupaten Malang"}


def test_regional_government_with_bracketed_short_form(run):
    assert list(agencies(run, "Pemerintah Kabupaten (Pemkab) Gowa menyiapkan posko.")) == ["Pemerintah Kabupaten Gowa"]


def test_bare_acronym_joins_the_regional_body_already_named(run):
    found = agencies(run, "BKD Jatim menerima laporan. Menurut BKD, laporan itu masih diperiksa.")
    assert list(found) == ["Badan Kepegawaian Daerah Provinsi Jawa Timur"]


def test_bare_acronym_without_region_is_the_generic_body(run):
    assert list(agencies(run, "Laporan diteruskan ke BKD untuk diperiksa.")) == ["Badan Kepegawaian Daerah"]


def test_bare_bawaslu_is_the_national_body(run):
    assert list(agencies(run, "Laporan diteruskan ke Bawaslu untuk dikaji.")) == ["Badan Pengawas Pemilihan Umum"]


def test_a_military_rank_is_not_a_mention_of_the_armed_forces(run):
    found = agencies(run, "Pangdam IV/Diponegoro Mayjen TNI Deddy Suryadi membuka apel.")
    assert "Tentara Nasional Indonesia" not in found
    assert "Komando Daerah Militer IV/Diponegoro" in found


def test_short_acronyms_match_only_as_written(run):
    assert agencies(run, "Ahmad bin Salim dan ma rekan datang.") == {}


def test_generic_words_are_not_agencies(run):
    assert agencies(run, "Program pemerintah daerah dan kantor kementerian berjalan.") == {}


def test_institution_implied_by_an_office_is_mentioned(run):
    found = agencies(run, "Kapolda Jawa Tengah Ahmad Luthfi memimpin apel.")
    assert "Kepolisian Daerah Jawa Tengah" in found


def test_a_party_board_is_not_the_regional_representatives_council(run):
    assert agencies(run, "Ketua DPD Partai Golkar Jatim hadir.") == {}


def test_a_regional_office_named_after_a_ministry_is_not_the_ministry(run):
    assert agencies(run, "Pegawai Dinas PUPR ikut apel.") == {}


def test_a_ministrys_acronym_in_brackets_after_a_dinas_restates_the_dinas(run):
    ministry = "Kementerian Komunikasi dan Informatika"
    found = names(run, "Dua pegawai Dinas Komunikasi dan Informatika (Kominfo) Kabupaten Sleman ikut kampanye.")
    assert ministry not in found
    assert ministry in names(run, "Surat dari Kementerian Komunikasi dan Informatika (Kominfo) dibacakan di apel.")


def test_a_generic_mention_merges_into_the_one_regional_body_named(run):
    text = "Inspektur Kabupaten Lamongan Wahyu Santoso menambahkan, inspektorat akan memeriksa laporan."
    assert list(agencies(run, text)) == ["Inspektorat Kabupaten Lamongan"]


def test_an_unnamed_office_holder_names_the_institution(run):
    assert "Pemerintah Kabupaten Gowa" in agencies(run, "Bupati Gowa mengingatkan ASN agar netral.")
    assert agencies(run, "Rapat digelar di Kantor Bupati Gowa.") == {}


def test_the_prosecution_service_by_its_short_name(run):
    found = agencies(run, "Berkas dugaan pidana pemilu dilimpahkan ke Kejaksaan pekan ini.")
    assert list(found) == ["Kejaksaan Republik Indonesia"]


def test_a_contest_named_after_an_office_is_no_institution(run):
    text = "Pencoblosan untuk pemilihan Gubernur Jawa Tengah dijadwalkan akhir November."
    assert "Pemerintah Provinsi Jawa Tengah" not in agencies(run, text)


def test_an_acronym_inside_a_document_number_is_no_institution(run):
    assert names(run, "Edaran bupati bernomor 800/1071/BKPSDM mengatur netralitas pegawai.") == set()
    assert "Kepolisian Negara Republik Indonesia" in names(run, "Personel TNI/Polri ikut mengamankan apel.")


def test_a_district_military_command_is_read_from_its_number_and_place(run):
    found = {a.agency: a.acronym for a in run("Patroli melibatkan Kodim 0612/Tasikmalaya dan Satpol PP.").agencies}
    assert found["Komando Distrik Militer 0612/Tasikmalaya"] == "Kodim 0612/Tasikmalaya"
    text = "Narasumber kedua, Dandim 0809 Kediri, memaparkan materi."
    assert "Komando Distrik Militer 0809/Kediri" in names(run, text)


def test_a_numbered_unit_places_the_story(run):
    text = "Dandim 0612/Tasikmalaya mengingatkan PNS di lingkungan kodim agar netral dalam Pilkada 2024."
    assert run(text).province == "Jawa Barat"


def test_a_numbered_unit_seated_in_a_regency_written_by_its_short_form(run):
    """The seat after the slash is the regency's own short form, even one that is also a word ("Tuba")."""
    result = run("Dandim 0426/Tuba mengingatkan PNS di lingkungan kodim agar netral dalam Pilkada 2024.")
    assert "Komando Distrik Militer 0426/Tulang Bawang" in {a.agency for a in result.agencies}
    assert result.province == "Lampung"


def test_a_state_school_is_where_people_work_not_an_institution_of_the_story(run):
    text = "Seorang guru SMAN 3 Kupang dilaporkan ke Bawaslu Kota Kupang karena mengunggah foto calon."
    assert names(run, text) == {"Bawaslu Kota Kupang"}
    text = "Apel ikrar netralitas ASN digelar di halaman SMP Negeri 2 Ende, Senin pagi."
    assert names(run, text) == set()
    assert run(text).province == "Nusa Tenggara Timur"  # its town still places the story


def test_a_regional_office_is_read_from_its_own_name(run):
    text = "Plt Kepala Dinas Sosial (Dinsos) Kabupaten Klaten dicopot karena tidak netral."
    found = {a.agency: a.acronym for a in run(text).agencies}
    assert found["Dinas Sosial Kabupaten Klaten"] == "Dinsos Kabupaten Klaten"
    assert names(run, "Dinas terkait belum memberi keterangan.") == set()


def test_a_numbered_military_command_with_a_space(run):
    assert "Komando Daerah Militer V/Brawijaya" in names(run, "Deklarasi digelar di Kodam V Brawijaya, Surabaya.")


def test_some_regional_bodies_have_their_own_names(run):
    assert "Kepolisian Daerah Metro Jaya" in names(run, "Apel gelar pasukan digelar di Polda Metro Jaya.")
    assert "Kepolisian Daerah Sumatera Utara" in names(run, "Poldasu siap mengamankan pilkada.")
    assert "Pemerintah Aceh" in names(run, "Seluruh ASN pemerintah Aceh membaca ikrar netralitas.")


def test_aceh_names_its_election_supervisor_panwaslih(run):
    assert {a.acronym for a in run("Anggota Panwaslih Aceh menerima laporan.").agencies} == {"Panwaslih Aceh"}


def test_the_supervisor_spelled_out_without_region_is_the_national_body(run):
    text = "Indeks kerawanan Badan Pengawas Pemilu (Bawaslu) menempatkan Sumbar di posisi atas. Bawaslu Sumbar siaga."
    assert {"Badan Pengawas Pemilihan Umum", "Bawaslu Provinsi Sumatera Barat"} <= names(run, text)


def test_more_bodies_with_a_generic_name(run):
    assert "Satuan Polisi Pamong Praja" in names(run, "Pemda berkoordinasi dengan Satpol mengenai anggaran.")
    assert "Badan Penanggulangan Bencana Daerah Provinsi Jawa Barat" in names(run, "Kepala BPBD Jabar mundur.")
    assert "Panitia Pemilihan Kecamatan" in names(run, "Pelantikan Panitia Pemilihan Kecamatan (PPK) digelar.")
    assert "Panitia Pemilihan Kecamatan" not in names(run, "PPK wajib menjatuhkan hukuman disiplin.")
    assert "Tentara Nasional Indonesia Angkatan Darat" in names(run, "Sanksi sesuai hukum Angkatan Darat.")


def test_more_regional_bodies(run):
    assert "Pemerintah Kota Banjarmasin" in names(run, "Pemko Banjarmasin menggelar apel netralitas.")
    text = "Pegawai Sekretariat DPRD Kota Ternate diperiksa."
    assert "Sekretariat DPRD Kota Ternate" in names(run, text)
    assert "Panitia Pengawas Pemilu Kota Palopo" in names(run, "Panwaslu Kota Palopo menerima laporan itu.")
    assert "Badan Kepegawaian dan Pengembangan Sumber Daya Manusia Daerah Kota Ternate" in names(
        run, "Kepala Bidang Mutasi BKPSDMD Kota Ternate dilaporkan.")


def test_a_military_unit_named_by_a_two_word_place(run):
    found = {a.agency: a.acronym for a in run("Kasrem 161/Wira Sakti hadir dalam deklarasi.").agencies}
    assert found == {"Komando Resor Militer 161/Wira Sakti": "Korem 161/Wira Sakti"}


def test_regional_offices_of_ministries_by_province_and_regency(run):
    text = ("Kanwil Kemenag Sulsel dan Kantor Wilayah Kemenkumham Bali mengingatkan ASN agar netral "
            "pada Pilkada 2024. Kakankemenag Kabupaten Pati Ahmad Syafii ikut hadir.")
    found = run(text)
    names = {a.agency for a in found.agencies}
    assert "Kantor Wilayah Kementerian Agama Provinsi Sulawesi Selatan" in names
    assert "Kantor Wilayah Kementerian Hukum dan HAM Bali" in names
    assert {o.name: o.agency for o in found.officials}["Ahmad Syafii"] == "Kantor Kementerian Agama Kabupaten Pati"


def test_more_regional_offices_by_their_acronyms_and_head_titles(run):
    found = run("Kadispora Maluku Utara Rizal Marsaoly dan Bapenda Kota Ambon mengikuti apel netralitas ASN.")
    names = {a.agency for a in found.agencies}
    assert "Dinas Pemuda dan Olahraga Provinsi Maluku Utara" in names
    assert "Badan Pendapatan Daerah Kota Ambon" in names
    assert {o.name for o in found.officials} == {"Rizal Marsaoly"}


def test_local_short_names_of_regencies(run):
    names = {a.agency for a in run("Bawaslu OKUT dan KPU Kulonprogo memantau netralitas ASN.").agencies}
    assert "Bawaslu Kabupaten Ogan Komering Ulu Timur" in names
    assert "Komisi Pemilihan Umum Kabupaten Kulon Progo" in names


def test_the_presidential_secretariat(run):
    assert "Sekretariat Presiden" in names(run, "Video itu diunggah kanal Sekretariat Presiden pada Senin.")


def test_education_and_culture_offices_by_acronym(run):
    text = "Disdikbud Provinsi Bengkulu mengirim edaran."
    assert "Dinas Pendidikan dan Kebudayaan Provinsi Bengkulu" in names(run, text)


def test_aceh_election_supervisors_under_their_own_name(run):
    assert "Panitia Pengawas Pemilihan Kabupaten Aceh Besar" in names(run, "Panwaslih Aceh Besar menerima laporan.")


def test_legislatures_named_as_contested_seats_are_no_mention(run):
    text = ("Pemilu 2024 memilih anggota DPR RI, anggota DPRD Provinsi, anggota DPRD Kabupaten/Kota, dan anggota "
            "DPD RI. ASN dilarang mendukung calon presiden, calon kepala daerah, serta anggota DPR, DPD, dan DPRD.")
    assert names(run, text) == set()
    assert names(run, "Komisi II DPR memanggil KASN soal ASN.") == {
        "Dewan Perwakilan Rakyat Republik Indonesia", "Komisi Aparatur Sipil Negara"}


def test_contested_seats_written_out_with_their_acronyms(run):
    text = ("ASN dilarang mendukung calon anggota Dewan Perwakilan Rakyat (DPR), calon anggota Dewan Perwakilan "
            "Daerah (DPD) hingga calon anggota Dewan Perwakilan Rakyat Daerah (DPRD).")
    assert names(run, text) == set()


def test_a_seat_right_after_its_contest_is_no_mention(run):
    assert names(run, "ASN membagikan gambar caleg DPR dari sebuah partai. Pemilihan DPD RI juga digelar.") == set()
    assert names(run, "Pemilu 2024 meliputi Pilpres, anggota DPR, DPD, serta anggota DPRD.") == set()


def test_the_one_house_a_person_stands_for_by_its_place_is_named(run):
    text = ("Suami Kepala Dinas Sosial maju sebagai caleg DPR RI dari sebuah partai, adik Sekda menjadi calon anggota "
            "DPRD Kabupaten Garut, dan seorang guru mendukung bakal calon anggota DPD RI asal Jawa Barat.")
    assert {"Dewan Perwakilan Rakyat Republik Indonesia", "Dewan Perwakilan Rakyat Daerah Kabupaten Garut",
            "Dewan Perwakilan Daerah Republik Indonesia"} <= names(run, text)
    # a list of seats, or a house the story's region would place, still only names what the contest fills
    text = ("Camat di Garut mengingatkan ASN tidak mendukung calon anggota DPR RI, DPD RI, dan DPRD Provinsi, "
            "maupun calon anggota Dewan Perwakilan Rakyat Daerah.")
    assert not {n for n in names(run, text) if "Perwakilan" in n}


def test_seats_on_the_ballot_and_seats_won_are_no_mention(run):
    text = ("Pemilih menerima lima surat suara, masing-masing untuk DPRD Kabupaten/Kota, DPRD Provinsi, DPR RI, "
            "DPD RI, dan presiden. Partai itu meraih 40 kursi DPR RI. Pemilu digelar untuk pengisian anggota DPR RI.")
    assert names(run, text) == set()


def test_a_bare_body_listed_among_national_institutions_is_the_national_one(run):
    text = ("Ketua Bawaslu Boyolali Wahyu Hidayat mengatakan aturan itu tertuang dalam SKB yang diteken Kemendagri, "
            "BKN serta Bawaslu. Komisi Pemilihan Umum (KPU) dan Bawaslu juga hadir.")
    assert names(run, text) >= {"Badan Pengawas Pemilihan Umum", "Bawaslu Kabupaten Boyolali"}
    # alone, the bare name is the story's own regional body
    assert "Badan Pengawas Pemilihan Umum" not in names(run, "Ketua Bawaslu Boyolali Wahyu hadir. Bawaslu mengawasi.")


def test_courts_by_their_full_name_with_their_heads(run):
    found = run("Ketua Pengadilan Negeri (PN) Denpasar I Made Sudira dan Ketua Pengadilan Agama Badung hadir. "
                "PT Angkasa Pura ikut mendukung.")
    assert {a.agency for a in found.agencies} == {"Pengadilan Negeri Denpasar", "Pengadilan Agama Badung"}
    assert {o.name: o.agency for o in found.officials} == {"I Made Sudira": "Pengadilan Negeri Denpasar"}


def test_acehs_election_commission_under_its_own_name(run):
    found = run("Ketua KIP Bener Meriah Samsul Bahri meminta ASN netral. KIP Aceh juga hadir.")
    assert {a.agency for a in found.agencies} == {
        "Komisi Independen Pemilihan Kabupaten Bener Meriah", "Komisi Independen Pemilihan Aceh"}
    assert found.officials[0].agency == "Komisi Independen Pemilihan Kabupaten Bener Meriah"
    assert names(run, "KIP menerima permohonan informasi publik.") == set()  # alone, not even the KPU


def test_an_official_residence_is_no_office(run):
    text = "Deklarasi netralitas ASN digelar di Rumah Dinas Gubernur Sumut. Mobil Dinas Bupati Karo ikut diperiksa."
    assert not any(a.startswith("Dinas") for a in names(run, text))


def test_a_regional_badan_is_read_from_its_own_name_like_a_dinas(run):
    found = run("Kepala Badan Kepegawaian Pengembangan Sumber Daya Manusia Kabupaten Kudus Putut Winarno "
                "meminta ASN netral dalam pemilu.")
    assert {o.name: o.agency for o in found.officials} == {
        "Putut Winarno": "Badan Kepegawaian Pengembangan Sumber Daya Manusia Kabupaten Kudus"}
    # a body the registry knows keeps its own name
    assert "Bawaslu Kabupaten Kudus" in names(run, "Badan Pengawas Pemilu Kabupaten Kudus menerima laporan.")


def test_bkn_regional_offices_by_number_with_or_without_their_seat(run):
    found = run("ASN di wilayah kerja Kanreg VI BKN Kota Medan diblokir. Kepala Kanreg II BKN Mohammad Ridwan hadir.")
    assert {a.agency for a in found.agencies} == {"Kantor Regional VI BKN Medan", "Kantor Regional II BKN Surabaya"}
    assert {o.name: o.agency for o in found.officials} == {"Mohammad Ridwan": "Kantor Regional II BKN Surabaya"}


def test_national_legislatures_and_the_special_regions_government_by_their_formal_names(run):
    found = run("Gubernur DIY Hamengku Buwono X hadir. Anggota Komisi II DPR RI Mardani Ali Sera meminta ASN netral.")
    assert {o.name: o.agency for o in found.officials} == {
        "Hamengku Buwono X": "Pemerintah Daerah Daerah Istimewa Yogyakarta",
        "Mardani Ali Sera": "Dewan Perwakilan Rakyat Republik Indonesia"}
    assert "Pemerintah Daerah Daerah Istimewa Yogyakarta" in names(run, "Pemda DIY menggelar apel netralitas.")


def test_a_ministrys_acronym_after_the_head_of_a_dinas_is_the_regional_office(run):
    found = run("Kadis Kominfo dan Statistik Provinsi Lampung Chrisna Putra mengimbau ASN netral.")
    assert "Kementerian Komunikasi dan Informatika" not in {a.agency for a in found.agencies}
    assert [o.name for o in found.officials] == ["Chrisna Putra"]


def test_the_ombudsmans_representative_office_in_a_province(run):
    office = "Ombudsman RI Perwakilan Kepulauan Riau"
    found = run(f"Kepala {office} Lagat Siadari meminta ASN netral. Ombudsman RI memantau.")
    assert {a.agency for a in found.agencies} == {office, "Ombudsman Republik Indonesia"}
    assert found.officials[0].agency == office


def test_an_office_whose_fields_are_listed_with_commas(run):
    result = run("Kepala Dinas Pariwisata, Pemuda dan Olahraga Kabupaten Ngawi, Budi Santoso, meminta ASN netral.")
    assert "Dinas Pariwisata, Pemuda dan Olahraga Kabupaten Ngawi" in {a.agency for a in result.agencies}
    assert [o.name for o in result.officials] == ["Budi Santoso"]


def test_bodies_listed_with_commas_stay_apart(run):
    found = agencies(run, "Sosialisasi diikuti Badan Kepegawaian dan Sumber Daya Manusia, Inspektorat dan "
                          "Kesbangpol Provinsi Bali.")
    assert "Badan Kesatuan Bangsa dan Politik Provinsi Bali" in found
    assert not any("Inspektorat dan" in name for name in found)


def test_non_ministerial_bodies_and_the_2024_cabinets_new_ministries(run):
    found = agencies(run, "Rapat netralitas ASN dihadiri BMKG, Basarnas, Perpustakaan Nasional, Kementerian "
                          "Kependudukan dan Pembangunan Keluarga, dan Komisi Informasi Pusat.")
    assert {"Badan Meteorologi, Klimatologi, dan Geofisika", "Badan Nasional Pencarian dan Pertolongan",
            "Perpustakaan Nasional Republik Indonesia", "Kementerian Kependudukan dan Pembangunan Keluarga",
            "Komisi Informasi Pusat"} <= set(found)


def test_regional_information_broadcasting_and_land_offices(run):
    found = agencies(run, "Komisi Informasi Jawa Tengah, KPID Jawa Tengah dan BPN Boyolali ikut menandatangani "
                          "pakta netralitas ASN.")
    assert {"Komisi Informasi Provinsi Jawa Tengah", "Komisi Penyiaran Indonesia Daerah Jawa Tengah",
            "Kantor Pertanahan Kabupaten Boyolali"} <= set(found)


def test_corrections_and_immigration_units_by_their_class_or_their_place(run):
    found = agencies(run, "Apel netralitas ASN digelar di Lapas Kelas IIB Pangkalan Bun, Rutan Boyolali dan "
                          "Kantor Imigrasi Kelas II TPI Batulicin.")
    assert {"Lembaga Pemasyarakatan Kelas IIB Pangkalan Bun", "Rumah Tahanan Negara Boyolali",
            "Kantor Imigrasi Kelas II TPI Batulicin"} <= set(found)


def test_universities_through_their_rectors_with_their_seat(run):
    result = run("Rektor Universitas Jember Moh Hasan dan Rektor UIN Ar-Raniry Banda Aceh Prof Mujiburrahman meminta "
                 "dosen ASN netral. Pakar Universitas Syiah Kuala menilai hal itu.")
    assert {(o.name, o.agency) for o in result.officials} == {
        ("Moh Hasan", "Universitas Jember"), ("Mujiburrahman", "Universitas Islam Negeri Ar-Raniry Banda Aceh")}
    assert "Universitas Syiah Kuala" not in {a.agency for a in result.agencies}  # a commentator's, in passing


def test_sub_district_supervisors_by_their_district(run):
    result = run("Panwascam Lemong menerima laporan. Ketua Bawaslu Kecamatan Madapangga Ilham Akbar membenarkannya.")
    assert {"Panwaslu Kecamatan Lemong", "Panwaslu Kecamatan Madapangga"} <= {a.agency for a in result.agencies}
    assert [(o.name, o.agency) for o in result.officials] == [("Ilham Akbar", "Panwaslu Kecamatan Madapangga")]


def test_a_district_named_like_a_regency_elsewhere_places_no_story(run):
    result = run("Panwascam Sukoharjo memeriksa dua ASN terkait netralitas pada Pilkada 2024.")
    assert "Panwaslu Kecamatan Sukoharjo" in {a.agency for a in result.agencies}
    assert result.province is None


def test_the_regency_after_a_districts_name_qualifies_it(run):
    result = run("Ketua Panwaslu Kecamatan Pringkuku Kabupaten Pacitan, Hermin Prasetyabudi, mengingatkan ASN.")
    assert [(o.name, o.agency) for o in result.officials] == [("Hermin Prasetyabudi", "Panwaslu Kecamatan Pringkuku")]
    assert "Panwaslu Kecamatan Pringkuku" in {a.agency for a in result.agencies}


def test_a_police_unit_is_named_as_written(run):
    result = run("Kapolres Bitung AKBP Albert Zai, Kapolresta Sidoarjo Kombes Pol Christian Tobing dan Kapolres "
                 "Kediri Kota AKBP Bramastyo Priaji hadir.")
    assert {o.name: o.agency for o in result.officials} == {
        "Albert Zai": "Kepolisian Resor Bitung", "Christian Tobing": "Kepolisian Resor Kota Sidoarjo",
        "Bramastyo Priaji": "Kepolisian Resor Kediri Kota"}  # the city's resort, beside the regency's
    result = run("Kapolres Metro Bekasi Kota Kombes Pol Dani Hamdani meminta ASN netral.")
    assert [(o.name, o.agency) for o in result.officials] == [
        ("Dani Hamdani", "Kepolisian Resor Metropolitan Bekasi Kota")]
    assert result.province == "Jawa Barat"  # not Lampung's city of Metro


def test_the_coordinating_ministry_for_politics_and_security_is_not_its_predecessor(run):
    text = "Menko Polkam Budi Gunawan mengingatkan ASN. Dulu Menko Polhukam Mahfud MD juga mengingatkan ASN."
    assert {o.name: o.agency for o in run(text).officials} == {
        "Budi Gunawan": "Kementerian Koordinator Bidang Politik dan Keamanan",
        "Mahfud MD": "Kementerian Koordinator Bidang Politik, Hukum, dan Keamanan"}


def test_a_military_district_takes_its_regions_official_name(run):
    result = run("Pabung mewakili Dandim 0302/Inhu Kapten Inf. Legimin hadir dalam apel netralitas ASN.")
    found = [(o.name, o.agency) for o in result.officials]
    assert found == [("Legimin", "Komando Distrik Militer 0302/Indragiri Hulu")]


def test_the_civil_service_office_misspelt_or_with_its_daerah(run):
    result = run("Kepala BPKSDM Kota Tasikmalaya Gungun Pahlaguna hadir. Narasumber BKPSDMD Brebes, Solicha, hadir.")
    assert {"Badan Kepegawaian dan Pengembangan Sumber Daya Manusia Kota Tasikmalaya",
            "Badan Kepegawaian dan Pengembangan Sumber Daya Manusia Daerah Kabupaten Brebes"} <= {
        a.agency for a in result.agencies}


def test_directorates_general_are_bodies_of_their_own_and_their_head_serves_the_ministry(run):
    result = run("Dirjen Otonomi Daerah Kemendagri, Soni Sumarsono, hadir bersama Ditjen Polpum. Pegawai "
                 "Direktorat Jenderal Pajak (DJP) diminta netral.")
    assert [(o.name, o.agency) for o in result.officials] == [("Soni Sumarsono", "Kementerian Dalam Negeri")]
    assert {"Direktorat Jenderal Politik dan Pemerintahan Umum", "Direktorat Jenderal Pajak"} <= {
        a.agency for a in result.agencies}


def test_an_honorific_ends_a_units_place_name(run):
    found = agencies(run, "Rektor UIN Datokarama Profesor Lukman Thahir meminta dosen ASN netral.")
    assert "Universitas Islam Negeri Datokarama Palu" in found


def test_a_state_islamic_university_written_short_is_the_one_its_name_or_seat_says(run):
    result = run("Wakil Rektor UIN Walisongo, Budi Santoso, dan Rektor UIN Bandung Ahmad Fauzi mengingatkan dosen "
                 "berstatus ASN agar netral. Pegawai UIN Sunan Ampel Surabaya juga hadir.")
    assert {(o.name, o.agency) for o in result.officials} == {
        ("Budi Santoso", "Universitas Islam Negeri Walisongo Semarang"),
        ("Ahmad Fauzi", "Universitas Islam Negeri Sunan Gunung Djati Bandung")}
    assert "Universitas Islam Negeri Sunan Ampel Surabaya" in {a.agency for a in result.agencies}
    # a university the list does not hold keeps the name the text gives it
    assert "Universitas Islam Negeri Nusantara Raya" in agencies(run, "Rektor UIN Nusantara Raya meminta ASN netral.")


def test_a_military_unit_by_its_number_alone_and_bkn_by_a_frequent_misnaming(run):
    result = run("Dandim 0813 Letkol Czi Arief Rochman Hakim dan Kepala Badan Kepegawaian Nasional (BKN) Bima Haria "
                 "Wibisana menegaskan netralitas ASN.")
    assert {(o.name, o.agency) for o in result.officials} == {
        ("Arief Rochman Hakim", "Komando Distrik Militer 0813"), ("Bima Haria Wibisana", "Badan Kepegawaian Negara")}


def test_daerah_between_a_body_and_its_level_word(run):
    result = run("Kepala Badan Kesatuan Bangsa dan Politik (Kesbangpol) Daerah Kabupaten Kepulauan Sangihe Franky "
                 "Natingkaseh mengingatkan ASN menjaga netralitas.")
    assert [(o.name, o.agency) for o in result.officials] == [
        ("Franky Natingkaseh", "Badan Kesatuan Bangsa dan Politik Kabupaten Kepulauan Sangihe")]


def test_acehs_parliaments_by_their_own_names(run):
    found = agencies(run, "Ketua DPRK Aceh Besar dan Ketua DPRA meminta ASN di Aceh menjaga netralitas.")
    assert {"Dewan Perwakilan Rakyat Kabupaten Aceh Besar", "Dewan Perwakilan Rakyat Aceh"} <= set(found)


def test_regional_offices_by_their_usual_acronyms(run):
    found = agencies(run, "Sosialisasi netralitas ASN diikuti DPMPTSP Purworejo, BPKPAD Purworejo dan "
                          "Disparpora Ngawi.")
    assert {"Dinas Penanaman Modal dan Pelayanan Terpadu Satu Pintu Kabupaten Purworejo",
            "Badan Pengelolaan Keuangan, Pendapatan dan Aset Daerah Kabupaten Purworejo",
            "Dinas Pariwisata, Pemuda dan Olahraga Kabupaten Ngawi"} <= set(found)


def test_a_district_or_village_named_through_its_unnamed_head_is_an_agency(run):
    text = ("Bawaslu Jember memeriksa Camat Kaliwates, Lurah Jember Kidul dan Kepala Desa Sumbersari, "
            "Kecamatan Sumbersari, terkait Pilkada 2024.")
    found = {a.agency for a in run(text).agencies}
    assert {"Kecamatan Kaliwates", "Kelurahan Jember Kidul", "Desa Sumbersari"} <= found
    assert run(text).officials == []
    assert not any(a.agency.startswith("Kecamatan") for a in run("Hal itu disampaikan Camat Ahmad, Senin.").agencies)


def test_the_district_heads_of_a_region_name_no_district(run):
    text = "Bawaslu memberi sosialisasi kepada para Lurah dan Camat Kota Tangsel terkait Pilkada 2024."
    assert not any(a.agency.startswith("Kecamatan") for a in run(text).agencies)


def test_a_long_name_is_found_with_fewer_commas_than_its_canonical_spelling(run):
    text = "Menteri Koordinator Bidang Politik Hukum dan Keamanan Mohammad Mahfud MD meminta ASN netral."
    found = {o.name: o.agency for o in run(text).officials}
    assert found == {"Mohammad Mahfud MD": "Kementerian Koordinator Bidang Politik, Hukum, dan Keamanan"}


def test_a_long_title_is_found_with_its_field_word_in_lower_case(run):
    text = "Menteri Koordinator bidang Politik Hukum dan Keamanan Mohammad Mahfud MD meminta ASN netral."
    found = {o.name: o.agency for o in run(text).officials}
    assert found == {"Mohammad Mahfud MD": "Kementerian Koordinator Bidang Politik, Hukum, dan Keamanan"}


def test_a_civil_service_office_that_also_trains_keeps_its_own_name(run):
    text = "Kepala Badan Kepegawaian Pendidikan dan Pelatihan (BKPP) Bengkalis Tengku Zainuddin meminta ASN netral."
    found = {o.name: o.agency for o in run(text).officials}
    assert found == {"Tengku Zainuddin": "Badan Kepegawaian, Pendidikan dan Pelatihan Kabupaten Bengkalis"}


def test_an_acronym_spelt_like_a_degree_after_a_name_or_as_initials_is_no_institution(run):
    def named(text):
        return {a.agency for a in run(text).agencies}

    assert "Mahkamah Agung" not in named("Rektor UIN Jakarta Prof. Dr. Amany Lubis MA meminta ASN netral.")
    assert "Mahkamah Agung" not in named("Bawaslu merekomendasikan ASN berinisial MA ke BKN.")
    assert "Mahkamah Agung" in named("Putusan MA menguatkan sanksi bagi ASN yang tidak netral.")
    assert "Mahkamah Agung" in named("Putusan MK dan MA menguatkan sanksi bagi ASN yang tidak netral.")


def test_a_body_whose_level_is_told_but_not_its_region_is_the_one_where_the_story_is(run):
    found = names(run, "Wali Kota Palu Hadianto meminta pegawai Pemprov maupun Pemkot Palu tidak berpihak. "
                       "Bawaslu provinsi bersama Bawaslu Kota Palu turun ke lapangan.")
    assert {"Pemerintah Provinsi Sulawesi Tengah", "Bawaslu Provinsi Sulawesi Tengah"} <= found
    found = names(run, "Bupati Gowa meminta ASN Pemkab Gowa netral. Inspektorat Provinsi dan Inspektorat Kabupaten "
                       "akan memeriksa laporan itu.")
    assert {"Inspektorat Provinsi Sulawesi Selatan", "Inspektorat Kabupaten Gowa"} <= found
    assert "Inspektorat" not in found


def test_bodies_of_every_region_at_a_level_are_none_in_particular(run):
    found = names(run, "Bawaslu Kota Palu hadir. Ketua Bawaslu RI meminta seluruh Bawaslu provinsi dan "
                       "kabupaten/kota mengawasi ASN di pemerintah provinsi, kabupaten, dan kota.")
    assert "Bawaslu Provinsi Sulawesi Tengah" not in found
    assert "Pemerintah Provinsi Sulawesi Tengah" not in found


def test_a_regulation_named_by_its_issuer_is_no_mention_of_the_issuer(run):
    text = ("Camat itu dinilai melanggar Peraturan KPU Nomor 15 Tahun 2023 dan Peraturan Badan Pengawas Pemilihan "
            "Umum Nomor 6 Tahun 2018 tentang pengawasan netralitas ASN.")
    assert not names(run, text)
    assert "Komisi Pemilihan Umum" in names(run, "Laporan itu diteruskan ke KPU dan dibahas dalam rapat.")


def test_an_office_named_alone_in_a_story_on_a_region_is_that_region_s(run):
    found = names(run, "Bawaslu Kabupaten Blora menggelar rapat netralitas ASN bersama Polres, Kodim dan Dishub. "
                       "Peserta datang dari Disdik, Bappeda dan dinas kesehatan.")
    assert {"Kepolisian Resor Blora", "Dinas Perhubungan Kabupaten Blora", "Dinas Pendidikan Kabupaten Blora",
            "Badan Perencanaan Pembangunan Daerah Kabupaten Blora"} <= found
    assert "Dinas Kesehatan Kabupaten Blora" not in found  # in lower case: the kind of office


def test_a_body_inside_a_longer_title_takes_no_story_region(run):
    found = names(run, "Bawaslu Kabupaten Blora hadir. Direktur Fasilitasi Kepala Daerah dan DPRD Kementerian Dalam "
                       "Negeri Budi Santoso memberi arahan.")
    assert "Dewan Perwakilan Rakyat Daerah Kabupaten Blora" not in found


def test_a_unit_named_with_its_class_and_later_by_its_place_alone_is_one_unit(run):
    result = run("Rutan Kelas IIB Sinjai menggelar apel netralitas ASN. Karutan Sinjai, Hendra Wijaya, meminta "
                 "pegawai netral. Petugas LPKA Kelas I Tangerang hadir, begitu pula Kepala LPKA Tangerang Rudi Santoso "
                 "dan warga binaan Lapas Kelas II Ambon.")
    assert {(o.name, o.agency) for o in result.officials} == {
        ("Hendra Wijaya", "Rumah Tahanan Negara Kelas IIB Sinjai"),
        ("Rudi Santoso", "Lembaga Pembinaan Khusus Anak Kelas I Tangerang")}
    assert {a.agency for a in result.agencies} == {
        "Rumah Tahanan Negara Kelas IIB Sinjai", "Lembaga Pembinaan Khusus Anak Kelas I Tangerang",
        "Lembaga Pemasyarakatan Kelas II Ambon"}


def test_the_attorney_general_leads_the_head_office_and_a_deputy_the_service(run):
    result = run("Jaksa Agung Sanitiar Burhanuddin meminta jaksa netral dalam Pemilu 2024. Kejaksaan RI menggelar "
                 "apel. Jaksa Agung Muda Pembinaan menyampaikan edaran.")
    assert [(o.name, o.agency) for o in result.officials] == [
        ("Sanitiar Burhanuddin", "Kejaksaan Agung Republik Indonesia")]
    assert {a.agency for a in result.agencies} == {"Kejaksaan Agung Republik Indonesia", "Kejaksaan Republik Indonesia"}


def test_a_party_or_organisation_board_is_no_senate(run):
    text = "Ia juga menjabat Sekretaris Dewan Pimpinan Daerah (DPD) Partai Amanat Nasional Kota Palu."
    assert "Dewan Perwakilan Daerah Republik Indonesia" not in names(run, text)
    text = "Bupati hadir pada musyawarah DPD II Golkar dan pelantikan pengurus DPD KNPI Sigi."
    assert "Dewan Perwakilan Daerah Republik Indonesia" not in names(run, text)
    text = "Kepala desa menghadiri rapat kerja DPD APDESI Kabupaten Sigi."
    assert "Dewan Perwakilan Daerah Republik Indonesia" not in names(run, text)
    text = "Anggota DPD RI dari Sulawesi Tengah meminta ASN netral."
    assert "Dewan Perwakilan Daerah Republik Indonesia" in names(run, text)


def test_a_body_of_the_place_just_named_is_that_places(run):
    text = "Di Kabupaten Sigi, Bawaslu setempat sudah memanggil dua kepala desa yang diduga tidak netral."
    assert names(run, text) == {"Bawaslu Kabupaten Sigi"}
    text = ("Kepala Kejaksaan Negeri Buton Sulawesi Tenggara mengingatkan ASN di lingkup Pemda setempat "
            "agar tidak berpihak.")
    assert names(run, text) == {"Kejaksaan Negeri Buton", "Pemerintah Kabupaten Buton"}


def test_initials_and_degrees_name_no_court(run):
    text = "Bawaslu memeriksa lima guru honorer berinisial RS, MK, KY dan TA yang berfoto dengan calon."
    assert names(run, text) == {"Badan Pengawas Pemilihan Umum"}
    text = "Laporan dibawa Ketua Tim Pemenangan Ahmad Fauzi SAg MA ke kantor Bawaslu."
    assert "Mahkamah Agung" not in names(run, text)
    assert "Mahkamah Konstitusi" in names(run, "Putusan MK dan KY dibahas dalam rapat Bawaslu.")


def test_an_adviser_serves_the_government_at_the_level_of_the_head_named(run):
    assert names(run, "Rapat dihadiri para Staf Ahli Wali Kota Blitar dan camat.") == {"Pemerintah Kota Blitar"}
    assert names(run, "Rapat dihadiri Staf Ahli Gubernur Jambi.") == {"Pemerintah Provinsi Jambi"}


def test_the_prosecution_service_named_alone_in_or_after_a_gakkumdu_sentence_is_a_member_of_it(run):
    KEJAKSAAN = "Kejaksaan Republik Indonesia"
    text = "Laporan itu dibahas di Sentra Gakkumdu yang beranggotakan Bawaslu, kepolisian dan kejaksaan."
    assert KEJAKSAAN not in names(run, text)
    text = ("Bawaslu Kota Palu sudah menyerahkan berkas ke Gakkumdu. Pendapat kejaksaan dan kepolisian akan "
            "diminta dalam sehari.")
    assert KEJAKSAAN not in names(run, text)
    text = "Menteri PANRB menyebut kerja sama dengan Kejaksaan dan Kepolisian untuk mengawasi ASN."
    assert KEJAKSAAN in names(run, text)


def test_the_prosecution_service_named_alone_beside_the_attorney_generals_office_is_that_office(run):
    text = ("Jaksa Agung meminta jajarannya netral dalam Pilkada. Seluruh pegawai di kejaksaan wajib menjaga "
            "netralitas.")
    found = names(run, text)
    assert "Kejaksaan Agung Republik Indonesia" in found
    assert "Kejaksaan Republik Indonesia" not in found
    assert "Kejaksaan Republik Indonesia" in names(run, "Pegawai kejaksaan wajib menjaga netralitas dalam Pilkada.")


def test_an_outlet_code_after_the_datelines_place_is_no_institution(run):
    text = ("PALANGKA RAYA, MK – Pemerintah Provinsi Kalimantan Tengah kembali mengingatkan seluruh ASN agar menjaga "
            "netralitas selama tahapan Pilkada serentak berlangsung.")
    assert names(run, text) == {"Pemerintah Provinsi Kalimantan Tengah"}
    text = ("KENDARI, BKN – Sekretaris daerah mengingatkan seluruh ASN agar menjaga netralitas selama tahapan "
            "Pilkada serentak tahun ini berlangsung. Putusan MK juga dibahas.")
    assert names(run, text) == {"Mahkamah Konstitusi"}
    text = ("GORONTALO, MK – Sekretaris Daerah mengingatkan seluruh ASN agar menjaga netralitas selama tahapan "
            "Pilkada serentak tahun 2024 berlangsung di daerah ini.")
    found = run(text)
    assert not found.agencies and found.province == "Gorontalo"  # the place still places the story


def test_capitalised_kepolisian_alone_is_the_national_police(run):
    POLRI = "Kepolisian Negara Republik Indonesia"
    text = "Ketua Bawaslu itu menyebut pengawasan kampanye dilakukan bersama Kepolisian dan TNI."
    assert POLRI in names(run, text)
    # in lower case the police in general; a unit the registry cannot name; the local force; a Gakkumdu member
    for text in ["Dugaan pidana pemilu itu sudah diserahkan kepada kepolisian.",
                 "Apel itu dihadiri jajaran Kepolisian Sektor Wahai dan Koramil.",
                 "Temuan itu diteruskan ke Kepolisian setempat oleh Bawaslu.",
                 "Kasus itu dibahas di Sentra Gakkumdu bersama Bawaslu, Kejaksaan, dan Kepolisian."]:
        assert POLRI not in names(run, text), text


def test_a_ticket_written_as_one_word_or_its_deputy_in_lower_case_is_still_a_contest(run):
    for text in ["Camat itu berfoto dengan calon Bupati-Wakil Bupati Bogor di posko.",
                 "Sekda itu mendaftar sebagai bakal calon wakil Gubernur Banten pekan lalu."]:
        assert not {n for n in names(run, text) if n.startswith("Pemerintah")}, text
    assert "Pemerintah Provinsi Banten" in names(run, "Wakil Gubernur Banten meminta ASN netral.")


def test_the_village_polling_committee_is_a_post_not_an_institution(run):
    for text in ["Guru itu boleh menjadi panitia pemungutan suara di desanya.",
                 "Pelanggaran dilakukan penyelenggara, yakni PPS (Panitia Pemungutan Suara) di desa itu."]:
        assert "Panitia Pemungutan Suara" not in names(run, text), text
    assert "Panitia Pemilihan Kecamatan" in names(run, "Bupati melantik Panitia Pemilihan Kecamatan (PPK) kemarin.")


def test_the_border_management_agency_is_a_national_institution(run):
    BNPP = "Badan Nasional Pengelola Perbatasan"
    assert BNPP in names(run, "Sebelumnya ia menjabat Sekretaris Badan Nasional Pengelola Perbatasan di Jakarta.")
    assert BNPP in names(run, "Pejabat BNPP itu meminta pegawai menjaga netralitas.")


def test_the_tax_services_regional_office_is_named_by_its_province(run):
    result = run("Kepala Kanwil DJP Sulsel, Andi Rahman, meminta pegawai pajak berstatus ASN netral. Kantor Wilayah "
                 "Direktorat Jenderal Pajak Jawa Timur juga memasang spanduk netralitas.")
    assert [(o.name, o.agency) for o in result.officials] == [
        ("Andi Rahman", "Kantor Wilayah Direktorat Jenderal Pajak Sulawesi Selatan")]
    assert {"Kantor Wilayah Direktorat Jenderal Pajak Sulawesi Selatan",
            "Kantor Wilayah Direktorat Jenderal Pajak Jawa Timur"} <= {a.agency for a in result.agencies}
    # without a province it is the directorate general itself
    assert "Direktorat Jenderal Pajak" in agencies(run, "Para Kepala Kanwil DJP diminta menjaga netralitas pegawai.")


def test_the_municipal_police_unit_by_its_short_name_and_inside_its_head_title(run):
    text = ("Bupati Kerinci mengirim surat edaran kepada Kasat Pol PP dan para camat. Tim netralitas ASN Kabupaten "
            "Kerinci beranggotakan Inspektorat dan Pol PP.")
    assert "Satuan Polisi Pamong Praja Kabupaten Kerinci" in names(run, text)
    found = names(run, "Wali Kota Tegal, Kasatpol PP, dan dua lurah dilaporkan ke Bawaslu.")
    assert any(n.startswith("Satuan Polisi Pamong Praja") for n in found)
    # another body right after the title places the unit ("... Pemprov Jambi"), not the story's regency
    text = "Di Kota Sungai Penuh, Kasat Pol PP Pemprov Jambi Andi mengingatkan ASN netral."
    assert "Satuan Polisi Pamong Praja Kota Sungai Penuh" not in names(run, text)


def test_the_national_unity_office_with_its_acronym_split_or_called_a_dinas(run):
    text = "Rapat di Kabupaten Kerinci dihadiri Sekda, Inspektur, dan Kaban Kesbang Pol serta para camat."
    assert "Badan Kesatuan Bangsa dan Politik Kabupaten Kerinci" in names(run, text)
    text = "Sosialisasi itu digelar Dinas Kesatuan Bangsa dan Politik (Kesbangpol) Kota Serang di aula kantor."
    assert names(run, text) == {"Badan Kesatuan Bangsa dan Politik Kota Serang"}


def test_a_district_head_beside_heads_of_no_named_place_names_no_district(run):
    for text in ("Pelapor melampirkan foto Camat Sukajaya dan tiga lurah saat kampanye Pilkada 2024.",
                 "Bawaslu menyurati Camat Sukajaya dan sejumlah Kepala Desa menjelang Pilkada 2024."):
        assert not {n for n in names(run, text) if n.startswith("Kecamatan")}, text
    text = "Bawaslu memeriksa Camat Sukajaya dan Lurah Mekarsari terkait Pilkada 2024."
    assert "Kecamatan Sukajaya" in names(run, text)


def test_a_regional_body_followed_by_a_government_is_that_governments(run):
    result = run("Kabid Mutasi BKD Setda Jambi, Rina Wati, meminta pegawai di Kota Sungai Penuh menjaga netralitas.")
    assert [(o.name, o.agency) for o in result.officials] == [
        ("Rina Wati", "Badan Kepegawaian Daerah Provinsi Jambi")]
    text = "Apel netralitas dipimpin Sekretaris BKPP Pemkab Kerinci, Dodi Saputra, di halaman kantor bupati."
    assert "Badan Kepegawaian, Pendidikan dan Pelatihan Kabupaten Kerinci" in names(run, text)


def test_the_ombudsmans_office_named_before_the_body_is_the_provinces(run):
    result = run("Kepala Perwakilan Ombudsman Sultra, Mastri Susilo, meminta ASN tidak memihak dalam Pilkada.")
    assert [(o.name, o.agency) for o in result.officials] == [
        ("Mastri Susilo", "Ombudsman RI Perwakilan Sulawesi Tenggara")]
    text = "Laporan itu diterima Perwakilan Ombudsman Republik Indonesia Jawa Tengah pekan lalu."
    assert names(run, text) == {"Ombudsman RI Perwakilan Jawa Tengah"}
    assert names(run, "Warga dapat melapor ke Ombudsman RI bila ASN tidak netral.") == {"Ombudsman Republik Indonesia"}


def test_a_regional_office_written_before_its_government_takes_that_governments_level(run):
    # the government written after the field places it; its words are not part of the field
    assert names(run, "Kepala Dinas Kesehatan Pemkot Bogor meminta pegawainya netral.") \
        >= {"Dinas Kesehatan Kota Bogor", "Pemerintah Kota Bogor"}
    assert "Dinas Pendidikan Kabupaten Sleman" in names(run, "Dinas Pendidikan Pemkab Sleman mengimbau guru netral.")


def test_a_government_named_by_its_governance_is_that_government(run):
    # "pemerintahan" (governance) before a level word and a region names the same regional government
    text = "Bawaslu menemukan pegawai di jajaran Pemerintahan Kabupaten Sleman ikut berkampanye."
    assert "Pemerintah Kabupaten Sleman" in names(run, text)
    text = "Sekitar 40 ASN di lingkungan pemerintahan kota Kupang dipanggil Inspektorat."
    assert "Pemerintah Kota Kupang" in names(run, text)
    assert not names(run, "Sistem pemerintahan kota dinilai lamban melayani warga.")


def test_the_polling_stations_committee_is_a_post_not_an_institution(run):
    # like the village's PPS, the KPPS is named as a post people fill, not as a body of the story
    for text in ("Lurah itu juga mendaftar sebagai petugas KPPS di TPS 04 menjelang Pilkada 2024.",
                 "Kami sudah konfirmasi ke KPPS (Kelompok Penyelenggara Pemungutan Suara) soal surat itu."):
        assert not {n for n in names(run, text) if "Pemungutan Suara" in n}, text


def test_the_integrated_law_enforcement_centre_spelt_with_one_k(run):
    # reporters drop a k of the acronym as often as they keep it
    for text in ("Kasus itu sudah dibahas bersama Tim Gakumdu pekan lalu.",
                 "Laporan itu dibawa ke forum Penegakan Hukum Terpadu (Gakumdu) untuk dikaji."):
        assert names(run, text) == {"Sentra Penegakan Hukum Terpadu"}, text


def test_the_election_supervisor_named_with_the_noun_of_the_act_is_bawaslu(run):
    # "Pengawasan" (supervision) for "Pengawas" (supervisor): the same body, no office of its own
    text = "Badan Pengawasan Pemilihan Umum Kabupaten Halmahera Barat memanggil dua ASN."
    assert names(run, text) == {"Bawaslu Kabupaten Halmahera Barat"}
    assert names(run, "Badan Pengawasan Pemilu (Bawaslu) Kota Depok menerima laporan warga.") == {"Bawaslu Kota Depok"}


def test_national_bodies_offices_in_a_region_are_that_regions_office(run):
    found = agencies(run, "Tes urine digelar BNN Propinsi Jambi, sedangkan data pemilih dicocokkan BPS Kabupaten "
                          "Sleman dan BNNK Bantul.")
    assert set(found) == {"Badan Narkotika Nasional Provinsi Jambi", "Badan Pusat Statistik Kabupaten Sleman",
                          "Badan Narkotika Nasional Kabupaten Bantul"}
    # without a region, the national body
    assert names(run, "Kepala BNN dan BPS hadir di Jakarta.") == {"Badan Narkotika Nasional", "Badan Pusat Statistik"}


def test_units_named_by_their_seat_or_their_own_name(run):
    text = ("Rapat itu dihadiri jajaran Polsek Kedungwuni, Puskesmas Rawa Lumbu, RSUD Kraton, Lanal Tegal, "
            "Lanud Adi Soemarmo, KPP Pratama Klaten dan Balai Besar POM di Semarang.")
    assert names(run, text) == {"Kepolisian Sektor Kedungwuni", "Puskesmas Rawa Lumbu",
                                "Rumah Sakit Umum Daerah Kraton",
                                "Pangkalan TNI Angkatan Laut Tegal", "Pangkalan Udara Adi Soemarmo",
                                "Kantor Pelayanan Pajak Pratama Klaten",
                                "Balai Besar Pengawas Obat dan Makanan di Semarang"}


def test_an_air_base_written_short_is_the_one_its_name_fits(run):
    assert names(run, "Personel Lanud RSN dan Lanud Halim ikut apel.") == {
        "Pangkalan Udara RSN", "Pangkalan Udara Halim Perdanakusuma"}
    assert names(run, "Kepala Dinas Personel Lanud SMH Letkol Adm Rudi hadir.") == {
        "Pangkalan Udara Sri Mulyono Herlambang"}


def test_a_prosecutors_branch_and_a_military_post_numbered_by_its_district_command(run):
    found = names(run, "Apel siaga diikuti personel Cabang Kejaksaan Negeri Tual dan Koramil 1503-02 Dullah.")
    assert found == {"Cabang Kejaksaan Negeri Tual", "Komando Rayon Militer 1503-02/Dullah"}
    found = agencies(run, "Danramil 0712-03/Tegal Kapten Inf Ari Wibowo dan Kacabjari Tual hadir.")
    assert set(found) == {"Komando Rayon Militer 0712-03/Tegal", "Cabang Kejaksaan Negeri Tual"}


def test_a_military_command_by_the_armys_short_form(run):
    assert names(run, "Apel itu dihadiri perwira Kodam III/Slw dan Kodam XVI/Ptm.") == {
        "Komando Daerah Militer III/Siliwangi", "Komando Daerah Militer XVI/Pattimura"}


def test_a_district_body_before_a_holders_name_is_the_one_named_at_its_district(run):
    text = ("Panwascam Cawas menggelar sosialisasi netralitas ASN di aula kecamatan. Anggota Panwascam Rina "
            "menyampaikan bahwa ASN dilarang berkampanye. Di tempat yang sama ketua panwascam Wulan Sari "
            "mengingatkan para kepala desa.")
    found = names(run, text)
    assert "Panwaslu Kecamatan Cawas" in found
    assert not {"Panwaslu Kecamatan Rina", "Panwaslu Kecamatan Wulan"} & found


def test_district_bodies_at_two_listed_districts_or_an_unlisted_one_alone_stay_apart(run):
    found = names(run, "Panwascam Cawas dan Panwascam Bayat memanggil dua ASN yang diduga tidak netral.")
    assert {"Panwaslu Kecamatan Cawas", "Panwaslu Kecamatan Bayat"} <= found
    found = names(run, "Panwascam Tirtamaya memanggil dua ASN yang diduga tidak netral.")
    assert "Panwaslu Kecamatan Tirtamaya" in found


def test_a_district_body_at_an_unlisted_word_with_no_title_before_it_is_another_district(run):
    text = ("Panwascam Cawas menemukan baliho calon terpasang di kantor desa. Di tempat lain, Panwascam Anyer juga "
            "menerima laporan keterlibatan ASN dalam kampanye.")
    assert {"Panwaslu Kecamatan Cawas", "Panwaslu Kecamatan Anyer"} <= names(run, text)


def test_a_regions_office_and_agency_of_one_work_are_one_body_as_the_text_tells_it(run):
    kantor = "Kantor Kesatuan Bangsa dan Politik Kabupaten Blora"
    badan = "Badan Kesatuan Bangsa dan Politik Kabupaten Blora"
    # the acronym alone stands for the office the story names
    text = ("Kantor Kesbangpol Kabupaten Blora mengundang para camat pada Pilkada 2024. Kepala Kesbangpol Kabupaten "
            "Blora Rudi Hartono meminta ASN netral.")
    assert kantor in names(run, text) and badan not in names(run, text)
    # the agency told by its own word makes the office its building
    text = "Badan Kesbangpol Kabupaten Blora meminta ASN netral dalam rapat di Kantor Kesbangpol Kabupaten Blora."
    assert badan in names(run, text) and kantor not in names(run, text)
    # another region's body stays apart
    text = "Kantor Kesbangpol Kabupaten Blora dan Kesbangpol Kabupaten Rembang meminta ASN netral."
    assert {kantor, "Badan Kesatuan Bangsa dan Politik Kabupaten Rembang"} <= names(run, text)


def test_a_misspelt_name_before_a_national_bodys_acronym_is_that_bodys_branch(run):
    text = "Badan Pengawas Pemilu Umum (Bawaslu) Kabupaten Blora menerima laporan netralitas ASN pada Pilkada 2024."
    assert names(run, text) == {"Bawaslu Kabupaten Blora"}
    text = "Badan Pengawasan Pemilihan Imum (Bawaslu) Kota Kupang memanggil dua ASN yang diduga tidak netral."
    assert names(run, text) == {"Bawaslu Kota Kupang"}
    # a regency names its own offices: its spelling stands beside the acronym
    text = "Badan Kepegawaian Sumber Daya Manusia (BKPSDM) Kabupaten Blora memeriksa dua ASN yang tidak netral."
    assert "Badan Kepegawaian Sumber Daya Manusia Kabupaten Blora" in names(run, text)


def test_an_office_over_every_body_of_a_pair_of_levels_names_none_of_them(run):
    # "Kabupaten/Kota" after the head: the office of every such government, not the story's one
    text = "Di Kota Ambon, para Kepala Bagian Pemerintahan Kabupaten/Kota se-Maluku dikumpulkan pekan lalu."
    assert not {n for n in names(run, text) if n.startswith("Pemerintah Kota")}
    text = "Di Kota Ambon, Kepala Bagian Pemerintahan Kota menyerahkan daftar pemilih."
    assert "Pemerintah Kota Ambon" in names(run, text)
