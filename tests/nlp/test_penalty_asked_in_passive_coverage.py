"""A request whose content opens with the penalty, named as a noun or given in the passive ("meminta agar pejabat itu
dinonaktifkan", "menekankan agar diproses hukum", "mendesak agar sanksi tegas dijatuhkan"), asks for the penalty on
those it names: the penalty alone, as a request to impose it in the active is. A request whose content opens with
conduct, a negation or a purpose ("meminta ASN netral agar tidak disanksi", "mengajak ASN bertindak netral") stays a
request. Our own sentences, analysed in one batch."""

from __future__ import annotations

import pytest

from tests.nlp.probes import indexed

PROBES: list[tuple[set[str], str]] = [
    ({"sanction"}, "Aliansi mahasiswa meminta agar kedua camat itu segera dicopot dari jabatannya jika terbukti "
                   "berkampanye untuk calon bupati."),
    ({"sanction"}, "Kalau ada ASN yang tidak netral, Sekda menekankan agar diproses hukum sesuai aturan Pilkada 2024."),
    ({"sanction"}, "Warga mendesak supaya sanksi berat dijatuhkan kepada lurah yang ikut kampanye pasangan calon."),
    # conduct first, or the penalty avoided: the request stands beside the penalty
    ({"appeal"}, "Bupati meminta seluruh ASN menjaga netralitas agar tidak dikenai sanksi pada Pilkada 2024."),
    ({"appeal"}, "Sekda mengajak semua ASN untuk bertindak netral selama tahapan Pilkada 2024."),
    ({"appeal", "sanction"}, "Wali kota mengimbau ASN agar tetap netral dan yang melanggar akan dikenai sanksi."),
]


@pytest.fixture(scope="module")
def found(analyse_all) -> list[set[str]]:
    return [{d.kind for d in a.directives} for a in analyse_all([p[1] for p in PROBES])]


@pytest.mark.parametrize(("k", "kinds", "text"), indexed(PROBES, lambda v: v[1][:60]))
def test_a_penalty_asked_is_the_penalty_alone(found, k: int, kinds: set[str], text: str) -> None:
    assert found[k] == kinds, text
