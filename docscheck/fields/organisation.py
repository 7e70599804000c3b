"""The host organisation in contracts and letters: its name (the volunteer's mission: `missions`)."""

from __future__ import annotations

import re

from docscheck.fields.finders import host_section, text_field
from docscheck.fields.labels import ANY_LABEL
from docscheck.fields.letterdates import STREET_LINE
from docscheck.fields.lines import Flow, Line, clean, page_flows
from docscheck.model import Field
from docscheck.textnorm import fold
from docscheck.titles import TITLE_WORDS

# Shorter than this, what follows "Association :" is OCR debris, not a name (set by hand).
_MIN_NAME_CHARS = 3

# "l'association Les Jardins de la Fraternité, ...", "la structure X", "son association membre X", "the host
# organisation X": a body's common noun after its article, then the name (which starts with a capital letter).
_ASSOC_WITH_ARTICLE = re.compile(
    r"(?:\b[Ll][’']|\b(?i:la|son|sa|the|its|their)\s+)(?:host\s+|hosting\s+|member\s+)?"
    r"(?i:association|fondation|foundation|organisme|organisation|organization|structure)"
    r"(?:\s+(?i:d[’']accueil|agréée?|hôte|porteuse|support|membre))?"
    # ("l'association dénommée LES AMIS DU RAIL", "the association known as ...": a naming word before the name)
    r"(?:\s+(?:dénommée|denommee|intitulée|intitulee|dite|nommée|named|called|known\s+as))?\s+"
    # (not a title's "la structure d'accueil" the flow joins to the sentence under it, "L'association X ...")
    r"(?![Ll][’'](?i:association|fondation|organisme|organisation)\b|(?i:d[’']accueil|agréée?|hôte|porteuse|membre)\b)"
    r"((?=[A-ZÀ-Ý])[^\n,;:()«»\"]{2,80})"
)
# "l'Association Main Tendue", "la Fondation X": the noun in title case after the article is the name's first word.
_TITLED_NOUN = re.compile(r"\b(Association|Fondation|Foundation)\s+$")
# "Entre l'association X, ..." / "made between X, 3 rue ... (the Host)": the first party of a contract.
_ASSOC_BETWEEN = re.compile(
    r"\b(?:[Ee]ntre|ENTRE|[Bb]etween|BETWEEN)\s+(?!les\b|LES\b|the undersigned|THE UNDERSIGNED)"
    r"((?=[A-ZÀ-Ý])[^\n,;:()«»\"]{2,80}),"
)
# "accepted as a volunteer by X for a mission" / "accueillie par l'association X": the host named by its act.
_ASSOC_HOSTING = re.compile(
    r"\b(?:accepted|hosted|welcomed|accueillie?(?:\(e\))?|reçue?)\s+(?:as a volunteer\s+|en qualité de volontaire\s+)?"
    r"(?:by|par)\s+(?:the association\s+|l[’']association\s+)?((?=[A-ZÀ-Ý])[^\n,;:()«»\"]{2,80})"
)
_ASSOC_BARE = re.compile(r"\b((?:Association|Fondation|Foundation|ASSOCIATION|FONDATION)\s+(?=[A-ZÀ-Ý])[^\n,;:()«»\"]{2,80})")


# "I confirm that Les Amis du Rail has accepted Mr X", "que Les Amis du Rail a accepté ...": the body that takes the
# volunteer in, the subject of its acceptance.
_ASSOC_ACCEPTING = re.compile(
    r"\b(?:that|que)\s+((?=[A-ZÀ-Ý])[^\n,;:()«»\"]{2,80}?)(?:\s*\([A-Z]{2,8}\))?\s+(?:(?:has|have|a)\s+(?:accepted|welcomed"
    r"|agreed to host|accepté|accueilli)|accepts|welcomes|agrees to host|accepte|accueille)\b"
)
# "a accordé à Les Amis du Rail l'agrément", "granted to X the approval": the body an approval is given to.
_ASSOC_GRANTED = re.compile(
    r"\b(?:accordée?|délivrée?|octroyée?|attribuée?|renouvelée?|granted|issued|renewed)\s+(?:à|au profit de|to)\s+"
    r"(?:l['’]association\s+|the association\s+)?((?=[A-ZÀ-Ý])[^\n,;:()«»\"]{2,80}?)\s+"
    r"(?:l['’]agrément|un agrément|son agrément|(?:the |an |its )?(?:approval|accreditation))\b"
)


# "Les Amis du Rail (LAR), an association recognised ...", "Les Amis du Rail, association loi 1901": a name
# opening its sentence, then what it is.
# (or after the one who presents or represents it: "la demande présentée par Les Amis du Rail, association ...")
_ASSOC_APPOSITION = re.compile(
    # (or a party's number: "(1) LES AMIS DU RAIL, an association registered in France")
    r"(?:^|(?<=[.,;:!?]\s)|(?<=\spar\s)|(?<=\sby\s)|(?<=\(\d\)\s)|(?<=\d°\s))((?=[A-ZÀ-Ý])[^\n,;:()«»\"]{2,80}?)\s*"
    r"(?:\([A-Z]{2,10}\))?,\s*"
    r"(?:(?:an?|une|the)\s+)?"
    r"(?i:association|organisation|organization|fondation|foundation)\b"
)


# "Art. 1. Les Amis du Rail est agréée ...", "SSQ is hereby approved": the body an act approves, its sentence's subject.
_ASSOC_APPROVED = re.compile(
    r"(?:^|(?<=[.;:]\s))(?:(?:Art(?:icle)?\.?\s*\d+\w*|Article premier)\s*[.:–—-]?\s*)?"
    r"((?=[A-ZÀ-Ý])[^\n,;:()«»\"]{2,80}?)\s+(?:est|is(?: hereby)?)\s+(?:agréée?|approved|accredited|habilitée?)\b"
)


# Where an association's name stops in a sentence.
_ASSOC_STOP = re.compile(
    r"\s(?:est|is|a|has|représentée?|represented|dont|whose|sise?|located|ci-après|hereinafter|accepte|accepts|agrees"
    r"|certifie|certifies|atteste|confirms|confirme|s'engage|undertakes|déclare|declares|reconnue|recognised"
    r"|recognized|agréée|approved|au titre|située?|based|domiciliée?|whose|dont"
    r"|et (?:les|des|ses) (?:pièces|pieces|documents|annexes|justificatifs)"
    r"|pour (?:une?|la|le|les|des)|for an?|as (?:an?|our|the|its)|en (?:qualité|qualite|tant) de|sera|will|\d+(?:\s*(?:bis|ter))?,?\s+(?:rue|avenue|av\.|quai|boulevard|bd"
    r"|place|chemin|allée|impasse|route|cours|street|road)"
    r"|p\.?\s*\d+|page\s+\d+)\b",  # (a contents page's reference: "... Les Vergers Partagés p. 12")
    re.I,
)


# "L'association « Les Jardins », dont ..." / "the association “Green Paths”": the quotes bound the name.
_ASSOC_QUOTED = re.compile(
    r"\b(?:association|fondation|foundation|organisation|organization|organisme)\s*,?\s+"  # ("votre association, « X »")
    r"(?:(?:dénommée?|denommee?|intitulée?|intitulee?|named|called|nommée?|nommee?|dite?|known as)\s+)?"
    r"(?:«|<<|“|\"|„)\s*([^\n«»“”\"]{3,80}?)\s*(?:»|>>|”|\")",
    re.I,
)
# "The Gardens (« Les Jardins », association loi 1901)", "« Les Jardins », fondation reconnue ...": a name in quotes
# followed by the legal form it is registered under is the body's own name, whatever rendering stands beside it.
_QUOTED_WITH_FORM = re.compile(
    r"(?:«|<<|“|\"|„)\s*([^\n«»“”\"]{3,80}?)\s*(?:»|>>|”|\")\s*,?\s*(?:an?\s+|une\s+)?"
    r"(?:association|fondation|foundation)\s+(?:loi|de\s+loi|déclarée|declaree|reconnue|régie|regie|registered"
    r"|recognised|recognized|under)\b",
    re.I,
)
# A sentence's end: the name stops there.
_SENTENCE_END = re.compile(r"\.\s")


# A line that opens with a label ("Objet :", "Date :"): a name never runs on into it.
LABEL_LINE = re.compile(r"\s*[A-Za-zÀ-ÿ'’ ]{2,30}\s*:")
# ... nor into a table's next row, whose caption has no colon ("Adresse  12 rue des Lilas").
_ROW_CAPTION = re.compile(r"\s*(?:Adresse|Address|Siège|Siege|Headquarters|Téléphone|Tél|Tel|Phone|E-?mail|Courriel"
                          r"|Représentant|Representative|Président|President|Responsable|Référent|Contact)\b")


def _within_its_line(val: str, lines: list[Line]) -> str:
    """A name read across a line break, cut at the break when its line is a letterhead (the name
    opens the line) or the next line opens with a label: a sentence wraps, a heading does not."""
    if any(val in ln.raw for ln in lines):
        return val  # written whole on one line: not a name run on across a break
    for ln, nxt in zip(lines, lines[1:], strict=False):
        idx = ln.raw.find(val[:12])
        if idx < 0:  # a name shorter than that ending its line ("... de l'association JF")
            end = ln.raw.rstrip()
            cut = next((p for p in range(min(len(val), len(end)), 1, -1) if val[p : p + 1] == " " and end.endswith(val[:p])), 0)
            if not cut:
                continue
            idx = len(end) - cut
        inline = clean(ln.raw[idx:])
        rest = val[len(inline) :].strip()
        if (not ln.raw[:idx].strip() and nxt.page == ln.page and clean(nxt.raw).startswith(rest[:12])
                and _runs_on(inline, rest, lines)):
            return val  # a name opening its line, broken over two (a letterhead's)
        if len(val) > len(inline) and val.startswith(inline) and (
            not ln.raw[:idx].strip() or LABEL_LINE.match(nxt.raw) or LABEL_LINE.match(ln.raw) or _ROW_CAPTION.match(nxt.raw)
            or _ROLE.match(val[len(inline) :].strip())
        ):
            # (a label's value ends with its line: "Objet : agrément de l'association JF"; nor does a name run
            # into a sentence opening on someone's role: "La directrice générale ...")
            return inline
    return val


# The words that open a name's second line when the name runs on ("Les Jardins" / "de la Fraternité").
_LINKING_START = re.compile(r"(?:de|du|des|d['’]|et|pour|of|and|for|à|au|aux)\s", re.I)


def _acronyms_in(lines: list[Line]) -> set[str]:
    """The acronyms a document uses ("ASEP", "A.S.E.P."), dots taken out."""
    found: set[str] = set()
    for ln in lines:
        found.update(m.replace(".", "") for m in re.findall(r"\b(?:[A-Z]\.){2,8}|\b[A-Z]{2,8}\b", ln.raw))
    return found


def _runs_on(first: str, rest: str, lines: list[Line]) -> bool:
    """Whether a name broken over two lines is one name: its second line opens on a linking word
    ("Les Jardins" / "de la Fraternité"), or the two lines' initials give the acronym the document goes by."""
    if not first or not rest:
        return False
    if _LINKING_START.match(rest) and rest.split()[0][:1].islower():
        return True
    words = (first + " " + rest).replace("'", " ").split()
    return len(words) >= 3 and _initials(words) in _acronyms_in(lines) and len(_initials(words)) >= 3


# An article then a common noun ("Le volontaire / The volunteer", "La présidente"): a role, never a name,
# whose words all start with a capital after the article ("Les Amis du Rail").
_ROLE = re.compile(r"(?:(?:Le|La|Les|The)\s+|L['’])[a-zà-ÿ]")


# A letterhead that is a public body's, not an association's (a town hall's contract, a ministry's letter).
_PUBLIC_BODY = re.compile(
    r"\b(?:REPUBLI\w*|PREFET\w*|PREFECTURE|MINISTE\w*|MINISTRY|MAIRIE|VILLE|COMMUNE|TOWN|CITY|ETAT|STATE"
    r"|GOUVERNEMENT|GOVERNMENT|AMBASSADE|EMBASSY|CONSULAT\w*|AGENCE|AGENCY|DIRECTION|DEPARTEMENT\w*|REGION\w*"
    r"|CONSEIL|COUNCIL|LIBERTE\W+EGALITE)\b"
)
# What a letterhead's name line never holds: digits (an address, a phone), a label's colon, a mail or web address.
_NOT_A_NAME = re.compile(r"[\d:@]|WWW\.|HTTP|\bTEL\b|\bFAX\b"
                         r"|\b(?:OUTLOOK|GMAIL|YAHOO|THUNDERBIRD|MESSAGERIE|WEBMAIL)\b")  # (a mail program's page header)
_LETTERHEAD_LINES = 4  # a letterhead stands above the title, among a page's first lines
_TITLE_REACH = 8  # ... and the title within a page's first lines
_LETTERHEAD_WORDS = range(2, 9)


def _is_title(norm: str) -> bool:
    words = set(re.findall(r"[A-Z]+", norm))
    return any(all(words & set(group) for group in groups) for _, groups, _ in TITLE_WORDS)


_LOGO_ACRONYM = re.compile(r"([A-Z]{2,8})\s*[·•|–—-]\s*(.{6,})")


def _letterhead(lines: list[Line]) -> Field | None:
    """The name printed above a document's title on its first page: the body that wrote it.

    Only for the papers an association writes (a contract, a letter of acceptance); a public
    body's letterhead (republic, ministry, town hall) is never taken for it."""
    page = [ln for ln in lines if ln.page == lines[0].page] if lines else []
    # (the title may stand a few lines lower, under the address and the date; the name is in the first lines)
    title = next((i for i, ln in enumerate(page[:_TITLE_REACH]) if _is_title(ln.norm)), None)
    first = page[: min(title, _LETTERHEAD_LINES)] if title is not None else []
    for i, ln in enumerate(first):
        name = clean(ln.raw)
        if _ACRONYM.fullmatch(name.replace(" ", "")) and "." in name:
            return Field(name.replace(" ", ""), ln.raw.strip(), ln.page, "letterhead")  # a dotted acronym, spelt out below
        if (
            name[:1].isupper() and len(name.split()) in _LETTERHEAD_WORDS
            and not _NOT_A_NAME.search(ln.norm) and not _PUBLIC_BODY.search(ln.norm) and not _ROLE.match(name)
        ):
            nxt = clean(page[i + 1].raw) if i + 1 < len(page) and i + 1 != title else ""
            if nxt and not _NOT_A_NAME.search(page[i + 1].norm) and _runs_on(name, nxt, lines):
                name = f"{name} {nxt}"  # a name broken over two letterhead lines
            # (a logo's acronym before the name it stands for: "SSQ · Secours Solidaire des Quartiers")
            logo = _LOGO_ACRONYM.match(name)
            if logo and _initials(logo.group(2).split()) == logo.group(1):
                name = logo.group(2)
            return Field(name, ln.raw.strip(), ln.page, "letterhead")
    return None


# A table's header row naming the body in its first column ("Organisme  Siège  N° d'agrément  Durée").
_HEADER_FIRST = re.compile(r"\s*(?:ORGANISME|ASSOCIATION|STRUCTURE|ORGANI[SZ]ATION|BODY|NOM DE L'ORGANISME)\b")
# ... or second, after the approval's number's column ("N° d'agrément Organisme bénéficiaire Siège"), whose cell
# is one word (the number) before the body's
_NUMBER_FIRST = re.compile(r"\s*(?:N[O°º]|NUMERO|NUMBER|REF(?:ERENCE)?)\.?\s+(?:D'AGREMENT|DE L'AGREMENT|OF APPROVAL"
                           r"|AGREMENT|APPROVAL)\s+(?=(?:ORGANISME|ASSOCIATION|STRUCTURE|ORGANI[SZ]ATION|BODY)\b)")
# ... beside other columns' headers (a letterhead "Association Les Amis du Rail" is no header row)
_OTHER_COLUMN = re.compile(r"\b(?:SIEGE|ADRESSE|ADDRESS|HEADQUARTERS|N[O°º]|NUMERO|NUMBER|DUREE|DURATION|DATE|VILLE|CITY"
                           r"|VALIDITE|VALIDITY|AGREMENT|APPROVAL|REFERENCE)\b")
_HEADER_WORDS = range(2, 9)
# the words a header row's captions may hold in small letters ("N° d'agrément", "Organisme bénéficiaire", "Siège social")
_HEADER_SMALL_WORDS = {"de", "du", "des", "d'", "of", "the", "n°", "bénéficiaire", "beneficiaire", "agréé", "agréée",
                       "social", "sociale", "d'accueil"}
_CELL_LINES = 3  # a name wraps over at most this many lines of its cell


def _under_header_row(lines: list[Line]) -> Field | None:
    """The body named in the first cell under a table's header row, its cell's lines joined up to the
    address that follows it in the row."""
    for i, ln in enumerate(lines):
        words = ln.raw.split()
        number = _NUMBER_FIRST.match(ln.norm)
        if (not (number or _HEADER_FIRST.match(ln.norm)) or re.search(r"[:\d]", ln.norm)
                or len(words) not in _HEADER_WORDS or not _OTHER_COLUMN.search(ln.norm[number.end() if number else 0 :])):
            continue
        if not all(w[:1].isupper() or w.lower() in _HEADER_SMALL_WORDS or w.startswith("d'") for w in words):
            continue
        cell = ""
        for nxt in lines[i + 1 : i + 1 + _CELL_LINES]:
            raw = nxt.raw.strip()
            if number and not cell:
                raw = raw.split(None, 1)[1] if len(raw.split(None, 1)) == 2 else ""  # the number's cell first
            if nxt.page != ln.page or not raw[:1].isalnum() or (not cell and not raw[:1].isupper()):
                break
            cell = f"{cell} {raw}".strip()
            name = _ASSOC_STOP.split(cell, maxsplit=1)[0]
            if name != cell:
                val = clean(name.split(",")[0])
                caption = ln.raw[number.end() :].split()[0] if number else words[0]
                return Field(val, cell, nxt.page, f"table:{clean(caption).lower()}") if len(val) >= _MIN_NAME_CHARS else None
    return None


# "Pour l'association" / "For the Host" alone on its line: a signing block, the next line its signatory.
_SIGNING_FOR_ONE = (r"(?:POUR|FOR|ON BEHALF OF|AU NOM DE)\s+(?:L'|LA |LE |THE )?(?:ASSOCIATION|ORGANISME|STRUCTURE|HOST"
                    r"|ORGANI[SZ]ATION|FONDATION|FOUNDATION)(?:\s+(?:D'ACCUEIL|HOTE|AGREEE?))?")
# (in one language or two: "Pour l'association / For the association")
_SIGNING_FOR = re.compile(rf"\s*{_SIGNING_FOR_ONE}(?:\s*/\s*{_SIGNING_FOR_ONE})*\s*[,:]?\s*")


def _signatories(lines: list[Line]) -> set[str]:
    """The people who sign for the body (the line under "Pour l'association"): never its name."""
    return {fold(clean(nxt.raw)) for ln, nxt in zip(lines, lines[1:], strict=False) if _SIGNING_FOR.fullmatch(ln.norm)}


# A body's acronym ("AMT", "R.A.D."), and the words its initials skip ("Réseau Accueil et Dignité").
_ACRONYM = re.compile(r"(?:[A-Z]\.?){2,8}")
_INITIALS_SKIP = {"de", "du", "des", "la", "le", "les", "et", "d'", "l'", "of", "the", "and", "for", "pour", "à", "au"}


def _initials(words: list[str]) -> str:
    return "".join(fold(w)[:1] for w in words if w.lower() not in _INITIALS_SKIP and not w.lower().startswith(("d'", "l'")))


def _expand_acronym(found: Field, lines: list[Line]) -> Field:
    """A body named by its acronym ("Entre AMT, représentée par ...") is named in full where the document
    spells it out (its letterhead "Association Main Tendue", "Réseau Accueil et Dignité (RAD)")."""
    acronym = str(found.value).replace(".", "")
    if not _ACRONYM.fullmatch(str(found.value)):
        return found
    # (a name broken over two lines is read as one: "Association Solidarité" / "Entraide Paris")
    joined = [*(ln.raw for ln in lines), *(f"{a.raw.strip()} {b.raw.strip()}" for a, b in zip(lines, lines[1:], strict=False)
                                           if a.page == b.page)]
    for raw in joined:
        for run in re.findall(r"[A-ZÀ-Ý][\w'’-]*(?:\s+(?:[A-ZÀ-Ý][\w'’-]*|(?:de|du|des|la|le|les|et|of|the|and|pour|for|à|au|aux)(?![\w'’])"
                              r"|[dl]['’]\w+))*", raw):
            words = run.split()
            while words and words[-1].lower() in _INITIALS_SKIP:
                words.pop()
            for i in range(len(words)):
                # (an opening article may count: "Les Amis du Rail", LADR)
                spelt = {_initials(words[i:]), fold(words[i])[:1] + _initials(words[i + 1 :])}
                if acronym in spelt and len(words) - i >= 2:
                    name = " ".join(words[i:])
                    return Field(name, found.raw, found.page, f"{found.source}+acronym:{raw.strip()[:40]}")
    return found


# The head of a body a letter is addressed to ("Monsieur ou Madame le Président", "À l'attention de la directrice").
_ADDRESSED_TO = re.compile(
    r"\s*(?:A L'ATTENTION D[EU]\s*(?:LA |LE |L')?|(?:(?:MONSIEUR|MADAME|M\.|MME)(?: OU (?:MONSIEUR|MADAME))?\s+)?"
    r"(?:LE|LA)\s+)(?:PRESIDENTE?|DIRECTEUR|DIRECTRICE|RESPONSABLE|PRESIDENT\(E\))\b[^\d]{0,40}"
)


def _address_block(lines: list[Line]) -> Field | None:
    """The body a letter is addressed to: the name under its head's title, above its street address
    ("Monsieur le Président" / "LES AMIS DU RAIL" / "4 rue ...")."""
    # (a letter telling "votre association" of its approval may give only the town under the body's name)
    yours = any(_YOUR_BODY.search(ln.norm) for ln in lines)
    for ln, name, street in zip(lines, lines[1:], lines[2:], strict=False):
        if not _ADDRESSED_TO.fullmatch(ln.norm) or not (ln.page == name.page == street.page):
            continue
        value = clean(name.raw)
        town = yours and bool(_TOWN_LINE.fullmatch(street.raw))
        if (value[:1].isupper() and len(value.split()) in _LETTERHEAD_WORDS and not _NOT_A_NAME.search(name.norm)
                and (re.match(r"\s*\d", street.norm) or town)):
            return Field(value, name.raw.strip(), name.page, "address block")
    return None


_YOUR_BODY = re.compile(r"\b(?:VOTRE|YOUR) (?:ASSOCIATION|ORGANISME|STRUCTURE|FONDATION|FOUNDATION|ORGANI[SZ]ATION)\b")
_TOWN_LINE = re.compile(r"\s*[A-ZÀ-Ý][\w'’-]*(?:[ -][A-ZÀ-Ý][\w'’-]*){0,2}\s*(?:\(\d{2,5}\))?\s*")  # "Paris", "Saint-Denis"


# A letter's closing formula: the signature block follows it.
_CLOSING = re.compile(r"\b(?:CORDIALEMENT|SALUTATIONS|SINCERELY|REGARDS|FAITHFULLY|RESPECTUEUSEMENT|BIEN A VOUS"
                      r"|VEUILLEZ AGREER|CONSIDERATION)\b")
_CLOSING_REACH = 4  # a signature block is a few lines under its closing formula


def _signature_block(lines: list[Line]) -> Field | None:
    """The body that signs a letter: in the block under its closing formula ("Bien cordialement,"), the
    name standing over its street address (a person's name, surname in capitals, is the signer, not the body)."""
    for i, ln in enumerate(lines[1:], start=1):
        name = lines[i - 1]
        if not STREET_LINE.match(ln.norm) or name.page != ln.page:
            continue
        above = [x for x in lines[max(0, i - 1 - _CLOSING_REACH) : i - 1] if x.page == ln.page]
        value = clean(name.raw)
        if (any(_CLOSING.search(x.norm) for x in above) and value[:1].isupper()
                and len(value.split()) in range(3, 9) and not _NOT_A_NAME.search(name.norm)
                and not _PUBLIC_BODY.search(name.norm) and not _ROLE.match(value)
                and not any(w.isupper() and len(w) > 2 for w in value.split())):
            return Field(value, name.raw.strip(), name.page, "signature block")
    return None


# A signatory's title naming the body they sign for ("President, Les Amis du Rail", "Directrice de l'association X").
_SIGNS_FOR = re.compile(
    r"\s*(?:(?:LA |LE |THE )?(?:PRESIDENTE?|DIRECTOR|DIRECTEUR|DIRECTRICE|CHAIR(?:MAN|WOMAN|PERSON)?|SECRETARY"
    r"|SECRETAIRE|COORDINAT(?:OR|EUR|RICE))(?: GENERALE?| GENERAL)?)\s*(?:,|OF THE|OF|DE L'|DE LA|DU|DES)\s+"
)


def _signatory_title(lines: list[Line]) -> Field | None:
    """The body named in its signatory's title on a letter's last lines."""
    last = [ln for ln in lines if ln.page == lines[-1].page][-_CLOSING_REACH:] if lines else []
    for ln in reversed(last):
        m = _SIGNS_FOR.match(ln.norm)
        if m is None:
            continue
        value = clean(ln.raw[m.end() :])
        if (value[:1].isupper() and len(value.split()) in _LETTERHEAD_WORDS and not _NOT_A_NAME.search(ln.norm[m.end() :])
                and not _PUBLIC_BODY.search(fold(value))):
            return Field(value, ln.raw.strip(), ln.page, "signatory's title")
    return None


# A body's noun in title case, alone on its line: the first word of a name broken over two lines, never a label
# (a label is in capitals or has its colon).
_NOUN_ALONE = re.compile(r"(?:Association|Fondation|Foundation)")


def _noun_above(found: Field, lines: list[Line]) -> Field:
    """A name read under "Fondation" alone on its line ("Fondation" / "Horizons Partagés") is the name's second
    line: the noun is its first word."""
    for above, ln in zip(lines, lines[1:], strict=False):
        if ln.page == above.page == found.page and clean(ln.raw).startswith(str(found.value)) and _NOUN_ALONE.fullmatch(
                clean(above.raw)):
            return Field(f"{clean(above.raw)} {found.value}", f"{above.raw.strip()} {ln.raw.strip()}", found.page,
                         f"{found.source}+line above")
    return found


# A heading's first caption ("STRUCTURE D'ACCUEIL" / "Association" / "Réseau ..."), or a kind of body alone on its line.
_SUB_CAPTION = {"ASSOCIATION", "FONDATION", "FOUNDATION", "ORGANISME", "ORGANISATION", "ORGANIZATION", "STRUCTURE",
                "NOM", "NAME", "DENOMINATION"}


def _past_sub_caption(found: Field | None, lines: list[Line]) -> Field | None:
    """A section's heading read over a caption of its own ("Structure d'accueil" / "Association" / the name): the
    name is the line under that caption."""
    if found is None or fold(str(found.value)).strip(" :") not in _SUB_CAPTION:
        return found
    for ln, below in zip(lines, lines[1:], strict=False):
        if ln.page == below.page == found.page and clean(ln.raw).strip(" :") == str(found.value).strip(" :") and (
                ANY_LABEL.match(below.norm) is None):
            return Field(clean(below.raw), below.raw.strip(), below.page, f"{found.source}+caption {clean(ln.raw).lower()}")
    return found


# The name's row in a form's host section ("A. STRUCTURE D'ACCUEIL" / "Nom Secours Solidaire des Quartiers").
_NAME_ROW = re.compile(r"\s*(?:NOM|NAME|DENOMINATION|RAISON SOCIALE)\b\s*[:.]?\s*(?=\S)")


def _host_section_row(lines: list[Line]) -> Field | None:
    for i, ln in enumerate(lines):
        m = _NAME_ROW.match(ln.norm)
        if m is not None and host_section(lines, i):
            value = clean(ln.raw[m.end() :])
            if len(value) >= _MIN_NAME_CHARS and not _NOT_A_NAME.search(ln.norm[m.end() :]):
                return Field(value, ln.raw.strip(), ln.page, "host section:name")
    return None


# A contact line (a phone number, an e-mail, a web address): never an association's name.
_CONTACT = re.compile(r"@|\b(?:TEL|TÉL|PHONE|FAX|WWW|HTTPS?)\b|\+?\d[\d .]{8,}\d", re.I)
# A body's legal status, as a stamp prints it under "ASSOCIATION": never its name.
_STATUS = re.compile(r"A?RUP|LOI (?:DE )?1901|(?:ASSOCIATION )?RECONNUE D'UTILITE PUBLIQUE|AGREEE?|DECLAREE?")
# "Les Amis du Rail, représentée par sa présidente, certifie ...": a body opening its sentence, then who acts for it.
_ASSOC_REPRESENTED = re.compile(
    r"(?:^|(?<=[.;:]\s))((?=[A-ZÀ-Ý])[^\n,;:()«»\"]{2,80}?)\s*(?:\([A-Z]{2,10}\))?,\s*(?:représentée?|representee?"
    r"|represented)\s+(?:par|by)\b"
)
# A host structure's caption: on a three-party agreement the place the volunteer serves, not the association.
_HOST_PLACE = re.compile(r"label:(?:structure|organisme) d'accueil")
_ASSOCIATION_PARTY = re.compile(r"(?:^|\b(?:entre|ENTRE|1°|1\)|1\.))\s*[Ll][’'](?:association|Association)\s+"
                                r"((?=[A-ZÀ-Ý])[^\n,;:()«»\"]{2,80}),")


def _association_party(lines: list[Line], host: Field) -> Field | None:
    """On an agreement between an association, a host structure and the volunteer, the association party
    ("1° L'association Fondation X, 48 boulevard ..."): the body whose approval the file holds, not the place
    the volunteer serves ("2° La structure d'accueil : Centre communal ...")."""
    for fl in page_flows(lines):
        m = _ASSOCIATION_PARTY.search(fl.raw)
        if m is not None:
            val = clean(_ASSOC_STOP.split(m.group(1), maxsplit=1)[0])
            if len(val) >= _MIN_NAME_CHARS and fold(val) not in fold(str(host.value)):
                return Field(val, m.group(0), fl.page, "phrase:association party")
    return None


_PROSE_WORDS = 8  # a line of this many words is the body's: the letterhead's lines stand above the first one


def _completed(found: Field, lines: list[Line]) -> Field:
    """A name read over a letterhead's broken lines may lose its last words ("Association / Solidarité Entraide /
    Paris"): the body's sentence naming it in full (the read name, then one or two capitalised words) wins, where
    the letterhead's own lines, above the body's first line of prose, go on with those words."""
    value = str(found.value)
    rx = re.compile(rf"(?<![\w'’]){re.escape(value)}((?:\s+[A-ZÀ-Ý][\w'’-]*){{1,2}})(?=\s*[,(]|\s+(?:représentée?|est|a|is)\b)")
    # (only the words the letterhead's own lines go on with: a sentence's next words are no part of a name it read)
    page = [ln for ln in lines if ln.page == found.page]
    body = next((i for i, ln in enumerate(page) if len(ln.raw.split()) >= _PROSE_WORDS), len(page))
    head = " ".join(clean(ln.raw) for ln in page[:body])
    for fl in page_flows(lines):
        m = rx.search(fl.raw)
        if m is not None and f"{value}{m.group(1)}" in head:
            return Field(f"{value}{m.group(1)}", m.group(0), fl.page, found.source + ", completed by a sentence")
    return found


def find_association(lines: list[Line], *, letterhead: bool = False) -> Field | None:
    """The association's name (its acronym spelt out when the document gives it in full)."""
    f = _find_association(lines, letterhead=letterhead)
    return _expand_acronym(f, lines) if f is not None else None


def _find_association(lines: list[Line], *, letterhead: bool = False) -> Field | None:
    """The association's name: after its label, else between quotes in a sentence, else after "l'association"
    (or "la structure", "l'organisme"), else, on the papers it writes, its letterhead."""
    read = text_field(lines, "association", below=True)
    if read is not None and (_CONTACT.search(str(read.value)) or _STATUS.fullmatch(fold(str(read.value)))):
        read = None  # a stamp's "ASSOCIATION" over the contact line or the body's status under it: no caption, no name
    f = _past_sub_caption(read, lines)
    captioned = f is not read
    if f is not None and len(str(f.value)) >= _MIN_NAME_CHARS:
        party = _association_party(lines, f) if _HOST_PLACE.fullmatch(f.source) else None
        if party is not None:
            return party
        # (its acronym in brackets after it is not part of the name: "Les Amis du Rail (LAR)"; nor a party's
        # "ci-après « la structure »")
        value = re.sub(r"\s*\((?:[A-Z]\.?){2,8}\)$", "", re.split(r",?\s+ci-après\b", str(f.value))[0])
        # (nor the network it belongs to: "Réseau Accueil et Dignité (membre UFMS)")
        value = re.sub(r"\s*\((?:membre|member|adhérente?|affiliée?|affiliated)\b[^()]*\)$", "", value, flags=re.I)
        f = Field(value, f.raw, f.page, f.source) if value != f.value else f
        f = f if captioned else _noun_above(f, lines)  # (the caption over it is no word of the name)
        return _completed(f, lines)
    f = _under_header_row(lines) or _host_section_row(lines)
    if f is not None:
        return f
    flows = page_flows(lines)
    for fl in flows:
        m = _QUOTED_WITH_FORM.search(fl.raw) or _ASSOC_QUOTED.search(fl.raw)
        if m and len(clean(m.group(1))) >= _MIN_NAME_CHARS:
            val = clean(m.group(1))
            return Field(val, m.group(0), fl.page, "sentence:association « »")
    signatories = _signatories(lines)
    # (a name opening its sentence may follow a title the flow joins it to: each line is read alone too)
    texts = [*(Flow(ln.page, ln.raw, ln.norm) for ln in lines), *flows]
    for rx in (_ASSOC_GRANTED, _ASSOC_WITH_ARTICLE, _ASSOC_BARE, _ASSOC_BETWEEN, _ASSOC_HOSTING, _ASSOC_ACCEPTING,
               _ASSOC_APPOSITION, _ASSOC_APPROVED, _ASSOC_REPRESENTED):
        for fl in flows if rx not in (_ASSOC_APPOSITION, _ASSOC_APPROVED, _ASSOC_REPRESENTED) else texts:
            for m in rx.finditer(fl.raw):
                val = clean(_SENTENCE_END.split(_ASSOC_STOP.split(m.group(1), maxsplit=1)[0], maxsplit=1)[0])
                val = _within_its_line(val, lines)
                noun = _TITLED_NOUN.search(fl.raw[m.start(0) : m.start(1)]) if rx is _ASSOC_WITH_ARTICLE else None
                if noun is not None and not val.startswith(noun.group(1)):
                    val = f"{noun.group(1)} {val}"  # "la Fondation Lumière pour Tous": the noun is the name's
                if (
                    (len(val) >= _MIN_NAME_CHARS or _ACRONYM.fullmatch(val))
                    and fold(val) not in {"ASSOCIATION", "FONDATION", "FOUNDATION"}
                    and not _ROLE.match(val) and not any(fold(val).startswith(p) for p in signatories if p)
                    and not _is_title(fold(val))  # ("à remplir par la structure d'accueil" / the form's title)
                ):
                    return Field(val, m.group(0), fl.page, "phrase:association")
    return _address_block(lines) or (
        _letterhead(lines) or _signature_block(lines) or _signatory_title(lines) if letterhead else None)
