"""A request whose content names civil servants by a relative clause, then foretells their penalty with a future word
("berpesan agar ASN yang melanggar akan dikenai sanksi", "mengingatkan pegawai yang berkampanye akan disanksi"),
states a consequence, no conduct asked: the penalty alone. A relative clause after a coordinator or a comma, or a
future with no penalty, leaves the request standing. Our own sentences, analysed in one batch."""

from __future__ import annotations

import pytest

from tests.nlp.probes import indexed

PROBES: list[tuple[set[str], str]] = [
    ({"sanction"}, "Kepala BKPSDM berpesan agar setiap ASN dan tenaga honorer yang ikut berkampanye akan dihadapkan "
                   "pada sanksi berat."),
    ({"sanction"}, "Sekda mengingatkan pegawai yang memihak pasangan calon akan langsung dikenai hukuman disiplin."),
    ({"sanction"}, "Bupati meminta agar PNS (pegawai negeri sipil) yang tidak netral akan diberi sanksi tegas."),
    # the relative clause after a coordinator or a comma, or a future with no penalty: the request stands
    ({"appeal", "sanction"}, "Camat mengimbau ASN agar bersikap netral dan yang melanggar akan dikenai sanksi."),
    ({"appeal", "sanction"}, "Camat mengimbau seluruh ASN, yang melanggar akan dikenai sanksi."),
    ({"appeal"}, "Camat mengimbau ASN yang memiliki hak pilih akan tetap bersikap netral pada Pilkada 2024."),
]


@pytest.fixture(scope="module")
def found(analyse_all) -> list[set[str]]:
    return [{d.kind for d in a.directives} for a in analyse_all([p[1] for p in PROBES])]


@pytest.mark.parametrize(("k", "kinds", "text"), indexed(PROBES, lambda v: v[1][:60]))
def test_a_penalty_foretold_is_the_penalty_alone(found, k: int, kinds: set[str], text: str) -> None:
    assert found[k] == kinds, text
