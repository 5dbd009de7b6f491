"""Probe list of police and army units named by their headquarters: the unit's head with "Ma" (markas) fused before
it ("di Mapolres Sleman", "Mapolda Riau", "Makodim 0712/Tegal"). The place names the unit, as its head would. Where
no region follows and the story names none, no particular unit is read. Sentences in our own words, one batch."""

from __future__ import annotations

import pytest

# (text, a body it must name or None, a prefix no body it names may start with or None)
FORMS = [
    ("Apel siaga netralitas ASN digelar di Mapolres Sleman pada Senin pagi.", "Kepolisian Resor Sleman", None),
    ("Mapolda Riau menjadi tempat deklarasi netralitas ASN menjelang Pilkada 2024.", "Kepolisian Daerah Riau", None),
    ("Rapat pengamanan pilkada berlangsung di Mapolresta Pekanbaru bersama camat dan lurah.",
     "Kepolisian Resor Kota Pekanbaru", None),
    ("Para kepala desa diundang ke Mapolsek Cicurug untuk sosialisasi netralitas.", "Kepolisian Sektor Cicurug",
     None),
    ("Deklarasi ASN netral juga dilakukan di Makodim 0712/Tegal pada pekan lalu.",
     "Komando Distrik Militer 0712/Tegal", None),
    # no region after it and none in the story: no particular unit
    ("Sosialisasi netralitas ASN digelar di Mapolres pada Senin pagi.", None, "Kepolisian Resor "),
]


@pytest.fixture(scope="module")
def analysed(analyse_all) -> list:
    """Every probe analysed in one call."""
    return analyse_all([form[0] for form in FORMS], published="2024-10-10")


@pytest.mark.parametrize(("k", "text", "named", "not_prefix"),
                         [pytest.param(k, *f, id=f"{k}-{f[0][:40]}") for k, f in enumerate(FORMS)])
def test_a_headquarters_names_its_unit(analysed: list, k: int, text: str, named: str | None,
                                       not_prefix: str | None) -> None:
    found = {m.agency for m in analysed[k].agencies}
    if named is not None:
        assert named in found
    if not_prefix is not None:
        assert not any(f.startswith(not_prefix) for f in found)
