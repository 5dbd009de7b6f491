"""Probe list of a regional office written by its bare acronym and placed in the story's region ('Dishub dan Satpol
PP boleh hadir' in a story on one regency): the body is the regency's, and its acronym stays bare as the text writes
it, the form the gold's aliases give it; a later spelling with the region gives the acronym its region back, and a
bare one after the region takes nothing away. Sentences in our own words, analysed in one batch."""

from __future__ import annotations

import pytest

from tests.nlp.probes import indexed, values

DISHUB = "Dinas Perhubungan Kabupaten Wajo"

# (text, the body's canonical name, its acronym)
FORMS = [
    ("Petugas Dishub boleh hadir di lokasi kampanye bila ditugaskan. Bupati Wajo meminta ASN tetap netral.",
     DISHUB, "Dishub"),
    # the region written later gives it back
    ("Petugas Dishub boleh hadir bila ditugaskan. Kepala Dishub Wajo, Budi Santoso, meminta ASN tetap netral.",
     DISHUB, "Dishub Wajo"),
    # written with the region first, a bare spelling later keeps the region
    ("Dishub Wajo mengatur lalu lintas saat kampanye. Petugas Dishub diminta tetap netral. Bupati Wajo hadir.",
     DISHUB, "Dishub Wajo"),
]


@pytest.fixture(scope="module")
def analysed(analyse_all) -> list:
    """Every probe analysed in one call."""
    return analyse_all([values(form)[0] for form in FORMS], published="2024-09-06")


@pytest.mark.parametrize(("k", "text", "name", "acronym"), indexed(FORMS, lambda v: v[0][:40]))
def test_a_bare_acronym_stays_as_written(analysed: list, k: int, text: str, name: str, acronym: str) -> None:
    assert (name, acronym) in {(m.agency, m.acronym) for m in analysed[k].agencies}
