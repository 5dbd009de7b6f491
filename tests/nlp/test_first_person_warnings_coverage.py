"""Probe list of warnings given in the bare stem after the speaker in the first person or after what he has done
("Saya peringatkan kepada seluruh ASN untuk ...", "Kami peringatkan para pegawai untuk ...", "sudah saya peringatkan
...", "Bupati telah peringatkan ASN agar ..."): they ask the civil servants named, as "saya ingatkan" and "kami imbau"
do, and as the read half's gold gives them an appeal. The stem alone, as a headline writes it of violators, a warning
that only stresses what follows, and warnings to candidates or voters ask nothing of civil servants. Sentences are
our own; all are analysed in one batch."""

from __future__ import annotations

import pytest

from tests.nlp.probes import indexed

A = {"appeal"}

# (text, the directive kinds the analysis must give)
FORMS: list[tuple[str, set[str]]] = [
    ("\"Saya peringatkan kepada seluruh ASN untuk menjaga netralitas,\" kata Bupati jelang Pilkada 2024.", A),
    ("\"Sudah berkali-kali saya peringatkan kepada pegawai, camat dan kepala desa untuk netral,\" tegas Bupati "
     "jelang Pilkada 2024.", A),
    ("\"Kami peringatkan para pegawai untuk tidak memihak,\" kata Sekda jelang Pilkada 2024.", A),
    ("\"Saya sudah peringatkan tidak ada lagi ASN yang ikut kampanye,\" kata Bupati jelang Pilkada 2024.", A),
    ("Bupati telah peringatkan ASN agar tidak ikut kampanye pada Pilkada 2024.", A),
    ("Komisi I DPRD Peringatkan ASN yang Melanggar Netralitas pada Pilkada 2024.", set()),
    ("\"Saya peringatkan, pilkada ini harus damai,\" kata Kapolres jelang Pilkada 2024.", set()),
    ("\"Kami sudah peringatkan para calon agar tidak melibatkan warga,\" kata Ketua Bawaslu jelang Pilkada 2024.",
     set()),
    ("\"Saya peringatkan warga untuk tidak golput,\" kata Bupati jelang Pilkada 2024.", set()),
]


@pytest.fixture(scope="module")
def analysed(analyse_all) -> list:
    """Every probe analysed in one call."""
    return analyse_all([text for text, _ in FORMS], published="2024-10-07")


@pytest.mark.parametrize(("k", "text", "kinds"), indexed(FORMS, lambda v: v[0][:64]))
def test_a_first_person_warning_asks_the_civil_servants_named(analysed: list, k: int, text: str,
                                                              kinds: set[str]) -> None:
    assert {d.kind for d in analysed[k].directives} == kinds
