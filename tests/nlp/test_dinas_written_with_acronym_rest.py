"""Probe list of a regional office whose acronym opens with "D"/"Dis" written as "Dinas" and the rest of the acronym
('Dinas PMD Wonogiri' for DPMD, 'Dinas Kominfo Kota Pariaman' for Diskominfo): the body keeps its canonical name and
its acronym is the short name the text writes, region and level word kept. Written by the acronym itself
('DPMD Wonogiri', 'Diskominfo Pariaman'), or by its full name glossed, the acronym stays. Sentences in our own words,
analysed in one batch."""

from __future__ import annotations

import pytest

from tests.nlp.probes import indexed, values

S = " Seluruh pegawai diminta tidak memihak selama pilkada."
DPMD = "Dinas Pemberdayaan Masyarakat dan Desa Kabupaten Wonogiri"
KOMINFO = "Dinas Komunikasi dan Informatika Kota Pariaman"

# (text, the body's canonical name, its acronym)
FORMS = [
    ("Surat edaran itu dikirim Dinas PMD Wonogiri kepada para kades." + S, DPMD, "Dinas PMD Wonogiri"),
    ("Rapat itu dipimpin pejabat Dinas Kominfo Kota Pariaman di aula." + S, KOMINFO, "Dinas Kominfo Kota Pariaman"),
    # written by the acronym itself: it stays
    ("Surat edaran itu dikirim DPMD Wonogiri kepada para kades." + S, DPMD, "DPMD Wonogiri"),
    ("Rapat itu dipimpin pejabat Diskominfo Pariaman di aula." + S, KOMINFO, "Diskominfo Pariaman"),
]


@pytest.fixture(scope="module")
def analysed(analyse_all) -> list:
    """Every probe analysed in one call."""
    return analyse_all([values(form)[0] for form in FORMS], published="2024-09-06")


@pytest.mark.parametrize(("k", "text", "name", "acronym"), indexed(FORMS, lambda v: v[0][:40]))
def test_the_acronym_is_the_dinas_form_the_text_writes(analysed: list, k: int, text: str, name: str,
                                                        acronym: str) -> None:
    assert (name, acronym) in {(m.agency, m.acronym) for m in analysed[k].agencies}
