"""A request asking a state of civil servants with no verb ("agar tetap netral"), then "dan"/"serta" and a modal of
its own ("dan jangan memakai atribut", "dan harus menjadi contoh"), gives the request and the rule beside it, as a
comma there already does and as the same content with a verb ("agar menjaga netralitas dan jangan ...") gives. A weak
ban ("dan tidak perlu ikut-ikutan") or an ability asked ("dan dapat menyalurkan hak pilihnya") stays what the
request asks, and a modal right after the request ("meminta ASN jangan ... dan jangan ...") is what it reports. Our
own sentences, analysed in one batch."""

from __future__ import annotations

import pytest

from tests.nlp.probes import indexed, values

PROBES: list = [
    ({"appeal", "prohibition"}, "Kepala dinas menegaskan kepada para guru agar tetap netral dan jangan memakai "
                                "seragam saat hadir di acara calon."),
    ({"appeal", "prohibition"}, "Camat mengimbau pegawai kecamatan supaya netral serta tidak boleh memasang stiker "
                                "calon di rumah dinas."),
    ({"appeal", "obligation"}, "Sekda meminta ASN tetap netral dan harus memberi contoh kepada warga."),
    # a weak ban, an ability asked, or a modal the request reports at once
    ({"appeal"}, "Sekda meminta pegawai tetap netral dan tidak perlu ikut-ikutan berpolitik."),
    ({"appeal"}, "Wali kota berharap ASN tetap netral dan dapat menggunakan hak pilihnya."),
    ({"prohibition"}, "Bupati meminta ASN jangan berkampanye dan jangan mengunggah foto calon."),
]


@pytest.fixture(scope="module")
def found(analyse_all) -> list[set[str]]:
    return [{d.kind for d in a.directives} for a in analyse_all([values(p)[1] for p in PROBES])]


@pytest.mark.parametrize(("k", "kinds", "text"), indexed(PROBES, lambda v: v[1][:60]))
def test_state_asked_then_joined_rule(found, k: int, kinds: set[str], text: str) -> None:
    assert found[k] == kinds, text
