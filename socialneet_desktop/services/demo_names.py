"""Word lists for the demo data: Italian names, places, organisations, resources, sentences.

Everything here is invented or generic; e-mail domains are reserved example domains.
"""

from __future__ import annotations

FEMALE_NAMES = (
    "Giulia", "Sofia", "Aurora", "Martina", "Chiara", "Francesca", "Sara", "Alessia", "Giorgia",
    "Federica", "Valentina", "Elisa", "Beatrice", "Noemi", "Arianna", "Ilaria", "Camilla",
    "Greta", "Matilde", "Gaia", "Anna", "Marta", "Silvia", "Laura", "Benedetta", "Rebecca",
    "Ludovica", "Irene", "Eleonora", "Serena", "Debora", "Veronica", "Lucrezia", "Asia",
    "Nicole", "Emma", "Agnese", "Rossella", "Bianca", "Zoe",
)  # fmt: skip
MALE_NAMES = (
    "Francesco", "Alessandro", "Lorenzo", "Matteo", "Leonardo", "Andrea", "Gabriele", "Riccardo",
    "Tommaso", "Edoardo", "Davide", "Federico", "Giuseppe", "Marco", "Luca", "Simone", "Stefano",
    "Niccolò", "Nicolò", "Mattia", "Diego", "Emanuele", "Samuele", "Pietro", "Giacomo", "Filippo",
    "Michele", "Daniele", "Antonio", "Paolo", "Giovanni", "Cristian", "Jacopo", "Elia", "Enea",
    "Mirko", "Fabrizio", "Valerio", "Gianmarco", "Sergio",
)  # fmt: skip
SURNAMES = (
    "Rossi", "Russo", "Ferrari", "Esposito", "Bianchi", "Romano", "Colombo", "Ricci", "Marino",
    "Greco", "Bruno", "Gallo", "Conti", "De Luca", "Mancini", "Costa", "Giordano", "Rizzo",
    "Lombardi", "Moretti", "Barbieri", "Fontana", "Santoro", "Mariani", "Rinaldi", "Caruso",
    "Ferrara", "Galli", "Martini", "Leone", "Longo", "Gentile", "Martinelli", "Vitale", "Serra",
    "Coppola", "De Santis", "D'Angelo", "D'Amico", "Dell'Orso", "Sant'Ambrogio", "Orsini",
    "Proietti", "Mattioli", "Sabatini", "Fabbri", "Santarelli", "Bellucci", "Cruciani", "Pace",
    "Paolucci", "Angelucci", "Mearelli", "Carloni", "Petrucci", "Francucci", "Rocchi", "Fiorucci",
    "Cantù", "Pirrò", "Canalì", "Mosè", "Nicolò", "Dell'Acqua", "Zucchini", "Valentini",
)  # fmt: skip

FOREIGN_PEOPLE = {
    # Belfiore code: (citizenship, female names, male names, surnames)
    "Z330": ("non_eu", ("Fatima", "Salma", "Imane"), ("Mohamed", "Youssef", "Amine"),
             ("El Amrani", "Benali", "Haddad", "Ouali")),
    "Z129": ("eu", ("Elena", "Ioana", "Andreea"), ("Andrei", "Mihai", "Ionuț"),
             ("Popescu", "Ionescu", "Dumitru", "Stan")),
    "Z100": ("non_eu", ("Klea", "Ersa", "Anisa"), ("Ardit", "Klodian", "Erion"),
             ("Hoxha", "Shehu", "Gjoka", "Leka")),
    "Z138": ("non_eu", ("Olena", "Iryna", "Kateryna"), ("Oleksandr", "Dmytro", "Andrii"),
             ("Kovalenko", "Shevchenko", "Bondarenko")),
    "Z343": ("non_eu", ("Awa", "Fatou", "Aminata"), ("Mamadou", "Ousmane", "Cheikh"),
             ("Diop", "Ndiaye", "Fall", "Sow")),
    "Z216": ("non_eu", ("Maria", "Joy", "Kristine"), ("Jose", "Mark", "Paolo"),
             ("Santos", "Reyes", "Cruz", "Bautista")),
}  # fmt: skip

# Italian municipalities outside the Terni province: Belfiore code -> (name, postal code).
OTHER_ITALIAN_TOWNS = {
    "H501": ("Roma", "00100"), "G478": ("Perugia", "06100"), "D653": ("Foligno", "06034"),
    "I921": ("Spoleto", "06049"), "H282": ("Rieti", "02100"), "M082": ("Viterbo", "01100"),
    "D704": ("Forlì", "47121"), "F839": ("Napoli", "80100"), "G273": ("Palermo", "90100"),
    "A662": ("Bari", "70100"), "F205": ("Milano", "20100"), "D612": ("Firenze", "50100"),
    "L219": ("Torino", "10100"), "A944": ("Bologna", "40100"), "E256": ("Gubbio", "06024"),
}  # fmt: skip
OTHER_BIRTHPLACES = tuple(OTHER_ITALIAN_TOWNS) + ("D704", "D704")  # Forlì more often
TERNI = "L117"

STREETS = (
    "Via Mazzini", "Corso Tacito", "Via Garibaldi", "Viale Brin", "Via Roma", "Piazza Europa",
    "Via Cavour", "Via del Rivo", "Viale Trento", "Via Narni", "Via Piemonte", "Corso Vecchio",
    "Via XX Settembre", "Via Turati", "Via dell'Aquila", "Largo Villa Glori", "Via Bramante",
    "Via San Valentino", "Via Battisti", "Strada di Collescipoli", "Via Flaminia",
)  # fmt: skip
EMAIL_DOMAINS = ("example.it", "esempio.it", "example.com", "posta.example.it")

STAFF = (
    ("Laura", "Mariani", "coordinator"), ("Paolo", "Santarelli", "operator"),
    ("Chiara", "Proietti", "operator"), ("Marco", "Bellucci", "tutor"),
    ("Silvia", "D'Angelo", "tutor"), ("Roberta", "Cruciani", "administration"),
    ("Giovanni", "Pace", "volunteer"), ("Elena", "Fiorucci", "operator"),
)  # fmt: skip
VISIT_STAFF_ROLES = ("operator", "tutor", "coordinator")

ORG_KINDS = {
    # kind: (weight, name templates, sector)
    "public_body": (10, ("Comune di {town}", "Centro per l'Impiego di {town}",
                         "Ufficio di Piano Zona Sociale di {town}"), "Pubblica amministrazione"),
    "aps": (8, ("APS {word}", "APS {town} Giovani", "Associazione {word} APS"), "Cultura"),
    "odv": (6, ("ODV {word}", "Volontari {word} ODV"), "Volontariato"),
    "social_cooperative": (9, ("Cooperativa Sociale {word}", "Coop. Sociale {word} a r.l."),
                           "Servizi sociali"),
    "foundation": (3, ("Fondazione {word}", "Fondazione Carit", "Fondazione {surname}"),
                   "Filantropia"),
    "enterprise": (14, ("Falegnameria {surname} snc", "Officina {surname} srl",
                        "Panificio {surname}", "Ceramiche {surname} & C. sas",
                        "Azienda Agricola {surname}", "Studio Grafico {word} srls"), "Artigianato"),
    "trade_association": (2, ("Consorzio Artigiani {town}", "Unione Commercianti {town}"),
                          "Rappresentanza"),
    "school": (4, ("Istituto di Istruzione Superiore Allievi-Sangallo",
                   "Liceo Scientifico {surname}", "Istituto Tecnico {surname}",
                   "Istituto Professionale di {town}"), "Istruzione"),
    "university": (1, ("Università degli Studi di Perugia – Polo di Terni",), "Istruzione"),
    "other": (2, ("Parrocchia di San {surname}", "Pro Loco {town}"), "Comunità"),
}  # fmt: skip
ORG_WORDS = (
    "Il Cammino", "La Rete", "Terni Giovani", "Il Ponte", "Nuovi Orizzonti", "La Cascata",
    "Arcobaleno", "Valnerina Viva", "L'Officina", "Il Germoglio", "Passo dopo Passo", "Alfa",
    "La Tela", "Semi di Comunità", "Fili d'Argento", "Il Faro", "Controvento", "L'Alveare",
)  # fmt: skip
PERSON_ROLES = (
    "Presidente", "Direttore", "Responsabile progetti", "Assessore alle politiche sociali",
    "Referente orientamento", "Titolare", "Segretaria", "Dirigente scolastico", "Educatore",
)  # fmt: skip

MEETING_TYPES = (
    ("bilateral", 40), ("focus_group", 15), ("info_day", 15), ("conference", 10),
    ("memorandum_signing", 8), ("other", 12),
)  # fmt: skip
ACTIVITY_CODES = ("2.3.1", "2.3.4", "2.3.8", "2.4.1", "3.1.2", "3.2.5", "4.1.1")
MEETING_TOPICS = (
    "Mappatura delle risorse inutilizzate del territorio", "Tirocini per giovani NEET",
    "Presentazione del Meeting Point", "Coprogettazione di percorsi di orientamento",
    "Riuso di locali comunali per attività giovanili", "Protocollo d'intesa sull'economia sociale",
    "Laboratori di artigianato digitale", "Rete per l'inserimento lavorativo",
)  # fmt: skip
MEETING_OUTCOMES = (
    "Interesse confermato; si attende una proposta scritta.",
    "Individuati due spazi da verificare con un sopralluogo.",
    "Disponibilità a ospitare un tirocinio nei prossimi mesi.",
    "Concordato un calendario di incontri congiunti.",
    "Firmato il protocollo d'intesa.", "Nessun esito concreto per ora.",
)  # fmt: skip
FOLLOW_UPS = (
    "Inviare la scheda del progetto.", "Organizzare un sopralluogo.",
    "Richiamare il referente a fine mese.", "Preparare la bozza di convenzione.", "",
)  # fmt: skip

RESOURCES = {
    # category: (titles, unit, quantity range, proposed use)
    "premises": (("Ex scuola elementare di {town}", "Locale commerciale sfitto in {street}",
                  "Magazzino comunale di {town}"), "m²", (40, 900),
                 "Spazio di coworking e laboratori per giovani"),
    "land": (("Terreno agricolo incolto {qty} ha", "Uliveto abbandonato {at_town}"), "ha", (1, 12),
             "Orto sociale e agricoltura di comunità"),
    "equipment": (("Macchinari da falegnameria dismessi", "Forno da ceramica",
                   "Postazioni PC ricondizionabili"), "pz", (1, 20), "Laboratorio di formazione"),
    "vehicles": (("Furgone Fiat Ducato 2012", "Pulmino 9 posti", "Ape Piaggio"), "pz", (1, 2),
                 "Trasporto sociale e consegne solidali"),
    "goods": (("Arredi da ufficio in buono stato", "Stock di tessuti", "Libri scolastici"), "pz",
              (10, 300), "Ridistribuzione a enti del terzo settore"),
    "food_surplus": (("Eccedenze di pane invenduto", "Frutta e verdura non commercializzata"),
                     "kg", (20, 400), "Emporio solidale"),
    "energy_surplus": (("Eccedenza fotovoltaico capannone {town}",), "kWh", (500, 8000),
                       "Comunità energetica rinnovabile"),
    "volunteer_skills": (("Artigiano in pensione disponibile come mentore",
                          "Consulente disponibile per ore di tutoraggio"), "h", (10, 120),
                         "Affiancamento di giovani in bottega"),
    "other": (("Spazio verde attrezzato {at_town}",), "m²", (100, 3000), "Eventi all'aperto"),
}  # fmt: skip
RESOURCE_STATUSES = (("reported", 35), ("verified", 25), ("matched", 15), ("reused", 15),
                     ("withdrawn", 10))  # fmt: skip
RESOURCE_TERMS = ("free_loan", "rent", "donation", "shared_use", "other")
RESOURCE_CONDITIONS = ("excellent", "good", "fair", "needs_repair", "unusable")
RESOURCE_SOURCES = ("questionnaire", "field_visit", "focus_group", "report", "other")
SCHEDULES = ("Lun-ven 9-13", "Su appuntamento", "Fine settimana", "Tutti i giorni", "")

EDUCATION = (
    ("isced_0", 1), ("isced_1", 2), ("isced_2", 22), ("isced_3", 30), ("isced_3_vocational", 18),
    ("isced_4", 5), ("isced_5", 3), ("isced_6", 12), ("isced_7", 6), ("isced_8", 1),
)  # fmt: skip
LABOUR_STATUSES = (
    ("unemployed_seeking", 40), ("unemployed_not_seeking", 12), ("discouraged", 12),
    ("caring_for_family", 8), ("occasional_work", 14), ("student_dropout", 10), ("other", 4),
)  # fmt: skip
HEARD_FROM = (
    ("word_of_mouth", 30), ("social_media", 22), ("school", 8), ("employment_centre", 14),
    ("social_services", 8), ("event", 7), ("website", 5), ("press", 3), ("other", 3),
)  # fmt: skip
SECTORS = ("agri_food", "ict", "culture_tourism", "health_social", "alternative_energy", "other")
CONTACT_NOTES = (
    "Preferisce essere contattato/a via WhatsApp.", "Disponibile solo al mattino.",
    "Ha già svolto un tirocinio nel 2023.", "Interessato/a a corsi serali.",
    "Patente B, automunito/a.", "Necessita di supporto per lo SPID.",
)  # fmt: skip

VISIT_TYPES = ("orientation", "cv_branding", "skills_assessment", "job_search",
               "business_coaching", "training_enrolment", "other")  # fmt: skip
VISIT_SUMMARIES = {
    "first_reception": "Primo colloquio di accoglienza e presentazione dei servizi.",
    "orientation": "Colloquio di orientamento su interessi e obiettivi professionali.",
    "cv_branding": "Revisione del curriculum e del profilo LinkedIn.",
    "skills_assessment": "Bilancio delle competenze con scheda di autovalutazione.",
    "job_search": "Ricerca guidata di offerte di lavoro e candidature inviate.",
    "business_coaching": "Approfondimento dell'idea d'impresa e primo business model canvas.",
    "training_enrolment": "Iscrizione a un corso di formazione professionale.",
    "other": "Incontro di aggiornamento sul percorso.",
}
VISIT_OUTCOMES = (
    "Fissato un nuovo appuntamento.", "Consegnato materiale informativo.",
    "Inviato al Centro per l'Impiego.", "Candidatura inviata a due aziende.",
    "Curriculum completato.", "Percorso concluso positivamente.", "",
)  # fmt: skip

SETTINGS = {
    "association_name": "Associazione Artigiani Terni (demo)",
    "association_address": "Via Mazzini 12, 05100 Terni (TR)",
    "association_tax_code": "91000010552",
    "association_phone": "0744 400000",
    "association_email": "info@artigiani-terni.example.it",
    "project_name": "SocialNEET – Meeting Point Giovani",
    "project_code": "DEMO-0001",
    "funder_name": "Programma Interreg Europe (demo)",
    "privacy_notice_version": "1.1",
    "retention_months": 24,
    "backup_folder": "",
    "updated_by": "demo",
    "version": 1,
}

# Postal codes (CAP) of the Terni province, by municipality name; unknown names get none.
TERNI_POSTAL_CODES = {
    "Terni": "05100", "Acquasparta": "05021", "Allerona": "05011", "Alviano": "05020",
    "Amelia": "05022", "Arrone": "05031", "Attigliano": "05012", "Avigliano Umbro": "05020",
    "Baschi": "05023", "Calvi dell'Umbria": "05032", "Castel Giorgio": "05013",
    "Castel Viscardo": "05014", "Fabro": "05015", "Ferentillo": "05034", "Ficulle": "05016",
    "Giove": "05024", "Guardea": "05025", "Lugnano in Teverina": "05020",
    "Montecastrilli": "05026", "Montecchio": "05020", "Montefranco": "05030",
    "Montegabbione": "05010", "Monteleone d'Orvieto": "05017", "Narni": "05035",
    "Orvieto": "05018", "Otricoli": "05030", "Parrano": "05010", "Penna in Teverina": "05028",
    "Polino": "05030", "Porano": "05010", "San Gemini": "05029", "San Venanzo": "05010",
    "Stroncone": "05039",
}  # fmt: skip
