<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>ConfirmScreen</name>
    <message>
        <location filename="../kiosk/ui/confirm_screen.py" line="151"/>
        <source>Check and register</source>
        <translation>Check and register</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/confirm_screen.py" line="152"/>
        <source>Register</source>
        <translation>Register</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/confirm_screen.py" line="153"/>
        <source>Sheet language</source>
        <translation>Sheet language</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/confirm_screen.py" line="154"/>
        <source>Nationality</source>
        <translation>Nationality</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/confirm_screen.py" line="155"/>
        <source>People</source>
        <translation>People</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/confirm_screen.py" line="156"/>
        <source>Needs</source>
        <translation>Needs</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/confirm_screen.py" line="157"/>
        <source>Referrals given</source>
        <translation>Referrals given</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/confirm_screen.py" line="158"/>
        <source>Tap a line to change it.</source>
        <translation>Tap a line to change it.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/confirm_screen.py" line="189"/>
        <location filename="../kiosk/ui/confirm_screen.py" line="192"/>
        <source>not chosen</source>
        <translation>not chosen</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/confirm_screen.py" line="202"/>
        <source>%1 in total</source>
        <translation>%1 in total</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/confirm_screen.py" line="206"/>
        <source>none</source>
        <translation>none</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/confirm_screen.py" line="217"/>
        <source>tap to change</source>
        <translation>tap to change</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/confirm_screen.py" line="230"/>
        <source>Not registered. %1: %2</source>
        <translation>Not registered. %1: %2</translation>
    </message>
</context>
<context>
    <name>CrashNotice</name>
    <message>
        <location filename="../kiosk/ui/crash_recovery.py" line="74"/>
        <source>Something went wrong. The kiosk has started again at the first screen. Nothing half-done was saved.</source>
        <translation>Something went wrong. The kiosk has started again at the first screen. Nothing half-done was saved.</translation>
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
        <translation>Dashboard</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/coordinator/dashboard_screen.py" line="266"/>
        <location filename="../kiosk/ui/coordinator/dashboard_screen.py" line="278"/>
        <source>Close the day</source>
        <translation>Close the day</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/coordinator/dashboard_screen.py" line="267"/>
        <source>Today&apos;s parties</source>
        <translation>Today&apos;s parties</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/coordinator/dashboard_screen.py" line="268"/>
        <source>Export</source>
        <translation>Export</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/coordinator/dashboard_screen.py" line="269"/>
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/coordinator/dashboard_screen.py" line="270"/>
        <source>Lock</source>
        <translation>Lock</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/coordinator/dashboard_screen.py" line="271"/>
        <source>Close kiosk</source>
        <translation>Close kiosk</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/coordinator/dashboard_screen.py" line="274"/>
        <source>Close today? Its counts are frozen, and its per-person rows are deleted after the retention time. Arrivals after closing are still counted.</source>
        <translation>Close today? Its counts are frozen, and its per-person rows are deleted after the retention time. Arrivals after closing are still counted.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/coordinator/dashboard_screen.py" line="279"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/coordinator/dashboard_screen.py" line="281"/>
        <source>people</source>
        <translation>people</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/coordinator/dashboard_screen.py" line="282"/>
        <source>parties</source>
        <translation>parties</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/coordinator/dashboard_screen.py" line="283"/>
        <source>children</source>
        <translation>children</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/coordinator/dashboard_screen.py" line="284"/>
        <source>unaccompanied minors</source>
        <translation>unaccompanied minors</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/coordinator/dashboard_screen.py" line="285"/>
        <source>need shelter tonight</source>
        <translation>need shelter tonight</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/coordinator/dashboard_screen.py" line="286"/>
        <source>meals served</source>
        <translation>meals served</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/coordinator/dashboard_screen.py" line="287"/>
        <source>sheets printed</source>
        <translation>sheets printed</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/coordinator/dashboard_screen.py" line="291"/>
        <source>Today by hour (people)</source>
        <translation>Today by hour (people)</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/coordinator/dashboard_screen.py" line="292"/>
        <source>People per day, last 30 days</source>
        <translation>People per day, last 30 days</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/coordinator/dashboard_screen.py" line="293"/>
        <source>People by</source>
        <translation>People by</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/coordinator/dashboard_screen.py" line="294"/>
        <source>Today</source>
        <translation>Today</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/coordinator/dashboard_screen.py" line="295"/>
        <source>Last 30 days</source>
        <translation>Last 30 days</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/coordinator/dashboard_screen.py" line="296"/>
        <source>Language of the sheet</source>
        <translation>Language of the sheet</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/coordinator/dashboard_screen.py" line="297"/>
        <source>Nationality</source>
        <translation>Nationality</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/coordinator/dashboard_screen.py" line="298"/>
        <source>Age band</source>
        <translation>Age band</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/coordinator/dashboard_screen.py" line="319"/>
        <source>people in %1 parties flagged &quot;needs shelter&quot; or referred to a shelter</source>
        <translation>people in %1 parties flagged &quot;needs shelter&quot; or referred to a shelter</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/coordinator/dashboard_screen.py" line="326"/>
        <source>Nobody registered yet today.</source>
        <translation>Nobody registered yet today.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/coordinator/dashboard_screen.py" line="332"/>
        <location filename="../kiosk/ui/coordinator/dashboard_screen.py" line="352"/>
        <source>Nobody in the last 30 days.</source>
        <translation>Nobody in the last 30 days.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/coordinator/dashboard_screen.py" line="335"/>
        <source>Today is closed. Its counts are frozen.</source>
        <translation>Today is closed. Its counts are frozen.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/coordinator/dashboard_screen.py" line="346"/>
        <source>Nobody yet today.</source>
        <translation>Nobody yet today.</translation>
    </message>
</context>
<context>
    <name>DoneScreen</name>
    <message>
        <location filename="../kiosk/ui/done_screen.py" line="140"/>
        <source>Number of the day</source>
        <translation>Number of the day</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/done_screen.py" line="141"/>
        <source>Next arrival</source>
        <translation>Next arrival</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/done_screen.py" line="142"/>
        <source>Print again</source>
        <translation>Print again</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/done_screen.py" line="143"/>
        <source>Undo</source>
        <translation>Undo</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/done_screen.py" line="144"/>
        <source>Undo registration</source>
        <translation>Undo registration</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/done_screen.py" line="145"/>
        <source>Keep it</source>
        <translation>Keep it</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/done_screen.py" line="169"/>
        <source>People registered: %1</source>
        <translation>People registered: %1</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/done_screen.py" line="199"/>
        <source>Undo registration %1? It will not be counted.</source>
        <translation>Undo registration %1? It will not be counted.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/done_screen.py" line="208"/>
        <source>The sheet and meal tickets are printed again.</source>
        <translation>The sheet and meal tickets are printed again.</translation>
    </message>
</context>
<context>
    <name>ExportScreen</name>
    <message>
        <location filename="../kiosk/ui/coordinator/export_screen.py" line="267"/>
        <source>Export counts</source>
        <translation>Export counts</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/coordinator/export_screen.py" line="270"/>
        <source>Counts only, one row per day. Exact numbers: small ones can identify people, so keep the file safe.</source>
        <translation>Counts only, one row per day. Exact numbers: small ones can identify people, so keep the file safe.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/coordinator/export_screen.py" line="274"/>
        <source>Period</source>
        <translation>Period</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/coordinator/export_screen.py" line="275"/>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/coordinator/export_screen.py" line="276"/>
        <source>Language of the report</source>
        <translation>Language of the report</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/coordinator/export_screen.py" line="277"/>
        <source>Folder</source>
        <translation>Folder</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/coordinator/export_screen.py" line="280"/>
        <source>Today</source>
        <translation>Today</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/coordinator/export_screen.py" line="281"/>
        <source>Yesterday</source>
        <translation>Yesterday</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/coordinator/export_screen.py" line="282"/>
        <source>Last 7 days</source>
        <translation>Last 7 days</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/coordinator/export_screen.py" line="283"/>
        <source>Last 30 days</source>
        <translation>Last 30 days</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/coordinator/export_screen.py" line="284"/>
        <source>This month</source>
        <translation>This month</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/coordinator/export_screen.py" line="285"/>
        <source>Last month</source>
        <translation>Last month</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/coordinator/export_screen.py" line="290"/>
        <source>CSV</source>
        <translation>CSV</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/coordinator/export_screen.py" line="291"/>
        <source>Excel (XLSX)</source>
        <translation>Excel (XLSX)</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/coordinator/export_screen.py" line="292"/>
        <source>PDF report</source>
        <translation>PDF report</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/coordinator/export_screen.py" line="293"/>
        <source>Dutch</source>
        <translation>Dutch</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/coordinator/export_screen.py" line="294"/>
        <source>French</source>
        <translation>French</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/coordinator/export_screen.py" line="295"/>
        <source>English</source>
        <translation>English</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/coordinator/export_screen.py" line="296"/>
        <source>From</source>
        <translation>From</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/coordinator/export_screen.py" line="297"/>
        <source>To</source>
        <translation>To</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/coordinator/export_screen.py" line="298"/>
        <source>first day</source>
        <translation>first day</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/coordinator/export_screen.py" line="298"/>
        <source>last day</source>
        <translation>last day</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/coordinator/export_screen.py" line="300"/>
        <source>%1 one day earlier</source>
        <translation>%1 one day earlier</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/coordinator/export_screen.py" line="303"/>
        <source>%1 one day later</source>
        <translation>%1 one day later</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/coordinator/export_screen.py" line="305"/>
        <source>Look for USB sticks again</source>
        <translation>Look for USB sticks again</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/coordinator/export_screen.py" line="306"/>
        <source>Back</source>
        <translation>Back</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/coordinator/export_screen.py" line="375"/>
        <source>Export</source>
        <translation>Export</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/coordinator/export_screen.py" line="367"/>
        <source>Days: %1</source>
        <translation>Days: %1</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/coordinator/export_screen.py" line="375"/>
        <source>Exporting…</source>
        <translation>Exporting…</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/coordinator/export_screen.py" line="386"/>
        <source>Choose a folder first (plug in a USB stick and tap the button below the list).</source>
        <translation>Choose a folder first (plug in a USB stick and tap the button below the list).</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/coordinator/export_screen.py" line="414"/>
        <source>The file could not be written to %1: %2</source>
        <translation>The file could not be written to %1: %2</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/coordinator/export_screen.py" line="423"/>
        <source>Saved to %1</source>
        <translation>Saved to %1</translation>
    </message>
</context>
<context>
    <name>KeyboardPanel</name>
    <message>
        <location filename="../kiosk/ui/on_screen_keyboard.py" line="208"/>
        <source>Done</source>
        <translation>Done</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/on_screen_keyboard.py" line="209"/>
        <source>Hide the keyboard</source>
        <translation>Hide the keyboard</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/on_screen_keyboard.py" line="212"/>
        <source>Space</source>
        <translation>Space</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/on_screen_keyboard.py" line="215"/>
        <source>Delete a character</source>
        <translation>Delete a character</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/on_screen_keyboard.py" line="217"/>
        <source>Enter</source>
        <translation>Enter</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/on_screen_keyboard.py" line="221"/>
        <source>Capital letter</source>
        <translation>Capital letter</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/on_screen_keyboard.py" line="226"/>
        <source>Letters</source>
        <translation>Letters</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/on_screen_keyboard.py" line="226"/>
        <source>Accents and signs</source>
        <translation>Accents and signs</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/on_screen_keyboard.py" line="232"/>
        <source>Switch to %1</source>
        <translation>Switch to %1</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../kiosk/ui/main_window.py" line="308"/>
        <source>Close the kiosk?</source>
        <translation>Close the kiosk?</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/main_window.py" line="309"/>
        <source>Yes, close</source>
        <translation>Yes, close</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/main_window.py" line="310"/>
        <source>No, stay open</source>
        <translation>No, stay open</translation>
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
        <translation>Search: name or code</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/coordinator/nationality_pin.py" line="69"/>
        <source>Search a nationality</source>
        <translation>Search a nationality</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/coordinator/nationality_pin.py" line="71"/>
        <source>Automatic</source>
        <translation>Automatic</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/coordinator/nationality_pin.py" line="101"/>
        <source>Pinned (%1 of %2): %3</source>
        <translation>Pinned (%1 of %2): %3</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/coordinator/nationality_pin.py" line="108"/>
        <source>Automatic: the most frequent of the last 7 days. Tap countries to pin.</source>
        <translation>Automatic: the most frequent of the last 7 days. Tap countries to pin.</translation>
    </message>
</context>
<context>
    <name>NationalityScreen</name>
    <message>
        <location filename="../kiosk/ui/nationality_screen.py" line="108"/>
        <source>Nationality</source>
        <translation>Nationality</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/nationality_screen.py" line="109"/>
        <source>Frequent this week</source>
        <translation>Frequent this week</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/nationality_screen.py" line="110"/>
        <source>All nationalities</source>
        <translation>All nationalities</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/nationality_screen.py" line="111"/>
        <source>Search: name or code</source>
        <translation>Search: name or code</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/nationality_screen.py" line="112"/>
        <source>Search a nationality</source>
        <translation>Search a nationality</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/nationality_screen.py" line="114"/>
        <source>No nationality matches. Try fewer letters.</source>
        <translation>No nationality matches. Try fewer letters.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/nationality_screen.py" line="115"/>
        <source>Clear</source>
        <translation>Clear</translation>
    </message>
</context>
<context>
    <name>NeedsScreen</name>
    <message>
        <location filename="../kiosk/ui/needs_screen.py" line="90"/>
        <source>Needs and referrals</source>
        <translation>Needs and referrals</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/needs_screen.py" line="91"/>
        <source>Needs (tap all that apply)</source>
        <translation>Needs (tap all that apply)</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/needs_screen.py" line="92"/>
        <source>Referrals given</source>
        <translation>Referrals given</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/needs_screen.py" line="126"/>
        <source>Under 18 and without an adult: mark as unaccompanied minor and refer to the guardianship service?</source>
        <translation>Under 18 and without an adult: mark as unaccompanied minor and refer to the guardianship service?</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/needs_screen.py" line="130"/>
        <source>Yes, mark and refer</source>
        <translation>Yes, mark and refer</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/needs_screen.py" line="133"/>
        <source>Marked as unaccompanied minor, referred to the guardianship service.</source>
        <translation>Marked as unaccompanied minor, referred to the guardianship service.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/needs_screen.py" line="135"/>
        <source>Done</source>
        <translation>Done</translation>
    </message>
</context>
<context>
    <name>PartiesScreen</name>
    <message>
        <location filename="../kiosk/ui/coordinator/parties_screen.py" line="253"/>
        <source>Today&apos;s parties</source>
        <translation>Today&apos;s parties</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/coordinator/parties_screen.py" line="254"/>
        <source>Back</source>
        <translation>Back</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/coordinator/parties_screen.py" line="255"/>
        <source>Void party</source>
        <translation>Void party</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/coordinator/parties_screen.py" line="256"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/coordinator/parties_screen.py" line="257"/>
        <source>Nobody registered yet today.</source>
        <translation>Nobody registered yet today.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/coordinator/parties_screen.py" line="258"/>
        <source>Earlier</source>
        <translation>Earlier</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/coordinator/parties_screen.py" line="259"/>
        <source>Later</source>
        <translation>Later</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/coordinator/parties_screen.py" line="322"/>
        <source>Parties %1–%2 of %3</source>
        <translation>Parties %1–%2 of %3</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/coordinator/parties_screen.py" line="331"/>
        <source>Parties counted: %1</source>
        <translation>Parties counted: %1</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/coordinator/parties_screen.py" line="332"/>
        <source>People counted: %1</source>
        <translation>People counted: %1</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/coordinator/parties_screen.py" line="336"/>
        <source>Voided: %1</source>
        <translation>Voided: %1</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/coordinator/parties_screen.py" line="355"/>
        <source>Void party %1 (people: %2)? It stays in the list but is no longer counted, and its meal tickets are refused. Headquarters gets the corrected day.</source>
        <translation>Void party %1 (people: %2)? It stays in the list but is no longer counted, and its meal tickets are refused. Headquarters gets the corrected day.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/coordinator/parties_screen.py" line="372"/>
        <source>Party %1 is voided.</source>
        <translation>Party %1 is voided.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/coordinator/parties_screen.py" line="383"/>
        <source>Party %1&apos;s sheet and meal tickets are printed again.</source>
        <translation>Party %1&apos;s sheet and meal tickets are printed again.</translation>
    </message>
</context>
<context>
    <name>PartyRow</name>
    <message>
        <location filename="../kiosk/ui/coordinator/parties_screen.py" line="121"/>
        <source>Reprint</source>
        <translation>Reprint</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/coordinator/parties_screen.py" line="122"/>
        <source>Void</source>
        <translation>Void</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/coordinator/parties_screen.py" line="126"/>
        <source>1 person</source>
        <translation>1 person</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/coordinator/parties_screen.py" line="127"/>
        <source>%1 people</source>
        <translation>%1 people</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/coordinator/parties_screen.py" line="133"/>
        <source>undone at the desk</source>
        <translation>undone at the desk</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/coordinator/parties_screen.py" line="134"/>
        <source>by a coordinator</source>
        <translation>by a coordinator</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/coordinator/parties_screen.py" line="135"/>
        <source>Voided at %1, %2</source>
        <translation>Voided at %1, %2</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/coordinator/parties_screen.py" line="139"/>
        <source>Meal tickets used: %1 of %2</source>
        <translation>Meal tickets used: %1 of %2</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/coordinator/parties_screen.py" line="143"/>
        <source>Typed in from paper: no tickets</source>
        <translation>Typed in from paper: no tickets</translation>
    </message>
</context>
<context>
    <name>PartyScreen</name>
    <message>
        <location filename="../kiosk/ui/party_screen.py" line="155"/>
        <source>Who arrived together?</source>
        <translation>Who arrived together?</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/party_screen.py" line="156"/>
        <source>Children</source>
        <translation>Children</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/party_screen.py" line="157"/>
        <source>Adults</source>
        <translation>Adults</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/party_screen.py" line="166"/>
        <source>One more: %1, %2</source>
        <translation>One more: %1, %2</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/party_screen.py" line="169"/>
        <source>One fewer: %1, %2</source>
        <translation>One fewer: %1, %2</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/party_screen.py" line="176"/>
        <source>Girls</source>
        <translation>Girls</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/party_screen.py" line="176"/>
        <source>Women</source>
        <translation>Women</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/party_screen.py" line="178"/>
        <source>Boys</source>
        <translation>Boys</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/party_screen.py" line="178"/>
        <source>Men</source>
        <translation>Men</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/party_screen.py" line="180"/>
        <source>Other</source>
        <translation>Other</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/party_screen.py" line="181"/>
        <source>Sex not said</source>
        <translation>Sex not said</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/party_screen.py" line="198"/>
        <source>Tap + for each person.</source>
        <translation>Tap + for each person.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/party_screen.py" line="201"/>
        <source>Adults: %1 · Children: %2</source>
        <translation>Adults: %1 · Children: %2</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/party_screen.py" line="194"/>
        <source>People in this party: %1</source>
        <translation>People in this party: %1</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/party_screen.py" line="196"/>
        <source>A party has at most %1 people</source>
        <translation>A party has at most %1 people</translation>
    </message>
</context>
<context>
    <name>PinScreen</name>
    <message>
        <location filename="../kiosk/ui/coordinator/pin_screen.py" line="108"/>
        <source>Coordinator mode</source>
        <translation>Coordinator mode</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/coordinator/pin_screen.py" line="110"/>
        <source>Type the coordinator PIN. It opens the counts, exports and settings.</source>
        <translation>Type the coordinator PIN. It opens the counts, exports and settings.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/coordinator/pin_screen.py" line="112"/>
        <source>Back</source>
        <translation>Back</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/coordinator/pin_screen.py" line="113"/>
        <source>Delete a digit</source>
        <translation>Delete a digit</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/coordinator/pin_screen.py" line="114"/>
        <source>Open coordinator mode</source>
        <translation>Open coordinator mode</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/coordinator/pin_screen.py" line="186"/>
        <source>%1 digits typed</source>
        <translation>%1 digits typed</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/coordinator/pin_screen.py" line="198"/>
        <source>The PIN has at least %1 digits.</source>
        <translation>The PIN has at least %1 digits.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/coordinator/pin_screen.py" line="210"/>
        <source>Too many wrong PINs. Coordinator mode is locked for 30 minutes, until %1. A forgotten PIN is reset on the machine with: kiosk reset-pin</source>
        <translation>Too many wrong PINs. Coordinator mode is locked for 30 minutes, until %1. A forgotten PIN is reset on the machine with: kiosk reset-pin</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/coordinator/pin_screen.py" line="218"/>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/coordinator/pin_screen.py" line="220"/>
        <source>Wrong PIN. Wait %1 before the next try.</source>
        <translation>Wrong PIN. Wait %1 before the next try.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/coordinator/pin_screen.py" line="224"/>
        <source>Wrong PIN. Tries left before a wait: %1.</source>
        <translation>Wrong PIN. Tries left before a wait: %1.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/coordinator/pin_screen.py" line="227"/>
        <source>Wrong PIN. Another wrong PIN makes you wait longer.</source>
        <translation>Wrong PIN. Another wrong PIN makes you wait longer.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/coordinator/pin_screen.py" line="229"/>
        <source>You can try again.</source>
        <translation>You can try again.</translation>
    </message>
</context>
<context>
    <name>PrintStatus</name>
    <message>
        <location filename="../kiosk/ui/print_status.py" line="150"/>
        <source>Print again</source>
        <translation>Print again</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/print_status.py" line="151"/>
        <source>Dismiss</source>
        <translation>Dismiss</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/print_status.py" line="224"/>
        <source>A document did not print</source>
        <translation>A document did not print</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/print_status.py" line="212"/>
        <source>The sheet for number %1 did not print.</source>
        <translation>The sheet for number %1 did not print.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/print_status.py" line="213"/>
        <source>The meal tickets for number %1 did not print.</source>
        <translation>The meal tickets for number %1 did not print.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/print_status.py" line="229"/>
        <source>The registration is saved; the kiosk tries again by itself.</source>
        <translation>The registration is saved; the kiosk tries again by itself.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/print_status.py" line="231"/>
        <source>Technical detail: %1</source>
        <translation>Technical detail: %1</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/print_status.py" line="152"/>
        <location filename="../kiosk/ui/print_status.py" line="235"/>
        <source>Less</source>
        <translation>Less</translation>
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
        <translation>%1 documents are waiting.</translation>
    </message>
</context>
<context>
    <name>PrinterRow</name>
    <message>
        <location filename="../kiosk/ui/coordinator/printer_row.py" line="131"/>
        <source>Look for printers again</source>
        <translation>Look for printers again</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/coordinator/printer_row.py" line="132"/>
        <source>Test print</source>
        <translation>Test print</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/coordinator/printer_row.py" line="133"/>
        <source>Paper</source>
        <translation>Paper</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/coordinator/printer_row.py" line="134"/>
        <source>A4 sheets</source>
        <translation>A4 sheets</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/coordinator/printer_row.py" line="135"/>
        <source>Receipt roll (80 mm)</source>
        <translation>Receipt roll (80 mm)</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/coordinator/printer_row.py" line="141"/>
        <location filename="../kiosk/ui/coordinator/printer_row.py" line="194"/>
        <source>Looking for printers…</source>
        <translation>Looking for printers…</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/coordinator/printer_row.py" line="159"/>
        <source>default</source>
        <translation>default</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/coordinator/printer_row.py" line="161"/>
        <source>paused</source>
        <translation>paused</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/coordinator/printer_row.py" line="165"/>
        <source>not found now</source>
        <translation>not found now</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/coordinator/printer_row.py" line="167"/>
        <source>System printer %1</source>
        <translation>System printer %1</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/coordinator/printer_row.py" line="168"/>
        <source>PDF files in a folder</source>
        <translation>PDF files in a folder</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/coordinator/printer_row.py" line="170"/>
        <source>Receipt printer (ESC/POS)</source>
        <translation>Receipt printer (ESC/POS)</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/coordinator/printer_row.py" line="196"/>
        <source>No printers found on this computer.</source>
        <translation>No printers found on this computer.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/coordinator/printer_row.py" line="198"/>
        <source>Tap the printer to use.</source>
        <translation>Tap the printer to use.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/coordinator/printer_row.py" line="223"/>
        <source>Folder (empty: the kiosk&apos;s own folder)</source>
        <translation>Folder (empty: the kiosk&apos;s own folder)</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/coordinator/printer_row.py" line="226"/>
        <source>Connection, e.g. usb:0x04b8:0x0202 or network:192.168.1.50</source>
        <translation>Connection, e.g. usb:0x04b8:0x0202 or network:192.168.1.50</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/coordinator/printer_row.py" line="272"/>
        <source>Choose a printer and its paper first.</source>
        <translation>Choose a printer and its paper first.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/coordinator/printer_row.py" line="275"/>
        <source>Startpunt Kiosk: test page</source>
        <translation>Startpunt Kiosk: test page</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/coordinator/printer_row.py" line="276"/>
        <source>If you can read this, the printer works.</source>
        <translation>If you can read this, the printer works.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/coordinator/printer_row.py" line="280"/>
        <source>Printing a test page…</source>
        <translation>Printing a test page…</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/coordinator/printer_row.py" line="294"/>
        <source>The test page was sent to the printer (%1).</source>
        <translation>The test page was sent to the printer (%1).</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/coordinator/printer_row.py" line="300"/>
        <source>The test page did not print.</source>
        <translation>The test page did not print.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/coordinator/printer_row.py" line="301"/>
        <source>Technical detail: %1</source>
        <translation>Technical detail: %1</translation>
    </message>
</context>
<context>
    <name>RegistrationFlow</name>
    <message>
        <location filename="../kiosk/ui/registration_flow.py" line="93"/>
        <source>Discard this registration?</source>
        <translation>Discard this registration?</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/registration_flow.py" line="94"/>
        <source>Yes, discard</source>
        <translation>Yes, discard</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/registration_flow.py" line="95"/>
        <source>No, keep it</source>
        <translation>No, keep it</translation>
    </message>
</context>
<context>
    <name>SettingsScreen</name>
    <message>
        <location filename="../kiosk/ui/coordinator/settings_screen.py" line="278"/>
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/coordinator/settings_screen.py" line="285"/>
        <source>The PIN protects the counts and the settings. Changing it needs the old one; a forgotten PIN is reset on the machine with: kiosk reset-pin</source>
        <translation>The PIN protects the counts and the settings. Changing it needs the old one; a forgotten PIN is reset on the machine with: kiosk reset-pin</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/coordinator/settings_screen.py" line="290"/>
        <source>Current PIN</source>
        <translation>Current PIN</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/coordinator/settings_screen.py" line="291"/>
        <source>New PIN (6 to 12 digits)</source>
        <translation>New PIN (6 to 12 digits)</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/coordinator/settings_screen.py" line="292"/>
        <source>New PIN again</source>
        <translation>New PIN again</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/coordinator/settings_screen.py" line="295"/>
        <source>Change the PIN</source>
        <translation>Change the PIN</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/coordinator/settings_screen.py" line="296"/>
        <source>Back</source>
        <translation>Back</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/coordinator/settings_screen.py" line="297"/>
        <source>Save changes</source>
        <translation>Save changes</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/coordinator/settings_screen.py" line="337"/>
        <source>Not saved: %1. The reason is under each.</source>
        <translation>Not saved: %1. The reason is under each.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/coordinator/settings_screen.py" line="344"/>
        <source>Saved: %1</source>
        <translation>Saved: %1</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/coordinator/settings_screen.py" line="347"/>
        <source>Nothing was changed.</source>
        <translation>Nothing was changed.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/coordinator/settings_screen.py" line="359"/>
        <source>The PIN was changed.</source>
        <translation>The PIN was changed.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/coordinator/settings_screen.py" line="361"/>
        <source>Too many wrong PINs: try again later.</source>
        <translation>Too many wrong PINs: try again later.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/coordinator/settings_screen.py" line="363"/>
        <source>The current PIN is not right; nothing was changed.</source>
        <translation>The current PIN is not right; nothing was changed.</translation>
    </message>
</context>
<context>
    <name>SetupScreen</name>
    <message>
        <location filename="../kiosk/ui/setup_screen.py" line="174"/>
        <source>Set up this kiosk</source>
        <translation>Set up this kiosk</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/setup_screen.py" line="177"/>
        <source>First run: a coordinator fills this in once. The PIN protects the counts and the settings.</source>
        <translation>First run: a coordinator fills this in once. The PIN protects the counts and the settings.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/setup_screen.py" line="183"/>
        <source>PIN again</source>
        <translation>PIN again</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/setup_screen.py" line="188"/>
        <source>Lowercase letters, digits and dashes, e.g. brussels-centre</source>
        <translation>Lowercase letters, digits and dashes, e.g. brussels-centre</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/setup_screen.py" line="190"/>
        <source>6 to 12 digits, not easy to guess.</source>
        <translation>6 to 12 digits, not easy to guess.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/setup_screen.py" line="191"/>
        <source>Set up</source>
        <translation>Set up</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/setup_screen.py" line="198"/>
        <source>Screen language: %1</source>
        <translation>Screen language: %1</translation>
    </message>
</context>
<context>
    <name>SoupCounterScreen</name>
    <message>
        <location filename="../kiosk/ui/soup_counter.py" line="151"/>
        <source>Soup counter</source>
        <translation>Soup counter</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/soup_counter.py" line="158"/>
        <source>Back</source>
        <translation>Back</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/soup_counter.py" line="204"/>
        <source>Ready: scan the next ticket.</source>
        <translation>Ready: scan the next ticket.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/soup_counter.py" line="218"/>
        <source>Accepted</source>
        <translation>Accepted</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/soup_counter.py" line="220"/>
        <source>Ticket %1 · meal %2 today</source>
        <translation>Ticket %1 · meal %2 today</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/soup_counter.py" line="230"/>
        <source>Number %1</source>
        <translation>Number %1</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/soup_counter.py" line="242"/>
        <source>This is not a meal ticket, or the code is damaged.</source>
        <translation>This is not a meal ticket, or the code is damaged.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/soup_counter.py" line="243"/>
        <source>This ticket was not made by this desk.</source>
        <translation>This ticket was not made by this desk.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/soup_counter.py" line="244"/>
        <source>This ticket belongs to another site.</source>
        <translation>This ticket belongs to another site.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/soup_counter.py" line="245"/>
        <source>This ticket was for another day.</source>
        <translation>This ticket was for another day.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/soup_counter.py" line="246"/>
        <source>No ticket with this number was handed out today.</source>
        <translation>No ticket with this number was handed out today.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/soup_counter.py" line="248"/>
        <source>Type the check code printed beside the ticket number too, e.g. 17‑K7R.</source>
        <translation>Type the check code printed beside the ticket number too, e.g. 17‑K7R.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/soup_counter.py" line="251"/>
        <source>The check code does not match this ticket number: look at the ticket again.</source>
        <translation>The check code does not match this ticket number: look at the ticket again.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/soup_counter.py" line="253"/>
        <source>This ticket was already used.</source>
        <translation>This ticket was already used.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/soup_counter.py" line="254"/>
        <source>This ticket&apos;s registration was voided.</source>
        <translation>This ticket&apos;s registration was voided.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/soup_counter.py" line="259"/>
        <source>Used at %1.</source>
        <translation>Used at %1.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/soup_counter.py" line="265"/>
        <source>Accepted: ticket %1</source>
        <translation>Accepted: ticket %1</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/soup_counter.py" line="227"/>
        <location filename="../kiosk/ui/soup_counter.py" line="268"/>
        <source>Refused</source>
        <translation>Refused</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/soup_counter.py" line="153"/>
        <source>Scan a meal ticket, or type its number and check code (e.g. 17‑K7R) and tap OK.</source>
        <translation>Scan a meal ticket, or type its number and check code (e.g. 17‑K7R) and tap OK.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/soup_counter.py" line="156"/>
        <location filename="../kiosk/ui/soup_counter.py" line="157"/>
        <source>Ticket code, or number and check code</source>
        <translation>Ticket code, or number and check code</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/soup_counter.py" line="304"/>
        <source>Meals served today: %1</source>
        <translation>Meals served today: %1</translation>
    </message>
</context>
<context>
    <name>StartScreen</name>
    <message>
        <location filename="../kiosk/ui/start_screen.py" line="462"/>
        <source>Welcome</source>
        <translation>Welcome</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/start_screen.py" line="463"/>
        <source>Tap the language the arrival reads best.</source>
        <translation>Tap the language the arrival reads best.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/start_screen.py" line="464"/>
        <source>Screen language:</source>
        <translation>Screen language:</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/start_screen.py" line="465"/>
        <location filename="../kiosk/ui/start_screen.py" line="466"/>
        <source>Soup counter</source>
        <translation>Soup counter</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/start_screen.py" line="467"/>
        <location filename="../kiosk/ui/start_screen.py" line="468"/>
        <source>Coordinator</source>
        <translation>Coordinator</translation>
    </message>
</context>
<context>
    <name>StepScreen</name>
    <message>
        <location filename="../kiosk/ui/step_screen.py" line="61"/>
        <source>Step %1 of %2</source>
        <translation>Step %1 of %2</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/step_screen.py" line="63"/>
        <source>Back</source>
        <translation>Back</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/step_screen.py" line="64"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/step_screen.py" line="65"/>
        <source>Next</source>
        <translation>Next</translation>
    </message>
</context>
<context>
    <name>StillThere</name>
    <message>
        <location filename="../kiosk/ui/still_there.py" line="46"/>
        <source>Still there?</source>
        <translation>Still there?</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/still_there.py" line="47"/>
        <source>Continue</source>
        <translation>Continue</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/still_there.py" line="48"/>
        <source>At zero, this registration is cleared.</source>
        <translation>At zero, this registration is cleared.</translation>
    </message>
</context>
<context>
    <name>SyncPanel</name>
    <message>
        <location filename="../kiosk/ui/sync_panel.py" line="50"/>
        <source>Headquarters</source>
        <translation>Headquarters</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/sync_panel.py" line="51"/>
        <source>Sending…</source>
        <translation>Sending…</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/sync_panel.py" line="51"/>
        <source>Sync now</source>
        <translation>Sync now</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/sync_panel.py" line="68"/>
        <source>Not connected. A coordinator can connect the kiosk.</source>
        <translation>Not connected. A coordinator can connect the kiosk.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/sync_panel.py" line="74"/>
        <source>Nothing sent yet.</source>
        <translation>Nothing sent yet.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/sync_panel.py" line="76"/>
        <source>Last sent: %1</source>
        <translation>Last sent: %1</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/sync_panel.py" line="79"/>
        <source>Days waiting: %1</source>
        <translation>Days waiting: %1</translation>
    </message>
</context>
<context>
    <name>TodayPanel</name>
    <message>
        <location filename="../kiosk/ui/today_panel.py" line="127"/>
        <source>Today</source>
        <translation>Today</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/today_panel.py" line="128"/>
        <source>people</source>
        <translation>people</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/today_panel.py" line="129"/>
        <source>parties</source>
        <translation>parties</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/today_panel.py" line="130"/>
        <source>children</source>
        <translation>children</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/today_panel.py" line="131"/>
        <source>People by language</source>
        <translation>People by language</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/today_panel.py" line="132"/>
        <source>Nobody registered yet today.</source>
        <translation>Nobody registered yet today.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/today_panel.py" line="158"/>
        <source>The clock says %1, before this kiosk was set up.</source>
        <translation>The clock says %1, before this kiosk was set up.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/today_panel.py" line="162"/>
        <source>The clock says %1, before the last registration (%2).</source>
        <translation>The clock says %1, before the last registration (%2).</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/today_panel.py" line="168"/>
        <source>Registrations get the wrong day. Ask a coordinator to set the clock.</source>
        <translation>Registrations get the wrong day. Ask a coordinator to set the clock.</translation>
    </message>
</context>
<context>
    <name>labels</name>
    <message>
        <location filename="../kiosk/ui/labels.py" line="21"/>
        <source>girl</source>
        <translation>girl</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labels.py" line="22"/>
        <source>woman</source>
        <translation>woman</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labels.py" line="25"/>
        <source>boy</source>
        <translation>boy</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labels.py" line="26"/>
        <source>man</source>
        <translation>man</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labels.py" line="28"/>
        <source>other sex</source>
        <translation>other sex</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labels.py" line="29"/>
        <source>sex not said</source>
        <translation>sex not said</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labels.py" line="37"/>
        <source>Female</source>
        <translation>Female</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labels.py" line="38"/>
        <source>Male</source>
        <translation>Male</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labels.py" line="39"/>
        <source>Other</source>
        <translation>Other</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labels.py" line="40"/>
        <source>Not said</source>
        <translation>Not said</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labels.py" line="46"/>
        <source>0–4 years</source>
        <translation>0–4 years</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labels.py" line="47"/>
        <source>5–11 years</source>
        <translation>5–11 years</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labels.py" line="48"/>
        <source>12–17 years</source>
        <translation>12–17 years</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labels.py" line="49"/>
        <source>18–25 years</source>
        <translation>18–25 years</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labels.py" line="50"/>
        <source>26–59 years</source>
        <translation>26–59 years</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labels.py" line="51"/>
        <source>60 years or older</source>
        <translation>60 years or older</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labels.py" line="57"/>
        <source>Unaccompanied minor</source>
        <translation>Unaccompanied minor</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labels.py" line="58"/>
        <source>Pregnant</source>
        <translation>Pregnant</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labels.py" line="59"/>
        <source>Medical need</source>
        <translation>Medical need</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labels.py" line="60"/>
        <source>Needs shelter tonight</source>
        <translation>Needs shelter tonight</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labels.py" line="66"/>
        <source>Medical point</source>
        <translation>Medical point</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labels.py" line="67"/>
        <source>Legal aid</source>
        <translation>Legal aid</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labels.py" line="68"/>
        <source>Info Point</source>
        <translation>Info Point</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labels.py" line="69"/>
        <source>Shelter</source>
        <translation>Shelter</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labels.py" line="70"/>
        <source>Guardianship service</source>
        <translation>Guardianship service</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labels.py" line="71"/>
        <source>Humanitarian Hub</source>
        <translation>Humanitarian Hub</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labels.py" line="78"/>
        <source>Arabic</source>
        <translation>Arabic</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labels.py" line="79"/>
        <source>Dari</source>
        <translation>Dari</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labels.py" line="80"/>
        <source>Pashto</source>
        <translation>Pashto</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labels.py" line="81"/>
        <source>Tigrinya</source>
        <translation>Tigrinya</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labels.py" line="82"/>
        <source>French</source>
        <translation>French</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labels.py" line="83"/>
        <source>English</source>
        <translation>English</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labels.py" line="84"/>
        <source>Turkish</source>
        <translation>Turkish</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labels.py" line="85"/>
        <source>Kurdish (Kurmanji)</source>
        <translation>Kurdish (Kurmanji)</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labels.py" line="86"/>
        <source>Kurdish (Sorani)</source>
        <translation>Kurdish (Sorani)</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labels.py" line="87"/>
        <source>Dutch</source>
        <translation>Dutch</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labels.py" line="88"/>
        <source>Russian</source>
        <translation>Russian</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labels.py" line="89"/>
        <source>Georgian</source>
        <translation>Georgian</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labels.py" line="90"/>
        <source>Somali</source>
        <translation>Somali</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labels.py" line="91"/>
        <source>Spanish</source>
        <translation>Spanish</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labels.py" line="92"/>
        <source>Amharic</source>
        <translation>Amharic</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labels.py" line="93"/>
        <source>Urdu</source>
        <translation>Urdu</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labels.py" line="101"/>
        <source>Stateless</source>
        <translation>Stateless</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labels.py" line="103"/>
        <source>Unknown nationality</source>
        <translation>Unknown nationality</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labels.py" line="110"/>
        <source>Site id</source>
        <translation>Site id</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labels.py" line="111"/>
        <source>Site name</source>
        <translation>Site name</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labels.py" line="112"/>
        <source>Time zone</source>
        <translation>Time zone</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labels.py" line="113"/>
        <source>Coordinator PIN</source>
        <translation>Coordinator PIN</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labels.py" line="115"/>
        <source>PIN again</source>
        <translation>PIN again</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labels.py" line="116"/>
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labels.py" line="117"/>
        <source>Nationality</source>
        <translation>Nationality</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labels.py" line="118"/>
        <source>People</source>
        <translation>People</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labels.py" line="119"/>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labels.py" line="120"/>
        <source>Sex</source>
        <translation>Sex</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labels.py" line="121"/>
        <source>Age</source>
        <translation>Age</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labels.py" line="122"/>
        <source>Needs</source>
        <translation>Needs</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labels.py" line="123"/>
        <source>Referrals</source>
        <translation>Referrals</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labels.py" line="124"/>
        <source>Idle time</source>
        <translation>Idle time</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labels.py" line="125"/>
        <source>Interface language</source>
        <translation>Interface language</translation>
    </message>
</context>
<context>
    <name>print_problem</name>
    <message>
        <location filename="../kiosk/ui/print_status.py" line="46"/>
        <source>Printing is not installed on this computer.</source>
        <translation>Printing is not installed on this computer.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/print_status.py" line="49"/>
        <source>The chosen printer is not found. Check its cable and that it is on, or choose another printer in the settings.</source>
        <translation>The chosen printer is not found. Check its cable and that it is on, or choose another printer in the settings.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/print_status.py" line="54"/>
        <source>The printer is paused or offline. Check that it is on.</source>
        <translation>The printer is paused or offline. Check that it is on.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/print_status.py" line="57"/>
        <source>The printer did not answer in time. Check that it is on.</source>
        <translation>The printer did not answer in time. Check that it is on.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/print_status.py" line="60"/>
        <source>The printer refused the document. Check its paper and lights.</source>
        <translation>The printer refused the document. Check its paper and lights.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/print_status.py" line="63"/>
        <source>The receipt printer is not connected. Check its cable and power.</source>
        <translation>The receipt printer is not connected. Check its cable and power.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/print_status.py" line="66"/>
        <source>The receipt printer stopped. Check its paper and its cover.</source>
        <translation>The receipt printer stopped. Check its paper and its cover.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/print_status.py" line="69"/>
        <source>A receipt printer cannot print A4 sheets. Choose another printer in the settings.</source>
        <translation>A receipt printer cannot print A4 sheets. Choose another printer in the settings.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/print_status.py" line="73"/>
        <source>The folder for PDF files cannot be written (missing or full).</source>
        <translation>The folder for PDF files cannot be written (missing or full).</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/print_status.py" line="76"/>
        <source>The document could not be prepared for printing.</source>
        <translation>The document could not be prepared for printing.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/print_status.py" line="82"/>
        <source>Something went wrong while printing.</source>
        <translation>Something went wrong while printing.</translation>
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
        <translation>This cannot be empty.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/refusals.py" line="86"/>
        <source>At most %1 characters (you typed %2).</source>
        <translation>At most %1 characters (you typed %2).</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/refusals.py" line="90"/>
        <source>It contains invisible or control characters: please type it again.</source>
        <translation>It contains invisible or control characters: please type it again.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/refusals.py" line="95"/>
        <source>It must not contain { or }.</source>
        <translation>It must not contain { or }.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/refusals.py" line="97"/>
        <source>%1 is not a whole number.</source>
        <translation>%1 is not a whole number.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/refusals.py" line="101"/>
        <source>Must be between %1 and %2.</source>
        <translation>Must be between %1 and %2.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/refusals.py" line="105"/>
        <source>Use %1 to %2 lowercase letters, digits or dashes, starting with a letter or a digit.</source>
        <translation>Use %1 to %2 lowercase letters, digits or dashes, starting with a letter or a digit.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/refusals.py" line="113"/>
        <source>%1 is not a date like %2.</source>
        <translation>%1 is not a date like %2.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/refusals.py" line="117"/>
        <source>%1 is not a time like %2.</source>
        <translation>%1 is not a time like %2.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/refusals.py" line="121"/>
        <source>%1 is not a known time zone, like Europe/Brussels.</source>
        <translation>%1 is not a known time zone, like Europe/Brussels.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/refusals.py" line="127"/>
        <source>Type a whole folder path, like /media/usb/backups.</source>
        <translation>Type a whole folder path, like /media/usb/backups.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/refusals.py" line="133"/>
        <source>Type the path of a PEM certificate file.</source>
        <translation>Type the path of a PEM certificate file.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/refusals.py" line="142"/>
        <source>Nothing was chosen yet.</source>
        <translation>Nothing was chosen yet.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/refusals.py" line="144"/>
        <source>%1 is not one of these: %2.</source>
        <translation>%1 is not one of these: %2.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/refusals.py" line="148"/>
        <source>%1 is in the list twice.</source>
        <translation>%1 is in the list twice.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/refusals.py" line="152"/>
        <source>%1 is not a known nationality.</source>
        <translation>%1 is not a known nationality.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/refusals.py" line="156"/>
        <source>Unaccompanied minor: only when everyone in the party is under 18.</source>
        <translation>Unaccompanied minor: only when everyone in the party is under 18.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/refusals.py" line="163"/>
        <source>Pregnant: only when the party has a woman or girl of 12 or older (set her sex on the party step).</source>
        <translation>Pregnant: only when the party has a woman or girl of 12 or older (set her sex on the party step).</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/refusals.py" line="177"/>
        <source>This is not a web address.</source>
        <translation>This is not a web address.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/refusals.py" line="181"/>
        <source>Type a whole address that starts with https://.</source>
        <translation>Type a whole address that starts with https://.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/refusals.py" line="187"/>
        <source>Type the address alone, without a user name, a password, or a ?… or #… part.</source>
        <translation>Type the address alone, without a user name, a password, or a ?… or #… part.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/refusals.py" line="194"/>
        <source>%1 is not LANGUAGE=https://address, e.g. ti=https://example.org/ti.</source>
        <translation>%1 is not LANGUAGE=https://address, e.g. ti=https://example.org/ti.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/refusals.py" line="200"/>
        <source>Type the token of %1 to %2 characters that headquarters made for this kiosk.</source>
        <translation>Type the token of %1 to %2 characters that headquarters made for this kiosk.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/refusals.py" line="211"/>
        <source>Use digits only.</source>
        <translation>Use digits only.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/refusals.py" line="213"/>
        <source>Use %1 to %2 digits.</source>
        <translation>Use %1 to %2 digits.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/refusals.py" line="217"/>
        <source>Too easy to guess (repeated or consecutive digits).</source>
        <translation>Too easy to guess (repeated or consecutive digits).</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/refusals.py" line="223"/>
        <source>The two PINs are not the same.</source>
        <translation>The two PINs are not the same.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/refusals.py" line="232"/>
        <source>Type KIND; TARGET; PAPER, e.g. cups; Office; a4.</source>
        <translation>Type KIND; TARGET; PAPER, e.g. cups; Office; a4.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/refusals.py" line="238"/>
        <source>%1 is not a printer queue name: use letters, digits, dots, dashes or underscores.</source>
        <translation>%1 is not a printer queue name: use letters, digits, dots, dashes or underscores.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/refusals.py" line="246"/>
        <source>An ESC/POS connection is usb:0xVVVV:0xPPPP, network:HOST[:PORT], serial:/dev/NAME, file:/dev/usb/lp0 or dummy.</source>
        <translation>An ESC/POS connection is usb:0xVVVV:0xPPPP, network:HOST[:PORT], serial:/dev/NAME, file:/dev/usb/lp0 or dummy.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/refusals.py" line="254"/>
        <source>An ESC/POS printer only takes receipt paper.</source>
        <translation>An ESC/POS printer only takes receipt paper.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/refusals.py" line="264"/>
        <source>No coordinator PIN is set on this kiosk: set one with kiosk reset-pin on this machine.</source>
        <translation>No coordinator PIN is set on this kiosk: set one with kiosk reset-pin on this machine.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/refusals.py" line="272"/>
        <source>%1 has not come yet.</source>
        <translation>%1 has not come yet.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/refusals.py" line="276"/>
        <source>%1 is closed and its registrations were deleted.</source>
        <translation>%1 is closed and its registrations were deleted.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/refusals.py" line="282"/>
        <source>%1 is in the future.</source>
        <translation>%1 is in the future.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/refusals.py" line="286"/>
        <source>%1 is too long ago: this kiosk takes registrations from %2 on.</source>
        <translation>%1 is too long ago: this kiosk takes registrations from %2 on.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/refusals.py" line="292"/>
        <source>A day from %1 to %2.</source>
        <translation>A day from %1 to %2.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/refusals.py" line="296"/>
        <source>The parties of %1 were deleted %2 hours after the day closed.</source>
        <translation>The parties of %1 were deleted %2 hours after the day closed.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/refusals.py" line="302"/>
        <source>The end (%2) is before the start (%1).</source>
        <translation>The end (%2) is before the start (%1).</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/refusals.py" line="306"/>
        <source>A period of at most %1 days.</source>
        <translation>A period of at most %1 days.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/refusals.py" line="310"/>
        <source>The folder %1 does not exist.</source>
        <translation>The folder %1 does not exist.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/refusals.py" line="320"/>
        <source>A number of the day is between 1 and 9999.</source>
        <translation>A number of the day is between 1 and 9999.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/refusals.py" line="324"/>
        <source>There is no party %1 on %2.</source>
        <translation>There is no party %1 on %2.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/refusals.py" line="328"/>
        <source>Party %1 was already voided.</source>
        <translation>Party %1 was already voided.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/refusals.py" line="332"/>
        <source>Party %1 was registered more than %2 minutes ago: a coordinator can void it.</source>
        <translation>Party %1 was registered more than %2 minutes ago: a coordinator can void it.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/refusals.py" line="339"/>
        <source>Party %1 was voided: its documents are not printed again.</source>
        <translation>Party %1 was voided: its documents are not printed again.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/refusals.py" line="345"/>
        <source>Party %1 was typed in from paper: nothing was printed for it.</source>
        <translation>Party %1 was typed in from paper: nothing was printed for it.</translation>
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
        <translation>On the sheets</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/coordinator/setting_labels.py" line="14"/>
        <source>Languages</source>
        <translation>Languages</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/coordinator/setting_labels.py" line="15"/>
        <source>Printers</source>
        <translation>Printers</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/coordinator/setting_labels.py" line="16"/>
        <source>Headquarters</source>
        <translation>Headquarters</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/coordinator/setting_labels.py" line="17"/>
        <source>Privacy and closing</source>
        <translation>Privacy and closing</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/coordinator/setting_labels.py" line="18"/>
        <source>Screens</source>
        <translation>Screens</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/coordinator/setting_labels.py" line="19"/>
        <source>Backups</source>
        <translation>Backups</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/coordinator/setting_labels.py" line="20"/>
        <source>Coordinator PIN</source>
        <translation>Coordinator PIN</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/coordinator/setting_labels.py" line="27"/>
        <source>Site id</source>
        <translation>Site id</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/coordinator/setting_labels.py" line="28"/>
        <source>Site name</source>
        <translation>Site name</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/coordinator/setting_labels.py" line="29"/>
        <source>Time zone</source>
        <translation>Time zone</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/coordinator/setting_labels.py" line="30"/>
        <source>Registration address</source>
        <translation>Registration address</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/coordinator/setting_labels.py" line="33"/>
        <source>Registration hours</source>
        <translation>Registration hours</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/coordinator/setting_labels.py" line="36"/>
        <source>Shelter phone number</source>
        <translation>Shelter phone number</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/coordinator/setting_labels.py" line="39"/>
        <source>Info Point address</source>
        <translation>Info Point address</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/coordinator/setting_labels.py" line="42"/>
        <source>Legal aid address</source>
        <translation>Legal aid address</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/coordinator/setting_labels.py" line="45"/>
        <source>Medical point address</source>
        <translation>Medical point address</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/coordinator/setting_labels.py" line="48"/>
        <source>Humanitarian Hub address</source>
        <translation>Humanitarian Hub address</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/coordinator/setting_labels.py" line="51"/>
        <source>Guardianship service phone</source>
        <translation>Guardianship service phone</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/coordinator/setting_labels.py" line="54"/>
        <source>Emergency number</source>
        <translation>Emergency number</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/coordinator/setting_labels.py" line="55"/>
        <source>Startpunt address</source>
        <translation>Startpunt address</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/coordinator/setting_labels.py" line="58"/>
        <source>Soup served (days and hours)</source>
        <translation>Soup served (days and hours)</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/coordinator/setting_labels.py" line="61"/>
        <source>Info Point opening hours</source>
        <translation>Info Point opening hours</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/coordinator/setting_labels.py" line="64"/>
        <source>Legal aid opening hours</source>
        <translation>Legal aid opening hours</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/coordinator/setting_labels.py" line="67"/>
        <source>Medical point opening hours</source>
        <translation>Medical point opening hours</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/coordinator/setting_labels.py" line="70"/>
        <source>Humanitarian Hub opening hours</source>
        <translation>Humanitarian Hub opening hours</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/coordinator/setting_labels.py" line="73"/>
        <source>Help line phone</source>
        <translation>Help line phone</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/coordinator/setting_labels.py" line="76"/>
        <source>Help line hours</source>
        <translation>Help line hours</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/coordinator/setting_labels.py" line="79"/>
        <source>Second language of every sheet</source>
        <translation>Second language of every sheet</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/coordinator/setting_labels.py" line="82"/>
        <source>Information link</source>
        <translation>Information link</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/coordinator/setting_labels.py" line="83"/>
        <source>Links for single languages</source>
        <translation>Links for single languages</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/coordinator/setting_labels.py" line="86"/>
        <source>Languages on the start screen, in order</source>
        <translation>Languages on the start screen, in order</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/coordinator/setting_labels.py" line="89"/>
        <source>Language of the volunteers&apos; screens</source>
        <translation>Language of the volunteers&apos; screens</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/coordinator/setting_labels.py" line="92"/>
        <source>Frequent nationalities on the desk (pinned)</source>
        <translation>Frequent nationalities on the desk (pinned)</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/coordinator/setting_labels.py" line="95"/>
        <source>Printer for the sheets</source>
        <translation>Printer for the sheets</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/coordinator/setting_labels.py" line="96"/>
        <source>Printer for meal tickets</source>
        <translation>Printer for meal tickets</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/coordinator/setting_labels.py" line="97"/>
        <source>Headquarters address</source>
        <translation>Headquarters address</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/coordinator/setting_labels.py" line="98"/>
        <source>Headquarters token</source>
        <translation>Headquarters token</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/coordinator/setting_labels.py" line="99"/>
        <source>Certificate file (CA bundle)</source>
        <translation>Certificate file (CA bundle)</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/coordinator/setting_labels.py" line="100"/>
        <source>Smallest count sent to headquarters (k)</source>
        <translation>Smallest count sent to headquarters (k)</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/coordinator/setting_labels.py" line="103"/>
        <source>Hours before per-person rows are deleted</source>
        <translation>Hours before per-person rows are deleted</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/coordinator/setting_labels.py" line="106"/>
        <source>The day closes by itself at</source>
        <translation>The day closes by itself at</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/coordinator/setting_labels.py" line="107"/>
        <source>Seconds before an unfinished registration clears</source>
        <translation>Seconds before an unfinished registration clears</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/coordinator/setting_labels.py" line="110"/>
        <source>Seconds before coordinator mode locks itself</source>
        <translation>Seconds before coordinator mode locks itself</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/coordinator/setting_labels.py" line="113"/>
        <source>High contrast (black, white and yellow)</source>
        <translation>High contrast (black, white and yellow)</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/coordinator/setting_labels.py" line="116"/>
        <source>Large text</source>
        <translation>Large text</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/coordinator/setting_labels.py" line="117"/>
        <source>Backup folder</source>
        <translation>Backup folder</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/coordinator/setting_labels.py" line="125"/>
        <source>On</source>
        <translation>On</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/coordinator/setting_labels.py" line="126"/>
        <source>Off</source>
        <translation>Off</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/coordinator/setting_labels.py" line="133"/>
        <source>Lowercase letters, digits and dashes. Headquarters knows the desk by it.</source>
        <translation>Lowercase letters, digits and dashes. Headquarters knows the desk by it.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/coordinator/setting_labels.py" line="136"/>
        <source>e.g. Europe/Brussels</source>
        <translation>e.g. Europe/Brussels</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/coordinator/setting_labels.py" line="137"/>
        <source>https:// address; {language} becomes the sheet&apos;s language code</source>
        <translation>https:// address; {language} becomes the sheet&apos;s language code</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/coordinator/setting_labels.py" line="140"/>
        <source>e.g. ti=https://example.org/ti (empty: none)</source>
        <translation>e.g. ti=https://example.org/ti (empty: none)</translation>
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
        <translation>Days and hours, e.g. mon-fri 07:00-09:00; sat 09:00-12:00</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/coordinator/setting_labels.py" line="164"/>
        <location filename="../kiosk/ui/coordinator/setting_labels.py" line="167"/>
        <source>Empty: the sentence that would print it is left out of the sheet</source>
        <translation>Empty: the sentence that would print it is left out of the sheet</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/coordinator/setting_labels.py" line="170"/>
        <source>Language codes separated by commas, e.g. ar, prs, ps, ti</source>
        <translation>Language codes separated by commas, e.g. ar, prs, ps, ti</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/coordinator/setting_labels.py" line="173"/>
        <source>KIND; TARGET; PAPER, e.g. cups; Office; a4 or folder; /media/usb; a4</source>
        <translation>KIND; TARGET; PAPER, e.g. cups; Office; a4 or folder; /media/usb; a4</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/coordinator/setting_labels.py" line="176"/>
        <source>e.g. escpos; usb:0x04b8:0x0202; receipt</source>
        <translation>e.g. escpos; usb:0x04b8:0x0202; receipt</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/coordinator/setting_labels.py" line="179"/>
        <source>Never shown. Type a new token to replace it; leave empty to keep it.</source>
        <translation>Never shown. Type a new token to replace it; leave empty to keep it.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/coordinator/setting_labels.py" line="182"/>
        <source>3 at the least; counts from 1 to k−1 never leave the desk</source>
        <translation>3 at the least; counts from 1 to k−1 never leave the desk</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/coordinator/setting_labels.py" line="185"/>
        <source>After the day is closed; at most 720 (30 days)</source>
        <translation>After the day is closed; at most 720 (30 days)</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/coordinator/setting_labels.py" line="188"/>
        <source>A time like 20:00</source>
        <translation>A time like 20:00</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/coordinator/setting_labels.py" line="189"/>
        <source>15 to 600</source>
        <translation>15 to 600</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/coordinator/setting_labels.py" line="190"/>
        <source>60 to 1800</source>
        <translation>60 to 1800</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/coordinator/setting_labels.py" line="191"/>
        <source>A whole path; empty: the kiosk&apos;s own folder. Copies are kept 7 days.</source>
        <translation>A whole path; empty: the kiosk&apos;s own folder. Copies are kept 7 days.</translation>
    </message>
</context>
</TS>
