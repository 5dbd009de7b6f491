"""Probe list of a penalty on a condition naming soldiers or the police ("Bila ada anggota Polri yang tidak netral,
Polda akan bertindak tegas", "Kalau TNI dan Polri, sanksinya kode etik"), in a sentence naming no civil servant: the
commanders' penalty on their own men, none told to civil servants. Negatives: the condition naming civil servants
beside the forces, naming civil servants alone, and naming the public who report. Sentences are our own; all are
analysed in one batch."""

from __future__ import annotations

import pytest

from tests.nlp.probes import indexed

S = {"sanction"}
CONTEXT = "Wali Kota meminta seluruh ASN menjaga netralitas pada Pilkada 2024. "

# (text, the directive kinds the analysis must give, past the context's appeal)
FORMS: list[tuple[str, set[str]]] = [
    (CONTEXT + "Apabila ada anggota Polri yang berpihak, Polres akan mengambil tindakan tegas.", set()),
    (CONTEXT + "Jika ditemukan prajurit yang ikut kampanye, kami akan menindaknya sesuai hukum militer.", set()),
    (CONTEXT + "Kalau untuk TNI dan Polri, sanksinya berupa kode etik hingga pencopotan jabatan.", set()),
    (CONTEXT + "Jika ada ASN, TNI atau Polri yang berpihak, akan kami tindak tegas.", S),
    (CONTEXT + "Apabila ada pegawai yang berpihak, akan kami tindak tegas.", S),
    (CONTEXT + "Kalau ada warga yang melapor disertai bukti, kami akan menindak pegawai itu.", S),
]


@pytest.fixture(scope="module")
def analysed(analyse_all) -> list:
    """Every probe analysed in one call."""
    return analyse_all([text for text, _ in FORMS], published="2024-09-10")


@pytest.mark.parametrize(("k", "text", "kinds"), indexed(FORMS, lambda v: v[0][len(CONTEXT):][:62]))
def test_a_penalty_on_a_condition_naming_the_forces_alone_is_no_sanction(analysed: list, k: int, text: str,
                                                                         kinds: set[str]) -> None:
    assert {d.kind for d in analysed[k].directives} - {"appeal"} == kinds
