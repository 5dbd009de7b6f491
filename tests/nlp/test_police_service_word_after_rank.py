"""The police's service word after a rank ("Irjen. Pol.", "Komjen Polisi") belongs to the rank, as "Inf" or "Laut"
does: it is no part of the holder's name, whether the rank is written with a stop or the word in full. A name that
only begins like it ("Polman") is still the holder's."""

from __future__ import annotations

import pytest

LEAD = "Jelang Pilkada 2024, netralitas ASN dan anggota Polri kembali ditekankan. "

CASES = [
    (LEAD + "Kadiv Humas Polri Irjen. Pol. Agus Setiadi meminta seluruh personel tidak berpihak.",
     "Agus Setiadi", "Kepolisian Negara Republik Indonesia"),
    (LEAD + "Kapolda Lampung Irjen Polisi Wahyu Prasetya mengingatkan jajarannya agar netral.",
     "Wahyu Prasetya", "Kepolisian Daerah Lampung"),
    (LEAD + "Wakapolda Bali, Brigjen. Pol. Teguh Widodo, menegaskan anggota dilarang ikut kampanye.",
     "Teguh Widodo", "Kepolisian Daerah Bali"),
    (LEAD + "Komjen Polisi Rudi Hartono selaku Kapolda Sumatera Utara meminta anggota menjaga netralitas.",
     "Rudi Hartono", "Kepolisian Daerah Sumatera Utara"),
    # near miss: a name that begins like the service word stays whole
    (LEAD + "Kapolres Sleman AKBP Polman Siregar mengingatkan anggota agar tidak berpihak.",
     "Polman Siregar", "Kepolisian Resor Sleman"),
]


@pytest.fixture(scope="module")
def analysed(analyse_all) -> dict[str, object]:
    texts = [t for t, *_ in CASES]
    return dict(zip(texts, analyse_all(texts, published="2024-10-07")))


@pytest.mark.parametrize(("text", "name", "agency"), CASES, ids=[c[1] for c in CASES])
def test_police_service_word_is_no_name(analysed: dict, text: str, name: str, agency: str) -> None:
    found = {o.name: o.agency for o in analysed[text].officials}
    assert found.get(name) == agency, found
    assert not any(n.split()[0] in {"Pol", "Pol.", "Polisi"} for n in found), found
