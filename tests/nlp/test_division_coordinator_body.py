"""An election body's division coordinator ('Koordinator Divisi Penanganan Pelanggaran', 'Kordiv Hukum') whose
sentence names no election body serves the election supervisor the story names (in the region his title writes, if
any), not the other body his sentence happens to name. A coordinator beside a KPU in his sentence stays the KPU's;
other unit heads, and coordinators in stories naming no supervisor, keep the body their sentence names. Texts are
our own words; all are analysed in one batch."""

from __future__ import annotations

import pytest

# (text, name, the institution expected)
SUPERVISORS = [
    ('Bawaslu Kabupaten Sragen menerima laporan dugaan pelanggaran netralitas ASN pada Pemilu 2024. "Salinan KTP '
     'para guru itu dikirim ke tim bakal calon DPD," kata Rudi Santoso selaku Koordinator Divisi Penanganan '
     'Pelanggaran.', "Rudi Santoso", "Bawaslu Kabupaten Sragen"),
    ("Bawaslu Kabupaten Sragen mengingatkan ASN agar netral dalam Pilkada 2024. Kegiatan itu digelar di aula "
     "Pemerintah Kabupaten Sragen, Kordiv Hukum dan Penyelesaian Sengketa, Maya Lestari, menyampaikan materi.",
     "Maya Lestari", "Bawaslu Kabupaten Sragen"),
    # the region written in the title, the supervisor named after him without one
    ("Sosialisasi netralitas ASN jelang Pilkada 2024 dihadiri jajaran Pemerintah Kabupaten Tanggamus, Koordinator "
     "Divisi Pencegahan Provinsi Lampung Dedi Irawan, serta perwakilan KPU dan Bawaslu.", "Dedi Irawan",
     "Bawaslu Provinsi Lampung"),
]

KEPT = [
    # an election body in his sentence is his
    ("Ketua KPU Kabupaten Sragen didampingi Koordinator Divisi Teknis, Maya Lestari, meminta ASN netral dalam "
     "Pilkada 2024. Bawaslu Kabupaten Sragen juga hadir.", "Maya Lestari",
     "Komisi Pemilihan Umum Kabupaten Sragen"),
    # a unit head who coordinates no division
    ("Bawaslu Kabupaten Sragen mengingatkan ASN netral pada Pilkada 2024. Di kantor BKPSDM Kabupaten Sragen, Kepala "
     "Bidang Mutasi Rina Wati mengatakan ASN yang melanggar disanksi.", "Rina Wati",
     "Badan Kepegawaian dan Pengembangan Sumber Daya Manusia Kabupaten Sragen"),
    # no supervisor in the story: the body his sentence names, as before
    ("Pemerintah Kabupaten Sragen menggelar sosialisasi netralitas ASN jelang Pilkada 2024. Di aula Pemerintah "
     "Kabupaten Sragen, Koordinator Divisi Hukum Maya Lestari mengatakan ASN wajib netral.", "Maya Lestari",
     "Pemerintah Kabupaten Sragen"),
]

CASES = SUPERVISORS + KEPT


@pytest.fixture(scope="module")
def analysed(analyse_all) -> list:
    return analyse_all([text for text, _, _ in CASES], published="2024-09-20")


@pytest.mark.parametrize(("k", "name", "agency"), [pytest.param(k, n, a, id=f"{n}|{a}")
                                                   for k, (_, n, a) in enumerate(CASES)])
def test_a_division_coordinator_serves_the_election_body(analysed: list, k: int, name: str, agency: str) -> None:
    found = [(o.name, o.agency) for o in analysed[k].officials]
    assert (name, agency) in found, found
