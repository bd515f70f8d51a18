#!/usr/bin/env python3
"""Generate Parley's gazetteer files under ontology/ from the reference data in ../shared/data.

Usage (from the repository root):  python3 scripts/gen_gazetteer.py [--check]

Writes (UTF-8, tab-separated, '#' comment lines then a header line, rows sorted):
  ontology/countries.tsv       iso2, name_en, name_fr
  ontology/country-forms.tsv   iso2, lang, kind (name|adjective|demonym|capital|seat|place|combining), form
  ontology/organisations.tsv   key, label_en, label_fr, country, type, forms
  ontology/actors.tsv          key, label, names, short, country, role, start, end

--check additionally prints (to stderr) the French adjective inflections that differ from the
Prolex dictionary, which is used only as a cross-check and never copied.

Sources and licences
  * world-countries 5.1.0 (mledoze/countries), ODbL 1.0: ISO codes (cca2/cca3), UN membership,
    common/official names (en, fr), capitals (en), demonyms (en, fr m/f).
    Files derived from it (countries.tsv, country-forms.tsv) are a Derivative Database under ODbL 1.0.
  * Unicode CLDR 48 (cldr-localenames-full, cldr-dates-full), Unicode License v3: territory names
    (en, fr, incl. alt-short/alt-variant) and French time-zone exemplar cities (French capital names).
  * i18n-nationality 1.4.0 (widdix GmbH), MIT: nationality adjectives (en, fr masculine singular).
  * PETRARCH2 / Phoenix dictionaries (Open Event Data Alliance), MIT:
    Phoenix.Countries.actors.txt as parsed into phoenix_countries_actors_parsed.tsv (government
    actors, aliases and dated role codes).
  * Prolex-PaysCapitales (Projet Prolex, Université de Tours), LGPLLR: cross-check only (--check),
    nothing from it is written to the output.
  * REIGN leader list: NOT used (no stated licence).
  * Hand-curated lists (Parley's own work, public facts): the dictionaries below and
    scripts/gazetteer_extra/{actors,organisations,places,combining}.tsv.

The script uses the Python 3.11 standard library only and is deterministic.
"""

import csv
import json
import re
import sys
import unicodedata
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DATA = Path('/work/shared/data')
if not DATA.exists():
    DATA = ROOT.parent / 'shared' / 'data'
OUT = ROOT / 'ontology'
EXTRA = ROOT / 'scripts' / 'gazetteer_extra'

# --------------------------------------------------------------------------------------------
# Hand-curated country data
# --------------------------------------------------------------------------------------------

PARTLY_RECOGNISED = {'XK', 'PS', 'TW', 'VA'}
# Territories that still get adjectives, demonyms and capitals (frequent in news).
EXTRA_NATIONAL = {'HK', 'MO', 'GL', 'NC', 'PR', 'PF'}

NAME_EN = {
    'TR': 'Turkey', 'CZ': 'Czech Republic', 'CD': 'Democratic Republic of the Congo',
    'CG': 'Republic of the Congo', 'CI': 'Ivory Coast', 'VA': 'Vatican City',
    'CV': 'Cape Verde', 'MK': 'North Macedonia', 'PS': 'Palestine', 'KR': 'South Korea',
    'KP': 'North Korea', 'RU': 'Russia', 'US': 'United States', 'GB': 'United Kingdom',
    'VN': 'Vietnam', 'SZ': 'Eswatini', 'TL': 'East Timor', 'FM': 'Micronesia',
    'BA': 'Bosnia and Herzegovina', 'ST': 'São Tomé and Príncipe',
}
NAME_FR = {
    'CD': 'République démocratique du Congo', 'CG': 'République du Congo',
    'MM': 'Birmanie', 'PS': 'Palestine', 'VA': 'Vatican', 'HK': 'Hong Kong', 'MO': 'Macao',
    'CZ': 'République tchèque', 'VN': 'Vietnam', 'TL': 'Timor oriental', 'RE': 'La Réunion',
    'SA': 'Arabie saoudite', 'US': 'États-Unis', 'ST': 'Sao Tomé-et-Principe',
    'GF': 'Guyane', 'TR': 'Turquie',
}

# Extra name forms per country: (lang, form). Written as in news, no leading article.
NAME_EXTRA = {
    'US': {'en': ['United States', 'United States of America', 'US', 'U.S.', 'USA', 'U.S.A.', 'America'],
           'fr': ['États-Unis', 'Etats-Unis', 'USA', 'É.-U.', 'E.-U.', "États-Unis d'Amérique"]},
    'RU': {'en': ['Russia', 'Russian Federation'], 'fr': ['Russie', 'Fédération de Russie']},
    'GB': {'en': ['United Kingdom', 'UK', 'U.K.', 'Britain', 'Great Britain'],
           'fr': ['Royaume-Uni', 'Grande-Bretagne', 'R.-U.']},
    'CN': {'en': ['China', "People's Republic of China", 'PRC'],
           'fr': ['Chine', 'République populaire de Chine', 'RPC']},
    'KR': {'en': ['South Korea', 'Republic of Korea', 'ROK'],
           'fr': ['Corée du Sud', 'Corée-du-Sud', 'République de Corée']},
    'KP': {'en': ['North Korea', "Democratic People's Republic of Korea", 'DPRK'],
           'fr': ['Corée du Nord', 'Corée-du-Nord', 'RPDC', 'République populaire démocratique de Corée']},
    'IR': {'en': ['Iran', 'Islamic Republic of Iran'], 'fr': ['Iran', "République islamique d'Iran"]},
    'SY': {'en': ['Syria'], 'fr': ['Syrie']},
    'AE': {'en': ['United Arab Emirates', 'UAE'], 'fr': ['Émirats arabes unis', 'Emirats arabes unis', 'EAU', 'Émirats']},
    'SA': {'en': ['Saudi Arabia'], 'fr': ['Arabie saoudite', 'Arabie Saoudite']},
    'NL': {'en': ['Netherlands'], 'fr': ['Pays-Bas']},
    'TR': {'en': ['Turkey', 'Türkiye', 'Turkiye'], 'fr': ['Turquie', 'Türkiye']},
    'BY': {'en': ['Belarus'], 'fr': ['Biélorussie', 'Bélarus', 'Belarus']},
    'MD': {'en': ['Moldova'], 'fr': ['Moldavie', 'Moldova']},
    'KG': {'en': ['Kyrgyzstan'], 'fr': ['Kirghizstan', 'Kirghizistan']},
    'MM': {'en': ['Myanmar', 'Burma'], 'fr': ['Birmanie', 'Myanmar']},
    'VN': {'en': ['Vietnam', 'Viet Nam'], 'fr': ['Vietnam', 'Viêt Nam', 'Viêt-nam', 'Viêtnam']},
    'CI': {'en': ['Ivory Coast', "Côte d'Ivoire", "Cote d'Ivoire"], 'fr': ["Côte d'Ivoire", "Cote d'Ivoire"]},
    'CZ': {'en': ['Czech Republic', 'Czechia'], 'fr': ['République tchèque', 'Tchéquie']},
    'MK': {'en': ['North Macedonia', 'Macedonia'], 'fr': ['Macédoine du Nord', 'Macédoine']},
    'SZ': {'en': ['Eswatini', 'Swaziland'], 'fr': ['Eswatini', 'Swaziland']},
    'CV': {'en': ['Cape Verde', 'Cabo Verde'], 'fr': ['Cap-Vert']},
    'TL': {'en': ['East Timor', 'Timor-Leste'], 'fr': ['Timor oriental', 'Timor-Oriental', 'Timor-Leste']},
    'VA': {'en': ['Vatican', 'Vatican City', 'Holy See'], 'fr': ['Vatican', 'Saint-Siège', 'Cité du Vatican']},
    'PS': {'en': ['Palestine', 'State of Palestine', 'Palestinian territories', 'Palestinian Territories'],
           'fr': ['Palestine', 'État de Palestine', 'Territoires palestiniens']},
    'TW': {'en': ['Taiwan'], 'fr': ['Taïwan', 'Taiwan']},
    'CD': {'en': ['Democratic Republic of the Congo', 'Democratic Republic of Congo', 'DR Congo', 'DRC'],
           'fr': ['République démocratique du Congo', 'RDC', 'RD Congo', 'Congo-Kinshasa']},
    'CG': {'en': ['Republic of the Congo', 'Republic of Congo', 'Congo-Brazzaville'],
           'fr': ['République du Congo', 'Congo-Brazzaville']},
    'ZA': {'en': ['South Africa'], 'fr': ['Afrique du Sud']},
    'DE': {'en': ['Germany'], 'fr': ['Allemagne']},
    'MU': {'en': ['Mauritius'], 'fr': ['île Maurice', 'Île Maurice']},
    'GD': {'en': ['Grenada'], 'fr': []},
    'BA': {'en': ['Bosnia', 'Bosnia-Herzegovina'], 'fr': ['Bosnie']},
    'GM': {'en': ['Gambia', 'The Gambia'], 'fr': ['Gambie']},
    'XK': {'en': ['Kosovo'], 'fr': ['Kosovo']},
    'LA': {'en': ['Laos'], 'fr': ['Laos']},
    'PG': {'en': ['Papua New Guinea'], 'fr': ['Papouasie-Nouvelle-Guinée']},
    'ST': {'en': ['São Tomé and Príncipe', 'Sao Tome and Principe'], 'fr': ['Sao Tomé-et-Principe', 'São Tomé-et-Príncipe']},
}

# Forms never emitted as names (ambiguous with common words, first names, cities, other countries).
NAME_BLOCK = {
    'Grenade', 'Maurice', 'Réunion', 'Congo', 'Jersey', 'Guernsey', 'Hollande', 'Holland',
    'Corée', 'Korea', 'Man', 'Mann', 'Island', 'Timor', 'Dominique',
    'Grande République arabe libyenne populaire et socialiste', 'Jan Mayen Svalbard', 'Svalbard og Jan Mayen',
    'Saint-Martin', 'Samoa américaines', 'Amérique', 'SA', 'Americas',
}

# French adjectives: iso2 -> list of lemma specs ('lemma' inflected by rule, or 'ms|fs|mp|fp').
FR_ADJ = {
    'US': ['américain', 'étasunien'], 'KR': ['sud-coréen'], 'KP': ['nord-coréen'],
    'ZA': ['sud-africain'], 'GR': ['grec|grecque|grecs|grecques'], 'TR': ['turc|turque|turcs|turques'],
    'UZ': ['ouzbek|ouzbèke|ouzbeks|ouzbèkes', 'ouzbékistanais'], 'TJ': ['tadjik'],
    'KG': ['kirghiz|kirghize|kirghiz|kirghizes', 'kirghizstanais'], 'KZ': ['kazakh', 'kazakhstanais'],
    'TM': ['turkmène'], 'AF': ['afghan'], 'MN': ['mongol'],
    'LV': ['letton|lettone|lettons|lettones', 'letton|lettonne|lettons|lettonnes'],
    'AE': ['émirati', 'émirien'], 'QA': ['qatari', 'qatarien'], 'BH': ['bahreïni', 'bahreïnien'],
    'BF': ['burkinabè|burkinabè|burkinabès|burkinabès', 'burkinabé'],
    'GW': ['bissau-guinéen'], 'GQ': ['équato-guinéen'], 'TL': ['est-timorais'],
    'SS': ['sud-soudanais'], 'NZ': ['néo-zélandais'], 'CV': ['cap-verdien'],
    'SL': ['sierra-léonais'], 'LK': ['sri-lankais'], 'CR': ['costaricien', 'costaricain'],
    'PG': ['papouan-néo-guinéen'], 'SM': ['saint-marinais'], 'CY': ['chypriote', 'cypriote'],
    'NL': ['néerlandais', 'hollandais'], 'AZ': ['azerbaïdjanais', 'azéri'], 'XK': ['kosovar'],
    'BY': ['biélorusse', 'bélarusse'], 'MW': ['malawite', 'malawien'], 'KE': ['kényan', 'kenyan'],
    'SZ': ['swazi', 'eswatinien'], 'LR': ['libérien'], 'DO': ['dominicain'], 'DM': ['dominiquais'],
    'CD': [], 'CG': [], 'VA': [], 'LS': [], 'BW': ['botswanais'], 'GY': ['guyanien'],
    'BA': ['bosnien'], 'IE': ['irlandais'], 'HK': ['hongkongais'], 'MO': ['macanais'],
    'PW': ['palaosien'], 'KN': [], 'AG': [], 'VC': [], 'TT': ['trinidadien'], 'ST': ['santoméen'],
    'GB': ['britannique'], 'FR': ['français'], 'DE': ['allemand'], 'RU': ['russe'],
    'CN': ['chinois'], 'UA': ['ukrainien'], 'IL': ['israélien'], 'PS': ['palestinien'],
    'SA': ['saoudien'], 'VN': ['vietnamien'], 'LA': ['laotien'], 'MM': ['birman'],
    'SV': ['salvadorien'], 'JM': ['jamaïcain'], 'BS': ['bahaméen', 'bahamien'],
    'NE': ['nigérien'], 'NG': ['nigérian'], 'CI': ['ivoirien'], 'MG': ['malgache'],
    'KM': ['comorien'], 'SC': ['seychellois'], 'MU': ['mauricien'], 'MR': ['mauritanien'],
    'TO': ['tongien'], 'VU': ['vanuatais'], 'SB': ['salomonais'], 'KI': ['kiribatien'],
    'TV': ['tuvaluan'], 'NR': ['nauruan'], 'MH': ['marshallais'], 'FM': ['micronésien'],
    'WS': ['samoan'], 'FJ': ['fidjien'], 'GL': ['groenlandais'], 'NC': ['néo-calédonien'],
    'PF': ['polynésien'], 'PR': ['portoricain'], 'TW': ['taïwanais'], 'MK': ['macédonien', 'nord-macédonien'],
    'ME': ['monténégrin'], 'MD': ['moldave'], 'TH': ['thaïlandais'], 'LU': ['luxembourgeois'],
    'LI': ['liechtensteinois'], 'MC': ['monégasque'], 'AD': ['andorran'], 'SK': ['slovaque'],
    'SI': ['slovène'], 'CZ': ['tchèque'], 'PH': ['philippin'], 'BN': ['brunéien'],
    'SG': ['singapourien'], 'MY': ['malaisien'], 'ID': ['indonésien'], 'GT': ['guatémaltèque'],
    'YE': ['yéménite'], 'ET': ['éthiopien'], 'ER': ['érythréen'], 'EG': ['égyptien'],
    'EC': ['équatorien'], 'DJ': ['djiboutien'], 'SO': ['somalien'], 'GH': ['ghanéen'],
    'GN': ['guinéen'], 'HT': ['haïtien'], 'NI': ['nicaraguayen'], 'TD': ['tchadien'],
}
# French forms never emitted as adjectives/demonyms (common words or ambiguous).
FR_ADJ_BLOCK = {'congolais', 'dominicain-dm', 'samoan-as', 'indien-x'}

# English adjectives: iso2 -> list. Added to the data-derived ones.
EN_ADJ = {
    'US': ['American'], 'GB': ['British'], 'DJ': ['Djiboutian'], 'KZ': ['Kazakh', 'Kazakhstani'],
    'AE': ['Emirati'], 'SA': ['Saudi', 'Saudi Arabian'], 'PH': ['Filipino', 'Philippine'],
    'NL': ['Dutch'], 'CZ': ['Czech'], 'CH': ['Swiss'], 'MM': ['Burmese'],
    'LA': ['Lao', 'Laotian'], 'YE': ['Yemeni'], 'CI': ['Ivorian'], 'AZ': ['Azerbaijani', 'Azeri'],
    'BY': ['Belarusian', 'Belarussian'], 'KG': ['Kyrgyz', 'Kyrgyzstani'], 'TJ': ['Tajik', 'Tajikistani'],
    'UZ': ['Uzbek', 'Uzbekistani'], 'TM': ['Turkmen'], 'MD': ['Moldovan'], 'XK': ['Kosovar', 'Kosovan'],
    'BA': ['Bosnian'], 'MK': ['Macedonian', 'North Macedonian'], 'DO': ['Dominican'],
    'KR': ['South Korean'], 'KP': ['North Korean'], 'TR': ['Turkish'], 'SK': ['Slovak', 'Slovakian'],
    'SI': ['Slovenian', 'Slovene'], 'HR': ['Croatian', 'Croat'], 'RS': ['Serbian', 'Serb'],
    'IL': ['Israeli'], 'PS': ['Palestinian'], 'TW': ['Taiwanese'],
    'AR': ['Argentine', 'Argentinian'], 'BW': ['Botswanan'], 'GW': ['Bissau-Guinean'],
    'TH': ['Thai'], 'VN': ['Vietnamese'], 'CN': ['Chinese'], 'RU': ['Russian'], 'UA': ['Ukrainian'],
    'DE': ['German'], 'FR': ['French'], 'TL': ['East Timorese', 'Timorese'],
    'CV': ['Cape Verdean'], 'LK': ['Sri Lankan'], 'ZA': ['South African'],
    'SS': ['South Sudanese'], 'GR': ['Greek'], 'IR': ['Iranian'], 'IQ': ['Iraqi'], 'SY': ['Syrian'],
}
EN_ADJ_BLOCK = {'Congolese', 'Antiguans', 'Bermuda', 'Jersey', 'Guernsey', 'Channel Islander', 'Hong Konger',
                'Batswana', 'Mosotho', 'Motswana', 'Welsh', 'Virgin Islander', 'Saint Barthélemy',
                'Guadeloupe', 'Martinique', 'Mayotte', 'Reunion', 'Djibouti', 'Kosovo', 'Vanuatu', 'Tokelau',
                'Niue', 'Guam', 'Montserrat', 'Gibraltar', 'Curaçao', 'Macao', 'Greenland', 'New Caledonia',
                'South Sudan', 'Papua New Guinea', 'Puerto Rico', 'Emirian', 'Cape Verdian',
                'Trinidadian or Tobagonian', 'Kittitian or Nevisian', 'Burkinabe', 'Monacan'}
# English people nouns that differ from the adjective (singular and plural).
EN_DEMONYM = {
    'GB': ['Briton', 'Britons', 'Brits'], 'FR': ['Frenchman', 'Frenchmen', 'Frenchwoman', 'Frenchwomen'],
    'ES': ['Spaniard', 'Spaniards'], 'PL': ['Pole', 'Poles'], 'DK': ['Dane', 'Danes'],
    'SE': ['Swede', 'Swedes'], 'FI': ['Finn', 'Finns'], 'TR': ['Turk', 'Turks'],
    'NL': ['Dutchman', 'Dutchmen'], 'IE': ['Irishman', 'Irishmen'], 'NZ': ['New Zealander', 'New Zealanders'],
    'LU': ['Luxembourger', 'Luxembourgers'], 'IS': ['Icelander', 'Icelanders'],
    'KZ': ['Kazakhs', 'Kazakhstanis'], 'HK': ['Hong Konger', 'Hong Kongers'],
    'SA': ['Saudis'], 'AE': ['Emiratis'], 'PH': ['Filipinos', 'Filipina', 'Filipinas'],
    'US': ['Americans'], 'RU': ['Russians'], 'IL': ['Israelis'], 'PS': ['Palestinians'],
    'BW': ['Motswana', 'Batswana'],
}
EN_NO_PLURAL = {'Swiss', 'Lao', 'Thai', 'Philippine', 'Argentine', 'Saudi Arabian', 'Kosovan', 'Malagasy',
                'Ni-Vanuatu', 'I-Kiribati', 'Greenlandic', 'Icelandic', 'Kyrgyz', 'Kirghiz', 'Seychellois',
                'Sammarinese', 'San Marinese', 'Kazakhstani', 'Uzbekistani', 'Tajikistani', 'Kyrgyzstani',
                'Azerbaijani', 'Central African', 'Equatorial Guinean'}

# Capitals: iso2 -> {'en': [...], 'fr': [...]} added to data-derived; CAPITAL_SKIP never emitted.
CAPITAL_EXTRA = {
    'US': {'en': ['Washington', 'Washington D.C.', 'Washington, D.C.'], 'fr': ['Washington']},
    'CN': {'en': ['Beijing', 'Peking'], 'fr': ['Pékin', 'Beijing']},
    'RU': {'en': ['Moscow'], 'fr': ['Moscou']},
    'UA': {'en': ['Kyiv', 'Kiev'], 'fr': ['Kiev', 'Kyiv', 'Kyïv']},
    'KZ': {'en': ['Astana', 'Nur-Sultan', 'Nursultan'], 'fr': ['Astana', 'Nur-Sultan', 'Noursoultan']},
    'GB': {'en': ['London'], 'fr': ['Londres']},
    'IR': {'en': ['Tehran', 'Teheran'], 'fr': ['Téhéran']},
    'KR': {'en': ['Seoul'], 'fr': ['Séoul']},
    'KP': {'en': ['Pyongyang'], 'fr': ['Pyongyang']},
    'SY': {'en': ['Damascus'], 'fr': ['Damas']},
    'IN': {'en': ['New Delhi'], 'fr': ['New Delhi']},
    'IT': {'en': ['Rome'], 'fr': ['Rome']},
    'EG': {'en': ['Cairo'], 'fr': ['Le Caire', 'Caire']},
    'CU': {'en': ['Havana'], 'fr': ['La Havane', 'Havane']},
    'MT': {'en': ['Valletta'], 'fr': ['La Valette']},
    'MX': {'en': ['Mexico City'], 'fr': ['Mexico']},
    'BY': {'en': ['Minsk'], 'fr': ['Minsk']},
    'MD': {'en': ['Chișinău', 'Chisinau', 'Kishinev'], 'fr': ['Chisinau', 'Chișinău', 'Kichinev']},
    'GE': {'en': ['Tbilisi'], 'fr': ['Tbilissi', 'Tbilisi']},
    'AM': {'en': ['Yerevan'], 'fr': ['Erevan', 'Erevan']},
    'AZ': {'en': ['Baku'], 'fr': ['Bakou']},
    'TR': {'en': ['Ankara'], 'fr': ['Ankara']},
    'IQ': {'en': ['Baghdad'], 'fr': ['Bagdad']},
    'LB': {'en': ['Beirut'], 'fr': ['Beyrouth']},
    'SA': {'en': ['Riyadh'], 'fr': ['Riyad']},
    'AE': {'en': ['Abu Dhabi'], 'fr': ['Abou Dhabi', 'Abu Dhabi']},
    'YE': {'en': ["Sana'a", 'Sanaa'], 'fr': ['Sanaa']},
    'PS': {'en': ['Ramallah'], 'fr': ['Ramallah']},
    'AF': {'en': ['Kabul'], 'fr': ['Kaboul']},
    'PK': {'en': ['Islamabad'], 'fr': ['Islamabad']},
    'BD': {'en': ['Dhaka'], 'fr': ['Dacca', 'Dhaka']},
    'NP': {'en': ['Kathmandu'], 'fr': ['Katmandou']},
    'MM': {'en': ['Naypyidaw', 'Naypyitaw', 'Nay Pyi Taw'], 'fr': ['Naypyidaw', 'Naypyitaw']},
    'VN': {'en': ['Hanoi'], 'fr': ['Hanoï', 'Hanoi']},
    'KH': {'en': ['Phnom Penh'], 'fr': ['Phnom Penh']},
    'TW': {'en': ['Taipei'], 'fr': ['Taipei', 'Taïpei']},
    'JP': {'en': ['Tokyo'], 'fr': ['Tokyo']},
    'MN': {'en': ['Ulaanbaatar', 'Ulan Bator'], 'fr': ['Oulan-Bator']},
    'KG': {'en': ['Bishkek'], 'fr': ['Bichkek']},
    'UZ': {'en': ['Tashkent'], 'fr': ['Tachkent']},
    'TJ': {'en': ['Dushanbe'], 'fr': ['Douchanbé']},
    'TM': {'en': ['Ashgabat'], 'fr': ['Achgabat']},
    'DZ': {'en': ['Algiers'], 'fr': ['Alger']},
    'ET': {'en': ['Addis Ababa'], 'fr': ['Addis-Abeba']},
    'SO': {'en': ['Mogadishu'], 'fr': ['Mogadiscio']},
    'SS': {'en': ['Juba'], 'fr': ['Djouba', 'Juba']},
    'ZA': {'en': ['Pretoria'], 'fr': ['Pretoria']},
    'MG': {'en': ['Antananarivo'], 'fr': ['Antananarivo', 'Tananarive']},
    'BJ': {'en': ['Porto-Novo', 'Cotonou'], 'fr': ['Porto-Novo', 'Cotonou']},
    'CH': {'en': ['Bern'], 'fr': ['Berne']},
    'AT': {'en': ['Vienna'], 'fr': ['Vienne']},
    'PL': {'en': ['Warsaw'], 'fr': ['Varsovie']},
    'PT': {'en': ['Lisbon'], 'fr': ['Lisbonne']},
    'RO': {'en': ['Bucharest'], 'fr': ['Bucarest']},
    'GR': {'en': ['Athens'], 'fr': ['Athènes']},
    'CY': {'en': ['Nicosia'], 'fr': ['Nicosie']},
    'DK': {'en': ['Copenhagen'], 'fr': ['Copenhague']},
    'LT': {'en': ['Vilnius'], 'fr': ['Vilnius']},
    'XK': {'en': ['Pristina', 'Prishtina'], 'fr': ['Pristina', 'Priština']},
    'NL': {'en': [], 'fr': []},
    'PF': {'en': ['Papeete'], 'fr': ['Papeete']},
    'MU': {'en': ['Port Louis'], 'fr': ['Port-Louis']},
    'BR': {'en': ['Brasília', 'Brasilia'], 'fr': ['Brasilia']},
    'CO': {'en': ['Bogotá', 'Bogota'], 'fr': ['Bogota']},
    'BO': {'en': ['La Paz', 'Sucre'], 'fr': ['La Paz']},
    'PY': {'en': ['Asunción', 'Asuncion'], 'fr': ['Asuncion', 'Asunción']},
    'DO': {'en': ['Santo Domingo'], 'fr': ['Saint-Domingue']},
    'TT': {'en': ['Port of Spain'], 'fr': ["Port-d'Espagne"]},
    'ES': {'en': ['Madrid'], 'fr': ['Madrid']},
    'DE': {'en': ['Berlin'], 'fr': ['Berlin']},
    'FR': {'en': ['Paris'], 'fr': ['Paris']},
    'BE': {'en': [], 'fr': []},
    'OM': {'en': ['Muscat'], 'fr': ['Mascate']},
    'KW': {'en': ['Kuwait City'], 'fr': []},
    'LY': {'en': ['Tripoli'], 'fr': ['Tripoli']},
    'TN': {'en': ['Tunis'], 'fr': ['Tunis']},
    'MA': {'en': ['Rabat'], 'fr': ['Rabat']},
    'GN': {'en': ['Conakry'], 'fr': ['Conakry']},
    'CD': {'en': ['Kinshasa'], 'fr': ['Kinshasa']},
    'CG': {'en': ['Brazzaville'], 'fr': ['Brazzaville']},
    'TD': {'en': ["N'Djamena"], 'fr': ["N'Djamena", 'Ndjamena']},
    'PH': {'en': ['Manila'], 'fr': ['Manille']},
    'SG': {'en': [], 'fr': []},
    'KE': {'en': ['Nairobi'], 'fr': ['Nairobi']},
    'NG': {'en': ['Abuja'], 'fr': ['Abuja']},
    'IL': {'en': [], 'fr': []},
}
CAPITAL_SKIP = {
    'Victoria', 'City of Victoria', 'Kingston', 'Kingstown', 'Saint-Pierre', 'Georgetown', 'San José',
    'Hamilton', 'Stanley', 'Jamestown', 'Saint-Denis', 'The Valley', 'Malé', 'Male', 'Brussels',
    'Bruxelles', 'Jerusalem', 'Jérusalem', 'Luxembourg', 'Monaco', 'Singapore', 'Singapour',
    'Djibouti', 'Kuwait', 'Koweït', 'Panama City', 'Guatemala City', 'Vatican City', 'City of San Marino',
    'Saint-Marin', 'San Marino', 'Le Vatican', 'Gibraltar', 'Sucre', 'Andorra la Vella', 'Basse-Terre',
    'Saint John\'s', "St. John's", "St. George's", 'Praia', 'Roseau', 'Belmopan',
    'Funafuti', 'Palikir', 'Yaren', 'Ngerulmud', 'Tarawa', 'South Tarawa', 'Apia', "Nuku'alofa",
    'Honiara', 'Port Vila', 'Majuro', 'Suva', 'Castries', 'Basseterre', 'Bridgetown', 'Nassau',
    'Mexico', 'Lobamba', 'Bloemfontein', 'Cape Town', 'Gitega', 'Dodoma', 'Sri Jayawardenepura Kotte',
    'Kotte', 'Porto Novo', 'Yamoussoukro', 'Amsterdam', 'Papeetē', 'The Hague', 'La Haye',
}
CAPITAL_OK_EVEN_IF_SKIPPED = {'Mexico'}  # French capital of MX ("Mexico" the city)

SEATS = [
    ('RU', 'Kremlin', 'both'), ('US', 'Maison Blanche', 'fr'), ('US', 'Maison-Blanche', 'fr'),
    ('US', 'White House', 'en'), ('US', 'Pentagone', 'fr'), ('US', 'Pentagon', 'en'),
    ('US', 'Foggy Bottom', 'both'), ('US', 'Capitol Hill', 'en'), ('FR', "Quai d'Orsay", 'both'),
    ('FR', 'Élysée', 'both'), ('FR', 'Elysée', 'both'), ('FR', 'Elysee', 'en'), ('FR', 'Matignon', 'both'),
    ('FR', 'Hôtel de Brienne', 'fr'), ('FR', "Palais de l'Élysée", 'fr'), ('FR', 'Elysee Palace', 'en'),
    ('FR', 'Élysée Palace', 'en'), ('GB', 'Downing Street', 'both'), ('GB', '10 Downing Street', 'both'),
    ('GB', 'Number 10', 'en'), ('GB', 'Whitehall', 'both'), ('CN', 'Zhongnanhai', 'both'),
    ('IT', 'Farnesina', 'both'), ('IT', 'Palazzo Chigi', 'both'), ('IT', 'Quirinal', 'en'),
    ('IT', 'Quirinale', 'both'), ('BR', 'Palais du Planalto', 'fr'), ('BR', 'Planalto', 'both'),
    ('BR', 'Planalto Palace', 'en'), ('BR', 'Itamaraty', 'both'), ('AR', 'Casa Rosada', 'both'),
    ('KR', 'Blue House', 'en'), ('KR', 'Maison bleue', 'fr'), ('KR', 'Cheong Wa Dae', 'both'),
    ('UA', 'Bankova', 'both'), ('DE', 'Kanzleramt', 'both'), ('ES', 'Moncloa', 'both'),
    ('ES', 'Palacio de la Moncloa', 'both'), ('MX', 'Los Pinos', 'both'), ('MX', 'Palacio Nacional', 'both'),
    ('JP', 'Kantei', 'both'), ('PH', 'Malacañang', 'both'), ('PH', 'Malacanang', 'both'),
    ('TR', 'Beştepe', 'both'), ('TR', 'Bestepe', 'both'), ('IN', 'South Block', 'both'),
    ('IN', 'Raisina Hill', 'both'),
]

# --------------------------------------------------------------------------------------------
# Helpers
# --------------------------------------------------------------------------------------------


def fold(s):
    """Remove diacritics (NFKD, drop combining marks), keep everything else."""
    out = ''.join(c for c in unicodedata.normalize('NFKD', s) if not unicodedata.combining(c))
    return out.replace('ı', 'i').replace('ł', 'l').replace('Ł', 'L').replace('ø', 'o').replace('đ', 'd')


def apostrophe_variants(s):
    out = {s}
    if "'" in s:
        out.add(s.replace("'", '\u2019'))
    if '\u2019' in s:
        out.add(s.replace('\u2019', "'"))
    return out


def initial_e_variant(s):
    out = set()
    for v in apostrophe_variants(s):
        out.add(v)
        if v[:1] in 'ÉÈÊ':
            out.add('E' + v[1:])
    return out


def cap_first(s):
    return s[:1].upper() + s[1:]


def cap_parts(s):
    """'sud-coréen' -> 'Sud-Coréen'; 'néo-zélandais' -> 'Néo-Zélandais'."""
    return '-'.join(cap_first(p) for p in s.split('-'))


def slug(s):
    s = fold(s).lower()
    s = re.sub(r"[^a-z0-9]+", '-', s).strip('-')
    return s


def norm_apos(s):
    return s.replace('\u2019', "'")


def fr_inflect(spec):
    """Return [ms, fs, mp, fp] for a French nationality adjective spec."""
    if '|' in spec:
        parts = spec.split('|')
        assert len(parts) == 4, spec
        return parts
    m = spec
    if m.endswith('e') and not m.endswith('é'):
        return [m, m, m + 's', m + 's']
    if m.endswith(('ien', 'éen', 'yen')):
        return [m, m + 'ne', m + 's', m + 'nes']
    if m.endswith(('s', 'x', 'z')):
        return [m, m + 'e', m, m + 'es']
    if m.endswith('c'):  # grec/turc are explicit; generic -c -> -que
        return [m, m[:-1] + 'que', m + 's', m[:-1] + 'ques']
    if m.endswith('i'):  # qatari, émirati, bahreïni
        return [m, m + 'e', m + 's', m + 'es']
    return [m, m + 'e', m + 's', m + 'es']


def write_tsv(path, comments, header, rows):
    with open(path, 'w', encoding='utf-8', newline='\n') as f:
        for c in comments:
            f.write('# ' + c + '\n' if c else '#\n')
        f.write('\t'.join(header) + '\n')
        for r in rows:
            assert len(r) == len(header), r
            for cell in r:
                assert '\t' not in cell and '\n' not in cell, r
            f.write('\t'.join(r) + '\n')


def read_extra(name):
    path = EXTRA / name
    with open(path, encoding='utf-8') as f:
        lines = [ln.rstrip('\n') for ln in f if not ln.startswith('#') and ln.strip()]
    header = lines[0].split('\t')
    rows = []
    for ln in lines[1:]:
        cells = ln.split('\t')
        cells += [''] * (len(header) - len(cells))
        rows.append(dict(zip(header, cells)))
    return rows


def split_forms(s):
    out = []
    for x in s.split('|'):
        x = x.strip()
        if x and x not in out:
            out.append(x)
    return out


# --------------------------------------------------------------------------------------------
# Load sources
# --------------------------------------------------------------------------------------------


def load_sources():
    wc = json.load(open(DATA / 'countries' / 'world-countries.json', encoding='utf-8'))
    wc = {c['cca2']: c for c in wc}
    cldr = {}
    for lang in ('en', 'fr'):
        t = json.load(open(DATA / 'countries' / 'cldr' / lang / 'territories.json', encoding='utf-8'))
        cldr[lang] = t['main'][lang]['localeDisplayNames']['territories']
    tz = json.load(open(DATA / 'countries' / 'cldr' / 'fr' / 'timeZoneNames.json', encoding='utf-8'))
    tz = tz['main']['fr']['dates']['timeZoneNames']['zone']
    cities = {}

    def walk(d, path):
        for k, v in d.items():
            if isinstance(v, dict):
                if 'exemplarCity' in v:
                    cities[k.replace('_', ' ')] = v['exemplarCity']
                walk(v, path + [k])
    walk(tz, [])
    nat = {}
    for lang in ('en', 'fr'):
        nat[lang] = json.load(open(DATA / 'countries' / 'i18n-nationality' / f'{lang}.json', encoding='utf-8'))['nationalities']
    return wc, cldr, cities, nat


# --------------------------------------------------------------------------------------------
# Countries
# --------------------------------------------------------------------------------------------


ARTICLE = re.compile(r"^(Le|La|Les|L'|L’|The) ")


def ok_name(s):
    """Data-derived names: no brackets/lists, no stray spaces around - and ', no leading article."""
    return (bool(s) and not any(ch in s for ch in '(),&') and 'R.A.S.' not in s and 'SAR' not in s.split()
            and not re.search(r" -|- |['’] ", s) and not ARTICLE.match(s))


def build_countries(wc, cldr, cities, nat):
    sovereign = {k for k, c in wc.items() if c.get('unMember')} | PARTLY_RECOGNISED
    national = sovereign | EXTRA_NATIONAL

    countries = []
    for iso2 in sorted(wc):
        c = wc[iso2]
        en = NAME_EN.get(iso2) or c['name']['common']
        fr = NAME_FR.get(iso2) or norm_apos(cldr['fr'].get(iso2) or c['translations']['fra']['common'])
        countries.append((iso2, en, fr))

    # rows: (iso2, lang, kind, form) with a priority: 0 hand, 1 data
    cand = []

    def add(iso2, lang, kind, form, prio, variants=True):
        form = form.strip()
        if not form:
            return
        forms = initial_e_variant(form) if variants else apostrophe_variants(form)
        for f in forms:
            cand.append((iso2, lang, kind, f, prio))

    # ---- names
    for iso2, en, fr in countries:
        c = wc[iso2]
        data_en = [en, c['name']['common'], c['name']['official'], cldr['en'].get(iso2, '')]
        data_fr = [fr, c['translations']['fra']['common'], c['translations']['fra']['official'],
                   cldr['fr'].get(iso2, '')]
        for k, v in cldr['en'].items():
            if k.startswith(iso2 + '-alt'):
                data_en.append(v)
        for k, v in cldr['fr'].items():
            if k.startswith(iso2 + '-alt'):
                data_fr.append(v)
        for f in data_en:
            if ok_name(f):
                add(iso2, 'en', 'name', norm_apos(f), 1)
                if fold(f) != f:
                    add(iso2, 'en', 'name', norm_apos(fold(f)), 1)
        for f in data_fr:
            if ok_name(f):
                add(iso2, 'fr', 'name', norm_apos(f), 1)
        for lang, forms in NAME_EXTRA.get(iso2, {}).items():
            for f in forms:
                add(iso2, lang, 'name', f, 0)

    # ---- adjectives and demonyms
    names_en = defaultdict(set)
    for iso2, lang, kind, form, prio in cand:
        if lang == 'en' and kind == 'name':
            names_en[iso2].add(form)
    for iso2 in sorted(national):
        c = wc[iso2]
        # French
        specs = FR_ADJ.get(iso2)
        if specs is None:
            specs = []
            m = (c['demonyms'].get('fra') or {}).get('m', '')
            if m and ' ' not in m and ',' not in m:
                specs.append(m.lower())
            n = nat['fr'].get(iso2, '')
            if n and ' ' not in n and '(' not in n and n.lower() not in specs:
                specs.append(n.lower())
        for spec in specs:
            forms = fr_inflect(spec)
            for f in dict.fromkeys(forms):
                if f in FR_ADJ_BLOCK:
                    continue
                add(iso2, 'fr', 'adjective', f, 0 if iso2 in FR_ADJ else 1, variants=False)
                add(iso2, 'fr', 'demonym', cap_parts(f), 0 if iso2 in FR_ADJ else 1)
        # English
        adjs = list(EN_ADJ.get(iso2, []))
        e = (c['demonyms'].get('eng') or {}).get('m', '')
        for a in (e, nat['en'].get(iso2, '')):
            if a and ',' not in a and '(' not in a and ' - ' not in a and ' and ' not in a and a not in adjs:
                adjs.append(a)
        for a in adjs:
            if a in EN_ADJ_BLOCK or a in names_en.get(iso2, ()):
                continue
            prio = 0 if a in EN_ADJ.get(iso2, []) else 1
            if a.endswith('er'):          # Icelander, Luxembourger: people nouns
                add(iso2, 'en', 'demonym', a, prio)
                add(iso2, 'en', 'demonym', a + 's', prio)
                continue
            add(iso2, 'en', 'adjective', a, prio)
            if a in EN_NO_PLURAL or a.endswith(('ese', 'sh', 'ss')) or (a.endswith('ch') and a != 'Czech'):
                continue
            add(iso2, 'en', 'demonym', a + 's', prio)
        for d in EN_DEMONYM.get(iso2, []):
            add(iso2, 'en', 'demonym', d, 0)

    # ---- capitals
    for iso2 in sorted(national):
        c = wc[iso2]
        extra = CAPITAL_EXTRA.get(iso2)
        for cap in c.get('capital', []):
            if cap in CAPITAL_SKIP:
                continue
            add(iso2, 'en', 'capital', cap, 1)
            if fold(cap) != cap:
                add(iso2, 'en', 'capital', fold(cap), 1)
            frc = cities.get(cap)
            if frc and '(' in frc:
                frc = frc.split('(')[0].strip()
            if frc and norm_apos(frc) not in CAPITAL_SKIP:
                add(iso2, 'fr', 'capital', norm_apos(frc), 1)
            elif not frc and extra is None:
                add(iso2, 'fr', 'capital', cap, 1)   # most capitals are written alike in French
        if extra:
            for lang, forms in extra.items():
                for f in forms:
                    add(iso2, lang, 'capital', f, 0)

    # ---- seats
    for iso2, form, langs in SEATS:
        for lang in (('en', 'fr') if langs == 'both' else (langs,)):
            add(iso2, lang, 'seat', form, 0)

    # ---- resolve: blocklists, duplicates, ambiguity
    by_form = defaultdict(list)
    for iso2, lang, kind, form, prio in cand:
        if kind == 'name' and (form in NAME_BLOCK or norm_apos(form) in NAME_BLOCK):
            continue
        if kind == 'capital' and form in CAPITAL_SKIP and not (lang == 'fr' and form in CAPITAL_OK_EVEN_IF_SKIPPED and prio == 0):
            continue
        by_form[(lang, form)].append((iso2, kind, prio))

    rows = set()
    dropped = []
    for (lang, form), lst in by_form.items():
        isos = {i for i, _, _ in lst}
        if len(isos) > 1:
            hand = {i for i, _, p in lst if p == 0}
            if len(hand) == 1:
                isos = hand
            else:
                pool = hand or isos
                sov = {i for i in pool if i in sovereign}
                if len(sov) == 1:
                    isos = sov
                else:
                    dropped.append((lang, form, ','.join(sorted(isos))))
                    continue
        (iso2,) = isos
        kinds = {k for i, k, _ in lst if i == iso2}
        # one kind per form and country: name > seat > capital > demonym > adjective, except that
        # adjective and demonym may coexist (e.g. "Swiss" adjective; "Russe" demonym vs "russe").
        order = ['name', 'seat', 'capital', 'demonym', 'adjective']
        best = min(kinds, key=order.index)
        rows.add((iso2, lang, best, form))
        if best == 'adjective' and 'demonym' in kinds:
            rows.add((iso2, lang, 'demonym', form))
        if best == 'demonym' and 'adjective' in kinds:
            rows.add((iso2, lang, 'adjective', form))
    return countries, sorted(rows), dropped


# --------------------------------------------------------------------------------------------
# Organisations
# --------------------------------------------------------------------------------------------

ORG_TYPES = {'igo', 'government', 'ministry', 'agency', 'court', 'party', 'media', 'ngo', 'armed-group',
             'company', 'police', 'platform'}


def build_organisations(iso2s):
    rows = []
    keys = set()
    for r in read_extra('organisations.tsv'):
        key = r['key']
        assert re.fullmatch(r'[a-z0-9]+(-[a-z0-9]+)*', key), key
        assert key not in keys, key
        keys.add(key)
        assert r['type'] in ORG_TYPES, r
        assert r['country'] == '' or r['country'] in iso2s, r
        forms = []
        for f in [r['label_en'], r['label_fr']] + split_forms(r['forms']):
            for v in sorted(initial_e_variant(f)):
                if v not in forms:
                    forms.append(v)
        rows.append((key, r['label_en'], r['label_fr'], r['country'], r['type'], '|'.join(forms)))
    return sorted(rows)


# --------------------------------------------------------------------------------------------
# Actors
# --------------------------------------------------------------------------------------------

ROLES = ['head of state', 'head of government', 'foreign minister', 'defence minister', 'spokesperson',
         'secretary-general', 'minister', 'other']

PARTICLES = {'al', 'el', 'bin', 'ben', 'ibn', 'bint', 'de', 'da', 'di', 'do', 'dos', 'das', 'du', 'del',
             'della', 'der', 'den', 'van', 'von', 'la', 'le', 'y', 'e', 'ul', 'ud', 'ad', 'as', 'ash', 'at',
             'az', 'ar', 'an', 'ter', 'ten', 'zu'}
ROMAN = {'II', 'III', 'IV', 'VI', 'VII', 'VIII', 'IX', 'XI', 'XII', 'XIII', 'XIV', 'XV', 'XVI'}
TITLE_WORDS = re.compile(
    r"\b(PRESIDENT|PRESIDENTE|PRIME|MINISTER|MINISTRY|SECRETARY|CHANCELLOR|PREMIER|KING|QUEEN|PRINCE|"
    r"PRINCESS|EMIR|SULTAN|SHEIKH|SHAIKH|GENERAL|GEN\.|COL\.|COLONEL|MARSHAL|ADMIRAL|AMBASSADOR|ENVOY|"
    r"SPOKESMAN|SPOKESWOMAN|SPOKESPERSON|LEADER|CHIEF|HEAD|GOVERNOR|MAYOR|SENATOR|DEPUTY|VICE|ACTING|"
    r"FORMER|MR\.?|MRS\.?|MS\.?|DR\.?|SIR|LORD|AYATOLLAH|CARDINAL|POPE|CROWN|COMMANDER|DIRECTOR|"
    r"CHAIRMAN|SPEAKER|OFFICIAL|JUSTICE|JUDGE|THE|OF|AND|FOR|TO|REPRESENTATIVE|DELEGATE|GOV\.|GOVT|"
    r"ADMINISTRATION|GOVERNMENT|REGIME|CABINET|CAMP|ALLIES|SUPPORTERS|FAMILY)\b")
INSTITUTION_WORDS = re.compile(
    r"\b(MINISTRY|GOVERNMENT|COUNCIL|PARTY|ASSEMBLY|PARLIAMENT|CONGRESS|COMMITTEE|DEPARTMENT|OFFICE|AGENCY|"
    r"PALACE|HOUSE|COURT|COMMISSION|BANK|ARMY|FORCES|POLICE|SERVICE|BUREAU|AUTHORITY|REPUBLIC|KINGDOM|"
    r"STATE|STATES|CABINET|PRESIDENCY|SENATE|ADMINISTRATION|MINISTER|MINISTERS|DUMA|KNESSET|KREMLIN|"
    r"FEDERAL|NATIONAL|UNION|ORGANIZATION|ORGANISATION|INSTITUTE|FRONT|MOVEMENT|EMBASSY|CONSULATE|"
    r"DIPLOMAT|DIPLOMATS|OFFICIALS|LEADERS|LEADERSHIP|REGIME|JUNTA|TREASURY|SECRETARIAT|CORPORATION|"
    r"COMPANY|BOARD|DIRECTORATE|GUARD|NAVY|AIR|POLITBURO|PRESIDENT|SECRETARY|CHANCELLERY|PREMIER|"
    r"SPOKESMAN|SPOKESWOMAN|AMBASSADOR|ENVOY|GOVERNOR|MAYOR|LEGISLATURE|CHAMBER|SECURITY|INTELLIGENCE|"
    r"COMMAND|DIVISION|UNIT|CENTER|CENTRE|REGIONAL|PROVINCIAL|MUNICIPAL|CITY|TOWN|PROVINCE|REGION)\b")
ROLE_PATTERNS = [
    ('foreign minister', re.compile(r"FOREIGN MINISTER|MINISTER (OF|FOR) FOREIGN|FOREIGN SECRETARY|"
                                    r"SECRETARY OF STATE|EXTERNAL AFFAIRS MINISTER|MINISTER OF EXTERNAL|"
                                    r"FOREIGN AFFAIRS MINISTER")),
    ('defence minister', re.compile(r"DEFEN[CS]E MINISTER|MINISTER OF DEFEN[CS]E|MINISTER FOR DEFEN[CS]E|"
                                    r"SECRETARY OF DEFEN[CS]E|DEFEN[CS]E SECRETARY")),
    ('head of government', re.compile(r"PRIME MINISTER|\bPREMIER\b|(?<!VICE )(?<!VICE-)\bCHANCELLOR\b")),
    ('head of state', re.compile(r"(?<!VICE )(?<!VICE-)\bPRESIDENT\b(?! OF THE (SENATE|ASSEMBLY|PARLIAMENT|COURT|BANK))|"
                                 r"\bKING\b|\bQUEEN\b|\bEMIR\b|\bSULTAN\b|\bMONARCH\b|SUPREME LEADER")),
    ('spokesperson', re.compile(r"SPOKESMAN|SPOKESWOMAN|SPOKESPERSON|PRESS SECRETARY")),
]
ROLE_SCORE = {'head of state': 4, 'head of government': 4, 'foreign minister': 4, 'defence minister': 3,
              'spokesperson': 3, 'secretary-general': 3, 'minister': 1, 'other': 0}
CABINET_SECTORS = {'AGR', 'BUS', 'DEV', 'EDU', 'ENV', 'HLH', 'JUD', 'LAB', 'MED', 'MIL', 'HRI', 'REL', 'REF'}
MINISTER_PATTERN = re.compile(r"\bMINISTER\b|\bSECRETARY\b")
SHORT_STOP = {'KING', 'QUEEN', 'PRESIDENT', 'PRINCE', 'EMIR', 'SHEIKH', 'SULTAN', 'GENERAL', 'AL', 'EL',
              'BIN', 'BEN', 'ABU', 'ABDULLAH', 'MOHAMMED', 'MOHAMMAD', 'MUHAMMAD', 'AHMED', 'ALI', 'HASSAN',
              'HUSSEIN', 'KHAN', 'SINGH', 'KIM', 'LEE', 'PARK', 'LI', 'WANG', 'ZHANG', 'CHEN', 'LIU', 'NGUYEN',
              'MAY', 'MOON', 'JUNE', 'BUSH', 'CLINTON', 'JOHNSON', 'BROWN', 'SMITH', 'KING', 'BLAIR', 'YOUNG',
              'WHITE', 'BLACK', 'GREEN', 'LONG', 'SHORT', 'GRAND', 'GRANDE', 'LA', 'LE', 'DE', 'DA', 'VAN',
              'VON', 'SAINT', 'SANTOS', 'SILVA', 'GARCIA', 'RODRIGUEZ', 'LOPEZ', 'MARTINEZ', 'GONZALEZ',
              'PEREZ', 'SANCHEZ', 'FERNANDEZ', 'GOMEZ', 'DIAZ', 'KHALID', 'SALEH', 'OMAR', 'AHMAD', 'MUSA',
              'IBRAHIM', 'ISMAIL', 'YUSUF', 'ABDUL', 'MOHAMED', 'DAVID', 'PAUL', 'JOHN', 'PETER', 'MARK',
              'JAMES', 'GEORGE', 'CHARLES', 'ROBERT', 'WILLIAM', 'THOMAS', 'MICHEL', 'PIERRE', 'JEAN',
              'MARIE', 'ANDRE', 'HOLLANDE', 'ASSAD', 'PHILIPPE', 'FRANCOIS', 'LOUIS', 'KAMARA', 'DIALLO',
              'TRAORE', 'TOURE', 'KEITA', 'DIARRA', 'SAMPAIO', 'JORDAN', 'CHAD', 'GEORGIA', 'LAKE', 'HILL',
              'WOOD', 'HOPE', 'LOVE', 'ROSE', 'RICE', 'CASH', 'GOLD', 'BELL', 'HUNT', 'BANKS', 'STONE', 'PRICE'}


def title_token(tok, first):
    if tok in ROMAN:
        return tok
    parts = tok.split('-')
    out = []
    for i, p in enumerate(parts):
        low = p.lower()
        if not p:
            out.append(p)
            continue
        if low in PARTICLES and not (first and i == 0) and (i < len(parts) - 1 or len(parts) == 1):
            out.append(low)
            continue
        if low.startswith('mc') and len(low) > 3:
            out.append('Mc' + low[2:3].upper() + low[3:])
            continue
        if "'" in low and len(low) > 2 and low.index("'") == 1:
            out.append(low[0].upper() + "'" + low[2:3].upper() + low[3:])
            continue
        if low.endswith('.') and len(low) <= 3:  # initials V. / Jr.
            out.append(low[:1].upper() + low[1:])
            continue
        out.append(low[:1].upper() + low[1:])
    return '-'.join(out)


def title_name(s):
    toks = s.replace('_', ' ').split()
    return ' '.join(title_token(t, i == 0) for i, t in enumerate(toks))


def yymmdd(s):
    s = s.strip().lstrip('<>')
    if not s:
        return ''
    if len(s) == 8 and s.isdigit():
        y, m, d = int(s[:4]), int(s[4:6]), int(s[6:])
    elif len(s) == 6 and s.isdigit():
        yy = int(s[:2])
        y = 2000 + yy if yy <= 30 else 1900 + yy
        m, d = int(s[2:4]), int(s[4:])
    else:
        return ''
    m = m if 1 <= m <= 12 else 1
    d = d if 1 <= d <= 31 else 1
    return f'{y:04d}-{m:02d}-{d:02d}'


def with_fold(forms):
    out = []
    for f in forms:
        for v in (f, fold(f)):
            for w in sorted(apostrophe_variants(v)):
                if w not in out:
                    out.append(w)
    return out


def loose(name):
    """Comparison key for names: folded, lowercase, without particles al/el/ad and punctuation."""
    toks = re.split(r"[^a-z0-9]+", fold(name).lower())
    return ' '.join(t for t in toks if t and t not in ('al', 'el', 'ad', 'as', 'ash', 'an'))


def phoenix_role(name, aliases):
    text = ' | '.join([name] + aliases).upper()
    found = {role for role, pat in ROLE_PATTERNS if pat.search(text)}
    if len(found) == 1:
        return found.pop()
    if not found and MINISTER_PATTERN.search(text):
        return 'minister'
    return 'other'


def build_actors(wc, iso2s, max_rows=30000):
    iso3 = {c['cca3']: k for k, c in wc.items()}
    iso3['KSV'] = 'XK'
    iso3['UNK'] = 'XK'

    # ---- hand list
    hand = []
    for r in read_extra('actors.tsv'):
        label = r['label']
        assert r['role'] in ROLES, r
        assert r['country'] == '' or r['country'] in iso2s, r
        for d in (r['start'], r['end']):
            assert d == '' or re.fullmatch(r'\d{4}-\d{2}-\d{2}', d), r
        names = with_fold([label] + split_forms(r['names']))
        short = with_fold(split_forms(r['short']))
        hand.append({'key': slug(label), 'label': label, 'names': names, 'short': short,
                     'country': r['country'], 'role': r['role'], 'start': r['start'], 'end': r['end'],
                     'src': 'hand'})
    hand_keys = {a['key'] for a in hand}
    hand_names = {loose(n) for a in hand for n in a['names']}

    # ---- Phoenix
    persons = defaultdict(list)  # (name) -> list of period dicts
    meta = {}
    with open(DATA / 'actors' / 'phoenix_countries_actors_parsed.tsv', encoding='utf-8') as f:
        prow = list(csv.DictReader(f, delimiter='\t', quoting=csv.QUOTE_NONE))
        elite = {r['name'].strip() for r in prow if r['code'][3:6] == 'ELI'}
        for r in prow:
            code = r['code']
            if len(code) < 6 or code[3:6] != 'GOV':
                continue
            s_raw, e_raw = r['start_yymmdd'].strip(), r['end_yymmdd'].strip()
            if not s_raw and not e_raw:
                continue          # undated entries are institutions or generic titles
            name = r['name'].strip()
            if INSTITUTION_WORDS.search(name) or len(name.split()) < 2 or not re.fullmatch(r"[A-Z .'\-]+", name):
                continue
            if s_raw.startswith('<'):
                start, end = '', yymmdd(s_raw)
            else:
                start, end = yymmdd(s_raw), yymmdd(e_raw)
            if end and end < '1990-01-01':
                continue
            cc = iso3.get(code[:3])
            if not cc:
                continue
            aliases = [a.strip() for a in r['aliases'].split('|') if a.strip()]
            persons[(name, cc)].append({'start': start, 'end': end, 'exact_gov': code == code[:3] + 'GOV',
                                        'sector': code[6:9]})
            meta[(name, cc)] = aliases

    cands = []
    for (name, cc), periods in persons.items():
        label = title_name(name)
        key = slug(label)
        if key in hand_keys or loose(label) in hand_names or any(loose(title_name(a)) in hand_names
                                                                 for a in meta[(name, cc)]):
            continue
        aliases = meta[(name, cc)]
        role = phoenix_role(name, aliases)
        if role == 'other' and all(p['sector'] in CABINET_SECTORS for p in periods):
            role = 'minister'   # CountryInfo lists cabinet members under a sector code (GOVAGR, GOVHLH...)
        full = [label]
        short = []
        for a in aliases:
            toks = a.split()
            if len(toks) == 1:
                if len(a) >= 3 and a not in SHORT_STOP and re.fullmatch(r"[A-Z][A-Z'\-]+", a):
                    short.append(title_name(a))
            elif not TITLE_WORDS.search(a) and re.fullmatch(r"[A-Z .'\-]+", a):
                full.append(title_name(a))
        # dedupe periods
        seen = set()
        uniq = []
        for p in sorted(periods, key=lambda p: (p['start'], p['end'])):
            k = (p['start'], p['end'])
            if k not in seen:
                seen.add(k)
                uniq.append(p)
        latest = max((p['end'] or '9999-12-31') for p in uniq)
        # priority: a clear top role; then leaders (CountryInfo gives national leaders both an ELI and a
        # plain GOV code); then people with aliases (well known); then cabinet ministers; then recency
        exact = any(p['exact_gov'] for p in uniq)
        score = (ROLE_SCORE[role] >= 3, exact and name in elite, bool(aliases), exact, role == 'minister',
                 int(latest[:4]))
        cands.append({'label': label, 'key': key, 'country': cc, 'role': role, 'names': with_fold(full),
                      'short': with_fold(short), 'periods': uniq[-3:], 'score': score, 'latest': latest})

    # leaders and top-role people without a listed surname alias get their last name token when no other
    # person (hand list or Phoenix candidate) shares it
    last_count = defaultdict(int)
    for c in cands:
        last_count[fold(c['label'].split()[-1]).lower()] += 1
    for a in hand:
        last_count[fold(a['label'].split()[-1]).lower()] += 1
    for c in cands:
        last = c['label'].split()[-1]
        if (not c['short'] and (c['score'][0] or c['score'][1]) and len(last) >= 4 and last[0].isupper()
                and last.upper() not in SHORT_STOP and last_count[fold(last).lower()] == 1 and '.' not in last):
            c['short'] = with_fold([last])

    # same slug in several countries -> suffix the country
    slug_cc = defaultdict(set)
    for c in cands:
        slug_cc[c['key']].add(c['country'])
    for c in cands:
        if len(slug_cc[c['key']]) > 1:
            c['key'] = f"{c['key']}-{c['country'].lower()}"

    cands.sort(key=lambda c: (tuple(-int(x) for x in c['score']), c['key']))
    # first pass: the latest period of as many people as possible; second pass: their earlier periods
    phoenix = []
    max_phoenix_rows = max_rows - len(hand)
    chosen = set()
    for c in cands:
        if len(phoenix) >= max_phoenix_rows:
            break
        chosen.add(c['key'])
        phoenix.append(dict(c, start=c['periods'][-1]['start'], end=c['periods'][-1]['end']))
    for c in cands:
        for p in c['periods'][:-1]:
            if c['key'] in chosen and len(phoenix) < max_phoenix_rows:
                phoenix.append(dict(c, start=p['start'], end=p['end']))

    # ---- short forms: a Phoenix surname shared with another person is dropped
    owners = defaultdict(set)
    for a in hand + phoenix:
        for s in a['short']:
            owners[s].add(a['key'])
    for a in phoenix:
        a['short'] = [s for s in a['short'] if len(owners[s]) == 1]

    rows = set()
    for a in hand + phoenix:
        rows.add((a['key'], a['label'], '|'.join(a['names']), '|'.join(a['short']), a['country'], a['role'],
                  a['start'], a['end']))
    rows = sorted(rows, key=lambda r: (r[0], r[6], r[7], r[5], r[4]))
    n_persons = len({r[0] for r in rows})
    return rows, len(hand), len(phoenix), n_persons


# --------------------------------------------------------------------------------------------
# Prolex cross-check (read only, nothing copied)
# --------------------------------------------------------------------------------------------


def prolex_check(form_rows):
    path = DATA / 'countries' / 'prolex' / 'Prolex-PaysCapitales.utf8.dic'
    lemmas = defaultdict(set)
    for ln in open(path, encoding='utf-8'):
        m = re.match(r'^([^,]+),([^.]*)\.A\+', ln)
        if m and '+Pays' in ln:
            lemmas[m.group(2)].add(m.group(1))
    ours = defaultdict(set)
    for iso2, lang, kind, form in form_rows:
        if lang == 'fr' and kind == 'adjective':
            ours[iso2].add(form)
    ours_all = {f for s in ours.values() for f in s}
    n = 0
    for lemma, forms in sorted(lemmas.items()):
        if lemma in ours_all:
            missing = sorted(forms - ours_all)
            if missing:
                n += 1
                print(f'prolex: {lemma}: forms not generated: {", ".join(missing)}', file=sys.stderr)
    print(f'prolex cross-check: {n} lemmas with differences', file=sys.stderr)


# --------------------------------------------------------------------------------------------


def build_places(wc, forms, actors):
    """Regions, states and cities of a country (Texas, Maidan Wardak, Christchurch, Alpes-Maritimes):
    the aliases of each country of Phoenix.Countries.actors.txt and the forms of
    gazetteer_extra/places.tsv that are no other form of a country, no first name of a known person
    (Phoenix), and name one country only. Kind `place`: evidence of a person's or an
    organisation's country in the words that describe it, never a speaker nor a target."""
    iso3 = {c['cca3']: k for k, c in wc.items()}
    taken = {fold(f) for (_, _, _, f) in forms}
    first = set()
    for a in actors:
        for name in a[2].split('|'):
            if name.split():
                first.add(fold(name.split()[0]))
    by_form = defaultdict(set)
    with open(DATA / 'actors' / 'phoenix_countries_actors_parsed.tsv', encoding='utf-8') as f:
        for r in csv.DictReader(f, delimiter='\t', quoting=csv.QUOTE_NONE):
            iso2 = iso3.get(r['code'].strip())
            if not iso2:
                continue
            for alias in r['aliases'].split('|'):
                alias = alias.strip()
                if len(alias) < 4 or not re.fullmatch(r"[A-Z][A-Z .\-]*[A-Z]", alias):
                    continue
                form = title_name(alias)
                words = form.split()
                if fold(form) in taken or (len(words) == 1 and fold(form) in first):
                    continue
                by_form[form].add(iso2)
    # Parley's own list (regions, départements, provinces and cities, mostly in French spelling)
    for r in read_extra('places.tsv'):
        form = r['form'].strip()
        if form and fold(form) not in taken:
            by_form[form].add(r['iso2'].strip())
    return sorted((next(iter(isos)), 'en', 'place', form)
                  for form, isos in by_form.items() if len(isos) == 1)


def build_combining():
    """The first parts of compound adjectives joining countries (franco-allemand, Sino-American):
    gazetteer_extra/combining.tsv. Kind `combining`: read only before a hyphen, never a word of its
    own (Franco is a name)."""
    return [(r['iso2'].strip(), r['lang'].strip(), 'combining', r['form'].strip())
            for r in read_extra('combining.tsv')]


def main():
    check = '--check' in sys.argv[1:]
    wc, cldr, cities, nat = load_sources()
    countries, forms, dropped = build_countries(wc, cldr, cities, nat)
    iso2s = {c[0] for c in countries}
    orgs = build_organisations(iso2s)
    actors, n_hand, n_phoenix, n_persons = build_actors(wc, iso2s)
    forms = sorted(forms + build_places(wc, forms, actors) + build_combining())

    gen = 'Generated by scripts/gen_gazetteer.py; do not edit by hand.'
    write_tsv(OUT / 'countries.tsv', [
        gen,
        'ISO 3166-1 alpha-2 code (plus XK Kosovo), common English and French short names.',
        'Sources: world-countries 5.1.0 (ODbL 1.0), Unicode CLDR 48 (Unicode-3.0), Parley hand overrides.',
    ], ['iso2', 'name_en', 'name_fr'], countries)
    write_tsv(OUT / 'country-forms.tsv', [
        gen,
        'Surface forms naming a country or its government. lang: fr or en. kind: name, adjective (all',
        'inflections; French lowercase), demonym (people noun, capitalised), capital (metonymy),',
        'seat (seat of government, e.g. Kremlin), place (a region, state or city: Texas, Christchurch;',
        'evidence of an actor\'s country, never a speaker). Forms are case-sensitive, without leading',
        'articles. A form that would name two countries is left out. Sources: world-countries 5.1.0',
        '(ODbL 1.0), Unicode CLDR 48 (Unicode-3.0), i18n-nationality 1.4.0 (MIT), Parley hand-curated',
        'lists; places: PETRARCH2 Phoenix.Countries.actors.txt (Open Event Data Alliance, MIT) and',
        'Parley hand-curated list (scripts/gazetteer_extra/places.tsv); combining (the first part of a',
        'compound of countries, read only before a hyphen: franco-allemand, Sino-American): Parley',
        'hand-curated list (scripts/gazetteer_extra/combining.tsv).',
    ], ['iso2', 'lang', 'kind', 'form'], forms)
    write_tsv(OUT / 'organisations.tsv', [
        gen,
        'International, national and media organisations, companies. country: ISO2, empty for international',
        'bodies. type: igo, government, ministry, agency, court, party, media, ngo, armed-group, company,',
        'police, platform. forms: |-separated, both languages, without leading articles. Source: Parley',
        'hand-curated list',
        '(scripts/gazetteer_extra/organisations.tsv).',
    ], ['key', 'label_en', 'label_fr', 'country', 'type', 'forms'], orgs)
    write_tsv(OUT / 'actors.tsv', [
        gen,
        'One row per (person, role period). names: full-name variants; short: surname forms that name the',
        'person alone (empty when too ambiguous). role: head of state, head of government, foreign minister,',
        'defence minister, spokesperson, secretary-general, minister, other. start/end: YYYY-MM-DD, empty',
        'when unknown or ongoing. Sources: Parley hand-curated list (scripts/gazetteer_extra/actors.tsv);',
        'PETRARCH2 Phoenix.Countries.actors.txt (Open Event Data Alliance, MIT), government codes,',
        'periods ending in 1990 or later, role guessed from the Phoenix aliases (other when unclear).',
    ], ['key', 'label', 'names', 'short', 'country', 'role', 'start', 'end'], actors)

    if check:
        prolex_check(forms)
        for d in sorted(dropped):
            print('ambiguous form dropped: ' + '\t'.join(d), file=sys.stderr)

    kinds = defaultdict(int)
    for r in forms:
        kinds[r[2]] += 1
    print(f'ontology/countries.tsv      {len(countries)} rows')
    print(f'ontology/country-forms.tsv  {len(forms)} rows (' +
          ', '.join(f'{k} {kinds[k]}' for k in ['name', 'adjective', 'demonym', 'capital', 'seat', 'place', 'combining']) + ')')
    print(f'ontology/organisations.tsv  {len(orgs)} rows')
    print(f'ontology/actors.tsv         {len(actors)} rows ({n_persons} persons; hand {n_hand}, phoenix {n_phoenix})')


if __name__ == '__main__':
    main()
