"""Probe list of a request verb whose comma sets off whom it tells ("mengimbau, kepada warga agar ..."): the comma
stands between the verb and its "kepada", so the people after "kepada" are those asked, as without the comma. In a
story that addresses civil servants, the public or the candidates asked that way are no appeal to them; the civil
servants asked that way still are. Sentences are our own; all are analysed in one batch."""

from __future__ import annotations

import pytest

from tests.nlp.probes import sentence_kinds

# A story's first sentence addresses the civil servants; the second asks someone after a comma and "kepada".
CONTEXT = "Bupati mengingatkan seluruh ASN agar netral dalam Pilkada 2024."
FORMS: list[tuple[str, bool]] = [
    # the public, the press or the candidates told past the comma
    ("Sekda juga mengimbau, kepada seluruh warga agar datang ke TPS pada hari pemungutan suara.", False),
    ("Kapolres meminta, kepada para pemuda untuk tidak terpancing kabar bohong.", False),
    ("Ketua Bawaslu mengingatkan, kepada wartawan agar memberitakan tahapan secara berimbang.", False),
    ("Bupati mengajak, kepada tokoh agama untuk menyejukkan suasana menjelang pencoblosan.", False),
    # ... but the civil servants told past it are asked
    ("Sekda juga mengimbau, kepada seluruh ASN agar tidak mengunggah dukungan kepada calon.", True),
    ("Kepala BKD meminta, kepada para pegawai untuk tidak ikut kampanye.", True),
    # ... and without the comma the request goes as before
    ("Sekda juga mengimbau kepada seluruh warga agar datang ke TPS pada hari pemungutan suara.", False),
    ("Sekda juga mengimbau kepada seluruh ASN agar tidak mengunggah dukungan kepada calon.", True),
]


@pytest.fixture(scope="module")
def analysed(analyse_all) -> list:
    """Every probe analysed in one call, after the context."""
    return analyse_all([f"{CONTEXT} {text}" for text, _ in FORMS], published="2024-09-10")


@pytest.mark.parametrize("k", range(len(FORMS)), ids=[text[:50] for text, _ in FORMS])
def test_whom_the_comma_sets_off_is_asked(analysed: list, k: int) -> None:
    assert ("appeal" in sentence_kinds(analysed[k], FORMS[k][0])) == FORMS[k][1]
