"""Probe list of regional hospitals, generated as hospital forms x names x sentences.

A regional hospital is named in full with its short form as the acronym, as the corrections units are ('Rumah Sakit
Umum Daerah Yuliddin Away', 'RSUD Pandan'), where it had been named by its short form twice: the read gold names a
hospital either way (3 stories short, 2 in full), and a story that writes only the full name is matched by it. Each
sentence is our own; the probes are analysed in one batch."""

from __future__ import annotations

from itertools import product

import pytest

from tests.nlp.probes import indexed, values

SENTENCES = [
    "Direktur {x}, Rudi Hartono, meminta pegawainya menjaga netralitas pada Pilkada 2024.",
    "Seluruh ASN {x} menandatangani ikrar netralitas menjelang Pemilu 2024.",
]
FORMS_WRITTEN = ["RSUD {n}", "Rumah Sakit Umum Daerah {n}"]
NAMES = ["Pandan", "Kraton", "Yuliddin Away", "dr. Iskak Tulungagung"]
FORMS = [(s.format(x=w.format(n=n)), f"Rumah Sakit Umum Daerah {n}", f"RSUD {n}")
         for s, w, n in product(SENTENCES, FORMS_WRITTEN, NAMES)]


@pytest.fixture(scope="module")
def analysed(analyse_all) -> list:
    """Every probe analysed in one call."""
    return analyse_all([values(form)[0] for form in FORMS])


@pytest.mark.parametrize(("k", "text", "name", "acronym"), indexed(FORMS, lambda v: f"{v[0][:70]}|{v[1]}"))
def test_a_hospital_is_named_in_full_with_its_short_form(analysed: list, k: int, text: str, name: str,
                                                         acronym: str) -> None:
    got = {(m.agency, m.acronym) for m in analysed[k].agencies}
    assert (name, acronym) in got, got
