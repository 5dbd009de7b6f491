"""Village heads by the names regions give them (wali nagari, keuchik, kuwu, perbekel, sangadi, kakam, pengulu kute
...) and the village apparatus by 'aparat/aparatur desa' are asked as 'kepala desa' is, in a story that addresses
civil servants; a story about them alone addresses no civil servant. Sentences are our own."""

from __future__ import annotations

import pytest

LEAD = "Pemkab Sukamaju menggelar apel netralitas ASN menjelang Pilkada 2024. "
FORMS: list[tuple[str, list[str]]] = [
    (LEAD + "Camat berharap para wali nagari bersikap netral selama Pilkada 2024.", ["appeal"]),
    (LEAD + "Diharapkan seluruh keuchik tetap netral hingga pencoblosan Pilkada 2024.", ["appeal"]),
    (LEAD + "Perbekel dan perangkatnya agar ikut menjaga suasana damai pada Pilkada 2024.", ["appeal"]),
    (LEAD + "Para kuwu diingatkan agar tidak ikut berkampanye pada Pilkada 2024.", ["appeal"]),
    (LEAD + "Bupati berharap ASN dan aparat desa menjaga netralitas pada Pilkada 2024.", ["appeal"]),
    # the village heads alone, in a story naming no civil servant: no request to civil servants
    ("Rapat wali nagari digelar di Painan. Bawaslu berharap para wali nagari bersikap netral selama Pilkada 2024.", []),
    # the public hoped to keep calm: not the village staff
    (LEAD + "Camat berharap warga nagari menjaga suasana damai pada Pilkada 2024.", []),
]


@pytest.fixture(scope="module")
def analyses(analyse_all):
    return analyse_all([text for text, _ in FORMS])


@pytest.mark.parametrize("k", range(len(FORMS)), ids=[text[-60:] for text, _ in FORMS])
def test_local_village_head_addressees(analyses, k):
    assert [d.kind for d in analyses[k].directives] == FORMS[k][1]
