"""Probe list of requests to those who lead civil servants to watch over them or their neutrality ("meminta para
kepala daerah agar memantau netralitas ASN", "mengajak bupati untuk mengawasi pegawainya", "minta Sekda mengawal
seluruh ASN"): like "menjaga/memastikan netralitas ASN", a directive about the civil servants' conduct, an appeal.
Negatives: the public or the election supervisors asked to watch (their own task, a civic call), a watch kept named in
a relative clause, and the heads asked to watch something that is not the civil service. Sentences are our own; all
are analysed in one batch."""

from __future__ import annotations

import pytest

from tests.nlp.probes import indexed

A = {"appeal"}

# (text, the directive kinds the analysis must give)
FORMS: list[tuple[str, set[str]]] = [
    ("Mendagri meminta para kepala daerah agar mengawasi netralitas ASN di daerahnya selama Pilkada 2024.", A),
    ("Gubernur meminta para bupati untuk memantau betul netralitas PNS di wilayah masing-masing pada Pilkada 2024.",
     A),
    ("Menteri meminta wali kota mengawal seluruh ASN agar tidak terseret kampanye Pilkada 2024.", A),
    ("Para kepala daerah diminta memonitor netralitas pegawai di daerahnya menjelang Pilkada 2024.", A),
    ("Bupati mengajak masyarakat untuk ikut mengawasi netralitas ASN pada Pilkada 2024.", set()),
    ("Bawaslu diminta membuat aturan khusus untuk mengawasi netralitas ASN pada Pilkada 2024.", set()),
    ("Ketua DPRD meminta Bawaslu Kota untuk memantau netralitas ASN pada Pilkada 2024.", set()),
    ("Mendagri meminta para kepala daerah agar memantau harga bahan pokok menjelang Pilkada 2024.", set()),
    # keeping neutrality past an adverb of earnestness after the verb
    ("Menteri meminta para gubernur untuk menjaga betul netralitas ASN di wilayahnya pada Pilkada 2024.", A),
    ("Bupati mengajak masyarakat untuk menjaga betul netralitas ASN pada Pilkada 2024.", set()),
]


@pytest.fixture(scope="module")
def analysed(analyse_all) -> list:
    """Every probe analysed in one call."""
    return analyse_all([text for text, _ in FORMS], published="2024-10-07")


@pytest.mark.parametrize(("k", "text", "kinds"), indexed(FORMS, lambda v: v[0][:64]))
def test_heads_asked_to_watch_civil_servants_are_appealed_to(analysed: list, k: int, text: str,
                                                             kinds: set[str]) -> None:
    assert {d.kind for d in analysed[k].directives} == kinds
