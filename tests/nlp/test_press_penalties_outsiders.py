"""Probe list of penalties on broadcasters or the press, or given by their regulators, in a sentence naming no civil
servant ("KPI menegur stasiun televisi yang ...", "pencabutan izin siaran", "sanksi dari Dewan Pers"): campaign
broadcasting's or journalism's penalty, none told to civil servants. Negatives: a civil servant of a state broadcaster
named, and a plain penalty on civil servants beside them. Sentences are our own; all are analysed in one batch."""

from __future__ import annotations

import pytest

from tests.nlp.probes import indexed

S = {"sanction"}
CONTEXT = "Sekda mengingatkan ASN agar tidak berpihak pada Pemilu 2024. "

# (text, the directive kinds the analysis must give, past the context's appeal)
FORMS: list[tuple[str, set[str]]] = [
    (CONTEXT + "Dua stasiun televisi lokal ditegur KPID karena menyiarkan iklan partai sebelum jadwalnya.", set()),
    (CONTEXT + "Radio yang terus membandel terancam dicabut izin siarannya.", set()),
    (CONTEXT + "Perusahaan pers yang menyebar berita bohong bisa dijatuhi sanksi oleh Dewan Pers.", set()),
    (CONTEXT + "Pegawai TVRI yang ikut berkampanye akan dikenai sanksi disiplin.", S),
    (CONTEXT + "ASN yang membagikan iklan kampanye di grup kantor akan dikenai sanksi.", S),
]


@pytest.fixture(scope="module")
def analysed(analyse_all) -> list:
    """Every probe analysed in one call."""
    return analyse_all([text for text, _ in FORMS], published="2024-01-10")


@pytest.mark.parametrize(("k", "text", "kinds"), indexed(FORMS, lambda v: v[0][61:125]))
def test_a_penalty_on_broadcasters_or_press_is_theirs(analysed: list, k: int, text: str, kinds: set[str]) -> None:
    assert {d.kind for d in analysed[k].directives} - {"appeal"} == kinds
