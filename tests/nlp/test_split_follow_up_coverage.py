"""Reporters split 'menindaklanjuti' (to follow up) as 'menindak lanjuti', 'ditindak lanjuti' or 'kami tindak lanjuti':
its first word is then the verb of taking action against someone ('menindak', 'ditindak', 'akan kami tindak'), a
penalty cue. Split, the follow-up is what it is joined: a report or a case handled, a penalty only as a condition's
consequence ('Jika terbukti, akan kami tindak lanjuti'); the read half counts none of the bare follow-ups. Action
taken against someone, with no follow-up word, stays a penalty."""

from __future__ import annotations

import pytest

from tests.nlp.probes import indexed, sentence_kinds

CONTEXT = "Bupati mengimbau seluruh ASN menjaga netralitas dalam Pilkada 2024. "

# (sentence after the context, the kinds of directive it gives)
PROBES: list[tuple[str, tuple[str, ...]]] = [
    ("Kami ingin Bawaslu menindak lanjuti laporan warga ini.", ()),
    ("Beberapa laporan sudah masuk dan kini sedang ditindak lanjuti.", ()),
    ("Laporan itu akan kami tindak lanjuti dengan penelusuran di lapangan.", ()),
    ("Temuan tersebut akan kita tindak lanjuti pekan depan.", ()),
    ("Panwaslu sudah menindak lanjuti dan menertibkan baliho itu.", ()),
    ("Informasi itu segera ditindak lanjut oleh tim di kecamatan.", ()),
    ("Satu guru lainnya yang ditindak lanjuti ke BKN berinisial AS.", ()),
    # a condition's consequence, and action taken against someone: penalties
    ("Jika ASN terbukti tidak netral, akan kami tindak lanjuti sesuai aturan.", ("sanction",)),
    ("Kalau ada pegawai yang berkampanye, pasti akan ditindak lanjuti.", ("sanction",)),
    ("ASN yang terbukti berkampanye akan ditindak tegas.", ("sanction",)),
    ("Bawaslu akan menindak ASN yang ikut kampanye.", ("sanction",)),
]


@pytest.fixture(scope="module")
def analysed(analyse_all) -> list:
    """Every probe analysed in one call, each after the context that addresses the civil servants."""
    return analyse_all([CONTEXT + p[0] for p in PROBES], published="2024-10-07")


@pytest.mark.parametrize(("k", "kinds"), indexed(PROBES, lambda v: v[0][:56], first=1))
def test_a_split_follow_up_is_no_penalty(analysed: list, k: int, kinds: tuple[str, ...]) -> None:
    assert sentence_kinds(analysed[k], PROBES[k][0]) == set(kinds)
