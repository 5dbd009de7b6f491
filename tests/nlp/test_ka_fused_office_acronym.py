"""The head of a regional office titled by "Ka" fused before the office's whole "Dis-"/"Din-" acronym
("Kadisperkimtan X", "Kadinpora X") is the head of that office, as the listed "Kadisdik" and "Kadinkes" are.
Stories in our own words."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("text, office", [
    ("Kadisperkimtan Kota Padang, Rudi Hartono, meminta jajarannya tidak memihak pasangan calon.",
     "Dinas Perumahan, Kawasan Permukiman dan Pertanahan Kota Padang"),
    ("Kadinpora Kabupaten Bima, Rudi Hartono, mengingatkan stafnya agar netral.",
     "Dinas Pemuda dan Olahraga Kabupaten Bima"),
    ("Rudi Hartono, Kadisnakerkop Kabupaten Bima, meminta pegawai menjauhi kampanye.",
     "Dinas Tenaga Kerja dan Koperasi Kabupaten Bima"),
])
def test_ka_before_the_office_acronym_heads_that_office(run, text, office):
    a = run(text)
    assert office in {m.agency for m in a.agencies}
    assert any(o.name == "Rudi Hartono" and o.agency == office for o in a.officials)


def test_ka_before_a_word_that_is_no_office_acronym_heads_nothing(run):
    a = run("Kadistrik Rudi Hartono meminta warga datang ke TPS.")
    assert not any(m.agency.startswith("Dinas ") for m in a.agencies)
