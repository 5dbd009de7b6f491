"""Probe list of the vote as the subject of a passive modal of ability ("hak pilih ASN tetap bisa digunakan"): leave
to vote, as the active "bisa menggunakan hak pilih" is. The same modal with anything else as its subject, or the
vote refused ("hak pilihnya tidak dapat digunakan"), gives no leave. Sentences are our own; all are analysed in one
batch."""

from __future__ import annotations

import pytest

from tests.nlp.probes import indexed, sentence_kinds

LEAD = "Wali Kota meminta seluruh pegawai tetap netral."

# (sentence after the lead, whether the analysis gives a permission in it)
FORMS: list[tuple[str, bool]] = [
    ("Hak pilih para guru PNS tetap bisa digunakan di TPS masing-masing.", True),
    ("Walau dilarang ikut kampanye, hak suaranya masih dapat diberikan pada hari pemungutan.", True),
    ("Hak pilih pegawai tentu dapat digunakan sesuai hati nurani.", True),
    ("Hak pilih ASN yang pindah tugas tidak bisa digunakan di TPS lama.", False),
    ("Formulir pengaduan itu bisa digunakan oleh pegawai yang ditekan atasannya.", False),
    ("Teguran tertulis dapat diberikan kepada pegawai yang ikut kampanye.", False),
]


@pytest.fixture(scope="module")
def analysed(analyse_all) -> list:
    """Every probe analysed in one call, after the lead naming civil servants."""
    return analyse_all([f"{LEAD} {text}" for text, _ in FORMS], published="2024-10-07")


@pytest.mark.parametrize(("k", "text", "leave"), indexed(FORMS, lambda v: v[0][:64]))
def test_the_vote_that_may_be_used_is_leave(analysed: list, k: int, text: str, leave: bool) -> None:
    assert ("permission" in sentence_kinds(analysed[k], text)) is leave
