"""Which file of a dossier may be a required document that no file was classified as.

A missing document is a hard gap only when no file could plausibly be it.  A file is a
plausible candidate when the classifier's own cues point at the missing type and the file
is not needed for what it was classified as:
- a file left `unknown` whose best-scoring type is the missing one;
- a spare document (another file already stands for its type) whose score for the missing
  type comes near its own (a near tie; twice as far for a second copy of a document that comes once);
- when only one document is missing: a spare document of a type that appears once in a
  dossier, on which fewer of that type's key fields were read than on the other one (read
  as a second copy, it shows less of what such a document says than the first); else a file
  left `unknown` with no cue at all for any kind of paper (a layout the classifier does not know).
A file that alone proves its own requirement is never a candidate: a letter that mentions
the contract does not hide a missing contract.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, replace

from docscheck import classify
from docscheck.checklist.context import document_text, field_value
from docscheck.checklist.rules import Checklist, Requirement
from docscheck.model import DocType, Document, Page, TextSource

# How much further than a near tie the missing type's cues may stand, on a second copy of a document that
# comes once (a letter that speaks of its contract, read as a second contract).
SECOND_COPY_TIE = 2.0


@dataclass(frozen=True)
class Candidate:
    """A file that may be the missing document, and why a person should look at it."""

    doc: Document
    missing: DocType  # the type it may be
    reason: str  # "unknown", "near_tie" or "weaker_copy"
    evidence: str


def _scores(doc: Document) -> dict[DocType, float]:
    pages = tuple(p for p in doc.file.pages if doc.whole_file or p.number in doc.pages)
    return {t: s for t, (s, _) in classify.scores(replace(doc.file, pages=pages), doc.zone).items()}


def _text(doc: Document) -> str:
    return "\n".join(p.text for p in doc.file.pages if doc.whole_file or p.number in doc.pages)


def _fit(doc: Document, req: Requirement) -> int:
    """How many of its requirement's key fields were read on a document."""
    return sum(1 for k in req.key_fields if field_value(doc, k) not in (None, ""))


def _spare(doc: Document, documents: Sequence[Document], rules: Checklist) -> Requirement | None:
    """The requirement of the document's own type, when another document stands for it as well or better."""
    own = next((r for r in rules.requirements if doc.type in r.types), None)
    if own is None:
        return None
    others = [d for d in documents if d is not doc and d.type in own.types and d.file.error is None]
    if not others:
        return None
    return own if max(_fit(d, own) for d in others) >= _fit(doc, own) else None


def _cued(req: Requirement, doc: Document, documents: Sequence[Document], rules: Checklist
          ) -> tuple[float, Candidate] | None:
    """`doc` as `req`'s document when the classifier's cues point at it (best guess or near tie).

    "You must prepare the following documents:": a document is missing only when no file may be it; a
    file whose cues point at it, even weakly, is for a person to look at, not a fact either way."""
    if doc.file.error is not None or doc.type in req.types:
        return None
    # only an unknown file or a spare one can be a candidate: the others are not classified again
    if doc.type is not DocType.UNKNOWN and _spare(doc, documents, rules) is None:
        return None
    sc = _scores(doc)
    missing = max(req.types, key=lambda t: sc.get(t, 0.0))
    score = sc.get(missing, 0.0)
    if score <= 0:
        return None
    if doc.type is DocType.UNKNOWN:
        best = max((t for t in sc if t is not DocType.UNKNOWN), key=lambda t: sc[t])
        if best is missing:
            return score, Candidate(doc, missing, "unknown",
                                    f"{doc.where}: not recognised; its best guess is {missing.value} "
                                    f"(score {score:.1f})")
        # Its cues point at the missing type too, within a near tie of what they point at most.
        top = max(sc, key=lambda t: sc[t])
        if sc[top] - score >= classify.NEAR_TIE:
            return None
        return score, Candidate(doc, missing, "unknown",
                                f"{doc.where}: not recognised; its best guesses are {top.value} ({sc[top]:.1f}) "
                                f"and, near tie, {missing.value} ({score:.1f})")
    mine = sc.get(doc.type, 0.0)
    own = _spare(doc, documents, rules)
    second_copy = own is not None and own.once
    # a second copy of the contract in which its writer commits in the first person to leave: that is what
    # the letter is, whatever its title says it is
    if second_copy and missing is DocType.DEPARTURE_COMMITMENT and (said := classify.commits_to_leave(_text(doc))):
        return score, Candidate(doc, missing, "near_tie",
                                f"{doc.where}: read as a second {doc.type.value}, but its writer commits to leave: "
                                f"\"{said}\"")
    # a second copy of a document that comes once is itself in doubt: a cue a little further off may say what it is
    if mine - score >= classify.NEAR_TIE * (SECOND_COPY_TIE if second_copy else 1.0):
        return None
    return score, Candidate(doc, missing, "near_tie",
                            f"{doc.where}: read as {doc.type.value} ({mine:.1f}), near tie with {missing.value} "
                            f"({score:.1f})")


def _weaker_copy(doc: Document, documents: Sequence[Document], rules: Checklist) -> str:
    """Why `doc` may not be what it was read as: a second document of a type that comes once, showing
    fewer of its key fields than the other ('' when it is not)."""
    own = _spare(doc, documents, rules)
    if own is None or not own.once:
        return ""
    others = [d for d in documents if d is not doc and d.type in own.types and d.file.error is None]
    if _fit(doc, own) >= max(_fit(d, own) for d in others):
        return ""
    unread = [k for k in own.key_fields if field_value(doc, k) in (None, "")]
    return f"{doc.where}: read as a second {doc.type.value}, without {', '.join(unread)}"


def possible_documents(rules: Checklist, documents: Sequence[Document]) -> dict[str, Candidate]:
    """Requirement id -> the file that may be its document, for the requirements no file was classified as.

    Each file stands for one missing document at most.  A weaker second copy, which no cue ties to any
    type, may stand for the missing document only when exactly one is missing: with two missing, nothing
    says which it would be, and both stay missing."""
    readable = [d for d in documents if d.file.error is None]
    missing = [r for r in rules.requirements if not any(d.type in r.types for d in readable)]
    out: dict[str, Candidate] = {}
    used: set[int] = set()
    # the strongest cue first: a file whose cues point at two missing types stands for the one it points at most
    cued = sorted(((score, i, req.id, c) for i, req in enumerate(missing) for d in readable
                   if (found := _cued(req, d, documents, rules)) for score, c in (found,)),
                  key=lambda x: (-x[0], x[1]))
    for _, _, rid, c in cued:
        if rid not in out and id(c.doc) not in used:
            out[rid] = c
            used.add(id(c.doc))
    uncued = [r for r in missing if r.id not in out]
    if len(uncued) == 1:
        req = uncued[0]
        copies = [(d, why) for d in readable if id(d) not in used and (why := _weaker_copy(d, documents, rules))]
        unplaced = [(d, why) for d in readable if id(d) not in used and (why := _unplaced(d))]
        if copies:
            doc, why = copies[0]
            out[req.id] = Candidate(doc, req.types[0], "weaker_copy", why)
        elif unplaced:
            doc, why = unplaced[0]
            out[req.id] = Candidate(doc, req.types[0], "unknown", why)
    return out


def _unplaced(doc: Document) -> str:
    """Why a file left unknown may be the one missing document ('' when it may not): nothing in it points at
    any kind of paper, listed or not (a layout the classifier does not know).  A file whose cues point at a
    type the dossier has, or at another paper (a bill, a CV), is not: it looks like what it points at."""
    if doc.type is not DocType.UNKNOWN or doc.file.error is not None or not document_text(doc).strip():
        return ""
    if any(score > 0 for score in _scores(doc).values()) or _named_other(doc):
        return ""
    return f"{doc.where}: not recognised, and nothing in it or in its name says what kind of paper it is"


def _named_other(doc: Document) -> bool:
    """Whether the file's name carries the classifier's cues of another paper (facture.jpg, cv_2026.pdf)."""
    name = " ".join(re.split(r"[^A-Za-z0-9]+|(?<=[a-z])(?=[A-Z])", doc.file.relpath.rsplit("/", 1)[-1]))
    named = replace(doc.file, relpath="", path="", pages=(Page(1, name, TextSource.TEXT_LAYER),))
    return classify.scores(named)[DocType.UNKNOWN][0] > 0
