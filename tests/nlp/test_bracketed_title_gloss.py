"""One word in brackets between a title and a two-word name is the title's short form, even one the registry cannot
spell out (a misspelt "Wamendagri", a house acronym such as "Kalak" for Kepala Pelaksana): the holder is the name
after it, and the short form no official. A one-word name in brackets with no name after it stays the holder."""

from __future__ import annotations

import pytest

LEAD = "Netralitas ASN jelang Pilkada 2024 kembali diingatkan. "

# (text, the names expected, exactly)
CASES = [
    (LEAD + "Wakil Menteri Dalam Negeri (Wamendagri) Ribka Sulistyo Hadi meminta pegawai tidak memihak.",
     {"Ribka Sulistyo Hadi"}),
    (LEAD + "Wakil Menteri Dalam Negeri (Vamendagri) Ribka Sulistyo Hadi meminta pegawai tidak memihak.",
     {"Ribka Sulistyo Hadi"}),
    (LEAD + "Kepala Pelaksana Badan Penanggulangan Bencana Daerah Kabupaten Garut (Kalak) Satria Wibawa meminta "
     "pegawainya netral.", {"Satria Wibawa"}),
    # near-misses: a one-word name in brackets as the holder
    (LEAD + "Sekda Provinsi Jambi (Sudirman) mengatakan pegawai harus netral.", {"Sudirman"}),
    (LEAD + "Kepala BKD Kabupaten Garut (Hendra), dalam apel pagi, meminta ASN netral.", {"Hendra"}),
]


@pytest.fixture(scope="module")
def analysed(analyse_all) -> dict[str, object]:
    texts = [t for t, _ in CASES]
    return dict(zip(texts, analyse_all(texts, published="2024-10-07")))


@pytest.mark.parametrize(("text", "names"), CASES, ids=[f"{k}-{sorted(c[1])[0]}" for k, c in enumerate(CASES)])
def test_bracketed_word_before_a_name_glosses_the_title(analysed: dict, text: str, names: set[str]) -> None:
    found = {o.name for o in analysed[text].officials}
    assert found == names, found
