<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>ConfirmScreen</name>
    <message>
        <location filename="../kiosk/ui/confirm_screen.py" line="78"/>
        <source>Check and register</source>
        <translation>Check and register</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/confirm_screen.py" line="79"/>
        <source>Register</source>
        <translation>Register</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/confirm_screen.py" line="80"/>
        <source>Sheet language</source>
        <translation>Sheet language</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/confirm_screen.py" line="81"/>
        <source>Nationality</source>
        <translation>Nationality</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/confirm_screen.py" line="82"/>
        <source>People</source>
        <translation>People</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/confirm_screen.py" line="83"/>
        <source>Needs</source>
        <translation>Needs</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/confirm_screen.py" line="84"/>
        <source>Referrals given</source>
        <translation>Referrals given</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/confirm_screen.py" line="110"/>
        <location filename="../kiosk/ui/confirm_screen.py" line="113"/>
        <source>not chosen</source>
        <translation>not chosen</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/confirm_screen.py" line="123"/>
        <source>%1 in total</source>
        <translation>%1 in total</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/confirm_screen.py" line="127"/>
        <source>none</source>
        <translation>none</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/confirm_screen.py" line="143"/>
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
        <location filename="../kiosk/ui/coordinator/dashboard_screen.py" line="261"/>
        <source>Dashboard</source>
        <translation>Dashboard</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/coordinator/dashboard_screen.py" line="262"/>
        <location filename="../kiosk/ui/coordinator/dashboard_screen.py" line="273"/>
        <source>Close the day</source>
        <translation>Close the day</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/coordinator/dashboard_screen.py" line="263"/>
        <source>Export</source>
        <translation>Export</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/coordinator/dashboard_screen.py" line="264"/>
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/coordinator/dashboard_screen.py" line="265"/>
        <source>Lock</source>
        <translation>Lock</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/coordinator/dashboard_screen.py" line="266"/>
        <source>Close kiosk</source>
        <translation>Close kiosk</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/coordinator/dashboard_screen.py" line="269"/>
        <source>Close today? Its counts are frozen, and its per-person rows are deleted after the retention time. Arrivals after closing are still counted.</source>
        <translation>Close today? Its counts are frozen, and its per-person rows are deleted after the retention time. Arrivals after closing are still counted.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/coordinator/dashboard_screen.py" line="274"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/coordinator/dashboard_screen.py" line="276"/>
        <source>people</source>
        <translation>people</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/coordinator/dashboard_screen.py" line="277"/>
        <source>parties</source>
        <translation>parties</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/coordinator/dashboard_screen.py" line="278"/>
        <source>children</source>
        <translation>children</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/coordinator/dashboard_screen.py" line="279"/>
        <source>unaccompanied minors</source>
        <translation>unaccompanied minors</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/coordinator/dashboard_screen.py" line="280"/>
        <source>need shelter tonight</source>
        <translation>need shelter tonight</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/coordinator/dashboard_screen.py" line="281"/>
        <source>meals served</source>
        <translation>meals served</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/coordinator/dashboard_screen.py" line="282"/>
        <source>sheets printed</source>
        <translation>sheets printed</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/coordinator/dashboard_screen.py" line="286"/>
        <source>Today by hour (people)</source>
        <translation>Today by hour (people)</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/coordinator/dashboard_screen.py" line="287"/>
        <source>People per day, last 30 days</source>
        <translation>People per day, last 30 days</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/coordinator/dashboard_screen.py" line="288"/>
        <source>People by</source>
        <translation>People by</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/coordinator/dashboard_screen.py" line="289"/>
        <source>Today</source>
        <translation>Today</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/coordinator/dashboard_screen.py" line="290"/>
        <source>Last 30 days</source>
        <translation>Last 30 days</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/coordinator/dashboard_screen.py" line="291"/>
        <source>Language of the sheet</source>
        <translation>Language of the sheet</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/coordinator/dashboard_screen.py" line="292"/>
        <source>Nationality</source>
        <translation>Nationality</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/coordinator/dashboard_screen.py" line="293"/>
        <source>Age band</source>
        <translation>Age band</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/coordinator/dashboard_screen.py" line="314"/>
        <source>people in %1 parties flagged &quot;needs shelter&quot; or referred to a shelter</source>
        <translation>people in %1 parties flagged &quot;needs shelter&quot; or referred to a shelter</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/coordinator/dashboard_screen.py" line="321"/>
        <source>Nobody registered yet today.</source>
        <translation>Nobody registered yet today.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/coordinator/dashboard_screen.py" line="327"/>
        <location filename="../kiosk/ui/coordinator/dashboard_screen.py" line="347"/>
        <source>Nobody in the last 30 days.</source>
        <translation>Nobody in the last 30 days.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/coordinator/dashboard_screen.py" line="330"/>
        <source>Today is closed. Its counts are frozen.</source>
        <translation>Today is closed. Its counts are frozen.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/coordinator/dashboard_screen.py" line="341"/>
        <source>Nobody yet today.</source>
        <translation>Nobody yet today.</translation>
    </message>
</context>
<context>
    <name>DoneScreen</name>
    <message>
        <location filename="../kiosk/ui/done_screen.py" line="61"/>
        <source>Number of the day</source>
        <translation>Number of the day</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/done_screen.py" line="62"/>
        <source>Next arrival</source>
        <translation>Next arrival</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/done_screen.py" line="79"/>
        <source>People registered: %1</source>
        <translation>People registered: %1</translation>
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
    <name>MainWindow</name>
    <message>
        <location filename="../kiosk/ui/main_window.py" line="271"/>
        <source>Startpunt Kiosk</source>
        <translation>Startpunt Kiosk</translation>
    </message>
</context>
<context>
    <name>NationalityScreen</name>
    <message>
        <location filename="../kiosk/ui/nationality_screen.py" line="91"/>
        <source>Nationality</source>
        <translation>Nationality</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/nationality_screen.py" line="92"/>
        <source>Frequent this week</source>
        <translation>Frequent this week</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/nationality_screen.py" line="93"/>
        <source>All nationalities</source>
        <translation>All nationalities</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/nationality_screen.py" line="94"/>
        <source>Search: name or code</source>
        <translation>Search: name or code</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/nationality_screen.py" line="95"/>
        <source>Search a nationality</source>
        <translation>Search a nationality</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/nationality_screen.py" line="97"/>
        <source>No nationality matches. Try fewer letters.</source>
        <translation>No nationality matches. Try fewer letters.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/nationality_screen.py" line="98"/>
        <source>Clear</source>
        <translation>Clear</translation>
    </message>
</context>
<context>
    <name>NeedsScreen</name>
    <message>
        <location filename="../kiosk/ui/needs_screen.py" line="56"/>
        <source>Needs and referrals</source>
        <translation>Needs and referrals</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/needs_screen.py" line="57"/>
        <source>Needs (tap all that apply)</source>
        <translation>Needs (tap all that apply)</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/needs_screen.py" line="58"/>
        <source>Referrals given</source>
        <translation>Referrals given</translation>
    </message>
</context>
<context>
    <name>PartyScreen</name>
    <message>
        <location filename="../kiosk/ui/party_screen.py" line="118"/>
        <source>Who arrived together?</source>
        <translation>Who arrived together?</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/party_screen.py" line="119"/>
        <source>Age</source>
        <translation>Age</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/party_screen.py" line="120"/>
        <source>Sex</source>
        <translation>Sex</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/party_screen.py" line="121"/>
        <source>Remove this person</source>
        <translation>Remove this person</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/party_screen.py" line="149"/>
        <location filename="../kiosk/ui/party_screen.py" line="164"/>
        <source>Person %1</source>
        <translation>Person %1</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/party_screen.py" line="154"/>
        <source>People in this party: %1</source>
        <translation>People in this party: %1</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/party_screen.py" line="157"/>
        <source>Add a person</source>
        <translation>Add a person</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/party_screen.py" line="159"/>
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
        <location filename="../kiosk/ui/print_status.py" line="35"/>
        <source>Print again</source>
        <translation>Print again</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/print_status.py" line="55"/>
        <source>The sheet for %1</source>
        <translation>The sheet for %1</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/print_status.py" line="56"/>
        <source>The meal tickets for %1</source>
        <translation>The meal tickets for %1</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/print_status.py" line="64"/>
        <source>Printing</source>
        <translation>Printing</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/print_status.py" line="65"/>
        <source>%1 did not print: %2.</source>
        <translation>%1 did not print: %2.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/print_status.py" line="69"/>
        <source>%1 documents are waiting.</source>
        <translation>%1 documents are waiting.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/print_status.py" line="70"/>
        <source>The registration is saved; it will be tried again.</source>
        <translation>The registration is saved; it will be tried again.</translation>
    </message>
</context>
<context>
    <name>SettingsScreen</name>
    <message>
        <location filename="../kiosk/ui/coordinator/settings_screen.py" line="243"/>
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/coordinator/settings_screen.py" line="250"/>
        <source>The PIN protects the counts and the settings. Changing it needs the old one; a forgotten PIN is reset on the machine with: kiosk reset-pin</source>
        <translation>The PIN protects the counts and the settings. Changing it needs the old one; a forgotten PIN is reset on the machine with: kiosk reset-pin</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/coordinator/settings_screen.py" line="255"/>
        <source>Current PIN</source>
        <translation>Current PIN</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/coordinator/settings_screen.py" line="256"/>
        <source>New PIN (6 to 12 digits)</source>
        <translation>New PIN (6 to 12 digits)</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/coordinator/settings_screen.py" line="257"/>
        <source>New PIN again</source>
        <translation>New PIN again</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/coordinator/settings_screen.py" line="260"/>
        <source>Change the PIN</source>
        <translation>Change the PIN</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/coordinator/settings_screen.py" line="261"/>
        <source>Back</source>
        <translation>Back</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/coordinator/settings_screen.py" line="262"/>
        <source>Save changes</source>
        <translation>Save changes</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/coordinator/settings_screen.py" line="302"/>
        <source>Not saved: %1. The reason is under each.</source>
        <translation>Not saved: %1. The reason is under each.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/coordinator/settings_screen.py" line="309"/>
        <source>Saved: %1</source>
        <translation>Saved: %1</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/coordinator/settings_screen.py" line="312"/>
        <source>Nothing was changed.</source>
        <translation>Nothing was changed.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/coordinator/settings_screen.py" line="324"/>
        <source>The PIN was changed.</source>
        <translation>The PIN was changed.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/coordinator/settings_screen.py" line="326"/>
        <source>Too many wrong PINs: try again later.</source>
        <translation>Too many wrong PINs: try again later.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/coordinator/settings_screen.py" line="328"/>
        <source>The current PIN is not right; nothing was changed.</source>
        <translation>The current PIN is not right; nothing was changed.</translation>
    </message>
</context>
<context>
    <name>SetupScreen</name>
    <message>
        <location filename="../kiosk/ui/setup_screen.py" line="143"/>
        <source>Set up this kiosk</source>
        <translation>Set up this kiosk</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/setup_screen.py" line="146"/>
        <source>First run: a coordinator fills this in once. The PIN protects the counts and the settings.</source>
        <translation>First run: a coordinator fills this in once. The PIN protects the counts and the settings.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/setup_screen.py" line="152"/>
        <source>PIN again</source>
        <translation>PIN again</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/setup_screen.py" line="157"/>
        <source>Lowercase letters, digits and dashes, e.g. brussels-centre</source>
        <translation>Lowercase letters, digits and dashes, e.g. brussels-centre</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/setup_screen.py" line="159"/>
        <source>6 to 12 digits, not easy to guess.</source>
        <translation>6 to 12 digits, not easy to guess.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/setup_screen.py" line="160"/>
        <source>Set up</source>
        <translation>Set up</translation>
    </message>
</context>
<context>
    <name>SoupCounterScreen</name>
    <message>
        <location filename="../kiosk/ui/soup_counter.py" line="111"/>
        <source>Soup counter</source>
        <translation>Soup counter</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/soup_counter.py" line="112"/>
        <source>Scan a meal ticket, or type its number and tap OK.</source>
        <translation>Scan a meal ticket, or type its number and tap OK.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/soup_counter.py" line="113"/>
        <location filename="../kiosk/ui/soup_counter.py" line="114"/>
        <source>Ticket code or number</source>
        <translation>Ticket code or number</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/soup_counter.py" line="115"/>
        <source>Back</source>
        <translation>Back</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/soup_counter.py" line="145"/>
        <source>This is not a meal ticket, or the code is damaged.</source>
        <translation>This is not a meal ticket, or the code is damaged.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/soup_counter.py" line="146"/>
        <source>This ticket was not made by this desk.</source>
        <translation>This ticket was not made by this desk.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/soup_counter.py" line="147"/>
        <source>This ticket belongs to another site.</source>
        <translation>This ticket belongs to another site.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/soup_counter.py" line="148"/>
        <source>This ticket was for another day.</source>
        <translation>This ticket was for another day.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/soup_counter.py" line="149"/>
        <source>No ticket with this number was handed out today.</source>
        <translation>No ticket with this number was handed out today.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/soup_counter.py" line="150"/>
        <source>This ticket was already used.</source>
        <translation>This ticket was already used.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/soup_counter.py" line="155"/>
        <source>Used at %1.</source>
        <translation>Used at %1.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/soup_counter.py" line="161"/>
        <source>Accepted: ticket %1</source>
        <translation>Accepted: ticket %1</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/soup_counter.py" line="164"/>
        <source>Refused</source>
        <translation>Refused</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/soup_counter.py" line="198"/>
        <source>Meals served today: %1</source>
        <translation>Meals served today: %1</translation>
    </message>
</context>
<context>
    <name>StartScreen</name>
    <message>
        <location filename="../kiosk/ui/start_screen.py" line="309"/>
        <source>Welcome</source>
        <translation>Welcome</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/start_screen.py" line="310"/>
        <source>Tap the language the arrival reads best.</source>
        <translation>Tap the language the arrival reads best.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/start_screen.py" line="311"/>
        <source>Screen language:</source>
        <translation>Screen language:</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/start_screen.py" line="312"/>
        <location filename="../kiosk/ui/start_screen.py" line="313"/>
        <source>Soup counter</source>
        <translation>Soup counter</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/start_screen.py" line="314"/>
        <location filename="../kiosk/ui/start_screen.py" line="315"/>
        <source>Coordinator</source>
        <translation>Coordinator</translation>
    </message>
</context>
<context>
    <name>StepScreen</name>
    <message>
        <location filename="../kiosk/ui/step_screen.py" line="57"/>
        <source>Step %1 of %2</source>
        <translation>Step %1 of %2</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/step_screen.py" line="59"/>
        <source>Back</source>
        <translation>Back</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/step_screen.py" line="60"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/step_screen.py" line="61"/>
        <source>Next</source>
        <translation>Next</translation>
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
        <location filename="../kiosk/ui/today_panel.py" line="103"/>
        <source>Today</source>
        <translation>Today</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/today_panel.py" line="104"/>
        <source>people</source>
        <translation>people</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/today_panel.py" line="105"/>
        <source>parties</source>
        <translation>parties</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/today_panel.py" line="106"/>
        <source>children</source>
        <translation>children</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/today_panel.py" line="107"/>
        <source>People by language</source>
        <translation>People by language</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/today_panel.py" line="108"/>
        <source>Nobody registered yet today.</source>
        <translation>Nobody registered yet today.</translation>
    </message>
</context>
<context>
    <name>labels</name>
    <message>
        <location filename="../kiosk/ui/labels.py" line="17"/>
        <source>Female</source>
        <translation>Female</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labels.py" line="18"/>
        <source>Male</source>
        <translation>Male</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labels.py" line="19"/>
        <source>Other</source>
        <translation>Other</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labels.py" line="20"/>
        <source>Not said</source>
        <translation>Not said</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labels.py" line="26"/>
        <source>0–4 years</source>
        <translation>0–4 years</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labels.py" line="27"/>
        <source>5–11 years</source>
        <translation>5–11 years</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labels.py" line="28"/>
        <source>12–17 years</source>
        <translation>12–17 years</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labels.py" line="29"/>
        <source>18–25 years</source>
        <translation>18–25 years</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labels.py" line="30"/>
        <source>26–59 years</source>
        <translation>26–59 years</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labels.py" line="31"/>
        <source>60 years or older</source>
        <translation>60 years or older</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labels.py" line="37"/>
        <source>Unaccompanied minor</source>
        <translation>Unaccompanied minor</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labels.py" line="38"/>
        <source>Pregnant</source>
        <translation>Pregnant</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labels.py" line="39"/>
        <source>Medical need</source>
        <translation>Medical need</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labels.py" line="40"/>
        <source>Needs shelter tonight</source>
        <translation>Needs shelter tonight</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labels.py" line="46"/>
        <source>Medical point</source>
        <translation>Medical point</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labels.py" line="47"/>
        <source>Legal aid</source>
        <translation>Legal aid</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labels.py" line="48"/>
        <source>Info Point</source>
        <translation>Info Point</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labels.py" line="49"/>
        <source>Shelter</source>
        <translation>Shelter</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labels.py" line="50"/>
        <source>Guardianship service</source>
        <translation>Guardianship service</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labels.py" line="51"/>
        <source>Humanitarian Hub</source>
        <translation>Humanitarian Hub</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labels.py" line="58"/>
        <source>Arabic</source>
        <translation>Arabic</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labels.py" line="59"/>
        <source>Dari</source>
        <translation>Dari</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labels.py" line="60"/>
        <source>Pashto</source>
        <translation>Pashto</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labels.py" line="61"/>
        <source>Tigrinya</source>
        <translation>Tigrinya</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labels.py" line="62"/>
        <source>French</source>
        <translation>French</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labels.py" line="63"/>
        <source>English</source>
        <translation>English</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labels.py" line="64"/>
        <source>Turkish</source>
        <translation>Turkish</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labels.py" line="65"/>
        <source>Kurdish (Kurmanji)</source>
        <translation>Kurdish (Kurmanji)</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labels.py" line="66"/>
        <source>Kurdish (Sorani)</source>
        <translation>Kurdish (Sorani)</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labels.py" line="67"/>
        <source>Dutch</source>
        <translation>Dutch</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labels.py" line="68"/>
        <source>Russian</source>
        <translation>Russian</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labels.py" line="69"/>
        <source>Georgian</source>
        <translation>Georgian</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labels.py" line="70"/>
        <source>Somali</source>
        <translation>Somali</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labels.py" line="71"/>
        <source>Spanish</source>
        <translation>Spanish</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labels.py" line="72"/>
        <source>Amharic</source>
        <translation>Amharic</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labels.py" line="73"/>
        <source>Urdu</source>
        <translation>Urdu</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labels.py" line="81"/>
        <source>Stateless</source>
        <translation>Stateless</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labels.py" line="83"/>
        <source>Unknown nationality</source>
        <translation>Unknown nationality</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labels.py" line="90"/>
        <source>Site id</source>
        <translation>Site id</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labels.py" line="91"/>
        <source>Site name</source>
        <translation>Site name</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labels.py" line="92"/>
        <source>Time zone</source>
        <translation>Time zone</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labels.py" line="93"/>
        <source>Coordinator PIN</source>
        <translation>Coordinator PIN</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labels.py" line="95"/>
        <source>PIN again</source>
        <translation>PIN again</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labels.py" line="96"/>
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labels.py" line="97"/>
        <source>Nationality</source>
        <translation>Nationality</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labels.py" line="98"/>
        <source>People</source>
        <translation>People</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labels.py" line="99"/>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labels.py" line="100"/>
        <source>Sex</source>
        <translation>Sex</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labels.py" line="101"/>
        <source>Age</source>
        <translation>Age</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labels.py" line="102"/>
        <source>Needs</source>
        <translation>Needs</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labels.py" line="103"/>
        <source>Referrals</source>
        <translation>Referrals</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labels.py" line="104"/>
        <source>Idle time</source>
        <translation>Idle time</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labels.py" line="105"/>
        <source>Interface language</source>
        <translation>Interface language</translation>
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
        <location filename="../kiosk/ui/refusals.py" line="83"/>
        <source>This cannot be empty.</source>
        <translation>This cannot be empty.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/refusals.py" line="85"/>
        <source>At most %1 characters (you typed %2).</source>
        <translation>At most %1 characters (you typed %2).</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/refusals.py" line="89"/>
        <source>It contains invisible or control characters: please type it again.</source>
        <translation>It contains invisible or control characters: please type it again.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/refusals.py" line="94"/>
        <source>It must not contain { or }.</source>
        <translation>It must not contain { or }.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/refusals.py" line="96"/>
        <source>%1 is not a whole number.</source>
        <translation>%1 is not a whole number.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/refusals.py" line="100"/>
        <source>Must be between %1 and %2.</source>
        <translation>Must be between %1 and %2.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/refusals.py" line="104"/>
        <source>Use %1 to %2 lowercase letters, digits or dashes, starting with a letter or a digit.</source>
        <translation>Use %1 to %2 lowercase letters, digits or dashes, starting with a letter or a digit.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/refusals.py" line="112"/>
        <source>%1 is not a date like %2.</source>
        <translation>%1 is not a date like %2.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/refusals.py" line="116"/>
        <source>%1 is not a time like %2.</source>
        <translation>%1 is not a time like %2.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/refusals.py" line="120"/>
        <source>%1 is not a known time zone, like Europe/Brussels.</source>
        <translation>%1 is not a known time zone, like Europe/Brussels.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/refusals.py" line="126"/>
        <source>Type a whole folder path, like /media/usb/backups.</source>
        <translation>Type a whole folder path, like /media/usb/backups.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/refusals.py" line="132"/>
        <source>Type the path of a PEM certificate file.</source>
        <translation>Type the path of a PEM certificate file.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/refusals.py" line="141"/>
        <source>Nothing was chosen yet.</source>
        <translation>Nothing was chosen yet.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/refusals.py" line="143"/>
        <source>%1 is not one of these: %2.</source>
        <translation>%1 is not one of these: %2.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/refusals.py" line="147"/>
        <source>%1 is in the list twice.</source>
        <translation>%1 is in the list twice.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/refusals.py" line="151"/>
        <source>%1 is not a known nationality.</source>
        <translation>%1 is not a known nationality.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/refusals.py" line="155"/>
        <source>Only a party with someone who is not male can be marked pregnant.</source>
        <translation>Only a party with someone who is not male can be marked pregnant.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/refusals.py" line="167"/>
        <source>This is not a web address.</source>
        <translation>This is not a web address.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/refusals.py" line="171"/>
        <source>Type a whole address that starts with https://.</source>
        <translation>Type a whole address that starts with https://.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/refusals.py" line="177"/>
        <source>Type the address alone, without a user name, a password, or a ?… or #… part.</source>
        <translation>Type the address alone, without a user name, a password, or a ?… or #… part.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/refusals.py" line="184"/>
        <source>%1 is not LANGUAGE=https://address, e.g. ti=https://example.org/ti.</source>
        <translation>%1 is not LANGUAGE=https://address, e.g. ti=https://example.org/ti.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/refusals.py" line="190"/>
        <source>Type the token of %1 to %2 characters that headquarters made for this kiosk.</source>
        <translation>Type the token of %1 to %2 characters that headquarters made for this kiosk.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/refusals.py" line="201"/>
        <source>Use digits only.</source>
        <translation>Use digits only.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/refusals.py" line="203"/>
        <source>Use %1 to %2 digits.</source>
        <translation>Use %1 to %2 digits.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/refusals.py" line="207"/>
        <source>Too easy to guess (repeated or consecutive digits).</source>
        <translation>Too easy to guess (repeated or consecutive digits).</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/refusals.py" line="213"/>
        <source>The two PINs are not the same.</source>
        <translation>The two PINs are not the same.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/refusals.py" line="222"/>
        <source>Type KIND; TARGET; PAPER, e.g. cups; Office; a4.</source>
        <translation>Type KIND; TARGET; PAPER, e.g. cups; Office; a4.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/refusals.py" line="228"/>
        <source>%1 is not a printer queue name: use letters, digits, dots, dashes or underscores.</source>
        <translation>%1 is not a printer queue name: use letters, digits, dots, dashes or underscores.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/refusals.py" line="236"/>
        <source>An ESC/POS connection is usb:0xVVVV:0xPPPP, network:HOST[:PORT], serial:/dev/NAME, file:/dev/usb/lp0 or dummy.</source>
        <translation>An ESC/POS connection is usb:0xVVVV:0xPPPP, network:HOST[:PORT], serial:/dev/NAME, file:/dev/usb/lp0 or dummy.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/refusals.py" line="244"/>
        <source>An ESC/POS printer only takes receipt paper.</source>
        <translation>An ESC/POS printer only takes receipt paper.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/refusals.py" line="254"/>
        <source>No coordinator PIN is set on this kiosk: set one with kiosk reset-pin on this machine.</source>
        <translation>No coordinator PIN is set on this kiosk: set one with kiosk reset-pin on this machine.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/refusals.py" line="262"/>
        <source>%1 has not come yet.</source>
        <translation>%1 has not come yet.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/refusals.py" line="266"/>
        <source>%1 is closed and its registrations were deleted.</source>
        <translation>%1 is closed and its registrations were deleted.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/refusals.py" line="272"/>
        <source>The end (%2) is before the start (%1).</source>
        <translation>The end (%2) is before the start (%1).</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/refusals.py" line="276"/>
        <source>A period of at most %1 days.</source>
        <translation>A period of at most %1 days.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/refusals.py" line="280"/>
        <source>The folder %1 does not exist.</source>
        <translation>The folder %1 does not exist.</translation>
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
        <source>Second language of every sheet</source>
        <translation>Second language of every sheet</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/coordinator/setting_labels.py" line="58"/>
        <source>Information link</source>
        <translation>Information link</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/coordinator/setting_labels.py" line="59"/>
        <source>Links for single languages</source>
        <translation>Links for single languages</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/coordinator/setting_labels.py" line="62"/>
        <source>Languages on the start screen, in order</source>
        <translation>Languages on the start screen, in order</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/coordinator/setting_labels.py" line="65"/>
        <source>Language of the volunteers&apos; screens</source>
        <translation>Language of the volunteers&apos; screens</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/coordinator/setting_labels.py" line="68"/>
        <source>Printer for the sheets</source>
        <translation>Printer for the sheets</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/coordinator/setting_labels.py" line="69"/>
        <source>Printer for meal tickets</source>
        <translation>Printer for meal tickets</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/coordinator/setting_labels.py" line="70"/>
        <source>Headquarters address</source>
        <translation>Headquarters address</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/coordinator/setting_labels.py" line="71"/>
        <source>Headquarters token</source>
        <translation>Headquarters token</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/coordinator/setting_labels.py" line="72"/>
        <source>Certificate file (CA bundle)</source>
        <translation>Certificate file (CA bundle)</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/coordinator/setting_labels.py" line="73"/>
        <source>Smallest count sent to headquarters (k)</source>
        <translation>Smallest count sent to headquarters (k)</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/coordinator/setting_labels.py" line="76"/>
        <source>Hours before per-person rows are deleted</source>
        <translation>Hours before per-person rows are deleted</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/coordinator/setting_labels.py" line="79"/>
        <source>The day closes by itself at</source>
        <translation>The day closes by itself at</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/coordinator/setting_labels.py" line="80"/>
        <source>Seconds before an unfinished registration clears</source>
        <translation>Seconds before an unfinished registration clears</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/coordinator/setting_labels.py" line="83"/>
        <source>Seconds before coordinator mode locks itself</source>
        <translation>Seconds before coordinator mode locks itself</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/coordinator/setting_labels.py" line="86"/>
        <source>High contrast (black, white and yellow)</source>
        <translation>High contrast (black, white and yellow)</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/coordinator/setting_labels.py" line="89"/>
        <source>Large text</source>
        <translation>Large text</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/coordinator/setting_labels.py" line="90"/>
        <source>Backup folder</source>
        <translation>Backup folder</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/coordinator/setting_labels.py" line="98"/>
        <source>On</source>
        <translation>On</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/coordinator/setting_labels.py" line="99"/>
        <source>Off</source>
        <translation>Off</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/coordinator/setting_labels.py" line="106"/>
        <source>Lowercase letters, digits and dashes. Headquarters knows the desk by it.</source>
        <translation>Lowercase letters, digits and dashes. Headquarters knows the desk by it.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/coordinator/setting_labels.py" line="109"/>
        <source>e.g. Europe/Brussels</source>
        <translation>e.g. Europe/Brussels</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/coordinator/setting_labels.py" line="110"/>
        <source>https:// address; {language} becomes the sheet&apos;s language code</source>
        <translation>https:// address; {language} becomes the sheet&apos;s language code</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/coordinator/setting_labels.py" line="113"/>
        <source>e.g. ti=https://example.org/ti (empty: none)</source>
        <translation>e.g. ti=https://example.org/ti (empty: none)</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/coordinator/setting_labels.py" line="116"/>
        <source>Language codes separated by commas, e.g. ar, prs, ps, ti</source>
        <translation>Language codes separated by commas, e.g. ar, prs, ps, ti</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/coordinator/setting_labels.py" line="119"/>
        <source>KIND; TARGET; PAPER, e.g. cups; Office; a4 or folder; /media/usb; a4</source>
        <translation>KIND; TARGET; PAPER, e.g. cups; Office; a4 or folder; /media/usb; a4</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/coordinator/setting_labels.py" line="122"/>
        <source>e.g. escpos; usb:0x04b8:0x0202; receipt</source>
        <translation>e.g. escpos; usb:0x04b8:0x0202; receipt</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/coordinator/setting_labels.py" line="125"/>
        <source>Never shown. Type a new token to replace it; leave empty to keep it.</source>
        <translation>Never shown. Type a new token to replace it; leave empty to keep it.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/coordinator/setting_labels.py" line="128"/>
        <source>3 at the least; counts from 1 to k−1 never leave the desk</source>
        <translation>3 at the least; counts from 1 to k−1 never leave the desk</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/coordinator/setting_labels.py" line="131"/>
        <source>After the day is closed; at most 720 (30 days)</source>
        <translation>After the day is closed; at most 720 (30 days)</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/coordinator/setting_labels.py" line="134"/>
        <source>A time like 20:00</source>
        <translation>A time like 20:00</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/coordinator/setting_labels.py" line="135"/>
        <source>15 to 600</source>
        <translation>15 to 600</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/coordinator/setting_labels.py" line="136"/>
        <source>60 to 1800</source>
        <translation>60 to 1800</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/coordinator/setting_labels.py" line="137"/>
        <source>A whole path; empty: the kiosk&apos;s own folder. Copies are kept 7 days.</source>
        <translation>A whole path; empty: the kiosk&apos;s own folder. Copies are kept 7 days.</translation>
    </message>
</context>
</TS>
