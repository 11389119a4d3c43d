"""The dashboard's words in English, Dutch and French (chosen per account)."""

WORDS: dict[str, tuple[str, str, str]] = {
    # key: (en, nl, fr)
    "title": ("Startpunt headquarters", "Startpunt hoofdzetel", "Startpunt siège"),
    "skip": ("Skip to content", "Naar de inhoud", "Aller au contenu"),
    "sign_in": ("Sign in", "Aanmelden", "Se connecter"),
    "sign_out": ("Sign out", "Afmelden", "Se déconnecter"),
    "name": ("Name", "Naam", "Nom"),
    "password": ("Password", "Wachtwoord", "Mot de passe"),
    "wrong": (
        "Name or password is not right.",
        "Naam of wachtwoord klopt niet.",
        "Nom ou mot de passe incorrect.",
    ),
    "locked": (
        "Too many wrong passwords: this account is locked for 15 minutes.",
        "Te veel foute wachtwoorden: dit account is 15 minuten vergrendeld.",
        "Trop de mots de passe erronés : ce compte est bloqué pendant 15 minutes.",
    ),
    "change_password": (
        "Change your password",
        "Wijzig je wachtwoord",
        "Changez votre mot de passe",
    ),
    "must_change": (
        "Choose your own password before you go on (at least 12 characters).",
        "Kies eerst je eigen wachtwoord (minstens 12 tekens).",
        "Choisissez d'abord votre propre mot de passe (au moins 12 caractères).",
    ),
    "current_password": ("Current password", "Huidig wachtwoord", "Mot de passe actuel"),
    "new_password": ("New password", "Nieuw wachtwoord", "Nouveau mot de passe"),
    "save": ("Save", "Opslaan", "Enregistrer"),
    "overview": ("Overview", "Overzicht", "Aperçu"),
    "sites": ("Sites", "Locaties", "Sites"),
    "tokens": ("Readers", "Lezers", "Lecteurs"),
    "accounts": ("Accounts", "Accounts", "Comptes"),
    "language": ("Language", "Taal", "Langue"),
    "period": ("Period", "Periode", "Période"),
    "from": ("From", "Van", "Du"),
    "to": ("To", "Tot", "Au"),
    "site": ("Site", "Locatie", "Site"),
    "all_sites": ("All sites", "Alle locaties", "Tous les sites"),
    "show": ("Show", "Toon", "Afficher"),
    "this_week": ("This week", "Deze week", "Cette semaine"),
    "last_30": ("Last 30 days", "Laatste 30 dagen", "30 derniers jours"),
    "this_year": ("This year", "Dit jaar", "Cette année"),
    "people": ("People", "Personen", "Personnes"),
    "parties": ("Parties", "Groepen", "Groupes"),
    "children": ("Children", "Kinderen", "Enfants"),
    "unaccompanied_minors": (
        "Unaccompanied minors (parties)",
        "Niet-begeleide minderjarigen (groepen)",
        "Mineurs non accompagnés (groupes)",
    ),
    "needs_shelter": (
        "Needs shelter (parties)",
        "Opvang nodig (groepen)",
        "Besoin d'hébergement (groupes)",
    ),
    "meals_served": ("Meals served", "Maaltijden", "Repas servis"),
    "sheets_printed": ("Sheets printed", "Blaadjes gedrukt", "Feuilles imprimées"),
    "per_day": ("People per day", "Personen per dag", "Personnes par jour"),
    "per_week": (
        "People per week (weeks start on Monday)",
        "Personen per week (vanaf maandag)",
        "Personnes par semaine (à partir du lundi)",
    ),
    "day": ("Day", "Dag", "Jour"),
    "week_of": ("Week of", "Week van", "Semaine du"),
    "per_site": ("Per site", "Per locatie", "Par site"),
    "breakdowns": ("Breakdowns, all sites", "Verdeling, alle locaties", "Répartition, tous sites"),
    "by_language": ("By language", "Per taal", "Par langue"),
    "by_nationality": ("By nationality", "Per nationaliteit", "Par nationalité"),
    "by_age_band": ("By age band", "Per leeftijdsgroep", "Par tranche d'âge"),
    "by_sex": ("By sex", "Per geslacht", "Par sexe"),
    "by_flag": ("By flag (parties)", "Per aandachtspunt (groepen)", "Par signalement (groupes)"),
    "by_referral": (
        "By referral (parties)",
        "Per doorverwijzing (groepen)",
        "Par orientation (groupes)",
    ),
    "category": ("Category", "Categorie", "Catégorie"),
    "count": ("Count", "Aantal", "Nombre"),
    "suppressed": ("suppressed", "afgeschermd", "masqué"),
    "at_least": ("at least {n}", "minstens {n}", "au moins {n}"),
    "suppressed_note": (
        "Small counts (1 to k−1) are suppressed at the desk. A sum that includes one shows "
        "“at least N”.",
        "Kleine aantallen (1 tot k−1) worden aan de balie afgeschermd. Een som die er een "
        "bevat toont „minstens N”.",
        "Les petits nombres (1 à k−1) sont masqués au guichet. Une somme qui en contient un "
        "affiche « au moins N ».",
    ),
    "download_csv": ("Download CSV", "CSV downloaden", "Télécharger CSV"),
    "download_xlsx": ("Download Excel", "Excel downloaden", "Télécharger Excel"),
    "last_packet": ("Last packet", "Laatste pakket", "Dernier paquet"),
    "last_contact": ("Last contact", "Laatste contact", "Dernier contact"),
    "days_missing": (
        "Days missing (period)",
        "Ontbrekende dagen (periode)",
        "Jours manquants (période)",
    ),
    "revoked": ("Revoked", "Ingetrokken", "Révoqué"),
    "active": ("Active", "Actief", "Actif"),
    "state": ("State", "Status", "État"),
    "revoke": ("Revoke", "Intrekken", "Révoquer"),
    "revoke_question": (
        "Revoke the token of {site}? Its desk can no longer send packets until it gets a new "
        "token; what it sent stays.",
        "Het token van {site} intrekken? De balie kan geen pakketten meer sturen tot ze een "
        "nieuw token krijgt; wat ze stuurde blijft.",
        "Révoquer le jeton de {site} ? Le guichet ne peut plus envoyer de paquets avant "
        "d'avoir un nouveau jeton ; ce qu'il a envoyé reste.",
    ),
    "cancel": ("Cancel", "Annuleren", "Annuler"),
    "never": ("never", "nooit", "jamais"),
    "waiting_to_close": (
        "Today: {n} packets waiting for their day to close (days are shown once closed).",
        "Vandaag: {n} pakketten wachten tot hun dag afgesloten is (een dag verschijnt pas "
        "als hij afgesloten is).",
        "Aujourd'hui : {n} paquets attendent la clôture de leur journée (une journée "
        "n'apparaît qu'une fois clôturée).",
    ),
    "role": ("Role", "Rol", "Rôle"),
    "added_on": ("Added on", "Toegevoegd op", "Ajouté le"),
    "add_account": ("Add an account", "Account toevoegen", "Ajouter un compte"),
    "add": ("Add", "Toevoegen", "Ajouter"),
    "unlock": ("Unlock", "Ontgrendelen", "Débloquer"),
    "reset_password": ("New password", "Nieuw wachtwoord", "Nouveau mot de passe"),
    "locked_state": ("Locked", "Vergrendeld", "Bloqué"),
    "one_time": (
        "One-time password for {name} (shown once; they choose their own at first sign-in):",
        "Eenmalig wachtwoord voor {name} (één keer getoond; bij de eerste aanmelding kiezen "
        "ze hun eigen):",
        "Mot de passe à usage unique pour {name} (affiché une fois ; à changer à la première "
        "connexion) :",
    ),
    "admin_actions": ("Admin log", "Beheerlogboek", "Journal d'administration"),
    "command_line": ("(command line)", "(opdrachtregel)", "(ligne de commande)"),
    "who": ("Who", "Wie", "Qui"),
    "action": ("Action", "Actie", "Action"),
    "target": ("Target", "Doel", "Cible"),
    "add_reader": ("Add a reader token", "Lezerstoken toevoegen", "Ajouter un jeton de lecteur"),
    "reader_token": (
        "Token for {name} (shown once):",
        "Token voor {name} (één keer getoond):",
        "Jeton pour {name} (affiché une fois) :",
    ),
    "nothing": (
        "No packets in this period.",
        "Geen pakketten in deze periode.",
        "Aucun paquet pour cette période.",
    ),
    "bad_period": (
        "Period: give two dates, the first not after the second, at most 366 days.",
        "Periode: geef twee datums, de eerste niet na de tweede, hoogstens 366 dagen.",
        "Période : deux dates, la première pas après la seconde, 366 jours au plus.",
    ),
    "chart_label": (
        "Bar chart of people per {unit}; the same numbers are in the table beside it.",
        "Staafdiagram van personen per {unit}; dezelfde cijfers staan in de tabel ernaast.",
        "Diagramme des personnes par {unit} ; les mêmes nombres sont dans le tableau à côté.",
    ),
    "unit_day": ("day", "dag", "jour"),
    "unit_week": ("week", "week", "semaine"),
    "total": ("Total", "Totaal", "Total"),
    "open_data": (
        "Arrivals at Startpunt, week by week",
        "Aankomsten bij Startpunt, week per week",
        "Arrivées à Startpunt, semaine par semaine",
    ),
    "public_intro": (
        "How many people the Startpunt desks received each week, all sites together.",
        "Hoeveel mensen de Startpunt-balies elke week ontvingen, alle locaties samen.",
        "Combien de personnes les guichets Startpunt ont accueillies chaque semaine, tous "
        "sites confondus.",
    ),
    "public_rules": (
        "Every figure is rounded to the nearest {round_to}; figures from 1 to {k_less} are not "
        "shown (“suppressed”). A week is shown {settle_days} days after it ends, and only "
        "when at least {min_sites} sites reported in it. “At least N”: part of it was "
        "suppressed at a desk.",
        "Elk cijfer is afgerond op {round_to}; cijfers van 1 tot {k_less} worden niet "
        "getoond („afgeschermd”). Een week verschijnt {settle_days} dagen na het einde, en "
        "alleen als minstens {min_sites} locaties erin rapporteerden. „Minstens N”: een deel "
        "werd aan een balie afgeschermd.",
        "Chaque nombre est arrondi à {round_to} près ; les nombres de 1 à {k_less} ne sont "
        "pas affichés (« masqué »). Une semaine paraît {settle_days} jours après sa fin, et "
        "seulement si au moins {min_sites} sites y ont envoyé leurs chiffres. « Au moins N » : "
        "une partie a été masquée à un guichet.",
    ),
    "public_weeks": ("Week by week", "Week per week", "Semaine par semaine"),
    "too_few_sites": (
        "not shown: too few sites",
        "niet getoond: te weinig locaties",
        "non affiché : trop peu de sites",
    ),
    "public_json": (
        "The same figures as JSON",
        "Dezelfde cijfers als JSON",
        "Les mêmes chiffres en JSON",
    ),
    "viewer": ("viewer", "lezer", "lecteur"),
    "admin": ("admin", "beheerder", "administrateur"),
}
LANGUAGE_NAMES = {"en": "English", "nl": "Nederlands", "fr": "Français"}
_INDEX = {"en": 0, "nl": 1, "fr": 2}


def word(key: str, language: str, **values: object) -> str:
    text = WORDS[key][_INDEX.get(language, 0)]
    return text.format(**values) if values else text
