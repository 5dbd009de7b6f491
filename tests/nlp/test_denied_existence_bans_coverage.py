"""Probe list of bans that deny that any civil servant does something ("jangan sampai ada ASN yang ...", "jangan ada
lagi PNS yang ..."), after a speaker's hope, reminder, request or message or in the passive: those whose existence is
denied are whom the ban forbids, as the read half's gold gives every such sentence that names civil servants a
prohibition. A denial about the public, the event or unrest forbids no civil servant. Sentences are our own; all are
analysed in one batch."""

from __future__ import annotations

import pytest

from tests.nlp.probes import indexed

P = {"prohibition"}

# (text, the directive kinds the analysis must give)
FORMS: list[tuple[str, set[str]]] = [
    ("Bupati berharap jangan sampai ada ASN yang terlibat kampanye pada Pilkada 2024.", P),
    ("Wali Kota mengingatkan jangan sampai ada pegawai yang memasang stiker calon pada Pilkada 2024.", P),
    ("Disarankan jangan ada lagi PNS yang ikut kampanye pada Pilkada 2024.", P),
    ("Sekda berpesan jangan ada pegawai yang berfoto dengan calon pada Pilkada 2024.", P),
    ("\"Saya minta jangan sampai ada lagi ASN yang hadir di kampanye,\" kata Bupati jelang Pilkada 2024.", P),
    ("Kepala BKD berharap jangan ada satu pun guru yang mengajak siswa memilih calon pada Pilkada 2024.", P),
    ("Gubernur mengimbau jangan sampai ada para camat yang memihak pada Pilkada 2024.", P),
    ("Bupati berharap jangan sampai ada warga yang golput pada Pilkada 2024.", set()),
    ("Bupati berharap jangan sampai ada kericuhan pada Pilkada 2024.", set()),
    ("Kapolres meminta jangan ada konvoi kampanye pada Pilkada 2024.", set()),
    ("Ketua KPU berharap jangan sampai ada pihak yang dirugikan pada Pilkada 2024.", set()),
]


@pytest.fixture(scope="module")
def analysed(analyse_all) -> list:
    """Every probe analysed in one call."""
    return analyse_all([text for text, _ in FORMS], published="2024-10-07")


@pytest.mark.parametrize(("k", "text", "kinds"), indexed(FORMS, lambda v: v[0][:64]))
def test_a_ban_on_any_civil_servant_doing_it_forbids_them(analysed: list, k: int, text: str,
                                                         kinds: set[str]) -> None:
    assert {d.kind for d in analysed[k].directives} == kinds
