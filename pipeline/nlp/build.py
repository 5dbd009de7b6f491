"""Assemble the analysis pipeline on ``spacy.blank("id")`` (no trained model needed).

Factory names are prefixed and versioned (``pantau_agencies_v1``); spaCy forbids dots in them.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache
from typing import Any

import spacy
from spacy.attrs import ORTH
from spacy.language import Language

from . import components  # noqa: F401  (registers the factories)
from .resources import load
from .spelling import prepare

# an acronym holding a digit and closing on a capital ("DP3A", "BP4D"): spaCy splits a sentence's stop only from a
# word whose last two letters are capitals, so "DP3A." stays one word, unknown, unless named here
DIGIT_ACRONYM = re.compile(r"[A-Z][A-Z0-9]*[0-9][A-Z0-9]*[A-Z]")


def _strings(node: Any) -> Iterator[str]:
    """Every string a pattern file holds, however deep."""
    if isinstance(node, str):
        yield node
    elif isinstance(node, dict):
        for value in node.values():
            yield from _strings(value)
    elif isinstance(node, list):
        for value in node:
            yield from _strings(value)


def digit_acronyms() -> set[str]:
    """The institutions' acronyms with a digit inside that the pattern files know, for their stop to be split off."""
    return {word for name in ("agencies", "regional_agencies") for text in _strings(load(name))
            for word in text.split() if DIGIT_ACRONYM.fullmatch(word)}


PIPELINE = (
    "pantau_sentences_v1",
    "pantau_places_v1",
    "pantau_agencies_v1",
    "pantau_officials_v1",
    "pantau_event_dates_v1",
    "pantau_holders_v1",
    "pantau_directives_v1",
    "pantau_classify_v1",
)


def build() -> Language:
    nlp = spacy.blank("id")
    levels = [w for words in load("regional_agencies")["level_words"].values() for w in words if w.endswith(".")]
    adat = [w for w in load("offices")["adat_titles"] if w.endswith(".")]  # "Amriul Dt. Karayiang"
    for abbr in load("offices")["name_abbreviations"] + levels + adat:  # "Moch. Arifin", "Prov. Kalteng": one word
        for form in {abbr, abbr.upper()}:  # "MOH. ARIFIN" in a name printed in capitals
            nlp.tokenizer.add_special_case(form, [{ORTH: form}])
    for degree in load("offices")["split_degrees"]:  # "M.Pd.I", "Ph.D.": one word, with or without its stop
        for form in (degree, degree + "."):
            nlp.tokenizer.add_special_case(form, [{ORTH: form}])
    for word in load("spelling")["joined_reduplications"]:  # "temen-temen": one word, as "teman-teman" is
        for form in {word, word.capitalize(), word.upper()}:
            nlp.tokenizer.add_special_case(form, [{ORTH: form}])
    for acronym in digit_acronyms():  # "Kepala DP3A.": the acronym's words as without the stop, then the stop
        words = [{ORTH: t.text} for t in nlp.tokenizer(acronym)]
        nlp.tokenizer.add_special_case(acronym + ".", [*words, {ORTH: "."}])
    # spaCy keeps the emoticon "):" whole, which in news closes a bracket before a colon ("Sambutan Kepala BKN
    # (Zudan Arif Fakrulloh): ..."): the bracket and the colon, as ")," and ")." already are
    nlp.tokenizer.add_special_case("):", [{ORTH: ")"}, {ORTH: ":"}])
    for factory in PIPELINE:
        nlp.add_pipe(factory, name=factory.split("_", 1)[1].rsplit("_", 1)[0])
    return nlp


@lru_cache(maxsize=1)
def get_nlp() -> Language:
    """The pipeline, built once per process (building compiles a few thousand patterns), with the text
    preparation's spelling tables."""
    prepare()
    return build()
