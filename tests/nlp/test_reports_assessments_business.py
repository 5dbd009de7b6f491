"""Probe list of requests about a government's own reports and the assessments and awards it competes for (LAKIP,
SAKIP, LKjIP, LPPD, LKPJ, LKPD, the auditor's WTP opinion, the WBK/WBBM integrity zones, Adipura), the budget by its
acts' names and its absorption (APBD, RAPBD, APBDes, penyerapan) and the sanitation and child-growth drives by their
other names (tengkes, ODF, sanitasi). Heads press their deadlines and scores on the
offices at the roll calls where they also speak of neutrality; in a sentence naming nothing of the election they are
other business, no appeal. Negatives: the same words joined with the election in the clause stay appeals, and so does
an integrity pact, a neutrality pledge. Sentences are our own; all are analysed in one batch."""

from __future__ import annotations

import pytest

CONTEXT = "Bupati memimpin apel pagi bersama ASN jelang Pilkada 2024."
# (sentence after the context, the directive kinds the analysis must give in it)
FORMS: list[tuple[str, set[str]]] = [
    ("Sekda meminta para kepala OPD merampungkan LAKIP dan LPPD pekan ini.", set()),
    ("Ia mengingatkan kepala dinas agar bahan LKPJ dan LKPD dikirim sebelum tenggat.", set()),
    ("Ia berharap pegawai ikut menjaga opini WTP yang sudah diraih tiga tahun.", set()),
    ("Kepala kantor mengajak jajarannya bekerja sungguh-sungguh demi predikat WBK dan WBBM.", set()),
    ("Camat diminta mendukung penilaian Adipura dengan membenahi sanitasi pasar.", set()),
    ("Ia mengimbau para lurah menekan angka tengkes dan menuntaskan desa ODF.", set()),
    ("Ia meminta perangkat daerah mempercepat pelaksanaan APBD dan penyusunan RAPBD.", set()),
    ("Camat diminta mengawal penyerapan APBDes di setiap desa.", set()),
    ("Ia meminta ASN tidak memihak paslon mana pun dan merampungkan LAKIP tepat waktu.", {"appeal"}),
    ("Ia mengingatkan pegawai agar netral dalam pilkada sambil mempertahankan predikat WBK.", {"appeal"}),
    ("Ia meminta seluruh ASN menandatangani pakta integritas netralitas.", {"appeal"}),
    ("Ia meminta para kepala desa tidak memakai APBDes untuk kepentingan paslon.", {"appeal"}),
]


@pytest.fixture(scope="module")
def analysed(analyse_all) -> list:
    """Every probe analysed in one call, each after the context that names the civil servants."""
    return analyse_all([f"{CONTEXT} {sentence}" for sentence, _ in FORMS], published="2024-01-10")


@pytest.mark.parametrize("k", range(len(FORMS)), ids=[sentence[:50] for sentence, _ in FORMS])
def test_reports_and_assessments_are_other_business(analysed: list, k: int) -> None:
    assert {d.kind for d in analysed[k].directives if d.sentence.strip() != CONTEXT} == FORMS[k][1]
