"""The passive of knowing opening the sentence, alone or after 'untuk', 'seperti' or 'sebagaimana' ('Diketahui UU ASN
menyatakan setiap pegawai harus ...', 'Untuk diketahui berdasarkan kesepakatan ASN tidak boleh ...'), is the reporter's
"it is known" before a fact, as it is before a comma, and leaves the rule after it given: the read gold gives both such
sentences (2 outlets) their rule. Knowing further on ('Perlu dipahami pose-pose yang dilarang', 'Belum diketahui ASN
yang harus ...') still names what is to be known."""

from __future__ import annotations

import pytest

from tests.nlp.probes import indexed, sentence_kinds

CONTEXT = "Bupati mengimbau seluruh ASN menjaga netralitas dalam Pilkada 2024. "

# (sentence after the context, the kinds of directive it gives)
PROBES: list[tuple[str, tuple[str, ...]]] = [
    ("Diketahui undang-undang itu menyatakan setiap pegawai harus patuh pada asas netralitas.", ("obligation",)),
    ("Diketahui ASN wajib menjaga netralitas selama tahapan pilkada.", ("obligation",)),
    ("Untuk diketahui berdasarkan kesepakatan itu ASN tidak boleh berpolitik.", ("prohibition",)),
    ("Seperti diketahui pegawai wajib bersikap netral dalam Pilkada 2024.", ("obligation",)),
    ("Sebagaimana diketahui ASN dilarang menjadi anggota partai politik.", ("prohibition",)),
    ("\"Diketahui pegawai harus netral dalam pilkada,\" katanya.", ("obligation",)),
    # knowing further on names what is to be known: as before
    ("Perlu dipahami pose-pose yang dilarang bagi ASN.", ()),
    ("Belum diketahui ASN yang harus dijatuhi sanksi.", ()),
]


@pytest.fixture(scope="module")
def analysed(analyse_all) -> list:
    """Every probe analysed in one call, each after the context that addresses the civil servants."""
    return analyse_all([CONTEXT + p[0] for p in PROBES], published="2024-10-07")


@pytest.mark.parametrize(("k", "kinds"), indexed(PROBES, lambda v: v[0][:56], first=1))
def test_a_known_fact_opener_leaves_the_rule(analysed: list, k: int, kinds: tuple[str, ...]) -> None:
    assert sentence_kinds(analysed[k], PROBES[k][0]) == set(kinds)
