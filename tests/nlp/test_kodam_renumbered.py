"""The Maluku command renumbered XV in 2024 is named by the number a story writes: 'Kodam XV/Pattimura' (and its
posts) is that command, 'Kodam XVI/Pattimura' the earlier name, the bare name stays the earlier entry. Stories in our
own words."""

from __future__ import annotations


def _commands(a) -> set[str]:
    return {m.agency for m in a.agencies if m.agency.startswith("Komando Daerah Militer")}


def test_the_new_number(run):
    a = run("Panglima Kodam XV Pattimura, Mayjen TNI Rudi Hartono, meminta prajurit dan PNS tetap netral pada "
            "Pilkada 2024.")
    assert _commands(a) == {"Komando Daerah Militer XV/Pattimura"}
    assert [(o.name, o.agency) for o in a.officials] == [("Rudi Hartono", "Komando Daerah Militer XV/Pattimura")]


def test_the_old_number_stays(run):
    a = run("Kodam XVI/Pattimura meminta prajurit tetap netral pada Pemilu 2019.")
    assert _commands(a) == {"Komando Daerah Militer XVI/Pattimura"}


def test_another_command_numbered_xv_is_not_read(run):
    a = run("Batalyon Infanteri XV meminta prajurit tetap netral pada Pemilu 2024.")
    assert not _commands(a)
