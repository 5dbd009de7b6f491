"""A regional secretariat's assistants are numbered (Asisten I, II, III) or named by their field, and reporters write
the post in lower case as the common noun it is ('dihadiri asisten II Nama'): its holder serves the regional
government, as with the capital. A unit must follow the word, so an assistant of no office ('asisten pribadi') or
the post with no holder names no one."""

from __future__ import annotations

import pytest

from tests.nlp.probes import indexed

# (sentence, holder or None, institution or None)
PROBES: list[tuple[str, str | None, str | None]] = [
    ("Upacara di halaman Kantor Bupati Nabire dihadiri asisten II Yohanes Tebai serta para kepala bagian.",
     "Yohanes Tebai", "Pemerintah Kabupaten Nabire"),
    ("Apel itu dipimpin asisten III Setda Kabupaten Sleman Rina Kurniawati sebelum sosialisasi netralitas.",
     "Rina Kurniawati", "Pemerintah Kabupaten Sleman"),
    ("Wali Kota Solok diwakili asisten I Hendri Saputra dalam rapat bersama Bawaslu.",
     "Hendri Saputra", "Pemerintah Kota Solok"),
    ("Sekda Kudus meminta asisten Administrasi Umum Budi Santoso memantau pegawai.",
     "Budi Santoso", "Pemerintah Kabupaten Kudus"),
    ("Bupati Kudus ditemani asisten pribadi Budi Santoso saat meninjau pasar.", None, None),
    ("Rapat itu dihadiri staf ahli Bupati, asisten Sekretaris Daerah, dan kepala OPD di Kabupaten Kudus.", None, None),
]


@pytest.fixture(scope="module")
def analysed(analyse_all) -> list:
    """Every probe analysed in one call."""
    return analyse_all([p[0] for p in PROBES], published="2024-10-07")


@pytest.mark.parametrize(("k", "holder", "agency"), indexed(PROBES, lambda v: v[0][:50], first=1))
def test_an_assistant_in_lower_case_serves_the_regional_government(analysed: list, k: int, holder: str | None,
                                                                  agency: str | None) -> None:
    found = [(o.name, o.agency) for o in analysed[k].officials]
    if holder is None:
        assert found == [], found
    else:
        assert (holder, agency) in found, found
