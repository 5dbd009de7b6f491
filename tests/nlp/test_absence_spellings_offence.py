"""Probe list of penalties for absence written in its other words ("tidak masuk tanpa keterangan", "tanpa alasan yang
sah", "mbolos", "nambah libur") in a sentence naming no
election: the service's discipline, as for "bolos", no penalty for partisanship. Negatives: the same penalty where
the sentence names the election's breach, a lapse of discipline at large (reporters
call partisanship one too), and a penalty named "indisipliner" itself. Sentences are our own; all are
analysed in one batch."""

from __future__ import annotations

import pytest

from tests.nlp.probes import indexed

S = {"sanction"}
CONTEXT = "Wali Kota meminta seluruh ASN menjaga netralitas pada Pilkada 2024. "

# (text, the directive kinds the analysis must give, past the context's appeal)
FORMS: list[tuple[str, set[str]]] = [
    (CONTEXT + "Pegawai yang tidak masuk tanpa keterangan selama lima hari akan dipotong tunjangannya.", set()),
    (CONTEXT + "Pegawai yang mangkir tanpa alasan yang sah setelah libur akan dikenai teguran tertulis.", set()),
    (CONTEXT + "Pegawai yang ketahuan mbolos usai cuti bersama akan diberi sanksi disiplin.", set()),
    (CONTEXT + "Pegawai yang nambah libur lebaran akan dikenai sanksi oleh atasannya.", set()),
    (CONTEXT + "Sanksi tegas menanti pegawai yang tidak disiplin: penundaan pangkat hingga pemecatan.", S),
    (CONTEXT + "Pegawai yang tidak masuk tanpa keterangan karena ikut kampanye akan diberi sanksi.", S),
    (CONTEXT + "Pegawai yang ketahuan mendukung calon akan dikenai sanksi indisipliner.", S),
]


@pytest.fixture(scope="module")
def analysed(analyse_all) -> list:
    """Every probe analysed in one call."""
    return analyse_all([text for text, _ in FORMS], published="2024-09-10")


@pytest.mark.parametrize(("k", "text", "kinds"), indexed(FORMS, lambda v: v[0][68:130]))
def test_absence_in_other_words_is_no_election_penalty(analysed: list, k: int, text: str, kinds: set[str]) -> None:
    assert {d.kind for d in analysed[k].directives} - {"appeal"} == kinds
