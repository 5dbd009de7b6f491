""""sepantasnya", the synonym of "sepatutnya" ("ought"), in all its forms (obligation recall).

"ASN sudah sepantasnya ..." binds civil servants as "ASN sudah sepatutnya ..." does, and denied ("tidak sepantasnya")
it forbids, as "tidak sepatutnya" does; like its synonym it instructs only where civil servants are named, so what
fits a thing or the public is no directive. The stories are ours; all are analysed in one batch.
"""

from __future__ import annotations

import pytest

from tests.nlp.probes import indexed

LEAD = "Bupati memimpin apel para pegawai pemkab menjelang Pilkada 2024. "

# (text, the kind expected in the sentence after the lead, or None)
CASES: list[tuple[str, str | None]] = [
    (f"{LEAD}Para PNS sudah sepantasnya menjauh dari kegiatan partai selama tahapan pemilihan.", "obligation"),
    (f"{LEAD}Sepantasnya pegawai pemkab tidak memasang stiker pasangan calon di rumahnya.", "obligation"),
    (f"{LEAD}Menurutnya, sudah sepantasnya kami selaku ASN memberi contoh sikap netral.", "obligation"),
    (f"{LEAD}Seorang ASN tidak sepantasnya hadir berseragam di panggung kampanye.", "prohibition"),
    # no civil servant named: a thing that fits, the public's conduct
    (f"{LEAD}Harga sewa tenda itu sudah sepantasnya diturunkan panitia.", None),
    (f"{LEAD}Sudah sepantasnya warga berbondong-bondong datang ke TPS.", None),
]


@pytest.fixture(scope="module")
def analysed(analyse_all) -> list:
    """Every probe analysed in one batch."""
    return analyse_all([t for t, _ in CASES], published="2024-09-10")


@pytest.mark.parametrize(("k", "text", "kind"), indexed(CASES, lambda v: v[0][len(LEAD):][:72]))
def test_fitting_ought(analysed: list, k: int, text: str, kind: str | None) -> None:
    sentence = text[len(LEAD):]
    got = {d.kind for d in analysed[k].directives if d.sentence.strip() in sentence or sentence in d.sentence}
    assert (got == set()) if kind is None else (kind in got), (text, got)
