"""Probe list of the navy's and the air force's flag ranks spelt out as releases write them ('Laksamana Pertama TNI',
'Marsekal Muda TNI'): a rank between the title and the name, whose second word is no part of the name, as the short
forms ('Laksma TNI', 'Marsda TNI') already are. A plain 'Laksamana TNI' stays a rank, and a name whose own first word
follows a rank is kept whole. Each sentence is our own; the probes are analysed in one batch."""

from __future__ import annotations

from itertools import product

import pytest

from tests.nlp.probes import indexed, values

RANKS = ["Laksamana Pertama TNI", "Laksamana Muda TNI", "Laksamana Madya", "Marsekal Pertama TNI",
         "Marsekal Muda TNI", "Marsekal Madya"]
TITLES = ["Danlantamal V Surabaya", "Danlanud Sultan Hasanuddin"]
PROBES = [(f"{title} {rank} Rudi Hartono meminta prajurit menjaga netralitas pada Pemilu 2024.", "Rudi Hartono")
          for title, rank in product(TITLES, RANKS)] + [
    ("Danlantamal V Surabaya Laksamana TNI Rudi Hartono meminta prajurit netral pada Pemilu 2024.", "Rudi Hartono"),
    # negative: a name opening with a word of its own after a plain rank stays whole
    ("Danlanud Sultan Hasanuddin Kolonel Pnb Madya Putra meminta prajurit netral pada Pemilu 2024.", "Madya Putra"),
]


@pytest.fixture(scope="module")
def analysed(analyse_all) -> list:
    """Every probe analysed in one call."""
    return analyse_all([values(p)[0] for p in PROBES])


@pytest.mark.parametrize(("k", "text", "name"), indexed(PROBES, lambda v: v[0][:70]))
def test_a_spelt_flag_rank_is_no_part_of_the_name(analysed: list, k: int, text: str, name: str) -> None:
    assert name in {o.name for o in analysed[k].officials}, analysed[k].officials
