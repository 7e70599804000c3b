"""Template families: several independent ways of writing each kind of document.

Family 1 of every kind is the original template (what `samples/` and the tests'
defaults draw).  Each family declares whether it is a *development* family (the
reader may be tuned on it) or a *held-out* one (nobody tunes on it; benchmarks
report it separately).  Add new held-out families once the old ones have been
looked at.

Held-out families come in batches, each its own split, so that a batch that has been
looked at keeps comparable figures: `held_out` is the first batch (unchanged since it
was written), `held_out_2` the second (modules `synth/documents/held_*.py`, written by
an independent hand; nobody opens them or tunes on them), `held_out_3` the third (modules
`synth/documents/held3_*.py`, written in session 11 once the first two had steered work; nobody
opens them or tunes on them), `held_out_4` the fourth (modules `synth/documents/held4_*.py`, written in
session 13 once the first three had all been looked at; opened and tuned on in session 14, once the fifth
existed: it is a held-out batch no longer, kept as its own split so that its figures stay comparable), `held_out_5` the
fifth (modules `synth/documents/held5_*.py`, written by an independent hand that never read the reader; opened and
tuned on in session 15, once the sixth existed: a looked-at split too), `held_out_6` the sixth (modules
`synth/documents/held6_*.py`, written in session 15 by an independent hand that never read the reader; opened and
tuned on in session 16, once the seventh existed: a looked-at split too), `held_out_7` the seventh (modules `synth/documents/held7_*.py`, written by another
independent hand that never read the reader; opened and tuned on in session 17, once the eighth existed: a looked-at
split too), `held_out_8` the eighth (modules `synth/documents/held8_*.py`, written in session 17 by yet another
independent hand that never read the reader nor the earlier batches' modules; opened and tuned on later in session 17,
once the ninth was written: a looked-at split too), `held_out_9` the ninth (modules `synth/documents/held9_*.py`,
written by a further independent hand under the same rules; nobody opens them or tunes on them).  `all` draws from
every family.
"""

from __future__ import annotations

import random
from collections.abc import Callable
from dataclasses import dataclass

from synth.context import DocContext
from synth.documents import BUILDERS
from synth.documents.common import Built
from synth.documents.templates import TEMPLATES

DEVELOPMENT = "development"
HELD_OUT = "held_out"
HELD_OUT_2 = "held_out_2"
HELD_OUT_3 = "held_out_3"
HELD_OUT_4 = "held_out_4"
HELD_OUT_5 = "held_out_5"
HELD_OUT_6 = "held_out_6"
HELD_OUT_7 = "held_out_7"
HELD_OUT_8 = "held_out_8"
HELD_OUT_9 = "held_out_9"
SPLITS = ("default", DEVELOPMENT, HELD_OUT, HELD_OUT_2, HELD_OUT_3, HELD_OUT_4, HELD_OUT_5, HELD_OUT_6, HELD_OUT_7,
          HELD_OUT_8, HELD_OUT_9, "all")
"""How a dossier picks its families: `default` is family 1 only (today's output); `held_out`, `held_out_2`,
`held_out_3`, `held_out_4`, `held_out_5`, `held_out_6`, `held_out_7`, `held_out_8` and `held_out_9` are the first to
ninth held-out batches; `all` is every family."""


@dataclass(frozen=True)
class Family:
    kind: str
    number: int
    split: str  # DEVELOPMENT or one of the HELD_OUT batches (HELD_OUT to HELD_OUT_9)
    about: str
    build: Callable[[DocContext, random.Random], Built]


def _registry() -> dict[str, tuple[Family, ...]]:
    out: dict[str, tuple[Family, ...]] = {}
    for kind, builder in BUILDERS.items():
        fams = [Family(kind, 1, DEVELOPMENT, "the original template", builder)]
        for number, (split, about, build) in enumerate(TEMPLATES.get(kind, ()), start=2):
            fams.append(Family(kind, number, split, about, build))
        out[kind] = tuple(fams)
    return out


FAMILIES: dict[str, tuple[Family, ...]] = _registry()


def family(kind: str, number: int) -> Family:
    for fam in FAMILIES[kind]:
        if fam.number == number:
            return fam
    raise ValueError(f"{kind} has no family {number}")


def families_of(kind: str, split: str) -> tuple[Family, ...]:
    if split not in SPLITS:
        raise ValueError(f"unknown family split {split!r}; known: {', '.join(SPLITS)}")
    fams = FAMILIES[kind]
    if split == "default":
        return fams[:1]
    if split == "all":
        return fams
    return tuple(f for f in fams if f.split == split) or fams[:1]


def choose(kind: str, rng: random.Random, split: str) -> Family:
    """One family of `kind` for one document; `default` draws nothing from `rng`."""
    fams = families_of(kind, split)
    return fams[0] if split == "default" else rng.choice(fams)
