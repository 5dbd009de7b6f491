"""A message left with the listeners without its noun ("Saya titip, ...", "menitipkan agar ...") asks as "titip pesan"
does, civil servants named; the same verb leaving a greeting or a thing, or a wish about the contest, gives nothing.
Sentences are our own."""

from __future__ import annotations

import pytest

FORMS: list[tuple[str, list[str]]] = [
    ('"Saya titip, para pegawai pemkab tetap netral sampai Pilkada 2024 usai," kata Sekda.', ["appeal"]),
    ('"Kami titip betul, guru PNS menjauhi kampanye pada Pemilu 2024," ujar Kadisdik.', ["appeal"]),
    ("Wali kota menitipkan agar seluruh ASN tidak memihak calon pada Pilkada 2024.", ["appeal"]),
    ("Para PNS dititipkan agar menjaga sikap selama masa kampanye Pemilu 2024.", ["appeal"]),
    # a greeting or a thing left, or a wish about the contest
    ('"Saya titip salam untuk keluarga para ASN menjelang Pilkada 2024," kata Sekda.', []),
    ('"Saya titip, Pilkada 2024 berjalan damai," kata Sekda di depan ASN.', []),
    ("Seorang ASN menitipkan motornya di kantor camat saat Pilkada 2024.", []),
]


@pytest.fixture(scope="module")
def analyses(analyse_all):
    return analyse_all([text for text, _ in FORMS])


@pytest.mark.parametrize("k", range(len(FORMS)), ids=[text[:50] for text, _ in FORMS])
def test_message_left(analyses, k):
    assert [d.kind for d in analyses[k].directives] == FORMS[k][1]
