"""A reminder told to its listeners by a pronoun of address, then "bahwa" and a fact ("Saya ingatkan kita semua
bahwa tahapan kampanye sudah dimulai", "mengingatkan mereka bahwa pendaftaran calon dibuka pekan depan"), recalls the
fact and asks nothing, as the same reminder told to the civil servants by name does. A request link after the pronoun
still asks ("mengingatkan kita semua agar ..."), and a rule inside the fact keeps its own kind. Sentences are our
own."""

from __future__ import annotations

import pytest

LEAD = "Wali Kota meminta seluruh ASN bersikap netral selama Pilkada 2024."

FORMS: list[tuple[str, list[str]]] = [
    (f'{LEAD} "Saya ingatkan kita semua bahwa tahapan kampanye sudah dimulai pekan ini," katanya.', ["appeal"]),
    (f"{LEAD} Ia mengingatkan mereka bahwa pendaftaran pasangan calon dibuka pekan depan.", ["appeal"]),
    (f'{LEAD} "Kami mengingatkan kepada kita semua bahwa masa tenang tinggal tiga hari," ujarnya.', ["appeal"]),
    # a request link after the pronoun still asks
    (f"{LEAD} Ia juga mengingatkan kita semua agar tidak mengunggah dukungan kepada calon.", ["appeal", "appeal"]),
    # the fact told is itself a rule: its own kind, no appeal
    ("Sekda mengingatkan kita semua bahwa ASN wajib netral dalam Pilkada 2024.", ["obligation"]),
]


@pytest.fixture(scope="module")
def analyses(analyse_all):
    return analyse_all([text for text, _ in FORMS])


@pytest.mark.parametrize("k", range(len(FORMS)), ids=[text[-60:] for text, _ in FORMS])
def test_fact_told_to_pronoun(analyses, k):
    assert [d.kind for d in analyses[k].directives] == FORMS[k][1]
