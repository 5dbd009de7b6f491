"""The risk a violator bears, named with what is borne ("ada risiko yang harus ditanggung jika ASN terbukti ...",
"risiko yang akan diterima pegawai bila ..."), threatens a penalty as "ada sanksi yang akan diterima" does; the modal
in the relative clause tells what is borne and asks no conduct. The bare noun ("risiko penularan", "menghadapi risiko
sendiri", "risiko yang harus diantisipasi") and a duty to be ready for it ("harus siap menerima risiko") are left alone.
Sentences are our own; all are analysed in one batch."""

from __future__ import annotations

import pytest

from tests.nlp.probes import indexed

# (text, kinds it must give among sanction and obligation)
FORMS: list[tuple[str, set[str]]] = [
    ("Kata Sekda, ada risiko besar yang harus ditanggung jika pegawai terbukti mendukung calon di Pilkada 2024.",
     {"sanction"}),
    ("Kepala BKPSDM memaparkan resiko yang akan diterima ASN bila terbukti berpihak pada Pilkada 2024.", {"sanction"}),
    ("Ada risiko yang harus diterima ASN yang ikut berkampanye pada Pilkada 2024, ujarnya.", {"sanction"}),
    # look-alikes
    ("Gesekan antarpendukung menjadi risiko yang harus diantisipasi selama Pilkada 2024.", set()),
    ("ASN yang memihak pada Pilkada 2024 harus siap menerima risiko, kata Bupati.", {"obligation"}),
    ("Ketua Bawaslu menyebut mobilisasi ASN pada Pilkada 2024 punya risiko tinggi di daerah itu.", set()),
]


@pytest.fixture(scope="module")
def analysed(analyse_all) -> list:
    """Every probe analysed in one call."""
    return analyse_all([text for text, _ in FORMS], published="2024-10-07")


@pytest.mark.parametrize(("k", "text", "kinds"), indexed(FORMS, lambda v: v[0][:64]))
def test_borne_risk_penalty(analysed: list, k: int, text: str, kinds: set[str]) -> None:
    got = {d.kind for d in analysed[k].directives}
    assert got & {"sanction", "obligation"} == kinds
