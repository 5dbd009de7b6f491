"""Ministers handed leave or duties by name are outsiders, as state officials are (permission precision).

The election laws let ministers and their deputies campaign on leave from office; a story about civil servants that
tells how a president or a commission lets them ("Presiden mengizinkan para menteri ikut berkampanye", "KPU
mempersilakan wakil menteri masuk tim kampanye") gives no leave to the civil servants it names elsewhere, nor does a
line with no subject after it ("Boleh saja, asal cuti"). A minister who speaks, or a request to ministers about the
civil servants of their ministries, keeps its directive. The stories are ours; all are analysed in one batch.
"""

from __future__ import annotations

import pytest

from tests.nlp.probes import indexed

LEAD = "Gubernur mengingatkan seluruh ASN wajib netral dalam Pemilu 2024. "

# (text, kind, whether the kind is expected)
CASES: list[tuple[str, str, bool]] = [
    # leave handed to ministers: none to the civil servants
    (LEAD + "Presiden mengizinkan para menteri ikut berkampanye untuk pasangan calon.", "permission", False),
    (LEAD + "KPU membolehkan wakil menteri masuk dalam tim kampanye nasional.", "permission", False),
    (LEAD + "Presiden memperbolehkan menteri-menteri dari partai mendukung calon. \"Boleh saja, asal cuti,\" "
     "ujarnya.", "permission", False),
    # a minister who speaks, a request to ministers about their staff, leave to civil servants: kept
    (LEAD + "Menteri Dalam Negeri menegaskan ASN boleh hadir di kampanye sebagai pendengar.", "permission", True),
    (LEAD + "Presiden meminta para menteri memastikan ASN di kementeriannya tetap netral.", "appeal", True),
    (LEAD + "Menteri PANRB meminta seluruh pegawai tidak memasang baliho calon.", "appeal", True),
]


@pytest.fixture(scope="module")
def analysed(analyse_all) -> list:
    """Every text of the list analysed in one batch."""
    return analyse_all([t for t, _, _ in CASES], published="2024-01-10")


@pytest.mark.parametrize(("k", "text", "kind", "present"), indexed(CASES, lambda v: v[0][len(LEAD):][:70]))
def test_leave_handed_to_ministers_is_none_of_the_civil_servants(analysed: list, k: int, text: str, kind: str,
                                                                 present: bool) -> None:
    got = {d.kind for d in analysed[k].directives}
    assert (kind in got) is present
