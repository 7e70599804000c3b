"""Development family for the volunteer contract: an agreement drafted as an English deed.

Hosts with an English-speaking head office send agreements drafted the way a solicitor drafts a
deed: "THIS AGREEMENT is dated 3rd March 2026", the parties numbered "(1)" and "(2)" with
"(the Organisation)" and "(the Volunteer)", "BACKGROUND" recitals (A), (B), then "IT IS AGREED"
and numbered clauses with defined terms: "the Placement" described in clause 2, "the Term"
"commencing on" a date and "expiring on" another, an allowance clause, and an execution block
"Signed by ... for and on behalf of ..." with the date again in words.
"""

from __future__ import annotations

import random

from synth.context import DocContext
from synth.documents.common import Built
from synth.documents.contracts import _truth as contract_truth
from synth.documents.dev_pieces import sign
from synth.formats import MONTHS_EN
from synth.layout import Flow


def _ordinal(d: object) -> str:
    day = d.day  # type: ignore[attr-defined]
    suffix = "th" if 10 <= day % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(day % 10, "th")
    return f"{day}{suffix} {MONTHS_EN[d.month - 1]} {d.year}"  # type: ignore[attr-defined]


def contract_english_deed(ctx: DocContext, rng: random.Random) -> Built:
    """'THIS AGREEMENT is dated 3rd March 2026', parties (1) and (2), recitals, 'IT IS AGREED', the Placement
    defined in clause 2, 'the Term commencing on ... and expiring on ...', an execution block per party."""
    p = ctx.shown("volunteer_contract")
    c = p.country
    f = Flow(family="serif", size=10.5, margin=66)
    f.title(rng.choice(("VOLUNTEER PLACEMENT AGREEMENT", "AGREEMENT FOR VOLUNTARY SERVICE")), size=14)
    f.para(f"THIS AGREEMENT is dated {_ordinal(ctx.contract_signed)}", after=10)
    f.para("PARTIES", bold=True, after=2)
    f.para(f"(1) {ctx.association.upper()}, an association registered in France whose office is at "
           f"{ctx.association_address} (the Organisation); and", indent=14, after=2)
    f.para(f"(2) {p.given_names} {p.surname.upper()}, born on {_ordinal(p.date_of_birth)} in {p.place_of_birth}, "
           f"{c.name_en}, holder of passport number {p.passport_number} (the Volunteer).", indent=14, after=8)
    f.para("BACKGROUND", bold=True, after=2)
    f.para("(A) The Organisation is approved to host volunteers under the French volunteering scheme.", indent=14,
           after=2)
    f.para("(B) The Volunteer wishes to serve the Organisation on the terms of this agreement.", indent=14, after=8)
    f.para("IT IS AGREED as follows:", bold=True, after=6)
    clauses = [
        ("Definitions", "In this agreement the Placement means the voluntary service described in clause 2, and the "
                        "Term means the period set out in clause 3."),
        ("The Placement", f"The Volunteer shall {ctx.mission}."),
        ("Term", f"The Term shall commence on {_ordinal(ctx.contract_start)} and shall expire on "
                 f"{_ordinal(ctx.contract_end)}, unless ended earlier under clause 6."),
        ("Allowance", "The Organisation shall pay the Volunteer a monthly allowance, which is not a salary, and shall "
                      "insure the Volunteer for the Term."),
        ("Departure", "On the expiry of the Term the Volunteer shall leave France."),
        ("Termination", "Either party may end this agreement on one month's written notice."),
    ]
    for n, (head, body) in enumerate(clauses, 1):
        f.need(50)
        f.para(f"{n}. {head}", bold=True, after=1)
        f.para(f"{n}.1 {body}", indent=14, after=6)
    f.space(8)
    f.need(200)
    f.para("This agreement has been entered into on the date stated at the beginning of it.", after=12)
    for who, what in ((f"{ctx.president}", f"for and on behalf of {ctx.association.upper()}"),
                      (f"{p.given_names} {p.surname.upper()}", "the Volunteer")):
        f.para(f"Signed by {who}", after=0)
        f.para(what, size=9.5, after=2)
        sign(f.sheet, f.margin + 30, f.y + 20, rng, scale=0.6)
        f.space(42)
        f.para("....................................", after=12)
    return f.sheets, contract_truth(ctx, True, "en")
