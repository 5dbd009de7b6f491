"""Probe list of civil servants reported by an active "melaporkan" to the body that disciplines them ("Bawaslu telah
melaporkan tiga camat ke BKN"): their case is sent for a penalty, a sanction. A report to the election supervisor, a
report of no civil servant, a report asked of the public and a case that went on by another verb stay none. Sentences
are our own; all texts are analysed in one batch."""

from __future__ import annotations

import pytest

from tests.nlp.probes import sentence_kinds

FORWARDED: list[str] = [
    'Bawaslu Kabupaten Sleman telah melaporkan tiga camat ke BKN karena memihak pada Pilkada 2024.',
    'Panwaslu kemudian melaporkan seorang Aparatur Sipil Negara (ASN) kepada Komisi ASN terkait Pilkada 2024.',
    'Pekan lalu Bawaslu melaporkan dua lurah ke Inspektorat karena hadir di kampanye Pilkada 2024.',
]

NONE: list[str] = [
    'Seorang warga melaporkan kepala desa itu ke Bawaslu karena berkampanye pada Pilkada 2024.',
    'Bawaslu melaporkan hasil pengawasan Pilkada 2024 ke BKN pekan lalu.',
    'Bupati mengimbau warga melaporkan ASN yang memihak pada Pilkada 2024 ke Inspektorat.',
    'Relawan melaporkan dugaan keterlibatan lima pegawai dalam Pilkada 2024 yang berbuntut ke BKN.',
]


@pytest.fixture(scope="module")
def analysed(analyse_all) -> list:
    """Every probe analysed in one call."""
    return analyse_all(FORWARDED + NONE, published="2024-10-01")


@pytest.mark.parametrize("k", range(len(FORWARDED)), ids=[t[:48] for t in FORWARDED])
def test_civil_servants_reported_to_their_disciplinary_body_is_a_sanction(analysed: list, k: int) -> None:
    assert "sanction" in sentence_kinds(analysed[k], FORWARDED[k])


@pytest.mark.parametrize("k", range(len(NONE)), ids=[t[:48] for t in NONE])
def test_other_reports_stay_none(analysed: list, k: int) -> None:
    assert "sanction" not in sentence_kinds(analysed[len(FORWARDED) + k], NONE[k])
