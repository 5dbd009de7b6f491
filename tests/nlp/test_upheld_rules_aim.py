"""Probe list of upholding the rules named as an aim kept ("menegakkan aturan dan menjaga netralitas", "harus
menegakkan aturan netralitas dan menciptakan suasana kondusif", "menjaga dan menegakkan aturan"): a duty or a
commitment to keep order, no penalty threatened; upholding them against those who breach them, or joined to a penalty
verb, still threatens. Each probe follows a sentence naming civil servants; only the probe sentence's directives are
read. Sentences are our own; all are analysed in one batch."""

from __future__ import annotations

import pytest

from tests.nlp.probes import indexed

S = {"sanction"}
LEAD = "Wali kota mengingatkan seluruh ASN Kota Sukamaju agar netral dalam pilkada. "

# (probe sentence, whether it must give a sanction)
FORMS: list[tuple[str, set[str]]] = [
    ("Ikrar itu menjadi bukti komitmen pemkot menegakkan aturan dan menjaga netralitas pegawainya.", set()),
    ("Para lurah wajib menegakkan aturan netralitas serta menciptakan suasana yang kondusif.", set()),
    ("Pemerintah kota berkomitmen menjaga dan menegakkan aturan sepanjang tahapan pilkada.", set()),
    # look-alikes: upholding them against a breach, or beside a penalty verb, threatens
    ("Kami tidak akan ragu menegakkan aturan terhadap ASN yang terbukti berpihak.", S),
    ("Kami akan menegakkan aturan dan menindak tegas pegawai yang melanggar.", S),
]


@pytest.fixture(scope="module")
def analysed(analyse_all) -> list:
    """Every probe analysed in one call, after the lead sentence."""
    return analyse_all([LEAD + text for text, _ in FORMS], published="2024-10-07")


@pytest.mark.parametrize(("k", "text", "kinds"), indexed(FORMS, lambda v: v[0][:64]))
def test_upheld_rules_are_no_threat(analysed: list, k: int, text: str, kinds: set[str]) -> None:
    opening = text[:30]
    got = {d.kind for d in analysed[k].directives if opening in d.sentence}
    assert got & S == kinds
