"""Probe list of corrections units seated in a district, generated as unit forms x districts x sentences.

A detention house or a probation office named by the district it sits in ('Kepala Rutan Kelas IIB Wonosari Budi
Santoso', 'Bapas Kelas II Wonosari') ends with the district listed in districts.yaml, as a police sector or a health
centre does: the holder's name after it is no word of the unit's, where the unit had taken the holder's first name
('Rumah Tahanan Negara Kelas IIB Wonosari Budi'). Each sentence is our own; the probes are analysed in one batch."""

from __future__ import annotations

from itertools import product

import pytest

from tests.nlp.probes import indexed, values

SENTENCES = [  # {x}: the unit as written, its head's name right after it
    "Kepala {x} Rudi Hartono meminta pegawainya menjaga netralitas pada Pilkada 2024.",
    "Menurut Kepala {x} Siti Aminah, seluruh petugas wajib netral menjelang Pemilu 2024.",
]
UNITS = [  # (as written, the canonical name)
    ("Rutan Kelas IIB {p}", "Rumah Tahanan Negara Kelas IIB {p}"),
    ("Rumah Tahanan Negara Kelas IIB {p}", "Rumah Tahanan Negara Kelas IIB {p}"),
    ("Rutan {p}", "Rumah Tahanan Negara {p}"),
    ("Bapas Kelas II {p}", "Balai Pemasyarakatan Kelas II {p}"),
    ("Balai Pemasyarakatan {p}", "Balai Pemasyarakatan {p}"),
]
DISTRICTS = ["Wonosari", "Bangil", "Cibinong"]
FORMS = [(s.format(x=written.format(p=p)), name.format(p=p), s.split("{x} ")[1].split()[0])
         for s, (written, name), p in product(SENTENCES, UNITS, DISTRICTS)]


@pytest.fixture(scope="module")
def analysed(analyse_all) -> list:
    """Every probe analysed in one call."""
    return analyse_all([values(form)[0] for form in FORMS])


@pytest.mark.parametrize(("k", "text", "agency", "first"), indexed(FORMS, lambda v: f"{v[0][:70]}|{v[1]}"))
def test_a_district_seated_unit_ends_with_its_district(analysed: list, k: int, text: str, agency: str,
                                                       first: str) -> None:
    assert agency in {m.agency for m in analysed[k].agencies}, {m.agency for m in analysed[k].agencies}


@pytest.mark.parametrize(("k", "text", "agency", "first"), indexed(FORMS, lambda v: f"{v[0][:70]}|{v[1]}"))
def test_the_holders_first_name_is_no_word_of_the_unit(analysed: list, k: int, text: str, agency: str,
                                                       first: str) -> None:
    assert not [m.agency for m in analysed[k].agencies if first in m.agency.split()]
