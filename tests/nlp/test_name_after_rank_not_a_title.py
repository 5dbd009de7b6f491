"""A name right after a rank, its corps mark or an honorific is no misspelt short title, even one letter from it
(spelling.yaml `before_names`, `titled_addresses`): "Iptu Mamat Rahmat" keeps its holder, where a repair to
"Camat" lost him. The title misspelt elsewhere is still repaired, and so after the forms of address that come before
a title too ("Pak Camta Cibeber")."""

from __future__ import annotations

import pytest

from pipeline.nlp.spelling import repair


@pytest.mark.parametrize("text", [
    "Kapolsek Sukaraja Iptu Mamat Hidayat hadir di lokasi.",  # a rank
    "Dandim 0611/Garut Letkol (Inf) Camas Purnomo memimpin apel.",  # a rank and its corps mark in brackets
    "Danramil Kapten Inf Kamat Sutisna menyampaikan arahan.",  # a rank and its corps mark
    "Sambutan disampaikan H. Mamat Sudrajat selaku tokoh masyarakat.",  # an honorific
    "Penceramah Drs Lurak Hasan mengisi pengajian.",  # an honorific without its stop
])
def test_a_name_after_a_rank_or_honorific_stays_as_written(text: str) -> None:
    assert repair(text) == text


@pytest.mark.parametrize(("text", "meant"), [
    ("Camta Cibeber meminta pegawai netral.", "Camat Cibeber meminta pegawai netral."),
    ("Pak Camta Cibeber meminta pegawai netral.", "Pak Camat Cibeber meminta pegawai netral."),
    ("Menurut Ketau Bawaslu Garut, laporan itu lengkap.", "Menurut Ketua Bawaslu Garut, laporan itu lengkap."),
    ("Bu Lruah Sukamaju hadir dalam rapat.", "Bu Lurah Sukamaju hadir dalam rapat."),
])
def test_the_short_title_misspelt_elsewhere_is_still_repaired(text: str, meant: str) -> None:
    assert repair(text) == meant


def test_the_holder_after_a_rank_is_named(run) -> None:
    a = run("Kapolsek Sukaraja Iptu Mamat Hidayat meminta seluruh ASN di wilayahnya netral pada Pilkada 2024.")
    assert [o.name for o in a.officials] == ["Mamat Hidayat"]
