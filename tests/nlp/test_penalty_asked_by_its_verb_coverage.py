"""A request whose content is a penalty named by its verb ("meminta Mendagri segera mencopot Pj Bupati", "meminta
pemkot agar menonaktifkan dua pejabat", "memerintahkan Panwascam melakukan peneguran") asks the authority to impose
it: a penalty alone, no appeal on conduct, as the read gold counts all such sentences (4 outlets). Suspending an
account is advice on conduct, no suspension from office, and stays a request; a request beside the speaker's own
threat stays both. Our own sentences, analysed in one batch."""

from __future__ import annotations

import pytest

from tests.nlp.probes import indexed, values

PROBES: list = [
    ({"sanction"}, "Ketua DPRD meminta wali kota agar menonaktifkan camat yang berkampanye pada Pilkada 2024."),
    ({"sanction"}, "Bawaslu meminta Mendagri segera mencopot penjabat bupati yang tidak netral pada Pilkada 2024."),
    ({"sanction"}, "KASN meminta Bupati memberhentikan lurah yang menjadi tim sukses pada Pilkada 2024."),
    ({"sanction"}, "Bawaslu memerintahkan Panwascam untuk melakukan peneguran kepada ASN yang hadir di kampanye."),
    ({"sanction"}, "Warga mendesak Gubernur memecat pejabat yang mengarahkan ASN memilih calon pada Pilkada 2024."),
    ({"sanction"}, "Komisi II meminta Pj Gubernur segera menegur Sekda yang hadir di kampanye pada Pilkada 2024."),
    # look-alikes: an account suspended, a request on conduct, the speaker's own threat after the request
    ({"appeal"}, "Bupati mengimbau ASN menonaktifkan sementara akun media sosialnya selama Pilkada 2024."),
    ({"appeal"}, "Sekda meminta pegawai menonaktifkan akun yang dipakai berkampanye selama Pilkada 2024."),
    ({"appeal"}, "Bupati mengimbau ASN menjaga netralitas pada Pilkada 2024."),
    ({"appeal", "sanction"}, "Bupati meminta ASN netral pada Pilkada 2024, kalau ada yang berpihak saya akan mencopot "
                             "jabatannya."),
]


@pytest.fixture(scope="module")
def found(analyse_all) -> list[set[str]]:
    return [{d.kind for d in a.directives} for a in analyse_all([values(p)[1] for p in PROBES])]


@pytest.mark.parametrize(("k", "kinds", "text"), indexed(PROBES, lambda v: v[1][:60]))
def test_penalty_asked_by_its_verb(found, k: int, kinds: set[str], text: str) -> None:
    assert found[k] == kinds, text
