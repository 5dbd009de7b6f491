"""An office the registry cannot name, right after "selaku", is held by the name before "selaku", not by a name after
the office's comma, which opens the next entry of a list ('Joko selaku Kordiv SDM, Rina selaku Kordiv Hukum', 'Joko
selaku Kabid Mutasi, Rina dan Dedi'). A loose office with no "selaku" before it keeps the name after it. Sentences in
our own words, analysed in one batch."""

from __future__ import annotations

import pytest

from tests.nlp.probes import indexed, values

LEAD = "Bawaslu Kabupaten Klaten menggelar sosialisasi netralitas ASN dalam Pilkada 2024. "

# (text, officials found as (name, role))
FORMS = [
    (LEAD + "Hadir Sugeng Riyadi selaku Koordinator Divisi Hukum, Wulan Sari selaku Koordinator Divisi Pencegahan.",
     {("Sugeng Riyadi", "Koordinator Divisi Hukum"), ("Wulan Sari", "Koordinator Divisi Pencegahan")}),
    (LEAD + "Materi dibawakan Sugeng Riyadi selaku Kepala Bidang Mutasi, Wulan Sari dan Bambang Irawan.",
     {("Sugeng Riyadi", "Kepala Bidang Mutasi")}),
    (LEAD + "Kemudian Sugeng Riyadi, selaku Koordinator Divisi SDM dan Organisasi, Wulan Sari, selaku "
            "Koordinator Divisi Hukum, dan Bambang Irawan selaku Koordinator Divisi Pencegahan.",
     {("Sugeng Riyadi", "Koordinator Divisi SDM dan Organisasi"), ("Wulan Sari", "Koordinator Divisi Hukum"),
      ("Bambang Irawan", "Koordinator Divisi Pencegahan")}),
    # negatives: no "selaku" before the office, the name after it holds it; nothing name-like before "selaku"
    (LEAD + "Hadir pula Koordinator Divisi Hukum, Wulan Sari yang memaparkan larangan bagi ASN.",
     {("Wulan Sari", "Koordinator Divisi Hukum")}),
    (LEAD + "Bawaslu selaku Koordinator Divisi Hukum, Wulan Sari memaparkan larangan bagi ASN.",
     {("Wulan Sari", "Koordinator Divisi Hukum")}),
]


@pytest.fixture(scope="module")
def analysed(analyse_all) -> list:
    """Every probe analysed in one call."""
    return analyse_all([values(form)[0] for form in FORMS], published="2024-09-10")


@pytest.mark.parametrize(("k", "text", "found"), indexed(FORMS, lambda v: v[0][len(LEAD):len(LEAD) + 40]))
def test_loose_title_after_selaku_is_the_name_before(analysed: list, k: int, text: str, found: set) -> None:
    assert {(o.name, o.role) for o in analysed[k].officials} == found
