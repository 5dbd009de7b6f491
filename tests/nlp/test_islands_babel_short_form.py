"""Bangka Belitung's short form with its "Kepulauan" kept ("Gubernur Kepulauan Babel", "Pemprov Kepulauan Babel", as
Antara's Babel desk writes it) is the province (regions.yaml `short`): the governor's title ends before the holder's
name, who is not read as "Kepulauan Babel Sugito", and the province's government is named; another province of
islands keeps its own name."""

from __future__ import annotations

from tests.nlp.probes import assert_official


def test_the_islands_short_form_ends_the_governors_title(run) -> None:
    a = run("Pangkalpinang (ANTARA) - Penjabat Gubernur Kepulauan Babel Rudi Santoso, Selasa, meminta seluruh ASN "
            "menjaga netralitas pada Pilkada 2024.")
    assert_official(a, "Rudi Santoso", "Pemerintah Provinsi Kepulauan Bangka Belitung")
    assert_official(a, "Kepulauan Babel Rudi Santoso", None)
    assert a.province == "Kepulauan Bangka Belitung"


def test_the_islands_short_form_names_the_provincial_government(run) -> None:
    a = run("Pemprov Kepulauan Babel mengingatkan pegawai agar tidak berkampanye pada Pilkada 2024.")
    assert "Pemerintah Provinsi Kepulauan Bangka Belitung" in {m.agency for m in a.agencies}


def test_another_island_province_keeps_its_own_name(run) -> None:
    a = run("Gubernur Kepulauan Riau Andi Wijaya meminta ASN netral pada Pilkada 2024.")
    assert_official(a, "Andi Wijaya", "Pemerintah Provinsi Kepulauan Riau")
    assert a.province == "Kepulauan Riau"
