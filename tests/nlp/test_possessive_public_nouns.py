"""The public with the possessive ("warganya", "masyarakatnya") is the public, as "warga" and "masyarakat" are: leave
or a request addressed to a head's residents is not addressed to the story's civil servants (permission and appeal
precision).

A camat or a village head granting his residents leave ("mempersilakan warganya memilih sesuai hati nurani") or
inviting them ("mengajak masyarakatnya menjaga kondusivitas") speaks to the public; a ban on steering them ("dilarang
mengarahkan warganya") still binds the officials it names. The stories are ours; all are analysed in one batch.
"""

from __future__ import annotations

import pytest

from tests.nlp.probes import indexed

LEAD = "Sekda mengingatkan seluruh ASN dan kepala desa agar netral dalam pilkada tahun ini. "

# (sentence, kind, whether that kind is expected)
CASES: list[tuple[str, str, bool]] = [
    ("Camat mempersilakan warganya menggunakan hak pilih sesuai hati nurani.", "permission", False),
    ("Lurah membolehkan masyarakatnya menghadiri kampanye semua calon.", "permission", False),
    ("Kepala desa itu tidak melarang warganya memasang bendera calon di halaman rumah.", "permission", False),
    ("Lurah mengajak masyarakatnya menjaga suasana tetap sejuk menjelang pencoblosan.", "appeal", False),
    # the officials named are still barred from steering them
    ("Camat dan kepala desa dilarang mengarahkan warganya untuk memilih calon tertentu.", "prohibition", True),
    ("Kades jangan mengarahkan masyarakatnya untuk mendukung salah satu pasangan.", "prohibition", True),
]


@pytest.fixture(scope="module")
def analysed(analyse_all) -> list:
    """Every probe analysed in one batch."""
    return analyse_all([LEAD + s for s, _, _ in CASES], published="2024-10-01")


@pytest.mark.parametrize(("k", "sentence", "kind", "expected"), indexed(CASES, lambda v: v[0][:72]))
def test_possessive_public_nouns(analysed: list, k: int, sentence: str, kind: str, expected: bool) -> None:
    got = {d.kind for d in analysed[k].directives if d.sentence.strip() == sentence}
    assert (kind in got) is expected, (sentence, got)
