"""A passive request joined by "dan"/"serta" after a rule on the same subject ("PNS dilarang ikut kampanye dan
diminta tetap netral", "... dan juga diharapkan menjaga netralitas") is a second predicate: one is not barred from
being asked, nor does the request frame the rule before it, so the sentence gives both. An active request verb after
a ban ("dilarang ikut kampanye dan mengajak warga memilih calon") is still conduct the ban bars. Our own sentences,
analysed in one batch."""

from __future__ import annotations

import pytest

from tests.nlp.probes import indexed, values

PROBES: list = [
    ({"appeal", "prohibition"}, "Para guru dilarang hadir di kampanye dan diminta tetap netral selama Pilkada 2024."),
    ({"appeal", "prohibition"}, "Pegawai kecamatan tidak boleh memasang stiker calon dan juga diharapkan menjaga "
                                "netralitas."),
    ({"appeal", "obligation"}, "Seluruh ASN wajib netral serta diimbau tidak mengunggah foto calon."),
    # an active request verb after the ban: what the ban bars
    ({"prohibition"}, "ASN dilarang ikut kampanye dan mengajak warga memilih calon tertentu."),
]


@pytest.fixture(scope="module")
def found(analyse_all) -> list[set[str]]:
    return [{d.kind for d in a.directives} for a in analyse_all([values(p)[1] for p in PROBES])]


@pytest.mark.parametrize(("k", "kinds", "text"), indexed(PROBES, lambda v: v[1][:60]))
def test_passive_request_after_rule(found, k: int, kinds: set[str], text: str) -> None:
    assert found[k] == kinds, text
