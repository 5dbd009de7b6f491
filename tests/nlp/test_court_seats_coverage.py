"""Probe list of courts named by their seat, generated as court kinds x seats x sentences.

A district or religious court is named by the town it sits in, which is often no regency or city of its own
('Pengadilan Negeri Taluk Kuantan', 'Pengadilan Agama Bangil', 'Pengadilan Negeri Lubuk Pakam'): it is the court of
that seat, as the read gold lists such courts (3 of 3), where the seat had been read as the holder's name and the court
as the story region's. A seat of two words is read whole after a first word of places ('Lubuk', 'Taluk'); a region
after the head stays that region's court. Each sentence is our own; the probes are analysed in one batch."""

from __future__ import annotations

from itertools import product

import pytest

from tests.nlp.probes import indexed, values

SENTENCES = [  # {x}: the court as written; a holder after the head, or none
    "Ketua {x} Rudi Hartono meminta pegawainya menjaga netralitas pada Pilkada 2024.",
    "Wakil Ketua {x}, Siti Aminah, hadir dalam apel netralitas ASN menjelang Pemilu 2024.",
    "Seluruh hakim dan pegawai {x} menandatangani pakta integritas netralitas ASN pada Pilkada 2024.",
]
KINDS = ["Pengadilan Negeri", "Pengadilan Agama"]
SEATS = ["Soe", "Waingapu", "Cibinong", "Bangil", "Taluk Kuantan", "Lubuk Pakam", "Sei Rampah"]
SEATED = [(s.format(x=f"{kind} {seat}"), f"{kind} {seat}", True) for s, kind, seat in product(SENTENCES, KINDS, SEATS)]
REGIONS = [  # a region after the head: that region's court, as before
    ("Ketua Pengadilan Negeri Kebumen Rudi Hartono meminta ASN netral pada Pilkada 2024.",
     "Pengadilan Negeri Kebumen", True),
    ("Ketua Pengadilan Agama Natuna mengingatkan pegawainya agar netral pada Pemilu 2024.",
     "Pengadilan Agama Natuna", True),
    ("Ketua Pengadilan Negeri setempat mengingatkan pegawainya agar netral pada Pemilu 2024.",
     "Pengadilan Negeri setempat", False),
]
FORMS = SEATED + REGIONS


@pytest.fixture(scope="module")
def analysed(analyse_all) -> list:
    """Every probe analysed in one call."""
    return analyse_all([values(form)[0] for form in FORMS])


@pytest.mark.parametrize(("k", "text", "agency", "listed"), indexed(FORMS, lambda v: f"{v[0][:70]}|{v[1]}"))
def test_a_court_is_listed_by_its_seat(analysed: list, k: int, text: str, agency: str, listed: bool) -> None:
    assert (agency in {m.agency for m in analysed[k].agencies}) is listed, {m.agency for m in analysed[k].agencies}


@pytest.mark.parametrize(("k", "text"), [pytest.param(j, p[0], id=p[0][:70]) for j, p in enumerate(SEATED)])
def test_a_courts_seat_is_no_holders_name(analysed: list, k: int, text: str) -> None:
    seat = text.split("Pengadilan ")[1].split(maxsplit=1)[1]
    assert not [o.name for o in analysed[k].officials if seat.split()[0] in o.name.split()]
