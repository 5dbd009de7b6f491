"""Probe list of a military unit named once with its number and once by its place alone ('Kodim 0733/Sleman' ...
'Dandim Sleman Letkol X'): one command, listed once by its number, its head read with it. A unit of another place
named by its place alone stays its own. Each sentence is our own; the probes are analysed in one batch."""

from __future__ import annotations

import pytest

from tests.nlp.probes import indexed, values

LEAD = "Seluruh ASN dan prajurit diminta netral menjelang Pilkada 2024."
PROBES = [  # (text, names listed, names not listed, the holder's body)
    (f"{LEAD} Apel digelar di Kodim 0733/Sleman. Dandim Sleman Letkol Inf Rudi Hartono meminta prajurit netral.",
     {"Komando Distrik Militer 0733/Sleman"}, {"Komando Distrik Militer Sleman"},
     "Komando Distrik Militer 0733/Sleman"),
    (f"{LEAD} Koramil 0733-05/Depok menggelar apel. Danramil Depok Kapten Inf Rudi Hartono menegaskan netralitas.",
     {"Komando Rayon Militer 0733-05/Depok"}, {"Komando Rayon Militer Depok"}, "Komando Rayon Militer 0733-05/Depok"),
    # negative: another place's unit named by its place alone is its own command
    (f"{LEAD} Apel digelar di Kodim 0733/Sleman. Dandim Bantul Letkol Inf Rudi Hartono meminta prajurit netral.",
     {"Komando Distrik Militer 0733/Sleman", "Komando Distrik Militer Bantul"}, set(),
     "Komando Distrik Militer Bantul"),
]


@pytest.fixture(scope="module")
def analysed(analyse_all) -> list:
    """Every probe analysed in one call."""
    return analyse_all([values(p)[0] for p in PROBES])


@pytest.mark.parametrize(("k", "text", "listed", "unlisted", "body"), indexed(PROBES, lambda v: v[0][60:120]))
def test_a_unit_named_with_and_without_its_number_is_listed_once(analysed: list, k: int, text: str, listed: set,
                                                                 unlisted: set, body: str) -> None:
    names = {m.agency for m in analysed[k].agencies}
    assert listed <= names and not unlisted & names, names
    assert {o.agency for o in analysed[k].officials if o.name == "Rudi Hartono"} == {body}
