"""Probe list: a penalty in a sentence that names the election commission's ad hoc staff (polling-station, village and
district committees, voter-list officers) and no civil servant is the commission's penalty on its own staff, not one
told to civil servants, whatever the voice; a civil servant named beside them, or a penalty given through the
supervisors' ad hoc bodies, stays a sanction. Sentences are our own; all texts are analysed in one batch after a
sentence naming the civil servants, and only the last sentence's directives are checked (as the analysis spells it)."""

from __future__ import annotations

import pytest

from pipeline.nlp.spelling import repair
from tests.nlp.probes import indexed, sentence_kinds

CONTEXT = "Sekda mengimbau ASN agar netral pada Pilkada 2024."
S = ("sanction",)

# (the sentence checked, the kinds of directive it gives)
PROBES: list[tuple[str, tuple[str, ...]]] = [
    ("KPU kabupaten memecat tiga anggota KPPS yang ketahuan ikut deklarasi calon.", ()),
    ("Anggota PPS yang terbukti berpihak akan diberhentikan dan diganti.", ()),
    ("Dua petugas Pantarlih di desa itu dikenai sanksi peringatan oleh KPU.", ()),
    ("Pemecatan anggota Panitia Pemilihan Kecamatan itu diputuskan dalam rapat pleno.", ()),
    ("Sanksi berat menanti penyelenggara ad hoc yang tidak menjaga netralitas.", ()),
    # a civil servant named beside them, or the supervisors' body giving the penalty
    ("Honorer yang menjadi anggota KPPS itu sudah diberhentikan dari pekerjaannya.", S),
    ("ASN yang merangkap anggota PPS dan berkampanye akan dijatuhi hukuman disiplin.", S),
    ("Bawaslu melalui Panwascam sudah memberikan teguran kepada pegawai tersebut.", S),
    ("Jika terbukti, pegawai itu akan diberhentikan.", S),
]


@pytest.fixture(scope="module")
def analysed(analyse_all) -> list:
    """Every probe analysed in one call, after the sentence naming the civil servants."""
    return analyse_all([f"{CONTEXT} {text}" for text, _ in PROBES], published="2024-10-01")


@pytest.mark.parametrize(("k", "kinds"), indexed(PROBES, lambda v: v[0][:56], first=1))
def test_a_penalty_on_the_commissions_ad_hoc_staff(analysed: list, k: int, kinds: tuple[str, ...]) -> None:
    assert sentence_kinds(analysed[k], repair(PROBES[k][0])) == set(kinds)
