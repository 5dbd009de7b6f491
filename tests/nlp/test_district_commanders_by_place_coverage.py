"""Probe list of a district military commander named by his regency or city without the unit's number ('Dandim Pati
Letkol Heri', 'Komandan Kodim Sleman, Letkol Budi'): he is an official of the command of that place, named as the
gold names it ('Komando Distrik Militer Pati'); with the number the unit keeps it ('Dandim 0718/Pati'), and the title
alone names no command. Sentences in our own words, analysed in one batch."""

from __future__ import annotations

import pytest

from tests.nlp.probes import indexed, values

S = " Seluruh ASN diminta menjaga netralitas pada Pilkada 2024."

# (text, the holder or None, the command listed, a command that must not be listed)
FORMS = [
    ("Rapat dihadiri Bupati Pati, Kapolres Pati, dan Dandim Pati Letkol Inf Agus Salim." + S,
     "Agus Salim", "Komando Distrik Militer Pati", None),
    ("Komandan Kodim Sleman, Letkol Arm Budi Santoso, ikut memberi arahan." + S,
     "Budi Santoso", "Komando Distrik Militer Sleman", None),
    # the unit's number written: the numbered unit
    ("Dandim 0718/Pati Letkol Inf Agus Salim ikut memberi arahan." + S,
     "Agus Salim", "Komando Distrik Militer 0718/Pati", "Komando Distrik Militer Pati"),
    # the title alone: no command
    ("Dandim juga hadir dalam rapat koordinasi itu." + S, None, None, "Komando Distrik Militer"),
]


@pytest.fixture(scope="module")
def analysed(analyse_all) -> list:
    """Every probe analysed in one call."""
    return analyse_all([values(form)[0] for form in FORMS], published="2024-09-06")


@pytest.mark.parametrize(("k", "text", "holder", "listed", "unlisted"), indexed(FORMS, lambda v: v[0][:40]))
def test_a_commander_named_by_his_place_heads_its_command(analysed: list, k: int, text: str, holder: str | None,
                                                          listed: str | None, unlisted: str | None) -> None:
    agencies = {m.agency for m in analysed[k].agencies}
    if listed is not None:
        assert listed in agencies
    if holder is not None:
        assert (holder, listed) in {(o.name, o.agency) for o in analysed[k].officials}
    if unlisted is not None:
        assert not any(a.startswith(unlisted) for a in agencies if a != listed)
