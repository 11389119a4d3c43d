<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl_NL">
<context>
    <name>ConfirmScreen</name>
    <message>
        <location filename="../kiosk/ui/confirm_screen.py" line="151"/>
        <source>Check and register</source>
        <translation>Nakijken en registreren</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/confirm_screen.py" line="152"/>
        <source>Register</source>
        <translation>Registreren</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/confirm_screen.py" line="153"/>
        <source>Sheet language</source>
        <translation>Taal van het infoblad</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/confirm_screen.py" line="154"/>
        <source>Nationality</source>
        <translation>Nationaliteit</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/confirm_screen.py" line="155"/>
        <source>People</source>
        <translation>Personen</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/confirm_screen.py" line="156"/>
        <source>Needs</source>
        <translation>Noden</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/confirm_screen.py" line="157"/>
        <source>Referrals given</source>
        <translation>Doorverwezen naar</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/confirm_screen.py" line="158"/>
        <source>Tap a line to change it.</source>
        <translation>Tik op een regel om die te wijzigen.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/confirm_screen.py" line="189"/>
        <location filename="../kiosk/ui/confirm_screen.py" line="192"/>
        <source>not chosen</source>
        <translation>niet gekozen</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/confirm_screen.py" line="202"/>
        <source>%1 in total</source>
        <translation>%1 in totaal</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/confirm_screen.py" line="206"/>
        <source>none</source>
        <translation>geen</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/confirm_screen.py" line="217"/>
        <source>tap to change</source>
        <translation>tik om te wijzigen</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/confirm_screen.py" line="230"/>
        <source>Not registered. %1: %2</source>
        <translation>Niet geregistreerd. %1: %2</translation>
    </message>
</context>
<context>
    <name>CrashNotice</name>
    <message>
        <location filename="../kiosk/ui/crash_recovery.py" line="74"/>
        <source>Something went wrong. The kiosk has started again at the first screen. Nothing half-done was saved.</source>
        <translation>Er ging iets mis. De kiosk is opnieuw gestart op het eerste scherm. Niets half afgewerkts werd bewaard.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/crash_recovery.py" line="78"/>
        <source>OK</source>
        <translation>OK</translation>
    </message>
</context>
<context>
    <name>DashboardScreen</name>
    <message>
        <location filename="../kiosk/ui/coordinator/dashboard_screen.py" line="265"/>
        <source>Dashboard</source>
        <translation>Overzicht</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/coordinator/dashboard_screen.py" line="266"/>
        <location filename="../kiosk/ui/coordinator/dashboard_screen.py" line="278"/>
        <source>Close the day</source>
        <translation>Dag afsluiten</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/coordinator/dashboard_screen.py" line="267"/>
        <source>Today&apos;s parties</source>
        <translation>Groepen van vandaag</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/coordinator/dashboard_screen.py" line="268"/>
        <source>Export</source>
        <translation>Exporteren</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/coordinator/dashboard_screen.py" line="269"/>
        <source>Settings</source>
        <translation>Instellingen</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/coordinator/dashboard_screen.py" line="270"/>
        <source>Lock</source>
        <translation>Vergrendelen</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/coordinator/dashboard_screen.py" line="271"/>
        <source>Close kiosk</source>
        <translation>Kiosk sluiten</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/coordinator/dashboard_screen.py" line="274"/>
        <source>Close today? Its counts are frozen, and its per-person rows are deleted after the retention time. Arrivals after closing are still counted.</source>
        <translation>Vandaag afsluiten? De tellingen liggen dan vast en de gegevens per persoon worden na de bewaartermijn gewist. Wie na het afsluiten aankomt, wordt nog altijd geteld.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/coordinator/dashboard_screen.py" line="279"/>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/coordinator/dashboard_screen.py" line="281"/>
        <source>people</source>
        <translation>personen</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/coordinator/dashboard_screen.py" line="282"/>
        <source>parties</source>
        <translation>groepen</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/coordinator/dashboard_screen.py" line="283"/>
        <source>children</source>
        <translation>kinderen</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/coordinator/dashboard_screen.py" line="284"/>
        <source>unaccompanied minors</source>
        <translation>niet-begeleide minderjarigen</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/coordinator/dashboard_screen.py" line="285"/>
        <source>need shelter tonight</source>
        <translation>opvang nodig vannacht</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/coordinator/dashboard_screen.py" line="286"/>
        <source>meals served</source>
        <translation>maaltijden uitgedeeld</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/coordinator/dashboard_screen.py" line="287"/>
        <source>sheets printed</source>
        <translation>infobladen afgedrukt</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/coordinator/dashboard_screen.py" line="291"/>
        <source>Today by hour (people)</source>
        <translation>Vandaag per uur (personen)</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/coordinator/dashboard_screen.py" line="292"/>
        <source>People per day, last 30 days</source>
        <translation>Personen per dag, laatste 30 dagen</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/coordinator/dashboard_screen.py" line="293"/>
        <source>People by</source>
        <translation>Personen per</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/coordinator/dashboard_screen.py" line="294"/>
        <source>Today</source>
        <translation>Vandaag</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/coordinator/dashboard_screen.py" line="295"/>
        <source>Last 30 days</source>
        <translation>30 dagen</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/coordinator/dashboard_screen.py" line="296"/>
        <source>Language of the sheet</source>
        <translation>Taal van het infoblad</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/coordinator/dashboard_screen.py" line="297"/>
        <source>Nationality</source>
        <translation>Nationaliteit</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/coordinator/dashboard_screen.py" line="298"/>
        <source>Age band</source>
        <translation>Leeftijdsgroep</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/coordinator/dashboard_screen.py" line="319"/>
        <source>people in %1 parties flagged &quot;needs shelter&quot; or referred to a shelter</source>
        <translation>personen in %1 groepen met &quot;heeft vannacht opvang nodig&quot; of doorverwezen naar opvang</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/coordinator/dashboard_screen.py" line="326"/>
        <source>Nobody registered yet today.</source>
        <translation>Vandaag nog niemand geregistreerd.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/coordinator/dashboard_screen.py" line="332"/>
        <location filename="../kiosk/ui/coordinator/dashboard_screen.py" line="352"/>
        <source>Nobody in the last 30 days.</source>
        <translation>Niemand in de laatste 30 dagen.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/coordinator/dashboard_screen.py" line="335"/>
        <source>Today is closed. Its counts are frozen.</source>
        <translation>Vandaag is afgesloten. De tellingen liggen vast.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/coordinator/dashboard_screen.py" line="346"/>
        <source>Nobody yet today.</source>
        <translation>Vandaag nog niemand.</translation>
    </message>
</context>
<context>
    <name>DoneScreen</name>
    <message>
        <location filename="../kiosk/ui/done_screen.py" line="140"/>
        <source>Number of the day</source>
        <translation>Nummer van de dag</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/done_screen.py" line="141"/>
        <source>Next arrival</source>
        <translation>Volgende persoon</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/done_screen.py" line="142"/>
        <source>Print again</source>
        <translation>Opnieuw afdrukken</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/done_screen.py" line="143"/>
        <source>Undo</source>
        <translation>Ongedaan maken</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/done_screen.py" line="144"/>
        <source>Undo registration</source>
        <translation>Ja, ongedaan maken</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/done_screen.py" line="145"/>
        <source>Keep it</source>
        <translation>Behouden</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/done_screen.py" line="169"/>
        <source>People registered: %1</source>
        <translation>Geregistreerde personen: %1</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/done_screen.py" line="199"/>
        <source>Undo registration %1? It will not be counted.</source>
        <translation>Registratie %1 ongedaan maken? Ze telt dan niet mee.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/done_screen.py" line="208"/>
        <source>The sheet and meal tickets are printed again.</source>
        <translation>Het infoblad en de maaltijdbonnen worden opnieuw afgedrukt.</translation>
    </message>
</context>
<context>
    <name>ExportScreen</name>
    <message>
        <location filename="../kiosk/ui/coordinator/export_screen.py" line="267"/>
        <source>Export counts</source>
        <translation>Tellingen exporteren</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/coordinator/export_screen.py" line="270"/>
        <source>Counts only, one row per day. Exact numbers: small ones can identify people, so keep the file safe.</source>
        <translation>Alleen tellingen, één rij per dag. Exacte aantallen: kleine aantallen kunnen personen herkenbaar maken, dus bewaar het bestand veilig.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/coordinator/export_screen.py" line="274"/>
        <source>Period</source>
        <translation>Periode</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/coordinator/export_screen.py" line="275"/>
        <source>Format</source>
        <translation>Formaat</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/coordinator/export_screen.py" line="276"/>
        <source>Language of the report</source>
        <translation>Taal van het rapport</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/coordinator/export_screen.py" line="277"/>
        <source>Folder</source>
        <translation>Map</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/coordinator/export_screen.py" line="280"/>
        <source>Today</source>
        <translation>Vandaag</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/coordinator/export_screen.py" line="281"/>
        <source>Yesterday</source>
        <translation>Gisteren</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/coordinator/export_screen.py" line="282"/>
        <source>Last 7 days</source>
        <translation>7 dagen</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/coordinator/export_screen.py" line="283"/>
        <source>Last 30 days</source>
        <translation>30 dagen</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/coordinator/export_screen.py" line="284"/>
        <source>This month</source>
        <translation>Deze maand</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/coordinator/export_screen.py" line="285"/>
        <source>Last month</source>
        <translation>Vorige maand</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/coordinator/export_screen.py" line="290"/>
        <source>CSV</source>
        <translation>CSV</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/coordinator/export_screen.py" line="291"/>
        <source>Excel (XLSX)</source>
        <translation>Excel</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/coordinator/export_screen.py" line="292"/>
        <source>PDF report</source>
        <translation>PDF</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/coordinator/export_screen.py" line="293"/>
        <source>Dutch</source>
        <translation>Nederlands</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/coordinator/export_screen.py" line="294"/>
        <source>French</source>
        <translation>Frans</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/coordinator/export_screen.py" line="295"/>
        <source>English</source>
        <translation>Engels</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/coordinator/export_screen.py" line="296"/>
        <source>From</source>
        <translation>Van</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/coordinator/export_screen.py" line="297"/>
        <source>To</source>
        <translation>Tot en met</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/coordinator/export_screen.py" line="298"/>
        <source>first day</source>
        <translation>de eerste dag</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/coordinator/export_screen.py" line="298"/>
        <source>last day</source>
        <translation>de laatste dag</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/coordinator/export_screen.py" line="300"/>
        <source>%1 one day earlier</source>
        <translation>Zet %1 een dag vroeger</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/coordinator/export_screen.py" line="303"/>
        <source>%1 one day later</source>
        <translation>Zet %1 een dag later</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/coordinator/export_screen.py" line="305"/>
        <source>Look for USB sticks again</source>
        <translation>Opnieuw USB-sticks zoeken</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/coordinator/export_screen.py" line="306"/>
        <source>Back</source>
        <translation>Terug</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/coordinator/export_screen.py" line="375"/>
        <source>Export</source>
        <translation>Exporteren</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/coordinator/export_screen.py" line="367"/>
        <source>Days: %1</source>
        <translation>Dagen: %1</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/coordinator/export_screen.py" line="375"/>
        <source>Exporting…</source>
        <translation>Bezig met exporteren…</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/coordinator/export_screen.py" line="386"/>
        <source>Choose a folder first (plug in a USB stick and tap the button below the list).</source>
        <translation>Kies eerst een map (steek een USB-stick in en tik op de knop onder de lijst).</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/coordinator/export_screen.py" line="414"/>
        <source>The file could not be written to %1: %2</source>
        <translation>Het bestand kon niet worden opgeslagen in %1: %2</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/coordinator/export_screen.py" line="423"/>
        <source>Saved to %1</source>
        <translation>Opgeslagen als %1</translation>
    </message>
</context>
<context>
    <name>KeyboardPanel</name>
    <message>
        <location filename="../kiosk/ui/on_screen_keyboard.py" line="208"/>
        <source>Done</source>
        <translation>Klaar</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/on_screen_keyboard.py" line="209"/>
        <source>Hide the keyboard</source>
        <translation>Het toetsenbord verbergen</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/on_screen_keyboard.py" line="212"/>
        <source>Space</source>
        <translation>Spatie</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/on_screen_keyboard.py" line="215"/>
        <source>Delete a character</source>
        <translation>Een teken wissen</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/on_screen_keyboard.py" line="217"/>
        <source>Enter</source>
        <translation>Enter</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/on_screen_keyboard.py" line="221"/>
        <source>Capital letter</source>
        <translation>Hoofdletter</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/on_screen_keyboard.py" line="226"/>
        <source>Letters</source>
        <translation>Letters</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/on_screen_keyboard.py" line="226"/>
        <source>Accents and signs</source>
        <translation>Accenten en tekens</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/on_screen_keyboard.py" line="232"/>
        <source>Switch to %1</source>
        <translation>Naar %1</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../kiosk/ui/main_window.py" line="308"/>
        <source>Close the kiosk?</source>
        <translation>De kiosk sluiten?</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/main_window.py" line="309"/>
        <source>Yes, close</source>
        <translation>Ja, sluiten</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/main_window.py" line="310"/>
        <source>No, stay open</source>
        <translation>Nee, open laten</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/main_window.py" line="328"/>
        <source>Startpunt Kiosk</source>
        <translation>Startpunt Kiosk</translation>
    </message>
</context>
<context>
    <name>NationalityPinRow</name>
    <message>
        <location filename="../kiosk/ui/coordinator/nationality_pin.py" line="68"/>
        <source>Search: name or code</source>
        <translation>Zoeken: naam of code</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/coordinator/nationality_pin.py" line="69"/>
        <source>Search a nationality</source>
        <translation>Een nationaliteit zoeken</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/coordinator/nationality_pin.py" line="71"/>
        <source>Automatic</source>
        <translation>Automatisch</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/coordinator/nationality_pin.py" line="101"/>
        <source>Pinned (%1 of %2): %3</source>
        <translation>Vastgezet (%1 van %2): %3</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/coordinator/nationality_pin.py" line="108"/>
        <source>Automatic: the most frequent of the last 7 days. Tap countries to pin.</source>
        <translation>Automatisch: de meest voorkomende van de laatste 7 dagen. Tik op landen om ze vast te zetten.</translation>
    </message>
</context>
<context>
    <name>NationalityScreen</name>
    <message>
        <location filename="../kiosk/ui/nationality_screen.py" line="108"/>
        <source>Nationality</source>
        <translation>Nationaliteit</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/nationality_screen.py" line="109"/>
        <source>Frequent this week</source>
        <translation>Vaak deze week</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/nationality_screen.py" line="110"/>
        <source>All nationalities</source>
        <translation>Alle nationaliteiten</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/nationality_screen.py" line="111"/>
        <source>Search: name or code</source>
        <translation>Zoeken: naam of code</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/nationality_screen.py" line="112"/>
        <source>Search a nationality</source>
        <translation>Een nationaliteit zoeken</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/nationality_screen.py" line="114"/>
        <source>No nationality matches. Try fewer letters.</source>
        <translation>Geen nationaliteit gevonden. Typ minder letters.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/nationality_screen.py" line="115"/>
        <source>Clear</source>
        <translation>Wissen</translation>
    </message>
</context>
<context>
    <name>NeedsScreen</name>
    <message>
        <location filename="../kiosk/ui/needs_screen.py" line="90"/>
        <source>Needs and referrals</source>
        <translation>Noden en doorverwijzingen</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/needs_screen.py" line="91"/>
        <source>Needs (tap all that apply)</source>
        <translation>Noden (tik alles aan wat past)</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/needs_screen.py" line="92"/>
        <source>Referrals given</source>
        <translation>Doorverwezen naar</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/needs_screen.py" line="126"/>
        <source>Under 18 and without an adult: mark as unaccompanied minor and refer to the guardianship service?</source>
        <translation>Jonger dan 18 en zonder volwassene: aanduiden als niet-begeleide minderjarige en doorverwijzen naar de Dienst Voogdij?</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/needs_screen.py" line="130"/>
        <source>Yes, mark and refer</source>
        <translation>Ja, aanduiden en doorverwijzen</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/needs_screen.py" line="133"/>
        <source>Marked as unaccompanied minor, referred to the guardianship service.</source>
        <translation>Aangeduid als niet-begeleide minderjarige, doorverwezen naar de Dienst Voogdij.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/needs_screen.py" line="135"/>
        <source>Done</source>
        <translation>Gedaan</translation>
    </message>
</context>
<context>
    <name>PartiesScreen</name>
    <message>
        <location filename="../kiosk/ui/coordinator/parties_screen.py" line="253"/>
        <source>Today&apos;s parties</source>
        <translation>Groepen van vandaag</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/coordinator/parties_screen.py" line="254"/>
        <source>Back</source>
        <translation>Terug</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/coordinator/parties_screen.py" line="255"/>
        <source>Void party</source>
        <translation>Groep schrappen</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/coordinator/parties_screen.py" line="256"/>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/coordinator/parties_screen.py" line="257"/>
        <source>Nobody registered yet today.</source>
        <translation>Vandaag nog niemand geregistreerd.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/coordinator/parties_screen.py" line="258"/>
        <source>Earlier</source>
        <translation>Vroeger</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/coordinator/parties_screen.py" line="259"/>
        <source>Later</source>
        <translation>Later</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/coordinator/parties_screen.py" line="322"/>
        <source>Parties %1–%2 of %3</source>
        <translation>Groepen %1–%2 van %3</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/coordinator/parties_screen.py" line="331"/>
        <source>Parties counted: %1</source>
        <translation>Groepen geteld: %1</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/coordinator/parties_screen.py" line="332"/>
        <source>People counted: %1</source>
        <translation>Personen geteld: %1</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/coordinator/parties_screen.py" line="336"/>
        <source>Voided: %1</source>
        <translation>Geschrapt: %1</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/coordinator/parties_screen.py" line="355"/>
        <source>Void party %1 (people: %2)? It stays in the list but is no longer counted, and its meal tickets are refused. Headquarters gets the corrected day.</source>
        <translation>Groep %1 (personen: %2) schrappen? Ze blijft in de lijst maar telt niet meer mee, en haar maaltijdbonnen worden geweigerd. Het hoofdkantoor krijgt de verbeterde dag.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/coordinator/parties_screen.py" line="372"/>
        <source>Party %1 is voided.</source>
        <translation>Groep %1 is geschrapt.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/coordinator/parties_screen.py" line="383"/>
        <source>Party %1&apos;s sheet and meal tickets are printed again.</source>
        <translation>Het infoblad en de maaltijdbonnen van groep %1 worden opnieuw afgedrukt.</translation>
    </message>
</context>
<context>
    <name>PartyRow</name>
    <message>
        <location filename="../kiosk/ui/coordinator/parties_screen.py" line="121"/>
        <source>Reprint</source>
        <translation>Opnieuw afdrukken</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/coordinator/parties_screen.py" line="122"/>
        <source>Void</source>
        <translation>Schrappen</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/coordinator/parties_screen.py" line="126"/>
        <source>1 person</source>
        <translation>1 persoon</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/coordinator/parties_screen.py" line="127"/>
        <source>%1 people</source>
        <translation>%1 personen</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/coordinator/parties_screen.py" line="133"/>
        <source>undone at the desk</source>
        <translation>ongedaan gemaakt aan de balie</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/coordinator/parties_screen.py" line="134"/>
        <source>by a coordinator</source>
        <translation>door een coördinator</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/coordinator/parties_screen.py" line="135"/>
        <source>Voided at %1, %2</source>
        <translation>Geschrapt om %1, %2</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/coordinator/parties_screen.py" line="139"/>
        <source>Meal tickets used: %1 of %2</source>
        <translation>Maaltijdbonnen gebruikt: %1 van %2</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/coordinator/parties_screen.py" line="143"/>
        <source>Typed in from paper: no tickets</source>
        <translation>Overgetikt van papier: geen bonnen</translation>
    </message>
</context>
<context>
    <name>PartyScreen</name>
    <message>
        <location filename="../kiosk/ui/party_screen.py" line="155"/>
        <source>Who arrived together?</source>
        <translation>Wie kwam samen aan?</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/party_screen.py" line="156"/>
        <source>Children</source>
        <translation>Kinderen</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/party_screen.py" line="157"/>
        <source>Adults</source>
        <translation>Volwassenen</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/party_screen.py" line="166"/>
        <source>One more: %1, %2</source>
        <translation>Eén meer: %1, %2</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/party_screen.py" line="169"/>
        <source>One fewer: %1, %2</source>
        <translation>Eén minder: %1, %2</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/party_screen.py" line="176"/>
        <source>Girls</source>
        <translation>Meisjes</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/party_screen.py" line="176"/>
        <source>Women</source>
        <translation>Vrouwen</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/party_screen.py" line="178"/>
        <source>Boys</source>
        <translation>Jongens</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/party_screen.py" line="178"/>
        <source>Men</source>
        <translation>Mannen</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/party_screen.py" line="180"/>
        <source>Other</source>
        <translation>Anders</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/party_screen.py" line="181"/>
        <source>Sex not said</source>
        <translation>Geslacht niet gezegd</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/party_screen.py" line="198"/>
        <source>Tap + for each person.</source>
        <translation>Tik op + voor elke persoon.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/party_screen.py" line="201"/>
        <source>Adults: %1 · Children: %2</source>
        <translation>Volwassenen: %1 · Kinderen: %2</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/party_screen.py" line="194"/>
        <source>People in this party: %1</source>
        <translation>Personen in deze groep: %1</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/party_screen.py" line="196"/>
        <source>A party has at most %1 people</source>
        <translation>Maximaal %1 personen per groep</translation>
    </message>
</context>
<context>
    <name>PinScreen</name>
    <message>
        <location filename="../kiosk/ui/coordinator/pin_screen.py" line="108"/>
        <source>Coordinator mode</source>
        <translation>Coördinatormodus</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/coordinator/pin_screen.py" line="110"/>
        <source>Type the coordinator PIN. It opens the counts, exports and settings.</source>
        <translation>Tik de pincode van de coördinator in. Die geeft toegang tot de tellingen, de export en de instellingen.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/coordinator/pin_screen.py" line="112"/>
        <source>Back</source>
        <translation>Terug</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/coordinator/pin_screen.py" line="113"/>
        <source>Delete a digit</source>
        <translation>Een cijfer wissen</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/coordinator/pin_screen.py" line="114"/>
        <source>Open coordinator mode</source>
        <translation>Coördinatormodus openen</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/coordinator/pin_screen.py" line="186"/>
        <source>%1 digits typed</source>
        <translation>%1 cijfers ingetikt</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/coordinator/pin_screen.py" line="198"/>
        <source>The PIN has at least %1 digits.</source>
        <translation>De pincode heeft minstens %1 cijfers.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/coordinator/pin_screen.py" line="210"/>
        <source>Too many wrong PINs. Coordinator mode is locked for 30 minutes, until %1. A forgotten PIN is reset on the machine with: kiosk reset-pin</source>
        <translation>Te veel foute pincodes. De coördinatormodus is 30 minuten vergrendeld, tot %1. Een vergeten pincode stelt u opnieuw in op de computer zelf met: kiosk reset-pin</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/coordinator/pin_screen.py" line="218"/>
        <source>%1 s</source>
        <translation>%1&#xa0;s</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/coordinator/pin_screen.py" line="220"/>
        <source>Wrong PIN. Wait %1 before the next try.</source>
        <translation>Foute pincode. Wacht %1 voor u opnieuw probeert.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/coordinator/pin_screen.py" line="224"/>
        <source>Wrong PIN. Tries left before a wait: %1.</source>
        <translation>Foute pincode. Pogingen voor u moet wachten: %1.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/coordinator/pin_screen.py" line="227"/>
        <source>Wrong PIN. Another wrong PIN makes you wait longer.</source>
        <translation>Foute pincode. Na nog een foute pincode moet u langer wachten.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/coordinator/pin_screen.py" line="229"/>
        <source>You can try again.</source>
        <translation>U kunt het opnieuw proberen.</translation>
    </message>
</context>
<context>
    <name>PrintStatus</name>
    <message>
        <location filename="../kiosk/ui/print_status.py" line="150"/>
        <source>Print again</source>
        <translation>Opnieuw afdrukken</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/print_status.py" line="151"/>
        <source>Dismiss</source>
        <translation>Sluiten</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/print_status.py" line="224"/>
        <source>A document did not print</source>
        <translation>Een document is niet afgedrukt</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/print_status.py" line="212"/>
        <source>The sheet for number %1 did not print.</source>
        <translation>Het blad voor nummer %1 is niet afgedrukt.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/print_status.py" line="213"/>
        <source>The meal tickets for number %1 did not print.</source>
        <translation>De maaltijdbonnen voor nummer %1 zijn niet afgedrukt.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/print_status.py" line="229"/>
        <source>The registration is saved; the kiosk tries again by itself.</source>
        <translation>De registratie is bewaard; de kiosk probeert het zelf opnieuw.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/print_status.py" line="231"/>
        <source>Technical detail: %1</source>
        <translation>Technisch detail: %1</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/print_status.py" line="152"/>
        <location filename="../kiosk/ui/print_status.py" line="235"/>
        <source>Less</source>
        <translation>Minder</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/print_status.py" line="152"/>
        <location filename="../kiosk/ui/print_status.py" line="235"/>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/print_status.py" line="228"/>
        <source>%1 documents are waiting.</source>
        <translation>%1 documenten wachten.</translation>
    </message>
</context>
<context>
    <name>PrinterRow</name>
    <message>
        <location filename="../kiosk/ui/coordinator/printer_row.py" line="131"/>
        <source>Look for printers again</source>
        <translation>Opnieuw printers zoeken</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/coordinator/printer_row.py" line="132"/>
        <source>Test print</source>
        <translation>Testafdruk</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/coordinator/printer_row.py" line="133"/>
        <source>Paper</source>
        <translation>Papier</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/coordinator/printer_row.py" line="134"/>
        <source>A4 sheets</source>
        <translation>A4-bladen</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/coordinator/printer_row.py" line="135"/>
        <source>Receipt roll (80 mm)</source>
        <translation>Bonrol (80 mm)</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/coordinator/printer_row.py" line="141"/>
        <location filename="../kiosk/ui/coordinator/printer_row.py" line="194"/>
        <source>Looking for printers…</source>
        <translation>Printers zoeken…</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/coordinator/printer_row.py" line="159"/>
        <source>default</source>
        <translation>standaard</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/coordinator/printer_row.py" line="161"/>
        <source>paused</source>
        <translation>gepauzeerd</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/coordinator/printer_row.py" line="165"/>
        <source>not found now</source>
        <translation>nu niet gevonden</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/coordinator/printer_row.py" line="167"/>
        <source>System printer %1</source>
        <translation>Systeemprinter %1</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/coordinator/printer_row.py" line="168"/>
        <source>PDF files in a folder</source>
        <translation>PDF-bestanden in een map</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/coordinator/printer_row.py" line="170"/>
        <source>Receipt printer (ESC/POS)</source>
        <translation>Bonprinter (ESC/POS)</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/coordinator/printer_row.py" line="196"/>
        <source>No printers found on this computer.</source>
        <translation>Geen printers gevonden op deze computer.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/coordinator/printer_row.py" line="198"/>
        <source>Tap the printer to use.</source>
        <translation>Tik op de printer die u wilt gebruiken.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/coordinator/printer_row.py" line="223"/>
        <source>Folder (empty: the kiosk&apos;s own folder)</source>
        <translation>Map (leeg: de eigen map van de kiosk)</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/coordinator/printer_row.py" line="226"/>
        <source>Connection, e.g. usb:0x04b8:0x0202 or network:192.168.1.50</source>
        <translation>Verbinding, bv. usb:0x04b8:0x0202 of network:192.168.1.50</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/coordinator/printer_row.py" line="272"/>
        <source>Choose a printer and its paper first.</source>
        <translation>Kies eerst een printer en het papier.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/coordinator/printer_row.py" line="275"/>
        <source>Startpunt Kiosk: test page</source>
        <translation>Startpunt Kiosk: testpagina</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/coordinator/printer_row.py" line="276"/>
        <source>If you can read this, the printer works.</source>
        <translation>Kunt u dit lezen, dan werkt de printer.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/coordinator/printer_row.py" line="280"/>
        <source>Printing a test page…</source>
        <translation>Testpagina wordt afgedrukt…</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/coordinator/printer_row.py" line="294"/>
        <source>The test page was sent to the printer (%1).</source>
        <translation>De testpagina is naar de printer gestuurd (%1).</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/coordinator/printer_row.py" line="300"/>
        <source>The test page did not print.</source>
        <translation>De testpagina is niet afgedrukt.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/coordinator/printer_row.py" line="301"/>
        <source>Technical detail: %1</source>
        <translation>Technisch detail: %1</translation>
    </message>
</context>
<context>
    <name>RegistrationFlow</name>
    <message>
        <location filename="../kiosk/ui/registration_flow.py" line="93"/>
        <source>Discard this registration?</source>
        <translation>Deze registratie weggooien?</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/registration_flow.py" line="94"/>
        <source>Yes, discard</source>
        <translation>Ja, weggooien</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/registration_flow.py" line="95"/>
        <source>No, keep it</source>
        <translation>Nee, bewaren</translation>
    </message>
</context>
<context>
    <name>SettingsScreen</name>
    <message>
        <location filename="../kiosk/ui/coordinator/settings_screen.py" line="278"/>
        <source>Settings</source>
        <translation>Instellingen</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/coordinator/settings_screen.py" line="285"/>
        <source>The PIN protects the counts and the settings. Changing it needs the old one; a forgotten PIN is reset on the machine with: kiosk reset-pin</source>
        <translation>De pincode beschermt de tellingen en de instellingen. Om hem te wijzigen hebt u de oude nodig; een vergeten pincode stelt u opnieuw in op de computer zelf met: kiosk reset-pin</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/coordinator/settings_screen.py" line="290"/>
        <source>Current PIN</source>
        <translation>Huidige pincode</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/coordinator/settings_screen.py" line="291"/>
        <source>New PIN (6 to 12 digits)</source>
        <translation>Nieuwe pincode (6 tot 12 cijfers)</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/coordinator/settings_screen.py" line="292"/>
        <source>New PIN again</source>
        <translation>Nieuwe pincode herhalen</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/coordinator/settings_screen.py" line="295"/>
        <source>Change the PIN</source>
        <translation>Pincode wijzigen</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/coordinator/settings_screen.py" line="296"/>
        <source>Back</source>
        <translation>Terug</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/coordinator/settings_screen.py" line="297"/>
        <source>Save changes</source>
        <translation>Wijzigingen opslaan</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/coordinator/settings_screen.py" line="337"/>
        <source>Not saved: %1. The reason is under each.</source>
        <translation>Niet opgeslagen: %1. De reden staat telkens eronder.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/coordinator/settings_screen.py" line="344"/>
        <source>Saved: %1</source>
        <translation>Opgeslagen: %1</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/coordinator/settings_screen.py" line="347"/>
        <source>Nothing was changed.</source>
        <translation>Er is niets gewijzigd.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/coordinator/settings_screen.py" line="359"/>
        <source>The PIN was changed.</source>
        <translation>De pincode is gewijzigd.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/coordinator/settings_screen.py" line="361"/>
        <source>Too many wrong PINs: try again later.</source>
        <translation>Te veel foute pincodes: probeer het later opnieuw.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/coordinator/settings_screen.py" line="363"/>
        <source>The current PIN is not right; nothing was changed.</source>
        <translation>De huidige pincode klopt niet; er is niets gewijzigd.</translation>
    </message>
</context>
<context>
    <name>SetupScreen</name>
    <message>
        <location filename="../kiosk/ui/setup_screen.py" line="174"/>
        <source>Set up this kiosk</source>
        <translation>Deze kiosk instellen</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/setup_screen.py" line="177"/>
        <source>First run: a coordinator fills this in once. The PIN protects the counts and the settings.</source>
        <translation>Eerste start: een coördinator vult dit één keer in. De pincode beschermt de tellingen en de instellingen.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/setup_screen.py" line="183"/>
        <source>PIN again</source>
        <translation>Pincode herhalen</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/setup_screen.py" line="188"/>
        <source>Lowercase letters, digits and dashes, e.g. brussels-centre</source>
        <translation>Kleine letters, cijfers en streepjes, bv. brussel-centrum</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/setup_screen.py" line="190"/>
        <source>6 to 12 digits, not easy to guess.</source>
        <translation>6 tot 12 cijfers, niet makkelijk te raden.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/setup_screen.py" line="191"/>
        <source>Set up</source>
        <translation>Instellen</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/setup_screen.py" line="198"/>
        <source>Screen language: %1</source>
        <translation>Schermtaal: %1</translation>
    </message>
</context>
<context>
    <name>SoupCounterScreen</name>
    <message>
        <location filename="../kiosk/ui/soup_counter.py" line="151"/>
        <source>Soup counter</source>
        <translation>Soepbedeling</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/soup_counter.py" line="158"/>
        <source>Back</source>
        <translation>Terug</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/soup_counter.py" line="204"/>
        <source>Ready: scan the next ticket.</source>
        <translation>Klaar: scan de volgende bon.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/soup_counter.py" line="218"/>
        <source>Accepted</source>
        <translation>Aanvaard</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/soup_counter.py" line="220"/>
        <source>Ticket %1 · meal %2 today</source>
        <translation>Bon %1 · maaltijd %2 vandaag</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/soup_counter.py" line="230"/>
        <source>Number %1</source>
        <translation>Nummer %1</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/soup_counter.py" line="242"/>
        <source>This is not a meal ticket, or the code is damaged.</source>
        <translation>Dit is geen maaltijdbon, of de code is beschadigd.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/soup_counter.py" line="243"/>
        <source>This ticket was not made by this desk.</source>
        <translation>Deze bon komt niet van deze balie.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/soup_counter.py" line="244"/>
        <source>This ticket belongs to another site.</source>
        <translation>Deze bon hoort bij een andere locatie.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/soup_counter.py" line="245"/>
        <source>This ticket was for another day.</source>
        <translation>Deze bon was voor een andere dag.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/soup_counter.py" line="246"/>
        <source>No ticket with this number was handed out today.</source>
        <translation>Vandaag is geen bon met dit nummer uitgedeeld.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/soup_counter.py" line="248"/>
        <source>Type the check code printed beside the ticket number too, e.g. 17‑K7R.</source>
        <translation>Typ ook de controlecode naast het bonnummer, bv. 17‑K7R.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/soup_counter.py" line="251"/>
        <source>The check code does not match this ticket number: look at the ticket again.</source>
        <translation>De controlecode past niet bij dit bonnummer: kijk de bon opnieuw na.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/soup_counter.py" line="253"/>
        <source>This ticket was already used.</source>
        <translation>Deze bon is al gebruikt.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/soup_counter.py" line="254"/>
        <source>This ticket&apos;s registration was voided.</source>
        <translation>De registratie van deze bon werd geschrapt.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/soup_counter.py" line="259"/>
        <source>Used at %1.</source>
        <translation>Gebruikt om %1.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/soup_counter.py" line="265"/>
        <source>Accepted: ticket %1</source>
        <translation>Aanvaard: bon %1</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/soup_counter.py" line="227"/>
        <location filename="../kiosk/ui/soup_counter.py" line="268"/>
        <source>Refused</source>
        <translation>Geweigerd</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/soup_counter.py" line="153"/>
        <source>Scan a meal ticket, or type its number and check code (e.g. 17‑K7R) and tap OK.</source>
        <translation>Scan een maaltijdbon, of typ het nummer en de controlecode (bv. 17‑K7R) en tik op OK.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/soup_counter.py" line="156"/>
        <location filename="../kiosk/ui/soup_counter.py" line="157"/>
        <source>Ticket code, or number and check code</source>
        <translation>Boncode, of nummer en controlecode</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/soup_counter.py" line="304"/>
        <source>Meals served today: %1</source>
        <translation>Maaltijden vandaag uitgedeeld: %1</translation>
    </message>
</context>
<context>
    <name>StartScreen</name>
    <message>
        <location filename="../kiosk/ui/start_screen.py" line="462"/>
        <source>Welcome</source>
        <translation>Welkom</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/start_screen.py" line="463"/>
        <source>Tap the language the arrival reads best.</source>
        <translation>Tik de taal aan die de nieuwkomer het best leest.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/start_screen.py" line="464"/>
        <source>Screen language:</source>
        <translation>Schermtaal:</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/start_screen.py" line="465"/>
        <location filename="../kiosk/ui/start_screen.py" line="466"/>
        <source>Soup counter</source>
        <translation>Soepbedeling</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/start_screen.py" line="467"/>
        <location filename="../kiosk/ui/start_screen.py" line="468"/>
        <source>Coordinator</source>
        <translation>Coördinator</translation>
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
    <name>StillThere</name>
    <message>
        <location filename="../kiosk/ui/still_there.py" line="46"/>
        <source>Still there?</source>
        <translation>Nog daar?</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/still_there.py" line="47"/>
        <source>Continue</source>
        <translation>Doorgaan</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/still_there.py" line="48"/>
        <source>At zero, this registration is cleared.</source>
        <translation>Bij nul wordt deze registratie gewist.</translation>
    </message>
</context>
<context>
    <name>SyncPanel</name>
    <message>
        <location filename="../kiosk/ui/sync_panel.py" line="50"/>
        <source>Headquarters</source>
        <translation>Hoofdzetel</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/sync_panel.py" line="51"/>
        <source>Sending…</source>
        <translation>Verzenden…</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/sync_panel.py" line="51"/>
        <source>Sync now</source>
        <translation>Nu synchroniseren</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/sync_panel.py" line="68"/>
        <source>Not connected. A coordinator can connect the kiosk.</source>
        <translation>Niet verbonden. Een coördinator kan de kiosk verbinden.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/sync_panel.py" line="74"/>
        <source>Nothing sent yet.</source>
        <translation>Nog niets verzonden.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/sync_panel.py" line="76"/>
        <source>Last sent: %1</source>
        <translation>Laatst verzonden: %1</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/sync_panel.py" line="79"/>
        <source>Days waiting: %1</source>
        <translation>Dagen in de wachtrij: %1</translation>
    </message>
</context>
<context>
    <name>TodayPanel</name>
    <message>
        <location filename="../kiosk/ui/today_panel.py" line="127"/>
        <source>Today</source>
        <translation>Vandaag</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/today_panel.py" line="128"/>
        <source>people</source>
        <translation>personen</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/today_panel.py" line="129"/>
        <source>parties</source>
        <translation>groepen</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/today_panel.py" line="130"/>
        <source>children</source>
        <translation>kinderen</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/today_panel.py" line="131"/>
        <source>People by language</source>
        <translation>Personen per taal</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/today_panel.py" line="132"/>
        <source>Nobody registered yet today.</source>
        <translation>Vandaag nog niemand geregistreerd.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/today_panel.py" line="158"/>
        <source>The clock says %1, before this kiosk was set up.</source>
        <translation>De klok zegt %1, vóór de ingebruikname van deze kiosk.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/today_panel.py" line="162"/>
        <source>The clock says %1, before the last registration (%2).</source>
        <translation>De klok zegt %1, vóór de laatste registratie (%2).</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/today_panel.py" line="168"/>
        <source>Registrations get the wrong day. Ask a coordinator to set the clock.</source>
        <translation>Registraties krijgen de verkeerde dag. Vraag een coördinator de klok juist te zetten.</translation>
    </message>
</context>
<context>
    <name>labels</name>
    <message>
        <location filename="../kiosk/ui/labels.py" line="21"/>
        <source>girl</source>
        <translation>meisje</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labels.py" line="22"/>
        <source>woman</source>
        <translation>vrouw</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labels.py" line="25"/>
        <source>boy</source>
        <translation>jongen</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labels.py" line="26"/>
        <source>man</source>
        <translation>man</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labels.py" line="28"/>
        <source>other sex</source>
        <translation>ander geslacht</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labels.py" line="29"/>
        <source>sex not said</source>
        <translation>geslacht niet gezegd</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labels.py" line="37"/>
        <source>Female</source>
        <translation>Vrouw</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labels.py" line="38"/>
        <source>Male</source>
        <translation>Man</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labels.py" line="39"/>
        <source>Other</source>
        <translation>Anders</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labels.py" line="40"/>
        <source>Not said</source>
        <translation>Niet opgegeven</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labels.py" line="46"/>
        <source>0–4 years</source>
        <translation>0–4 jaar</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labels.py" line="47"/>
        <source>5–11 years</source>
        <translation>5–11 jaar</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labels.py" line="48"/>
        <source>12–17 years</source>
        <translation>12–17 jaar</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labels.py" line="49"/>
        <source>18–25 years</source>
        <translation>18–25 jaar</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labels.py" line="50"/>
        <source>26–59 years</source>
        <translation>26–59 jaar</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labels.py" line="51"/>
        <source>60 years or older</source>
        <translation>60 jaar of ouder</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labels.py" line="57"/>
        <source>Unaccompanied minor</source>
        <translation>Niet-begeleide minderjarige</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labels.py" line="58"/>
        <source>Pregnant</source>
        <translation>Zwanger</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labels.py" line="59"/>
        <source>Medical need</source>
        <translation>Medische nood</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labels.py" line="60"/>
        <source>Needs shelter tonight</source>
        <translation>Heeft vannacht opvang nodig</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labels.py" line="66"/>
        <source>Medical point</source>
        <translation>Medische post</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labels.py" line="67"/>
        <source>Legal aid</source>
        <translation>Juridische bijstand</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labels.py" line="68"/>
        <source>Info Point</source>
        <translation>Info Point</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labels.py" line="69"/>
        <source>Shelter</source>
        <translation>Noodopvang</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labels.py" line="70"/>
        <source>Guardianship service</source>
        <translation>Dienst Voogdij</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labels.py" line="71"/>
        <source>Humanitarian Hub</source>
        <translation>Humanitaire Hub</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labels.py" line="78"/>
        <source>Arabic</source>
        <translation>Arabisch</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labels.py" line="79"/>
        <source>Dari</source>
        <translation>Dari</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labels.py" line="80"/>
        <source>Pashto</source>
        <translation>Pasjtoe</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labels.py" line="81"/>
        <source>Tigrinya</source>
        <translation>Tigrinya</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labels.py" line="82"/>
        <source>French</source>
        <translation>Frans</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labels.py" line="83"/>
        <source>English</source>
        <translation>Engels</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labels.py" line="84"/>
        <source>Turkish</source>
        <translation>Turks</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labels.py" line="85"/>
        <source>Kurdish (Kurmanji)</source>
        <translation>Koerdisch (Kurmanci)</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labels.py" line="86"/>
        <source>Kurdish (Sorani)</source>
        <translation>Koerdisch (Sorani)</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labels.py" line="87"/>
        <source>Dutch</source>
        <translation>Nederlands</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labels.py" line="88"/>
        <source>Russian</source>
        <translation>Russisch</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labels.py" line="89"/>
        <source>Georgian</source>
        <translation>Georgisch</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labels.py" line="90"/>
        <source>Somali</source>
        <translation>Somalisch</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labels.py" line="91"/>
        <source>Spanish</source>
        <translation>Spaans</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labels.py" line="92"/>
        <source>Amharic</source>
        <translation>Amhaars</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labels.py" line="93"/>
        <source>Urdu</source>
        <translation>Urdu</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labels.py" line="101"/>
        <source>Stateless</source>
        <translation>Staatloos</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labels.py" line="103"/>
        <source>Unknown nationality</source>
        <translation>Nationaliteit onbekend</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labels.py" line="110"/>
        <source>Site id</source>
        <translation>Locatiecode</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labels.py" line="111"/>
        <source>Site name</source>
        <translation>Locatienaam</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labels.py" line="112"/>
        <source>Time zone</source>
        <translation>Tijdzone</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labels.py" line="113"/>
        <source>Coordinator PIN</source>
        <translation>Pincode coördinator</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labels.py" line="115"/>
        <source>PIN again</source>
        <translation>Pincode herhalen</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labels.py" line="116"/>
        <source>Language</source>
        <translation>Taal</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labels.py" line="117"/>
        <source>Nationality</source>
        <translation>Nationaliteit</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labels.py" line="118"/>
        <source>People</source>
        <translation>Personen</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labels.py" line="119"/>
        <source>Person</source>
        <translation>Persoon</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labels.py" line="120"/>
        <source>Sex</source>
        <translation>Geslacht</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labels.py" line="121"/>
        <source>Age</source>
        <translation>Leeftijd</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labels.py" line="122"/>
        <source>Needs</source>
        <translation>Noden</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labels.py" line="123"/>
        <source>Referrals</source>
        <translation>Doorverwijzingen</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labels.py" line="124"/>
        <source>Idle time</source>
        <translation>Wachttijd bij inactiviteit</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labels.py" line="125"/>
        <source>Interface language</source>
        <translation>Schermtaal</translation>
    </message>
</context>
<context>
    <name>print_problem</name>
    <message>
        <location filename="../kiosk/ui/print_status.py" line="46"/>
        <source>Printing is not installed on this computer.</source>
        <translation>Afdrukken is niet geïnstalleerd op deze computer.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/print_status.py" line="49"/>
        <source>The chosen printer is not found. Check its cable and that it is on, or choose another printer in the settings.</source>
        <translation>De gekozen printer is niet gevonden. Controleer de kabel en of hij aanstaat, of kies een andere printer in de instellingen.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/print_status.py" line="54"/>
        <source>The printer is paused or offline. Check that it is on.</source>
        <translation>De printer is gepauzeerd of offline. Controleer of hij aanstaat.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/print_status.py" line="57"/>
        <source>The printer did not answer in time. Check that it is on.</source>
        <translation>De printer antwoordde niet op tijd. Controleer of hij aanstaat.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/print_status.py" line="60"/>
        <source>The printer refused the document. Check its paper and lights.</source>
        <translation>De printer weigerde het document. Controleer het papier en de lampjes.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/print_status.py" line="63"/>
        <source>The receipt printer is not connected. Check its cable and power.</source>
        <translation>De bonprinter is niet verbonden. Controleer de kabel en de stroom.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/print_status.py" line="66"/>
        <source>The receipt printer stopped. Check its paper and its cover.</source>
        <translation>De bonprinter is gestopt. Controleer het papier en het deksel.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/print_status.py" line="69"/>
        <source>A receipt printer cannot print A4 sheets. Choose another printer in the settings.</source>
        <translation>Een bonprinter kan geen A4-bladen afdrukken. Kies een andere printer in de instellingen.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/print_status.py" line="73"/>
        <source>The folder for PDF files cannot be written (missing or full).</source>
        <translation>De map voor PDF-bestanden kan niet beschreven worden (ontbreekt of is vol).</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/print_status.py" line="76"/>
        <source>The document could not be prepared for printing.</source>
        <translation>Het document kon niet klaargemaakt worden om af te drukken.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/print_status.py" line="82"/>
        <source>Something went wrong while printing.</source>
        <translation>Er ging iets mis bij het afdrukken.</translation>
    </message>
</context>
<context>
    <name>refusals</name>
    <message>
        <location filename="../kiosk/ui/refusals.py" line="46"/>
        <source>%1: %2</source>
        <comment>a field&apos;s name, then why</comment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/refusals.py" line="84"/>
        <source>This cannot be empty.</source>
        <translation>Dit mag niet leeg zijn.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/refusals.py" line="86"/>
        <source>At most %1 characters (you typed %2).</source>
        <translation>Hoogstens %1 tekens (u typte er %2).</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/refusals.py" line="90"/>
        <source>It contains invisible or control characters: please type it again.</source>
        <translation>Er staan onzichtbare tekens of stuurtekens in: typ het opnieuw.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/refusals.py" line="95"/>
        <source>It must not contain { or }.</source>
        <translation>Er mag geen { of } in staan.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/refusals.py" line="97"/>
        <source>%1 is not a whole number.</source>
        <translation>%1 is geen geheel getal.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/refusals.py" line="101"/>
        <source>Must be between %1 and %2.</source>
        <translation>Moet tussen %1 en %2 liggen.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/refusals.py" line="105"/>
        <source>Use %1 to %2 lowercase letters, digits or dashes, starting with a letter or a digit.</source>
        <translation>Gebruik %1 tot %2 kleine letters, cijfers of streepjes, en begin met een letter of een cijfer.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/refusals.py" line="113"/>
        <source>%1 is not a date like %2.</source>
        <translation>%1 is geen datum zoals %2.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/refusals.py" line="117"/>
        <source>%1 is not a time like %2.</source>
        <translation>%1 is geen tijdstip zoals %2.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/refusals.py" line="121"/>
        <source>%1 is not a known time zone, like Europe/Brussels.</source>
        <translation>%1 is geen bekende tijdzone, zoals Europe/Brussels.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/refusals.py" line="127"/>
        <source>Type a whole folder path, like /media/usb/backups.</source>
        <translation>Typ een volledig pad naar een map, zoals /media/usb/backups.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/refusals.py" line="133"/>
        <source>Type the path of a PEM certificate file.</source>
        <translation>Typ het pad van een PEM-certificaatbestand.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/refusals.py" line="142"/>
        <source>Nothing was chosen yet.</source>
        <translation>Er is nog niets gekozen.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/refusals.py" line="144"/>
        <source>%1 is not one of these: %2.</source>
        <translation>%1 hoort niet bij deze mogelijkheden: %2.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/refusals.py" line="148"/>
        <source>%1 is in the list twice.</source>
        <translation>%1 staat twee keer in de lijst.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/refusals.py" line="152"/>
        <source>%1 is not a known nationality.</source>
        <translation>%1 is geen bekende nationaliteit.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/refusals.py" line="156"/>
        <source>Unaccompanied minor: only when everyone in the party is under 18.</source>
        <translation>Niet-begeleide minderjarige: alleen als iedereen in de groep jonger is dan 18.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/refusals.py" line="163"/>
        <source>Pregnant: only when the party has a woman or girl of 12 or older (set her sex on the party step).</source>
        <translation>Zwanger: alleen als de groep een vrouw of meisje van 12 of ouder telt (duid haar geslacht aan bij de groep).</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/refusals.py" line="177"/>
        <source>This is not a web address.</source>
        <translation>Dit is geen webadres.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/refusals.py" line="181"/>
        <source>Type a whole address that starts with https://.</source>
        <translation>Typ een volledig adres dat begint met https://.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/refusals.py" line="187"/>
        <source>Type the address alone, without a user name, a password, or a ?… or #… part.</source>
        <translation>Typ alleen het adres, zonder gebruikersnaam, wachtwoord of een deel met ?… of #….</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/refusals.py" line="194"/>
        <source>%1 is not LANGUAGE=https://address, e.g. ti=https://example.org/ti.</source>
        <translation>%1 heeft niet de vorm TAAL=https://adres, bv. ti=https://example.org/ti.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/refusals.py" line="200"/>
        <source>Type the token of %1 to %2 characters that headquarters made for this kiosk.</source>
        <translation>Typ het token van %1 tot %2 tekens dat de hoofdzetel voor deze kiosk heeft aangemaakt.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/refusals.py" line="211"/>
        <source>Use digits only.</source>
        <translation>Gebruik alleen cijfers.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/refusals.py" line="213"/>
        <source>Use %1 to %2 digits.</source>
        <translation>Gebruik %1 tot %2 cijfers.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/refusals.py" line="217"/>
        <source>Too easy to guess (repeated or consecutive digits).</source>
        <translation>Te makkelijk te raden (herhaalde of opeenvolgende cijfers).</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/refusals.py" line="223"/>
        <source>The two PINs are not the same.</source>
        <translation>De twee pincodes zijn niet gelijk.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/refusals.py" line="232"/>
        <source>Type KIND; TARGET; PAPER, e.g. cups; Office; a4.</source>
        <translation>Typ SOORT; DOEL; PAPIER, bv. cups; Office; a4.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/refusals.py" line="238"/>
        <source>%1 is not a printer queue name: use letters, digits, dots, dashes or underscores.</source>
        <translation>%1 is geen naam van een printerwachtrij: gebruik letters, cijfers, punten, streepjes of underscores.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/refusals.py" line="246"/>
        <source>An ESC/POS connection is usb:0xVVVV:0xPPPP, network:HOST[:PORT], serial:/dev/NAME, file:/dev/usb/lp0 or dummy.</source>
        <translation>Een ESC/POS-verbinding is usb:0xVVVV:0xPPPP, network:HOST[:POORT], serial:/dev/NAAM, file:/dev/usb/lp0 of dummy.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/refusals.py" line="254"/>
        <source>An ESC/POS printer only takes receipt paper.</source>
        <translation>Een ESC/POS-printer drukt alleen op kassabonpapier (receipt).</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/refusals.py" line="264"/>
        <source>No coordinator PIN is set on this kiosk: set one with kiosk reset-pin on this machine.</source>
        <translation>Er is op deze kiosk geen pincode voor coördinatoren ingesteld: stel er een in met kiosk reset-pin op deze computer.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/refusals.py" line="272"/>
        <source>%1 has not come yet.</source>
        <translation>%1 is nog niet begonnen.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/refusals.py" line="276"/>
        <source>%1 is closed and its registrations were deleted.</source>
        <translation>%1 is afgesloten en de registraties ervan zijn gewist.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/refusals.py" line="282"/>
        <source>%1 is in the future.</source>
        <translation>%1 ligt in de toekomst.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/refusals.py" line="286"/>
        <source>%1 is too long ago: this kiosk takes registrations from %2 on.</source>
        <translation>%1 is te lang geleden: deze kiosk neemt registraties aan vanaf %2.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/refusals.py" line="292"/>
        <source>A day from %1 to %2.</source>
        <translation>Een dag van %1 tot %2.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/refusals.py" line="296"/>
        <source>The parties of %1 were deleted %2 hours after the day closed.</source>
        <translation>De groepen van %1 zijn %2 uur na het afsluiten van de dag gewist.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/refusals.py" line="302"/>
        <source>The end (%2) is before the start (%1).</source>
        <translation>Het einde (%2) ligt vóór het begin (%1).</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/refusals.py" line="306"/>
        <source>A period of at most %1 days.</source>
        <translation>Een periode van hoogstens %1 dagen.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/refusals.py" line="310"/>
        <source>The folder %1 does not exist.</source>
        <translation>De map %1 bestaat niet.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/refusals.py" line="320"/>
        <source>A number of the day is between 1 and 9999.</source>
        <translation>Een nummer van de dag ligt tussen 1 en 9999.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/refusals.py" line="324"/>
        <source>There is no party %1 on %2.</source>
        <translation>Er is geen groep %1 op %2.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/refusals.py" line="328"/>
        <source>Party %1 was already voided.</source>
        <translation>Groep %1 werd al geschrapt.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/refusals.py" line="332"/>
        <source>Party %1 was registered more than %2 minutes ago: a coordinator can void it.</source>
        <translation>Groep %1 werd meer dan %2 minuten geleden geregistreerd: een coördinator kan ze schrappen.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/refusals.py" line="339"/>
        <source>Party %1 was voided: its documents are not printed again.</source>
        <translation>Groep %1 werd geschrapt: haar documenten worden niet opnieuw afgedrukt.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/refusals.py" line="345"/>
        <source>Party %1 was typed in from paper: nothing was printed for it.</source>
        <translation>Groep %1 werd overgetikt van papier: er werd niets voor afgedrukt.</translation>
    </message>
</context>
<context>
    <name>settings</name>
    <message>
        <location filename="../kiosk/ui/coordinator/setting_labels.py" line="12"/>
        <source>Site</source>
        <translation>Locatie</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/coordinator/setting_labels.py" line="13"/>
        <source>On the sheets</source>
        <translation>Op de infobladen</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/coordinator/setting_labels.py" line="14"/>
        <source>Languages</source>
        <translation>Talen</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/coordinator/setting_labels.py" line="15"/>
        <source>Printers</source>
        <translation>Printers</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/coordinator/setting_labels.py" line="16"/>
        <source>Headquarters</source>
        <translation>Hoofdzetel</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/coordinator/setting_labels.py" line="17"/>
        <source>Privacy and closing</source>
        <translation>Privacy en afsluiten</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/coordinator/setting_labels.py" line="18"/>
        <source>Screens</source>
        <translation>Schermen</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/coordinator/setting_labels.py" line="19"/>
        <source>Backups</source>
        <translation>Reservekopieën</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/coordinator/setting_labels.py" line="20"/>
        <source>Coordinator PIN</source>
        <translation>Pincode coördinator</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/coordinator/setting_labels.py" line="27"/>
        <source>Site id</source>
        <translation>Locatiecode</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/coordinator/setting_labels.py" line="28"/>
        <source>Site name</source>
        <translation>Locatienaam</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/coordinator/setting_labels.py" line="29"/>
        <source>Time zone</source>
        <translation>Tijdzone</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/coordinator/setting_labels.py" line="30"/>
        <source>Registration address</source>
        <translation>Adres van het registratiecentrum</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/coordinator/setting_labels.py" line="33"/>
        <source>Registration hours</source>
        <translation>Openingsuren van het registratiecentrum</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/coordinator/setting_labels.py" line="36"/>
        <source>Shelter phone number</source>
        <translation>Telefoonnummer noodopvang</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/coordinator/setting_labels.py" line="39"/>
        <source>Info Point address</source>
        <translation>Adres Info Point</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/coordinator/setting_labels.py" line="42"/>
        <source>Legal aid address</source>
        <translation>Adres juridische bijstand</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/coordinator/setting_labels.py" line="45"/>
        <source>Medical point address</source>
        <translation>Adres medische post</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/coordinator/setting_labels.py" line="48"/>
        <source>Humanitarian Hub address</source>
        <translation>Adres Humanitaire Hub</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/coordinator/setting_labels.py" line="51"/>
        <source>Guardianship service phone</source>
        <translation>Telefoon Dienst Voogdij</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/coordinator/setting_labels.py" line="54"/>
        <source>Emergency number</source>
        <translation>Noodnummer</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/coordinator/setting_labels.py" line="55"/>
        <source>Startpunt address</source>
        <translation>Adres van Startpunt</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/coordinator/setting_labels.py" line="58"/>
        <source>Soup served (days and hours)</source>
        <translation>Soep wordt geschonken (dagen en uren)</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/coordinator/setting_labels.py" line="61"/>
        <source>Info Point opening hours</source>
        <translation>Openingsuren Info Point</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/coordinator/setting_labels.py" line="64"/>
        <source>Legal aid opening hours</source>
        <translation>Openingsuren juridische bijstand</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/coordinator/setting_labels.py" line="67"/>
        <source>Medical point opening hours</source>
        <translation>Openingsuren medische post</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/coordinator/setting_labels.py" line="70"/>
        <source>Humanitarian Hub opening hours</source>
        <translation>Openingsuren Humanitarian Hub</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/coordinator/setting_labels.py" line="73"/>
        <source>Help line phone</source>
        <translation>Telefoon van de hulplijn</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/coordinator/setting_labels.py" line="76"/>
        <source>Help line hours</source>
        <translation>Uren van de hulplijn</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/coordinator/setting_labels.py" line="79"/>
        <source>Second language of every sheet</source>
        <translation>Tweede taal op elk infoblad</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/coordinator/setting_labels.py" line="82"/>
        <source>Information link</source>
        <translation>Informatielink</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/coordinator/setting_labels.py" line="83"/>
        <source>Links for single languages</source>
        <translation>Links per taal</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/coordinator/setting_labels.py" line="86"/>
        <source>Languages on the start screen, in order</source>
        <translation>Talen op het startscherm, in volgorde</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/coordinator/setting_labels.py" line="89"/>
        <source>Language of the volunteers&apos; screens</source>
        <translation>Taal van de schermen voor vrijwilligers</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/coordinator/setting_labels.py" line="92"/>
        <source>Frequent nationalities on the desk (pinned)</source>
        <translation>Vaak voorkomende nationaliteiten aan de balie (vastgezet)</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/coordinator/setting_labels.py" line="95"/>
        <source>Printer for the sheets</source>
        <translation>Printer voor de infobladen</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/coordinator/setting_labels.py" line="96"/>
        <source>Printer for meal tickets</source>
        <translation>Printer voor de maaltijdbonnen</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/coordinator/setting_labels.py" line="97"/>
        <source>Headquarters address</source>
        <translation>Webadres van de hoofdzetel</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/coordinator/setting_labels.py" line="98"/>
        <source>Headquarters token</source>
        <translation>Token van de hoofdzetel</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/coordinator/setting_labels.py" line="99"/>
        <source>Certificate file (CA bundle)</source>
        <translation>Certificaatbestand (CA-bundel)</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/coordinator/setting_labels.py" line="100"/>
        <source>Smallest count sent to headquarters (k)</source>
        <translation>Kleinste aantal dat naar de hoofdzetel gaat (k)</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/coordinator/setting_labels.py" line="103"/>
        <source>Hours before per-person rows are deleted</source>
        <translation>Bewaartermijn van de gegevens per persoon (uren)</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/coordinator/setting_labels.py" line="106"/>
        <source>The day closes by itself at</source>
        <translation>De dag wordt vanzelf afgesloten om</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/coordinator/setting_labels.py" line="107"/>
        <source>Seconds before an unfinished registration clears</source>
        <translation>Seconden voor een onafgewerkte registratie gewist wordt</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/coordinator/setting_labels.py" line="110"/>
        <source>Seconds before coordinator mode locks itself</source>
        <translation>Seconden voor de coördinatormodus vergrendelt</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/coordinator/setting_labels.py" line="113"/>
        <source>High contrast (black, white and yellow)</source>
        <translation>Hoog contrast (zwart, wit en geel)</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/coordinator/setting_labels.py" line="116"/>
        <source>Large text</source>
        <translation>Grote letters</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/coordinator/setting_labels.py" line="117"/>
        <source>Backup folder</source>
        <translation>Map voor reservekopieën</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/coordinator/setting_labels.py" line="125"/>
        <source>On</source>
        <translation>Aan</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/coordinator/setting_labels.py" line="126"/>
        <source>Off</source>
        <translation>Uit</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/coordinator/setting_labels.py" line="133"/>
        <source>Lowercase letters, digits and dashes. Headquarters knows the desk by it.</source>
        <translation>Kleine letters, cijfers en streepjes. De hoofdzetel herkent de balie hieraan.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/coordinator/setting_labels.py" line="136"/>
        <source>e.g. Europe/Brussels</source>
        <translation>bv. Europe/Brussels</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/coordinator/setting_labels.py" line="137"/>
        <source>https:// address; {language} becomes the sheet&apos;s language code</source>
        <translation>https://-adres; {language} wordt de taalcode van het infoblad</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/coordinator/setting_labels.py" line="140"/>
        <source>e.g. ti=https://example.org/ti (empty: none)</source>
        <translation>bv. ti=https://example.org/ti (leeg: geen)</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/coordinator/setting_labels.py" line="143"/>
        <location filename="../kiosk/ui/coordinator/setting_labels.py" line="146"/>
        <location filename="../kiosk/ui/coordinator/setting_labels.py" line="149"/>
        <location filename="../kiosk/ui/coordinator/setting_labels.py" line="152"/>
        <location filename="../kiosk/ui/coordinator/setting_labels.py" line="155"/>
        <location filename="../kiosk/ui/coordinator/setting_labels.py" line="158"/>
        <location filename="../kiosk/ui/coordinator/setting_labels.py" line="161"/>
        <source>Days and hours, e.g. mon-fri 07:00-09:00; sat 09:00-12:00</source>
        <translation>Dagen en uren, bv. mon-fri 07:00-09:00; sat 09:00-12:00 (Engelse dagcodes)</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/coordinator/setting_labels.py" line="164"/>
        <location filename="../kiosk/ui/coordinator/setting_labels.py" line="167"/>
        <source>Empty: the sentence that would print it is left out of the sheet</source>
        <translation>Leeg: de zin die het zou drukken, komt niet op het blad</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/coordinator/setting_labels.py" line="170"/>
        <source>Language codes separated by commas, e.g. ar, prs, ps, ti</source>
        <translation>Taalcodes gescheiden door komma&apos;s, bv. ar, prs, ps, ti</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/coordinator/setting_labels.py" line="173"/>
        <source>KIND; TARGET; PAPER, e.g. cups; Office; a4 or folder; /media/usb; a4</source>
        <translation>SOORT; DOEL; PAPIER, bv. cups; Office; a4 of folder; /media/usb; a4</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/coordinator/setting_labels.py" line="176"/>
        <source>e.g. escpos; usb:0x04b8:0x0202; receipt</source>
        <translation>bv. escpos; usb:0x04b8:0x0202; receipt</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/coordinator/setting_labels.py" line="179"/>
        <source>Never shown. Type a new token to replace it; leave empty to keep it.</source>
        <translation>Wordt nooit getoond. Typ een nieuw token om het te vervangen; laat leeg om het te behouden.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/coordinator/setting_labels.py" line="182"/>
        <source>3 at the least; counts from 1 to k−1 never leave the desk</source>
        <translation>Minstens 3; aantallen van 1 tot k−1 verlaten de balie nooit</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/coordinator/setting_labels.py" line="185"/>
        <source>After the day is closed; at most 720 (30 days)</source>
        <translation>Na het afsluiten van de dag; hoogstens 720 (30 dagen)</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/coordinator/setting_labels.py" line="188"/>
        <source>A time like 20:00</source>
        <translation>Een tijdstip zoals 20:00</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/coordinator/setting_labels.py" line="189"/>
        <source>15 to 600</source>
        <translation>15 tot 600</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/coordinator/setting_labels.py" line="190"/>
        <source>60 to 1800</source>
        <translation>60 tot 1800</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/coordinator/setting_labels.py" line="191"/>
        <source>A whole path; empty: the kiosk&apos;s own folder. Copies are kept 7 days.</source>
        <translation>Een volledig pad; leeg: de eigen map van de kiosk. Kopieën worden 7 dagen bewaard.</translation>
    </message>
</context>
</TS>
