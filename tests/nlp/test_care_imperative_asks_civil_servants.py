"""Probe list of care asked as an imperative ("Hati-hati ...", "Berhati-hatilah ...", "Jadi hati-hati saja ...")
opening a quote in a story on civil servants: like the other generic imperatives it asks them only where their
conduct, a rule or what they post follows it in the clause ("Hati-hati jika posting soal calon", "Berhati-hatilah
kita dalam bermedia sosial", "maka hati-hati gunakan medsos", "Jadi hati-hati saja buat ASN"). Negatives: care about
anything else is anyone's ("Hati-hati dengan kabar bohong", "Hati-hati kalau diundang ke acara warga"), care inside a
clause states a task ("Bendahara hati-hati pada belanja kantor"), and care with a ban after it is the ban alone ("Jadi
hati-hati, jangan sampai ...") as the read gold takes its modal. Sentences are our own; all analysed in one batch."""

from __future__ import annotations

import pytest

CONTEXT = "Wali kota mengumpulkan para ASN jelang Pilkada 2024."
# (quote after the context, whether it must be an appeal)
FORMS: list[tuple[str, bool]] = [
    ("\"Hati-hati jika posting soal calon di grup kantor,\" ujarnya.", True),
    ("\"Berhati-hatilah kita dalam bermedia sosial selama kampanye,\" pesannya.", True),
    ("\"Kita semua abdi negara, maka hati-hati gunakan medsos,\" katanya.", True),
    ("\"Jadi hati-hati saja buat ASN yang suka berswafoto,\" tegasnya.", True),
    ("\"Hati-hatilah dengan jempol kalian,\" ujarnya.", True),
    ("\"Hati-hati dengan kabar bohong menjelang pencoblosan,\" ujarnya.", False),
    ("\"Hati-hati kalau diundang ke acara warga,\" katanya.", False),
    ("\"Bendahara hati-hati pada belanja kantor,\" katanya.", False),
    ("\"Jadi hati-hati, jangan sampai karier hancur karena berpihak,\" katanya.", False),
]


@pytest.fixture(scope="module")
def analysed(analyse_all) -> list:
    """Every probe analysed in one call, each after the context that names the civil servants."""
    return analyse_all([f"{CONTEXT} {quote}" for quote, _ in FORMS], published="2024-01-10")


@pytest.mark.parametrize("k", range(len(FORMS)), ids=[quote[:50] for quote, _ in FORMS])
def test_care_asks_the_civil_servants_only_their_conduct(analysed: list, k: int) -> None:
    appeals = [d for d in analysed[k].directives if d.kind == "appeal" and d.sentence.strip() != CONTEXT]
    assert bool(appeals) == FORMS[k][1]
