"""Probe list of a bare warning right before a condition a penalty follows ("jangan coba-coba kalau tidak mau
dimutasi", "jangan salahkan kami jika nanti diperiksa"): the penalty is threatened, nothing is banned, so a sanction
and no prohibition. Negatives: the warning with a conduct after it (a ban), and a ban whose penalty comes as its
reason. Sentences are our own; all are analysed in one batch."""

from __future__ import annotations

import pytest

from tests.nlp.probes import indexed

S = {"sanction"}
BOTH = {"prohibition", "sanction"}
CONTEXT = "Pilkada 2024 di Kabupaten Lembah Hijau tinggal dua bulan lagi. "

# (text, the directive kinds the analysis must give)
FORMS: list[tuple[str, set[str]]] = [
    (CONTEXT + "Kepada para ASN, Sekda berpesan: jangan coba-coba kalau tidak mau dijatuhi sanksi disiplin.", S),
    (CONTEXT + "Bagi ASN yang nekat berpihak, jangan salahkan kami jika nanti diberi sanksi berat, kata Bupati.", S),
    (CONTEXT + "ASN yang berpihak jangan kaget kalau nanti dijatuhi sanksi, tegas Bupati.", S),
    (CONTEXT + "Sekda berpesan, ASN jangan coba-coba berpolitik praktis, karena sanksinya berat.", BOTH),
    (CONTEXT + "Bupati meminta ASN jangan ikut kampanye, kalau melanggar akan dijatuhi sanksi.", BOTH),
]


@pytest.fixture(scope="module")
def analysed(analyse_all) -> list:
    """Every probe analysed in one call."""
    return analyse_all([text for text, _ in FORMS], published="2024-09-20")


@pytest.mark.parametrize(("k", "text", "kinds"), indexed(FORMS, lambda v: v[0][64:124]))
def test_a_warning_before_a_penalty_threatens_it(analysed: list, k: int, text: str, kinds: set[str]) -> None:
    assert {d.kind for d in analysed[k].directives} == kinds
