"""A national holder named without a title acts when one adverb or auxiliary stands between the name and its verb
('Tjahjo Kumolo juga meminta ...', 'Asman Abnur telah menerbitkan ...', 'Jokowi pun menegaskan ...'), as when the
verb follows the name. The word after the adverb must still be a verb; a name followed by such a word and no verb
names no official. Sentences are our own words."""

from __future__ import annotations

import pytest

MENPAN = "Kementerian Pendayagunaan Aparatur Negara dan Reformasi Birokrasi"

# (text, publication date, name, the institution expected, or None where the name makes no official)
CASES: list[tuple[str, str, str, str | None]] = [
    ("Tjahjo Kumolo juga meminta kepala daerah menindak pegawai yang berpihak.", "2018-03-05", "Tjahjo Kumolo",
     "Kementerian Dalam Negeri"),
    ("Asman Abnur telah menerbitkan edaran agar pegawai tidak berpolitik praktis.", "2017-11-20", "Asman Abnur",
     MENPAN),
    ("Dalam rapat itu Jokowi pun menegaskan pegawai negeri harus netral.", "2023-08-14", "Jokowi",
     "Presiden Republik Indonesia"),
    ("Tito Karnavian sudah mengirim surat edaran kepada para penjabat kepala daerah.", "2024-05-02", "Tito Karnavian",
     "Kementerian Dalam Negeri"),
    # the adverb leads to no verb
    ("Spanduk bergambar Jokowi juga ada di depan kantor dinas itu.", "2023-08-14", "Jokowi", None),
    ("Poster Tito Karnavian sendiri sudah lama dicopot.", "2024-05-02", "Tito Karnavian", None),
]


@pytest.mark.parametrize(("text", "published", "name", "agency"), CASES, ids=[c[0][:50] for c in CASES])
def test_a_holder_acts_past_one_adverb(run, text: str, published: str, name: str, agency: str | None) -> None:
    found = {o.name: o.agency for o in run(text, published=published).officials}
    if agency is None:
        assert name not in found, found
    else:
        assert found.get(name) == agency, found
