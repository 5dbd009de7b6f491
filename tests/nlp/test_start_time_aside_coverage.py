"""Probe list of an aside of time opened by its start ("mulai", "sejak") set off by commas right after a request or a
hope ("meminta, mulai pekan depan sampai hari pemungutan suara, seluruh ASN ...", "mengimbau, sejak penetapan calon,
para pegawai agar ..."): whom it asks is named after the closing comma, as after an aside opened by its end
("hingga", "sampai") or by "selama". Negatives: outsiders named after the aside, and a verb of saying before it.
Sentences are our own; all are analysed in one batch."""

from __future__ import annotations

import pytest

from tests.nlp.probes import indexed

A = {"appeal"}
LEAD = "Pemerintah Kabupaten Sukamaju menggelar rapat koordinasi netralitas pegawai menjelang Pilkada 2024."

# (text, the directive kinds the analysis must give in the second sentence)
FORMS: list[tuple[str, set[str]]] = [
    ("Wakil Bupati meminta, mulai pekan depan sampai hari pemungutan suara, seluruh ASN tidak menghadiri deklarasi "
     "calon.", A),
    ("Sekda mengimbau, sejak penetapan pasangan calon, para pegawai agar tidak mengunggah foto bersama calon.", A),
    ("Kepala BKPSDM berharap, mulai sekarang, semua PNS menjaga jarak dari tim pemenangan.", A),
    ("Wakil Bupati meminta, mulai pekan depan, warga melaporkan pegawai yang ikut berkampanye.", set()),
    ("Wakil Bupati mengatakan, mulai pekan depan, pelayanan kantor kecamatan dibuka sampai sore.", set()),
]


@pytest.fixture(scope="module")
def analysed(analyse_all) -> list:
    """Every probe analysed in one call, each after the same lead."""
    return analyse_all([f"{LEAD} {text}" for text, _ in FORMS], published="2024-01-10")


@pytest.mark.parametrize(("k", "text", "kinds"), indexed(FORMS, lambda v: v[0][:64]))
def test_request_past_an_aside_opened_by_its_start(analysed: list, k: int, text: str, kinds: set[str]) -> None:
    assert {d.kind for d in analysed[k].directives if d.sentence.strip() == text} == kinds
