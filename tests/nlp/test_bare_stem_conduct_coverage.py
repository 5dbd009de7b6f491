"""Probe list of requests whose conduct is a bare verb stem, as spoken Indonesian asks ("Seluruh ASN untuk dapat jaga
netralitas", "Kepada para pegawai untuk hindari foto bersama calon"):
the stems of `imperatives` after "untuk" are the conduct asked, as their prefixed verbs ("menjaga", "menghindari")
are. Negatives: the same stems after something said of the civil servants, and after "untuk" asked of the public.
Sentences are our own; all are analysed in one batch."""

from __future__ import annotations

import pytest

from tests.nlp.probes import indexed

A = {"appeal"}
CONTEXT = "Netralitas ASN diawasi ketat menjelang Pilkada 2024. "

# (text, the directive kinds the analysis must give)
FORMS: list[tuple[str, set[str]]] = [
    (CONTEXT + "\"Seluruh ASN untuk dapat jaga netralitas,\" imbuh Sekda.", A),
    (CONTEXT + "\"Kepada para pegawai untuk hindari foto bersama calon,\" kata Bupati.", A),
    (CONTEXT + "\"Seluruh ASN tidak sulit untuk jaga netralitas,\" imbuh Sekda.", set()),
    (CONTEXT + "\"Kepada masyarakat untuk jaga kebersihan TPS,\" kata Bupati.", set()),
]


@pytest.fixture(scope="module")
def analysed(analyse_all) -> list:
    """Every probe analysed in one call."""
    return analyse_all([text for text, _ in FORMS], published="2024-09-10")


@pytest.mark.parametrize(("k", "text", "kinds"), indexed(FORMS, lambda v: v[0][56:120]))
def test_a_bare_stem_after_untuk_is_the_conduct_asked(analysed: list, k: int, text: str, kinds: set[str]) -> None:
    assert {d.kind for d in analysed[k].directives} == kinds
