"""Probe list of requests stressed in the passive or with the adverb of repeating before "untuk" ("Dalam rapat itu
ditegaskan untuk tidak berkampanye", "Sekda menegaskan kembali untuk menjaga jarak dari calon", "ditekankan kembali
untuk ...") and of "ditegaskan" as a speech verb before "agar" ("ditegaskan kembali agar ASN ...", "ditegaskan, agar
..."); the addressee is named before in the story. Negatives: "untuk" giving a purpose or a topic, and "agar" after
the passive with the contest as what is wanted. Sentences are our own; all are analysed in one batch."""

from __future__ import annotations

import pytest

from tests.nlp.probes import indexed

A = {"appeal"}
LEAD = "Para pegawai negeri di Kabupaten Sukamaju mengikuti rapat menjelang Pilkada 2024."

# (text, the directive kinds the analysis must give in the second sentence)
FORMS: list[tuple[str, set[str]]] = [
    ("Dalam rapat itu ditegaskan untuk tidak mengunggah dukungan kepada calon.", A),
    ("Sekda menegaskan kembali untuk menjaga jarak dari para calon.", A),
    ("Pada kesempatan itu juga ditekankan kembali untuk tidak menghadiri deklarasi calon.", A),
    ("Di akhir rapat ditegaskan kembali agar ASN tidak memakai atribut calon.", A),
    ("Hal itu ditegaskan untuk menjawab pertanyaan para wartawan.", set()),
    ("Aturan itu ditegaskan kembali untuk pencegahan pelanggaran.", set()),
    ("Hal itu ditegaskan agar Pilkada 2024 berjalan damai.", set()),
]


@pytest.fixture(scope="module")
def analysed(analyse_all) -> list:
    """Every probe analysed in one call, each after the same lead."""
    return analyse_all([f"{LEAD} {text}" for text, _ in FORMS], published="2024-01-10")


@pytest.mark.parametrize(("k", "text", "kinds"), indexed(FORMS, lambda v: v[0][:64]))
def test_stressed_request_in_the_passive_or_repeated(analysed: list, k: int, text: str, kinds: set[str]) -> None:
    assert {d.kind for d in analysed[k].directives if d.sentence.strip() == text} == kinds
