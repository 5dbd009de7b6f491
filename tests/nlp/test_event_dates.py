"""Event dates: day-precise Indonesian expressions, normalised against the publication date."""

from __future__ import annotations

from datetime import date


def dates(run, text, published="2024-01-10"):
    return sorted(run(text, published=published).event_dates)


def test_weekday_with_full_numeric_date(run):
    assert dates(run, "Rapat digelar di Jakarta, Senin (19/12/2022).") == [date(2022, 12, 19)]


def test_weekday_with_day_and_month_takes_the_publication_year(run):
    assert dates(run, "Apel digelar Kamis (9/11).", published="2023-11-10") == [date(2023, 11, 9)]


def test_year_less_date_at_the_turn_of_the_year_follows_the_weekday(run):
    assert dates(run, "Surat itu terbit Kamis (28/12).", published="2024-01-03") == [date(2023, 12, 28)]


def test_day_month_year_in_words(run):
    assert dates(run, "Pemungutan suara berlangsung 14 Februari 2024.") == [date(2024, 2, 14)]


def test_day_and_month_in_words_without_year(run):
    assert dates(run, "Masa kampanye dimulai 28 November lalu.", published="2023-12-05") == [date(2023, 11, 28)]


def test_weekday_before_a_written_date_is_one_date(run):
    assert dates(run, "Warga datang ke TPS pada Rabu, 14 Februari 2024.") == [date(2024, 2, 14)]


def test_yesterday_is_the_day_before_publication(run):
    assert dates(run, "Hal itu disampaikan kemarin di Surabaya.", published="2024-03-05") == [date(2024, 3, 4)]


def test_bare_weekday_is_the_latest_such_day_up_to_publication(run):
    # 2024-10-10 is a Thursday: "Selasa" is two days earlier, "Kamis" the same day
    assert dates(run, "Hal itu ia sampaikan di Jakarta, Selasa.", published="2024-10-10") == [date(2024, 10, 8)]
    assert dates(run, "Hal itu ia sampaikan di Jakarta, Kamis.", published="2024-10-10") == [date(2024, 10, 10)]


def test_last_weekday_is_strictly_before_publication(run):
    assert dates(run, "Rapat pada Kamis lalu membahas netralitas.", published="2024-10-10") == [date(2024, 10, 3)]


def test_months_alone_are_not_dates(run):
    assert dates(run, "Hingga akhir Oktober 2023, laporan menumpuk. Desember 2023 akan dievaluasi.") == []


def test_decree_numbers_are_not_dates(run):
    assert dates(run, "Keputusan Nomor 144.1/PM.01/K.1/09/2022 berlaku.") == []


def test_ordinary_weeks_are_not_weekdays(run):
    assert dates(run, "Pemeriksaan selesai dalam dua minggu.") == []


def test_without_publication_date_only_complete_dates_count(run):
    text = "Apel digelar Senin (4/11) dan pemungutan suara pada 27 November 2024, kemarin."
    assert dates(run, text, published=None) == [date(2024, 11, 27)]


def test_recurring_weekdays_and_office_days_are_not_dates(run):
    assert dates(run, "Layanan dibuka setiap hari Senin. Kantor buka Senin hingga Jumat.") == []


def test_weekday_with_yesterday_is_one_date(run):
    # 2024-10-14 is a Monday: "Jumat kemarin" is the Friday before, not Sunday
    assert dates(run, "Apel digelar pada Jumat kemarin.", published="2024-10-14") == [date(2024, 10, 11)]


def test_a_bracketed_date_without_weekday(run):
    assert dates(run, "Surat edaran terbit (4/12/2023) dan langsung berlaku.") == [date(2023, 12, 4)]


def test_event_dates_read_the_month_spellings_of_the_one_date_grammar(run):
    # spellings listed once in pipeline/patterns/dates.yaml serve publication dates and event dates
    assert dates(run, "Surat itu diteken 9 Nop 2023 dan dibacakan 3 Peb 2024.") == [date(2023, 11, 9), date(2024, 2, 3)]


def test_a_range_of_days_counts_by_its_first_day(run):
    assert dates(run, "Pendaftaran dibuka 27-29 Agustus 2024 di kantor KPU.") == [date(2024, 8, 27)]
    assert dates(run, "Sosialisasi digelar 5 hingga 6 September 2024.") == [date(2024, 9, 5)]
    assert dates(run, "Masa tenang berlangsung 11 sampai 13 Februari.", published="2024-02-01") == [date(2024, 2, 11)]


def test_two_named_days_are_two_dates(run):
    assert dates(run, "Pelatihan digelar 27 dan 28 Agustus 2024.") == [date(2024, 8, 27), date(2024, 8, 28)]


def test_a_range_between_two_full_dates_counts_by_its_start(run):
    text = "Masa kampanye berlangsung mulai 28 November 2023 sampai 10 Februari 2024, kata ketua KPU."
    assert dates(run, text) == [date(2023, 11, 28)]


def test_a_date_followed_by_yesterday_is_one_past_date(run):
    # published in early March: "14 Februari kemarin" is the February just gone, not also 4 March
    assert dates(run, "Pencoblosan 14 Februari kemarin berjalan lancar.", published="2024-03-05") == [date(2024, 2, 14)]
    assert dates(run, "Rekapitulasi selesai 2 Januari lalu.", published="2023-12-30") == [date(2023, 1, 2)]
    assert dates(run, "Pelantikan digelar 2 Januari mendatang.", published="2023-12-30") == [date(2024, 1, 2)]


def test_the_page_date_line_is_publication_not_an_event(run):
    text = "Senin, 3 Juni 2024 08:15 WIB\nBupati meminta ASN netral saat apel Sabtu (1/6/2024) di alun-alun."
    assert dates(run, text, published=None) == [date(2024, 6, 1)]
    assert dates(run, "Rabu, 5 Juni 2024\nApel digelar Sabtu (1/6/2024).", published=None) == [date(2024, 6, 1)]


def test_a_date_inside_the_text_with_its_time_is_an_event(run):
    text = "Apel digelar di lapangan kantor bupati pada Senin, 3 Juni 2024 pukul 08.00 WIB dan diikuti seluruh pegawai."
    assert dates(run, text, published=None) == [date(2024, 6, 3)]


def test_the_day_a_cited_source_gives_a_statement_is_an_event(run):
    text = "Pegawai yang berpihak akan ditegur, kata kepala dinas dikutip dari laman resmi pemkab, Kamis (3/10/2024)."
    assert dates(run, text, published=None) == [date(2024, 10, 3)]
    text = "Sanksi bisa berupa teguran, kata menteri dilansir dari sebuah kantor berita, Selasa, 8 Oktober 2024."
    assert dates(run, text, published=None) == [date(2024, 10, 8)]


def test_without_publication_a_day_takes_the_year_of_the_contest_it_dates(run):
    text = "ASN diminta netral jelang Pilkada Serentak 2024 yang digelar 27 November mendatang."
    assert dates(run, text, published=None) == [date(2024, 11, 27)]
    assert dates(run, "Bupati berpesan agar ASN netral, kata dia, Senin (25/11).", published=None) == []


def test_a_weekday_that_does_not_fall_in_the_contest_s_year_leaves_the_day_undated(run):
    text = "Pegawai dinas menandatangani pakta netralitas untuk Pemilu 2024 di pendopo, Selasa (12/9)."
    assert dates(run, text, published=None) == []
    held = "Camat diminta netral pada Pilkada Serentak 2024, Rabu (27/11), saat warga datang ke TPS."
    assert dates(run, held, published=None) == [date(2024, 11, 27)]


def test_a_law_s_year_after_a_contest_word_dates_no_day(run):
    text = "Camat diminta netral, kata Sekda, Kamis (12/9), mengacu pada UU Pilkada Nomor 10 Tahun 2016."
    assert dates(run, text, published=None) == []
    short = "Aturannya jelas, ujar Kepala BKD, Rabu (4/9), sesuai UU Pemilu No. 7 Tahun 2017."
    assert dates(run, short, published=None) == []


def test_a_curly_apostrophe_in_a_weekday_is_read(run):
    assert dates(run, "Hal itu ia sampaikan di Purbalingga, Jum’at.", published="2024-10-10") == [date(2024, 10, 4)]


def test_a_range_s_start_takes_the_year_written_at_its_end(run):
    found = run("Masa kampanye berjalan 2 Oktober hingga 30 November 2026 dan ASN diawasi.", published=None)
    assert [str(d) for d in found.event_dates] == ["2026-10-02"]
    across = run("Tahapan berlangsung 15 Desember sampai 3 Januari 2027 dan ASN diawasi.", published=None)
    assert [str(d) for d in across.event_dates] == ["2026-12-15"]


def test_day_month_year_with_dashes(run):
    assert [str(d) for d in run("Apel digelar pada 06-11-2023 di alun-alun.").event_dates] == ["2023-11-06"]


def test_a_yearless_start_takes_the_year_of_the_dated_end_of_its_range(run):
    found = run("Tahapan dimulai tanggal (4/10) dan berakhir pada (2/12/2026) menurut jadwal.", published=None)
    assert [str(d) for d in found.event_dates] == ["2026-10-04"]


def test_a_yearless_day_without_a_range_stays_undated(run):
    found = run("Rapat digelar Senin (5/10) lalu, dan laporan selesai Jumat (9/10/2026).", published=None)
    assert [str(d) for d in found.event_dates] == ["2026-10-09"]


def test_a_day_written_with_its_weekday_takes_no_year_from_the_contest_its_sentence_dates(run):
    # the report's own day, in a story that prints no year of its own
    text = "Wali kota meminta ASN netral pada Pilkada Serentak 2020 dalam rapat di aula kantornya, Jumat (20/11)."
    assert dates(run, text, published=None) == []
    text = "Menteri mengingatkan ASN agar netral menjelang Pemilu 2024, katanya di Bandung, Jumat, 15 September."
    assert dates(run, text, published=None) == []
    # without a weekday the day is the contest's own
    assert dates(run, "ASN diminta netral pada Pilkada Serentak 2020 yang digelar 9 Desember.", published=None) == \
        [date(2020, 12, 9)]
