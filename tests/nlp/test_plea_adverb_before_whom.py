"""Probe list of a plea or a hope whose adverb of repetition or addition stands between the verb and whom it asks
("mohon sekali lagi kepada ASN untuk ...", "berharap pula agar ASN ...", "harap juga kepada para guru ..."): it asks
them, as the verbs of telling already read past such adverbs ("tegaskan kembali agar pegawai ASN ..."). Beside them,
the same adverbs before the public or the event, which ask no civil servant. Sentences are our own; all are analysed
in one batch."""

from __future__ import annotations

import pytest

LEAD = "Menjelang Pemilu 2024, Wali Kota memimpin apel gabungan di halaman balai kota. "

# (text, whether the analysis must give an appeal)
FORMS: list[tuple[str, bool]] = [
    (LEAD + "\"Saya mohon sekali lagi kepada para ASN untuk menjaga netralitas,\" ujarnya.", True),
    (LEAD + "Wali Kota berharap pula agar seluruh pegawai tidak ikut berkampanye.", True),
    (LEAD + "\"Kami harap juga kepada para guru supaya tidak mengunggah dukungan,\" katanya.", True),
    # the same adverbs before the public or the event
    (LEAD + "\"Saya mohon sekali lagi kepada warga untuk datang ke TPS,\" ujarnya.", False),
    (LEAD + "Wali Kota berharap pula agar pemungutan suara berjalan lancar.", False),
]


@pytest.fixture(scope="module")
def analysed(analyse_all) -> list:
    """Every probe analysed in one call."""
    return analyse_all([text for text, _ in FORMS], published="2024-01-10")


@pytest.mark.parametrize("k", range(len(FORMS)), ids=[text[len(LEAD):len(LEAD) + 50] for text, _ in FORMS])
def test_a_plea_reads_past_its_adverb_to_whom_it_asks(analysed: list, k: int) -> None:
    assert any(d.kind == "appeal" for d in analysed[k].directives) == FORMS[k][1]
