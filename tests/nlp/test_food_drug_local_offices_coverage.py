"""The food and drug agency's smaller offices (Balai POM, Loka POM), named by their town or regency, with or
without the level word or "di" before it, in full or short: each sentence (our own words) names one holder, read by
name with the office. Negative: the office with no town after it names none."""

from __future__ import annotations

import pytest

from tests.nlp.probes import indexed, values

# (sentence, holder, institution)
FORMS = [
    ("Kepala Loka POM Kabupaten Sanggau Rudi Hartawan mengimbau pegawainya netral.", "Rudi Hartawan",
     "Loka Pengawas Obat dan Makanan di Sanggau"),
    ("Kepala Loka Pengawas Obat dan Makanan (POM) Bungo, Sinta Lestari, meminta ASN menjaga netralitas.",
     "Sinta Lestari", "Loka Pengawas Obat dan Makanan di Bungo"),
    ("Kepala Loka POM di Kota Tarakan, Ahmad Fauzi, mengingatkan pegawai agar tidak berkampanye.", "Ahmad Fauzi",
     "Loka Pengawas Obat dan Makanan di Tarakan"),
    # the agency's offices in smaller provinces' capitals, a "Balai" below the "Balai Besar"
    ("Kepala Balai POM di Ambon, Nur Aini, meminta pegawai netral.", "Nur Aini",
     "Balai Pengawas Obat dan Makanan di Ambon"),
    ("Kepala Balai Pengawas Obat dan Makanan (BPOM) di Mamuju, Hendra Saleh, mengajak ASN netral.", "Hendra Saleh",
     "Balai Pengawas Obat dan Makanan di Mamuju"),
]


@pytest.fixture(scope="module")
def results(analyse_all):
    """Each probe's analysis, from one batch (the negative last)."""
    return analyse_all([values(form)[0] for form in FORMS] + [
        "Sampel jajanan dikirim ke loka POM terdekat. Lurah Sukamaju Rina meminta warga tenang."],
        published="2024-01-10")


@pytest.mark.parametrize(("index", "holder", "institution"), indexed(FORMS, lambda v: v[1], first=1))
def test_each_local_office_head_is_read_with_the_office(results, index: int, holder: str, institution: str) -> None:
    found = {o.name: o.agency for o in results[index].officials}
    assert holder in found, found
    assert found[holder] == institution


def test_the_office_with_no_town_names_none(results) -> None:
    assert not [a for a in results[-1].agencies if "Obat" in a.agency], results[-1].agencies
