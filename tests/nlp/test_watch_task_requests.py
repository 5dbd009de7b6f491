"""Probe list of requests whose first asked verb watches, foresees or coordinates ("meminta lurah memantau situasi",
"diimbau berkoordinasi dengan aparat keamanan", "meminta jajaran mengantisipasi isu banjir"): a task of running the
election, no conduct asked of civil servants, so no appeal. The same verbs about neutrality or civil servants
("memantau para pegawai agar tidak ikut kampanye", "memantau netralitas guru") and requests whose first verb is
another ("menjaga kondusivitas", "bersikap netral") still ask. Sentences are our own; all are analysed in one batch."""

from __future__ import annotations

import pytest

from tests.nlp.probes import indexed

APPEAL = {"appeal"}

# (text, the directive kinds the analysis must give)
FORMS: list[tuple[str, set[str]]] = [
    # a task of the election's running: no appeal
    ("Wali kota meminta para camat untuk memantau keadaan wilayah selama Pilkada 2024.", set()),
    ("Para lurah diimbau terus berkoordinasi dengan Polsek dan Koramil selama Pilkada 2024.", set()),
    ("Gubernur meminta jajarannya mengantisipasi banjir dan kemacetan menjelang Pilkada 2024.", set()),
    ("Bupati meminta kepala dinas segera menjalin koordinasi dengan panitia pemilihan untuk Pilkada 2024.", set()),
    ("Sekda mengajak para camat meningkatkan koordinasi dengan aparat keamanan selama Pilkada 2024.", set()),
    # the same verbs about neutrality or civil servants: still an appeal
    ("Bupati meminta kepala dinas memantau para pegawai agar tidak ikut kampanye pada Pilkada 2024.", APPEAL),
    ("Wali kota meminta camat memantau netralitas guru selama Pilkada 2024.", APPEAL),
    ("Sekda mengajak ASN berkoordinasi agar tetap netral dan tidak memihak calon pada Pilkada 2024.", APPEAL),
    # another first verb: still an appeal
    ("Bupati meminta ASN menjaga kondusivitas daerah selama Pilkada 2024.", APPEAL),
    ("Camat meminta para pegawai kecamatan bersikap netral pada Pilkada 2024.", APPEAL),
]


@pytest.fixture(scope="module")
def analysed(analyse_all) -> list:
    """Every probe analysed in one call."""
    return analyse_all([text for text, _ in FORMS], published="2024-10-07")


@pytest.mark.parametrize(("k", "text", "kinds"), indexed(FORMS, lambda v: v[0][:64]))
def test_a_watch_task_is_no_appeal(analysed: list, k: int, text: str, kinds: set[str]) -> None:
    assert {d.kind for d in analysed[k].directives} == kinds
