"""An office's head with its title restated in brackets inside the office's name ("Kepala Dinas (Kadis) Sosial
Kabupaten X"): the field and the region after the bracket still name the office, as they do without it. A bracket
with no field after it, or one before a body's own short name, changes nothing."""

from __future__ import annotations

import pytest

# (sentence in our own words, the body it must name or None where it names no office)
PROBES: list[tuple[str, str | None]] = [
    ("Kepala Dinas (Kadis) Pertanian Kabupaten Sigi dilaporkan ikut berkampanye dalam Pilkada 2024.",
     "Dinas Pertanian Kabupaten Sigi"),
    ("Kepala Badan (Kaban) Kepegawaian Daerah Kota Palu meminta ASN netral dalam Pilkada 2024.",
     "Badan Kepegawaian Daerah Kota Palu"),
    ("Kepala Badan (Kaban) Kesbangpol Kabupaten Sigi meminta ASN netral dalam Pilkada 2024.",
     "Badan Kesatuan Bangsa dan Politik Kabupaten Sigi"),
    ("Bawaslu memanggil Kepala Dinas (Kadis) untuk dimintai keterangan soal Pilkada 2024.", None),
]


@pytest.fixture(scope="module")
def analysed(analyse_all) -> list:
    """Every probe analysed alone, in one call."""
    return analyse_all([p[0] for p in PROBES], published="2024-10-07")


@pytest.mark.parametrize("k", range(len(PROBES)), ids=[p[0][:48] for p in PROBES])
def test_title_restated_in_brackets_inside_an_office_name(analysed: list, k: int) -> None:
    names = {a.agency for a in analysed[k].agencies}
    body = PROBES[k][1]
    if body is None:
        assert not any(n.startswith("Dinas") for n in names)
    else:
        assert body in names
        assert not any("Kadis" in n or "Kaban" in n for n in names)
