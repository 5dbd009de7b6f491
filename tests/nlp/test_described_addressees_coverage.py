"""A modal in a relative clause on those a request asks, the request's content after it past "untuk", "agar" or
"supaya" ("meminta ASN dan pihak lain yang dilarang berpolitik untuk menahan diri"), says who is asked: the request
stays an appeal, and the clause gives no rule of its own. A modal that is the request's content, or a relative clause
whose link is its own ("hal-hal yang dilarang untuk dilakukan"), that is set off by commas or whose link is followed
by a passive ("... yang dilarang berpolitik untuk diperiksa inspektorat") is left as it was. Our
own sentences, analysed in one batch."""

from __future__ import annotations

import pytest

from tests.nlp.probes import indexed

PROBES: list[tuple[set[str], str]] = [
    ({"appeal"}, "Ketua Bawaslu meminta agar ASN dan semua pihak yang dilarang berpolitik untuk menahan diri "
                 "selama pilkada."),
    ({"appeal"}, "Bupati meminta ASN dan pihak lain yang dilarang berpolitik praktis agar menahan diri."),
    ({"appeal"}, "Sekda meminta para pegawai yang wajib netral untuk tidak hadir di kampanye pasangan calon."),
    ({"appeal"}, "Wali kota meminta ASN yang tidak boleh berpolitik supaya tetap netral selama Pilkada 2024."),
    # the modal is what is asked, or the link belongs to the clause, or commas set it off: as before
    ({"prohibition"}, "Bupati meminta agar ASN yang dilarang berpolitik tetap menjaga netralitas."),
    ({"prohibition"}, "Bupati meminta semua pegawai, yang dilarang berkampanye, untuk menjaga netralitas."),
    ({"prohibition"}, "Camat meminta ASN tidak boleh ikut kampanye pasangan calon mana pun."),
    ({"appeal"}, "Bupati meminta ASN memahami aturan yang wajib ditaati agar tidak melanggar."),
    # a passive after the link asks something done to them, no conduct: the clause keeps its rule
    ({"prohibition"}, "Bupati meminta ASN yang dilarang berpolitik untuk diperiksa inspektorat."),
    ({"obligation"}, "Sekda meminta pegawai yang wajib netral untuk dibina oleh atasan masing-masing."),
]


@pytest.fixture(scope="module")
def found(analyse_all) -> list[set[str]]:
    return [{d.kind for d in a.directives} for a in analyse_all([text for _, text in PROBES])]


@pytest.mark.parametrize(("k", "kinds", "text"), indexed(PROBES, lambda v: v[1][:60]))
def test_modal_describing_those_asked(found, k: int, kinds: set[str], text: str) -> None:
    assert found[k] == kinds, text
