"""A district military command's number names one command in the country: named once at its regency and elsewhere
with the number before a short form of the seat ("Kodim 0904/Paser" ... "Dandim 0904/PSR"), it is that one command,
and its commander is read with it. Another number, or a short seat never written in full, stays as written. Stories
in our own words (regional_agencies.yaml numbered_units kodim `one_per_number`)."""

from __future__ import annotations

import pytest

TAIL = " ASN dan prajurit diminta netral pada Pilkada 2024."

# (story, commands it must name, commands it must not name)
FORMS: list[tuple[str, list[str], list[str]]] = [
    ("Bupati meninjau Kodim 0904/Paser pada Senin. Dandim 0904/PSR Letkol Inf Budi Santoso menyambutnya." + TAIL,
     ["Komando Distrik Militer 0904/Paser"], ["Komando Distrik Militer 0904/PSR"]),
    ("Apel digelar di Makodim 1613/Sumba Barat. Personel Kodim 1613/SB ikut berjaga." + TAIL,
     ["Komando Distrik Militer 1613/Sumba Barat"], ["Komando Distrik Militer 1613/SB"]),
    # negatives: another number keeps its own short seat; a short seat alone stays as written
    ("Kodim 1613/Sumba Barat dan Kodim 1614/SB menggelar apel bersama." + TAIL,
     ["Komando Distrik Militer 1613/Sumba Barat", "Komando Distrik Militer 1614/SB"], []),
    ("Dandim 0904/PSR Letkol Inf Budi Santoso memimpin apel." + TAIL, ["Komando Distrik Militer 0904/PSR"], []),
]


@pytest.mark.parametrize("text,named,not_named", FORMS)
def test_a_command_written_with_a_short_seat_is_the_one_of_its_number(run, text: str, named: list[str],
                                                                       not_named: list[str]) -> None:
    found = {a.agency for a in run(text).agencies}
    assert set(named) <= found and not set(not_named) & found, found


def test_the_commander_is_read_with_the_command_at_its_regency(run) -> None:
    result = run("Kodim 0904/Paser menerima kunjungan Danrem. Dandim 0904/PSR Letkol Inf Budi Santoso hadir." + TAIL)
    assert ("Budi Santoso", "Komando Distrik Militer 0904/Paser") in {(o.name, o.agency) for o in result.officials}
