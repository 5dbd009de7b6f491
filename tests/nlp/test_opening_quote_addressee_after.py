"""A quote that opens the story (a page or excerpt starting in the middle of the speech) names no addressee, and
there is nothing before it to borrow one from: the paragraph right after it, which tells who spoke and of whom,
names whom the quote addresses. A paragraph after it that turns to another matter ("Sementara itu, ...") does not,
nor does a quote further down the story, which keeps to what comes before it. The stories are ours.
"""

from __future__ import annotations

import pytest

P, B, DUTY = "permission", "prohibition", "obligation"

# (text, the kinds given for the opening quote's sentences)
CASES: list[tuple[str, set[str]]] = [
    # the addressee named in the paragraph after the opening quote
    ('"Kalau diundang karena jabatannya, tentu saja tidak masalah. Di luar itu semuanya dilarang," kata Ketua '
     'Bawaslu.\nIa menjelaskan aturan baru soal pegawai ASN yang menghadiri tahapan kampanye Pilkada 2024.', {P, B}),
    ('"Dia boleh mendapat kesempatan mendengarkan program calon karena punya hak pilih," ujarnya.\nMenteri itu '
     'kembali menegaskan, ASN tidak boleh ikut mengelola kampanye Pilkada 2024.', {P}),
    ('"Pokoknya harus netral, itu harga mati," tegas Sekda.\nSekda menyampaikan hal itu di hadapan ratusan PNS '
     'dalam apel pagi menjelang Pilkada 2024.', {DUTY}),
    # another matter after it: no addressee borrowed
    ('"Kalau diundang karena jabatannya, tentu saja tidak masalah," kata Ketua Bawaslu.\nSementara itu, Bupati '
     'meminta seluruh ASN menjaga netralitas dalam Pilkada 2024.', set()),
    # no civil servant in the paragraph after it either
    ('"Kalau diundang karena jabatannya, tentu saja tidak masalah," kata Ketua Bawaslu.\nIa menyampaikan hal itu '
     'kepada wartawan di kantornya menjelang Pilkada 2024.', set()),
]

# a quote further down the story keeps to its context before it: the paragraph after it lends it nothing
LATER = ('Bawaslu menggelar rapat koordinasi dengan panitia pengawas kecamatan menjelang Pilkada 2024.\n'
         '"Kalau diundang karena jabatannya, tentu saja tidak masalah," kata Ketua Bawaslu.\n'
         'Ia menjelaskan aturan baru soal pegawai ASN yang menghadiri tahapan kampanye.')


@pytest.fixture(scope="module")
def analysed(analyse_all) -> dict[str, object]:
    """Every text analysed in one batch, by text."""
    texts = [t for t, _ in CASES] + [LATER]
    return dict(zip(texts, analyse_all(texts, published="2024-10-07")))


@pytest.mark.parametrize(("text", "kinds"), CASES, ids=[t[:60] for t, _ in CASES])
def test_opening_quote_takes_the_addressee_after_it(analysed: dict, text: str, kinds: set[str]) -> None:
    first = text.split("\n")[0]
    got = {d.kind for d in analysed[text].directives if d.sentence[:30] in first}
    assert got == kinds


def test_later_quote_borrows_nothing_from_after(analysed: dict) -> None:
    assert not [d for d in analysed[LATER].directives if "jabatannya" in d.sentence]
