"""Labels, as data: field -> regular expressions over folded text (upper case, no accents).

Bilingual labels ("Nom / Surname") are handled by the finders, which skip a
second label of the same field right after the first.
"""

from __future__ import annotations

import re

# Label words shared by the fields that mean the same thing on different documents, in any language
# listed: a passport's number is a card's or a visa's "travel document" number; the last day of validity is
# a passport's expiry and a visa's "until".
# A travel document named in any of its words, and a number's word: a caption is the one and the other, in
# either order ("N° du titre de voyage", "Travel doc. no", "Reisedokument Nr.", "Número de documento de viaje").
TRAVEL_DOCUMENT = (r"(?:PAS(?:S)?[AE]?PORTE?|REISEPASS|(?:TRAVEL|VOYAGE) DOC(?:UMENT)?\.?|REISEDOKUMENT(?:S)?"
                    r"|(?:DOC(?:UMENT)?\.?|TITRE|DOCUMENTO) DE (?:VOYAGE|VIAJE|VIAGEM))")
_NUMBER_WORD = r"(?:N\.?[O°º]\.?|NR\.?|NUMBER|NUMERO|NUMMER|NUM\.?|#)"
# An identity document's name or acronym, as a number's caption names it.
_ID_DOCUMENT = r"(?:CARTE|CARD|CEDULA|DOCUMENTO|DOCUMENT|CNI|DNI|CIN|NIN|TARJETA|CARTAO|BILHETE)"
_PASSPORT_NUMBER = (
    rf"{_NUMBER_WORD}\s*(?:DU |DE |DEL |DO |DA |DES |OF (?:THE )?)?{TRAVEL_DOCUMENT}",
    rf"{TRAVEL_DOCUMENT}\s*{_NUMBER_WORD}", rf"{TRAVEL_DOCUMENT}(?=\s*:)",
    r"N\.?[O°º]\.?\s*(?:DE |DEL |DO )?PAS(?:S)?APORTE", r"(?:NUMERO|NUMERO DE|NUMERO DO) PAS(?:S)?APORTE",
    r"PAS(?:S)?APORTE N\.?[O°º]\.?", r"REISEPASS(?:NUMMER|[- ]NR\.?)", r"PASSNUMMER", r"PASS-NR\.?",
    r"NUMERO DE PASSEPORT", r"NUMERO DU PASSEPORT", r"N[O°º]\s*DE PASSEPORT", r"N[O°º]\s*DU PASSEPORT",
    r"PASSPORT NUMBER", r"PASSPORT N[O°º]\.?", r"PASSEPORT N[O°º]", r"N[O°º]\s*DU DOCUMENT DE VOYAGE",
    r"TRAVEL DOCUMENT (?:NUMBER|N[O°º])", r"N[O°º]\s*(?:DU |DE )?PASSEPORT",
    r"N[O°º]\s*(?:DU |DE )?DOC(?:UMENT)?\.?\s*(?:DE )?VOYAGE", r"TRAVEL DOC(?:UMENT)?\.?\s*N[O°º]",
    # the number's word after the document's ("Passeport numéro", "Passport #"), or the document alone
    # before a colon ("Travel document : X", "Passeport / Passport : X")
    r"PAS(?:S)?E?PORTE? (?:NUMERO|NUMBER|NUM\.?|#)", r"PASSPORT #", r"(?:HOLDER'S |HOLDER )?PASSPORT(?=\s*[:#])",
    r"PASSEPORT(?=\s*:)", r"PASAPORTE(?=\s*:)", r"(?:TRAVEL DOCUMENT|DOCUMENT DE VOYAGE)(?=\s*[:/])",
    r"(?:PAS(?:S)?E?PORTE?|TRAVEL DOCUMENT|DOCUMENT DE VOYAGE)(?=\s+[A-Z]{0,3}\d[A-Z0-9]{4,10}\b)",
)
# The last day a document or a visa is valid.
_VALID_UNTIL = (
    r"VALABLE JUSQU'AU", r"VALIDE JUSQU'AU", r"VALID UNTIL", r"VALID (?:TILL|THRU|THROUGH)", r"DATE DE FIN DE VALIDITE",
    r"FIN DE VALIDITE", r"END OF VALIDITY", r"(?:LAST DAY|DERNIER JOUR)(?: (?:OF|DE) VALIDITY| DE VALIDITE)?",
    r"VALIDO (?:HASTA|ATE|FINO AL)", r"VALIDA (?:HASTA|ATE|FINO AL)", r"GULTIG BIS", r"DATA DI SCADENZA", r"SCADENZA",
    r"DATA DE VALIDADE", r"FECHA DE (?:VENCIMIENTO|CADUCIDAD|EXPIRACION)",
)

LABELS: dict[str, tuple[str, ...]] = {
    "surname": (
        r"NOM DE FAMILLE", r"NOM PATRONYMIQUE", r"NOM D'USAGE", r"NOM DE NAISSANCE", r"BIRTH NAME", r"SOBRENOME", r"NOM(?![\s,/]+(?:ET|DE\s*L|DU|DE\s*LA|DES|PRENOMS?)\b)",
        r"SURNAME(?![\s,/]+(?:AND\s*)?(?:GIVEN\s*)?NAMES?\b)",
        r"(?:FAMILY|LAST) NAME(?![\s,/]+(?:AND\s*)?(?:FIRST|GIVEN)\s*NAMES?\b)", r"APELLIDOS?",
        r"APELLIDO\(S\)",
    ),
    "given_names": (r"PRENOM\(?S\)?", r"PRENOMS?", r"GIVEN NAMES?", r"FIRST NAMES?", r"FORENAMES?", r"OTHER NAMES?", r"CHRISTIAN NAMES?", r"NOMBRES", r"NAMES",
                    r"NOMBRE\(S\)"),  # (a Spanish "Nombre" alone is the whole name)
    "full_name": (
        # ("Nom et prénom(s) du volontaire", a host's table row for the person it takes in)
        r"NOM ET PRENOM\(?S?\)?(?: DU VOLONTAIRE| DE LA VOLONTAIRE)?", r"NOM,? PRENOM\(?S?\)?",
        r"PRENOM\(?S?\)? ET NOM", r"NOM COMPLET", r"FULL NAME",
        r"SURNAME,? (?:AND )?(?:GIVEN )?NAMES?", r"NAME AND SURNAME", r"(?:LAST|FAMILY) NAME,? (?:AND )?(?:FIRST|GIVEN) NAMES?",
        # the name of the one a register's entry is about ("1. Name of child", "Nom de l'enfant")
        r"NAME OF (?:THE )?CHILD", r"CHILD'S NAME", r"NOM DE L'ENFANT", r"NAME",
    ),
    "date_of_birth": (
        r"DATE DE NAISSANCE", r"DATE OF BIRTH", r"BIRTH DATE", r"DATE ET LIEU DE NAISSANCE", r"LIEU ET DATE DE NAISSANCE",
        r"DATE AND PLACE OF BIRTH", r"PLACE AND DATE OF BIRTH",
        r"NE\s*\(?E?\)?\s*LE", r"NEE LE", r"BORN ON", r"BORN(?=\s*:)", r"FECHA DE NACIMIENTO", r"NACIMIENTO(?=\s*(?:[:/]|$))",
        r"DATA DE NASCIMENTO", r"DATA DI NASCITA", r"GEBURTSDATUM",
        r"(?<!DE )NAISSANCE(?=\s*(?:[:/]|$))",
        # the word alone captioning a row, the date right after it ("Naissance 01/04/2007, Dakar")
        r"(?<!DE )(?<!LIEU )NAISSANCE(?=\s+\d{1,2}\s*[/.-]\s*\d{1,2}\s*[/.-]\s*\d)",
    ),
    "place_of_birth": (r"LIEU DE NAISSANCE", r"PLACE OF BIRTH",
                       # a caption naming the date and the place, the place after the date or before it
                       r"(?:LIEU ET DATE|DATE ET LIEU) DE NAISSANCE", r"(?:DATE AND PLACE|PLACE AND DATE) OF BIRTH", r"BIRTH ?PLACE", r"BORN IN", r"BORN AT",
                       r"(?:COMMUNE|VILLE|LOCALITE) DE NAISSANCE", r"WHERE BORN", r"NATURALIDADE",
                       r"MUNICIPIO DE NACIMIENTO",
                       r"LUGAR DE NACIMIENTO", r"LOCAL DE NASCIMENTO", r"LUOGO DI NASCITA", r"GEBURTSORT"),
    "sex": (r"SEXE", r"SEXO", r"SEX", r"GENDER", r"GENERO", r"GENRE(?=\s*[:/])"),
    "issue_place": (r"DELIVREE? A", r"ISSUED (?:IN|AT)", r"LIEU DE DELIVRANCE", r"PLACE OF ISSUE"),
    "nationality": (r"NATIONALITE", r"NATIONALITY", r"NACIONALIDADE?", r"STAATSANGEHORIGKEIT", r"NAZIONALITA"),
    "document_number": (
        # (first: alternatives are tried in order, and "NUMERO" alone would take "Número de cédula")
        # a number's word and the identity document's name or acronym, in either order ("N° CNI", "Carte n°",
        # "Número de cédula", "DNI Nr.")
        rf"{_NUMBER_WORD}\s*(?:DE |DU |DEL |DO |DA |OF (?:THE )?)?(?:LA )?{_ID_DOCUMENT}",
        rf"{_ID_DOCUMENT}\s*{_NUMBER_WORD}",
        r"PASSEPORT N[O°º]", r"PASSPORT N[O°º]\.?", r"N[O°º]\s*DU PASSEPORT", r"N[O°º]\s*DE PASSEPORT",
        r"NUMERO DE PASSEPORT", r"NUMERO DU PASSEPORT", r"PASSPORT NUMBER", r"DOCUMENT N[O°º]\.?",
        r"DOCUMENT NUMBER", r"N[O°º]\s*DU DOCUMENT", r"N[O°º]\s*DE (?:LA )?CARTE", r"CARD N[O°º]\.?", r"CARD NUMBER",
        r"NUMERO DE (?:LA )?CARTE", r"NUMERO D'IMMATRICULATION", r"REGISTRATION (?:NUMBER|N[O°º])",
        # a registration's word right before a number-shaped value is its label ("Immatriculation WT598858")
        r"(?:IMMATRICULATION|REGISTRATION|MATRICULE)(?=\s*:?\s*[A-Z]{0,3}\d[A-Z0-9]{3,})",
        r"NUMERO CONSULAIRE", r"N[O°º]\s*CONSULAIRE", r"CONSULAR (?:ID )?(?:NUMBER|N[O°º])", r"NUMERO",
        r"MATRICULA N[O°º]", r"N[O°º]\s*DE MATRICULA",
        # a number named by what it numbers: "N° d'immatriculation", "Certificate No.", "ID number"
        r"N[O°º]\.?\s*(?:D'|DE |DU )(?:L'|LA )?(?:IMMATRICULATION|INSCRIPTION|ENREGISTREMENT|CARTE|ATTESTATION"
        r"|CERTIFICAT|MATRICULE|IDENTITE)",
        r"(?:REGISTRATION|CERTIFICATE|ATTESTATION|ID|IDENTITY) (?:CARD )?(?:N[O°º]\.?|NUMBER)",
        r"DOC(?:UMENT)?\.?\s*(?:N[O°º]\.?|#|NR\.?)", r"SERIAL (?:NUMBER|N[O°º]\.?)", r"NUMERO DE SERIE",
        *_PASSPORT_NUMBER, r"N[O°º]\.?(?=\s*(?::|$))",
        # ("N° UR382142" alone on its line, a card's number under its particulars)
        r"^\s*N[O°º]\.?(?=\s*[A-Z]{0,3}\d[A-Z0-9]{3,}\s*$)",
    ),
    "issue_date": (
        r"DATE DE DELIVRANCE", r"DATE OF ISSUE", r"DATE D'EMISSION", r"DATE OF ISSUANCE", r"ISSUE DATE",
        r"DELIVREE? LE", r"ISSUED ON", r"ETABLIE? LE", r"DELIVRANCE", r"LE\s*[/·•|]\s*ON", r"ON\s*[/·•|]\s*LE",
        r"ISSUED(?!\s+(?:BY|IN|AT|TO)\b)", r"FECHA DE EXPEDICION", r"EXPEDICION", r"FECHA DE EMISION",
        # the same meaning in other words and languages
        r"EMISE? LE", r"EMITIDO(?: EL)?",
        # a portal's printout: "Document généré le 09/05/2026 à 14:42", "Generated on ..."
        r"(?:DOCUMENT |ATTESTATION )?GENEREE? LE", r"(?:DOCUMENT )?GENERATED ON", r"DATA DE EMISSAO", r"DATA DI RILASCIO", r"RILASCIATO IL", r"AUSGESTELLT AM",
        r"AUSSTELLUNGSDATUM", r"DATE D'ETABLISSEMENT", r"DATA DE EXPEDICAO", r"NGAY CAP",
        # the participle alone before a colon ("Délivrée : 18 MAI 2025"), or the act's noun before a colon or its
        # translation ("Émission / Issue : 12-01-2020")
        r"(?:DELIVREE?|EMISE?|ETABLIE?)(?=\s*:)", r"(?:EMISSION|EMISSAO|ISSUE)(?=\s*[:/])",
    ),
    "expiry_date": (
        r"DATE D'EXPIRATION", r"DATE OF EXPIRY", r"EXPIRY DATE", r"EXPIRE LE", r"EXPIRES ON",
        r"VALABLE JUSQU'AU", r"VALIDE JUSQU'AU", r"VALID UNTIL", r"DATE DE FIN DE VALIDITE", r"EXPIRATION", r"EXPIRY",
        r"EXPIRES", r"FECHA DE VENCIMIENTO", r"VENCIMIENTO", r"CADUCIDAD", r"DATE OF EXPIRATION", r"EXPIRATION DATE",
        r"EXP\.", r"EXP(?=\s*:)", r"EXPIRE(?=\s*:)", *_VALID_UNTIL,
    ),
    "issuing_authority": (
        r"AUTORITE DE DELIVRANCE", r"ISSUING AUTHORITY", r"ISSUING OFFICE", r"OFFICE OF ISSUE", r"AUTORITE",
        r"AUTHORITY", r"AUTORIDAD", r"AUTORIDADE", r"BEHORDE", r"DELIVRE PAR", r"ISSUED BY", r"EXPEDIDO POR",
        # the issuing told in one sentence, its agent last before a colon ("Issued on ... at Curitiba by: X")
        r"(?:ISSUED|DELIVREE?|EMISE?|EXPEDIDO)\b[^:\n]{0,60}?\b(?:BY|PAR|POR)(?=\s*:)",
    ),
    # visa
    "visa_type": (r"TYPE DE VISA", r"TYPE OF VISA", r"VISA TYPE", r"TYPE"),
    # ("DEBUT :", "FIN :", "SEJOUR :": everyday words, labels only before a colon)
    "valid_from": (r"VALABLE A PARTIR DU", r"VALID FROM", r"VALABLE DU", r"DEBUT DE VALIDITE",
                   # (never "du" before a noun: "N° du passeport" captions a number, not a first day)
                   r"DU(?!\s+(?:PASSEPORT|DOCUMENT|TITRE|VISA|TITULAIRE|DETENTEUR|PORTEUR|DEMANDEUR|SEJOUR|CONTRAT|PAYS|LIEU)\b)", r"FROM",
                   r"(?:VALABLE|VALIDE|VALID) (?:A COMPTER DU|AS (?:OF|FROM)|A PARTIR DU|DES LE)", r"A COMPTER DU",
                   r"(?:FIRST DAY|PREMIER JOUR)(?: (?:OF|DE) VALIDITY| DE VALIDITE)?", r"(?:START|BEGINNING) OF VALIDITY",
                   r"DATE DE DEBUT DE VALIDITE", r"EFFECTIVE FROM", r"DE(?=\s*/\s*FROM\b)",
                   # the first day by its noun ("Début validité", "Validity start", a visa's "Start date")
                   r"DEBUT (?:DE )?VALIDITE", r"VALIDITY (?:START|BEGINS)", r"(?:START|BEGINNING) DATE",
                   r"DATE DE DEBUT",
                   # the same in the other languages of stickers and their copies
                   r"VALIDO (?:DESDE|DEL|DE|DAL|A PARTIR DE)", r"DESDE", r"GULTIG (?:VOM|AB)", r"VOM",
                   r"DEBUT(?=\s*:)"),
    "valid_until": (*_VALID_UNTIL, r"AU", r"UNTIL", r"TO", r"FIN(?=\s*:)", r"A(?=\s*/\s*TO\b)",
                    r"VALIDO (?:HASTA|ATE|FINO AL)", r"HASTA", r"ATE", r"GULTIG BIS", r"BIS"),
    "duration_days": (r"DUREE (?:(?:DU|DE) )?SEJOUR", r"DURATION OF STAY", r"LENGTH OF STAY", r"DURACAO(?: DA ESTADIA)?",
                      r"DURACION(?: DE LA ESTANCIA)?", r"AUFENTHALTSDAUER", r"DUREE", r"DURATION", r"SEJOUR(?=\s*:)",
                      # a count of days by its own words, or the stay allowed
                      r"(?:NOMBRE|NUMBER|NO\.?|NUMERO|ANZAHL)(?: DE| OF| DER)? (?:JOURS|DAYS|DIAS|TAGE)",
                      r"(?:SEJOUR|DUREE) AUTORISEE?", r"(?:AUTHORI[SZ]ED|PERMITTED|ALLOWED) (?:STAY|DURATION)",
                      r"(?<!\d\s)(?:JOURS|DAYS|TAGE|DIAS)(?=\s*[:/])"),
    "entries": (r"NOMBRE D'ENTREES", r"NUMBER OF ENTRIES", r"NUMERO DE ENTRADAS", r"ENTREES", r"ENTRIES", r"ENTRADAS"),
    "remarks": (r"REMARQUES", r"REMARKS", r"OBSERVATIONS", r"OBSERVACOES", r"OBSERVACIONES", r"ANMERKUNGEN",
                r"MENTIONS"),
    "passport_number": _PASSPORT_NUMBER,
    # contracts, decisions, letters
    "association": (
        r"NOM DE L'ASSOCIATION", r"ORGANISME AGREE", r"ASSOCIATION AGREEE", r"APPROVED (?:ORGANI[SZ]ATION|ASSOCIATION)",
        r"ASSOCIATION D'ACCUEIL", r"ASSOCIATION (?:MEMBRE|ADHERENTE|HOTE)", r"ORGANISME D'ACCUEIL", r"STRUCTURE D'ACCUEIL",
        r"HOST ORGANI[SZ]ATION", r"NAME OF THE ASSOCIATION", r"ASSOCIATION", r"ORGANISME", r"ORGANI[SZ]ATION",
        r"FONDATION", r"FOUNDATION", r"NOM DE L'ORGANISME", r"DENOMINATION", r"RAISON SOCIALE",
    ),
    "volunteer": (
        r"NOM DU VOLONTAIRE", r"NOM ET PRENOM\(?S?\)? DU VOLONTAIRE", r"VOLONTAIRE ACCUEILLIE?\s*(?:\(E\))?", r"VOLUNTEER'S NAME", r"NAME OF THE VOLUNTEER",
        r"LE VOLONTAIRE", r"LA VOLONTAIRE", r"THE VOLUNTEER", r"VOLONTAIRE", r"VOLUNTEER",
    ),
    "start_date": (
        r"DATE DE DEBUT(?: DE (?:LA )?MISSION)?", r"START DATE", r"STARTING DATE", r"DEBUT DE (?:LA )?MISSION",
        r"A COMPTER DU", r"PRISE D'EFFET", r"COMMENCEMENT DATE", r"STARTS ON", r"BEGINS ON", r"COMMENCE LE", r"AS FROM", r"STARTING ON",
        # the period's first day in other words
        r"(?:FIRST DAY|PREMIER JOUR)(?: (?:OF|DE) (?:THE |LA |LE )?(?:MISSION|PLACEMENT|CONTRACT|AGREEMENT|CONTRAT|VOLUNTEERING))?",
    ),
    "end_date": (
        r"DATE DE FIN(?: DE (?:LA )?MISSION)?", r"END DATE", r"FIN DE (?:LA )?MISSION", r"JUSQU'AU",
        r"PREND FIN LE", r"ENDS ON", r"TERMINATION DATE", r"UNTIL",
        r"(?:LAST DAY|DERNIER JOUR)(?: (?:OF|DE) (?:THE |LA |LE )?(?:MISSION|PLACEMENT|CONTRACT|AGREEMENT|CONTRAT|VOLUNTEERING))?",
    ),
    "signature_date": (r"DATE DE SIGNATURE", r"SIGNED ON", r"SIGNE LE", r"DATE OF SIGNATURE", r"SIGNATURE DATE",
                       r"DATE ET SIGNATURE", r"DATE AND SIGNATURE"),
    "mission": (r"OBJET DE LA MISSION", r"DESCRIPTION DE LA MISSION", r"INTITULE DE LA MISSION", r"MISSION",
                r"MISSION DESCRIPTION", r"DUTIES"),  # only with a colon after them
    "decision_date": (r"DATE DE LA DECISION", r"DATE OF (?:THE )?DECISION", r"DECISION DATE"),
    "authority": (r"AUTORITE", r"AUTHORITY", r"AUTORITE DE DECISION", r"DELIVREE? PAR", r"ISSUED BY", r"EMISE? PAR"),
    "subject": (r"OBJET", r"SUBJECT", r"PORTANT", r"RE"),
    "date": (r"DATE(?!\s+(?:OF|DE|D'|DU|DES|ET)\b)",),  # "Date :", never "Date of birth" or "Date de naissance"
}


def _label_re(field: str) -> re.Pattern[str]:
    alts = "|".join(LABELS[field])
    return re.compile(r"(?<![A-Z0-9'])(?:" + alts + r")(?![A-Z0-9])")


LABEL_RES = {f: _label_re(f) for f in LABELS}
ANY_LABEL = re.compile(
    r"(?<![A-Z0-9'])(?:"
    + "|".join(
        a
        for f, alts in LABELS.items()
        if f not in {"valid_from", "valid_until", "subject", "date", "volunteer", "association", "mission", "start_date",
                     "end_date", "visa_type", "authority"}
        for a in alts
    )
    + r")(?![A-Z0-9])"
)



# Labels that are also ordinary words ("en qualité de volontaire"): only with a colon after them.
COLON_ONLY = {"association", "volunteer", "mission", "subject", "authority", "date", "remarks"}


NAME_LABELS = {"surname", "given_names", "full_name"}

# Captions that name their field in several words (or a form's own word): opening a row, colon or not, they are a
# label ("Nom de l'organisme  Les Amis du Rail", "Dénomination  Les Amis du Rail"), never a sentence's words.
ROW_CAPTIONS = {
    "association": re.compile(
        r"NOM DE L'(?:ASSOCIATION|ORGANISME)|NAME OF THE (?:ASSOCIATION|ORGANI[SZ]ATION)|DENOMINATION|RAISON SOCIALE"
    ),  # ("Structure d'accueil", "Host organisation" may head a column: "Structure d'accueil  Mission": see below)
    "remarks": re.compile(r"REMARQUES|REMARKS|OBSERVATIONS|OBSERVACIONES|OBSERVACOES|ANMERKUNGEN"),
}

# Captions that open a row or head a column: a row's only when what follows them is no other caption
# ("Structure d'accueil  Les Ateliers du Lien", not "Structure d'accueil  Mission  Période").
HEADING_CAPTIONS = {
    "association": re.compile(r"STRUCTURE D'ACCUEIL|ORGANISME D'ACCUEIL|ASSOCIATION D'ACCUEIL|HOST ORGANI[SZ]ATION"
                              r"|ORGANISME AGREE|ASSOCIATION AGREEE|APPROVED (?:ORGANI[SZ]ATION|ASSOCIATION)"),
}

# Role labels whose value is a person: a particulars table's row header, colon or not ("Volunteer  LIMA, Ana").
PERSON_LABELS = {"volunteer"}

# A caption's translation into a language whose words the lists above do not hold, as bilingual documents print it
# beside ours ("Surname / Họ", "Nơi sinh / Place of birth", "Given names / Nome"): folded, whole captions only.
_FOREIGN_CAPTION_WORDS = (
    # Vietnamese
    r"HO", r"TEN", r"HO VA TEN", r"HO TEN", r"CHU DEM VA TEN", r"TEN DEM", r"NGAY SINH", r"NOI SINH", r"QUOC TICH",
    r"GIOI TINH", r"NGAY CAP", r"NOI CAP", r"CO GIA TRI DEN", r"CO QUAN CAP", r"SO HO CHIEU",
    # Portuguese, Spanish, Italian, German, Turkish
    r"NOMES?", r"APELIDOS?", r"SOBRENOMES?", r"DATA DE NASCIMENTO", r"LOCAL DE NASCIMENTO", r"NATURALIDADE",
    r"NACIONALIDADE?", r"SEXO", r"DATA DE (?:EMISSAO|EXPEDICAO)", r"VALIDADE", r"APELLIDOS?", r"NOMBRES?",
    r"FECHA DE (?:NACIMIENTO|EXPEDICION|EMISION|VENCIMIENTO)", r"LUGAR DE NACIMIENTO", r"COGNOME", r"NOME",
    r"DATA DI NASCITA", r"LUOGO DI NASCITA", r"CITTADINANZA", r"SESSO", r"VORNAMEN?", r"GEBURTSDATUM", r"GEBURTSORT",
    r"STAATSANGEHORIGKEIT", r"GESCHLECHT", r"SOYADI", r"ADI", r"DOGUM TARIHI", r"DOGUM YERI", r"UYRUGU", r"CINSIYETI",
)
FOREIGN_CAPTION = re.compile(r"(?:" + "|".join(_FOREIGN_CAPTION_WORDS) + r")")
