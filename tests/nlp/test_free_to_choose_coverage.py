"""Leave put as freedom to choose: "ASN bebas memilih", "diberi keleluasaan" (permission recall).

Like "bebas menentukan pilihan" and "diberi kebebasan", saying civil servants are free to choose, or given latitude,
allows them the vote. Said of voters at large it allows civil servants nothing, and "bebas" of something else ("bebas
dari tekanan") is no leave. The stories are ours; all are analysed in one batch.
"""

from __future__ import annotations

import pytest

from tests.nlp.probes import indexed

LEAVE = "permission"
LEAD = "Sekda memimpin apel pagi menjelang Pilkada 2024. "

# (text, whether a permission is expected)
CASES: list[tuple[str, bool]] = [
    (f"{LEAD}Menurut Sekda, ASN bebas memilih calon mana pun di bilik suara, tetapi dilarang berkampanye.", True),
    (f"{LEAD}Pegawai negeri diberi keleluasaan untuk menentukan pilihannya pada hari pencoblosan.", True),
    # voters at large, or free of something: nothing allowed
    (f"{LEAD}Warga bebas memilih pasangan calon yang disukainya tanpa paksaan.", False),
    (f"{LEAD}Sekda memastikan ASN bebas dari tekanan atasan selama masa kampanye.", False),
]


@pytest.fixture(scope="module")
def analysed(analyse_all) -> list:
    """Every probe analysed in one batch."""
    return analyse_all([t for t, _ in CASES], published="2024-09-10")


@pytest.mark.parametrize(("k", "text", "allowed"), indexed(CASES, lambda v: v[0][len(LEAD):][:72]))
def test_free_to_choose(analysed: list, k: int, text: str, allowed: bool) -> None:
    got = {d.kind for d in analysed[k].directives if "bebas" in d.sentence or "keleluasaan" in d.sentence}
    assert (LEAVE in got) is allowed, (text, got)
