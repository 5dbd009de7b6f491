"""A junior police rank written in capitals ("IPTU", "IPDA", "AIPDA"), as police releases and regional outlets print
it like AKBP, stands between the title and the holder's name as the rank in title case does. A headline in
capitals that runs on after the name still gives no holder."""

from __future__ import annotations

import pytest

LEAD = "Jelang Pilkada 2024, sosialisasi netralitas ASN digelar di kecamatan. "

CASES = [
    (LEAD + "Kapolsek Cibadak, IPTU Yayan Suryana, S.H., mengingatkan anggota dan ASN agar tidak berpihak.",
     "Yayan Suryana", "Kepolisian Sektor Cibadak"),
    (LEAD + "Turut hadir Kapolsek Ngawen IPDA Sugeng Riyadi serta para kepala desa se-kecamatan.",
     "Sugeng Riyadi", "Kepolisian Sektor Ngawen"),
    (LEAD + "Kasat Intelkam Polres Blora AIPTU Hadi Purnomo menegaskan ASN wajib menjaga netralitas.",
     "Hadi Purnomo", "Kepolisian Resor Blora"),
]

# near miss: a headline in capitals goes on after the name, so no holder is read from it
HEADLINE = "KAPOLSEK IPTU YAYAN SURYANA PIMPIN APEL NETRALITAS PILKADA 2024"


@pytest.fixture(scope="module")
def analysed(analyse_all) -> dict[str, object]:
    texts = [t for t, *_ in CASES] + [HEADLINE]
    return dict(zip(texts, analyse_all(texts, published="2024-10-07")))


@pytest.mark.parametrize(("text", "name", "agency"), CASES, ids=[c[1] for c in CASES])
def test_capital_rank_opens_no_name(analysed: dict, text: str, name: str, agency: str) -> None:
    found = {o.name: o.agency for o in analysed[text].officials}
    assert found.get(name) == agency, found
    assert not any(n.split()[0].isupper() for n in found), found


def test_headline_in_capitals_gives_no_holder(analysed: dict) -> None:
    assert not analysed[HEADLINE].officials
