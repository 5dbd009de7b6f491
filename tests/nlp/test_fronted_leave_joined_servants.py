"""Probe list of leave opening its clause said of outsiders and civil servants together ("Boleh saja warga dan
pegawai ...", "Tidak masalah masyarakat termasuk PNS ..."): the civil servants named in the same subject keep the
leave, where outsiders alone right after the cue take it. Sentences are our own; all are analysed in one batch."""

from __future__ import annotations

import pytest

from tests.nlp.probes import indexed

LEAVE = {"permission"}
LEAD = "Kepala BKD meminta seluruh ASN netral pada Pilkada 2024. "

# (text, the directive kinds the analysis must give to its second sentence)
FORMS: list[tuple[str, set[str]]] = [
    (LEAD + "Boleh saja warga dan pegawai datang ke kampanye akbar sebagai pendengar.", LEAVE),
    (LEAD + "Tidak masalah masyarakat termasuk PNS punya pilihan sendiri di bilik suara.", LEAVE),
    (LEAD + "Sah-sah saja jika warga maupun ASN menyimak debat calon di rumah.", LEAVE),
    # look-alikes: outsiders alone, and civil servants named only as the object after the verb
    (LEAD + "Boleh saja warga datang ke kampanye akbar sebagai pendengar.", set()),
    (LEAD + "Tidak masalah masyarakat melaporkan ASN yang ikut kampanye.", set()),
]


@pytest.fixture(scope="module")
def analysed(analyse_all) -> list:
    """Every probe analysed in one call."""
    return analyse_all([text for text, _ in FORMS], published="2024-10-07")


@pytest.mark.parametrize(("k", "text", "kinds"), indexed(FORMS, lambda v: v[0][len(LEAD):len(LEAD) + 60]))
def test_joined_servants_keep_the_leave(analysed: list, k: int, text: str, kinds: set[str]) -> None:
    second = text[len(LEAD):]
    assert {d.kind for d in analysed[k].directives if d.sentence.strip() == second} == kinds
