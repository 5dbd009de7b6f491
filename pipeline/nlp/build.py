"""Assemble the analysis pipeline on ``spacy.blank("id")`` (no trained model needed).

Factory names are prefixed and versioned (``pantau_agencies_v1``); spaCy forbids dots in them.
"""

from __future__ import annotations

from functools import lru_cache

import spacy
from spacy.attrs import ORTH
from spacy.language import Language

from . import components  # noqa: F401  (registers the factories)
from .resources import load
from .spelling import prepare

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
    for abbr in load("offices")["name_abbreviations"] + levels:  # "Moch. Arifin", "Prov. Kalteng": one word
        for form in {abbr, abbr.upper()}:  # "MOH. ARIFIN" in a name printed in capitals
            nlp.tokenizer.add_special_case(form, [{ORTH: form}])
    for degree in load("offices")["split_degrees"]:  # "M.Pd.I", "Ph.D.": one word, with or without its stop
        for form in (degree, degree + "."):
            nlp.tokenizer.add_special_case(form, [{ORTH: form}])
    for factory in PIPELINE:
        nlp.add_pipe(factory, name=factory.split("_", 1)[1].rsplit("_", 1)[0])
    return nlp


@lru_cache(maxsize=1)
def get_nlp() -> Language:
    """The pipeline, built once per process (building compiles a few thousand patterns), with the text
    preparation's spelling tables."""
    prepare()
    return build()
