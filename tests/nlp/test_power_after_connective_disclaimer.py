"""Probe list of the power to punish opening its clause after a connective ("..., jadi kewenangan untuk menjatuhkan
sanksi ada di BKN", "sedangkan wewenang memberi sanksi ada pada PPK"): it says who holds the power, as a power word
after a comma does, and threatens no one. The power held by the sentence's subject, joined to a duty by "dan" or
named after a verb of having, and a penalty threatened after the same connectives, stay sanctions. Sentences are our
own; all are analysed in one batch, each after a sentence that addresses the civil servants.
"""

from __future__ import annotations

import pytest

from tests.nlp.probes import indexed, sentence_kinds, values

CONTEXT = "Bawaslu mengingatkan ASN agar netral dalam Pilkada 2024."

# (sentence after the context, the kinds of directive it must give)
FORMS: list = [
    # who holds the power, after a connective: none
    ("\"Kami hanya meneruskan laporan, jadi kewenangan untuk menjatuhkan sanksi ada di BKN,\" katanya.", set()),
    ("Bawaslu hanya memberi rekomendasi, sedangkan wewenang memberikan sanksi ada pada pejabat pembina kepegawaian.",
     set()),
    ("Panwaslu hanya mengkaji laporan, namun kewenangan menjatuhkan hukuman disiplin ada pada BKD.", set()),
    ("Bawaslu tidak memutus perkara itu karena kewenangan memberi sanksi melekat pada KASN.", set()),
    # look-alikes that stay sanctions: the power held by the subject, a threat after the same connectives
    ("Bawaslu memiliki tugas dan wewenang untuk menindak ASN yang tidak netral.", {"sanction"}),
    ("Kemendagri memiliki kewenangan untuk memberikan sanksi kepada ASN yang melanggar.", {"sanction"}),
    ("Jadi ASN yang melanggar akan diberikan sanksi oleh BKN.", {"sanction"}),
    ("Namun pegawai yang terbukti berkampanye tetap akan dijatuhi hukuman disiplin.", {"sanction"}),
]


@pytest.fixture(scope="module")
def analysed(analyse_all) -> list:
    """Every probe analysed in one call, each after the context."""
    return analyse_all([f"{CONTEXT} {values(p)[0]}" for p in FORMS], published="2024-09-10")


@pytest.mark.parametrize(("k", "sentence", "kinds"), indexed(FORMS, lambda v: v[0][:50]))
def test_the_power_after_a_connective_says_who_punishes(analysed: list, k: int, sentence: str,
                                                        kinds: set[str]) -> None:
    assert sentence_kinds(analysed[k], sentence) == kinds
