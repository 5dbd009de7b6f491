"""Probe list of requests not to do something whose civil servants stand outside the words after the link: put first
("Kepada para pegawai, Kepala BKD mengingatkan supaya tidak hadir di kampanye"), before a passive ("Para kepala
sekolah ditekankan supaya tidak ikut kampanye") or in the sentence before. The event after the negation
("agar tidak ikut kampanye") is the conduct's own noun, not whom the request asks, as it is without the negation
("agar menjaga netralitas"). A denied existence ("agar tidak ada kampanye hitam") names the event itself and
asks no one; requests to the public stay none. Sentences are our own; all are analysed in one batch."""

from __future__ import annotations

import pytest

from tests.nlp.probes import indexed

A = {"appeal"}
ABOUT = "Netralitas ASN dibahas dalam apel pagi jelang Pilkada 2024. "

# (text, the directive kinds the analysis must give)
FORMS: list[tuple[str, set[str]]] = [
    # whom it asks put first, after a preposition and a comma
    ("Kepada seluruh pegawai, Bupati meminta agar tidak ikut kampanye pada Pilkada 2024.", A),
    ("Kepada seluruh ASN, Wali Kota meminta supaya tidak menghadiri kampanye pada Pilkada 2024.", A),
    ("Kepada para camat dan lurah, Sekda meminta untuk tidak ikut kampanye pada Pilkada 2024.", A),
    ("Kepada ASN di lingkungan Pemkot Bogor, Sekda mengimbau supaya tidak ikut kampanye pada Pilkada 2024.", A),
    ("Bagi para guru, Kadisdik meminta untuk tidak ikut kampanye pada Pilkada 2024.", A),
    ("Khusus kepada pejabat eselon, Sekda meminta agar tidak ikut kampanye pada Pilkada 2024.", A),
    ("Khusus kepada ASN, Bupati mengingatkan agar tidak ikut kampanye pada Pilkada 2024.", A),
    ("Kepada seluruh aparatur, Gubernur menekankan agar tak hadir dalam kampanye pada Pilkada 2024.", A),
    ("Untuk seluruh pegawai, Bupati meminta agar tidak ikut kampanye pada Pilkada 2024.", A),
    # before a passive verb of stressing or asking
    ("Para kepala sekolah ditekankan supaya tidak ikut kampanye pada Pilkada 2024.", A),
    ("Seluruh ASN ditekankan agar tidak ikut kampanye pada Pilkada 2024.", A),
    ("ASN di lingkungan Pemkab Klaten ditekankan supaya tidak menghadiri kampanye pada Pilkada 2024.", A),
    # in the sentence before
    (ABOUT + "Bupati meminta agar tidak ikut kampanye.", A),
    (ABOUT + "Sekda mengimbau supaya tidak hadir dalam kampanye calon.", A),
    # a denied existence, the public, or other bodies: none
    ("Bupati meminta agar tidak ada kampanye hitam pada Pilkada 2024.", set()),
    (ABOUT + "Bupati meminta agar tidak ada kampanye hitam.", set()),
    (ABOUT + "Bupati berharap agar tidak terjadi kericuhan saat pilkada.", set()),
    ("Kepada masyarakat, Bupati meminta agar tidak golput pada Pilkada 2024.", set()),
    ("Kepada warga, Bupati mengimbau agar tidak ikut kampanye hitam pada Pilkada 2024.", set()),
    ("KPU meminta agar tidak ada kampanye di luar jadwal pada Pilkada 2024.", set()),
]


@pytest.fixture(scope="module")
def analysed(analyse_all) -> list:
    """Every probe analysed in one call."""
    return analyse_all([text for text, _ in FORMS], published="2024-10-07")


@pytest.mark.parametrize(("k", "text", "kinds"), indexed(FORMS, lambda v: v[0][:64]))
def test_a_negated_request_asks_whom_the_sentence_names_elsewhere(analysed: list, k: int, text: str,
                                                                 kinds: set[str]) -> None:
    assert {d.kind for d in analysed[k].directives} == kinds
