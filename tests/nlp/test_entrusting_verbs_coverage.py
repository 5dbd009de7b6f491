"""Probe list of requests made with a verb of entrusting a charge to whom it names ("mengamanatkan kepada ASN untuk
...", "mengamanahkan agar pegawai ...", "saya amanatkan kepada ..."), the active voice of the obligation's
"diamanatkan untuk", in both spellings of the loan. Negatives: the bare verb stating what a law holds, and the same
verb charging a committee, the public or the contest. Sentences are our own; all are analysed in one batch."""

from __future__ import annotations

import pytest

from tests.nlp.probes import indexed

A = {"appeal"}

# (text, the directive kinds the analysis must give)
FORMS: list[tuple[str, set[str]]] = [
    ("Wali kota mengamanatkan kepada seluruh pegawai negeri untuk menjauhi politik praktis pada Pilkada 2024.", A),
    ("Gubernur mengamanahkan agar para PNS tidak berfoto dengan calon selama Pilkada 2024.", A),
    ("\"Saya amanatkan kepada ASN agar tidak mengunggah dukungan,\" kata Bupati menjelang Pilkada 2024.", A),
    ("Sekda mengamanatkan agar ASN di setiap dinas tetap netral pada Pilkada 2024.", A),
    ("Undang-undang itu mengamanatkan netralitas pegawai negeri pada Pilkada 2024.", set()),
    ("Wali kota mengamanatkan kepada panitia untuk menyiapkan lapangan upacara menjelang Pilkada 2024.", set()),
    ("Gubernur mengamanahkan kepada warga agar datang ke TPS pada Pilkada 2024.", set()),
    ("Bupati mengamanatkan agar Pilkada 2024 berjalan aman dan damai.", set()),
]


@pytest.fixture(scope="module")
def analysed(analyse_all) -> list:
    """Every probe analysed in one call."""
    return analyse_all([text for text, _ in FORMS], published="2024-01-10")


@pytest.mark.parametrize(("k", "text", "kinds"), indexed(FORMS, lambda v: v[0][:64]))
def test_entrusting_verb_asks_whom_it_names(analysed: list, k: int, text: str, kinds: set[str]) -> None:
    assert {d.kind for d in analysed[k].directives} == kinds
