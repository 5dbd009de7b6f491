"""Probe list of a penalty whoever decides is said to be reluctant to give: a word of reluctance ("enggan",
"keengganan", "ogah") a few words before the penalty in its clause tells of penalties not given, as critics of weak
enforcement write, so it gives no sanction. A reluctance negated threatens, one named after the penalty leaves it
standing, and a penalty reported as given elsewhere in the sentence stays. Sentences are our own; all are analysed in
one batch."""

from __future__ import annotations

import pytest

from tests.nlp.probes import indexed

# (sentence, whether the analysis must give a sanction)
FORMS: list[tuple[str, bool]] = [
    ("Menurut pengamat itu, banyak bupati enggan menjatuhkan sanksi kepada ASN yang mendukungnya dalam Pilkada 2024.",
     False),
    ("Masalah itu muncul karena keengganan wali kota sebagai PPK memberikan hukuman kepada ASN yang tidak netral "
     "pada Pilkada 2024.", False),
    ("Peneliti itu menilai kepala daerah ogah mengenakan sanksi kepada pegawai yang berkampanye di Pilkada 2024.",
     False),
    # look-alikes: a threat, the reluctance after the penalty, a penalty reported as given
    ("Bupati tidak enggan menjatuhkan sanksi kepada ASN yang tidak netral dalam Pilkada 2024.", True),
    ("Sanksi tetap akan dijatuhkan kepada ASN yang tidak netral dalam Pilkada 2024 meskipun atasannya enggan.", True),
    ("Dari ratusan ASN yang melanggar netralitas pada Pilkada 2024, hanya sepuluh yang dijatuhi hukuman disiplin, "
     "karena kepala daerah enggan menindak.", True),
]


@pytest.fixture(scope="module")
def analysed(analyse_all) -> list:
    """Every probe analysed in one call."""
    return analyse_all([sentence for sentence, _ in FORMS], published="2024-10-07")


@pytest.mark.parametrize(("k", "sentence", "sanctioned"), indexed(FORMS, lambda v: v[0][:64]))
def test_a_penalty_someone_is_reluctant_to_give_threatens_no_one(analysed: list, k: int, sentence: str,
                                                                  sanctioned: bool) -> None:
    assert ("sanction" in {d.kind for d in analysed[k].directives}) is sanctioned
