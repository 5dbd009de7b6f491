"""Reporters by their other name ('pewarta'), the pupils of religious boarding schools ('santri') and the village
women's movement ('ibu-ibu PKK', 'kader PKK') are outsiders, as 'wartawan', 'pelajar' and 'warga' are: a request to
them in a story on the civil servants' neutrality asks them, not the civil servants the story names. Civil servants
asked beside them keep their appeal. Sentences are our own; all are analysed in one batch."""

from __future__ import annotations

import pytest

from tests.nlp.probes import indexed, sentence_kinds

CONTEXT = "Bupati mengumpulkan seluruh ASN jelang Pilkada 2024 dan meminta mereka menjaga netralitas."

# (the sentence after CONTEXT, the directive kinds the analysis must give in it)
FORMS: list[tuple[str, set[str]]] = [
    ("Ia juga meminta para pewarta untuk memberitakan tahapan pilkada secara berimbang.", set()),
    ("Bupati turut mengajak para santri agar menjaga kerukunan selama masa kampanye.", set()),
    ("Selain itu, ia mengimbau kader PKK untuk ikut menjaga suasana tetap sejuk.", set()),
    ("Ia juga meminta ibu-ibu PKK untuk menjaga suasana kampung tetap rukun.", set()),
    # civil servants asked beside them, or alone: still asked
    ("Ia meminta ASN dan para santri yang hadir untuk tidak terlibat politik praktis.", {"appeal"}),
    ("Ia kembali meminta para ASN agar tidak mengunggah dukungan kepada calon.", {"appeal"}),
]


@pytest.fixture(scope="module")
def analysed(analyse_all) -> list:
    """Every probe analysed in one call, each after the same sentence on the civil servants' neutrality."""
    return analyse_all([f"{CONTEXT} {text}" for text, _ in FORMS], published="2024-10-07")


@pytest.mark.parametrize(("k", "text", "kinds"), indexed(FORMS, lambda v: v[0][:64]))
def test_a_request_to_press_pupils_or_pkk_asks_no_civil_servant(analysed: list, k: int, text: str,
                                                                 kinds: set[str]) -> None:
    assert sentence_kinds(analysed[k], text) == kinds
