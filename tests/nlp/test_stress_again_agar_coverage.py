"""Probe list of requests made with "agar"/"supaya" after a speech verb and an adverb of repeating or adding
("menegaskan kembali agar ASN ...", "menekankan lagi supaya ...", "menyatakan pula agar ...", "tegaskan sekali lagi
agar ..."): the adverb does not part the verb from what it asks, as it does not in "kembali menegaskan agar". Negatives:
the same verbs and adverbs before a contest, the public or the candidates, and a purpose clause after a verb that
reports no speech. Sentences are our own; all are analysed in one batch."""

from __future__ import annotations

import pytest

from tests.nlp.probes import indexed

A = {"appeal"}

# (text, the directive kinds the analysis must give)
FORMS: list[tuple[str, set[str]]] = [
    ("Kepala BKN menegaskan kembali agar pegawai negeri tidak menghadiri kampanye Pemilu 2024.", A),
    ("Menteri menekankan lagi supaya seluruh ASN menjauhi politik praktis pada Pemilu 2024.", A),
    ("Sekjen menyatakan pula agar para PNS tidak mengunggah dukungan kepada calon pada Pemilu 2024.", A),
    ("\"Saya tegaskan sekali lagi agar ASN menjaga jarak dengan calon,\" kata Menteri jelang Pemilu 2024.", A),
    ("Kepala BKN menegaskan kembali agar Pemilu 2024 berjalan jujur dan damai.", set()),
    ("Menteri menekankan lagi supaya masyarakat datang ke TPS pada Pemilu 2024.", set()),
    ("Ketua KPU menyatakan kembali agar para calon mematuhi jadwal kampanye Pemilu 2024.", set()),
    ("Panitia menata kembali agar ruang rapat cukup untuk peserta sosialisasi Pemilu 2024.", set()),
]


@pytest.fixture(scope="module")
def analysed(analyse_all) -> list:
    """Every probe analysed in one call."""
    return analyse_all([text for text, _ in FORMS], published="2024-01-10")


@pytest.mark.parametrize(("k", "text", "kinds"), indexed(FORMS, lambda v: v[0][:64]))
def test_agar_after_a_speech_verb_and_its_adverb_asks(analysed: list, k: int, text: str, kinds: set[str]) -> None:
    assert {d.kind for d in analysed[k].directives} == kinds
