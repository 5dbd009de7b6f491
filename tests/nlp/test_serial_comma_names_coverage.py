"""A long office name whose fields are listed with commas is also written with a comma before its last field
("Dinas Komunikasi, Informatika, dan Statistik" for "Dinas Komunikasi, Informatika dan Statistik"): the same
body. A name of two fields joined by "dan" has no list, and gets no comma."""

from __future__ import annotations

import pytest

from pipeline.nlp.termspans import _variants

# (sentence in our own words, the body it must name)
PROBES: list[tuple[str, str]] = [
    ("Dinas Komunikasi, Informatika, dan Statistik Kota Binjai menggelar ikrar netralitas ASN jelang Pilkada 2024.",
     "Dinas Komunikasi, Informatika dan Statistik Kota Binjai"),
    ("Kepala Dinas Pemberdayaan Perempuan, Perlindungan Anak, dan Keluarga Berencana Kabupaten Sigi meminta ASN "
     "netral pada Pilkada 2024.",
     "Dinas Pemberdayaan Perempuan, Perlindungan Anak dan Keluarga Berencana Kabupaten Sigi"),
]


@pytest.fixture(scope="module")
def analysed(analyse_all) -> list:
    """Every probe analysed alone, in one call."""
    return analyse_all([p[0] for p in PROBES], published="2024-10-07")


@pytest.mark.parametrize("k", range(len(PROBES)), ids=[p[0][:48] for p in PROBES])
def test_serial_comma_names_the_same_body(analysed: list, k: int) -> None:
    assert PROBES[k][1] in {a.agency for a in analysed[k].agencies}


def test_serial_comma_only_in_a_list() -> None:
    listed = set(_variants(["Dinas Komunikasi, Informatika dan Statistik"]))
    assert "Dinas Komunikasi, Informatika, dan Statistik" in listed
    assert set(_variants(["Dinas Kependudukan dan Pencatatan Sipil"])) == {"Dinas Kependudukan dan Pencatatan Sipil"}
