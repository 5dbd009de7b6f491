"""Probe list: a request verb that names its topic first ('soal', 'tentang', 'terkait', 'mengenai' ...) and then whom
it is told to ('kepada', 'bagi', 'ke') addresses those after the link: outsiders there (voters, candidates, the
organisers) leave no request to civil servants, civil servants there are asked. Without a link after the topic, or
with a verb before it, the sentence keeps the story's civil servants. Sentences are our own; all texts are analysed in
one batch after a sentence naming the civil servants, and only the last sentence's directives are checked."""

from __future__ import annotations

import pytest

from pipeline.nlp.spelling import repair
from tests.nlp.probes import indexed, sentence_kinds

CONTEXT = "Pemkab mengumpulkan para ASN di aula menjelang masa kampanye pilkada."
A = ("appeal",)

# (the sentence checked, the kinds of directive it gives)
PROBES: list[tuple[str, tuple[str, ...]]] = [
    ("Ketua KPU juga mengingatkan soal netralitas kepada para penyelenggara pemilu di kecamatan.", ()),
    ("Bawaslu mengimbau terkait politik uang kepada semua pasangan calon.", ()),
    ("Camat kembali mengingatkan mengenai aturan kampanye bagi warga desa.", ()),
    ("Ia mengingatkan tentang etika kampanye di sekolah kepada para siswa.", ()),
    # civil servants after the link, and no link at all
    ("Bupati mengingatkan soal netralitas kepada seluruh ASN.", A),
    ("Sekda kembali mengingatkan mengenai netralitas dalam pilkada kepada para pegawai.", A),
    ("Sekda mengingatkan soal netralitas saat apel pagi.", A),
]


@pytest.fixture(scope="module")
def analysed(analyse_all) -> list:
    """Every probe analysed in one call, after the sentence naming the civil servants."""
    return analyse_all([f"{CONTEXT} {text}" for text, _ in PROBES], published="2024-10-01")


@pytest.mark.parametrize(("k", "kinds"), indexed(PROBES, lambda v: v[0][:56], first=1))
def test_topic_then_whom(analysed: list, k: int, kinds: tuple[str, ...]) -> None:
    assert sentence_kinds(analysed[k], repair(PROBES[k][0])) == set(kinds)
