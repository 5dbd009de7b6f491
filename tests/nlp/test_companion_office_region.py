"""An office's head named alone as the companion of a regency's or city's official ("Sekda Kabupaten X Budi didampingi
Kepala BKPSDM Rina") serves that regency or city, even in a story that leads with its province; a regency the
sentence only locates ("Di Kabupaten X, Gubernur didampingi ...") or a province's official keeps the province's office.
The stories are ours."""

from __future__ import annotations

import pytest

LEAD = ("PALEMBANG - Pemprov Sumatera Selatan meminta ASN netral dalam Pilkada 2024. Gubernur Sumsel mengingatkan "
        "ASN provinsi agar tidak berpihak. ")

# (story, the companion's name, the body expected for him)
CASES = [
    (LEAD + "Sementara itu, Sekda Kabupaten Muara Enim Hendra Wijaya didampingi Kepala BKPSDM Rina Marlina "
     "menyampaikan pesan serupa kepada ASN Muara Enim.",
     "Rina Marlina", "Badan Kepegawaian dan Pengembangan Sumber Daya Manusia Kabupaten Muara Enim"),
    (LEAD + "Di Kota Lubuklinggau, Wali Kota Lubuklinggau didampingi Kepala BKPSDM Dedi Kurniawan meminta ASN "
     "menjauhi politik praktis.",
     "Dedi Kurniawan", "Badan Kepegawaian dan Pengembangan Sumber Daya Manusia Kota Lubuklinggau"),
    # negatives: a regency the sentence only locates, and the province's own official
    (LEAD + "Di Kabupaten Muara Enim, Gubernur didampingi Kepala BKD Rina Marlina menyampaikan pesan serupa.",
     "Rina Marlina", "Badan Kepegawaian Daerah Provinsi Sumatera Selatan"),
    (LEAD + "Gubernur Sumsel didampingi Kepala BKD Rina Marlina juga mengingatkan sanksi bagi ASN.",
     "Rina Marlina", "Badan Kepegawaian Daerah Provinsi Sumatera Selatan"),
]


@pytest.mark.parametrize(("text", "name", "agency"), CASES, ids=[c[0][len(LEAD):len(LEAD) + 40] for c in CASES])
def test_companion_office_region(run, text: str, name: str, agency: str) -> None:
    found = {o.name: o.agency for o in run(text, published="2024-09-10").officials}
    assert found.get(name) == agency, found
