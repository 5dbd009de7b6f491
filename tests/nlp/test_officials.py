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


def test_local_short_forms_of_regencies(run):
    found = officials(run, "Pj Bupati Gumas Markus Dinata dan Pjs Bupati Mahulu Yosef Lawing memimpin apel.")
    assert found["Markus Dinata"].agency == "Pemerintah Kabupaten Gunung Mas"
    assert found["Yosef Lawing"].agency == "Pemerintah Kabupaten Mahakam Ulu"


def test_a_short_form_names_the_regional_institution_too(run):
    agencies = {a.agency for a in run("Pemkab Barsel mengumpulkan pegawai di aula.").agencies}
    assert agencies == {"Pemerintah Kabupaten Barito Selatan"}
