<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>ConfirmScreen</name>
    <message>
        <location filename="../kiosk/ui/confirm_screen.py" line="151"/>
        <source>Check and register</source>
        <translation>Vérifier et enregistrer</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/confirm_screen.py" line="152"/>
        <source>Register</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/confirm_screen.py" line="153"/>
        <source>Sheet language</source>
        <translation>Langue de la fiche</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/confirm_screen.py" line="154"/>
        <source>Nationality</source>
        <translation>Nationalité</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/confirm_screen.py" line="155"/>
        <source>People</source>
        <translation>Personnes</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/confirm_screen.py" line="156"/>
        <source>Needs</source>
        <translation>Besoins</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/confirm_screen.py" line="157"/>
        <source>Referrals given</source>
        <translation>Orientations données</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/confirm_screen.py" line="158"/>
        <source>Tap a line to change it.</source>
        <translation>Touchez une ligne pour la modifier.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/confirm_screen.py" line="189"/>
        <location filename="../kiosk/ui/confirm_screen.py" line="192"/>
        <source>not chosen</source>
        <translation>non choisi</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/confirm_screen.py" line="202"/>
        <source>%1 in total</source>
        <translation>%1 au total</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/confirm_screen.py" line="206"/>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/confirm_screen.py" line="217"/>
        <source>tap to change</source>
        <translation>touchez pour modifier</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/confirm_screen.py" line="230"/>
        <source>Not registered. %1: %2</source>
        <translation>Non enregistré. %1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>CrashNotice</name>
    <message>
        <location filename="../kiosk/ui/crash_recovery.py" line="74"/>
        <source>Something went wrong. The kiosk has started again at the first screen. Nothing half-done was saved.</source>
        <translation>Un problème est survenu. La borne a redémarré au premier écran. Rien d&apos;inachevé n&apos;a été enregistré.</translation>
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
        <translation>Tableau de bord</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/coordinator/dashboard_screen.py" line="266"/>
        <location filename="../kiosk/ui/coordinator/dashboard_screen.py" line="278"/>
        <source>Close the day</source>
        <translation>Clôturer la journée</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/coordinator/dashboard_screen.py" line="267"/>
        <source>Today&apos;s parties</source>
        <translation>Groupes du jour</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/coordinator/dashboard_screen.py" line="268"/>
        <source>Export</source>
        <translation>Exporter</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/coordinator/dashboard_screen.py" line="269"/>
        <source>Settings</source>
        <translation>Réglages</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/coordinator/dashboard_screen.py" line="270"/>
        <source>Lock</source>
        <translation>Verrouiller</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/coordinator/dashboard_screen.py" line="271"/>
        <source>Close kiosk</source>
        <translation>Fermer la borne</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/coordinator/dashboard_screen.py" line="274"/>
        <source>Close today? Its counts are frozen, and its per-person rows are deleted after the retention time. Arrivals after closing are still counted.</source>
        <translation>Clôturer la journée&#xa0;? Ses comptages sont figés et ses données par personne sont effacées après la durée de conservation. Les arrivées après la clôture sont encore comptées.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/coordinator/dashboard_screen.py" line="279"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/coordinator/dashboard_screen.py" line="281"/>
        <source>people</source>
        <translation>personnes</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/coordinator/dashboard_screen.py" line="282"/>
        <source>parties</source>
        <translation>groupes</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/coordinator/dashboard_screen.py" line="283"/>
        <source>children</source>
        <translation>enfants</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/coordinator/dashboard_screen.py" line="284"/>
        <source>unaccompanied minors</source>
        <translation>mineurs non accompagnés</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/coordinator/dashboard_screen.py" line="285"/>
        <source>need shelter tonight</source>
        <translation>besoin d&apos;un abri cette nuit</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/coordinator/dashboard_screen.py" line="286"/>
        <source>meals served</source>
        <translation>repas servis</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/coordinator/dashboard_screen.py" line="287"/>
        <source>sheets printed</source>
        <translation>fiches imprimées</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/coordinator/dashboard_screen.py" line="291"/>
        <source>Today by hour (people)</source>
        <translation>Aujourd&apos;hui par heure (personnes)</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/coordinator/dashboard_screen.py" line="292"/>
        <source>People per day, last 30 days</source>
        <translation>Personnes par jour, 30 derniers jours</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/coordinator/dashboard_screen.py" line="293"/>
        <source>People by</source>
        <translation>Personnes par</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/coordinator/dashboard_screen.py" line="294"/>
        <source>Today</source>
        <translation>Ce jour</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/coordinator/dashboard_screen.py" line="295"/>
        <source>Last 30 days</source>
        <translation>30 jours</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/coordinator/dashboard_screen.py" line="296"/>
        <source>Language of the sheet</source>
        <translation>Langue de la fiche</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/coordinator/dashboard_screen.py" line="297"/>
        <source>Nationality</source>
        <translation>Nationalité</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/coordinator/dashboard_screen.py" line="298"/>
        <source>Age band</source>
        <translation>Tranche d&apos;âge</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/coordinator/dashboard_screen.py" line="319"/>
        <source>people in %1 parties flagged &quot;needs shelter&quot; or referred to a shelter</source>
        <translation>personnes dans %1 groupes marqués « a besoin d&apos;un abri cette nuit » ou orientés vers un hébergement</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/coordinator/dashboard_screen.py" line="326"/>
        <source>Nobody registered yet today.</source>
        <translation>Personne n&apos;est encore enregistré aujourd&apos;hui.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/coordinator/dashboard_screen.py" line="332"/>
        <location filename="../kiosk/ui/coordinator/dashboard_screen.py" line="352"/>
        <source>Nobody in the last 30 days.</source>
        <translation>Personne ces 30 derniers jours.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/coordinator/dashboard_screen.py" line="335"/>
        <source>Today is closed. Its counts are frozen.</source>
        <translation>La journée est clôturée. Ses comptages sont figés.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/coordinator/dashboard_screen.py" line="346"/>
        <source>Nobody yet today.</source>
        <translation>Encore personne aujourd&apos;hui.</translation>
    </message>
</context>
<context>
    <name>DoneScreen</name>
    <message>
        <location filename="../kiosk/ui/done_screen.py" line="140"/>
        <source>Number of the day</source>
        <translation>Numéro du jour</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/done_screen.py" line="141"/>
        <source>Next arrival</source>
        <translation>Personne suivante</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/done_screen.py" line="142"/>
        <source>Print again</source>
        <translation>Réimprimer</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/done_screen.py" line="143"/>
        <source>Undo</source>
        <translation>Défaire</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/done_screen.py" line="144"/>
        <source>Undo registration</source>
        <translation>Oui, défaire</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/done_screen.py" line="145"/>
        <source>Keep it</source>
        <translation>Le garder</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/done_screen.py" line="169"/>
        <source>People registered: %1</source>
        <translation>Personnes enregistrées&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/done_screen.py" line="199"/>
        <source>Undo registration %1? It will not be counted.</source>
        <translation>Défaire l&apos;enregistrement %1&#xa0;? Il ne sera pas compté.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/done_screen.py" line="208"/>
        <source>The sheet and meal tickets are printed again.</source>
        <translation>La feuille et les tickets repas sont réimprimés.</translation>
    </message>
</context>
<context>
    <name>ExportScreen</name>
    <message>
        <location filename="../kiosk/ui/coordinator/export_screen.py" line="267"/>
        <source>Export counts</source>
        <translation>Exporter les comptages</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/coordinator/export_screen.py" line="270"/>
        <source>Counts only, one row per day. Exact numbers: small ones can identify people, so keep the file safe.</source>
        <translation>Uniquement des comptages, une ligne par jour. Chiffres exacts&#xa0;: les petits nombres peuvent identifier des personnes, gardez donc le fichier en lieu sûr.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/coordinator/export_screen.py" line="274"/>
        <source>Period</source>
        <translation>Période</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/coordinator/export_screen.py" line="275"/>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/coordinator/export_screen.py" line="276"/>
        <source>Language of the report</source>
        <translation>Langue du rapport</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/coordinator/export_screen.py" line="277"/>
        <source>Folder</source>
        <translation>Dossier</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/coordinator/export_screen.py" line="280"/>
        <source>Today</source>
        <translation>Aujourd&apos;hui</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/coordinator/export_screen.py" line="281"/>
        <source>Yesterday</source>
        <translation>Hier</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/coordinator/export_screen.py" line="282"/>
        <source>Last 7 days</source>
        <translation>7 jours</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/coordinator/export_screen.py" line="283"/>
        <source>Last 30 days</source>
        <translation>30 jours</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/coordinator/export_screen.py" line="284"/>
        <source>This month</source>
        <translation>Ce mois-ci</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/coordinator/export_screen.py" line="285"/>
        <source>Last month</source>
        <translation>Mois dernier</translation>
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
        <translation>Néerlandais</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/coordinator/export_screen.py" line="294"/>
        <source>French</source>
        <translation>Français</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/coordinator/export_screen.py" line="295"/>
        <source>English</source>
        <translation>Anglais</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/coordinator/export_screen.py" line="296"/>
        <source>From</source>
        <translation>Du</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/coordinator/export_screen.py" line="297"/>
        <source>To</source>
        <translation>Au</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/coordinator/export_screen.py" line="298"/>
        <source>first day</source>
        <translation>le premier jour</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/coordinator/export_screen.py" line="298"/>
        <source>last day</source>
        <translation>le dernier jour</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/coordinator/export_screen.py" line="300"/>
        <source>%1 one day earlier</source>
        <translation>Mettre %1 un jour plus tôt</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/coordinator/export_screen.py" line="303"/>
        <source>%1 one day later</source>
        <translation>Mettre %1 un jour plus tard</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/coordinator/export_screen.py" line="305"/>
        <source>Look for USB sticks again</source>
        <translation>Rechercher les clés USB</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/coordinator/export_screen.py" line="306"/>
        <source>Back</source>
        <translation>Retour</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/coordinator/export_screen.py" line="375"/>
        <source>Export</source>
        <translation>Exporter</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/coordinator/export_screen.py" line="367"/>
        <source>Days: %1</source>
        <translation>Jours&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/coordinator/export_screen.py" line="375"/>
        <source>Exporting…</source>
        <translation>Exportation en cours…</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/coordinator/export_screen.py" line="386"/>
        <source>Choose a folder first (plug in a USB stick and tap the button below the list).</source>
        <translation>Choisissez d&apos;abord un dossier (branchez une clé USB et touchez le bouton sous la liste).</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/coordinator/export_screen.py" line="414"/>
        <source>The file could not be written to %1: %2</source>
        <translation>Impossible d&apos;enregistrer le fichier dans %1&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/coordinator/export_screen.py" line="423"/>
        <source>Saved to %1</source>
        <translation>Enregistré sous %1</translation>
    </message>
</context>
<context>
    <name>KeyboardPanel</name>
    <message>
        <location filename="../kiosk/ui/on_screen_keyboard.py" line="208"/>
        <source>Done</source>
        <translation>Terminé</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/on_screen_keyboard.py" line="209"/>
        <source>Hide the keyboard</source>
        <translation>Masquer le clavier</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/on_screen_keyboard.py" line="212"/>
        <source>Space</source>
        <translation>Espace</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/on_screen_keyboard.py" line="215"/>
        <source>Delete a character</source>
        <translation>Effacer un caractère</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/on_screen_keyboard.py" line="217"/>
        <source>Enter</source>
        <translation>Entrée</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/on_screen_keyboard.py" line="221"/>
        <source>Capital letter</source>
        <translation>Majuscule</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/on_screen_keyboard.py" line="226"/>
        <source>Letters</source>
        <translation>Lettres</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/on_screen_keyboard.py" line="226"/>
        <source>Accents and signs</source>
        <translation>Accents et signes</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/on_screen_keyboard.py" line="232"/>
        <source>Switch to %1</source>
        <translation>Passer en %1</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../kiosk/ui/main_window.py" line="308"/>
        <source>Close the kiosk?</source>
        <translation>Fermer le kiosque ?</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/main_window.py" line="309"/>
        <source>Yes, close</source>
        <translation>Oui, fermer</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/main_window.py" line="310"/>
        <source>No, stay open</source>
        <translation>Non, rester ouvert</translation>
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
        <translation>Rechercher&#xa0;: nom ou code</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/coordinator/nationality_pin.py" line="69"/>
        <source>Search a nationality</source>
        <translation>Rechercher une nationalité</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/coordinator/nationality_pin.py" line="71"/>
        <source>Automatic</source>
        <translation>Automatique</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/coordinator/nationality_pin.py" line="101"/>
        <source>Pinned (%1 of %2): %3</source>
        <translation>Épinglées (%1 sur %2)&#xa0;: %3</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/coordinator/nationality_pin.py" line="108"/>
        <source>Automatic: the most frequent of the last 7 days. Tap countries to pin.</source>
        <translation>Automatique&#xa0;: les plus fréquentes des 7 derniers jours. Touchez des pays pour les épingler.</translation>
    </message>
</context>
<context>
    <name>NationalityScreen</name>
    <message>
        <location filename="../kiosk/ui/nationality_screen.py" line="108"/>
        <source>Nationality</source>
        <translation>Nationalité</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/nationality_screen.py" line="109"/>
        <source>Frequent this week</source>
        <translation>Fréquentes cette semaine</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/nationality_screen.py" line="110"/>
        <source>All nationalities</source>
        <translation>Toutes les nationalités</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/nationality_screen.py" line="111"/>
        <source>Search: name or code</source>
        <translation>Rechercher&#xa0;: nom ou code</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/nationality_screen.py" line="112"/>
        <source>Search a nationality</source>
        <translation>Rechercher une nationalité</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/nationality_screen.py" line="114"/>
        <source>No nationality matches. Try fewer letters.</source>
        <translation>Aucune nationalité trouvée. Tapez moins de lettres.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/nationality_screen.py" line="115"/>
        <source>Clear</source>
        <translation>Effacer</translation>
    </message>
</context>
<context>
    <name>NeedsScreen</name>
    <message>
        <location filename="../kiosk/ui/needs_screen.py" line="90"/>
        <source>Needs and referrals</source>
        <translation>Besoins et orientations</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/needs_screen.py" line="91"/>
        <source>Needs (tap all that apply)</source>
        <translation>Besoins (touchez tout ce qui s&apos;applique)</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/needs_screen.py" line="92"/>
        <source>Referrals given</source>
        <translation>Orientations données</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/needs_screen.py" line="126"/>
        <source>Under 18 and without an adult: mark as unaccompanied minor and refer to the guardianship service?</source>
        <translation>Moins de 18 ans et sans adulte&#xa0;: marquer comme mineur non accompagné et orienter vers le Service des Tutelles&#xa0;?</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/needs_screen.py" line="130"/>
        <source>Yes, mark and refer</source>
        <translation>Oui, marquer et orienter</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/needs_screen.py" line="133"/>
        <source>Marked as unaccompanied minor, referred to the guardianship service.</source>
        <translation>Marqué comme mineur non accompagné, orienté vers le Service des Tutelles.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/needs_screen.py" line="135"/>
        <source>Done</source>
        <translation>Fait</translation>
    </message>
</context>
<context>
    <name>PartiesScreen</name>
    <message>
        <location filename="../kiosk/ui/coordinator/parties_screen.py" line="253"/>
        <source>Today&apos;s parties</source>
        <translation>Groupes du jour</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/coordinator/parties_screen.py" line="254"/>
        <source>Back</source>
        <translation>Retour</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/coordinator/parties_screen.py" line="255"/>
        <source>Void party</source>
        <translation>Invalider le groupe</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/coordinator/parties_screen.py" line="256"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/coordinator/parties_screen.py" line="257"/>
        <source>Nobody registered yet today.</source>
        <translation>Personne n&apos;est encore enregistré aujourd&apos;hui.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/coordinator/parties_screen.py" line="258"/>
        <source>Earlier</source>
        <translation>Plus tôt</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/coordinator/parties_screen.py" line="259"/>
        <source>Later</source>
        <translation>Plus tard</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/coordinator/parties_screen.py" line="322"/>
        <source>Parties %1–%2 of %3</source>
        <translation>Groupes %1 à %2 sur %3</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/coordinator/parties_screen.py" line="331"/>
        <source>Parties counted: %1</source>
        <translation>Groupes comptés : %1</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/coordinator/parties_screen.py" line="332"/>
        <source>People counted: %1</source>
        <translation>Personnes comptées : %1</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/coordinator/parties_screen.py" line="336"/>
        <source>Voided: %1</source>
        <translation>Invalidés : %1</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/coordinator/parties_screen.py" line="355"/>
        <source>Void party %1 (people: %2)? It stays in the list but is no longer counted, and its meal tickets are refused. Headquarters gets the corrected day.</source>
        <translation>Invalider le groupe %1 (personnes : %2) ? Il reste dans la liste mais n&apos;est plus compté, et ses tickets repas sont refusés. Le siège reçoit la journée corrigée.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/coordinator/parties_screen.py" line="372"/>
        <source>Party %1 is voided.</source>
        <translation>Le groupe %1 est invalidé.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/coordinator/parties_screen.py" line="383"/>
        <source>Party %1&apos;s sheet and meal tickets are printed again.</source>
        <translation>La feuille et les tickets repas du groupe %1 sont réimprimés.</translation>
    </message>
</context>
<context>
    <name>PartyRow</name>
    <message>
        <location filename="../kiosk/ui/coordinator/parties_screen.py" line="121"/>
        <source>Reprint</source>
        <translation>Réimprimer</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/coordinator/parties_screen.py" line="122"/>
        <source>Void</source>
        <translation>Invalider</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/coordinator/parties_screen.py" line="126"/>
        <source>1 person</source>
        <translation>1 personne</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/coordinator/parties_screen.py" line="127"/>
        <source>%1 people</source>
        <translation>%1 personnes</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/coordinator/parties_screen.py" line="133"/>
        <source>undone at the desk</source>
        <translation>annulé à l&apos;accueil</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/coordinator/parties_screen.py" line="134"/>
        <source>by a coordinator</source>
        <translation>par un coordinateur</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/coordinator/parties_screen.py" line="135"/>
        <source>Voided at %1, %2</source>
        <translation>Invalidé à %1, %2</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/coordinator/parties_screen.py" line="139"/>
        <source>Meal tickets used: %1 of %2</source>
        <translation>Tickets repas utilisés : %1 sur %2</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/coordinator/parties_screen.py" line="143"/>
        <source>Typed in from paper: no tickets</source>
        <translation>Saisi depuis le papier : pas de tickets</translation>
    </message>
</context>
<context>
    <name>PartyScreen</name>
    <message>
        <location filename="../kiosk/ui/party_screen.py" line="155"/>
        <source>Who arrived together?</source>
        <translation>Qui est arrivé ensemble&#xa0;?</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/party_screen.py" line="156"/>
        <source>Children</source>
        <translation>Enfants</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/party_screen.py" line="157"/>
        <source>Adults</source>
        <translation>Adultes</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/party_screen.py" line="166"/>
        <source>One more: %1, %2</source>
        <translation>Un de plus&#xa0;: %1, %2</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/party_screen.py" line="169"/>
        <source>One fewer: %1, %2</source>
        <translation>Un de moins&#xa0;: %1, %2</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/party_screen.py" line="176"/>
        <source>Girls</source>
        <translation>Filles</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/party_screen.py" line="176"/>
        <source>Women</source>
        <translation>Femmes</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/party_screen.py" line="178"/>
        <source>Boys</source>
        <translation>Garçons</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/party_screen.py" line="178"/>
        <source>Men</source>
        <translation>Hommes</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/party_screen.py" line="180"/>
        <source>Other</source>
        <translation>Autre</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/party_screen.py" line="181"/>
        <source>Sex not said</source>
        <translation>Sexe non précisé</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/party_screen.py" line="198"/>
        <source>Tap + for each person.</source>
        <translation>Touchez + pour chaque personne.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/party_screen.py" line="201"/>
        <source>Adults: %1 · Children: %2</source>
        <translation>Adultes&#xa0;: %1 · Enfants&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/party_screen.py" line="194"/>
        <source>People in this party: %1</source>
        <translation>Personnes dans ce groupe&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/party_screen.py" line="196"/>
        <source>A party has at most %1 people</source>
        <translation>Maximum %1 personnes par groupe</translation>
    </message>
</context>
<context>
    <name>PinScreen</name>
    <message>
        <location filename="../kiosk/ui/coordinator/pin_screen.py" line="108"/>
        <source>Coordinator mode</source>
        <translation>Mode coordination</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/coordinator/pin_screen.py" line="110"/>
        <source>Type the coordinator PIN. It opens the counts, exports and settings.</source>
        <translation>Saisissez le code PIN de la coordination. Il donne accès aux comptages, aux exports et aux réglages.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/coordinator/pin_screen.py" line="112"/>
        <source>Back</source>
        <translation>Retour</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/coordinator/pin_screen.py" line="113"/>
        <source>Delete a digit</source>
        <translation>Effacer un chiffre</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/coordinator/pin_screen.py" line="114"/>
        <source>Open coordinator mode</source>
        <translation>Ouvrir le mode coordination</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/coordinator/pin_screen.py" line="186"/>
        <source>%1 digits typed</source>
        <translation>%1 chiffres saisis</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/coordinator/pin_screen.py" line="198"/>
        <source>The PIN has at least %1 digits.</source>
        <translation>Le code PIN compte au moins %1 chiffres.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/coordinator/pin_screen.py" line="210"/>
        <source>Too many wrong PINs. Coordinator mode is locked for 30 minutes, until %1. A forgotten PIN is reset on the machine with: kiosk reset-pin</source>
        <translation>Trop de codes PIN erronés. Le mode coordination est verrouillé pendant 30 minutes, jusqu&apos;à %1. Un code PIN oublié se réinitialise sur l&apos;ordinateur même avec&#xa0;: kiosk reset-pin</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/coordinator/pin_screen.py" line="218"/>
        <source>%1 s</source>
        <translation>%1&#xa0;s</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/coordinator/pin_screen.py" line="220"/>
        <source>Wrong PIN. Wait %1 before the next try.</source>
        <translation>Code PIN erroné. Attendez %1 avant le prochain essai.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/coordinator/pin_screen.py" line="224"/>
        <source>Wrong PIN. Tries left before a wait: %1.</source>
        <translation>Code PIN erroné. Essais restants avant une attente&#xa0;: %1.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/coordinator/pin_screen.py" line="227"/>
        <source>Wrong PIN. Another wrong PIN makes you wait longer.</source>
        <translation>Code PIN erroné. Un nouveau code erroné vous fera attendre plus longtemps.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/coordinator/pin_screen.py" line="229"/>
        <source>You can try again.</source>
        <translation>Vous pouvez réessayer.</translation>
    </message>
</context>
<context>
    <name>PrintStatus</name>
    <message>
        <location filename="../kiosk/ui/print_status.py" line="150"/>
        <source>Print again</source>
        <translation>Réimprimer</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/print_status.py" line="151"/>
        <source>Dismiss</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/print_status.py" line="224"/>
        <source>A document did not print</source>
        <translation>Un document n&apos;a pas été imprimé</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/print_status.py" line="212"/>
        <source>The sheet for number %1 did not print.</source>
        <translation>La feuille du numéro %1 n&apos;a pas été imprimée.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/print_status.py" line="213"/>
        <source>The meal tickets for number %1 did not print.</source>
        <translation>Les tickets repas du numéro %1 n&apos;ont pas été imprimés.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/print_status.py" line="229"/>
        <source>The registration is saved; the kiosk tries again by itself.</source>
        <translation>L&apos;enregistrement est sauvegardé ; le kiosque réessaie de lui-même.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/print_status.py" line="231"/>
        <source>Technical detail: %1</source>
        <translation>Détail technique : %1</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/print_status.py" line="152"/>
        <location filename="../kiosk/ui/print_status.py" line="235"/>
        <source>Less</source>
        <translation>Moins</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/print_status.py" line="152"/>
        <location filename="../kiosk/ui/print_status.py" line="235"/>
        <source>Details</source>
        <translation>Détails</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/print_status.py" line="228"/>
        <source>%1 documents are waiting.</source>
        <translation>%1 documents en attente.</translation>
    </message>
</context>
<context>
    <name>PrinterRow</name>
    <message>
        <location filename="../kiosk/ui/coordinator/printer_row.py" line="131"/>
        <source>Look for printers again</source>
        <translation>Chercher à nouveau les imprimantes</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/coordinator/printer_row.py" line="132"/>
        <source>Test print</source>
        <translation>Impression de test</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/coordinator/printer_row.py" line="133"/>
        <source>Paper</source>
        <translation>Papier</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/coordinator/printer_row.py" line="134"/>
        <source>A4 sheets</source>
        <translation>Feuilles A4</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/coordinator/printer_row.py" line="135"/>
        <source>Receipt roll (80 mm)</source>
        <translation>Rouleau de tickets (80 mm)</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/coordinator/printer_row.py" line="141"/>
        <location filename="../kiosk/ui/coordinator/printer_row.py" line="194"/>
        <source>Looking for printers…</source>
        <translation>Recherche des imprimantes…</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/coordinator/printer_row.py" line="159"/>
        <source>default</source>
        <translation>par défaut</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/coordinator/printer_row.py" line="161"/>
        <source>paused</source>
        <translation>en pause</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/coordinator/printer_row.py" line="165"/>
        <source>not found now</source>
        <translation>introuvable maintenant</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/coordinator/printer_row.py" line="167"/>
        <source>System printer %1</source>
        <translation>Imprimante système %1</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/coordinator/printer_row.py" line="168"/>
        <source>PDF files in a folder</source>
        <translation>Fichiers PDF dans un dossier</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/coordinator/printer_row.py" line="170"/>
        <source>Receipt printer (ESC/POS)</source>
        <translation>Imprimante à tickets (ESC/POS)</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/coordinator/printer_row.py" line="196"/>
        <source>No printers found on this computer.</source>
        <translation>Aucune imprimante trouvée sur cet ordinateur.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/coordinator/printer_row.py" line="198"/>
        <source>Tap the printer to use.</source>
        <translation>Touchez l&apos;imprimante à utiliser.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/coordinator/printer_row.py" line="223"/>
        <source>Folder (empty: the kiosk&apos;s own folder)</source>
        <translation>Dossier (vide : le dossier du kiosque)</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/coordinator/printer_row.py" line="226"/>
        <source>Connection, e.g. usb:0x04b8:0x0202 or network:192.168.1.50</source>
        <translation>Connexion, p. ex. usb:0x04b8:0x0202 ou network:192.168.1.50</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/coordinator/printer_row.py" line="272"/>
        <source>Choose a printer and its paper first.</source>
        <translation>Choisissez d&apos;abord une imprimante et son papier.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/coordinator/printer_row.py" line="275"/>
        <source>Startpunt Kiosk: test page</source>
        <translation>Startpunt Kiosk : page de test</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/coordinator/printer_row.py" line="276"/>
        <source>If you can read this, the printer works.</source>
        <translation>Si vous pouvez lire ceci, l&apos;imprimante fonctionne.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/coordinator/printer_row.py" line="280"/>
        <source>Printing a test page…</source>
        <translation>Impression de la page de test…</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/coordinator/printer_row.py" line="294"/>
        <source>The test page was sent to the printer (%1).</source>
        <translation>La page de test a été envoyée à l&apos;imprimante (%1).</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/coordinator/printer_row.py" line="300"/>
        <source>The test page did not print.</source>
        <translation>La page de test n&apos;a pas été imprimée.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/coordinator/printer_row.py" line="301"/>
        <source>Technical detail: %1</source>
        <translation>Détail technique : %1</translation>
    </message>
</context>
<context>
    <name>RegistrationFlow</name>
    <message>
        <location filename="../kiosk/ui/registration_flow.py" line="93"/>
        <source>Discard this registration?</source>
        <translation>Abandonner cet enregistrement ?</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/registration_flow.py" line="94"/>
        <source>Yes, discard</source>
        <translation>Oui, abandonner</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/registration_flow.py" line="95"/>
        <source>No, keep it</source>
        <translation>Non, le garder</translation>
    </message>
</context>
<context>
    <name>SettingsScreen</name>
    <message>
        <location filename="../kiosk/ui/coordinator/settings_screen.py" line="278"/>
        <source>Settings</source>
        <translation>Réglages</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/coordinator/settings_screen.py" line="285"/>
        <source>The PIN protects the counts and the settings. Changing it needs the old one; a forgotten PIN is reset on the machine with: kiosk reset-pin</source>
        <translation>Le code PIN protège les comptages et les réglages. Pour le changer, il faut l&apos;ancien&#xa0;; un code PIN oublié se réinitialise sur l&apos;ordinateur même avec&#xa0;: kiosk reset-pin</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/coordinator/settings_screen.py" line="290"/>
        <source>Current PIN</source>
        <translation>Code PIN actuel</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/coordinator/settings_screen.py" line="291"/>
        <source>New PIN (6 to 12 digits)</source>
        <translation>Nouveau code PIN (6 à 12 chiffres)</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/coordinator/settings_screen.py" line="292"/>
        <source>New PIN again</source>
        <translation>Répéter le nouveau code PIN</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/coordinator/settings_screen.py" line="295"/>
        <source>Change the PIN</source>
        <translation>Changer le code PIN</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/coordinator/settings_screen.py" line="296"/>
        <source>Back</source>
        <translation>Retour</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/coordinator/settings_screen.py" line="297"/>
        <source>Save changes</source>
        <translation>Enregistrer les modifications</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/coordinator/settings_screen.py" line="337"/>
        <source>Not saved: %1. The reason is under each.</source>
        <translation>Non enregistré&#xa0;: %1. La raison figure sous chaque réglage.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/coordinator/settings_screen.py" line="344"/>
        <source>Saved: %1</source>
        <translation>Enregistré&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/coordinator/settings_screen.py" line="347"/>
        <source>Nothing was changed.</source>
        <translation>Rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/coordinator/settings_screen.py" line="359"/>
        <source>The PIN was changed.</source>
        <translation>Le code PIN a été modifié.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/coordinator/settings_screen.py" line="361"/>
        <source>Too many wrong PINs: try again later.</source>
        <translation>Trop de codes PIN erronés&#xa0;: réessayez plus tard.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/coordinator/settings_screen.py" line="363"/>
        <source>The current PIN is not right; nothing was changed.</source>
        <translation>Le code PIN actuel est incorrect&#xa0;; rien n&apos;a été modifié.</translation>
    </message>
</context>
<context>
    <name>SetupScreen</name>
    <message>
        <location filename="../kiosk/ui/setup_screen.py" line="174"/>
        <source>Set up this kiosk</source>
        <translation>Configurer cette borne</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/setup_screen.py" line="177"/>
        <source>First run: a coordinator fills this in once. The PIN protects the counts and the settings.</source>
        <translation>Premier démarrage&#xa0;: la coordination remplit ceci une seule fois. Le code PIN protège les comptages et les réglages.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/setup_screen.py" line="183"/>
        <source>PIN again</source>
        <translation>Répéter le code PIN</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/setup_screen.py" line="188"/>
        <source>Lowercase letters, digits and dashes, e.g. brussels-centre</source>
        <translation>Minuscules, chiffres et tirets, p. ex. bruxelles-centre</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/setup_screen.py" line="190"/>
        <source>6 to 12 digits, not easy to guess.</source>
        <translation>6 à 12 chiffres, difficile à deviner.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/setup_screen.py" line="191"/>
        <source>Set up</source>
        <translation>Configurer</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/setup_screen.py" line="198"/>
        <source>Screen language: %1</source>
        <translation>Écran&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>SoupCounterScreen</name>
    <message>
        <location filename="../kiosk/ui/soup_counter.py" line="151"/>
        <source>Soup counter</source>
        <translation>Distribution de soupe</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/soup_counter.py" line="158"/>
        <source>Back</source>
        <translation>Retour</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/soup_counter.py" line="204"/>
        <source>Ready: scan the next ticket.</source>
        <translation>Prêt : scannez le ticket suivant.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/soup_counter.py" line="218"/>
        <source>Accepted</source>
        <translation>Accepté</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/soup_counter.py" line="220"/>
        <source>Ticket %1 · meal %2 today</source>
        <translation>Ticket %1 · repas %2 aujourd&apos;hui</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/soup_counter.py" line="230"/>
        <source>Number %1</source>
        <translation>Numéro %1</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/soup_counter.py" line="242"/>
        <source>This is not a meal ticket, or the code is damaged.</source>
        <translation>Ce n&apos;est pas un ticket repas, ou le code est abîmé.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/soup_counter.py" line="243"/>
        <source>This ticket was not made by this desk.</source>
        <translation>Ce ticket ne vient pas de ce guichet.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/soup_counter.py" line="244"/>
        <source>This ticket belongs to another site.</source>
        <translation>Ce ticket appartient à un autre site.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/soup_counter.py" line="245"/>
        <source>This ticket was for another day.</source>
        <translation>Ce ticket était pour un autre jour.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/soup_counter.py" line="246"/>
        <source>No ticket with this number was handed out today.</source>
        <translation>Aucun ticket avec ce numéro n&apos;a été distribué aujourd&apos;hui.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/soup_counter.py" line="248"/>
        <source>Type the check code printed beside the ticket number too, e.g. 17‑K7R.</source>
        <translation>Tapez aussi le code de contrôle imprimé à côté du numéro du ticket, p. ex. 17‑K7R.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/soup_counter.py" line="251"/>
        <source>The check code does not match this ticket number: look at the ticket again.</source>
        <translation>Le code de contrôle ne correspond pas à ce numéro de ticket : vérifiez le ticket.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/soup_counter.py" line="253"/>
        <source>This ticket was already used.</source>
        <translation>Ce ticket a déjà été utilisé.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/soup_counter.py" line="254"/>
        <source>This ticket&apos;s registration was voided.</source>
        <translation>L&apos;enregistrement de ce ticket a été invalidé.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/soup_counter.py" line="259"/>
        <source>Used at %1.</source>
        <translation>Utilisé à %1.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/soup_counter.py" line="265"/>
        <source>Accepted: ticket %1</source>
        <translation>Accepté&#xa0;: ticket %1</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/soup_counter.py" line="227"/>
        <location filename="../kiosk/ui/soup_counter.py" line="268"/>
        <source>Refused</source>
        <translation>Refusé</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/soup_counter.py" line="153"/>
        <source>Scan a meal ticket, or type its number and check code (e.g. 17‑K7R) and tap OK.</source>
        <translation>Scannez un ticket repas, ou tapez son numéro et son code de contrôle (p. ex. 17‑K7R) puis touchez OK.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/soup_counter.py" line="156"/>
        <location filename="../kiosk/ui/soup_counter.py" line="157"/>
        <source>Ticket code, or number and check code</source>
        <translation>Code du ticket, ou numéro et code de contrôle</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/soup_counter.py" line="304"/>
        <source>Meals served today: %1</source>
        <translation>Repas servis aujourd&apos;hui&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>StartScreen</name>
    <message>
        <location filename="../kiosk/ui/start_screen.py" line="462"/>
        <source>Welcome</source>
        <translation>Bienvenue</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/start_screen.py" line="463"/>
        <source>Tap the language the arrival reads best.</source>
        <translation>Touchez la langue que la personne lit le mieux.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/start_screen.py" line="464"/>
        <source>Screen language:</source>
        <translation>Écran&#xa0;:</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/start_screen.py" line="465"/>
        <location filename="../kiosk/ui/start_screen.py" line="466"/>
        <source>Soup counter</source>
        <translation>Distribution de soupe</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/start_screen.py" line="467"/>
        <location filename="../kiosk/ui/start_screen.py" line="468"/>
        <source>Coordinator</source>
        <translation>Coordination</translation>
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
    <name>StillThere</name>
    <message>
        <location filename="../kiosk/ui/still_there.py" line="46"/>
        <source>Still there?</source>
        <translation>Toujours là ?</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/still_there.py" line="47"/>
        <source>Continue</source>
        <translation>Continuer</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/still_there.py" line="48"/>
        <source>At zero, this registration is cleared.</source>
        <translation>À zéro, cet enregistrement est effacé.</translation>
    </message>
</context>
<context>
    <name>SyncPanel</name>
    <message>
        <location filename="../kiosk/ui/sync_panel.py" line="50"/>
        <source>Headquarters</source>
        <translation>Siège</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/sync_panel.py" line="51"/>
        <source>Sending…</source>
        <translation>Envoi…</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/sync_panel.py" line="51"/>
        <source>Sync now</source>
        <translation>Synchroniser</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/sync_panel.py" line="68"/>
        <source>Not connected. A coordinator can connect the kiosk.</source>
        <translation>La borne n&apos;est pas connectée. La coordination peut la connecter.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/sync_panel.py" line="74"/>
        <source>Nothing sent yet.</source>
        <translation>Rien n&apos;a encore été envoyé.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/sync_panel.py" line="76"/>
        <source>Last sent: %1</source>
        <translation>Dernier envoi&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/sync_panel.py" line="79"/>
        <source>Days waiting: %1</source>
        <translation>Jours en attente&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>TodayPanel</name>
    <message>
        <location filename="../kiosk/ui/today_panel.py" line="127"/>
        <source>Today</source>
        <translation>Aujourd&apos;hui</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/today_panel.py" line="128"/>
        <source>people</source>
        <translation>personnes</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/today_panel.py" line="129"/>
        <source>parties</source>
        <translation>groupes</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/today_panel.py" line="130"/>
        <source>children</source>
        <translation>enfants</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/today_panel.py" line="131"/>
        <source>People by language</source>
        <translation>Personnes par langue</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/today_panel.py" line="132"/>
        <source>Nobody registered yet today.</source>
        <translation>Personne n&apos;est encore enregistré aujourd&apos;hui.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/today_panel.py" line="158"/>
        <source>The clock says %1, before this kiosk was set up.</source>
        <translation>L’horloge indique %1, avant la mise en service de ce kiosque.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/today_panel.py" line="162"/>
        <source>The clock says %1, before the last registration (%2).</source>
        <translation>L’horloge indique %1, avant le dernier enregistrement (%2).</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/today_panel.py" line="168"/>
        <source>Registrations get the wrong day. Ask a coordinator to set the clock.</source>
        <translation>Les enregistrements reçoivent le mauvais jour. Demandez à un coordinateur de régler l’horloge.</translation>
    </message>
</context>
<context>
    <name>labels</name>
    <message>
        <location filename="../kiosk/ui/labels.py" line="21"/>
        <source>girl</source>
        <translation>fille</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labels.py" line="22"/>
        <source>woman</source>
        <translation>femme</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labels.py" line="25"/>
        <source>boy</source>
        <translation>garçon</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labels.py" line="26"/>
        <source>man</source>
        <translation>homme</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labels.py" line="28"/>
        <source>other sex</source>
        <translation>autre sexe</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labels.py" line="29"/>
        <source>sex not said</source>
        <translation>sexe non précisé</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labels.py" line="37"/>
        <source>Female</source>
        <translation>Femme</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labels.py" line="38"/>
        <source>Male</source>
        <translation>Homme</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labels.py" line="39"/>
        <source>Other</source>
        <translation>Autre</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labels.py" line="40"/>
        <source>Not said</source>
        <translation>Non précisé</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labels.py" line="46"/>
        <source>0–4 years</source>
        <translation>0–4 ans</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labels.py" line="47"/>
        <source>5–11 years</source>
        <translation>5–11 ans</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labels.py" line="48"/>
        <source>12–17 years</source>
        <translation>12–17 ans</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labels.py" line="49"/>
        <source>18–25 years</source>
        <translation>18–25 ans</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labels.py" line="50"/>
        <source>26–59 years</source>
        <translation>26–59 ans</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labels.py" line="51"/>
        <source>60 years or older</source>
        <translation>60 ans ou plus</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labels.py" line="57"/>
        <source>Unaccompanied minor</source>
        <translation>Mineur non accompagné</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labels.py" line="58"/>
        <source>Pregnant</source>
        <translation>Enceinte</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labels.py" line="59"/>
        <source>Medical need</source>
        <translation>Besoin médical</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labels.py" line="60"/>
        <source>Needs shelter tonight</source>
        <translation>A besoin d&apos;un abri cette nuit</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labels.py" line="66"/>
        <source>Medical point</source>
        <translation>Point médical</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labels.py" line="67"/>
        <source>Legal aid</source>
        <translation>Aide juridique</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labels.py" line="68"/>
        <source>Info Point</source>
        <translation>Info Point</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labels.py" line="69"/>
        <source>Shelter</source>
        <translation>Hébergement d&apos;urgence</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labels.py" line="70"/>
        <source>Guardianship service</source>
        <translation>Service des Tutelles</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labels.py" line="71"/>
        <source>Humanitarian Hub</source>
        <translation>Hub humanitaire</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labels.py" line="78"/>
        <source>Arabic</source>
        <translation>Arabe</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labels.py" line="79"/>
        <source>Dari</source>
        <translation>Dari</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labels.py" line="80"/>
        <source>Pashto</source>
        <translation>Pachto</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labels.py" line="81"/>
        <source>Tigrinya</source>
        <translation>Tigrigna</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labels.py" line="82"/>
        <source>French</source>
        <translation>Français</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labels.py" line="83"/>
        <source>English</source>
        <translation>Anglais</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labels.py" line="84"/>
        <source>Turkish</source>
        <translation>Turc</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labels.py" line="85"/>
        <source>Kurdish (Kurmanji)</source>
        <translation>Kurde (kurmandji)</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labels.py" line="86"/>
        <source>Kurdish (Sorani)</source>
        <translation>Kurde (sorani)</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labels.py" line="87"/>
        <source>Dutch</source>
        <translation>Néerlandais</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labels.py" line="88"/>
        <source>Russian</source>
        <translation>Russe</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labels.py" line="89"/>
        <source>Georgian</source>
        <translation>Géorgien</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labels.py" line="90"/>
        <source>Somali</source>
        <translation>Somali</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labels.py" line="91"/>
        <source>Spanish</source>
        <translation>Espagnol</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labels.py" line="92"/>
        <source>Amharic</source>
        <translation>Amharique</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labels.py" line="93"/>
        <source>Urdu</source>
        <translation>Ourdou</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labels.py" line="101"/>
        <source>Stateless</source>
        <translation>Apatride</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labels.py" line="103"/>
        <source>Unknown nationality</source>
        <translation>Nationalité inconnue</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labels.py" line="110"/>
        <source>Site id</source>
        <translation>Code du site</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labels.py" line="111"/>
        <source>Site name</source>
        <translation>Nom du site</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labels.py" line="112"/>
        <source>Time zone</source>
        <translation>Fuseau horaire</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labels.py" line="113"/>
        <source>Coordinator PIN</source>
        <translation>Code PIN de la coordination</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labels.py" line="115"/>
        <source>PIN again</source>
        <translation>Répéter le code PIN</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labels.py" line="116"/>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labels.py" line="117"/>
        <source>Nationality</source>
        <translation>Nationalité</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labels.py" line="118"/>
        <source>People</source>
        <translation>Personnes</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labels.py" line="119"/>
        <source>Person</source>
        <translation>Personne</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labels.py" line="120"/>
        <source>Sex</source>
        <translation>Sexe</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labels.py" line="121"/>
        <source>Age</source>
        <translation>Âge</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labels.py" line="122"/>
        <source>Needs</source>
        <translation>Besoins</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labels.py" line="123"/>
        <source>Referrals</source>
        <translation>Orientations</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labels.py" line="124"/>
        <source>Idle time</source>
        <translation>Délai d&apos;inactivité</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labels.py" line="125"/>
        <source>Interface language</source>
        <translation>Langue de l&apos;écran</translation>
    </message>
</context>
<context>
    <name>print_problem</name>
    <message>
        <location filename="../kiosk/ui/print_status.py" line="46"/>
        <source>Printing is not installed on this computer.</source>
        <translation>L&apos;impression n&apos;est pas installée sur cet ordinateur.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/print_status.py" line="49"/>
        <source>The chosen printer is not found. Check its cable and that it is on, or choose another printer in the settings.</source>
        <translation>L&apos;imprimante choisie est introuvable. Vérifiez son câble et qu&apos;elle est allumée, ou choisissez une autre imprimante dans les réglages.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/print_status.py" line="54"/>
        <source>The printer is paused or offline. Check that it is on.</source>
        <translation>L&apos;imprimante est en pause ou hors ligne. Vérifiez qu&apos;elle est allumée.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/print_status.py" line="57"/>
        <source>The printer did not answer in time. Check that it is on.</source>
        <translation>L&apos;imprimante n&apos;a pas répondu à temps. Vérifiez qu&apos;elle est allumée.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/print_status.py" line="60"/>
        <source>The printer refused the document. Check its paper and lights.</source>
        <translation>L&apos;imprimante a refusé le document. Vérifiez son papier et ses voyants.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/print_status.py" line="63"/>
        <source>The receipt printer is not connected. Check its cable and power.</source>
        <translation>L&apos;imprimante à tickets n&apos;est pas connectée. Vérifiez son câble et son alimentation.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/print_status.py" line="66"/>
        <source>The receipt printer stopped. Check its paper and its cover.</source>
        <translation>L&apos;imprimante à tickets s&apos;est arrêtée. Vérifiez son papier et son capot.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/print_status.py" line="69"/>
        <source>A receipt printer cannot print A4 sheets. Choose another printer in the settings.</source>
        <translation>Une imprimante à tickets ne peut pas imprimer de feuilles A4. Choisissez une autre imprimante dans les réglages.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/print_status.py" line="73"/>
        <source>The folder for PDF files cannot be written (missing or full).</source>
        <translation>Impossible d&apos;écrire dans le dossier des fichiers PDF (absent ou plein).</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/print_status.py" line="76"/>
        <source>The document could not be prepared for printing.</source>
        <translation>Le document n&apos;a pas pu être préparé pour l&apos;impression.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/print_status.py" line="82"/>
        <source>Something went wrong while printing.</source>
        <translation>Un problème est survenu pendant l&apos;impression.</translation>
    </message>
</context>
<context>
    <name>refusals</name>
    <message>
        <location filename="../kiosk/ui/refusals.py" line="46"/>
        <source>%1: %2</source>
        <comment>a field&apos;s name, then why</comment>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/refusals.py" line="84"/>
        <source>This cannot be empty.</source>
        <translation>Ce champ ne peut pas être vide.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/refusals.py" line="86"/>
        <source>At most %1 characters (you typed %2).</source>
        <translation>%1 caractères au maximum (vous en avez tapé %2).</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/refusals.py" line="90"/>
        <source>It contains invisible or control characters: please type it again.</source>
        <translation>Le texte contient des caractères invisibles ou de contrôle&#xa0;: veuillez le retaper.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/refusals.py" line="95"/>
        <source>It must not contain { or }.</source>
        <translation>Le texte ne peut pas contenir { ou }.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/refusals.py" line="97"/>
        <source>%1 is not a whole number.</source>
        <translation>%1 n&apos;est pas un nombre entier.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/refusals.py" line="101"/>
        <source>Must be between %1 and %2.</source>
        <translation>Doit être compris entre %1 et %2.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/refusals.py" line="105"/>
        <source>Use %1 to %2 lowercase letters, digits or dashes, starting with a letter or a digit.</source>
        <translation>Utilisez de %1 à %2 minuscules, chiffres ou tirets, en commençant par une lettre ou un chiffre.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/refusals.py" line="113"/>
        <source>%1 is not a date like %2.</source>
        <translation>%1 n&apos;est pas une date au format %2.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/refusals.py" line="117"/>
        <source>%1 is not a time like %2.</source>
        <translation>%1 n&apos;est pas une heure au format %2.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/refusals.py" line="121"/>
        <source>%1 is not a known time zone, like Europe/Brussels.</source>
        <translation>%1 n&apos;est pas un fuseau horaire connu, comme Europe/Brussels.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/refusals.py" line="127"/>
        <source>Type a whole folder path, like /media/usb/backups.</source>
        <translation>Tapez le chemin complet d&apos;un dossier, comme /media/usb/backups.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/refusals.py" line="133"/>
        <source>Type the path of a PEM certificate file.</source>
        <translation>Tapez le chemin d&apos;un fichier de certificats PEM.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/refusals.py" line="142"/>
        <source>Nothing was chosen yet.</source>
        <translation>Rien n&apos;a encore été choisi.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/refusals.py" line="144"/>
        <source>%1 is not one of these: %2.</source>
        <translation>%1 ne fait pas partie de ces choix&#xa0;: %2.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/refusals.py" line="148"/>
        <source>%1 is in the list twice.</source>
        <translation>%1 figure deux fois dans la liste.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/refusals.py" line="152"/>
        <source>%1 is not a known nationality.</source>
        <translation>%1 n&apos;est pas une nationalité connue.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/refusals.py" line="156"/>
        <source>Unaccompanied minor: only when everyone in the party is under 18.</source>
        <translation>Mineur non accompagné&#xa0;: seulement si tout le groupe a moins de 18 ans.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/refusals.py" line="163"/>
        <source>Pregnant: only when the party has a woman or girl of 12 or older (set her sex on the party step).</source>
        <translation>Enceinte&#xa0;: seulement si le groupe compte une femme ou une fille de 12 ans ou plus (indiquez son sexe à l&apos;étape du groupe).</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/refusals.py" line="177"/>
        <source>This is not a web address.</source>
        <translation>Ce n&apos;est pas une adresse web.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/refusals.py" line="181"/>
        <source>Type a whole address that starts with https://.</source>
        <translation>Tapez une adresse complète qui commence par https://.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/refusals.py" line="187"/>
        <source>Type the address alone, without a user name, a password, or a ?… or #… part.</source>
        <translation>Tapez l&apos;adresse seule, sans nom d&apos;utilisateur, mot de passe ni partie ?… ou #….</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/refusals.py" line="194"/>
        <source>%1 is not LANGUAGE=https://address, e.g. ti=https://example.org/ti.</source>
        <translation>%1 n&apos;a pas la forme LANGUE=https://adresse, p. ex. ti=https://example.org/ti.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/refusals.py" line="200"/>
        <source>Type the token of %1 to %2 characters that headquarters made for this kiosk.</source>
        <translation>Tapez le jeton de %1 à %2 caractères que le siège a créé pour cette borne.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/refusals.py" line="211"/>
        <source>Use digits only.</source>
        <translation>Utilisez uniquement des chiffres.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/refusals.py" line="213"/>
        <source>Use %1 to %2 digits.</source>
        <translation>Utilisez de %1 à %2 chiffres.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/refusals.py" line="217"/>
        <source>Too easy to guess (repeated or consecutive digits).</source>
        <translation>Trop facile à deviner (chiffres répétés ou qui se suivent).</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/refusals.py" line="223"/>
        <source>The two PINs are not the same.</source>
        <translation>Les deux codes PIN ne sont pas identiques.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/refusals.py" line="232"/>
        <source>Type KIND; TARGET; PAPER, e.g. cups; Office; a4.</source>
        <translation>Tapez TYPE; CIBLE; PAPIER, p. ex. cups; Office; a4.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/refusals.py" line="238"/>
        <source>%1 is not a printer queue name: use letters, digits, dots, dashes or underscores.</source>
        <translation>%1 n&apos;est pas un nom de file d&apos;impression&#xa0;: utilisez des lettres, chiffres, points, tirets ou tirets bas.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/refusals.py" line="246"/>
        <source>An ESC/POS connection is usb:0xVVVV:0xPPPP, network:HOST[:PORT], serial:/dev/NAME, file:/dev/usb/lp0 or dummy.</source>
        <translation>Une connexion ESC/POS s&apos;écrit usb:0xVVVV:0xPPPP, network:HÔTE[:PORT], serial:/dev/NOM, file:/dev/usb/lp0 ou dummy.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/refusals.py" line="254"/>
        <source>An ESC/POS printer only takes receipt paper.</source>
        <translation>Une imprimante ESC/POS n&apos;accepte que le papier ticket (receipt).</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/refusals.py" line="264"/>
        <source>No coordinator PIN is set on this kiosk: set one with kiosk reset-pin on this machine.</source>
        <translation>Aucun code PIN de coordinateur n&apos;est défini sur ce kiosque : définissez-en un avec kiosk reset-pin sur cet ordinateur.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/refusals.py" line="272"/>
        <source>%1 has not come yet.</source>
        <translation>Le %1 n&apos;est pas encore arrivé.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/refusals.py" line="276"/>
        <source>%1 is closed and its registrations were deleted.</source>
        <translation>Le %1 est clôturé et ses enregistrements ont été supprimés.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/refusals.py" line="282"/>
        <source>%1 is in the future.</source>
        <translation>%1 est dans le futur.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/refusals.py" line="286"/>
        <source>%1 is too long ago: this kiosk takes registrations from %2 on.</source>
        <translation>%1 est trop ancien : ce kiosque accepte les enregistrements à partir du %2.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/refusals.py" line="292"/>
        <source>A day from %1 to %2.</source>
        <translation>Un jour du %1 au %2.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/refusals.py" line="296"/>
        <source>The parties of %1 were deleted %2 hours after the day closed.</source>
        <translation>Les groupes du %1 ont été effacés %2 heures après la clôture de la journée.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/refusals.py" line="302"/>
        <source>The end (%2) is before the start (%1).</source>
        <translation>La fin (%2) est avant le début (%1).</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/refusals.py" line="306"/>
        <source>A period of at most %1 days.</source>
        <translation>Une période de %1 jours au plus.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/refusals.py" line="310"/>
        <source>The folder %1 does not exist.</source>
        <translation>Le dossier %1 n&apos;existe pas.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/refusals.py" line="320"/>
        <source>A number of the day is between 1 and 9999.</source>
        <translation>Un numéro du jour est compris entre 1 et 9999.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/refusals.py" line="324"/>
        <source>There is no party %1 on %2.</source>
        <translation>Il n&apos;y a pas de groupe %1 le %2.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/refusals.py" line="328"/>
        <source>Party %1 was already voided.</source>
        <translation>Le groupe %1 a déjà été invalidé.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/refusals.py" line="332"/>
        <source>Party %1 was registered more than %2 minutes ago: a coordinator can void it.</source>
        <translation>Le groupe %1 a été enregistré il y a plus de %2 minutes : un coordinateur peut l&apos;invalider.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/refusals.py" line="339"/>
        <source>Party %1 was voided: its documents are not printed again.</source>
        <translation>Le groupe %1 a été invalidé : ses documents ne sont pas réimprimés.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/refusals.py" line="345"/>
        <source>Party %1 was typed in from paper: nothing was printed for it.</source>
        <translation>Le groupe %1 a été saisi depuis le papier : rien n&apos;a été imprimé pour lui.</translation>
    </message>
</context>
<context>
    <name>settings</name>
    <message>
        <location filename="../kiosk/ui/coordinator/setting_labels.py" line="12"/>
        <source>Site</source>
        <translation>Site</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/coordinator/setting_labels.py" line="13"/>
        <source>On the sheets</source>
        <translation>Sur les fiches</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/coordinator/setting_labels.py" line="14"/>
        <source>Languages</source>
        <translation>Langues</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/coordinator/setting_labels.py" line="15"/>
        <source>Printers</source>
        <translation>Imprimantes</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/coordinator/setting_labels.py" line="16"/>
        <source>Headquarters</source>
        <translation>Siège</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/coordinator/setting_labels.py" line="17"/>
        <source>Privacy and closing</source>
        <translation>Vie privée et clôture</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/coordinator/setting_labels.py" line="18"/>
        <source>Screens</source>
        <translation>Écrans</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/coordinator/setting_labels.py" line="19"/>
        <source>Backups</source>
        <translation>Sauvegardes</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/coordinator/setting_labels.py" line="20"/>
        <source>Coordinator PIN</source>
        <translation>Code PIN</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/coordinator/setting_labels.py" line="27"/>
        <source>Site id</source>
        <translation>Code du site</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/coordinator/setting_labels.py" line="28"/>
        <source>Site name</source>
        <translation>Nom du site</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/coordinator/setting_labels.py" line="29"/>
        <source>Time zone</source>
        <translation>Fuseau horaire</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/coordinator/setting_labels.py" line="30"/>
        <source>Registration address</source>
        <translation>Adresse du centre d&apos;enregistrement</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/coordinator/setting_labels.py" line="33"/>
        <source>Registration hours</source>
        <translation>Horaires du centre d&apos;enregistrement</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/coordinator/setting_labels.py" line="36"/>
        <source>Shelter phone number</source>
        <translation>Téléphone de l&apos;hébergement d&apos;urgence</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/coordinator/setting_labels.py" line="39"/>
        <source>Info Point address</source>
        <translation>Adresse de l&apos;Info Point</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/coordinator/setting_labels.py" line="42"/>
        <source>Legal aid address</source>
        <translation>Adresse de l&apos;aide juridique</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/coordinator/setting_labels.py" line="45"/>
        <source>Medical point address</source>
        <translation>Adresse du point médical</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/coordinator/setting_labels.py" line="48"/>
        <source>Humanitarian Hub address</source>
        <translation>Adresse du Hub humanitaire</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/coordinator/setting_labels.py" line="51"/>
        <source>Guardianship service phone</source>
        <translation>Téléphone du Service des Tutelles</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/coordinator/setting_labels.py" line="54"/>
        <source>Emergency number</source>
        <translation>Numéro d&apos;urgence</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/coordinator/setting_labels.py" line="55"/>
        <source>Startpunt address</source>
        <translation>Adresse de Startpunt</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/coordinator/setting_labels.py" line="58"/>
        <source>Soup served (days and hours)</source>
        <translation>Soupe servie (jours et heures)</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/coordinator/setting_labels.py" line="61"/>
        <source>Info Point opening hours</source>
        <translation>Heures d&apos;ouverture de l&apos;Info Point</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/coordinator/setting_labels.py" line="64"/>
        <source>Legal aid opening hours</source>
        <translation>Heures d&apos;ouverture de l&apos;aide juridique</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/coordinator/setting_labels.py" line="67"/>
        <source>Medical point opening hours</source>
        <translation>Heures d&apos;ouverture du point médical</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/coordinator/setting_labels.py" line="70"/>
        <source>Humanitarian Hub opening hours</source>
        <translation>Heures d&apos;ouverture du Humanitarian Hub</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/coordinator/setting_labels.py" line="73"/>
        <source>Help line phone</source>
        <translation>Téléphone de la ligne d&apos;aide</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/coordinator/setting_labels.py" line="76"/>
        <source>Help line hours</source>
        <translation>Heures de la ligne d&apos;aide</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/coordinator/setting_labels.py" line="79"/>
        <source>Second language of every sheet</source>
        <translation>Deuxième langue de chaque fiche</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/coordinator/setting_labels.py" line="82"/>
        <source>Information link</source>
        <translation>Lien d&apos;information</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/coordinator/setting_labels.py" line="83"/>
        <source>Links for single languages</source>
        <translation>Liens par langue</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/coordinator/setting_labels.py" line="86"/>
        <source>Languages on the start screen, in order</source>
        <translation>Langues de l&apos;écran d&apos;accueil, dans l&apos;ordre</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/coordinator/setting_labels.py" line="89"/>
        <source>Language of the volunteers&apos; screens</source>
        <translation>Langue des écrans des bénévoles</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/coordinator/setting_labels.py" line="92"/>
        <source>Frequent nationalities on the desk (pinned)</source>
        <translation>Nationalités fréquentes au guichet (épinglées)</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/coordinator/setting_labels.py" line="95"/>
        <source>Printer for the sheets</source>
        <translation>Imprimante des fiches</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/coordinator/setting_labels.py" line="96"/>
        <source>Printer for meal tickets</source>
        <translation>Imprimante des tickets repas</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/coordinator/setting_labels.py" line="97"/>
        <source>Headquarters address</source>
        <translation>Adresse web du siège</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/coordinator/setting_labels.py" line="98"/>
        <source>Headquarters token</source>
        <translation>Jeton du siège</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/coordinator/setting_labels.py" line="99"/>
        <source>Certificate file (CA bundle)</source>
        <translation>Fichier de certificats (bundle CA)</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/coordinator/setting_labels.py" line="100"/>
        <source>Smallest count sent to headquarters (k)</source>
        <translation>Plus petit nombre envoyé au siège (k)</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/coordinator/setting_labels.py" line="103"/>
        <source>Hours before per-person rows are deleted</source>
        <translation>Durée de conservation des données par personne (heures)</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/coordinator/setting_labels.py" line="106"/>
        <source>The day closes by itself at</source>
        <translation>La journée se clôture automatiquement à</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/coordinator/setting_labels.py" line="107"/>
        <source>Seconds before an unfinished registration clears</source>
        <translation>Secondes avant l&apos;effacement d&apos;un enregistrement inachevé</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/coordinator/setting_labels.py" line="110"/>
        <source>Seconds before coordinator mode locks itself</source>
        <translation>Secondes avant le verrouillage du mode coordination</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/coordinator/setting_labels.py" line="113"/>
        <source>High contrast (black, white and yellow)</source>
        <translation>Contraste élevé (noir, blanc et jaune)</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/coordinator/setting_labels.py" line="116"/>
        <source>Large text</source>
        <translation>Grands caractères</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/coordinator/setting_labels.py" line="117"/>
        <source>Backup folder</source>
        <translation>Dossier des sauvegardes</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/coordinator/setting_labels.py" line="125"/>
        <source>On</source>
        <translation>Activé</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/coordinator/setting_labels.py" line="126"/>
        <source>Off</source>
        <translation>Désactivé</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/coordinator/setting_labels.py" line="133"/>
        <source>Lowercase letters, digits and dashes. Headquarters knows the desk by it.</source>
        <translation>Minuscules, chiffres et tirets. Le siège reconnaît le guichet à ce code.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/coordinator/setting_labels.py" line="136"/>
        <source>e.g. Europe/Brussels</source>
        <translation>p. ex. Europe/Brussels</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/coordinator/setting_labels.py" line="137"/>
        <source>https:// address; {language} becomes the sheet&apos;s language code</source>
        <translation>Adresse https://&#xa0;; {language} devient le code de langue de la fiche</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/coordinator/setting_labels.py" line="140"/>
        <source>e.g. ti=https://example.org/ti (empty: none)</source>
        <translation>p. ex. ti=https://example.org/ti (vide&#xa0;: aucun)</translation>
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
        <translation>Jours et heures, p. ex. mon-fri 07:00-09:00; sat 09:00-12:00 (codes de jours anglais)</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/coordinator/setting_labels.py" line="164"/>
        <location filename="../kiosk/ui/coordinator/setting_labels.py" line="167"/>
        <source>Empty: the sentence that would print it is left out of the sheet</source>
        <translation>Vide : la phrase qui l&apos;imprimerait n&apos;apparaît pas sur la feuille</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/coordinator/setting_labels.py" line="170"/>
        <source>Language codes separated by commas, e.g. ar, prs, ps, ti</source>
        <translation>Codes de langue séparés par des virgules, p. ex. ar, prs, ps, ti</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/coordinator/setting_labels.py" line="173"/>
        <source>KIND; TARGET; PAPER, e.g. cups; Office; a4 or folder; /media/usb; a4</source>
        <translation>TYPE; CIBLE; PAPIER, p. ex. cups; Office; a4 ou folder; /media/usb; a4</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/coordinator/setting_labels.py" line="176"/>
        <source>e.g. escpos; usb:0x04b8:0x0202; receipt</source>
        <translation>p. ex. escpos; usb:0x04b8:0x0202; receipt</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/coordinator/setting_labels.py" line="179"/>
        <source>Never shown. Type a new token to replace it; leave empty to keep it.</source>
        <translation>Jamais affiché. Tapez un nouveau jeton pour le remplacer&#xa0;; laissez vide pour le garder.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/coordinator/setting_labels.py" line="182"/>
        <source>3 at the least; counts from 1 to k−1 never leave the desk</source>
        <translation>Au moins 3&#xa0;; les nombres de 1 à k−1 ne quittent jamais le guichet</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/coordinator/setting_labels.py" line="185"/>
        <source>After the day is closed; at most 720 (30 days)</source>
        <translation>Après la clôture de la journée&#xa0;; au plus 720 (30 jours)</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/coordinator/setting_labels.py" line="188"/>
        <source>A time like 20:00</source>
        <translation>Une heure au format 20:00</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/coordinator/setting_labels.py" line="189"/>
        <source>15 to 600</source>
        <translation>15 à 600</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/coordinator/setting_labels.py" line="190"/>
        <source>60 to 1800</source>
        <translation>60 à 1800</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/coordinator/setting_labels.py" line="191"/>
        <source>A whole path; empty: the kiosk&apos;s own folder. Copies are kept 7 days.</source>
        <translation>Un chemin complet&#xa0;; vide&#xa0;: le dossier propre à la borne. Les copies sont conservées 7 jours.</translation>
    </message>
</context>
</TS>
