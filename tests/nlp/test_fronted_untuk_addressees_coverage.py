"""Probe list of requests whose addressee is put first after "untuk" and a comma, before the speaker and his verb
("Untuk seluruh pegawai, Bupati berharap agar ...", "Khusus untuk para camat, Sekda mengingatkan supaya ..."): those
named are whom it asks, as after "Kepada ..." or "Bagi ...", so a hope (which asks only civil servants named) asks
them, and a request put to candidates or voters this way asks no civil servant even where the story names them.
Sentences are our own; all are analysed in one batch."""

from __future__ import annotations

import pytest

from tests.nlp.probes import indexed

A = {"appeal"}
ABOUT = "Netralitas ASN dibahas dalam apel pagi jelang Pilkada 2024. "

# (text, the directive kinds the analysis must give)
FORMS: list[tuple[str, set[str]]] = [
    ("Untuk seluruh pegawai, Bupati berharap agar tidak ikut kampanye pada Pilkada 2024.", A),
    ("Untuk para kepala dinas, Sekda berharap supaya menjaga integritas dan netralitas pada Pilkada 2024.", A),
    ("Untuk ASN di lingkungan Pemkot Bogor, Wali Kota berharap untuk tetap netral pada Pilkada 2024.", A),
    ("Khusus untuk para camat, Sekda berharap agar tidak memihak pada Pilkada 2024.", A),
    ("Untuk warga, Bupati berharap agar datang ke TPS pada Pilkada 2024.", set()),
    (ABOUT + "Khusus untuk pasangan calon, Ketua Bawaslu mengingatkan agar selalu menjaga ketertiban.", set()),
    (ABOUT + "Untuk para pemilih, Bupati meminta agar tidak golput.", set()),
    ("Untuk itu, Bupati berharap agar Pilkada 2024 damai.", set()),
]


@pytest.fixture(scope="module")
def analysed(analyse_all) -> list:
    """Every probe analysed in one call."""
    return analyse_all([text for text, _ in FORMS], published="2024-10-07")


@pytest.mark.parametrize(("k", "text", "kinds"), indexed(FORMS, lambda v: v[0][:64]))
def test_an_addressee_put_first_after_untuk_is_whom_it_asks(analysed: list, k: int, text: str,
                                                            kinds: set[str]) -> None:
    assert {d.kind for d in analysed[k].directives} == kinds
