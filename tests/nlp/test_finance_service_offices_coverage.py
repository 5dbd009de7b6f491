"""Probe list of the finance ministry's local offices named by their port or town (customs offices ranked by a
type; the treasury's offices), the title before the holder's name: each sentence (our own words) names one holder,
who must be read by name with the office, never the port as the holder. Negatives: the directorate general spelled
out or heading a title names no local office, nor does a bare "KPPN" in lower-case words. All are analysed in one
batch."""

from __future__ import annotations

import pytest

from tests.nlp.probes import indexed, values

PERAK = "Kantor Pengawasan dan Pelayanan Bea dan Cukai Tanjung Perak"

# (sentence, holder, institution)
FORMS = [
    ("Kepala Kantor Bea Cukai Tanjung Perak, Wahyu Hidayat, mengingatkan pegawainya agar netral.", "Wahyu Hidayat",
     PERAK),
    ("Kepala KPPBC Tipe Madya Pabean B Teluk Bayur, Sari Lestari, mengajak ASN tetap netral.", "Sari Lestari",
     "Kantor Pengawasan dan Pelayanan Bea dan Cukai Teluk Bayur"),
    ("Kepala KPPBC TMP C Cilacap Joko Prasetyo meminta seluruh pegawai menjaga netralitas.", "Joko Prasetyo",
     "Kantor Pengawasan dan Pelayanan Bea dan Cukai Cilacap"),
    ("Kepala Kantor Pengawasan dan Pelayanan Bea dan Cukai Tipe Pratama Luwuk, Dedi Kurnia, menolak politik praktis.",
     "Dedi Kurnia", "Kantor Pengawasan dan Pelayanan Bea dan Cukai Luwuk"),
    # the type written without its letter, and the service's name without "dan"
    ("Kepala Kantor Pengawasan dan Pelayanan Bea Cukai Tipe Madya Cukai Kudus, Arif Budiman, meminta ASN netral.",
     "Arif Budiman", "Kantor Pengawasan dan Pelayanan Bea dan Cukai Kudus"),
    # the treasury's local office by its town, with or without its type
    ("Kepala KPPN Malang, Rina Wulandari, mengimbau ASN tidak memihak.", "Rina Wulandari",
     "Kantor Pelayanan Perbendaharaan Negara Malang"),
    ("Kepala Kantor Pelayanan Perbendaharaan Negara Tipe A2 Tanjung Pandan Hendra Saputra meminta pegawai netral.",
     "Hendra Saputra", "Kantor Pelayanan Perbendaharaan Negara Tanjung Pandan"),
]


@pytest.fixture(scope="module")
def results(analyse_all):
    """Each probe's analysis, from one batch (the negatives last)."""
    return analyse_all([values(form)[0] for form in FORMS] + [
        "Direktorat Jenderal Bea dan Cukai Kementerian Keuangan meminta pegawai netral.",
        "Dirjen Bea dan Cukai Askolani meminta pegawai netral dalam pemilu.",
        "Dana desa disalurkan lewat KPPN sebagai penyalur, kata Camat Cibadak Rudi."], published="2024-01-10")


@pytest.mark.parametrize(("index", "holder", "institution"), indexed(FORMS, lambda v: v[1], first=1))
def test_each_local_office_head_is_read_with_the_office(results, index: int, holder: str, institution: str) -> None:
    found = {o.name: o.agency for o in results[index].officials}
    assert holder in found, found
    assert found[holder] == institution


def test_the_directorate_general_names_no_local_office(results) -> None:
    for analysis in results[len(FORMS):]:
        assert not [a for a in analysis.agencies if "Kantor Pengawasan" in a.agency], analysis.agencies
        assert not [a for a in analysis.agencies if "Askolani" in a.agency or "Perbendaharaan" in a.agency]
