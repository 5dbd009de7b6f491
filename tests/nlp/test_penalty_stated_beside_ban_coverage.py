"""A penalty inside what a ban forbids is what to avoid incurring ("jangan sampai ada ASN yang kena sanksi"), but one
after a coordinator and a word of existence ("jangan ikut kampanye dan tentu ada sanksinya") opens a clause of its own:
the ban and the penalty stated beside it. Our own sentences, analysed in one batch."""

from __future__ import annotations

import pytest

from tests.nlp.probes import indexed, values

PROBES: list = [
    ({"prohibition", "sanction"}, "Sekda meminta pegawai jangan ikut kampanye dan pasti ada hukuman disiplin."),
    ({"prohibition", "sanction"}, "Para guru jangan memihak calon mana pun, dan tentu ada sanksinya."),
    # the penalty inside what the ban forbids: what to avoid
    ({"prohibition"}, "Jangan sampai ada ASN yang terkena sanksi karena ikut kampanye."),
    ({"prohibition"}, "Pegawai jangan ikut berkampanye dan terkena sanksi disiplin."),
]


@pytest.fixture(scope="module")
def found(analyse_all) -> list[set[str]]:
    return [{d.kind for d in a.directives} for a in analyse_all([values(p)[1] for p in PROBES])]


@pytest.mark.parametrize(("k", "kinds", "text"), indexed(PROBES, lambda v: v[1][:60]))
def test_penalty_stated_beside_ban(found, k: int, kinds: set[str], text: str) -> None:
    assert found[k] == kinds, text
