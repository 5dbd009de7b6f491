"""Relevance, election contest and province of an article."""

from __future__ import annotations

NEUTRALITY = "Bawaslu mengingatkan ASN menjaga netralitas selama masa kampanye Pemilu 2024."


def test_civil_servant_neutrality_in_an_election_is_relevant(run):
    assert run(NEUTRALITY).is_relevant


def test_the_title_alone_can_carry_the_topic(run):
    assert run("Rapat dihadiri camat se-kabupaten menjelang pilkada.", title="Netralitas ASN Diawasi").is_relevant


def test_civil_service_news_without_an_election_is_not_relevant(run):
    assert not run("Gaji PNS naik delapan persen tahun depan, kata Menteri Keuangan.").is_relevant
    assert not run("Seleksi CASN dibuka; ASN baru wajib menjaga netralitas birokrasi.").is_relevant


def test_election_news_without_civil_servants_is_not_relevant(run):
    assert not run("KPU mendistribusikan surat suara Pemilu 2024 ke pulau terluar.").is_relevant
    assert not run("Pendaftar PPK boleh berstatus ASN asalkan mendapat izin atasan untuk Pilkada 2024.").is_relevant


def test_election_with_a_year(run):
    assert run("ASN wajib netral dalam Pilkada Serentak 2024.").election == "pilkada-2024"
    assert run("ASN wajib netral dalam Pemilu 2019.", published="2019-03-01").election == "pemilu-2019"


def test_undated_contest_is_the_next_one(run):
    assert run("ASN wajib netral saat pilkada.", published="2024-06-01").election == "pilkada-2024"
    assert run("ASN wajib netral saat pemilu.", published="2023-06-01").election == "pemilu-2024"


def test_no_contest_no_election(run):
    assert run("Gaji PNS naik tahun depan.").election is None


def test_the_title_weighs_more_than_a_passing_mention(run):
    text = "Pengalaman Pemilu 2024 jadi pelajaran. ASN diminta netral."
    assert run(text, title="Jelang Pilkada 2024, ASN Diminta Netral").election == "pilkada-2024"


def test_regional_story_gets_its_province(run):
    text = "Bawaslu Kaltim meminta ASN di Samarinda menjaga netralitas selama Pemilu 2024."
    assert run(text, source_province="Kalimantan Timur").province == "Kalimantan Timur"


def test_regency_places_the_story_in_its_province(run):
    text = "Pemkab Lamongan melarang ASN menghadiri kampanye Pemilu 2024."
    assert run(text).province == "Jawa Timur"


def test_national_story_on_a_regional_outlet_has_no_province(run):
    text = ("JAKARTA, OUTLET – Menteri PANRB meminta ASN netral dalam Pemilu 2024 di Kantor Kementerian PANRB, "
            "Jakarta Selatan.")
    assert run(text, source_province="Sulawesi Selatan").province is None


def test_the_capital_counts_only_through_its_own_institutions(run):
    text = "Pemprov DKI Jakarta meminta ASN netral dalam Pilkada Jakarta 2024."
    assert run(text).province == "DKI Jakarta"


def test_a_relevant_article_naming_no_contest_is_about_the_next_one(run):
    text = "ASN wajib netral menjelang pencoblosan. Pegawai dilarang berfoto dengan calon legislatif."
    assert run(text, published="2024-02-02").election == "pemilu-2024"


def test_a_relevant_article_naming_no_contest_is_about_none_when_the_next_is_years_away(run):
    text = "Bawaslu menggelar sosialisasi netralitas ASN. Pegawai dilarang mendukung calon di media sosial."
    assert run(text, published="2025-09-15").election is None
    assert run(text, published="2023-05-15").election == "pemilu-2024"


def test_a_field_of_election_law_alone_names_no_contest(run):
    text = ("Panitia pengawas memanggil dua PNS yang hadir di rumah seorang calon. Menurut Undang-Undang Pemilu, PNS "
            "dilarang terlibat kampanye dan wajib netral.")
    assert run(text, published="2018-02-05").election == "pilkada-2018"
    assert run(text, published="2018-09-05").election == "pemilu-2019"
    assert run(text.replace("Undang-Undang Pemilu", "aturan Pemilu"), published="2018-02-05").election == "pemilu-2019"


def test_a_regional_contest_the_headline_names_with_its_region_places_the_story(run):
    text = ("Menteri Dalam Negeri Tito Karnavian mengingatkan bahwa ASN dilarang terlibat politik praktis. ASN yang "
            "ingin maju sebagai calon wajib mundur dari jabatannya.")
    assert run(text, title="Dua Kepala Dinas Bersiap Maju di Pilkada Bone").province == "Sulawesi Selatan"
    assert run(text, title="Dua Kepala Dinas Bersiap Maju di Pilkada Serentak").province is None


def test_a_unit_named_by_a_district_one_regency_holds_places_the_story(run):
    text = "Panwascam Cicalengka memanggil dua guru PNS yang diduga tidak netral pada Pilkada 2024."
    assert run(text).province == "Jawa Barat"
    assert run(text.replace("Cicalengka", "Sukoharjo")).province is None  # a district of three regencies


def test_a_unit_named_by_a_town_no_region_is_named_after_places_the_story_by_its_district(run):
    text = "Kepala Kantor Imigrasi Kelas II TPI Batulicin meminta seluruh pegawai ASN netral pada Pemilu 2024."
    assert run(text).province == "Kalimantan Selatan"
    village = "Pemerintah Desa Cicalengka meminta perangkat desa dan ASN netral pada Pemilu 2024."
    assert run(village).province is None  # a village's unit is named by the village


def test_a_national_story_citing_a_regional_case_stays_national(run):
    text = ("Menteri PANRB Abdullah Azwar Anas meminta ASN netral dalam Pemilu 2024. Ia mencontohkan kasus "
            "di Kabupaten Bogor yang ditangani KASN dan BKN.")
    assert run(text).province is None


def test_a_regional_example_after_a_national_lead_leaves_the_story_national(run):
    text = ("Menteri Dalam Negeri Tito Karnavian mengganti sejumlah penjabat kepala daerah yang tidak netral "
            "menjelang Pemilu 2024. Penggantian itu diambil setelah evaluasi. Salah satunya adalah Bupati Kampar, "
            "Provinsi Riau, Muhammad Firdaus.")
    assert run(text, published=None).province is None
    regional = ("Menteri Dalam Negeri Tito Karnavian mengganti Penjabat Bupati Kampar, Provinsi Riau, "
                "Muhammad Firdaus, yang tidak netral menjelang Pemilu 2024. Penggantian itu diambil setelah evaluasi.")
    assert run(regional, published=None).province == "Riau"


def test_an_instruction_to_civil_servants_about_the_campaign_is_relevant(run):
    assert run("Menteri menegaskan bahwa aparatur sipil negara dilarang ikut serta dalam kampanye.").is_relevant


def test_an_instruction_in_a_story_that_names_no_civil_servant_is_not_relevant(run):
    police = ("Kapolres mengingatkan jajarannya agar menjaga netralitas selama Pilkada 2024. Anggota dilarang "
              "memberi komentar di media sosial yang mendukung salah satu pasangan calon.")
    assert not run(police).is_relevant
    assert run(police.replace("jajarannya", "jajarannya dan para ASN")).is_relevant


def test_an_instruction_to_acting_regional_heads_alone_is_not_relevant(run):
    text = ("Gubernur mengukuhkan tiga penjabat sementara bupati selama masa kampanye. Ia meminta para penjabat agar "
            "menyukseskan pilkada di daerahnya dengan tertib dan lancar.")
    assert not run(text).is_relevant
    assert run(text.replace("para penjabat", "para penjabat dan seluruh ASN")).is_relevant


def test_civil_servants_campaigning_or_breaking_election_rules_is_relevant(run):
    assert run("Menurut Bawaslu, pelanggaran pemilu di provinsi itu kebanyakan dilakukan oleh ASN.").is_relevant
    assert run("Bawaslu menemukan dua PNS menjadi tim kampanye salah satu caleg.").is_relevant
    assert not run("Tim kampanye pasangan calon mendaftar ke KPU untuk Pilkada 2024.").is_relevant


def test_a_permission_to_register_as_election_staff_is_not_relevant(run):
    text = ("KPU membuka rekrutmen panitia Pilkada 2024. "
            "Pendaftar berstatus ASN diperbolehkan mendaftar dengan izin atasan.")
    assert not run(text).is_relevant


def test_a_village_head_election_is_no_tracked_contest(run):
    text = ("Pemkab melarang PNS berpihak dalam pemilihan kepala desa serentak bulan depan. "
            "Menurut sekda, netralitas tidak cuma untuk pemilu; dalam pilkades pun ASN harus netral.")
    an = run(text, published="2023-05-02", title="Pilkades Serentak, PNS Diminta Netral")
    assert an.election is None


def test_a_contest_named_with_its_acronym_in_brackets_keeps_its_year(run):
    text = "Bupati meminta PNS netral pada Pemilihan Kepala Daerah (Pilkada) 2024 di kabupaten itu."
    assert run(text, published=None).election == "pilkada-2024"


def test_the_year_may_follow_other_words_of_the_contest_name(run):
    assert run("PNS wajib netral dalam Pemilihan Serentak Tahun 2024.", published=None).election == "pilkada-2024"
    text = "ASN harus netral pada pemilihan kepala daerah tahun 2020 nanti."
    assert run(text, published=None).election == "pilkada-2020"
    assert run("ASN harus netral menjelang Pilkada 9 Desember 2020.", published=None).election == "pilkada-2020"
    assert run("Bawaslu mengawasi ASN di Pilkada Ulang Tahun 2025.", published=None).election == "pilkada-2025"


def test_a_laws_number_and_year_date_no_contest(run):
    text = "Mendagri membolehkan ASN hadir dalam kampanye Pilkada, merujuk Undang-Undang Pemilu Nomor 7 Tahun 2017."
    assert run(text, published="2024-09-23").election == "pilkada-2024"
    short = "Bupati mengingatkan ASN netral dalam kampanye Pilkada, sesuai UU Pemilu No 7 Tahun 2017."
    assert run(short, published="2024-09-23").election == "pilkada-2024"


def test_contests_joined_by_and_share_their_year(run):
    text = "Pegawai berikrar netral pada Pemilu dan Pemilihan Tahun 2024. ASN dilarang ikut kampanye pemilu."
    assert run(text, published=None).election == "pemilu-2024"
    spelled = ("ASN diminta netral dalam Pemilihan Umum (Pemilu) dan Pemilihan Kepala Daerah (Pilkada) "
               "Serentak Tahun 2024.")
    assert run(spelled, published="2022-10-22").election == "pemilu-2024"


def test_a_shared_year_dates_only_a_contest_held_that_year(run):
    text = ("ASN Kota Depok mendeklarasikan sikap netral dalam Pilkada Jawa Barat. Wali kota mengingatkan ASN agar "
            "netral dalam Pilkada maupun Pemilu 2019. Pilkada diawasi Panwaslu.")
    assert run(text, published="2018-02-23").election == "pilkada-2018"  # no regional elections in 2019


def test_an_undated_mention_is_the_contest_dated_elsewhere_in_the_story(run):
    text = ("ASN diminta netral selama pilkada ulang 2025. Pelanggaran saat pilkada dilaporkan ke BKN. "
            "Pilkada itu diawasi ketat.")
    assert run(text, published="2025-08-10").election == "pilkada-2025"


def test_without_a_publication_date_the_reported_dates_tell_the_contest(run):
    text = "Pada apel Kamis (12/10/2023), ASN diminta menjaga netralitas menjelang pemilihan umum."
    assert run(text, published=None).election == "pemilu-2024"


def test_two_contests_named_alike_are_told_apart_by_what_comes_first(run):
    text = "Ikrar netralitas ASN untuk Pemilu dan Pilkada 2024 dibacakan Jumat (17/11/2023) di lapangan kantor bupati."
    assert run(text, published=None).election == "pemilu-2024"
    later = "Ikrar netralitas ASN untuk Pemilu dan Pilkada 2024 dibacakan Jumat (6/9/2024) di lapangan kantor bupati."
    assert run(later, published=None).election == "pilkada-2024"


def test_where_a_national_official_spoke_is_not_what_the_story_is_about(run):
    text = ("BENGKULU, KABARKITA - ASN yang tidak netral dalam Pemilu 2024 bisa dipidana, kata Ketua Bawaslu RI "
            "Rahmat Bagja usai rapat bersama KASN, BKN dan Kemendagri. Ketua Bawaslu Provinsi Bengkulu juga hadir.")
    assert run(text, published=None).province is None
    regional = ("BENGKULU, KABARKITA - Ketua Bawaslu Provinsi Bengkulu meminta ASN netral dalam Pemilu 2024 "
                "usai rapat bersama KASN dan BKN.")
    assert run(regional, published=None).province == "Bengkulu"


def test_the_capital_counts_through_an_office_of_its_own(run):
    text = "JT – Wali Kota Jakarta Utara Ali Maulana Hakim meminta ASN di Jakarta Utara netral selama Pilkada 2024."
    assert run(text).province == "DKI Jakarta"


def test_places_in_links_to_other_stories_do_not_place_the_story(run):
    text = ("Menteri PANRB Abdullah Azwar Anas meminta ASN netral dalam Pemilu 2024.\n"
            "Baca juga: banjir merendam tiga desa di Kabupaten Garut dan Kota Tasikmalaya\n"
            "Ia menegaskan sanksi menanti pegawai yang melanggar.")
    assert run(text).province is None


def test_the_legal_names_of_regional_elections(run):
    found = run("Seluruh ASN diminta bersikap netral dalam Pemilihan Serentak Tahun 2024 di kabupaten ini.",
                published=None)
    assert found.is_relevant and found.election == "pilkada-2024"
    long_name = ("PNS dilarang berpihak pada Pemilihan Gubernur dan Wakil Gubernur serta Bupati dan Wakil Bupati "
                 "Tahun 2020 di provinsi itu.")
    assert run(long_name, published=None).election == "pilkada-2020"
    assert run("ASN harus netral pada Pemilukada mendatang.", published="2015-09-01").election == "pilkada-2015"


def test_a_contest_word_inside_an_institution_name_is_no_contest(run):
    text = "Badan Pengawas Pemilu mengingatkan ASN agar netral dalam pilkada serentak Desember nanti."
    assert run(text, published="2024-01-10").election == "pilkada-2024"


def test_an_undated_story_is_dated_by_the_term_of_an_acting_office_holder(run):
    text = ("Penjabat Gubernur Gorontalo Zudan Arif Fakrulloh meminta ASN tidak berpihak dalam pilkada "
            "dan menjaga netralitas.")
    assert run(text, published=None).election == "pilkada-2017"


def test_a_term_spanning_several_contests_dates_nothing(run):
    text = "Menteri Dalam Negeri Tjahjo Kumolo meminta ASN tetap netral dalam pilkada serentak."
    assert run(text, published=None).election is None


def test_a_contest_dated_by_its_polling_day_without_a_year(run):
    assert run("ASN wajib netral pada Pilkada serentak 27 November mendatang.", published=None).election == \
        "pilkada-2024"
    # polling on 9 December was both 2015 and 2020: the first of them from the story's time, else the later
    assert run("ASN wajib netral pada Pilkada 9 Desember nanti.", published=None).election == "pilkada-2020"
    assert run("ASN wajib netral pada Pilkada 9 Desember nanti.", published="2015-10-01").election == "pilkada-2015"


def test_a_contest_dated_by_the_polling_day_its_schedule_gives(run):
    text = "Bupati meminta PNS tidak memihak dalam Pilkada yang akan dilaksanakan pada 9 Desember mendatang."
    assert run(text, published=None).election == "pilkada-2020"
    text = "Sekda mengingatkan pegawai agar netral pada pemilihan kepala daerah (Pilkada) yang digelar 27 November."
    assert run(text, published=None).election == "pilkada-2024"
    # the day of something the contest holds is no polling day: the campaign's start dates no general election
    text = "ASN dilarang ikut kampanye. Masa kampanye Pemilu akan berlangsung pada 28 November 2023 hingga Februari."
    assert run(text, published=None).election == "pemilu-2024"


def test_pemilihan_with_a_year_is_the_regional_contest_and_timing_decides_between_two(run):
    text = "ASN diminta tetap netral pada Pemilu dan Pemilihan 2024."
    assert run(text, published="2023-12-01").election == "pemilu-2024"
    assert run(text, published="2024-07-01").election == "pilkada-2024"
    assert run("Netralitas ASN dijaga sepanjang Pemilihan 2020.", published=None).election == "pilkada-2020"


def test_a_story_without_a_whole_date_is_dated_by_the_year_it_writes(run):
    assert run("Apel Rabu (12/13/2023) mengingatkan ASN menjaga netralitas dalam pemilu.",
               published=None).election == "pemilu-2024"
    assert run("Sejak November 2019 Bawaslu meminta ASN netral menjelang pilkada.", published=None).election == \
        "pilkada-2020"


def test_the_election_year_by_its_press_name_dates_a_story_naming_no_contest(run):
    ahead = "Menyongsong tahun politik 2024, Wakil Wali Kota meminta para ASN bersikap netral dan tidak ikut kampanye."
    assert run(ahead, published=None).election == "pemilu-2024"
    older = "Di tahun politik 2019 ini, Kepala BKD meminta para ASN bersikap netral dan tidak ikut kampanye."
    assert run(older, published=None).election == "pemilu-2019"
    # a year after another noun is no time of the story, and 'tahun politik' without a year dates nothing
    budget = "Pada tahun anggaran 2024, Kepala BKD meminta para ASN bersikap netral dan tidak ikut kampanye."
    assert run(budget, published=None).election is None
    bare = "Di tahun politik ini, Kepala BKD meminta para ASN bersikap netral dan tidak ikut kampanye."
    assert run(bare, published=None).election is None


def test_the_year_of_a_law_does_not_date_the_story(run):
    text = "Sesuai UU Nomor 5 Tahun 2014 dan PP 94/2021, ASN dilarang berpihak dalam pilkada."
    assert run(text, published=None).election == "pilkada-2024"  # not the pilkada after 2014


def test_a_story_nothing_dates_is_about_the_current_cycle_of_the_contest_it_names(run):
    assert run("ASN dilarang berpihak dalam pilkada di daerah ini.", published=None).election == "pilkada-2024"
    assert run("Bawaslu meminta ASN netral selama tahapan pemilu.", published=None).election == "pemilu-2024"


def test_a_contest_the_story_looks_back_on_is_not_its_contest(run):
    text = ("Pada pemilu Februari 2024 lalu tidak ada laporan. Pemilu lalu aman. Menjelang pilkada, Bawaslu "
            "meminta ASN netral, Kamis (30/5/2024).")
    assert run(text, published=None).election == "pilkada-2024"
    assert run("ASN melanggar netralitas pada Pemilu 2019 lalu.", published=None).election == "pemilu-2019"


def test_a_field_of_law_or_work_named_by_pemilu_is_no_contest_beside_a_regional_one(run):
    text = ("Bawaslu meminta ASN netral menjelang pilkada di kabupaten ini. Keterlibatan ASN dalam kampanye termasuk "
            "pelanggaran pemilu. Pelakunya bisa dijerat tindak pidana pemilu. Penyelenggara pemilu diminta tegas.")
    assert run(text, published="2018-03-01").election == "pilkada-2018"
    alone = "Keterlibatan ASN dalam kampanye termasuk pelanggaran pemilu, kata Ketua Bawaslu."
    assert run(alone, published="2018-12-01").election == "pemilu-2019"


def test_a_unit_named_with_its_town_places_the_story_there(run):
    text = "Rektor UIN Alauddin Makassar meminta dosen yang berstatus ASN tetap netral dalam Pemilu 2024."
    assert run(text, published=None).province == "Sulawesi Selatan"
    text = "Kepala Kantor Imigrasi Kelas I Kupang meminta pegawai ASN tidak berpihak pada Pemilu 2024."
    assert run(text, published=None).province == "Nusa Tenggara Timur"


def test_a_contest_held_well_before_the_story_is_looked_back_on(run):
    text = ("Dalam evaluasi Pemilu 2019 di Gorontalo, Bawaslu mencatat 12 ASN yang diproses selama Pemilu 2019. "
            "Ketua Bawaslu meminta ASN tidak berpihak pada Pilgub yang akan datang, Jumat (20/12/2019).")
    assert run(text, published=None).election == "pilkada-2020"
    alone = "Bawaslu merilis 12 ASN yang terbukti tidak netral selama Pemilu 2019, Jumat (20/12/2019)."
    assert run(alone, published=None).election == "pemilu-2019"


def test_a_repeat_vote_of_the_2024_regional_elections_is_the_contest_of_2025(run):
    text = "Bawaslu menerima laporan camat yang tidak netral menjelang PSU Pilkada Kabupaten Buru."
    assert run(text, published=None).election == "pilkada-2025"
    dated = "ASN diminta netral dalam pemungutan suara ulang (PSU) Pilkada 2024 di Kota Palopo."
    assert run(dated, published=None).election == "pilkada-2025"
    later = ("Sekda meminta ASN netral pada PSU Pilgub Papua, Kamis (10/7/2025). Kekeliruan pada Pilkada 2024 "
             "jangan terulang.")
    assert run(later, published=None).election == "pilkada-2025"


def test_a_repeat_vote_named_alone_in_an_undated_story_is_the_current_cycles_rerun(run):
    bare = ("Wakil Bupati mengimbau para ASN agar tetap netral dan tidak ikut kampanye menjelang PSU di Kabupaten "
            "Banggai.")
    assert run(bare, published=None).election == "pilkada-2025"
    long = "Selama kampanye pemungutan suara ulang, ASN diminta menjaga netralitas dan tidak mengunggah dukungan."
    assert run(long, published=None).election == "pilkada-2025"
    # a date places it: the last contest held before the story, its repeat keyed so
    assert run(bare, published="2021-04-10").election == "pilkada-2020"
    # no repeat vote named: the undated story names no contest
    plain = "Wakil Bupati mengimbau para ASN agar tetap netral dan tidak ikut kampanye menjelang pemungutan suara."
    assert run(plain, published=None).election is None


def test_a_repeat_vote_dated_by_a_year_without_a_contest_reruns_the_last_contest_before_it(run):
    text = ("Sekda memutasi delapan pejabat ASN usai Pilkada 2024 dan jelang pemungutan suara ulang (PSU) pada 19 Juni "
            "2025. Bawaslu meminta ASN tetap netral.")
    assert run(text, published=None).election == "pilkada-2025"
    older = "Bupati mengingatkan ASN agar netral menjelang PSU pada 17 Maret 2021 di empat TPS."
    assert run(older, published=None).election == "pilkada-2020"
    # a year that held a contest itself names no rerun: the story's other contest decides
    same = "Sekda mengingatkan ASN agar netral dalam Pilkada 2024 dan menjelang PSU pada Desember 2024."
    assert run(same, published=None).election == "pilkada-2024"


def test_a_repeat_vote_by_its_acronym_is_an_election_word(run):
    text = "Sekda meminta para ASN menjaga netralitas menjelang PSU di Kabupaten Pasaman."
    assert run(text, published="2025-04-10").is_relevant
    # the neutrality of no civil servant: no story of ours
    staff = "Bawaslu meminta penyelenggara menjaga netralitas menjelang PSU di Kabupaten Pasaman."
    assert not run(staff, published="2025-04-10").is_relevant


def test_a_sentence_listing_the_legislative_and_presidential_votes_names_one_general_election(run):
    text = ("Menjelang Pilgub tahun 2018, Pemilihan Legislatif tahun 2019 serta Pemilihan Presiden tahun 2019, "
            "Kepala BKD meminta PNS di Kota Kendari menjaga netralitas, Senin (5/3/2018).")
    assert run(text, published=None).election == "pilkada-2018"


def test_an_undated_contest_word_does_not_reach_a_contest_years_away(run):
    text = ("Enam lurah dilaporkan ke Bawaslu Batam usai berfoto dengan calon Wakil Wali Kota Batam. Ketua Bawaslu "
            "mengingatkan ASN agar tetap netral dalam pemilu.")
    assert run(text, published="2024-10-04").election == "pilkada-2024"


def test_a_term_of_office_after_the_contest_dates_it(run):
    text = ("Pemilihan Wali Kota dan Wakil Wali Kota Denpasar periode 2021-2025 diharapkan berjalan jujur. "
            "PNS diminta netral dan tidak ikut kampanye.")
    assert run(text, published=None).election == "pilkada-2020"


def test_a_unit_named_by_its_own_parts_is_not_a_national_institution(run):
    text = ("Kepala Lapas Pangkalan Bun, Doni Hendriansyah, meminta pegawainya netral dalam Pilkada 2024. "
            "Disdukcapil Kotawaringin Barat ikut hadir.")
    assert run(text).province == "Kalimantan Tengah"


def test_a_civil_servant_backing_a_candidate_or_steering_voters_is_a_neutrality_story(run):
    assert run("Seorang guru PNS dilaporkan ke Bawaslu karena mengunggah dukungan kepada calon bupati "
               "dalam Pilkada 2024.").is_relevant
    assert run("Camat Kaliwates diperiksa karena diduga mengarahkan warga memilih pasangan calon "
               "tertentu di Pilkada 2024.").is_relevant
    assert not run("KPU menerima dukungan kepada calon perseorangan berupa 30 ribu KTP untuk Pilkada 2024.").is_relevant


def test_a_voting_day_written_as_a_date_names_its_contest(run):
    result = run("ASN harus netral dalam pesta demokrasi lima tahunan pada 17 April 2019.", published=None)
    assert (result.is_relevant, result.election) == (True, "pemilu-2019")


def test_words_of_an_era_date_a_story_that_prints_no_date(run):
    assert run("ASN harus netral dalam pilkada di tengah pandemi Covid-19.", published=None).election == "pilkada-2020"
    assert run("ASN harus netral dalam pilkada.", published=None).election == "pilkada-2024"


def test_a_regional_institution_in_the_headline_places_the_story(run):
    text = ("Menurut Ketua Bawaslu RI, ASN yang terlibat politik praktis dalam Pilkada 2024 akan dilaporkan. "
            "Ia meminta seluruh pegawai tetap netral hingga pemungutan suara.")
    assert run(text, published=None, title="Bawaslu Sumbar Ingatkan ASN Netral").province == "Sumatera Barat"
    office = run(text, published=None, title="Pj Wali Kota Madiun Minta Pegawai Jaga Netralitas")
    assert office.province == "Jawa Timur"
    found = run(text, published=None, title="Bawaslu Sumbar Ingatkan ASN Netral")
    assert not any("Sumatera Barat" in a.agency for a in found.agencies)  # the headline's, not the text's
    assert run(text, published=None, title="Kota Padang Gelar Apel ASN").province is None  # a place alone


def test_where_a_national_lead_spoke_weighs_little_however_early(run):
    text = ("Menteri PANRB Abdullah Azwar Anas mengingatkan ASN agar netral dalam Pemilu 2024 saat membuka rapat "
            "kerja di Aula Serbaguna Kota Padang, Sumatera Barat, Senin (6/11/2023).")
    assert run(text, published=None).province is None
    visit = ("Menteri PANRB Abdullah Azwar Anas mengingatkan ASN Kota Padang, Sumatera Barat, agar netral dalam "
             "Pemilu 2024.")
    assert run(visit, published=None).province == "Sumatera Barat"


def test_the_town_a_national_lead_spoke_in_after_its_name_weighs_little(run):
    text = ("Menteri Dalam Negeri Tito Karnavian menegaskan PNS yang tidak netral dalam Pilkada 2020 akan dijatuhi "
            "hukuman disiplin. Hal itu disampaikan Tito di Mataram, Nusa Tenggara Barat, Kamis (8/10/2020).")
    assert run(text, published=None).province is None
    # a regional lead speaking in its own town places the story
    regional = ("Bupati Lombok Barat Fauzan Khalid menegaskan PNS yang tidak netral dalam Pilkada 2020 akan dijatuhi "
                "hukuman disiplin. Hal itu disampaikan Fauzan di Gerung, Lombok Barat, Kamis (8/10/2020).")
    assert run(regional, published=None).province == "Nusa Tenggara Barat"
    # the national lead's talk about a region's civil servants still places it
    about = ("Menteri Dalam Negeri Tito Karnavian menegaskan PNS Kota Mataram, Nusa Tenggara Barat, yang tidak "
             "netral dalam Pilkada 2020 akan dijatuhi hukuman disiplin.")
    assert run(about, published=None).province == "Nusa Tenggara Barat"


def test_a_regional_contest_named_with_its_region_places_the_story(run):
    text = ("Anggota Bawaslu RI mengingatkan ASN menjaga netralitas. Menurutnya, pegawai yang memihak dalam "
            "PSU di Kabupaten Boven Digoel akan dilaporkan ke KASN.")
    assert run(text, published="2025-04-01").province == "Papua Selatan"
    capital = ("Camat Menteng menyaksikan ikrar netralitas ASN menjelang pemilihan Gubernur dan Wakil Gubernur "
               "Provinsi DKI Jakarta 2024.")
    assert run(capital).province == "DKI Jakarta"


def test_a_repeat_vote_dated_by_its_own_year_repeats_the_last_contest_before_it(run):
    text = ("Bupati meminta seluruh ASN tetap netral menjelang PSU Pilbup Sumba Barat 2021. Pegawai yang terbukti "
            "memihak dalam pemilihan kepala daerah itu akan dijatuhi sanksi.")
    assert run(text, published="2021-03-15").election == "pilkada-2020"
    assert run(text.replace("2021", "2025"), published="2025-03-15").election == "pilkada-2025"


def test_a_candidate_pair_for_a_regional_office_names_the_regional_election(run):
    text = ("Bawaslu mengimbau Paslon Gubernur dan Wakil Gubernur tidak melibatkan ASN. Seluruh ASN diminta netral dan "
            "tidak memberi dukungan.")
    assert run(text, published=None).election == "pilkada-2024"


def test_a_day_written_with_its_weekday_dates_an_undated_story_by_the_nearest_contest(run):
    # 6 February was a Tuesday in 2018 and in 2024: the regional election of June 2018 is months away, not ten
    early = run("Bupati mengingatkan ASN agar netral dalam pilkada saat apel pagi, Selasa (6/2).", published=None)
    assert (early.election, early.event_dates) == ("pilkada-2018", [])
    # 2015 and 2020 share their calendars from March: the later contest
    assert run("Sekda meminta pegawai tidak memihak dalam pilkada, Senin (31/8).", published=None).election == \
        "pilkada-2020"
    assert run("Camat meminta PNS netral menjelang pilpres, Kamis (23/8).", published=None).election == "pemilu-2019"
    assert run("Camat meminta PNS netral menjelang pemilu, Rabu (8/11).", published=None).election == "pemilu-2024"
    # after the start of the term of the office holder it names
    text = "Menteri Dalam Negeri Tito Karnavian meminta ASN netral dalam pilkada, Senin (23/9)."
    assert run(text, published=None).election == "pilkada-2024"


def test_civil_servants_involved_in_a_campaign_is_a_neutrality_story(run):
    assert run("Panwascam memeriksa dugaan keterlibatan dua ASN dalam kampanye pasangan calon di Pilkada 2024."
               ).is_relevant
    assert run("Bawaslu mencatat sebelas pelanggaran Pilkada 2024, dua di antaranya melibatkan pegawai kecamatan."
               ).is_relevant


def test_a_day_written_out_with_its_weekday_dates_an_undated_story_by_its_calendar(run):
    # 15 September was a Friday in 2023: the general election of February 2024 lies ahead, not the regional one
    text = ("Menteri mengingatkan ASN agar netral menjelang Pemilu 2024, katanya di Bandung, Jumat, 15 September. "
            "Ia juga meminta daerah menyiapkan anggaran Pilkada 2024.")
    assert run(text, published=None).election == "pemilu-2024"


def test_a_day_written_with_its_weekday_picks_the_story_s_year_among_those_it_writes(run):
    # 15 March was a Thursday in 2018, not in 2019: the year of the meeting, not the one looked ahead to
    text = ("Rapat kerja camat tahun 2018 dibuka Kamis (15/3). Sekda meminta camat menjaga netralitas ASN "
            "dalam pilkada. Camat diminta mengawasi pegawai selama kampanye pilkada. Pilkada harus berjalan "
            "jujur. Persiapan menghadapi pemilihan presiden tahun 2019 nanti juga dibahas.")
    assert run(text, published=None).election == "pilkada-2018"


def test_a_documents_signatories_do_not_make_a_regional_story_national(run):
    """The joint decree's five signatories, listed as background, neither lead the story nor outweigh its region."""
    text = ("MAJENE – Sejumlah guru PPPK diduga ikut mendata pendukung calon bupati di Kabupaten Majene. "
            "Surat Keputusan Bersama itu ditandatangani oleh Menteri PANRB Abdullah Azwar Anas, Mendagri Tito "
            "Karnavian, Plt Kepala BKN Bima Haria Wibisana, Ketua KASN Agus Pramusinto dan Ketua Bawaslu Rahmat Bagja. "
            "Guru PPPK wajib menjaga netralitas dalam pilkada, sama seperti PNS.")
    assert run(text, published=None).province == "Sulawesi Barat"


def test_a_regency_panwaslu_dates_a_story_that_prints_no_date(run):
    # the ad hoc Panwaslu of a regency became Bawaslu Kabupaten in August 2018: the last regional election before
    text = "Ketua Panwaslu Kabupaten Garut, Dedi Hermawan, meminta camat dan PNS tidak memihak dalam pilkada."
    assert run(text, published=None).election == "pilkada-2018"
    # a printed date comes first
    assert run(text, published="2015-10-01").election == "pilkada-2015"
    # a sub-district's Panwaslu still exists, and dates nothing
    village = "Panwaslu Kecamatan Cibatu meminta kepala desa dan PNS tidak memihak dalam pilkada."
    assert run(village, published=None).election == "pilkada-2024"
