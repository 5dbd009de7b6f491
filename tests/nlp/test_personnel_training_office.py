"""The regional civil-service office that also runs training, named with training's short word ("BKD dan Diklat
Provinsi X", "BKD Diklat Kota X", "BKDPP Kota X", "Badan Kepegawaian Daerah, Pendidikan dan Pelatihan"), is one body
of its own, its head an official of it; the plain BKD, and a BKD listed with another office, stay as they were."""

from __future__ import annotations

import pytest

# (sentence in our own words, the body it must name, a body it must not name)
PROBES: list[tuple[str, str, str | None]] = [
    ("Kabid Mutasi BKD dan Diklat Provinsi Gorontalo Rahmat Hidayat mengingatkan ASN agar netral.",
     "Badan Kepegawaian Daerah, Pendidikan dan Pelatihan Provinsi Gorontalo",
     "Badan Kepegawaian Daerah Provinsi Gorontalo"),
    ("Kepala BKD Diklat Kota Banjarmasin Rina Sari meminta pegawai tidak memihak calon wali kota.",
     "Badan Kepegawaian Daerah, Pendidikan dan Pelatihan Kota Banjarmasin", None),
    ("Laporan pelanggaran netralitas diteruskan ke BKDPP Kota Banjarmasin untuk diperiksa.",
     "Badan Kepegawaian Daerah, Pendidikan dan Pelatihan Kota Banjarmasin", None),
    # negatives: the plain BKD, and a BKD listed before another office
    ("Kepala BKD Provinsi Gorontalo Rahmat Hidayat meminta ASN menjaga netralitas.",
     "Badan Kepegawaian Daerah Provinsi Gorontalo",
     "Badan Kepegawaian Daerah, Pendidikan dan Pelatihan Provinsi Gorontalo"),
    ("BKD dan Dinas Pendidikan Kota Banjarmasin menggelar sosialisasi netralitas ASN.",
     "Badan Kepegawaian Daerah Kota Banjarmasin",
     "Badan Kepegawaian Daerah, Pendidikan dan Pelatihan Kota Banjarmasin"),
]


@pytest.fixture(scope="module")
def analysed(analyse_all) -> list:
    """Every probe analysed alone, in one call."""
    return analyse_all([p[0] for p in PROBES], published="2024-10-07")


@pytest.mark.parametrize("k", range(len(PROBES)), ids=[p[0][:48] for p in PROBES])
def test_personnel_training_office_is_one_body(analysed: list, k: int) -> None:
    names = {a.agency for a in analysed[k].agencies}
    _, body, not_body = PROBES[k]
    assert body in names
    assert not_body not in names


def test_head_of_the_office_is_its_official(analysed: list) -> None:
    officials = {(o.name, o.agency) for o in analysed[1].officials}
    assert ("Rina Sari", "Badan Kepegawaian Daerah, Pendidikan dan Pelatihan Kota Banjarmasin") in officials
