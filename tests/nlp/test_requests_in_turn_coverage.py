"""Two requests in one sentence, the first asking a conduct of its own before the second ("mengimbau ASN untuk tetap
netral, kemudian diminta kepada kepala desa jangan sampai ..."), give the first's appeal beside the rule the second
reports; a first request with no conduct of its own, or one paired with the second by "dan", asks through the second's
modal alone. Sentences are our own; all are analysed in one batch."""

from __future__ import annotations

import pytest

from tests.nlp.probes import indexed

# (text, the directive kinds the analysis must give)
FORMS: list[tuple[str, set[str]]] = [
    ("Bupati mengimbau ASN di Kabupaten Sumba untuk tetap netral dalam Pilkada 2024, kemudian juga diminta kepada "
     "kepala desa jangan sampai ikut berkampanye.", {"appeal", "prohibition"}),
    ("Sekda meminta seluruh pegawai menjaga netralitas selama Pilkada 2024, lalu mengingatkan para camat tidak boleh "
     "memfasilitasi kampanye.", {"appeal", "prohibition"}),
    # paired, or no conduct asked before the second request: the modal alone
    ("Bupati mengimbau dan meminta ASN agar tidak boleh ikut berkampanye pada Pilkada 2024.", {"prohibition"}),
    ("Bupati mengimbau ASN, kemudian juga meminta kepala desa jangan sampai ikut berkampanye pada Pilkada 2024.",
     {"prohibition"}),
]


@pytest.fixture(scope="module")
def analysed(analyse_all) -> list:
    """Every probe analysed in one call."""
    return analyse_all([text for text, _ in FORMS], published="2024-10-07")


@pytest.mark.parametrize(("k", "text", "kinds"), indexed(FORMS, lambda v: v[0][:64]))
def test_each_request_keeps_what_it_asks(analysed: list, k: int, text: str, kinds: set[str]) -> None:
    assert {d.kind for d in analysed[k].directives} == kinds
