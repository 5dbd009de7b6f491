"""Former civil servants are outside the service (permission precision).

Retirees and former civil servants ("pensiunan", "pensiunan PNS", "mantan ASN", "purnawirawan") are no longer bound by
the neutrality rules: leave given to them ("Pensiunan PNS boleh ikut berkampanye") is theirs, not the civil servants',
however much the story speaks of those. Serving civil servants close to retirement stay civil servants ("Pegawai yang
menjelang pensiun boleh ...", "ASN yang akan pensiun tetap dilarang ..."). The stories are ours; all are analysed
in one batch.
"""

from __future__ import annotations

import pytest

from tests.nlp.probes import indexed

P, B = "permission", "prohibition"
LEAD = "Sekda mengingatkan seluruh ASN agar menjaga netralitas dalam Pilkada 2024. "

# (text, kinds expected in the text's second sentence)
CASES: list[tuple[str, set[str]]] = [
    # leave to those who have left the service: none
    (LEAD + "Pensiunan PNS boleh ikut berkampanye untuk calon mana pun.", set()),
    (LEAD + "Para pensiunan bisa bergabung dengan partai dan menjadi politisi.", set()),
    (LEAD + "Mantan ASN itu boleh mendaftar sebagai caleg karena sudah berhenti.", set()),
    (LEAD + "Purnawirawan boleh menjadi anggota tim pemenangan.", set()),
    # ... serving civil servants near retirement keep their rule
    (LEAD + "Pegawai yang menjelang pensiun boleh mengikuti sosialisasi calon sebagai pendengar.", {P}),
    (LEAD + "ASN yang akan pensiun tetap dilarang berkampanye sampai SK pensiunnya terbit.", {B}),
    (LEAD + "PNS boleh datang ke kampanye asalkan tidak memakai seragam.", {P}),
]


@pytest.fixture(scope="module")
def analysed(analyse_all) -> list:
    """Every text of the list analysed in one batch."""
    return analyse_all([t for t, _ in CASES], published="2024-10-07")


@pytest.mark.parametrize(("k", "text", "kinds"), indexed(CASES, lambda v: v[0][len(LEAD):][:70]))
def test_former_civil_servants(analysed: list, k: int, text: str, kinds: set[str]) -> None:
    second = text[len(LEAD):]
    assert {d.kind for d in analysed[k].directives if d.sentence.strip() == second} == kinds
