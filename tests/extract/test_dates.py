"""pipeline.dates: Indonesian date expressions as news pages print them."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta, timezone

import pytest

from pipeline.dates import WIB, find_dates, jakarta_date, parse_date, timezone_for_province

WITA = timezone(timedelta(hours=8))
WIT = timezone(timedelta(hours=9))


def at(y: int, mo: int, d: int, h: int, mi: int, tz: timezone) -> datetime:
    return datetime(y, mo, d, h, mi, tzinfo=tz)


@pytest.mark.parametrize(("text", "expected"), [
    ("Senin, 19 Desember 2022 19:42 WIB", at(2022, 12, 19, 19, 42, WIB)),
    ("Kamis, 28 November 2024 | 14:05 WITA", at(2024, 11, 28, 14, 5, WITA)),
    ("Jumat, 1 Maret 2024 - 08:00 WIT", at(2024, 3, 1, 8, 0, WIT)),
    ("Selasa 29 Agu 2023, 19:05 WIB", at(2023, 8, 29, 19, 5, WIB)),
    ("Rabu, 25 September 2024 | 09:12 WIB", at(2024, 9, 25, 9, 12, WIB)),
    ("19 Desember 2022 pukul 19.42 WIB", at(2022, 12, 19, 19, 42, WIB)),
    ("1 Mei 2024 7:05 WITA", at(2024, 5, 1, 7, 5, WITA)),
    ("08/10/2024 15:45 WIB", at(2024, 10, 8, 15, 45, WIB)),
])
def test_visible_date_lines_with_time_and_zone(text: str, expected: datetime) -> None:
    value = parse_date(text)
    assert value == expected
    assert value.utcoffset() == expected.utcoffset()


@pytest.mark.parametrize(("text", "expected"), [
    ("19 Des 2022", date(2022, 12, 19)),
    ("19 Des. 2022", date(2022, 12, 19)),
    ("5 Agu 2023", date(2023, 8, 5)),
    ("1 Mei 2024", date(2024, 5, 1)),
    ("3 Okt 2024", date(2024, 10, 3)),
    ("10 Nopember 2023", date(2023, 11, 10)),
    ("Selasa, 03 September 2024", date(2024, 9, 3)),
    ("DECEMBER 9, 2022", date(2022, 12, 9)),
    ("Kamis (9/11/2023)", date(2023, 11, 9)),
    ("Publié le 3 août 2021", date(2021, 8, 3)),
    ("12 dicembre 2020", date(2020, 12, 12)),
])
def test_a_day_without_time_is_a_date_not_an_invented_midnight(text: str, expected: date) -> None:
    value = parse_date(text)
    assert value == expected and not isinstance(value, datetime)


def test_a_time_without_zone_is_read_in_the_given_zone() -> None:
    assert parse_date("Senin, 2 September 2024 10:30") == at(2024, 9, 2, 10, 30, WIB)
    assert parse_date("Senin, 2 September 2024 10:30", default_tz=WITA) == at(2024, 9, 2, 10, 30, WITA)


def test_iso_8601_with_z_offset_or_none() -> None:
    assert parse_date("2024-09-02T23:30:00Z") == datetime(2024, 9, 2, 23, 30, tzinfo=UTC)
    assert parse_date("2022-12-19T19:42:00+07:00") == at(2022, 12, 19, 19, 42, WIB)
    assert parse_date("2023-12-05 14:30:00") == at(2023, 12, 5, 14, 30, WIB)
    assert parse_date("2023-12-05") == date(2023, 12, 5)


def test_publication_day_is_the_calendar_day_in_wib() -> None:
    assert jakarta_date(parse_date("2024-09-02T23:30:00Z")) == date(2024, 9, 3)
    assert jakarta_date(parse_date("Senin, 2 September 2024 00:30 WITA")) == date(2024, 9, 1)
    assert jakarta_date(parse_date("Senin, 2 September 2024 00:30 WIT")) == date(2024, 9, 1)
    assert jakarta_date(date(2024, 9, 2)) == date(2024, 9, 2)


def test_day_and_month_alone_need_a_reference_date_for_the_year() -> None:
    assert parse_date("Senin (19/12)") is None
    assert parse_date("Senin (19/12)", reference=date(2022, 12, 20)) == date(2022, 12, 19)
    # the nearest year: a late-December event reported in early January
    assert parse_date("Sabtu (30/12)", reference=date(2024, 1, 2)) == date(2023, 12, 30)


def test_a_two_digit_year_without_time_is_read_only_in_a_known_date_line() -> None:
    assert find_dates("Politik, 04.03.24") == []  # a version, a score or a date: the text cannot tell
    assert [m.value for m in find_dates("Politik, 04.03.24", short_years=True)] == [date(2024, 3, 4)]


def test_impossible_dates_and_plain_text_give_nothing() -> None:
    assert parse_date("31 Februari 2024") is None
    assert parse_date("Pemungutan suara digelar serentak tahun depan.") is None
    assert parse_date("") is None


def test_find_dates_lists_every_date_of_a_sentence_in_order_with_spans() -> None:
    text = "Kampanye dimulai 25 September 2024 dan pemungutan suara pada Rabu (27/11/2024)."
    found = find_dates(text)
    assert [m.value for m in found] == [date(2024, 9, 25), date(2024, 11, 27)]
    assert text[found[0].start:found[0].end] == "25 September 2024"
    assert not any(m.has_time for m in found)


def test_outlets_print_times_in_their_province_zone() -> None:
    assert timezone_for_province("Sulawesi Selatan").utcoffset(None) == timedelta(hours=8)
    assert timezone_for_province("Provinsi Kalimantan Timur").utcoffset(None) == timedelta(hours=8)
    assert timezone_for_province("Papua").utcoffset(None) == timedelta(hours=9)
    assert timezone_for_province("Jawa Timur") is WIB
    assert timezone_for_province(None) is WIB


def test_cms_meta_dates_with_slashes_year_first() -> None:
    assert parse_date("2024/02/05 14:30:03") == datetime(2024, 2, 5, 14, 30, 3, tzinfo=WIB)
    assert parse_date("2024/02/05") == date(2024, 2, 5)


# --------------------------------------------------------------------------- zones, clocks, other forms


@pytest.mark.parametrize(("text", "expected"), [
    ("Rabu, 6 Maret 2024 09:15:30 GMT", datetime(2024, 3, 6, 9, 15, 30, tzinfo=UTC)),
    ("2024-03-06 09:15:30 UTC", datetime(2024, 3, 6, 9, 15, 30, tzinfo=UTC)),
    ("Wed, 06 Mar 2024 09:15:30 GMT", datetime(2024, 3, 6, 9, 15, 30, tzinfo=UTC)),
    ("6 Maret 2024 09:15 +0100", datetime(2024, 3, 6, 9, 15, tzinfo=timezone(timedelta(hours=1)))),
    ("6 Maret 2024 16:15 (GMT+7)", at(2024, 3, 6, 16, 15, WIB)),
    ("2024-03-06T02:15:00-05:00", datetime(2024, 3, 6, 2, 15, tzinfo=timezone(timedelta(hours=-5)))),
])
def test_a_zone_written_on_the_page_wins_over_the_outlets_zone(text: str, expected: datetime) -> None:
    value = parse_date(text, default_tz=WITA)
    assert value == expected
    assert value.utcoffset() == expected.utcoffset()


def test_am_and_pm_are_kept() -> None:
    assert parse_date("March 6, 2024 10:54 pm") == at(2024, 3, 6, 22, 54, WIB)
    assert parse_date("March 6, 2024 10:54 p.m. EST") == datetime(2024, 3, 6, 22, 54,
                                                                  tzinfo=timezone(timedelta(hours=-5)))
    assert parse_date("6 March 2024, 12:05 AM") == at(2024, 3, 6, 0, 5, WIB)


@pytest.mark.parametrize(("text", "expected"), [
    ("6. März 2024", date(2024, 3, 6)),
    ("Mittwoch, 6. März 2024, 17:45 Uhr", at(2024, 3, 6, 17, 45, WIB)),
    ("6. Dezember 2023", date(2023, 12, 6)),
    ("December 6th, 2023", date(2023, 12, 6)),
])
def test_day_dot_month_and_german_and_english_month_names(text: str, expected) -> None:
    assert parse_date(text) == expected


def test_two_digit_years_are_read_beside_a_time() -> None:
    assert parse_date("06/03/24 17:45") == at(2024, 3, 6, 17, 45, WIB)
    assert parse_date("Rabu, 6 Mar 24 17:45 WIB") == at(2024, 3, 6, 17, 45, WIB)
    assert parse_date("6 Mei 24 orang hadir") is None  # a number of people, not a year
    assert parse_date("Nomor 12.12.12") is None


def test_find_dates_says_whether_the_page_wrote_the_zone() -> None:
    written, assumed = find_dates("Terbit 6 Maret 2024 10:00 WITA, diperbarui 6 Maret 2024 11:00")
    assert written.zone_written and not assumed.zone_written
