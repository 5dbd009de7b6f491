"""The state's apparatus ('aparat negara'), as heads of government name the staff they address ('Presiden meminta
aparat negara harus netral', 'mengingatkan seluruh aparat negara agar ...'), is addressed as civil servants are: the
read gold gives all 4 such sentences with a cue (3 outlets) a directive. The security forces ('aparat keamanan') and the
apparatus doing other work stay none."""

from __future__ import annotations

import pytest

from tests.nlp.probes import indexed, sentence_kinds

# (sentence, the kinds of directive it gives alone)
PROBES: list[tuple[str, tuple[str, ...]]] = [
    ("Presiden meminta aparat negara harus netral dalam Pilkada 2024.", ("obligation",)),
    ("Menurut Mendagri, aparat negara wajib menjaga jarak dengan semua calon dalam Pilkada 2024.", ("obligation",)),
    ("Aparat negara dilarang memihak salah satu pasangan calon dalam Pilkada 2024.", ("prohibition",)),
    ("Presiden mengingatkan seluruh aparat negara agar netral dalam Pilkada 2024.", ("appeal",)),
    # no conduct asked, or the security forces: none
    ("Aparat negara baik TNI maupun Polri membantu distribusi logistik Pilkada 2024.", ()),
    ("Aparat keamanan harus siaga di TPS selama Pilkada 2024.", ()),
]


@pytest.fixture(scope="module")
def analysed(analyse_all) -> list:
    """Every probe analysed alone, in one call."""
    return analyse_all([p[0] for p in PROBES], published="2024-10-07")


@pytest.mark.parametrize(("k", "kinds"), indexed(PROBES, lambda v: v[0][:56], first=1))
def test_the_state_apparatus_is_addressed(analysed: list, k: int, kinds: tuple[str, ...]) -> None:
    assert sentence_kinds(analysed[k], PROBES[k][0]) == set(kinds)
