"""Probe list of the text a directive of a very short sentence reports: the sentence and the next one of its paragraph,
which goes on with the same statement, in direct speech ("Tidak boleh itu. Sama sekali dilarang."), so that the text
holds the whole statement; a longer sentence, a short one that ends its paragraph and a reporter's own short sentence
report themselves alone. Sentences are our own; all are analysed in one batch."""

from __future__ import annotations

import pytest

from tests.nlp.probes import indexed

LEAD = "Sekda mengumpulkan para pegawai jelang pilkada.\n\n"

# (text, kind, the directive's reported text)
FORMS: list[tuple[str, str, str]] = [
    (LEAD + '"Tidak boleh itu. Sama sekali dilarang bagi pegawai," katanya.', "prohibition",
     '"Tidak boleh itu. Sama sekali dilarang bagi pegawai," katanya.'),
    (LEAD + '"Pegawai harus mundur. Kalau honorer, kita lihat dulu aturannya," ujarnya.', "obligation",
     '"Pegawai harus mundur. Kalau honorer, kita lihat dulu aturannya," ujarnya.'),
    # look-alikes: the sentence alone
    (LEAD + "Pegawai harus netral dalam pemilihan nanti. Kami sudah mengirim surat edaran.", "obligation",
     "Pegawai harus netral dalam pemilihan nanti."),
    (LEAD + "Pegawai harus netral.\n\nKami sudah mengirim surat edaran ke semua kantor.", "obligation",
     "Pegawai harus netral."),
    (LEAD + "Pegawai diimbau netral. Bupati meminta ucapannya tidak disalahartikan.", "appeal",
     "Pegawai diimbau netral."),
]


@pytest.fixture(scope="module")
def analysed(analyse_all) -> list:
    """Every probe analysed in one call."""
    return analyse_all([text for text, _, _ in FORMS], published="2024-10-07")


@pytest.mark.parametrize(("k", "text", "kind", "reported"), indexed(FORMS, lambda v: v[0][len(LEAD):len(LEAD) + 64]))
def test_short_statement_text(analysed: list, k: int, text: str, kind: str, reported: str) -> None:
    assert reported in {d.sentence for d in analysed[k].directives if d.kind == kind}
