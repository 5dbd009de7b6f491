"""Probe list of the navy's main bases, each numbered by a Roman numeral and seated in a city ('Lantamal V Surabaya',
'Komandan Pangkalan Utama TNI Angkatan Laut (Danlantamal) II Padang'): the numeral and the seat name the base, its
commander's title naming it too, and his name is read after the rank. The head alone names no base. Each sentence is
our own; the probes are analysed in one batch."""

from __future__ import annotations

from itertools import product

import pytest

from tests.nlp.probes import indexed, values

SENTENCES = [
    "Seluruh prajurit {x} diminta menjaga netralitas TNI menjelang Pemilu 2024.",
    "Apel netralitas digelar di Mako {x} menjelang Pilkada 2024.",
]
BASES = [("Lantamal V Surabaya", "Pangkalan Utama TNI AL V Surabaya"),
         ("Pangkalan Utama TNI Angkatan Laut (Lantamal) II Padang", "Pangkalan Utama TNI AL II Padang"),
         ("Lantamal XIV Sorong", "Pangkalan Utama TNI AL XIV Sorong")]
PROBES = [(s.format(x=w), n, True) for s, (w, n) in product(SENTENCES, BASES)] + [
    ("Danlantamal II Padang Brigjen TNI (Mar) Rudi Hartono meminta prajurit netral pada Pemilu 2024.",
     "Pangkalan Utama TNI AL II Padang", True),
    ("Komandan Pangkalan Utama TNI Angkatan Laut (Danlantamal) V Surabaya, Laksma TNI Rudi Hartono, "
     "mengingatkan prajurit agar netral pada Pemilu 2024.", "Pangkalan Utama TNI AL V Surabaya", True),
    # negative: the head alone
    ("Prajurit lantamal diminta menjaga netralitas pada Pemilu 2024.", "Pangkalan Utama TNI AL", False),
]


@pytest.fixture(scope="module")
def analysed(analyse_all) -> list:
    """Every probe analysed in one call."""
    return analyse_all([values(p)[0] for p in PROBES])


@pytest.mark.parametrize(("k", "text", "agency", "listed"), indexed(PROBES, lambda v: f"{v[0][:60]}|{v[1]}"))
def test_a_main_base_is_its_numeral_and_seat(analysed: list, k: int, text: str, agency: str, listed: bool) -> None:
    names = {m.agency for m in analysed[k].agencies}
    assert (agency in names) is listed if listed else not {n for n in names if n.startswith(agency)}, names


@pytest.mark.parametrize("k", [len(PROBES) - 3, len(PROBES) - 2])
def test_the_commander_is_read_with_his_base(analysed: list, k: int) -> None:
    assert {(o.name, o.agency) for o in analysed[k].officials} >= {("Rudi Hartono", PROBES[k][1])}, \
        analysed[k].officials
