"""Page layouts and wording of every generated document, with the truth each one shows.

`BUILDERS[kind](ctx, rng)` returns the sheets to draw and the field values a reader
should extract (dates ISO).  Kinds are DocType values plus `bill` and `cv`
(unrelated documents, whose type is `unknown`).
"""

from __future__ import annotations

import random
from collections.abc import Callable

from synth.context import DocContext
from synth.documents.cards import consular_card, passport, photo_id, visa
from synth.documents.civil import birth_certificate, consular_attestation, nationality_certificate
from synth.documents.common import Built
from synth.documents.mission import (
    acceptance_certificate,
    approval_decision,
    departure_commitment,
    volunteer_contract,
)
from synth.documents.unrelated import bill, cv

BUILDERS: dict[str, Callable[[DocContext, random.Random], Built]] = {
    "passport": passport,
    "visa": visa,
    "birth_certificate": birth_certificate,
    "nationality_certificate": nationality_certificate,
    "consular_attestation": consular_attestation,
    "consular_card": consular_card,
    "photo_id": photo_id,
    "volunteer_contract": volunteer_contract,
    "approval_decision": approval_decision,
    "departure_commitment": departure_commitment,
    "acceptance_certificate": acceptance_certificate,
    "bill": bill,
    "cv": cv,
}

KIND_TYPES = {k: ("unknown" if k in ("bill", "cv") else k) for k in BUILDERS}
