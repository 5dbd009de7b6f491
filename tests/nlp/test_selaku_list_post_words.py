"""A list of those present that writes each name before "selaku" and a post ("A selaku Tenaga Ahli Mendagri, B
selaku Plt Deputi ... Kemenpan RB"): when the post opens with words of its own before the title the registry
knows, the name after the comma still holds the next office, not the title before the comma. A name after a
title's comma with no "selaku" before that title is still its holder. Our own words."""

from __future__ import annotations

import pytest

from tests.nlp.probes import indexed, values

LEAD = "ASN wajib menjaga netralitas pada Pilkada 2024."
# (text, the name, the institution it serves)
FORMS = [
    (f"{LEAD} Narasumbernya Hendra Gunawan selaku Tenaga Ahli Mendagri, Sri Lestari selaku Deputi Bidang SDM "
     "Aparatur Kemenpan RB, dan Agus Salim selaku Kepala BKN.", "Sri Lestari",
     "Kementerian Pendayagunaan Aparatur Negara dan Reformasi Birokrasi"),
    (f"{LEAD} Hadir Yudi Prasetyo selaku Staf Ahli Bupati Klaten, Rina Wati selaku Kepala BKD Klaten.",
     "Rina Wati", "Badan Kepegawaian Daerah Kabupaten Klaten"),
    # no "selaku" before the first title: the name after its comma holds it
    (f"{LEAD} Hadir Sekda Klaten, Joko Susilo selaku ketua panitia, dalam acara itu.", "Joko Susilo",
     "Pemerintah Kabupaten Klaten"),
]


@pytest.fixture(scope="module")
def analysed(analyse_all) -> list:
    """Every probe analysed in one call."""
    return analyse_all([values(form)[0] for form in FORMS], published="2024-10-07")


@pytest.mark.parametrize(("k", "text", "name", "agency"), indexed(FORMS, lambda v: v[0][len(LEAD) + 1:len(LEAD) + 41]))
def test_the_name_after_the_comma_serves_its_own_office(analysed: list, k: int, text: str, name: str,
                                                        agency: str) -> None:
    assert (name, agency) in [(o.name, o.agency) for o in analysed[k].officials]
