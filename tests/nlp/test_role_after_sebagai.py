"""Probe list of a role after "sebagai"/"selaku" in the clause before a modal ("Mereka punya hak pilih sebagai warga
negara, tetapi tidak boleh berpihak", "pegawai yang istrinya maju sebagai calon, maka harus netral"): the noun names
what someone is or becomes, no subject of the modal, so the rule binds the civil servants the story addresses.
Negatives: the one the role is said of still heads the clause ("Masyarakat sebagai pemilih harus ...": the public).
Sentences are our own; all are analysed in one batch."""

from __future__ import annotations

import pytest

CONTEXT = "Sekda mengumpulkan seluruh ASN jelang Pilkada 2024."
# (sentence after the context, the directive kinds the analysis must give in it)
FORMS: list[tuple[str, set[str]]] = [
    ("Mereka punya hak pilih sebagai warga negara, tetapi tidak boleh berpihak, kata Sekda.", {"prohibition"}),
    ("Jika ada pegawai yang istrinya maju sebagai calon bupati, maka harus tetap netral.", {"obligation"}),
    ("Masyarakat sebagai pemilih harus datang ke TPS pada hari pencoblosan.", set()),
]


@pytest.fixture(scope="module")
def analysed(analyse_all) -> list:
    """Every probe analysed in one call, each after the context that names the civil servants."""
    return analyse_all([f"{CONTEXT} {sentence}" for sentence, _ in FORMS], published="2024-01-10")


@pytest.mark.parametrize("k", range(len(FORMS)), ids=[sentence[:50] for sentence, _ in FORMS])
def test_a_role_after_sebagai_is_no_subject(analysed: list, k: int) -> None:
    assert {d.kind for d in analysed[k].directives if d.sentence.strip() != CONTEXT} == FORMS[k][1]
