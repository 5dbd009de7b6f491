""""sanksi" typed without its n ("saksi") with the penalty's severity right after it ("saksi tegas", "saksi berat",
"saksi keras") is a penalty (directives.yaml sanction cues), as it already is after a word of imposing it; a witness
("saksi paslon", "saksi mata") is never firm, heavy or harsh, and stays no penalty."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("text", [
    "Wali Kota akan memberikan saksi tegas kepada ASN yang ikut kampanye pada Pilkada 2024.",
    "Kepala BKD mengatakan pegawai yang berpihak pada Pemilu 2024 terancam saksi berat.",
    "Sekda menegaskan ada saksi keras bagi PNS yang mendukung calon pada Pilkada 2024.",
])
def test_a_penalty_typed_without_its_n_before_its_severity_is_a_sanction(run, text: str) -> None:
    assert "sanction" in {d.kind for d in run(text).directives}


@pytest.mark.parametrize("text", [
    "Bupati mengingatkan ASN netral pada Pilkada 2024. Saksi paslon mengikuti rekapitulasi suara di kecamatan.",
    "Bupati mengingatkan ASN netral pada Pilkada 2024. Seorang saksi mata melihat spanduk itu dipasang malam hari.",
    "Bupati mengingatkan ASN netral pada Pilkada 2024. Bawaslu memeriksa saksi yang tegas membantah laporan itu.",
])
def test_a_witness_stays_no_penalty(run, text: str) -> None:
    assert "sanction" not in {d.kind for d in run(text).directives}
