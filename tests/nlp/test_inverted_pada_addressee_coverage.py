"""Probe list of inverted passive requests naming whom they ask after the spoken "pada" for "kepada" ("Diharapkan pada
seluruh ASN tetap netral"), as they already do after "kepada" or a quantifier. The same "pada" opening a time
("Diharapkan pada pilkada nanti warga ...") or naming someone else asks no civil servant. Sentences are our own; all
are analysed in one batch."""

from __future__ import annotations

import pytest

from tests.nlp.probes import indexed

A = {"appeal"}

# (text, the directive kinds the analysis must give)
FORMS: list[tuple[str, set[str]]] = [
    ("Diharapkan pada seluruh pegawai negeri tetap bersikap netral selama Pilkada 2024.", A),
    ("Diharapkan pula pada para ASN untuk tidak mengunggah dukungan kepada calon pada Pemilu 2024.", A),
    ("Diharapkan pada camat dan lurah se-kabupaten menjaga jarak dari tim sukses pada Pilkada 2024.", A),
    # a time after "pada", or someone other than civil servants, asks none of them
    ("Diharapkan pada pilkada nanti para pemilih datang lebih pagi ke TPS.", set()),
    ("Diharapkan pada seluruh pemilih membawa undangan ke TPS pada Pilkada 2024.", set()),
]


@pytest.fixture(scope="module")
def analysed(analyse_all) -> list:
    """Every probe analysed in one call."""
    return analyse_all([text for text, _ in FORMS], published="2024-10-07")


@pytest.mark.parametrize(("k", "text", "kinds"), indexed(FORMS, lambda v: v[0][:64]))
def test_an_inverted_request_after_pada(analysed: list, k: int, text: str, kinds: set[str]) -> None:
    assert {d.kind for d in analysed[k].directives} == kinds
