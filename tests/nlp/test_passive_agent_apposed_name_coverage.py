"""Probe list of a passive request whose asker is a title followed by the holder's name set off by commas, the way
news names an official in apposition ("Gubernur Jawa Barat, Ahmad, ..."): "Diharapkan Wakil Bupati Klaten, Sri
Lestari, para pegawai ...". The name closes the agent; whom the request asks comes after its second comma. A telling
verb so tagged still gives no request where a plain statement follows, and the head named is asked where no one
follows the name. The agent may be marked by "oleh" ("Diharapkan oleh Bupati Klaten, ..."), as Indonesian passives
mark it, or be an aside naming who said it ("Diharapkan, kata Bupati, seluruh ASN ..."); honorifics ("Pak", "Hj.")
may open the title or the name. Sentences are our own; all are analysed in one batch."""

from __future__ import annotations

import pytest

from tests.nlp.probes import indexed

GATHERED = "Para pegawai Pemkab Klaten berkumpul di pendopo menjelang Pilkada 2024."

# (text, the directive kinds the analysis must give)
FORMS: list[tuple[str, set[str]]] = [
    (f"{GATHERED} Diharapkan Wakil Bupati Klaten, Sri Lestari, para pegawai tidak hadir di posko calon.",
     {"appeal"}),
    (f"{GATHERED} Diingatkan Sekretaris Daerah Klaten, Joko Purnomo, seluruh ASN tidak mengunggah foto calon.",
     {"appeal"}),
    # ... the agent marked by "oleh", also after an adverb of repetition
    (f"{GATHERED} Diharapkan oleh Wakil Bupati Klaten, para pegawai tidak memasang stiker calon.", {"appeal"}),
    (f"{GATHERED} Diminta pula oleh Bupati Klaten, seluruh ASN tidak hadir di deklarasi calon.", {"appeal"}),
    (f"{GATHERED} Diharapkan oleh Bupati Klaten, pemungutan suara berjalan aman dan damai.", set()),
    # ... or who said it, as an aside set off by commas after the request ("kata", "ujar", "menurut")
    (f"{GATHERED} Diharapkan, kata Wakil Bupati, para pegawai tidak menyukai unggahan pasangan calon.", {"appeal"}),
    (f"{GATHERED} Diminta pula, ujar Sekda Klaten, seluruh ASN tidak menjadi juru kampanye.", {"appeal"}),
    (f"{GATHERED} Diharapkan, kata Bupati, pemungutan suara berlangsung tertib.", set()),
    # ... with honorifics before the title or the name
    (f"{GATHERED} Diharapkan Bupati Klaten, Hj. Sri Lestari, para pegawai tidak memakai kaos calon.", {"appeal"}),
    (f"{GATHERED} Diimbau Pak Wakil Bupati, seluruh ASN tidak berfoto dengan pasangan calon.", {"appeal"}),
    (f"{GATHERED} Diharapkan Pak Bupati, pemungutan suara berlangsung tertib.", set()),
    # a statement after the name, or the head asked with no one after the name
    (f"{GATHERED} Diingatkan Sekretaris Daerah Klaten, Joko Purnomo, suhu politik di desa mulai memanas.", set()),
    (f"{GATHERED} Diharapkan Wakil Bupati Klaten, Sri Lestari, tetap bersikap netral.", set()),
]


@pytest.fixture(scope="module")
def analysed(analyse_all) -> list:
    """Every probe analysed in one call."""
    return analyse_all([text for text, _ in FORMS], published="2024-10-07")


@pytest.mark.parametrize(("k", "text", "kinds"), indexed(FORMS, lambda v: v[0][len(GATHERED) + 1:][:64]))
def test_a_passive_request_past_its_asker_and_name(analysed: list, k: int, text: str, kinds: set[str]) -> None:
    assert {d.kind for d in analysed[k].directives} == kinds
