"""Leave to civil servants whose spouse runs for a paired office ('calon presiden/wakil presiden') stays theirs.

The head of state's own leave ("presiden juga boleh berkampanye") is no leave to civil servants, but the office a
contest fills is not its holder: "ASN yang istrinya menjadi calon presiden/wakil presiden boleh mendampingi" gives
the leave to the civil servants, also when the paired office ('wakil presiden') stands between the contest word and
the cue. Without a contest word before the pair, the holders' own leave still gives none. The stories are ours; all
are analysed in one batch.
"""

from __future__ import annotations

import pytest

from tests.nlp.probes import indexed

P = "permission"
NO_LEAVE: set[str] = set()  # no permission; other kinds not checked
LEAD = "Edaran baru mengatur netralitas ASN menjelang Pemilu 2024. "

# (text, kinds expected; NO_LEAVE: no permission)
CASES: list[tuple[str, set[str]]] = [
    # the contest's office: the civil servants' leave
    (LEAD + "PNS yang suaminya menjadi calon presiden/wakil presiden boleh mendampingi saat pendaftaran.", {P}),
    (LEAD + "ASN yang istrinya maju sebagai calon wakil presiden boleh hadir di kampanye tanpa atribut.", {P}),
    (LEAD + "ASN yang pasangannya calon presiden dan wakil presiden diperbolehkan mendampingi di acara debat.", {P}),
    # the holders' own leave: none to civil servants
    (LEAD + "Presiden dan wakil presiden boleh berkampanye asalkan mengambil cuti.", NO_LEAVE),
    (LEAD + "Juru bicara istana menyebut wakil presiden juga boleh ikut berkampanye.", NO_LEAVE),
]


@pytest.fixture(scope="module")
def analysed(analyse_all) -> list:
    """Every text of the list analysed in one batch."""
    return analyse_all([t for t, _ in CASES], published="2023-11-20")


@pytest.mark.parametrize(("k", "text", "kinds"), indexed(CASES, lambda v: v[0][len(LEAD):][:70]))
def test_paired_office_contest_leave(analysed: list, k: int, text: str, kinds: set[str]) -> None:
    got = {d.kind for d in analysed[k].directives}
    if kinds is NO_LEAVE:
        assert P not in got
    else:
        assert P in got
