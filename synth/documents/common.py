"""What the document builders share: their result type and a few wording helpers."""

from __future__ import annotations

import random
from collections.abc import Callable
from typing import TYPE_CHECKING

from synth.identity import Identity
from synth.layout import Sheet

if TYPE_CHECKING:
    from synth.context import DocContext

Truth = dict[str, str]
Built = tuple[list[Sheet], Truth]
Builder = Callable[["DocContext", random.Random], Built]


def squiggle(rng: random.Random) -> tuple[tuple[float, float], ...]:
    """A handwritten signature's stroke."""
    pts = []
    x = 0.0
    for _ in range(rng.randint(7, 11)):
        x += rng.uniform(8, 18)
        pts.append((x, rng.uniform(-14, 14)))
    return tuple(pts)


def person_truth(p: Identity, *, dob: bool = True) -> Truth:
    t = {"surname": p.surname, "given_names": p.given_names}
    if dob:
        t["date_of_birth"] = p.date_of_birth.isoformat()
    return t


def passport_truth(ctx: DocContext, lines: tuple[str, str]) -> Truth:
    """What a passport's data page holds, whatever its layout."""
    p = ctx.shown("passport")
    c = p.country
    return person_truth(p) | {
        "sex": p.sex, "nationality": c.code, "place_of_birth": p.place_of_birth,
        "document_number": p.passport_number, "issue_date": ctx.passport_issue.isoformat(),
        "expiry_date": ctx.passport_expiry.isoformat(), "issuing_authority": c.authority,
        "zone": "\n".join(lines),
    }


def visa_remarks(long_stay: bool, rng: random.Random) -> str:
    """A sticker's remarks: the volunteer's long-stay mention, or a short stay's purpose."""
    return "VLS-TS VOLONTAIRE" if long_stay else rng.choice(("TOURISME", "VISITE FAMILIALE", "AFFAIRES"))


def visa_truth(ctx: DocContext, p: Identity, remarks: str, lines: tuple[str, str]) -> Truth:
    """What a visa sticker shows of the holder `p`, with its remarks and zone."""
    return person_truth(p) | {
        "sex": p.sex, "nationality": p.nationality, "document_number": ctx.visa_number,
        "visa_category": "long_stay" if ctx.visa_category == "D" else "short_stay",
        "valid_from": ctx.visa_from.isoformat(), "valid_until": ctx.visa_until.isoformat(),
        "issue_date": ctx.visa_issue.isoformat(), "duration_days": str(ctx.visa_duration_days),
        "entries": ctx.visa_entries, "remarks": remarks, "passport_number": ctx.visa_passport_number,
        "zone": "\n".join(lines),
    }


def photo_id_truth(ctx: DocContext, lines: tuple[str, str, str]) -> Truth:
    """What an identity card holds, whatever its layout."""
    p = ctx.shown("photo_id")
    return person_truth(p) | {
        "sex": p.sex, "nationality": p.country.code, "document_number": ctx.id_number,
        "issue_date": ctx.id_issue.isoformat(), "expiry_date": ctx.id_expiry.isoformat(), "zone": "\n".join(lines),
    }


def consular_card_truth(ctx: DocContext, photo: bool) -> Truth:
    """What a consular card holds, whatever its layout."""
    p = ctx.shown("consular_card")
    return person_truth(p) | {
        "nationality": p.country.code, "document_number": ctx.consular_card_number,
        "issue_date": ctx.consular_card_issue.isoformat(), "expiry_date": ctx.consular_card_expiry.isoformat(),
        "has_photo": str(photo).lower(),
    }


def civ(p: Identity, lang: str) -> str:
    """Title before a name: M./Mme, Mr/Ms."""
    if lang == "fr":
        return "Mme" if p.sex == "F" else "M."
    return "Ms" if p.sex == "F" else "Mr"


def ne(p: Identity) -> str:
    return "née" if p.sex == "F" else "né"


def du(country_fr: str) -> str:
    """'du Sénégal', 'de la Colombie', "de l'Inde" (good enough for the countries used)."""
    if country_fr[0] in "AEIOUÉ":
        return f"de l'{country_fr}"
    if country_fr in ("Colombie", "Allemagne", "Italie", "Espagne"):
        return f"de la {country_fr}"
    return f"du {country_fr}"
