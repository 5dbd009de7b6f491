"""A speaker's mild imperative put as what is enough, with the spoken 'saja', opening its clause ('Fokus saja pada
pelayanan', 'Cukup lurus dan profesional saja', 'Bersikap netral saja, jangan ikut-ikutan'), and wisdom asked with
'-lah' ('Jadi bijaklah'), in a speech to civil servants, asks them: an appeal. The same words inside a clause that
keeps its own subject or describes ('ASN cukup netral saja sudah baik', 'posisi pemerintah netral saja') ask
nothing. Sentences in our own words."""

from __future__ import annotations

import pytest

from tests.nlp.probes import sentence_kinds

LEAD = "Sekda Klaten Jajang Prihono memberi arahan pada apel pagi ASN jelang Pilkada 2024 di halaman setda. "

# (sentence after the lead, whether it is an appeal); a quote opened in a sentence before goes in CONTEXT
CONTEXT = {1: '"Tidak usah bimbang. ', 4: '"Medsos itu jejaknya abadi. '}
FORMS = [
    ('"Fokus saja pada pelayanan kepada warga," kata Jajang.', True),
    ('Cukup tegak lurus dan profesional saja," ujar Jajang.', True),
    ('"Netral saja, siapa pun calonnya," tutur Jajang.', True),
    ('"Bersikap profesional saja, apa pun hasil pilkadanya," kata Jajang.', True),
    ('Jadi bijaklah," tegas Jajang.', True),
    # inside a clause with its own subject, or describing
    ('"ASN cukup netral saja sudah baik bagi warga," kata Jajang.', False),
    ("Menurut Jajang, posisi pemerintah daerah netral saja dalam urusan dukungan itu.", False),
    ('"Pelayanan kami fokus saja pada warga yang antre," kata Jajang.', False),
]


@pytest.fixture(scope="module")
def analysed(analyse_all) -> list:
    """Every probe analysed in one call."""
    return analyse_all([LEAD + CONTEXT.get(k, "") + sentence for k, (sentence, _) in enumerate(FORMS)],
                       published="2024-10-07")


@pytest.mark.parametrize(("k", "sentence", "appeal"), [(k, s, a) for k, (s, a) in enumerate(FORMS)],
                         ids=[s[:40] for s, _ in FORMS])
def test_enough_imperatives(analysed: list, k: int, sentence: str, appeal: bool) -> None:
    assert ("appeal" in sentence_kinds(analysed[k], sentence)) is appeal
