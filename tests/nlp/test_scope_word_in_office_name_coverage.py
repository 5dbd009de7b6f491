"""A regional office or council named with "Se" ("the whole of", capitalised in title-case writing) before its
region ("Dinas Sosial Se Kabupaten X", "Badan Permusyawaratan Desa Se Kabupaten X") is read as the lower-case "se-"
is: the scope word is no word of the office's field, so no body "Dinas Sosial Se Kabupaten X" is coined. An office
whose field word merely starts with "Se" ("Sekretariat", "Sosial") keeps it."""

from __future__ import annotations

import pytest

# (sentence in our own words, a body it must name or None, a body it must not name)
PROBES: list[tuple[str, str | None, str]] = [
    ("Sosialisasi netralitas ASN diikuti pegawai Dinas Sosial Se Kabupaten Grobogan menjelang Pilkada 2024.",
     None, "Dinas Sosial Se Kabupaten Grobogan"),
    ("Rapat itu dihadiri para kepala desa dan Badan Permusyawaratan Desa Se Kabupaten Wonosobo, yang diminta netral "
     "seperti ASN.", None, "Badan Permusyawaratan Desa Se Kabupaten Wonosobo"),
    ("Kepala Dinas Sosial Kabupaten Grobogan meminta ASN di dinasnya netral dalam Pilkada 2024.",
     "Dinas Sosial Kabupaten Grobogan", "Dinas Sosial Se Kabupaten Grobogan"),
]


@pytest.fixture(scope="module")
def analysed(analyse_all) -> list:
    """Every probe analysed alone, in one call."""
    return analyse_all([p[0] for p in PROBES], published="2024-10-07")


@pytest.mark.parametrize("k", range(len(PROBES)), ids=[p[0][:48] for p in PROBES])
def test_scope_word_is_no_field_word(analysed: list, k: int) -> None:
    names = {a.agency for a in analysed[k].agencies}
    _, body, not_body = PROBES[k]
    assert body is None or body in names
    assert not_body not in names
