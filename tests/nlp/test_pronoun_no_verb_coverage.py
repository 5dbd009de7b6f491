""""mereka" looks like a verb ("me-" and five letters) but is the pronoun: a modal after it is what the request reports
("mengingatkan agar mereka harus bersikap netral": the obligation alone, as the kind rule reads a modal in the reported
content), and a report it asks of them is asked of those it points to ("mengimbau agar mereka melaporkan ...": the
public reports). A verb an adjunct opens is no content of the request ("meminta mereka proaktif dalam melaporkan
...": the civil servants are asked). Our own sentences, analysed in one batch."""

from __future__ import annotations

import pytest

from tests.nlp.probes import indexed, sentence_kinds

PROBES: list[tuple[str, str, set[str]]] = [
    ("Pilkada 2024 tinggal sebulan lagi bagi seluruh ASN Pemkab Sumbawa. ",
     "Sekda mengingatkan agar mereka harus bersikap netral.", {"obligation"}),
    ("Kepala BKD mengumpulkan para camat dan lurah di aula kantor bupati. ",
     "Ia meminta mereka untuk proaktif dalam melaporkan setiap gangguan keamanan.", {"appeal"}),
    # the public asked to report: none
    ("Warga yang melihat ASN berkampanye diminta tidak diam. ",
     "Bawaslu mengimbau agar mereka melaporkan setiap pelanggaran netralitas ASN.", set()),
]


@pytest.fixture(scope="module")
def analysed(analyse_all) -> list:
    return analyse_all([p[0] + p[1] for p in PROBES], published="2024-10-07")


@pytest.mark.parametrize(("k", "sentence", "kinds"), indexed(PROBES, lambda v: v[1][:56], first=1))
def test_the_pronoun_is_no_verb(analysed: list, k: int, sentence: str, kinds: set[str]) -> None:
    assert sentence_kinds(analysed[k], sentence) == kinds
