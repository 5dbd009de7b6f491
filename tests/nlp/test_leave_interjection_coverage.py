"""Leave given as an interjection: "Silakan," binds the civil servants named after its comma (permission recall).

As a request's "Harapannya, seluruh ASN ..." does, "Silakan, ASN ..." grants its leave to whom follows the comma, also
to a pronoun pointing back to them ("Silakan, mereka ..."); outsiders named there keep the leave for themselves. The
stories are ours; all are analysed in one batch.
"""

from __future__ import annotations

import pytest

from tests.nlp.probes import indexed

LEAD = "Sekda mengumpulkan seluruh ASN pemkab menjelang Pilkada 2024. "

# (text, whether a permission is expected)
CASES: list[tuple[str, bool]] = [
    (f"{LEAD}Silakan, ASN datang ke TPS dan menyalurkan suaranya sesuai hati nurani.", True),
    (f"{LEAD}Silahkan, para pegawai negeri menggunakan hak suaranya pada hari pencoblosan.", True),
    (f"{LEAD}Monggo, mereka punya hak untuk menentukan calon di bilik suara.", True),
    # outsiders after the comma: their leave, not the civil servants'
    (f"{LEAD}Silakan, para simpatisan hadir di lapangan pada hari kampanye.", False),
    (f"{LEAD}Silakan, warga menanyakan visi misi calon pada hari debat.", False),
]


@pytest.fixture(scope="module")
def analysed(analyse_all) -> list:
    """Every probe analysed in one batch."""
    return analyse_all([t for t, _ in CASES], published="2024-10-10")


@pytest.mark.parametrize(("k", "text", "want"), indexed(CASES, lambda v: v[0][len(LEAD):][:72]))
def test_leave_interjection(analysed: list, k: int, text: str, want: bool) -> None:
    got = {d.kind for d in analysed[k].directives if d.sentence.lower().startswith(("silakan", "silahkan", "monggo"))}
    assert ("permission" in got) == want, (text, got)
