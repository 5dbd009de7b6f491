"""Probe list of a wish that nobody be penalised said with a negated wanting ("Kami tidak menginginkan ada ASN yang
mendapat sanksi", "tidak ingin ada pegawai yang dipecat"): the speaker hopes for none, no penalty is threatened or
told. Negatives: a reason or a condition after the wish threatens the penalty, and a plain threat stays. Sentences are
our own; all are analysed in one batch."""

from __future__ import annotations

import pytest

from tests.nlp.probes import indexed

CONTEXT = "Sekda meminta seluruh ASN menjaga netralitas pada Pilkada 2024. "

# (text, the directive kinds the analysis must give, past the context's appeal)
FORMS: list[tuple[str, set[str]]] = [
    (CONTEXT + "Kami tidak menginginkan ada pegawai yang dijatuhi hukuman disiplin.", set()),
    (CONTEXT + "Pemerintah daerah tidak ingin ada ASN yang dikenai sanksi karena pilkada.", set()),
    (CONTEXT + "Saya tak mau ada guru yang dicopot gara-gara urusan politik.", set()),
    (CONTEXT + "Kami tidak ingin ada ASN yang berpihak, karena akan kami pecat.", {"sanction"}),
    (CONTEXT + "Pegawai yang terbukti berpihak akan dijatuhi hukuman disiplin.", {"sanction"}),
]


@pytest.fixture(scope="module")
def analysed(analyse_all) -> list:
    """Every probe analysed in one call."""
    return analyse_all([text for text, _ in FORMS], published="2024-09-10")


@pytest.mark.parametrize(("k", "text", "kinds"), indexed(FORMS, lambda v: v[0][len(CONTEXT):][:62]))
def test_a_wish_for_none_penalised_is_no_sanction(analysed: list, k: int, text: str, kinds: set[str]) -> None:
    assert {d.kind for d in analysed[k].directives} - {"appeal"} == kinds
