"""Officials: introduced by a title before or after the name; later short names are references."""

from __future__ import annotations


def officials(run, text, **kw):
    return {o.name: o for o in run(text, **kw).officials}


def test_title_before_the_name(run):
    found = officials(run, "Menteri PANRB Abdullah Azwar Anas membuka rapat di Jakarta.")
    anas = found["Abdullah Azwar Anas"]
    assert anas.role == "Menteri PANRB"
    assert anas.agency == "Kementerian Pendayagunaan Aparatur Negara dan Reformasi Birokrasi"


def test_title_after_the_name_with_selaku(run):
    found = officials(run, "Abdullah Azwar Anas selaku Menteri PANRB menyampaikan arahan.")
    assert found["Abdullah Azwar Anas"].role == "Menteri PANRB"


def test_title_between_commas_after_the_name(run):
    found = officials(run, "Rini Susanti, Kepala BKD Jateng, menjelaskan aturan cuti.")
    assert found["Rini Susanti"].agency == "Badan Kepegawaian Daerah Provinsi Jawa Tengah"


def test_regional_secretary_belongs_to_the_provincial_government(run):
    found = officials(run, "Sekdaprov Kaltim Yudi Prasetyo hadir dalam acara itu.")
    assert found["Yudi Prasetyo"].agency == "Pemerintah Provinsi Kalimantan Timur"


def test_head_of_a_regional_agency_in_a_quote_attribution(run):
    found = officials(run, "“Kami terus mengawasi,” kata Kepala Kesbangpol Kaltim Bambang Hermanto.")
    assert found["Bambang Hermanto"].agency == "Badan Kesatuan Bangsa dan Politik Provinsi Kalimantan Timur"


def test_acting_governor_keeps_the_interim_title_without_brackets(run):
    found = officials(run, "Penjabat (Pj) Gubernur Jawa Timur Adhy Karyono meninjau lokasi.")
    adhy = found["Adhy Karyono"]
    assert adhy.role == "Penjabat Gubernur Jawa Timur"
    assert adhy.agency == "Pemerintah Provinsi Jawa Timur"


def test_ranks_are_not_part_of_the_name(run):
    found = officials(run, "Kapolda Jateng Irjen Pol Ahmad Luthfi memimpin apel.")
    assert list(found) == ["Ahmad Luthfi"]


def test_division_names_may_stand_between_title_and_institution(run):
    text = "Koordinator Divisi Hukum dan Penanganan Pelanggaran Bawaslu Jatim Dewita Hayu menjelaskan."
    assert officials(run, text)["Dewita Hayu"].agency == "Bawaslu Provinsi Jawa Timur"


def test_later_short_references_are_the_same_person(run):
    text = ("Menteri PANRB Abdullah Azwar Anas meminta ASN netral. Anas menambahkan, ASN dilarang "
            "berfoto dengan gaya jari. \"ASN harus netral,\" ujar Azwar Anas.")
    result = run(text)
    assert [o.name for o in result.officials] == ["Abdullah Azwar Anas"]
    assert {d.actor for d in result.directives} == {"Abdullah Azwar Anas"}


def test_bylines_and_credits_are_not_officials(run):
    text = ("Ketua Bawaslu Rahmat Bagja hadir.\nPenulis: Dewi Lestari\nEditor: Agus Salim\n"
            "Foto: Humas Bawaslu")
    assert list(officials(run, text)) == ["Rahmat Bagja"]


def test_a_title_inside_a_place_name_is_no_official(run):
    assert officials(run, "Rapat digelar di Kantor Gubernur Sulsel, Makassar, Senin.") == {}


def test_a_title_without_a_name_is_no_official(run):
    assert officials(run, "Kepala BKD Sumbar menjelaskan aturan cuti bagi pegawai.") == {}


def test_people_without_office_are_not_officials(run):
    assert officials(run, "Warga bernama Siti Aminah melapor ke posko pengaduan.") == {}


def test_a_unit_name_may_carry_its_own_acronym(run):
    text = "Direktur Jenderal Otonomi Daerah (Otda) Kemendagri Akmal Malik memberi arahan."
    assert officials(run, text)["Akmal Malik"].agency == "Kementerian Dalam Negeri"


def test_mayor_title_ending_inside_a_place_name(run):
    found = officials(run, "Wali Kota Medan Bobby Nasution menegaskan aturan itu.")
    assert found["Bobby Nasution"].agency == "Pemerintah Kota Medan"


def test_initials_in_capitals_belong_to_the_name(run):
    assert "ST Burhanuddin" in officials(run, "Jaksa Agung ST Burhanuddin menghadiri rapat.")


def test_head_of_a_regional_office(run):
    found = officials(run, "Kepala Dinas Pendidikan Jatim Aries Agung Paewai meminta guru netral.")
    assert found["Aries Agung Paewai"].agency == "Dinas Pendidikan Provinsi Jawa Timur"


def test_initial_with_a_full_stop_belongs_to_the_name(run):
    assert "A. Warits" in officials(run, "Ketua Bawaslu Jatim A. Warits menegaskan hal itu.")


def test_bracketed_short_title_after_the_title(run):
    found = officials(run, "Sekretaris Jenderal (Sekjen) Kemendagri Suhajar Diantoro hadir.")
    assert found["Suhajar Diantoro"].agency == "Kementerian Dalam Negeri"


def test_assistant_of_the_regional_secretariat_belongs_to_the_regional_government(run):
    found = officials(run, "Asisten Pemerintahan Setda Kaltim Arief Murdiyatno membuka acara.")
    assert found["Arief Murdiyatno"].agency == "Pemerintah Provinsi Kalimantan Timur"


def test_long_unit_names_with_commas(run):
    text = "Plt Kepala Biro Hubungan Masyarakat, Hukum, dan Kerja Sama BKN Nanang Subandi menjelaskan."
    assert officials(run, text)["Nanang Subandi"].agency == "Badan Kepegawaian Negara"


def test_abbreviated_first_names(run):
    assert "Moch. Arifin" in officials(run, "Ketua Bawaslu Jatim Moch. Arifin menjelaskan.")


def test_a_bureau_name_is_no_office(run):
    assert officials(run, "Kepala Biro Hukum Setda Jatim Lilik Pudjiastuti hadir.")["Lilik Pudjiastuti"].agency == \
        "Pemerintah Provinsi Jawa Timur"


def test_a_headline_verb_is_not_a_name(run):
    assert officials(run, "Menteri PANRB Ingatkan ASN Jaga Netralitas") == {}


def test_a_scope_word_after_an_institution_is_no_name(run):
    text = "Pejabat itu juga Ketua Umum Dewan Pengurus Korpri Nasional, katanya di Jakarta."
    assert "Nasional" not in officials(run, text) and "nasional" not in {n.lower() for n in officials(run, text)}


# ---------------------------------------------------------------- real-news forms (issue 9)
def test_title_comma_name_without_closing_comma(run):
    found = officials(run, "Wali Kota Kediri, Rina Handayani mengatakan pegawai wajib netral.")
    assert found["Rina Handayani"].agency == "Pemerintah Kota Kediri"


def test_a_one_word_name_between_commas_after_the_title(run):
    found = officials(run, "Sekda Kabupaten Sleman, Suharto, menyampaikan isi surat edaran itu.")
    assert found["Suharto"].agency == "Pemerintah Kabupaten Sleman"


def test_a_one_word_list_item_after_the_title_is_no_name(run):
    assert officials(run, "Rapat dihadiri Bupati Gowa, Forkopimda, dan para camat.") == {}


def test_honorifics_and_degrees_around_an_apposed_name(run):
    text = "Acara dihadiri Pj Gubernur Jambi, H Sudarto, SH, MH, serta pejabat lain."
    assert officials(run, text)["Sudarto"].agency == "Pemerintah Provinsi Jambi"


def test_interim_titles_in_capitals_and_in_two_words(run):
    found = officials(run, "PJ Gubernur Papua, Andreas Wenda meminta ASN netral. Pejabat Sementara (Pjs) "
                           "Bupati Bantul Dwi Hartono hadir.")
    assert found["Andreas Wenda"].role == "PJ Gubernur Papua"
    assert found["Dwi Hartono"].role == "Pejabat Sementara Bupati Bantul"


def test_local_short_forms_of_regencies(run):
    found = officials(run, "Pj Bupati Gumas Markus Dinata dan Pjs Bupati Mahulu Yosef Lawing memimpin apel.")
    assert found["Markus Dinata"].agency == "Pemerintah Kabupaten Gunung Mas"
    assert found["Yosef Lawing"].agency == "Pemerintah Kabupaten Mahakam Ulu"


def test_more_local_short_forms_of_regencies(run):
    """Outlets far from Java name their regency by its local short form, with no level word."""
    found = officials(run, "Pj Bupati Mamteng Yulianus Tabuni dan Bupati Pegubin Petrus Kalakmabin menghadiri apel.")
    assert found["Yulianus Tabuni"].agency == "Pemerintah Kabupaten Mamberamo Tengah"
    assert found["Petrus Kalakmabin"].agency == "Pemerintah Kabupaten Pegunungan Bintang"
    found = officials(run, "Sekda Bintuni Frans Wabdaron dan Pj Bupati Asel Rahmat Hidayat membuka rapat.")
    assert found["Frans Wabdaron"].agency == "Pemerintah Kabupaten Teluk Bintuni"
    assert found["Rahmat Hidayat"].agency == "Pemerintah Kabupaten Aceh Selatan"


def test_island_regencies_named_without_kepulauan_or_pulau(run):
    for place, regency in [("Yapen", "Kepulauan Yapen"), ("Sangihe", "Kepulauan Sangihe"),
                           ("Talaud", "Kepulauan Talaud"), ("Taliabu", "Pulau Taliabu")]:
        agencies = {a.agency for a in run(f"Pemkab {place} mengumpulkan pegawai di aula.").agencies}
        assert agencies == {f"Pemerintah Kabupaten {regency}"}, place


def test_short_forms_that_are_words_name_a_regency_after_its_office(run):
    """'Tuba', 'Mitra', 'Benteng', 'Tala', 'RL' and 'OI' name a regency right after a word that takes one."""
    found = officials(run, "Pj Bupati Tuba Sri Rahayu dan Kapolres Mitra AKBP Danu Wibowo mengimbau ASN tetap netral.")
    assert found["Sri Rahayu"].agency == "Pemerintah Kabupaten Tulang Bawang"
    assert found["Danu Wibowo"].agency == "Kepolisian Resor Minahasa Tenggara"
    found = officials(run, "Ketua DPRD OI Hendra Saputra dan Wabup Benteng Yusri Anwar menghadiri rapat itu.")
    assert found["Hendra Saputra"].agency == "Dewan Perwakilan Rakyat Daerah Kabupaten Ogan Ilir"
    assert found["Yusri Anwar"].agency == "Pemerintah Kabupaten Bengkulu Tengah"
    for text, regency in [("Pemkab Tala mengumpulkan pegawai di aula.", "Tanah Laut"),
                          ("Pemerintah Kabupaten Mitra mengumpulkan pegawai di aula.", "Minahasa Tenggara"),
                          ("Sekda RL membuka rapat pegawai di aula.", "Rejang Lebong")]:
        assert {a.agency for a in run(text).agencies} == {f"Pemerintah Kabupaten {regency}"}, text


def test_a_short_form_of_two_regencies_is_the_one_of_the_province_the_text_names(run):
    """'Mura' is Musi Rawas (Sumsel) and Murung Raya (Kalteng): the province named elsewhere decides."""
    found = officials(run, "Wakil Bupati Mura Siti Aminah mengingatkan ASN di Sumsel agar netral.")
    assert found["Siti Aminah"].agency == "Pemerintah Kabupaten Musi Rawas"
    found = officials(run, "Pj Bupati Mura Yohanes Dinata mengingatkan ASN di Kalteng agar netral.")
    assert found["Yohanes Dinata"].agency == "Pemerintah Kabupaten Murung Raya"
    assert not {a.agency for a in run("Pemkab Mura mengumpulkan pegawai di aula.").agencies}


def test_short_forms_that_are_words_name_no_place_alone(doc_of):
    """The same words in their own sense, or with no office before them, are no place."""
    for text in ["Mitra kerja pemerintah daerah diminta mendukung netralitas pegawai.",
                 "Benteng pertahanan terakhir netralitas adalah pegawai itu sendiri.",
                 "Sabu-sabu ditemukan di rumah seorang pegawai honorer.",
                 "Tuba dan racun ikan dilarang dipakai nelayan.",
                 "Warga Tala dan warga Tuba datang bersama."]:
        assert not list(doc_of(text).spans["places"]), text


def test_pohuwato_is_spelt_as_the_regency_spells_it(run):
    found = officials(run, "Bupati Pohuwato Yusuf Mbuinga mengingatkan pegawai agar netral.")
    assert found["Yusuf Mbuinga"].agency == "Pemerintah Kabupaten Pohuwato"


def test_a_short_form_names_the_regional_institution_too(run):
    agencies = {a.agency for a in run("Pemkab Barsel mengumpulkan pegawai di aula.").agencies}
    assert agencies == {"Pemerintah Kabupaten Barito Selatan"}


def test_an_institution_and_its_short_form_joined_by_atau(run):
    text = "Ketua Badan Pengawas Pemilu atau Bawaslu Kabupaten Gunung Mas, Yulius Ardi menjelaskan aturan."
    assert officials(run, text)["Yulius Ardi"].agency == "Bawaslu Kabupaten Gunung Mas"


def test_lower_case_head_in_a_quote_attribution(run):
    found = officials(run, "“ASN harus netral,” kata anggota Bawaslu Rudi Hartono di Jakarta.")
    assert found["Rudi Hartono"].agency == "Badan Pengawas Pemilihan Umum"


def test_a_name_in_brackets_after_the_title(run):
    found = officials(run, "Ia meminta Sekda Provinsi Jambi (Sukandar) mengawasi pegawai.")
    assert found["Sukandar"].agency == "Pemerintah Provinsi Jambi"


def test_an_acronym_in_brackets_after_the_title_is_no_name(run):
    found = officials(run, "Bupati Mahakam Ulu (Mahulu) Yosef Lawing membuka rapat.")
    assert list(found) == ["Yosef Lawing"]


def test_a_title_in_brackets_after_the_name(run):
    found = officials(run, "Menurut Pak Darmo (Ketua Bawaslu Kota Madiun) ada dua laporan.")
    assert found["Darmo"].agency == "Bawaslu Kota Madiun"  # the honorific is no part of the name


def test_a_title_without_its_region_takes_the_one_region_of_the_story(run):
    text = "Pemkab Banyumas menggelar apel netralitas. “Kami netral,” kata Bupati Husein di pendopo."
    assert officials(run, text)["Husein"].agency == "Pemerintah Kabupaten Banyumas"


def test_a_title_without_its_region_in_a_story_on_two_regions_is_no_official(run):
    text = "Pemkab Banyumas dan Pemkab Cilacap menggelar apel. “Kami netral,” kata Bupati Husein."
    assert officials(run, text) == {}


def test_city_secretary(run):
    found = officials(run, "Sekretaris Kota Batam Rudi Santoso meminta ASN bersikap netral.")
    assert found["Rudi Santoso"].agency == "Pemerintah Kota Batam"


def test_secretariat_post_followed_by_a_region_with_its_level_word(run):
    text = "Asisten Perekonomian dan Pembangunan Provinsi Jawa Timur Siti Rahma membuka sosialisasi."
    assert officials(run, text)["Siti Rahma"].agency == "Pemerintah Provinsi Jawa Timur"


def test_two_offices_joined_by_sekaligus_keep_the_first(run):
    text = "Hadir pula Kepala BKD Jatim sekaligus mantan Pj Bupati Probolinggo, Ahmad Fauzi."
    assert officials(run, text)["Ahmad Fauzi"].agency == "Badan Kepegawaian Daerah Provinsi Jawa Timur"


def test_a_unit_after_the_institution_is_skipped_up_to_the_rank(run):
    text = "Arahan itu disampaikan Staf Ahli Kemendagri Bidang Hukum dan Kesatuan Irjen Pol Bambang Sutejo."
    assert list(officials(run, text)) == ["Bambang Sutejo"]


def test_a_unit_after_the_institution_without_a_rank_gives_no_name(run):
    assert officials(run, "Hadir Staf Ahli Kemendagri Bidang Hukum dan Kesatuan Bangsa dalam rapat.") == {}


def test_a_unit_after_the_institution_ends_where_its_vocabulary_ends(run):
    text = "Deputi BKN Bidang Pengawasan dan Pengendalian Kepegawaian Rudi Hartanto menjelaskan tiga larangan bagi ASN."
    assert {o.name: o.agency for o in officials(run, text).values()} == {"Rudi Hartanto": "Badan Kepegawaian Negara"}
    # one word left after the unit is no name: it may be the unit's own last word
    assert officials(run, "Deputi BKN Bidang Pengawasan dan Pengendalian Organisasi menjelaskan larangan.") == {}


def test_a_one_word_holder_after_a_unit_is_closed_by_a_comma(run):
    text = "Staf Ahli Gubernur Aceh Bidang Keistimewaan Hasnawi, menyebut ASN wajib netral."
    assert {o.name: o.agency for o in officials(run, text).values()} == {"Hasnawi": "Pemerintah Aceh"}


def test_an_advisers_unit_may_list_its_fields_with_commas_and_be_written_in_lower_case(run):
    text = ("Pemkab Solok menggelar apel. Staf Ahli Bupati Bidang Pemerintahan, Hukum dan Politik Yusran, "
            "membacakan arahan. Asisten Sekda bidang Ekbang Marlisa, Inspektur Desi Ayu dan camat hadir.")
    found = officials(run, text)
    assert set(found) == {"Yusran", "Marlisa", "Desi Ayu"}
    assert found["Yusran"].role == "Staf Ahli Bupati"
    assert found["Marlisa"].agency == "Pemerintah Kabupaten Solok"


def test_an_adviser_is_not_the_head_they_advise(run):
    found = officials(run, "Staf Ahli Bupati Sleman Bidang Hukum Wahyu Hidayat membuka sosialisasi.")
    assert found["Wahyu Hidayat"].role == "Staf Ahli Bupati Sleman"


def test_the_home_affairs_field_is_part_of_the_unit_not_the_name(run):
    found = officials(run, "Kepala Bidang Politik Dalam Negeri Rosita Dewi, melaporkan jumlah peserta.")
    assert list(found) == ["Rosita Dewi"]


def test_a_post_between_commas_after_the_institution(run):
    text = "Pimpinan Bawaslu Boltim, Kordiv Hukum dan Humas, Yusran Pontoh menegaskan ASN wajib netral."
    assert {o.name: o.agency for o in officials(run, text).values()} == {
        "Yusran Pontoh": "Bawaslu Kabupaten Bolaang Mongondow Timur"}


def test_another_holder_of_the_same_office(run):
    text = "Hadir pula Komisioner Bawaslu Sulsel lainnya, Andi Rahman, yang mengingatkan ASN."
    assert officials(run, text)["Andi Rahman"].agency == "Bawaslu Provinsi Sulawesi Selatan"


def test_two_offices_of_one_institution_and_their_two_holders(run):
    text = "Senam itu diikuti Kepala dan Sekretaris Disdikbud Lampung, Rina Kartika dan Budi Santoso Wijaya."
    found = officials(run, text)
    assert {n: (o.role, o.agency) for n, o in found.items()} == {
        "Rina Kartika": ("Kepala Disdikbud Lampung", "Dinas Pendidikan dan Kebudayaan Provinsi Lampung"),
        "Budi Santoso Wijaya": ("Sekretaris Disdikbud Lampung", "Dinas Pendidikan dan Kebudayaan Provinsi Lampung")}


def test_a_name_with_its_initials_in_brackets_is_no_place(run):
    text = ("Bawaslu Banten melaporkan Kepala Dinas Perindustrian dan Perdagangan Babar Suharso (BS) ke KASN. "
            "Penjabat Gubernur Nusa Tenggara Barat (NTB) Hassanudin hadir.")
    found = run(text)
    assert {o.name: o.agency for o in found.officials} == {
        "Babar Suharso": "Dinas Perindustrian dan Perdagangan Provinsi Banten",
        "Hassanudin": "Pemerintah Provinsi Nusa Tenggara Barat"}
    assert not any("Bangka Barat" in a.agency for a in found.agencies)


def test_a_regional_office_named_with_its_government(run):
    text = "Kepala Bappeda Pemkot Bandarlampung Hendra Saputra dilaporkan karena tidak netral."
    assert officials(run, text)["Hendra Saputra"].agency == "Badan Perencanaan Pembangunan Daerah Kota Bandar Lampung"


def test_a_numbered_district_ends_at_its_number(run):
    text = "Sekretaris Camat Ilir Timur II Rudi Hartono menerima tim. Camat Kuta I Nyoman Sudira meminta ASN netral."
    found = officials(run, text)
    assert set(found) == {"Rudi Hartono", "I Nyoman Sudira"}
    assert found["Rudi Hartono"].agency == "Kecamatan Ilir Timur II"


def test_an_office_building_in_lower_case_is_a_venue(run):
    text = "Tim itu mendatangi kantor Camat Ilir Timur II Palembang, lalu kantor Lurah Talang Jambe pada Kamis."
    assert officials(run, text) == {}


def test_a_unit_name_listing_with_commas_before_the_name(run):
    text = ("Komisioner Bawaslu Kudus Divisi Penanganan Pelanggaran, Data, dan Informasi, Arif Budiman, "
            "mengatakan ASN itu berfoto dengan calon.")
    assert officials(run, text)["Arif Budiman"].agency == "Bawaslu Kabupaten Kudus"


def test_an_interim_head_named_by_the_interim_word_and_the_institution(run):
    text = "\u201cKami menggandeng Dinas Kominfo,\u201d ungkap Plt Kesbangpol Bungo, Zainal Arifin. ASN wajib netral."
    found = officials(run, text)
    assert found["Zainal Arifin"].agency == "Badan Kesatuan Bangsa dan Politik Kabupaten Bungo"
    assert found["Zainal Arifin"].role == "Plt Kesbangpol Bungo"


def test_a_name_before_the_office_it_was_appointed_to(run):
    text = "Dalam acara itu Ketut Sukra Wijaya dikukuhkan sebagai Pjs. Bupati Jembrana oleh gubernur."
    assert officials(run, text)["Ketut Sukra Wijaya"].agency == "Pemerintah Kabupaten Jembrana"
    text = "Gubernur melantik Rober Christanto menjadi Bupati Karanganyar pada Senin."
    assert officials(run, text)["Rober Christanto"].agency == "Pemerintah Kabupaten Karanganyar"


def test_the_national_seat_after_an_institution(run):
    text = "Hal itu dikatakan Kepala BKN Pusat, Bima Haria Wibisana kepada wartawan."
    assert officials(run, text)["Bima Haria Wibisana"].agency == "Badan Kepegawaian Negara"


def test_a_name_that_opens_with_a_place_name_but_not_an_apposed_province(run):
    text = "Hadir pula Kepala BKN, Bima Aditya Nugraha bersama pejabat lain."
    assert list(officials(run, text)) == ["Bima Aditya Nugraha"]
    text = "Penjabat Bupati Tapanuli Tengah (Tapteng), Sumatera Utara Dr. Sugeng Riyanta melarang ASN berpolitik."
    assert not any(name.startswith("Sumatera") for name in officials(run, text))


def test_the_head_of_a_unit_of_a_body_named_without_its_region(run):
    text = ("Didampingi Kepala Bidang Politik Dalam Negeri Kesbangpol, Rina Marlina, bupati meminta ASN netral. "
            "Pemkab Kutai Kartanegara menggelar apel.")
    kesbangpol = "Badan Kesatuan Bangsa dan Politik Kabupaten Kutai Kartanegara"
    assert officials(run, text)["Rina Marlina"].agency == kesbangpol


def test_an_army_rank_with_its_force_before_the_name(run):
    found = run("Hadir Dandim 1006/Banjar, Letkol TNI Zulkifli Sembiring, dalam rapat netralitas ASN.")
    assert {o.name: o.agency for o in found.officials} == {
        "Zulkifli Sembiring": "Komando Distrik Militer 1006/Banjar"}
    assert "Tentara Nasional Indonesia" not in {a.agency for a in found.agencies}


def test_units_listed_after_an_office_are_no_name(run):
    text = ("Satgas itu diisi unsur Pemkot Kupang, di antaranya Penjabat Sekda, Bagian Hukum, Bagian Pemerintahan, "
            "Inspektorat dan BKD.")
    assert officials(run, text) == {}


def test_a_functional_post_with_its_institution(run):
    text = "Analis Kebijakan Ahli Madya BKN Andi Saputra mengatakan ASN dilarang berkampanye."
    assert {o.name: o.agency for o in officials(run, text).values()} == {"Andi Saputra": "Badan Kepegawaian Negara"}


def test_a_regency_by_its_short_name_after_the_islands_word(run):
    text = "Penjabat Bupati Kepulauan Sitaro Ir. Joi Oroh, M.Si mengingatkan ASN agar netral."
    assert {o.name: o.agency for o in officials(run, text).values()} == {
        "Joi Oroh": "Pemerintah Kabupaten Kepulauan Siau Tagulandang Biaro"}


def test_a_regional_title_inside_a_national_body(run):
    text = "Plt Inspektur Wilayah III Bawaslu RI Sutrisno mengatakan pengawasan ASN diperketat. Kaltim siap."
    found = officials(run, text)
    assert found["Sutrisno"].agency == "Badan Pengawas Pemilihan Umum"
    assert found["Sutrisno"].role == "Plt Inspektur Wilayah III Bawaslu RI"


def test_capital_initials_closing_a_name_but_not_degrees(run):
    found = officials(run, "Menkopolhukam Mahfud MD hadir. Ketua Bawaslu Jabar Zaki Hilmi MH mengatakan itu.")
    assert set(found) == {"Mahfud MD", "Zaki Hilmi"}


def test_corps_and_retirement_after_a_rank(run):
    found = officials(run, "Pj Bupati Sleman Kolonel Inf Budi Santoso dan Pj Gubernur Papua Mayjen TNI (Purn) "
                           "Yan Mandacan hadir.")
    assert set(found) == {"Budi Santoso", "Yan Mandacan"}


def test_navy_and_spelt_out_ranks_before_the_name(run):
    found = officials(run, "Danlanal Palembang Kolonel Laut (P) Sandy Kurniawan, Kabinda Sumsel Marsma TNI Adi Nugroho "
                           "dan Kapolres Pati Ajun Komisaris Besar Polisi Budi Hartono hadir.")
    assert set(found) == {"Sandy Kurniawan", "Adi Nugroho", "Budi Hartono"}
    assert found["Sandy Kurniawan"].agency == "Pangkalan TNI Angkatan Laut Palembang"
    assert found["Adi Nugroho"].agency == "Badan Intelijen Negara Daerah Sumatera Selatan"


def test_a_full_stop_after_a_ranks_corps(run):
    found = officials(run, "Hadir Dandim 0302/Inhu Kapten Inf. Legimin dan Danrem 031 Kolonel Arh. Budi Santoso.")
    assert set(found) == {"Legimin", "Budi Santoso"}


def test_a_regional_title_in_lower_case_needs_its_region_written(run):
    found = officials(run, "Acara dihadiri wali kota Manado GS Vicky Lumentut dan para bupati Budi Hartono.")
    assert {n: o.agency for n, o in found.items()} == {"GS Vicky Lumentut": "Pemerintah Kota Manado"}


def test_a_name_ends_before_a_word_the_story_writes_in_lower_case(run):
    text = "Anggota Bawaslu Kota Bengkulu, Leka Yunita Sari Kegiatan kegiatan sosialisasi digelar di aula."
    assert list(officials(run, text)) == ["Leka Yunita Sari"]


def test_the_republic_named_in_full_after_a_national_body_with_its_acronym(run):
    text = "Anggota Badan Pengawas Pemilihan Umum Republik Indonesia (Bawaslu RI), Fritz Edward Siregar, hadir."
    assert officials(run, text)["Fritz Edward Siregar"].agency == "Badan Pengawas Pemilihan Umum"


def test_a_bureau_head_by_his_short_title_and_a_coordinators_post_between_commas(run):
    found = officials(run, "Kabiro Hukum Kemendagri, Raden Gani Muhammad, hadir. Pimpinan Bawaslu Sulsel, Koordinator "
                           "Divisi Penindakan Pelanggaran, Azry Yusuf mengingatkan ASN.")
    assert {n: o.agency for n, o in found.items()} == {"Raden Gani Muhammad": "Kementerian Dalam Negeri",
                                                        "Azry Yusuf": "Bawaslu Provinsi Sulawesi Selatan"}


def test_a_name_before_its_title_in_a_numbered_list(run):
    text = ("Mereka antara lain: 1. Emil Elistianto Dardak Bupati Trenggalek yang maju. "
            "2. Syahri Mulyo Bupati Tulungagung.")
    assert list(officials(run, text)) == ["Emil Elistianto Dardak", "Syahri Mulyo"]
    assert officials(run, "Hadir pula Syahri Mulyo Bupati Tulungagung.") == {}


def test_permai_ends_a_place_not_opens_a_name(run):
    found = officials(run, "Bawaslu memeriksa Lurah Kemiling Permai Wanjaya yang berfoto dengan calon.")
    assert {n: o.agency for n, o in found.items()} == {"Wanjaya": "Kelurahan Kemiling Permai"}


def test_a_deputy_head_of_a_prosecutors_office_belongs_to_it(run):
    found = officials(run, "Wakajati Sumsel Herry Pribadi hadir bersama Wakajari Pati Rina Kartika.")
    assert found["Herry Pribadi"].agency == "Kejaksaan Tinggi Sumatera Selatan"
    assert found["Rina Kartika"].agency == "Kejaksaan Negeri Pati"


def test_an_office_in_a_document_name_introduces_nobody_but_names_the_institution(run):
    result = run("Aturannya ada dalam Surat Edaran Menpan RB, Surat Edaran Mendagri.")
    assert result.officials == []
    assert "Kementerian Pendayagunaan Aparatur Negara dan Reformasi Birokrasi" in {a.agency for a in result.agencies}


def test_a_title_guessed_from_the_story_names_no_institution_without_a_holder(run):
    text = "Bawaslu Kabupaten Manokwari memantau ASN. Sanksi diberikan oleh Bupati sebagai pembina kepegawaian."
    assert "Pemerintah Kabupaten Manokwari" not in {a.agency for a in run(text).agencies}


def test_head_of_a_numbered_military_unit_with_a_stray_full_stop_after_the_rank(run):
    found = officials(run, "Dandim 0812/Lamongan Letkol. Inf Bagus Wiratama meminta prajurit tetap netral.")
    bagus = found["Bagus Wiratama"]
    assert bagus.role == "Dandim 0812/Lamongan"
    assert bagus.agency == "Komando Distrik Militer 0812/Lamongan"


def test_secretary_of_the_regional_parliament_heads_its_secretariat(run):
    found = officials(run, "Sekwan Kaltara Rudi Hartono membuka sosialisasi netralitas ASN di Tarakan.")
    assert found["Rudi Hartono"].agency == "Sekretariat DPRD Provinsi Kalimantan Utara"


def test_regional_title_with_its_level_word_but_no_region_takes_the_story_region(run):
    text = ("Pemkot Kendari menggelar apel netralitas ASN. Sekretaris Daerah Kota Nur Salam Lada "
            "meminta pegawai menjauhi politik praktis.")
    assert officials(run, text)["Nur Salam Lada"].agency == "Pemerintah Kota Kendari"


def test_heads_of_districts_villages_and_police_sectors_name_their_place(run):
    found = officials(run, "Camat Tanjung Selor, Rahmat Hidayat, mengaku hadir di acara kampanye itu.")
    assert found["Rahmat Hidayat"].agency == "Kecamatan Tanjung Selor"
    found = officials(run, "Kapolsek Sukajadi AKP Dodi Irawan mengamankan lokasi.")
    assert found["Dodi Irawan"].agency == "Kepolisian Sektor Sukajadi"
    found = officials(run, "Kades Mekarwangi Ujang Sutisna dipanggil Bawaslu.")
    assert found["Ujang Sutisna"].agency == "Desa Mekarwangi"


def test_an_unnamed_district_head_or_a_list_after_the_title_makes_no_official(run):
    assert not officials(run, "Camat Sukasari, Kepala Puskesmas dan Kapolsek hadir dalam rapat.")
    assert not officials(run, "Para camat diminta mengawasi ASN.")


def test_short_titles_of_regional_office_heads(run):
    found = officials(run, "Kadisdik Sumbar Barlius menerbitkan edaran soal netralitas guru.")
    assert found["Barlius"].agency == "Dinas Pendidikan Provinsi Sumatera Barat"


def test_a_province_after_a_national_institution_is_the_unit_seat_not_the_name(run):
    found = officials(run, "Kepala Kantor Regional VI BKN Sumatera Barat Ahmad Fauzi menjelaskan aturan itu.")
    assert "Ahmad Fauzi" in found


def test_a_bracketed_short_title_after_a_full_title_adds_no_person(run):
    found = officials(run, "Sekretaris Daerah Provinsi Riau (Sekda Riau) Indra Gunawan membuka acara.")
    assert list(found) == ["Indra Gunawan"]


def test_offices_listed_after_a_contest_word_are_contested_not_held(run):
    found = run("ASN diminta netral pada Pemilihan Bupati dan Wakil Bupati Kutai Barat maupun Pemilihan Gubernur.")
    assert not found.officials
    assert "Pemerintah Kabupaten Kutai Barat" not in {a.agency for a in found.agencies}


def test_a_former_office_makes_no_official(run):
    found = run("Calon wakilnya adalah mantan Wali Kota Madiun Bambang Irianto.")
    assert not found.officials and not found.agencies


def test_a_post_inside_the_institution_between_it_and_the_name(run):
    found = officials(run, "Anggota Bawaslu Riau Koordinator Divisi Hukum dan Data, Indra Jaya, menerima laporan itu.")
    assert found["Indra Jaya"].agency == "Bawaslu Provinsi Riau"


def test_a_line_break_inside_a_title(run):
    found = officials(run, "Anggota Komisi B \nDPRD Jateng Rudi Santoso meminta ASN netral.")
    assert found["Rudi Santoso"].agency == "Dewan Perwakilan Rakyat Daerah Provinsi Jawa Tengah"


def test_more_security_and_supervision_titles(run):
    found = officials(run, "Kasal Laksamana TNI Ali Wibowo dan Kapolda Metro Jaya Irjen Pol Suryo Nugroho hadir. "
                           "Inspektur Daerah Kabupaten Blora Rina Astuti mencatat laporan.")
    assert found["Ali Wibowo"].agency == "Tentara Nasional Indonesia Angkatan Laut"
    assert found["Suryo Nugroho"].agency == "Kepolisian Daerah Metro Jaya"
    assert found["Rina Astuti"].agency == "Inspektorat Daerah Kabupaten Blora"


def test_a_national_body_s_representative_office_before_its_province(run):
    found = officials(run, "Kepala Ombudsman RI Perwakilan Sumatera Barat Yefri Heriani menerima aduan.")
    assert "Yefri Heriani" in found


def test_a_regional_office_with_a_longer_field_than_a_known_kind(run):
    found = officials(run, "Kepala Dinas Pendidikan dan Kebudayaan Kabupaten Rembang Nuryanto meminta guru netral.")
    assert found["Nuryanto"].agency == "Dinas Pendidikan dan Kebudayaan Kabupaten Rembang"


def test_an_office_someone_runs_for_is_not_held(run):
    found = run("Ia pernah mencalonkan diri sebagai Bupati Tapanuli Utara dan kini bertarung pada Wali Kota Medan.")
    assert not found.officials and not found.agencies


def test_term_of_office_and_parliamentary_group_before_the_name(run):
    found = officials(run, "Anggota DPRD Jatim Fraksi PDI Perjuangan Sri Untari meminta ASN netral. "
                           "Ketua Bawaslu Kabupaten Blitar periode 2023-2028 Hakam Sholahuddin hadir.")
    assert found["Sri Untari"].agency == "Dewan Perwakilan Rakyat Daerah Provinsi Jawa Timur"
    assert found["Hakam Sholahuddin"].agency == "Bawaslu Kabupaten Blitar"


def test_longer_appositions_before_a_title(run):
    found = officials(run, "Budi Santoso yang merupakan Kepala BKD Kota Malang menjelaskan aturan itu.")
    assert found["Budi Santoso"].agency == "Badan Kepegawaian Daerah Kota Malang"


def test_an_office_with_a_term_that_ended_before_the_story_is_former(run):
    text = ("Pada Pilkada 2024 ini, Rudi Hartono yang menjabat sebagai Bupati Kendal periode 2016-2021 "
            "kembali mencalonkan diri.")
    assert not officials(run, text)


def test_short_unit_head_titles_and_junior_ranks(run):
    found = officials(run, "Kasubag Humas Polres Pati Iptu Suharto menjelaskan pengamanan. "
                           "Sekretaris Dinas Kesehatan Kota Solo Widya Astuti hadir.")
    assert found["Suharto"].agency == "Kepolisian Resor Pati"
    assert found["Widya Astuti"].agency == "Dinas Kesehatan Kota Surakarta"


def test_a_name_before_menjabat_sebagai_with_adverbs_between(run):
    found = officials(run, "Hingga kini Yohanes Palit juga masih menjabat sebagai Wakil Bupati Sikka.")
    assert found["Yohanes Palit"].agency == "Pemerintah Kabupaten Sikka"


def test_running_mates_and_prospective_candidates_hold_no_office(run):
    assert not officials(run, "Bakal Bupati Demak Eko Susilo mendaftar ke KPU bersama pasangannya.")


def test_a_unit_name_ends_where_a_regional_name_opens(run):
    found = officials(run, "Anggota KPU Provinsi Bali Divisi Teknis I Gede John Darmawan menjelaskan tahapan.")
    assert found["I Gede John Darmawan"].agency == "Komisi Pemilihan Umum Provinsi Bali"


def test_two_words_run_together_are_no_name(run):
    found = officials(run, "Kata Sekda Kalbar Harisson kemarin. Hal itu diulang Sekda HarissonSelain dalam rapat.")
    assert list(found) == ["Harisson"]


def test_a_province_apposed_to_the_regency_before_the_name(run):
    found = officials(run, "Pj Bupati Sampang, Jawa Timur, Rudi Hartono, meminta ASN netral.")
    assert found["Rudi Hartono"].agency == "Pemerintah Kabupaten Sampang"


def test_a_faction_named_with_its_party_in_full_before_the_name(run):
    found = officials(run, "Anggota Komisi II DPR dari Fraksi Partai Amanat Nasional (PAN) Dedi Kurnia menyoroti ASN.")
    assert found["Dedi Kurnia"].agency == "Dewan Perwakilan Rakyat Republik Indonesia"


def test_the_body_an_office_sits_in_between_title_and_name(run):
    found = officials(run, "Kepala Badan Kepegawaian Daerah (BKD) Setda Maluku, Yohana Latuheru, membenarkan hal itu.")
    assert "Yohana Latuheru" in found


def test_a_title_never_runs_into_the_next_persons_title(run):
    text = ("Wali Kota Balikpapan Rahmad Mas'ud membuka acara. Hadir Kepala Diskominfo Budi Santoso, "
            "Kepala DP3AKB Sri Wahyuni, dan Kepala BKPSDM Agus Salim.")
    found = officials(run, text)
    assert found["Budi Santoso"].agency == "Dinas Komunikasi dan Informatika Kota Balikpapan"
    assert found["Agus Salim"].role == "Kepala BKPSDM"


def test_the_head_of_a_body_with_a_generic_name_is_in_the_region_the_story_is_about(run):
    text = "Bupati Langkat Syah Afandin membuka apel di Kabupaten Langkat. Hadir Kepala BKD Eka Syahputra Depari."
    assert officials(run, text)["Eka Syahputra Depari"].agency == "Badan Kepegawaian Daerah Kabupaten Langkat"
    # the body alone, without a holder, is the generic one
    assert "Badan Kepegawaian Daerah" in {a.agency for a in run("Bupati Langkat meminta BKD memeriksa ASN.").agencies}


def test_a_two_word_city_written_as_one_is_a_place_not_a_name(run):
    found = officials(run, "Hal itu disampaikan Ketua Bawaslu Bandarlampung, Rina Aprilia, kepada wartawan.")
    assert list(found) == ["Rina Aprilia"]
    assert found["Rina Aprilia"].agency == "Bawaslu Kota Bandar Lampung"


def test_a_level_word_is_never_a_name(run):
    assert officials(run, "Rapat diikuti para Ketua Bawaslu Tingkat Provinsi dan Kabupaten/Kota.") == {}


def test_spaces_run_together_inside_a_line_change_nothing(run):
    found = officials(run, "Sekretaris Daerah  (Sekda) Provinsi Bali Ketut Sudarsana menekankan netralitas ASN.")
    assert found["Ketut Sudarsana"].agency == "Pemerintah Provinsi Bali"


def test_degrees_mark_a_name_written_before_its_title(run):
    found = officials(run, "Sutrisno, S.Sos., M.Si Penjabat Bupati Pamekasan mengatakan ASN harus netral.")
    assert found["Sutrisno"].agency == "Pemerintah Kabupaten Pamekasan"


def test_regional_and_religious_honorifics_are_not_the_name(run):
    found = officials(run, "Wakil Bupati Loteng, HL Ahmad Fauzi mengatakan agar ASN tidak ikut politik praktis.")
    assert "Ahmad Fauzi" in found
    found = officials(run, "Menteri Agama RI Gus Hanif meminta ASN Kemenag netral.")
    assert found["Hanif"].agency == "Kementerian Agama"


def test_an_office_named_without_holder_is_held_by_the_person_quoted_next(run):
    text = ("Hal ini disampaikan oleh Pj Gubernur Jawa Tengah saat melantik ASN.\n"
            "\"Seluruh ASN harus netral. Tidak boleh berkampanye,\" kata Rudi Santoso dalam keterangan tertulis.")
    found = officials(run, text)
    assert found["Rudi Santoso"].agency == "Pemerintah Provinsi Jawa Tengah"


def test_a_person_quoted_with_an_introduction_of_their_own_holds_no_office(run):
    text = ("Bupati Gowa meminta ASN netral.\n"
            "\"Kami setuju,\" kata Ahmad Yani, warga Sungguminasa.")
    assert officials(run, text) == {}
    assert officials(run, "Anggota DPRD Jatim hadir. \"Netral,\" kata Budi Hartono kepada wartawan.") == {}


def test_a_units_seat_after_its_title_is_no_name(run):
    found = officials(run, "Kepala BKN Bima Haria Wibisana melantik Kepala Kantor Regional BKN Manado yang baru.")
    assert list(found) == ["Bima Haria Wibisana"]


def test_a_regional_office_placed_with_di_before_the_name(run):
    text = ("Kabid Mutasi Badan Kepegawaian Negara (BKN) Kantor Regional II di Surabaya Sri Wulandari mengatakan "
            "ASN harus netral.")
    assert officials(run, text)["Sri Wulandari"].agency == "Badan Kepegawaian Negara"


def test_an_office_named_by_its_field_without_a_region_is_in_the_one_region_of_the_story(run):
    text = "Bupati Sleman membuka acara itu. Kepala Dinas Perindustrian, Rina Handayani, ikut hadir."
    assert officials(run, text)["Rina Handayani"].agency == "Dinas Perindustrian Kabupaten Sleman"
    two = "Bupati Sleman dan Wali Kota Yogyakarta hadir. Kepala Dinas Perindustrian, Rina Handayani, ikut hadir."
    found = run(two)
    assert [(o.name, o.role, o.agency) for o in found.officials if o.name == "Rina Handayani"] == [
        ("Rina Handayani", "Kepala Dinas Perindustrian", None)]  # whose office it is, no one can tell
    assert not any(a.agency.startswith("Dinas Perindustrian") for a in found.agencies)
    run_on = run("Bupati Sleman hadir. Kepala Dinas Pertanian Agus Salim menyambut.")
    assert not any("Agus" in a.agency for a in run_on.agencies)  # no comma: where the field ends is unknown


def test_diskominfo_with_statistics_is_its_own_office(run):
    text = "Bupati Blitar hadir. Kepala Diskominfotik Kabupaten Blitar, Mujianto, menegaskan ASN netral."
    found = officials(run, text)
    assert found["Mujianto"].agency == "Dinas Komunikasi, Informatika dan Statistik Kabupaten Blitar"


def test_a_bracketed_name_may_carry_its_degrees(run):
    text = "Ikrar dibacakan Kepala Kesbangpol Kabupaten Buleleng (I Made Sukerta, S.Sos, M.Si) di aula."
    found = officials(run, text)
    assert found["I Made Sukerta"].agency == "Badan Kesatuan Bangsa dan Politik Kabupaten Buleleng"


def test_a_stray_mark_of_a_misdecoded_space_is_not_part_of_a_name(run):
    found = officials(run, "“Saya Rina HandayaniÂ selaku Pj Bupati Sleman meminta ASN netral,” katanya.")
    assert list(found) == ["Rina Handayani"]


def test_a_speaker_named_right_before_the_office(run):
    text = "“ASN jangan ikut kampanye,” ujar Hasanudin Ketua Bawaslu Provinsi Jambi usai rapat."
    assert officials(run, text)["Hasanudin"].agency == "Bawaslu Provinsi Jambi"
    assert "Hasanudin" in officials(run, "“ASN harus netral,” kata Hasanudin, Ketua Bawaslu Provinsi Jambi.")


def test_degrees_in_the_usual_shape_mark_a_single_name(run):
    text = "Ketua Panwaslih Aceh Utara, Marzuki, M.SM, menegaskan bahwa ASN wajib netral."
    assert list(officials(run, text)) == ["Marzuki"]


def test_haji_as_written_in_sumatra_and_professor_in_full_are_honorifics(run):
    text = "Kepala Badan Kesbangpol, Hi. Rahmat Hidayat, hadir. Ketua KASN Profesor Dedi Kurnia menjawab."
    found = officials(run, text)
    assert set(found) == {"Rahmat Hidayat", "Dedi Kurnia"}


def test_a_province_written_short_with_a_full_stop(run):
    found = officials(run, "Kepala Satpol PP Prov. Kalteng Yohanes Sangkai menandatangani pakta integritas.")
    assert found["Yohanes Sangkai"].agency == "Satuan Polisi Pamong Praja Provinsi Kalimantan Tengah"


def test_frequent_misspellings_of_titles(run):
    assert officials(run, "Pj Gubenur Jateng, Nana Sudjana, meminta ASN netral.")["Nana Sudjana"].agency == \
        "Pemerintah Provinsi Jawa Tengah"
    text = "Apel dipimpin Sekertaris Daerah Kabupaten Sampang Yuliadi Setiawan."
    assert officials(run, text)["Yuliadi Setiawan"].agency == "Pemerintah Kabupaten Sampang"
    assert "Fahrul Rozi" in officials(run, "Hal itu dikatakan Pimpinan Panwaslu Kota Jambi, Fahrul Rozi, di Jambi.")


def test_a_regional_unit_of_a_national_body_has_its_seat_before_the_name(run):
    found = officials(run, "Kepala Kantor Regional VI BKN Medan Ida Wahyuni meminta PNS netral.")
    assert list(found) == ["Ida Wahyuni"]
    assert list(officials(run, "Kepala BKN Bima Haria Wibisana meminta PNS netral.")) == ["Bima Haria Wibisana"]


def test_planning_agencies_merged_with_research(run):
    found = officials(run, "Kepala Bappedalitbang Prov. Kalteng Leonard Ampung meminta ASN netral.")
    assert found["Leonard Ampung"].agency == \
        "Badan Perencanaan Pembangunan Daerah, Penelitian dan Pengembangan Provinsi Kalimantan Tengah"


def test_a_one_word_name_closing_a_speakers_tag(run):
    assert list(officials(run, "ASN dilarang ikut kampanye, terang Ketua Panwaslu Lamteng, Harmono.")) == ["Harmono"]
    assert officials(run, "Rapat dihadiri Bupati Sleman, Kapolres, Dandim.") == {}


def test_a_one_word_name_closing_the_sentence_is_a_name_the_story_never_writes_in_lower_case(run):
    text = "Apel dipimpin Kepala Dinas Pemberdayaan Masyarakat dan Desa Kabupaten Bangka, Yuliswan. Ikrar dibacakan."
    assert list(officials(run, text)) == ["Yuliswan"]
    # a word the story also writes in lower case is a word, not a name
    text = "Rapat itu dipimpin Kepala Dinas Pendidikan Kabupaten Bangka, Pembina. Seorang pembina hadir."
    assert officials(run, text) == {}


def test_a_one_word_name_before_selaku(run):
    found = officials(run, "Faridi selaku Ketua Bawaslu Kota Serang mengatakan ASN harus netral.")
    assert found["Faridi"].agency == "Bawaslu Kota Serang"
    assert officials(run, "Ia selaku Ketua Bawaslu Kota Serang mengatakan ASN harus netral.") == {}


def test_degrees_run_together_by_a_comma(run):
    found = officials(run, "Bupati didampingi Pj Sekda Bener Meriah, Armansyah, SE.,M.Si, serta pejabat lain.")
    assert list(found) == ["Armansyah"]


def test_the_seat_of_a_regional_representative_may_carry_its_acronym(run):
    text = "Kepala Ombudsman RI Perwakilan Kalimantan Utara (Kaltara), Maria Ulfa, mengingatkan ASN."
    assert list(officials(run, text)) == ["Maria Ulfa"]


def test_a_regional_office_numbered_in_digits(run):
    text = "ASN harus netral, kata Kepala Kanreg 1 BKN, Paulus Dwi Laksono, saat memberi materi."
    assert officials(run, text)["Paulus Dwi Laksono"].agency == "Badan Kepegawaian Negara"


def test_kesbangpol_as_an_office_of_a_regency(run):
    text = "Kepala Kantor Kesbangpol Kabupaten Bangka Romlan mengatakan ASN harus netral."
    assert officials(run, text)["Romlan"].agency == "Kantor Kesatuan Bangsa dan Politik Kabupaten Bangka"


def test_offices_the_registry_cannot_name_still_have_holders(run):
    text = ("Bawaslu melaporkan Kepala Dinas Pertanian Agus Tauchid (AT) ke KASN. Hadir pula Asisten "
            "Administrasi Umum Musti, dan Kepala Bagian Organisasi Beni Sukmaria.")
    found = officials(run, text)
    assert {name: (o.role, o.agency) for name, o in found.items()} == {
        "Agus Tauchid": ("Kepala Dinas Pertanian", None),
        "Musti": ("Asisten Administrasi Umum", None),
        "Beni Sukmaria": ("Kepala Bagian Organisasi", None)}


def test_a_unit_the_registry_cannot_name_may_be_an_acronym_with_digits(run):
    found = officials(run, "Hadir Kepala DP3AKB Alwiati, dan Kepala Diskominfo Kota Balikpapan Adamin Siregar.")
    assert found["Alwiati"].role == "Kepala DP3AKB"


def test_offices_the_registry_cannot_name_are_in_the_region_the_story_is_about(run):
    text = ("Pemkab Langkat menggelar apel netralitas ASN di Kabupaten Langkat. Kepala Dinas Pertanian Agus "
            "Tauchid (AT) dan Asisten Administrasi Umum Musti, hadir. Bupati Deli Serdang juga diundang.")
    found = officials(run, text)
    assert found["Agus Tauchid"].agency == "Dinas Pertanian Kabupaten Langkat"
    assert found["Musti"].agency == "Pemerintah Kabupaten Langkat"  # the regional secretariat's assistant
    # a region written in the office itself comes first
    text = "Kepala Dinas Penanaman Modal dan Pelayanan Terpadu Satu Pintu Kota Medan Helmi Ahmad meminta ASN netral."
    assert officials(run, text)["Helmi Ahmad"].agency == \
        "Dinas Penanaman Modal dan Pelayanan Terpadu Satu Pintu Kota Medan"
    # two regions named as often: no institution can be told
    text = "Kepala Dinas Pertanian Agus Tauchid (AT) hadir di Kabupaten Langkat dan Kabupaten Karo."
    assert officials(run, text)["Agus Tauchid"].agency is None


def test_what_is_not_an_office_of_the_state_or_not_a_name(run):
    assert officials(run, "Ketua Tim Pemenangan Partai Maju Budi Santoso hadir dalam rapat.") == {}
    assert officials(run, "Gubernur membacakan Deklarasi Kepala Daerah Menjaga Netralitas ASN. Kita menjaga "
                          "netralitas.") == {}
    assert officials(run, "Hadir Kepala KUA, Penyuluh Agama Islam, dan pengawas. Penyuluh agama diminta netral.") == {}


def test_words_the_story_also_writes_in_lower_case_are_no_name(run):
    text = ("Bupati Aceh Tengah Menjalankan Arahan Mendagri Terkait Netralitas. Bupati menjalankan arahan "
            "itu terkait netralitas ASN.")
    assert officials(run, text) == {}
    assert list(officials(run, "Bupati Aceh Tengah Haili Yoga menjalankan arahan itu.")) == ["Haili Yoga"]


def test_a_member_an_institution_speaks_through(run):
    text = "Bawaslu Kaltim, melalui anggotanya Galeh Akbar Tanjung, menegaskan bahwa ASN dilarang berkampanye."
    found = officials(run, text)
    assert {n: (o.role, o.agency) for n, o in found.items()} == {
        "Galeh Akbar Tanjung": ("anggota Bawaslu Kaltim", "Bawaslu Provinsi Kalimantan Timur")}
    # a title after "melalui" is read as a title
    found = officials(run, "Pemkab Sleman melalui Kepala Dinas Kominfo Budi Santoso meminta ASN netral.")
    assert found["Budi Santoso"].agency == "Dinas Komunikasi dan Informatika Kabupaten Sleman"


def test_an_honorific_glued_to_the_name_by_its_dot_is_not_part_of_the_name(run):
    text = "Bupati Lampung Utara H.Budi Utomo meminta ASN netral, ungkap Sekda Lampung Utara HM.Nursiah."
    found = officials(run, text)
    assert set(found) == {"Budi Utomo", "Nursiah"}


def test_a_middle_initial_inside_a_name_before_its_title(run):
    text = "Hal itu disampaikan oleh Katma F. Dirun, Kepala Kesbangpol Kalteng, kepada wartawan."
    assert list(officials(run, text)) == ["Katma F. Dirun"]


def test_the_regional_secretarys_assistant_by_his_short_title(run):
    found = officials(run, "Plh Asda III Setda Provinsi Jabar Hening Widiatmoko mengatakan ASN harus netral.")
    assert found["Hening Widiatmoko"].agency == "Pemerintah Provinsi Jawa Barat"


def test_a_units_words_written_in_lower_case_between_the_title_and_its_institution(run):
    found = officials(run, "Direktur pengawasan BKN (Afriyani Haryanti) menyampaikan bahwa ASN harus netral.")
    assert found["Afriyani Haryanti"].agency == "Badan Kepegawaian Negara"
    assert officials(run, "Direktur perusahaan itu hadir di kantor BKN.") == {}


def test_retirement_and_honorary_marks_in_brackets_after_ranks_and_honorifics(run):
    text = "Penjabat Gubernur Sulawesi Tenggara, Komjen Pol. (P) Dr. (H.C) Andap Budhi Revianto, menekankan ASN netral."
    assert list(officials(run, text)) == ["Andap Budhi Revianto"]


def test_honorifics_listed_with_commas_before_an_apposed_name(run):
    found = officials(run, "Pj Gubernur Papua Barat Daya, DR, Drs, Muhammad Musaad, hadir dalam apel netralitas.")
    assert list(found) == ["Muhammad Musaad"]


def test_the_regencys_secretariat_by_its_short_form_is_the_regency_not_the_cabinet(run):
    found = officials(run, "Bupati didampingi Asisten I Setkab Lampura Mankodri meminta ASN menjaga netralitas.")
    assert found["Mankodri"].agency == "Pemerintah Kabupaten Lampung Utara"


def test_the_holders_standing_before_the_name_is_not_part_of_it(run):
    text = "Laporan terhadap Gubernur Kalsel Petahana H Sahbirin Noor dihentikan Bawaslu Kalsel."
    assert list(officials(run, text)) == ["Sahbirin Noor"]


def test_the_civil_servants_corps_has_a_council_in_every_region(run):
    found = officials(run, "Ketua Korpri Boyolali Budi Santoso meminta anggotanya netral dalam Pilkada 2024.")
    assert found["Budi Santoso"].agency == "Korps Pegawai Republik Indonesia Kabupaten Boyolali"


def test_village_secretaries_health_centres_and_sub_district_supervisors_by_their_place(run):
    text = ("Sekdes Sukamaju, Rudi Hartono, Kepala Puskesmas Ampel, Sri Lestari, dan Ketua Panwascam Ampel, "
            "Joko Susilo, menandatangani pakta netralitas.")
    assert {name: o.agency for name, o in officials(run, text).items()} == {
        "Rudi Hartono": "Desa Sukamaju", "Sri Lestari": "Puskesmas Ampel",
        "Joko Susilo": "Panwaslu Kecamatan Ampel"}


def test_a_name_with_a_curly_apostrophe(run):
    text = "Ketua Bawaslu Provinsi Papua Barat, Ibnu Mas’ud, mengingatkan ASN menjaga netralitas."
    assert list(officials(run, text)) == ["Ibnu Mas’ud"]


def test_the_level_word_of_a_region_written_in_lower_case(run):
    found = officials(run, "Wakil Ketua DPRD kota Palu, Basmin Karim, meminta ASN menjaga netralitas.")
    assert found["Basmin Karim"].agency == "Dewan Perwakilan Rakyat Daerah Kota Palu"


def test_holders_of_small_places_listed_with_semicolons(run):
    text = ("Mereka yang dilaporkan adalah Lurah Batu Merah, Donny Syarnaini; Camat Batu Ampar, Ridwan Nur Salatsa; "
            "dan Lurah Kampung Seraya, Rasyid Hidayat.")
    assert list(officials(run, text)) == ["Donny Syarnaini", "Ridwan Nur Salatsa", "Rasyid Hidayat"]


def test_an_initial_glued_to_the_name_and_raden_abbreviated(run):
    text = "Sekda Lombok Barat, H. M.Taufiq, dan Kepala Kesbangpol Kota Jambi Rd Jufri meminta ASN netral."
    assert list(officials(run, text)) == ["M. Taufiq", "Jufri"]
    assert list(officials(run, "Kepala BKD Kota Jambi, Budi Santoso, S.Sos, M.Si, meminta ASN netral.")) == [
        "Budi Santoso"]


def test_members_an_institution_names_in_a_list(run):
    text = ("Ketua Bawaslu Kota Kupang, Yunior Nange, didampingi dua anggota Bawaslu yakni Muhamad Fathuda "
            "dan Leonaedus Liwun, menyampaikan temuan pelanggaran netralitas ASN.")
    found = officials(run, text)
    assert list(found) == ["Yunior Nange", "Muhamad Fathuda", "Leonaedus Liwun"]
    assert {o.agency for o in found.values()} == {"Bawaslu Kota Kupang"}
    assert officials(run, "Tiga anggota partai yakni Gerindra, PDIP dan Golkar hadir di kantor KPU.") == {}


def test_a_name_after_menurut_right_before_its_title(run):
    text = "Menurut Agus Trianta Ketua Panwaslu Kabupaten Trenggalek, pihaknya mengawasi netralitas ASN."
    assert list(officials(run, text)) == ["Agus Trianta"]


def test_a_members_title_before_several_names(run):
    text = "Anggota Bawaslu RI Lolly Suhenti, Puadi Wijaya, dan Herwyn Malonda menegaskan ASN harus netral."
    assert list(officials(run, text)) == ["Lolly Suhenti", "Puadi Wijaya", "Herwyn Malonda"]
    text = "Anggota Bawaslu RI Lolly Suhenti dan Ketua KPU Boyolali Budi Santoso hadir."
    assert list(officials(run, text)) == ["Lolly Suhenti", "Budi Santoso"]


def test_a_members_list_goes_on_past_semicolons_and_degrees(run):
    text = "Turut hadir komisioner Bawaslu Sumsel Junaidi; Iwan Ardiansyah; dan Syamsul Alwi."
    assert list(officials(run, text)) == ["Junaidi", "Iwan Ardiansyah", "Syamsul Alwi"]
    text = "Hadir Komisioner Bawaslu Kuansing Nurafni, S.Sos, Ade Indra Sakti, S.E dan Budi Hartono."
    assert list(officials(run, text)) == ["Nurafni", "Ade Indra Sakti", "Budi Hartono"]


def test_members_listed_after_an_opener_of_several_words(run):
    text = "Pimpinan Bawaslu Kabupaten Kampar yang hadir terdiri dari Marhaliman, Amin Hidayat dan Witrayeni."
    found = officials(run, text)
    assert list(found) == ["Marhaliman", "Amin Hidayat", "Witrayeni"]
    assert {o.agency for o in found.values()} == {"Bawaslu Kabupaten Kampar"}
    assert officials(run, "Beberapa komisioner Bawaslu Kuansing, seperti Nurafni dan Ade Indra Sakti, hadir.")
    assert officials(run, "Anggota DPRD dari daerah seperti Jakarta dan Bandung hadir.") == {}


def test_a_religious_honorific_is_not_part_of_the_name(run):
    found = officials(run, "Usai upacara, Wakil Presiden Kiai Ma'ruf Amin meminta ASN menjaga netralitas.")
    assert list(found) == ["Ma'ruf Amin"]


def test_the_national_board_of_a_body_is_the_body(run):
    text = "Ketua Umum Dewan Pengurus Korpri Nasional Zudan Arif Fakrulloh mengajak ASN netral."
    assert officials(run, text)["Zudan Arif Fakrulloh"].agency == "Korps Pegawai Republik Indonesia"


def test_the_last_word_of_a_village_is_not_a_holder(run):
    text = "Bawaslu Jember memeriksa Camat Kaliwates, Lurah Jember Kidul dan Lurah Tegal Besar terkait Pilkada 2024."
    assert officials(run, text) == {}


def test_an_institution_naming_a_place_shared_by_a_regency_and_a_city_places_the_story(run):
    text = "Pemkab Bogor menggelar apel. Hadir Asisten I Drs. Budiman, MM, dan para kepala OPD."
    assert {o.name: o.agency for o in officials(run, text).values()} == {"Budiman": "Pemerintah Kabupaten Bogor"}


def test_a_comma_may_stand_before_an_apposition(run):
    for text in ("Rudi Hartono, selaku Kepala BKPSDM Sleman, menegaskan ASN netral.",
                 "Rudi Hartono, yang juga Kepala BKPSDM Sleman, menegaskan ASN netral."):
        assert list(officials(run, text)) == ["Rudi Hartono"]


def test_a_dash_may_stand_between_a_title_and_its_holder(run):
    text = "Hadir Ketua Bawaslu Kota Kupang – Yosef Lana dan Kepala Kesbangpol Kota Kupang – Marta Bili."
    assert set(officials(run, text)) == {"Yosef Lana", "Marta Bili"}


def test_an_office_in_lower_case_after_a_capitalised_modifier_is_the_office(run):
    found = officials(run, "Penjabat bupati Manokwari Selatan, Yohanis Mandacan meminta ASN netral.")
    assert found["Yohanis Mandacan"].agency == "Pemerintah Kabupaten Manokwari Selatan"
    assert officials(run, "Penjabat bupati.") == {}


def test_initials_and_a_lower_case_honorific_before_a_name(run):
    text = "Kepala Kantor Imigrasi Wonosobo, K.A. Halim, dan Pjs Bupati Bima bapak Ir. Musa Husni hadir."
    found = officials(run, text)
    assert set(found) == {"K.A. Halim", "Musa Husni"}


def test_a_class_written_in_two_parts_and_a_body_written_in_full_with_its_acronym(run):
    text = ("Kepala Lapas Kelas II/A Lubuklinggau Hamdan Siregar dan Kepala Badan Pertanahan Nasional (BPN) "
            "Kota Depok Indra Wijaya hadir.")
    assert {o.name: o.agency for o in officials(run, text).values()} == {
        "Hamdan Siregar": "Lembaga Pemasyarakatan Kelas IIA Lubuklinggau",
        "Indra Wijaya": "Kantor Pertanahan Kota Depok"}


def test_a_ministry_of_an_earlier_cabinet_is_named(run):
    found = officials(run, "Menristekdikti Mohammad Nasir menegaskan kampus harus netral.")
    assert found["Mohammad Nasir"].agency == "Kementerian Riset, Teknologi, dan Pendidikan Tinggi"


def test_a_short_title_holding_its_kind_of_office_names_it(run):
    text = ("Bawaslu Lampung Selatan memanggil pejabat Pemkab Lampung Selatan. "
            "Mereka adalah Kadis UMKM dan Koperasi Aryanto, kata Bawaslu.")
    assert officials(run, text)["Aryanto"].agency == "Dinas UMKM dan Koperasi Kabupaten Lampung Selatan"
    assert officials(run, "Bawaslu memeriksa Kepala Desa (Kades) Keniten.") == {}


def test_function_words_in_title_case_are_not_part_of_a_name(run):
    text = "Kegiatan ini diikuti Langsung Oleh Alexander Putra selaku Kalapas Labuhan Ruku."
    assert list(officials(run, text)) == ["Alexander Putra"]


def test_a_naming_word_declares_a_one_word_holder(run):
    text = "Pemkot Bandar Lampung melapor. Salah satunya Kepala Bappeda yakni Khaidarman, dan lainnya."
    assert officials(run, text)["Khaidarman"].agency == "Badan Perencanaan Pembangunan Daerah Kota Bandar Lampung"


def test_a_unit_named_alone_belongs_to_the_institution_the_story_is_about(run):
    text = ("Kantor Wilayah Kemenkumham Jawa Barat membentuk satgas netralitas ASN. Kanwil Kemenkumham Jawa Barat "
            "menunjuk Kepala Divisi Administrasi Ratna Dewi Lestari sebagai ketua tim. Polda Jawa Barat hadir.")
    assert officials(run, text)["Ratna Dewi Lestari"].agency == \
        "Kantor Wilayah Kementerian Hukum dan HAM Jawa Barat"
    text = ("Bawaslu Kabupaten Pacitan memanggil seorang kepala sekolah. Bawaslu Pacitan menilai ASN itu tidak "
            "netral, kata Koordinator Divisi Penanganan Pelanggaran, Rudi Hartanto.")
    found = officials(run, text)
    assert (found["Rudi Hartanto"].role, found["Rudi Hartanto"].agency) == (
        "Koordinator Divisi Penanganan Pelanggaran", "Bawaslu Kabupaten Pacitan")
    # a coordinator heads a unit only when one is named: a network's regional coordinator is no official
    assert officials(run, "Koordinator Wilayah JPPR Jatim Budi Santoso menilai ASN harus netral.") == {}


def test_words_of_an_institutions_name_are_no_persons_name(run):
    text = "Surat dari Pendayagunaan Aparatur Negara dan Reformasi Birokrasi (Menpan-RB) sudah diterima."
    assert officials(run, text) == {}
    # the office still names its institution
    assert "Kementerian Pendayagunaan Aparatur Negara dan Reformasi Birokrasi" in {
        a.agency for a in run(text).agencies}
    text = "Hadir pula Asisten Komisi Aparatur Sipil Negara (KASN) Pengawasan Bidang Kode Etik dalam rapat itu."
    assert "Pengawasan" not in officials(run, text)


def test_a_contest_reaches_over_a_bracketed_short_form_a_dash_and_a_comma_before_a_joiner(run):
    for text in ["Sosialisasi itu menyongsong Pemilihan Gubernur (Pilgub) dan Wakil Gubernur Jambi tahun depan.",
                 "Guru dilarang memihak paslon Bupati – Wakil Bupati Blora mana pun.",
                 "Pemilihan Bupati, Wakil Bupati, serta Gubernur dan Wakil Gubernur Jambi digelar bersamaan."]:
        assert not run(text).agencies, text


def test_short_forms_of_a_mayors_title(run):
    text = "Pj Walkot Bekasi, Raden Gani Muhammad, dan Pj Wako Pekanbaru Risnandar Mahiwa meminta ASN netral."
    found = officials(run, text)
    assert {n: o.agency for n, o in found.items()} == {"Raden Gani Muhammad": "Pemerintah Kota Bekasi",
                                                       "Risnandar Mahiwa": "Pemerintah Kota Pekanbaru"}


def test_a_capitalised_verb_opening_the_sentence_is_no_part_of_the_name_before_a_title(run):
    text = ("ASN diminta tidak berpihak, dan itu adalah janji. Adalah Rahmat Sudirja, Dirjen Bina Keuangan Daerah "
            "Kemendagri, yang disebut akan maju. “Kami awasi.” Ujar Dedi Kurnia Putra, Sekda Kabupaten Bantul. "
            "Ia ujar lagi bahwa ASN harus netral.")
    assert set(officials(run, text)) == {"Rahmat Sudirja", "Dedi Kurnia Putra"}


def test_a_title_opening_the_story_in_capitals_introduces_its_holder(run):
    text = "MENTERI Keuangan Rudi Hartawan meminta pegawainya netral dalam Pemilu 2024."
    assert officials(run, text)["Rudi Hartawan"].agency == "Kementerian Keuangan"
    text = "BUPATI Tanjung Jabung Barat Rahmat Hidayat mengikuti rapat netralitas ASN di Jakarta."
    assert officials(run, text)["Rahmat Hidayat"].agency == "Pemerintah Kabupaten Tanjung Jabung Barat"


def test_a_numbered_line_is_an_item_of_the_story_not_a_headline(run):
    text = ("Panwascam Sukamaju menggelar sosialisasi netralitas ASN di aula kecamatan.\n\n"
            "Yang hadir dalam sosialisasi itu:\n1. Rudi Hartono (Kordiv HPPS Panwascam Sukamaju)\n"
            "2. Dewi Lestari Handayani (Kordiv Pencegahan Panwascam Sukamaju)\n\nAcara dibuka pukul sembilan.")
    assert set(officials(run, text)) == {"Rudi Hartono", "Dewi Lestari Handayani"}


def test_a_holder_named_before_an_office_of_a_small_place_takes_the_whole_place(run):
    text = "Yang hadir: Rudi Hartono (Ketua Panwascam Suka Maju), dan pengawas desa."
    rudi = officials(run, text)["Rudi Hartono"]
    assert rudi.agency == "Panwaslu Kecamatan Suka Maju"
    text = "Yang dilaporkan antara lain Rino Pratama, Kepala Puskesmas Sungai Lilin. Bawaslu memprosesnya."
    assert set(officials(run, text)) == {"Rino Pratama"}


def test_a_unit_listing_its_fields_with_a_comma_before_the_last_joiner(run):
    text = ("Pemkot Bogor menerima rekomendasi itu. Bawaslu memeriksa Kepala Dinas Kepemudaan, Olahraga, dan "
            "Pariwisata (Disporapar) Rina Marlina Dewi atas unggahannya.")
    rina = officials(run, text)["Rina Marlina Dewi"]
    assert rina.agency == "Dinas Kepemudaan, Olahraga, dan Pariwisata Kota Bogor"
    text = ("Bawaslu Kabupaten Lahat mengingatkan ASN. Koordinator Divisi Pencegahan, Partisipasi, dan Humas "
            "Fajar Hidayat menyatakan hal itu.")
    assert "Fajar Hidayat" in officials(run, text)
    # a field misspelt by one letter is still the field, no person
    text = "Bawaslu memeriksa Kepala Dinas Kepemudaan, Olaharaga, dan Pariwisata Kota Bogor, Rina Marlina Dewi."
    assert set(officials(run, text)) == {"Rina Marlina Dewi"}


def test_an_acehnese_title_written_in_full_and_a_pastors_title_are_not_part_of_the_name(run):
    text = "Ketua Komisi I DPR Aceh Teungku Rahmat Hidayat meminta ASN netral."
    assert list(officials(run, text)) == ["Rahmat Hidayat"]
    text = "Hadir Staf Khusus Bupati Minahasa Selatan Pdt Yohanes Lumenta dalam ibadah itu."
    assert list(officials(run, text)) == ["Yohanes Lumenta"]


def test_a_member_of_a_bare_election_body_in_a_story_on_one_regency_is_its_member(run):
    text = ("Apel netralitas ASN Pemkab Kampar dihadiri Ketua KPU Kampar Budi Santoso, anggota Bawaslu Rina "
            "Marlina dan Ketua Bawaslu Rahmat Bagja.")
    assert {o.name: o.agency for o in officials(run, text).values()} == {
        "Budi Santoso": "Komisi Pemilihan Umum Kabupaten Kampar", "Rina Marlina": "Bawaslu Kabupaten Kampar",
        "Rahmat Bagja": "Badan Pengawas Pemilihan Umum"}  # a national office holder stays national
    text = "Ketua KPU Kampar Budi Santoso dan Bawaslu RI hadir. Komisioner Bawaslu Rina Marlina menyampaikan ..."
    assert officials(run, text)["Rina Marlina"].agency == "Badan Pengawas Pemilihan Umum"
    text = "Ketua Bawaslu Kampar Budi Santoso menyambut Ketua Bawaslu Rahmat Bagja di Bangkinang."
    assert officials(run, text)["Rahmat Bagja"].agency == "Badan Pengawas Pemilihan Umum"


def test_a_unit_head_without_institution_serves_the_one_its_sentence_names(run):
    text = ("BKN dan KASN mengawasi netralitas ASN. BKN meminta laporan. Tim Satgas mengunjungi Dinas Kesehatan "
            "Kota Malang dan diterima Kepala Bidang Pelayanan Rudi Hartanto. Kepala Divisi Administrasi Sinta Dewi "
            "hadir mewakili Kepala Kanwil Kemenkumham Jawa Timur.")
    found = officials(run, text)
    assert found["Rudi Hartanto"].agency == "Dinas Kesehatan Kota Malang"
    assert found["Sinta Dewi"].agency == "Kantor Wilayah Kementerian Hukum dan HAM Jawa Timur"


def test_a_passive_speech_verb_opening_a_sentence_is_no_part_of_the_name(run):
    text = ("Bawaslu Kabupaten Sleman menggelar rapat netralitas ASN. Ditegaskan Harsono, Ketua Bawaslu Kabupaten "
            "Sleman, ASN dilarang berkampanye.")
    assert list(officials(run, text)) == ["Harsono"]


def test_a_one_word_name_closed_by_the_day_and_date_it_was_said(run):
    text = ("“ASN harus netral,” kata Kepala Seksi Penerangan Hukum Kejati Sumbar, Hendrawan, Kamis (4/7/2024). "
            "Ia menambahkan bahwa ASN dilarang berkampanye.")
    assert officials(run, text)["Hendrawan"].agency == "Kejaksaan Tinggi Sumatera Barat"


def test_a_one_word_name_before_a_relative_clause_naming_its_office(run):
    text = ("Rapat itu membahas netralitas ASN. Darmawan, yang merupakan Ketua KPU Sulawesi Tengah, mengingatkan "
            "ASN agar netral. Pria yang juga menjabat sebagai Sekda Kabupaten Sigi itu hadir pula.")
    assert set(officials(run, text)) == {"Darmawan"}


def test_a_regencys_name_may_open_a_persons_name_before_a_title(run):
    text = ("Surat itu ditandatangani Tito Karnavian (Mendagri), Bima Haria Wibisana (Kepala BKN), dan "
            "pejabat lain. ASN diminta netral.")
    assert set(officials(run, text)) == {"Tito Karnavian", "Bima Haria Wibisana"}


def test_a_regional_office_of_the_place_the_story_is_about(run):
    text = ("Bawaslu Kabupaten Klaten menyurati Bupati setempat Sri Mulyani agar menertibkan ASN yang ikut "
            "berkampanye.")
    assert officials(run, text)["Sri Mulyani"].agency == "Pemerintah Kabupaten Klaten"


def test_an_incumbent_is_named_after_the_word_petahana(run):
    text = ("Bawaslu menyoroti camat yang menyambut Wali Kota Palopo petahana, Rahmat Hidayat, saat berkampanye. "
            "Di tempat lain, Bupati Sigi petahana Andi Saputra juga didatangi lurah.")
    found = officials(run, text)
    assert found["Rahmat Hidayat"].agency == "Pemerintah Kota Palopo"
    assert found["Andi Saputra"].agency == "Pemerintah Kabupaten Sigi"


def test_a_small_places_head_named_after_where_the_place_lies(run):
    text = ("Bawaslu memanggil Kepala Desa Sukaraja, Kecamatan Cibeber, Kabupaten Cianjur, Ahmad Fauzi, karena "
            "memasang spanduk calon. Ketua Panwaslu Kecamatan Lenteng, Sumenep, Moh Ridwan mengatakan ASN harus "
            "netral. Kepala Desa Duren, Kecamatan Klari, dan Camat Klari juga hadir.")
    found = officials(run, text)
    assert found["Ahmad Fauzi"].agency == "Desa Sukaraja"
    assert found["Moh Ridwan"].agency == "Panwaslu Kecamatan Lenteng"
    assert set(found) == {"Ahmad Fauzi", "Moh Ridwan"}


def test_a_one_word_name_after_a_titles_comma_may_go_on_a_list(run):
    text = ("Sosialisasi netralitas ASN diisi Asisten 1 Setda Ngada, Wilibrordus, dan pegiat pemilu. Bupati Gowa, "
            "Forkopimda, dan camat juga hadir.")
    assert set(officials(run, text)) == {"Wilibrordus"}


def test_bodies_and_districts_named_after_an_office_are_no_person(run):
    text = ("Bawaslu Kota Bogor akan memanggil Pj Wali Kota Bogor, Kepala Cabang Bank Sumber Rejeki dan camat. "
            "Anggota DPRD Kota Bogor Dapil Bogor Tengah ini mengatakan ASN harus netral. Sekda Kota Bogor "
            "Tim Advokasi menolak berkomentar.")
    assert officials(run, text) == {}


def test_a_small_place_named_after_a_feature_of_the_land_takes_two_words(run):
    text = "Camat Tanjung Harapan Rudi Kurniawan membacakan ikrar netralitas ASN di kantor camat."
    found = officials(run, text)
    assert found["Rudi Kurniawan"].agency == "Kecamatan Tanjung Harapan"


def test_an_opening_bracket_glued_to_the_word_before_it(run):
    text = ("Bawaslu Kabupaten Kolaka Sulawesi Tenggara(Sultra) menerima laporan itu. Surat itu diteken Rudi "
            "Hartawan(Kepala BKD Sultra) pekan lalu.")
    found = officials(run, text)
    assert set(found) == {"Rudi Hartawan"}
    assert found["Rudi Hartawan"].agency == "Badan Kepegawaian Daerah Provinsi Sulawesi Tenggara"


def test_a_closing_bracket_glued_to_the_word_after_it(run):
    text = ("TUAL (ANT)Kepala BKD Kota Tual, Rahman Renhoran, mengingatkan ASN agar netral dalam Pilkada 2024. Sanksi "
            "menanti sesuai pasal (3)Ancaman pidana.")
    found = officials(run, text)
    assert set(found) == {"Rahman Renhoran"}
    assert found["Rahman Renhoran"].agency == "Badan Kepegawaian Daerah Kota Tual"


def test_a_headlines_verb_in_title_case_after_an_office_is_no_name(run):
    text = ("Bawaslu Kota Medan mengingatkan ASN agar netral dalam Pemilu 2024. Terkait: Kapolres Medan Hadiri "
            "Rapat Koordinasi KPU Sumut dan Bawaslu. ASN dilarang berkampanye.")
    assert officials(run, text) == {}


def test_a_word_between_an_office_and_the_holders_initials_is_no_name(run):
    text = ("Bawaslu Kota Batam menyatakan Lurah Batu Besar, Nongsa, berinisial RA, terbukti melanggar netralitas "
            "ASN.")
    result = run(text)
    assert result.officials == []
    assert "Kelurahan Batu Besar" in {a.agency for a in result.agencies}


def test_a_name_misspelt_by_one_letter_later_is_the_same_person(run):
    text = ("Bupati Badung I Nyoman Giri Prasta meminta ASN netral. Kapolres Badung AKBP Teguh Santoso hadir. "
            "Bupati Giri Prasata juga berharap Bawaslu tidak kekurangan personel. Kepala BKPSDM Badung Ketut "
            "Suryawan menambahkan, Suryawan tidak sama dengan Kepala Dinas Sosial Badung Made Suryawati.")
    found = officials(run, text)
    assert set(found) == {"I Nyoman Giri Prasta", "Teguh Santoso", "Ketut Suryawan", "Made Suryawati"}


def test_a_stand_in_serves_the_institution_of_the_office_it_stands_in_for(run):
    text = ("Apel netralitas ASN di Kabupaten Kampar dihadiri Kapolres Kampar AKBP Budi Santoso, Kajari Kampar "
            "diwakili Kasi Pidsus, Rudi Hartanto, dan Bawaslu Kabupaten Kampar yang diwakili oleh Komisioner "
            "Divisi Hukum, Suharni.")
    found = officials(run, text)
    assert (found["Rudi Hartanto"].role, found["Rudi Hartanto"].agency) == ("Kasi Pidsus", "Kejaksaan Negeri Kampar")
    assert found["Suharni"].agency == "Bawaslu Kabupaten Kampar"
    text = ("Danlanal Dumai Kolonel Laut (P) Andi Wijaya diwakili Perwira Staf Operasi (Pasops) Mayor Laut (P) "
            "Hendra Kusuma menghadiri deklarasi netralitas ASN.")
    assert officials(run, text)["Hendra Kusuma"].agency == "Pangkalan TNI Angkatan Laut Dumai"
    text = "Bupati Kampar, diwakili Kepala Bagian, Forkopimda, dan camat membuka apel netralitas ASN."
    assert set(officials(run, text)) == set()  # a list of offices after the comma names no one


def test_an_officer_named_by_rank_right_after_a_unit_serves_it(run):
    text = ("Rapat netralitas ASN di Kota Bitung dihadiri Kapolres Bitung AKBP Rudi Hartanto dan Kodim 1310 Bitung "
            "Mayor Inf Budi Santoso, sementara mantan Panglima TNI Jenderal Andi Wijaya tidak hadir.")
    found = officials(run, text)
    assert found["Budi Santoso"].agency == "Komando Distrik Militer 1310/Bitung"
    assert "Andi Wijaya" not in found  # a former office holder


def test_an_island_regency_goes_by_the_islands_name_alone(run):
    text = ("Sosialisasi netralitas ASN dihadiri Kapolres Kepulauan Aru AKBP Budi Santoso dan Kajari Aru, "
            "sementara Bupati Anambas, Rudi Hartanto, meminta ASN netral.")
    found = officials(run, text)
    assert "Aru" not in found  # the regency's short name, no holder
    assert found["Rudi Hartanto"].agency == "Pemerintah Kabupaten Kepulauan Anambas"


def test_a_military_resort_command_is_named_by_its_number(run):
    text = ("Apel netralitas ASN dihadiri Danrem 082/CPYJ Kolonel Inf Budi Santoso, sementara Kasrem 163/WSA "
            "Kolonel Czi Rudi Hartanto dan Komandan Korem 143 Brigjen TNI Andi Wijaya meminta PNS TNI netral.")
    found = officials(run, text)
    assert found["Budi Santoso"].agency == "Komando Resor Militer 082/Citra Panca Yudha Jaya"
    assert found["Rudi Hartanto"].agency == "Komando Resor Militer 163/Wira Satya"
    assert found["Andi Wijaya"].agency == "Komando Resor Militer 143/Halu Oleo"


def test_a_holder_named_by_one_title_takes_the_office_appointed_to(run):
    text = ("Gubernur mengukuhkan tiga penjabat bupati. Mereka adalah Andi Wijaya sebagai Pjs Bupati Buru, "
            "Rudi Hartanto sebagai Pjs Bupati Kepulauan Aru, dan Direktur Kemendagri, Budi Santoso yang ditetapkan "
            "menjadi Pjs Bupati Sukabumi. Pj Gubernur DKI Jakarta, Heru Wibowo, yang juga menjabat sebagai "
            "Kepala Sekretariat Presiden, meminta ASN netral.")
    found = officials(run, text)
    assert found["Rudi Hartanto"].agency == "Pemerintah Kabupaten Kepulauan Aru"
    assert found["Budi Santoso"].agency == "Pemerintah Kabupaten Sukabumi"
    assert found["Heru Wibowo"].agency == "Pemerintah Provinsi DKI Jakarta"  # an office also held


def test_a_units_post_linked_to_its_institution_by_a_preposition(run):
    text = ("Bawaslu memeriksa dua pegawai, yakni Andi Wijaya, Kepala Bidang di Dinas Pendidikan Kota Jambi, dan "
            "Rudi Hartanto. Kepala Seksi Pidana Umum pada Kejari Depok Budi Santoso, SH, meminta ASN netral.")
    found = officials(run, text)
    assert found["Andi Wijaya"].agency == "Dinas Pendidikan Kota Jambi"
    assert found["Budi Santoso"].agency == "Kejaksaan Negeri Depok"


def test_heads_of_regional_units_name_their_unit(run):
    found = officials(run, "Danlanud Sri Mulyono Herlambang Kolonel Pnb Agus Wibowo, Direktur RSUD Kraton, dr Sinta "
                           "Dewi, dan Kepala BPS Kabupaten Sleman Joko Purnomo menandatangani ikrar netralitas ASN.")
    assert {n: o.agency for n, o in found.items()} == {
        "Agus Wibowo": "Pangkalan Udara Sri Mulyono Herlambang", "Sinta Dewi": "Rumah Sakit Umum Daerah Kraton",
        "Joko Purnomo": "Badan Pusat Statistik Kabupaten Sleman"}
