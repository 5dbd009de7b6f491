"""Probe list of an enforcing body's own duty or power to punish, put after a modal ("KASN sebagai lembaga yang
berkewajiban menjatuhkan sanksi kepada ASN", "PPK wajib memberikan hukuman kepada pegawai yang terbukti"): the task is
the enforcer's, so no obligation is laid on civil servants; the penalty named stays a sanction. A duty of conduct after
the same modal ("harus memberikan contoh") and a civil servant who is the modal's subject ("Kepala OPD wajib menindak
...", a head of an office, an addressee of his own) keep the obligation. Sentences are our own; all are analysed in one
batch."""

from __future__ import annotations

import pytest

from tests.nlp.probes import indexed

S = {"sanction"}
OS = {"obligation", "sanction"}

# (text, the directive kinds the analysis must give)
FORMS: list[tuple[str, set[str]]] = [
    ("Bawaslu Garut menerima laporan soal netralitas ASN jelang Pilkada 2024. KASN adalah lembaga yang "
     "berkewajiban menjatuhkan sanksi kepada ASN yang terbukti berpihak.", S),
    ("Bawaslu Garut menerima laporan soal netralitas ASN jelang Pilkada 2024. Sesuai aturan, PPK wajib memberikan "
     "hukuman disiplin kepada pegawai yang terbukti berkampanye.", S),
    ("Bawaslu Garut menerima laporan soal netralitas ASN jelang Pilkada 2024. Menurutnya, BKPSDM berkewajiban "
     "memberi sanksi terhadap PNS yang ikut kampanye.", S),
    # look-alikes: conduct after the modal; a civil servant heading the clause; the penalty borne
    ("Bupati Garut mengumpulkan ASN jelang Pilkada 2024. Menurutnya, ASN harus memberikan contoh sikap netral kepada "
     "masyarakat.", {"obligation"}),
    ("Bupati Garut mengumpulkan ASN jelang Pilkada 2024. Kepala OPD wajib menindak ASN di unitnya yang tidak netral.",
     OS),
    ("Bupati Garut mengumpulkan ASN jelang Pilkada 2024. ASN yang berkampanye harus siap menerima sanksi.", S),
]


@pytest.fixture(scope="module")
def analysed(analyse_all) -> list:
    """Every probe analysed in one call."""
    return analyse_all([text for text, _ in FORMS], published="2024-10-07")


@pytest.mark.parametrize(("k", "text", "kinds"), indexed(FORMS, lambda v: v[0][:64]))
def test_enforcers_duty_to_punish(analysed: list, k: int, text: str, kinds: set[str]) -> None:
    assert {d.kind for d in analysed[k].directives} == kinds
