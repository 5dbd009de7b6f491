"""Probe list of reminders whose content is a copula naming what civil servants are, with the duty in its relative
clause ("mengingatkan ASN merupakan abdi negara yang harus netral"): the modal in the reminded content decides the
kind, so the sentence gives the obligation (or the ban) alone, as it does with "bahwa" ("mengingatkan bahwa ASN
adalah ... yang wajib ..."). A request that asks a conduct of its own before the copula ("meminta ASN menjaga
netralitas karena ASN merupakan ... yang harus ...") keeps its appeal beside the rule, and a reminder with no modal
stays an appeal. Sentences are our own; all are analysed in one batch."""

from __future__ import annotations

import pytest

from tests.nlp.probes import indexed

DUTY = {"obligation"}

# (text, the directive kinds the analysis must give)
FORMS: list[tuple[str, set[str]]] = [
    # a copula between the reminder and the modal: the duty is what is reminded
    ("Bupati Sragen mengingatkan ASN merupakan abdi negara yang harus menjaga netralitas pada Pilkada 2024.", DUTY),
    ("Sekda mengingatkan para pegawai merupakan pelayan publik yang wajib bersikap netral pada Pilkada 2024.", DUTY),
    ("Kepala BKD mengingatkan netralitas ASN merupakan amanat aturan yang harus dipatuhi selama Pilkada 2024.", DUTY),
    ("Camat mengingatkan kepala desa merupakan pamong warga yang harus bersikap netral pada Pilkada 2024.", DUTY),
    ("Pj Wali Kota mengingatkan ASN ialah perekat bangsa yang tidak boleh memihak pada Pilkada 2024.",
     {"prohibition"}),
    # the same with "bahwa", as before
    ("Bupati Sragen mengingatkan bahwa ASN adalah abdi negara yang harus menjaga netralitas pada Pilkada 2024.", DUTY),
    # a conduct asked before the copula keeps the appeal beside the rule
    ("Bupati meminta ASN menjaga netralitas pada Pilkada 2024 karena ASN merupakan pelayan yang harus adil.",
     {"appeal", "obligation"}),
    ("Sekda mengingatkan agar ASN tidak memihak dan harus netral pada Pilkada 2024.", {"appeal", "obligation"}),
    # no modal: the reminder stays an appeal
    ("Bupati Sragen mengingatkan ASN agar menjaga netralitas pada Pilkada 2024.", {"appeal"}),
    ("Sekda mengingatkan pentingnya netralitas ASN yang merupakan pelayan publik pada Pilkada 2024.", {"appeal"}),
]


@pytest.fixture(scope="module")
def analysed(analyse_all) -> list:
    """Every probe analysed in one call."""
    return analyse_all([text for text, _ in FORMS], published="2024-10-07")


@pytest.mark.parametrize(("k", "text", "kinds"), indexed(FORMS, lambda v: v[0][:64]))
def test_a_copula_reminded_gives_the_duty_alone(analysed: list, k: int, text: str, kinds: set[str]) -> None:
    assert {d.kind for d in analysed[k].directives} == kinds
