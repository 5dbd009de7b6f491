"""A hope whose subject is an event with a relative clause naming who attended or took part ("Rapat yang diikuti
lurah, guru dan para ASN itu diharapkan dapat ...", "Apel yang melibatkan para pegawai ini diharapkan berlangsung
tiap pekan") says what the event should achieve: the people in the clause are not asked. Civil servants as the
subject after a comma, or an event without the pointer closing its clause, still keep their appeal. Sentences are our
own; all are analysed in one batch."""

from __future__ import annotations

import pytest

from tests.nlp.probes import indexed, sentence_kinds

CONTEXT = "Bawaslu kabupaten menggelar sosialisasi netralitas ASN jelang Pilkada 2024."

# (the sentence after CONTEXT, the directive kinds the analysis must give in it)
FORMS: list[tuple[str, set[str]]] = [
    ("Rapat yang diikuti lurah, guru dan para ASN itu diharapkan dapat mencegah pelanggaran netralitas.", set()),
    ("Menurut dia, pertemuan yang dihadiri kepala dinas, camat serta pegawai kecamatan ini diharapkan bisa "
     "meningkatkan pemahaman aturan.", set()),
    ("Apel yang melibatkan para pegawai ini diharapkan berlangsung tiap pekan sampai hari pemungutan suara.", set()),
    # whom the hope names after the event, or the civil servants as its subject: still asked
    ("Setelah rapat yang diikuti camat dan lurah, para ASN diharapkan dapat menjaga netralitas.", {"appeal"}),
    ("Seluruh pegawai yang hadir, guru dan tenaga kesehatan itu diharapkan dapat bersikap netral.", {"appeal"}),
    ("Para ASN diharapkan dapat menjaga netralitas selama masa kampanye.", {"appeal"}),
    # a hope opening its sentence has no pointer before it: the words before are the last sentence's
    ("Diharapkan para ASN yang hadir tetap netral sampai hari pemungutan suara itu.", {"appeal"}),
]


@pytest.fixture(scope="module")
def analysed(analyse_all) -> list:
    """Every probe analysed in one call, each after the same sentence on the civil servants' neutrality."""
    return analyse_all([f"{CONTEXT} {text}" for text, _ in FORMS], published="2024-10-07")


@pytest.mark.parametrize(("k", "text", "kinds"), indexed(FORMS, lambda v: v[0][:64]))
def test_an_event_hoped_for_asks_none_it_names(analysed: list, k: int, text: str, kinds: set[str]) -> None:
    assert sentence_kinds(analysed[k], text) == kinds
