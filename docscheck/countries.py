"""Country codes as documents write them: the one table docscheck's stages share.

- `ICAO_CODES`: every code a machine-readable zone may hold (ISO 3166-1 alpha-3, plus the codes
  ICAO 9303-3 adds).
- `EUROPEAN`: EU, EEA and Swiss nationals, who need no residence permit.
- `NATIONALITY_WORDS`: nationality words as documents print them (French and English, upper
  case, accents stripped) -> code.
- `RELATED_CODES`: codes one character apart that ICAO 9303-3 pairs on real documents (an
  issuer and a nationality of another class), so that neither is taken for the other misread.
"""

from __future__ import annotations

# ISO 3166-1 alpha-3 codes, and the codes ICAO 9303-3 adds (D for Germany, UN and Interpol
# documents, refugees and stateless persons, the UTO specimen state).
_ICAO = """
ABW AFG AGO AIA ALA ALB AND ARE ARG ARM ASM ATA ATF ATG AUS AUT AZE BDI BEL BEN BES BFA BGD BGR
BHR BHS BIH BLM BLR BLZ BMU BOL BRA BRB BRN BTN BVT BWA CAF CAN CCK CHE CHL CHN CIV CMR COD COG
COK COL COM CPV CRI CUB CUW CXR CYM CYP CZE DEU DJI DMA DNK DOM DZA ECU EGY ERI ESH ESP EST ETH
FIN FJI FLK FRA FRO FSM GAB GBR GEO GGY GHA GIB GIN GLP GMB GNB GNQ GRC GRD GRL GTM GUF GUM GUY
HKG HMD HND HRV HTI HUN IDN IMN IND IOT IRL IRN IRQ ISL ISR ITA JAM JEY JOR JPN KAZ KEN KGZ KHM
KIR KNA KOR KWT LAO LBN LBR LBY LCA LIE LKA LSO LTU LUX LVA MAC MAF MAR MCO MDA MDG MDV MEX MHL
MKD MLI MLT MMR MNE MNG MNP MOZ MRT MSR MTQ MUS MWI MYS MYT NAM NCL NER NFK NGA NIC NIU NLD NOR
NPL NRU NZL OMN PAK PAN PCN PER PHL PLW PNG POL PRI PRK PRT PRY PSE PYF QAT REU ROU RUS RWA SAU
SDN SEN SGP SGS SHN SJM SLB SLE SLV SMR SOM SPM SRB SSD STP SUR SVK SVN SWE SWZ SXM SYC SYR TCA
TCD TGO THA TJK TKL TKM TLS TON TTO TUN TUR TUV TWN TZA UGA UKR UMI URY USA UZB VAT VCT VEN VGB
VIR VNM VUT WLF WSM YEM ZAF ZMB ZWE D EUE GBD GBN GBO GBP GBS RKS UNA UNK UNO XBA XCC XCE XCO
XEC XES XIM XMP XOM XPO XSC XXA XXB XXC XXX UTO
"""
ICAO_CODES: frozenset[str] = frozenset(_ICAO.split())

# EU, EEA (Iceland, Liechtenstein, Norway) and Switzerland: the checklist's "european_national"
# condition (checklist/rules.toml).  German documents write `D` in their zone.
EUROPEAN: frozenset[str] = frozenset({
    "AUT", "BEL", "BGR", "HRV", "CYP", "CZE", "DNK", "EST", "FIN", "FRA", "DEU", "D", "GRC", "HUN",
    "IRL", "ITA", "LVA", "LTU", "LUX", "MLT", "NLD", "POL", "PRT", "ROU", "SVK", "SVN", "ESP", "SWE",
    "ISL", "LIE", "NOR", "CHE",
})

# Nationality words as documents print them -> ISO 3166 alpha-3 (as in zones).
NATIONALITY_WORDS: dict[str, str] = {
    "SENEGALAISE": "SEN", "SENEGALAIS": "SEN", "SENEGAL": "SEN", "SENEGALESE": "SEN",
    "VIETNAMIENNE": "VNM", "VIETNAMIEN": "VNM", "VIET NAM": "VNM", "VIETNAM": "VNM", "VIETNAMESE": "VNM",
    "BRESILIENNE": "BRA", "BRESILIEN": "BRA", "BRAZIL": "BRA", "BRAZILIAN": "BRA", "BRESIL": "BRA",
    "MAROCAINE": "MAR", "MAROCAIN": "MAR", "MOROCCO": "MAR", "MOROCCAN": "MAR", "MAROC": "MAR",
    "INDIENNE": "IND", "INDIEN": "IND", "INDIA": "IND", "INDIAN": "IND", "INDE": "IND",
    "CAMEROUNAISE": "CMR", "CAMEROUNAIS": "CMR", "CAMEROON": "CMR", "CAMEROONIAN": "CMR", "CAMEROUN": "CMR",
    "COLOMBIENNE": "COL", "COLOMBIEN": "COL", "COLOMBIA": "COL", "COLOMBIAN": "COL", "COLOMBIE": "COL",
    "NIGERIANE": "NGA", "NIGERIAN": "NGA", "NIGERIA": "NGA",
    "ALLEMANDE": "DEU", "ALLEMAND": "DEU", "GERMANY": "DEU", "GERMAN": "DEU", "ALLEMAGNE": "DEU",
    "ITALIENNE": "ITA", "ITALIEN": "ITA", "ITALY": "ITA", "ITALIAN": "ITA", "ITALIE": "ITA",
    "ESPAGNOLE": "ESP", "ESPAGNOL": "ESP", "SPAIN": "ESP", "SPANISH": "ESP", "ESPAGNE": "ESP",
    "MALIENNE": "MLI", "MALIEN": "MLI", "MALI": "MLI", "MALIAN": "MLI",
    "IVOIRIENNE": "CIV", "IVOIRIEN": "CIV", "ALGERIENNE": "DZA", "ALGERIEN": "DZA", "ALGERIA": "DZA",
    "TUNISIENNE": "TUN", "TUNISIEN": "TUN", "TUNISIA": "TUN", "CHINOISE": "CHN", "CHINOIS": "CHN", "CHINA": "CHN",
    "CHINESE": "CHN", "AMERICAINE": "USA", "AMERICAIN": "USA", "AMERICAN": "USA", "BRITANNIQUE": "GBR",
    "BRITISH": "GBR", "FRANCAISE": "FRA", "FRANCAIS": "FRA", "FRENCH": "FRA", "BELGE": "BEL", "BELGIAN": "BEL",
    "PORTUGAISE": "PRT", "PORTUGAIS": "PRT", "PORTUGUESE": "PRT", "HAITIENNE": "HTI", "HAITIEN": "HTI",
    "MALGACHE": "MDG", "GUINEENNE": "GIN", "GUINEEN": "GIN", "BENINOISE": "BEN", "BENINOIS": "BEN",
    "TOGOLAISE": "TGO", "TOGOLAIS": "TGO", "CONGOLAISE": "COD", "CONGOLAIS": "COD", "UKRAINIENNE": "UKR",
    "UKRAINIEN": "UKR", "UKRAINIAN": "UKR", "MEXICAINE": "MEX", "MEXICAIN": "MEX", "MEXICAN": "MEX",
    # the same in Spanish and Portuguese, as papers captioned "Nacionalidad" / "Nacionalidade" print them
    "COLOMBIANA": "COL", "COLOMBIANO": "COL", "BRASILEIRA": "BRA", "BRASILEIRO": "BRA", "BRASILENA": "BRA",
    "BRASILENO": "BRA", "BRASIL": "BRA", "MARROQUI": "MAR", "SENEGALESA": "SEN", "SENEGALES": "SEN",
    "CAMERUNESA": "CMR", "CAMERUNES": "CMR", "NIGERIANA": "NGA", "NIGERIANO": "NGA", "VIETNAMITA": "VNM",
    "MEXICANA": "MEX", "MEXICANO": "MEX", "ESPANOLA": "ESP", "ESPANHOLA": "ESP", "ESPANHOL": "ESP",
    "ITALIANA": "ITA", "ITALIANO": "ITA", "ALEMANA": "DEU", "ALEMA": "DEU", "PORTUGUESA": "PRT",
}  # fmt: skip


# Families of codes that ICAO Doc 9303 Part 3 uses together on genuine documents: an issuer in a
# family may write any code of the same family as the holder's nationality.  They are one
# character apart, which would otherwise pass for the issuer's code misread (mrz.build).
RELATED_CODES: tuple[frozenset[str], ...] = (
    # the United Kingdom issues passports to British citizens (GBR) and to British Overseas
    # Territories citizens (GBD), Nationals (Overseas) (GBN), Overseas citizens (GBO),
    # protected persons (GBP) and subjects (GBS)
    frozenset({"GBR", "GBD", "GBN", "GBO", "GBP", "GBS"}),
    # Germany writes D in its zones; DEU is its ISO code
    frozenset({"D", "DEU"}),
    # the United Nations (UNO), its specialized agencies (UNA), its mission in Kosovo (UNK)
    frozenset({"UNO", "UNA", "UNK"}),
    # stateless person (XXA), refugee (XXB, XXC), unspecified nationality (XXX)
    frozenset({"XXA", "XXB", "XXC", "XXX"}),
)


def related_codes(issuer: str, nationality: str) -> bool:
    """Whether an issuer and a nationality (fillers stripped) are a pair ICAO 9303-3 defines."""
    issuer, nationality = issuer.rstrip("<"), nationality.rstrip("<")
    return any(issuer in family and nationality in family for family in RELATED_CODES)


def is_european(code: str) -> bool:
    """Whether a nationality code (as a zone or NATIONALITY_WORDS gives it) is EU, EEA or Swiss."""
    return code in EUROPEAN


# Groups of codes the checklist data names (rules.toml `codes = "european"`).
GROUPS: dict[str, frozenset[str]] = {"european": EUROPEAN}


def group(name: str) -> frozenset[str]:
    """A named group of codes; KeyError for a name the table does not hold."""
    return GROUPS[name]
