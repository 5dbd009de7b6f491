"""A government press desk signs the stories it writes at their end, in bold or plain, on the last paragraph's line
after its stop or on a line of its own: the desk's name with its writers after a slash, or the desk's team ("**Tim
Kominfo X/Budi**", "Diskominfo X/Rina", "Tim Humas Setda X"). The signature names no institution of the story; the
same office named in a sentence of the story still counts."""

from __future__ import annotations

import pytest

DISKOMINFO = "Dinas Komunikasi dan Informatika Kabupaten Lembata"
STORY = ("Penjabat Bupati Lembata meminta seluruh pegawai menjaga netralitas selama Pilkada serentak tahun 2024. "
         "Ia mengingatkan sanksi disiplin bagi yang melanggar.")


def names(run, text: str) -> set[str]:
    return {a.agency for a in run(text).agencies}


@pytest.mark.parametrize("credit", [
    " **Tim Kominfo Lembata/Yosef**",
    "\n**Tim Kominfo Lembata/Yosef**",
    "\nDiskominfo Lembata/Rina",
    "\nKominfo Lembata / Rina Wutun",
    "\nTim Kominfo Lembata",
    "\nTIM DISKOMINFO LEMBATA",
])
def test_the_desks_signature_closing_the_story_is_no_institution_of_it(run, credit):
    found = names(run, STORY + credit)
    assert DISKOMINFO not in found
    assert "Pemerintah Kabupaten Lembata" in found  # the story's own body stays


@pytest.mark.parametrize("sentence", [
    " Kominfo Lembata juga diminta memantau akun media sosial pegawai.",
    "\n**Kominfo Lembata** juga diminta memantau akun media sosial pegawai.",
    "\nTim Kominfo Lembata memantau akun media sosial pegawai selama masa kampanye.",
    " Kadis Kominfo Lembata hadir.",
])
def test_the_desk_named_in_a_sentence_still_counts(run, sentence):
    assert DISKOMINFO in names(run, STORY + sentence)
