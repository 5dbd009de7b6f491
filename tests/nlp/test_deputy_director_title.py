"""Probe list of a director's deputy by the title written out ('Wakil Direktur Reserse Kriminal Umum Polda X, AKBP
Budi', 'Brigjen Pol Budi, S.IK, M.Si Wakil Direktur Tindak Pidana Umum Polri'): the title opens at 'Wakil', so the
role keeps it and a name with its degrees right before it is the holder's. Left alone: the director himself keeps
his title, and a name before 'Wakil Direktur' with no degree, comma or opener between is no holder. Sentences in our
own words, analysed in one batch."""

from __future__ import annotations

import pytest

from tests.nlp.probes import indexed, values

# (text, name, role)
FOUND = [
    ("Wakil Direktur Reserse Kriminal Khusus Polda Riau, AKBP Hendra Wijaya, meminta ASN netral pada Pilkada 2024.",
     "Hendra Wijaya", "Wakil Direktur Reserse Kriminal Khusus Polda Riau"),
    ("Rapat itu dihadiri Brigjen Pol Hendra Wijaya, S.IK, M.Si Wakil Direktur Tindak Pidana Umum Polri yang meminta "
     "ASN netral pada Pilkada 2024.",
     "Hendra Wijaya", "Wakil Direktur Tindak Pidana Umum Polri"),
    ("Direktur Reserse Kriminal Khusus Polda Riau, Kombes Pol Hendra Wijaya, meminta ASN netral pada Pilkada 2024.",
     "Hendra Wijaya", "Direktur Reserse Kriminal Khusus Polda Riau"),
]

# (text, a name that must not be read)
LEFT = [
    ("Menurut warga Hendra Wijaya Wakil Direktur Tindak Pidana Umum Polri belum hadir saat ASN diminta netral pada "
     "Pilkada 2024.", "Hendra Wijaya"),
]


@pytest.fixture(scope="module")
def analysed(analyse_all) -> list:
    """Every probe analysed in one call."""
    return analyse_all([values(p)[0] for p in FOUND + LEFT], published="2024-09-06")


@pytest.mark.parametrize(("k", "text", "name", "role"), indexed(FOUND, lambda v: v[0][:40]))
def test_the_deputy_director_keeps_his_title(analysed: list, k: int, text: str, name: str, role: str) -> None:
    found = [(o.name, o.role) for o in analysed[k].officials]
    assert (name, role) in found, found


@pytest.mark.parametrize(("k", "text", "name"), indexed(LEFT, lambda v: v[0][:40]))
def test_a_name_right_before_the_title_with_nothing_between_is_no_holder(analysed: list, k: int, text: str,
                                                                          name: str) -> None:
    assert name not in [o.name for o in analysed[len(FOUND) + k].officials]
