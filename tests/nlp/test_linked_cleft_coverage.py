"""Probe list of a ban stated as a cleft ("yang dilarang ...", "yang tidak boleh ...") opening its sentence after a
linking word ("Namun yang ...", "Tapi yang ...") and maybe a speech tag set off by commas: the cleft names what is
forbidden, as at a sentence's very start, and binds the civil servants the story addresses. A noun before "yang"
keeps it a relative clause that describes the noun. Sentences are our own; all are analysed in one batch."""

from __future__ import annotations

import pytest

from tests.nlp.probes import indexed

LEAD = "Sekda mengumpulkan para ASN menjelang Pilkada 2024. "
P = {"prohibition"}

# (text, whether it must give a prohibition)
FORMS: list[tuple[str, set[str]]] = [
    (LEAD + "Namun yang tidak boleh, ujar Sekda, adalah memasang stiker calon di mobil dinas.", P),
    (LEAD + "Tapi yang dilarang, menurut dia, bila pegawai ikut berorasi di panggung kampanye.", P),
    (LEAD + "Sedangkan yang tidak diperbolehkan adalah mengunggah foto bersama calon.", P),
    # look-alikes: a relative clause about a noun
    (LEAD + "Namun gerakan jari yang dilarang itu belum banyak dipahami warga desa.", set()),
    (LEAD + "Tapi daftar yang dilarang itu baru dibagikan pekan depan.", set()),
]


@pytest.fixture(scope="module")
def analysed(analyse_all) -> list:
    """Every probe analysed in one call."""
    return analyse_all([text for text, _ in FORMS], published="2024-10-07")


@pytest.mark.parametrize(("k", "text", "kinds"), indexed(FORMS, lambda v: v[0][len(LEAD):len(LEAD) + 64]))
def test_linked_cleft_is_a_ban(analysed: list, k: int, text: str, kinds: set[str]) -> None:
    got = {d.kind for d in analysed[k].directives}
    assert got & P == kinds
