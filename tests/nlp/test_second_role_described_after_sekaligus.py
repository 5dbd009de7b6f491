"""Probe list of an office joined by 'sekaligus' to a second role no registry names, written up to the comma before
the holder ('Kepala Dinas PTSP Kota X sekaligus pembina pegawai kantor gabungan, Budi ...', 'Ketua KPU Kabupaten X
sekaligus Ketua Pokja Netralitas, Budi'): the name after the comma holds the first office. Left alone: a deed done at
the same time ('Bupati X sekaligus membuka acara, Budi ...'), a role running past a sentence's end, and a second
role with no comma before the name. Sentences in our own words, analysed in one batch."""

from __future__ import annotations

import pytest

from tests.nlp.probes import assert_official, indexed, values

# (text, name, agency)
FOUND = [
    ("Kepala Dinas Sosial Kota Makassar sekaligus koordinator pegawai di gedung layanan terpadu, Rahmat Hidayat "
     "mengatakan ASN dilarang berkampanye pada Pilkada 2024.",
     "Rahmat Hidayat", "Dinas Sosial Kota Makassar"),
    ("Ketua KPU Kabupaten Ciamis sekaligus Ketua Pokja Netralitas, Dewi Lestari, meminta ASN netral pada "
     "Pilkada 2024.",
     "Dewi Lestari", "Komisi Pemilihan Umum Kabupaten Ciamis"),
    ("Kepala BKPSDM Kabupaten Kuningan sekaligus penanggung jawab satgas netralitas, Agus Salim, mengingatkan ASN "
     "agar tidak memihak pada Pilkada 2024.",
     "Agus Salim", "Badan Kepegawaian dan Pengembangan Sumber Daya Manusia Kabupaten Kuningan"),
    # a head in lower case of no institution the registry names: a role, though it opens as a verb's prefix (di-)
    ("Kepala Dinas Sosial Kota Makassar sekaligus direktur rumah singgah daerah, Rahmat Hidayat mengatakan ASN "
     "dilarang berkampanye pada Pilkada 2024.",
     "Rahmat Hidayat", "Dinas Sosial Kota Makassar"),
]

# (text, a name that must not be read)
LEFT = [
    # a deed done at once, not a role
    ("Dalam sambutan Bupati Ciamis sekaligus membuka rapat, Dewi Lestari dari panitia meminta ASN netral pada "
     "Pilkada 2024.", "Dewi Lestari"),
    ("Kepala BKPSDM Kabupaten Kuningan sekaligus bertindak sebagai pembina apel, Agus Salim dari Dinas Kesehatan "
     "membacakan ikrar netralitas ASN pada Pilkada 2024.", "Agus Salim"),
    # the role runs past the sentence's end
    ("Kepala BKPSDM Kabupaten Kuningan sekaligus pembina pegawai. Agus Salim, warga setempat, melaporkan ASN "
     "yang tidak netral pada Pilkada 2024.", "Agus Salim"),
    # no comma closes the role before the name
    ("Kepala BKPSDM Kabupaten Kuningan sekaligus pembina pegawai kantor gabungan Agus Salim mengatakan ASN harus "
     "netral pada Pilkada 2024.", "Agus Salim"),
]


@pytest.fixture(scope="module")
def analysed(analyse_all) -> list:
    """Every probe analysed in one call."""
    return analyse_all([values(p)[0] for p in FOUND + LEFT], published="2024-09-06")


@pytest.mark.parametrize(("k", "text", "name", "agency"), indexed(FOUND, lambda v: v[0][:40]))
def test_the_holder_after_a_described_second_role_is_read(analysed: list, k: int, text: str, name: str,
                                                          agency: str) -> None:
    assert_official(analysed[k], name, agency)


@pytest.mark.parametrize(("k", "text", "name"), indexed(LEFT, lambda v: v[0][:40]))
def test_a_deed_or_a_role_cut_or_left_open_names_no_holder(analysed: list, k: int, text: str, name: str) -> None:
    assert_official(analysed[len(FOUND) + k], name, None)
