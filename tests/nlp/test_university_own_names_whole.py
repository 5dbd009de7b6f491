"""A university's own name is read whole after its head's title, even when it is longer than a place name or opens
with a general's rank ("Rektor Universitas Sultan Ageng Tirtayasa Budi", "Rektor Universitas Jenderal Soedirman"):
the rank is a word of the name, not the holder's, and the name's last word is no holder."""

from __future__ import annotations

import pytest

LEAD = "Netralitas ASN jelang Pilkada 2024 kembali diingatkan. "

HOLDERS = [
    (LEAD + "Rektor Universitas Jenderal Soedirman Rina Wulandari meminta dosen berstatus ASN tetap netral.",
     "Rina Wulandari", "Universitas Jenderal Soedirman"),
    (LEAD + "Rektor Universitas Sultan Ageng Tirtayasa Joko Prasetyo mengingatkan pegawai kampus agar netral.",
     "Joko Prasetyo", "Universitas Sultan Ageng Tirtayasa"),
    (LEAD + "Dekan FISIP Universitas Jenderal Soedirman Hendra Kusuma menyebut ASN dilarang berkampanye.",
     "Hendra Kusuma", "Universitas Jenderal Soedirman"),
    (LEAD + "Rektor Universitas Jenderal Achmad Yani Sri Mulyani meminta pegawainya menjaga netralitas.",
     "Sri Mulyani", "Universitas Jenderal Achmad Yani"),
    # near-misses: a name of two words and a seat after it keep reading as before
    (LEAD + "Rektor Universitas Gadjah Mada Andi Saputra meminta ASN kampus netral.",
     "Andi Saputra", "Universitas Gadjah Mada"),
    (LEAD + "Rektor UIN Alauddin Makassar Budi Hartono meminta ASN kampus netral.",
     "Budi Hartono", "Universitas Islam Negeri Alauddin Makassar"),
]

NOT_HOLDERS = [
    (LEAD + "Rektor Universitas Sultan Ageng Tirtayasa Joko Prasetyo mengingatkan pegawai kampus agar netral.",
     "Tirtayasa"),
    (LEAD + "Rektor Universitas Jenderal Achmad Yani Sri Mulyani meminta pegawainya menjaga netralitas.",
     "Yani Sri Mulyani"),
]


@pytest.fixture(scope="module")
def analysed(analyse_all) -> dict[str, object]:
    texts = list(dict.fromkeys(t for t, *_ in HOLDERS + NOT_HOLDERS))
    return dict(zip(texts, analyse_all(texts, published="2024-10-07")))


@pytest.mark.parametrize(("text", "name", "agency"), HOLDERS, ids=[h[1] for h in HOLDERS])
def test_the_holder_works_at_the_whole_name(analysed, text: str, name: str, agency: str) -> None:
    found = {o.name: o.agency for o in analysed[text].officials}
    assert found.get(name) == agency


@pytest.mark.parametrize(("text", "word"), NOT_HOLDERS, ids=[n[1] for n in NOT_HOLDERS])
def test_a_word_of_the_name_is_no_holder(analysed, text: str, word: str) -> None:
    assert word not in [o.name for o in analysed[text].officials]
