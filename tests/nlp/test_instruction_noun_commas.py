"""Probe list of the noun of an instruction given, then a comma, then its content ("Gubernur telah memberikan
arahan, jangan sampai ada yang ikut kampanye", "Pesannya, pegawai harus netral"): the comma opens the content as a
clause of its own, as after a speech verb, so the giver before it is no subject of the rule and the content binds the
civil servants the story addresses. Negatives: content whose own subject is the public ("arahan, warga harus ...")
stays theirs. Sentences are our own; all are analysed in one batch."""

from __future__ import annotations

import pytest

CONTEXT = "Sekda mengumpulkan seluruh ASN jelang Pilkada 2024."
# (sentence after the context, the directive kinds the analysis must give in it)
FORMS: list[tuple[str, set[str]]] = [
    ("Bupati sudah memberikan arahan, jangan sampai ada yang ikut kampanye paslon, katanya.", {"prohibition"}),
    ("Wali kota juga menyampaikan pesan, jangan sampai ada yang berfoto dengan calon, ujarnya.", {"prohibition"}),
    ("Bupati sudah memberikan arahan, warga harus datang ke TPS, katanya.", set()),
]


@pytest.fixture(scope="module")
def analysed(analyse_all) -> list:
    """Every probe analysed in one call, each after the context that names the civil servants."""
    return analyse_all([f"{CONTEXT} {sentence}" for sentence, _ in FORMS], published="2024-01-10")


@pytest.mark.parametrize("k", range(len(FORMS)), ids=[sentence[:50] for sentence, _ in FORMS])
def test_an_instructions_content_after_its_comma_is_a_clause(analysed: list, k: int) -> None:
    assert {d.kind for d in analysed[k].directives if d.sentence.strip() != CONTEXT} == FORMS[k][1]
