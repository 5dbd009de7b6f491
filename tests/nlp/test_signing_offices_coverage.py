"""Probe list of an office named without its holder as the signer or issuer of a document ('PP itu telah
ditandatangani oleh Presiden.', 'Surat edaran itu diteken Bupati Sleman.', 'dikeluarkan oleh Kepala BKN'): the person
quoted by name right after ('... ujar Budi Santoso') is not taken for its holder, as one after an office told
something ('diteruskan kepada Bupati') already was not; nor is the office's institution listed through him. An office
that says something ('disampaikan oleh Bupati X. ... ujar Budi') still gives the quoted name its title, and a signer
named with the title keeps it. Sentences in our own words, analysed in one batch."""

from __future__ import annotations

import pytest

from tests.nlp.probes import indexed, values

PRESIDEN = "Presiden Republik Indonesia"
SLEMAN = "Pemerintah Kabupaten Sleman"
Q = " “PNS yang terbukti berkampanye dapat diberhentikan,” ujar Rina Wati melalui siaran persnya."

# (text, name quoted, institution that name must hold or None, institutions that must not be listed)
FORMS = [
    ("Peraturan Pemerintah itu telah ditandatangani oleh Presiden pada 31 Agustus lalu." + Q, "Rina Wati", None,
     (PRESIDEN,)),
    ("Aturan baru tentang disiplin pegawai diteken Presiden bulan lalu." + Q, "Rina Wati", None, (PRESIDEN,)),
    ("Surat edaran netralitas itu diterbitkan oleh Bupati Sleman pekan lalu." + Q, "Rina Wati", None, ()),
    ("Keputusan tentang sanksi itu ditetapkan Bupati Sleman setelah rekomendasi KASN diterima." + Q, "Rina Wati",
     None, ()),
    # look-alikes: an office that speaks, and a signer named with the title
    ("Hal itu disampaikan oleh Bupati Sleman dalam apel pagi." + Q, "Rina Wati", SLEMAN, ()),
    ("Surat edaran itu ditandatangani oleh Bupati Sleman Rina Wati pada Senin (2/9)." + Q, "Rina Wati", SLEMAN, ()),
]


@pytest.fixture(scope="module")
def analysed(analyse_all) -> list:
    """Every probe analysed in one call."""
    return analyse_all([values(form)[0] for form in FORMS], published="2024-09-10")


@pytest.mark.parametrize(("k", "text", "name", "holds", "unlisted"), indexed(FORMS, lambda v: v[0][:40]))
def test_a_signing_office_gives_the_quoted_name_no_title(analysed: list, k: int, text: str, name: str,
                                                         holds: str | None, unlisted: tuple[str, ...]) -> None:
    analysis = analysed[k]
    agencies = {o.agency for o in analysis.officials if o.name == name}
    assert agencies - {None} == ({holds} if holds else set())
    assert not {m.agency for m in analysis.agencies} & set(unlisted)
