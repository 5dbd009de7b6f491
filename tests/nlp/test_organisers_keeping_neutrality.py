"""Keeping civil servants neutral asked of the election's organisers or the security forces alone (appeal precision).

A request that the commission, the supervisors, the army or the police keep the civil servants' neutrality ("meminta
KPU dan Bawaslu menjaga netralitas ASN", "TNI dan Polri diminta mendukung Bawaslu dalam menjaga netralitas ASN") asks
them to watch over the contest: no one who leads civil servants is instructed, as with the public. Also before a
passive request and past "pihak" ("pihak keamanan", "pihak TNI"). A head or agency head asked beside them ("meminta
Bawaslu dan Pj Bupati memastikan netralitas ASN"), heads alone, and civil servants asked to keep their own neutrality
keep the appeal. The stories are ours; all are analysed in one batch.
"""

from __future__ import annotations

import pytest

from tests.nlp.probes import indexed, sentence_kinds

A = "appeal"
LEAD = "Pemilihan kepala daerah di Kabupaten Sleman digelar pada 27 November 2024. "

# (text, whether the text's second sentence gives an appeal)
CASES: list[tuple[str, bool]] = [
    # the organisers or the forces alone asked to keep it: no appeal to civil servants
    (LEAD + "Ketua DPRD meminta KPU dan Bawaslu menjaga netralitas ASN selama tahapan pilkada.", False),
    (LEAD + "Bupati mengharapkan penyelenggara pemilu ikut memastikan netralitas ASN di setiap kecamatan.", False),
    (LEAD + "Komisi Pemilihan Umum (KPU) dan Badan Pengawas Pemilu (Bawaslu) diminta menjaga netralitas aparatur "
            "sipil negara (ASN) di daerah itu.", False),
    (LEAD + "Menurutnya, pihak TNI dan Polri diminta mendukung Bawaslu dalam menjaga netralitas ASN.", False),
    (LEAD + "Tokoh pemuda itu meminta aparat keamanan menjaga netralitas ASN hingga hari pencoblosan.", False),
    # ... but a head asked with them, heads alone, or civil servants asked keep it
    (LEAD + "Warga meminta Bawaslu dan Pj Bupati Sleman segera memastikan netralitas ASN di desa mereka.", True),
    (LEAD + "Gubernur meminta para camat menjaga netralitas ASN di wilayah masing-masing.", True),
    (LEAD + "Kepala daerah diminta menjaga netralitas ASN sampai pelantikan bupati terpilih.", True),
    (LEAD + "Bawaslu meminta seluruh ASN menjaga netralitas selama masa kampanye.", True),
]


@pytest.fixture(scope="module")
def analysed(analyse_all) -> list:
    """Every text of the list analysed in one batch."""
    return analyse_all([t for t, _ in CASES], published="2024-10-07")


@pytest.mark.parametrize(("k", "text", "appeal"), indexed(CASES, lambda v: v[0][len(LEAD):][:70]))
def test_keeping_neutrality_asked_of_organisers_alone_is_no_appeal(analysed: list, k: int, text: str,
                                                                   appeal: bool) -> None:
    second = text[len(LEAD):]
    assert (A in sentence_kinds(analysed[k], second)) == appeal
