"""What a minister or governor asks of the acting regional heads (Pj) about their mandate, asked of them alone or of no
one named ("berpesan kepada Pj kepala daerah agar menjalankan program pemerintahan dengan baik", "jalankan mandat
dengan baik", "minta mereka mengerjakan prioritas nasional"), is governance, no conduct in the election: no appeal. The
same words beside the election, or asked of civil servants named, still give one. Texts in our own words."""

from __future__ import annotations

import pytest

LEAD = ("Mendagri melantik tiga Pj bupati menjelang Pilkada 2024 dan meminta mereka menjaga netralitas ASN di "
        "daerahnya. ")


def appeals(run, text: str) -> list[str]:
    """The appeals' sentences in lower case: the analysis writes a title's case as the registry does ("Pj Bupati")."""
    return [d.sentence.lower() for d in run(text).directives if d.kind == "appeal"]


@pytest.mark.parametrize("sentence", [
    "Ia juga berpesan kepada para Pj bupati agar menjalankan program pemerintah pusat dengan sungguh-sungguh.",
    "Saya minta saudara jalankan mandat ini dengan sebaik-baiknya.",
    "Mendagri juga meminta mereka menuntaskan prioritas nasional di daerah masing-masing.",
    "Diharapkan para penjabat kepala daerah melaksanakan amanat Presiden dengan penuh tanggung jawab.",
])
def test_the_acting_heads_mandate_is_no_appeal(run, sentence):
    assert sentence.lower() not in appeals(run, LEAD + sentence)


@pytest.mark.parametrize("sentence", [
    "Ia juga meminta seluruh ASN mendukung program nasional tanpa memihak calon tertentu.",
    "Ia berpesan kepada para Pj bupati agar menjalankan mandat dengan tetap netral dalam Pilkada 2024.",
    "Ia mengingatkan para Pj bupati agar tidak memanfaatkan program bantuan sosial untuk kampanye.",
])
def test_the_same_words_beside_the_election_or_to_civil_servants_stay(run, sentence):
    assert sentence.lower() in appeals(run, LEAD + sentence)
