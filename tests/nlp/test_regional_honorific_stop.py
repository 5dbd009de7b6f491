"""The regional honorifics HM, HL and TGH written with a stop before the name ("Bupati X HM. Budi ...") abbreviate:
the stop ends no sentence, so the directive's sentence keeps its speaker's title. After another word the stop still
ends the sentence. The stories are ours."""

from __future__ import annotations

import pytest

from pipeline.nlp.components.segmenter import sentences

# (story, the sentences the segmenter must give, stripped)
CASES = [
    ("Wali Kota Bima HM. Budi Santoso meminta ASN netral dalam Pilkada 2024.",
     ["Wali Kota Bima HM. Budi Santoso meminta ASN netral dalam Pilkada 2024."]),
    ("Wakil Bupati Lombok Tengah HL. Budi Santoso melarang ASN berkampanye.",
     ["Wakil Bupati Lombok Tengah HL. Budi Santoso melarang ASN berkampanye."]),
    ("Apel dipimpin TGH. Budi Santoso di halaman kantor bupati.",
     ["Apel dipimpin TGH. Budi Santoso di halaman kantor bupati."]),
    # negative: a stop after a word that is no honorific ends the sentence
    ("Sekda menutup rapat koordinasi bersama KPU. Budi Santoso lalu meminta ASN netral.",
     ["Sekda menutup rapat koordinasi bersama KPU.", "Budi Santoso lalu meminta ASN netral."]),
]


@pytest.mark.parametrize(("text", "expected"), CASES, ids=[c[1][-1][:30] for c in CASES])
def test_regional_honorific_stop_keeps_sentence(nlp, text: str, expected: list[str]) -> None:
    assert [s.text.strip() for s in sentences(nlp(text))] == expected


def test_speaker_title_kept_in_directive(run) -> None:
    result = run("Bupati Lombok Timur HL. Budi Santoso meminta ASN menjaga netralitas dalam Pilkada 2024.",
                 published="2024-10-07")
    assert any(d.kind == "appeal" and d.sentence.startswith("Bupati Lombok Timur") for d in result.directives), \
        result.directives
    assert "Budi Santoso" in {o.name for o in result.officials}, result.officials
