"""A prison or detention house ranked by class, named once with its class and seat ("Lapas Kelas IIB Tuban") and
elsewhere by its head's title before a person's name ("kata Kalapas Yoga", "diteken Kepala Rutan Sutrisno"), is that
one unit: the name is its holder's, not the seat of a second unit. A known region or district after the title, a seat
written also without a title, or a seat closed by a comma before the holder's name stays a unit of its own. Stories in
our own words (agencies.py ``_holders_for_classes``)."""

from __future__ import annotations

import pytest

TAIL = " Seluruh pegawai sebagai ASN diminta netral pada Pilkada 2024."

# (story, units it must name, units it must not name)
FORMS: list[tuple[str, list[str], list[str]]] = [
    ("Lapas Kelas IIB Tuban menggelar apel pagi. \"Jaga netralitas,\" kata Kalapas Yoga di halaman lapas." + TAIL,
     ["Lembaga Pemasyarakatan Kelas IIB Tuban"], ["Lembaga Pemasyarakatan Yoga"]),
    ("Rutan Kelas IIB Pati menggelar ikrar. Surat itu diteken Kepala Rutan Sutrisno pekan lalu." + TAIL,
     ["Rumah Tahanan Negara Kelas IIB Pati"], ["Rumah Tahanan Negara Sutrisno"]),
    ("Lembaga Pemasyarakatan Kelas IIA Ambon menerima sosialisasi. Karutan dan Kalapas Hendra Wijaya hadir." + TAIL,
     ["Lembaga Pemasyarakatan Kelas IIA Ambon"], ["Lembaga Pemasyarakatan Hendra Wijaya"]),
    # negatives: a known region after the title, a seat also written without a title, a seat before a comma
    ("Lapas Kelas IIB Tuban menggelar apel. Kalapas Kendal juga hadir dalam apel itu." + TAIL,
     ["Lembaga Pemasyarakatan Kelas IIB Tuban", "Lembaga Pemasyarakatan Kendal"], []),
    ("Lapas Kelas I Tangerang pernah dipimpinnya. Kini Kalapas Sukamiskin itu bertugas di Lapas Sukamiskin." + TAIL,
     ["Lembaga Pemasyarakatan Kelas I Tangerang", "Lembaga Pemasyarakatan Sukamiskin"], []),
    ("Ia pernah memimpin Lapas Kelas I Tangerang. Kepala Lapas Wirogunan, Budi Santoso, meminta jajarannya netral."
     + TAIL, ["Lembaga Pemasyarakatan Kelas I Tangerang", "Lembaga Pemasyarakatan Wirogunan"], []),
]


@pytest.mark.parametrize("text,named,not_named", FORMS)
def test_a_head_title_before_a_name_is_the_unit_named_with_its_class(run, text: str, named: list[str],
                                                                      not_named: list[str]) -> None:
    found = {a.agency for a in run(text).agencies}
    assert set(named) <= found and not set(not_named) & found, found


def test_the_name_after_the_title_is_the_holder_of_the_classed_unit(run) -> None:
    result = run("Lapas Kelas IIA Ambon menggelar apel. \"Jangan berpihak,\" ujar Kalapas Hendra Wijaya." + TAIL)
    assert ("Hendra Wijaya", "Lembaga Pemasyarakatan Kelas IIA Ambon") in {(o.name, o.agency)
                                                                          for o in result.officials}
