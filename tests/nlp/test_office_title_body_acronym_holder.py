"""Probe list of a ministry's office title read as such (a Dirjen's), its ministry spelt out after it and the
ministry's acronym in brackets, then the holder's name ("Direktur Jenderal Otonomi Daerah Kementerian Dalam Negeri
(Kemendagri) Budi"): the name after the bracket holds the office, and the office's ministry is its agency (not the
post a list of known holders gives the name elsewhere). Negative: the title with the acronym and no name after it
names no holder. Sentences are our own; all are analysed in one batch."""

from __future__ import annotations

import pytest

from tests.nlp.probes import indexed

# (text, the official's name, the agency the analysis must give; None: no official of that name)
FORMS: list[tuple[str, str, str | None]] = [
    ("Direktur Jenderal Otonomi Daerah Kementerian Dalam Negeri (Kemendagri) Rudi Hartono mengingatkan ASN agar "
     "netral pada Pilkada 2024.", "Rudi Hartono", "Kementerian Dalam Negeri"),
    ("Dirjen Otda Kementerian Dalam Negeri (Kemendagri) Rudi Hartono meminta ASN tidak berpihak pada Pilkada 2024.",
     "Rudi Hartono", "Kementerian Dalam Negeri"),
    ("Direktur Jenderal Politik dan Pemerintahan Umum Kementerian Dalam Negeri (Dirjen Polpum Kemendagri) Mayjen "
     "Rudi Hartono menegaskan ASN wajib netral pada Pilkada 2024.", "Rudi Hartono", "Kementerian Dalam Negeri"),
    # a holder listed elsewhere by another post: the title written here decides
    ("Direktur Jenderal Bina Administrasi Kewilayahan Kementerian Dalam Negeri (Kemendagri) Safrizal ZA meminta ASN "
     "menjaga netralitas pada Pilkada 2024.", "Safrizal ZA", "Kementerian Dalam Negeri"),
    # the body's acronym and no name after it
    ("Direktur Jenderal Otonomi Daerah Kementerian Dalam Negeri (Kemendagri) mengingatkan ASN agar netral pada "
     "Pilkada 2024.", "Kemendagri", None),
]


@pytest.fixture(scope="module")
def analysed(analyse_all) -> list:
    """Every probe analysed in one call."""
    return analyse_all([text for text, *_ in FORMS])


@pytest.mark.parametrize(("k", "text", "name", "agency"), indexed(FORMS, lambda v: v[0][:60]))
def test_the_name_after_the_bodys_acronym_holds_the_office(analysed: list, k: int, text: str, name: str,
                                                           agency: str | None) -> None:
    found = [o.agency for o in analysed[k].officials if o.name == name]
    assert found == ([agency] if agency else [])
