"""A link to another story written in brackets inside a paragraph ("(Baca juga: ...)", layout.yaml `link_labels`):
what it names belongs to the other story, and the sentence after the bracket is read as the story's own."""

from __future__ import annotations

LEAD = "Pj Bupati Kulon Progo meminta ASN menjaga netralitas dalam Pilkada 2024, Senin (7/10/2024). "
AFTER = " Ia menegaskan sanksi akan diberikan kepada ASN yang terbukti melanggar."


def agencies(result) -> set[str]:
    return {a.agency for a in result.agencies}


def test_a_bracketed_link_names_no_body_of_the_story(run):
    result = run(LEAD + "(Baca juga: Bawaslu Kabupaten Gunungkidul Periksa Dua Camat)" + AFTER)
    assert "Bawaslu Kabupaten Gunungkidul" not in agencies(result)
    assert "Pemerintah Kabupaten Kulon Progo" in agencies(result)


def test_the_sentence_after_a_bracketed_link_is_still_read(run):
    result = run(LEAD + "(BACA JUGA: Bawaslu Kabupaten Gunungkidul Periksa Dua Camat)" + AFTER)
    sanctions = [d for d in result.directives if d.kind == "sanction"]
    assert sanctions and sanctions[0].sentence.startswith("Ia menegaskan")


def test_a_bracketed_link_on_its_own_line(run):
    text = LEAD + "\n(Baca: Pemkab Gunungkidul Gelar Apel Netralitas)\n" + AFTER.strip()
    assert "Pemerintah Kabupaten Gunungkidul" not in agencies(run(text))


def test_a_body_glossed_in_brackets_is_read(run):
    text = LEAD + "Laporan diteruskan ke pengawas (Bawaslu Kabupaten Kulon Progo) untuk dikaji." + AFTER
    assert "Bawaslu Kabupaten Kulon Progo" in agencies(run(text))
