"""Probe list of a message told after a verb of telling and its comma ("Bupati berpesan, jangan ...", "Wali Kota
mengingatkan kembali, jangan ada yang memihak"): the clause opens after the comma (past an adverb), so a regional
head speaking before the verb is not read as the subject the ban is for; a pronoun pointing back to the speaker right
after the comma keeps the speaker the subject, and a message naming outsiders stays theirs. Each probe follows a
sentence naming civil servants; only the probe sentence's directives are read. Sentences are our own; all are
analysed in one batch."""

from __future__ import annotations

import pytest

from tests.nlp.probes import indexed

P = {"prohibition"}
LEAD = "Pemerintah Kabupaten Sukamaju menggelar apel netralitas ASN menjelang pilkada. "

# (probe sentence, whether it must give a prohibition)
FORMS: list[tuple[str, set[str]]] = [
    ("Bupati pun berpesan, jangan ikut kampanye pasangan calon mana pun.", P),
    ("Wali Kota mengingatkan, jangan ada yang memasang stiker calon di kendaraan dinas.", P),
    ("Pj Gubernur meminta, jangan sampai ada pegawai yang ikut deklarasi calon.", P),
    ("Wakil Bupati menekankan, jangan unggah foto bersama calon di media sosial.", P),
    ("Bupati juga mengingatkan kembali, jangan ada yang hadir di deklarasi calon.", P),
    # look-alikes: the speaker pointed back to, outsiders named in the message, the head's own rule
    ("Bupati mengingatkan, dirinya tidak boleh berkampanye tanpa mengambil cuti.", set()),
    ("Bupati berpesan, para calon jangan saling menjatuhkan selama kampanye.", set()),
    ("Bupati tidak boleh memakai mobil dinas untuk berkampanye.", set()),
]


@pytest.fixture(scope="module")
def analysed(analyse_all) -> list:
    """Every probe analysed in one call, after the lead sentence."""
    return analyse_all([LEAD + text for text, _ in FORMS], published="2024-10-07")


@pytest.mark.parametrize(("k", "text", "kinds"), indexed(FORMS, lambda v: v[0][:64]))
def test_told_message_opens_its_clause(analysed: list, k: int, text: str, kinds: set[str]) -> None:
    opening = text[:30]
    got = {d.kind for d in analysed[k].directives if opening in d.sentence}
    assert got & P == kinds
