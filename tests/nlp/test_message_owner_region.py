"""Probe list of a message noun whose owner is a regional head named with his region or his name ("Pesan Bupati
Klaten kepada ASN, tetap netral", "Arahan Gubernur Jawa Timur kepada pegawai, jaga netralitas"): the titled holder
owns the message as the bare title does, so the request after the comma still asks the civil servants named after
"kepada". A message to the public asks no civil servant, and a titled head opening a passive request with no message
noun before him is still the one asked. Sentences are our own; all are analysed in one batch."""

from __future__ import annotations

import pytest

from tests.nlp.probes import indexed

A = {"appeal"}

# (text, the directive kinds the analysis must give)
FORMS: list[tuple[str, set[str]]] = [
    ("Pesan Bupati Klaten kepada seluruh ASN, tetap netral sampai pemungutan suara Pilkada 2024.", A),
    ("Pesan Gubernur Jawa Timur kepada para ASN, tetap netral selama tahapan Pilkada 2024.", A),
    ("Arahan Wali Kota Madiun kepada pegawai, jaga netralitas selama masa kampanye Pilkada 2024.", A),
    ("Pesan Bupati Klaten ke ASN: hindari politik praktis menjelang Pilkada 2024.", A),
    ("Amanat Pj Bupati Sragen Budi kepada aparatur sipil negara, tetap netral dalam Pilkada 2024.", A),
    # look-alikes: a message to the public asks no civil servant; a head asked himself, no message noun before him
    ("Pesan Bupati Klaten kepada warga, jaga kerukunan selama Pilkada 2024.", set()),
    ("Bupati Klaten diharapkan tetap netral pada Pilkada 2024, kata pengamat.", set()),
]


@pytest.fixture(scope="module")
def analysed(analyse_all) -> list:
    """Every probe analysed in one call."""
    return analyse_all([text for text, _ in FORMS], published="2024-10-07")


@pytest.mark.parametrize(("k", "text", "kinds"), indexed(FORMS, lambda v: v[0][:64]))
def test_titled_holder_after_message_noun_owns_it(analysed: list, k: int, text: str, kinds: set[str]) -> None:
    assert {d.kind for d in analysed[k].directives} == kinds
