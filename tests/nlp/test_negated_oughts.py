"""Probe list of every "ought" negated before the civil servants' conduct ("tidak semestinya ASN memberikan dukungan",
"PNS tak mestinya ikut kampanye", "tidak harusnya"): a prohibition, as "tidak seharusnya" and "tak sepatutnya"
already are. Negatives: the same words as an adjective closing a noun ("dukungan yang tidak semestinya") or of
outsiders' conduct in a story naming no civil servant ask nothing. Sentences are our own; analysed in one batch."""

from __future__ import annotations

import pytest

CONTEXT = "Bupati mengumpulkan para ASN menjelang Pilkada 2024."
# (text, whether it must hold a prohibition besides the context)
FORMS: list[tuple[str, bool]] = [
    (f"{CONTEXT} Walau calonnya kerabat sendiri, tidak semestinya ASN mengunggah dukungan di media sosial.", True),
    (f"{CONTEXT} Para pegawai tak mestinya hadir di deklarasi pasangan calon.", True),
    (f"{CONTEXT} ASN tidak harusnya ikut berkampanye untuk calon bupati.", True),
    (f"{CONTEXT} Berfoto dengan simbol jari bisa dibaca sebagai keberpihakan yang tidak semestinya.", False),
    ("Warga mengeluhkan jalan desa yang rusak. Truk bermuatan berat tidak semestinya melintas di jalan itu.", False),
]


@pytest.fixture(scope="module")
def analysed(analyse_all) -> list:
    """Every probe analysed in one call."""
    return analyse_all([text for text, _ in FORMS], published="2024-01-10")


@pytest.mark.parametrize("k", range(len(FORMS)), ids=[text[-50:] for text, _ in FORMS])
def test_a_negated_ought_forbids(analysed: list, k: int) -> None:
    bans = [d for d in analysed[k].directives if d.kind == "prohibition" and d.sentence.strip() != CONTEXT]
    assert bool(bans) == FORMS[k][1]


def test_an_improper_thing_in_a_sentence_naming_asn_is_no_ban(analyse_all) -> None:
    """The negated ought closing a relative clause qualifies a noun even where civil servants are named."""
    text = (f"{CONTEXT} Kami mengingatkan agar ASN tidak berswafoto dengan calon, karena itu bisa dibaca sebagai "
            "keberpihakan yang tidak seharusnya.")
    (article,) = analyse_all([text], published="2024-01-10")
    assert not [d for d in article.directives if d.kind == "prohibition"]
    assert [d for d in article.directives if d.kind == "appeal"]
