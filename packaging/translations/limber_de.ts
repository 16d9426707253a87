<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="en">
    <context>
        <name>Actions</name>
        <message>
            <source>Previous</source>
            <translation>Zurück</translation>
        </message>
        <message>
            <source>Back to the previous exercise, or restart this one</source>
            <translation>Zurück zur vorigen Übung, oder diese neu starten</translation>
        </message>
        <message>
            <source>Pause</source>
            <translation>Pause</translation>
        </message>
        <message>
            <source>Pause or resume</source>
            <translation>Pausieren oder fortsetzen</translation>
        </message>
        <message>
            <source>Skip</source>
            <translation>Weiter</translation>
        </message>
        <message>
            <source>Skip to the next part</source>
            <translation>Zum nächsten Teil springen</translation>
        </message>
        <message>
            <source>+{seconds} s</source>
            <translation>+{seconds} s</translation>
        </message>
        <message>
            <source>{seconds} more seconds for this part</source>
            <translation>{seconds} Sekunden mehr für diesen Teil</translation>
        </message>
        <message>
            <source>Mute</source>
            <translation>Stumm</translation>
        </message>
        <message>
            <source>Mute or unmute the voice</source>
            <translation>Stimme stumm oder wieder an</translation>
        </message>
        <message>
            <source>Full screen</source>
            <translation>Vollbild</translation>
        </message>
        <message>
            <source>Full screen on or off</source>
            <translation>Vollbild an oder aus</translation>
        </message>
        <message>
            <source>On top</source>
            <translation>Im Vordergrund</translation>
        </message>
        <message>
            <source>Keep the window above other windows</source>
            <translation>Fenster über anderen Fenstern halten</translation>
        </message>
        <message>
            <source>Stop</source>
            <translation>Stopp</translation>
        </message>
        <message>
            <source>Stop this routine</source>
            <translation>Diese Routine beenden</translation>
        </message>
        <message>
            <source>Resume</source>
            <translation>Weiter</translation>
        </message>
        <message>
            <source>Unmute</source>
            <translation>Ton an</translation>
        </message>
        <message>
            <source>Leave full screen</source>
            <translation>Vollbild beenden</translation>
        </message>
    </context>
    <context>
        <name>Advice</name>
        <message>
            <source>Good to go</source>
            <translation>Los geht's</translation>
        </message>
        <message>
            <source>Warm up as planned and enjoy the run.</source>
            <translation>Wärm dich wie geplant auf und genieß den Lauf.</translation>
        </message>
        <message>
            <source>Take it easy today</source>
            <translation>Heute locker angehen</translation>
        </message>
        <message>
            <source>Try the gentle warm-up, then a walk–jog: run a minute, walk a minute, and keep to flat, soft ground. Stop if the pain builds.</source>
            <translation>Probier das sanfte Aufwärmen, dann Gehen und Joggen im Wechsel: eine Minute laufen, eine Minute gehen, auf flachem, weichem Boden. Hör auf, wenn der Schmerz stärker wird.</translation>
        </message>
        <message>
            <source>Best to skip the run today</source>
            <translation>Lass den Lauf heute lieber aus</translation>
        </message>
        <message>
            <source>Give your knees a rest from running. Gentle mobility or an easy walk keeps them moving without the pounding. If the pain stays, get it checked.</source>
            <translation>Gönn deinen Knien eine Laufpause. Sanfte Mobilisation oder ein lockerer Spaziergang halten sie in Bewegung, ohne Stöße. Wenn der Schmerz bleibt, lass es abklären.</translation>
        </message>
        <message>
            <source>You said {score} out of 10.</source>
            <translation>Du hast {score} von 10 angegeben.</translation>
        </message>
        <message>
            <source>That is more than before your run ({before}).</source>
            <translation>Das ist mehr als vor deinem Lauf ({before}).</translation>
        </message>
        <message>
            <source>That is more than before your warm-up ({before}).</source>
            <translation>Das ist mehr als vor deinem Aufwärmen ({before}).</translation>
        </message>
        <message>
            <source>Before your run it was {before}.</source>
            <translation>Vor deinem Lauf war es {before}.</translation>
        </message>
        <message>
            <source>Before your warm-up it was {before}.</source>
            <translation>Vor deinem Aufwärmen war es {before}.</translation>
        </message>
        <message>
            <source>If your knees hurt more then than before the run, go easier next time: shorter, slower or flatter.</source>
            <translation>Tun deine Knie dann mehr weh als vor dem Lauf, mach es nächstes Mal leichter: kürzer, langsamer oder flacher.</translation>
        </message>
        <message>
            <source>Start the {routine}</source>
            <translation>{routine} starten</translation>
        </message>
        <message>
            <source>Keep the {routine}</source>
            <translation>Bei {routine} bleiben</translation>
        </message>
        <message>
            <source>Rest today</source>
            <translation>Heute ausruhen</translation>
        </message>
        <message>
            <source>Warm up anyway</source>
            <translation>Trotzdem aufwärmen</translation>
        </message>
        <message>
            <source>Do the {routine} instead</source>
            <translation>Lieber {routine}</translation>
        </message>
    </context>
    <context>
        <name>Application</name>
        <message>
            <source>start this routine at once</source>
            <translation>diese Routine sofort starten</translation>
        </message>
        <message>
            <source>fit the routines to this length</source>
            <translation>die Routinen an diese Länge anpassen</translation>
        </message>
    </context>
    <context>
        <name>Argparse</name>
        <message>
            <source>usage: </source>
            <translation>Aufruf: </translation>
        </message>
        <message>
            <source>positional arguments</source>
            <translation>Argumente</translation>
        </message>
        <message>
            <source>options</source>
            <translation>Optionen</translation>
        </message>
        <message>
            <source>show this help message and exit</source>
            <translation>diese Hilfe zeigen und beenden</translation>
        </message>
        <message>
            <source>argument %(argument_name)s: %(message)s</source>
            <translation>Argument %(argument_name)s: %(message)s</translation>
        </message>
        <message>
            <source>unrecognized arguments: %s</source>
            <translation>unbekannte Argumente: %s</translation>
        </message>
        <message>
            <source>the following arguments are required: %s</source>
            <translation>diese Argumente fehlen: %s</translation>
        </message>
        <message>
            <source>one of the arguments %s is required</source>
            <translation>eines dieser Argumente fehlt: %s</translation>
        </message>
        <message>
            <source>not allowed with argument %s</source>
            <translation>nicht zusammen mit dem Argument %s</translation>
        </message>
        <message>
            <source>ignored explicit argument %r</source>
            <translation>überzähliges Argument %r ignoriert</translation>
        </message>
        <message>
            <source>expected one argument</source>
            <translation>erwartet ein Argument</translation>
        </message>
        <message>
            <source>expected at most one argument</source>
            <translation>erwartet höchstens ein Argument</translation>
        </message>
        <message>
            <source>expected at least one argument</source>
            <translation>erwartet mindestens ein Argument</translation>
        </message>
        <message>
            <source>ambiguous option: %(option)s could match %(matches)s</source>
            <translation>mehrdeutige Option: %(option)s passt zu %(matches)s</translation>
        </message>
        <message>
            <source>unexpected option string: %s</source>
            <translation>unerwartete Option: %s</translation>
        </message>
        <message>
            <source>invalid %(type)s value: %(value)r</source>
            <translation>ungültiger Wert für %(type)s: %(value)r</translation>
        </message>
        <message>
            <source>invalid choice: %(value)r (choose from %(choices)s)</source>
            <translation>ungültige Wahl: %(value)r (möglich: %(choices)s)</translation>
        </message>
        <message>
            <source>%(prog)s: error: %(message)s
</source>
            <translation>%(prog)s: Fehler: %(message)s
</translation>
        </message>
        <message>
            <source>can't open '%(filename)s': %(error)s</source>
            <translation>'%(filename)s' lässt sich nicht öffnen: %(error)s</translation>
        </message>
        <message>
            <source>show program's version number and exit</source>
            <translation>die Versionsnummer zeigen und beenden</translation>
        </message>
    </context>
    <context>
        <name>AudioOutput</name>
        <message>
            <source>No audio output found (no sound card, or the sound system is not running); Limber carries on without sound.</source>
            <translation>Keine Audioausgabe gefunden (keine Soundkarte, oder das Soundsystem läuft nicht); Limber macht ohne Ton weiter.</translation>
        </message>
        <message>
            <source>The audio output does not take {rate} Hz, {channels}-channel sound.</source>
            <translation>Die Audioausgabe nimmt keinen Ton mit {rate} Hz und {channels} Kanälen an.</translation>
        </message>
        <message>
            <source>The audio output failed to start ({error}); Limber carries on without sound.</source>
            <translation>Die Audioausgabe ließ sich nicht starten ({error}); Limber macht ohne Ton weiter.</translation>
        </message>
    </context>
    <context>
        <name>CatalogueWords</name>
        <message>
            <source>walk</source>
            <translation>Gehen</translation>
        </message>
        <message>
            <source>mobilise</source>
            <translation>Mobilisieren</translation>
        </message>
        <message>
            <source>dynamic</source>
            <translation>dynamisch</translation>
        </message>
        <message>
            <source>static stretch</source>
            <translation>Dehnung (gehalten)</translation>
        </message>
        <message>
            <source>strength</source>
            <translation>Kraft</translation>
        </message>
        <message>
            <source>prompt</source>
            <translation>Hinweis</translation>
        </message>
        <message>
            <source>ankle</source>
            <translation>Knöchel</translation>
        </message>
        <message>
            <source>knee</source>
            <translation>Knie</translation>
        </message>
        <message>
            <source>hip</source>
            <translation>Hüfte</translation>
        </message>
        <message>
            <source>calf</source>
            <translation>Wade</translation>
        </message>
        <message>
            <source>hamstring</source>
            <translation>Beinrückseite</translation>
        </message>
        <message>
            <source>quad</source>
            <translation>Oberschenkel vorn</translation>
        </message>
        <message>
            <source>glute</source>
            <translation>Po</translation>
        </message>
        <message>
            <source>adductor</source>
            <translation>Innenschenkel</translation>
        </message>
        <message>
            <source>upper body</source>
            <translation>Oberkörper</translation>
        </message>
        <message>
            <source>whole body</source>
            <translation>ganzer Körper</translation>
        </message>
        <message>
            <source>warm-up</source>
            <translation>Aufwärmen</translation>
        </message>
        <message>
            <source>cool-down</source>
            <translation>Abwärmen</translation>
        </message>
        <message>
            <source>other</source>
            <translation>Sonstiges</translation>
        </message>
        <message>
            <source>built-in</source>
            <translation>eingebaut</translation>
        </message>
        <message>
            <source>user</source>
            <translation>eigene</translation>
        </message>
    </context>
    <context>
        <name>Checkin</name>
        <message>
            <source>Routine about to start</source>
            <translation>Routine, die gleich startet</translation>
        </message>
        <message>
            <source>How do your knees feel today?</source>
            <translation>Wie fühlen sich deine Knie heute an?</translation>
        </message>
        <message>
            <source>0 is no pain at all; 10 is the worst pain you can imagine. Type a number or click one, then Enter.</source>
            <translation>0 heißt gar kein Schmerz, 10 der schlimmste vorstellbare. Tipp oder klick eine Zahl, dann Enter.</translation>
        </message>
        <message>
            <source>Advice</source>
            <translation>Rat</translation>
        </message>
        <message>
            <source>Start without a score</source>
            <translation>Ohne Wert starten</translation>
        </message>
        <message>
            <source>Skip the knee check this time</source>
            <translation>Die Kniefrage diesmal überspringen</translation>
        </message>
        <message>
            <source>Back (Esc)</source>
            <translation>Zurück (Esc)</translation>
        </message>
        <message>
            <source>Back</source>
            <translation>Zurück</translation>
        </message>
        <message>
            <source>Back to the routines</source>
            <translation>Zurück zu den Routinen</translation>
        </message>
        <message>
            <source>Before the {routine}</source>
            <translation>Vor: {routine}</translation>
        </message>
    </context>
    <context>
        <name>Choices</name>
        <message>
            <source>Warm-up</source>
            <translation>Aufwärmen</translation>
        </message>
        <message>
            <source>Cool-down</source>
            <translation>Abwärmen</translation>
        </message>
        <message>
            <source>Strength</source>
            <translation>Kraft</translation>
        </message>
        <message>
            <source>Other</source>
            <translation>Sonstiges</translation>
        </message>
        <message>
            <source>Mine</source>
            <translation>Meine</translation>
        </message>
    </context>
    <context>
        <name>ClipChecks</name>
        <message>
            <source>Lift your knee, then lower it slowly. Breathe out, and switch sides.</source>
            <translation>Heb dein Knie, dann senk es langsam ab. Atme aus und wechsle die Seite.</translation>
        </message>
    </context>
    <context>
        <name>Controller</name>
        <message>
            <source>Your settings could not be saved ({error}).</source>
            <translation>Deine Einstellungen konnten nicht gespeichert werden ({error}).</translation>
        </message>
    </context>
    <context>
        <name>Countdown</name>
        <message numerus="yes">
            <source>%n second(s)</source>
            <translation>
                <numerusform>%n Sekunde</numerusform>
                <numerusform>%n Sekunden</numerusform>
            </translation>
        </message>
        <message>
            <source>Time left in this step</source>
            <translation>Restzeit dieses Schritts</translation>
        </message>
    </context>
    <context>
        <name>Counts</name>
        <message>
            <source>zero</source>
            <translation>null</translation>
        </message>
        <message>
            <source>one</source>
            <translation>eins</translation>
        </message>
        <message>
            <source>two</source>
            <translation>zwei</translation>
        </message>
        <message>
            <source>three</source>
            <translation>drei</translation>
        </message>
        <message>
            <source>four</source>
            <translation>vier</translation>
        </message>
        <message>
            <source>five</source>
            <translation>fünf</translation>
        </message>
        <message>
            <source>six</source>
            <translation>sechs</translation>
        </message>
        <message>
            <source>seven</source>
            <translation>sieben</translation>
        </message>
        <message>
            <source>eight</source>
            <translation>acht</translation>
        </message>
        <message>
            <source>nine</source>
            <translation>neun</translation>
        </message>
        <message>
            <source>ten</source>
            <translation>zehn</translation>
        </message>
        <message>
            <source>eleven</source>
            <translation>elf</translation>
        </message>
        <message>
            <source>twelve</source>
            <translation>zwölf</translation>
        </message>
        <message>
            <source>thirteen</source>
            <translation>dreizehn</translation>
        </message>
        <message>
            <source>fourteen</source>
            <translation>vierzehn</translation>
        </message>
        <message>
            <source>fifteen</source>
            <translation>fünfzehn</translation>
        </message>
        <message>
            <source>sixteen</source>
            <translation>sechzehn</translation>
        </message>
        <message>
            <source>seventeen</source>
            <translation>siebzehn</translation>
        </message>
        <message>
            <source>eighteen</source>
            <translation>achtzehn</translation>
        </message>
        <message>
            <source>nineteen</source>
            <translation>neunzehn</translation>
        </message>
        <message>
            <source>twenty</source>
            <translation>zwanzig</translation>
        </message>
        <message>
            <source>twenty one</source>
            <translation>einundzwanzig</translation>
        </message>
        <message>
            <source>twenty two</source>
            <translation>zweiundzwanzig</translation>
        </message>
        <message>
            <source>twenty three</source>
            <translation>dreiundzwanzig</translation>
        </message>
        <message>
            <source>twenty four</source>
            <translation>vierundzwanzig</translation>
        </message>
        <message>
            <source>twenty five</source>
            <translation>fünfundzwanzig</translation>
        </message>
        <message>
            <source>twenty six</source>
            <translation>sechsundzwanzig</translation>
        </message>
        <message>
            <source>twenty seven</source>
            <translation>siebenundzwanzig</translation>
        </message>
        <message>
            <source>twenty eight</source>
            <translation>achtundzwanzig</translation>
        </message>
        <message>
            <source>twenty nine</source>
            <translation>neunundzwanzig</translation>
        </message>
        <message>
            <source>thirty</source>
            <translation>dreißig</translation>
        </message>
        <message>
            <source>thirty one</source>
            <translation>einunddreißig</translation>
        </message>
        <message>
            <source>thirty two</source>
            <translation>zweiunddreißig</translation>
        </message>
        <message>
            <source>thirty three</source>
            <translation>dreiunddreißig</translation>
        </message>
        <message>
            <source>thirty four</source>
            <translation>vierunddreißig</translation>
        </message>
        <message>
            <source>thirty five</source>
            <translation>fünfunddreißig</translation>
        </message>
        <message>
            <source>thirty six</source>
            <translation>sechsunddreißig</translation>
        </message>
        <message>
            <source>thirty seven</source>
            <translation>siebenunddreißig</translation>
        </message>
        <message>
            <source>thirty eight</source>
            <translation>achtunddreißig</translation>
        </message>
        <message>
            <source>thirty nine</source>
            <translation>neununddreißig</translation>
        </message>
        <message>
            <source>forty</source>
            <translation>vierzig</translation>
        </message>
        <message>
            <source>forty one</source>
            <translation>einundvierzig</translation>
        </message>
        <message>
            <source>forty two</source>
            <translation>zweiundvierzig</translation>
        </message>
        <message>
            <source>forty three</source>
            <translation>dreiundvierzig</translation>
        </message>
        <message>
            <source>forty four</source>
            <translation>vierundvierzig</translation>
        </message>
        <message>
            <source>forty five</source>
            <translation>fünfundvierzig</translation>
        </message>
        <message>
            <source>forty six</source>
            <translation>sechsundvierzig</translation>
        </message>
        <message>
            <source>forty seven</source>
            <translation>siebenundvierzig</translation>
        </message>
        <message>
            <source>forty eight</source>
            <translation>achtundvierzig</translation>
        </message>
        <message>
            <source>forty nine</source>
            <translation>neunundvierzig</translation>
        </message>
        <message>
            <source>fifty</source>
            <translation>fünfzig</translation>
        </message>
        <message>
            <source>fifty one</source>
            <translation>einundfünfzig</translation>
        </message>
        <message>
            <source>fifty two</source>
            <translation>zweiundfünfzig</translation>
        </message>
        <message>
            <source>fifty three</source>
            <translation>dreiundfünfzig</translation>
        </message>
        <message>
            <source>fifty four</source>
            <translation>vierundfünfzig</translation>
        </message>
        <message>
            <source>fifty five</source>
            <translation>fünfundfünfzig</translation>
        </message>
        <message>
            <source>fifty six</source>
            <translation>sechsundfünfzig</translation>
        </message>
        <message>
            <source>fifty seven</source>
            <translation>siebenundfünfzig</translation>
        </message>
        <message>
            <source>fifty eight</source>
            <translation>achtundfünfzig</translation>
        </message>
        <message>
            <source>fifty nine</source>
            <translation>neunundfünfzig</translation>
        </message>
        <message>
            <source>sixty</source>
            <translation>sechzig</translation>
        </message>
        <message>
            <source>sixty one</source>
            <translation>einundsechzig</translation>
        </message>
        <message>
            <source>sixty two</source>
            <translation>zweiundsechzig</translation>
        </message>
        <message>
            <source>sixty three</source>
            <translation>dreiundsechzig</translation>
        </message>
        <message>
            <source>sixty four</source>
            <translation>vierundsechzig</translation>
        </message>
        <message>
            <source>sixty five</source>
            <translation>fünfundsechzig</translation>
        </message>
        <message>
            <source>sixty six</source>
            <translation>sechsundsechzig</translation>
        </message>
        <message>
            <source>sixty seven</source>
            <translation>siebenundsechzig</translation>
        </message>
        <message>
            <source>sixty eight</source>
            <translation>achtundsechzig</translation>
        </message>
        <message>
            <source>sixty nine</source>
            <translation>neunundsechzig</translation>
        </message>
        <message>
            <source>seventy</source>
            <translation>siebzig</translation>
        </message>
        <message>
            <source>seventy one</source>
            <translation>einundsiebzig</translation>
        </message>
        <message>
            <source>seventy two</source>
            <translation>zweiundsiebzig</translation>
        </message>
        <message>
            <source>seventy three</source>
            <translation>dreiundsiebzig</translation>
        </message>
        <message>
            <source>seventy four</source>
            <translation>vierundsiebzig</translation>
        </message>
        <message>
            <source>seventy five</source>
            <translation>fünfundsiebzig</translation>
        </message>
        <message>
            <source>seventy six</source>
            <translation>sechsundsiebzig</translation>
        </message>
        <message>
            <source>seventy seven</source>
            <translation>siebenundsiebzig</translation>
        </message>
        <message>
            <source>seventy eight</source>
            <translation>achtundsiebzig</translation>
        </message>
        <message>
            <source>seventy nine</source>
            <translation>neunundsiebzig</translation>
        </message>
        <message>
            <source>eighty</source>
            <translation>achtzig</translation>
        </message>
        <message>
            <source>eighty one</source>
            <translation>einundachtzig</translation>
        </message>
        <message>
            <source>eighty two</source>
            <translation>zweiundachtzig</translation>
        </message>
        <message>
            <source>eighty three</source>
            <translation>dreiundachtzig</translation>
        </message>
        <message>
            <source>eighty four</source>
            <translation>vierundachtzig</translation>
        </message>
        <message>
            <source>eighty five</source>
            <translation>fünfundachtzig</translation>
        </message>
        <message>
            <source>eighty six</source>
            <translation>sechsundachtzig</translation>
        </message>
        <message>
            <source>eighty seven</source>
            <translation>siebenundachtzig</translation>
        </message>
        <message>
            <source>eighty eight</source>
            <translation>achtundachtzig</translation>
        </message>
        <message>
            <source>eighty nine</source>
            <translation>neunundachtzig</translation>
        </message>
        <message>
            <source>ninety</source>
            <translation>neunzig</translation>
        </message>
        <message>
            <source>ninety one</source>
            <translation>einundneunzig</translation>
        </message>
        <message>
            <source>ninety two</source>
            <translation>zweiundneunzig</translation>
        </message>
        <message>
            <source>ninety three</source>
            <translation>dreiundneunzig</translation>
        </message>
        <message>
            <source>ninety four</source>
            <translation>vierundneunzig</translation>
        </message>
        <message>
            <source>ninety five</source>
            <translation>fünfundneunzig</translation>
        </message>
        <message>
            <source>ninety six</source>
            <translation>sechsundneunzig</translation>
        </message>
        <message>
            <source>ninety seven</source>
            <translation>siebenundneunzig</translation>
        </message>
        <message>
            <source>ninety eight</source>
            <translation>achtundneunzig</translation>
        </message>
        <message>
            <source>ninety nine</source>
            <translation>neunundneunzig</translation>
        </message>
        <message>
            <source>one hundred</source>
            <translation>hundert</translation>
        </message>
    </context>
    <context>
        <name>DayFlow</name>
        <message>
            <source>Your run day could not be saved ({error}). The routines themselves are not affected.</source>
            <translation>Dein Lauftag konnte nicht gespeichert werden ({error}). Die Routinen selbst sind nicht betroffen.</translation>
        </message>
    </context>
    <context>
        <name>Display</name>
        <message>
            <source>◀ LEFT</source>
            <translation>◀ LINKS</translation>
        </message>
        <message>
            <source>RIGHT ▶</source>
            <translation>RECHTS ▶</translation>
        </message>
        <message>
            <source>LEFT &amp; RIGHT</source>
            <translation>LINKS &amp; RECHTS</translation>
        </message>
        <message>
            <source>PAUSED</source>
            <translation>PAUSE</translation>
        </message>
        <message>
            <source>Paused</source>
            <translation>Pausiert</translation>
        </message>
        <message>
            <source>GET READY</source>
            <translation>BEREIT MACHEN</translation>
        </message>
        <message>
            <source>SWITCH ▶</source>
            <translation>WECHSEL ▶</translation>
        </message>
        <message>
            <source>First up, left side first</source>
            <translation>Zuerst, links beginnen</translation>
        </message>
        <message>
            <source>First up</source>
            <translation>Zuerst</translation>
        </message>
        <message>
            <source>Left side first</source>
            <translation>Links beginnen</translation>
        </message>
        <message>
            <source>Get into position</source>
            <translation>In Position gehen</translation>
        </message>
        <message>
            <source>Switch to the right side</source>
            <translation>Wechsel auf rechts</translation>
        </message>
        <message>
            <source>Rep {rep} of {reps}</source>
            <translation>Wiederholung {rep} von {reps}</translation>
        </message>
        <message>
            <source> of {reps}</source>
            <translation> von {reps}</translation>
        </message>
        <message>
            <source>{seconds} s left</source>
            <translation>noch {seconds} s</translation>
        </message>
        <message>
            <source>Press Space to carry on</source>
            <translation>Leertaste drückt weiter</translation>
        </message>
        <message>
            <source>Next: {exercise}</source>
            <translation>Als Nächstes: {exercise}</translation>
        </message>
        <message>
            <source>Last one</source>
            <translation>Die letzte</translation>
        </message>
        <message>
            <source>Then: {exercise}</source>
            <translation>Danach: {exercise}</translation>
        </message>
        <message>
            <source>Picture: {exercise}</source>
            <translation>Bild: {exercise}</translation>
        </message>
        <message>
            <source>Step {step} of {steps}</source>
            <translation>Schritt {step} von {steps}</translation>
        </message>
        <message>
            <source>{time} left</source>
            <translation>noch {time}</translation>
        </message>
        <message>
            <source>You are on step {step} of {steps} of {routine}.</source>
            <translation>Du bist bei Schritt {step} von {steps} von {routine}.</translation>
        </message>
        <message>
            <source>Stop and close Limber? {where}</source>
            <translation>Beenden und Limber schließen? {where}</translation>
        </message>
        <message>
            <source>Stop here? {where}</source>
            <translation>Hier aufhören? {where}</translation>
        </message>
    </context>
    <context>
        <name>Editor</name>
        <message>
            <source>once (no sides)</source>
            <translation>einmal (ohne Seiten)</translation>
        </message>
        <message>
            <source>each side: left, then right</source>
            <translation>jede Seite: links, dann rechts</translation>
        </message>
        <message>
            <source>alternating left and right</source>
            <translation>links und rechts im Wechsel</translation>
        </message>
        <message>
            <source>Add a step: Add from catalogue… or New exercise…</source>
            <translation>Füg einen Schritt hinzu: Aus dem Katalog… oder Neue Übung…</translation>
        </message>
        <message>
            <source>after</source>
            <comment>a tip said after a rep: after 8: Other way.</comment>
            <translation>nach</translation>
        </message>
        <message>
            <source>← Back</source>
            <translation>← Zurück</translation>
        </message>
        <message>
            <source>Back</source>
            <translation>Zurück</translation>
        </message>
        <message>
            <source>Undo</source>
            <translation>Rückgängig</translation>
        </message>
        <message>
            <source>Undo (Ctrl+Z)</source>
            <translation>Rückgängig (Strg+Z)</translation>
        </message>
        <message>
            <source>Redo</source>
            <translation>Wiederholen</translation>
        </message>
        <message>
            <source>Redo (Ctrl+Shift+Z)</source>
            <translation>Wiederholen (Strg+Umschalt+Z)</translation>
        </message>
        <message>
            <source>Import…</source>
            <translation>Importieren…</translation>
        </message>
        <message>
            <source>Export…</source>
            <translation>Exportieren…</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>Löschen</translation>
        </message>
        <message>
            <source>Save</source>
            <translation>Speichern</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Name</translation>
        </message>
        <message>
            <source>Id</source>
            <translation>Id</translation>
        </message>
        <message>
            <source>Description</source>
            <translation>Beschreibung</translation>
        </message>
        <message>
            <source>Gentle (for sore or stiff knees)</source>
            <translation>Sanft (für schmerzende oder steife Knie)</translation>
        </message>
        <message>
            <source>Change-over seconds</source>
            <translation>Sekunden Umstellzeit</translation>
        </message>
        <message>
            <source>Switch seconds</source>
            <translation>Sekunden Seitenwechsel</translation>
        </message>
        <message>
            <source>Said at the end</source>
            <translation>Am Ende gesagt</translation>
        </message>
        <message>
            <source>Total time</source>
            <translation>Gesamtzeit</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Art</translation>
        </message>
        <message>
            <source>s between steps,</source>
            <translation>s je Schritt,</translation>
        </message>
        <message>
            <source>s to switch sides</source>
            <translation>s zum Seitenwechsel</translation>
        </message>
        <message>
            <source>Gaps</source>
            <translation>Pausen</translation>
        </message>
        <message>
            <source>Hear it</source>
            <translation>Anhören</translation>
        </message>
        <message>
            <source>Play what is said at the end with your voice</source>
            <translation>Das Schlusswort mit deiner Stimme abspielen</translation>
        </message>
        <message>
            <source>Total</source>
            <translation>Gesamt</translation>
        </message>
        <message>
            <source>Routine</source>
            <translation>Routine</translation>
        </message>
        <message>
            <source>Steps</source>
            <translation>Schritte</translation>
        </message>
        <message>
            <source>Drag to reorder, or Alt+Up / Alt+Down</source>
            <translation>Zum Umordnen ziehen, oder Alt+Hoch / Alt+Runter</translation>
        </message>
        <message>
            <source>Add from catalogue…</source>
            <translation>Aus dem Katalog…</translation>
        </message>
        <message>
            <source>New exercise…</source>
            <translation>Neue Übung…</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>Entfernen</translation>
        </message>
        <message>
            <source>Timed (seconds)</source>
            <translation>Nach Zeit (Sekunden)</translation>
        </message>
        <message>
            <source>Counted (reps)</source>
            <translation>Gezählt (Wiederholungen)</translation>
        </message>
        <message>
            <source>Seconds or reps</source>
            <translation>Sekunden oder Wiederholungen</translation>
        </message>
        <message>
            <source>Seconds a rep</source>
            <translation>Sekunden pro Wiederholung</translation>
        </message>
        <message>
            <source>the routine's</source>
            <translation>wie die Routine</translation>
        </message>
        <message>
            <source>Said when the step starts</source>
            <translation>Beim Start des Schritts gesagt</translation>
        </message>
        <message>
            <source>Play the step's opening with your voice</source>
            <translation>Den Anfang des Schritts mit deiner Stimme abspielen</translation>
        </message>
        <message>
            <source>Tips</source>
            <translation>Hinweise</translation>
        </message>
        <message>
            <source>One tip a line. “15: Breathe out.” is said 15 seconds in; “after 8: Reverse.” after the eighth count; a line on its own halfway.</source>
            <translation>Ein Hinweis pro Zeile. „15: Ausatmen.“ kommt nach 15 Sekunden; „nach 8: Andersrum.“ nach der achten Zahl; eine Zeile ohne Angabe zur Halbzeit.</translation>
        </message>
        <message>
            <source>Hear tips</source>
            <translation>Hinweise anhören</translation>
        </message>
        <message>
            <source>Picture of the exercise</source>
            <translation>Bild der Übung</translation>
        </message>
        <message>
            <source>Seconds</source>
            <translation>Sekunden</translation>
        </message>
        <message>
            <source>Dose</source>
            <translation>Umfang</translation>
        </message>
        <message>
            <source>Sides</source>
            <translation>Seiten</translation>
        </message>
        <message>
            <source>Said first</source>
            <translation>Zuerst gesagt</translation>
        </message>
        <message>
            <source>Step</source>
            <translation>Schritt</translation>
        </message>
        <message>
            <source>Reps</source>
            <translation>Wiederholungen</translation>
        </message>
        <message>
            <source>No step chosen</source>
            <translation>Kein Schritt gewählt</translation>
        </message>
        <message>
            <source>{total}  (with the lead-in and the gaps)</source>
            <translation>{total}  (mit Vorlauf und Pausen)</translation>
        </message>
        <message>
            <source>–  (once the routine can be saved)</source>
            <translation>–  (sobald die Routine gespeichert werden kann)</translation>
        </message>
        <message>
            <source>Save (Ctrl+S)</source>
            <translation>Speichern (Strg+S)</translation>
        </message>
        <message>
            <source>Save (Ctrl+S): the problems left are shown beside their fields; nothing typed is lost</source>
            <translation>Speichern (Strg+S): die übrigen Probleme stehen neben ihren Feldern; nichts Getipptes geht verloren</translation>
        </message>
        <message>
            <source>{amount} reps</source>
            <translation>{amount} Wdh.</translation>
        </message>
        <message>
            <source>, each side</source>
            <translation>, jede Seite</translation>
        </message>
        <message>
            <source>, alternating</source>
            <translation>, im Wechsel</translation>
        </message>
    </context>
    <context>
        <name>EditorPickers</name>
        <message>
            <source>Add an exercise</source>
            <translation>Übung hinzufügen</translation>
        </message>
        <message>
            <source>Search by name or body part (calf, hip, knee…)</source>
            <translation>Nach Name oder Körperteil suchen (Wade, Hüfte, Knie…)</translation>
        </message>
        <message>
            <source>Search the exercises</source>
            <translation>Übungen durchsuchen</translation>
        </message>
        <message>
            <source>Exercises</source>
            <translation>Übungen</translation>
        </message>
        <message>
            <source>Add</source>
            <translation>Hinzufügen</translation>
        </message>
        <message>
            <source>New exercise</source>
            <translation>Neue Übung</translation>
        </message>
        <message>
            <source>Said aloud: plain words, like “Wall sit”</source>
            <translation>Wird laut gesagt: einfache Wörter, wie „Wandsitzen“</translation>
        </message>
        <message>
            <source>Body parts it works</source>
            <translation>Trainierte Körperteile</translation>
        </message>
        <message>
            <source>One or two short sentences, shown while it runs</source>
            <translation>Ein oder zwei kurze Sätze, angezeigt während der Übung</translation>
        </message>
        <message>
            <source>Optional: a short caution, said once</source>
            <translation>Optional: ein kurzer Warnhinweis, einmal gesagt</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Name</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Art</translation>
        </message>
        <message>
            <source>Works</source>
            <translation>Trainiert</translation>
        </message>
        <message>
            <source>How to do it</source>
            <translation>So geht's</translation>
        </message>
        <message>
            <source>Safety note</source>
            <translation>Sicherheitshinweis</translation>
        </message>
        <message>
            <source>The routine's check tells you if anything here needs changing.</source>
            <translation>Die Prüfung der Routine sagt dir, ob hier etwas geändert werden muss.</translation>
        </message>
    </context>
    <context>
        <name>FileWords</name>
        <message>
            <source>cannot read {path}: {why}</source>
            <translation>{path} kann nicht gelesen werden: {why}</translation>
        </message>
        <message>
            <source>cannot write {path}: {why}</source>
            <translation>{path} kann nicht geschrieben werden: {why}</translation>
        </message>
        <message>
            <source>cannot remove {path}: {why}</source>
            <translation>{path} kann nicht entfernt werden: {why}</translation>
        </message>
        <message>
            <source>cannot make the folder {path}: {why}</source>
            <translation>der Ordner {path} kann nicht angelegt werden: {why}</translation>
        </message>
        <message>
            <source>its folder does not exist; make the folder first, or choose another place</source>
            <translation>sein Ordner existiert nicht; leg den Ordner zuerst an, oder wähl einen anderen Ort</translation>
        </message>
        <message>
            <source>it is a folder; give the name of a file</source>
            <translation>das ist ein Ordner; gib den Namen einer Datei an</translation>
        </message>
        <message>
            <source>a part of the path is a file, not a folder; choose another place</source>
            <translation>ein Teil des Pfads ist eine Datei, kein Ordner; wähl einen anderen Ort</translation>
        </message>
        <message>
            <source>a file is in the way; move it, or choose another place</source>
            <translation>eine Datei ist im Weg; verschieb sie, oder wähl einen anderen Ort</translation>
        </message>
        <message>
            <source>the disk is full; free some space and try again</source>
            <translation>der Datenträger ist voll; schaff etwas Platz und versuch es noch einmal</translation>
        </message>
        <message>
            <source>the disk or folder is read-only; choose a folder you can write to</source>
            <translation>der Datenträger oder Ordner ist schreibgeschützt; wähl einen Ordner, in den du schreiben kannst</translation>
        </message>
        <message>
            <source>permission denied; choose a folder you can write to</source>
            <translation>Zugriff verweigert; wähl einen Ordner, in den du schreiben kannst</translation>
        </message>
        <message>
            <source>the name is too long for this file system; choose a shorter one</source>
            <translation>der Name ist für dieses Dateisystem zu lang; wähl einen kürzeren</translation>
        </message>
        <message>
            <source>it is a loop of links; choose another name</source>
            <translation>das ist eine Schleife aus Verknüpfungen; wähl einen anderen Namen</translation>
        </message>
        <message>
            <source>your disk quota is used up; free some space and try again</source>
            <translation>dein Speicherkontingent ist aufgebraucht; schaff etwas Platz und versuch es noch einmal</translation>
        </message>
        <message>
            <source>there is no such file</source>
            <translation>diese Datei gibt es nicht</translation>
        </message>
    </context>
    <context>
        <name>Finish</name>
        <message>
            <source>How it went</source>
            <translation>Wie es lief</translation>
        </message>
        <message>
            <source>What you did</source>
            <translation>Was du gemacht hast</translation>
        </message>
        <message>
            <source>Streak</source>
            <translation>Serie</translation>
        </message>
        <message>
            <source>Your run</source>
            <translation>Dein Lauf</translation>
        </message>
        <message>
            <source>Take care</source>
            <translation>Pass auf dich auf</translation>
        </message>
        <message>
            <source>Your run day</source>
            <translation>Dein Lauftag</translation>
        </message>
        <message>
            <source>Refuel</source>
            <translation>Auftanken</translation>
        </message>
        <message>
            <source>How do your knees feel now? Type or click 0–10, then Enter.</source>
            <translation>Wie fühlen sich deine Knie jetzt an? 0–10 tippen oder klicken, dann Enter.</translation>
        </message>
        <message>
            <source>Save my score</source>
            <translation>Wert speichern</translation>
        </message>
        <message>
            <source>About your knee score</source>
            <translation>Zu deinem Kniewert</translation>
        </message>
        <message>
            <source>What comes next</source>
            <translation>Wie es weitergeht</translation>
        </message>
        <message>
            <source>When to stop and get advice</source>
            <translation>Wann aufhören und Rat holen</translation>
        </message>
        <message>
            <source>Cool down</source>
            <translation>Abwärmen</translation>
        </message>
        <message>
            <source>Again</source>
            <translation>Noch mal</translation>
        </message>
        <message>
            <source>Run the same routine again</source>
            <translation>Dieselbe Routine noch einmal</translation>
        </message>
        <message>
            <source>Home</source>
            <translation>Start</translation>
        </message>
        <message>
            <source>Back to the routines (Enter)</source>
            <translation>Zurück zu den Routinen (Enter)</translation>
        </message>
        <message>
            <source>Disclaimer</source>
            <translation>Hinweis</translation>
        </message>
        <message>
            <source>Change my answer to {score}</source>
            <translation>Meine Antwort auf {score} ändern</translation>
        </message>
    </context>
    <context>
        <name>FinishWords</name>
        <message numerus="yes">
            <source>%n day(s) in a row</source>
            <translation>
                <numerusform>%n Tag in Folge</numerusform>
                <numerusform>%n Tage in Folge</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n step(s)</source>
            <translation>
                <numerusform>%n Schritt</numerusform>
                <numerusform>%n Schritte</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>{done} of %n step(s)</source>
            <translation>
                <numerusform>{done} von %n Schritt</numerusform>
                <numerusform>{done} von %n Schritten</numerusform>
            </translation>
        </message>
        <message>
            <source>Well done</source>
            <translation>Gut gemacht</translation>
        </message>
        <message>
            <source>Stopped before the first step</source>
            <translation>Vor dem ersten Schritt beendet</translation>
        </message>
        <message>
            <source>Skipped through</source>
            <translation>Durchgeklickt</translation>
        </message>
        <message>
            <source>Stopped early: {tally}</source>
            <translation>Früh beendet: {tally}</translation>
        </message>
        <message>
            <source>Skipped through: {tally}</source>
            <translation>Durchgeklickt: {tally}</translation>
        </message>
        <message numerus="yes">
            <source>All %n step(s) in {time}.</source>
            <translation>
                <numerusform>Der eine Schritt, in {time}.</numerusform>
                <numerusform>Alle %n Schritte in {time}.</numerusform>
            </translation>
        </message>
        <message>
            <source>No step done ({time}).</source>
            <translation>Kein Schritt gemacht ({time}).</translation>
        </message>
        <message numerus="yes">
            <source>{done} of %n step(s) done in {time}.</source>
            <translation>
                <numerusform>{done} von %n Schritt in {time} gemacht.</numerusform>
                <numerusform>{done} von %n Schritten in {time} gemacht.</numerusform>
            </translation>
        </message>
        <message>
            <source>Skipped: {names}.</source>
            <translation>Übersprungen: {names}.</translation>
        </message>
        <message>
            <source>Next: your run. Afterwards, come back for the {routine}.</source>
            <translation>Jetzt: dein Lauf. Danach komm zurück für {routine}.</translation>
        </message>
        <message>
            <source>Next: your run. Afterwards, come back for a cool-down.</source>
            <translation>Jetzt: dein Lauf. Danach komm zurück zum Abwärmen.</translation>
        </message>
        <message>
            <source>Nothing is warmed up yet: warm up before you run (Again starts it over).</source>
            <translation>Noch ist nichts aufgewärmt: wärm dich vor dem Lauf auf (Noch mal startet neu).</translation>
        </message>
        <message>
            <source>Start your run gently, and give it a few easy minutes to warm up. Afterwards, come back for the {routine}.</source>
            <translation>Lauf sanft los und gib dir ein paar lockere Minuten zum Warmwerden. Danach komm zurück für {routine}.</translation>
        </message>
        <message>
            <source>Start your run gently, and give it a few easy minutes to warm up. Afterwards, come back for a cool-down.</source>
            <translation>Lauf sanft los und gib dir ein paar lockere Minuten zum Warmwerden. Danach komm zurück zum Abwärmen.</translation>
        </message>
    </context>
    <context>
        <name>GoRunScreen</name>
        <message>
            <source>Your run so far</source>
            <translation>Dein Lauf bisher</translation>
        </message>
        <message>
            <source>I'm back</source>
            <translation>Bin zurück</translation>
        </message>
        <message>
            <source>I'm back: start the cool-down</source>
            <translation>Bin zurück: Abwärmen starten</translation>
        </message>
        <message>
            <source>Start the cool-down (Enter)</source>
            <translation>Abwärmen starten (Enter)</translation>
        </message>
        <message>
            <source>Cool down anyway, or end the run day</source>
            <translation>Trotzdem abwärmen, oder den Lauftag beenden</translation>
        </message>
        <message>
            <source>End the run day?</source>
            <translation>Lauftag beenden?</translation>
        </message>
    </context>
    <context>
        <name>HistoryCommands</name>
        <message>
            <source>show recent sessions, the streak, knee check-ins and advice</source>
            <translation>zeigt die letzten Einheiten, die Serie, Kniewerte und Rat</translation>
        </message>
        <message>
            <source>Show recent sessions, the streak, knee check-ins and advice, or export everything to a CSV file.</source>
            <translation>Zeigt die letzten Einheiten, die Serie, Kniewerte und Rat, oder exportiert alles in eine CSV-Datei.</translation>
        </message>
        <message>
            <source>print JSON</source>
            <translation>JSON ausgeben</translation>
        </message>
        <message>
            <source>write everything to FILE</source>
            <translation>alles in FILE schreiben</translation>
        </message>
        <message>
            <source>show the latest N (default 10)</source>
            <translation>die letzten N zeigen (Vorgabe 10)</translation>
        </message>
        <message>
            <source>--limit must be 0 or more, not {n}</source>
            <translation>--limit muss 0 oder mehr sein, nicht {n}</translation>
        </message>
        <message numerus="yes">
            <source>Wrote %n row(s) to {file}</source>
            <translation>
                <numerusform>%n Zeile nach {file} geschrieben</numerusform>
                <numerusform>%n Zeilen nach {file} geschrieben</numerusform>
            </translation>
        </message>
        <message>
            <source>History file: {path}</source>
            <translation>Verlaufsdatei: {path}</translation>
        </message>
        <message numerus="yes">
            <source>Streak: %n day(s) in a row with a run day, or a warm-up and a cool-down, done</source>
            <translation>
                <numerusform>Serie: %n Tag in Folge mit einem Lauftag, oder mit Auf- und Abwärmen</numerusform>
                <numerusform>Serie: %n Tage in Folge mit einem Lauftag, oder mit Auf- und Abwärmen</numerusform>
            </translation>
        </message>
        <message>
            <source>Recent sessions, newest first:</source>
            <translation>Letzte Einheiten, neueste zuerst:</translation>
        </message>
        <message>
            <source>No sessions yet.</source>
            <translation>Noch keine Einheiten.</translation>
        </message>
        <message>
            <source>Run days, newest first:</source>
            <translation>Lauftage, neueste zuerst:</translation>
        </message>
        <message>
            <source>Knee check-ins, oldest first:</source>
            <translation>Kniewerte, älteste zuerst:</translation>
        </message>
        <message>
            <source>No knee check-ins yet.</source>
            <translation>Noch keine Kniewerte.</translation>
        </message>
        <message>
            <source>Advice:</source>
            <translation>Rat:</translation>
        </message>
        <message>
            <source>started, no end recorded</source>
            <translation>begonnen, kein Ende erfasst</translation>
        </message>
        <message>
            <source>{percent} done</source>
            <translation>{percent} geschafft</translation>
        </message>
        <message>
            <source>, stopped early</source>
            <translation>, früh beendet</translation>
        </message>
        <message numerus="yes">
            <source>, %n step(s) skipped</source>
            <translation>
                <numerusform>, %n Schritt übersprungen</numerusform>
                <numerusform>, %n Schritte übersprungen</numerusform>
            </translation>
        </message>
        <message>
            <source>{routine} ({minutes} min): {outcome}</source>
            <translation>{routine} ({minutes} min): {outcome}</translation>
        </message>
        <message>
            <source>run {time}</source>
            <translation>Lauf {time}</translation>
        </message>
        <message>
            <source>knees {knees}</source>
            <translation>Knie {knees}</translation>
        </message>
    </context>
    <context>
        <name>HistoryView</name>
        <message>
            <source>before a run</source>
            <translation>vor einem Lauf</translation>
        </message>
        <message>
            <source>after the cool-down</source>
            <translation>nach dem Abwärmen</translation>
        </message>
        <message>
            <source>later</source>
            <translation>später</translation>
        </message>
        <message>
            <source>No knee check-ins yet. Limber asks before a warm-up and after a cool-down.</source>
            <translation>Noch keine Kniewerte. Limber fragt vor dem Aufwärmen und nach dem Abwärmen.</translation>
        </message>
        <message>
            <source>{percent} % done</source>
            <translation>{percent} % geschafft</translation>
        </message>
        <message>
            <source>stopped early</source>
            <translation>früh beendet</translation>
        </message>
        <message>
            <source>end not recorded</source>
            <translation>Ende nicht erfasst</translation>
        </message>
        <message numerus="yes">
            <source>%n step(s) skipped</source>
            <translation>
                <numerusform>%n Schritt übersprungen</numerusform>
                <numerusform>%n Schritte übersprungen</numerusform>
            </translation>
        </message>
        <message>
            <source>When</source>
            <translation>Wann</translation>
        </message>
        <message>
            <source>Routine</source>
            <translation>Routine</translation>
        </message>
        <message>
            <source>Length</source>
            <translation>Dauer</translation>
        </message>
        <message>
            <source>Done</source>
            <translation>Geschafft</translation>
        </message>
        <message>
            <source>How it ended</source>
            <translation>Wie es endete</translation>
        </message>
        <message>
            <source>finished</source>
            <translation>fertig</translation>
        </message>
        <message>
            <source>{percent} %</source>
            <translation>{percent} %</translation>
        </message>
        <message>
            <source>Run</source>
            <translation>Lauf</translation>
        </message>
        <message>
            <source>Knees</source>
            <translation>Knie</translation>
        </message>
        <message>
            <source>{when} · run {run} · knees before → after: {knees} · {ended}</source>
            <translation>{when} · Lauf {run} · Knie vorher → nachher: {knees} · {ended}</translation>
        </message>
        <message>
            <source>Knee scores over time</source>
            <translation>Kniewerte im Verlauf</translation>
        </message>
        <message numerus="yes">
            <source>%n check-in(s); the latest is {score} out of 10, {when}.</source>
            <translation>
                <numerusform>%n Kniewert; der letzte ist {score} von 10, {when}.</numerusform>
                <numerusform>%n Kniewerte; der letzte ist {score} von 10, {when}.</numerusform>
            </translation>
        </message>
        <message>
            <source>History</source>
            <translation>Verlauf</translation>
        </message>
        <message>
            <source>← Back</source>
            <translation>← Zurück</translation>
        </message>
        <message>
            <source>Back to the routines (Esc)</source>
            <translation>Zurück zu den Routinen (Esc)</translation>
        </message>
        <message>
            <source>Back</source>
            <translation>Zurück</translation>
        </message>
        <message>
            <source>Streak</source>
            <translation>Serie</translation>
        </message>
        <message>
            <source>Advice</source>
            <translation>Rat</translation>
        </message>
        <message>
            <source>When to stop and get advice</source>
            <translation>Wann aufhören und Rat holen</translation>
        </message>
        <message>
            <source>Run days</source>
            <translation>Lauftage</translation>
        </message>
        <message>
            <source>No run days yet. Start my run day, on home, keeps the warm-up, your run and the cool-down together.</source>
            <translation>Noch keine Lauftage. „Lauftag starten“ auf der Startseite hält Aufwärmen, Lauf und Abwärmen zusammen.</translation>
        </message>
        <message>
            <source>Recent sessions</source>
            <translation>Letzte Einheiten</translation>
        </message>
        <message>
            <source>No sessions yet. They appear here once you run a routine.</source>
            <translation>Noch keine Einheiten. Sie erscheinen hier, sobald du eine Routine machst.</translation>
        </message>
        <message>
            <source>Sessions</source>
            <translation>Einheiten</translation>
        </message>
        <message>
            <source>Knee check-ins (0 = no pain, 10 = worst)</source>
            <translation>Kniewerte (0 = kein Schmerz, 10 = am schlimmsten)</translation>
        </message>
        <message>
            <source>The history could not be read ({error}).</source>
            <translation>Der Verlauf konnte nicht gelesen werden ({error}).</translation>
        </message>
    </context>
    <context>
        <name>HistoryWords</name>
        <message numerus="yes">
            <source>%n day(s) in a row</source>
            <translation>
                <numerusform>%n Tag in Folge</numerusform>
                <numerusform>%n Tage in Folge</numerusform>
            </translation>
        </message>
        <message>
            <source>Days in a row with a run day, or a warm-up and a cool-down, done: one today starts or extends it.</source>
            <translation>Tage in Folge mit einem Lauftag, oder mit Auf- und Abwärmen: einer heute beginnt oder verlängert die Serie.</translation>
        </message>
        <message>
            <source>Last run day: {day}</source>
            <translation>Letzter Lauftag: {day}</translation>
        </message>
        <message>
            <source>A run day today starts a new streak: Start my run day, on home.</source>
            <translation>Ein Lauftag heute beginnt eine neue Serie: „Lauftag starten“ auf der Startseite.</translation>
        </message>
        <message>
            <source>Last routine: {routine}, {day}</source>
            <translation>Letzte Routine: {routine}, {day}</translation>
        </message>
        <message>
            <source>A run day (or a warm-up and a cool-down) today starts a streak.</source>
            <translation>Ein Lauftag (oder Auf- und Abwärmen) heute beginnt eine Serie.</translation>
        </message>
        <message>
            <source>Your run days will show here</source>
            <translation>Hier erscheinen deine Lauftage</translation>
        </message>
        <message>
            <source>Start one on home: knee check, warm-up, your run, cool-down, and your knees again.</source>
            <translation>Starte einen auf der Startseite: Kniefrage, Aufwärmen, dein Lauf, Abwärmen, und noch einmal die Knie.</translation>
        </message>
        <message>
            <source>today</source>
            <translation>heute</translation>
        </message>
        <message>
            <source>yesterday</source>
            <translation>gestern</translation>
        </message>
        <message>
            <source>{min} min {ss} s</source>
            <translation>{min} min {ss} s</translation>
        </message>
        <message>
            <source>{s} s</source>
            <comment>seconds</comment>
            <translation>{s} s</translation>
        </message>
        <message>
            <source>No run</source>
            <translation>Kein Lauf</translation>
        </message>
        <message>
            <source>, later {score}</source>
            <translation>, später {score}</translation>
        </message>
        <message>
            <source>finished</source>
            <translation>fertig</translation>
        </message>
        <message>
            <source>ended early</source>
            <translation>früh beendet</translation>
        </message>
        <message>
            <source>not finished</source>
            <translation>nicht fertig</translation>
        </message>
    </context>
    <context>
        <name>Home</name>
        <message>
            <source>gentle</source>
            <translation>sanft</translation>
        </message>
        <message>
            <source>Routines</source>
            <translation>Routinen</translation>
        </message>
        <message>
            <source>Run day</source>
            <translation>Lauftag</translation>
        </message>
        <message>
            <source>Warm up before your run, cool down after it.</source>
            <translation>Vor dem Lauf aufwärmen, danach abwärmen.</translation>
        </message>
        <message>
            <source>Menu</source>
            <translation>Menü</translation>
        </message>
        <message>
            <source>Or one routine</source>
            <translation>Oder eine Routine</translation>
        </message>
        <message>
            <source>Advice from your check-ins</source>
            <translation>Rat aus deinen Kniewerten</translation>
        </message>
        <message>
            <source>Start</source>
            <translation>Start</translation>
        </message>
        <message>
            <source>Start the selected routine (Enter)</source>
            <translation>Die gewählte Routine starten (Enter)</translation>
        </message>
        <message>
            <source>Start the selected routine</source>
            <translation>Die gewählte Routine starten</translation>
        </message>
        <message>
            <source>Routine file problems</source>
            <translation>Probleme in Routinedateien</translation>
        </message>
        <message>
            <source>Fix the file and save it: the list updates by itself. The other routines work as usual.</source>
            <translation>Korrigier die Datei und speicher sie: die Liste aktualisiert sich von selbst. Die anderen Routinen funktionieren wie gewohnt.</translation>
        </message>
        <message>
            <source>Plan preview</source>
            <translation>Ablauf</translation>
        </message>
        <message>
            <source>New routine</source>
            <translation>Neue Routine</translation>
        </message>
        <message>
            <source>Make your own routine, from scratch</source>
            <translation>Eine eigene Routine anlegen, von Grund auf</translation>
        </message>
        <message>
            <source>Edit a copy</source>
            <translation>Kopie bearbeiten</translation>
        </message>
        <message>
            <source>Built-in routines are read-only: change a copy of one</source>
            <translation>Eingebaute Routinen sind schreibgeschützt: ändere eine Kopie</translation>
        </message>
        <message>
            <source>Length</source>
            <translation>Dauer</translation>
        </message>
        <message>
            <source>Fit the routine to the time you have: holds and the warm-down within their safe ranges, optional steps left out</source>
            <translation>Die Routine an deine Zeit anpassen: Haltezeiten und Auslaufen in sicheren Grenzen, optionale Schritte weggelassen</translation>
        </message>
        <message>
            <source>&amp;Length</source>
            <translation>&amp;Dauer</translation>
        </message>
        <message>
            <source>What the length does</source>
            <translation>Was die Dauer bewirkt</translation>
        </message>
        <message>
            <source>{group} routines</source>
            <translation>Routinen: {group}</translation>
        </message>
        <message>
            <source>{routine}, {time}, gentle. {description}</source>
            <translation>{routine}, {time}, sanft. {description}</translation>
        </message>
        <message>
            <source>{routine}, {time}. {description}</source>
            <translation>{routine}, {time}. {description}</translation>
        </message>
        <message>
            <source>Your routine: {file}</source>
            <translation>Deine Routine: {file}</translation>
        </message>
        <message numerus="yes">
            <source>%n routine file(s) with problems, so not listed:</source>
            <translation>
                <numerusform>%n Routinedatei hat ein Problem und wird nicht gelistet:</numerusform>
                <numerusform>%n Routinedateien haben Probleme und werden nicht gelistet:</numerusform>
            </translation>
        </message>
        <message>
            <source>Step</source>
            <translation>Schritt</translation>
        </message>
        <message>
            <source>Time</source>
            <translation>Zeit</translation>
        </message>
        <message>
            <source>Sides</source>
            <translation>Seiten</translation>
        </message>
        <message>
            <source>When to stop and get advice</source>
            <translation>Wann aufhören und Rat holen</translation>
        </message>
        <message>
            <source>Start {routine}</source>
            <translation>{routine} starten</translation>
        </message>
        <message>
            <source>Edit</source>
            <translation>Bearbeiten</translation>
        </message>
    </context>
    <context>
        <name>Journal</name>
        <message>
            <source>Your history could not be saved ({error}). The routine itself is not affected.</source>
            <translation>Dein Verlauf konnte nicht gespeichert werden ({error}). Die Routine selbst ist nicht betroffen.</translation>
        </message>
        <message>
            <source>Your history is busy (another program is using it, or the disk is full). This session is kept and will be saved as soon as it can be.</source>
            <translation>Dein Verlauf ist gerade belegt (ein anderes Programm nutzt ihn, oder der Datenträger ist voll). Diese Einheit wird aufbewahrt und gespeichert, sobald es geht.</translation>
        </message>
    </context>
    <context>
        <name>KneeNudges</name>
        <message>
            <source>Your last two knee check-ins were {first} and {second} out of 10. Please read the signs that mean stop and get advice (such as sharp pain, a limp, swelling, or pain that lasts more than two hours), and give your knees an easy day: a walk or gentle mobility instead of a run.</source>
            <translation>Deine letzten zwei Kniewerte waren {first} und {second} von 10. Lies bitte die Anzeichen, bei denen du aufhören und dich beraten lassen solltest (etwa stechender Schmerz, Hinken, Schwellung oder Schmerz, der länger als zwei Stunden anhält), und gönn deinen Knien einen leichten Tag: Gehen oder sanfte Mobilisation statt eines Laufs.</translation>
        </message>
        <message>
            <source>after today's cool-down</source>
            <translation>nach dem heutigen Abwärmen</translation>
        </message>
        <message>
            <source>later today</source>
            <translation>heute später</translation>
        </message>
        <message>
            <source>after yesterday's cool-down</source>
            <translation>nach dem gestrigen Abwärmen</translation>
        </message>
        <message>
            <source>later yesterday</source>
            <translation>gestern später</translation>
        </message>
        <message>
            <source>Your knees felt worse {then} ({after} out of 10) than before the warm-up ({before}). Make your next day a lower-impact one: a brisk walk, a walk-jog or the gentle routine, and go a little easier next run.</source>
            <translation>Deine Knie fühlten sich {then} schlechter an ({after} von 10) als vor dem Aufwärmen ({before}). Mach deinen nächsten Tag schonender: zügiges Gehen, Gehen und Joggen im Wechsel oder die sanfte Routine, und lauf beim nächsten Mal etwas lockerer.</translation>
        </message>
    </context>
    <context>
        <name>Language</name>
        <message>
            <source>English</source>
            <comment>this language's name, in itself</comment>
            <translation>Deutsch</translation>
        </message>
    </context>
    <context>
        <name>LaterCheck</name>
        <message>
            <source>Save</source>
            <translation>Speichern</translation>
        </message>
        <message>
            <source>Not now</source>
            <translation>Nicht jetzt</translation>
        </message>
        <message>
            <source>Don't ask again</source>
            <translation>Nicht mehr fragen</translation>
        </message>
        <message>
            <source>Turn off this check (also in Preferences)</source>
            <translation>Diese Frage ausschalten (auch in den Einstellungen)</translation>
        </message>
    </context>
    <context>
        <name>LengthWords</name>
        <message>
            <source>As written</source>
            <translation>Wie geschrieben</translation>
        </message>
        <message>
            <source>{routine} takes {time} at the least: {asked} is too short to do it safely, so its shortest safe version runs.</source>
            <translation>{routine} dauert mindestens {time}: {asked} ist zu kurz, um sie sicher zu machen, also läuft die kürzeste sichere Fassung.</translation>
        </message>
        <message>
            <source>{routine} takes {time} at the most, without going past its holds and doses.</source>
            <translation>{routine} dauert höchstens {time}, ohne ihre Haltezeiten und Umfänge zu überschreiten.</translation>
        </message>
        <message>
            <source>{routine} fitted to {time}, leaving out {steps}.</source>
            <translation>{routine} auf {time} angepasst, ohne {steps}.</translation>
        </message>
        <message>
            <source>{routine} fitted to {time}.</source>
            <translation>{routine} auf {time} angepasst.</translation>
        </message>
    </context>
    <context>
        <name>LocalFormat</name>
        <message>
            <source>.</source>
            <comment>the decimal mark: 0.5</comment>
            <translation>,</translation>
        </message>
        <message>
            <source>{hh}:{mm}</source>
            <comment>a time of day</comment>
            <translation>{hh}:{mm}</translation>
        </message>
        <message>
            <source>{weekday} {dd} {month}</source>
            <comment>a day</comment>
            <translation>{weekday}, {day}. {month}</translation>
        </message>
        <message>
            <source>{dd} {month}</source>
            <comment>a day, short</comment>
            <translation>{day}. {month}</translation>
        </message>
        <message>
            <source>{weekday} {dd} {month} {year}, {time}</source>
            <comment>a day and time</comment>
            <translation>{weekday}, {day}. {month} {year}, {time}</translation>
        </message>
        <message>
            <source>{dd} {month} {time}</source>
            <comment>a day and time, short</comment>
            <translation>{day}. {month}, {time}</translation>
        </message>
    </context>
    <context>
        <name>Months</name>
        <message>
            <source>Jan</source>
            <translation>Jan.</translation>
        </message>
        <message>
            <source>Feb</source>
            <translation>Feb.</translation>
        </message>
        <message>
            <source>Mar</source>
            <translation>März</translation>
        </message>
        <message>
            <source>Apr</source>
            <translation>Apr.</translation>
        </message>
        <message>
            <source>May</source>
            <translation>Mai</translation>
        </message>
        <message>
            <source>Jun</source>
            <translation>Juni</translation>
        </message>
        <message>
            <source>Jul</source>
            <translation>Juli</translation>
        </message>
        <message>
            <source>Aug</source>
            <translation>Aug.</translation>
        </message>
        <message>
            <source>Sep</source>
            <translation>Sep.</translation>
        </message>
        <message>
            <source>Oct</source>
            <translation>Okt.</translation>
        </message>
        <message>
            <source>Nov</source>
            <translation>Nov.</translation>
        </message>
        <message>
            <source>Dec</source>
            <translation>Dez.</translation>
        </message>
    </context>
    <context>
        <name>MusicWords</name>
        <message>
            <source>Not available on Windows yet: Limber speaks over your music there, at the music's own volume.</source>
            <translation>Unter Windows noch nicht verfügbar: Limber spricht dort über deine Musik, in ihrer eigenen Lautstärke.</translation>
        </message>
        <message>
            <source>Not available on macOS: macOS gives apps no way to lower or pause another app's music, so Limber speaks over it.</source>
            <translation>Unter macOS nicht verfügbar: macOS lässt Apps die Musik anderer Apps weder leiser stellen noch pausieren, also spricht Limber darüber.</translation>
        </message>
        <message>
            <source>Not available on this system: Limber speaks over your music, as it plays.</source>
            <translation>Auf diesem System nicht verfügbar: Limber spricht über deine Musik, so wie sie läuft.</translation>
        </message>
        <message>
            <source>Limber cannot reach your music players (no D-Bus session), so it speaks over the music.</source>
            <translation>Limber erreicht deine Musikplayer nicht (keine D-Bus-Sitzung), also spricht es über die Musik.</translation>
        </message>
        <message>
            <source>Limber cannot see your music players from its Flatpak sandbox, so it speaks over the music. To let it, run: {command}</source>
            <translation>Limber sieht deine Musikplayer aus seiner Flatpak-Sandbox nicht, also spricht es über die Musik. Um es zu erlauben, führ aus: {command}</translation>
        </message>
        <message>
            <source>Another Limber session is looking after your music, so this one leaves it alone.</source>
            <translation>Eine andere Limber-Sitzung kümmert sich um deine Musik, also lässt diese sie in Ruhe.</translation>
        </message>
        <message>
            <source>Limber could not note what it changes on your music ({error}), so it leaves the music alone.</source>
            <translation>Limber konnte nicht notieren, was es an deiner Musik ändert ({error}), also lässt es die Musik in Ruhe.</translation>
        </message>
        <message>
            <source>{name} is not answering, so Limber leaves it as it is.</source>
            <translation>{name} antwortet nicht, also lässt Limber ihn, wie er ist.</translation>
        </message>
        <message>
            <source>Your music player</source>
            <translation>Dein Musikplayer</translation>
        </message>
        <message>
            <source>{name} has no volume Limber can lower, so it plays on as it is (set "Your music" to pause it for the session instead).</source>
            <translation>{name} hat keine Lautstärke, die Limber senken kann, also spielt er weiter wie bisher (stell „Deine Musik“ auf Pausieren, um ihn stattdessen anzuhalten).</translation>
        </message>
        <message>
            <source>Limber's note of what it changed on your music was damaged ({detail}) and was set aside, so it cannot put that music back as it was.</source>
            <translation>Limbers Notiz, was es an deiner Musik geändert hat, war beschädigt ({detail}) und wurde beiseitegelegt, also kann es die Musik nicht zurückstellen.</translation>
        </message>
        <message>
            <source>Limber could not read its note of what it changed on your music ({detail}), so it cannot put that music back as it was.</source>
            <translation>Limber konnte seine Notiz, was es an deiner Musik geändert hat, nicht lesen ({detail}), also kann es die Musik nicht zurückstellen.</translation>
        </message>
    </context>
    <context>
        <name>MyRoutineActions</name>
        <message>
            <source>Limber routines (*.toml)</source>
            <translation>Limber-Routinen (*.toml)</translation>
        </message>
        <message>
            <source>Save your changes to {name}?</source>
            <translation>Änderungen an {name} speichern?</translation>
        </message>
        <message>
            <source>If you leave without saving, they are lost.</source>
            <translation>Wenn du ohne Speichern gehst, sind sie verloren.</translation>
        </message>
        <message>
            <source>Save</source>
            <translation>Speichern</translation>
        </message>
        <message>
            <source>Leave without saving</source>
            <translation>Ohne Speichern gehen</translation>
        </message>
        <message>
            <source>Keep editing</source>
            <translation>Weiter bearbeiten</translation>
        </message>
        <message>
            <source>Import a routine</source>
            <translation>Routine importieren</translation>
        </message>
        <message>
            <source>Export the routine</source>
            <translation>Routine exportieren</translation>
        </message>
        <message>
            <source>New routine</source>
            <translation>Neue Routine</translation>
        </message>
        <message>
            <source>Edit {name}</source>
            <translation>{name} bearbeiten</translation>
        </message>
        <message>
            <source>Copy of {name}</source>
            <translation>Kopie von {name}</translation>
        </message>
        <message>
            <source>this routine</source>
            <translation>diese Routine</translation>
        </message>
        <message>
            <source>You already have a routine with the id {id}. Replace it? (The old one is kept in the trash.)</source>
            <translation>Du hast schon eine Routine mit der Id {id}. Ersetzen? (Die alte kommt in den Papierkorb.)</translation>
        </message>
        <message>
            <source>Replace</source>
            <translation>Ersetzen</translation>
        </message>
        <message>
            <source>Saved {name}.</source>
            <translation>{name} gespeichert.</translation>
        </message>
        <message>
            <source>{file} was not imported, because of what is in it:</source>
            <translation>{file} wurde wegen ihres Inhalts nicht importiert:</translation>
        </message>
        <message>
            <source>You already have a routine with the id {id} ({name}). Replace it with the one in {file}? (The old one is kept in the trash.)</source>
            <translation>Du hast schon eine Routine mit der Id {id} ({name}). Durch die aus {file} ersetzen? (Die alte kommt in den Papierkorb.)</translation>
        </message>
        <message>
            <source>Imported {name}.</source>
            <translation>{name} importiert.</translation>
        </message>
        <message>
            <source>The routine has problems (shown beside the fields); fix them, then export it.</source>
            <translation>Die Routine hat Probleme (neben den Feldern angezeigt); behebe sie, dann exportier sie.</translation>
        </message>
        <message>
            <source>Nothing was exported:</source>
            <translation>Nichts wurde exportiert:</translation>
        </message>
        <message>
            <source>Exported to {path}.</source>
            <translation>Nach {path} exportiert.</translation>
        </message>
        <message>
            <source>Delete {name}? You can bring it back afterwards.</source>
            <translation>{name} löschen? Du kannst sie danach zurückholen.</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>Löschen</translation>
        </message>
        <message>
            <source>Deleted {name}.</source>
            <translation>{name} gelöscht.</translation>
        </message>
        <message>
            <source>Restore</source>
            <translation>Wiederherstellen</translation>
        </message>
        <message>
            <source>It could not be brought back:</source>
            <translation>Sie konnte nicht zurückgeholt werden:</translation>
        </message>
        <message>
            <source>{name} is back.</source>
            <translation>{name} ist wieder da.</translation>
        </message>
    </context>
    <context>
        <name>NoticeStrip</name>
        <message>
            <source>Notice</source>
            <translation>Hinweis</translation>
        </message>
        <message>
            <source>Do what the notice offers</source>
            <translation>Tun, was der Hinweis anbietet</translation>
        </message>
        <message>
            <source>Dismiss this notice</source>
            <translation>Diesen Hinweis schließen</translation>
        </message>
        <message>
            <source>Dismiss the notice</source>
            <translation>Hinweis schließen</translation>
        </message>
        <message>
            <source>Notices</source>
            <translation>Hinweise</translation>
        </message>
        <message>
            <source>Every notice so far, newest first</source>
            <translation>Alle bisherigen Hinweise, neueste zuerst</translation>
        </message>
        <message>
            <source>Notices so far</source>
            <translation>Bisherige Hinweise</translation>
        </message>
    </context>
    <context>
        <name>OpenWindow</name>
        <message>
            <source>limber: there is no display to open the window on (neither DISPLAY nor WAYLAND_DISPLAY is set); start it from your desktop, or use 'limber run ID --text' to be coached in this terminal</source>
            <translation>limber: es gibt keine Anzeige für das Fenster (weder DISPLAY noch WAYLAND_DISPLAY ist gesetzt); starte es vom Desktop, oder nutze 'limber run ID --text', um dich in diesem Terminal anleiten zu lassen</translation>
        </message>
        <message>
            <source>limber: the app cannot start: {error}; 'limber run ID --text' works without it</source>
            <translation>limber: die App kann nicht starten: {error}; 'limber run ID --text' geht auch ohne sie</translation>
        </message>
    </context>
    <context>
        <name>Parser</name>
        <message>
            <source>Limber talks you through a warm-up before a run and a cool-down after it. With no command it opens the app.</source>
            <translation>Limber führt dich mit Ansagen durch das Aufwärmen vor einem Lauf und das Abwärmen danach. Ohne Befehl öffnet es die App.</translation>
        </message>
        <message>
            <source>show the details of speech and sound problems (and Qt's own start-up messages) in the terminal</source>
            <translation>die Einzelheiten von Sprach- und Tonproblemen (und Qts eigene Startmeldungen) im Terminal zeigen</translation>
        </message>
    </context>
    <context>
        <name>PlanOptions</name>
        <message>
            <source>fit the routine into N minutes: holds and the warm-down within their safe ranges, optional steps left out; says the shortest safe version if it cannot</source>
            <translation>die Routine in N Minuten einpassen: Haltezeiten und Auslaufen in sicheren Grenzen, optionale Schritte weggelassen; nennt die kürzeste sichere Fassung, wenn es nicht geht</translation>
        </message>
        <message>
            <source>hold-time scale, 0.5 to 2.0</source>
            <translation>Faktor für Haltezeiten, 0.5 bis 2.0</translation>
        </message>
        <message>
            <source>seconds to get ready (default 10)</source>
            <translation>Sekunden zum Bereitmachen (Vorgabe 10)</translation>
        </message>
        <message>
            <source>--lead-in must be from 0 to {most} seconds, not {value}</source>
            <translation>--lead-in muss zwischen 0 und {most} Sekunden liegen, nicht {value}</translation>
        </message>
        <message>
            <source>--minutes must be a number more than 0, not {value}</source>
            <translation>--minutes muss eine Zahl über 0 sein, nicht {value}</translation>
        </message>
        <message>
            <source>--minutes picks the hold times itself; leave out --scale</source>
            <translation>--minutes wählt die Haltezeiten selbst; lass --scale weg</translation>
        </message>
    </context>
    <context>
        <name>PlanWords</name>
        <message>
            <source>Switch sides.</source>
            <translation>Seite wechseln.</translation>
        </message>
        <message>
            <source>Halfway.</source>
            <translation>Halbzeit.</translation>
        </message>
        <message>
            <source>If pain doesn't go away, or makes you limp, stop and get advice.</source>
            <translation>Wenn Schmerzen nicht weggehen oder du hinkst, hör auf und lass dich beraten.</translation>
        </message>
        <message>
            <source>If your knee hurts on the run, drop to a fast walk.</source>
            <translation>Tut dein Knie beim Laufen weh, geh zügig weiter.</translation>
        </message>
        <message>
            <source>Drink plenty of water. Have some protein soon.</source>
            <translation>Trink viel Wasser. Iss bald etwas mit Eiweiß.</translation>
        </message>
        <message>
            <source>Well done. That's everything.</source>
            <translation>Gut gemacht. Das war alles.</translation>
        </message>
        <message>
            <source>{routine}. Get ready. First, {exercise}.</source>
            <translation>{routine}. Mach dich bereit. Zuerst: {exercise}.</translation>
        </message>
        <message>
            <source>Next up, {exercise}.</source>
            <translation>Als Nächstes: {exercise}.</translation>
        </message>
        <message>
            <source>left side</source>
            <translation>linke Seite</translation>
        </message>
        <message>
            <source>right side</source>
            <translation>rechte Seite</translation>
        </message>
        <message>
            <source>left {part}</source>
            <translation>links, {part}</translation>
        </message>
        <message>
            <source>right {part}</source>
            <translation>rechts, {part}</translation>
        </message>
    </context>
    <context>
        <name>PreferenceWords</name>
        <message>
            <source>Voice and sound</source>
            <translation>Stimme und Ton</translation>
        </message>
        <message>
            <source>Timing</source>
            <translation>Zeiten</translation>
        </message>
        <message>
            <source>Routines</source>
            <translation>Routinen</translation>
        </message>
        <message>
            <source>Display</source>
            <translation>Anzeige</translation>
        </message>
        <message>
            <source>Remembered by the app</source>
            <translation>Von der App gemerkt</translation>
        </message>
        <message>
            <source>Language</source>
            <translation>Sprache</translation>
        </message>
        <message>
            <source>The language Limber shows and speaks: every screen, the voice's cues and the routines. The window changes when Limber next starts.</source>
            <translation>Die Sprache, in der Limber anzeigt und spricht: alle Bildschirme, die Ansagen und die Routinen. Das Fenster wechselt beim nächsten Start von Limber.</translation>
        </message>
        <message>
            <source>Same as the system</source>
            <translation>Wie das System</translation>
        </message>
        <message>
            <source>Speak the cues</source>
            <translation>Ansagen sprechen</translation>
        </message>
        <message>
            <source>Read exercise names, counts and cues aloud. When off, tones and the screen still guide you.</source>
            <translation>Übungsnamen, Zählen und Hinweise laut vorlesen. Wenn aus, führen dich Töne und der Bildschirm weiter.</translation>
        </message>
        <message>
            <source>Voice</source>
            <translation>Stimme</translation>
        </message>
        <message>
            <source>Which installed voice reads the cues. Empty means the clearest one installed.</source>
            <translation>Welche installierte Stimme die Ansagen spricht. Leer heißt: die deutlichste installierte.</translation>
        </message>
        <message>
            <source>Speaking speed</source>
            <translation>Sprechtempo</translation>
        </message>
        <message>
            <source>How fast the voice speaks, in words per minute.</source>
            <translation>Wie schnell die Stimme spricht, in Wörtern pro Minute.</translation>
        </message>
        <message>
            <source>Voice volume</source>
            <translation>Lautstärke der Stimme</translation>
        </message>
        <message>
            <source>Loudness of the voice, from silent (0) to full (1).</source>
            <translation>Lautstärke der Stimme, von stumm (0) bis voll (1).</translation>
        </message>
        <message>
            <source>Tone volume</source>
            <translation>Lautstärke der Töne</translation>
        </message>
        <message>
            <source>Loudness of the tone at the end of each step, and of a tick or chime standing in for a word the voice cannot say. Full (1) is as loud as the voice.</source>
            <translation>Lautstärke des Tons am Ende jedes Schritts und des Klicks oder Gongs, der für ein Wort einspringt, das die Stimme nicht sagen kann. Voll (1) ist so laut wie die Stimme.</translation>
        </message>
        <message>
            <source>Your music</source>
            <translation>Deine Musik</translation>
        </message>
        <message>
            <source>What happens to music playing in another app during a session. Lower: while the coach speaks it goes down to about half as loud (quieter still on some players, such as mpv), and back up between cues; a stretch of counts stays down throughout. Pause: it fades out and pauses once the session starts, and plays again when it ends. Music you paused yourself is never started. Works with players that offer media controls (MPRIS), which most do.</source>
            <translation>Was während einer Einheit mit Musik aus einer anderen App passiert. Leiser: Solange der Coach spricht, wird sie etwa halb so laut (bei manchen Playern wie mpv noch leiser) und zwischen den Ansagen wieder lauter; während des Zählens bleibt sie leise. Pausieren: Sie wird beim Start ausgeblendet und angehalten und spielt am Ende weiter. Musik, die du selbst angehalten hast, wird nie gestartet. Funktioniert mit Playern mit Mediensteuerung (MPRIS), also den meisten.</translation>
        </message>
        <message>
            <source>Lower it while the coach speaks</source>
            <translation>Leiser, solange der Coach spricht</translation>
        </message>
        <message>
            <source>Pause it during the session</source>
            <translation>Während der Einheit pausieren</translation>
        </message>
        <message>
            <source>Leave it as it is</source>
            <translation>So lassen, wie sie ist</translation>
        </message>
        <message>
            <source>Time to get ready</source>
            <translation>Zeit zum Bereitmachen</translation>
        </message>
        <message>
            <source>Seconds between pressing Start and the first step.</source>
            <translation>Sekunden zwischen Start und dem ersten Schritt.</translation>
        </message>
        <message>
            <source>Pause between steps</source>
            <translation>Pause zwischen Schritten</translation>
        </message>
        <message>
            <source>Seconds to move into the next exercise. -1 uses each routine's own pause.</source>
            <translation>Sekunden, um in die nächste Übung zu kommen. -1 nimmt die Pause der jeweiligen Routine.</translation>
        </message>
        <message>
            <source>the routine's default</source>
            <translation>die Vorgabe der Routine</translation>
        </message>
        <message>
            <source>Hold length</source>
            <translation>Haltedauer</translation>
        </message>
        <message>
            <source>Makes timed holds and stretches shorter or longer: 0.5 halves them, 2 doubles them.</source>
            <translation>Macht gehaltene Übungen und Dehnungen kürzer oder länger: 0,5 halbiert sie, 2 verdoppelt sie.</translation>
        </message>
        <message>
            <source>Prefer the gentle routines</source>
            <translation>Sanfte Routinen bevorzugen</translation>
        </message>
        <message>
            <source>Offer the gentle, joint-friendly warm-up and cool-down first.</source>
            <translation>Das sanfte, gelenkschonende Auf- und Abwärmen zuerst anbieten.</translation>
        </message>
        <message>
            <source>Ask how my knees feel</source>
            <translation>Nach meinen Knien fragen</translation>
        </message>
        <message>
            <source>Ask for a 0 to 10 knee score before a run and again after the cool-down.</source>
            <translation>Vor dem Lauf und nach dem Abwärmen nach einem Kniewert von 0 bis 10 fragen.</translation>
        </message>
        <message>
            <source>Ask about my knees two hours after a run</source>
            <translation>Zwei Stunden nach dem Lauf nach meinen Knien fragen</translation>
        </message>
        <message>
            <source>Two hours after a run day's cool-down, if Limber is still open, a desktop notification asks how your knees feel (pain worse than usual then means take it easier next time).</source>
            <translation>Zwei Stunden nach dem Abwärmen eines Lauftags fragt eine Desktop-Benachrichtigung, wie sich deine Knie anfühlen, wenn Limber noch offen ist (stärkere Schmerzen als sonst heißen: nächstes Mal ruhiger angehen).</translation>
        </message>
        <message>
            <source>Theme</source>
            <translation>Farbschema</translation>
        </message>
        <message>
            <source>Light or dark colours, or follow the system setting.</source>
            <translation>Helle oder dunkle Farben, oder wie im System eingestellt.</translation>
        </message>
        <message>
            <source>Light</source>
            <translation>Hell</translation>
        </message>
        <message>
            <source>Dark</source>
            <translation>Dunkel</translation>
        </message>
        <message>
            <source>Text size</source>
            <translation>Textgröße</translation>
        </message>
        <message>
            <source>Makes all text smaller or larger, to read from across the room.</source>
            <translation>Macht allen Text kleiner oder größer, damit du ihn quer durch den Raum lesen kannst.</translation>
        </message>
        <message>
            <source>Reduce motion</source>
            <translation>Weniger Bewegung</translation>
        </message>
        <message>
            <source>Exercise pictures show their moves by switching between two positions. With reduced motion each shows one still picture. "Same as the system" follows the desktop's reduced-motion or animation setting.</source>
            <translation>Übungsbilder zeigen die Bewegung, indem sie zwischen zwei Haltungen wechseln. Mit weniger Bewegung zeigt jedes ein festes Bild. „Wie das System“ folgt der Animations-Einstellung des Desktops.</translation>
        </message>
        <message>
            <source>On: one still picture</source>
            <translation>An: ein festes Bild</translation>
        </message>
        <message>
            <source>Off: pictures move</source>
            <translation>Aus: Bilder bewegen sich</translation>
        </message>
        <message>
            <source>Start full screen</source>
            <translation>Im Vollbild starten</translation>
        </message>
        <message>
            <source>Open the coach full screen.</source>
            <translation>Den Coach im Vollbild öffnen.</translation>
        </message>
        <message>
            <source>Keep the window on top</source>
            <translation>Fenster im Vordergrund halten</translation>
        </message>
        <message>
            <source>Keep the coach above other windows.</source>
            <translation>Den Coach über anderen Fenstern halten.</translation>
        </message>
        <message>
            <source>Last routines</source>
            <translation>Letzte Routinen</translation>
        </message>
        <message>
            <source>The routine last chosen for each kind (warm-up, cool-down, strength).</source>
            <translation>Die zuletzt gewählte Routine jeder Art (Aufwärmen, Abwärmen, Kraft).</translation>
        </message>
        <message>
            <source>Window position and size</source>
            <translation>Fensterposition und -größe</translation>
        </message>
        <message>
            <source>Where the window was last; empty lets the system decide.</source>
            <translation>Wo das Fenster zuletzt war; leer lässt das System entscheiden.</translation>
        </message>
        <message>
            <source>seconds</source>
            <translation>Sekunden</translation>
        </message>
        <message>
            <source>words per minute</source>
            <translation>Wörter pro Minute</translation>
        </message>
        <message>
            <source>a voice id (see limber voices), or empty for the clearest installed</source>
            <translation>eine Stimmen-ID (siehe limber voices), oder leer für die deutlichste installierte</translation>
        </message>
        <message>
            <source>base64 text, as saved by the app</source>
            <translation>Base64-Text, wie ihn die App speichert</translation>
        </message>
        <message>
            <source>true or false</source>
            <translation>true oder false</translation>
        </message>
        <message>
            <source>a whole number from {low} to {high}{unit}</source>
            <translation>eine ganze Zahl von {low} bis {high}{unit}</translation>
        </message>
        <message>
            <source>{special}{meaning} or {range}</source>
            <translation>{special}{meaning} oder {range}</translation>
        </message>
        <message>
            <source>a number from {low} to {high}{unit}</source>
            <translation>eine Zahl von {low} bis {high}{unit}</translation>
        </message>
        <message>
            <source>one of {choices}</source>
            <translation>eins von {choices}</translation>
        </message>
        <message>
            <source>a JSON object of names to names, such as {"warm-up": "warmup-standard"}</source>
            <translation>ein JSON-Objekt von Namen zu Namen, etwa {"warm-up": "warmup-standard"}</translation>
        </message>
        <message>
            <source>text</source>
            <translation>Text</translation>
        </message>
    </context>
    <context>
        <name>PrefsCommands</name>
        <message>
            <source>show or change the preferences</source>
            <translation>Einstellungen zeigen oder ändern</translation>
        </message>
        <message>
            <source>Show every preference with its current value, or change one.</source>
            <translation>Zeigt jede Einstellung mit ihrem Wert, oder ändert eine.</translation>
        </message>
        <message>
            <source>Keys and the values they take:
</source>
            <translation>Schlüssel und ihre Werte:
</translation>
        </message>
        <message>
            <source>print JSON</source>
            <translation>JSON ausgeben</translation>
        </message>
        <message>
            <source>change one preference</source>
            <translation>eine Einstellung ändern</translation>
        </message>
        <message>
            <source>Change one preference; the value is checked before anything is saved.</source>
            <translation>Ändert eine Einstellung; der Wert wird geprüft, bevor etwas gespeichert wird.</translation>
        </message>
        <message>
            <source>put one preference, or all of them, back to the default</source>
            <translation>eine Einstellung, oder alle, auf die Vorgabe zurücksetzen</translation>
        </message>
        <message>
            <source>Put KEY back to its default, or every preference when no KEY is given.</source>
            <translation>Setzt KEY auf die Vorgabe zurück, oder alle Einstellungen, wenn kein KEY angegeben ist.</translation>
        </message>
        <message>
            <source> (not saved yet: these are the defaults)</source>
            <translation> (noch nicht gespeichert: das sind die Vorgaben)</translation>
        </message>
        <message>
            <source> (read from {name})</source>
            <translation> (gelesen aus {name})</translation>
        </message>
        <message>
            <source>Preferences file: {path}{note}</source>
            <translation>Einstellungsdatei: {path}{note}</translation>
        </message>
        <message>
            <source>All preferences are back to their defaults in {path}</source>
            <translation>Alle Einstellungen sind in {path} wieder auf den Vorgaben</translation>
        </message>
    </context>
    <context>
        <name>PrefsDialog</name>
        <message>
            <source>Listing the installed voices…</source>
            <translation>Installierte Stimmen werden aufgelistet…</translation>
        </message>
        <message>
            <source>{value} (not installed)</source>
            <translation>{value} (nicht installiert)</translation>
        </message>
        <message>
            <source>Preferences</source>
            <translation>Einstellungen</translation>
        </message>
        <message>
            <source>Preference groups</source>
            <translation>Einstellungsgruppen</translation>
        </message>
        <message>
            <source>Put every setting in this dialog back as it was when installed (nothing is saved until OK)</source>
            <translation>Alle Einstellungen in diesem Dialog auf den Installationszustand zurücksetzen (gespeichert wird erst mit OK)</translation>
        </message>
        <message>
            <source>More voices</source>
            <translation>Mehr Stimmen</translation>
        </message>
        <message>
            <source>Also list the voices made for other languages (they would read your language's cues with a foreign accent)</source>
            <translation>Auch die Stimmen für andere Sprachen auflisten (sie würden die Ansagen deiner Sprache mit fremdem Akzent lesen)</translation>
        </message>
        <message>
            <source>Why the sample cannot be heard</source>
            <translation>Warum das Beispiel nicht zu hören ist</translation>
        </message>
        <message>
            <source>Hear it</source>
            <translation>Anhören</translation>
        </message>
        <message>
            <source>Say a sample in this voice, at this speed</source>
            <translation>Ein Beispiel in dieser Stimme und diesem Tempo sprechen</translation>
        </message>
        <message>
            <source>Playing…</source>
            <translation>Spielt…</translation>
        </message>
        <message numerus="yes">
            <source>%n voice(s) installed</source>
            <translation>
                <numerusform>%n Stimme installiert</numerusform>
                <numerusform>%n Stimmen installiert</numerusform>
            </translation>
        </message>
        <message>
            <source>No speech engine found: install espeak-ng for a voice</source>
            <translation>Keine Sprachausgabe gefunden: installiere espeak-ng für eine Stimme</translation>
        </message>
        <message numerus="yes">
            <source>More voices: %n for other languages</source>
            <translation>
                <numerusform>Mehr Stimmen: %n für andere Sprachen</numerusform>
                <numerusform>Mehr Stimmen: %n für andere Sprachen</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Preview</name>
        <message>
            <source>left, then right</source>
            <translation>links, dann rechts</translation>
        </message>
        <message>
            <source>left and right in turn</source>
            <translation>links und rechts im Wechsel</translation>
        </message>
        <message>
            <source>Times from your voice's clips, as the session runs it.</source>
            <translation>Zeiten aus den Clips deiner Stimme, so wie die Einheit läuft.</translation>
        </message>
        <message>
            <source>Times estimated from the words; the session fits them to your voice first.</source>
            <translation>Zeiten aus den Wörtern geschätzt; die Einheit passt sie zuerst an deine Stimme an.</translation>
        </message>
        <message>
            <source>Times estimated from the words: there is no voice to time them.</source>
            <translation>Zeiten aus den Wörtern geschätzt: es gibt keine Stimme, um sie zu messen.</translation>
        </message>
        <message>
            <source>timed with your voice</source>
            <translation>mit deiner Stimme gemessen</translation>
        </message>
        <message>
            <source>estimated</source>
            <translation>geschätzt</translation>
        </message>
        <message numerus="yes">
            <source>%n rep(s) each side</source>
            <translation>
                <numerusform>%n Wdh. je Seite</numerusform>
                <numerusform>%n Wdh. je Seite</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n rep(s)</source>
            <translation>
                <numerusform>%n Wdh.</numerusform>
                <numerusform>%n Wdh.</numerusform>
            </translation>
        </message>
        <message>
            <source>{time} each side</source>
            <translation>{time} je Seite</translation>
        </message>
        <message>
            <source>a routine</source>
            <translation>eine Routine</translation>
        </message>
        <message>
            <source>, line {line}</source>
            <translation>, Zeile {line}</translation>
        </message>
    </context>
    <context>
        <name>ProblemWords</name>
        <message>
            <source>Id</source>
            <translation>Id</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Name</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Art</translation>
        </message>
        <message>
            <source>Description</source>
            <translation>Beschreibung</translation>
        </message>
        <message>
            <source>Gentle</source>
            <translation>Sanft</translation>
        </message>
        <message>
            <source>Said at the end</source>
            <translation>Am Ende gesagt</translation>
        </message>
        <message>
            <source>Steps</source>
            <translation>Schritte</translation>
        </message>
        <message>
            <source>Exercises</source>
            <translation>Übungen</translation>
        </message>
        <message>
            <source>Defaults</source>
            <translation>Vorgaben</translation>
        </message>
        <message>
            <source>Gap between steps</source>
            <translation>Pause zwischen Schritten</translation>
        </message>
        <message>
            <source>Time to switch sides</source>
            <translation>Zeit für den Seitenwechsel</translation>
        </message>
        <message>
            <source>Hold time</source>
            <translation>Haltezeit</translation>
        </message>
        <message>
            <source>Seconds a rep</source>
            <translation>Sekunden pro Wiederholung</translation>
        </message>
        <message>
            <source>exercise</source>
            <translation>Übung</translation>
        </message>
        <message>
            <source>seconds</source>
            <translation>Sekunden</translation>
        </message>
        <message>
            <source>reps</source>
            <translation>Wiederholungen</translation>
        </message>
        <message>
            <source>seconds a rep</source>
            <translation>Sekunden pro Wiederholung</translation>
        </message>
        <message>
            <source>sides</source>
            <translation>Seiten</translation>
        </message>
        <message>
            <source>said first</source>
            <translation>zuerst gesagt</translation>
        </message>
        <message>
            <source>tips</source>
            <translation>Hinweise</translation>
        </message>
        <message>
            <source>halfway call</source>
            <translation>Halbzeit-Ansage</translation>
        </message>
        <message>
            <source>gap before it</source>
            <translation>Pause davor</translation>
        </message>
        <message>
            <source>time to switch sides</source>
            <translation>Zeit für den Seitenwechsel</translation>
        </message>
        <message>
            <source>may be left out</source>
            <translation>darf wegfallen</translation>
        </message>
        <message>
            <source>name</source>
            <translation>Name</translation>
        </message>
        <message>
            <source>kind</source>
            <translation>Art</translation>
        </message>
        <message>
            <source>body parts</source>
            <translation>Körperteile</translation>
        </message>
        <message>
            <source>how to do it</source>
            <translation>so geht's</translation>
        </message>
        <message>
            <source>picture</source>
            <translation>Bild</translation>
        </message>
        <message>
            <source>safety note</source>
            <translation>Sicherheitshinweis</translation>
        </message>
        <message>
            <source>side part</source>
            <translation>Seitenteil</translation>
        </message>
        <message>
            <source>or after a rep</source>
            <translation>oder nach einer Wiederholung</translation>
        </message>
        <message>
            <source>A tip after a rep only applies</source>
            <translation>Ein Hinweis nach einer Wiederholung gilt nur</translation>
        </message>
        <message>
            <source>A tip after a rep needs</source>
            <translation>Ein Hinweis nach einer Wiederholung braucht</translation>
        </message>
        <message>
            <source>in “Said first” and the tips</source>
            <translation>in „Zuerst gesagt“ und den Hinweisen</translation>
        </message>
        <message>
            <source>in “Said first”</source>
            <translation>in „Zuerst gesagt“</translation>
        </message>
        <message>
            <source>Step {number}</source>
            <translation>Schritt {number}</translation>
        </message>
        <message>
            <source>{step}, tip {number}</source>
            <translation>{step}, Hinweis {number}</translation>
        </message>
        <message>
            <source>{tip}, its time</source>
            <translation>{tip}, seine Zeit</translation>
        </message>
        <message>
            <source>{tip}, its rep</source>
            <translation>{tip}, seine Wiederholung</translation>
        </message>
        <message>
            <source>Exercise {id}</source>
            <translation>Übung {id}</translation>
        </message>
        <message>
            <source>The routine has no steps yet: add at least one.</source>
            <translation>Die Routine hat noch keine Schritte: füg mindestens einen hinzu.</translation>
        </message>
        <message>
            <source>This cannot be left empty.</source>
            <translation>Das darf nicht leer bleiben.</translation>
        </message>
        <message>
            <source>Type a whole number (seconds), not \1.</source>
            <translation>Gib eine ganze Zahl (Sekunden) ein, nicht \1.</translation>
        </message>
        <message>
            <source>Type a whole number, not \1.</source>
            <translation>Gib eine ganze Zahl ein, nicht \1.</translation>
        </message>
        <message>
            <source>Type a number (seconds), not \1.</source>
            <translation>Gib eine Zahl (Sekunden) ein, nicht \1.</translation>
        </message>
        <message>
            <source>Type a number, not \1.</source>
            <translation>Gib eine Zahl ein, nicht \1.</translation>
        </message>
        <message>
            <source>\1 is out of range: use \2 to \3 seconds.</source>
            <translation>\1 liegt außerhalb des Bereichs: nimm \2 bis \3 Sekunden.</translation>
        </message>
        <message>
            <source>\1 is out of range: use \2 to \3.</source>
            <translation>\1 liegt außerhalb des Bereichs: nimm \2 bis \3.</translation>
        </message>
        <message>
            <source>\1 s falls outside the step: use more than 0 and less than \2 seconds.</source>
            <translation>\1 s liegt außerhalb des Schritts: nimm mehr als 0 und weniger als \2 Sekunden.</translation>
        </message>
        <message>
            <source>Expected text in quotes, not empty.</source>
            <translation>Hier gehört Text in Anführungszeichen hin, nicht leer.</translation>
        </message>
        <message>
            <source>Write words here, not \1.</source>
            <translation>Schreib hier Wörter, nicht \1.</translation>
        </message>
        <message>
            <source>Yes or no is wanted here, not \1.</source>
            <translation>Hier ist Ja oder Nein gefragt, nicht \1.</translation>
        </message>
        <message>
            <source>Choose one of \1, not \2\3.</source>
            <translation>Wähl eines von \1, nicht \2\3.</translation>
        </message>
        <message>
            <source>There is no exercise \1 in the catalogue or the routine\2.</source>
            <translation>Es gibt keine Übung \1 im Katalog oder in der Routine\2.</translation>
        </message>
        <message>
            <source>Limber does not know \1 here.</source>
            <translation>Limber kennt \1 hier nicht.</translation>
        </message>
        <message>
            <source>“\1” is missing.</source>
            <translation>„\1“ fehlt.</translation>
        </message>
        <message>
            <source>An id must be lower-case letters, digits and hyphens (like 'ankle-circles'); \1 is not one.</source>
            <translation>Eine Id besteht aus Kleinbuchstaben, Ziffern und Bindestrichen (wie 'ankle-circles'); \1 ist keine.</translation>
        </message>
        <message>
            <source>An exercise id must be lower-case letters, digits and hyphens (like 'ankle-circles'), got \1.</source>
            <translation>Die Id einer Übung besteht aus Kleinbuchstaben, Ziffern und Bindestrichen (wie 'ankle-circles'), nicht \1.</translation>
        </message>
        <message>
            <source>A picture name must be lower-case letters, digits and hyphens (like 'ankle-circles'), got \1.</source>
            <translation>Ein Bildname besteht aus Kleinbuchstaben, Ziffern und Bindestrichen (wie 'ankle-circles'), nicht \1.</translation>
        </message>
        <message>
            <source>The file is not written correctly here: \1.</source>
            <translation>Die Datei ist hier nicht richtig geschrieben: \1.</translation>
        </message>
        <message>
            <source>The steps are not written as steps (\1).</source>
            <translation>Die Schritte sind nicht als Schritte geschrieben (\1).</translation>
        </message>
        <message>
            <source>A section was expected here, not \1.</source>
            <translation>Hier wurde ein Abschnitt erwartet, nicht \1.</translation>
        </message>
        <message>
            <source>Expected tables of exercises, got \1.</source>
            <translation>Hier gehören Tabellen mit Übungen hin, nicht \1.</translation>
        </message>
        <message>
            <source>Expected a list of body areas like [“calf”], got \1.</source>
            <translation>Hier gehört eine Liste von Körperbereichen hin, wie [„calf“], nicht \1.</translation>
        </message>
        <message>
            <source>Expected a list of tips like [{ at = “half”, say = “...” }], got \1.</source>
            <translation>Hier gehört eine Liste von Hinweisen hin, wie [{ at = „half“, say = „...“ }], nicht \1.</translation>
        </message>
        <message>
            <source>Seconds a rep only applies to a counted step.</source>
            <translation>Sekunden pro Wiederholung gilt nur für einen gezählten Schritt.</translation>
        </message>
        <message>
            <source>A tip after a rep only applies to a step with reps.</source>
            <translation>Ein Hinweis nach einer Wiederholung geht nur bei einem gezählten Schritt.</translation>
        </message>
        <message>
            <source>A tip after a rep needs a step of at least two reps.</source>
            <translation>Ein Hinweis nach einer Wiederholung braucht einen Schritt mit mindestens zwei Wiederholungen.</translation>
        </message>
        <message>
            <source>A cue is said at a time or after a rep, not both.</source>
            <translation>Ein Hinweis kommt zu einer Zeit oder nach einer Wiederholung, nicht beides.</translation>
        </message>
        <message>
            <source>A step is timed (seconds) or counted (reps), not both.</source>
            <translation>Ein Schritt hat eine Dauer (Sekunden) oder wird gezählt (Wiederholungen), nicht beides.</translation>
        </message>
        <message>
            <source>A time to switch sides only applies to a step done on each side.</source>
            <translation>Eine Zeit für den Seitenwechsel geht nur bei einem Schritt für jede Seite.</translation>
        </message>
        <message>
            <source>Duplicate exercise id \1: the catalogue already has it; choose another id.</source>
            <translation>Die Übungs-Id \1 gibt es im Katalog schon; wähl eine andere.</translation>
        </message>
        <message>
            <source>Holds the control character \1; spoken text is one line of plain words.</source>
            <translation>Enthält das Steuerzeichen \1; gesprochener Text ist eine Zeile aus einfachen Wörtern.</translation>
        </message>
        <message>
            <source>Holds the control character \1; only line breaks and tabs are allowed.</source>
            <translation>Enthält das Steuerzeichen \1; erlaubt sind nur Zeilenumbrüche und Tabs.</translation>
        </message>
        <message>
            <source>Holds the invisible character \1; delete it (it shows as nothing, or makes the text look like other text).</source>
            <translation>Enthält das unsichtbare Zeichen \1; lösch es (man sieht es nicht, oder es lässt den Text wie anderen aussehen).</translation>
        </message>
        <message>
            <source>\1 would be read out by the voice; say it in words.</source>
            <translation>\1 würde die Stimme vorlesen; schreib es in Worten.</translation>
        </message>
        <message>
            <source>The written words must be one line of 1 to \1 visible characters.</source>
            <translation>Die geschriebenen Wörter sind eine Zeile mit 1 bis \1 sichtbaren Zeichen.</translation>
        </message>
        <message>
            <source>The voice can only say “left side” and “right side”: give the exercise \1 a side part (like “calf” or “leg back”) so it says which limb.</source>
            <translation>Die Stimme kann nur „linke Seite“ und „rechte Seite“ sagen: gib der Übung \1 einen Seitenteil (wie „Wade“ oder „Bein hinten“), damit sie sagt, welches Bein.</translation>
        </message>
        <message>
            <source>The tip “\1” has no room at this speech rate and hold time, so it is left out: use fewer words, or a longer hold.</source>
            <translation>Der Hinweis „\1“ hat bei diesem Sprechtempo und dieser Haltezeit keinen Platz und fällt weg: nimm weniger Wörter oder halte länger.</translation>
        </message>
        <message>
            <source>A count takes \1 s to say at \2 words a minute, but the counts come every \3 s, so they run into each other: make seconds a rep at least \4 (a slower tempo), or raise the speech rate.</source>
            <translation>Eine Zahl dauert bei \2 Wörtern pro Minute \1 s, aber die Zahlen kommen alle \3 s und laufen ineinander: stell die Sekunden pro Wiederholung auf mindestens \4 (langsamer), oder sprich schneller.</translation>
        </message>
        <message>
            <source>Counting waits \1 s for the opening words to be said: use fewer words in “Said first” and the tips.</source>
            <translation>Das Zählen wartet \1 s auf die ersten Worte: nimm weniger Wörter in „Zuerst gesagt“ und den Hinweisen.</translation>
        </message>
        <message>
            <source>The opening words run into the three-two-one of this \1 second step: use fewer words in “Said first”, or make the step longer.</source>
            <translation>Die ersten Worte laufen in das Drei-zwei-eins dieses \1-Sekunden-Schritts: nimm weniger Wörter in „Zuerst gesagt“, oder mach den Schritt länger.</translation>
        </message>
        <message>
            <source>a table</source>
            <translation>eine Tabelle</translation>
        </message>
        <message>
            <source>a list</source>
            <translation>eine Liste</translation>
        </message>
        <message>
            <source>a number far too large</source>
            <translation>eine viel zu große Zahl</translation>
        </message>
        <message>
            <source>; did you mean {name}?</source>
            <translation>; meintest du {name}?</translation>
        </message>
        <message>
            <source>Line {line}</source>
            <translation>Zeile {line}</translation>
        </message>
        <message>
            <source> Did you mean {id}?</source>
            <translation> Meintest du {id}?</translation>
        </message>
        <message>
            <source>no routine called {id}.{hint} Known routines: {known}</source>
            <translation>keine Routine namens {id}.{hint} Vorhandene Routinen: {known}</translation>
        </message>
    </context>
    <context>
        <name>Reading</name>
        <message>
            <source>How to do it</source>
            <translation>So geht's</translation>
        </message>
        <message>
            <source>Take care</source>
            <translation>Pass auf</translation>
        </message>
        <message>
            <source>Next up</source>
            <translation>Als Nächstes</translation>
        </message>
    </context>
    <context>
        <name>RoutineCommands</name>
        <message>
            <source>list the routines</source>
            <translation>die Routinen auflisten</translation>
        </message>
        <message>
            <source>print JSON</source>
            <translation>JSON ausgeben</translation>
        </message>
        <message>
            <source>show a routine's plan: its steps, times and cues, timed with your voice's clips as a session runs it</source>
            <translation>den Ablauf einer Routine zeigen: Schritte, Zeiten und Ansagen, gemessen an den Clips deiner Stimme, so wie eine Einheit läuft</translation>
        </message>
        <message>
            <source>routine id (see 'limber list')</source>
            <translation>Id der Routine (siehe 'limber list')</translation>
        </message>
        <message>
            <source>estimate the times from the words instead of the voice's clips</source>
            <translation>die Zeiten aus den Wörtern schätzen statt aus den Clips der Stimme</translation>
        </message>
        <message>
            <source>check routine files (and a language's words for the built-ins, routines/i18n/XX.toml); exit 1 if any has a problem (warnings about cues that cannot fit do not count)</source>
            <translation>Routinedateien prüfen (und die Wörter einer Sprache für die eingebauten, routines/i18n/XX.toml); Exit-Code 1, wenn eine ein Problem hat (Warnungen zu Ansagen, die nicht passen, zählen nicht)</translation>
        </message>
        <message>
            <source>limber: skipped: {problem}</source>
            <translation>limber: übersprungen: {problem}</translation>
        </message>
        <message>
            <source> (gentle)</source>
            <translation> (sanft)</translation>
        </message>
        <message>
            <source>
Your own routines go in {user_routines_dir}</source>
            <translation>
Deine eigenen Routinen gehören nach {user_routines_dir}</translation>
        </message>
        <message>
            <source>limber: warning: {warning}</source>
            <translation>limber: Warnung: {warning}</translation>
        </message>
        <message numerus="yes">
            <source>, %n warning(s)</source>
            <translation>
                <numerusform>, %n Warnung</numerusform>
                <numerusform>, %n Warnungen</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>{valid} of %n file(s) valid{counted}</source>
            <translation>
                <numerusform>{valid} von %n Datei gültig{counted}</numerusform>
                <numerusform>{valid} von %n Dateien gültig{counted}</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>RoutineEditor</name>
        <message>
            <source>My routine</source>
            <translation>Meine Routine</translation>
        </message>
        <message>
            <source>a built-in routine has this id; try {id}</source>
            <translation>eine eingebaute Routine hat diese Id; versuch {id}</translation>
        </message>
        <message>
            <source>the routine has problems; fix them first</source>
            <translation>die Routine hat Probleme; behebe sie zuerst</translation>
        </message>
        <message>
            <source>{routine}, my copy</source>
            <translation>{routine}, meine Kopie</translation>
        </message>
    </context>
    <context>
        <name>RoutineFileCommands</name>
        <message>
            <source>check a routine file and add it to your routines</source>
            <translation>eine Routinedatei prüfen und zu deinen Routinen hinzufügen</translation>
        </message>
        <message>
            <source>replace your routine with the same id (the old one goes to the trash)</source>
            <translation>deine Routine mit derselben Id ersetzen (die alte kommt in den Papierkorb)</translation>
        </message>
        <message>
            <source>write a routine to a file that imports anywhere</source>
            <translation>eine Routine in eine Datei schreiben, die sich überall importieren lässt</translation>
        </message>
        <message>
            <source>routine id (see 'limber list')</source>
            <translation>Id der Routine (siehe 'limber list')</translation>
        </message>
        <message>
            <source>the file to write, or - for standard output</source>
            <translation>die zu schreibende Datei, oder - für die Standardausgabe</translation>
        </message>
        <message>
            <source>overwrite FILE if it exists (a link is followed, never replaced)</source>
            <translation>FILE überschreiben, wenn es existiert (einer Verknüpfung wird gefolgt, sie wird nie ersetzt)</translation>
        </message>
        <message>
            <source>move one of your routines to the trash</source>
            <translation>eine deiner Routinen in den Papierkorb verschieben</translation>
        </message>
        <message>
            <source>list the routines in the trash</source>
            <translation>die Routinen im Papierkorb auflisten</translation>
        </message>
        <message>
            <source>bring a routine back from the trash</source>
            <translation>eine Routine aus dem Papierkorb zurückholen</translation>
        </message>
        <message>
            <source>routine id (see 'limber trash')</source>
            <translation>Id der Routine (siehe 'limber trash')</translation>
        </message>
        <message>
            <source>nothing imported</source>
            <translation>nichts importiert</translation>
        </message>
        <message>
            <source>imported {id} ({name}) into {path}</source>
            <translation>{id} ({name}) nach {path} importiert</translation>
        </message>
        <message>
            <source>limber: exported as {id!r} (a built-in's id is its own)</source>
            <translation>limber: als {id!r} exportiert (die Id einer eingebauten gehört ihr)</translation>
        </message>
        <message>
            <source>nothing written</source>
            <translation>nichts geschrieben</translation>
        </message>
        <message>
            <source> (as {id!r}: a built-in's id is its own)</source>
            <translation> (als {id!r}: die Id einer eingebauten gehört ihr)</translation>
        </message>
        <message>
            <source>exported {id!r} to {file}{renamed}</source>
            <translation>{id!r} nach {file} exportiert{renamed}</translation>
        </message>
        <message>
            <source>nothing deleted</source>
            <translation>nichts gelöscht</translation>
        </message>
        <message>
            <source>deleted {id!r}; a copy is kept in {kept}
bring it back with: limber restore {id}</source>
            <translation>{id!r} gelöscht; eine Kopie liegt in {kept}
zurückholen mit: limber restore {id}</translation>
        </message>
        <message numerus="yes">
            <source>%n routine(s) in {folder}</source>
            <translation>
                <numerusform>%n Routine in {folder}</numerusform>
                <numerusform>%n Routinen in {folder}</numerusform>
            </translation>
        </message>
        <message>
            <source>nothing restored</source>
            <translation>nichts wiederhergestellt</translation>
        </message>
        <message>
            <source>restored {id} ({name}) into {path}</source>
            <translation>{id} ({name}) nach {path} wiederhergestellt</translation>
        </message>
        <message>
            <source>the routine it replaced is kept in {trashed}</source>
            <translation>die ersetzte Routine liegt in {trashed}</translation>
        </message>
        <message>
            <source>; add --replace to replace it</source>
            <translation>; mit --replace wird sie ersetzt</translation>
        </message>
    </context>
    <context>
        <name>RunCommand</name>
        <message>
            <source>run a routine (in the app, or --text in this terminal)</source>
            <translation>eine Routine machen (in der App, oder mit --text in diesem Terminal)</translation>
        </message>
        <message>
            <source>routine id (see 'limber list')</source>
            <translation>Id der Routine (siehe 'limber list')</translation>
        </message>
        <message>
            <source>run in the terminal instead of the app</source>
            <translation>im Terminal statt in der App laufen</translation>
        </message>
        <message>
            <source>run X times faster, from {low} to {high}: a preview, not recorded as a session</source>
            <translation>X-mal schneller laufen, von {low} bis {high}: eine Vorschau, nicht als Einheit gespeichert</translation>
        </message>
        <message>
            <source>do not speak</source>
            <translation>nicht sprechen</translation>
        </message>
        <message>
            <source>(A preview: not recorded in your history.)</source>
            <translation>(Eine Vorschau: nicht in deinem Verlauf gespeichert.)</translation>
        </message>
    </context>
    <context>
        <name>RunDayWords</name>
        <message>
            <source>Start my run day</source>
            <translation>Lauftag starten</translation>
        </message>
        <message>
            <source>Back from your run? Cool down now</source>
            <translation>Zurück vom Lauf? Jetzt abwärmen</translation>
        </message>
        <message>
            <source>Finish your run day: cool down</source>
            <translation>Lauftag abschließen: abwärmen</translation>
        </message>
        <message>
            <source>Go on with your run day: go run</source>
            <translation>Lauftag fortsetzen: los, laufen</translation>
        </message>
        <message>
            <source>End the run day</source>
            <translation>Lauftag beenden</translation>
        </message>
        <message>
            <source>I didn't run</source>
            <translation>Ich bin nicht gelaufen</translation>
        </message>
        <message>
            <source>Warm up again</source>
            <translation>Noch einmal aufwärmen</translation>
        </message>
        <message>
            <source>Your run day is not finished: “{button}” at the top of home starts the cool-down.</source>
            <translation>Dein Lauftag ist nicht fertig: „{button}“ oben auf der Startseite startet das Abwärmen.</translation>
        </message>
        <message>
            <source>{n} %</source>
            <comment>a percentage</comment>
            <translation>{n} %</translation>
        </message>
        <message>
            <source>no cool-down found</source>
            <translation>kein Abwärmen gefunden</translation>
        </message>
        <message>
            <source>Next: {cool_down}, then how your knees feel.</source>
            <translation>Als Nächstes: {cool_down}, dann wie sich deine Knie anfühlen.</translation>
        </message>
        <message>
            <source>Your warm-up stopped at {percent}. Go run now, then {cool_down}; or warm up again.</source>
            <translation>Dein Aufwärmen hat bei {percent} aufgehört. Lauf jetzt los, dann {cool_down}; oder wärm dich noch einmal auf.</translation>
        </message>
        <message>
            <source>knee check</source>
            <translation>Kniefrage</translation>
        </message>
        <message>
            <source>no warm-up found</source>
            <translation>kein Aufwärmen gefunden</translation>
        </message>
        <message>
            <source>your run</source>
            <translation>dein Lauf</translation>
        </message>
        <message>
            <source>Go run</source>
            <translation>Los, laufen</translation>
        </message>
        <message>
            <source>since your warm-up</source>
            <translation>seit deinem Aufwärmen</translation>
        </message>
        <message>
            <source>If it keeps hurting, walk home and give it a rest; press I'm back when you are, and cool down.</source>
            <translation>Wenn es weiter wehtut, geh nach Hause und gönn dem Knie Ruhe; drück „Bin zurück“, wenn du da bist, und wärm dich ab.</translation>
        </message>
        <message>
            <source>Enter: I'm back · Esc: end the run day</source>
            <translation>Enter: Bin zurück · Esc: Lauftag beenden</translation>
        </message>
        <message>
            <source>End the run day?</source>
            <translation>Lauftag beenden?</translation>
        </message>
        <message>
            <source>Your warm-up stays in your history; the run and the cool-down are not done today.</source>
            <translation>Dein Aufwärmen bleibt im Verlauf; Lauf und Abwärmen sind heute nicht gemacht.</translation>
        </message>
        <message>
            <source>No run today?</source>
            <translation>Heute kein Lauf?</translation>
        </message>
        <message>
            <source>The cool-down still does your legs good after the warm-up. Or end the day here.</source>
            <translation>Das Abwärmen tut deinen Beinen nach dem Aufwärmen trotzdem gut. Oder beende den Tag hier.</translation>
        </message>
        <message>
            <source>Cool down now</source>
            <translation>Jetzt abwärmen</translation>
        </message>
        <message>
            <source>Keep going</source>
            <translation>Weitermachen</translation>
        </message>
        <message>
            <source>No run</source>
            <translation>Kein Lauf</translation>
        </message>
        <message>
            <source>Your run: {time}</source>
            <translation>Dein Lauf: {time}</translation>
        </message>
        <message>
            <source>Your warm-up stopped at {percent}, so your run day is waiting: go run now, warm up again, or end the day.</source>
            <translation>Dein Aufwärmen hat bei {percent} aufgehört, dein Lauftag wartet also: lauf jetzt los, wärm dich noch einmal auf, oder beende den Tag.</translation>
        </message>
        <message>
            <source>Go run now</source>
            <translation>Jetzt laufen</translation>
        </message>
        <message>
            <source>Your cool-down stopped at {percent}, so your run day is not finished: cool down again, or end the day.</source>
            <translation>Dein Abwärmen hat bei {percent} aufgehört, dein Lauftag ist also nicht fertig: wärm dich noch einmal ab, oder beende den Tag.</translation>
        </message>
        <message>
            <source>Cool down again</source>
            <translation>Noch einmal abwärmen</translation>
        </message>
        <message>
            <source>How are your knees?</source>
            <translation>Wie geht es deinen Knien?</translation>
        </message>
        <message>
            <source>It's two hours since your cool-down. How do your knees feel now, from 0 (no pain) to 10? If they hurt more than before your run, take it easier next time.</source>
            <translation>Dein Abwärmen ist zwei Stunden her. Wie fühlen sich deine Knie jetzt an, von 0 (kein Schmerz) bis 10? Wenn sie mehr wehtun als vor dem Lauf, mach es nächstes Mal ruhiger.</translation>
        </message>
    </context>
    <context>
        <name>Safety</name>
        <message>
            <source>Copy</source>
            <translation>Kopieren</translation>
        </message>
        <message>
            <source>Copy these signs, to keep or to show someone</source>
            <translation>Diese Anzeichen kopieren, zum Aufheben oder um sie jemandem zu zeigen</translation>
        </message>
    </context>
    <context>
        <name>ScoreRow</name>
        <message>
            <source>{score} out of 10</source>
            <translation>{score} von 10</translation>
        </message>
    </context>
    <context>
        <name>SelfcheckCommand</name>
        <message>
            <source>only these ({checks}); all by default</source>
            <translation>nur diese ({checks}); standardmäßig alle</translation>
        </message>
        <message>
            <source>no check {unknown}; the checks: {checks}</source>
            <translation>keine Prüfung {unknown}; die Prüfungen: {checks}</translation>
        </message>
    </context>
    <context>
        <name>SessionView</name>
        <message>
            <source>Routine</source>
            <translation>Routine</translation>
        </message>
        <message>
            <source>Voice preparation</source>
            <translation>Stimme wird vorbereitet</translation>
        </message>
        <message>
            <source>Step</source>
            <translation>Schritt</translation>
        </message>
        <message>
            <source>Time left in the routine</source>
            <translation>Restzeit der Routine</translation>
        </message>
        <message>
            <source>Routine progress</source>
            <translation>Fortschritt der Routine</translation>
        </message>
        <message>
            <source>What comes now</source>
            <translation>Was jetzt kommt</translation>
        </message>
        <message>
            <source>Exercise</source>
            <translation>Übung</translation>
        </message>
        <message>
            <source>Stop (Esc)</source>
            <translation>Stopp (Esc)</translation>
        </message>
        <message>
            <source>Stop the routine</source>
            <translation>Die Routine beenden</translation>
        </message>
        <message>
            <source>Keep going (Space)</source>
            <translation>Weitermachen (Leertaste)</translation>
        </message>
        <message>
            <source>Keep going</source>
            <translation>Weitermachen</translation>
        </message>
        <message>
            <source>Take care: {note}</source>
            <translation>Pass auf: {note}</translation>
        </message>
        <message>
            <source>Paused</source>
            <translation>Pausiert</translation>
        </message>
        <message>
            <source>Preparing the voice… {ready}/{total}</source>
            <translation>Stimme wird vorbereitet… {ready}/{total}</translation>
        </message>
    </context>
    <context>
        <name>ShowWords</name>
        <message>
            <source>lead-in</source>
            <translation>Vorlauf</translation>
        </message>
        <message>
            <source>exercise</source>
            <translation>Übung</translation>
        </message>
        <message>
            <source>switch</source>
            <translation>Wechsel</translation>
        </message>
        <message>
            <source>gap</source>
            <translation>Pause</translation>
        </message>
        <message>
            <source>left</source>
            <translation>links</translation>
        </message>
        <message>
            <source>right</source>
            <translation>rechts</translation>
        </message>
        <message>
            <source>both</source>
            <translation>beide</translation>
        </message>
    </context>
    <context>
        <name>SpeechCommands</name>
        <message>
            <source>list the voices of every installed engine (* = the default)</source>
            <translation>die Stimmen jeder installierten Sprachausgabe auflisten (* = die Vorgabe)</translation>
        </message>
        <message>
            <source>speak a phrase with the cue voice, or save it to a file</source>
            <translation>einen Satz mit der Ansagestimme sprechen, oder in eine Datei speichern</translation>
        </message>
        <message>
            <source>what to say</source>
            <translation>was gesagt werden soll</translation>
        </message>
        <message>
            <source>voice id (see 'limber voices'); default: your saved voice</source>
            <translation>Id der Stimme (siehe 'limber voices'); Vorgabe: deine gespeicherte Stimme</translation>
        </message>
        <message>
            <source>words per minute, {low} to {high}; default: your saved rate</source>
            <translation>Wörter pro Minute, {low} bis {high}; Vorgabe: dein gespeichertes Tempo</translation>
        </message>
        <message>
            <source>write a WAV file instead</source>
            <translation>stattdessen eine WAV-Datei schreiben</translation>
        </message>
        <message>
            <source>clearest</source>
            <translation>am deutlichsten</translation>
        </message>
        <message>
            <source>clear</source>
            <translation>deutlich</translation>
        </message>
        <message>
            <source>fair</source>
            <translation>brauchbar</translation>
        </message>
        <message>
            <source>muffled (telephone quality)</source>
            <translation>dumpf (Telefonqualität)</translation>
        </message>
        <message>
            <source>robotic</source>
            <translation>roboterhaft</translation>
        </message>
        <message>
            <source>ENGINE</source>
            <translation>SPRACHAUSGABE</translation>
        </message>
        <message>
            <source>NAME</source>
            <translation>NAME</translation>
        </message>
        <message>
            <source>LANGUAGE</source>
            <translation>SPRACHE</translation>
        </message>
        <message>
            <source>QUALITY</source>
            <translation>QUALITÄT</translation>
        </message>
        <message numerus="yes">
            <source>%n voice(s); * the default, the clearest installed ('limber say --voice ID TEXT' to try one)</source>
            <translation>
                <numerusform>%n Stimme; * die Vorgabe, die deutlichste installierte ('limber say --voice ID TEXT' zum Ausprobieren)</numerusform>
                <numerusform>%n Stimmen; * die Vorgabe, die deutlichste installierte ('limber say --voice ID TEXT' zum Ausprobieren)</numerusform>
            </translation>
        </message>
        <message>
            <source>nothing to say</source>
            <translation>nichts zu sagen</translation>
        </message>
        <message>
            <source>--rate must be {low} to {high} words a minute</source>
            <translation>--rate muss {low} bis {high} Wörter pro Minute sein</translation>
        </message>
        <message>
            <source>no folder {parent}</source>
            <translation>kein Ordner {parent}</translation>
        </message>
        <message>
            <source>there is no voice {voice!r} (see 'limber voices')</source>
            <translation>es gibt keine Stimme {voice!r} (siehe 'limber voices')</translation>
        </message>
        <message>
            <source>{exc} (details in {log_path})</source>
            <translation>{exc} (Einzelheiten in {log_path})</translation>
        </message>
        <message>
            <source>cannot store the clip: {value}</source>
            <translation>der Clip kann nicht gespeichert werden: {value}</translation>
        </message>
        <message>
            <source>cannot write {to}: {value}</source>
            <translation>{to} kann nicht geschrieben werden: {value}</translation>
        </message>
        <message>
            <source>{problem} Use --to FILE.wav to save the phrase instead.</source>
            <translation>{problem} Mit --to FILE.wav speicherst du den Satz stattdessen.</translation>
        </message>
    </context>
    <context>
        <name>SpeechWords</name>
        <message>
            <source>The voice is still being prepared; a chime stands in for the cues that are not ready yet.</source>
            <translation>Die Stimme wird noch vorbereitet; ein Gong steht für die Ansagen, die noch nicht fertig sind.</translation>
        </message>
        <message>
            <source>Some cues could not be made into clear speech, so a chime stands in for them. Limber will try them again next time.</source>
            <translation>Manche Ansagen ließen sich nicht klar sprechen, ein Gong steht für sie. Limber versucht es nächstes Mal wieder.</translation>
        </message>
        <message>
            <source>No audio output is available, so Limber runs silently.</source>
            <translation>Es gibt keine Tonausgabe, Limber läuft also stumm.</translation>
        </message>
        <message>
            <source>The sound system stopped answering; Limber carries on without sound until it is back.</source>
            <translation>Das Tonsystem antwortet nicht mehr; Limber macht ohne Ton weiter, bis es wieder da ist.</translation>
        </message>
        <message>
            <source>Preparing the voice failed; Limber carries on with tones instead of the voice.</source>
            <translation>Die Stimme ließ sich nicht vorbereiten; Limber macht mit Tönen statt der Stimme weiter.</translation>
        </message>
        <message>
            <source>The speech engine stopped working. Limber carries on with tones instead of the voice.</source>
            <translation>Die Sprachausgabe arbeitet nicht mehr. Limber macht mit Tönen statt der Stimme weiter.</translation>
        </message>
        <message>
            <source>Cannot store the voice clips in \1 (\2); Limber carries on with tones instead of the voice.</source>
            <translation>Die Sprachclips lassen sich nicht in \1 speichern (\2); Limber macht mit Tönen statt der Stimme weiter.</translation>
        </message>
        <message>
            <source>\1 Limber carries on with tones instead of the voice.</source>
            <translation>\1 Limber macht mit Tönen statt der Stimme weiter.</translation>
        </message>
        <message>
            <source>The voice \1 is not installed; the \2 speaks instead.</source>
            <translation>Die Stimme \1 ist nicht installiert; stattdessen spricht die \2.</translation>
        </message>
        <message>
            <source>The \1 does not work on this computer; the \2 speaks instead.</source>
            <translation>Die \1 funktioniert auf diesem Computer nicht; stattdessen spricht die \2.</translation>
        </message>
        <message>
            <source>No speech engine: the pyttsx3 package is missing (pip install pyttsx3). Until then a chime stands in for the spoken cues.</source>
            <translation>Keine Sprachausgabe: das Paket pyttsx3 fehlt (pip install pyttsx3). Bis dahin steht ein Gong für die Ansagen.</translation>
        </message>
        <message>
            <source>No speech engine: espeak-ng is not installed. To hear the cues, install espeak-ng (on Debian or Ubuntu: sudo apt install espeak-ng). Until then a chime stands in for the spoken cues.</source>
            <translation>Keine Sprachausgabe: espeak-ng ist nicht installiert. Um die Ansagen zu hören, installier espeak-ng (unter Debian oder Ubuntu: sudo apt install espeak-ng). Bis dahin steht ein Gong für die Ansagen.</translation>
        </message>
        <message>
            <source>\1 Until then a chime stands in for the spoken cues.</source>
            <translation>\1 Bis dahin steht ein Gong für die Ansagen.</translation>
        </message>
        <message>
            <source>A sound file of Limber's is missing or damaged (\1); reinstall Limber.</source>
            <translation>Eine Tondatei von Limber fehlt oder ist beschädigt (\1); installier Limber neu.</translation>
        </message>
        <message>
            <source>default {engine} voice</source>
            <translation>Standardstimme von {engine}</translation>
        </message>
        <message>
            <source>{engine} voice {voice}</source>
            <translation>{engine}-Stimme {voice}</translation>
        </message>
    </context>
    <context>
        <name>StorageWords</name>
        <message>
            <source>\1 is a folder, not a preferences file; Limber cannot save preferences until it is moved or removed.</source>
            <translation>\1 ist ein Ordner, keine Einstellungsdatei; Limber kann keine Einstellungen speichern, bis er verschoben oder gelöscht ist.</translation>
        </message>
        <message>
            <source>Could not read \1 (\2).</source>
            <translation>\1 ließ sich nicht lesen (\2).</translation>
        </message>
        <message>
            <source>Your preferences file \1 is damaged (\2) and could not be moved aside (\3); it will not be overwritten.</source>
            <translation>Deine Einstellungsdatei \1 ist beschädigt (\2) und ließ sich nicht beiseitelegen (\3); sie wird nicht überschrieben.</translation>
        </message>
        <message>
            <source>Your preferences file was damaged (\1); it has been kept as \2.</source>
            <translation>Deine Einstellungsdatei war beschädigt (\1); sie ist als \2 aufbewahrt.</translation>
        </message>
        <message>
            <source>Limber is using the default preferences.</source>
            <translation>Limber nutzt die Standardeinstellungen.</translation>
        </message>
        <message>
            <source>The backup \1 could not be used either (\2); Limber is using the default preferences.</source>
            <translation>Die Sicherung \1 ließ sich auch nicht nutzen (\2); Limber nutzt die Standardeinstellungen.</translation>
        </message>
        <message>
            <source>Limber is using your preferences from the backup, \1.</source>
            <translation>Limber nutzt deine Einstellungen aus der Sicherung \1.</translation>
        </message>
        <message>
            <source>\1: \2 = \3 is not valid; using the default, \4.</source>
            <translation>\1: \2 = \3 ist ungültig; stattdessen gilt die Vorgabe, \4.</translation>
        </message>
        <message>
            <source>\1: schema_version \2 is not valid; read it as version \3.</source>
            <translation>\1: schema_version \2 ist ungültig; gelesen als Version \3.</translation>
        </message>
        <message>
            <source>\1: ignored these unknown settings: \2.</source>
            <translation>\1: diese unbekannten Einstellungen wurden übergangen: \2.</translation>
        </message>
        <message>
            <source>A kept history entry was dropped (\1).</source>
            <translation>Ein aufbewahrter Verlaufseintrag ging verloren (\1).</translation>
        </message>
        <message>
            <source>Your history file was damaged (\1). It has been kept as \2, and a new history has been started.</source>
            <translation>Deine Verlaufsdatei war beschädigt (\1). Sie ist als \2 aufbewahrt, und ein neuer Verlauf hat begonnen.</translation>
        </message>
        <message>
            <source>The history cannot be used: \1. Sessions and check-ins from this run will not be kept.</source>
            <translation>Der Verlauf lässt sich nicht nutzen: \1. Einheiten und Kniewerte von diesem Start werden nicht gespeichert.</translation>
        </message>
        <message>
            <source>A history entry waiting in \1 could not be read (\2); the file is left as it is.</source>
            <translation>Ein wartender Verlaufseintrag in \1 ließ sich nicht lesen (\2); die Datei bleibt, wie sie ist.</translation>
        </message>
        <message>
            <source>A history entry waiting in \1 could not be read (\2); the file is kept as \3.</source>
            <translation>Ein wartender Verlaufseintrag in \1 ließ sich nicht lesen (\2); die Datei ist als \3 aufbewahrt.</translation>
        </message>
    </context>
    <context>
        <name>TerminalRun</name>
        <message>
            <source>--speed must be from {low} to {high} (times real time; 1 is a real session), not {speed}</source>
            <translation>--speed muss zwischen {low} und {high} liegen (mal Echtzeit; 1 ist eine echte Einheit), nicht {speed}</translation>
        </message>
        <message>
            <source>Get ready - first up: {exercise}</source>
            <translation>Mach dich bereit - zuerst: {exercise}</translation>
        </message>
        <message>
            <source>Next up: {exercise}</source>
            <translation>Als Nächstes: {exercise}</translation>
        </message>
        <message>
            <source>Switch sides: {exercise}</source>
            <translation>Seite wechseln: {exercise}</translation>
        </message>
        <message>
            <source>{exercise} - LEFT</source>
            <translation>{exercise} - LINKS</translation>
        </message>
        <message>
            <source>{exercise} - RIGHT</source>
            <translation>{exercise} - RECHTS</translation>
        </message>
        <message>
            <source>{exercise} - alternate sides</source>
            <translation>{exercise} - Seiten im Wechsel</translation>
        </message>
        <message numerus="yes">
            <source>Paused: the clock jumped {seconds} s (was the computer asleep?); %n late cue(s) skipped.</source>
            <translation>
                <numerusform>Pausiert: die Uhr ist um {seconds} s gesprungen (hat der Computer geschlafen?); %n verspätete Ansage übersprungen.</numerusform>
                <numerusform>Pausiert: die Uhr ist um {seconds} s gesprungen (hat der Computer geschlafen?); %n verspätete Ansagen übersprungen.</numerusform>
            </translation>
        </message>
        <message>
            <source>Paused. Press Ctrl-C to stop.</source>
            <translation>Pausiert. Strg-C beendet.</translation>
        </message>
        <message>
            <source> rep {rep}/{reps}</source>
            <translation> Wdh. {rep}/{reps}</translation>
        </message>
        <message>
            <source>{seconds} s   (total left {time})</source>
            <translation>{seconds} s   (insgesamt noch {time})</translation>
        </message>
        <message>
            <source>Stopped: {routine}, {percent}% done in {time}.</source>
            <translation>Beendet: {routine}, {percent} % geschafft in {time}.</translation>
        </message>
        <message>
            <source>Finished: {routine}, {percent}% done in {time}.</source>
            <translation>Fertig: {routine}, {percent} % geschafft in {time}.</translation>
        </message>
    </context>
    <context>
        <name>TypedValues</name>
        <message>
            <source>invalid value {value} for {key}: expected {expected}</source>
            <translation>ungültiger Wert {value} für {key}: erwartet wird {expected}</translation>
        </message>
    </context>
    <context>
        <name>VoiceChoices</name>
        <message>
            <source>Left side. Hold it gently, and breathe. Five, four, three, two, one.</source>
            <translation>Linke Seite. Halt es sanft, und atme. Fünf, vier, drei, zwei, eins.</translation>
        </message>
        <message>
            <source>Automatic: the clearest voice installed</source>
            <translation>Automatisch: die deutlichste installierte Stimme</translation>
        </message>
        <message>
            <source>{voice} (not installed)</source>
            <translation>{voice} (nicht installiert)</translation>
        </message>
        <message>
            <source>The sample cannot be said: {problem}</source>
            <translation>Das Beispiel kann nicht gesprochen werden: {problem}</translation>
        </message>
        <message>
            <source>The sample cannot be stored: {problem}.</source>
            <translation>Das Beispiel kann nicht gespeichert werden: {problem}.</translation>
        </message>
        <message>
            <source>The sample cannot be heard. {problem}</source>
            <translation>Das Beispiel ist nicht zu hören. {problem}</translation>
        </message>
        <message>
            <source>there is no voice {voice}. The installed voices (set one by its id, or an empty value for the system's default):
{listing}</source>
            <translation>es gibt keine Stimme {voice}. Die installierten Stimmen (setz eine über ihre Id, oder einen leeren Wert für die Vorgabe des Systems):
{listing}</translation>
        </message>
    </context>
    <context>
        <name>VoiceFit</name>
        <message>
            <source>Preparing the voice: {done}/{total} phrases</source>
            <translation>Stimme wird vorbereitet: {done}/{total} Sätze</translation>
        </message>
        <message>
            <source>Preparing the voice: ready.</source>
            <translation>Stimme wird vorbereitet: fertig.</translation>
        </message>
    </context>
    <context>
        <name>Weekdays</name>
        <message>
            <source>Mon</source>
            <translation>Mo.</translation>
        </message>
        <message>
            <source>Tue</source>
            <translation>Di.</translation>
        </message>
        <message>
            <source>Wed</source>
            <translation>Mi.</translation>
        </message>
        <message>
            <source>Thu</source>
            <translation>Do.</translation>
        </message>
        <message>
            <source>Fri</source>
            <translation>Fr.</translation>
        </message>
        <message>
            <source>Sat</source>
            <translation>Sa.</translation>
        </message>
        <message>
            <source>Sun</source>
            <translation>So.</translation>
        </message>
    </context>
    <context>
        <name>Window</name>
        <message>
            <source>Menu</source>
            <translation>Menü</translation>
        </message>
        <message>
            <source>Preferences…</source>
            <translation>Einstellungen…</translation>
        </message>
        <message>
            <source>History</source>
            <translation>Verlauf</translation>
        </message>
        <message>
            <source>New routine…</source>
            <translation>Neue Routine…</translation>
        </message>
        <message>
            <source>Import a routine…</source>
            <translation>Routine importieren…</translation>
        </message>
        <message>
            <source>When to stop and get advice</source>
            <translation>Wann aufhören und Rat holen</translation>
        </message>
        <message>
            <source>About {APP_NAME}</source>
            <translation>Über {APP_NAME}</translation>
        </message>
        <message>
            <source>Quit</source>
            <translation>Beenden</translation>
        </message>
        <message>
            <source>Paused: the computer was asleep or busy for {seconds} s. Press Space to carry on.</source>
            <translation>Pausiert: der Computer hat {seconds} s geschlafen oder war beschäftigt. Leertaste drückt weiter.</translation>
        </message>
        <message>
            <source>An offline coach that talks you through a warm-up before a run and a cool-down after it.</source>
            <translation>Ein Offline-Coach, der dich mit Ansagen durch das Aufwärmen vor einem Lauf und das Abwärmen danach führt.</translation>
        </message>
    </context>
    <context>
        <name>WindowWords</name>
        <message>
            <source>{min} min</source>
            <comment>minutes</comment>
            <translation>{min} min</translation>
        </message>
        <message>
            <source>Limber is a coach, not medical advice: if something hurts, stop, and ask a doctor or physiotherapist.</source>
            <translation>Limber ist ein Coach, kein medizinischer Rat: wenn etwas wehtut, hör auf und frag eine Ärztin, einen Arzt oder Physiotherapie.</translation>
        </message>
        <message>
            <source>Refuel</source>
            <translation>Auftanken</translation>
        </message>
        <message>
            <source>Drink some water now, and keep sipping through the day. Have something with protein soon: a meal or a shake (about 20 g is plenty for most people).</source>
            <translation>Trink jetzt etwas Wasser und über den Tag immer wieder einen Schluck. Iss bald etwas mit Eiweiß: eine Mahlzeit oder einen Shake (etwa 20 g reichen den meisten).</translation>
        </message>
        <message>
            <source>Check again in about two hours.</source>
            <translation>Schau in etwa zwei Stunden noch einmal nach.</translation>
        </message>
        <message>
            <source>Go easier next time: shorter, slower or flatter.</source>
            <translation>Mach es nächstes Mal leichter: kürzer, langsamer oder flacher.</translation>
        </message>
        <message>
            <source>When to stop and get advice</source>
            <translation>Wann aufhören und Rat holen</translation>
        </message>
        <message>
            <source>Get help the same day if</source>
            <translation>Hol dir noch am selben Tag Hilfe, wenn</translation>
        </message>
        <message>
            <source>you cannot put weight on the leg</source>
            <translation>du das Bein nicht belasten kannst</translation>
        </message>
        <message>
            <source>the joint is badly swollen</source>
            <translation>das Gelenk stark geschwollen ist</translation>
        </message>
        <message>
            <source>the knee locks or gives way</source>
            <translation>das Knie blockiert oder wegknickt</translation>
        </message>
        <message>
            <source>the joint is hot and red and you feel feverish</source>
            <translation>das Gelenk heiß und rot ist und du dich fiebrig fühlst</translation>
        </message>
        <message>
            <source>Stop, and see a doctor or physiotherapist if you have</source>
            <translation>Hör auf und geh zur Ärztin, zum Arzt oder zur Physiotherapie, wenn du hast:</translation>
        </message>
        <message>
            <source>sharp or stabbing pain</source>
            <translation>scharfe oder stechende Schmerzen</translation>
        </message>
        <message>
            <source>a limp</source>
            <translation>ein Hinken</translation>
        </message>
        <message>
            <source>pain that lasts more than two hours, or is worse at night</source>
            <translation>Schmerzen, die länger als zwei Stunden anhalten oder nachts schlimmer sind</translation>
        </message>
        <message>
            <source>swelling that keeps growing, or a joint that is hot or red</source>
            <translation>eine Schwellung, die weiter zunimmt, oder ein heißes oder rotes Gelenk</translation>
        </message>
        <message>
            <source>Ease off next time if</source>
            <translation>Mach nächstes Mal weniger, wenn</translation>
        </message>
        <message>
            <source>the joint hurts more two hours after exercise than it did before: do less, or go gentler</source>
            <translation>das Gelenk zwei Stunden nach dem Training mehr wehtut als vorher: mach weniger, oder sanfter</translation>
        </message>
        <message>
            <source>For a sore joint</source>
            <translation>Bei einem schmerzenden Gelenk</translation>
        </message>
        <message>
            <source>rest it for two or three days</source>
            <translation>schon es zwei oder drei Tage</translation>
        </message>
        <message>
            <source>use ice wrapped in a cloth for about 15 minutes, every two to three hours</source>
            <translation>kühl es mit Eis in einem Tuch etwa 15 Minuten lang, alle zwei bis drei Stunden</translation>
        </message>
        <message>
            <source>if pain comes on during a run, drop to an easy jog or a brisk walk</source>
            <translation>wenn beim Laufen Schmerzen kommen, wechsel zu lockerem Joggen oder zügigem Gehen</translation>
        </message>
        <message>
            <source>{s} s</source>
            <comment>seconds</comment>
            <translation>{s} s</translation>
        </message>
        <message>
            <source>{h} h {min} min</source>
            <translation>{h} h {min} min</translation>
        </message>
        <message>
            <source>{h} h</source>
            <comment>hours</comment>
            <translation>{h} h</translation>
        </message>
        <message>
            <source>{min} min {s} s</source>
            <translation>{min} min {s} s</translation>
        </message>
    </context>
</TS>
