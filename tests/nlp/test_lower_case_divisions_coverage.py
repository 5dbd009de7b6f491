"""An election body's division written in lower case after its coordinator's title ('Koordinator divisi hukum,
Nama', 'Nama selaku Koordinator divisi pencegahan'): the unit is read in lower case as in capitals, and its
coordinator serves the body the story names. Look-alikes: the post with no holder, and a campaign team's or
volunteers' division, which holds no public office."""

from __future__ import annotations

import pytest

from tests.nlp.probes import indexed

# (story, holder or None, institution or None)
PROBES: list[tuple[str, str | None, str | None]] = [
    ("Bawaslu Kota Kendari menggelar sosialisasi netralitas ASN. Rina Marlina selaku Koordinator divisi pencegahan "
     "mengatakan ASN dilarang berkampanye.", "Rina Marlina", "Bawaslu Kota Kendari"),
    ("Bawaslu Kabupaten Demak menerima laporan soal ASN. Koordinator divisi penanganan pelanggaran, Agus Salim, "
     "menjelaskan laporan itu sedang dikaji.", "Agus Salim", "Bawaslu Kabupaten Demak"),
    ("KPU Kota Blitar menggelar rapat pleno soal netralitas ASN. Hadir Koordinator divisi hukum Joko Prasetyo dan "
     "para anggota.", "Joko Prasetyo", "Komisi Pemilihan Umum Kota Blitar"),
    ("Bawaslu Kabupaten Bantul memanggil dua ASN. Menurut Dewi Lestari, Koordinator divisi hukum dan penyelesaian "
     "sengketa, keduanya hadir.", "Dewi Lestari", "Bawaslu Kabupaten Bantul"),
    # no holder named
    ("Bawaslu Kota Kendari menggelar rapat. Koordinator divisi pencegahan mengatakan ASN dilarang berkampanye.",
     None, None),
    ("Bawaslu Kota Kendari menggelar rapat. Koordinator divisi hukum mengatakan laporan Rudi Hartono sedang dikaji.",
     None, None),
    # a campaign's or volunteers' division
    ("Bawaslu Kota Kendari menerima laporan dari Rudi Hartono selaku Koordinator divisi hukum tim pemenangan "
     "pasangan calon nomor 2.", None, None),
    ("Bawaslu Kota Kendari menerima laporan dari Rudi Hartono selaku Koordinator divisi hukum relawan pasangan "
     "calon nomor 2.", None, None),
]


@pytest.fixture(scope="module")
def analysed(analyse_all) -> list:
    """Every probe analysed in one call."""
    return analyse_all([p[0] for p in PROBES], published="2024-10-07")


@pytest.mark.parametrize(("k", "holder", "agency"), indexed(PROBES, lambda v: v[0][40:100], first=1))
def test_a_division_in_lower_case_names_its_coordinator(analysed: list, k: int, holder: str | None,
                                                        agency: str | None) -> None:
    found = [(o.name, o.agency) for o in analysed[k].officials]
    if holder is None:
        assert found == [], found
    else:
        assert (holder, agency) in found, found
