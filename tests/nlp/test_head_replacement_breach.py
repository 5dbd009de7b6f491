"""Probe list of removals a regional head made without the minister's leave ("mencopot ... tanpa izin Mendagri",
"dicopot tanpa persetujuan tertulis dari Menteri", "penggantian pejabat"): the head's breach of the ban on replacing
officials before a contest, no penalty threatened or imposed on civil servants; a penalty with no such leave named
stays. Each probe follows a sentence naming civil servants; only the probe sentence's directives are read. Sentences
are our own; all are analysed in one batch."""

from __future__ import annotations

import pytest

from tests.nlp.probes import indexed

S = {"sanction"}
LEAD = "Bawaslu Kabupaten Sukamaju mengingatkan seluruh ASN agar netral dalam pilkada. "

# (probe sentence, whether it must give a sanction)
FORMS: list[tuple[str, set[str]]] = [
    ("Pj Bupati mencopot tiga kepala dinas tanpa izin Mendagri sehingga dilaporkan ke Bawaslu.", set()),
    ("Kedua pejabat itu diduga dicopot tanpa surat izin dari Menteri Dalam Negeri.", set()),
    ("Pemberhentian camat itu dilakukan tanpa persetujuan tertulis dari Mendagri.", set()),
    ("Warga melaporkan penggantian pejabat yang disertai pencopotan dua kepala bidang.", set()),
    # look-alikes: penalties with no minister's leave named stay
    ("ASN yang terbukti tidak netral akan dicopot dari jabatannya.", S),
    ("Bupati mencopot kepala dinas yang terbukti berkampanye untuk salah satu calon.", S),
]


@pytest.fixture(scope="module")
def analysed(analyse_all) -> list:
    """Every probe analysed in one call, after the lead sentence."""
    return analyse_all([LEAD + text for text, _ in FORMS], published="2024-10-07")


@pytest.mark.parametrize(("k", "text", "kinds"), indexed(FORMS, lambda v: v[0][:64]))
def test_replacement_without_leave_is_no_sanction(analysed: list, k: int, text: str, kinds: set[str]) -> None:
    opening = text[:30]
    got = {d.kind for d in analysed[k].directives if opening in d.sentence}
    assert got & S == kinds
