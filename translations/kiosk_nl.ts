<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl_NL">
<context>
    <name>ConfirmScreen</name>
    <message>
        <location filename="../kiosk/ui/confirm_screen.py" line="76"/>
        <source>Check and register</source>
        <translation>Nakijken en registreren</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/confirm_screen.py" line="77"/>
        <source>Register</source>
        <translation>Registreren</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/confirm_screen.py" line="78"/>
        <source>Sheet language</source>
        <translation>Taal van het infoblad</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/confirm_screen.py" line="79"/>
        <source>Nationality</source>
        <translation>Nationaliteit</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/confirm_screen.py" line="80"/>
        <source>People</source>
        <translation>Personen</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/confirm_screen.py" line="81"/>
        <source>Needs</source>
        <translation>Noden</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/confirm_screen.py" line="82"/>
        <source>Referrals given</source>
        <translation>Doorverwezen naar</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/confirm_screen.py" line="107"/>
        <location filename="../kiosk/ui/confirm_screen.py" line="111"/>
        <source>not chosen</source>
        <translation>niet gekozen</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/confirm_screen.py" line="121"/>
        <source>%1 in total</source>
        <translation>%1 in totaal</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/confirm_screen.py" line="125"/>
        <source>none</source>
        <translation>geen</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/confirm_screen.py" line="140"/>
        <source>Not registered. %1: %2</source>
        <translation>Niet geregistreerd. %1: %2</translation>
    </message>
</context>
<context>
    <name>DoneScreen</name>
    <message>
        <location filename="../kiosk/ui/done_screen.py" line="50"/>
        <source>Number of the day</source>
        <translation>Nummer van de dag</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/done_screen.py" line="51"/>
        <source>Next arrival</source>
        <translation>Volgende persoon</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/done_screen.py" line="63"/>
        <source>People registered: %1</source>
        <translation>Geregistreerde personen: %1</translation>
    </message>
</context>
<context>
    <name>FirstRun</name>
    <message>
        <location filename="../kiosk/ui/first_run.py" line="45"/>
        <source>the two PINs are not the same</source>
        <translation>de twee pincodes zijn niet gelijk</translation>
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
        <translation>Nationaliteit</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/nationality_screen.py" line="92"/>
        <source>Frequent this week</source>
        <translation>Vaak deze week</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/nationality_screen.py" line="93"/>
        <source>All nationalities</source>
        <translation>Alle nationaliteiten</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/nationality_screen.py" line="94"/>
        <source>Search: name or code</source>
        <translation>Zoeken: naam of code</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/nationality_screen.py" line="95"/>
        <source>No nationality matches. Try fewer letters.</source>
        <translation>Geen nationaliteit gevonden. Typ minder letters.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/nationality_screen.py" line="96"/>
        <source>Clear</source>
        <translation>Wissen</translation>
    </message>
</context>
<context>
    <name>NeedsScreen</name>
    <message>
        <location filename="../kiosk/ui/needs_screen.py" line="56"/>
        <source>Needs and referrals</source>
        <translation>Noden en doorverwijzingen</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/needs_screen.py" line="57"/>
        <source>Needs (tap all that apply)</source>
        <translation>Noden (tik alles aan wat past)</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/needs_screen.py" line="58"/>
        <source>Referrals given</source>
        <translation>Doorverwezen naar</translation>
    </message>
</context>
<context>
    <name>PartyScreen</name>
    <message>
        <location filename="../kiosk/ui/party_screen.py" line="117"/>
        <source>Who arrived together?</source>
        <translation>Wie kwam samen aan?</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/party_screen.py" line="118"/>
        <source>Age</source>
        <translation>Leeftijd</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/party_screen.py" line="119"/>
        <source>Sex</source>
        <translation>Geslacht</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/party_screen.py" line="120"/>
        <source>Remove this person</source>
        <translation>Deze persoon verwijderen</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/party_screen.py" line="147"/>
        <location filename="../kiosk/ui/party_screen.py" line="161"/>
        <source>Person %1</source>
        <translation>Persoon %1</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/party_screen.py" line="152"/>
        <source>People in this party: %1</source>
        <translation>Personen in deze groep: %1</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/party_screen.py" line="155"/>
        <source>Add a person</source>
        <translation>Persoon toevoegen</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/party_screen.py" line="156"/>
        <source>A party has at most %1 people</source>
        <translation>Maximaal %1 personen per groep</translation>
    </message>
</context>
<context>
    <name>PrintStatus</name>
    <message>
        <location filename="../kiosk/ui/print_status.py" line="39"/>
        <source>Print again</source>
        <translation>Opnieuw afdrukken</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/print_status.py" line="59"/>
        <source>The sheet for %1</source>
        <translation>het infoblad voor %1</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/print_status.py" line="60"/>
        <source>The meal tickets for %1</source>
        <translation>de maaltijdbonnen voor %1</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/print_status.py" line="68"/>
        <source>Printing</source>
        <translation>een document</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/print_status.py" line="69"/>
        <source>%1 did not print: %2.</source>
        <translation>Kon %1 niet afdrukken: %2.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/print_status.py" line="73"/>
        <source>%1 documents are waiting.</source>
        <translation>%1 documenten wachten.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/print_status.py" line="74"/>
        <source>The registration is saved; it will be tried again.</source>
        <translation>De registratie is bewaard; het afdrukken wordt opnieuw geprobeerd.</translation>
    </message>
</context>
<context>
    <name>SetupScreen</name>
    <message>
        <location filename="../kiosk/ui/setup_screen.py" line="144"/>
        <source>Set up this kiosk</source>
        <translation>Deze kiosk instellen</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/setup_screen.py" line="146"/>
        <source>First run: a coordinator fills this in once. The PIN protects the counts and the settings.</source>
        <translation>Eerste start: een coördinator vult dit één keer in. De pincode beschermt de tellingen en de instellingen.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/setup_screen.py" line="151"/>
        <source>PIN again</source>
        <translation>Pincode herhalen</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/setup_screen.py" line="152"/>
        <source>Lowercase letters, digits and dashes, e.g. brussels-centre</source>
        <translation>Kleine letters, cijfers en streepjes, bv. brussel-centrum</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/setup_screen.py" line="154"/>
        <source>6 to 12 digits, not easy to guess.</source>
        <translation>6 tot 12 cijfers, niet makkelijk te raden.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/setup_screen.py" line="155"/>
        <source>Set up</source>
        <translation>Instellen</translation>
    </message>
</context>
<context>
    <name>SoupCounterScreen</name>
    <message>
        <location filename="../kiosk/ui/soup_counter.py" line="102"/>
        <source>Soup counter</source>
        <translation>Soepbedeling</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/soup_counter.py" line="103"/>
        <source>Scan a meal ticket, or type its number and tap OK.</source>
        <translation>Scan een maaltijdbon, of typ het nummer en tik op OK.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/soup_counter.py" line="104"/>
        <location filename="../kiosk/ui/soup_counter.py" line="105"/>
        <source>Ticket code or number</source>
        <translation>Code of nummer van de bon</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/soup_counter.py" line="106"/>
        <source>Back</source>
        <translation>Terug</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/soup_counter.py" line="136"/>
        <source>This is not a meal ticket, or the code is damaged.</source>
        <translation>Dit is geen maaltijdbon, of de code is beschadigd.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/soup_counter.py" line="137"/>
        <source>This ticket was not made by this desk.</source>
        <translation>Deze bon komt niet van deze balie.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/soup_counter.py" line="138"/>
        <source>This ticket belongs to another site.</source>
        <translation>Deze bon hoort bij een andere locatie.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/soup_counter.py" line="139"/>
        <source>This ticket was for another day.</source>
        <translation>Deze bon was voor een andere dag.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/soup_counter.py" line="140"/>
        <source>No ticket with this number was handed out today.</source>
        <translation>Vandaag is geen bon met dit nummer uitgedeeld.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/soup_counter.py" line="141"/>
        <source>This ticket was already used.</source>
        <translation>Deze bon is al gebruikt.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/soup_counter.py" line="146"/>
        <source>Used at %1.</source>
        <translation>Gebruikt om %1.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/soup_counter.py" line="152"/>
        <source>Accepted: ticket %1</source>
        <translation>Aanvaard: bon %1</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/soup_counter.py" line="155"/>
        <source>Refused</source>
        <translation>Geweigerd</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/soup_counter.py" line="161"/>
        <source>Meals served today: %1</source>
        <translation>Maaltijden vandaag uitgedeeld: %1</translation>
    </message>
</context>
<context>
    <name>StartScreen</name>
    <message>
        <location filename="../kiosk/ui/start_screen.py" line="133"/>
        <source>Welcome</source>
        <translation>Welkom</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/start_screen.py" line="134"/>
        <source>Tap the language the arrival reads best.</source>
        <translation>Tik de taal aan die de nieuwkomer het best leest.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/start_screen.py" line="135"/>
        <source>Screen language:</source>
        <translation>Schermtaal:</translation>
    </message>
</context>
<context>
    <name>StepScreen</name>
    <message>
        <location filename="../kiosk/ui/step_screen.py" line="61"/>
        <source>Step %1 of %2</source>
        <translation>Stap %1 van %2</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/step_screen.py" line="63"/>
        <source>Back</source>
        <translation>Terug</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/step_screen.py" line="64"/>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/step_screen.py" line="65"/>
        <source>Next</source>
        <translation>Volgende</translation>
    </message>
</context>
<context>
    <name>TodayPanel</name>
    <message>
        <location filename="../kiosk/ui/today_panel.py" line="103"/>
        <source>Today</source>
        <translation>Vandaag</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/today_panel.py" line="104"/>
        <source>people</source>
        <translation>personen</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/today_panel.py" line="105"/>
        <source>parties</source>
        <translation>groepen</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/today_panel.py" line="106"/>
        <source>children</source>
        <translation>kinderen</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/today_panel.py" line="107"/>
        <source>People by language</source>
        <translation>Personen per taal</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/today_panel.py" line="108"/>
        <source>Nobody registered yet today.</source>
        <translation>Vandaag nog niemand geregistreerd.</translation>
    </message>
</context>
<context>
    <name>labels</name>
    <message>
        <location filename="../kiosk/ui/labels.py" line="17"/>
        <source>Female</source>
        <translation>Vrouw</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labels.py" line="18"/>
        <source>Male</source>
        <translation>Man</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labels.py" line="19"/>
        <source>Other</source>
        <translation>Anders</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labels.py" line="20"/>
        <source>Not said</source>
        <translation>Niet opgegeven</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labels.py" line="26"/>
        <source>0–4 years</source>
        <translation>0–4 jaar</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labels.py" line="27"/>
        <source>5–11 years</source>
        <translation>5–11 jaar</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labels.py" line="28"/>
        <source>12–17 years</source>
        <translation>12–17 jaar</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labels.py" line="29"/>
        <source>18–25 years</source>
        <translation>18–25 jaar</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labels.py" line="30"/>
        <source>26–59 years</source>
        <translation>26–59 jaar</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labels.py" line="31"/>
        <source>60 years or older</source>
        <translation>60 jaar of ouder</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labels.py" line="37"/>
        <source>Unaccompanied minor</source>
        <translation>Niet-begeleide minderjarige</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labels.py" line="38"/>
        <source>Pregnant</source>
        <translation>Zwanger</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labels.py" line="39"/>
        <source>Medical need</source>
        <translation>Medische nood</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labels.py" line="40"/>
        <source>Needs shelter tonight</source>
        <translation>Heeft vannacht opvang nodig</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labels.py" line="46"/>
        <source>Medical point</source>
        <translation>Medische post</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labels.py" line="47"/>
        <source>Legal aid</source>
        <translation>Juridische bijstand</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labels.py" line="48"/>
        <source>Info Point</source>
        <translation>Info Point</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labels.py" line="49"/>
        <source>Shelter</source>
        <translation>Noodopvang</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labels.py" line="50"/>
        <source>Guardianship service</source>
        <translation>Dienst Voogdij</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labels.py" line="51"/>
        <source>Humanitarian Hub</source>
        <translation>Humanitaire Hub</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labels.py" line="58"/>
        <source>Arabic</source>
        <translation>Arabisch</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labels.py" line="59"/>
        <source>Dari</source>
        <translation>Dari</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labels.py" line="60"/>
        <source>Pashto</source>
        <translation>Pasjtoe</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labels.py" line="61"/>
        <source>Tigrinya</source>
        <translation>Tigrinya</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labels.py" line="62"/>
        <source>French</source>
        <translation>Frans</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labels.py" line="63"/>
        <source>English</source>
        <translation>Engels</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labels.py" line="64"/>
        <source>Turkish</source>
        <translation>Turks</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labels.py" line="65"/>
        <source>Kurdish (Kurmanji)</source>
        <translation>Koerdisch (Kurmanci)</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labels.py" line="66"/>
        <source>Kurdish (Sorani)</source>
        <translation>Koerdisch (Sorani)</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labels.py" line="67"/>
        <source>Dutch</source>
        <translation>Nederlands</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labels.py" line="68"/>
        <source>Russian</source>
        <translation>Russisch</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labels.py" line="69"/>
        <source>Georgian</source>
        <translation>Georgisch</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labels.py" line="70"/>
        <source>Somali</source>
        <translation>Somalisch</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labels.py" line="71"/>
        <source>Spanish</source>
        <translation>Spaans</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labels.py" line="72"/>
        <source>Amharic</source>
        <translation>Amhaars</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labels.py" line="73"/>
        <source>Urdu</source>
        <translation>Urdu</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labels.py" line="81"/>
        <source>Stateless</source>
        <translation>Staatloos</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labels.py" line="83"/>
        <source>Unknown nationality</source>
        <translation>Nationaliteit onbekend</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labels.py" line="90"/>
        <source>Site id</source>
        <translation>Locatiecode</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labels.py" line="91"/>
        <source>Site name</source>
        <translation>Locatienaam</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labels.py" line="92"/>
        <source>Time zone</source>
        <translation>Tijdzone</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labels.py" line="93"/>
        <source>Coordinator PIN</source>
        <translation>Pincode coördinator</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labels.py" line="94"/>
        <source>Language</source>
        <translation>Taal</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labels.py" line="95"/>
        <source>Nationality</source>
        <translation>Nationaliteit</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labels.py" line="96"/>
        <source>People</source>
        <translation>Personen</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labels.py" line="97"/>
        <source>Person</source>
        <translation>Persoon</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labels.py" line="98"/>
        <source>Sex</source>
        <translation>Geslacht</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labels.py" line="99"/>
        <source>Age</source>
        <translation>Leeftijd</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labels.py" line="100"/>
        <source>Needs</source>
        <translation>Noden</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labels.py" line="101"/>
        <source>Referrals</source>
        <translation>Doorverwijzingen</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labels.py" line="102"/>
        <source>Idle time</source>
        <translation>Wachttijd bij inactiviteit</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labels.py" line="103"/>
        <source>Interface language</source>
        <translation>Schermtaal</translation>
    </message>
</context>
</TS>
