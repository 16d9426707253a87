<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
    <context>
        <name>Actions</name>
        <message>
            <source>Previous</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Back to the previous exercise, or restart this one</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Pause</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Pause or resume</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Skip</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Skip to the next part</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>+{seconds} s</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{seconds} more seconds for this part</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Mute</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Mute or unmute the voice</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Full screen</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Full screen on or off</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>On top</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Keep the window above other windows</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Stop</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Stop this routine</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Resume</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Unmute</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Leave full screen</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Advice</name>
        <message>
            <source>Good to go</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Warm up as planned and enjoy the run.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Take it easy today</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Try the gentle warm-up, then a walk–jog: run a minute, walk a minute, and keep to flat, soft ground. Stop if the pain builds.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Best to skip the run today</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Give your knees a rest from running. Gentle mobility or an easy walk keeps them moving without the pounding. If the pain stays, get it checked.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>You said {score} out of 10.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>That is more than before your run ({before}).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>That is more than before your warm-up ({before}).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Before your run it was {before}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Before your warm-up it was {before}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>If your knees hurt more then than before the run, go easier next time: shorter, slower or flatter.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Start the {routine}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Keep the {routine}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Rest today</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Warm up anyway</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Do the {routine} instead</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Application</name>
        <message>
            <source>start this routine at once</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>fit the routines to this length</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Argparse</name>
        <message>
            <source>usage: </source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>positional arguments</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>options</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>show this help message and exit</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>argument %(argument_name)s: %(message)s</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>unrecognized arguments: %s</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the following arguments are required: %s</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>one of the arguments %s is required</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>not allowed with argument %s</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>ignored explicit argument %r</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>expected one argument</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>expected at most one argument</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>expected at least one argument</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>ambiguous option: %(option)s could match %(matches)s</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>unexpected option string: %s</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>invalid %(type)s value: %(value)r</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>invalid choice: %(value)r (choose from %(choices)s)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%(prog)s: error: %(message)s
</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>can't open '%(filename)s': %(error)s</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>show program's version number and exit</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>AudioOutput</name>
        <message>
            <source>No audio output found (no sound card, or the sound system is not running); Limber carries on without sound.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The audio output does not take {rate} Hz, {channels}-channel sound.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The audio output failed to start ({error}); Limber carries on without sound.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>CatalogueWords</name>
        <message>
            <source>walk</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>mobilise</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>dynamic</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>static stretch</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>strength</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>prompt</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>ankle</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>knee</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>hip</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>calf</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>hamstring</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>quad</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>glute</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>adductor</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>upper body</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>whole body</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>warm-up</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>cool-down</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>other</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>built-in</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>user</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Checkin</name>
        <message>
            <source>Routine about to start</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>How do your knees feel today?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>0 is no pain at all; 10 is the worst pain you can imagine. Type a number or click one, then Enter.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Advice</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Start without a score</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Skip the knee check this time</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Back (Esc)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Back</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Back to the routines</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Before the {routine}</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Choices</name>
        <message>
            <source>Warm-up</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cool-down</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Strength</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Other</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Mine</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ClipChecks</name>
        <message>
            <source>Lift your knee, then lower it slowly. Breathe out, and switch sides.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Controller</name>
        <message>
            <source>Your settings could not be saved ({error}).</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Countdown</name>
        <message numerus="yes">
            <source>%n second(s)</source>
            <translation>
                <numerusform>%n second</numerusform>
                <numerusform>%n seconds</numerusform>
            </translation>
        </message>
        <message>
            <source>Time left in this step</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Counts</name>
        <message>
            <source>zero</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>one</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>two</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>three</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>four</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>five</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>six</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>seven</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>eight</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>nine</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>ten</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>eleven</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>twelve</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>thirteen</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>fourteen</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>fifteen</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>sixteen</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>seventeen</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>eighteen</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>nineteen</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>twenty</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>twenty one</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>twenty two</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>twenty three</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>twenty four</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>twenty five</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>twenty six</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>twenty seven</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>twenty eight</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>twenty nine</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>thirty</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>thirty one</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>thirty two</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>thirty three</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>thirty four</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>thirty five</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>thirty six</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>thirty seven</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>thirty eight</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>thirty nine</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>forty</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>forty one</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>forty two</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>forty three</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>forty four</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>forty five</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>forty six</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>forty seven</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>forty eight</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>forty nine</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>fifty</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>fifty one</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>fifty two</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>fifty three</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>fifty four</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>fifty five</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>fifty six</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>fifty seven</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>fifty eight</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>fifty nine</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>sixty</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>sixty one</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>sixty two</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>sixty three</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>sixty four</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>sixty five</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>sixty six</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>sixty seven</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>sixty eight</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>sixty nine</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>seventy</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>seventy one</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>seventy two</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>seventy three</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>seventy four</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>seventy five</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>seventy six</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>seventy seven</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>seventy eight</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>seventy nine</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>eighty</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>eighty one</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>eighty two</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>eighty three</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>eighty four</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>eighty five</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>eighty six</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>eighty seven</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>eighty eight</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>eighty nine</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>ninety</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>ninety one</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>ninety two</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>ninety three</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>ninety four</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>ninety five</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>ninety six</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>ninety seven</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>ninety eight</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>ninety nine</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>one hundred</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>DayFlow</name>
        <message>
            <source>Your run day could not be saved ({error}). The routines themselves are not affected.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Display</name>
        <message>
            <source>◀ LEFT</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>RIGHT ▶</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>LEFT &amp; RIGHT</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>PAUSED</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Paused</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>GET READY</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>SWITCH ▶</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>First up, left side first</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>First up</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Left side first</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Get into position</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Switch to the right side</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Rep {rep} of {reps}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source> of {reps}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{seconds} s left</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Press Space to carry on</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Next: {exercise}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Last one</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Then: {exercise}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Picture: {exercise}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Step {step} of {steps}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{time} left</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>You are on step {step} of {steps} of {routine}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Stop and close Limber? {where}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Stop here? {where}</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Editor</name>
        <message>
            <source>once (no sides)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>each side: left, then right</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>alternating left and right</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Add a step: Add from catalogue… or New exercise…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>after</source>
            <comment>a tip said after a rep: after 8: Other way.</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>← Back</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Back</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Undo</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Undo (Ctrl+Z)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Redo</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Redo (Ctrl+Shift+Z)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Import…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Export…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Delete</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Save</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Name</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Id</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Description</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Gentle (for sore or stiff knees)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Change-over seconds</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Switch seconds</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Said at the end</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Total time</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Kind</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>s between steps,</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>s to switch sides</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Gaps</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Hear it</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Play what is said at the end with your voice</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Total</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Routine</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Steps</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Drag to reorder, or Alt+Up / Alt+Down</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Add from catalogue…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>New exercise…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Remove</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Timed (seconds)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Counted (reps)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Seconds or reps</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Seconds a rep</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the routine's</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Said when the step starts</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Play the step's opening with your voice</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Tips</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>One tip a line. “15: Breathe out.” is said 15 seconds in; “after 8: Reverse.” after the eighth count; a line on its own halfway.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Hear tips</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Picture of the exercise</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Seconds</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Dose</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Sides</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Said first</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Step</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Reps</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No step chosen</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{total}  (with the lead-in and the gaps)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>–  (once the routine can be saved)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Save (Ctrl+S)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Save (Ctrl+S): the problems left are shown beside their fields; nothing typed is lost</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{amount} reps</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>, each side</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>, alternating</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>EditorPickers</name>
        <message>
            <source>Add an exercise</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Search by name or body part (calf, hip, knee…)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Search the exercises</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Exercises</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Add</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>New exercise</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Said aloud: plain words, like “Wall sit”</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Body parts it works</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>One or two short sentences, shown while it runs</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Optional: a short caution, said once</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Name</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Kind</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Works</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>How to do it</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Safety note</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The routine's check tells you if anything here needs changing.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>FileWords</name>
        <message>
            <source>cannot read {path}: {why}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>cannot write {path}: {why}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>cannot remove {path}: {why}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>cannot make the folder {path}: {why}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>its folder does not exist; make the folder first, or choose another place</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>it is a folder; give the name of a file</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>a part of the path is a file, not a folder; choose another place</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>a file is in the way; move it, or choose another place</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the disk is full; free some space and try again</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the disk or folder is read-only; choose a folder you can write to</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>permission denied; choose a folder you can write to</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the name is too long for this file system; choose a shorter one</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>it is a loop of links; choose another name</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>your disk quota is used up; free some space and try again</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>there is no such file</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Finish</name>
        <message>
            <source>How it went</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>What you did</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Streak</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Your run</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Take care</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Your run day</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Refuel</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>How do your knees feel now? Type or click 0–10, then Enter.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Save my score</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>About your knee score</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>What comes next</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>When to stop and get advice</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cool down</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Again</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Run the same routine again</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Home</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Back to the routines (Enter)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Disclaimer</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Change my answer to {score}</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>FinishWords</name>
        <message numerus="yes">
            <source>%n day(s) in a row</source>
            <translation>
                <numerusform>%n day in a row</numerusform>
                <numerusform>%n days in a row</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n step(s)</source>
            <translation>
                <numerusform>%n step</numerusform>
                <numerusform>%n steps</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>{done} of %n step(s)</source>
            <translation>
                <numerusform>{done} of %n step</numerusform>
                <numerusform>{done} of %n steps</numerusform>
            </translation>
        </message>
        <message>
            <source>Well done</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Stopped before the first step</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Skipped through</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Stopped early: {tally}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Skipped through: {tally}</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>All %n step(s) in {time}.</source>
            <translation>
                <numerusform>Its one step, in {time}.</numerusform>
                <numerusform>All %n steps in {time}.</numerusform>
            </translation>
        </message>
        <message>
            <source>No step done ({time}).</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>{done} of %n step(s) done in {time}.</source>
            <translation>
                <numerusform>{done} of %n step done in {time}.</numerusform>
                <numerusform>{done} of %n steps done in {time}.</numerusform>
            </translation>
        </message>
        <message>
            <source>Skipped: {names}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Next: your run. Afterwards, come back for the {routine}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Next: your run. Afterwards, come back for a cool-down.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Nothing is warmed up yet: warm up before you run (Again starts it over).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Start your run gently, and give it a few easy minutes to warm up. Afterwards, come back for the {routine}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Start your run gently, and give it a few easy minutes to warm up. Afterwards, come back for a cool-down.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>GoRunScreen</name>
        <message>
            <source>Your run so far</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>I'm back</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>I'm back: start the cool-down</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Start the cool-down (Enter)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cool down anyway, or end the run day</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>End the run day?</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>HistoryCommands</name>
        <message>
            <source>show recent sessions, the streak, knee check-ins and advice</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Show recent sessions, the streak, knee check-ins and advice, or export everything to a CSV file.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>print JSON</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>write everything to FILE</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>show the latest N (default 10)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>--limit must be 0 or more, not {n}</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>Wrote %n row(s) to {file}</source>
            <translation>
                <numerusform>Wrote %n row(s) to {file}</numerusform>
                <numerusform>Wrote %n row(s) to {file}</numerusform>
            </translation>
        </message>
        <message>
            <source>History file: {path}</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>Streak: %n day(s) in a row with a run day, or a warm-up and a cool-down, done</source>
            <translation>
                <numerusform>Streak: %n day in a row with a run day, or a warm-up and a cool-down, done</numerusform>
                <numerusform>Streak: %n days in a row with a run day, or a warm-up and a cool-down, done</numerusform>
            </translation>
        </message>
        <message>
            <source>Recent sessions, newest first:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No sessions yet.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Run days, newest first:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Knee check-ins, oldest first:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No knee check-ins yet.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Advice:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>started, no end recorded</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{percent} done</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>, stopped early</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>, %n step(s) skipped</source>
            <translation>
                <numerusform>, %n step skipped</numerusform>
                <numerusform>, %n steps skipped</numerusform>
            </translation>
        </message>
        <message>
            <source>{routine} ({minutes} min): {outcome}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>run {time}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>knees {knees}</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>HistoryView</name>
        <message>
            <source>before a run</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>after the cool-down</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>later</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No knee check-ins yet. Limber asks before a warm-up and after a cool-down.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{percent} % done</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>stopped early</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>end not recorded</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>%n step(s) skipped</source>
            <translation>
                <numerusform>%n step skipped</numerusform>
                <numerusform>%n steps skipped</numerusform>
            </translation>
        </message>
        <message>
            <source>When</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Routine</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Length</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Done</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>How it ended</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>finished</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{percent} %</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Run</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Knees</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{when} · run {run} · knees before → after: {knees} · {ended}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Knee scores over time</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>%n check-in(s); the latest is {score} out of 10, {when}.</source>
            <translation>
                <numerusform>%n check-ins; the latest is {score} out of 10, {when}.</numerusform>
                <numerusform>%n check-ins; the latest is {score} out of 10, {when}.</numerusform>
            </translation>
        </message>
        <message>
            <source>History</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>← Back</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Back to the routines (Esc)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Back</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Streak</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Advice</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>When to stop and get advice</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Run days</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No run days yet. Start my run day, on home, keeps the warm-up, your run and the cool-down together.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Recent sessions</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No sessions yet. They appear here once you run a routine.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Sessions</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Knee check-ins (0 = no pain, 10 = worst)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The history could not be read ({error}).</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>HistoryWords</name>
        <message numerus="yes">
            <source>%n day(s) in a row</source>
            <translation>
                <numerusform>%n day in a row</numerusform>
                <numerusform>%n days in a row</numerusform>
            </translation>
        </message>
        <message>
            <source>Days in a row with a run day, or a warm-up and a cool-down, done: one today starts or extends it.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Last run day: {day}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A run day today starts a new streak: Start my run day, on home.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Last routine: {routine}, {day}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A run day (or a warm-up and a cool-down) today starts a streak.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Your run days will show here</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Start one on home: knee check, warm-up, your run, cool-down, and your knees again.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>today</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>yesterday</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{min} min {ss} s</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{s} s</source>
            <comment>seconds</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No run</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>, later {score}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>finished</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>ended early</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>not finished</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Home</name>
        <message>
            <source>gentle</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Routines</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Run day</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Warm up before your run, cool down after it.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Menu</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Or one routine</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Advice from your check-ins</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Start</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Start the selected routine (Enter)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Start the selected routine</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Routine file problems</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Fix the file and save it: the list updates by itself. The other routines work as usual.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Plan preview</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>New routine</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Make your own routine, from scratch</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Edit a copy</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Built-in routines are read-only: change a copy of one</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Length</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Fit the routine to the time you have: holds and the warm-down within their safe ranges, optional steps left out</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Length</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>What the length does</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{group} routines</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{routine}, {time}, gentle. {description}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{routine}, {time}. {description}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Your routine: {file}</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>%n routine file(s) with problems, so not listed:</source>
            <translation>
                <numerusform>%n routine file has a problem, so it is not listed:</numerusform>
                <numerusform>%n routine files have problems, so they are not listed:</numerusform>
            </translation>
        </message>
        <message>
            <source>Step</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Time</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Sides</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>When to stop and get advice</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Start {routine}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Edit</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Journal</name>
        <message>
            <source>Your history could not be saved ({error}). The routine itself is not affected.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Your history is busy (another program is using it, or the disk is full). This session is kept and will be saved as soon as it can be.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>KneeNudges</name>
        <message>
            <source>Your last two knee check-ins were {first} and {second} out of 10. Please read the signs that mean stop and get advice (such as sharp pain, a limp, swelling, or pain that lasts more than two hours), and give your knees an easy day: a walk or gentle mobility instead of a run.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>after today's cool-down</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>later today</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>after yesterday's cool-down</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>later yesterday</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Your knees felt worse {then} ({after} out of 10) than before the warm-up ({before}). Make your next day a lower-impact one: a brisk walk, a walk-jog or the gentle routine, and go a little easier next run.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Language</name>
        <message>
            <source>English</source>
            <comment>this language's name, in itself</comment>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>LaterCheck</name>
        <message>
            <source>Save</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Not now</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Don't ask again</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Turn off this check (also in Preferences)</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>LengthWords</name>
        <message>
            <source>As written</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{routine} takes {time} at the least: {asked} is too short to do it safely, so its shortest safe version runs.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{routine} takes {time} at the most, without going past its holds and doses.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{routine} fitted to {time}, leaving out {steps}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{routine} fitted to {time}.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>LocalFormat</name>
        <message>
            <source>.</source>
            <comment>the decimal mark: 0.5</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{hh}:{mm}</source>
            <comment>a time of day</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{weekday} {dd} {month}</source>
            <comment>a day</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{dd} {month}</source>
            <comment>a day, short</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{weekday} {dd} {month} {year}, {time}</source>
            <comment>a day and time</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{dd} {month} {time}</source>
            <comment>a day and time, short</comment>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Months</name>
        <message>
            <source>Jan</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Feb</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Mar</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Apr</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>May</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Jun</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Jul</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Aug</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Sep</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Oct</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Nov</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Dec</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>MusicWords</name>
        <message>
            <source>Not available on Windows yet: Limber speaks over your music there, at the music's own volume.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Not available on macOS: macOS gives apps no way to lower or pause another app's music, so Limber speaks over it.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Not available on this system: Limber speaks over your music, as it plays.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Limber cannot reach your music players (no D-Bus session), so it speaks over the music.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Limber cannot see your music players from its Flatpak sandbox, so it speaks over the music. To let it, run: {command}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Another Limber session is looking after your music, so this one leaves it alone.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Limber could not note what it changes on your music ({error}), so it leaves the music alone.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{name} is not answering, so Limber leaves it as it is.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Your music player</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{name} has no volume Limber can lower, so it plays on as it is (set "Your music" to pause it for the session instead).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Limber's note of what it changed on your music was damaged ({detail}) and was set aside, so it cannot put that music back as it was.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Limber could not read its note of what it changed on your music ({detail}), so it cannot put that music back as it was.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>MyRoutineActions</name>
        <message>
            <source>Limber routines (*.toml)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Save your changes to {name}?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>If you leave without saving, they are lost.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Save</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Leave without saving</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Keep editing</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Import a routine</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Export the routine</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>New routine</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Edit {name}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Copy of {name}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>this routine</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>You already have a routine with the id {id}. Replace it? (The old one is kept in the trash.)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Replace</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Saved {name}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{file} was not imported, because of what is in it:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>You already have a routine with the id {id} ({name}). Replace it with the one in {file}? (The old one is kept in the trash.)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Imported {name}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The routine has problems (shown beside the fields); fix them, then export it.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Nothing was exported:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Exported to {path}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Delete {name}? You can bring it back afterwards.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Delete</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Deleted {name}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Restore</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>It could not be brought back:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{name} is back.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>NoticeStrip</name>
        <message>
            <source>Notice</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Do what the notice offers</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Dismiss this notice</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Dismiss the notice</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Notices</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Every notice so far, newest first</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Notices so far</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>OpenWindow</name>
        <message>
            <source>limber: there is no display to open the window on (neither DISPLAY nor WAYLAND_DISPLAY is set); start it from your desktop, or use 'limber run ID --text' to be coached in this terminal</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>limber: the app cannot start: {error}; 'limber run ID --text' works without it</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Parser</name>
        <message>
            <source>Limber talks you through a warm-up before a run and a cool-down after it. With no command it opens the app.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>show the details of speech and sound problems (and Qt's own start-up messages) in the terminal</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>PlanOptions</name>
        <message>
            <source>fit the routine into N minutes: holds and the warm-down within their safe ranges, optional steps left out; says the shortest safe version if it cannot</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>hold-time scale, 0.5 to 2.0</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>seconds to get ready (default 10)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>--lead-in must be from 0 to {most} seconds, not {value}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>--minutes must be a number more than 0, not {value}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>--minutes picks the hold times itself; leave out --scale</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>PlanWords</name>
        <message>
            <source>Switch sides.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Halfway.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>If pain doesn't go away, or makes you limp, stop and get advice.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>If your knee hurts on the run, drop to a fast walk.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Drink plenty of water. Have some protein soon.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Well done. That's everything.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{routine}. Get ready. First, {exercise}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Next up, {exercise}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>left side</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>right side</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>left {part}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>right {part}</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>PreferenceWords</name>
        <message>
            <source>Voice and sound</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Timing</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Routines</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Display</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Remembered by the app</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Language</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The language Limber shows and speaks: every screen, the voice's cues and the routines. The window changes when Limber next starts.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Same as the system</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Speak the cues</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Read exercise names, counts and cues aloud. When off, tones and the screen still guide you.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Voice</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Which installed voice reads the cues. Empty means the clearest one installed.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Speaking speed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>How fast the voice speaks, in words per minute.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Voice volume</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Loudness of the voice, from silent (0) to full (1).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Tone volume</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Loudness of the tone at the end of each step, and of a tick or chime standing in for a word the voice cannot say. Full (1) is as loud as the voice.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Your music</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>What happens to music playing in another app during a session. Lower: while the coach speaks it goes down to about half as loud (quieter still on some players, such as mpv), and back up between cues; a stretch of counts stays down throughout. Pause: it fades out and pauses once the session starts, and plays again when it ends. Music you paused yourself is never started. Works with players that offer media controls (MPRIS), which most do.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Lower it while the coach speaks</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Pause it during the session</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Leave it as it is</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Time to get ready</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Seconds between pressing Start and the first step.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Pause between steps</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Seconds to move into the next exercise. -1 uses each routine's own pause.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the routine's default</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Hold length</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Makes timed holds and stretches shorter or longer: 0.5 halves them, 2 doubles them.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Prefer the gentle routines</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Offer the gentle, joint-friendly warm-up and cool-down first.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Ask how my knees feel</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Ask for a 0 to 10 knee score before a run and again after the cool-down.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Ask about my knees two hours after a run</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Two hours after a run day's cool-down, if Limber is still open, a desktop notification asks how your knees feel (pain worse than usual then means take it easier next time).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Theme</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Light or dark colours, or follow the system setting.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Light</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Dark</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Text size</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Makes all text smaller or larger, to read from across the room.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Reduce motion</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Exercise pictures show their moves by switching between two positions. With reduced motion each shows one still picture. "Same as the system" follows the desktop's reduced-motion or animation setting.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>On: one still picture</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Off: pictures move</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Start full screen</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Open the coach full screen.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Keep the window on top</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Keep the coach above other windows.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Last routines</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The routine last chosen for each kind (warm-up, cool-down, strength).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Window position and size</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Where the window was last; empty lets the system decide.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>seconds</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>words per minute</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>a voice id (see limber voices), or empty for the clearest installed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>base64 text, as saved by the app</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>true or false</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>a whole number from {low} to {high}{unit}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{special}{meaning} or {range}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>a number from {low} to {high}{unit}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>one of {choices}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>a JSON object of names to names, such as {"warm-up": "warmup-standard"}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>text</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>PrefsCommands</name>
        <message>
            <source>show or change the preferences</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Show every preference with its current value, or change one.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Keys and the values they take:
</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>print JSON</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>change one preference</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Change one preference; the value is checked before anything is saved.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>put one preference, or all of them, back to the default</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Put KEY back to its default, or every preference when no KEY is given.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source> (not saved yet: these are the defaults)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source> (read from {name})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Preferences file: {path}{note}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>All preferences are back to their defaults in {path}</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>PrefsDialog</name>
        <message>
            <source>Listing the installed voices…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{value} (not installed)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Preferences</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Preference groups</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Put every setting in this dialog back as it was when installed (nothing is saved until OK)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>More voices</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Also list the voices made for other languages (they would read your language's cues with a foreign accent)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Why the sample cannot be heard</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Hear it</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Say a sample in this voice, at this speed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Playing…</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>%n voice(s) installed</source>
            <translation>
                <numerusform>%n voices installed</numerusform>
                <numerusform>%n voices installed</numerusform>
            </translation>
        </message>
        <message>
            <source>No speech engine found: install espeak-ng for a voice</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>More voices: %n for other languages</source>
            <translation>
                <numerusform>More voices: %n for other languages</numerusform>
                <numerusform>More voices: %n for other languages</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Preview</name>
        <message>
            <source>left, then right</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>left and right in turn</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Times from your voice's clips, as the session runs it.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Times estimated from the words; the session fits them to your voice first.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Times estimated from the words: there is no voice to time them.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>timed with your voice</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>estimated</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>%n rep(s) each side</source>
            <translation>
                <numerusform>%n reps each side</numerusform>
                <numerusform>%n reps each side</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n rep(s)</source>
            <translation>
                <numerusform>%n reps</numerusform>
                <numerusform>%n reps</numerusform>
            </translation>
        </message>
        <message>
            <source>{time} each side</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>a routine</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>, line {line}</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ProblemWords</name>
        <message>
            <source>Id</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Name</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Kind</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Description</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Gentle</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Said at the end</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Steps</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Exercises</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Defaults</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Gap between steps</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Time to switch sides</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Hold time</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Seconds a rep</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>exercise</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>seconds</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>reps</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>seconds a rep</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>sides</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>said first</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>tips</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>halfway call</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>gap before it</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>time to switch sides</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>may be left out</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>name</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>kind</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>body parts</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>how to do it</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>picture</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>safety note</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>side part</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>or after a rep</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A tip after a rep only applies</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A tip after a rep needs</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>in “Said first” and the tips</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>in “Said first”</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Step {number}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{step}, tip {number}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{tip}, its time</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{tip}, its rep</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Exercise {id}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The routine has no steps yet: add at least one.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This cannot be left empty.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Type a whole number (seconds), not \1.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Type a whole number, not \1.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Type a number (seconds), not \1.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Type a number, not \1.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>\1 is out of range: use \2 to \3 seconds.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>\1 is out of range: use \2 to \3.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>\1 s falls outside the step: use more than 0 and less than \2 seconds.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Expected text in quotes, not empty.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Write words here, not \1.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Yes or no is wanted here, not \1.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Choose one of \1, not \2\3.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>There is no exercise \1 in the catalogue or the routine\2.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Limber does not know \1 here.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>“\1” is missing.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>An id must be lower-case letters, digits and hyphens (like 'ankle-circles'); \1 is not one.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>An exercise id must be lower-case letters, digits and hyphens (like 'ankle-circles'), got \1.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A picture name must be lower-case letters, digits and hyphens (like 'ankle-circles'), got \1.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The file is not written correctly here: \1.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The steps are not written as steps (\1).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A section was expected here, not \1.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Expected tables of exercises, got \1.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Expected a list of body areas like [“calf”], got \1.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Expected a list of tips like [{ at = “half”, say = “...” }], got \1.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Seconds a rep only applies to a counted step.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A tip after a rep only applies to a step with reps.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A tip after a rep needs a step of at least two reps.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A cue is said at a time or after a rep, not both.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A step is timed (seconds) or counted (reps), not both.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A time to switch sides only applies to a step done on each side.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Duplicate exercise id \1: the catalogue already has it; choose another id.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Holds the control character \1; spoken text is one line of plain words.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Holds the control character \1; only line breaks and tabs are allowed.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Holds the invisible character \1; delete it (it shows as nothing, or makes the text look like other text).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>\1 would be read out by the voice; say it in words.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The written words must be one line of 1 to \1 visible characters.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The voice can only say “left side” and “right side”: give the exercise \1 a side part (like “calf” or “leg back”) so it says which limb.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The tip “\1” has no room at this speech rate and hold time, so it is left out: use fewer words, or a longer hold.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A count takes \1 s to say at \2 words a minute, but the counts come every \3 s, so they run into each other: make seconds a rep at least \4 (a slower tempo), or raise the speech rate.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Counting waits \1 s for the opening words to be said: use fewer words in “Said first” and the tips.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The opening words run into the three-two-one of this \1 second step: use fewer words in “Said first”, or make the step longer.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>a table</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>a list</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>a number far too large</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>; did you mean {name}?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Line {line}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source> Did you mean {id}?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>no routine called {id}.{hint} Known routines: {known}</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Reading</name>
        <message>
            <source>How to do it</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Take care</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Next up</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>RoutineCommands</name>
        <message>
            <source>list the routines</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>print JSON</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>show a routine's plan: its steps, times and cues, timed with your voice's clips as a session runs it</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>routine id (see 'limber list')</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>estimate the times from the words instead of the voice's clips</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>check routine files (and a language's words for the built-ins, routines/i18n/XX.toml); exit 1 if any has a problem (warnings about cues that cannot fit do not count)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>limber: skipped: {problem}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source> (gentle)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>
Your own routines go in {user_routines_dir}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>limber: warning: {warning}</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>, %n warning(s)</source>
            <translation>
                <numerusform>, %n warning(s)</numerusform>
                <numerusform>, %n warning(s)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>{valid} of %n file(s) valid{counted}</source>
            <translation>
                <numerusform>{valid} of %n file(s) valid{counted}</numerusform>
                <numerusform>{valid} of %n file(s) valid{counted}</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>RoutineEditor</name>
        <message>
            <source>My routine</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>a built-in routine has this id; try {id}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the routine has problems; fix them first</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{routine}, my copy</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>RoutineFileCommands</name>
        <message>
            <source>check a routine file and add it to your routines</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>replace your routine with the same id (the old one goes to the trash)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>write a routine to a file that imports anywhere</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>routine id (see 'limber list')</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the file to write, or - for standard output</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>overwrite FILE if it exists (a link is followed, never replaced)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>move one of your routines to the trash</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>list the routines in the trash</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>bring a routine back from the trash</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>routine id (see 'limber trash')</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>nothing imported</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>imported {id} ({name}) into {path}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>limber: exported as {id!r} (a built-in's id is its own)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>nothing written</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source> (as {id!r}: a built-in's id is its own)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>exported {id!r} to {file}{renamed}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>nothing deleted</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>deleted {id!r}; a copy is kept in {kept}
bring it back with: limber restore {id}</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>%n routine(s) in {folder}</source>
            <translation>
                <numerusform>%n routine(s) in {folder}</numerusform>
                <numerusform>%n routine(s) in {folder}</numerusform>
            </translation>
        </message>
        <message>
            <source>nothing restored</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>restored {id} ({name}) into {path}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the routine it replaced is kept in {trashed}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>; add --replace to replace it</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>RunCommand</name>
        <message>
            <source>run a routine (in the app, or --text in this terminal)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>routine id (see 'limber list')</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>run in the terminal instead of the app</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>run X times faster, from {low} to {high}: a preview, not recorded as a session</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>do not speak</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>(A preview: not recorded in your history.)</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>RunDayWords</name>
        <message>
            <source>Start my run day</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Back from your run? Cool down now</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Finish your run day: cool down</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Go on with your run day: go run</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>End the run day</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>I didn't run</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Warm up again</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Your run day is not finished: “{button}” at the top of home starts the cool-down.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{n} %</source>
            <comment>a percentage</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>no cool-down found</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Next: {cool_down}, then how your knees feel.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Your warm-up stopped at {percent}. Go run now, then {cool_down}; or warm up again.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>knee check</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>no warm-up found</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>your run</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Go run</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>since your warm-up</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>If it keeps hurting, walk home and give it a rest; press I'm back when you are, and cool down.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Enter: I'm back · Esc: end the run day</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>End the run day?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Your warm-up stays in your history; the run and the cool-down are not done today.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No run today?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The cool-down still does your legs good after the warm-up. Or end the day here.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cool down now</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Keep going</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No run</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Your run: {time}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Your warm-up stopped at {percent}, so your run day is waiting: go run now, warm up again, or end the day.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Go run now</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Your cool-down stopped at {percent}, so your run day is not finished: cool down again, or end the day.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cool down again</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>How are your knees?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>It's two hours since your cool-down. How do your knees feel now, from 0 (no pain) to 10? If they hurt more than before your run, take it easier next time.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Safety</name>
        <message>
            <source>Copy</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Copy these signs, to keep or to show someone</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ScoreRow</name>
        <message>
            <source>{score} out of 10</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>SelfcheckCommand</name>
        <message>
            <source>only these ({checks}); all by default</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>no check {unknown}; the checks: {checks}</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>SessionView</name>
        <message>
            <source>Routine</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Voice preparation</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Step</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Time left in the routine</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Routine progress</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>What comes now</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Exercise</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Stop (Esc)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Stop the routine</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Keep going (Space)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Keep going</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Take care: {note}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Paused</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Preparing the voice… {ready}/{total}</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ShowWords</name>
        <message>
            <source>lead-in</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>exercise</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>switch</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>gap</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>left</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>right</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>both</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>SpeechCommands</name>
        <message>
            <source>list the voices of every installed engine (* = the default)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>speak a phrase with the cue voice, or save it to a file</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>what to say</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>voice id (see 'limber voices'); default: your saved voice</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>words per minute, {low} to {high}; default: your saved rate</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>write a WAV file instead</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>clearest</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>clear</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>fair</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>muffled (telephone quality)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>robotic</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>ENGINE</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>NAME</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>LANGUAGE</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>QUALITY</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>%n voice(s); * the default, the clearest installed ('limber say --voice ID TEXT' to try one)</source>
            <translation>
                <numerusform>%n voices; * the default, the clearest installed ('limber say --voice ID TEXT' to try one)</numerusform>
                <numerusform>%n voices; * the default, the clearest installed ('limber say --voice ID TEXT' to try one)</numerusform>
            </translation>
        </message>
        <message>
            <source>nothing to say</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>--rate must be {low} to {high} words a minute</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>no folder {parent}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>there is no voice {voice!r} (see 'limber voices')</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{exc} (details in {log_path})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>cannot store the clip: {value}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>cannot write {to}: {value}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{problem} Use --to FILE.wav to save the phrase instead.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>SpeechWords</name>
        <message>
            <source>The voice is still being prepared; a chime stands in for the cues that are not ready yet.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Some cues could not be made into clear speech, so a chime stands in for them. Limber will try them again next time.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No audio output is available, so Limber runs silently.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The sound system stopped answering; Limber carries on without sound until it is back.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Preparing the voice failed; Limber carries on with tones instead of the voice.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The speech engine stopped working. Limber carries on with tones instead of the voice.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cannot store the voice clips in \1 (\2); Limber carries on with tones instead of the voice.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>\1 Limber carries on with tones instead of the voice.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The voice \1 is not installed; the \2 speaks instead.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The \1 does not work on this computer; the \2 speaks instead.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No speech engine: the pyttsx3 package is missing (pip install pyttsx3). Until then a chime stands in for the spoken cues.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No speech engine: espeak-ng is not installed. To hear the cues, install espeak-ng (on Debian or Ubuntu: sudo apt install espeak-ng). Until then a chime stands in for the spoken cues.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>\1 Until then a chime stands in for the spoken cues.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A sound file of Limber's is missing or damaged (\1); reinstall Limber.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>default {engine} voice</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{engine} voice {voice}</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>StorageWords</name>
        <message>
            <source>\1 is a folder, not a preferences file; Limber cannot save preferences until it is moved or removed.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Could not read \1 (\2).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Your preferences file \1 is damaged (\2) and could not be moved aside (\3); it will not be overwritten.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Your preferences file was damaged (\1); it has been kept as \2.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Limber is using the default preferences.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The backup \1 could not be used either (\2); Limber is using the default preferences.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Limber is using your preferences from the backup, \1.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>\1: \2 = \3 is not valid; using the default, \4.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>\1: schema_version \2 is not valid; read it as version \3.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>\1: ignored these unknown settings: \2.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A kept history entry was dropped (\1).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Your history file was damaged (\1). It has been kept as \2, and a new history has been started.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The history cannot be used: \1. Sessions and check-ins from this run will not be kept.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A history entry waiting in \1 could not be read (\2); the file is left as it is.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A history entry waiting in \1 could not be read (\2); the file is kept as \3.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>TerminalRun</name>
        <message>
            <source>--speed must be from {low} to {high} (times real time; 1 is a real session), not {speed}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Get ready - first up: {exercise}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Next up: {exercise}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Switch sides: {exercise}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{exercise} - LEFT</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{exercise} - RIGHT</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{exercise} - alternate sides</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>Paused: the clock jumped {seconds} s (was the computer asleep?); %n late cue(s) skipped.</source>
            <translation>
                <numerusform>Paused: the clock jumped {seconds} s (was the computer asleep?); %n late cues skipped.</numerusform>
                <numerusform>Paused: the clock jumped {seconds} s (was the computer asleep?); %n late cues skipped.</numerusform>
            </translation>
        </message>
        <message>
            <source>Paused. Press Ctrl-C to stop.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source> rep {rep}/{reps}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{seconds} s   (total left {time})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Stopped: {routine}, {percent}% done in {time}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Finished: {routine}, {percent}% done in {time}.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>TypedValues</name>
        <message>
            <source>invalid value {value} for {key}: expected {expected}</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>VoiceChoices</name>
        <message>
            <source>Left side. Hold it gently, and breathe. Five, four, three, two, one.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Automatic: the clearest voice installed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{voice} (not installed)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The sample cannot be said: {problem}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The sample cannot be stored: {problem}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The sample cannot be heard. {problem}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>there is no voice {voice}. The installed voices (set one by its id, or an empty value for the system's default):
{listing}</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>VoiceFit</name>
        <message>
            <source>Preparing the voice: {done}/{total} phrases</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Preparing the voice: ready.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Weekdays</name>
        <message>
            <source>Mon</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Tue</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Wed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Thu</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Fri</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Sat</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Sun</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Window</name>
        <message>
            <source>Menu</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Preferences…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>History</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>New routine…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Import a routine…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>When to stop and get advice</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>About {APP_NAME}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Quit</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Paused: the computer was asleep or busy for {seconds} s. Press Space to carry on.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>An offline coach that talks you through a warm-up before a run and a cool-down after it.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>WindowWords</name>
        <message>
            <source>{min} min</source>
            <comment>minutes</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Limber is a coach, not medical advice: if something hurts, stop, and ask a doctor or physiotherapist.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Refuel</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Drink some water now, and keep sipping through the day. Have something with protein soon: a meal or a shake (about 20 g is plenty for most people).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Check again in about two hours.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Go easier next time: shorter, slower or flatter.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>When to stop and get advice</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Get help the same day if</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>you cannot put weight on the leg</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the joint is badly swollen</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the knee locks or gives way</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the joint is hot and red and you feel feverish</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Stop, and see a doctor or physiotherapist if you have</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>sharp or stabbing pain</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>a limp</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>pain that lasts more than two hours, or is worse at night</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>swelling that keeps growing, or a joint that is hot or red</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Ease off next time if</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the joint hurts more two hours after exercise than it did before: do less, or go gentler</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>For a sore joint</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>rest it for two or three days</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>use ice wrapped in a cloth for about 15 minutes, every two to three hours</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>if pain comes on during a run, drop to an easy jog or a brisk walk</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{s} s</source>
            <comment>seconds</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{h} h {min} min</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{h} h</source>
            <comment>hours</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{min} min {s} s</source>
            <translation type="unfinished" />
        </message>
    </context>
</TS>
