"""Page layout in extracted text: wrapped lines, front matter, links and captions (layout.yaml)."""

from __future__ import annotations

import pytest


def agencies(result) -> set[str]:
    return {a.agency for a in result.agencies}


def test_a_sentence_wrapped_over_lines_is_one_sentence(doc_of):
    text = "Sekda meminta seluruh\nASN di lingkungan pemkab tetap netral.\nIa juga hadir."
    first = next(iter(doc_of(text).sents))
    assert " ".join(first.text.split()) == "Sekda meminta seluruh ASN di lingkungan pemkab tetap netral."


def test_a_text_wrapped_at_a_fixed_width_keeps_names_and_institutions_whole(run):
    text = ("Kepala Badan Kepegawaian Daerah Kota Kupang, Yohanes\n"
            "Benu, mengatakan seluruh pegawai di lingkungan pemerintah\n"
            "kota wajib bersikap netral selama masa kampanye Pilkada\n"
            "2024. Menurut dia, pegawai yang terbukti melanggar akan\n"
            "dilaporkan kepada Badan Pengawas Pemilihan Umum Kota\n"
            "Kupang dan diproses sesuai aturan yang berlaku bagi\n"
            "aparatur sipil negara.\n\n"
            "Pengumuman itu disampaikan dalam apel pagi.")
    result = run(text)
    assert [o.name for o in result.officials] == ["Yohanes Benu"]
    assert "Bawaslu Kota Kupang" in agencies(result)


def test_a_list_of_headlines_is_not_taken_for_a_wrapped_text(run):
    text = ("KUPANG - Kepala BKD Kota Kupang, Yohanes Benu, meminta seluruh pegawai bersikap netral selama masa "
            "kampanye Pilkada 2024.\n\n"
            "Pilkada 2018, Dinas Kesehatan Kota Madiun Gelar Vaksinasi di Pasar\n"
            "Bupati Ngawi Resmikan Jembatan, Warga Paron Sambut Gembira\n"
            "Polres Sampang Siaga Nataru, Ratusan Personel Dikerahkan\n"
            "Proyek Sekolah Model Gorontalo Diadukan, Kontraktor Membantah\n"
            "Festival Budaya Tahunan Digelar, Ribuan Warga Padati Alun-alun\n"
            "Harga Cabai Rawit Melonjak, Pedagang Pasar Tradisional Mengeluh")
    assert "Dinas Kesehatan Kota Madiun" not in agencies(run(text))


def test_a_list_items_number_opens_its_sentence(doc_of):
    text = "Larangan bagi ASN:\n1.    Tidak memasang spanduk calon.\n2. Tidak ikut kampanye."
    assert [" ".join(s.text.split()) for s in doc_of(text).sents] == [
        "Larangan bagi ASN:", "1. Tidak memasang spanduk calon.", "2. Tidak ikut kampanye."]


def test_a_lower_case_word_after_a_full_stop_carries_the_sentence_on(doc_of):
    text = "Tidak ada kenaikan pangkat. lalu ada penilaian dari BKN dan KASN soal pelanggaran itu."
    assert len(list(doc_of(text).sents)) == 1


def test_the_front_matter_above_the_dateline_restates_the_story(run):
    text = ("Wali Kota Minta Pegawai Jaga Netralitas\n"
            "Wali kota meminta ASN menjaga netralitas pada Pilkada 2024.\n"
            "Foto bersama pejabat Dinas Kesehatan Kota Madiun usai apel.\n"
            "MADIUN, KABARKITA - Wali kota meminta ASN menjaga netralitas pada Pilkada 2024 yang digelar "
            "serentak di seluruh daerah, saat apel pagi di halaman balai kota.")
    result = run(text)
    assert [d.kind for d in result.directives] == ["appeal"]
    assert "Dinas Kesehatan Kota Madiun" not in agencies(result)


def test_an_outlet_whose_name_has_digits_opens_the_dateline(run):
    text = ("Jakarta, Warta24.com - Bawaslu menyerahkan laporan dugaan pelanggaran ASN ke BKN pada Rabu pagi "
            "di kantor pusat.\n"
            "Walau begitu Rahmat Bagja, Ketua Bawaslu RI, meminta ASN tetap menjaga netralitas dalam Pilkada 2024.\n"
            "Bagja: laporan itu kami serahkan kepada BKN setelah KASN tidak ada lagi sesuai surat edaran menteri.")
    assert [o.name for o in run(text).officials] == ["Rahmat Bagja"]


def test_a_hyphen_inside_a_word_opens_no_dateline(run):
    # a repeated word ("Undang-Undang") or one going on in lower case ("Baru-baru") is no place before a dash: the
    # lines above it are the story's own prose, not front matter
    for opening in ("Undang-Undang Nomor 10 Tahun 2016", "Baru-baru ini Bawaslu mengingatkan bahwa aturan"):
        text = ("Bupati Madiun meminta seluruh ASN di lingkungan Pemkab Madiun menjaga netralitas pada Pilkada 2024.\n"
                f"{opening} melarang pegawai negeri ikut berkampanye bagi pasangan calon mana pun di daerah itu.")
        assert "appeal" in [d.kind for d in run(text).directives], opening
    # a place glued to the lead by a hyphen, a capital after it, is still a dateline: the standfirst above restates
    text = ("Bupati Madiun meminta ASN menjaga netralitas pada Pilkada 2024.\n"
            "MADIUN-Bupati Madiun meminta seluruh ASN di lingkungan pemerintah kabupaten menjaga netralitas pada "
            "Pilkada 2024 yang digelar serentak.")
    assert [d.kind for d in run(text).directives] == ["appeal"]


def test_titles_listed_under_related_news_name_nothing(run):
    text = ("Bupati Sleman meminta ASN netral dalam Pilkada 2024, kata dia di Sleman.\n"
            "Related News\n"
            "KPK Periksa Dua Saksi Kasus Suap Proyek Jalan?\n"
            "Kejagung Tetapkan Tersangka Baru Kasus Tambang")
    found = agencies(run(text))
    assert "Komisi Pemberantasan Korupsi" not in found and "Kejaksaan Agung" not in found


@pytest.mark.parametrize("label", ["Bacaan Lainnya", "Artikel Terbaru", "Berita Populer", "Related Post"])
def test_titles_listed_under_a_widgets_other_labels_name_nothing(run, label):
    text = ("Bupati Sleman meminta ASN netral dalam Pilkada 2024, kata dia di Sleman.\n"
            f"{label}\n"
            "KPK periksa dua saksi kasus suap proyek jalan di kota itu\n"
            "Kejagung tetapkan tersangka baru kasus tambang di pulau itu")
    found = agencies(run(text))
    assert "Komisi Pemberantasan Korupsi" not in found and "Kejaksaan Agung" not in found


def test_a_label_word_in_a_line_of_prose_opens_no_list(run):
    text = ("Bupati Sleman meminta ASN netral dalam Pilkada 2024, kata dia di Sleman.\n"
            "Berita terbaru soal pelanggaran itu disampaikan KPK kepada wartawan.\n"
            "Kejagung Tetapkan Tersangka Baru Kasus Tambang")
    assert "Komisi Pemberantasan Korupsi" in agencies(run(text))


def test_a_link_line_inside_the_body_names_nothing(run):
    text = ("Bupati Sleman meminta ASN netral dalam Pilkada 2024.\n"
            "BACA JUGA: Polda Jatim ungkap kasus penipuan arisan daring di tiga kota\n"
            "Ia menambahkan, ASN yang melanggar akan dilaporkan.")
    assert "Kepolisian Daerah Jawa Timur" not in agencies(run(text))


def test_a_photo_caption_in_the_body_names_nothing(run):
    text = ("Bupati Sleman meminta ASN netral dalam Pilkada 2024.\n"
            "Suasana apel pagi para pegawai di halaman kantor Dinas Kesehatan Kota Madiun. (Foto: dok. humas)\n"
            "Ia menambahkan, ASN yang melanggar akan dilaporkan.")
    assert "Dinas Kesehatan Kota Madiun" not in agencies(run(text))


def test_the_outlets_own_promotion_gives_nothing(run):
    text = ("Sekda meminta ASN Pemkab Garut tetap netral pada Pilkada 2024.\n"
            "Jangan lupa ikuti update berita lainnya dan follow akun Google News kami.")
    assert [d.kind for d in run(text).directives] == ["appeal"]


def test_the_outlets_promotion_by_the_services_indonesian_names_gives_nothing(run):
    text = ("Kepala BKD meminta ASN Pemkab Sukamaju tetap netral pada Pilkada 2024.\n"
            "Gabung ke Channel WhatsApp Kabar Sukamaju untuk update berita Bupati larang ASN ikut kampanye.\n"
            "Ikuti kabar terbaru dari kami di Google Berita, ASN dilarang ikut kampanye.")
    assert [d.kind for d in run(text).directives] == ["appeal"]


def test_a_channel_or_news_named_in_prose_without_the_service_stays_read(run):
    text = ("Kepala BKD meminta ASN Pemkab Sukamaju tetap netral pada Pilkada 2024.\n"
            "ASN dilarang membuat channel di media sosial untuk berita kampanye calon.")
    assert sorted(d.kind for d in run(text).directives) == ["appeal", "prohibition"]


def test_a_promotion_run_into_the_last_paragraph_leaves_the_story_its_prose(run):
    story = ("Ketua Bawaslu Kabupaten Garut Ahmad Nurul Syahid meminta ASN tetap netral pada Pilkada 2024. "
             "ASN juga dilarang memasang spanduk calon di kantor. Bawaslu akan meneruskan temuan itu ke BKN "
             "agar ASN yang terbukti tidak netral dijatuhi sanksi sesuai aturan kepegawaian yang berlaku. ")
    result = run(story + "(red)Ikuti update berita pilihan dan terkini dari kami di Google News.")
    assert [o.name for o in result.officials] == ["Ahmad Nurul Syahid"]
    assert sorted(d.kind for d in result.directives) == ["appeal", "prohibition", "sanction"]


def test_a_stop_abbreviating_the_word_before_a_name_an_office_or_an_amount_ends_no_sentence(doc_of):
    for text in ("Pj. Bupati Madiun meminta ASN tetap netral.",
                 "Warga berharap Penjabat (Pj.) Bupati Madiun bersikap netral.",
                 "Bupati Madiun, Ir. Budi Santoso, meminta ASN tetap netral.",
                 "Dandim Madiun Letkol Inf. Budi Santoso meminta prajurit tetap netral.",
                 "Kapolda Irjen Pol. Budi Santoso meminta anggotanya tetap netral.",
                 "Pelanggar diancam pidana penjara dan denda paling banyak Rp. 12 juta."):
        assert len(list(doc_of(text).sents)) == 1, text
    # a corps' word not after a rank, an honorific before a number, a currency before a word: the next sentence opens
    for text in ("Pasukan itu dari batalyon Inf. Komandannya meminta prajurit tetap netral.",
                 "Yang hadir hanya Plt Kepala Dinas Ir. 12 camat juga diundang.",
                 "Pelanggar didenda Rp. Ia menyebut jumlahnya belum pasti."):
        assert len(list(doc_of(text).sents)) == 2, text


def test_a_comma_after_an_abbreviation_carries_the_sentence_on(doc_of):
    text = "Pj Wali Kota Sabang Andri Nourman, AP., M.Si., minta kepada ASN agar netral."
    assert len(list(doc_of(text).sents)) == 1


def test_a_link_line_is_never_the_dateline_lead(run):
    text = ("iNSulteng – Pilkada serentak 2020 di Provinsi Sulawesi Tengah bakal bergulir pada 9 Desember 2020.\n"
            "Gubernur Sulteng, Longki Djanggola mengingatkan agar para ASN tetap netral.\n"
            "Baca Juga: Beredar Video Keluarga Pasien Ngamuk di Rumah Sakit, Minta Jenazah Dimakamkan Tanpa Protap\n"
            "Ia berharap ASN tidak merusak citra dengan melanggar netralitas.")
    assert [o.name for o in run(text).officials] == ["Longki Djanggola"]


def test_a_long_line_listing_offices_with_commas_is_prose_not_a_headline(run):
    text = ("Bupati Langkat meminta ASN menjaga netralitas dalam Pilkada 2024 saat apel di halaman kantor bupati.\n"
            "Hadir mendampingi Bupati Langkat, Asisten Administrasi Umum Musti Rahman, Kepala BKD Eka Syahputra "
            "Depari, dan Kepala Bagian Organisasi Beni Sukmaria")
    assert {"Musti Rahman", "Eka Syahputra Depari", "Beni Sukmaria"} <= {o.name for o in run(text).officials}
    # a line whose last word carries the full stop ("M.H.") ends a sentence: it is no headline
    text = ("Bupati Langkat meminta ASN menjaga netralitas dalam Pilkada 2024.\n"
            "Turut hadir Kepala Kejaksaan Negeri Langkat Sahroni Amin, S.H., M.H.")
    assert "Sahroni Amin" in {o.name for o in run(text).officials}
    # a short headline with commas stays a headline
    text = "Pj Gubernur: ASN, TNI, Polri Harus Netral\nPj Gubernur meminta ASN netral dalam Pilkada 2024 di Medan."
    assert [d.kind for d in run(text).directives] == ["appeal"]


def test_a_photo_caption_names_the_official_of_an_institution_an_office_heads(run):
    text = ("Pemerintah daerah meminta seluruh pegawai tetap netral selama tahapan Pilkada 2024 di wilayahnya.\n"
            "Ketua Bawaslu Garut Dedi Kurniawan Saputra (Foto: dok. humas)\n"
            "Ia menambahkan, ASN yang melanggar akan dilaporkan.")
    result = run(text)
    assert {(o.name, o.agency) for o in result.officials} == {("Dedi Kurniawan Saputra", "Bawaslu Kabupaten Garut")}
    # the credit of a photo names no institution
    text = ("Bupati Garut meminta seluruh pegawai tetap netral selama tahapan Pilkada 2024 di wilayahnya.\n"
            "Suasana apel pagi di halaman kantor bupati (Foto: Humas Bawaslu Garut)\n"
            "Ia menambahkan, ASN yang melanggar akan dilaporkan.")
    assert "Bawaslu Kabupaten Garut" not in agencies(run(text))


def test_a_last_line_pointing_back_to_the_story_is_prose_cut_off_not_a_headline(run):
    text = ("Pemkab Sleman meminta seluruh ASN bersikap netral selama tahapan Pilkada 2024.\n"
            "Kegiatan ini dihadiri Kepala Kejaksaan Negeri Sleman Rudi Hartono Siregar")
    assert "Rudi Hartono Siregar" in {o.name for o in run(text).officials}
    text = ("Bawaslu menemukan dua ASN yang menghadiri kampanye Pilkada 2024 di Kota Metro.\n"
            "Sementara itu, Ketua Bawaslu Kota Metro Andika Prasetya")
    assert "Andika Prasetya" in {o.name for o in run(text).officials}
    text = ("Surat imbauan netralitas sudah dikirim ke seluruh ASN menjelang Pilkada 2024.\n"
            "Sebelumnya, Ketua Bawaslu Kabupaten Tegal Hamdan Syarifudin")
    assert "Hamdan Syarifudin" in {o.name for o in run(text).officials}
    # a headline in title case, also one opening with a comma, stays a headline
    text = ("Pilkada, Bupati Tegal Dewi Kartika Minta ASN Netral\n"
            "Bawaslu meminta ASN netral dalam Pilkada 2024 di Kabupaten Tegal.")
    assert "Dewi Kartika" not in {o.name for o in run(text).officials}


def test_no_break_spaces_zero_width_marks_and_soft_hyphens_do_not_split_names(run):
    text = ("Pj Gubernur Jabar, Bey\u00a0Mach\u00admudin, dan Ketua Bawaslu Jabar, Zacky Muham\u200bmad, meminta "
            "ASN netral.")
    assert [o.name for o in run(text).officials] == ["Bey Machmudin", "Zacky Muhammad"]


def test_a_desk_credit_closing_a_paragraph_names_no_institution(run):
    text = "Bupati Bojonegoro meminta ASN netral dalam Pilkada 2024, kata Yasin.(dwi/kominfo)\nApel berjalan tertib."
    assert {a.agency for a in run(text).agencies} == {"Pemerintah Kabupaten Bojonegoro"}


def test_a_credit_names_no_institution_however_long_the_units_name(run):
    story = "Bupati Bojonegoro meminta ASN netral dalam Pilkada 2024 di halaman pendapa, kata Yasin."
    for credit in [" (Diskominfotik Kabupaten Gresik)", "(Rilis/Diskominfotik)", "(Rahmat Hidayat/Diskominfotik)"]:
        text = story + credit + "\nApel berjalan tertib."
        assert agencies(run(text)) == {"Pemerintah Kabupaten Bojonegoro"}, credit
    # a bracket glossing the words before it, within the sentence, is the story's
    text = "Bupati Bojonegoro meminta ASN netral dalam Pilkada 2024, kata Kepala Dinas Kominfo (Diskominfo Gresik)\n"
    assert "Dinas Komunikasi dan Informatika Kabupaten Gresik" in agencies(run(text))
    # one after the stop opened by an office's title names the speaker quoted
    text = "\"Pegawai jangan ikut berkampanye dalam Pilkada 2024,\" katanya. (Bupati Gresik Fandi Akhmad)\n"
    assert "Pemerintah Kabupaten Gresik" in agencies(run(text))


def test_a_photo_caption_still_names_the_official_pictured(run):
    text = ("MADIUN - Pemerintah daerah meminta seluruh pegawai tetap netral selama tahapan Pilkada 2024 "
            "berlangsung di wilayahnya.\n"
            "HADIR: Pj. Bupati Ngawi, Sulastri Wibowo (kiri) mengingatkan pegawai agar netral. (foto: humas)\n"
            "Ia menambahkan, ASN yang melanggar akan dilaporkan.")
    assert "Sulastri Wibowo" in {o.name for o in run(text).officials}


def test_an_interim_title_abbreviated_with_a_full_stop_ends_no_sentence(doc_of, run):
    text = "Sekda mengimbau kepada setiap Pj. Kepala Daerah agar menjaga netralitas ASN. Ia juga hadir."
    assert [" ".join(s.text.split()) for s in doc_of(text).sents] == [
        "Sekda mengimbau kepada setiap Pj. Kepala Daerah agar menjaga netralitas ASN.", "Ia juga hadir."]
    found = run("Dalam rapat itu, Mendagri meminta setiap Pj. Bupati agar memastikan ASN netral di pilkada.").directives
    assert [d.kind for d in found] == ["appeal"] and "memastikan ASN netral" in found[0].sentence


def test_teasers_of_other_stories_cut_short_one_after_another_name_nothing(run):
    story = "Sekda Kabupaten Sleman meminta ASN tetap netral selama tahapan Pilkada 2024, Senin (7/10/2024).\n"
    text = (story + "SlemanPost, Sleman - Dinas Perhubungan Kabupaten Bantul menambah armada bus sekolah untuk…\n"
            "SlemanPost, Bantul - Dalam rangka reses, Anggota DPRD Kabupaten Kulon Progo dan Menteri Pertanian RI,…\n"
            "SlemanPost - Kejaksaan Negeri Gunungkidul menahan dua tersangka korupsi dana desa yang...")
    found = agencies(run(text))
    assert not {"Dinas Perhubungan Kabupaten Bantul", "Dewan Perwakilan Rakyat Daerah Kabupaten Kulon Progo",
                "Kejaksaan Negeri Gunungkidul", "Kementerian Pertanian"} & found


def test_a_story_cut_short_in_its_own_last_line_keeps_what_it_names(run):
    text = ("Pemkab Sleman menggelar apel netralitas ASN menjelang Pilkada 2024.\n"
            "Kepala Dinas Perhubungan Kabupaten Bantul meminta seluruh pegawainya menjaga netralitas dan tidak ikut…")
    result = run(text)
    assert "Dinas Perhubungan Kabupaten Bantul" in agencies(result)
    assert [d.kind for d in result.directives] == ["appeal"]
    text = ("Kepala Dinas Perhubungan Kabupaten Bantul meminta seluruh pegawai menjaga netralitas... kata dia.\n"
            "Ia juga meminta pegawai tidak mengunggah dukungan kepada calon di media sosial...")
    assert "Dinas Perhubungan Kabupaten Bantul" in agencies(run(text))


def test_a_story_whose_own_lines_are_cut_short_keeps_what_they_name(run):
    text = ("GARUT - Netralitas ASN kembali disorot…\n"
            "Ketua Bawaslu Kabupaten Garut Budi Santoso mengatakan pihaknya sudah mengingatkan ASN berkali-kali...\n"
            "Kepala Inspektorat Kabupaten Garut Ahmad Yani juga meminta ASN tidak ikut kampanye...\n"
            "Keduanya berbicara…")
    result = run(text)
    assert {"Bawaslu Kabupaten Garut", "Inspektorat Kabupaten Garut"} <= agencies(result)
    assert "appeal" in {d.kind for d in result.directives}


def test_a_pages_list_of_partners_in_bare_lines_names_nothing(run):
    story = "Pemkot Kendari menggelar apel netralitas ASN menjelang Pilkada 2024, Senin (7/10/2024).\n"
    partners = "Universitas Halu Oleo\nBank Sultra\nDPRD Kota Baubau\nPemkab Konawe Selatan\nPemkab Muna\nKolaka Pos\n"
    found = agencies(run(story + "Editor : Rina\n" + partners))
    assert "Pemerintah Kota Kendari" in found
    assert not {"Dewan Perwakilan Rakyat Daerah Kota Baubau", "Pemerintah Kabupaten Konawe Selatan",
                "Pemerintah Kabupaten Muna"} & found


def test_a_few_short_lines_or_a_numbered_list_keep_what_they_name(run):
    story = "Bawaslu Kota Kendari memanggil sejumlah ASN yang diduga tidak netral, Senin (7/10/2024).\n"
    found = agencies(run(story + "Pemkab Konawe Selatan\nPemkab Muna\nBank Sultra\n"))
    assert {"Pemerintah Kabupaten Konawe Selatan", "Pemerintah Kabupaten Muna"} <= found
    listed = ("Mereka berasal dari:\n1. Dinas Sosial\n2. Pemkab Muna\n3. DPRD Kota Baubau\n4. Bank Sultra\n"
              "5. Pemkab Konawe\n")
    found = agencies(run(story + listed))
    assert {"Pemerintah Kabupaten Muna", "Dewan Perwakilan Rakyat Daerah Kota Baubau"} <= found


def test_bare_lines_listed_after_a_colon_are_the_story_s_own_list(run):
    story = "Pemkab Garut menggelar rapat koordinasi netralitas ASN menjelang Pilkada 2024, Senin (7/10/2024).\n"
    listed = ("Rapat dihadiri perwakilan:\nBawaslu Kabupaten Garut\nKPU Kabupaten Garut\nPolres Garut\n"
              "Kodim 0611 Garut\nKejari Garut\nInspektorat Kabupaten Garut\n")
    found = agencies(run(story + listed))
    assert {"Bawaslu Kabupaten Garut", "Inspektorat Kabupaten Garut"} <= found


def test_a_related_news_label_written_without_its_space_opens_a_list_of_links(run):
    story = "Kepala BKD Kota Medan meminta ASN menjaga netralitas selama tahapan Pemilu 2024, Senin (7/10/2023).\n\n"
    links = ("bacajuga\n\nKapolres Binjai Hadiri Rapat Koordinasi Bersama KPU Sumut, Dinas Perhubungan Kota Binjai dan "
             "Para Camat Se Kota Binjai\n\n")
    found = agencies(run(story + links + "Ia juga meminta para camat mengawasi pegawainya."))
    assert not {"Kepolisian Resor Binjai", "Komisi Pemilihan Umum Provinsi Sumatera Utara"} & found
    found = agencies(run(story + "Baca juga: Kapolres Binjai Hadiri Rapat Koordinasi KPU Sumut\n\nIa meminta ..."))
    assert "Kepolisian Resor Binjai" not in found


def test_bare_lines_of_titles_and_their_holders_still_name_the_officials(run):
    story = "Bawaslu Kota Kendari menggelar sosialisasi netralitas ASN menjelang Pilkada 2024, Senin (7/10/2024).\n"
    speakers = "Narasumber\nKetua Bawaslu Kota Kendari\nRina Wati\nKepala Kesbangpol Kendari\nBudi Santoso\n"
    result = run(story + speakers + "Acara ditutup dengan doa bersama.")
    assert {"Rina Wati", "Budi Santoso"} <= {o.name for o in result.officials}
