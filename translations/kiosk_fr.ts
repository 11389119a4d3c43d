<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>ConfirmScreen</name>
    <message>
        <location filename="../kiosk/ui/confirm_screen.py" line="76"/>
        <source>Check and register</source>
        <translation>Vérifier et enregistrer</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/confirm_screen.py" line="77"/>
        <source>Register</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/confirm_screen.py" line="78"/>
        <source>Sheet language</source>
        <translation>Langue de la fiche</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/confirm_screen.py" line="79"/>
        <source>Nationality</source>
        <translation>Nationalité</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/confirm_screen.py" line="80"/>
        <source>People</source>
        <translation>Personnes</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/confirm_screen.py" line="81"/>
        <source>Needs</source>
        <translation>Besoins</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/confirm_screen.py" line="82"/>
        <source>Referrals given</source>
        <translation>Orientations données</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/confirm_screen.py" line="107"/>
        <location filename="../kiosk/ui/confirm_screen.py" line="111"/>
        <source>not chosen</source>
        <translation>non choisi</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/confirm_screen.py" line="121"/>
        <source>%1 in total</source>
        <translation>%1 au total</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/confirm_screen.py" line="125"/>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/confirm_screen.py" line="140"/>
        <source>Not registered. %1: %2</source>
        <translation>Non enregistré. %1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>DoneScreen</name>
    <message>
        <location filename="../kiosk/ui/done_screen.py" line="50"/>
        <source>Number of the day</source>
        <translation>Numéro du jour</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/done_screen.py" line="51"/>
        <source>Next arrival</source>
        <translation>Personne suivante</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/done_screen.py" line="63"/>
        <source>People registered: %1</source>
        <translation>Personnes enregistrées&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>FirstRun</name>
    <message>
        <location filename="../kiosk/ui/first_run.py" line="45"/>
        <source>the two PINs are not the same</source>
        <translation>les deux codes PIN ne sont pas identiques</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../kiosk/ui/main_window.py" line="102"/>
        <source>Startpunt Kiosk</source>
        <translation>Startpunt Kiosk</translation>
    </message>
</context>
<context>
    <name>NationalityScreen</name>
    <message>
        <location filename="../kiosk/ui/nationality_screen.py" line="91"/>
        <source>Nationality</source>
        <translation>Nationalité</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/nationality_screen.py" line="92"/>
        <source>Frequent this week</source>
        <translation>Fréquentes cette semaine</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/nationality_screen.py" line="93"/>
        <source>All nationalities</source>
        <translation>Toutes les nationalités</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/nationality_screen.py" line="94"/>
        <source>Search: name or code</source>
        <translation>Rechercher&#xa0;: nom ou code</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/nationality_screen.py" line="95"/>
        <source>No nationality matches. Try fewer letters.</source>
        <translation>Aucune nationalité trouvée. Tapez moins de lettres.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/nationality_screen.py" line="96"/>
        <source>Clear</source>
        <translation>Effacer</translation>
    </message>
</context>
<context>
    <name>NeedsScreen</name>
    <message>
        <location filename="../kiosk/ui/needs_screen.py" line="56"/>
        <source>Needs and referrals</source>
        <translation>Besoins et orientations</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/needs_screen.py" line="57"/>
        <source>Needs (tap all that apply)</source>
        <translation>Besoins (touchez tout ce qui s&apos;applique)</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/needs_screen.py" line="58"/>
        <source>Referrals given</source>
        <translation>Orientations données</translation>
    </message>
</context>
<context>
    <name>PartyScreen</name>
    <message>
        <location filename="../kiosk/ui/party_screen.py" line="117"/>
        <source>Who arrived together?</source>
        <translation>Qui est arrivé ensemble&#xa0;?</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/party_screen.py" line="118"/>
        <source>Age</source>
        <translation>Âge</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/party_screen.py" line="119"/>
        <source>Sex</source>
        <translation>Sexe</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/party_screen.py" line="120"/>
        <source>Remove this person</source>
        <translation>Retirer cette personne</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/party_screen.py" line="147"/>
        <location filename="../kiosk/ui/party_screen.py" line="161"/>
        <source>Person %1</source>
        <translation>Personne %1</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/party_screen.py" line="152"/>
        <source>People in this party: %1</source>
        <translation>Personnes dans ce groupe&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/party_screen.py" line="155"/>
        <source>Add a person</source>
        <translation>Ajouter une personne</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/party_screen.py" line="156"/>
        <source>A party has at most %1 people</source>
        <translation>Maximum %1 personnes par groupe</translation>
    </message>
</context>
<context>
    <name>PrintStatus</name>
    <message>
        <location filename="../kiosk/ui/print_status.py" line="39"/>
        <source>Print again</source>
        <translation>Réimprimer</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/print_status.py" line="59"/>
        <source>The sheet for %1</source>
        <translation>la fiche pour %1</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/print_status.py" line="60"/>
        <source>The meal tickets for %1</source>
        <translation>les tickets repas pour %1</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/print_status.py" line="68"/>
        <source>Printing</source>
        <translation>un document</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/print_status.py" line="69"/>
        <source>%1 did not print: %2.</source>
        <translation>Impossible d&apos;imprimer %1&#xa0;: %2.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/print_status.py" line="73"/>
        <source>%1 documents are waiting.</source>
        <translation>%1 documents en attente.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/print_status.py" line="74"/>
        <source>The registration is saved; it will be tried again.</source>
        <translation>L&apos;enregistrement est sauvegardé&#xa0;; l&apos;impression sera relancée.</translation>
    </message>
</context>
<context>
    <name>SetupScreen</name>
    <message>
        <location filename="../kiosk/ui/setup_screen.py" line="144"/>
        <source>Set up this kiosk</source>
        <translation>Configurer cette borne</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/setup_screen.py" line="146"/>
        <source>First run: a coordinator fills this in once. The PIN protects the counts and the settings.</source>
        <translation>Premier démarrage&#xa0;: la coordination remplit ceci une seule fois. Le code PIN protège les comptages et les réglages.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/setup_screen.py" line="151"/>
        <source>PIN again</source>
        <translation>Répéter le code PIN</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/setup_screen.py" line="152"/>
        <source>Lowercase letters, digits and dashes, e.g. brussels-centre</source>
        <translation>Minuscules, chiffres et tirets, p. ex. bruxelles-centre</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/setup_screen.py" line="154"/>
        <source>6 to 12 digits, not easy to guess.</source>
        <translation>6 à 12 chiffres, difficile à deviner.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/setup_screen.py" line="155"/>
        <source>Set up</source>
        <translation>Configurer</translation>
    </message>
</context>
<context>
    <name>SoupCounterScreen</name>
    <message>
        <location filename="../kiosk/ui/soup_counter.py" line="102"/>
        <source>Soup counter</source>
        <translation>Distribution de soupe</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/soup_counter.py" line="103"/>
        <source>Scan a meal ticket, or type its number and tap OK.</source>
        <translation>Scannez un ticket repas, ou tapez son numéro et touchez OK.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/soup_counter.py" line="104"/>
        <location filename="../kiosk/ui/soup_counter.py" line="105"/>
        <source>Ticket code or number</source>
        <translation>Code ou numéro du ticket</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/soup_counter.py" line="106"/>
        <source>Back</source>
        <translation>Retour</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/soup_counter.py" line="136"/>
        <source>This is not a meal ticket, or the code is damaged.</source>
        <translation>Ce n&apos;est pas un ticket repas, ou le code est abîmé.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/soup_counter.py" line="137"/>
        <source>This ticket was not made by this desk.</source>
        <translation>Ce ticket ne vient pas de ce guichet.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/soup_counter.py" line="138"/>
        <source>This ticket belongs to another site.</source>
        <translation>Ce ticket appartient à un autre site.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/soup_counter.py" line="139"/>
        <source>This ticket was for another day.</source>
        <translation>Ce ticket était pour un autre jour.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/soup_counter.py" line="140"/>
        <source>No ticket with this number was handed out today.</source>
        <translation>Aucun ticket avec ce numéro n&apos;a été distribué aujourd&apos;hui.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/soup_counter.py" line="141"/>
        <source>This ticket was already used.</source>
        <translation>Ce ticket a déjà été utilisé.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/soup_counter.py" line="146"/>
        <source>Used at %1.</source>
        <translation>Utilisé à %1.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/soup_counter.py" line="152"/>
        <source>Accepted: ticket %1</source>
        <translation>Accepté&#xa0;: ticket %1</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/soup_counter.py" line="155"/>
        <source>Refused</source>
        <translation>Refusé</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/soup_counter.py" line="161"/>
        <source>Meals served today: %1</source>
        <translation>Repas servis aujourd&apos;hui&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>StartScreen</name>
    <message>
        <location filename="../kiosk/ui/start_screen.py" line="133"/>
        <source>Welcome</source>
        <translation>Bienvenue</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/start_screen.py" line="134"/>
        <source>Tap the language the arrival reads best.</source>
        <translation>Touchez la langue que la personne lit le mieux.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/start_screen.py" line="135"/>
        <source>Screen language:</source>
        <translation>Écran&#xa0;:</translation>
    </message>
</context>
<context>
    <name>StepScreen</name>
    <message>
        <location filename="../kiosk/ui/step_screen.py" line="61"/>
        <source>Step %1 of %2</source>
        <translation>Étape %1 sur %2</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/step_screen.py" line="63"/>
        <source>Back</source>
        <translation>Retour</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/step_screen.py" line="64"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/step_screen.py" line="65"/>
        <source>Next</source>
        <translation>Suivant</translation>
    </message>
</context>
<context>
    <name>TodayPanel</name>
    <message>
        <location filename="../kiosk/ui/today_panel.py" line="103"/>
        <source>Today</source>
        <translation>Aujourd&apos;hui</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/today_panel.py" line="104"/>
        <source>people</source>
        <translation>personnes</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/today_panel.py" line="105"/>
        <source>parties</source>
        <translation>groupes</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/today_panel.py" line="106"/>
        <source>children</source>
        <translation>enfants</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/today_panel.py" line="107"/>
        <source>People by language</source>
        <translation>Personnes par langue</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/today_panel.py" line="108"/>
        <source>Nobody registered yet today.</source>
        <translation>Personne n&apos;est encore enregistré aujourd&apos;hui.</translation>
    </message>
</context>
<context>
    <name>labels</name>
    <message>
        <location filename="../kiosk/ui/labels.py" line="17"/>
        <source>Female</source>
        <translation>Femme</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labels.py" line="18"/>
        <source>Male</source>
        <translation>Homme</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labels.py" line="19"/>
        <source>Other</source>
        <translation>Autre</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labels.py" line="20"/>
        <source>Not said</source>
        <translation>Non précisé</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labels.py" line="26"/>
        <source>0–4 years</source>
        <translation>0–4 ans</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labels.py" line="27"/>
        <source>5–11 years</source>
        <translation>5–11 ans</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labels.py" line="28"/>
        <source>12–17 years</source>
        <translation>12–17 ans</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labels.py" line="29"/>
        <source>18–25 years</source>
        <translation>18–25 ans</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labels.py" line="30"/>
        <source>26–59 years</source>
        <translation>26–59 ans</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labels.py" line="31"/>
        <source>60 years or older</source>
        <translation>60 ans ou plus</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labels.py" line="37"/>
        <source>Unaccompanied minor</source>
        <translation>Mineur non accompagné</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labels.py" line="38"/>
        <source>Pregnant</source>
        <translation>Enceinte</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labels.py" line="39"/>
        <source>Medical need</source>
        <translation>Besoin médical</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labels.py" line="40"/>
        <source>Needs shelter tonight</source>
        <translation>A besoin d&apos;un abri cette nuit</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labels.py" line="46"/>
        <source>Medical point</source>
        <translation>Point médical</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labels.py" line="47"/>
        <source>Legal aid</source>
        <translation>Aide juridique</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labels.py" line="48"/>
        <source>Info Point</source>
        <translation>Info Point</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labels.py" line="49"/>
        <source>Shelter</source>
        <translation>Hébergement d&apos;urgence</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labels.py" line="50"/>
        <source>Guardianship service</source>
        <translation>Service des Tutelles</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labels.py" line="51"/>
        <source>Humanitarian Hub</source>
        <translation>Hub humanitaire</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labels.py" line="58"/>
        <source>Arabic</source>
        <translation>Arabe</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labels.py" line="59"/>
        <source>Dari</source>
        <translation>Dari</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labels.py" line="60"/>
        <source>Pashto</source>
        <translation>Pachto</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labels.py" line="61"/>
        <source>Tigrinya</source>
        <translation>Tigrigna</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labels.py" line="62"/>
        <source>French</source>
        <translation>Français</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labels.py" line="63"/>
        <source>English</source>
        <translation>Anglais</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labels.py" line="64"/>
        <source>Turkish</source>
        <translation>Turc</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labels.py" line="65"/>
        <source>Kurdish (Kurmanji)</source>
        <translation>Kurde (kurmandji)</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labels.py" line="66"/>
        <source>Kurdish (Sorani)</source>
        <translation>Kurde (sorani)</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labels.py" line="67"/>
        <source>Dutch</source>
        <translation>Néerlandais</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labels.py" line="68"/>
        <source>Russian</source>
        <translation>Russe</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labels.py" line="69"/>
        <source>Georgian</source>
        <translation>Géorgien</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labels.py" line="70"/>
        <source>Somali</source>
        <translation>Somali</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labels.py" line="71"/>
        <source>Spanish</source>
        <translation>Espagnol</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labels.py" line="72"/>
        <source>Amharic</source>
        <translation>Amharique</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labels.py" line="73"/>
        <source>Urdu</source>
        <translation>Ourdou</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labels.py" line="81"/>
        <source>Stateless</source>
        <translation>Apatride</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labels.py" line="83"/>
        <source>Unknown nationality</source>
        <translation>Nationalité inconnue</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labels.py" line="90"/>
        <source>Site id</source>
        <translation>Code du site</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labels.py" line="91"/>
        <source>Site name</source>
        <translation>Nom du site</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labels.py" line="92"/>
        <source>Time zone</source>
        <translation>Fuseau horaire</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labels.py" line="93"/>
        <source>Coordinator PIN</source>
        <translation>Code PIN de la coordination</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labels.py" line="94"/>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labels.py" line="95"/>
        <source>Nationality</source>
        <translation>Nationalité</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labels.py" line="96"/>
        <source>People</source>
        <translation>Personnes</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labels.py" line="97"/>
        <source>Person</source>
        <translation>Personne</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labels.py" line="98"/>
        <source>Sex</source>
        <translation>Sexe</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labels.py" line="99"/>
        <source>Age</source>
        <translation>Âge</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labels.py" line="100"/>
        <source>Needs</source>
        <translation>Besoins</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labels.py" line="101"/>
        <source>Referrals</source>
        <translation>Orientations</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labels.py" line="102"/>
        <source>Idle time</source>
        <translation>Délai d&apos;inactivité</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labels.py" line="103"/>
        <source>Interface language</source>
        <translation>Langue de l&apos;écran</translation>
    </message>
</context>
</TS>
