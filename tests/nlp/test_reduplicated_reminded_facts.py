"""Probe list of a verb of reminding followed by a fact noun in its reduplicated plural ("mengingatkan
ketentuan-ketentuan yang berlaku", one token): the plural recalls a rule as the singular does, no request, and a
reminder that a meeting is for, with "hal-hal" after it, reports a plan as "hal" does. Whom the verb reminds, named
first, is still asked, whatever plural follows; other doubled words (people: "rekan-rekan", "pegawai-pegawainya")
are no facts. Sentences are our own; all are analysed in one batch."""

from __future__ import annotations

import pytest

from tests.nlp.probes import indexed

A = {"appeal"}

# (text, the directive kinds the analysis must give)
FORMS: list[tuple[str, set[str]]] = [
    ("Sekda mengingatkan aturan-aturan netralitas pegawai sudah jelas tertuang dalam undang-undang.", set()),
    ("Kepala BKPSDM kembali mengingatkan tentang ketentuan-ketentuan yang berlaku bagi PNS selama masa kampanye.",
     set()),
    ("Inspektorat menggelar rapat untuk mengingatkan hal-hal terkait netralitas ASN menjelang pemungutan suara.",
     set()),
    # the singular reads alike
    ("Sekda mengingatkan aturan netralitas pegawai sudah jelas tertuang dalam undang-undang.", set()),
    # look-alikes: whom it reminds named first is asked; doubled words naming people are no facts
    ("Sekda mengingatkan seluruh ASN agar mematuhi aturan-aturan netralitas selama pilkada.", A),
    ("Sekda mengingatkan rekan-rekan ASN agar tetap netral dalam pilkada.", A),
    ("Kepala dinas mengingatkan pegawai-pegawainya untuk tidak memihak pasangan calon.", A),
    ("Inspektorat menggelar rapat untuk mengingatkan kembali para ASN agar tidak terlibat politik praktis.", A),
    # a penalty recalled keeps its own kind
    ("Bupati mengingatkan sanksi-sanksi tegas bagi ASN yang ikut berkampanye.", {"sanction"}),
]


@pytest.fixture(scope="module")
def analysed(analyse_all) -> list:
    """Every probe analysed in one call."""
    return analyse_all([text for text, _ in FORMS], published="2024-10-07")


@pytest.mark.parametrize(("k", "text", "kinds"), indexed(FORMS, lambda v: v[0][:64]))
def test_reduplicated_fact_after_reminder_asks_nothing(analysed: list, k: int, text: str, kinds: set[str]) -> None:
    assert {d.kind for d in analysed[k].directives} == kinds
