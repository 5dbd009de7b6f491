"""Probe list of a discharge at a term's end ("diberhentikan karena masa kontraknya sudah habis", "setelah masa
jabatannya berakhir"): a post that ran out, no penalty; a discharge for a breach, or one cutting a term short, stays a
sanction. Each probe follows a sentence naming civil servants; only the probe sentence's directives are read.
Sentences are our own; all are analysed in one batch."""

from __future__ import annotations

import pytest

from tests.nlp.probes import indexed

S = {"sanction"}
LEAD = "Bawaslu mengingatkan ASN dan pegawai honorer Kabupaten Sukamaju agar netral dalam pilkada. "

# (probe sentence, whether it must give a sanction)
FORMS: list[tuple[str, set[str]]] = [
    ("Delapan pegawai kontrak itu diberhentikan karena masa kontraknya sudah habis.", set()),
    ("Pj Bupati diberhentikan oleh Mendagri karena masa tugasnya selesai.", set()),
    ("Pegawai tersebut diberhentikan setelah masa kerjanya berakhir bulan lalu.", set()),
    # look-alikes: discharges for a breach, or cutting a term short, stay
    ("ASN yang berkampanye dapat diberhentikan sebelum masa jabatannya habis.", S),
    ("ASN yang tidak netral diberhentikan meski masa tugasnya belum selesai.", S),
    ("ASN yang berkampanye dapat diberhentikan dari jabatannya.", S),
]


@pytest.fixture(scope="module")
def analysed(analyse_all) -> list:
    """Every probe analysed in one call, after the lead sentence."""
    return analyse_all([LEAD + text for text, _ in FORMS], published="2024-10-07")


@pytest.mark.parametrize(("k", "text", "kinds"), indexed(FORMS, lambda v: v[0][:64]))
def test_term_end_discharge_is_no_sanction(analysed: list, k: int, text: str, kinds: set[str]) -> None:
    opening = text[:30]
    got = {d.kind for d in analysed[k].directives if opening in d.sentence}
    assert got & S == kinds
