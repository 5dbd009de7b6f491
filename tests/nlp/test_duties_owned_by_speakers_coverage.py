"""A rule noun owned by the speakers' pronoun ('Sudah menjadi kewajiban kita bersama untuk menjaga netralitas',
'Kewajiban kita adalah ...', 'salah satu kewajiban kita sebagai ASN adalah ...') lays the duty on them, as 'kita
memiliki kewajiban untuk ...' does: the read gold gives both such sentences (2 outlets) an obligation. The pronoun
after a modal and before a bare verb stays the agent of an object put first ('Ini yang harus kita waspadai')."""

from __future__ import annotations

import pytest

from tests.nlp.probes import indexed, sentence_kinds

CONTEXT = "Bupati mengimbau seluruh ASN menjaga netralitas dalam Pilkada 2024. "

# (sentence after the context, the kinds of directive it gives)
PROBES: list[tuple[str, tuple[str, ...]]] = [
    ("Sudah menjadi kewajiban kita bersama untuk menjaga netralitas.", ("obligation",)),
    ("Menjadi kewajiban kita semua untuk tidak memihak calon mana pun.", ("obligation",)),
    ("Kewajiban kita adalah bersikap netral selama tahapan pilkada.", ("obligation",)),
    ("Salah satu kewajiban kita sebagai abdi negara adalah menjaga jarak dengan politik praktis.", ("obligation",)),
    ("Tentu sudah menjadi keharusan kita bersama untuk bersikap netral.", ("obligation",)),
    # the pronoun as the agent of an object put first: the speakers' own task, as before
    ("Politik uang harus kita lawan bersama.", ()),
]


@pytest.fixture(scope="module")
def analysed(analyse_all) -> list:
    """Every probe analysed in one call, each after the context that addresses the civil servants."""
    return analyse_all([CONTEXT + p[0] for p in PROBES], published="2024-10-07")


@pytest.mark.parametrize(("k", "kinds"), indexed(PROBES, lambda v: v[0][:56], first=1))
def test_a_duty_the_speakers_own_binds_them(analysed: list, k: int, kinds: tuple[str, ...]) -> None:
    assert sentence_kinds(analysed[k], PROBES[k][0]) == set(kinds)
