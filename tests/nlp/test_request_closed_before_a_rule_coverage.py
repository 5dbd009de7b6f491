"""A request that asks a state ("agar tetap netral", "bersikap profesional") closed by a comma or a semicolon, then a
rule with a subject of its own ("; ASN dilarang ikut kampanye", ", semua pegawai harus menjauhi ..."): two
directives, the request and the rule, as for a modal right after the comma ("meminta ASN netral, jangan ...").
A modal the request itself reports, past a comma that only sets off whom it names ("mengingatkan ASN, terutama para
guru, tidak boleh ...", "mengingatkan, ASN tidak boleh ..."), keeps its one kind, as the read gold counts a request
verb reporting a ban ('mengingatkan ASN tidak boleh ...') a ban alone in 19 of the 31 such sentences it gives a
directive (4 an appeal alone, 4 both). Our own sentences, analysed in one batch."""

from __future__ import annotations

import pytest

from tests.nlp.probes import indexed, values

PROBES: list = [
    ({"appeal", "prohibition"}, "Bupati mengimbau ASN agar tetap netral; ASN dilarang ikut kampanye pada Pilkada "
                                "2024."),
    ({"appeal", "prohibition"}, "Sekda meminta PNS bersikap profesional, pegawai tidak boleh memakai mobil dinas "
                                "untuk kampanye."),
    ({"appeal", "obligation"}, "Wali kota mengingatkan ASN agar bijak, semua pegawai harus menjauhi kegiatan "
                               "kampanye."),
    ({"appeal", "prohibition"}, "Camat meminta perangkat kecamatan tetap objektif; mereka juga dilarang menghadiri "
                                "deklarasi calon."),
    # look-alikes: the modal is what the request reports
    ({"prohibition"}, "Bupati mengingatkan ASN, terutama para guru, tidak boleh ikut kampanye pada Pilkada 2024."),
    ({"prohibition"}, "Bupati mengingatkan, ASN tidak boleh ikut kampanye pada Pilkada 2024."),
    ({"obligation"}, "Sekda meminta seluruh ASN, termasuk tenaga honorer, harus netral pada Pilkada 2024."),
    ({"prohibition"}, "Bupati meminta ASN jangan ikut kampanye pada Pilkada 2024."),
]


@pytest.fixture(scope="module")
def found(analyse_all) -> list[set[str]]:
    return [{d.kind for d in a.directives} for a in analyse_all([values(p)[1] for p in PROBES])]


@pytest.mark.parametrize(("k", "kinds", "text"), indexed(PROBES, lambda v: v[1][:60]))
def test_request_closed_before_a_rule(found, k: int, kinds: set[str], text: str) -> None:
    assert found[k] == kinds, text
