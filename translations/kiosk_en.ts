<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>ConfirmScreen</name>
    <message>
        <location filename="../kiosk/ui/confirm_screen.py" line="76"/>
        <source>Check and register</source>
        <translation>Check and register</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/confirm_screen.py" line="77"/>
        <source>Register</source>
        <translation>Register</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/confirm_screen.py" line="78"/>
        <source>Sheet language</source>
        <translation>Sheet language</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/confirm_screen.py" line="79"/>
        <source>Nationality</source>
        <translation>Nationality</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/confirm_screen.py" line="80"/>
        <source>People</source>
        <translation>People</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/confirm_screen.py" line="81"/>
        <source>Needs</source>
        <translation>Needs</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/confirm_screen.py" line="82"/>
        <source>Referrals given</source>
        <translation>Referrals given</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/confirm_screen.py" line="107"/>
        <location filename="../kiosk/ui/confirm_screen.py" line="111"/>
        <source>not chosen</source>
        <translation>not chosen</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/confirm_screen.py" line="121"/>
        <source>%1 in total</source>
        <translation>%1 in total</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/confirm_screen.py" line="125"/>
        <source>none</source>
        <translation>none</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/confirm_screen.py" line="140"/>
        <source>Not registered. %1: %2</source>
        <translation>Not registered. %1: %2</translation>
    </message>
</context>
<context>
    <name>DoneScreen</name>
    <message>
        <location filename="../kiosk/ui/done_screen.py" line="50"/>
        <source>Number of the day</source>
        <translation>Number of the day</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/done_screen.py" line="51"/>
        <source>Next arrival</source>
        <translation>Next arrival</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/done_screen.py" line="63"/>
        <source>People registered: %1</source>
        <translation>People registered: %1</translation>
    </message>
</context>
<context>
    <name>FirstRun</name>
    <message>
        <location filename="../kiosk/ui/first_run.py" line="45"/>
        <source>the two PINs are not the same</source>
        <translation>the two PINs are not the same</translation>
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
        <source>No nationality matches. Try fewer letters.</source>
        <translation>No nationality matches. Try fewer letters.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/nationality_screen.py" line="96"/>
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
        <location filename="../kiosk/ui/party_screen.py" line="117"/>
        <source>Who arrived together?</source>
        <translation>Who arrived together?</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/party_screen.py" line="118"/>
        <source>Age</source>
        <translation>Age</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/party_screen.py" line="119"/>
        <source>Sex</source>
        <translation>Sex</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/party_screen.py" line="120"/>
        <source>Remove this person</source>
        <translation>Remove this person</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/party_screen.py" line="147"/>
        <location filename="../kiosk/ui/party_screen.py" line="161"/>
        <source>Person %1</source>
        <translation>Person %1</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/party_screen.py" line="152"/>
        <source>People in this party: %1</source>
        <translation>People in this party: %1</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/party_screen.py" line="155"/>
        <source>Add a person</source>
        <translation>Add a person</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/party_screen.py" line="156"/>
        <source>A party has at most %1 people</source>
        <translation>A party has at most %1 people</translation>
    </message>
</context>
<context>
    <name>PrintStatus</name>
    <message>
        <location filename="../kiosk/ui/print_status.py" line="39"/>
        <source>Print again</source>
        <translation>Print again</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/print_status.py" line="59"/>
        <source>The sheet for %1</source>
        <translation>The sheet for %1</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/print_status.py" line="60"/>
        <source>The meal tickets for %1</source>
        <translation>The meal tickets for %1</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/print_status.py" line="68"/>
        <source>Printing</source>
        <translation>Printing</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/print_status.py" line="69"/>
        <source>%1 did not print: %2.</source>
        <translation>%1 did not print: %2.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/print_status.py" line="73"/>
        <source>%1 documents are waiting.</source>
        <translation>%1 documents are waiting.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/print_status.py" line="74"/>
        <source>The registration is saved; it will be tried again.</source>
        <translation>The registration is saved; it will be tried again.</translation>
    </message>
</context>
<context>
    <name>SetupScreen</name>
    <message>
        <location filename="../kiosk/ui/setup_screen.py" line="144"/>
        <source>Set up this kiosk</source>
        <translation>Set up this kiosk</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/setup_screen.py" line="146"/>
        <source>First run: a coordinator fills this in once. The PIN protects the counts and the settings.</source>
        <translation>First run: a coordinator fills this in once. The PIN protects the counts and the settings.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/setup_screen.py" line="151"/>
        <source>PIN again</source>
        <translation>PIN again</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/setup_screen.py" line="152"/>
        <source>Lowercase letters, digits and dashes, e.g. brussels-centre</source>
        <translation>Lowercase letters, digits and dashes, e.g. brussels-centre</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/setup_screen.py" line="154"/>
        <source>6 to 12 digits, not easy to guess.</source>
        <translation>6 to 12 digits, not easy to guess.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/setup_screen.py" line="155"/>
        <source>Set up</source>
        <translation>Set up</translation>
    </message>
</context>
<context>
    <name>SoupCounterScreen</name>
    <message>
        <location filename="../kiosk/ui/soup_counter.py" line="102"/>
        <source>Soup counter</source>
        <translation>Soup counter</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/soup_counter.py" line="103"/>
        <source>Scan a meal ticket, or type its number and tap OK.</source>
        <translation>Scan a meal ticket, or type its number and tap OK.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/soup_counter.py" line="104"/>
        <location filename="../kiosk/ui/soup_counter.py" line="105"/>
        <source>Ticket code or number</source>
        <translation>Ticket code or number</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/soup_counter.py" line="106"/>
        <source>Back</source>
        <translation>Back</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/soup_counter.py" line="136"/>
        <source>This is not a meal ticket, or the code is damaged.</source>
        <translation>This is not a meal ticket, or the code is damaged.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/soup_counter.py" line="137"/>
        <source>This ticket was not made by this desk.</source>
        <translation>This ticket was not made by this desk.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/soup_counter.py" line="138"/>
        <source>This ticket belongs to another site.</source>
        <translation>This ticket belongs to another site.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/soup_counter.py" line="139"/>
        <source>This ticket was for another day.</source>
        <translation>This ticket was for another day.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/soup_counter.py" line="140"/>
        <source>No ticket with this number was handed out today.</source>
        <translation>No ticket with this number was handed out today.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/soup_counter.py" line="141"/>
        <source>This ticket was already used.</source>
        <translation>This ticket was already used.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/soup_counter.py" line="146"/>
        <source>Used at %1.</source>
        <translation>Used at %1.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/soup_counter.py" line="152"/>
        <source>Accepted: ticket %1</source>
        <translation>Accepted: ticket %1</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/soup_counter.py" line="155"/>
        <source>Refused</source>
        <translation>Refused</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/soup_counter.py" line="161"/>
        <source>Meals served today: %1</source>
        <translation>Meals served today: %1</translation>
    </message>
</context>
<context>
    <name>StartScreen</name>
    <message>
        <location filename="../kiosk/ui/start_screen.py" line="133"/>
        <source>Welcome</source>
        <translation>Welcome</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/start_screen.py" line="134"/>
        <source>Tap the language the arrival reads best.</source>
        <translation>Tap the language the arrival reads best.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/start_screen.py" line="135"/>
        <source>Screen language:</source>
        <translation>Screen language:</translation>
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
        <location filename="../kiosk/ui/labels.py" line="94"/>
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labels.py" line="95"/>
        <source>Nationality</source>
        <translation>Nationality</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labels.py" line="96"/>
        <source>People</source>
        <translation>People</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labels.py" line="97"/>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labels.py" line="98"/>
        <source>Sex</source>
        <translation>Sex</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labels.py" line="99"/>
        <source>Age</source>
        <translation>Age</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labels.py" line="100"/>
        <source>Needs</source>
        <translation>Needs</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labels.py" line="101"/>
        <source>Referrals</source>
        <translation>Referrals</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labels.py" line="102"/>
        <source>Idle time</source>
        <translation>Idle time</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labels.py" line="103"/>
        <source>Interface language</source>
        <translation>Interface language</translation>
    </message>
</context>
</TS>
