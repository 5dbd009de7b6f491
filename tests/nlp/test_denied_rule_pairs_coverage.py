"""Probe list of a ban denied to two rule nouns joined before "yang melarang" ("tidak ada regulasi atau aturan yang
melarang ..."): as with one noun, no rule forbids it, so civil servants may do it. A pair of rule nouns that does
forbid ("ada aturan dan ketentuan yang melarang"), or joined nouns that are no rules, gives no leave. Sentences are
our own; all are analysed in one batch."""

from __future__ import annotations

import pytest

from tests.nlp.probes import indexed

# (text, whether the analysis gives a permission)
FORMS: list[tuple[str, bool]] = [
    ("Menurut Kepala BKD, tidak ada aturan atau ketentuan yang melarang ASN menonton debat calon di televisi.", True),
    ("Sejauh ini belum ada regulasi maupun peraturan yang melarang pegawai menyukai unggahan calon bupati.", True),
    ("Ia menyebut tak ada peraturan dan ketentuan yang melarang PNS datang ke TPS lebih pagi.", True),
    ("Ada aturan dan ketentuan yang melarang ASN menonton kampanye dengan seragam dinas.", False),
    ("Tidak ada warga atau tokoh yang melarang ASN menonton debat calon di balai desa.", False),
]


@pytest.fixture(scope="module")
def analysed(analyse_all) -> list:
    """Every probe analysed in one call."""
    return analyse_all([text for text, _ in FORMS], published="2024-10-07")


@pytest.mark.parametrize(("k", "text", "leave"), indexed(FORMS, lambda v: v[0][:64]))
def test_a_ban_denied_to_two_joined_rules_gives_leave(analysed: list, k: int, text: str, leave: bool) -> None:
    assert ("permission" in {d.kind for d in analysed[k].directives}) is leave
