"""Directives: sentences that instruct civil servants, with kind, actor, target and content."""

from __future__ import annotations


def directives(run, text, **kw):
    return [(d.kind, d.sentence) for d in run(text, **kw).directives]


def kinds(run, text, **kw):
    return {k for k, _ in directives(run, text, **kw)}


def test_each_kind_has_its_cue_words(run):
    assert kinds(run, "ASN dilarang memasang baliho calon.") == {"prohibition"}
    assert kinds(run, "PNS tidak boleh menjadi anggota tim sukses.") == {"prohibition"}
    assert kinds(run, "ASN wajib menjaga netralitas.") == {"obligation"}
    assert kinds(run, "Pegawai dituntut untuk netral.") == {"obligation"}
    assert kinds(run, "PPPK diperbolehkan menggunakan hak pilih.") == {"permission"}
    assert kinds(run, "ASN diimbau menahan diri di media sosial.") == {"appeal"}
    assert kinds(run, "Ia mengingatkan agar ASN tidak hadir di kampanye.") == {"appeal"}
    assert kinds(run, "ASN yang melanggar akan dikenai sanksi penurunan jabatan.") == {"sanction"}


def test_a_negated_permission_is_a_prohibition(run):
    assert kinds(run, "ASN tidak diperkenankan menjadi juru kampanye.") == {"prohibition"}


def test_a_negated_obligation_is_no_directive(run):
    assert kinds(run, "ASN tidak harus hadir dalam rapat itu.") == set()


def test_one_sentence_may_give_several_kinds(run):
    found = kinds(run, "ASN boleh menghadiri kampanye pasangannya, tetapi tidak boleh terlibat aktif.")
    assert found == {"permission", "prohibition"}


def test_appeals_to_the_public_are_not_directives(run):
    assert directives(run, "Bawaslu mengimbau masyarakat melapor bila melihat ASN berkampanye.") == []


def test_appeals_to_regents_or_to_soldiers_are_not_directives(run):
    assert directives(run, "Gubernur meminta bupati dan wali kota mengawasi pembangunan jalan di daerahnya.") == []
    assert directives(run, "Pangdam mengingatkan seluruh prajurit agar tidak berpihak.") == []


def test_instructions_to_the_election_supervisor_are_not_directives(run):
    assert directives(run, "Bawaslu kabupaten diminta menelusuri laporan tentang ASN.") == []


def test_a_sentence_without_its_own_addressee_inherits_the_previous_one(run):
    text = "Para ASN dilarang mengunggah dukungan. Mereka juga diminta tidak membagikan stiker calon."
    assert ("appeal", "Mereka juga diminta tidak membagikan stiker calon.") in directives(run, text)


def test_no_addressee_anywhere_means_no_directive(run):
    assert directives(run, "Penonton diminta tertib. Jangan membuang sampah sembarangan.") == []


def test_a_sanction_to_be_imposed_is_not_also_an_obligation(run):
    text = "Sanksi untuk aparatur yang terbukti tidak netral harus cepat dijatuhkan."
    assert kinds(run, text) == {"sanction"}


def test_a_reporting_verb_alone_is_no_appeal(run):
    text = "Ketua Bawaslu mengingatkan, ASN yang terbukti berkampanye dapat dijatuhi sanksi."
    assert kinds(run, text) == {"sanction"}


def test_actor_from_quote_attribution(run):
    text = ("Ketua Bawaslu Rahmat Bagja hadir. Anggota Bawaslu Lolly Suhenty juga hadir.\n"
            "\"ASN harus netral,\" kata Bagja.")
    assert [d.actor for d in run(text).directives] == ["Rahmat Bagja"]


def test_actor_from_the_subject_institution(run):
    text = "Bawaslu Jatim meminta ASN tidak menyukai unggahan calon."
    assert [d.actor for d in run(text).directives] == ["Bawaslu Provinsi Jawa Timur"]


def test_pronoun_attribution_is_the_current_speaker(run):
    text = "Menteri Dalam Negeri Tito Karnavian berbicara di Jakarta.\n\"Pj wajib netral,\" tegasnya."
    assert [d.actor for d in run(text).directives] == ["Tito Karnavian"]


def test_targets_are_named(run):
    result = run("ASN, TNI dan Polri harus tetap berada di posisi netral.")
    assert result.directives[0].target == "ASN, TNI, Polri"


def test_behaviours_come_from_the_catalogue(run):
    d = run("ASN dilarang memberi tanda suka, berkomentar, dan membagikan unggahan calon.").directives[0]
    assert {"social_media_liking", "social_media_commenting", "social_media_sharing"} <= set(d.behaviours)


def test_spouse_leave_is_a_catalogued_behaviour(run):
    text = "PNS yang ikut mendampingi istrinya berkampanye wajib mengambil cuti di luar tanggungan negara."
    d = run(text).directives[0]
    assert "spouse_candidate_leave" in d.behaviours


def test_legal_bases_are_normalised(run):
    text = ("Pegawai yang melanggar dijatuhi sanksi sesuai Peraturan Pemerintah Nomor 94 Tahun 2021, "
            "PP No. 42 Tahun 2004, UU Nomor 5 Tahun 2014, dan SKB netralitas ASN.")
    assert run(text).directives[0].legal_bases == ("PP 94/2021", "PP 42/2004", "UU 5/2014", "SKB 2/2022")


def test_a_lettered_instrument_number_keeps_its_letter(run):
    text = "PNS yang terbukti berkampanye dijatuhi sanksi berdasarkan Perpres Nomor 7a Tahun 2017."
    assert run(text).directives[0].legal_bases == ("Perpres 7A/2017",)


def test_the_civil_service_law_depends_on_the_date(run):
    text = "ASN yang berkampanye dikenai sanksi menurut UU ASN."
    assert run(text, published="2023-06-01").directives[0].legal_bases == ("UU 5/2014",)
    assert run(text, published="2024-06-01").directives[0].legal_bases == ("UU 20/2023",)


def test_an_interim_title_is_not_the_addressee(run):
    # asking the regents to punish is a threatened sanction, no appeal to the "Pj" of the title
    text = "Pj Gubernur Jateng Nana Sudjana meminta bupati menindak tegas pegawai yang melanggar."
    assert "appeal" not in kinds(run, text)


def test_urging_another_institution_is_not_a_directive(run):
    assert directives(run, "Ia mendorong agar Bawaslu diberi kewenangan mengawasi ASN.") == []


def test_removal_from_office_is_a_sanction(run):
    assert kinds(run, "ASN yang melanggar akan kami copot dari jabatannya.") == {"sanction"}


def test_a_rule_merely_mentioned_as_an_object_is_not_a_prohibition(run):
    text = "Camat diminta menyosialisasikan larangan bagi ASN kepada warga."
    assert kinds(run, text) == {"appeal"}


def test_police_or_soldiers_alone_are_not_civil_servants(run):
    assert directives(run, "Anggota Polri dilarang memihak. Prajurit wajib menjaga netralitas.") == []


def test_co_addressed_village_heads_are_named_in_the_target(run):
    assert run("Kepala desa dan ASN harus menjaga jarak.").directives[0].target == "ASN, kepala desa"


def test_an_order_is_an_appeal(run):
    assert kinds(run, "Bupati memerintahkan seluruh ASN menjaga netralitas.") == {"appeal"}


def test_members_of_the_civil_servants_corps_are_addressees(run):
    assert kinds(run, "Ketua Korpri mengingatkan anggota Korpri agar netral.") == {"appeal"}


def test_links_to_other_stories_are_not_directives(run):
    assert directives(run, "Pegawai harus netral.\nBaca juga: ASN Dilarang Hadiri Kampanye") == \
        [("obligation", "Pegawai harus netral.")]


def test_headlines_in_title_case_are_not_directives(run):
    assert directives(run, "Pegawai harus netral.\nMenteri Minta Pegawai Tidak Hadiri Kampanye Calon") == \
        [("obligation", "Pegawai harus netral.")]


def test_an_unnamed_office_holder_gives_the_directive_for_the_institution(run):
    text = "GOWA - Bupati Gowa mengingatkan ASN agar tidak berfoto dengan calon. Ia menegaskan ASN dilarang berpose."
    assert {d.actor for d in run(text).directives} == {"Pemerintah Kabupaten Gowa"}


def test_a_rule_referred_back_to_without_civil_servants_is_not_restated(run):
    text = "ASN dilarang memakai mobil dinas untuk kampanye. Larangan itu ia sampaikan saat rapat kerja."
    assert kinds(run, text) == {"prohibition"} and len(directives(run, text)) == 1


def test_penalties_stated_as_consequences_are_sanctions(run):
    text = "Kepala dinas itu menegaskan gubernur akan menjatuhkan hukuman bagi PNS yang ikut berkampanye."
    assert kinds(run, text) == {"sanction"}
    assert kinds(run, "Honorer yang mendukung calon bisa tidak diperpanjang kontraknya tahun depan.") == {"sanction"}
    text = "Pelanggaran berat oleh PPPK bisa berakhir dengan pemutusan hubungan perjanjian kerja."
    assert kinds(run, text) == {"sanction"}
    assert kinds(run, "BKN akan memblokir data kepegawaian ASN yang terbukti memihak.") == {"sanction"}


def test_a_crime_under_investigation_is_no_sanction(run):
    text = "ASN diminta netral. Bila ada unsur pidana, berkasnya diserahkan ke Gakkumdu."
    assert [k for k, _ in directives(run, text)] == ["appeal"]


def test_who_holds_the_power_to_punish_is_no_sanction(run):
    assert directives(run, "Bagi pegawai honorer, komisi itu tidak berwenang menjatuhkan sanksi.") == []
    assert directives(run, "Kewenangan menjatuhkan hukuman kepada PNS ada di tangan bupati.") == []


def test_having_a_duty_states_it(run):
    assert kinds(run, "Pegawai kontrak mempunyai kewajiban netral yang setara dengan PNS.") == {"obligation"}


def test_where_a_rule_is_written_is_no_directive(run):
    assert directives(run, "Larangan mengerahkan ASN itu tercantum dalam pasal 71 undang-undang pemilihan.") == []


def test_procedural_requests_are_not_directives(run):
    text = "Seorang camat diduga memihak. Bawaslu lalu meminta penjelasan dari tiga lurah di kecamatan itu."
    assert directives(run, text) == []
    assert directives(run, "ASN diimbau netral. Menteri meminta ucapannya tidak disalahartikan.") == [
        ("appeal", "ASN diimbau netral.")]


def test_orders_to_the_inspectorate_are_not_directives(run):
    text = "PNS itu terekam di acara partai. Bupati memerintahkan inspektorat menelusuri keterlibatan camat."
    assert [k for k, _ in directives(run, text)] == []


def test_a_reminder_of_a_fact_is_no_appeal(run):
    text = "Ketua Bawaslu mengingatkan bahwa petugas terus mengawasi ASN selama masa kampanye."
    assert directives(run, text) == []


def test_an_appeal_verb_inside_a_prohibition_is_its_content(run):
    text = "PNS boleh datang. Yang tidak boleh itu berorasi, apalagi mengajak warga mencoblos calon tertentu."
    assert ("appeal" not in kinds(run, text)) and ("prohibition" in kinds(run, text))


def test_quoted_speech_inherits_the_addressee_from_further_back(run):
    text = ("Bupati melarang PNS memasang spanduk calon di rumah dinas.\n"
            "Pesan itu disampaikan saat apel pagi. Ia mendapat kabar soal spanduk di pagar seorang kepala bidang.\n"
            "“Saya mengerti keluarga ada yang mencalonkan diri. Tetapi jangan ikut menempel stiker, jangan ikut "
            "membagikan brosur,” kata bupati.")
    found = directives(run, text)
    assert any(k == "prohibition" and s.startswith("Tetapi jangan") for k, s in found)


def test_an_addressee_named_after_a_passive_cue_decides(run):
    text = "Mengisi acara di kegiatan partai politik termasuk hal yang dilarang bagi ASN."
    assert kinds(run, text) == {"prohibition"}


def test_a_request_to_other_people_is_no_directive(run):
    text = ("Grup itu beranggotakan ratusan PNS. "
            "Pengelolanya mengirim jadwal rapat umum dan meminta pendukung datang berkaus biru.")
    assert directives(run, text) == []


def test_a_rule_continuing_an_earlier_directive_shares_its_addressee(run):
    text = ("Pemkot menegaskan kembali aturan bagi PNS.\n"
            "Kepala bagian umum menerangkan, ia sudah lama bertugas. "
            "Menurutnya, laptop kantor dilarang dibawa ke acara partai. "
            "Sepulang kerja, laptop itu wajib disimpan di lemari kantor.")
    found = directives(run, text)
    assert ("obligation", "Sepulang kerja, laptop itu wajib disimpan di lemari kantor.") in found


def test_more_ways_of_saying_each_kind(run):
    assert kinds(run, "Pegawai negeri tak dibenarkan memakai mobil dinas untuk kampanye.") == {"prohibition"}
    assert kinds(run, "Setiap ASN berkewajiban menjaga jarak dari kandidat.") == {"obligation"}
    assert kinds(run, "PNS yang terbukti berpihak bisa dinonaktifkan dari jabatannya.") == {"sanction"}


def test_asking_the_authority_to_punish_is_no_appeal_to_civil_servants(run):
    text = ("Kepala BKN meminta pejabat pembina kepegawaian segera memberikan sanksi kepada PNS "
            "yang terbukti berkampanye.")
    assert "appeal" not in kinds(run, text)


def test_a_procedural_word_must_be_the_whole_object(run):
    found = directives(run, "Seluruh ASN diminta hadir di apel. Camat itu meminta datang lebih awal.")
    assert ("appeal", "Camat itu meminta datang lebih awal.") in found
    assert ("appeal", "Ia meminta datanya dikirim hari ini.") not in directives(
        run, "PNS diimbau netral. Ia meminta datanya dikirim hari ini.")


def test_a_rule_inside_a_reminder_still_counts(run):
    assert kinds(run, "Sekda mengingatkan bahwa PNS tidak boleh hadir di deklarasi pasangan calon.") == {"prohibition"}


def test_more_ways_of_making_an_appeal(run):
    assert kinds(run, "Kami imbau seluruh ASN agar tidak memasang foto calon di status.") == {"appeal"}
    assert kinds(run, "Kami ingatkan ASN agar menahan diri selama masa tenang.") == {"appeal"}
    assert kinds(run, "Sekda mewanti-wanti agar pegawai tidak hadir di deklarasi calon.") == {"appeal"}
    assert kinds(run, "PNS di lingkungan pemkot pun diwanti-wanti, supaya konsisten menjaga netralitas.") == {"appeal"}
    assert kinds(run, "Bupati menugaskan kepada para ASN untuk mengedukasi warga soal politik uang.") == {"appeal"}
    assert kinds(run, "Bawaslu mengultimatum ASN untuk tetap netral di setiap tahapan.") == {"appeal"}
    assert kinds(run, "Wali kota menegaskan kepada jajaran ASN untuk tidak memihak.") == {"appeal"}


def test_common_misspellings_of_appeal_verbs(run):
    assert kinds(run, "Bupati mengbau ASN untuk bersikap netral selama pilkada.") == {"appeal"}
    assert kinds(run, "Pihaknya sudah meningatkan agar ASN senantiasa netral.") == {"appeal"}


def test_hoping_and_wanting_instruct_only_with_civil_servants_named(run):
    assert kinds(run, "Ia berharap agar seluruh pimpinan unit kerja menjaga iklim yang kondusif.") == {"appeal"}
    assert kinds(run, "Kami ingin ASN tetap bekerja profesional tanpa memihak.") == {"appeal"}
    assert kinds(run, "Diharapkan aparat pemerintah tetap menjaga netralitas sampai pencoblosan.") == {"appeal"}
    assert directives(run, "ASN wajib netral. Ia berharap pilkada berjalan damai.") == [
        ("obligation", "ASN wajib netral.")]
    assert directives(run, "ASN wajib netral. Hal ini diharapkan dapat menekan pelanggaran.") == [
        ("obligation", "ASN wajib netral.")]


def test_penalties_named_without_the_word_sanction(run):
    assert kinds(run, "Bawaslu telah memberikan peringatan kepada ASN yang melanggar.") == {"sanction"}
    assert kinds(run, "Bila ada ASN tidak netral, silakan dilakukan proses hukum.") == {"sanction"}
    assert kinds(run, "Pemkab tidak akan ragu bertindak tegas terhadap ASN yang berpihak.") == {"sanction"}
    assert kinds(run, "Wali kota memastikan pihaknya akan memproses ASN yang terbukti tidak netral.") == {"sanction"}
    assert directives(run, "ASN harus netral. Kantor itu akan memproses permohonan cuti pegawai.") == [
        ("obligation", "ASN harus netral.")]


def test_a_penalty_that_did_not_happen_is_no_sanction(run):
    text = "Empat ASN dilaporkan berpihak. Sejauh ini belum ada yang dijatuhi sanksi oleh BKN."
    assert "sanction" not in kinds(run, text)
    text = "Laporan soal camat itu ditindaklanjuti, tetapi untuk sanksi pidana tidak memenuhi unsur."
    assert "sanction" not in kinds(run, text)
    text = "Anggota DPR menyoroti belum adanya sanksi yang diberikan kepada ASN yang melanggar netralitas."
    assert "sanction" not in kinds(run, text)


def test_a_permission_denied_to_everyone_forbids(run):
    assert kinds(run, "Tidak ada ASN yang boleh ikut berpolitik praktis.") == {"prohibition"}
    assert kinds(run, "Pegawai boleh memilih, tetapi tidak menjadi tim sukses.") == {"permission", "prohibition"}


def test_the_modal_in_a_request_decides_its_kind(run):
    assert kinds(run, "Menteri mengingatkan ASN harus netral di setiap tahapan.") == {"obligation"}
    assert kinds(run, "Saya minta ASN jangan ada yang ikut politik praktis.") == {"prohibition"}
    assert kinds(run, "Gubernur juga mengingatkan, komitmen ASN untuk menjaga kondusivitas daerah.") == {"appeal"}


def test_a_warning_of_consequences_is_no_appeal(run):
    text = "Menteri mengingatkan jika ASN tidak netral, kualitas demokrasi akan terganggu."
    assert "appeal" not in kinds(run, text)


def test_an_appeal_to_the_public_is_not_passed_on(run):
    text = ("Bupati meminta ASN menjaga netralitas. Ia juga berpesan kepada seluruh warga agar memakai hak pilih. "
            "Jangan ada golput, kata dia.")
    assert [k for k, _ in directives(run, text)] == ["appeal"]


def test_asking_to_report_violations_is_no_appeal_to_civil_servants(run):
    text = "ASN wajib netral. Menteri meminta semua pihak melapor bila menemukan pegawai yang berpihak."
    assert kinds(run, text) == {"obligation"}
    assert kinds(run, "Kepala BKD mengimbau ASN tidak ragu melaporkan atasan yang mengarahkan dukungan.") == {"appeal"}


def test_a_rule_in_a_relative_clause_needs_its_own_addressee(run):
    text = "ASN diminta hati-hati. Perlu dipahami pose-pose yang dilarang dalam masa kampanye."
    assert kinds(run, text) == {"appeal"}
    assert kinds(run, "Bagi ASN, netralitas merupakan kewajiban yang harus dipatuhi.") == {"obligation"}


def test_a_rule_noun_stated_or_only_mentioned(run):
    assert kinds(run, "Surat edaran itu menegaskan larangan bagi ASN untuk berkampanye.") == {"prohibition"}
    assert kinds(run, "Edaran itu menguraikan beberapa larangan yang harus dipatuhi oleh ASN.") == {"obligation"}
    assert directives(run, "Sosialisasi mengenai kewajiban ASN untuk netral sudah dilakukan di semua kecamatan.") == []


def test_a_rule_noun_with_its_content_right_after_it_states_the_rule_wherever_it_stands(run):
    text = "Aturan bagi ASN itu memuat banyak hal, hingga larangan mengunggah foto bersama peserta pemilu."
    assert kinds(run, text) == {"prohibition"}
    text = "Dalam PP itu diatur secara jelas larangan bagi PNS untuk menyukai unggahan calon."
    assert kinds(run, text) == {"prohibition"}
    assert directives(run, "Dua ASN diperiksa karena melanggar larangan itu.") == []


def test_village_heads_are_addressed_where_civil_servants_are(run):
    text = "ASN dilarang berkampanye. Kepala desa dan perangkat desa juga dapat dikenai sanksi bila berpihak."
    assert kinds(run, text) == {"prohibition", "sanction"}
    assert directives(run, "Kepala desa dapat dikenai sanksi bila berpihak dalam pilkades.") == []


def test_civil_servants_listed_with_others_are_addressed(run):
    assert kinds(run, "Dandim meminta agar semua prajurit dan PNS TNI mematuhi aturan netralitas.") == {"appeal"}
    assert kinds(run, "Potensi konflik harus menjadi perhatian bagi personel TNI maupun ASN.") == {"obligation"}
    assert kinds(run, "Peraturan yang dibuat KPU itu harus diikuti oleh ASN.") == {"obligation"}


def test_a_person_named_after_a_preposition_is_no_subject(run):
    text = "ASN harus netral. Bahkan foto dengan pasangan capres dan cawapres saja tidak boleh."
    assert ("prohibition", "Bahkan foto dengan pasangan capres dan cawapres saja tidak boleh.") in directives(run, text)


def test_agar_after_a_speech_verb_or_the_civil_servants_it_addresses(run):
    assert kinds(run, "Wakil gubernur menyampaikan, agar seluruh ASN menjaga netralitas.") == {"appeal"}
    assert kinds(run, "Kita semua ASN, termasuk saya, agar menjaga netralitas dalam pemilu.") == {"appeal"}
    assert directives(run, "Tujuan aturan itu agar ASN tidak terpengaruh politik.") == []


def test_what_civil_servants_may_do_in_an_election(run):
    assert kinds(run, "ASN harus netral, tetapi tetap bisa memilih sesuai hati nurani.") == {"obligation", "permission"}
    assert kinds(run, "ASN yang terbukti berpihak bisa dipidana.") == {"sanction"}


def test_colloquial_no_need_to_forbids(run):
    assert kinds(run, "Pegawai nggak usah komen-komen soal politik di grup WA.") == {"prohibition"}
    assert kinds(run, "ASN tetap hati-hati, tidak usah like unggahan calon.") == {"prohibition"}


def test_what_is_to_be_known_is_no_rule(run):
    text = "Sosialisasi itu agar ASN mengetahui apa saja yang boleh dan tidak boleh dilakukan."
    assert directives(run, text) == []


def test_need_is_an_obligation_only_with_civil_servants_named(run):
    assert kinds(run, "ASN perlu menahan diri di media sosial selama kampanye.") == {"obligation"}
    assert kinds(run, "Sikap netral perlu ditunjukkan ASN di kantor maupun di rumah.") == {"obligation"}
    text = "ASN wajib netral. Kalau kerabat ikut kontestasi, perlu dijaga agar tidak sering bertemu."
    assert directives(run, text) == [("obligation", "ASN wajib netral.")]
    assert directives(run, "Perlu diketahui, ASN berjumlah empat ribu orang di kabupaten itu.") == []


def test_a_penalty_for_someone_else_is_no_sanction_on_civil_servants(run):
    text = "ASN wajib netral. Sanksi bagi peserta pemilu yang melanggar diatur tersendiri oleh KPU."
    assert kinds(run, text) == {"obligation"}


def test_a_comma_and_a_new_subject_start_a_clause_of_their_own(run):
    text = "Jadilah PNS yang melayani masyarakat secara adil, dan Bawaslu harus tegas menindak."
    assert "obligation" not in kinds(run, text)
    assert kinds(run, "ASN, TNI, dan Polri harus berdiri di tengah.") == {"obligation"}


def test_still_more_cue_spellings(run):
    assert kinds(run, "ASN yang tidak netral akan diberikan sangsi tegas.") == {"sanction"}
    assert kinds(run, "Gakkumdu akan memberikan penindakan kepada ASN yang terbukti berkampanye.") == {"sanction"}
    assert kinds(run, "ASN yang melanggar ketentuan ini akan diproses sesuai aturan yang berlaku.") == {"sanction"}
    assert directives(run, "ASN wajib netral. Laporan warga akan diproses sesuai ketentuan.") == [
        ("obligation", "ASN wajib netral.")]
    assert kinds(run, "Undang-undang mengharuskan pegawai ASN bebas dari pengaruh politik.") == {"obligation"}
    assert kinds(run, "ASN juga diamanatkan untuk tidak berpihak.") == {"obligation"}
    assert kinds(run, "Gubernur mengeluarkan instruksi kepada seluruh ASN untuk menjaga netralitas.") == {"appeal"}
    assert kinds(run, "Kita tekankan sekali lagi agar ASN menjaga netralitas.") == {"appeal"}


def test_not_forbidden_and_no_problem_allow(run):
    assert kinds(run, "Saat kampanye, ASN tak dilarang memakai gedung pemerintah untuk bekerja.") == {"permission"}
    assert kinds(run, "Bagi ASN, tidak apa-apa berfoto bersama warga sebelum penetapan calon.") == {"permission"}
    assert kinds(run, "ASN diminta netral. Pilihanmu silakan pilih menurut hati nurani.") == {"appeal", "permission"}


def test_support_kept_private_is_allowed(run):
    assert kinds(run, "ASN diminta netral. Dukungan bisa diberikan lewat doa untuk kerabat yang maju.") == {
        "appeal", "permission"}
    assert kinds(run, "Kepada pegawai yang saudaranya menjadi caleg, cukup didoakan saja.") == {"permission"}


def test_heads_of_regional_work_units_are_addressed(run):
    assert kinds(run, "Semua SKPD diminta membenahi internal masing-masing selama pilkada.") == {"appeal"}


def test_a_rule_after_a_verb_of_knowing_in_another_clause_counts(run):
    text = "Kami mengedukasi ASN agar memahami etika netralitas, jangan sampai memihak salah satu calon."
    assert kinds(run, text) == {"prohibition"}


def test_members_of_another_corps_are_not_addressed(run):
    text = "ASN wajib netral. Komandan menekankan bahwa semua anggota harus mengedepankan profesionalisme."
    assert kinds(run, text) == {"obligation"} and len(directives(run, text)) == 1


def test_a_full_stop_inside_a_sentence_ends_a_clause(run):
    text = ("Pj gubernur menambahkan kegiatan ini mencegah pelanggaran netralitas ASN, TNI dan Polri. "
            "mereka diingatkan untuk menjaga marwah masing-masing.")
    assert kinds(run, text) == {"appeal"}


def test_a_kind_of_violation_or_who_decides_a_penalty_is_no_sanction(run):
    assert directives(run, "Bawaslu mengawasi dugaan pelanggaran pidana dan administrasi yang melibatkan ASN.") == []
    assert directives(run, "Berkas ASN itu diteruskan ke BKN untuk menentukan sanksinya.") == []


def test_agar_after_a_speech_verb_and_whom_it_addresses_is_an_appeal(run):
    assert kinds(run, "Kadis menekankan kepada semua pegawai agar tidak memihak.") == {"appeal"}
    assert kinds(run, "Camat menyampaikan kepada para ASN supaya menjaga sikap.") == {"appeal"}
    assert directives(run, "Kadis menyampaikan kepada warga agar tertib di TPS.") == []


def test_an_inverted_passive_cue_reads_past_a_quantifier(run):
    assert kinds(run, "Diharapkan segenap ASN dapat bersikap netral pada hari pencoblosan.") == {"appeal"}


def test_penalties_named_as_hukuman_or_konsekuensi(run):
    assert kinds(run, "Pegawai yang ikut berkampanye akan dikenai hukuman.") == {"sanction"}
    assert kinds(run, "ASN yang melanggar siap-siap menerima konsekuensi.") == {"sanction"}
    assert kinds(run, "PNS yang terbukti memihak dapat dimutasi.") == {"sanction"}


def test_a_penalty_pointed_back_to_is_no_new_sanction(run):
    text = "Bupati menyebut ancaman hukuman itu sudah diketahui para ASN."
    assert directives(run, text) == []


def test_social_media_is_no_one_addressed(run):
    text = "Pegawai wajib netral. Swafoto dengan calon lalu diunggah ke media sosial pun tidak boleh."
    assert kinds(run, text) == {"obligation", "prohibition"}


def test_a_request_to_report_ends_nothing_when_reporting_is_not_what_is_asked_first(run):
    text = ("Sekda dan kepala OPD diimbau membina pegawai tentang netralitas. "
            "Mereka juga diminta mengisi surat pernyataan netral serta melaporkan pelanggaran.")
    assert len(directives(run, text)) == 2
    assert directives(run, "Ketua panitia meminta semua pihak melapor bila melihat pelanggaran.") == []


def test_advice_warnings_and_pleas_are_appeals(run):
    assert kinds(run, "Kepala BKD menyarankan PNS untuk menonaktifkan akun politiknya.") == {"appeal"}
    assert kinds(run, "PPPK dianjurkan menjauhi acara partai selama masa tenang.") == {"appeal"}
    assert kinds(run, "Sekda memperingatkan pegawai agar tidak memakai mobil dinas untuk kampanye.") == {"appeal"}
    assert kinds(run, "Camat memohon kepada ASN kecamatan supaya menjaga sikap.") == {"appeal"}
    assert kinds(run, "Para pegawai diharap tidak memakai atribut partai.") == {"appeal"}


def test_a_hope_before_a_comma_addresses_the_clause_after_it(run):
    assert kinds(run, "Harapan kami, semua ASN tetap menjaga jarak dari politik praktis.") == {"appeal"}
    assert directives(run, "Harapan kami, cuaca cerah pada hari pencoblosan.") == []


def test_a_request_verb_naming_the_occasion_is_no_request(run):
    text = "Pesan itu disampaikan Sekda ketika memberikan arahan kepada ASN di aula kantor."
    assert directives(run, text) == []
    assert directives(run, "Kadis menyarankan laporan itu diteruskan ke BKN.") == []


def test_everyone_at_once_is_not_civil_servants(run):
    text = "Kadis meminta pegawai netral. Semua pihak pun diminta menjaga suasana sejuk."
    assert kinds(run, text) == {"appeal"} and len(directives(run, text)) == 1


def test_an_event_heading_the_clause_is_not_an_addressee(run):
    text = "ASN wajib netral. Pesta demokrasi harus berjalan riang gembira."
    assert len(directives(run, text)) == 1
    text = "ASN wajib netral. Jangan sampai perbedaan pilihan merusak silaturahmi."
    assert len(directives(run, text)) == 1
    text = "ASN wajib netral. Selama masa kampanye, jangan unggah foto bersama calon."
    assert kinds(run, text) == {"obligation", "prohibition"}


def test_a_fronted_addressee_decides_the_request(run):
    text = "Sekda meminta ASN netral. Kepada para pemilih muda, ia berpesan agar datang ke TPS."
    assert len(directives(run, text)) == 1


def test_a_request_to_candidates_about_using_civil_servants_counts(run):
    assert kinds(run, "Bawaslu meminta tim kampanye agar tidak mengerahkan PNS untuk kegiatan partai.") == {"appeal"}
    assert directives(run, "Bawaslu meminta tim kampanye agar tertib memasang alat peraga.") == []


def test_an_imperative_opening_a_clause_is_an_appeal(run):
    text = "Bupati bertemu para ASN. “Jauhi politik praktis, tetaplah melayani warga,” pesannya."
    assert kinds(run, text) == {"appeal"}
    assert directives(run, "Para ASN bertemu bupati. Tugas itu kita jaga bersama.") == []


def test_a_reminder_on_a_topic_as_what_a_meeting_is_for_asks_no_one(run):
    opening = "Jelang pilkada, Pemkab menyoroti netralitas ASN. "
    assert directives(run, opening + "Pekan depan camat dikumpulkan untuk mengingatkan netralitas pegawai.") == []
    assert directives(run, opening + "Sekda akan rapat dengan kepala dinas guna kembali mengingatkan terkait "
                                     "dengan aturan kampanye.") == []
    assert kinds(run, opening + "Apel digelar untuk mengingatkan seluruh PNS agar tidak berkampanye.") == {"appeal"}


def test_a_fact_told_to_civil_servants_named_with_their_place_or_a_comma_asks_nothing(run):
    opening = "Jelang pilkada, netralitas ASN menjadi sorotan. "
    assert directives(run, opening + "Panwas mengingatkan kepada lurah dan ASN di Kecamatan Baru bahwa "
                                     "aturannya ada dalam undang-undang pemilihan.") == []
    assert directives(run, opening + "“Saya ingatkan kepada saudara-saudara PNS, bahwa masa kampanye sebentar "
                                     "lagi dimulai.”") == []
    assert kinds(run, opening + "Panwas mengingatkan ASN di Kecamatan Baru agar netral.") == {"appeal"}


def test_being_asked_to_speak_or_be_examined_is_a_procedural_step(run):
    opening = "Bupati meminta ASN netral dalam pilkada. "
    for asked in ("Seorang kepala dinas diminta sebagai nara sumber dalam sosialisasi netralitas ASN.",
                  "Dua camat sempat diminta untuk pemeriksaan oleh pengawas pemilu.",
                  "Beberapa pegawai yang meminta namanya tidak ditulis mengaku ditekan."):
        assert directives(run, opening + asked) == [("appeal", opening.strip())]


def test_advice_to_civil_servants_named_is_an_appeal_unless_a_modal_decides(run):
    assert kinds(run, "Pegawai negeri hendaknya menjaga jarak dengan partai.") == {"appeal"}
    assert kinds(run, "PNS sebaiknya tidak menghadiri deklarasi calon.") == {"appeal"}
    assert kinds(run, "PNS sebaiknya jangan menghadiri deklarasi calon.") == {"prohibition"}
    assert directives(run, "ASN diminta netral. Acara itu sebaiknya digelar pagi hari.") == \
        [("appeal", "ASN diminta netral.")]


def test_voting_phrased_with_dapat_or_their_own_vote_is_allowed(run):
    assert kinds(run, "ASN tetap dapat menggunakan hak pilihnya di TPS.") == {"permission"}
    assert kinds(run, "PPPK dipersilakan datang ke TPS sesuai jadwal.") == {"permission"}


def test_nobody_penalised_is_no_sanction(run):
    assert directives(run, "Hingga kini belum ada pegawai yang dijatuhi hukuman disiplin.") == []


def test_a_penalty_only_mentioned_is_no_sanction(run):
    assert directives(run, "Ia menyebut sanksi disiplin itu sudah dikenal semua PNS.") == []
    assert directives(run, "Selain sanksi berat, sosialisasi kepada ASN juga digencarkan.") == []


def test_officials_and_government_staff_are_addressed(run):
    assert kinds(run, "Semua pejabat eselon dilarang hadir di posko pemenangan.") == {"prohibition"}
    assert kinds(run, "Tenaga kontrak juga wajib netral selama pilkada.") == {"obligation"}
    assert directives(run, "Setiap pejabat Polri wajib bersikap netral dalam pemilu.") == []


def test_campaigners_poll_workers_and_voter_groups_are_not_civil_servants(run):
    text = "Kadis mengingatkan pegawai agar netral. Petugas KPPS juga diminta bekerja jujur."
    assert len(directives(run, text)) == 1
    text = "PNS wajib netral. Para pemilih pemula diimbau tidak termakan hoaks."
    assert len(directives(run, text)) == 1


def test_a_person_after_a_preposition_is_the_object_of_the_rule_not_its_subject(run):
    text = "Bersikap tidak condong kepada salah satu kandidat adalah hal yang wajib bagi PNS."
    assert kinds(run, text) == {"obligation"}


def test_whom_a_speech_verb_addresses_stays_the_subject(run):
    text = "Ia berpesan kepada para pemilih yang sudah terdaftar agar boleh memilih di TPS terdekat."
    assert directives(run, text) == []


def test_staff_named_only_with_election_bodies_are_their_staff(run):
    text = "Presiden meminta PNS netral. KPU, Bawaslu dan seluruh jajaran harus bekerja profesional."
    assert len(directives(run, text)) == 1
    text = "Presiden meminta PNS netral. Ia juga mengingatkan seluruh jajaran Komisi Pemilihan Umum agar mandiri."
    assert len(directives(run, text)) == 1
    assert kinds(run, "Bupati mengingatkan seluruh jajarannya agar tidak ikut kampanye.") == {"appeal"}


def test_a_follow_up_threatened_as_a_consequence_is_a_sanction(run):
    assert kinds(run, "Apabila ada PNS yang berkampanye, kami akan segera mengambil tindakan.") == {"sanction"}
    text = "Pegawai dilarang memasang stiker calon. Bila masih dilanggar, maka akan kami tindak lanjuti."
    assert kinds(run, text) == {"prohibition", "sanction"}


def test_processing_a_case_as_a_consequence_in_the_first_person_is_a_sanction(run):
    assert kinds(run, "Pengawas memantau ASN. Kalau ada laporan ke kami soal ASN, kita akan proses.") == {"sanction"}
    assert kinds(run, "Jika masuk kategori pelanggaran netralitas ASN maka akan tetap kami proses.") == {"sanction"}
    assert directives(run, "Berkas ASN itu kami proses di kantor. Jika data lengkap, kita proses pendaftarannya.") == []


def test_should_is_an_obligation_only_for_civil_servants(run):
    assert kinds(run, "Menurut Wahyu, sudah seharusnya ASN di lingkungan Pemkab Malang menjaga netralitas.") == {
        "obligation"}
    assert directives(run, "Bawaslu seharusnya proaktif dalam mengawal pelanggaran ini.") == []


def test_granting_leave_is_a_permission_and_no_rule_granting_it_forbids(run):
    assert kinds(run, "Mendagri memperbolehkan ASN untuk hadir dalam kampanye pasangan calon.") == {"permission"}
    text = "Tidak satupun aturan yang membolehkan ASN menjadi tim sukses pasangan calon."
    assert kinds(run, text) == {"prohibition"}


def test_legal_steps_and_firm_action_are_sanctions(run):
    assert kinds(run, "ASN yang melanggar netralitas akan diberikan tindakan yang tegas.") == {"sanction"}
    assert kinds(run, "Kalau ada ASN yang main-main dengan Pilkada, kita siap bawa ke ranah hukum.") == {"sanction"}


def test_a_hope_or_a_warning_addressed_to_civil_servants_is_an_appeal(run):
    text = "Sekda membacakan ikrar dengan harapan para ASN tetap menjaga prinsip netralitas."
    assert kinds(run, text) == {"appeal"}
    assert kinds(run, "Pj Gubernur memberikan warning kepada seluruh abdi negara untuk menjaga netralitas.") == {
        "appeal"}
    assert directives(run, "Acara digelar dengan harapan pemilu berjalan damai.") == []


def test_a_prohibition_denied_is_a_permission(run):
    assert kinds(run, "Pegawai diminta netral. Tetapi, bukan berarti ASN tidak boleh memilih.") == {
        "appeal", "permission"}
    assert kinds(run, "Bukan berarti Kepala Dinas melarang guru ASN untuk menentukan pilihan.") == {"permission"}


def test_no_harm_no_ban_or_leave_to_listen_is_a_permission(run):
    assert kinds(run, "Kalau ASN tidak sengaja ikut berfoto dengan calon ya tak mengapa.") == {"permission"}
    assert kinds(run, "Tidak ada larangan bagi ASN untuk memilih siapa yang akan dipilih.") == {"permission"}
    assert kinds(run, "ASN bisa ikut hadir dalam kampanye untuk sekedar menyaksikan.") == {"permission"}


def test_a_word_of_an_officials_title_is_no_cue(run):
    text = ("Koordinator Divisi Penindakan Bawaslu Kota Banjarmasin, Subhani, mengatakan ASN di Kalsel berpotensi "
            "melanggar netralitas.")
    assert directives(run, text) == []


def test_a_follow_up_without_a_condition_is_no_sanction(run):
    assert directives(run, "Panitia mengambil tindakan cepat untuk merapikan berkas pegawai.") == []
    assert directives(run, "Laporan soal ASN itu masih diproses Bawaslu.") == []


def test_a_modal_in_a_clause_of_its_own_does_not_take_the_request(run):
    text = "Seluruh PNS kecamatan diminta menjaga sikap selama kampanye, tidak boleh memasang atribut partai."
    assert kinds(run, text) == {"appeal", "prohibition"}
    assert kinds(run, "Camat mengingatkan para pegawai harus tetap netral.") == {"obligation"}
    text = "Camat mengingatkan kepada pegawai, dalam melayani warga harus tetap netral."
    assert kinds(run, text) == {"obligation"}


def test_telling_civil_servants_a_fact_is_no_request(run):
    text = "Sekda mengingatkan semua ASN bahwa masa tenang sudah dimulai, sehingga netralitas adalah kewajiban."
    assert kinds(run, text) == {"obligation"}


def test_a_hope_coordinated_after_an_obligation_is_an_appeal_too(run):
    text = "Pegawai harus mampu beradaptasi dengan teknologi serta diharapkan ikut menjaga netralitas ASN."
    assert kinds(run, text) == {"obligation", "appeal"}
    assert kinds(run, "ASN harus netral, ia mengingatkan.") == {"obligation"}


def test_officials_or_staff_of_the_police_are_not_civil_servants(run):
    text = "Kapolda menegaskan seluruh pejabat di Polres wajib netral dalam pilkada."
    assert directives(run, text) == [] and not run(text).is_relevant
    text = "Ketua KPU menambahkan, staf sekretariat harus bekerja profesional selama pemilu."
    assert directives(run, text) == []


def test_colloquial_negation_and_a_detached_passive_prefix(run):
    assert kinds(run, "Pegawai gak boleh pasang stiker paslon.") == {"prohibition"}
    assert kinds(run, "PNS di minta tidak mengunggah dukungan.") == {"appeal"}
    assert kinds(run, "Datang ke kampanye sah-sah saja bagi ASN, asal tidak memakai atribut.") == {"permission"}


def test_the_headline_repeated_in_sentence_case_is_not_counted_again(run):
    title = "Kadis imbau guru tetap netral saat pilkada"
    text = title + "\nKepala Dinas Pendidikan mengimbau semua guru tetap netral saat pilkada. Itu disampaikan di aula."
    assert len(directives(run, text, title=title)) == 1


def test_voters_duties_with_no_addressee_are_for_the_public(run):
    text = "Kadis meminta ASN netral. “Jangan golput, ayo datang ke TPS,” serunya di hadapan warga."
    assert kinds(run, text) == {"appeal"} and len(directives(run, text)) == 1
    assert kinds(run, "PNS boleh menggunakan hak pilih di TPS.") == {"permission"}


def test_a_voters_duty_in_another_clause_leaves_a_rule_alone(run):
    text = "Para ASN diminta netral. “Silakan gunakan hak pilih, tapi jangan pamer dukungan di grup WhatsApp,” ujarnya."
    assert kinds(run, text) == {"appeal", "permission", "prohibition"}


def test_an_invitation_is_an_appeal_unless_it_is_about_voting(run):
    text = "Sekda berbicara di depan para ASN. “Mari kita tunjukkan bahwa birokrasi bisa netral,” katanya."
    assert kinds(run, text) == {"appeal"}
    text = "Sekda berbicara di depan para ASN. “Ayo kita datang ke TPS tanggal 27 November,” katanya."
    assert directives(run, text) == []


def test_a_wish_is_an_appeal_only_with_civil_servants_as_its_subject(run):
    assert kinds(run, "Mudah-mudahan semua PPPK tetap menjaga jarak dari politik.") == {"appeal"}
    text = "ASN diminta netral. Semoga cuaca cerah saat pencoblosan."
    assert directives(run, text) == [("appeal", "ASN diminta netral.")]


def test_penalties_named_by_their_verb_or_kind(run):
    assert kinds(run, "Honorer yang ikut berkampanye bisa disanksi.") == {"sanction"}
    assert kinds(run, "PNS pelanggar netralitas terancam kurungan dan denda.") == {"sanction"}
    assert kinds(run, "Pegawai itu diturunkan pangkatnya karena memihak.") == {"sanction"}


def test_other_forms_of_the_cue_words(run):
    assert kinds(run, "Kadis berkata, saya larang pegawai memakai kaus partai.") == {"prohibition"}
    assert kinds(run, "Bersikap netral adalah keharusan bagi PNS.") == {"obligation"}
    assert kinds(run, "Kami mohon para PPPK tidak ikut konvoi.") == {"appeal"}
    assert kinds(run, "Ajakan kepada semua ASN untuk netral dibacakan dalam apel.") == {"appeal"}


def test_more_names_of_civil_servants_as_addressees(run):
    assert kinds(run, "Para P3K wajib netral selama kampanye.") == {"obligation"}
    assert kinds(run, "CPNS juga dilarang berfoto dengan gaya jari calon.") == {"prohibition"}


def test_a_request_noun_with_whom_it_asks_is_an_appeal(run):
    assert kinds(run, "Gubernur menerbitkan imbauan tertulis kepada semua PNS untuk tidak hadir.") == {"appeal"}
    assert directives(run, "ASN diminta netral. Imbauan itu ditujukan kepada semua ASN di provinsi.") == \
        [("appeal", "ASN diminta netral.")]
    assert directives(run, "Arahan presiden dibacakan dalam rapat pegawai.") == []


def test_an_event_heading_a_clause_does_not_end_the_search_for_an_addressee(run):
    text = ("Para ASN berkumpul di aula. Pilkada harus berlangsung jujur dan adil. "
            "Jangan ada yang memakai mobil dinas untuk kampanye.")
    assert kinds(run, text) == {"prohibition"}


def test_a_hope_about_civil_servants_named_after_a_comma_or_a_short_adjunct(run):
    assert kinds(run, "Kepala BKPSDM berharap, semua PNS menahan diri di media sosial.") == {"appeal"}
    assert kinds(run, "Ia berharap ke depan pegawai tidak lagi ikut deklarasi calon.") == {"appeal"}
    assert directives(run, "Ia berharap seluruh panduan netralitas ASN tersebar luas.") == []


def test_a_request_about_an_event_does_not_end_the_search_for_an_addressee(run):
    text = "Pegawai kecamatan berkumpul. Camat meminta agar pilkada berlangsung damai. Jangan pasang stiker calon."
    assert kinds(run, text) == {"prohibition"}


def test_a_quote_said_to_someone_addresses_them(run):
    text = "Bupati mengingatkan PNS agar netral. “Jangan termakan kabar bohong,” katanya kepada warga desa."
    assert len(directives(run, text)) == 1
    text = "Warga desa berkumpul di balai. “Jangan pasang atribut calon,” ujarnya di hadapan para ASN."
    assert kinds(run, text) == {"prohibition"}
    text = "Bupati mengingatkan PNS agar netral. “Jangan pasang atribut calon,” katanya kepada wartawan."
    assert kinds(run, text) == {"appeal", "prohibition"}


def test_who_decides_a_penalty_is_no_penalty(run):
    assert kinds(run, "ASN itu diduga tidak netral. Penjatuhan sanksi adalah wewenang dari KASN.") == set()
    assert kinds(run, "ASN itu diduga tidak netral. Untuk sanksinya, keputusan ada di KASN.") == set()
    assert kinds(run, "Bawaslu tidak dapat memberikan sanksi kepada dua ASN tersebut.") == set()
    assert kinds(run, "Dua ASN dilaporkan. Nanti yang memberi sanksi adalah KASN, bukan Bawaslu.") == set()
    assert kinds(run, "ASN yang terbukti berkampanye akan diberi sanksi oleh KASN.") == {"sanction"}


def test_a_penalty_as_the_topic_of_a_remark_is_none(run):
    assert kinds(run, "Ditanya wartawan terkait sanksi bagi ASN yang melanggar, ia enggan berkomentar.") == set()


def test_a_condition_followed_by_the_speaker_processing_it_threatens_a_penalty(run):
    text = ("Sekda menegaskan ASN wajib netral dalam pilkada. \"Kalau ada laporan yang terbukti, maka akan saya "
            "proses sesuai aturan disiplin,\" katanya.")
    assert "sanction" in kinds(run, text)
    plain = "Sekda menegaskan ASN wajib netral dalam pilkada. Semua itu saya proses tadi pagi."
    assert "sanction" not in kinds(run, plain)


def test_the_bare_verb_tegur_after_its_doer_or_dapat_is_a_reprimand(run):
    assert "sanction" in kinds(run, "Bupati mengingatkan ASN agar netral. \"Yang melanggar kami tegur dulu,\" ujarnya.")
    assert "sanction" in kinds(run, "Tiga ASN di kabupaten itu dapat tegur dari KASN karena memihak calon bupati.")
    assert "sanction" not in kinds(run, "Para ASN dan warga saling tegur sapa saat apel pagi menjelang pilkada.")


def test_a_division_named_in_a_post_is_no_penalty(run):
    text = ("Anggota Bawaslu Kabupaten Sleman Divisi Penindakan, Budi Santoso, menyebut lima ASN sudah "
            "dilaporkan pekan ini.")
    assert kinds(run, text) == set()
    text = "Koordinator Devisi Penindakan Bawaslu, Rina Hartati, hadir bersama para camat dan ASN dalam rapat itu."
    assert kinds(run, text) == set()
    assert kinds(run, "ASN yang terbukti tidak netral akan mendapat penindakan tegas.") == {"sanction"}


def test_where_a_penalty_is_written_is_no_threat(run):
    assert kinds(run, "Sanksi soal netralitas ASN tercantum pada Pasal 12 PP 53/2010.") == set()
    assert kinds(run, "Menurutnya, larangan dan sanksi bagi ASN sudah diatur dalam UU ASN.") == set()
    assert kinds(run, "ASN yang melanggar akan dikenai sanksi, sudah diatur dalam PP 94.") == {"sanction"}
    assert kinds(run, "Larangan bagi ASN menjadi tim kampanye diatur dalam UU ASN.") == {"prohibition"}


def test_an_enumeration_of_penalties_is_one_statement(run):
    text = ("PNS yang tidak netral dijatuhi hukuman disiplin sedang berupa penundaan kenaikan gaji. "
            "Kedua, penundaan kenaikan pangkat selama satu tahun. Ketiga, penurunan pangkat setahun.")
    assert [k for k, _ in directives(run, text)] == ["sanction"]
    listed = "ASN dilarang berkampanye. Kedua, ASN dilarang berfoto dengan bakal calon."
    assert [k for k, _ in directives(run, listed)] == ["prohibition", "prohibition"]


def test_a_penalty_that_will_follow_a_condition_named_after_it(run):
    assert kinds(run, "Soal ASN, tindakan yang tepat akan diambil jika laporan itu terbukti.") == {"sanction"}
    assert kinds(run, "Bila kedapatan membagikan unggahan calon, ASN akan kita tindak.") == {"sanction"}
    assert kinds(run, "Seorang pegawai Satpol PP sudah dihukum oleh pemerintah kabupaten.") == {"sanction"}


def test_reminding_that_a_penalty_exists_is_the_penalty_only(run):
    assert kinds(run, "Ia mengingatkan ada sanksi berat yang mengancam para ASN.") == {"sanction"}


def test_leave_given_by_name_or_refused(run):
    assert kinds(run, "Bupati mempersilakan ASN menggunakan hak pilihnya di TPS.") == {"permission"}
    assert kinds(run, "Sekda tidak memperbolehkan mereka sebagai ASN untuk berpolitik praktis.") == {"prohibition"}
    assert kinds(run, "ASN diminta netral. Ia mempersilakan dilakukan proses hukum bila ada pelanggaran.") == {
        "appeal", "sanction"}
    assert kinds(run, "ASN diminta netral. Kalau ada ASN melanggar, silakan dilaporkan ke Bawaslu.") == {"appeal"}


def test_a_speech_verb_may_be_repeated_before_whom_it_tells(run):
    assert kinds(run, "Bupati menekankan kembali kepada ASN agar netral.") == {"appeal"}


def test_rules_named_not_given(run):
    assert kinds(run, "Sosialisasi agar ASN paham, ini yang tidak boleh dan boleh dilakukan.") == set()
    assert kinds(run, "Sosialisasi itu menjelaskan kepada ASN apa yang dilarang.") == set()


def test_a_short_sentence_stressing_a_rule_is_not_a_new_one(run):
    text = "Seluruh ASN tak boleh terlibat politik praktis. Apalagi ikut berkampanye. Sangat dilarang."
    assert [k for k, _ in directives(run, text)] == ["prohibition"]
    assert [k for k, _ in directives(run, "ASN tak boleh berkampanye. Sanksi ada, pasti.")] == [
        "prohibition", "sanction"]


def test_a_question_instructs_no_one(run):
    assert kinds(run, "ASN dilarang berkampanye. Lantas kenapa ASN harus netral?") == {"prohibition"}


def test_a_circular_asks_through_what_it_says(run):
    assert kinds(run, "KASN sudah membuat surat edaran agar ASN tetap menjaga netralitasnya.") == {"appeal"}
    assert kinds(run, "Pemkab telah menyebarkan surat edaran kepada seluruh OPD dan ASN.") == set()


def test_asking_to_block_data_is_about_enforcing(run):
    assert kinds(run, "ASN itu melanggar netralitas. Kita bisa minta untuk memblokir datanya.") == set()


def test_forbidden_as_unlawful(run):
    assert kinds(run, "Kegiatan yang mengarah pada keberpihakan juga haram dilakukan oleh ASN.") == {"prohibition"}


def test_asking_heads_to_keep_civil_servants_neutral(run):
    assert kinds(run, "Saya himbau semua kepala daerah untuk menjaga netralitas ASN pada Pemilu 2024.") == {"appeal"}
    assert kinds(run, "Publik diminta ikut mengawasi netralitas ASN menjelang pilkada.") == set()


def test_reminding_one_another_instructs_no_one(run):
    assert kinds(run, "ASN diminta netral. Pemprov dan Bawaslu saling mengingatkan untuk menjaga netralitas.") == {
        "appeal"}


def test_a_misspelt_penalty_is_still_one(run):
    assert kinds(run, "KASN akan memberikan sanski kepada PNS yang melanggar.") == {"sanction"}
    assert kinds(run, "PNS yang melanggar akan diberi sanski.") == {"sanction"}


def test_a_preposition_opening_a_clause_names_its_addressee(run):
    text = "Ketua Bawaslu mengatakan, bagi ASN di Kendal diharapkan tidak berfoto dengan caleg."
    assert [d.target for d in run(text).directives] == ["ASN"]


def test_a_rule_given_as_a_reason_or_inside_a_condition_is_not_given(run):
    text = "Ia menekankan agar ASN bersikap netral karena dilarang oleh undang-undang."
    assert kinds(run, text) == {"appeal"}
    assert kinds(run, "Kami akan menindak tegas jika ada ASN yang melewati jalur yang dilarang.") == {"sanction"}
    assert kinds(run, "Hanya bedanya, kalau ASN harus mengundurkan diri, saya cukup cuti.") == {"obligation"}


def test_also_between_an_inverted_request_and_whom_it_asks(run):
    assert kinds(run, "Diharapkan juga seluruh ASN di desa ikut memberikan hak suaranya.") == {"appeal"}


def test_a_short_remark_that_a_penalty_just_given_varies_is_the_same_statement(run):
    text = "ASN yang ikut berkampanye akan dikenai sanksi disiplin. \"Sanksinya macam-macam,\" katanya."
    assert [k for k, _ in directives(run, text)] == ["sanction"]
    text = "ASN yang memihak calon akan dijatuhi hukuman. Untuk hukumannya tergantung berat pelanggaran."
    assert [k for k, _ in directives(run, text)] == ["sanction"]
    alone = "Pemkab menggelar apel netralitas ASN. Sanksi bagi ASN yang memihak tergantung beratnya pelanggaran."
    assert [k for k, _ in directives(run, alone)] == ["sanction"]


def test_a_career_step_barred_is_a_penalty_not_a_prohibition(run):
    text = "ASN yang terbukti berkampanye untuk calon bupati tidak boleh ikut promosi selama dua tahun."
    assert kinds(run, text) == {"sanction"}
    assert kinds(run, "ASN dilarang memasang spanduk promosi calon bupati di kantor.") == {"prohibition"}


def test_a_penalty_negated_right_before_it_is_none(run):
    text = "Bawaslu memeriksa tiga ASN yang hadir di kampanye pilkada. Namun ketiga ASN itu tidak dipidana."
    assert "sanction" not in kinds(run, text)
    text = "Bawaslu memeriksa tiga ASN yang hadir di kampanye pilkada. Namun ketiga ASN itu tak pernah ditegur."
    assert "sanction" not in kinds(run, text)
    assert "sanction" in kinds(run, "ASN yang tidak netral dalam pilkada akan ditegur atasannya.")


def test_leave_to_vote_needs_no_civil_servant_named(run):
    text = "ASN diminta netral. \"Silakan bapak-ibu sekalian memilih sesuai hati nurani,\" katanya."
    assert kinds(run, text) == {"appeal", "permission"}
    assert kinds(run, "ASN diminta netral. Kalau soal pilihan, silakan saja.") == {"appeal", "permission"}
    assert kinds(run, "ASN diminta netral. Warga silakan lapor ke Bawaslu.") == {"appeal"}


def test_the_forms_of_a_penalty_just_given_are_the_same_statement(run):
    text = ("ASN yang berpihak pada calon akan dijatuhi hukuman disiplin. "
            "Mulai dari teguran lisan sampai pemberhentian. Adapun sanksi berat berupa penurunan jabatan.")
    assert [k for k, _ in directives(run, text)] == ["sanction"]
    alone = "Pemkab menggelar sosialisasi netralitas ASN. Adapun sanksi berat berupa penurunan jabatan bagi ASN."
    assert [k for k, _ in directives(run, alone)] == ["sanction"]
    threatened = "ASN yang berpihak akan dijatuhi hukuman disiplin. Sanksinya bisa berupa penundaan kenaikan pangkat."
    assert [k for k, _ in directives(run, threatened)] == ["sanction", "sanction"]
    stated = "Sanksi bagi ASN yang berpihak diatur dalam PP 94. Hukumannya berjenjang, mulai dari teguran tertulis."
    assert [k for k, _ in directives(run, stated)] == ["sanction", "sanction"]


def test_warning_words_of_everyday_speech_ask(run):
    assert kinds(run, "Kepala BKD sudah wanti-wanti sejak awal agar ASN menjaga jarak dari calon.") == {"appeal"}
    assert kinds(run, "Sekda mewarning agar seluruh ASN menahan diri di media sosial.") == {"appeal"}
    assert kinds(run, "Dalam apel itu ia menyinggung agar ASN tidak ikut kampanye.") == {"appeal"}
    assert kinds(run, "Wali kota mewarning pejabat yang bersikap tidak netral.") == set()
    assert kinds(run, "Bupati kembali mengingatkam ASN bersikap netral.") == {"appeal"}


def test_hoping_for_the_civil_servants_neutrality_asks_it_of_them(run):
    assert kinds(run, "Ia berharap agar netralitas ASN tetap terjaga sampai akhir pilkada.") == {"appeal"}
    assert kinds(run, "Bupati mengharapkan netralitas PNS dapat dijaga.") == {"appeal"}
    assert kinds(run, "Ia berharap netralitas pemilu tetap terjaga.") == set()


def test_a_dismissal_threatened_in_the_first_person(run):
    assert kinds(run, "ASN diminta netral. Kalau terbukti ikut kampanye, ASN itu akan kita pecat.") == {
        "appeal", "sanction"}


def test_stressing_neutrality_to_the_civil_servants_asks_it_of_them(run):
    assert kinds(run, "Menteri menekankan kembali kepada para PNS terkait pentingnya netralitas.") == {"appeal"}
    assert kinds(run, "Ketua KPU menekankan kepada wartawan pentingnya netralitas pers.") == set()


def test_stressing_the_importance_of_neutrality_is_no_request(run):
    assert kinds(run, "Menteri menekankan pentingnya netralitas bagi ASN selama masa kampanye.") == set()


def test_a_rule_naming_whom_it_binds_is_given_where_it_is_written_too(run):
    assert kinds(run, "Larangan bagi PNS ikut berkampanye sudah diatur dalam UU ASN.") == {"prohibition"}
    assert kinds(run, "Kewajiban netralitas ASN juga telah diatur dalam UU Pemilu.") == {"obligation"}
    assert kinds(run, "Menurutnya, larangan dan sanksi bagi ASN sudah diatur dalam UU ASN.") == set()


def test_a_speech_verb_with_the_civil_servants_as_its_object_asks(run):
    assert kinds(run, "Gubernur menegaskan ASN di Kabupaten Pringsewu untuk menjaga netralitas.") == {"appeal"}
    assert kinds(run, "Gubernur menegaskan netralitas ASN adalah harga mati.") == set()
    assert kinds(run, "Bawaslu mewarning kepada seluruh ASN untuk tidak memihak.") == {"appeal"}


def test_a_reminder_asks_those_it_reminds(run):
    assert kinds(run, "Ikrar itu menjadi pengingat bagi seluruh ASN untuk bersikap netral.") == {"appeal"}
    assert kinds(run, "Kalender itu menjadi pengingat bagi warga untuk datang ke TPS.") == set()


def test_numbered_rules_of_what_not_to_do_bind_whom_their_lead_names(run):
    text = ("Narasumber menjelaskan tata cara menjaga netralitas ASN, antara lain:\n"
            "1.    Tidak memasang spanduk calon di lingkungan kerja.\n"
            "2.    Tidak boleh mengikuti kampanye calon peserta pemilu.\n")
    assert [d.kind for d in run(text).directives] == ["prohibition", "prohibition"]
    pledge = ("Poin-poin ikrar netralitas pegawai ASN antara lain:\n"
              "1. Tidak membuat keputusan yang menguntungkan pasangan calon.\n")
    assert run(pledge).directives == []  # what they pledge themselves



def test_the_vote_left_to_civil_servants_is_a_permission(run):
    assert kinds(run, "Menurut Bupati, hak politik ASN hanya bisa disalurkan di bilik suara pada Pilkada 2024.") == \
        {"permission"}
    assert kinds(run, "Dalam Pilkada 2024 ASN bebas menentukan pilihan di bilik suara, kata Pj Bupati.") == \
        {"permission"}


def test_an_addressee_listed_last_after_maupun_is_addressed(run):
    assert kinds(run, "Wapres meminta agar TNI, Polri, maupun ASN menjaga netralitas dalam Pemilu.") == {"appeal"}


def test_neutrality_stated_as_a_necessity_is_an_obligation(run):
    assert kinds(run, "Netralitas ASN adalah suatu keharusan dalam Pilkada 2024.") == {"obligation"}


def test_a_modal_after_a_non_negotiable_is_not_disclaimed(run):
    text = "Netralitas ASN tidak bisa ditawar dan harus dijalankan dalam Pemilu."
    assert kinds(run, text) == {"obligation"}
    assert directives(run, "Bawaslu tidak bisa memberikan sanksi kepada ASN.") == []



def test_the_numbered_forms_of_a_penalty_are_the_penalty_given_once(run):
    text = ("ASN yang tidak netral dijatuhi hukuman disiplin sedang berupa:\n(1) penundaan kenaikan gaji berkala;\n"
            "(2) penundaan kenaikan pangkat;\n(3) penurunan pangkat setingkat lebih rendah.")
    assert kinds(run, text) == {"sanction"} and len(directives(run, text)) == 1
    rules = "Larangan bagi ASN dalam Pemilu 2024:\n1. Tidak memasang spanduk calon.\n2. Tidak menghadiri kampanye."
    assert len(directives(run, rules)) == 3


def test_neutrality_heading_its_clause_is_asked_of_the_civil_servants_in_context(run):
    text = ("Pembinaan ASN Kemenag Kendal digelar menjelang Pilkada 2024. “Mau pilkada, mau pileg, netralitas itu "
            "harus dijunjung tinggi,” kata dia.")
    assert kinds(run, text) == {"obligation"}
    assert directives(run, "Pilkada harus berlangsung jujur dan adil.") == []


def test_attending_as_a_listener_or_backing_a_candidate_at_the_ballot_only_is_permitted(run):
    assert kinds(run, "Sesuai arahan Mendagri, ASN dapat mengikuti kampanye sebagai pendengar.") == {"permission"}
    text = "ASN harus netral dalam Pilkada 2024. Kalau mau dukung juga, ASN cukup coblos calonnya di bilik suara."
    assert "permission" in kinds(run, text)


def test_stating_that_civil_servants_be_neutral_is_an_appeal(run):
    assert kinds(run, "Kami tegaskan agar jajaran ASN tetap bertindak netral dalam Pilkada 2024.") == {"appeal"}
    assert kinds(run, "Ketua Bawaslu mmenekankan agar para ASN menjaga netralitas pada Pemilu 2024.") == {"appeal"}
    assert directives(run, "Ia menegaskan agar pemilu berjalan damai.") == []


def test_a_penalty_in_what_a_prohibition_forbids_is_to_be_avoided_not_threatened(run):
    text = "Sekda berpesan agar jangan sampai ada pegawai yang terkena hukuman disiplin gara-gara ikut kampanye."
    assert kinds(run, text) == {"prohibition"}
    ban = "Kepala BKD mengatakan, PNS jangan ikut berkampanye yang bisa berujung sanksi."
    assert kinds(run, ban) == {"prohibition"}
    threat = "PNS jangan coba-coba berkampanye jika tidak ingin dijatuhi sanksi."
    assert kinds(run, threat) == {"prohibition", "sanction"}
    assert kinds(run, "PNS jangan berkampanye, yang melanggar akan dikenai sanksi.") == {"prohibition", "sanction"}


def test_a_penalty_word_among_a_supervisors_tasks_names_a_task(run):
    tasks = "Ketua Bawaslu menyebut lembaganya bertugas melakukan pencegahan, pengawasan, dan penindakan terhadap ASN."
    assert directives(run, tasks) == []
    assert directives(run, "Satgas akan mengawasi dan menindak pelanggaran netralitas ASN di daerah.") == []
    threat = "Jika ada ASN yang tidak netral, kami akan melakukan pencegahan dan tindakan."
    assert kinds(run, threat) == {"sanction"}
    assert kinds(run, "Pemkab akan menindak ASN yang terbukti tidak netral.") == {"sanction"}


def test_a_request_reported_as_an_alleged_act_is_a_violation_not_an_appeal(run):
    alleged = "Dalam rekaman itu, seorang guru PNS diduga mengajak para murid memilih salah satu calon bupati."
    assert directives(run, alleged) == []
    openly = "Seorang lurah secara terang-terangan mengajak pegawai kelurahan mendukung pasangan nomor dua."
    assert directives(run, openly) == []
    assert kinds(run, "Sekda mengajak seluruh ASN menjaga netralitas dalam Pilkada 2024.") == {"appeal"}


def test_a_quotation_mark_glued_between_a_stop_and_a_word_parts_them(run):
    text = "ASN yang terlibat politik praktis terancam dipecat.“Jangan sampai pegawai ikut berkampanye,” ujar Sekda."
    assert kinds(run, text) == {"sanction", "prohibition"}
    closing = "“Pegawai wajib menjaga netralitas,”ASN juga dilarang memasang foto calon di media sosial."
    assert kinds(run, closing) == {"obligation", "prohibition"}


def test_a_straight_quotation_mark_glued_after_a_comma_parts_the_comma_from_the_cue(run):
    text = 'Guru PNS diminta netral. "Kalau hanya datang mendengar visi misi, itu sah-sah saja,"tutur Kadisdik.'
    assert kinds(run, text) == {"appeal", "permission"}
    banned = 'Guru PNS diminta netral. "Memasang foto calon di status WhatsApp tidak boleh!"kata Kadisdik.'
    assert kinds(run, banned) == {"appeal", "prohibition"}
    # a glued mark that opens a quotation with no cue in it gives nothing
    assert kinds(run, 'Guru PNS diminta netral. Kadisdik berkata,"Pilkada tahun ini digelar serentak."') == {"appeal"}


def test_leave_to_choose_and_a_ban_that_never_was_are_permissions(run):
    assert kinds(run, "Menurut Sekda, guru PNS tetap bisa menentukan pilihan di bilik suara.") == {"permission"}
    assert kinds(run, "Kepala BKPSDM mengatakan, ASN tidak pernah dilarang menggunakan hak pilihnya.") == {"permission"}
    # a pledge to give staff that freedom is no directive (as the dev corpus reads it)
    assert directives(run, "Sekretaris Kabinet berkomitmen memberikan kebebasan kepada seluruh jajaran dalam "
                           "menggunakan hak pilih.") == []


def test_inviting_everyone_to_make_the_election_a_success_instructs_no_one(run):
    text = "ASN di Kota Bima diminta netral. “Mari sama-sama kita sukseskan Pilkada 2024 ini,” kata Wali Kota."
    assert [k for k, _ in directives(run, text)] == ["appeal"]
    own = "ASN di Kota Bima diminta netral. “Mari kita jaga netralitas sebagai abdi negara,” kata Wali Kota."
    assert [k for k, _ in directives(run, own)] == ["appeal", "appeal"]


def test_a_request_for_something_from_someone_addresses_them(run):
    text = "ASN di Sumenep diminta netral. Bupati juga meminta kerja sama dari semua pihak agar pilkada aman."
    assert [k for k, _ in directives(run, text)] == ["appeal"]
    assert kinds(run, "Kami berharap kerja sama dari seluruh ASN untuk menjaga netralitas.") == {"appeal"}
    text = "Bawaslu akan meminta bahan keterangan dari dua ASN yang diduga berkampanye."
    assert directives(run, text) == []


def test_who_imposes_a_penalty_is_not_whom_it_is_for(run):
    assert kinds(run, "ASN yang tidak netral akan ditindak tegas oleh satgas.") == {"sanction"}
    assert kinds(run, "Pegawai yang melanggar netralitas bisa diberikan sanksi oleh Bawaslu.") == {"sanction"}
    assert directives(run, "Peserta pemilu yang melanggar akan dikenai sanksi oleh KPU.") == []


def test_a_request_already_made_named_as_background_is_no_new_appeal(run):
    text = "Meski sudah mengingatkan seluruh pegawai untuk netral, Sekda mendapati dua ASN ikut kampanye."
    assert directives(run, text) == []
    text = "Kalau ASN yang telah diingatkan masih melanggar, laporannya kami teruskan ke BKN."
    assert directives(run, text) == []
    assert kinds(run, "Bupati sudah mengingatkan seluruh ASN agar tidak ikut kampanye.") == {"appeal"}


def test_what_supervisors_must_watch_is_no_obligation_of_civil_servants(run):
    assert directives(run, "Menurut Bawaslu, netralitas ASN di daerah ini memang harus terus diawasi.") == []
    assert directives(run, "Setiap laporan soal ASN yang berkampanye harus diproses dalam tujuh hari.") == []
    assert kinds(run, "ASN harus menjaga netralitas selama Pilkada 2024.") == {"obligation"}


def test_not_hesitating_to_act_threatens_a_penalty(run):
    text = "Pj Wali Kota mengatakan tidak segan-segan memutasi ASN yang terbukti berpihak pada calon."
    assert kinds(run, text) == {"sanction"}
    assert kinds(run, "ASN diminta netral. Kami tak segan untuk bertindak bila ada yang melanggar.") == {
        "appeal", "sanction"}
    asks = "ASN diminta netral. Ia bahkan tak segan meminta warga melaporkan ASN yang berkampanye."
    assert [k for k, _ in directives(run, asks)] == ["appeal"]


def test_a_permission_denied_as_a_reading_gives_no_leave(run):
    assert directives(run, "Artinya, bukan berarti Menteri memperbolehkan ASN ikut berkampanye.") == []
    assert directives(run, "Tapi jangan diartikan Bupati bilang pegawai boleh berkampanye.") == []
    assert kinds(run, "Bukan berarti ASN tidak boleh menggunakan hak pilihnya.") == {"permission"}


def test_leave_granted_to_what_a_condition_names_is_a_permission(run):
    text = ("ASN Kabupaten Kendal dilarang mengunggah foto bersama caleg. “Kalau hanya untuk kenang-kenangan sendiri "
            "ya silakan,” kata Sekda.")
    assert kinds(run, text) == {"prohibition", "permission"}
    assert directives(run, "Kalau mau hujan-hujanan ya silakan saja.") == []


def test_what_a_permission_grants_may_be_owned_by_a_candidate(run):
    text = "ASN harus netral. Namun datang untuk mendengarkan visi dan misi calon diperbolehkan."
    assert kinds(run, text) == {"obligation", "permission"}
    assert directives(run, "Tim sukses calon diperbolehkan memasang baliho.") == []


def test_denying_that_something_exists_after_a_permission_forbids_nothing(run):
    text = "Guru PNS boleh memilih siapa saja, namun tidak ada pula paksaan untuk memilih calon tertentu."
    assert kinds(run, text) == {"permission"}
    text = "Guru PNS boleh memilih siapa saja, namun tidak menjadi tim sukses."
    assert kinds(run, text) == {"permission", "prohibition"}


def test_a_request_to_back_a_candidate_reports_campaigning(run):
    text = "ASN diminta netral. Di grup itu beredar pesan yang meminta agar mendukung salah satu pasangan calon."
    assert [k for k, _ in directives(run, text)] == ["appeal"]
    assert kinds(run, "Bupati meminta ASN agar tidak mendukung salah satu pasangan calon.") == {"appeal"}
    own = "Ia mengimbau seluruh ASN yang ikut memilih calon bupati agar mengecek daftar pemilih."
    assert kinds(run, own) == {"appeal"}


def test_a_reminder_that_states_a_fact_after_a_comma_is_no_appeal(run):
    text = "ASN Kota Bima diminta netral. Kepala BKD mengingatkan, ada tiga aturan yang mengatur netralitas ASN."
    assert [k for k, _ in directives(run, text)] == ["appeal"]
    text = "Sekda mengingatkan, sesuai dengan PP 94 Tahun 2021 pegawai yang berkampanye melanggar disiplin."
    assert directives(run, text) == []
    assert kinds(run, "Sekda mengingatkan, seluruh ASN untuk menjaga netralitas.") == {"appeal"}


def test_a_penalty_for_whoever_is_found_guilty_warns_the_articles_civil_servants(run):
    lead = ("Seluruh ASN Kabupaten Sigi mengikuti apel pagi di halaman kantor bupati.\n\n"
            "Apel berlangsung tertib. Setelah itu hujan turun deras. Lapangan pun sepi.\n\n")
    assert kinds(run, lead + "Jika terbukti, tentu sanksi berat sudah menunggu.") == {"sanction"}
    assert kinds(run, lead + "Bagi oknum yang terbukti bersalah, tentu akan dijatuhi hukuman.") == {"sanction"}
    assert kinds(run, lead + "Kalau ada yang melanggar, harus diberikan sanksi.") == {"sanction"}
    # someone else's staff, or no guilt: no threat to the civil servants
    assert kinds(run, lead + "Anggota yang terbukti melanggar akan dijatuhi sanksi.") == set()
    assert kinds(run, lead + "Tentu sanksi berat sudah menunggu.") == set()


def test_neutrality_urged_on_whom_it_names_is_an_appeal(run):
    assert kinds(run, "Kepala dinas menekankan pentingnya netralitas kepada seluruh PNS di kantornya.") == {"appeal"}
    assert kinds(run, "Camat itu menegaskan netralitas kepada para ASN kecamatan menjelang pilkada.") == {"appeal"}
    # urged on no one named, or on the press: no instruction
    assert directives(run, "Ia menekankan pentingnya netralitas kepada wartawan usai rapat.") == []


def test_a_penalty_handed_to_whoever_decides_threatens_none(run):
    lead = "Para ASN diminta netral selama pilkada. "
    text = lead + "Soal hukumannya, kami serahkan kepada BKN yang berwenang."
    assert [k for k, _ in directives(run, text)] == ["appeal"]
    text = lead + "Untuk sanksi selanjutnya, itu wewenang pejabat pembina kepegawaian."
    assert [k for k, _ in directives(run, text)] == ["appeal"]
    text = lead + "Kami hanya merekomendasikan, bukan memberikan sanksi."
    assert [k for k, _ in directives(run, text)] == ["appeal"]
    assert kinds(run, lead + "ASN yang melanggar akan diberikan sanksi oleh BKN.") == {"appeal", "sanction"}


def test_civil_servants_singled_out_of_a_wider_audience_are_addressed(run):
    text = "Bupati mengimbau seluruh warga Kabupaten Sambas, khususnya ASN, untuk menjaga ketertiban pilkada."
    assert kinds(run, text) == {"appeal"}
    text = "Ketua Bawaslu mengajak semua pihak termasuk para PNS untuk mengawal pemilu yang jujur."
    assert kinds(run, text) == {"appeal"}
    assert directives(run, "Bupati mengimbau seluruh warga Kabupaten Sambas untuk menjaga ketertiban pilkada.") == []


def test_a_candidate_named_as_what_conduct_is_about_is_no_subject(run):
    lead = "Seluruh ASN Kota Palu wajib netral. "
    text = lead + "Makanya mempromosikan salah satu calon di Facebook adalah pelanggaran, jadi jangan dianggap sepele."
    assert [k for k, _ in directives(run, text)] == ["obligation", "prohibition"]
    text = lead + "Makan siang bersama pasangan calon (paslon) selama masa kampanye harus dihindari."
    assert [k for k, _ in directives(run, text)] == ["obligation", "obligation"]
    text = "Tahapan kampanye sudah dimulai, dan bagi pegawai negeri sipil (PNS) diminta untuk tetap netral."
    assert kinds(run, text) == {"appeal"}
    assert directives(run, lead + "Pasangan calon (paslon) harus menyerahkan laporan dana kampanye.") == \
        [("obligation", "Seluruh ASN Kota Palu wajib netral.")]


def test_a_cleft_pointing_at_conduct_gives_the_rule(run):
    lead = "Para ASN Kabupaten Poso diminta netral. "
    text = lead + "Kalau sekadar datang ke TPS, silakan, tetapi menjadi juru kampanye, itu yang dilarang."
    assert "prohibition" in kinds(run, text)
    assert "obligation" in kinds(run, lead + "Konflik kepentingan muncul, dan ini yang harus dihindari.")
    # a rule in a clause about a noun still needs an addressee of its own
    assert "prohibition" not in kinds(run, lead + "Kemarin dibahas pose-pose yang dilarang di media sosial.")


def test_urging_the_importance_of_civil_servants_conduct_is_an_appeal(run):
    assert kinds(run, "Kepala kantor menekankan pentingnya ASN menghindari politik praktis.") == {"appeal"}
    text = "Sekda menegaskan kembali pentingnya pegawai Pemkab Sigi untuk tetap netral saat pilkada."
    assert kinds(run, text) == {"appeal"}
    # the importance of something else, or a fact about them: no appeal
    assert directives(run, "Sekda menegaskan pentingnya pilkada yang damai bagi warga.") == []
    assert directives(run, "Sekda menegaskan ASN tetap bekerja seperti biasa selama cuti bersama.") == []


def test_a_rule_pointed_back_to_and_said_to_be_written_somewhere_is_no_new_rule(run):
    lead = "PNS Kabupaten Banggai dilarang ikut kampanye pilkada. "
    text = lead + "Larangan PNS berkampanye ini juga diatur dalam Peraturan KPU tentang kampanye."
    assert [k for k, _ in directives(run, text)] == ["prohibition"]
    text = lead + "Pelarangan tersebut sejalan dengan surat edaran bupati tentang netralitas ASN."
    assert [k for k, _ in directives(run, text)] == ["prohibition"]
    # the rule itself, with whom it binds or what it forbids, still counts
    assert len(directives(run, lead + "Larangan itu bukan hanya bagi PNS, tetapi juga bagi tenaga honorer.")) == 2
    assert len(directives(run, lead + "Larangan bagi PNS memasang atribut calon diatur dalam UU ASN.")) == 2


def test_words_that_only_look_like_verbs_leave_the_modal_to_decide(run):
    text = "Camat mengingatkan agar para PNS dilingkungannya harus netral selama pemilu."
    assert kinds(run, text) == {"obligation"}
    text = "Sekda menekankan kepada seluruh ASN dalam Pilkada 27 November mendatang harus netral."
    assert kinds(run, text) == {"obligation"}
    # a verb of content between them still makes the request one of its own
    text = "Camat mengingatkan agar para PNS menjaga sikap, dan pejabat eselon harus memberi contoh."
    assert "appeal" in kinds(run, text)


def test_reminding_of_the_importance_of_something_tells_no_one(run):
    lead = "Bupati meminta seluruh PNS Kabupaten Sinjai netral.\n"
    text = lead + "Ia juga mengingatkan kembali tentang pentingnya literasi digital menjelang pilkada."
    assert kinds(run, text) == {"appeal"}
    assert len(directives(run, text)) == 1
    assert len(directives(run, lead + "Ia juga mengingatkan pentingnya integritas di tahun politik.")) == 1
    # with civil servants named in the sentence, it asks them
    assert kinds(run, "Kepala BKD mengingatkan pentingnya netralitas ASN selama tahapan pilkada.") == {"appeal"}
    text = "Kepala BKD mengingatkan seluruh ASN akan pentingnya menjaga netralitas dalam pilkada."
    assert kinds(run, text) == {"appeal"}
    # the speaker still speaks to those addressed before: a rule after the reminder is theirs
    text = ("Sekda meminta ASN Kabupaten Majene bersikap netral dalam pilkada.\nIa juga mengingatkan pentingnya "
            "berhati-hati di media sosial. Menurutnya, banyak akun palsu beredar menjelang pemungutan suara. "
            "Unggahan lama pun sering dipotong. \"Kalau hanya membaca berita, tidak masalah,\" ujarnya.")
    assert kinds(run, text) == {"appeal", "permission"}


def test_a_statement_after_a_request_verb_and_its_comma_asks_nothing(run):
    lead = "Sekda meminta seluruh PNS Kabupaten Wajo netral dalam pilkada.\n"
    text = lead + "Ia juga mengingatkan, menjelang pemungutan suara ada tim siber yang memantau akun pegawai."
    assert len(directives(run, text)) == 1
    assert len(directives(run, lead + "\"Saya ingatkan, gedung ini milik negara, bukan milik pribadi.\"")) == 1
    # the request's own content, or civil servants named before its verb, still asks
    assert kinds(run, "Bupati mengingatkan, seluruh PNS tetap netral selama pilkada.") == {"appeal"}
    assert kinds(run, "Bupati mengingatkan, agar PNS tidak ikut berkampanye.") == {"appeal"}
    assert len(directives(run, lead + "Ia juga mengimbau, jauhi politik praktis selama pilkada.")) == 2
    # the speaker still speaks to those addressed before
    text = ("Camat meminta ASN Kecamatan Tanete netral dalam pilkada.\nIa juga mengingatkan, patroli siber berjalan "
            "setiap hari. Menurutnya, banyak akun palsu beredar menjelang pemungutan suara. Unggahan lama pun sering "
            "dipotong. \"Kalau hanya membaca berita, tidak masalah,\" ujarnya.")
    assert kinds(run, text) == {"appeal", "permission"}


def test_a_modal_requiring_that_something_exist_is_no_obligation(run):
    lead = "PNS Kabupaten Bone dilarang ikut kampanye.\n"
    assert kinds(run, lead + "Sebelum laporan diteruskan, harus ada bukti yang cukup.") == {"prohibition"}
    assert kinds(run, lead + "Untuk mencairkan gaji pegawai itu, mesti ada surat dari atasannya.") == {"prohibition"}
    # conduct after the modal still binds
    assert kinds(run, "PNS Kabupaten Bone harus berada di posisi netral.") == {"obligation"}


def test_a_modal_before_a_verb_of_watching_or_reminding_is_a_supervisors_duty(run):
    lead = "PNS Kabupaten Sinjai dilarang ikut kampanye.\n"
    assert kinds(run, lead + "\"Kami punya kewajiban untuk mengawasi netralitas ASN selama tahapan,\" ujarnya.") \
        == {"prohibition"}
    assert kinds(run, lead + "Karena itu kami harus mengingatkan para pegawai sebelum hari pencoblosan.") \
        == {"prohibition"}
    assert kinds(run, lead + "Itu sebuah kewajiban untuk mengingatkan agar tidak terjadi pelanggaran.") \
        == {"prohibition"}
    # conduct after the modal still binds the civil servants
    assert kinds(run, "PNS Kabupaten Sinjai wajib menjaga netralitas selama tahapan.") == {"obligation"}
    # civil servants named before the modal are bound to the watching themselves
    assert kinds(run, "Setiap kepala dinas wajib memantau pegawainya selama masa kampanye.") == {"obligation"}


def test_civil_servants_told_before_agar_are_asked_whatever_verb_opens_it(run):
    text = "Sosialisasi itu dimaksudkan untuk memberi bekal kepada para PNS agar tetap netral selama pilkada."
    assert kinds(run, text) == {"appeal"}
    text = "Semoga pemilu di Kabupaten Pidie aman bagi warga, dan kepada seluruh ASN supaya menjaga sikap netral."
    assert kinds(run, text) == {"appeal"}
    # someone else told, or a lesson for civil servants, asks them nothing
    assert directives(run, "Dinas memberikan bantuan kepada warga agar tetap sehat menjelang pilkada.") == []
    assert directives(run, "Laporan itu bisa menjadi pelajaran bagi semua PNS agar sadar akan aturannya.") == []


def test_civil_servants_may_still_listen_watch_look_up_or_be_photographed(run):
    assert kinds(run, "Saat kampanye akbar, PNS hanya bisa mendengar dari kejauhan.") == {"permission"}
    assert kinds(run, "Guru ASN dapat berfoto dengan istrinya yang maju, tetapi tidak boleh berpose jari.") == \
        {"permission", "prohibition"}
    assert kinds(run, "Pegawai negeri tetap bisa menyaksikan debat calon dari rumah.") == {"permission"}
    # what the public or the supervisors can do is no leave given to civil servants
    assert directives(run, "Warga dapat mengakses laman Bawaslu untuk melaporkan ASN yang berkampanye.") == []


def test_a_vote_usable_only_at_the_ballot_is_leave_given(run):
    lead = "PNS Kabupaten Gowa dilarang ikut kampanye.\n"
    text = lead + "Walau punya hak suara, hak itu hanya bisa digunakan saat mencoblos di TPS."
    assert kinds(run, text) == {"prohibition", "permission"}


def test_inviting_someone_to_report_or_process_a_violation_gives_no_leave(run):
    lead = "PNS Kabupaten Sinjai dilarang ikut kampanye.\n"
    assert kinds(run, lead + "Jika ada PNS yang berpihak, silakan laporkan ke Bawaslu.") == {"prohibition"}
    # what the case is left to may be a penalty, never leave
    assert kinds(run, lead + "Bagi pegawai yang nekat, silahkan diproses sesuai aturan.") == {"prohibition", "sanction"}
    # leave to vote stays leave
    assert kinds(run, "Kalau soal pilihan, PNS silakan memilih di TPS.") == {"permission"}


def test_a_call_to_report_after_a_condition_threatens_no_penalty(run):
    lead = "Panwaslu kecamatan mengingatkan pegawai negeri agar netral selama pilkada. "
    asked = lead + "\"Bila melihat pegawai berkampanye, segera laporkan kepada pengawas desa,\" ucapnya."
    assert "sanction" not in kinds(run, asked)
    then = lead + "\"Apabila ada aparatur yang ikut memasang baliho, maka laporkan,\" tuturnya."
    assert "sanction" not in kinds(run, then)
    threat = lead + "\"Bila pegawai terbukti berkampanye, kami akan laporkan kepada KASN,\" ucapnya."
    assert "sanction" in kinds(run, threat)


def test_urging_enforcers_or_reporters_to_be_even_handed_bars_no_conduct(run):
    lead = "Wali kota mengingatkan seluruh pegawai negeri agar netral selama pilkada. "
    assert "prohibition" not in kinds(run, lead + "Tim pemeriksa jangan tebang pilih.")
    assert "prohibition" not in kinds(run, lead + "Jangan ada pilih kasih ketika menjatuhkan hukuman.")
    assert "prohibition" not in kinds(run, lead + "Warga jangan ragu melapor kepada pengawas.")
    assert "prohibition" in kinds(run, lead + "Pegawai jangan ikut memasang spanduk calon.")


def test_civil_servants_who_cannot_campaign_or_take_sides_are_forbidden_to(run):
    lead = "KPU menggelar sosialisasi tahapan pilkada di aula kecamatan. "
    assert "prohibition" in kinds(run, lead + "Pegawai negeri tak bisa berpihak kepada bakal calon bupati.")
    assert "prohibition" in kinds(run, lead + "Para PNS tidak bisa memberi dukungan kepada pasangan mana pun.")
    assert "prohibition" not in kinds(run, lead + "Pegawai negeri tidak bisa hadir karena sakit.")


def test_a_case_being_processed_threatens_no_penalty(run):
    lead = "Panwaslu kabupaten menerima aduan tentang dua pegawai negeri yang memihak calon bupati. "
    case = lead + "Ketua Panwaslu menyebut dugaan pelanggaran kedua PNS itu akan diproses minggu depan."
    assert "sanction" not in kinds(run, case)
    listed = lead + "Jika berkasnya lengkap, pengaduan akan dicatat dan diproses lebih lanjut."
    assert "sanction" not in kinds(run, listed)
    person = lead + "Ketua Panwaslu menyebut kedua PNS yang memihak itu akan diproses sesuai aturan."
    assert "sanction" in kinds(run, person)


def test_a_penalty_asked_about_is_none_given(run):
    lead = "Bupati mengingatkan pegawai negeri agar netral dalam pilkada. "
    asked = lead + "Seorang warga lalu bertanya apa sanksi untuk pegawai yang memihak calon tertentu?"
    assert "sanction" not in kinds(run, asked)
    listed = lead + "Wartawan menanyakan apa saja hukumannya bagi pegawai yang berkampanye."
    assert "sanction" not in kinds(run, listed)
    given = lead + "Pegawai yang memihak calon tertentu akan dijatuhi sanksi disiplin."
    assert "sanction" in kinds(run, given)


def test_those_who_run_a_government_are_addressed_unlike_election_organisers(run):
    lead = "Sekda membuka rapat netralitas ASN menjelang pilkada. "
    told = lead + "\"Saya minta kepada semua penyelenggara pemerintahan kecamatan untuk menjaga netralitas,\" katanya."
    assert "appeal" in kinds(run, told)
    organisers = lead + "\"Saya minta kepada semua penyelenggara pemilu untuk menjaga netralitas,\" katanya."
    assert "appeal" not in kinds(run, organisers)


def test_a_pronoun_next_to_a_strict_cue_points_back_to_whom_it_is_about(run):
    lead = "Wali kota mengumpulkan para pegawai negeri di balai kota menjelang pilkada. "
    assert "appeal" in kinds(run, lead + "Mereka juga diharapkan tidak hadir di acara calon wali kota.")
    assert "obligation" in kinds(run, lead + "Seharusnya mereka menjauhi kegiatan partai politik.")
    assert "sanction" in kinds(run, lead + "Mereka akan diproses sesuai aturan bila terlibat kampanye.")
    doer = "Para aktivis menilai enam pegawai negeri itu bersalah. Mereka mendorong pemerintah segera bertindak."
    assert "appeal" not in kinds(run, doer)


def test_a_warning_given_sharply_or_early_is_no_penalty(run):
    lead = "Pilkada kabupaten digelar bulan depan. "
    early = lead + "Ketua Panwaslu menilai penting memberi peringatan dini kepada PNS sebelum masa kampanye."
    assert "sanction" not in kinds(run, early)
    sharp = lead + "Bupati memberikan peringatan keras kepada para PNS soal netralitas."
    assert "sanction" not in kinds(run, sharp)
    given = lead + "Dua PNS yang terbukti berkampanye sudah diberi peringatan keras oleh bupati."
    assert "sanction" in kinds(run, given)


def test_a_duty_to_understand_that_something_is_so_states_it(run):
    lead = "Sekda mengumpulkan kepala dinas menjelang pilkada. "
    fact = lead + "Seluruh pegawai negeri wajib menyadari bahwa jabatan mereka milik publik."
    assert "obligation" not in kinds(run, fact)
    rule = lead + "Para PNS harus mengetahui bahwa mereka dilarang memasang atribut calon."
    assert kinds(run, rule) == {"prohibition"}
    duty = lead + "Seluruh pegawai negeri wajib memahami aturan netralitas."
    assert "obligation" in kinds(run, duty)
