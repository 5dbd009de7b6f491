"""A regional military command written out with its short name glossed in brackets before its number and name
("Komando Daerah Militer (Kodam) VI/Mulawarman"), and its posts written out with their short titles glossed the same
way ("Panglima Kodam (Pangdam) IV/Diponegoro"), name that command, as "Kodam VI/Mulawarman" does. Stories in our own
words."""

from __future__ import annotations

KODAM_VI = "Komando Daerah Militer VI/Mulawarman"
KODAM_IV = "Komando Daerah Militer IV/Diponegoro"


def test_the_command_with_its_short_name_glossed(run):
    a = run("Komando Daerah Militer (Kodam) VI/Mulawarman membentuk tim untuk mengawasi netralitas prajurit dan "
            "mengingatkan ASN agar netral pada Pilkada 2024.")
    assert KODAM_VI in {m.agency for m in a.agencies}


def test_a_post_written_out_with_its_title_glossed(run):
    a = run("Panglima Kodam (Pangdam) IV/Diponegoro, Mayjen TNI Rudi Hartono, meminta prajurit dan PNS di "
            "lingkungannya tetap netral pada Pilkada 2024.")
    assert KODAM_IV in {m.agency for m in a.agencies}
    assert [(o.name, o.agency) for o in a.officials] == [("Rudi Hartono", KODAM_IV)]


def test_a_chief_of_staff_with_a_spaced_suffix(run):
    a = run("Kepala Staf Komando Daerah Militer (Kasdam) V Brawijaya mengingatkan prajurit agar netral pada "
            "Pilkada 2024.")
    assert "Komando Daerah Militer V/Brawijaya" in {m.agency for m in a.agencies}


def test_a_district_command_glossed_stays_the_district(run):
    a = run("Komando Distrik Militer (Kodim) 0709/Kebumen mengingatkan ASN agar netral pada Pilkada 2024.")
    agencies = {m.agency for m in a.agencies}
    assert "Komando Distrik Militer 0709/Kebumen" in agencies
    assert not any(x.startswith("Komando Daerah Militer") for x in agencies)


def test_the_command_glossed_without_its_name_names_none(run):
    a = run("Komando Daerah Militer (Kodam) setempat mengingatkan prajurit agar netral pada Pilkada 2024.")
    assert not any(m.agency.startswith("Komando Daerah Militer") for m in a.agencies)
