"""A village head or ward head quoted by title, a one-word place and a two- or three-word name closed by a comma, with
the day he spoke or the rest of the clause after it ("ujar Kades Margomulyo Hendra Saputra, Kamis (8/8)", "Menurut
Lurah Cempaka Rudi Hartono, pihaknya ..."): the comma closes the holder's name, not a long place. A place that may
run on over its own words, or a list after the comma, keeps no such holder. The stories are ours."""

from __future__ import annotations

import pytest

# (story, the official's name expected or None for none, a name that must not be given)
CASES = [
    ("Perangkat desa diminta tidak ikut kampanye Pilkada 2024, ujar Kades Margomulyo Hendra Saputra, Kamis (8/8).",
     "Hendra Saputra", "Margomulyo Hendra Saputra"),
    ("Menurut Kepala Desa Kalirejo Siti Nur Aisyah, pihaknya meminta ASN di desa bersikap netral dalam Pilkada 2024.",
     "Siti Nur Aisyah", "Kalirejo Siti Nur Aisyah"),
    ("Lurah Cempaka Rudi Hartono, mengatakan ASN kelurahan wajib menjaga netralitas pada Pemilu 2024.",
     "Rudi Hartono", "Cempaka Rudi Hartono"),
    # negatives: the place runs on over its own last word, and a list of those present follows the comma
    ("ASN diminta netral dalam Pilkada 2024, kata Kepala Desa Tanjung Sari Indah, Kamis (8/8).",
     None, "Sari Indah"),
    ("Rapat netralitas ASN Pilkada 2024 dihadiri Kepala Desa Margomulyo Hilir Baru, dan Camat Sukamaju.",
     None, "Hilir Baru"),
]


@pytest.mark.parametrize(("text", "name", "not_name"), CASES, ids=[c[0][:40] for c in CASES])
def test_village_holder_before_comma(run, text: str, name: str | None, not_name: str) -> None:
    names = {o.name for o in run(text, published="2024-08-08").officials}
    assert not_name not in names, names
    if name is None:
        assert not names, names
    else:
        assert name in names, names
