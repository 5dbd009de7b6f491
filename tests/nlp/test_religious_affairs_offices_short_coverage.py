"""Probe list of the religious affairs ministry's provincial office written without the ministry's word, as before
'Kemenag' was coined ('Kanwil Agama NTT', 'Kakanwil Agama Provinsi Jambi'), generated as forms x provinces x
sentences. Each names the provincial office (Kantor Wilayah Kementerian Agama Provinsi X) and reads its head with
it; the religious court ('Pengadilan Agama X') stays the court. Sentences are our own; one batch."""

from __future__ import annotations

from itertools import product

import pytest

from tests.nlp.probes import indexed, values

PROVINCES = [("NTT", "Nusa Tenggara Timur"), ("Provinsi Jambi", "Jambi"), ("Sulsel", "Sulawesi Selatan"),
             ("Maluku", "Maluku")]
SENTENCES = [  # {x}: the office or its head's title with the province; a head named where one is
    ("{x} mengingatkan ASN netral menjelang Pemilu 2024.", None),
    ("Kepala {x}, Ahmad Fauzi, meminta pegawainya netral pada Pemilu 2024.", "Ahmad Fauzi"),
    ("Apel netralitas ASN jelang Pemilu 2024 dihadiri Gubernur, Kapolda dan {x}.", None),
]
FORMS = [(s.format(x=f"Kanwil Agama {p}"), f"Kantor Wilayah Kementerian Agama Provinsi {name}", head)
         for (p, name), (s, head) in product(PROVINCES, SENTENCES)]
FORMS += [(s.replace("Kepala {x}", "{x}").format(x=f"Kakanwil Agama {p}"),
           f"Kantor Wilayah Kementerian Agama Provinsi {name}", head)
          for (p, name), (s, head) in product(PROVINCES, SENTENCES)]
COURT = "Pengadilan Agama Kupang menggelar sidang, sementara ASN diminta netral pada Pemilu 2024."


@pytest.fixture(scope="module")
def analysed(analyse_all) -> list:
    """Every probe and the court's sentence analysed in one call."""
    return analyse_all([values(form)[0] for form in FORMS] + [COURT])


@pytest.mark.parametrize(("k", "text", "agency", "head"), indexed(FORMS, lambda v: v[0][:80]))
def test_the_provincial_office_is_named(analysed: list, k: int, text: str, agency: str, head: str | None) -> None:
    analysis = analysed[k]
    assert agency in {m.agency for m in analysis.agencies}
    if head:
        assert {o.agency for o in analysis.officials if o.name == head} == {agency}


def test_the_religious_court_stays_the_court(analysed: list) -> None:
    agencies = {m.agency for m in analysed[-1].agencies}
    assert "Pengadilan Agama Kupang" in agencies
    assert not any(a.startswith("Kantor Wilayah Kementerian Agama") for a in agencies)
