"""Probe list of requests for a favour: help or a gift sought ("meminta bantuan para guru untuk ...", "minta sumbangan")
solicits, it asks no conduct of civil servants, so no appeal; the same verb asking the civil servants to do something
still appeals. Sentences are our own; all are analysed in one batch."""

from __future__ import annotations

import pytest

# (text, whether the analysis must give an appeal)
FORMS: list[tuple[str, bool]] = [
    # help or a gift sought
    ("Seorang kepala dinas meminta bantuan para ASN untuk memenangkan pasangan calonnya pada Pilkada 2024.", False),
    ("Oknum camat itu minta sumbangan kepada pegawai kecamatan demi tim sukses Pilkada 2024.", False),
    ("Warga meminta pertolongan kepada ASN di posko saat banjir menjelang Pilkada 2024.", False),
    # ... but a request of the civil servants' own conduct asks
    ("Kepala dinas meminta para ASN untuk tidak memenangkan pasangan calon mana pun pada Pilkada 2024.", True),
    ("Camat meminta pegawai kecamatan menjaga netralitas pada Pilkada 2024.", True),
]


@pytest.fixture(scope="module")
def analysed(analyse_all) -> list:
    """Every probe analysed in one call."""
    return analyse_all([text for text, _ in FORMS], published="2024-09-10")


@pytest.mark.parametrize("k", range(len(FORMS)), ids=[text[:50] for text, _ in FORMS])
def test_a_favour_sought_is_no_appeal(analysed: list, k: int) -> None:
    assert any(d.kind == "appeal" for d in analysed[k].directives) == FORMS[k][1]
