"""Public offices: a speaker holding one speaks for the state, not for the release's issuer."""

from __future__ import annotations

import re

from prparse.rules.lazy import lazy_compile

PUBLIC_OFFICE = lazy_compile(
    r"\b(?:minister|ministerial|senator|mayor|governor|prime minister|premier|chancellor|mp|mep|msp|td|mla"
    r"|congress(?:wo)?man|congressmember|representative|council(?:l)?or|commissioner|ambassador|judge|justice"
    r"|attorney general|district attorney|prosecutor|sheriff|secretary of|president of the (?:united|republic)"
    r"|king|queen|prince|princess|pope|bishop"
    r"|bundesminister(?:in)?|minister(?:in)?|ministerpr[äa]sident(?:in)?|b[üu]rgermeister(?:in)?|abgeordnete[rn]?|staatssekret[äa]r(?:in)?"
    r"|ministr[oa]|alcalde(?:sa)?|diputad[oa]|senador(?:a)?|president[ae] del gobierno|consejer[oa])\b",
    re.IGNORECASE,
)
