"""Probe list of an inability to vote denied ("netral bukan berarti ASN tidak bisa memilih"): as a ban denied
("bukan berarti tidak boleh memilih") it permits the vote. Not denied, an inability to vote ("tidak bisa memilih di
TPS asal") is no ban and no leave. Sentences are our own; all are analysed in one batch."""

from __future__ import annotations

import pytest

from tests.nlp.probes import indexed, sentence_kinds

LEAD = "Sekda meminta seluruh ASN menjaga netralitas."

# (sentence after the lead, the directive kinds the analysis must give in it)
FORMS: list[tuple[str, set[str]]] = [
    ("Menjaga netralitas bukan berarti pegawai tidak bisa mencoblos di TPS.", {"permission"}),
    ("Tetapi itu tidak berarti PNS tak dapat menggunakan hak pilihnya pada hari pemungutan.", {"permission"}),
    ("Bukan berarti kalau berstatus ASN, mereka tidak bisa memberikan suara.", {"permission"}),
    ("Pegawai yang sedang dinas luar tidak bisa memilih di TPS tempat tinggalnya.", set()),
    ("ASN yang belum terdaftar dalam DPT tidak dapat menggunakan hak pilihnya.", set()),
]


@pytest.fixture(scope="module")
def analysed(analyse_all) -> list:
    """Every probe analysed in one call, after the lead naming civil servants."""
    return analyse_all([f"{LEAD} {text}" for text, _ in FORMS], published="2024-10-07")


@pytest.mark.parametrize(("k", "text", "kinds"), indexed(FORMS, lambda v: v[0][:64]))
def test_an_inability_to_vote_denied_permits_the_vote(analysed: list, k: int, text: str, kinds: set[str]) -> None:
    assert sentence_kinds(analysed[k], text) == kinds
