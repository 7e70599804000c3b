"""Which document is this file?  Weighted cues over normalised OCR text.

Every type has cues: phrases (titles, labels, set wordings) with a weight.
A file's score for a type is the sum of the weights of the distinct cues
found anywhere in it, a cue in the first lines of a page (where titles sit)
counting more.  The machine-readable zone, when there is one, is the
strongest cue of all.  The best type wins when its score is high enough and
clear enough of the runner-up; otherwise the file is `unknown`.

OCR text is normalised first: accents stripped, upper case, hyphenated line
breaks joined, spaces collapsed.  Phrases of several words are also matched
on a "compact" form (letters and digits only) with fuzzy tolerance, so that
`CERTI FICAT DE NATI0NALITE` still counts.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass
from functools import lru_cache

from rapidfuzz import process
from rapidfuzz.distance import Levenshtein

from docscheck.lookalikes import WORD_DIGIT_TO_LETTER
from docscheck.model import Classification, DocType, FileText, Zone
from docscheck.speaker import commitment_in, contract_to_come_in, first_person_lines, speaker_cues
from docscheck.textnorm import fold
from docscheck.textnorm import normalize_lines as normalize
from docscheck.titles import TITLE_WORDS

# --------------------------------------------------------------------------
# The cues, as data: (alternatives separated by " | ", weight).  Phrases are in the
# normalised form: upper case, no accents, straight apostrophes.
# "Title" cues weigh more when they sit in the first lines of a page.
# The official text lists the documents ("You must prepare the following
# documents: Long-stay visa; Full copy of birth certificate ...; Passport ...
# or consular attestation with photo or photo ID or consular card with photo
# or certificate of nationality ...; Voluntary contract; Copy of the decision
# to approve the association ...; Letter by which you agree to leave the
# territory ..."; "Certificate of acceptance by the association").
# --------------------------------------------------------------------------

CUES: dict[DocType, tuple[tuple[str, float], ...]] = {
    DocType.VISA: (
        ("VISA", 2.0),
        ("TYPE D | TYPE C | TYPE DE VISA | TYPE OF VISA", 2.0),
        ("VISA DE LONG SEJOUR | LONG STAY VISA | LONG-STAY VISA | VISA DE COURT SEJOUR", 3.0),
        ("VLS-TS", 2.5),
        ("DUREE DU SEJOUR | DURATION OF STAY", 2.5),
        ("NOMBRE D'ENTREES | NUMBER OF ENTRIES", 2.5),
        ("VALABLE POUR | VALID FOR", 1.0),
        ("REMARQUES | REMARKS", 1.0),
        ("MULT", 0.5),
    ),
    DocType.BIRTH_CERTIFICATE: (
        ("ACTE DE NAISSANCE | BIRTH CERTIFICATE | CERTIFICATE OF BIRTH", 4.0),
        ("COPIE INTEGRALE | FULL COPY | COPIE LITTERALE | EXTRAIT D'ACTE DE NAISSANCE | EXTRACT OF BIRTH", 3.5),
        ("EXTRAIT AVEC FILIATION | EXTRAIT SANS FILIATION", 2.0),
        ("OFFICIER DE L'ETAT CIVIL | CIVIL REGISTRAR | ETAT CIVIL | CIVIL STATUS", 1.5),
        ("MENTIONS MARGINALES | MARGINAL ENTRIES | MARGINAL NOTES", 2.0),
        ("REGISTRE DES NAISSANCES | REGISTER OF BIRTHS | REGISTRAR OF BIRTHS | BIRTHS AND DEATHS", 2.0),
        ("FILS DE | FILLE DE | SON OF | DAUGHTER OF | CHILD OF", 1.0),
        # the entry itself, as registries abroad and their sworn translations name it
        (
            "BIRTH ENTRY | ENTRY OF BIRTH | RECORD OF BIRTH | BIRTH RECORD | REGISTRATION OF BIRTH | BIRTH REGISTRATION"
            " | ACTA DE NACIMIENTO | PARTIDA DE NACIMIENTO | CERTIDAO DE NASCIMENTO | REGISTRO DE NACIMIENTO",
            3.0,
        ),
        ("CIVIL REGISTRATION | CIVIL REGISTRY | REGISTRO CIVIL | REGISTRE D'ETAT CIVIL", 1.5),
        ("NAME OF CHILD | NAME OF THE CHILD | CHILD'S NAME | NOM DE L'ENFANT", 1.5),
    ),
    DocType.PASSPORT: (
        ("PASSEPORT | PASSPORT | PASAPORTE | REISEPASS", 2.5),
        # the state's request printed inside a passport, on the page before the data page
        ("WITHOUT LET OR HINDRANCE | TO PASS FREELY | LAISSER PASSER LIBREMENT | PRETER AIDE ET PROTECTION"
         " | AFFORD THE BEARER", 3.0),
        ("DATE D'EXPIRATION | DATE OF EXPIRY", 0.5),
        ("AUTORITE | AUTHORITY", 0.5),
        ("LIEU DE NAISSANCE | PLACE OF BIRTH", 0.5),
    ),
    DocType.CONSULAR_ATTESTATION: (
        ("ATTESTATION CONSULAIRE | CONSULAR ATTESTATION | CONSULAR CERTIFICATE | CERTIFICAT CONSULAIRE", 6.0),
        # a consulate attesting that a national is on its register: an attestation, not the card
        (
            "ATTESTATION D'IMMATRICULATION | ATTESTATION D'INSCRIPTION | CERTIFICATE OF REGISTRATION"
            " | CERTIFICATE OF CONSULAR REGISTRATION | REGISTRATION CERTIFICATE",
            5.0,
        ),
        ("ATTESTONS QUE | ATTESTONS | CERTIFIONS QUE | WE CERTIFY | WE HEREBY CERTIFY", 1.5),
        ("INSCRIT AU REGISTRE | INSCRITE AU REGISTRE | REGISTERED WITH | IS REGISTERED | IMMATRICULEE | IMMATRICULE", 1.5),
        ("CONSULAT | CONSULATE | AMBASSADE | EMBASSY", 1.5),
        ("ATTESTE QUE | CERTIFIES THAT | HEREBY CERTIFY | CERTIFIE QUE | THIS IS TO CERTIFY", 1.0),
        # a mission's consular desk and its head signing for the ambassador
        ("CONSULAR SECTION | SECTION CONSULAIRE | SERVICE CONSULAIRE | CONSULAR SERVICES | CONSULAR AFFAIRS", 2.0),
        ("FOR THE AMBASSADOR | POUR L'AMBASSADEUR | P/L'AMBASSADEUR | HEAD OF CHANCERY | CHEF DE CHANCELLERIE", 1.5),
        # who attests: a consul, whatever the attestation is about (nationality, identity, registration)
        ("LE CONSUL | THE CONSUL | CONSUL GENERAL | VICE-CONSUL | CONSULE GENERALE", 3.0),
    ),
    DocType.PHOTO_ID: (
        (
            "CARTE NATIONALE D'IDENTITE | CARTE D'IDENTITE | NATIONAL IDENTITY CARD | IDENTITY CARD"
            " | DOCUMENTO NACIONAL DE IDENTIDAD | PERSONALAUSWEIS | CARTA D'IDENTITA",
            6.0,
        ),
        ("ID CARD", 3.0),
    ),
    DocType.CONSULAR_CARD: (
        (
            "CARTE CONSULAIRE | CONSULAR CARD | CARTE D'IMMATRICULATION CONSULAIRE"
            " | CONSULAR REGISTRATION CARD | CONSULAR ID CARD | CONSULAR IDENTITY CARD"
            " | CARTE D'IDENTITE CONSULAIRE | MATRICULA CONSULAR",
            6.0,
        ),
        ("IMMATRICULATION | REGISTRATION NUMBER", 1.5),
        ("CONSULAT | CONSULATE | AMBASSADE | EMBASSY", 1.5),
        # a card speaks of itself as one ("Cette carte est strictement personnelle", "Carte délivrée le ..."), where
        # its back, read before its front, puts its title below the first lines
        ("CETTE CARTE | LA PRESENTE CARTE | THIS CARD | CARTE DELIVREE LE | CARD ISSUED ON | ESTA TARJETA", 2.0),
    ),
    DocType.NATIONALITY_CERTIFICATE: (
        ("CERTIFICAT DE NATIONALITE | CERTIFICATE OF NATIONALITY | NATIONALITY CERTIFICATE", 7.0),
        ("POSSEDE LA NATIONALITE | IS A NATIONAL OF | HAS THE NATIONALITY | A LA NATIONALITE | IS A CITIZEN OF", 1.5),
        ("=EST DE NATIONALITE | =HOLDS THE NATIONALITY", 3.0),
        ("LE PRESENT CERTIFICAT | THIS CERTIFICATE", 1.5),
        ("TRIBUNAL | COURT", 1.0),
    ),
    DocType.VOLUNTEER_CONTRACT: (
        (
            "CONTRAT DE VOLONTARIAT | VOLUNTEER CONTRACT | VOLUNTEERING CONTRACT | VOLUNTARY CONTRACT"
            " | CONTRAT DE BENEVOLAT | VOLUNTEER AGREEMENT | VOLUNTEERING AGREEMENT | ENGAGEMENT DE VOLONTARIAT",
            6.0,
        ),
        ("CONTRAT D'ENGAGEMENT | CONTRAT DE MISSION", 3.0),
        ("CONTRAT | CONTRACT", 1.0),
        ("LE VOLONTAIRE | THE VOLUNTEER", 1.5),
        ("MISSION", 1.0),
        ("DATE DE DEBUT | START DATE | DATE DE FIN | END DATE | COMMENCEMENT DATE | TERMINATION DATE", 1.0),
        ("ENTRE LES SOUSSIGNES | BETWEEN THE UNDERSIGNED", 2.0),
        ("ARTICLE", 0.5),
        # a contract's later pages, photographed one by one, have no title
        ("EN DEUX EXEMPLAIRES | IN TWO ORIGINAL COPIES | IN TWO COPIES | EN DOUBLE EXEMPLAIRE"
         " | EN TROIS EXEMPLAIRES | IN THREE ORIGINAL COPIES | IN THREE COPIES | EN TRIPLE EXEMPLAIRE", 4.0),
        ("LU ET APPROUVE | READ AND APPROVED", 2.0),
        # the volunteer's signed slip accepting it, its last page ("I, X, accept the terms of this volunteer agreement")
        ("ACCEPT THE TERMS OF THIS VOLUNTEER AGREEMENT | ACCEPT THE TERMS OF THIS AGREEMENT"
         " | ACCEPT THE TERMS OF THIS CONTRACT | ACCEPTE LES TERMES DU PRESENT CONTRAT"
         " | ACCEPTE LES CONDITIONS DU PRESENT CONTRAT | ACCEPTE LES TERMES DE LA PRESENTE CONVENTION", 3.0),
        ("POUR L'ASSOCIATION | FOR THE ASSOCIATION", 1.0),
        ("=S'ENGAGE A QUITTER | =UNDERTAKES TO LEAVE", 1.5),
        ("INDEMNITE | ALLOWANCE | TUTEUR | TUTOR | PREAVIS | NOTICE", 1.0),
    ),
    DocType.APPROVAL_DECISION: (
        ("AGREMENT | APPROVAL | ACCREDITATION", 3.0),
        ("ARRETE | DECISION", 2.0),
        ("DECIDE | DECIDES", 1.0),
        ("VU LE CODE | VU LA LOI | HAVING REGARD TO", 2.0),
        ("ARTICLE 1", 1.5),
        ("EST AGREEE | IS APPROVED | IS HEREBY APPROVED | EST ACCREDITEE", 2.5),
        ("PREFET | PREFECT | MINISTRE | MINISTER", 1.0),
        ("ACCUEILLIR DES VOLONTAIRES | HOST VOLUNTEERS", 2.0),
    ),
    DocType.DEPARTURE_COMMITMENT: (
        # First person only: a contract's "le volontaire s'engage à quitter" / "undertakes to leave" is not
        # the letter ("=" marks a phrase matched exactly, never fuzzily).
        (
            "=M'ENGAGE A QUITTER | =UNDERTAKE TO LEAVE | =COMMIT TO LEAVE | COMMITMENT TO LEAVE"
            " | ENGAGEMENT DE QUITTER | ENGAGEMENT A QUITTER",
            6.0,
        ),
        (
            "QUITTER LE TERRITOIRE | QUITTER LA FRANCE | LEAVE THE FRENCH TERRITORY | LEAVE FRENCH TERRITORY"
            " | LEAVE FRANCE | LEAVE THE TERRITORY",
            3.0,
        ),
        ("SUR L'HONNEUR | ON MY HONOUR | ON MY HONOR", 1.0),
        ("JE SOUSSIGNE | I THE UNDERSIGNED | I, THE UNDERSIGNED", 1.0),
        ("A L'ISSUE DE MA MISSION | AT THE END OF MY MISSION | END OF MY VOLUNTEER MISSION", 2.0),
        (
            "ENGAGEMENT DE DEPART | ENGAGEMENT DE RETOUR | ENGAGEMENT AU RETOUR | UNDERTAKING TO RETURN"
            " | UNDERTAKING TO LEAVE | DEPART DU TERRITOIRE | RETURN HOME | DECLARATION DE DEPART"
            " | DECLARATION OF DEPARTURE",
            2.0,
        ),
    ),
    DocType.ACCEPTANCE_CERTIFICATE: (
        (
            "ATTESTATION D'ACCUEIL | CERTIFICATE OF ACCEPTANCE | ACCEPTANCE CERTIFICATE"
            " | ATTESTATION D'ACCEPTATION | CERTIFICAT D'ACCEPTATION | LETTER OF ACCEPTANCE | LETTRE D'ACCUEIL",
            6.0,
        ),
        ("ACCEPTE D'ACCUEILLIR | AGREES TO HOST | ACCEPTS TO HOST | WILL BE HOSTED", 3.0),
        ("ACCUEILLIR | ACCUEILLE | TO HOST", 1.0),
        ("EN QUALITE DE VOLONTAIRE | AS A VOLUNTEER", 1.5),
    ),
}

# A line that states its subject: a title wherever it stands among the first lines.
_SUBJECT_LINE = re.compile(r"^\s*(?:OBJET|SUBJECT|RE|CONCERNE|ASUNTO)\s*:")
SUBJECT_LINES = 15
# A filled-in label ("Contrat du : 15.08.2026 au ...", "N° : 1234"): a form's field, not its title.
_FILLED_LABEL = re.compile(r"^[^:]{2,60}:.*\d")

# Wordings of documents that are none of ours (bills, CVs, bank papers...):
# they pull a file towards `unknown`.
OTHER_CUES: tuple[tuple[str, float], ...] = (
    ("FACTURE | INVOICE", 4.0),
    ("MONTANT TTC | TOTAL TTC | AMOUNT DUE | TOTAL A PAYER", 3.0),
    ("CURRICULUM VITAE", 6.0),
    ("EXPERIENCE PROFESSIONNELLE | WORK EXPERIENCE | COMPETENCES | SKILLS", 3.0),
    ("RELEVE DE COMPTE | BANK STATEMENT | RELEVE D'IDENTITE BANCAIRE", 5.0),
    ("QUITTANCE DE LOYER | BULLETIN DE SALAIRE | PAYSLIP | BOARDING PASS", 5.0),
    ("ATTESTATION D'ASSURANCE | INSURANCE", 2.0),
    ("ECHEANCE", 1.0),
)

# The zone is the strongest cue: (kind or code prefix) -> (type, weight).
ZONE_WEIGHT = 9.0  # a zone whose check digits verify
ZONE_WEIGHT_UNVERIFIED = 5.0

TITLE_LINES = 8  # a cue in the first lines of a page is a title
PROSE_WORDS = 9  # a line of this many words is running text, not a title (for title phrases)
LONG_PROSE_WORDS = 14  # for title words, a line of 9 with a comma, or of this many (titles run to a dozen words)
# A letterhead's address line ("5 rue de la République, 13001 Marseille · Tél. 01 ..."): no running text, however long.
# (or a letterhead's name, then its address after a dash or a bar: "Les Ateliers du Lien - 4 rue du Moulin, 35000 Rennes")
_ADDRESS_LINE = re.compile(r"(?:[^,;]{2,60}?\s[-–|·•]\s*)?\s*\d+(?:\s*(?:BIS|TER))?,?\s+"
                           r"(?:RUE|AVENUE|QUAI|BOULEVARD|BD|PLACE|CHEMIN|ALLEE|ROUTE|STREET|ROAD)\b")
TITLE_BONUS = 1.5  # multiplier for a cue found among them
NAMING_WEIGHT = 5.0  # a cue this heavy names a document ("contrat de volontariat") ...
BODY_MENTION = 0.5  # ... and counts this much less when only the body mentions it
MIN_SCORE = 3.0  # below this the file is unknown
MIN_CONFIDENCE = 0.45  # below this too (a near tie between two types gives about 0.5 x strength)
MARGIN_SCALE = 2.5  # score lead over the runner-up that makes the choice ~73% sure
NEAR_TIE = MARGIN_SCALE  # a lead smaller than this is reported in the evidence
FILENAME_WEIGHT = 0.5  # a file name hint, weak on purpose

# Words in a file name hinting at a type (scan_001.pdf says nothing).
FILENAME_HINTS: dict[DocType, tuple[str, ...]] = {
    DocType.VISA: ("VISA",),
    DocType.BIRTH_CERTIFICATE: ("NAISSANCE", "BIRTH", "ACTE"),
    DocType.PASSPORT: ("PASSEPORT", "PASSPORT"),
    DocType.CONSULAR_ATTESTATION: ("ATTESTATION_CONSULAIRE", "CONSULAR_ATTESTATION"),
    DocType.PHOTO_ID: ("CNI", "IDENTITE", "ID_CARD", "IDCARD"),
    DocType.CONSULAR_CARD: ("CARTE_CONSULAIRE", "CONSULAR_CARD"),
    DocType.NATIONALITY_CERTIFICATE: ("NATIONALITE", "NATIONALITY"),
    DocType.VOLUNTEER_CONTRACT: ("CONTRAT", "CONTRACT"),
    DocType.APPROVAL_DECISION: ("AGREMENT", "APPROVAL", "ARRETE", "DECISION"),
    DocType.DEPARTURE_COMMITMENT: ("ENGAGEMENT", "DEPART", "COMMITMENT"),
    DocType.ACCEPTANCE_CERTIFICATE: ("ACCUEIL", "ACCEPTANCE"),
}


# --------------------------------------------------------------------------
# Normalisation (folding itself is docscheck.textnorm's)
# --------------------------------------------------------------------------


def compact(text: str) -> str:
    """Only letters and digits: what survives OCR's broken spacing."""
    return re.sub(r"[^A-Z0-9]", "", text)


# --------------------------------------------------------------------------
# Matching
# --------------------------------------------------------------------------


@dataclass(frozen=True)
class _Prepared:
    """One page's text in the forms the matcher needs."""

    text: str  # normalised, one line per line
    flat: str  # normalised, the lines joined by spaces (sentences run across lines)
    title: str  # normalised first lines
    title_lines: tuple[tuple[str, ...], ...]  # the words of each title line, and of each subject line near the top
    compact: str
    title_compact: str
    words: tuple[str, ...]  # in reading order, digits read as the letters OCR confuses them with
    title_words: tuple[str, ...]
    tokens: frozenset[str]
    title_tokens: frozenset[str]


_DIGIT_AS_LETTER = str.maketrans(dict(WORD_DIGIT_TO_LETTER))


def _words(text: str) -> tuple[str, ...]:
    out = []
    for w in re.findall(r"[A-Z0-9]+", text):
        if re.search(r"[A-Z]", w) and re.search(r"\d", w):
            w = w.translate(_DIGIT_AS_LETTER)
        out.append(w)
    return tuple(out)


# A note in brackets over a title ("[English translation of the original in Tamil, certified by the office]",
# "(Traduction de l'original rédigé en langue vietnamienne)"): no running text, however long.
_BRACKETED = re.compile(r"\s*[\[(].*[\])]\s*")


def _is_prose(line: str) -> bool:
    """Running text, not a title: a long line, or a middling one with a sentence's commas."""
    n = len(line.split())
    return not _ADDRESS_LINE.match(line) and not _BRACKETED.fullmatch(line) and (
        n >= LONG_PROSE_WORDS or (n >= PROSE_WORDS and bool(re.search(r"[,;]", line))))


def prepare_page(page_text: str) -> _Prepared:
    """A page's text made ready for `cue_found`."""
    norm = normalize(page_text)
    lines = [ln for ln in norm.split("\n") if ln.strip()]
    # where someone speaks in the first person, running text has started: a title never speaks
    sentence = first_person_lines(page_text)
    head_at = [i for i, ln in enumerate(lines[:TITLE_LINES]) if not _FILLED_LABEL.match(ln) or _SUBJECT_LINE.match(ln)]
    head = [lines[i] for i in head_at]
    # the title ends where running text starts: a mention in the first sentence is not a title (nor is a row
    # saying the contract is yet to be signed: "Engagement : contrat de volontariat à signer à l'arrivée")
    sentence = [s or contract_to_come_in(ln) is not None for s, ln in zip(sentence, lines, strict=False)]
    prose = next((k for k, i in enumerate(head_at) if (len(lines[i].split()) >= PROSE_WORDS and not _ADDRESS_LINE.match(
        lines[i]) and not _BRACKETED.fullmatch(lines[i])) or sentence[i]), len(head))
    title = "\n".join(head[:prose])
    words, title_words = _words(norm), _words(title)
    # for title words, a long title ("Engagement de départ à l'issue de la mission de volontariat") still counts
    long_prose = next((k for k, i in enumerate(head_at) if _is_prose(lines[i]) or sentence[i]), len(head))
    heads = [*head[:long_prose], *(ln for ln in lines[long_prose:SUBJECT_LINES] if _SUBJECT_LINE.match(ln))]
    return _Prepared(
        text=norm,
        flat=re.sub(r"\s+", " ", norm),
        title=title,
        title_lines=tuple(_words(ln) for ln in heads),
        compact=compact(norm),
        title_compact=compact(title),
        words=words,
        title_words=title_words,
        tokens=frozenset(words),
        title_tokens=frozenset(title_words),
    )


def _close(token: str, word: str) -> bool:
    """One OCR error allowed in a word of 6 letters or more, two from 12; short words exact."""
    if token == word:
        return True
    allowed = 0 if len(word) < 6 else 1 if len(word) < 12 else 2
    if len(word) >= 8 and len(token) >= 0.75 * len(word) and word.startswith(token):
        return True  # the end of a long word cut off by the photo's edge ("NATIONALI")
    return allowed > 0 and abs(len(token) - len(word)) <= allowed and (
        Levenshtein.distance(token, word, score_cutoff=allowed) <= allowed
    )


# Real words one letter away from a cue word: never taken for an OCR error of it
# (an English "agreement" is a contract's name, not a French "agrément").
# (both ways: a French "agrément" is no misread "agreement" either)
FALSE_FRIENDS: dict[str, frozenset[str]] = {
    "AGREMENT": frozenset({"AGREEMENT", "AGREEMENTS"}),
    "AGREEMENT": frozenset({"AGREMENT", "AGREMENTS"}),
}


@lru_cache(maxsize=65536)
def _close_tokens(word: str, tokens: frozenset[str]) -> frozenset[str]:
    """The page's words that `_close` accepts for `word`, found in one pass in C (rapidfuzz).

    A page's token set is the same object for every cue, and a frozenset keeps its
    hash, so each (cue word, page) pair is computed once.
    """
    allowed = 0 if len(word) < 6 else 1 if len(word) < 12 else 2
    found = {word} & tokens
    if allowed:
        found.update(t for t, _, _ in process.extract_iter(word, tokens, scorer=Levenshtein.distance, score_cutoff=allowed))
    if len(word) >= 8:
        found.update(t for t in tokens if len(t) >= 0.75 * len(word) and word.startswith(t))
    return frozenset(found) - FALSE_FRIENDS.get(word, frozenset())


def _word_match(word: str, tokens: frozenset[str]) -> bool:
    """A single-word cue against the page's words."""
    if word in tokens:
        return True
    return len(word) >= 6 and bool(_close_tokens(word, tokens))


def _seq_match(phrase_words: list[str], words: tuple[str, ...], tokens: frozenset[str]) -> bool:
    """The phrase's words in order, each close to one page word or to two joined (a word broken in two)."""
    close = [_close_tokens(pw, tokens) for pw in phrase_words]

    def joined(j: int, pw: str) -> bool:
        # A word broken in two by OCR: both pieces shorter than the word, the first starting it.
        return (
            j + 1 < len(words)
            and len(words[j]) < len(pw)
            and words[j][:1] == pw[:1]
            and _close(words[j] + words[j + 1], pw)
        )

    n = len(words)
    for i in range(n):
        if words[i] not in close[0] and not joined(i, phrase_words[0]):
            continue
        j, ok = i, True
        for pw, near in zip(phrase_words, close, strict=True):
            if j < n and words[j] in near:
                j += 1
            elif joined(j, pw):
                j += 2
            else:
                ok = False
                break
        if ok:
            return True
    return False


def _phrase_match(phrase: str, text: str, comp: str, words: tuple[str, ...], tokens: frozenset[str]) -> bool:
    """A multi-word cue: exact, else spacing-blind, else word by word with OCR errors allowed (a pattern only
    where the text can hold it: compiling one for each of the hundreds of cues a page lacks is what costs)."""
    if phrase in text and re.search(r"(?<![A-Z0-9])" + re.escape(phrase) + r"(?![A-Z0-9])", text):
        return True
    cp = compact(phrase)
    if len(cp) < 9:
        # Short phrases ("TYPE D", "ID CARD") only exactly, spacing aside.
        return cp in comp and re.search(
            r"(?<![A-Z0-9])" + r"[\s']*".join(map(re.escape, cp)) + r"(?![A-Z0-9])", text) is not None
    if cp in comp:
        return True
    return _seq_match(re.findall(r"[A-Z0-9]+", phrase), words, tokens)


def cue_found(phrase: str, page: _Prepared, *, title_only: bool = False) -> bool:
    """Whether one cue phrase (normalised form) shows on a page, or in its first lines.

    A phrase written `=PHRASE` is matched exactly (words and their boundaries), never fuzzily.
    """
    if phrase.startswith("="):
        exact, text = phrase[1:].split(), page.title if title_only else page.text
        rx = r"(?<![A-Z0-9])" + r"\s*".join(map(re.escape, exact)) + r"(?![A-Z0-9])"
        return all(w in text for w in exact) and re.search(rx, text) is not None  # no pattern for absent words
    words = re.findall(r"[A-Z0-9]+", phrase)
    if len(words) == 1 and "'" not in phrase and "-" not in phrase:
        return _word_match(words[0], page.title_tokens if title_only else page.tokens)
    if title_only:
        return _phrase_match(phrase, page.title, page.title_compact, page.title_words, page.title_tokens)
    return _phrase_match(phrase, page.text, page.compact, page.words, page.tokens)


def _score_cues(
    cues: tuple[tuple[str, float], ...], pages: list[_Prepared]
) -> tuple[float, list[str]]:
    """Sum of the weights of the cues found; alternatives (`A | B`) count once."""
    score = 0.0
    found: list[str] = []
    for alternatives, weight in cues:
        best, which = 0.0, ""
        for phrase in (a.strip() for a in alternatives.split("|")):
            for p in pages:
                if best < weight * TITLE_BONUS and cue_found(phrase, p, title_only=True):
                    best, which = weight * TITLE_BONUS, phrase
                elif best == 0.0 and cue_found(phrase, p):
                    # a document's name in running text mentions another document more often than it names this one
                    best, which = weight * (BODY_MENTION if weight >= NAMING_WEIGHT else 1.0), phrase
        if best:
            score += best
            found.append(which.lstrip("="))
    return score, found


def _title_words(pages: list[_Prepared]) -> list[tuple[DocType, float, str]]:
    """Each type whose title words stand together on one title line of a page."""
    out = []
    for doc_type, groups, weight in TITLE_WORDS:
        for p in pages:
            # a title on one line, or wrapped over two ("Décision préfectorale du ..." / "relative à l'agrément")
            spans = [*p.title_lines, *(a + b for a, b in zip(p.title_lines, p.title_lines[1:], strict=False))]
            line = next((ws for ws in spans if all(_word_in(g, frozenset(ws)) for g in groups)), None)
            if line is not None:
                out.append((doc_type, weight, "title: " + " ".join(line)[:60]))
                break
    return out


def titled_as(text: str) -> set[DocType]:
    """The types whose title words stand on the title lines of this text."""
    return {t for t, _, _ in _title_words([prepare_page(text)])}


def _word_in(alternatives: tuple[str, ...], tokens: frozenset[str]) -> bool:
    return any(_word_match(w, tokens) for w in alternatives)


def commits_to_leave(text: str) -> str | None:
    """The words in which the writer commits themself to leave, if a page says so in the first person."""
    return commitment_in(re.sub(r"\s+", " ", normalize(text)))


def _zone_cue(zone: Zone | None) -> tuple[DocType, float, str] | None:
    if zone is None:
        return None
    weight = ZONE_WEIGHT if zone.valid else ZONE_WEIGHT_UNVERIFIED
    code = (zone.document_code or (zone.lines[0][:2] if zone.lines else "")).upper()
    label = f"zone {zone.kind} {code.replace('<', '') or '?'}{'' if zone.valid else ' (unverified)'}"
    kind = zone.kind.upper()
    if kind.startswith("MRV") or code.startswith("V"):
        return DocType.VISA, weight, label
    if code.startswith("P"):
        return DocType.PASSPORT, weight, label
    if kind == "TD1" or code[:1] in {"I", "A", "C"}:
        return DocType.PHOTO_ID, weight, label
    return None


def _names_itself(alternatives: str, pages: list[_Prepared]) -> bool:
    return any(cue_found(a.strip(), p) for a in alternatives.split("|") for p in pages)


def _filename_hint(relpath: str) -> DocType | None:
    name = fold(relpath.rsplit("/", 1)[-1])
    name = re.sub(r"[^A-Z0-9]+", "_", name)
    for doc_type, words in FILENAME_HINTS.items():
        if any(re.search(r"(?<![A-Z])" + w + r"(?![A-Z])", name) for w in words):
            return doc_type
    return None


def scores(ft: FileText, zone: Zone | None = None) -> dict[DocType, tuple[float, list[str]]]:
    """Every type's score and the cues behind it (UNKNOWN holds the 'other documents' score)."""
    pages = [prepare_page(p.text) for p in ft.pages if p.text.strip()]
    out: dict[DocType, tuple[float, list[str]]] = {}
    for doc_type, cues in CUES.items():
        out[doc_type] = _score_cues(cues, pages)
    for doc_type, weight, label in [*_title_words(pages), *speaker_cues([p.flat for p in pages])]:
        s, ev = out[doc_type]
        out[doc_type] = (s + weight, [label, *ev])
    zc = _zone_cue(zone)
    if zc is not None:
        zone_type = zc[0]
        if zone_type is DocType.PHOTO_ID and _names_itself(CUES[DocType.CONSULAR_CARD][0][0], pages):
            zone_type = DocType.CONSULAR_CARD  # a card's zone (I, A, C) on a card that says it is consular
        s, ev = out[zone_type]
        out[zone_type] = (s + zc[1], [zc[2], *ev])
    hint = _filename_hint(ft.relpath or ft.path)
    if hint is not None:
        s, ev = out[hint]
        out[hint] = (s + FILENAME_WEIGHT, [*ev, f"file name ({FILENAME_WEIGHT:g})"])
    out[DocType.UNKNOWN] = _score_cues(OTHER_CUES, pages)
    return out


def _confidence(best: float, second: float) -> float:
    """How much evidence there is (saturating) times how clearly it beats the runner-up (logistic)."""
    strength = 1.0 - math.exp(-best / 4.0)
    lead = 1.0 / (1.0 + math.exp(-(best - second) / MARGIN_SCALE))
    return max(0.0, min(1.0, strength * lead))


def classify(ft: FileText, zone: Zone | None = None) -> Classification:
    """The type of one file, with a confidence (0..1) and the cues that decided it.

    For `unknown`, the confidence says how sure docscheck is that the file is none of the listed
    documents: high for a bill or a page without any cue, 0 for a near tie between two types or an
    unreadable file.
    """
    if ft.error is not None:
        return Classification(DocType.UNKNOWN, 0.0, ("no text",))
    if not any(p.text.strip() for p in ft.pages):
        # a page whose text OCR'd empty may still carry a zone read apart: verified, it says what the document is
        # (an unverified one too, at its lower weight: its fields are then not used, see zonetrust)
        zc = _zone_cue(zone)
        if zc is None:
            return Classification(DocType.UNKNOWN, 0.0, ("no text",))
        return Classification(zc[0], round(_confidence(zc[1], 0.0), 2), (zc[2], "page text empty: type from the zone"))
    sc = scores(ft, zone)
    ranked = sorted(sc.items(), key=lambda kv: kv[1][0], reverse=True)
    (best_type, (best, evidence)), (second_type, (second, _)) = ranked[0], ranked[1]
    conf = round(_confidence(best, second), 2)
    if second > 0 and best - second < NEAR_TIE and best_type is not DocType.UNKNOWN:
        evidence = [*evidence, f"near tie with {second_type.value} ({best:.1f} against {second:.1f})"]
    if best_type is DocType.UNKNOWN:
        return Classification(DocType.UNKNOWN, conf, tuple(f"other document: {e}" for e in evidence))
    if best < MIN_SCORE or conf < MIN_CONFIDENCE:
        ev = (f"best guess {best_type.value} (score {best:.1f}): " + ", ".join(evidence)) if evidence else "no cue"
        return Classification(DocType.UNKNOWN, round(1.0 - conf, 2) if best < MIN_SCORE else 0.0, (ev,))
    return Classification(best_type, conf, tuple(evidence))
