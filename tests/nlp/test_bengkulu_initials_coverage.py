"""Bengkulu's press writes two of its regencies by their initials right after a regional title, a regional body or
a level word: 'BS' for Bengkulu Selatan, 'BU' for Bengkulu Utara ('Pjs Bupati BU', 'Kapolres BS', 'Kabupaten BU'),
as it writes 'RL' for Rejang Lebong and 'Benteng' for Bengkulu Tengah. Initials are also people's, so alone they name
no regency. The sentences are our own words."""

from __future__ import annotations

import pytest

PLACED = [
    ("Pemkab BU mengumpulkan seluruh ASN untuk apel netralitas.", "Pemerintah Kabupaten Bengkulu Utara"),
    ("Bawaslu BS memanggil dua guru ASN yang mengunggah foto calon.", "Bawaslu Kabupaten Bengkulu Selatan"),
    ("Sekda Kabupaten BU meminta pegawai tidak ikut kampanye.", "Pemerintah Kabupaten Bengkulu Utara"),
    ("Kapolres BS meminta anggotanya dan ASN menjaga netralitas.", "Kepolisian Resor Bengkulu Selatan"),
]


@pytest.mark.parametrize(("text", "agency"), PLACED)
def test_initials_after_a_title_or_body_name_the_regency(run, text: str, agency: str) -> None:
    assert agency in [a.agency for a in run(text).agencies]


def test_initials_alone_name_no_regency(run) -> None:
    text = "Seorang guru berinisial BS dan rekannya BU dilaporkan karena mengajak ASN memilih calon tertentu."
    assert not [a for a in run(text).agencies if "Bengkulu" in a.agency]
