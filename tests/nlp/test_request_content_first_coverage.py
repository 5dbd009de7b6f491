"""Probe list of request nouns whose content comes first, a verb right after the noun (past "untuk"), and whom they go
to after it ("Imbauan menjaga netralitas terus disampaikan kepada ASN", "menyampaikan imbauan untuk menjaga netralitas
kepada seluruh ASN"). Beside them, the same shape sent to others ("kepada warga", "kepada para calon"), and a link
right after the content's verb, which is the verb's own ("instruksi untuk mendukung kepada salah satu calon"): no
appeal. Sentences are our own; all are analysed in one batch."""

from __future__ import annotations

import pytest

# (text, whether the analysis must give an appeal)
FORMS: list[tuple[str, bool]] = [
    ("Imbauan menjaga netralitas selama Pilkada 2024 rutin disampaikan kepada para pegawai pemkot.", True),
    ("Sekda menyampaikan imbauan untuk menghindari politik praktis kepada seluruh ASN jelang Pilkada 2024.", True),
    ("Bupati mengeluarkan seruan menolak ajakan kampanye bagi seluruh PNS pada Pilkada 2024.", True),
    # sent to others, or the link belongs to the content's verb
    ("Imbauan menjaga kebersihan lokasi kampanye Pilkada 2024 disampaikan kepada warga.", False),
    ("Bawaslu menyampaikan ajakan menjaga kedamaian Pilkada 2024 kepada para calon.", False),
    ("Grup itu menyebarkan instruksi untuk mendukung kepada salah satu calon pada Pilkada 2024.", False),
]


@pytest.fixture(scope="module")
def analysed(analyse_all) -> list:
    """Every probe analysed in one call."""
    return analyse_all([text for text, _ in FORMS], published="2024-09-10")


@pytest.mark.parametrize("k", range(len(FORMS)), ids=[text[:50] for text, _ in FORMS])
def test_a_request_noun_asks_whom_its_content_goes_to(analysed: list, k: int) -> None:
    assert any(d.kind == "appeal" for d in analysed[k].directives) == FORMS[k][1]
