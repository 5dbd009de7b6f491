"""Probe list of the penalty verb "tindak" in its -i spelling, as eastern outlets write it ("pasti kami tindaki",
"bupati akan menindaki pegawai yang berpihak", "kalau terbukti, akan ditindaki"): read as "kami tindak", "menindak".
The bare passive, whose subject is as often the case acted on ("laporan itu ditindaki"), threatens only after a
condition, as "ditindaklanjuti" does; the follow-up itself stays as it was. Sentences are our own; all texts are
analysed in one batch after a sentence naming the civil servants, and only the last sentence's directives are
checked."""

from __future__ import annotations

import pytest

from pipeline.nlp.spelling import repair
from tests.nlp.probes import indexed, sentence_kinds

CONTEXT = "Sekda mengingatkan ASN agar netral pada Pilkada 2024."
S = ("sanction",)

# (the sentence checked, the kinds of directive it gives)
PROBES: list[tuple[str, tuple[str, ...]]] = [
    ("Kalau ketahuan berkampanye, pegawai itu akan ditindaki sesuai aturan.", S),
    ("Kalau ada camat yang memihak, pasti kami tindaki.", S),
    ("Bila terbukti, lurah itu akan kita tindaki.", S),
    ("Wali kota berjanji akan menindaki ASN yang ikut deklarasi calon.", S),
    ("Guru yang memasang foto paslon di kelas ditindaki tegas oleh dinas.", S),
    # stay as they were
    ("Laporan warga itu sudah ditindaklanjuti Bawaslu.", ()),
    ("Kami berharap laporan warga itu ditindaki pihak yang berwenang.", ()),
    ("Panitia menindaklanjuti berkas pendaftaran calon.", ()),
]


@pytest.fixture(scope="module")
def analysed(analyse_all) -> list:
    """Every probe analysed in one call, after the sentence naming the civil servants."""
    return analyse_all([f"{CONTEXT} {text}" for text, _ in PROBES])


@pytest.mark.parametrize(("k", "kinds"), indexed(PROBES, lambda v: v[0][:56], first=1))
def test_tindak_in_its_i_spelling_is_a_penalty(analysed: list, k: int, kinds: tuple[str, ...]) -> None:
    assert sentence_kinds(analysed[k], repair(PROBES[k][0])) == set(kinds)
