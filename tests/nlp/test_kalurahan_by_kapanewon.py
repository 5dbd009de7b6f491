"""Probe list of a Lurah placed in a kapanewon: Yogyakarta's regencies name their districts kapanewon and their
villages kalurahan, so a Lurah whose place is followed by a kapanewon (set off by a comma or not) heads a kalurahan,
named as a village's government ("Pemerintah Kalurahan X"). A Lurah whose place lies in a kecamatan, or in a
kemantren of the city of Yogyakarta, still heads a kelurahan. Texts are our own words."""

from __future__ import annotations

import pytest

from tests.nlp.probes import indexed, values

S = "mengingatkan pegawai kalurahan dan ASN agar menjaga netralitas dalam Pilkada 2024."
# (text, the holder, the institution served, its short form)
KALURAHAN = [
    (f"Lurah Sidoagung, Kapanewon Godean, Wahyu Nugraha {S}", "Wahyu Nugraha", "Kalurahan Sidoagung",
     "Pemerintah Kalurahan Sidoagung"),
    # no comma between the place and its kapanewon
    (f"Lurah Sendangsari Kapanewon Pengasih Joko Susilo {S}", "Joko Susilo", "Kalurahan Sendangsari",
     "Pemerintah Kalurahan Sendangsari"),
    (f"Lurah Banyuroto, Kapanewon Nanggulan, Sri Lestari, {S}", "Sri Lestari", "Kalurahan Banyuroto",
     "Pemerintah Kalurahan Banyuroto"),
    (f"Hadir pula Dwi Hartono yang menjabat Lurah Ngestiharjo, Kapanewon Kasihan, dan ia {S}", "Dwi Hartono",
     "Kalurahan Ngestiharjo", "Pemerintah Kalurahan Ngestiharjo"),
]
# the same title placed in a district of another kind keeps its ward
KELURAHAN = [
    (f"Lurah Sukamaju, Kecamatan Cilodong, Rahmat Hidayat {S}", "Rahmat Hidayat", "Kelurahan Sukamaju"),
    (f"Lurah Prawirodirjan, Kemantren Gondomanan, Yuli Astuti, {S}", "Yuli Astuti", "Kelurahan Prawirodirjan"),
    (f"Lurah Pasirjaya, Budi Kurniawan, {S}", "Budi Kurniawan", "Kelurahan Pasirjaya"),
]


@pytest.fixture(scope="module")
def analysed(analyse_all) -> list:
    """Every probe analysed in one call."""
    return analyse_all([values(p)[0] for p in KALURAHAN + KELURAHAN], published="2024-10-07")


@pytest.mark.parametrize(("k", "text", "name", "agency", "short"), indexed(KALURAHAN, lambda v: v[0][:40]))
def test_a_lurah_placed_in_a_kapanewon_heads_a_kalurahan(analysed: list, k: int, text: str, name: str,
                                                         agency: str, short: str) -> None:
    assert (name, agency) in [(o.name, o.agency) for o in analysed[k].officials]
    assert (agency, short) in [(a.agency, a.acronym) for a in analysed[k].agencies]


@pytest.mark.parametrize(("k", "text", "name", "agency"), indexed(KELURAHAN, lambda v: v[0][:40],))
def test_a_lurah_placed_elsewhere_heads_a_kelurahan(analysed: list, k: int, text: str, name: str,
                                                    agency: str) -> None:
    result = analysed[len(KALURAHAN) + k]
    assert (name, agency) in [(o.name, o.agency) for o in result.officials]
    assert not [a.agency for a in result.agencies if a.agency.startswith("Kalurahan")]
