"""Development documents written for the reader's regression tests, rendered two ways.

Each document is a few lines of text of our own wording (letters, decisions, visas as other hands
write them), rendered as a real text PDF (reportlab) and as a greyish 150-dpi scan (Pillow) that the
real Tesseract reads.  They tune the reader; they are not a held-out measure.
"""

from __future__ import annotations

import random
from pathlib import Path

from PIL import Image, ImageDraw, ImageFilter, ImageFont
from reportlab.lib.pagesizes import A4
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas

FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
BOLD = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"

# A line starting with "# " is a title (bold, larger).
DEPARTURE_LETTERS = {
    "promise_fr": """# DÉCLARATION D'ENGAGEMENT AU RETOUR
Je soussignée Nadia BENSALEM, née le 14/02/1999 à Oran (Algérie),
déclare sur l'honneur que je quitterai la France dès la fin de ma mission,
prévue par mon contrat de volontariat signé avec l'association Rives Vertes.
Le contrat de volontariat prend fin le 30 juin 2026.
Fait à Nantes, le 2 février 2026
Nadia BENSALEM""",
    "object_fr": """Kofi MENSAH
12 rue des Lilas, 69003 Lyon
Objet : départ du territoire à la fin du volontariat
Madame, Monsieur,
Par la présente, je m'engage formellement et sur l'honneur à regagner mon pays et
à quitter le territoire national au terme de mon contrat de volontariat conclu
avec l'association Horizons Partagés pour une mission de douze mois.
Lyon, le 5 janvier 2026
Kofi MENSAH""",
    "promise_en": """# UNDERTAKING TO RETURN HOME
I, Priya NAIR, born on 3 August 1998 in Kochi, India, hereby promise on my honour
that I will leave France when my volunteering contract with the association
Les Amis du Rail comes to an end on 31 August 2026.
Signed in Lille on 20 January 2026""",
    "pledge_without_engage": """Lucía FERNÁNDEZ
Bénévole - Les Amis du Rail
# Promesse de retour dans mon pays après le volontariat
Moi, Lucía FERNÁNDEZ, de nationalité péruvienne, en mission auprès de l'association
Les Amis du Rail en vertu de mon contrat de volontariat du 1er septembre 2025,
promets de rentrer au Pérou dès le terme de ce contrat et de ne pas prolonger mon séjour.
Fait à Lille, le 8 janvier 2026""",
    "note_without_title_en": """January 9, 2026
To the Prefecture,
My name is Daniel OKAFOR. Under my volunteer contract with the association Les Amis du
Rail I help in a repair workshop. I give my word that I will go home to Nigeria once the
contract is over, and I do not plan to remain in France after that.
Daniel OKAFOR""",
}

APPROVAL_DECISIONS = {
    "arrete_body": (
        """# PRÉFET DE LA GIRONDE
Arrêté n° 2025-0412 portant agrément au titre de l'engagement de service civique
Le préfet de la Gironde,
Vu le code du service national ;
ARRÊTE
Article 1er : L'association « Terre et Partage », dont le siège social est situé
8 quai des Chartrons à Bordeaux, est agréée pour une durée de cinq ans.
Article 2 : Le présent arrêté prend effet à compter du 1er mars 2025.
Fait à Bordeaux, le 12 février 2025""",
        "Terre et Partage",
    ),
    "decision_named": (
        """# DÉCISION D'AGRÉMENT
Le directeur départemental,
Vu la demande présentée le 4 mai 2024,
DÉCIDE
Article 1 - L'agrément est accordé à l'association dénommée « Voix des Quartiers »,
domiciliée 3 place Carnot, 59000 Lille, pour accueillir des volontaires.
Lille, le 18 juin 2024""",
        "Voix des Quartiers",
    ),
}

VISAS = {
    "bilingual_long": (
        """# VISA
TYPE DE VISA / TYPE OF VISA  D
VALABLE POUR / VALID FOR  FRANCE
VALABLE DU / FROM  12-09-2025   AU / UNTIL  11-09-2026
DURÉE DU SÉJOUR / DURATION OF STAY  365 JOURS
NOMBRE D'ENTRÉES / NUMBER OF ENTRIES  MULT
REMARQUES / REMARKS  VLS-TS VOLONTAIRE""",
        {"valid_from": "2025-09-12", "valid_until": "2026-09-11", "visa_category": "long_stay"},
    ),
    "du_au_short": (
        """# VISA
DU 01.10.2025 AU 29.12.2025
TYPE C   NOMBRE D'ENTREES 1
DUREE DU SEJOUR 90 JOURS
REMARQUES TOURISME""",
        {"valid_from": "2025-10-01", "valid_until": "2025-12-29", "visa_category": "short_stay"},
    ),
    "duration_only_short": (
        """# VISA
VALABLE POUR ETATS SCHENGEN
DU 03/03/2026 AU 31/05/2026
DUREE DU SEJOUR / DURATION OF STAY  90 J
NOMBRE D'ENTREES / NUMBER OF ENTRIES  MULT""",
        {"valid_from": "2026-03-03", "valid_until": "2026-05-31", "visa_category": "short_stay"},
    ),
}

# Documents classified by what they are (title, who speaks), with fields read by meaning:
# name -> (text, type, {field: value as printed or ISO date}).
BY_WHAT_THEY_ARE: dict[str, tuple[str, str, dict[str, object]]] = {
    "honour_go_home": (
        """Grenoble, le 4 avril 2026
# ATTESTATION SUR L'HONNEUR
Je soussignée, Amina TRAORÉ, née le 09/11/2000 à Bamako (Mali), m'engage sur
l'honneur à rentrer au Mali au terme de mon contrat de volontariat avec
l'association Les Ateliers du Lien.
Signature""",
        "departure_commitment",
        {"signature_date": "2026-04-04", "commitment": True, "surname": "TRAORÉ"},
    ),
    "declaration_with_birth_date": (
        """# DECLARATION OF DEPARTURE / DÉCLARATION DE DÉPART
I, Tomás RIVERA, date of birth 02.06.1997, citizen of Chile, holder of a volunteering
contract with Les Ateliers du Lien, declare that I will leave France when my mission ends.
Date: 15.03.2026
Signature:""",
        "departure_commitment",
        {"signature_date": "2026-03-15", "date_of_birth": "1997-06-02", "surname": "RIVERA"},
    ),
    "consulate_registration": (
        """AMBASSADE DU SÉNÉGAL EN FRANCE
Paris, le 20 janvier 2026
# ATTESTATION D'IMMATRICULATION
Nous, Consul du Sénégal à Paris, attestons que Mme Awa NDIAYE, née le 03/05/1999
à Thiès, est inscrite au registre des Sénégalais établis dans notre circonscription.""",
        "consular_attestation",
        {"issue_date": "2026-01-20", "surname": "NDIAYE"},
    ),
    "consular_id_card": (
        """# CONSULATE OF GHANA - CONSULAR ID CARD
Surname
ASANTE
Registration number
GH204417
Valid until
30 06 2029""",
        "consular_card",
        {"document_number": "GH204417", "expiry_date": "2029-06-30"},
    ),
    "agreement_en": (
        """# VOLUNTEERING AGREEMENT
This agreement is made between Les Ateliers du Lien, 5 rue Haute, 38000 Grenoble
(the "Organisation"), and Ms Amina TRAORE (the "Volunteer").
1. The Volunteer will run reading workshops for isolated elderly people.
2. Commencement date: 1 September 2026. Termination date: 31 May 2027.""",
        "volunteer_contract",
        {"association": "Les Ateliers du Lien", "start_date": "2026-09-01", "end_date": "2027-05-31"},
    ),
    "convention_mission_article": (
        """# CONVENTION DE VOLONTARIAT
Structure d'accueil : Les Ateliers du Lien
Date de début de la mission : 01.09.2026
Date de fin de la mission : 31.05.2027
Article 1 - Mission
Le volontaire a pour mission d'animer des ateliers de lecture auprès de personnes âgées.
Fait en deux exemplaires à Grenoble, le 10.06.2026.""",
        "volunteer_contract",
        {"end_date": "2027-05-31", "signature_date": "2026-06-10"},
    ),
    "id_card_issued_box": (
        """# REPUBLIC OF GHANA - IDENTITY CARD
Surname
MENSAH
Issued
12 03 2021
Expires
11 03 2031""",
        "photo_id",
        {"issue_date": "2021-03-12", "expiry_date": "2031-03-11"},
    ),
    "visa_boxes": (
        """# VISA
CATÉGORIE / CATEGORY
D
DÉLIVRÉ À / ISSUED AT
ACCRA
DATE
02-02-2026
PASSEPORT / PASSPORT
G1234567
OBSERVATIONS / REMARKS
VLS-TS VOLONTAIRE""",
        "visa",
        {"issue_date": "2026-02-02", "passport_number": "G1234567", "remarks": "VLS-TS VOLONTAIRE"},
    ),
    "birth_act_in_words": (
        """REPUBLIQUE DU MALI
# ACTE DE NAISSANCE - COPIE INTEGRALE
LE DOUZE MARS DEUX MILLE (12/03/2000), A ONZE HEURES, EST NE A SEGOU :
KEITA MOUSSA, SEXE MASCULIN.
MENTIONS MARGINALES : NEANT
SEGOU, LE 05/01/2026""",
        "birth_certificate",
        {"date_of_birth": "2000-03-12", "issue_date": "2026-01-05"},
    ),
    "nationality_court": (
        """# CERTIFICAT DE NATIONALITE
NOUS, JUGE AU TRIBUNAL DE GRANDE INSTANCE DE SEGOU, CERTIFIONS QUE
KEITA MOUSSA, NE LE 12/03/2000 A SEGOU, EST DE
NATIONALITE MALIENNE.
FAIT LE 06/01/2026""",
        "nationality_certificate",
        {"nationality": "MLI", "surname": "KEITA", "issue_date": "2026-01-06"},
    ),
    "acceptance_to_you": (
        """Les Ateliers du Lien
5 rue Haute, 38000 Grenoble
Grenoble, le 3 février 2026
# LETTER OF ACCEPTANCE
We confirm that you, Moussa KEITA, born on 12 March 2000, are accepted as a volunteer
by the association Les Ateliers du Lien for a mission of ten months.""",
        "acceptance_certificate",
        {"surname": "KEITA", "given_names": "Moussa", "issue_date": "2026-02-03",
         "association": "Les Ateliers du Lien"},
    ),
    "approval_approved_body": (
        """# DÉCISION D'AGRÉMENT
Préfet de la région Bretagne
Organisme agréé : Les Ateliers du Lien
Objet : agrément au titre du volontariat
Date : 14/10/2024""",
        "approval_decision",
        {"association": "Les Ateliers du Lien"},
    ),
    "letterhead_then_title": (
        """Fondation Arc-en-Ciel de Rennes
# VOLUNTEERING AGREEMENT
This agreement is made between Fondation Arc-en-Ciel de Rennes, 4 place du Marché,
35000 Rennes, and Mr Sidi OULD MOHAMED. Commencement date: 1 October 2026.
Termination date: 30 June 2027.""",
        "volunteer_contract",
        {"association": "Fondation Arc-en-Ciel de Rennes", "end_date": "2027-06-30"},
    ),
    "undersigned_after_pronoun": (
        """Subject: commitment to leave French territory at the end of my mission
I, the undersigned, Mei LIN, born on 21/01/1999 in Tainan, undertake to leave French
territory at the end of my volunteer mission with the association Les Jardins Partagés.
Done in Rennes, on 02/03/2026""",
        "departure_commitment",
        {"surname": "LIN", "given_names": "Mei", "signature_date": "2026-03-02"},
    ),
    "passport_rows_of_boxes": (
        """# PASSPORT
Surname                 Given names
NGUYEN                  LINH
Place of birth          Date of issue
HUE                     03 02 2024
Date of expiry          Authority
02 02 2034              IMMIGRATION DEPARTMENT""",
        "passport",
        {"place_of_birth": "HUE", "issuing_authority": "IMMIGRATION DEPARTMENT"},
    ),
    "host_certificate_table": (
        """Les Amis du Rail - Lille
# CERTIFICAT D'ACCUEIL DU BÉNÉVOLE
Nom : OKAFOR
Prénoms : Daniel
Organisme : Les Amis du Rail
Fait à Lille, le 02-03-2026""",
        "acceptance_certificate",
        {"surname": "OKAFOR", "issue_date": "2026-03-02"},
    ),
    "subject_line_acceptance": (
        """Les Amis du Rail
4 rue du Dépôt, 59000 Lille
Lille, 15/01/2026
Objet : confirmation d'accueil en tant que volontaire
Monsieur,
Nous confirmons que vous serez accueilli par notre association dès le 1er mars 2026.""",
        "acceptance_certificate",
        {"issue_date": "2026-01-15"},
    ),
    "spanish_consular_constancia": (
        """CONSULADO GENERAL DEL PERÚ EN PARÍS
# CONSTANCIA CONSULAR
El Cónsul General certifica que Lucía FERNÁNDEZ, nacida el 05/06/1998 en Cusco,
es ciudadana peruana inscrita en este consulado.
París, 12/01/2026""",
        "consular_attestation",
        {"issue_date": "2026-01-12"},
    ),
    "note_dated_on_top": (
        """9 January 2026
To the Prefecture,
My name is Daniel OKAFOR and I was born in Enugu, Nigeria, on 30 April 1997. I give my
word that I will go home once my volunteer contract with Les Amis du Rail is over.""",
        "departure_commitment",
        {"surname": "OKAFOR", "date_of_birth": "1997-04-30", "signature_date": "2026-01-09"},
    ),
    "terse_visa_colons": (
        """# VISA
DEBUT: 02.03.2026 FIN: 01.03.2027
TYPE: D SEJOUR: 365 J
N° DOC. VOYAGE: A7705512""",
        "visa",
        {"valid_from": "2026-03-02", "duration_days": 365, "passport_number": "A7705512"},
    ),
    "numbered_boxes_and_spanish_card": (
        """# TARJETA CONSULAR / CARTE CONSULAIRE
1. Apellidos / Nom
QUISPE
2. Nombres / Prénoms
Rosa Elena
3. Nacimiento / Naissance
21/09/2000""",
        "consular_card",
        {"surname": "QUISPE", "given_names": "Rosa Elena", "date_of_birth": "2000-09-21"},
    ),
    "translated_certificate_name_first": (
        """# CERTIFICAT DE NATIONALITÉ
Rosa Elena QUISPE, née le 21.09.2000, a la nationalité péruvienne. Délivré le 04.02.2026.""",
        "nationality_certificate",
        {"surname": "QUISPE", "given_names": "Rosa Elena"},
    ),
    "accepted_by_host": (
        """Rennes, 12 August 2026
# LETTER OF ACCEPTANCE
Dear Mr OULD MOHAMED,
We confirm that you, Sidi OULD MOHAMED, have been accepted as a volunteer by Les Jardins
Partagés de Rennes for a ten-month mission starting on 1 October 2026.""",
        "acceptance_certificate",
        {"association": "Les Jardins Partagés de Rennes", "given_names": "Sidi"},
    ),
    # a host's paper laid out like a contract (numbered terms, dates, allowance) saying the contract is to come
    "host_terms_before_the_contract": (
        """Les Ateliers du Lien - 4 rue du Moulin, 35000 Rennes
# Hosting terms - volunteer Kwame ASANTE
1. Dates: from 1 September 2026 to 30 June 2027
2. Role: helping isolated elderly people with their daily errands
3. Allowance: 600 EUR a month, housing provided by the host
4. The volunteering contract is to be signed when the volunteer arrives in Rennes.
Rennes, 2 May 2026""",
        "acceptance_certificate",
        {"issue_date": "2026-05-02"},
    ),
    # a host's sheet in rows whose captions have no colon; the name cell is the volunteer's
    "host_sheet_rows_without_colons": (
        """# FICHE D'ACCUEIL - VOLONTAIRE
Structure d'accueil Les Ateliers du Lien
Adresse 4 rue du Moulin, 35000 Rennes
Nom et prénom(s) du volontaire ASANTE Kwame
Type d'engagement contrat de volontariat, à signer à l'arrivée
Établie le 02/05/2026""",
        "acceptance_certificate",
        {"association": "Les Ateliers du Lien", "surname": "ASANTE", "given_names": "Kwame"},
    ),
    # a title wrapped over two lines ending on "d'accueil", the host's name in the sentence under it
    "host_undertaking_under_a_wrapped_title": (
        """# ENGAGEMENT DE LA STRUCTURE
# D'ACCUEIL
L'association Les Ateliers du Lien, représentée par sa présidente, accueillera Kwame
ASANTE en qualité de volontaire du 1er septembre 2026 au 30 juin 2027.
Rennes, le 2 mai 2026""",
        "acceptance_certificate",
        {"association": "Les Ateliers du Lien"},
    ),
}


def _lines(text: str) -> list[tuple[str, bool]]:
    return [(ln[2:], True) if ln.startswith("# ") else (ln, False) for ln in text.splitlines()]


def write_pdf(text: str, path: Path) -> Path:
    """A one-page A4 PDF with a real text layer."""
    for name, file in (("DevSans", FONT), ("DevSans-Bold", BOLD)):
        if name not in pdfmetrics.getRegisteredFontNames():
            pdfmetrics.registerFont(TTFont(name, file))
    c = canvas.Canvas(str(path), pagesize=A4)
    y = A4[1] - 72
    for line, title in _lines(text):
        c.setFont("DevSans-Bold" if title else "DevSans", 14 if title else 10)
        c.drawString(56, y, line)
        y -= 26 if title else 16
    c.save()
    return path


def write_scan(text: str, path: Path, seed: int = 0) -> Path:
    """A greyish 150-dpi scan of the page, slightly turned and blurred, for the real Tesseract."""
    rng = random.Random(seed)
    scale = 150 / 72
    img = Image.new("L", (int(A4[0] * scale), int(A4[1] * scale)), 238)
    draw = ImageDraw.Draw(img)
    body = ImageFont.truetype(FONT, int(10 * scale))
    head = ImageFont.truetype(BOLD, int(14 * scale))
    y = 72 * scale
    for line, title in _lines(text):
        draw.text((56 * scale, y), line, fill=25, font=head if title else body)
        y += (26 if title else 16) * scale
    img = img.rotate(rng.uniform(-0.8, 0.8), fillcolor=238, resample=Image.Resampling.BICUBIC)
    img = img.filter(ImageFilter.GaussianBlur(0.6))
    img.save(path)
    return path
