"""A one-word name before "sebagai" and its office ("Masjaya sebagai Rektor Unmul dan ...") is the holder when the
story never writes the word in lower case, as with "yang merupakan"; a pronoun or a common noun opening the clause
("Dirinya sebagai Kepala Dinas ...", "Netralitas sebagai ...") is no name."""

from __future__ import annotations

import pytest

LEAD = "Netralitas ASN jelang Pilkada 2024 kembali diingatkan. "

HOLDERS = [
    (LEAD + "Dua pejabat dilaporkan ke Bawaslu, yaitu Suparno sebagai Kepala Dinas Sosial Kabupaten Klaten dan "
     "Widodo sebagai Camat Klaten Tengah.", "Suparno", "Dinas Sosial Kabupaten Klaten"),
    (LEAD + "Dalam acara itu Hasanuddin sebagai Sekda Kabupaten Gowa membacakan ikrar netralitas ASN.",
     "Hasanuddin", "Pemerintah Kabupaten Gowa"),
]

NOT_HOLDERS = [
    (LEAD + "Dirinya sebagai Kepala Dinas Pendidikan Kabupaten Garut menegaskan ASN wajib netral.", "Dirinya"),
    (LEAD + "Peran sebagai Kepala Dinas Pendidikan Kabupaten Garut menuntut sikap netral. Peran itu berat.", "Peran"),
]


@pytest.fixture(scope="module")
def analysed(analyse_all) -> dict[str, object]:
    texts = [t for t, *_ in HOLDERS + NOT_HOLDERS]
    return dict(zip(texts, analyse_all(texts, published="2024-10-07")))


@pytest.mark.parametrize(("text", "name", "agency"), HOLDERS, ids=[h[1] for h in HOLDERS])
def test_sebagai_names_one_word_holder(analysed: dict, text: str, name: str, agency: str) -> None:
    found = {o.name: o.agency for o in analysed[text].officials}
    assert found.get(name) == agency, found


@pytest.mark.parametrize(("text", "name"), NOT_HOLDERS, ids=[n[1] for n in NOT_HOLDERS])
def test_pronoun_or_noun_before_sebagai_is_no_holder(analysed: dict, text: str, name: str) -> None:
    assert name not in [o.name for o in analysed[text].officials]
