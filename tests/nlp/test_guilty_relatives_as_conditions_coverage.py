"""Probe list of a follow-up that will come to those found guilty, named in a relative clause or after "ketika"
("Pegawai yang kedapatan berkampanye akan ditindaklanjuti", "ketika ketahuan, akan diproses"): the guilt makes the
condition, as "jika terbukti" does, so the follow-up threatens a penalty. A relative clause of no guilt ("ASN yang
mengikuti sosialisasi akan ditindaklanjuti dengan pelatihan") is none. Sentences are our own; all texts are analysed
in one batch."""

from __future__ import annotations

import pytest

from tests.nlp.probes import sentence_kinds

THREATS: list[str] = [
    'Pegawai yang kedapatan berkampanye pada Pilkada 2024 akan ditindaklanjuti oleh atasannya.',
    'ASN yang terbukti memihak calon pada Pilkada 2024 bakal ditindaklanjuti Inspektorat.',
    'Ketika ketahuan memihak pada Pilkada 2024, ASN itu akan ditindaklanjuti atasannya.',
]

NONE: list[str] = [
    'ASN yang mengikuti sosialisasi Pilkada 2024 akan ditindaklanjuti dengan pelatihan lanjutan.',
    'Usulan ASN yang masuk menjelang Pilkada 2024 akan ditindaklanjuti oleh panitia.',
]


@pytest.fixture(scope="module")
def analysed(analyse_all) -> list:
    """Every probe analysed in one call."""
    return analyse_all(THREATS + NONE, published="2024-10-01")


@pytest.mark.parametrize("k", range(len(THREATS)), ids=[t[:48] for t in THREATS])
def test_a_follow_up_for_those_found_guilty_is_a_sanction(analysed: list, k: int) -> None:
    assert "sanction" in sentence_kinds(analysed[k], THREATS[k])


@pytest.mark.parametrize("k", range(len(NONE)), ids=[t[:48] for t in NONE])
def test_a_follow_up_with_no_guilt_is_none(analysed: list, k: int) -> None:
    assert "sanction" not in sentence_kinds(analysed[len(THREATS) + k], NONE[k])
