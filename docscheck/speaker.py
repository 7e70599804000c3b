"""Who speaks: which lines someone speaks in the first person, and a first-person commitment to leave.

A letter in which the volunteer promises to leave is the departure letter whatever else it
mentions (its contract, the association); a contract says "le volontaire s'engage", in the
third person.  Kept apart from the cue tables of docscheck.classify, which weighs it.
"""

from __future__ import annotations

import re

from docscheck.model import DocType
from docscheck.textnorm import normalize_lines

# Who speaks: a sentence in which the writer commits themself to leave, matched sentence by sentence
# on the page's running text.  A letter in which the volunteer promises to leave is the departure
# letter whatever else it mentions (its contract, the association); a contract says "le volontaire
# s'engage", in the third person.  A commitment is a first-person promise (a verb of commitment whose
# subject is "je"/"I") followed in the same sentence by leaving, going home, or not staying.
SPEAKER_WEIGHT = 8.0
_FR_SELF_COMMIT = r"M'ENGAGE|PROMETS|J'ATTESTE|J'AFFIRME|J'ACCEPTE"  # first person by their form
_FR_COMMIT = r"DECLARE|ATTESTE|CERTIFIE|CONFIRME|AFFIRME|JURE"  # first person only after "je"/"moi"
_FR_LEAVE = (
    r"QUITTER|REGAGNER|RETOURNER|RENTRER|REPARTIR|PARTIR"
    r"|QUITTERAI|REGAGNERAI|RETOURNERAI|RENTRERAI|REPARTIRAI|PARTIRAI"
    r"|NE PAS (?:ME )?(?:MAINTENIR|RESTER|DEMEURER|PROLONGER|SEJOURNER)"
    r"|NE (?:ME )?(?:MAINTIENDRAI|RESTERAI|DEMEURERAI|PROLONGERAI) PAS"
)
_EN_COMMIT = r"UNDERTAKE|COMMIT|PROMISE|PLEDGE|DECLARE|CONFIRM|AGREE|SWEAR|CERTIFY|WILL|SHALL|INTEND"
_EN_LEAVE = r"LEAVE|RETURN|DEPART|GO BACK|GO HOME|EXIT|NOT (?:TO )?(?:STAY|REMAIN|OVERSTAY)"
# within one sentence, and with no one else made the subject in between ("I confirm that you will return" is not a commitment)
_THEN_SELF = (
    r"(?:(?!\. |\b(?:YOU|HE|SHE|THEY|VOUS|IL|ELLE|ILS|ELLES|THE VOLUNTEER|LE VOLONTAIRE|LA VOLONTAIRE)\b).){0,160}?"
)
_ME = r"(?<![A-Z0-9'])(?:JE|MOI)(?![A-Z0-9'])"
# "I", never a numbered article's roman one; OCR reads the pronoun 1 or |, taken only right before its verb
_I = (
    rf"(?<![A-Z0-9'])(?<!ARTICLE )(?<!SECTION )(?<!CHAPTER )"
    rf"(?:I(?![A-Z0-9'])|[1|](?= ?,| (?:HEREBY |DO |SOLEMNLY )?(?:{_EN_COMMIT})\b))"
)
_COMMITMENT_TO_LEAVE = re.compile(
    rf"\b(?:{_FR_SELF_COMMIT})\b{_THEN_SELF}\b(?:{_FR_LEAVE})\b"
    rf"|{_ME}{_THEN_SELF}\b(?:{_FR_COMMIT})\b{_THEN_SELF}\b(?:{_FR_LEAVE})\b"
    rf"|\bJE (?:QUITTERAI|REGAGNERAI|RETOURNERAI|REPARTIRAI|RENTRERAI|PARTIRAI)\b"
    rf"|{_I}{_THEN_SELF}\b(?:{_EN_COMMIT})\b{_THEN_SELF}\b(?:{_EN_LEAVE})\b"
    rf"|{_I} (?:DO NOT|DON'T|WILL NOT|SHALL NOT|WON'T) (?:INTEND TO |PLAN TO |WISH TO )?(?:STAY|REMAIN|OVERSTAY)\b"
    # a declaration on one's honour whose declarant commits, in the infinitive, to leave: the declarant speaks
    # ("Le/la volontaire ... déclare sur l'honneur : ... - s'engager à quitter la France")
    rf"|\bDECLARE(?:S)? (?:SUR L'HONNEUR|ON (?:HIS|HER|THEIR|MY) HONOU?R)\b{_THEN_SELF}"
    rf"\b(?:S'ENGAGER A|TO UNDERTAKE TO|TO COMMIT TO) (?:{_FR_LEAVE}|{_EN_LEAVE})\b"
)
# Titles' abbreviations whose dot does not end a sentence.
_ABBREVIATION_DOT = re.compile(r"\b(M|MR|MRS|MS|MME|MLLE|DR|N|NO|ST)\.")


def commitment_in(flat: str) -> str | None:
    """The words of a first-person commitment to leave in a page's running text, if any."""
    m = _COMMITMENT_TO_LEAVE.search(_ABBREVIATION_DOT.sub(r"\1", flat))
    return m.group(0) if m else None


# Who speaks, the other way round: a body that takes a person in as its volunteer ("the association has
# accepted Mr X ... as a volunteer", "la structure accueillera M. X en qualité de volontaire").  A letter
# saying so is the acceptance certificate, whatever it adds about the contract to come; the volunteer
# writing "l'association qui m'accueille comme volontaire" is not (the one taken in is then the writer).
HOST_WEIGHT = 8.0
_AS_VOLUNTEER = (r"(?:EN (?:QUALITE|TANT) DE VOLONTAIRE|COMME VOLONTAIRE|AS (?:A |AN |OUR )?(?:INTERNATIONAL )?VOLUNTEER"
                 # ("... d'accueillir X pour une mission de volontariat", "que nous accueillerons en volontariat")
                 r"|(?:POUR ?|DANS LE CADRE D'? ?)(?:UNE|UN|SA|SON) (?:MISSION|ENGAGEMENT|CONTRAT) DE VOLONTARIAT|EN VOLONTARIAT"
                 r"|FOR (?:A|HIS|HER|THEIR) VOLUNTEER(?:ING)? (?:MISSION|PLACEMENT|ASSIGNMENT|PROJECT))")
_HOSTING = re.compile(
    r"(?:(?<=D')|(?<![A-Z0-9']))(?:ACCUEILL|ACCEPT|HOST|WELCOM|INVIT)[A-Z]*(?! ME\b| MOI\b)"  # ("d'accueillir X")
    r"(?:(?!\. ).){1,160}?"
    rf"(?<![A-Z0-9']){_AS_VOLUNTEER}"
    r"(?![A-Z0-9'])"
    # or a person joining the body, as a volunteer ("il nous rejoindra ... pour une mission de volontariat", "M. X
    # rejoindra notre équipe", "will join our team as a volunteer"): the body speaks of its own team
    r"|(?<![A-Z0-9'])(?:NOUS REJOINDR|REJOINDR[A-Z]* NOTRE (?:EQUIPE|ASSOCIATION|STRUCTURE|FONDATION)"
    r"|(?:WILL )?JOIN(?:S|ING)? (?:US|OUR (?:TEAM|ORGANI[SZ]ATION|ASSOCIATION|FOUNDATION)))[A-Z]*"
    r"(?:(?!\. ).){0,160}?(?<![A-Z0-9'])(?:VOLONTA|VOLUNTEER)[A-Z]*(?![A-Z0-9'])"
    # or the body speaking of itself as the host, in the passive ("est accueillie par notre association",
    # "has been accepted by our organisation"): a body's own "our" taking a person in
    r"|(?<![A-Z0-9'])(?:ACCUEILLIE?S?|ACCEPTEE?S?|RECUE?S?|HOSTED|ACCEPTED|WELCOMED|RECEIVED)(?:\s*\(E\))?"
    r" (?:PAR|BY|AU SEIN DE|WITHIN|IN) (?:NOTRE|OUR) (?:ASSOCIATION|ORGANISATION|ORGANIZATION|ORGANISME|STRUCTURE"
    r"|FONDATION|FOUNDATION)(?![A-Z0-9'])"
)


# A contract still to come: a paper saying the volunteering contract "will be signed on arrival", "sera conclu après
# la délivrance du visa", is "à signer", is not that contract; the host writes it, to say it takes the person in.
# The contract itself speaks of "le présent contrat" / "this contract", never of one to come: such words weigh
# against the contract as much as for the acceptance.
CONTRACT_TO_COME_WEIGHT = 4.0
_A_CONTRACT = (r"(?:UN|A) (?:CONTRAT|CONTRACT|VOLUNTEER(?:ING)? (?:CONTRACT|AGREEMENT))"
               r"|CONTRAT DE VOLONTARIAT|VOLUNTEER(?:ING)? CONTRACT")
_CONTRACT_TO_COME = re.compile(
    rf"(?<![A-Z0-9'])(?:{_A_CONTRACT})(?![A-Z0-9'])(?:(?!\. )[^.]){{0,90}}?(?<![A-Z0-9'])"
    r"(?:SERA (?:CONCLU|SIGNE|ETABLI|PASSE)|SERONT SIGNES|A SIGNER|WILL BE (?:SIGNED|CONCLUDED|DRAWN UP)"
    r"|(?:IS )?TO BE SIGNED|SHALL BE SIGNED)(?![A-Z0-9'])"
    rf"|(?<![A-Z0-9'])(?:S'ENGAGE A CONCLURE|CONCLURA|SIGNERA|SIGNERONT|WILL SIGN|WILL ENTER INTO|SHALL ENTER INTO)"
    rf"(?:(?!\. )[^.]){{0,40}}?(?<![A-Z0-9'])(?:{_A_CONTRACT})(?![A-Z0-9'])"
)
_THIS_CONTRACT = re.compile(r"\b(?:PRESENT|CE|THIS)(?: VOLUNTEER(?:ING)?)? (?:CONTRAT|CONTRACT)\b")


def contract_to_come_in(flat: str) -> str | None:
    """The words saying the volunteering contract is yet to be signed, in a page's running text, if any."""
    flat = _ABBREVIATION_DOT.sub(r"\1", flat)
    for m in _CONTRACT_TO_COME.finditer(flat):
        if not _THIS_CONTRACT.search(flat[max(0, m.start() - 12) : m.end()]):
            return m.group(0)
    return None


def hosting_in(flat: str) -> str | None:
    """The words in which a body takes someone in as its volunteer, in a page's running text, if any."""
    m = _HOSTING.search(_ABBREVIATION_DOT.sub(r"\1", flat))
    return m.group(0) if m else None


def _shown(found: str) -> str:
    return found if len(found) <= 60 else found[:28] + " ... " + found[-28:]


def speaker_cues(flats: list[str]) -> list[tuple[DocType, float, str]]:
    """Who speaks, on pages given as running text: a first-person commitment to leave, else a body taking someone in
    as its volunteer, and a contract said to be yet to come, with the words that matched (the evidence)."""
    for flat in flats:
        found = commitment_in(flat)
        if found:
            return [(DocType.DEPARTURE_COMMITMENT, SPEAKER_WEIGHT, f"first person commits to leave: \"{_shown(found)}\"")]
    out = []
    for flat in flats:
        found = hosting_in(flat)
        if found:
            out.append((DocType.ACCEPTANCE_CERTIFICATE, HOST_WEIGHT, f"takes a volunteer in: \"{_shown(found)}\""))
            break
    for flat in flats:
        found = contract_to_come_in(flat)
        if found:
            out.append((DocType.ACCEPTANCE_CERTIFICATE, CONTRACT_TO_COME_WEIGHT,
                        f"the contract is yet to come: \"{_shown(found)}\""))
            out.append((DocType.VOLUNTEER_CONTRACT, -CONTRACT_TO_COME_WEIGHT,
                        f"not the contract itself, which is yet to come: \"{_shown(found)}\""))
            break
    return out


# Someone speaking in the first person: a sentence's subject, never a title's word ("Je m'appelle ...", "We confirm").
# ("I" only before a word: a numbered part's roman one ends its title, "ANNEXE I")
_FIRST_PERSON = re.compile(r"(?<![A-Z0-9'])(?:JE|J'|NOUS|WE)(?![A-Z0-9])|(?<![A-Z0-9'])(?<!ANNEXE )(?<!ANNEX )(?<!ARTICLE )"
                           r"(?<!PART )(?<!TITRE )(?<!CHAPITRE )(?<!CHAPTER )(?<!SECTION )I (?=[A-Z]{2})")


_LOWER_I = re.compile(r"(?<![\w'])i(?= )")


def first_person_lines(page_text: str) -> list[bool]:
    """For each line of the page that has words (as `normalize_lines` gives them), whether someone speaks in it
    in the first person.  The English "I" is a capital: a lower-case "i" alone is OCR's reading of a stamp or a
    logo ("i ip Paris"), no speaker."""
    speaking = normalize_lines(_LOWER_I.sub("x", page_text))  # the same lines, letter for letter
    return [bool(_FIRST_PERSON.search(ln)) for ln in speaking.split("\n") if ln.strip()]

