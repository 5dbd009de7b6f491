"""The items of a list of penalties after the sentence that gives the penalty ('Hukuman disiplin berat ada tiga.
Pertama, penurunan jabatan ... Kedua, pembebasan dari jabatan ... Ketiga, pemberhentian ...', or numbered '(1) ...
(2) ...') name its forms: one penalty, not one per item, even where an item between names a form no cue knows. An
item naming whom it binds is a rule of its own ('Ketiga, ASN dilarang ...')."""

from __future__ import annotations

import pytest

from tests.nlp.probes import indexed, values

LEAD = "Bupati mengingatkan ASN yang tidak netral dalam Pilkada 2024 akan dijatuhi hukuman disiplin berat. "

# (text after the lead, the kinds of directive its list items give)
PROBES: list = [
    ("Pertama, penurunan jabatan setingkat lebih rendah selama setahun. Kedua, pembebasan dari jabatan selama "
     "setahun. Ketiga, pemberhentian dengan hormat tidak atas permintaan sendiri.", ()),
    ("Kedua, pembebasan dari jabatan. Ketiga, pemberhentian tidak dengan hormat.", ()),
    ("Kedua, pembebasan dari jabatan. Ketiga, pemberhentian tidak dengan hormat sebagai PNS.", ()),
    ("(1) penundaan kenaikan pangkat; (2) pembebasan dari jabatan; (3) pemberhentian dengan hormat.", ()),
    # an item that names whom it binds: a rule of its own
    ("Pertama, penurunan pangkat. Kedua, ASN dilarang memasang foto calon di media sosial.", ("prohibition",)),
]


@pytest.fixture(scope="module")
def analysed(analyse_all) -> list:
    """Every probe analysed in one call, each after the lead that gives the penalty."""
    return analyse_all([LEAD + values(p)[0] for p in PROBES], published="2024-10-07")


@pytest.mark.parametrize(("k", "kinds"), indexed(PROBES, lambda v: v[0][:56], first=1))
def test_the_items_of_a_penalty_list_are_one_penalty(analysed: list, k: int, kinds: tuple[str, ...]) -> None:
    items = {d.kind for d in analysed[k].directives if not LEAD.startswith(d.sentence.strip())}
    assert items == set(kinds), [(d.kind, d.sentence) for d in analysed[k].directives]
