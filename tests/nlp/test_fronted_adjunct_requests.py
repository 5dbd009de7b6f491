"""Probe list of verbless requests whose clause opens after a fronted adjunct closed by a comma ("Demi ketertiban,
kepada seluruh ASN untuk menjaga netralitas", "Selama masa tenang, para pegawai agar ..."): the civil servants after
the comma are whom the request asks. Negatives: the comma inside a list of them ("Mulai dari camat, lurah, RT supaya
...": no subject opens there), and "untuk" naming a topic with no conduct after it ("Dalam pelatihan, pegawai untuk
urusan itu sudah paham"). Sentences are our own; all are analysed in one batch."""

from __future__ import annotations

import pytest

# (sentence, the directive kinds the analysis must give)
FORMS: list[tuple[str, set[str]]] = [
    ("Demi ketertiban bersama, kepada seluruh ASN untuk menjaga netralitas selama Pilkada 2024.", {"appeal"}),
    ("\"Selama masa tenang, para pegawai agar tidak ikut kampanye,\" ujar Sekda jelang Pilkada 2024.", {"appeal"}),
    ("Menjelang hari pemungutan suara, seluruh PNS untuk tidak memihak calon mana pun pada Pemilu 2024.", {"appeal"}),
    ("Mulai dari Camat, Lurah, RT supaya hadir di kantor pada Pilkada 2024.", set()),
    ("Dalam pelatihan kemarin, pegawai untuk urusan Pilkada 2024 sudah cukup paham.", set()),
]


@pytest.fixture(scope="module")
def analysed(analyse_all) -> list:
    """Every probe analysed in one call."""
    return analyse_all([text for text, _ in FORMS], published="2024-01-10")


@pytest.mark.parametrize("k", range(len(FORMS)), ids=[text[:50] for text, _ in FORMS])
def test_a_verbless_request_after_a_fronted_adjunct_asks_the_civil_servants(analysed: list, k: int) -> None:
    assert {d.kind for d in analysed[k].directives} == FORMS[k][1]
