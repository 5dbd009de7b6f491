"""Probe list of the police's and the army's members named as 'anggota kepolisian' or as personnel ('personel Polri',
'personel TNI') in a penalty told of them alone ("Kalau ada anggota kepolisian yang berpihak, kami tindak",
"Personel Polri yang ikut kampanye akan dipecat"): their commanders' penalty on their own men, as for 'anggota
Polri', none told to civil servants. Negatives: civil servants named beside them keep the sanction, listed with civil
servants they are addressed too, and the civil servants' own penalty stays. Sentences are our own; all are analysed in
one batch."""

from __future__ import annotations

import pytest

from tests.nlp.probes import indexed

CONTEXT = "Wali Kota meminta seluruh ASN menjaga netralitas pada Pilkada 2024. "

# (text, the directive kinds the analysis must give, past the context's appeal)
FORMS: list[tuple[str, set[str]]] = [
    (CONTEXT + "Kalau ada anggota kepolisian yang berpihak, kami tindak tegas.", set()),
    (CONTEXT + "Anggota kepolisian yang terbukti berpihak akan diberhentikan.", set()),
    (CONTEXT + "Personel Polri yang ikut berkampanye akan dipecat.", set()),
    (CONTEXT + "Apabila ditemukan personel TNI yang berpihak, komandan akan menindaknya.", set()),
    (CONTEXT + "Jika ada ASN atau anggota kepolisian yang berpihak, kami tindak tegas.", {"sanction"}),
    (CONTEXT + "ASN, TNI dan anggota kepolisian wajib bersikap netral.", {"obligation"}),
    (CONTEXT + "Pegawai yang terbukti berpihak akan diberhentikan.", {"sanction"}),
]


@pytest.fixture(scope="module")
def analysed(analyse_all) -> list:
    """Every probe analysed in one call."""
    return analyse_all([text for text, _ in FORMS], published="2024-09-10")


@pytest.mark.parametrize(("k", "text", "kinds"), indexed(FORMS, lambda v: v[0][len(CONTEXT):][:62]))
def test_the_police_by_other_names_bear_their_own_penalty(analysed: list, k: int, text: str,
                                                          kinds: set[str]) -> None:
    assert {d.kind for d in analysed[k].directives} - {"appeal"} == kinds
