"""A speaker's hope, naming no one, that the neutrality pledge just made be carried out ('Saya berharap ikrar tadi
benar-benar dijalankan', 'kami harap apa yang sudah kita ikrarkan dilaksanakan', 'berharap pakta integritas ini
dapat kita terapkan') asks the civil servants who made it: an appeal. A pledge hoped not to stay a show, one hoped
to bring something else, one carried out by outsiders named, a wish ('semoga') and a hope about another thing give
none. Sentences in our own words."""

from __future__ import annotations

import pytest

from tests.nlp.probes import indexed, sentence_kinds

LEAD = "Bupati Klaten Budi Santoso memimpin apel ikrar netralitas ASN jelang Pilkada 2024 di halaman kantor bupati. "

# (quoted sentence after the lead, whether it is an appeal)
FORMS = [
    ('"Saya berharap ikrar netralitas yang tadi kita ucapkan benar-benar dijalankan," kata Budi.', True),
    ('"Saya harap apa yang sudah kita ikrarkan pagi ini dilaksanakan," kata Budi.', True),
    ('"Saya berharap pakta integritas ini dapat kita terapkan dalam tugas sehari-hari," ujar Budi.', True),
    ('"Kami berharap komitmen netralitas ini kita pegang teguh sampai pilkada usai," ucap Budi.', True),
    ('"Harapan saya, ikrar tersebut ditepati oleh kita semua," tutur Budi.', True),
    ('"Saya berharap deklarasi tadi tidak hanya diucapkan, tetapi juga dijalankan," kata Budi.', True),
    # nothing carried out, or only a wish
    ('"Saya berharap ikrar ini tidak hanya seremonial belaka," kata Budi.', False),
    ('"Kami berharap deklarasi ini membawa suasana pilkada yang sejuk," kata Budi.', False),
    ('"Saya berharap sosialisasi ini dapat dipahami seluruh peserta," kata Budi.', False),
    ('"Semoga komitmen ini dapat kita laksanakan dengan baik," kata Budi.', False),
    # a pledge others made, carried out by them
    ('"Kami berharap pakta integritas kampanye damai dijalankan oleh para calon," kata Budi.', False),
]


@pytest.fixture(scope="module")
def analysed(analyse_all) -> list:
    """Every probe analysed in one call."""
    return analyse_all([LEAD + sentence for sentence, _ in FORMS], published="2024-10-07")


@pytest.mark.parametrize(("k", "sentence", "appeal"), indexed(FORMS, lambda v: v[0][1:40]))
def test_hoped_pledge_carried_out(analysed: list, k: int, sentence: str, appeal: bool) -> None:
    assert ("appeal" in sentence_kinds(analysed[k], sentence)) is appeal
