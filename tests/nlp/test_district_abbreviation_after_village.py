"""A village head's title naming the village's district in its abbreviation ("Kades X Kec. Y Budi", "Lurah X, Kec. Y,
Budi") reads past the abbreviation's stop to the holder: "Kec" is no one's name, and a title with the district so
written but no holder after it gives no official. The stories are ours."""

from __future__ import annotations

import pytest

# (story, the official's name expected or None for none, a name that must not be given)
CASES = [
    ("Kades Tanjungsari Kec. Pangalengan Dedi Mulyana mengimbau perangkat desanya netral dalam Pilkada 2024.",
     "Dedi Mulyana", "Kec"),
    ("Lurah Sukaraja, Kec. Cibeunying, Wawan Hermawan, meminta ASN di kelurahannya netral pada Pemilu 2024.",
     "Wawan Hermawan", "Kec"),
    ("Kepala Desa Tanjungsari Kec. Pangalengan Dedi Mulyana meminta ASN menjaga netralitas pada Pilkada 2024.",
     "Dedi Mulyana", "Kec"),
    # no holder after the title: no official, and the abbreviation is none
    ("Kepala Desa Tanjungsari, Kec. Pangalengan, Kab. Bandung meminta perangkat desa netral dalam Pilkada 2024.",
     None, "Kec"),
    # negative: the district written in full still gives the holder as before
    ("Kepala Desa Tanjungsari Kecamatan Pangalengan Dedi Mulyana meminta ASN netral dalam Pilkada 2024.",
     "Dedi Mulyana", "Kecamatan Pangalengan Dedi Mulyana"),
]


@pytest.mark.parametrize(("text", "name", "not_name"), CASES, ids=[c[0][:40] for c in CASES])
def test_district_abbreviation_read_past(run, text: str, name: str | None, not_name: str) -> None:
    names = {o.name for o in run(text, published="2024-10-07").officials}
    assert not_name not in names, names
    if name is None:
        assert not names, names
    else:
        assert name in names, names
