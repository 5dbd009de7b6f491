"""Misspelt words of offices and institutions are read as meant (spelling.yaml)."""

from __future__ import annotations

from pipeline.nlp.spelling import repair


def test_a_misspelt_title_still_introduces_its_official(run):
    result = run("Sekretatis Daerah Kota Denpasar Made Toya meminta seluruh ASN menjaga netralitas "
                 "pada Pilkada 2024.")
    assert [(o.name, o.agency) for o in result.officials] == [("Made Toya", "Pemerintah Kota Denpasar")]


def test_a_misspelt_institution_is_still_named(run):
    result = run("Badan Kepegawain Daerah Kabuaten Bima memanggil dua ASN yang hadir dalam kampanye Pilkada 2024.")
    assert "Badan Kepegawaian Daerah Kabupaten Bima" in {a.agency for a in result.agencies}


def test_the_civil_service_police_and_the_law_ministry_misspelt_are_still_named(run):
    result = run("Satuan Polisi Pamung Praja dan Kantor Kemekumham Provinsi Jambi mengingatkan pegawainya agar netral "
                 "dalam Pilkada 2024.")
    found = {a.agency for a in result.agencies}
    assert "Satuan Polisi Pamong Praja" in found
    assert "Kantor Wilayah Kementerian Hukum dan HAM Jambi" in found


def test_a_short_word_near_the_police_word_is_left_alone():
    assert repair("Pamor pamong praja dan Kemenkumham naik.") == "Pamor pamong praja dan Kemenkumham naik."


def test_a_repair_keeps_the_way_the_word_was_written():
    assert repair("SEKRETATIS, Sekretatis, sekretatis") == "SEKRETARIS, Sekretaris, sekretaris"


def test_words_of_their_own_are_left_alone():
    text = "Surat itu disampaikan kepada pejabat yang menjabat di Kalurahan Panggungharjo."
    assert repair(text) == text


def test_a_misspelling_of_two_words_is_left_alone():
    assert repair("Sekretarias Daerah") == "Sekretarias Daerah"  # sekretaris or sekretariat


def test_names_and_aliases_from_the_rules_are_not_misspellings():
    assert repair("Kepala Dinkominfo Kota Bima") == "Kepala Dinkominfo Kota Bima"


def test_a_misspelt_directive_word_still_makes_the_directive(run):
    result = run("ASN diilarang ikut kampanye pasangan calon dalam Pilkada 2024, kata Bupati Sleman.")
    assert [d.kind for d in result.directives] == ["prohibition"]


def test_a_misspelling_as_near_to_a_word_of_its_own_is_left_alone():
    assert repair("pemilh dan Pilkda") == "pemilh dan Pilkada"  # "pemilh": pemilu or pemilih


def test_a_misspelt_region_is_read_as_meant_only_after_its_level_word():
    assert repair("Ketua Bawaslu Kabupaten Lombom Timur") == "Ketua Bawaslu Kabupaten Lombok Timur"
    assert repair("warga Bangko dan Sekda Dadang Wihana") == "warga Bangko dan Sekda Dadang Wihana"


def test_a_region_written_in_lower_case_after_a_level_word_or_an_office_is_the_region(run):
    result = run("Komisioner Bawaslu provinsi jambi Rahmat Hidayat meminta ASN netral pada Pilkada 2024.")
    assert [(o.name, o.agency) for o in result.officials] == [("Rahmat Hidayat", "Bawaslu Provinsi Jambi")]
    assert result.province == "Jambi"
    written = "Walikota sungai penuh dan Pemkab lima puluh kota"
    assert repair(written) == "Walikota Sungai Penuh dan Pemkab Lima Puluh Kota"


def test_a_lower_case_word_elsewhere_stays_a_word():
    text = "Bupati terpilih datang ke kota itu; di sungai penuh ikan."
    assert repair(text) == text


def test_a_misspelling_of_a_speech_verb_is_repaired_unless_a_word_of_its_own_is_as_near():
    assert repair("Ia mmenekankan agar ASN netral") == "Ia menekankan agar ASN netral"
    assert repair("ASN menegakan netralitas") == "ASN menegakan netralitas"  # menegakkan, not menegaskan


def test_a_title_run_into_the_next_word_is_parted_from_it(run):
    text = "“ASN wajib netral,” kata Ketua BawasluKabupaten Sleman, Harsono SH. Ia juga menyurati KepalaBKN."
    result = run(text)
    assert [(o.name, o.agency) for o in result.officials] == [("Harsono", "Bawaslu Kabupaten Sleman")]
    assert "Badan Kepegawaian Negara" in {a.agency for a in result.agencies}


def test_a_misspelt_daerah_of_a_regional_title_still_introduces_its_official(run):
    result = run("Pj Sekretaris Dearah (Sekda) Kabupaten Pidie Rahmat Hidayat membuka apel netralitas ASN.")
    assert [(o.name, o.agency) for o in result.officials] == [("Rahmat Hidayat", "Pemerintah Kabupaten Pidie")]


def test_a_misspelt_word_inside_a_regions_name_is_told_by_the_words_around_it(run):
    result = run("Anggota Bawaslu Jawa Timue, Rudi Hartono, meminta ASN menjaga netralitas pada Pilkada 2024.")
    assert [(o.name, o.agency) for o in result.officials] == [("Rudi Hartono", "Bawaslu Provinsi Jawa Timur")]
    assert repair("Wagub Kepulaun Bangka Belitung hadir.") == "Wagub Kepulauan Bangka Belitung hadir."


def test_a_smaller_place_named_like_a_region_is_left_alone():
    text = "Acara digelar di Kecamatan Luwuk Utara dan Kelurahan Labuhan Ratu."
    assert repair(text) == text


def test_a_misspelt_penalty_is_read_as_meant_unless_it_is_a_witness_or_a_name():
    assert repair("sanki, sanksii, Sankis") == "sanksi, sanksi, Sanksi"
    assert repair("saksi paslon dan Pak Sanusi") == "saksi paslon dan Pak Sanusi"


def test_a_misspelt_penalty_still_makes_the_sanction(run):
    result = run("Bupati Sleman menegaskan ASN yang berkampanye pada Pilkada 2024 akan dikenai sanki tegas.")
    assert [d.kind for d in result.directives] == ["sanction"]


def test_misspelt_words_of_penalties_and_follow_ups_are_read_as_meant():
    assert repair("tidakan, diberhantikan, penunndaan, menindaklajuti, diperoses") == \
        "tindakan, diberhentikan, penundaan, menindaklanjuti, diproses"


def test_a_misspelt_firm_action_still_makes_the_sanction(run):
    result = run("Bupati Sleman akan mengambil tidakan tegas terhadap ASN yang berkampanye pada Pilkada 2024.")
    assert [d.kind for d in result.directives] == ["sanction"]


def test_the_penalty_without_its_k_is_read_as_meant_and_a_witness_stays(run):
    assert repair("penjatuhan sansi, Sansinya berat, saksi paslon") == \
        "penjatuhan sanksi, Sanksinya berat, saksi paslon"
    result = run("Bupati Sleman menegaskan PNS yang berkampanye pada Pilkada 2024 akan dikenai sansi disiplin.")
    assert [d.kind for d in result.directives] == ["sanction"]


def test_instructing_without_its_s_is_read_as_meant_and_asks_only_civil_servants(run):
    assert repair("diintruksikan, Intruksi, instruktur") == "diinstruksikan, Instruksi, instruktur"
    result = run("Para guru PNS diintruksikan untuk tidak memihak calon mana pun pada Pemilu 2024.")
    assert [d.kind for d in result.directives] == ["appeal"]
    result = run("Perbaikan jalan desa itu diintruksikan Bupati agar selesai sebelum Lebaran 2024.")
    assert result.directives == []


def test_the_ban_run_into_its_noun_ending_is_read_as_the_ban_and_the_noun_stays(run):
    assert repair("Guru dilarangan berkampanye, larangan itu, Dilarangan") == \
        "Guru dilarang berkampanye, larangan itu, Dilarang"
    result = run("Menjelang Pilkada 2024, para lurah dilarangan menghadiri deklarasi calon wali kota.")
    assert [d.kind for d in result.directives] == ["prohibition"]
    result = run("Warga dilarangan membakar sampah di tepi sungai selama musim kemarau 2024.")
    assert result.directives == []


def test_the_active_religious_ban_is_no_hope_misspelt_and_forbids(run):
    kept = "Pemkab mengharamkan ASN, Bupati mengharapkan ASN"
    assert repair(kept) == kept
    result = run("Menjelang Pilkada 2024, Pemkot mengharamkan para lurah menjadi tim pemenangan calon.")
    assert [d.kind for d in result.directives] == ["prohibition"]
    result = run("Menjelang Pilkada 2024, Pemkot tidak mengharamkan para lurah menyimak debat calon di televisi.")
    assert [d.kind for d in result.directives] == ["permission"]
    result = run("Ulama itu mengingatkan bahwa agama mengharamkan riba sepanjang 2024.")
    assert result.directives == []
