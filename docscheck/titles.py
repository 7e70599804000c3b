"""What a title says, word by word: the table the classifier and the fields' readers share.

A title line (or an "Objet :"/"Subject:" line) holding a word of each group of an entry, in any order, names
the document whatever its exact wording.  Kept apart from `classify.py`'s weighted cues because the association's
reader (`fields/organisation.py`) needs it too, to tell a letterhead from a title.
"""

from __future__ import annotations

from docscheck.model import DocType

# What a title says, word by word: a title line (or an "Objet :"/"Subject:" line) holding a word of each
# group, in any order, names the document whatever its exact wording ("Certificat d'accueil du volontaire",
# "Engagement de retour au pays", "Constancia consular").  Only titles count: a body mentions other
# documents.  (type, groups of alternative words, weight)
_ATTESTING = ("ATTESTATION", "CERTIFICAT", "CERTIFICATE", "DECLARATION", "CONSTANCIA", "CERTIFICADO", "ATESTADO",
              "CERTIDAO", "CERTIFICATION")
TITLE_WORDS: tuple[tuple[DocType, tuple[tuple[str, ...], ...], float], ...] = (
    (DocType.DEPARTURE_COMMITMENT,
     (("ENGAGEMENT", "DECLARATION", "ATTESTATION", "PROMESSE", "PLEDGE", "UNDERTAKING", "COMMITMENT", "PROMISE"),
      ("RETOUR", "DEPART", "QUITTER", "REGAGNER", "RENTRER", "RETURN", "DEPARTURE", "LEAVE", "LEAVING", "RETURNING")),
     7.0),
    (DocType.ACCEPTANCE_CERTIFICATE, ((*_ATTESTING, "LETTRE", "LETTER", "CONFIRMATION", "CONFIRMING", "ACCORD"), (
        "ACCUEIL", "ACCEPTATION", "ACCEPTANCE", "HOSTING", "PLACEMENT", "ADMISSION", "INVITATION", "SOUTIEN", "SUPPORT",
        "INTENTION", "ARRIVEE", "ARRIVAL")), 7.0),
    # the host's sheet about the volunteer's post ("Fiche de poste - volontariat", "Fiche de liaison du volontaire",
    # "Fiche d'accueil du volontaire")
    (DocType.ACCEPTANCE_CERTIFICATE, (("FICHE", "SHEET"), ("POSTE", "LIAISON", "PLACEMENT", "ACCUEIL", "WELCOME"), (
        "VOLONTARIAT", "VOLONTAIRE", "VOLUNTEER", "VOLUNTEERING")), 7.0),
    # the terms on which a host accepts a volunteer ("Volunteer placement - terms of acceptance", "Hosting terms")
    (DocType.ACCEPTANCE_CERTIFICATE, (("TERMS", "CONDITIONS"), ("ACCEPTANCE", "ACCEPTATION", "HOSTING")), 7.0),
    (DocType.CONSULAR_ATTESTATION,
     (_ATTESTING, ("CONSULAIRE", "CONSULAR", "IMMATRICULATION", "INSCRIPTION", "REGISTRATION")), 7.0),
    (DocType.CONSULAR_CARD, (("CARTE", "CARD", "TARJETA", "CARNET", "CEDULA", "MATRICULA"), ("CONSULAIRE", "CONSULAR")),
     7.0),
    # a card an embassy gives its nationals living abroad, which may never say "consular" ("Identity card for nationals
    # abroad", "Carte des ressortissants à l'étranger")
    (DocType.CONSULAR_CARD, (("CARTE", "CARD", "TARJETA", "CARNET"), ("RESSORTISSANTS", "NATIONALS", "NACIONALES",
                                                                     "CITIZENS", "EXPATRIES"),
                             ("ETRANGER", "ABROAD", "EXTERIOR", "EXTRANJERO", "OVERSEAS")), 7.0),
    (DocType.NATIONALITY_CERTIFICATE,
     (_ATTESTING, ("NATIONALITE", "NATIONALITY", "NACIONALIDAD", "CITIZENSHIP", "CITOYENNETE", "CIUDADANIA")), 7.0),
    (DocType.BIRTH_CERTIFICATE,
     (("ACTE", "EXTRAIT", "COPIE", "EXTRACT", "CERTIFICATE", "CERTIFICAT", "ACTA", "PARTIDA", "CERTIDAO", "REGISTRO",
       "COPY", "ENTRY", "RECORD", "REGISTRATION"),
      ("NAISSANCE", "BIRTH", "NACIMIENTO", "NASCIMENTO")),
     5.0),
    (DocType.VOLUNTEER_CONTRACT,
     (("CONTRAT", "CONTRACT", "CONVENTION", "AGREEMENT", "CONTRATO"),
      ("VOLONTARIAT", "VOLUNTEER", "VOLUNTEERING", "BENEVOLAT", "VOLUNTARY", "VOLONTAIRE", "VOLUNTARIADO", "MISSION")),
     5.0),
    (DocType.APPROVAL_DECISION,
     (("ARRETE", "DECISION", "NOTIFICATION", "ORDER", "RESOLUTION"), ("AGREMENT", "APPROVAL", "ACCREDITATION")), 4.0),
)
