"""The speakers' pronoun right before the civil servants in apposition ("kita ASN", "kami PNS") names them by what they
are, as "kita sebagai ASN" does: a hope or advice whose addressee must be named right after it ("Sebaiknya kita ASN
menghindari ...", "Semoga kita ASN tetap netral") asks them. The pronoun before anyone else or before no one asks no
civil servant. Sentences are our own; all are analysed in one batch."""

from __future__ import annotations

import pytest

from tests.nlp.probes import indexed, sentence_kinds

CONTEXT = "Pemkab menggelar sosialisasi netralitas ASN jelang Pilkada 2024."

# (the sentence after CONTEXT, the directive kinds the analysis must give in it)
FORMS: list[tuple[str, set[str]]] = [
    ("\"Sebaiknya kita ASN menghindari foto bersama pasangan calon,\" kata Sekda.", {"appeal"}),
    ("\"Semoga kita ASN tetap netral sampai pemungutan suara,\" ujar Bupati.", {"appeal"}),
    ("Kepala BKD berharap kami PNS bisa menjaga netralitas selama masa kampanye.", {"appeal"}),
    # the pronoun before others, or alone: no civil servant asked
    ("\"Semoga kita warga tetap rukun sampai pemungutan suara,\" ujar Bupati.", set()),
    ("\"Sebaiknya kita menunggu pengumuman resmi dari KPU,\" kata Sekda.", set()),
]


@pytest.fixture(scope="module")
def analysed(analyse_all) -> list:
    """Every probe analysed in one call, each after the same sentence on the civil servants' neutrality."""
    return analyse_all([f"{CONTEXT} {text}" for text, _ in FORMS], published="2024-10-07")


@pytest.mark.parametrize(("k", "text", "kinds"), indexed(FORMS, lambda v: v[0][:64]))
def test_the_pronoun_before_the_civil_servants_names_them(analysed: list, k: int, text: str, kinds: set[str]) -> None:
    assert sentence_kinds(analysed[k], text) == kinds
