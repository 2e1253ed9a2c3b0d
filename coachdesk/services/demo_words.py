"""The demo practice's vocabulary (see ``demo.py``): word and phrase lists, and the few helpers
that compose names and e-mail addresses from them. Kept apart so the generator stays short.

Everything here is invented: names are common first and last names, organisations are
fictional or generic public bodies, and the note fragments are composed freely. Placeholders in
phrases: ``{n}`` the client's (preferred) first name, ``{hij}`` / ``{zijn}`` the pronouns,
``{subject}``, ``{goal}``, ``{score}`` and ``{sessions}`` what the generator fills in.
"""

from __future__ import annotations

import random
import unicodedata

# --- people -------------------------------------------------------------------------------

# Name groups: (weight, male first names, female first names, surnames).
# Dutch surnames carry their tussenvoegsel; Polish surnames are (male, female) forms.
DUTCH_MALE = (
    "Jan", "Pieter", "Sander", "Thijs", "Daan", "Bram", "Joost", "Maarten", "Erik", "Ruud",
    "Koen", "Jeroen", "Bas", "Wouter", "Niels", "Tim", "Lars", "Stijn", "Mark", "Rik", "Gijs",
    "Hendrik", "Willem", "Dirk", "Frank", "Arjen", "Reinier", "Joris", "Sjoerd", "Hidde",
    "Floris", "Teun", "Michiel", "Ruben", "Jelle", "Sven", "Gerrit", "René", "Joël", "Raphaël",
)  # fmt: skip
DUTCH_FEMALE = (
    "Anne", "Marieke", "Sanne", "Lotte", "Femke", "Eva", "Inge", "Ingrid", "Karin", "Esther",
    "Lieke", "Marloes", "Anouk", "Saskia", "Ilse", "Linda", "Mirjam", "Petra", "Renée", "Noor",
    "Fleur", "Iris", "Joke", "Hanneke", "Daphne", "Roos", "Maaike", "Annemiek", "Wendy",
    "Chantal", "Ellen", "Judith", "Loes", "Evelien", "Zoë", "Anaïs", "Chloé", "Noëlle", "Ineke",
    "Floor", "Myrthe", "Danique",
)  # fmt: skip
# Formal names and the name people actually use (preferred_name).
FORMAL_NAMES = (
    ("Johannes", "Hans", "m"), ("Wilhelmus", "Wim", "m"), ("Cornelis", "Kees", "m"),
    ("Gerardus", "Gerard", "m"), ("Jacobus", "Koos", "m"), ("Hendrikus", "Henk", "m"),
    ("Adrianus", "Ad", "m"), ("Johanna", "Joke", "f"), ("Wilhelmina", "Willemijn", "f"),
    ("Cornelia", "Corrie", "f"), ("Maria", "Mieke", "f"), ("Catharina", "Karin", "f"),
    ("Elisabeth", "Liesbeth", "f"), ("Geertruida", "Truus", "f"),
)  # fmt: skip
DUTCH_SURNAMES = (
    ("", "Jansen"), ("de", "Jong"), ("de", "Vries"), ("van den", "Berg"), ("van", "Dijk"),
    ("", "Bakker"), ("", "Visser"), ("", "Smit"), ("", "Meijer"), ("de", "Boer"), ("", "Mulder"),
    ("de", "Groot"), ("", "Bos"), ("", "Vos"), ("", "Peters"), ("", "Hendriks"),
    ("van", "Leeuwen"), ("", "Dekker"), ("", "Brouwer"), ("de", "Wit"), ("", "Dijkstra"),
    ("", "Smits"), ("de", "Graaf"), ("van der", "Meer"), ("van der", "Linden"), ("", "Kok"),
    ("", "Jacobs"), ("de", "Haan"), ("", "Vermeulen"), ("van den", "Heuvel"), ("van der", "Veen"),
    ("van den", "Broek"), ("de", "Bruijn"), ("van der", "Heijden"), ("", "Schouten"),
    ("van", "Beek"), ("", "Willems"), ("van", "Vliet"), ("van de", "Ven"), ("", "Hoekstra"),
    ("", "Maas"), ("", "Verhoeven"), ("", "Koster"), ("van", "Dam"), ("van der", "Wal"),
    ("", "Prins"), ("", "Blom"), ("", "Huisman"), ("de", "Jonge"), ("", "Kuipers"),
    ("", "Post"), ("", "Kramer"), ("van den", "Brink"), ("", "Scholten"), ("van", "Wijk"),
    ("", "Postma"), ("", "Vink"), ("de", "Ruiter"), ("", "Timmermans"), ("ter", "Horst"),
    ("in 't", "Veld"), ("van 't", "Hof"), ("ten", "Cate"), ("op de", "Weegh"), ("", "Gerritsen"),
    ("van", "Oosterhout"), ("", "Hoogendoorn"), ("", "Zwartjes"), ("ter", "Steege"),
    ("van der", "Ploeg"), ("", "Boëseken"), ("", "Boukema"), ("", "Nieuwenhuis"),
)  # fmt: skip

OTHER_GROUPS: tuple[tuple[int, tuple[str, ...], tuple[str, ...], tuple[str, ...]], ...] = (
    (  # Turkish
        6,
        ("Mehmet", "Mustafa", "Emre", "Burak", "Şükrü", "Hüseyin", "Oğuz", "Kemal", "Murat",
         "Çağlar"),
        ("Ayşe", "Elif", "Zeynep", "Gülşen", "Özlem", "Büşra", "Fatma", "Derya", "Tuğba", "Esra"),
        ("Yılmaz", "Kaya", "Demir", "Şahin", "Çelik", "Öztürk", "Doğan", "Aydın", "Arslan", "Koç",
         "Yıldız", "Özdemir"),
    ),
    (  # Moroccan
        6,
        ("Mohammed", "Youssef", "Karim", "Said", "Hamza", "Bilal", "Rachid", "Mounir", "Ayoub"),
        ("Fatima", "Khadija", "Nadia", "Samira", "Imane", "Hanane", "Naima", "Latifa", "Salma"),
        ("El Amrani", "Benali", "El Idrissi", "Bouzid", "Tahiri", "Ait Ouali", "El Khattabi",
         "Ouahabi", "Azzouzi", "Boukhari"),
    ),
    (  # Surinamese
        5,
        ("Ravi", "Rajesh", "Dinesh", "Sunil", "Clyde", "Errol", "Romano", "Glenn", "Anand"),
        ("Sharmila", "Anita", "Priya", "Shanti", "Jennifer", "Sharon", "Gracia", "Rachna",
         "Kavita"),
        ("Ramdin", "Sewnath", "Jagesar", "Baldewsingh", "Kartosen", "Pinas", "Biswane",
         "Doelwijt", "Wongsodikromo", "Ramautar", "Soekhoe", "Sitaldin", "Kromodimedjo"),
    ),
    (  # Scandinavian
        2,
        ("Søren", "Bjørn", "Mikael", "Anders", "Jörgen", "Håkan", "Eirik"),
        ("Åsa", "Sigrid", "Kirsten", "Linnéa", "Maja", "Astrid", "Solveig"),
        ("Øberg", "Lindqvist", "Johansson", "Sørensen", "Halvorsen", "Åberg", "Nyström", "Dahl"),
    ),
    (  # Hungarian
        1,
        ("László", "Gábor", "Zoltán", "Bálint"),
        ("Dorottya", "Ildikó", "Réka", "Zsófia"),
        ("Szőke", "Kovács", "Nagy", "Tóth", "Győri", "Horváth", "Fekete", "Szűcs"),
    ),
)  # fmt: skip
POLISH_WEIGHT = 4
POLISH_MALE = ("Łukasz", "Piotr", "Krzysztof", "Tomasz", "Paweł", "Michał", "Grzegorz", "Wojciech")
POLISH_FEMALE = ("Małgorzata", "Agnieszka", "Katarzyna", "Joanna", "Magdalena", "Dorota", "Ewa")
POLISH_SURNAMES = (
    ("Kowalski", "Kowalska"), ("Nowak", "Nowak"), ("Wiśniewski", "Wiśniewska"),
    ("Wójcik", "Wójcik"), ("Kamiński", "Kamińska"), ("Lewandowski", "Lewandowska"),
    ("Zieliński", "Zielińska"), ("Woźniak", "Woźniak"), ("Kozłowski", "Kozłowska"),
    ("Mazur", "Mazur"), ("Krawczyk", "Krawczyk"), ("Michalak", "Michalak"),
)  # fmt: skip
DUTCH_WEIGHT = 76

# Showcase clients that every demo contains (first, tussenvoegsel, last, gender): they exercise
# diacritics, tussenvoegsels and double-barrel names in search, sorting and PDFs.
SHOWCASE = (
    ("Şükrü", "van den", "Berg-Øberg", "f"),
    ("Małgorzata", "", "Kozłowska", "f"),
    ("Zoë", "in 't", "Veld", "f"),
    ("Anaïs", "ter", "Horst-Boëseken", "f"),
    ("Dorottya", "", "Szőke", "f"),
    ("Oğuz", "", "Doğan", "m"),
    ("Chloé", "de", "Vries-van Dijk", "f"),
)  # fmt: skip

# --- places and organisations -------------------------------------------------------------

# (city, postcode range low, high, weight): Utrecht and surroundings dominate.
CITIES = (
    ("Utrecht", 3511, 3585, 30), ("Amersfoort", 3811, 3829, 6), ("Zeist", 3701, 3709, 5),
    ("Nieuwegein", 3430, 3439, 5), ("Houten", 3991, 3995, 4), ("IJsselstein", 3401, 3404, 2),
    ("Woerden", 3441, 3449, 3), ("Hilversum", 1211, 1223, 3), ("Bilthoven", 3720, 3723, 2),
    ("Maarssen", 3601, 3608, 2), ("Amsterdam", 1011, 1109, 6), ("Rotterdam", 3011, 3089, 4),
    ("Den Haag", 2491, 2597, 3), ("Arnhem", 6811, 6846, 2), ("Den Bosch", 5211, 5236, 2),
    ("Culemborg", 4101, 4105, 2), ("Veenendaal", 3901, 3907, 2), ("Leiden", 2311, 2334, 1),
)  # fmt: skip
STREETS = (
    "Oudegracht", "Biltstraat", "Amsterdamsestraatweg", "Kerkstraat", "Dorpsstraat",
    "Stationsweg", "Lange Nieuwstraat", "Nachtegaalstraat", "Burgemeester Reigerstraat",
    "Prins Hendriklaan", "Julianalaan", "Hoofdstraat", "Molenweg", "Schoolstraat", "Parkweg",
    "Beatrixlaan", "Laan van Nieuw-Guinea", "Vleutenseweg", "Kanaalweg", "Wittevrouwenstraat",
    "Twijnstraat", "Lindelaan", "Van Limburg Stirumstraat", "Merelstraat", "Zonnebloemweg",
    "Eikenlaan", "Weverstede", "Sint Jacobsstraat", "Koningin Wilhelminalaan", "Brederodelaan",
)  # fmt: skip
LETTERS = "ABCDEFGHJKLMNPRTVWXZ"  # postcode letters; SA, SD and SS never occur this way
# Fictional employers and the domain their staff mail from.
EMPLOYERS = {
    "Zorggroep Rivierenland": "zorggroeprivierenland.nl",
    "Stichting Welzijn Midden-Nederland": "welzijnmn.nl",
    "De Boer Logistiek B.V.": "deboerlogistiek.nl",
    "TechNova B.V.": "technova.nl",
    "Vos & Partners Advocaten": "vospartners.nl",
    "Hogeschool Domstad": "hsdomstad.nl",
    "Gemeente Utrecht": "utrecht.nl",
    "Ziekenhuis Oudwijk": "oudwijkziekenhuis.nl",
    "Provincie Utrecht": "provincie-utrecht.nl",
    "Waterschap De Vallei": "wsdevallei.nl",
    "Bouwbedrijf Hendriks": "hendriksbouw.nl",
    "Koninklijke Haverkamp": "haverkamp.nl",
    "Verzekeraar Stichtse Poort": "stichtsepoort.nl",
    "Scholengroep Het Sticht": "hetsticht.nl",
    "Accountantskantoor Meijer & Smit": "meijersmit.nl",
    "Woningcorporatie Thuis aan de Vecht": "thuisaandevecht.nl",
    "Kinderopvang Kiekeboe": "kiekeboe-kinderopvang.nl",
    "Softwarehuis Pixelwerk": "pixelwerk.nl",
    "Politie Midden-Nederland": "politie-mn.nl",
    "Transportbedrijf Van Dam": "vandamtransport.nl",
    "Bibliotheek Lek & IJssel": "biblekijssel.nl",
    "Energiebedrijf Groenstroom": "groenstroom.nl",
    "Ingenieursbureau Dijkstra": "dijkstra-ingenieurs.nl",
    "Universiteit Domstad": "uni-domstad.nl",
}
ARBO_SERVICES = ("ArboNed", "Arbo Unie", "Zorg van de Zaak", "HumanCapitalCare")
MAIL_DOMAINS = (
    "gmail.com", "hotmail.com", "outlook.com", "ziggo.nl", "kpnmail.nl", "xs4all.nl", "live.nl",
    "icloud.com", "planet.nl", "hetnet.nl",
)  # fmt: skip
REFERRALS = (
    "Website", "Via werkgever", "Bedrijfsarts", "Mond-tot-mondreclame", "LinkedIn", "Oud-cliënt",
    "UWV", "Huisarts", "Noloc-register", "Google", "Netwerkbijeenkomst", "Collega-coach",
)  # fmt: skip
LOCATIONS = (
    ("Praktijk, Oudegracht 231 Utrecht", 55), ("Online (Teams)", 20), ("Online (Zoom)", 5),
    ("Wandelcoaching, Park Oog in Al", 10), ("Op locatie bij de werkgever", 10),
)  # fmt: skip
APPOINTMENT_REMARKS = (
    "Parkeerkaart klaarleggen.", "Cliënt neemt ingevulde vragenlijst mee.",
    "Graag 10 minuten eerder i.v.m. trein.", "Let op: andere spreekkamer.",
    "Laptop meenemen voor de loopbaantest.", "Bij regen binnen in de praktijk.",
)  # fmt: skip

# --- practice -----------------------------------------------------------------------------

PRACTICE = {
    "name": "Praktijk De Kompasroos",
    "coach_name": "Marieke van der Linden",
    "street": "Oudegracht 231",
    "postcode": "3511 NK",
    "city": "Utrecht",
    "country": "NL",
    "kvk": "71234567",
    "email": "info@dekompasroos.nl",
    "phone": "030 231 4567",
    "website": "https://www.dekompasroos.nl",
}

# --- trajectories -------------------------------------------------------------------------

# key: (title, weight, tags, sponsor kinds, goals, session themes, health-note probability)
THEMES: dict[str, tuple[str, int, tuple[str, ...], tuple[str, ...], tuple[str, ...],
                        tuple[str, ...], float]] = {
    "loopbaan": (
        "Loopbaancoaching", 28, ("loopbaan", "talent"), ("private", "employer", "employer"),
        ("Helderheid krijgen over de volgende stap in de loopbaan en een concreet actieplan"
         " opstellen.",
         "Eigen drijfveren en talenten in kaart brengen en vertalen naar passende functies.",
         "Onderzoeken of een overstap naar het onderwijs haalbaar en wenselijk is."),
        ("drijfveren", "talenten", "netwerken", "sollicitatiebrief", "de loopbaantest",
         "het toekomstbeeld", "kernkwaliteiten"),
        0.03,
    ),
    "reintegratie": (
        "Re-integratie tweede spoor", 16, ("re-integratie", "werkgeversopdracht"),
        ("uwv", "employer", "gemeente"),
        ("Binnen zes maanden duurzaam passend werk vinden buiten de huidige organisatie.",
         "Belastbaarheid opbouwen en een realistisch zoekprofiel maken voor het tweede spoor.",
         "Stap voor stap terugkeren naar werk, in afstemming met bedrijfsarts en werkgever."),
        ("belastbaarheid", "het zoekprofiel", "het plan van aanpak", "vacatures",
         "de opbouw van uren", "het gesprek met de werkgever"),
        0.25,
    ),
    "burnout": (
        "Burn-out preventie", 18, ("burn-out", "stress"), ("employer", "private"),
        ("Signalen van overbelasting eerder herkennen en grenzen leren aangeven.",
         "Weer energie krijgen van het werk en een gezond ritme vinden.",
         "Terugval voorkomen door een persoonlijk energieplan."),
        ("energiegevers en -vreters", "grenzen stellen", "herstel", "piekeren", "het werkritme",
         "perfectionisme"),
        0.35,
    ),
    "leiderschap": (
        "Leiderschapscoaching", 14, ("leiderschap", "werkgeversopdracht"), ("employer",),
        ("Groeien in de nieuwe rol als teamleider en leren delegeren.",
         "Een eigen, authentieke leiderschapsstijl ontwikkelen.",
         "Lastige gesprekken met medewerkers met meer vertrouwen voeren."),
        ("delegeren", "feedback geven", "de teamdynamiek", "het slechtnieuwsgesprek",
         "de eigen rol", "positie innemen"),
        0.02,
    ),
    "effectiviteit": (
        "Persoonlijke effectiviteit", 12, ("timemanagement",), ("private", "employer"),
        ("Meer overzicht en rust in de werkweek door bewuste keuzes.",
         "Assertiever worden in overleggen en de eigen mening laten horen."),
        ("prioriteiten", "nee zeggen", "de agenda", "assertiviteit", "focus"),
        0.05,
    ),
    "outplacement": (
        "Outplacement", 7, ("outplacement", "werkgeversopdracht"), ("employer",),
        ("Na de reorganisatie binnen vier maanden een nieuwe baan vinden.",
         "Het verlies van de oude functie verwerken en met energie verder zoeken."),
        ("het cv", "het netwerk", "sollicitatiegesprekken", "de arbeidsmarkt", "afscheid"),
        0.05,
    ),
    "balans": (
        "Werk-privébalans", 5, ("balans", "particulier"), ("private",),
        ("Werk en zorg voor de kinderen beter combineren zonder schuldgevoel.",
         "Ruimte maken voor rust en hobby's naast een drukke baan."),
        ("mantelzorg", "de thuissituatie", "rust", "afspraken thuis", "tijd voor jezelf"),
        0.15,
    ),
}  # fmt: skip
EXTRA_TAGS = ("online", "wandelcoaching", "zzp", "spoed", "hoger onderwijs", "zorg")
PRIVATE_PAYERS = ("Cliënt zelf", "Cliënt zelf", "O&O-fonds", "Cliënt zelf (deels werkgever)")

# --- notes ------------------------------------------------------------------------------

OPENINGS = (
    "{n} kwam vandaag wat later binnen en vertelde meteen over een drukke week.",
    "We begonnen met een korte terugblik op de vorige sessie.",
    "{n} zag er uitgerust uit en had zin in het gesprek.",
    "De sessie vond plaats in de tuin van de praktijk; dat gaf {n} zichtbaar rust.",
    "{n} had de huiswerkopdracht gedaan en had er veel aan gehad.",
    "Vandaag stond {subject} centraal.",
    "{n} opende met de opmerking dat het een wisselende periode is geweest.",
    "We liepen tijdens dit gesprek een ronde door het park; {n} praat makkelijker in beweging.",
    "{n} had een lijstje met vragen voorbereid over {subject}.",
    "Aan het begin van de sessie hebben we de agenda voor vandaag samen vastgesteld.",
)  # fmt: skip
GOALS = (
    "Doel van deze sessie: meer grip krijgen op {subject}.",
    "Doel: {n} wil aan het eind van het gesprek weten wat de eerste stap is rond {subject}.",
    "{n} formuleerde als doel voor vandaag: helder krijgen wat {hij} echt wil met {subject}.",
    "Het doel van vandaag was om {subject} concreet te maken.",
    "Sessiedoel: inzicht in wat {subject} voor {n} lastig maakt.",
)  # fmt: skip
REALITY_LEADS = (
    "Tijdens het gesprek werd duidelijk dat", "{n} gaf aan dat", "Het viel me op dat",
    "Uit de terugblik bleek dat", "We constateerden samen dat", "{n} vertelde dat",
    "Op de schaalvraag (1 tot 10) scoorde {n} een {score}; {hij} merkt dat",
    "In de huidige situatie is het zo dat",
    "Als we kijken naar de afgelopen weken, dan zien we dat",
)  # fmt: skip
REALITY_CLAUSES = (
    "{n} zich vaak verantwoordelijk voelt voor het werk van collega's.",
    "de werkdruk sinds de reorganisatie flink is toegenomen.",
    "{n} 's avonds moeilijk kan loslaten wat er op het werk is gebeurd.",
    "er weinig ruimte is om eigen ideeën in te brengen.",
    "{n} vooral energie krijgt van contact met mensen en van lesgeven.",
    "het gesprek met de leidinggevende beter ging dan verwacht.",
    "{n} de neiging heeft om eerst alles perfect te willen doen.",
    "{zijn} netwerk groter is dan {hij} zelf dacht.",
    "de afspraken van vorige keer grotendeels zijn nagekomen.",
    "{n} twijfelt tussen zekerheid en avontuur.",
    "het lastig is om nee te zeggen tegen extra projecten.",
    "{n} de laatste weken beter slaapt en meer ontspannen is.",
    "de thuissituatie op dit moment veel aandacht vraagt.",
    "{n} zich in het team niet altijd gehoord voelt.",
    "praten over {subject} meer emoties oproept dan {n} vooraf had verwacht.",
    "het contact met de werkgever constructief verloopt.",
    "er al twee sollicitatiegesprekken gepland staan.",
    "de vaste structuur van de dag {n} houvast geeft.",
    "{n} merkt dat {hij} in vergaderingen vaak de eerste is die een taak oppakt.",
    "de nieuwe leidinggevende andere verwachtingen heeft dan de vorige.",
    "{n} pas op vrijdagmiddag toekomt aan het werk dat {hij} zelf belangrijk vindt.",
    "er thuis weinig begrip is voor de keuzes die {n} wil maken.",
    "{n} sinds de vorige sessie al twee keer bewust een grens heeft aangegeven.",
    "het salaris een belangrijkere rol speelt in de afweging dan eerst gedacht.",
)  # fmt: skip
DEEPENING = (
    "Ik vroeg {n} wat {hij} zou doen als falen geen optie was; daar moest {hij} even over"
    " nadenken.",
    "Met de vraag 'wat wil je in plaats daarvan?' kwam er meer helderheid.",
    "We hebben een tijdlijn getekend van de afgelopen vijf jaar met de hoogte- en dieptepunten.",
    "Via de kernkwadranten van Ofman werd zichtbaar dat {zijn} zorgzaamheid soms doorslaat in"
    " betutteling.",
    "Toen ik terugvroeg naar een moment waarop het wel lukte, noemde {n} een project van vorig"
    " jaar.",
    "Een stoelenwissel hielp {n} om het gesprek met de leidinggevende van twee kanten te zien.",
    "Op de vraag wat een goede vriend zou adviseren, had {n} direct een antwoord.",
)  # fmt: skip
HOMEWORK = (
    "Huiswerk: de waardenlijst invullen en de top vijf meenemen.",
    "Huiswerk: drie succesverhalen uitschrijven volgens de STARR-methode.",
    "Huiswerk: een week lang bijhouden wat energie geeft en wat energie kost.",
    "Huiswerk: een brief aan jezelf schrijven over waar je over een jaar wilt staan.",
    "Huiswerk: feedback vragen aan drie mensen: waar ben ik goed in?",
)  # fmt: skip
NEXT_SESSION = (
    "Volgende keer starten we met de uitkomsten van het huiswerk.",
    "In de volgende sessie bespreken we de eerste stappen en wat daarbij in de weg zat.",
    "Volgende sessie: terugkijken op het gesprek met de leidinggevende.",
    "We spraken af de volgende sessie buiten te wandelen.",
)  # fmt: skip
OPTIONS_LEADS = (
    "Opties die we samen hebben verkend:", "Mogelijke stappen die {n} zelf bedacht:",
    "We brainstormden over mogelijkheden:", "Wat zou {n} kunnen doen? Genoemd werden:",
)  # fmt: skip
OPTION_ITEMS = (
    "een gesprek met de leidinggevende over de taakverdeling",
    "het netwerk actief benaderen via LinkedIn", "een dag meelopen bij een andere afdeling",
    "de agenda elke vrijdag voor de volgende week plannen",
    "een opleiding of cursus verkennen", "vaker een wandeling in de lunchpauze",
    "drie informatieve gesprekken voeren met mensen uit het vak",
    "een energielijstje bijhouden", "duidelijker aangeven wat wel en niet haalbaar is",
    "het cv herschrijven met de nadruk op resultaten",
    "een vast moment per week inplannen voor reflectie", "hulp vragen aan een collega",
    "een vacature-alert instellen", "de e-mail maar twee keer per dag lezen",
)  # fmt: skip
WILL_LEADS = (
    "{n} neemt zich voor om", "Als actie voor de komende weken besluit {n} om",
    "De afspraak is dat {n} probeert om", "Tot de volgende sessie gaat {n} oefenen om",
    "{n} committeert zich eraan om",
)  # fmt: skip
WILL_CLAUSES = (
    "elke dag een korte wandeling te maken.", "het gesprek met de leidinggevende aan te gaan.",
    "drie mensen uit het netwerk te benaderen.", "een energiedagboek bij te houden.",
    "de motivatiebrief af te ronden en naar mij te sturen.",
    "bij een nieuw verzoek eerst bedenktijd te vragen.", "de loopbaantest online in te vullen.",
    "twee avonden per week de laptop dicht te laten.", "feedback te vragen aan twee collega's.",
    "een concrete vacature uit te zoeken en te bespreken.",
)  # fmt: skip
REFLECTIONS = (
    "Observatie coach: {n} spreekt veel energieker als het over {subject} gaat.",
    "Mijn indruk is dat {n} meer kan dan {hij} zichzelf toestaat.",
    "Aandachtspunt voor mij: volgende keer meer doorvragen op {subject}.",
    "Ik merk dat {n} steeds beter verwoordt wat {hij} nodig heeft.",
    "Reflectie coach: de sfeer was open; de vraag over {subject} raakte iets.",
    "De scaling-oefening werkte goed; volgende keer inzetten bij {subject}.",
    "Hypothese: {zijn} perfectionisme staat de volgende stap in de weg.",
)  # fmt: skip
HEALTH = (
    "{n} vertelt dat de huisarts overspannenheid heeft vastgesteld.",
    "{n} slaapt sinds enkele weken slecht en gebruikt tijdelijk medicatie.",
    "Er is contact met de bedrijfsarts; {n} werkt momenteel 50% op arbeidstherapeutische basis.",
    "{n} is daarnaast onder behandeling bij een psycholoog voor angstklachten.",
    "{n} heeft last van hoofdpijn en concentratieproblemen na langere schermtijd.",
    "De fysiotherapeut adviseert {n} de belasting rustig op te bouwen.",
)  # fmt: skip
# (title, origin, body parts): short notes that are not session reports.
SHORT_NOTES = (
    ("Telefonisch contact", "coach",
     ("{n} belde om de volgende afspraak te verzetten.", "Kort gesproken over {subject}.",
      "Afgesproken dat {n} de vragenlijst alvast invult.")),
    ("Mail van cliënt", "provided",
     ("{n} stuurde een reflectie op de vorige sessie.", "{n} schrijft dat {subject} nog"
      " steeds door {zijn} hoofd gaat en dat de oefening met het energielijstje helpt.",
      "Antwoord gestuurd met een bevestiging van de volgende afspraak.")),
    ("Zelfreflectie cliënt", "provided",
     ("Door {n} ingevulde zelfreflectie:", "Wat ging goed: ik heb twee keer op tijd nee gezegd.",
      "Wat wil ik anders: minder piekeren over {subject}.",
      "Waar ben ik trots op: dat ik het gesprek met mijn leidinggevende ben aangegaan.")),
    ("Afstemming opdrachtgever", "coach",
     ("Kort overleg met de opdrachtgever over de voortgang, met toestemming van {n}.",
      "Alleen procesinformatie gedeeld: aantal sessies en globale voortgang, geen inhoud.")),
)  # fmt: skip
NO_SHOW_NOTE = (
    "Niet verschenen",
    "{n} is niet op de afspraak verschenen. Gebeld en ingesproken; {n} belde later terug en"
    " was de afspraak vergeten. Nieuwe afspraak ingepland.",
)
INTAKE_LINES = (
    "Intakegesprek met {n}. Hulpvraag: {goal}",
    "Aanleiding: {n} merkt al enige tijd dat {subject} veel aandacht vraagt.",
    "Werkervaring en achtergrond doorgenomen; {n} werkt sinds enkele jaren in de huidige rol.",
    "Werkwijze, vertrouwelijkheid en de privacyverklaring besproken; toestemming vastgelegd.",
    "Verwachtingen afgestemd: ongeveer {sessions} sessies, eens per twee weken.",
)  # fmt: skip
EVALUATION_LINES = (
    "Evaluatie van het traject met {n}.",
    "Terugblik op het doel: {goal}",
    "{n} geeft het traject een {score} en noemt vooral het werken aan {subject} waardevol.",
    "Wat {n} meeneemt: meer zelfinzicht en een concreet plan voor de komende maanden.",
    "Afgesproken dat {n} over drie maanden een follow-up mail krijgt.",
)  # fmt: skip

# --- tasks, consents, disclosures -------------------------------------------------------

# (title, days after trajectory start or None for "after the end", priority)
TASKS = (
    ("Intakeverslag uitwerken", 2, 2), ("Plan van aanpak sturen naar opdrachtgever", 7, 1),
    ("Loopbaantest klaarzetten", 10, 3), ("Tussenrapportage opstellen", 60, 1),
    ("Evaluatieformulier sturen", None, 2), ("Factuur versturen", None, 2),
    ("Follow-up mail sturen", None, 3), ("Terugbellen over vervolgafspraak", 30, 2),
    ("Artikel over grenzen stellen doorsturen", 20, 3),
)  # fmt: skip
TASK_NOTES = ("", "", "Zie sessieverslag.", "Afstemmen met opdrachtgever.", "Na akkoord cliënt.")
CONSENT_PURPOSES = {
    # Purpose keys as coachdesk.services.dossier.CONSENT_PURPOSES defines them; scope in Dutch.
    "health": ("special_category_data", "Gezondheidsgegevens, alleen voor zover nodig"),
    "feedback": ("share_with_sponsor", "Voortgang en aanwezigheid, geen inhoud"),
}
WITHDRAWAL_NOTES = (
    "Cliënt wil geen terugkoppeling meer na wisseling van leidinggevende.",
    "Ingetrokken per e-mail; opdrachtgever geïnformeerd dat er niets meer wordt gedeeld.",
)
DISCLOSURE_WHAT = (
    "Voortgangsrapportage (zonder medische gegevens)", "Aanwezigheidsoverzicht sessies",
    "Eindrapportage traject", "Tussenevaluatie en advies over vervolg",
)  # fmt: skip
DISCLOSURE_NOTES = {
    "consent": "Met toestemming van cliënt; alleen procesinformatie.",
    "explicit_consent": "Met uitdrukkelijke toestemming van cliënt; alleen wat nodig is.",
    "contract": "Op grond van de driepartijenovereenkomst; alleen procesinformatie.",
}
PDF_FOOTER = "Vertrouwelijk - alleen voor gebruik binnen het coachtraject."

# --- composing people -------------------------------------------------------------------

_GROUPS = ("nl", "pl", *range(len(OTHER_GROUPS)))
_GROUP_WEIGHTS = (DUTCH_WEIGHT, POLISH_WEIGHT, *(g[0] for g in OTHER_GROUPS))
_FORMAL = {g: [f for f in FORMAL_NAMES if f[2] == g] for g in ("m", "f")}
_FOLD = str.maketrans({"ł": "l", "Ł": "L", "ø": "o", "Ø": "O", "ı": "i", "æ": "ae", "ß": "ss"})


def ascii_fold(text: str) -> str:
    """'Şükrü Øberg' -> 'Sukru Oberg': e-mail addresses stay plain ASCII."""
    decomposed = unicodedata.normalize("NFKD", text.translate(_FOLD))
    return "".join(ch for ch in decomposed if ch.isascii())


def person(rng: random.Random) -> tuple[str, str, str, str, bool]:
    """First name, tussenvoegsel, last name, preferred name, female? from a weighted mix."""
    female = rng.random() < 0.62  # most coaching clients are women
    group = rng.choices(_GROUPS, _GROUP_WEIGHTS)[0]
    if group == "nl":
        first, preferred = rng.choice(DUTCH_FEMALE if female else DUTCH_MALE), ""
        if rng.random() < 0.08:
            first, preferred, _ = rng.choice(_FORMAL["f" if female else "m"])
        tv, last = rng.choice(DUTCH_SURNAMES)
        if female and rng.random() < 0.07:  # married: own name, then the partner's
            tv2, last2 = rng.choice(DUTCH_SURNAMES)
            last = f"{last}-{tv2} {last2}" if tv2 else f"{last}-{last2}"
        return first, tv, last, preferred, female
    if group == "pl":
        first = rng.choice(POLISH_FEMALE if female else POLISH_MALE)
        return first, "", rng.choice(POLISH_SURNAMES)[int(female)], "", female
    _, males, females, surnames = OTHER_GROUPS[int(group)]
    return rng.choice(females if female else males), "", rng.choice(surnames), "", female


def email(rng: random.Random, first: str, tv: str, last: str, org: str) -> str:
    """A plausible private or work address (ASCII-folded)."""
    given = ascii_fold(first).lower()
    family = ascii_fold(f"{tv}{last}").lower().replace(" ", "").replace("'", "")
    if org and rng.random() < 0.3:
        return f"{given[0]}.{family}@{EMPLOYERS[org]}"
    style = rng.randrange(3)
    local = (f"{given}.{family}", f"{given[0]}{family}", f"{given}{rng.randint(1, 99)}")[style]
    return f"{local}@{rng.choice(MAIL_DOMAINS)}"


# --- composing text -----------------------------------------------------------------------

_GROW = ("Doel", "Realiteit", "Opties", "Weg vooruit")


def fill(text: str, subs: dict[str, str]) -> str:
    """Replace the placeholders ({n}, {hij}, ...) in a composed text."""
    for key, value in subs.items():
        text = text.replace(key, value)
    return text


def _pairs(rng: random.Random, leads: tuple[str, ...], tails: tuple[str, ...], k: int) -> str:
    """k sentences, each a lead ('{n} gaf aan dat') and a tail; the name is said once only."""
    pairs = zip(rng.sample(leads, k), rng.sample(tails, k), strict=True)
    return " ".join(f"{a} {b.replace('{n}', '{hij}', 1) if '{n}' in a else b}" for a, b in pairs)


def session_report(
    rng: random.Random, subjects: tuple[str, ...], health_p: float
) -> tuple[str, str, bool, bool]:
    """Subject, body (with placeholders), health data?, GROW headings? of one session report.

    Sentences are drawn from the lists above in GROW order (goal, reality, options, way
    forward), framed by an opening and the coach's reflection: about 1 KB that reads plausibly.
    """
    subject, special, grow = rng.choice(subjects), rng.random() < health_p, rng.random() < 0.5
    reality = _pairs(rng, REALITY_LEADS, REALITY_CLAUSES, rng.randint(3, 4))
    if special:
        reality += " " + rng.choice(HEALTH)
    options = "; ".join(rng.sample(OPTION_ITEMS, rng.randint(2, 3)))
    will = _pairs(rng, WILL_LEADS, WILL_CLAUSES, rng.randint(1, 2))
    parts = [
        rng.choice(GOALS),
        f"{reality} {rng.choice(DEEPENING)}",
        f"{rng.choice(OPTIONS_LEADS)} {options}.",
        f"{will} {rng.choice(HOMEWORK)}",
    ]
    if grow:
        parts = [f"{heading}\n{part}" for heading, part in zip(_GROW, parts, strict=True)]
    closing = f"{rng.choice(REFLECTIONS)} {rng.choice(NEXT_SESSION)}"
    return subject, "\n\n".join([rng.choice(OPENINGS), *parts, closing]), special, grow
