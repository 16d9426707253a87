<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es" sourcelanguage="en">
    <context>
        <name>Actions</name>
        <message>
            <source>Previous</source>
            <translation>Anterior</translation>
        </message>
        <message>
            <source>Back to the previous exercise, or restart this one</source>
            <translation>Volver al ejercicio anterior, o empezar este de nuevo</translation>
        </message>
        <message>
            <source>Pause</source>
            <translation>Pausa</translation>
        </message>
        <message>
            <source>Pause or resume</source>
            <translation>Pausar o seguir</translation>
        </message>
        <message>
            <source>Skip</source>
            <translation>Saltar</translation>
        </message>
        <message>
            <source>Skip to the next part</source>
            <translation>Saltar a la siguiente parte</translation>
        </message>
        <message>
            <source>+{seconds} s</source>
            <translation>+{seconds} s</translation>
        </message>
        <message>
            <source>{seconds} more seconds for this part</source>
            <translation>{seconds} segundos más para esta parte</translation>
        </message>
        <message>
            <source>Mute</source>
            <translation>Silenciar</translation>
        </message>
        <message>
            <source>Mute or unmute the voice</source>
            <translation>Silenciar o activar la voz</translation>
        </message>
        <message>
            <source>Full screen</source>
            <translation>Pantalla completa</translation>
        </message>
        <message>
            <source>Full screen on or off</source>
            <translation>Pantalla completa sí o no</translation>
        </message>
        <message>
            <source>On top</source>
            <translation>Encima</translation>
        </message>
        <message>
            <source>Keep the window above other windows</source>
            <translation>Mantener la ventana encima de las demás</translation>
        </message>
        <message>
            <source>Stop</source>
            <translation>Parar</translation>
        </message>
        <message>
            <source>Stop this routine</source>
            <translation>Parar esta rutina</translation>
        </message>
        <message>
            <source>Resume</source>
            <translation>Seguir</translation>
        </message>
        <message>
            <source>Unmute</source>
            <translation>Con sonido</translation>
        </message>
        <message>
            <source>Leave full screen</source>
            <translation>Salir de pantalla completa</translation>
        </message>
    </context>
    <context>
        <name>Advice</name>
        <message>
            <source>Good to go</source>
            <translation>Adelante</translation>
        </message>
        <message>
            <source>Warm up as planned and enjoy the run.</source>
            <translation>Calienta como tenías pensado y disfruta la carrera.</translation>
        </message>
        <message>
            <source>Take it easy today</source>
            <translation>Hoy, con calma</translation>
        </message>
        <message>
            <source>Try the gentle warm-up, then a walk–jog: run a minute, walk a minute, and keep to flat, soft ground. Stop if the pain builds.</source>
            <translation>Prueba el calentamiento suave y luego alterna caminar y trotar: un minuto corriendo, un minuto caminando, por terreno llano y blando. Para si el dolor aumenta.</translation>
        </message>
        <message>
            <source>Best to skip the run today</source>
            <translation>Mejor no correr hoy</translation>
        </message>
        <message>
            <source>Give your knees a rest from running. Gentle mobility or an easy walk keeps them moving without the pounding. If the pain stays, get it checked.</source>
            <translation>Dales a tus rodillas un descanso de correr. Movilidad suave o un paseo tranquilo las mantienen en movimiento sin impactos. Si el dolor sigue, que te lo revisen.</translation>
        </message>
        <message>
            <source>You said {score} out of 10.</source>
            <translation>Dijiste {score} de 10.</translation>
        </message>
        <message>
            <source>That is more than before your run ({before}).</source>
            <translation>Es más que antes de correr ({before}).</translation>
        </message>
        <message>
            <source>That is more than before your warm-up ({before}).</source>
            <translation>Es más que antes de calentar ({before}).</translation>
        </message>
        <message>
            <source>Before your run it was {before}.</source>
            <translation>Antes de correr era {before}.</translation>
        </message>
        <message>
            <source>Before your warm-up it was {before}.</source>
            <translation>Antes de calentar era {before}.</translation>
        </message>
        <message>
            <source>If your knees hurt more then than before the run, go easier next time: shorter, slower or flatter.</source>
            <translation>Si entonces te duelen las rodillas más que antes de correr, ve más suave la próxima vez: más corto, más lento o más llano.</translation>
        </message>
        <message>
            <source>Start the {routine}</source>
            <translation>Empezar: {routine}</translation>
        </message>
        <message>
            <source>Keep the {routine}</source>
            <translation>Seguir con: {routine}</translation>
        </message>
        <message>
            <source>Rest today</source>
            <translation>Descansar hoy</translation>
        </message>
        <message>
            <source>Warm up anyway</source>
            <translation>Calentar de todos modos</translation>
        </message>
        <message>
            <source>Do the {routine} instead</source>
            <translation>Mejor: {routine}</translation>
        </message>
    </context>
    <context>
        <name>Application</name>
        <message>
            <source>start this routine at once</source>
            <translation>empezar esta rutina enseguida</translation>
        </message>
        <message>
            <source>fit the routines to this length</source>
            <translation>ajustar las rutinas a esta duración</translation>
        </message>
    </context>
    <context>
        <name>Argparse</name>
        <message>
            <source>usage: </source>
            <translation>uso: </translation>
        </message>
        <message>
            <source>positional arguments</source>
            <translation>argumentos</translation>
        </message>
        <message>
            <source>options</source>
            <translation>opciones</translation>
        </message>
        <message>
            <source>show this help message and exit</source>
            <translation>mostrar esta ayuda y salir</translation>
        </message>
        <message>
            <source>argument %(argument_name)s: %(message)s</source>
            <translation>argumento %(argument_name)s: %(message)s</translation>
        </message>
        <message>
            <source>unrecognized arguments: %s</source>
            <translation>argumentos no reconocidos: %s</translation>
        </message>
        <message>
            <source>the following arguments are required: %s</source>
            <translation>faltan estos argumentos: %s</translation>
        </message>
        <message>
            <source>one of the arguments %s is required</source>
            <translation>falta uno de estos argumentos: %s</translation>
        </message>
        <message>
            <source>not allowed with argument %s</source>
            <translation>no se permite con el argumento %s</translation>
        </message>
        <message>
            <source>ignored explicit argument %r</source>
            <translation>se ignoró el argumento %r</translation>
        </message>
        <message>
            <source>expected one argument</source>
            <translation>se esperaba un argumento</translation>
        </message>
        <message>
            <source>expected at most one argument</source>
            <translation>se esperaba como mucho un argumento</translation>
        </message>
        <message>
            <source>expected at least one argument</source>
            <translation>se esperaba al menos un argumento</translation>
        </message>
        <message>
            <source>ambiguous option: %(option)s could match %(matches)s</source>
            <translation>opción ambigua: %(option)s puede ser %(matches)s</translation>
        </message>
        <message>
            <source>unexpected option string: %s</source>
            <translation>opción inesperada: %s</translation>
        </message>
        <message>
            <source>invalid %(type)s value: %(value)r</source>
            <translation>valor %(type)s no válido: %(value)r</translation>
        </message>
        <message>
            <source>invalid choice: %(value)r (choose from %(choices)s)</source>
            <translation>opción no válida: %(value)r (elige entre %(choices)s)</translation>
        </message>
        <message>
            <source>%(prog)s: error: %(message)s
</source>
            <translation>%(prog)s: error: %(message)s
</translation>
        </message>
        <message>
            <source>can't open '%(filename)s': %(error)s</source>
            <translation>no se puede abrir '%(filename)s': %(error)s</translation>
        </message>
        <message>
            <source>show program's version number and exit</source>
            <translation>mostrar la versión y salir</translation>
        </message>
    </context>
    <context>
        <name>AudioOutput</name>
        <message>
            <source>No audio output found (no sound card, or the sound system is not running); Limber carries on without sound.</source>
            <translation>No se encontró salida de audio (no hay tarjeta de sonido, o el sistema de sonido no está en marcha); Limber sigue sin sonido.</translation>
        </message>
        <message>
            <source>The audio output does not take {rate} Hz, {channels}-channel sound.</source>
            <translation>La salida de audio no acepta sonido a {rate} Hz con {channels} canales.</translation>
        </message>
        <message>
            <source>The audio output failed to start ({error}); Limber carries on without sound.</source>
            <translation>La salida de audio no pudo arrancar ({error}); Limber sigue sin sonido.</translation>
        </message>
    </context>
    <context>
        <name>CatalogueWords</name>
        <message>
            <source>walk</source>
            <translation>caminar</translation>
        </message>
        <message>
            <source>mobilise</source>
            <translation>movilidad</translation>
        </message>
        <message>
            <source>dynamic</source>
            <translation>dinámico</translation>
        </message>
        <message>
            <source>static stretch</source>
            <translation>estiramiento mantenido</translation>
        </message>
        <message>
            <source>strength</source>
            <translation>fuerza</translation>
        </message>
        <message>
            <source>prompt</source>
            <translation>aviso</translation>
        </message>
        <message>
            <source>ankle</source>
            <translation>tobillo</translation>
        </message>
        <message>
            <source>knee</source>
            <translation>rodilla</translation>
        </message>
        <message>
            <source>hip</source>
            <translation>cadera</translation>
        </message>
        <message>
            <source>calf</source>
            <translation>gemelo</translation>
        </message>
        <message>
            <source>hamstring</source>
            <translation>isquiotibiales</translation>
        </message>
        <message>
            <source>quad</source>
            <translation>cuádriceps</translation>
        </message>
        <message>
            <source>glute</source>
            <translation>glúteo</translation>
        </message>
        <message>
            <source>adductor</source>
            <translation>aductor</translation>
        </message>
        <message>
            <source>upper body</source>
            <translation>tren superior</translation>
        </message>
        <message>
            <source>whole body</source>
            <translation>todo el cuerpo</translation>
        </message>
        <message>
            <source>warm-up</source>
            <translation>calentamiento</translation>
        </message>
        <message>
            <source>cool-down</source>
            <translation>vuelta a la calma</translation>
        </message>
        <message>
            <source>other</source>
            <translation>otra</translation>
        </message>
        <message>
            <source>built-in</source>
            <translation>incluida</translation>
        </message>
        <message>
            <source>user</source>
            <translation>tuya</translation>
        </message>
    </context>
    <context>
        <name>Checkin</name>
        <message>
            <source>Routine about to start</source>
            <translation>Rutina que va a empezar</translation>
        </message>
        <message>
            <source>How do your knees feel today?</source>
            <translation>¿Cómo notas hoy las rodillas?</translation>
        </message>
        <message>
            <source>0 is no pain at all; 10 is the worst pain you can imagine. Type a number or click one, then Enter.</source>
            <translation>0 es nada de dolor; 10, el peor dolor que puedas imaginar. Escribe o pulsa un número y luego Intro.</translation>
        </message>
        <message>
            <source>Advice</source>
            <translation>Consejo</translation>
        </message>
        <message>
            <source>Start without a score</source>
            <translation>Empezar sin nota</translation>
        </message>
        <message>
            <source>Skip the knee check this time</source>
            <translation>Saltar la pregunta de rodillas esta vez</translation>
        </message>
        <message>
            <source>Back (Esc)</source>
            <translation>Atrás (Esc)</translation>
        </message>
        <message>
            <source>Back</source>
            <translation>Atrás</translation>
        </message>
        <message>
            <source>Back to the routines</source>
            <translation>Volver a las rutinas</translation>
        </message>
        <message>
            <source>Before the {routine}</source>
            <translation>Antes de: {routine}</translation>
        </message>
    </context>
    <context>
        <name>Choices</name>
        <message>
            <source>Warm-up</source>
            <translation>Calentamiento</translation>
        </message>
        <message>
            <source>Cool-down</source>
            <translation>Vuelta a la calma</translation>
        </message>
        <message>
            <source>Strength</source>
            <translation>Fuerza</translation>
        </message>
        <message>
            <source>Other</source>
            <translation>Otras</translation>
        </message>
        <message>
            <source>Mine</source>
            <translation>Mías</translation>
        </message>
    </context>
    <context>
        <name>ClipChecks</name>
        <message>
            <source>Lift your knee, then lower it slowly. Breathe out, and switch sides.</source>
            <translation>Sube la rodilla y bájala despacio. Suelta el aire y cambia de lado.</translation>
        </message>
    </context>
    <context>
        <name>Controller</name>
        <message>
            <source>Your settings could not be saved ({error}).</source>
            <translation>No se pudieron guardar tus ajustes ({error}).</translation>
        </message>
    </context>
    <context>
        <name>Countdown</name>
        <message numerus="yes">
            <source>%n second(s)</source>
            <translation>
                <numerusform>%n segundo</numerusform>
                <numerusform>%n segundos</numerusform>
            </translation>
        </message>
        <message>
            <source>Time left in this step</source>
            <translation>Tiempo que queda en este paso</translation>
        </message>
    </context>
    <context>
        <name>Counts</name>
        <message>
            <source>zero</source>
            <translation>cero</translation>
        </message>
        <message>
            <source>one</source>
            <translation>uno</translation>
        </message>
        <message>
            <source>two</source>
            <translation>dos</translation>
        </message>
        <message>
            <source>three</source>
            <translation>tres</translation>
        </message>
        <message>
            <source>four</source>
            <translation>cuatro</translation>
        </message>
        <message>
            <source>five</source>
            <translation>cinco</translation>
        </message>
        <message>
            <source>six</source>
            <translation>seis</translation>
        </message>
        <message>
            <source>seven</source>
            <translation>siete</translation>
        </message>
        <message>
            <source>eight</source>
            <translation>ocho</translation>
        </message>
        <message>
            <source>nine</source>
            <translation>nueve</translation>
        </message>
        <message>
            <source>ten</source>
            <translation>diez</translation>
        </message>
        <message>
            <source>eleven</source>
            <translation>once</translation>
        </message>
        <message>
            <source>twelve</source>
            <translation>doce</translation>
        </message>
        <message>
            <source>thirteen</source>
            <translation>trece</translation>
        </message>
        <message>
            <source>fourteen</source>
            <translation>catorce</translation>
        </message>
        <message>
            <source>fifteen</source>
            <translation>quince</translation>
        </message>
        <message>
            <source>sixteen</source>
            <translation>dieciséis</translation>
        </message>
        <message>
            <source>seventeen</source>
            <translation>diecisiete</translation>
        </message>
        <message>
            <source>eighteen</source>
            <translation>dieciocho</translation>
        </message>
        <message>
            <source>nineteen</source>
            <translation>diecinueve</translation>
        </message>
        <message>
            <source>twenty</source>
            <translation>veinte</translation>
        </message>
        <message>
            <source>twenty one</source>
            <translation>veintiuno</translation>
        </message>
        <message>
            <source>twenty two</source>
            <translation>veintidós</translation>
        </message>
        <message>
            <source>twenty three</source>
            <translation>veintitrés</translation>
        </message>
        <message>
            <source>twenty four</source>
            <translation>veinticuatro</translation>
        </message>
        <message>
            <source>twenty five</source>
            <translation>veinticinco</translation>
        </message>
        <message>
            <source>twenty six</source>
            <translation>veintiséis</translation>
        </message>
        <message>
            <source>twenty seven</source>
            <translation>veintisiete</translation>
        </message>
        <message>
            <source>twenty eight</source>
            <translation>veintiocho</translation>
        </message>
        <message>
            <source>twenty nine</source>
            <translation>veintinueve</translation>
        </message>
        <message>
            <source>thirty</source>
            <translation>treinta</translation>
        </message>
        <message>
            <source>thirty one</source>
            <translation>treinta y uno</translation>
        </message>
        <message>
            <source>thirty two</source>
            <translation>treinta y dos</translation>
        </message>
        <message>
            <source>thirty three</source>
            <translation>treinta y tres</translation>
        </message>
        <message>
            <source>thirty four</source>
            <translation>treinta y cuatro</translation>
        </message>
        <message>
            <source>thirty five</source>
            <translation>treinta y cinco</translation>
        </message>
        <message>
            <source>thirty six</source>
            <translation>treinta y seis</translation>
        </message>
        <message>
            <source>thirty seven</source>
            <translation>treinta y siete</translation>
        </message>
        <message>
            <source>thirty eight</source>
            <translation>treinta y ocho</translation>
        </message>
        <message>
            <source>thirty nine</source>
            <translation>treinta y nueve</translation>
        </message>
        <message>
            <source>forty</source>
            <translation>cuarenta</translation>
        </message>
        <message>
            <source>forty one</source>
            <translation>cuarenta y uno</translation>
        </message>
        <message>
            <source>forty two</source>
            <translation>cuarenta y dos</translation>
        </message>
        <message>
            <source>forty three</source>
            <translation>cuarenta y tres</translation>
        </message>
        <message>
            <source>forty four</source>
            <translation>cuarenta y cuatro</translation>
        </message>
        <message>
            <source>forty five</source>
            <translation>cuarenta y cinco</translation>
        </message>
        <message>
            <source>forty six</source>
            <translation>cuarenta y seis</translation>
        </message>
        <message>
            <source>forty seven</source>
            <translation>cuarenta y siete</translation>
        </message>
        <message>
            <source>forty eight</source>
            <translation>cuarenta y ocho</translation>
        </message>
        <message>
            <source>forty nine</source>
            <translation>cuarenta y nueve</translation>
        </message>
        <message>
            <source>fifty</source>
            <translation>cincuenta</translation>
        </message>
        <message>
            <source>fifty one</source>
            <translation>cincuenta y uno</translation>
        </message>
        <message>
            <source>fifty two</source>
            <translation>cincuenta y dos</translation>
        </message>
        <message>
            <source>fifty three</source>
            <translation>cincuenta y tres</translation>
        </message>
        <message>
            <source>fifty four</source>
            <translation>cincuenta y cuatro</translation>
        </message>
        <message>
            <source>fifty five</source>
            <translation>cincuenta y cinco</translation>
        </message>
        <message>
            <source>fifty six</source>
            <translation>cincuenta y seis</translation>
        </message>
        <message>
            <source>fifty seven</source>
            <translation>cincuenta y siete</translation>
        </message>
        <message>
            <source>fifty eight</source>
            <translation>cincuenta y ocho</translation>
        </message>
        <message>
            <source>fifty nine</source>
            <translation>cincuenta y nueve</translation>
        </message>
        <message>
            <source>sixty</source>
            <translation>sesenta</translation>
        </message>
        <message>
            <source>sixty one</source>
            <translation>sesenta y uno</translation>
        </message>
        <message>
            <source>sixty two</source>
            <translation>sesenta y dos</translation>
        </message>
        <message>
            <source>sixty three</source>
            <translation>sesenta y tres</translation>
        </message>
        <message>
            <source>sixty four</source>
            <translation>sesenta y cuatro</translation>
        </message>
        <message>
            <source>sixty five</source>
            <translation>sesenta y cinco</translation>
        </message>
        <message>
            <source>sixty six</source>
            <translation>sesenta y seis</translation>
        </message>
        <message>
            <source>sixty seven</source>
            <translation>sesenta y siete</translation>
        </message>
        <message>
            <source>sixty eight</source>
            <translation>sesenta y ocho</translation>
        </message>
        <message>
            <source>sixty nine</source>
            <translation>sesenta y nueve</translation>
        </message>
        <message>
            <source>seventy</source>
            <translation>setenta</translation>
        </message>
        <message>
            <source>seventy one</source>
            <translation>setenta y uno</translation>
        </message>
        <message>
            <source>seventy two</source>
            <translation>setenta y dos</translation>
        </message>
        <message>
            <source>seventy three</source>
            <translation>setenta y tres</translation>
        </message>
        <message>
            <source>seventy four</source>
            <translation>setenta y cuatro</translation>
        </message>
        <message>
            <source>seventy five</source>
            <translation>setenta y cinco</translation>
        </message>
        <message>
            <source>seventy six</source>
            <translation>setenta y seis</translation>
        </message>
        <message>
            <source>seventy seven</source>
            <translation>setenta y siete</translation>
        </message>
        <message>
            <source>seventy eight</source>
            <translation>setenta y ocho</translation>
        </message>
        <message>
            <source>seventy nine</source>
            <translation>setenta y nueve</translation>
        </message>
        <message>
            <source>eighty</source>
            <translation>ochenta</translation>
        </message>
        <message>
            <source>eighty one</source>
            <translation>ochenta y uno</translation>
        </message>
        <message>
            <source>eighty two</source>
            <translation>ochenta y dos</translation>
        </message>
        <message>
            <source>eighty three</source>
            <translation>ochenta y tres</translation>
        </message>
        <message>
            <source>eighty four</source>
            <translation>ochenta y cuatro</translation>
        </message>
        <message>
            <source>eighty five</source>
            <translation>ochenta y cinco</translation>
        </message>
        <message>
            <source>eighty six</source>
            <translation>ochenta y seis</translation>
        </message>
        <message>
            <source>eighty seven</source>
            <translation>ochenta y siete</translation>
        </message>
        <message>
            <source>eighty eight</source>
            <translation>ochenta y ocho</translation>
        </message>
        <message>
            <source>eighty nine</source>
            <translation>ochenta y nueve</translation>
        </message>
        <message>
            <source>ninety</source>
            <translation>noventa</translation>
        </message>
        <message>
            <source>ninety one</source>
            <translation>noventa y uno</translation>
        </message>
        <message>
            <source>ninety two</source>
            <translation>noventa y dos</translation>
        </message>
        <message>
            <source>ninety three</source>
            <translation>noventa y tres</translation>
        </message>
        <message>
            <source>ninety four</source>
            <translation>noventa y cuatro</translation>
        </message>
        <message>
            <source>ninety five</source>
            <translation>noventa y cinco</translation>
        </message>
        <message>
            <source>ninety six</source>
            <translation>noventa y seis</translation>
        </message>
        <message>
            <source>ninety seven</source>
            <translation>noventa y siete</translation>
        </message>
        <message>
            <source>ninety eight</source>
            <translation>noventa y ocho</translation>
        </message>
        <message>
            <source>ninety nine</source>
            <translation>noventa y nueve</translation>
        </message>
        <message>
            <source>one hundred</source>
            <translation>cien</translation>
        </message>
    </context>
    <context>
        <name>DayFlow</name>
        <message>
            <source>Your run day could not be saved ({error}). The routines themselves are not affected.</source>
            <translation>No se pudo guardar tu día de carrera ({error}). Las rutinas no se ven afectadas.</translation>
        </message>
    </context>
    <context>
        <name>Display</name>
        <message>
            <source>◀ LEFT</source>
            <translation>◀ IZQUIERDA</translation>
        </message>
        <message>
            <source>RIGHT ▶</source>
            <translation>DERECHA ▶</translation>
        </message>
        <message>
            <source>LEFT &amp; RIGHT</source>
            <translation>IZQ. Y DER.</translation>
        </message>
        <message>
            <source>PAUSED</source>
            <translation>PAUSA</translation>
        </message>
        <message>
            <source>Paused</source>
            <translation>En pausa</translation>
        </message>
        <message>
            <source>GET READY</source>
            <translation>PREPÁRATE</translation>
        </message>
        <message>
            <source>SWITCH ▶</source>
            <translation>CAMBIO ▶</translation>
        </message>
        <message>
            <source>First up, left side first</source>
            <translation>Primero, empieza por la izquierda</translation>
        </message>
        <message>
            <source>First up</source>
            <translation>Primero</translation>
        </message>
        <message>
            <source>Left side first</source>
            <translation>Empieza por la izquierda</translation>
        </message>
        <message>
            <source>Get into position</source>
            <translation>Colócate</translation>
        </message>
        <message>
            <source>Switch to the right side</source>
            <translation>Cambia al lado derecho</translation>
        </message>
        <message>
            <source>Rep {rep} of {reps}</source>
            <translation>Repetición {rep} de {reps}</translation>
        </message>
        <message>
            <source> of {reps}</source>
            <translation> de {reps}</translation>
        </message>
        <message>
            <source>{seconds} s left</source>
            <translation>quedan {seconds} s</translation>
        </message>
        <message>
            <source>Press Space to carry on</source>
            <translation>Pulsa Espacio para seguir</translation>
        </message>
        <message>
            <source>Next: {exercise}</source>
            <translation>Ahora: {exercise}</translation>
        </message>
        <message>
            <source>Last one</source>
            <translation>El último</translation>
        </message>
        <message>
            <source>Then: {exercise}</source>
            <translation>Después: {exercise}</translation>
        </message>
        <message>
            <source>Picture: {exercise}</source>
            <translation>Imagen: {exercise}</translation>
        </message>
        <message>
            <source>Step {step} of {steps}</source>
            <translation>Paso {step} de {steps}</translation>
        </message>
        <message>
            <source>{time} left</source>
            <translation>quedan {time}</translation>
        </message>
        <message>
            <source>You are on step {step} of {steps} of {routine}.</source>
            <translation>Vas por el paso {step} de {steps} de {routine}.</translation>
        </message>
        <message>
            <source>Stop and close Limber? {where}</source>
            <translation>¿Parar y cerrar Limber? {where}</translation>
        </message>
        <message>
            <source>Stop here? {where}</source>
            <translation>¿Parar aquí? {where}</translation>
        </message>
    </context>
    <context>
        <name>Editor</name>
        <message>
            <source>once (no sides)</source>
            <translation>una vez (sin lados)</translation>
        </message>
        <message>
            <source>each side: left, then right</source>
            <translation>cada lado: izquierda, luego derecha</translation>
        </message>
        <message>
            <source>alternating left and right</source>
            <translation>alternando izquierda y derecha</translation>
        </message>
        <message>
            <source>Add a step: Add from catalogue… or New exercise…</source>
            <translation>Añade un paso: Del catálogo… o Nuevo ejercicio…</translation>
        </message>
        <message>
            <source>after</source>
            <comment>a tip said after a rep: after 8: Other way.</comment>
            <translation>tras</translation>
        </message>
        <message>
            <source>← Back</source>
            <translation>← Atrás</translation>
        </message>
        <message>
            <source>Back</source>
            <translation>Atrás</translation>
        </message>
        <message>
            <source>Undo</source>
            <translation>Deshacer</translation>
        </message>
        <message>
            <source>Undo (Ctrl+Z)</source>
            <translation>Deshacer (Ctrl+Z)</translation>
        </message>
        <message>
            <source>Redo</source>
            <translation>Rehacer</translation>
        </message>
        <message>
            <source>Redo (Ctrl+Shift+Z)</source>
            <translation>Rehacer (Ctrl+Mayús+Z)</translation>
        </message>
        <message>
            <source>Import…</source>
            <translation>Importar…</translation>
        </message>
        <message>
            <source>Export…</source>
            <translation>Exportar…</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>Borrar</translation>
        </message>
        <message>
            <source>Save</source>
            <translation>Guardar</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Nombre</translation>
        </message>
        <message>
            <source>Id</source>
            <translation>Id</translation>
        </message>
        <message>
            <source>Description</source>
            <translation>Descripción</translation>
        </message>
        <message>
            <source>Gentle (for sore or stiff knees)</source>
            <translation>Suave (para rodillas doloridas o rígidas)</translation>
        </message>
        <message>
            <source>Change-over seconds</source>
            <translation>Segundos de cambio</translation>
        </message>
        <message>
            <source>Switch seconds</source>
            <translation>Segundos para cambiar de lado</translation>
        </message>
        <message>
            <source>Said at the end</source>
            <translation>Se dice al final</translation>
        </message>
        <message>
            <source>Total time</source>
            <translation>Tiempo total</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Tipo</translation>
        </message>
        <message>
            <source>s between steps,</source>
            <translation>s entre pasos,</translation>
        </message>
        <message>
            <source>s to switch sides</source>
            <translation>s para cambiar de lado</translation>
        </message>
        <message>
            <source>Gaps</source>
            <translation>Pausas</translation>
        </message>
        <message>
            <source>Hear it</source>
            <translation>Escuchar</translation>
        </message>
        <message>
            <source>Play what is said at the end with your voice</source>
            <translation>Escuchar con tu voz lo que se dice al final</translation>
        </message>
        <message>
            <source>Total</source>
            <translation>Total</translation>
        </message>
        <message>
            <source>Routine</source>
            <translation>Rutina</translation>
        </message>
        <message>
            <source>Steps</source>
            <translation>Pasos</translation>
        </message>
        <message>
            <source>Drag to reorder, or Alt+Up / Alt+Down</source>
            <translation>Arrastra para ordenar, o Alt+Arriba / Alt+Abajo</translation>
        </message>
        <message>
            <source>Add from catalogue…</source>
            <translation>Del catálogo…</translation>
        </message>
        <message>
            <source>New exercise…</source>
            <translation>Nuevo ejercicio…</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>Quitar</translation>
        </message>
        <message>
            <source>Timed (seconds)</source>
            <translation>Por tiempo (segundos)</translation>
        </message>
        <message>
            <source>Counted (reps)</source>
            <translation>Contado (repeticiones)</translation>
        </message>
        <message>
            <source>Seconds or reps</source>
            <translation>Segundos o repeticiones</translation>
        </message>
        <message>
            <source>Seconds a rep</source>
            <translation>Segundos por repetición</translation>
        </message>
        <message>
            <source>the routine's</source>
            <translation>los de la rutina</translation>
        </message>
        <message>
            <source>Said when the step starts</source>
            <translation>Se dice al empezar el paso</translation>
        </message>
        <message>
            <source>Play the step's opening with your voice</source>
            <translation>Escuchar con tu voz el inicio del paso</translation>
        </message>
        <message>
            <source>Tips</source>
            <translation>Avisos</translation>
        </message>
        <message>
            <source>One tip a line. “15: Breathe out.” is said 15 seconds in; “after 8: Reverse.” after the eighth count; a line on its own halfway.</source>
            <translation>Un aviso por línea. «15: Suelta el aire.» se dice a los 15 segundos; «tras 8: Al otro lado.» tras la octava cuenta; una línea sin más, a mitad.</translation>
        </message>
        <message>
            <source>Hear tips</source>
            <translation>Escuchar avisos</translation>
        </message>
        <message>
            <source>Picture of the exercise</source>
            <translation>Imagen del ejercicio</translation>
        </message>
        <message>
            <source>Seconds</source>
            <translation>Segundos</translation>
        </message>
        <message>
            <source>Dose</source>
            <translation>Cantidad</translation>
        </message>
        <message>
            <source>Sides</source>
            <translation>Lados</translation>
        </message>
        <message>
            <source>Said first</source>
            <translation>Se dice primero</translation>
        </message>
        <message>
            <source>Step</source>
            <translation>Paso</translation>
        </message>
        <message>
            <source>Reps</source>
            <translation>Repeticiones</translation>
        </message>
        <message>
            <source>No step chosen</source>
            <translation>Ningún paso elegido</translation>
        </message>
        <message>
            <source>{total}  (with the lead-in and the gaps)</source>
            <translation>{total}  (con la preparación y las pausas)</translation>
        </message>
        <message>
            <source>–  (once the routine can be saved)</source>
            <translation>–  (cuando la rutina se pueda guardar)</translation>
        </message>
        <message>
            <source>Save (Ctrl+S)</source>
            <translation>Guardar (Ctrl+S)</translation>
        </message>
        <message>
            <source>Save (Ctrl+S): the problems left are shown beside their fields; nothing typed is lost</source>
            <translation>Guardar (Ctrl+S): los problemas que quedan se muestran junto a sus campos; no se pierde nada de lo escrito</translation>
        </message>
        <message>
            <source>{amount} reps</source>
            <translation>{amount} rep.</translation>
        </message>
        <message>
            <source>, each side</source>
            <translation>, cada lado</translation>
        </message>
        <message>
            <source>, alternating</source>
            <translation>, alternando</translation>
        </message>
    </context>
    <context>
        <name>EditorPickers</name>
        <message>
            <source>Add an exercise</source>
            <translation>Añadir un ejercicio</translation>
        </message>
        <message>
            <source>Search by name or body part (calf, hip, knee…)</source>
            <translation>Busca por nombre o parte del cuerpo (gemelo, cadera, rodilla…)</translation>
        </message>
        <message>
            <source>Search the exercises</source>
            <translation>Buscar ejercicios</translation>
        </message>
        <message>
            <source>Exercises</source>
            <translation>Ejercicios</translation>
        </message>
        <message>
            <source>Add</source>
            <translation>Añadir</translation>
        </message>
        <message>
            <source>New exercise</source>
            <translation>Nuevo ejercicio</translation>
        </message>
        <message>
            <source>Said aloud: plain words, like “Wall sit”</source>
            <translation>Se dice en voz alta: palabras sencillas, como «Sentadilla en pared»</translation>
        </message>
        <message>
            <source>Body parts it works</source>
            <translation>Partes del cuerpo que trabaja</translation>
        </message>
        <message>
            <source>One or two short sentences, shown while it runs</source>
            <translation>Una o dos frases cortas, que se muestran mientras se hace</translation>
        </message>
        <message>
            <source>Optional: a short caution, said once</source>
            <translation>Opcional: una advertencia corta, dicha una vez</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Nombre</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Tipo</translation>
        </message>
        <message>
            <source>Works</source>
            <translation>Trabaja</translation>
        </message>
        <message>
            <source>How to do it</source>
            <translation>Cómo se hace</translation>
        </message>
        <message>
            <source>Safety note</source>
            <translation>Nota de seguridad</translation>
        </message>
        <message>
            <source>The routine's check tells you if anything here needs changing.</source>
            <translation>La revisión de la rutina te dice si hay que cambiar algo aquí.</translation>
        </message>
    </context>
    <context>
        <name>FileWords</name>
        <message>
            <source>cannot read {path}: {why}</source>
            <translation>no se puede leer {path}: {why}</translation>
        </message>
        <message>
            <source>cannot write {path}: {why}</source>
            <translation>no se puede escribir {path}: {why}</translation>
        </message>
        <message>
            <source>cannot remove {path}: {why}</source>
            <translation>no se puede borrar {path}: {why}</translation>
        </message>
        <message>
            <source>cannot make the folder {path}: {why}</source>
            <translation>no se puede crear la carpeta {path}: {why}</translation>
        </message>
        <message>
            <source>its folder does not exist; make the folder first, or choose another place</source>
            <translation>su carpeta no existe; crea primero la carpeta, o elige otro sitio</translation>
        </message>
        <message>
            <source>it is a folder; give the name of a file</source>
            <translation>es una carpeta; indica el nombre de un archivo</translation>
        </message>
        <message>
            <source>a part of the path is a file, not a folder; choose another place</source>
            <translation>una parte de la ruta es un archivo, no una carpeta; elige otro sitio</translation>
        </message>
        <message>
            <source>a file is in the way; move it, or choose another place</source>
            <translation>hay un archivo en medio; muévelo, o elige otro sitio</translation>
        </message>
        <message>
            <source>the disk is full; free some space and try again</source>
            <translation>el disco está lleno; libera espacio y vuelve a intentarlo</translation>
        </message>
        <message>
            <source>the disk or folder is read-only; choose a folder you can write to</source>
            <translation>el disco o la carpeta es de solo lectura; elige una carpeta donde puedas escribir</translation>
        </message>
        <message>
            <source>permission denied; choose a folder you can write to</source>
            <translation>permiso denegado; elige una carpeta donde puedas escribir</translation>
        </message>
        <message>
            <source>the name is too long for this file system; choose a shorter one</source>
            <translation>el nombre es demasiado largo para este sistema de archivos; elige uno más corto</translation>
        </message>
        <message>
            <source>it is a loop of links; choose another name</source>
            <translation>es un bucle de enlaces; elige otro nombre</translation>
        </message>
        <message>
            <source>your disk quota is used up; free some space and try again</source>
            <translation>tu cuota de disco está agotada; libera espacio y vuelve a intentarlo</translation>
        </message>
        <message>
            <source>there is no such file</source>
            <translation>ese archivo no existe</translation>
        </message>
    </context>
    <context>
        <name>Finish</name>
        <message>
            <source>How it went</source>
            <translation>Cómo fue</translation>
        </message>
        <message>
            <source>What you did</source>
            <translation>Lo que hiciste</translation>
        </message>
        <message>
            <source>Streak</source>
            <translation>Racha</translation>
        </message>
        <message>
            <source>Your run</source>
            <translation>Tu carrera</translation>
        </message>
        <message>
            <source>Take care</source>
            <translation>Cuídate</translation>
        </message>
        <message>
            <source>Your run day</source>
            <translation>Tu día de carrera</translation>
        </message>
        <message>
            <source>Refuel</source>
            <translation>Recupera</translation>
        </message>
        <message>
            <source>How do your knees feel now? Type or click 0–10, then Enter.</source>
            <translation>¿Cómo notas ahora las rodillas? Escribe o pulsa 0–10 y luego Intro.</translation>
        </message>
        <message>
            <source>Save my score</source>
            <translation>Guardar mi nota</translation>
        </message>
        <message>
            <source>About your knee score</source>
            <translation>Sobre tu nota de rodillas</translation>
        </message>
        <message>
            <source>What comes next</source>
            <translation>Lo que viene ahora</translation>
        </message>
        <message>
            <source>When to stop and get advice</source>
            <translation>Cuándo parar y consultar</translation>
        </message>
        <message>
            <source>Cool down</source>
            <translation>Vuelta a la calma</translation>
        </message>
        <message>
            <source>Again</source>
            <translation>Otra vez</translation>
        </message>
        <message>
            <source>Run the same routine again</source>
            <translation>Hacer la misma rutina otra vez</translation>
        </message>
        <message>
            <source>Home</source>
            <translation>Inicio</translation>
        </message>
        <message>
            <source>Back to the routines (Enter)</source>
            <translation>Volver a las rutinas (Intro)</translation>
        </message>
        <message>
            <source>Disclaimer</source>
            <translation>Aviso</translation>
        </message>
        <message>
            <source>Change my answer to {score}</source>
            <translation>Cambiar mi respuesta a {score}</translation>
        </message>
    </context>
    <context>
        <name>FinishWords</name>
        <message numerus="yes">
            <source>%n day(s) in a row</source>
            <translation>
                <numerusform>%n día seguido</numerusform>
                <numerusform>%n días seguidos</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n step(s)</source>
            <translation>
                <numerusform>%n paso</numerusform>
                <numerusform>%n pasos</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>{done} of %n step(s)</source>
            <translation>
                <numerusform>{done} de %n paso</numerusform>
                <numerusform>{done} de %n pasos</numerusform>
            </translation>
        </message>
        <message>
            <source>Well done</source>
            <translation>Muy bien</translation>
        </message>
        <message>
            <source>Stopped before the first step</source>
            <translation>Parado antes del primer paso</translation>
        </message>
        <message>
            <source>Skipped through</source>
            <translation>Pasado de largo</translation>
        </message>
        <message>
            <source>Stopped early: {tally}</source>
            <translation>Parado antes: {tally}</translation>
        </message>
        <message>
            <source>Skipped through: {tally}</source>
            <translation>Pasado de largo: {tally}</translation>
        </message>
        <message numerus="yes">
            <source>All %n step(s) in {time}.</source>
            <translation>
                <numerusform>Su único paso, en {time}.</numerusform>
                <numerusform>Los %n pasos en {time}.</numerusform>
            </translation>
        </message>
        <message>
            <source>No step done ({time}).</source>
            <translation>Ningún paso hecho ({time}).</translation>
        </message>
        <message numerus="yes">
            <source>{done} of %n step(s) done in {time}.</source>
            <translation>
                <numerusform>{done} de %n paso hecho en {time}.</numerusform>
                <numerusform>{done} de %n pasos hechos en {time}.</numerusform>
            </translation>
        </message>
        <message>
            <source>Skipped: {names}.</source>
            <translation>Saltados: {names}.</translation>
        </message>
        <message>
            <source>Next: your run. Afterwards, come back for the {routine}.</source>
            <translation>Ahora: tu carrera. Después, vuelve para {routine}.</translation>
        </message>
        <message>
            <source>Next: your run. Afterwards, come back for a cool-down.</source>
            <translation>Ahora: tu carrera. Después, vuelve para la vuelta a la calma.</translation>
        </message>
        <message>
            <source>Nothing is warmed up yet: warm up before you run (Again starts it over).</source>
            <translation>Aún no has calentado nada: calienta antes de correr (Otra vez empieza de nuevo).</translation>
        </message>
        <message>
            <source>Start your run gently, and give it a few easy minutes to warm up. Afterwards, come back for the {routine}.</source>
            <translation>Empieza a correr con suavidad y date unos minutos tranquilos para entrar en calor. Después, vuelve para {routine}.</translation>
        </message>
        <message>
            <source>Start your run gently, and give it a few easy minutes to warm up. Afterwards, come back for a cool-down.</source>
            <translation>Empieza a correr con suavidad y date unos minutos tranquilos para entrar en calor. Después, vuelve para la vuelta a la calma.</translation>
        </message>
    </context>
    <context>
        <name>GoRunScreen</name>
        <message>
            <source>Your run so far</source>
            <translation>Tu carrera hasta ahora</translation>
        </message>
        <message>
            <source>I'm back</source>
            <translation>Ya volví</translation>
        </message>
        <message>
            <source>I'm back: start the cool-down</source>
            <translation>Ya volví: empezar la vuelta a la calma</translation>
        </message>
        <message>
            <source>Start the cool-down (Enter)</source>
            <translation>Empezar la vuelta a la calma (Intro)</translation>
        </message>
        <message>
            <source>Cool down anyway, or end the run day</source>
            <translation>Hacer la vuelta a la calma de todos modos, o terminar el día de carrera</translation>
        </message>
        <message>
            <source>End the run day?</source>
            <translation>¿Terminar el día de carrera?</translation>
        </message>
    </context>
    <context>
        <name>HistoryCommands</name>
        <message>
            <source>show recent sessions, the streak, knee check-ins and advice</source>
            <translation>muestra las últimas sesiones, la racha, las notas de rodillas y consejos</translation>
        </message>
        <message>
            <source>Show recent sessions, the streak, knee check-ins and advice, or export everything to a CSV file.</source>
            <translation>Muestra las últimas sesiones, la racha, las notas de rodillas y consejos, o exporta todo a un archivo CSV.</translation>
        </message>
        <message>
            <source>print JSON</source>
            <translation>imprimir JSON</translation>
        </message>
        <message>
            <source>write everything to FILE</source>
            <translation>escribir todo en FILE</translation>
        </message>
        <message>
            <source>show the latest N (default 10)</source>
            <translation>mostrar las últimas N (por defecto 10)</translation>
        </message>
        <message>
            <source>--limit must be 0 or more, not {n}</source>
            <translation>--limit debe ser 0 o más, no {n}</translation>
        </message>
        <message numerus="yes">
            <source>Wrote %n row(s) to {file}</source>
            <translation>
                <numerusform>Escrita %n fila en {file}</numerusform>
                <numerusform>Escritas %n filas en {file}</numerusform>
            </translation>
        </message>
        <message>
            <source>History file: {path}</source>
            <translation>Archivo del historial: {path}</translation>
        </message>
        <message numerus="yes">
            <source>Streak: %n day(s) in a row with a run day, or a warm-up and a cool-down, done</source>
            <translation>
                <numerusform>Racha: %n día seguido con un día de carrera, o con calentamiento y vuelta a la calma</numerusform>
                <numerusform>Racha: %n días seguidos con un día de carrera, o con calentamiento y vuelta a la calma</numerusform>
            </translation>
        </message>
        <message>
            <source>Recent sessions, newest first:</source>
            <translation>Últimas sesiones, las más recientes primero:</translation>
        </message>
        <message>
            <source>No sessions yet.</source>
            <translation>Aún no hay sesiones.</translation>
        </message>
        <message>
            <source>Run days, newest first:</source>
            <translation>Días de carrera, los más recientes primero:</translation>
        </message>
        <message>
            <source>Knee check-ins, oldest first:</source>
            <translation>Notas de rodillas, las más antiguas primero:</translation>
        </message>
        <message>
            <source>No knee check-ins yet.</source>
            <translation>Aún no hay notas de rodillas.</translation>
        </message>
        <message>
            <source>Advice:</source>
            <translation>Consejos:</translation>
        </message>
        <message>
            <source>started, no end recorded</source>
            <translation>empezada, sin final registrado</translation>
        </message>
        <message>
            <source>{percent} done</source>
            <translation>{percent} hecho</translation>
        </message>
        <message>
            <source>, stopped early</source>
            <translation>, parada antes</translation>
        </message>
        <message numerus="yes">
            <source>, %n step(s) skipped</source>
            <translation>
                <numerusform>, %n paso saltado</numerusform>
                <numerusform>, %n pasos saltados</numerusform>
            </translation>
        </message>
        <message>
            <source>{routine} ({minutes} min): {outcome}</source>
            <translation>{routine} ({minutes} min): {outcome}</translation>
        </message>
        <message>
            <source>run {time}</source>
            <translation>carrera {time}</translation>
        </message>
        <message>
            <source>knees {knees}</source>
            <translation>rodillas {knees}</translation>
        </message>
    </context>
    <context>
        <name>HistoryView</name>
        <message>
            <source>before a run</source>
            <translation>antes de correr</translation>
        </message>
        <message>
            <source>after the cool-down</source>
            <translation>tras la vuelta a la calma</translation>
        </message>
        <message>
            <source>later</source>
            <translation>más tarde</translation>
        </message>
        <message>
            <source>No knee check-ins yet. Limber asks before a warm-up and after a cool-down.</source>
            <translation>Aún no hay notas de rodillas. Limber pregunta antes de calentar y después de la vuelta a la calma.</translation>
        </message>
        <message>
            <source>{percent} % done</source>
            <translation>{percent} % hecho</translation>
        </message>
        <message>
            <source>stopped early</source>
            <translation>parada antes</translation>
        </message>
        <message>
            <source>end not recorded</source>
            <translation>final no registrado</translation>
        </message>
        <message numerus="yes">
            <source>%n step(s) skipped</source>
            <translation>
                <numerusform>%n paso saltado</numerusform>
                <numerusform>%n pasos saltados</numerusform>
            </translation>
        </message>
        <message>
            <source>When</source>
            <translation>Cuándo</translation>
        </message>
        <message>
            <source>Routine</source>
            <translation>Rutina</translation>
        </message>
        <message>
            <source>Length</source>
            <translation>Duración</translation>
        </message>
        <message>
            <source>Done</source>
            <translation>Hecho</translation>
        </message>
        <message>
            <source>How it ended</source>
            <translation>Cómo terminó</translation>
        </message>
        <message>
            <source>finished</source>
            <translation>terminada</translation>
        </message>
        <message>
            <source>{percent} %</source>
            <translation>{percent} %</translation>
        </message>
        <message>
            <source>Run</source>
            <translation>Carrera</translation>
        </message>
        <message>
            <source>Knees</source>
            <translation>Rodillas</translation>
        </message>
        <message>
            <source>{when} · run {run} · knees before → after: {knees} · {ended}</source>
            <translation>{when} · carrera {run} · rodillas antes → después: {knees} · {ended}</translation>
        </message>
        <message>
            <source>Knee scores over time</source>
            <translation>Notas de rodillas en el tiempo</translation>
        </message>
        <message numerus="yes">
            <source>%n check-in(s); the latest is {score} out of 10, {when}.</source>
            <translation>
                <numerusform>%n nota; la última es {score} de 10, {when}.</numerusform>
                <numerusform>%n notas; la última es {score} de 10, {when}.</numerusform>
            </translation>
        </message>
        <message>
            <source>History</source>
            <translation>Historial</translation>
        </message>
        <message>
            <source>← Back</source>
            <translation>← Atrás</translation>
        </message>
        <message>
            <source>Back to the routines (Esc)</source>
            <translation>Volver a las rutinas (Esc)</translation>
        </message>
        <message>
            <source>Back</source>
            <translation>Atrás</translation>
        </message>
        <message>
            <source>Streak</source>
            <translation>Racha</translation>
        </message>
        <message>
            <source>Advice</source>
            <translation>Consejo</translation>
        </message>
        <message>
            <source>When to stop and get advice</source>
            <translation>Cuándo parar y consultar</translation>
        </message>
        <message>
            <source>Run days</source>
            <translation>Días de carrera</translation>
        </message>
        <message>
            <source>No run days yet. Start my run day, on home, keeps the warm-up, your run and the cool-down together.</source>
            <translation>Aún no hay días de carrera. «Empezar mi día de carrera», en el inicio, junta el calentamiento, tu carrera y la vuelta a la calma.</translation>
        </message>
        <message>
            <source>Recent sessions</source>
            <translation>Últimas sesiones</translation>
        </message>
        <message>
            <source>No sessions yet. They appear here once you run a routine.</source>
            <translation>Aún no hay sesiones. Aparecen aquí en cuanto haces una rutina.</translation>
        </message>
        <message>
            <source>Sessions</source>
            <translation>Sesiones</translation>
        </message>
        <message>
            <source>Knee check-ins (0 = no pain, 10 = worst)</source>
            <translation>Notas de rodillas (0 = sin dolor, 10 = el peor)</translation>
        </message>
        <message>
            <source>The history could not be read ({error}).</source>
            <translation>No se pudo leer el historial ({error}).</translation>
        </message>
    </context>
    <context>
        <name>HistoryWords</name>
        <message numerus="yes">
            <source>%n day(s) in a row</source>
            <translation>
                <numerusform>%n día seguido</numerusform>
                <numerusform>%n días seguidos</numerusform>
            </translation>
        </message>
        <message>
            <source>Days in a row with a run day, or a warm-up and a cool-down, done: one today starts or extends it.</source>
            <translation>Días seguidos con un día de carrera, o con calentamiento y vuelta a la calma: uno hoy la empieza o la alarga.</translation>
        </message>
        <message>
            <source>Last run day: {day}</source>
            <translation>Último día de carrera: {day}</translation>
        </message>
        <message>
            <source>A run day today starts a new streak: Start my run day, on home.</source>
            <translation>Un día de carrera hoy empieza una racha nueva: «Empezar mi día de carrera», en el inicio.</translation>
        </message>
        <message>
            <source>Last routine: {routine}, {day}</source>
            <translation>Última rutina: {routine}, {day}</translation>
        </message>
        <message>
            <source>A run day (or a warm-up and a cool-down) today starts a streak.</source>
            <translation>Un día de carrera (o calentamiento y vuelta a la calma) hoy empieza una racha.</translation>
        </message>
        <message>
            <source>Your run days will show here</source>
            <translation>Aquí aparecerán tus días de carrera</translation>
        </message>
        <message>
            <source>Start one on home: knee check, warm-up, your run, cool-down, and your knees again.</source>
            <translation>Empieza uno en el inicio: pregunta de rodillas, calentamiento, tu carrera, vuelta a la calma, y otra vez las rodillas.</translation>
        </message>
        <message>
            <source>today</source>
            <translation>hoy</translation>
        </message>
        <message>
            <source>yesterday</source>
            <translation>ayer</translation>
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
            <translation>Sin carrera</translation>
        </message>
        <message>
            <source>, later {score}</source>
            <translation>, más tarde {score}</translation>
        </message>
        <message>
            <source>finished</source>
            <translation>terminado</translation>
        </message>
        <message>
            <source>ended early</source>
            <translation>terminado antes</translation>
        </message>
        <message>
            <source>not finished</source>
            <translation>sin terminar</translation>
        </message>
    </context>
    <context>
        <name>Home</name>
        <message>
            <source>gentle</source>
            <translation>suave</translation>
        </message>
        <message>
            <source>Routines</source>
            <translation>Rutinas</translation>
        </message>
        <message>
            <source>Run day</source>
            <translation>Día de carrera</translation>
        </message>
        <message>
            <source>Warm up before your run, cool down after it.</source>
            <translation>Calienta antes de correr, vuelve a la calma después.</translation>
        </message>
        <message>
            <source>Menu</source>
            <translation>Menú</translation>
        </message>
        <message>
            <source>Or one routine</source>
            <translation>O una rutina</translation>
        </message>
        <message>
            <source>Advice from your check-ins</source>
            <translation>Consejos de tus notas</translation>
        </message>
        <message>
            <source>Start</source>
            <translation>Empezar</translation>
        </message>
        <message>
            <source>Start the selected routine (Enter)</source>
            <translation>Empezar la rutina elegida (Intro)</translation>
        </message>
        <message>
            <source>Start the selected routine</source>
            <translation>Empezar la rutina elegida</translation>
        </message>
        <message>
            <source>Routine file problems</source>
            <translation>Problemas en archivos de rutinas</translation>
        </message>
        <message>
            <source>Fix the file and save it: the list updates by itself. The other routines work as usual.</source>
            <translation>Corrige el archivo y guárdalo: la lista se actualiza sola. Las demás rutinas funcionan como siempre.</translation>
        </message>
        <message>
            <source>Plan preview</source>
            <translation>Plan</translation>
        </message>
        <message>
            <source>New routine</source>
            <translation>Nueva rutina</translation>
        </message>
        <message>
            <source>Make your own routine, from scratch</source>
            <translation>Crear tu propia rutina desde cero</translation>
        </message>
        <message>
            <source>Edit a copy</source>
            <translation>Editar una copia</translation>
        </message>
        <message>
            <source>Built-in routines are read-only: change a copy of one</source>
            <translation>Las rutinas incluidas son de solo lectura: cambia una copia</translation>
        </message>
        <message>
            <source>Length</source>
            <translation>Duración</translation>
        </message>
        <message>
            <source>Fit the routine to the time you have: holds and the warm-down within their safe ranges, optional steps left out</source>
            <translation>Ajustar la rutina al tiempo que tienes: posturas y enfriamiento dentro de márgenes seguros, sin los pasos opcionales</translation>
        </message>
        <message>
            <source>&amp;Length</source>
            <translation>&amp;Duración</translation>
        </message>
        <message>
            <source>What the length does</source>
            <translation>Lo que hace la duración</translation>
        </message>
        <message>
            <source>{group} routines</source>
            <translation>Rutinas: {group}</translation>
        </message>
        <message>
            <source>{routine}, {time}, gentle. {description}</source>
            <translation>{routine}, {time}, suave. {description}</translation>
        </message>
        <message>
            <source>{routine}, {time}. {description}</source>
            <translation>{routine}, {time}. {description}</translation>
        </message>
        <message>
            <source>Your routine: {file}</source>
            <translation>Tu rutina: {file}</translation>
        </message>
        <message numerus="yes">
            <source>%n routine file(s) with problems, so not listed:</source>
            <translation>
                <numerusform>%n archivo de rutina tiene un problema y no aparece:</numerusform>
                <numerusform>%n archivos de rutinas tienen problemas y no aparecen:</numerusform>
            </translation>
        </message>
        <message>
            <source>Step</source>
            <translation>Paso</translation>
        </message>
        <message>
            <source>Time</source>
            <translation>Tiempo</translation>
        </message>
        <message>
            <source>Sides</source>
            <translation>Lados</translation>
        </message>
        <message>
            <source>When to stop and get advice</source>
            <translation>Cuándo parar y consultar</translation>
        </message>
        <message>
            <source>Start {routine}</source>
            <translation>Empezar: {routine}</translation>
        </message>
        <message>
            <source>Edit</source>
            <translation>Editar</translation>
        </message>
    </context>
    <context>
        <name>Journal</name>
        <message>
            <source>Your history could not be saved ({error}). The routine itself is not affected.</source>
            <translation>No se pudo guardar tu historial ({error}). La rutina no se ve afectada.</translation>
        </message>
        <message>
            <source>Your history is busy (another program is using it, or the disk is full). This session is kept and will be saved as soon as it can be.</source>
            <translation>Tu historial está ocupado (otro programa lo usa, o el disco está lleno). Esta sesión se guarda aparte y se añadirá en cuanto se pueda.</translation>
        </message>
    </context>
    <context>
        <name>KneeNudges</name>
        <message>
            <source>Your last two knee check-ins were {first} and {second} out of 10. Please read the signs that mean stop and get advice (such as sharp pain, a limp, swelling, or pain that lasts more than two hours), and give your knees an easy day: a walk or gentle mobility instead of a run.</source>
            <translation>Tus dos últimas notas de rodillas fueron {first} y {second} de 10. Lee las señales que indican parar y consultar (como dolor agudo, cojera, hinchazón o dolor que dura más de dos horas), y dales a tus rodillas un día tranquilo: caminar o movilidad suave en vez de correr.</translation>
        </message>
        <message>
            <source>after today's cool-down</source>
            <translation>tras la vuelta a la calma de hoy</translation>
        </message>
        <message>
            <source>later today</source>
            <translation>hoy más tarde</translation>
        </message>
        <message>
            <source>after yesterday's cool-down</source>
            <translation>tras la vuelta a la calma de ayer</translation>
        </message>
        <message>
            <source>later yesterday</source>
            <translation>ayer más tarde</translation>
        </message>
        <message>
            <source>Your knees felt worse {then} ({after} out of 10) than before the warm-up ({before}). Make your next day a lower-impact one: a brisk walk, a walk-jog or the gentle routine, and go a little easier next run.</source>
            <translation>Notaste las rodillas peor {then} ({after} de 10) que antes de calentar ({before}). Haz que tu próximo día sea de menos impacto: caminar a paso ligero, alternar caminar y trotar o la rutina suave, y corre un poco más tranquilo la próxima vez.</translation>
        </message>
    </context>
    <context>
        <name>Language</name>
        <message>
            <source>English</source>
            <comment>this language's name, in itself</comment>
            <translation>Español</translation>
        </message>
    </context>
    <context>
        <name>LaterCheck</name>
        <message>
            <source>Save</source>
            <translation>Guardar</translation>
        </message>
        <message>
            <source>Not now</source>
            <translation>Ahora no</translation>
        </message>
        <message>
            <source>Don't ask again</source>
            <translation>No volver a preguntar</translation>
        </message>
        <message>
            <source>Turn off this check (also in Preferences)</source>
            <translation>Desactivar esta pregunta (también en Preferencias)</translation>
        </message>
    </context>
    <context>
        <name>LengthWords</name>
        <message>
            <source>As written</source>
            <translation>Tal cual</translation>
        </message>
        <message>
            <source>{routine} takes {time} at the least: {asked} is too short to do it safely, so its shortest safe version runs.</source>
            <translation>{routine} dura al menos {time}: {asked} es muy poco para hacerla con seguridad, así que se hace su versión segura más corta.</translation>
        </message>
        <message>
            <source>{routine} takes {time} at the most, without going past its holds and doses.</source>
            <translation>{routine} dura como mucho {time}, sin pasarse de sus posturas y cantidades.</translation>
        </message>
        <message>
            <source>{routine} fitted to {time}, leaving out {steps}.</source>
            <translation>{routine} ajustada a {time}, sin {steps}.</translation>
        </message>
        <message>
            <source>{routine} fitted to {time}.</source>
            <translation>{routine} ajustada a {time}.</translation>
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
            <translation>{h}:{mm}</translation>
        </message>
        <message>
            <source>{weekday} {dd} {month}</source>
            <comment>a day</comment>
            <translation>{weekday} {day} {month}</translation>
        </message>
        <message>
            <source>{dd} {month}</source>
            <comment>a day, short</comment>
            <translation>{day} {month}</translation>
        </message>
        <message>
            <source>{weekday} {dd} {month} {year}, {time}</source>
            <comment>a day and time</comment>
            <translation>{weekday} {day} {month} {year}, {time}</translation>
        </message>
        <message>
            <source>{dd} {month} {time}</source>
            <comment>a day and time, short</comment>
            <translation>{day} {month}, {time}</translation>
        </message>
    </context>
    <context>
        <name>Months</name>
        <message>
            <source>Jan</source>
            <translation>ene</translation>
        </message>
        <message>
            <source>Feb</source>
            <translation>feb</translation>
        </message>
        <message>
            <source>Mar</source>
            <translation>mar</translation>
        </message>
        <message>
            <source>Apr</source>
            <translation>abr</translation>
        </message>
        <message>
            <source>May</source>
            <translation>may</translation>
        </message>
        <message>
            <source>Jun</source>
            <translation>jun</translation>
        </message>
        <message>
            <source>Jul</source>
            <translation>jul</translation>
        </message>
        <message>
            <source>Aug</source>
            <translation>ago</translation>
        </message>
        <message>
            <source>Sep</source>
            <translation>sept</translation>
        </message>
        <message>
            <source>Oct</source>
            <translation>oct</translation>
        </message>
        <message>
            <source>Nov</source>
            <translation>nov</translation>
        </message>
        <message>
            <source>Dec</source>
            <translation>dic</translation>
        </message>
    </context>
    <context>
        <name>MusicWords</name>
        <message>
            <source>Not available on Windows yet: Limber speaks over your music there, at the music's own volume.</source>
            <translation>Aún no disponible en Windows: allí Limber habla por encima de tu música, a su propio volumen.</translation>
        </message>
        <message>
            <source>Not available on macOS: macOS gives apps no way to lower or pause another app's music, so Limber speaks over it.</source>
            <translation>No disponible en macOS: macOS no deja a las apps bajar ni pausar la música de otra app, así que Limber habla por encima.</translation>
        </message>
        <message>
            <source>Not available on this system: Limber speaks over your music, as it plays.</source>
            <translation>No disponible en este sistema: Limber habla por encima de tu música, tal como suena.</translation>
        </message>
        <message>
            <source>Limber cannot reach your music players (no D-Bus session), so it speaks over the music.</source>
            <translation>Limber no llega a tus reproductores de música (no hay sesión de D-Bus), así que habla por encima de la música.</translation>
        </message>
        <message>
            <source>Limber cannot see your music players from its Flatpak sandbox, so it speaks over the music. To let it, run: {command}</source>
            <translation>Limber no ve tus reproductores desde su entorno Flatpak, así que habla por encima de la música. Para permitirlo, ejecuta: {command}</translation>
        </message>
        <message>
            <source>Another Limber session is looking after your music, so this one leaves it alone.</source>
            <translation>Otra sesión de Limber se ocupa de tu música, así que esta la deja tranquila.</translation>
        </message>
        <message>
            <source>Limber could not note what it changes on your music ({error}), so it leaves the music alone.</source>
            <translation>Limber no pudo anotar lo que cambia en tu música ({error}), así que la deja tranquila.</translation>
        </message>
        <message>
            <source>{name} is not answering, so Limber leaves it as it is.</source>
            <translation>{name} no responde, así que Limber lo deja como está.</translation>
        </message>
        <message>
            <source>Your music player</source>
            <translation>Tu reproductor de música</translation>
        </message>
        <message>
            <source>{name} has no volume Limber can lower, so it plays on as it is (set "Your music" to pause it for the session instead).</source>
            <translation>{name} no tiene un volumen que Limber pueda bajar, así que sigue sonando igual (pon «Tu música» en pausar para detenerlo durante la sesión).</translation>
        </message>
        <message>
            <source>Limber's note of what it changed on your music was damaged ({detail}) and was set aside, so it cannot put that music back as it was.</source>
            <translation>La nota de Limber sobre lo que cambió en tu música estaba dañada ({detail}) y se apartó, así que no puede dejar esa música como estaba.</translation>
        </message>
        <message>
            <source>Limber could not read its note of what it changed on your music ({detail}), so it cannot put that music back as it was.</source>
            <translation>Limber no pudo leer su nota sobre lo que cambió en tu música ({detail}), así que no puede dejar esa música como estaba.</translation>
        </message>
    </context>
    <context>
        <name>MyRoutineActions</name>
        <message>
            <source>Limber routines (*.toml)</source>
            <translation>Rutinas de Limber (*.toml)</translation>
        </message>
        <message>
            <source>Save your changes to {name}?</source>
            <translation>¿Guardar los cambios en {name}?</translation>
        </message>
        <message>
            <source>If you leave without saving, they are lost.</source>
            <translation>Si sales sin guardar, se pierden.</translation>
        </message>
        <message>
            <source>Save</source>
            <translation>Guardar</translation>
        </message>
        <message>
            <source>Leave without saving</source>
            <translation>Salir sin guardar</translation>
        </message>
        <message>
            <source>Keep editing</source>
            <translation>Seguir editando</translation>
        </message>
        <message>
            <source>Import a routine</source>
            <translation>Importar una rutina</translation>
        </message>
        <message>
            <source>Export the routine</source>
            <translation>Exportar la rutina</translation>
        </message>
        <message>
            <source>New routine</source>
            <translation>Nueva rutina</translation>
        </message>
        <message>
            <source>Edit {name}</source>
            <translation>Editar {name}</translation>
        </message>
        <message>
            <source>Copy of {name}</source>
            <translation>Copia de {name}</translation>
        </message>
        <message>
            <source>this routine</source>
            <translation>esta rutina</translation>
        </message>
        <message>
            <source>You already have a routine with the id {id}. Replace it? (The old one is kept in the trash.)</source>
            <translation>Ya tienes una rutina con el id {id}. ¿Reemplazarla? (La antigua se guarda en la papelera.)</translation>
        </message>
        <message>
            <source>Replace</source>
            <translation>Reemplazar</translation>
        </message>
        <message>
            <source>Saved {name}.</source>
            <translation>{name} guardada.</translation>
        </message>
        <message>
            <source>{file} was not imported, because of what is in it:</source>
            <translation>{file} no se importó por lo que contiene:</translation>
        </message>
        <message>
            <source>You already have a routine with the id {id} ({name}). Replace it with the one in {file}? (The old one is kept in the trash.)</source>
            <translation>Ya tienes una rutina con el id {id} ({name}). ¿Reemplazarla por la de {file}? (La antigua se guarda en la papelera.)</translation>
        </message>
        <message>
            <source>Imported {name}.</source>
            <translation>{name} importada.</translation>
        </message>
        <message>
            <source>The routine has problems (shown beside the fields); fix them, then export it.</source>
            <translation>La rutina tiene problemas (junto a los campos); corrígelos y luego expórtala.</translation>
        </message>
        <message>
            <source>Nothing was exported:</source>
            <translation>No se exportó nada:</translation>
        </message>
        <message>
            <source>Exported to {path}.</source>
            <translation>Exportada a {path}.</translation>
        </message>
        <message>
            <source>Delete {name}? You can bring it back afterwards.</source>
            <translation>¿Borrar {name}? Podrás recuperarla después.</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>Borrar</translation>
        </message>
        <message>
            <source>Deleted {name}.</source>
            <translation>{name} borrada.</translation>
        </message>
        <message>
            <source>Restore</source>
            <translation>Recuperar</translation>
        </message>
        <message>
            <source>It could not be brought back:</source>
            <translation>No se pudo recuperar:</translation>
        </message>
        <message>
            <source>{name} is back.</source>
            <translation>{name} ha vuelto.</translation>
        </message>
    </context>
    <context>
        <name>NoticeStrip</name>
        <message>
            <source>Notice</source>
            <translation>Aviso</translation>
        </message>
        <message>
            <source>Do what the notice offers</source>
            <translation>Hacer lo que ofrece el aviso</translation>
        </message>
        <message>
            <source>Dismiss this notice</source>
            <translation>Cerrar este aviso</translation>
        </message>
        <message>
            <source>Dismiss the notice</source>
            <translation>Cerrar el aviso</translation>
        </message>
        <message>
            <source>Notices</source>
            <translation>Avisos</translation>
        </message>
        <message>
            <source>Every notice so far, newest first</source>
            <translation>Todos los avisos hasta ahora, los más recientes primero</translation>
        </message>
        <message>
            <source>Notices so far</source>
            <translation>Avisos hasta ahora</translation>
        </message>
    </context>
    <context>
        <name>OpenWindow</name>
        <message>
            <source>limber: there is no display to open the window on (neither DISPLAY nor WAYLAND_DISPLAY is set); start it from your desktop, or use 'limber run ID --text' to be coached in this terminal</source>
            <translation>limber: no hay pantalla donde abrir la ventana (no está definido ni DISPLAY ni WAYLAND_DISPLAY); ábrelo desde tu escritorio, o usa 'limber run ID --text' para entrenar en esta terminal</translation>
        </message>
        <message>
            <source>limber: the app cannot start: {error}; 'limber run ID --text' works without it</source>
            <translation>limber: la app no puede arrancar: {error}; 'limber run ID --text' funciona sin ella</translation>
        </message>
    </context>
    <context>
        <name>Parser</name>
        <message>
            <source>Limber talks you through a warm-up before a run and a cool-down after it. With no command it opens the app.</source>
            <translation>Limber te guía con la voz en el calentamiento antes de correr y en la vuelta a la calma después. Sin orden, abre la app.</translation>
        </message>
        <message>
            <source>show the details of speech and sound problems (and Qt's own start-up messages) in the terminal</source>
            <translation>mostrar en la terminal los detalles de los problemas de voz y sonido (y los mensajes de arranque de Qt)</translation>
        </message>
    </context>
    <context>
        <name>PlanOptions</name>
        <message>
            <source>fit the routine into N minutes: holds and the warm-down within their safe ranges, optional steps left out; says the shortest safe version if it cannot</source>
            <translation>ajustar la rutina a N minutos: posturas y enfriamiento dentro de márgenes seguros, sin los pasos opcionales; si no se puede, dice la versión segura más corta</translation>
        </message>
        <message>
            <source>hold-time scale, 0.5 to 2.0</source>
            <translation>escala de las posturas, de 0.5 a 2.0</translation>
        </message>
        <message>
            <source>seconds to get ready (default 10)</source>
            <translation>segundos para prepararte (por defecto 10)</translation>
        </message>
        <message>
            <source>--lead-in must be from 0 to {most} seconds, not {value}</source>
            <translation>--lead-in debe estar entre 0 y {most} segundos, no {value}</translation>
        </message>
        <message>
            <source>--minutes must be a number more than 0, not {value}</source>
            <translation>--minutes debe ser un número mayor que 0, no {value}</translation>
        </message>
        <message>
            <source>--minutes picks the hold times itself; leave out --scale</source>
            <translation>--minutes elige los tiempos de las posturas; quita --scale</translation>
        </message>
    </context>
    <context>
        <name>PlanWords</name>
        <message>
            <source>Switch sides.</source>
            <translation>Cambia de lado.</translation>
        </message>
        <message>
            <source>Halfway.</source>
            <translation>Vas por la mitad.</translation>
        </message>
        <message>
            <source>If pain doesn't go away, or makes you limp, stop and get advice.</source>
            <translation>Si el dolor no se va, o te hace cojear, para y consulta a un profesional.</translation>
        </message>
        <message>
            <source>If your knee hurts on the run, drop to a fast walk.</source>
            <translation>Si te duele la rodilla al correr, pasa a caminar rápido.</translation>
        </message>
        <message>
            <source>Drink plenty of water. Have some protein soon.</source>
            <translation>Bebe mucha agua. Toma algo de proteína pronto.</translation>
        </message>
        <message>
            <source>Well done. That's everything.</source>
            <translation>Muy bien. Eso es todo.</translation>
        </message>
        <message>
            <source>{routine}. Get ready. First, {exercise}.</source>
            <translation>{routine}. Prepárate. Primero, {exercise}.</translation>
        </message>
        <message>
            <source>Next up, {exercise}.</source>
            <translation>Ahora, {exercise}.</translation>
        </message>
        <message>
            <source>left side</source>
            <translation>lado izquierdo</translation>
        </message>
        <message>
            <source>right side</source>
            <translation>lado derecho</translation>
        </message>
        <message>
            <source>left {part}</source>
            <translation>{part}, lado izquierdo</translation>
        </message>
        <message>
            <source>right {part}</source>
            <translation>{part}, lado derecho</translation>
        </message>
    </context>
    <context>
        <name>PreferenceWords</name>
        <message>
            <source>Voice and sound</source>
            <translation>Voz y sonido</translation>
        </message>
        <message>
            <source>Timing</source>
            <translation>Tiempos</translation>
        </message>
        <message>
            <source>Routines</source>
            <translation>Rutinas</translation>
        </message>
        <message>
            <source>Display</source>
            <translation>Pantalla</translation>
        </message>
        <message>
            <source>Remembered by the app</source>
            <translation>Lo que recuerda la app</translation>
        </message>
        <message>
            <source>Language</source>
            <translation>Idioma</translation>
        </message>
        <message>
            <source>The language Limber shows and speaks: every screen, the voice's cues and the routines. The window changes when Limber next starts.</source>
            <translation>El idioma en que Limber muestra y habla: todas las pantallas, los avisos de la voz y las rutinas. La ventana cambia la próxima vez que abras Limber.</translation>
        </message>
        <message>
            <source>Same as the system</source>
            <translation>Igual que el sistema</translation>
        </message>
        <message>
            <source>Speak the cues</source>
            <translation>Decir los avisos</translation>
        </message>
        <message>
            <source>Read exercise names, counts and cues aloud. When off, tones and the screen still guide you.</source>
            <translation>Lee en voz alta los ejercicios, las cuentas y los avisos. Si lo desactivas, te siguen guiando los tonos y la pantalla.</translation>
        </message>
        <message>
            <source>Voice</source>
            <translation>Voz</translation>
        </message>
        <message>
            <source>Which installed voice reads the cues. Empty means the clearest one installed.</source>
            <translation>Qué voz instalada lee los avisos. Vacío significa la más clara instalada.</translation>
        </message>
        <message>
            <source>Speaking speed</source>
            <translation>Velocidad de la voz</translation>
        </message>
        <message>
            <source>How fast the voice speaks, in words per minute.</source>
            <translation>Lo rápido que habla la voz, en palabras por minuto.</translation>
        </message>
        <message>
            <source>Voice volume</source>
            <translation>Volumen de la voz</translation>
        </message>
        <message>
            <source>Loudness of the voice, from silent (0) to full (1).</source>
            <translation>Volumen de la voz, de silencio (0) a máximo (1).</translation>
        </message>
        <message>
            <source>Tone volume</source>
            <translation>Volumen de los tonos</translation>
        </message>
        <message>
            <source>Loudness of the tone at the end of each step, and of a tick or chime standing in for a word the voice cannot say. Full (1) is as loud as the voice.</source>
            <translation>Volumen del tono al final de cada paso, y del clic o campanilla que sustituye a una palabra que la voz no puede decir. Máximo (1) suena tan alto como la voz.</translation>
        </message>
        <message>
            <source>Your music</source>
            <translation>Tu música</translation>
        </message>
        <message>
            <source>What happens to music playing in another app during a session. Lower: while the coach speaks it goes down to about half as loud (quieter still on some players, such as mpv), and back up between cues; a stretch of counts stays down throughout. Pause: it fades out and pauses once the session starts, and plays again when it ends. Music you paused yourself is never started. Works with players that offer media controls (MPRIS), which most do.</source>
            <translation>Qué pasa con la música de otra app durante una sesión. Bajar: mientras el entrenador habla, baja a la mitad más o menos (aún más en algunos reproductores, como mpv) y vuelve a subir entre avisos; mientras cuenta, se queda baja. Pausar: se apaga poco a poco al empezar la sesión y vuelve a sonar al terminar. La música que pausaste tú nunca se pone en marcha. Funciona con los reproductores con controles multimedia (MPRIS), que son casi todos.</translation>
        </message>
        <message>
            <source>Lower it while the coach speaks</source>
            <translation>Bajarla mientras habla el entrenador</translation>
        </message>
        <message>
            <source>Pause it during the session</source>
            <translation>Pausarla durante la sesión</translation>
        </message>
        <message>
            <source>Leave it as it is</source>
            <translation>Dejarla como está</translation>
        </message>
        <message>
            <source>Time to get ready</source>
            <translation>Tiempo para prepararte</translation>
        </message>
        <message>
            <source>Seconds between pressing Start and the first step.</source>
            <translation>Segundos entre pulsar Empezar y el primer paso.</translation>
        </message>
        <message>
            <source>Pause between steps</source>
            <translation>Pausa entre pasos</translation>
        </message>
        <message>
            <source>Seconds to move into the next exercise. -1 uses each routine's own pause.</source>
            <translation>Segundos para pasar al siguiente ejercicio. -1 usa la pausa de cada rutina.</translation>
        </message>
        <message>
            <source>the routine's default</source>
            <translation>la de la rutina</translation>
        </message>
        <message>
            <source>Hold length</source>
            <translation>Duración de los estiramientos</translation>
        </message>
        <message>
            <source>Makes timed holds and stretches shorter or longer: 0.5 halves them, 2 doubles them.</source>
            <translation>Acorta o alarga las posturas y estiramientos con tiempo: 0,5 los reduce a la mitad, 2 los duplica.</translation>
        </message>
        <message>
            <source>Prefer the gentle routines</source>
            <translation>Preferir las rutinas suaves</translation>
        </message>
        <message>
            <source>Offer the gentle, joint-friendly warm-up and cool-down first.</source>
            <translation>Ofrecer primero el calentamiento y la vuelta a la calma suaves, que cuidan las articulaciones.</translation>
        </message>
        <message>
            <source>Ask how my knees feel</source>
            <translation>Preguntar cómo están mis rodillas</translation>
        </message>
        <message>
            <source>Ask for a 0 to 10 knee score before a run and again after the cool-down.</source>
            <translation>Pedir una nota de rodilla de 0 a 10 antes de correr y otra vez después de la vuelta a la calma.</translation>
        </message>
        <message>
            <source>Ask about my knees two hours after a run</source>
            <translation>Preguntar por mis rodillas dos horas después de correr</translation>
        </message>
        <message>
            <source>Two hours after a run day's cool-down, if Limber is still open, a desktop notification asks how your knees feel (pain worse than usual then means take it easier next time).</source>
            <translation>Dos horas después de la vuelta a la calma de un día de carrera, si Limber sigue abierto, una notificación te pregunta cómo están tus rodillas (si duelen más de lo normal, la próxima vez ve más suave).</translation>
        </message>
        <message>
            <source>Theme</source>
            <translation>Tema</translation>
        </message>
        <message>
            <source>Light or dark colours, or follow the system setting.</source>
            <translation>Colores claros u oscuros, o los del sistema.</translation>
        </message>
        <message>
            <source>Light</source>
            <translation>Claro</translation>
        </message>
        <message>
            <source>Dark</source>
            <translation>Oscuro</translation>
        </message>
        <message>
            <source>Text size</source>
            <translation>Tamaño del texto</translation>
        </message>
        <message>
            <source>Makes all text smaller or larger, to read from across the room.</source>
            <translation>Hace todo el texto más pequeño o más grande, para leerlo desde el otro lado de la habitación.</translation>
        </message>
        <message>
            <source>Reduce motion</source>
            <translation>Reducir movimiento</translation>
        </message>
        <message>
            <source>Exercise pictures show their moves by switching between two positions. With reduced motion each shows one still picture. "Same as the system" follows the desktop's reduced-motion or animation setting.</source>
            <translation>Las imágenes de los ejercicios muestran el movimiento alternando dos posiciones. Con movimiento reducido, cada una muestra una imagen fija. «Igual que el sistema» sigue el ajuste de animaciones del escritorio.</translation>
        </message>
        <message>
            <source>On: one still picture</source>
            <translation>Sí: una imagen fija</translation>
        </message>
        <message>
            <source>Off: pictures move</source>
            <translation>No: las imágenes se mueven</translation>
        </message>
        <message>
            <source>Start full screen</source>
            <translation>Empezar a pantalla completa</translation>
        </message>
        <message>
            <source>Open the coach full screen.</source>
            <translation>Abrir el entrenador a pantalla completa.</translation>
        </message>
        <message>
            <source>Keep the window on top</source>
            <translation>Ventana siempre encima</translation>
        </message>
        <message>
            <source>Keep the coach above other windows.</source>
            <translation>Mantener el entrenador encima de las demás ventanas.</translation>
        </message>
        <message>
            <source>Last routines</source>
            <translation>Últimas rutinas</translation>
        </message>
        <message>
            <source>The routine last chosen for each kind (warm-up, cool-down, strength).</source>
            <translation>La última rutina elegida de cada tipo (calentamiento, vuelta a la calma, fuerza).</translation>
        </message>
        <message>
            <source>Window position and size</source>
            <translation>Posición y tamaño de la ventana</translation>
        </message>
        <message>
            <source>Where the window was last; empty lets the system decide.</source>
            <translation>Dónde estaba la ventana la última vez; vacío deja que decida el sistema.</translation>
        </message>
        <message>
            <source>seconds</source>
            <translation>segundos</translation>
        </message>
        <message>
            <source>words per minute</source>
            <translation>palabras por minuto</translation>
        </message>
        <message>
            <source>a voice id (see limber voices), or empty for the clearest installed</source>
            <translation>un id de voz (ver limber voices), o vacío para la más clara instalada</translation>
        </message>
        <message>
            <source>base64 text, as saved by the app</source>
            <translation>texto base64, como lo guarda la app</translation>
        </message>
        <message>
            <source>true or false</source>
            <translation>true o false</translation>
        </message>
        <message>
            <source>a whole number from {low} to {high}{unit}</source>
            <translation>un número entero de {low} a {high}{unit}</translation>
        </message>
        <message>
            <source>{special}{meaning} or {range}</source>
            <translation>{special}{meaning} o {range}</translation>
        </message>
        <message>
            <source>a number from {low} to {high}{unit}</source>
            <translation>un número de {low} a {high}{unit}</translation>
        </message>
        <message>
            <source>one of {choices}</source>
            <translation>uno de {choices}</translation>
        </message>
        <message>
            <source>a JSON object of names to names, such as {"warm-up": "warmup-standard"}</source>
            <translation>un objeto JSON de nombres a nombres, como {"warm-up": "warmup-standard"}</translation>
        </message>
        <message>
            <source>text</source>
            <translation>texto</translation>
        </message>
    </context>
    <context>
        <name>PrefsCommands</name>
        <message>
            <source>show or change the preferences</source>
            <translation>mostrar o cambiar las preferencias</translation>
        </message>
        <message>
            <source>Show every preference with its current value, or change one.</source>
            <translation>Muestra cada preferencia con su valor, o cambia una.</translation>
        </message>
        <message>
            <source>Keys and the values they take:
</source>
            <translation>Claves y los valores que admiten:
</translation>
        </message>
        <message>
            <source>print JSON</source>
            <translation>imprimir JSON</translation>
        </message>
        <message>
            <source>change one preference</source>
            <translation>cambiar una preferencia</translation>
        </message>
        <message>
            <source>Change one preference; the value is checked before anything is saved.</source>
            <translation>Cambia una preferencia; el valor se comprueba antes de guardar nada.</translation>
        </message>
        <message>
            <source>put one preference, or all of them, back to the default</source>
            <translation>devolver una preferencia, o todas, a su valor por defecto</translation>
        </message>
        <message>
            <source>Put KEY back to its default, or every preference when no KEY is given.</source>
            <translation>Devuelve KEY a su valor por defecto, o todas las preferencias si no se indica KEY.</translation>
        </message>
        <message>
            <source> (not saved yet: these are the defaults)</source>
            <translation> (aún sin guardar: son los valores por defecto)</translation>
        </message>
        <message>
            <source> (read from {name})</source>
            <translation> (leído de {name})</translation>
        </message>
        <message>
            <source>Preferences file: {path}{note}</source>
            <translation>Archivo de preferencias: {path}{note}</translation>
        </message>
        <message>
            <source>All preferences are back to their defaults in {path}</source>
            <translation>Todas las preferencias vuelven a sus valores por defecto en {path}</translation>
        </message>
    </context>
    <context>
        <name>PrefsDialog</name>
        <message>
            <source>Listing the installed voices…</source>
            <translation>Buscando las voces instaladas…</translation>
        </message>
        <message>
            <source>{value} (not installed)</source>
            <translation>{value} (no instalada)</translation>
        </message>
        <message>
            <source>Preferences</source>
            <translation>Preferencias</translation>
        </message>
        <message>
            <source>Preference groups</source>
            <translation>Grupos de preferencias</translation>
        </message>
        <message>
            <source>Put every setting in this dialog back as it was when installed (nothing is saved until OK)</source>
            <translation>Dejar todos los ajustes de este diálogo como al instalar (no se guarda nada hasta Aceptar)</translation>
        </message>
        <message>
            <source>More voices</source>
            <translation>Más voces</translation>
        </message>
        <message>
            <source>Also list the voices made for other languages (they would read your language's cues with a foreign accent)</source>
            <translation>Mostrar también las voces de otros idiomas (leerían los avisos de tu idioma con acento extranjero)</translation>
        </message>
        <message>
            <source>Why the sample cannot be heard</source>
            <translation>Por qué no se oye el ejemplo</translation>
        </message>
        <message>
            <source>Hear it</source>
            <translation>Escuchar</translation>
        </message>
        <message>
            <source>Say a sample in this voice, at this speed</source>
            <translation>Decir un ejemplo con esta voz, a esta velocidad</translation>
        </message>
        <message>
            <source>Playing…</source>
            <translation>Sonando…</translation>
        </message>
        <message numerus="yes">
            <source>%n voice(s) installed</source>
            <translation>
                <numerusform>%n voz instalada</numerusform>
                <numerusform>%n voces instaladas</numerusform>
            </translation>
        </message>
        <message>
            <source>No speech engine found: install espeak-ng for a voice</source>
            <translation>No se encontró ningún motor de voz: instala espeak-ng para tener voz</translation>
        </message>
        <message numerus="yes">
            <source>More voices: %n for other languages</source>
            <translation>
                <numerusform>Más voces: %n para otros idiomas</numerusform>
                <numerusform>Más voces: %n para otros idiomas</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Preview</name>
        <message>
            <source>left, then right</source>
            <translation>izquierda, luego derecha</translation>
        </message>
        <message>
            <source>left and right in turn</source>
            <translation>izquierda y derecha alternando</translation>
        </message>
        <message>
            <source>Times from your voice's clips, as the session runs it.</source>
            <translation>Tiempos medidos con los clips de tu voz, como se hará la sesión.</translation>
        </message>
        <message>
            <source>Times estimated from the words; the session fits them to your voice first.</source>
            <translation>Tiempos estimados por las palabras; la sesión los ajusta antes a tu voz.</translation>
        </message>
        <message>
            <source>Times estimated from the words: there is no voice to time them.</source>
            <translation>Tiempos estimados por las palabras: no hay voz para medirlos.</translation>
        </message>
        <message>
            <source>timed with your voice</source>
            <translation>medido con tu voz</translation>
        </message>
        <message>
            <source>estimated</source>
            <translation>estimado</translation>
        </message>
        <message numerus="yes">
            <source>%n rep(s) each side</source>
            <translation>
                <numerusform>%n rep. por lado</numerusform>
                <numerusform>%n rep. por lado</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n rep(s)</source>
            <translation>
                <numerusform>%n rep.</numerusform>
                <numerusform>%n rep.</numerusform>
            </translation>
        </message>
        <message>
            <source>{time} each side</source>
            <translation>{time} por lado</translation>
        </message>
        <message>
            <source>a routine</source>
            <translation>una rutina</translation>
        </message>
        <message>
            <source>, line {line}</source>
            <translation>, línea {line}</translation>
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
            <translation>Nombre</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Tipo</translation>
        </message>
        <message>
            <source>Description</source>
            <translation>Descripción</translation>
        </message>
        <message>
            <source>Gentle</source>
            <translation>Suave</translation>
        </message>
        <message>
            <source>Said at the end</source>
            <translation>Se dice al final</translation>
        </message>
        <message>
            <source>Steps</source>
            <translation>Pasos</translation>
        </message>
        <message>
            <source>Exercises</source>
            <translation>Ejercicios</translation>
        </message>
        <message>
            <source>Defaults</source>
            <translation>Valores por defecto</translation>
        </message>
        <message>
            <source>Gap between steps</source>
            <translation>Pausa entre pasos</translation>
        </message>
        <message>
            <source>Time to switch sides</source>
            <translation>Tiempo para cambiar de lado</translation>
        </message>
        <message>
            <source>Hold time</source>
            <translation>Tiempo de postura</translation>
        </message>
        <message>
            <source>Seconds a rep</source>
            <translation>Segundos por repetición</translation>
        </message>
        <message>
            <source>exercise</source>
            <translation>ejercicio</translation>
        </message>
        <message>
            <source>seconds</source>
            <translation>segundos</translation>
        </message>
        <message>
            <source>reps</source>
            <translation>repeticiones</translation>
        </message>
        <message>
            <source>seconds a rep</source>
            <translation>segundos por repetición</translation>
        </message>
        <message>
            <source>sides</source>
            <translation>lados</translation>
        </message>
        <message>
            <source>said first</source>
            <translation>se dice primero</translation>
        </message>
        <message>
            <source>tips</source>
            <translation>avisos</translation>
        </message>
        <message>
            <source>halfway call</source>
            <translation>aviso de mitad</translation>
        </message>
        <message>
            <source>gap before it</source>
            <translation>pausa antes</translation>
        </message>
        <message>
            <source>time to switch sides</source>
            <translation>tiempo para cambiar de lado</translation>
        </message>
        <message>
            <source>may be left out</source>
            <translation>se puede omitir</translation>
        </message>
        <message>
            <source>name</source>
            <translation>nombre</translation>
        </message>
        <message>
            <source>kind</source>
            <translation>tipo</translation>
        </message>
        <message>
            <source>body parts</source>
            <translation>partes del cuerpo</translation>
        </message>
        <message>
            <source>how to do it</source>
            <translation>cómo se hace</translation>
        </message>
        <message>
            <source>picture</source>
            <translation>imagen</translation>
        </message>
        <message>
            <source>safety note</source>
            <translation>nota de seguridad</translation>
        </message>
        <message>
            <source>side part</source>
            <translation>parte del lado</translation>
        </message>
        <message>
            <source>or after a rep</source>
            <translation>o tras una repetición</translation>
        </message>
        <message>
            <source>A tip after a rep only applies</source>
            <translation>Un aviso tras una repetición solo sirve</translation>
        </message>
        <message>
            <source>A tip after a rep needs</source>
            <translation>Un aviso tras una repetición necesita</translation>
        </message>
        <message>
            <source>in “Said first” and the tips</source>
            <translation>en «Se dice primero» y los avisos</translation>
        </message>
        <message>
            <source>in “Said first”</source>
            <translation>en «Se dice primero»</translation>
        </message>
        <message>
            <source>Step {number}</source>
            <translation>Paso {number}</translation>
        </message>
        <message>
            <source>{step}, tip {number}</source>
            <translation>{step}, aviso {number}</translation>
        </message>
        <message>
            <source>{tip}, its time</source>
            <translation>{tip}, su momento</translation>
        </message>
        <message>
            <source>{tip}, its rep</source>
            <translation>{tip}, su repetición</translation>
        </message>
        <message>
            <source>Exercise {id}</source>
            <translation>Ejercicio {id}</translation>
        </message>
        <message>
            <source>The routine has no steps yet: add at least one.</source>
            <translation>La rutina aún no tiene pasos: añade al menos uno.</translation>
        </message>
        <message>
            <source>This cannot be left empty.</source>
            <translation>Esto no puede quedar vacío.</translation>
        </message>
        <message>
            <source>Type a whole number (seconds), not \1.</source>
            <translation>Escribe un número entero (segundos), no \1.</translation>
        </message>
        <message>
            <source>Type a whole number, not \1.</source>
            <translation>Escribe un número entero, no \1.</translation>
        </message>
        <message>
            <source>Type a number (seconds), not \1.</source>
            <translation>Escribe un número (segundos), no \1.</translation>
        </message>
        <message>
            <source>Type a number, not \1.</source>
            <translation>Escribe un número, no \1.</translation>
        </message>
        <message>
            <source>\1 is out of range: use \2 to \3 seconds.</source>
            <translation>\1 está fuera de rango: usa de \2 a \3 segundos.</translation>
        </message>
        <message>
            <source>\1 is out of range: use \2 to \3.</source>
            <translation>\1 está fuera de rango: usa de \2 a \3.</translation>
        </message>
        <message>
            <source>\1 s falls outside the step: use more than 0 and less than \2 seconds.</source>
            <translation>\1 s queda fuera del paso: usa más de 0 y menos de \2 segundos.</translation>
        </message>
        <message>
            <source>Expected text in quotes, not empty.</source>
            <translation>Aquí va texto entre comillas, no vacío.</translation>
        </message>
        <message>
            <source>Write words here, not \1.</source>
            <translation>Escribe palabras aquí, no \1.</translation>
        </message>
        <message>
            <source>Yes or no is wanted here, not \1.</source>
            <translation>Aquí va sí o no, no \1.</translation>
        </message>
        <message>
            <source>Choose one of \1, not \2\3.</source>
            <translation>Elige uno de \1, no \2\3.</translation>
        </message>
        <message>
            <source>There is no exercise \1 in the catalogue or the routine\2.</source>
            <translation>No hay ningún ejercicio \1 en el catálogo ni en la rutina\2.</translation>
        </message>
        <message>
            <source>Limber does not know \1 here.</source>
            <translation>Limber no conoce \1 aquí.</translation>
        </message>
        <message>
            <source>“\1” is missing.</source>
            <translation>Falta «\1».</translation>
        </message>
        <message>
            <source>An id must be lower-case letters, digits and hyphens (like 'ankle-circles'); \1 is not one.</source>
            <translation>Un id son minúsculas, cifras y guiones (como 'ankle-circles'); \1 no lo es.</translation>
        </message>
        <message>
            <source>An exercise id must be lower-case letters, digits and hyphens (like 'ankle-circles'), got \1.</source>
            <translation>El id de un ejercicio son minúsculas, cifras y guiones (como 'ankle-circles'), no \1.</translation>
        </message>
        <message>
            <source>A picture name must be lower-case letters, digits and hyphens (like 'ankle-circles'), got \1.</source>
            <translation>El nombre de una imagen son minúsculas, cifras y guiones (como 'ankle-circles'), no \1.</translation>
        </message>
        <message>
            <source>The file is not written correctly here: \1.</source>
            <translation>El archivo no está bien escrito aquí: \1.</translation>
        </message>
        <message>
            <source>The steps are not written as steps (\1).</source>
            <translation>Los pasos no están escritos como pasos (\1).</translation>
        </message>
        <message>
            <source>A section was expected here, not \1.</source>
            <translation>Aquí se esperaba una sección, no \1.</translation>
        </message>
        <message>
            <source>Expected tables of exercises, got \1.</source>
            <translation>Aquí van tablas de ejercicios, no \1.</translation>
        </message>
        <message>
            <source>Expected a list of body areas like [“calf”], got \1.</source>
            <translation>Aquí va una lista de zonas del cuerpo, como [“calf”], no \1.</translation>
        </message>
        <message>
            <source>Expected a list of tips like [{ at = “half”, say = “...” }], got \1.</source>
            <translation>Aquí va una lista de avisos, como [{ at = “half”, say = “...” }], no \1.</translation>
        </message>
        <message>
            <source>Seconds a rep only applies to a counted step.</source>
            <translation>Segundos por repetición solo sirve para un paso contado.</translation>
        </message>
        <message>
            <source>A tip after a rep only applies to a step with reps.</source>
            <translation>Un aviso tras una repetición solo sirve en un paso con repeticiones.</translation>
        </message>
        <message>
            <source>A tip after a rep needs a step of at least two reps.</source>
            <translation>Un aviso tras una repetición necesita un paso de al menos dos repeticiones.</translation>
        </message>
        <message>
            <source>A cue is said at a time or after a rep, not both.</source>
            <translation>Un aviso se dice en un momento o tras una repetición, no las dos cosas.</translation>
        </message>
        <message>
            <source>A step is timed (seconds) or counted (reps), not both.</source>
            <translation>Un paso dura un tiempo (segundos) o se cuenta (repeticiones), no las dos cosas.</translation>
        </message>
        <message>
            <source>A time to switch sides only applies to a step done on each side.</source>
            <translation>El tiempo para cambiar de lado solo sirve en un paso que se hace por cada lado.</translation>
        </message>
        <message>
            <source>Duplicate exercise id \1: the catalogue already has it; choose another id.</source>
            <translation>El id de ejercicio \1 ya está en el catálogo; elige otro.</translation>
        </message>
        <message>
            <source>Holds the control character \1; spoken text is one line of plain words.</source>
            <translation>Tiene el carácter de control \1; el texto hablado es una línea de palabras sencillas.</translation>
        </message>
        <message>
            <source>Holds the control character \1; only line breaks and tabs are allowed.</source>
            <translation>Tiene el carácter de control \1; solo se permiten saltos de línea y tabuladores.</translation>
        </message>
        <message>
            <source>Holds the invisible character \1; delete it (it shows as nothing, or makes the text look like other text).</source>
            <translation>Tiene el carácter invisible \1; bórralo (no se ve, o hace que el texto parezca otro).</translation>
        </message>
        <message>
            <source>\1 would be read out by the voice; say it in words.</source>
            <translation>La voz leería \1 tal cual; dilo con palabras.</translation>
        </message>
        <message>
            <source>The written words must be one line of 1 to \1 visible characters.</source>
            <translation>Las palabras escritas son una línea de 1 a \1 caracteres visibles.</translation>
        </message>
        <message>
            <source>The voice can only say “left side” and “right side”: give the exercise \1 a side part (like “calf” or “leg back”) so it says which limb.</source>
            <translation>La voz solo puede decir “lado izquierdo” y “lado derecho”: dale al ejercicio \1 una parte del lado (como “gemelo” o “pierna atrás”) para que diga qué pierna.</translation>
        </message>
        <message>
            <source>The tip “\1” has no room at this speech rate and hold time, so it is left out: use fewer words, or a longer hold.</source>
            <translation>El aviso “\1” no cabe con esta velocidad de voz y este tiempo, así que se omite: usa menos palabras o mantén más tiempo.</translation>
        </message>
        <message>
            <source>A count takes \1 s to say at \2 words a minute, but the counts come every \3 s, so they run into each other: make seconds a rep at least \4 (a slower tempo), or raise the speech rate.</source>
            <translation>Decir un número lleva \1 s a \2 palabras por minuto, pero los números llegan cada \3 s y se pisan: pon al menos \4 segundos por repetición (más lento), o sube la velocidad de voz.</translation>
        </message>
        <message>
            <source>Counting waits \1 s for the opening words to be said: use fewer words in “Said first” and the tips.</source>
            <translation>La cuenta espera \1 s a que se digan las primeras palabras: usa menos palabras en “Se dice primero” y en los avisos.</translation>
        </message>
        <message>
            <source>The opening words run into the three-two-one of this \1 second step: use fewer words in “Said first”, or make the step longer.</source>
            <translation>Las primeras palabras se pisan con el tres-dos-uno de este paso de \1 segundos: usa menos palabras en “Se dice primero”, o alarga el paso.</translation>
        </message>
        <message>
            <source>a table</source>
            <translation>una tabla</translation>
        </message>
        <message>
            <source>a list</source>
            <translation>una lista</translation>
        </message>
        <message>
            <source>a number far too large</source>
            <translation>un número demasiado grande</translation>
        </message>
        <message>
            <source>; did you mean {name}?</source>
            <translation>; ¿querías decir {name}?</translation>
        </message>
        <message>
            <source>Line {line}</source>
            <translation>Línea {line}</translation>
        </message>
        <message>
            <source> Did you mean {id}?</source>
            <translation> ¿Querías decir {id}?</translation>
        </message>
        <message>
            <source>no routine called {id}.{hint} Known routines: {known}</source>
            <translation>no hay ninguna rutina {id}.{hint} Rutinas disponibles: {known}</translation>
        </message>
    </context>
    <context>
        <name>Reading</name>
        <message>
            <source>How to do it</source>
            <translation>Cómo se hace</translation>
        </message>
        <message>
            <source>Take care</source>
            <translation>Cuidado</translation>
        </message>
        <message>
            <source>Next up</source>
            <translation>A continuación</translation>
        </message>
    </context>
    <context>
        <name>RoutineCommands</name>
        <message>
            <source>list the routines</source>
            <translation>listar las rutinas</translation>
        </message>
        <message>
            <source>print JSON</source>
            <translation>imprimir JSON</translation>
        </message>
        <message>
            <source>show a routine's plan: its steps, times and cues, timed with your voice's clips as a session runs it</source>
            <translation>mostrar el plan de una rutina: pasos, tiempos y avisos, medidos con los clips de tu voz como se hará la sesión</translation>
        </message>
        <message>
            <source>routine id (see 'limber list')</source>
            <translation>id de la rutina (ver 'limber list')</translation>
        </message>
        <message>
            <source>estimate the times from the words instead of the voice's clips</source>
            <translation>estimar los tiempos por las palabras en vez de por los clips de la voz</translation>
        </message>
        <message>
            <source>check routine files (and a language's words for the built-ins, routines/i18n/XX.toml); exit 1 if any has a problem (warnings about cues that cannot fit do not count)</source>
            <translation>revisar archivos de rutinas (y las palabras de un idioma para las incluidas, routines/i18n/XX.toml); sale con 1 si alguno tiene un problema (los avisos que no caben no cuentan)</translation>
        </message>
        <message>
            <source>limber: skipped: {problem}</source>
            <translation>limber: omitido: {problem}</translation>
        </message>
        <message>
            <source> (gentle)</source>
            <translation> (suave)</translation>
        </message>
        <message>
            <source>
Your own routines go in {user_routines_dir}</source>
            <translation>
Tus propias rutinas van en {user_routines_dir}</translation>
        </message>
        <message>
            <source>limber: warning: {warning}</source>
            <translation>limber: advertencia: {warning}</translation>
        </message>
        <message numerus="yes">
            <source>, %n warning(s)</source>
            <translation>
                <numerusform>, %n advertencia</numerusform>
                <numerusform>, %n advertencias</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>{valid} of %n file(s) valid{counted}</source>
            <translation>
                <numerusform>{valid} de %n archivo válido{counted}</numerusform>
                <numerusform>{valid} de %n archivos válidos{counted}</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>RoutineEditor</name>
        <message>
            <source>My routine</source>
            <translation>Mi rutina</translation>
        </message>
        <message>
            <source>a built-in routine has this id; try {id}</source>
            <translation>una rutina incluida tiene este id; prueba {id}</translation>
        </message>
        <message>
            <source>the routine has problems; fix them first</source>
            <translation>la rutina tiene problemas; corrígelos primero</translation>
        </message>
        <message>
            <source>{routine}, my copy</source>
            <translation>{routine}, mi copia</translation>
        </message>
    </context>
    <context>
        <name>RoutineFileCommands</name>
        <message>
            <source>check a routine file and add it to your routines</source>
            <translation>revisar un archivo de rutina y añadirlo a tus rutinas</translation>
        </message>
        <message>
            <source>replace your routine with the same id (the old one goes to the trash)</source>
            <translation>reemplazar tu rutina con el mismo id (la antigua va a la papelera)</translation>
        </message>
        <message>
            <source>write a routine to a file that imports anywhere</source>
            <translation>escribir una rutina en un archivo que se importa en cualquier sitio</translation>
        </message>
        <message>
            <source>routine id (see 'limber list')</source>
            <translation>id de la rutina (ver 'limber list')</translation>
        </message>
        <message>
            <source>the file to write, or - for standard output</source>
            <translation>el archivo que escribir, o - para la salida estándar</translation>
        </message>
        <message>
            <source>overwrite FILE if it exists (a link is followed, never replaced)</source>
            <translation>sobrescribir FILE si existe (un enlace se sigue, nunca se reemplaza)</translation>
        </message>
        <message>
            <source>move one of your routines to the trash</source>
            <translation>mover una de tus rutinas a la papelera</translation>
        </message>
        <message>
            <source>list the routines in the trash</source>
            <translation>listar las rutinas de la papelera</translation>
        </message>
        <message>
            <source>bring a routine back from the trash</source>
            <translation>recuperar una rutina de la papelera</translation>
        </message>
        <message>
            <source>routine id (see 'limber trash')</source>
            <translation>id de la rutina (ver 'limber trash')</translation>
        </message>
        <message>
            <source>nothing imported</source>
            <translation>no se importó nada</translation>
        </message>
        <message>
            <source>imported {id} ({name}) into {path}</source>
            <translation>{id} ({name}) importada en {path}</translation>
        </message>
        <message>
            <source>limber: exported as {id!r} (a built-in's id is its own)</source>
            <translation>limber: exportada como {id!r} (el id de una incluida es suyo)</translation>
        </message>
        <message>
            <source>nothing written</source>
            <translation>no se escribió nada</translation>
        </message>
        <message>
            <source> (as {id!r}: a built-in's id is its own)</source>
            <translation> (como {id!r}: el id de una incluida es suyo)</translation>
        </message>
        <message>
            <source>exported {id!r} to {file}{renamed}</source>
            <translation>{id!r} exportada a {file}{renamed}</translation>
        </message>
        <message>
            <source>nothing deleted</source>
            <translation>no se borró nada</translation>
        </message>
        <message>
            <source>deleted {id!r}; a copy is kept in {kept}
bring it back with: limber restore {id}</source>
            <translation>{id!r} borrada; queda una copia en {kept}
recupérala con: limber restore {id}</translation>
        </message>
        <message numerus="yes">
            <source>%n routine(s) in {folder}</source>
            <translation>
                <numerusform>%n rutina en {folder}</numerusform>
                <numerusform>%n rutinas en {folder}</numerusform>
            </translation>
        </message>
        <message>
            <source>nothing restored</source>
            <translation>no se recuperó nada</translation>
        </message>
        <message>
            <source>restored {id} ({name}) into {path}</source>
            <translation>{id} ({name}) recuperada en {path}</translation>
        </message>
        <message>
            <source>the routine it replaced is kept in {trashed}</source>
            <translation>la rutina reemplazada queda en {trashed}</translation>
        </message>
        <message>
            <source>; add --replace to replace it</source>
            <translation>; añade --replace para reemplazarla</translation>
        </message>
    </context>
    <context>
        <name>RunCommand</name>
        <message>
            <source>run a routine (in the app, or --text in this terminal)</source>
            <translation>hacer una rutina (en la app, o con --text en esta terminal)</translation>
        </message>
        <message>
            <source>routine id (see 'limber list')</source>
            <translation>id de la rutina (ver 'limber list')</translation>
        </message>
        <message>
            <source>run in the terminal instead of the app</source>
            <translation>hacerla en la terminal en vez de en la app</translation>
        </message>
        <message>
            <source>run X times faster, from {low} to {high}: a preview, not recorded as a session</source>
            <translation>ir X veces más rápido, de {low} a {high}: una vista previa, no se guarda como sesión</translation>
        </message>
        <message>
            <source>do not speak</source>
            <translation>no hablar</translation>
        </message>
        <message>
            <source>(A preview: not recorded in your history.)</source>
            <translation>(Una vista previa: no se guarda en tu historial.)</translation>
        </message>
    </context>
    <context>
        <name>RunDayWords</name>
        <message>
            <source>Start my run day</source>
            <translation>Empezar mi día de carrera</translation>
        </message>
        <message>
            <source>Back from your run? Cool down now</source>
            <translation>¿Ya volviste? Vuelta a la calma</translation>
        </message>
        <message>
            <source>Finish your run day: cool down</source>
            <translation>Termina tu día: vuelta a la calma</translation>
        </message>
        <message>
            <source>Go on with your run day: go run</source>
            <translation>Sigue con tu día: a correr</translation>
        </message>
        <message>
            <source>End the run day</source>
            <translation>Terminar el día de carrera</translation>
        </message>
        <message>
            <source>I didn't run</source>
            <translation>No salí a correr</translation>
        </message>
        <message>
            <source>Warm up again</source>
            <translation>Calentar otra vez</translation>
        </message>
        <message>
            <source>Your run day is not finished: “{button}” at the top of home starts the cool-down.</source>
            <translation>Tu día de carrera no ha terminado: «{button}», arriba en el inicio, empieza la vuelta a la calma.</translation>
        </message>
        <message>
            <source>{n} %</source>
            <comment>a percentage</comment>
            <translation>{n} %</translation>
        </message>
        <message>
            <source>no cool-down found</source>
            <translation>no se encontró vuelta a la calma</translation>
        </message>
        <message>
            <source>Next: {cool_down}, then how your knees feel.</source>
            <translation>Ahora: {cool_down}, y luego cómo notas las rodillas.</translation>
        </message>
        <message>
            <source>Your warm-up stopped at {percent}. Go run now, then {cool_down}; or warm up again.</source>
            <translation>Tu calentamiento paró al {percent}. Sal a correr ahora y luego {cool_down}; o calienta otra vez.</translation>
        </message>
        <message>
            <source>knee check</source>
            <translation>pregunta de rodillas</translation>
        </message>
        <message>
            <source>no warm-up found</source>
            <translation>no se encontró calentamiento</translation>
        </message>
        <message>
            <source>your run</source>
            <translation>tu carrera</translation>
        </message>
        <message>
            <source>Go run</source>
            <translation>A correr</translation>
        </message>
        <message>
            <source>since your warm-up</source>
            <translation>desde tu calentamiento</translation>
        </message>
        <message>
            <source>If it keeps hurting, walk home and give it a rest; press I'm back when you are, and cool down.</source>
            <translation>Si sigue doliendo, vuelve caminando y descansa; pulsa «Ya volví» cuando estés, y haz la vuelta a la calma.</translation>
        </message>
        <message>
            <source>Enter: I'm back · Esc: end the run day</source>
            <translation>Intro: Ya volví · Esc: terminar el día</translation>
        </message>
        <message>
            <source>End the run day?</source>
            <translation>¿Terminar el día de carrera?</translation>
        </message>
        <message>
            <source>Your warm-up stays in your history; the run and the cool-down are not done today.</source>
            <translation>Tu calentamiento queda en el historial; la carrera y la vuelta a la calma no se hacen hoy.</translation>
        </message>
        <message>
            <source>No run today?</source>
            <translation>¿Hoy no corres?</translation>
        </message>
        <message>
            <source>The cool-down still does your legs good after the warm-up. Or end the day here.</source>
            <translation>La vuelta a la calma sigue siendo buena para tus piernas tras el calentamiento. O termina el día aquí.</translation>
        </message>
        <message>
            <source>Cool down now</source>
            <translation>Vuelta a la calma ahora</translation>
        </message>
        <message>
            <source>Keep going</source>
            <translation>Seguir</translation>
        </message>
        <message>
            <source>No run</source>
            <translation>Sin carrera</translation>
        </message>
        <message>
            <source>Your run: {time}</source>
            <translation>Tu carrera: {time}</translation>
        </message>
        <message>
            <source>Your warm-up stopped at {percent}, so your run day is waiting: go run now, warm up again, or end the day.</source>
            <translation>Tu calentamiento paró al {percent}, así que tu día de carrera espera: sal a correr ahora, calienta otra vez, o termina el día.</translation>
        </message>
        <message>
            <source>Go run now</source>
            <translation>Correr ahora</translation>
        </message>
        <message>
            <source>Your cool-down stopped at {percent}, so your run day is not finished: cool down again, or end the day.</source>
            <translation>Tu vuelta a la calma paró al {percent}, así que tu día de carrera no ha terminado: hazla otra vez, o termina el día.</translation>
        </message>
        <message>
            <source>Cool down again</source>
            <translation>Vuelta a la calma otra vez</translation>
        </message>
        <message>
            <source>How are your knees?</source>
            <translation>¿Cómo están tus rodillas?</translation>
        </message>
        <message>
            <source>It's two hours since your cool-down. How do your knees feel now, from 0 (no pain) to 10? If they hurt more than before your run, take it easier next time.</source>
            <translation>Han pasado dos horas desde tu vuelta a la calma. ¿Cómo notas ahora las rodillas, de 0 (sin dolor) a 10? Si duelen más que antes de correr, ve más tranquilo la próxima vez.</translation>
        </message>
    </context>
    <context>
        <name>Safety</name>
        <message>
            <source>Copy</source>
            <translation>Copiar</translation>
        </message>
        <message>
            <source>Copy these signs, to keep or to show someone</source>
            <translation>Copiar estas señales, para guardarlas o enseñárselas a alguien</translation>
        </message>
    </context>
    <context>
        <name>ScoreRow</name>
        <message>
            <source>{score} out of 10</source>
            <translation>{score} de 10</translation>
        </message>
    </context>
    <context>
        <name>SelfcheckCommand</name>
        <message>
            <source>only these ({checks}); all by default</source>
            <translation>solo estas ({checks}); todas por defecto</translation>
        </message>
        <message>
            <source>no check {unknown}; the checks: {checks}</source>
            <translation>no hay comprobación {unknown}; las comprobaciones: {checks}</translation>
        </message>
    </context>
    <context>
        <name>SessionView</name>
        <message>
            <source>Routine</source>
            <translation>Rutina</translation>
        </message>
        <message>
            <source>Voice preparation</source>
            <translation>Preparando la voz</translation>
        </message>
        <message>
            <source>Step</source>
            <translation>Paso</translation>
        </message>
        <message>
            <source>Time left in the routine</source>
            <translation>Tiempo que queda de la rutina</translation>
        </message>
        <message>
            <source>Routine progress</source>
            <translation>Progreso de la rutina</translation>
        </message>
        <message>
            <source>What comes now</source>
            <translation>Lo que toca ahora</translation>
        </message>
        <message>
            <source>Exercise</source>
            <translation>Ejercicio</translation>
        </message>
        <message>
            <source>Stop (Esc)</source>
            <translation>Parar (Esc)</translation>
        </message>
        <message>
            <source>Stop the routine</source>
            <translation>Parar la rutina</translation>
        </message>
        <message>
            <source>Keep going (Space)</source>
            <translation>Seguir (Espacio)</translation>
        </message>
        <message>
            <source>Keep going</source>
            <translation>Seguir</translation>
        </message>
        <message>
            <source>Take care: {note}</source>
            <translation>Cuidado: {note}</translation>
        </message>
        <message>
            <source>Paused</source>
            <translation>En pausa</translation>
        </message>
        <message>
            <source>Preparing the voice… {ready}/{total}</source>
            <translation>Preparando la voz… {ready}/{total}</translation>
        </message>
    </context>
    <context>
        <name>ShowWords</name>
        <message>
            <source>lead-in</source>
            <translation>entrada</translation>
        </message>
        <message>
            <source>exercise</source>
            <translation>ejercicio</translation>
        </message>
        <message>
            <source>switch</source>
            <translation>cambio</translation>
        </message>
        <message>
            <source>gap</source>
            <translation>pausa</translation>
        </message>
        <message>
            <source>left</source>
            <translation>izquierda</translation>
        </message>
        <message>
            <source>right</source>
            <translation>derecha</translation>
        </message>
        <message>
            <source>both</source>
            <translation>ambos</translation>
        </message>
    </context>
    <context>
        <name>SpeechCommands</name>
        <message>
            <source>list the voices of every installed engine (* = the default)</source>
            <translation>listar las voces de cada motor instalado (* = la de por defecto)</translation>
        </message>
        <message>
            <source>speak a phrase with the cue voice, or save it to a file</source>
            <translation>decir una frase con la voz de los avisos, o guardarla en un archivo</translation>
        </message>
        <message>
            <source>what to say</source>
            <translation>qué decir</translation>
        </message>
        <message>
            <source>voice id (see 'limber voices'); default: your saved voice</source>
            <translation>id de la voz (ver 'limber voices'); por defecto: tu voz guardada</translation>
        </message>
        <message>
            <source>words per minute, {low} to {high}; default: your saved rate</source>
            <translation>palabras por minuto, de {low} a {high}; por defecto: tu velocidad guardada</translation>
        </message>
        <message>
            <source>write a WAV file instead</source>
            <translation>escribir un archivo WAV en su lugar</translation>
        </message>
        <message>
            <source>clearest</source>
            <translation>la más clara</translation>
        </message>
        <message>
            <source>clear</source>
            <translation>clara</translation>
        </message>
        <message>
            <source>fair</source>
            <translation>aceptable</translation>
        </message>
        <message>
            <source>muffled (telephone quality)</source>
            <translation>apagada (calidad de teléfono)</translation>
        </message>
        <message>
            <source>robotic</source>
            <translation>robótica</translation>
        </message>
        <message>
            <source>ENGINE</source>
            <translation>MOTOR</translation>
        </message>
        <message>
            <source>NAME</source>
            <translation>NOMBRE</translation>
        </message>
        <message>
            <source>LANGUAGE</source>
            <translation>IDIOMA</translation>
        </message>
        <message>
            <source>QUALITY</source>
            <translation>CALIDAD</translation>
        </message>
        <message numerus="yes">
            <source>%n voice(s); * the default, the clearest installed ('limber say --voice ID TEXT' to try one)</source>
            <translation>
                <numerusform>%n voz; * la de por defecto, la más clara instalada ('limber say --voice ID TEXT' para probar una)</numerusform>
                <numerusform>%n voces; * la de por defecto, la más clara instalada ('limber say --voice ID TEXT' para probar una)</numerusform>
            </translation>
        </message>
        <message>
            <source>nothing to say</source>
            <translation>nada que decir</translation>
        </message>
        <message>
            <source>--rate must be {low} to {high} words a minute</source>
            <translation>--rate debe ser de {low} a {high} palabras por minuto</translation>
        </message>
        <message>
            <source>no folder {parent}</source>
            <translation>no existe la carpeta {parent}</translation>
        </message>
        <message>
            <source>there is no voice {voice!r} (see 'limber voices')</source>
            <translation>no hay ninguna voz {voice!r} (ver 'limber voices')</translation>
        </message>
        <message>
            <source>{exc} (details in {log_path})</source>
            <translation>{exc} (detalles en {log_path})</translation>
        </message>
        <message>
            <source>cannot store the clip: {value}</source>
            <translation>no se puede guardar el clip: {value}</translation>
        </message>
        <message>
            <source>cannot write {to}: {value}</source>
            <translation>no se puede escribir {to}: {value}</translation>
        </message>
        <message>
            <source>{problem} Use --to FILE.wav to save the phrase instead.</source>
            <translation>{problem} Usa --to FILE.wav para guardar la frase en su lugar.</translation>
        </message>
    </context>
    <context>
        <name>SpeechWords</name>
        <message>
            <source>The voice is still being prepared; a chime stands in for the cues that are not ready yet.</source>
            <translation>La voz aún se está preparando; un tono sustituye a los avisos que todavía no están listos.</translation>
        </message>
        <message>
            <source>Some cues could not be made into clear speech, so a chime stands in for them. Limber will try them again next time.</source>
            <translation>Algunos avisos no se pudieron decir con claridad, así que un tono los sustituye. Limber lo intentará de nuevo la próxima vez.</translation>
        </message>
        <message>
            <source>No audio output is available, so Limber runs silently.</source>
            <translation>No hay salida de audio, así que Limber funciona en silencio.</translation>
        </message>
        <message>
            <source>The sound system stopped answering; Limber carries on without sound until it is back.</source>
            <translation>El sistema de sonido dejó de responder; Limber sigue sin sonido hasta que vuelva.</translation>
        </message>
        <message>
            <source>Preparing the voice failed; Limber carries on with tones instead of the voice.</source>
            <translation>No se pudo preparar la voz; Limber sigue con tonos en lugar de la voz.</translation>
        </message>
        <message>
            <source>The speech engine stopped working. Limber carries on with tones instead of the voice.</source>
            <translation>El motor de voz dejó de funcionar. Limber sigue con tonos en lugar de la voz.</translation>
        </message>
        <message>
            <source>Cannot store the voice clips in \1 (\2); Limber carries on with tones instead of the voice.</source>
            <translation>No se pueden guardar los clips de voz en \1 (\2); Limber sigue con tonos en lugar de la voz.</translation>
        </message>
        <message>
            <source>\1 Limber carries on with tones instead of the voice.</source>
            <translation>\1 Limber sigue con tonos en lugar de la voz.</translation>
        </message>
        <message>
            <source>The voice \1 is not installed; the \2 speaks instead.</source>
            <translation>La voz \1 no está instalada; habla la \2 en su lugar.</translation>
        </message>
        <message>
            <source>The \1 does not work on this computer; the \2 speaks instead.</source>
            <translation>La \1 no funciona en este ordenador; habla la \2 en su lugar.</translation>
        </message>
        <message>
            <source>No speech engine: the pyttsx3 package is missing (pip install pyttsx3). Until then a chime stands in for the spoken cues.</source>
            <translation>No hay motor de voz: falta el paquete pyttsx3 (pip install pyttsx3). Hasta entonces, un tono sustituye a los avisos hablados.</translation>
        </message>
        <message>
            <source>No speech engine: espeak-ng is not installed. To hear the cues, install espeak-ng (on Debian or Ubuntu: sudo apt install espeak-ng). Until then a chime stands in for the spoken cues.</source>
            <translation>No hay motor de voz: espeak-ng no está instalado. Para oír los avisos, instala espeak-ng (en Debian o Ubuntu: sudo apt install espeak-ng). Hasta entonces, un tono sustituye a los avisos hablados.</translation>
        </message>
        <message>
            <source>\1 Until then a chime stands in for the spoken cues.</source>
            <translation>\1 Hasta entonces, un tono sustituye a los avisos hablados.</translation>
        </message>
        <message>
            <source>A sound file of Limber's is missing or damaged (\1); reinstall Limber.</source>
            <translation>Falta un archivo de sonido de Limber o está dañado (\1); vuelve a instalar Limber.</translation>
        </message>
        <message>
            <source>default {engine} voice</source>
            <translation>voz predeterminada de {engine}</translation>
        </message>
        <message>
            <source>{engine} voice {voice}</source>
            <translation>voz {voice} de {engine}</translation>
        </message>
    </context>
    <context>
        <name>StorageWords</name>
        <message>
            <source>\1 is a folder, not a preferences file; Limber cannot save preferences until it is moved or removed.</source>
            <translation>\1 es una carpeta, no un archivo de preferencias; Limber no puede guardar preferencias hasta que la muevas o la borres.</translation>
        </message>
        <message>
            <source>Could not read \1 (\2).</source>
            <translation>No se pudo leer \1 (\2).</translation>
        </message>
        <message>
            <source>Your preferences file \1 is damaged (\2) and could not be moved aside (\3); it will not be overwritten.</source>
            <translation>Tu archivo de preferencias \1 está dañado (\2) y no se pudo apartar (\3); no se sobrescribirá.</translation>
        </message>
        <message>
            <source>Your preferences file was damaged (\1); it has been kept as \2.</source>
            <translation>Tu archivo de preferencias estaba dañado (\1); se ha guardado como \2.</translation>
        </message>
        <message>
            <source>Limber is using the default preferences.</source>
            <translation>Limber usa las preferencias predeterminadas.</translation>
        </message>
        <message>
            <source>The backup \1 could not be used either (\2); Limber is using the default preferences.</source>
            <translation>La copia \1 tampoco se pudo usar (\2); Limber usa las preferencias predeterminadas.</translation>
        </message>
        <message>
            <source>Limber is using your preferences from the backup, \1.</source>
            <translation>Limber usa tus preferencias de la copia \1.</translation>
        </message>
        <message>
            <source>\1: \2 = \3 is not valid; using the default, \4.</source>
            <translation>\1: \2 = \3 no es válido; se usa el valor predeterminado, \4.</translation>
        </message>
        <message>
            <source>\1: schema_version \2 is not valid; read it as version \3.</source>
            <translation>\1: schema_version \2 no es válido; se lee como versión \3.</translation>
        </message>
        <message>
            <source>\1: ignored these unknown settings: \2.</source>
            <translation>\1: se ignoraron estos ajustes desconocidos: \2.</translation>
        </message>
        <message>
            <source>A kept history entry was dropped (\1).</source>
            <translation>Se perdió una entrada guardada del historial (\1).</translation>
        </message>
        <message>
            <source>Your history file was damaged (\1). It has been kept as \2, and a new history has been started.</source>
            <translation>Tu archivo de historial estaba dañado (\1). Se ha guardado como \2 y se ha empezado un historial nuevo.</translation>
        </message>
        <message>
            <source>The history cannot be used: \1. Sessions and check-ins from this run will not be kept.</source>
            <translation>No se puede usar el historial: \1. Las sesiones y las valoraciones de esta vez no se guardarán.</translation>
        </message>
        <message>
            <source>A history entry waiting in \1 could not be read (\2); the file is left as it is.</source>
            <translation>Una entrada pendiente del historial en \1 no se pudo leer (\2); el archivo se deja como está.</translation>
        </message>
        <message>
            <source>A history entry waiting in \1 could not be read (\2); the file is kept as \3.</source>
            <translation>Una entrada pendiente del historial en \1 no se pudo leer (\2); el archivo se guarda como \3.</translation>
        </message>
    </context>
    <context>
        <name>TerminalRun</name>
        <message>
            <source>--speed must be from {low} to {high} (times real time; 1 is a real session), not {speed}</source>
            <translation>--speed debe estar entre {low} y {high} (veces el tiempo real; 1 es una sesión real), no {speed}</translation>
        </message>
        <message>
            <source>Get ready - first up: {exercise}</source>
            <translation>Prepárate - primero: {exercise}</translation>
        </message>
        <message>
            <source>Next up: {exercise}</source>
            <translation>Ahora: {exercise}</translation>
        </message>
        <message>
            <source>Switch sides: {exercise}</source>
            <translation>Cambia de lado: {exercise}</translation>
        </message>
        <message>
            <source>{exercise} - LEFT</source>
            <translation>{exercise} - IZQUIERDA</translation>
        </message>
        <message>
            <source>{exercise} - RIGHT</source>
            <translation>{exercise} - DERECHA</translation>
        </message>
        <message>
            <source>{exercise} - alternate sides</source>
            <translation>{exercise} - alternando lados</translation>
        </message>
        <message numerus="yes">
            <source>Paused: the clock jumped {seconds} s (was the computer asleep?); %n late cue(s) skipped.</source>
            <translation>
                <numerusform>En pausa: el reloj saltó {seconds} s (¿estaba el ordenador en reposo?); %n aviso tardío omitido.</numerusform>
                <numerusform>En pausa: el reloj saltó {seconds} s (¿estaba el ordenador en reposo?); %n avisos tardíos omitidos.</numerusform>
            </translation>
        </message>
        <message>
            <source>Paused. Press Ctrl-C to stop.</source>
            <translation>En pausa. Ctrl-C para parar.</translation>
        </message>
        <message>
            <source> rep {rep}/{reps}</source>
            <translation> rep. {rep}/{reps}</translation>
        </message>
        <message>
            <source>{seconds} s   (total left {time})</source>
            <translation>{seconds} s   (quedan {time} en total)</translation>
        </message>
        <message>
            <source>Stopped: {routine}, {percent}% done in {time}.</source>
            <translation>Parada: {routine}, {percent} % hecho en {time}.</translation>
        </message>
        <message>
            <source>Finished: {routine}, {percent}% done in {time}.</source>
            <translation>Terminada: {routine}, {percent} % hecho en {time}.</translation>
        </message>
    </context>
    <context>
        <name>TypedValues</name>
        <message>
            <source>invalid value {value} for {key}: expected {expected}</source>
            <translation>valor no válido {value} para {key}: se espera {expected}</translation>
        </message>
    </context>
    <context>
        <name>VoiceChoices</name>
        <message>
            <source>Left side. Hold it gently, and breathe. Five, four, three, two, one.</source>
            <translation>Lado izquierdo. Mantén con suavidad, y respira. Cinco, cuatro, tres, dos, uno.</translation>
        </message>
        <message>
            <source>Automatic: the clearest voice installed</source>
            <translation>Automática: la voz más clara instalada</translation>
        </message>
        <message>
            <source>{voice} (not installed)</source>
            <translation>{voice} (no instalada)</translation>
        </message>
        <message>
            <source>The sample cannot be said: {problem}</source>
            <translation>El ejemplo no se puede decir: {problem}</translation>
        </message>
        <message>
            <source>The sample cannot be stored: {problem}.</source>
            <translation>El ejemplo no se puede guardar: {problem}.</translation>
        </message>
        <message>
            <source>The sample cannot be heard. {problem}</source>
            <translation>El ejemplo no se puede oír. {problem}</translation>
        </message>
        <message>
            <source>there is no voice {voice}. The installed voices (set one by its id, or an empty value for the system's default):
{listing}</source>
            <translation>no hay ninguna voz {voice}. Las voces instaladas (elige una por su id, o un valor vacío para la del sistema):
{listing}</translation>
        </message>
    </context>
    <context>
        <name>VoiceFit</name>
        <message>
            <source>Preparing the voice: {done}/{total} phrases</source>
            <translation>Preparando la voz: {done}/{total} frases</translation>
        </message>
        <message>
            <source>Preparing the voice: ready.</source>
            <translation>Preparando la voz: lista.</translation>
        </message>
    </context>
    <context>
        <name>Weekdays</name>
        <message>
            <source>Mon</source>
            <translation>lun</translation>
        </message>
        <message>
            <source>Tue</source>
            <translation>mar</translation>
        </message>
        <message>
            <source>Wed</source>
            <translation>mié</translation>
        </message>
        <message>
            <source>Thu</source>
            <translation>jue</translation>
        </message>
        <message>
            <source>Fri</source>
            <translation>vie</translation>
        </message>
        <message>
            <source>Sat</source>
            <translation>sáb</translation>
        </message>
        <message>
            <source>Sun</source>
            <translation>dom</translation>
        </message>
    </context>
    <context>
        <name>Window</name>
        <message>
            <source>Menu</source>
            <translation>Menú</translation>
        </message>
        <message>
            <source>Preferences…</source>
            <translation>Preferencias…</translation>
        </message>
        <message>
            <source>History</source>
            <translation>Historial</translation>
        </message>
        <message>
            <source>New routine…</source>
            <translation>Nueva rutina…</translation>
        </message>
        <message>
            <source>Import a routine…</source>
            <translation>Importar una rutina…</translation>
        </message>
        <message>
            <source>When to stop and get advice</source>
            <translation>Cuándo parar y consultar</translation>
        </message>
        <message>
            <source>About {APP_NAME}</source>
            <translation>Acerca de {APP_NAME}</translation>
        </message>
        <message>
            <source>Quit</source>
            <translation>Salir</translation>
        </message>
        <message>
            <source>Paused: the computer was asleep or busy for {seconds} s. Press Space to carry on.</source>
            <translation>En pausa: el ordenador estuvo en reposo u ocupado {seconds} s. Pulsa Espacio para seguir.</translation>
        </message>
        <message>
            <source>An offline coach that talks you through a warm-up before a run and a cool-down after it.</source>
            <translation>Un entrenador sin conexión que te guía con la voz en el calentamiento antes de correr y en la vuelta a la calma después.</translation>
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
            <translation>Limber es un entrenador, no un consejo médico: si algo te duele, para y consulta a un médico o fisioterapeuta.</translation>
        </message>
        <message>
            <source>Refuel</source>
            <translation>Recupera</translation>
        </message>
        <message>
            <source>Drink some water now, and keep sipping through the day. Have something with protein soon: a meal or a shake (about 20 g is plenty for most people).</source>
            <translation>Bebe algo de agua ahora y sigue bebiendo a sorbos durante el día. Toma pronto algo con proteína: una comida o un batido (unos 20 g bastan a la mayoría).</translation>
        </message>
        <message>
            <source>Check again in about two hours.</source>
            <translation>Vuelve a comprobarlo en unas dos horas.</translation>
        </message>
        <message>
            <source>Go easier next time: shorter, slower or flatter.</source>
            <translation>Ve más suave la próxima vez: más corto, más lento o más llano.</translation>
        </message>
        <message>
            <source>When to stop and get advice</source>
            <translation>Cuándo parar y consultar</translation>
        </message>
        <message>
            <source>Get help the same day if</source>
            <translation>Busca ayuda el mismo día si</translation>
        </message>
        <message>
            <source>you cannot put weight on the leg</source>
            <translation>no puedes apoyar peso en la pierna</translation>
        </message>
        <message>
            <source>the joint is badly swollen</source>
            <translation>la articulación está muy hinchada</translation>
        </message>
        <message>
            <source>the knee locks or gives way</source>
            <translation>la rodilla se bloquea o cede</translation>
        </message>
        <message>
            <source>the joint is hot and red and you feel feverish</source>
            <translation>la articulación está caliente y roja y tienes fiebre</translation>
        </message>
        <message>
            <source>Stop, and see a doctor or physiotherapist if you have</source>
            <translation>Para y ve al médico o al fisioterapeuta si tienes</translation>
        </message>
        <message>
            <source>sharp or stabbing pain</source>
            <translation>dolor agudo o punzante</translation>
        </message>
        <message>
            <source>a limp</source>
            <translation>cojera</translation>
        </message>
        <message>
            <source>pain that lasts more than two hours, or is worse at night</source>
            <translation>dolor que dura más de dos horas, o empeora por la noche</translation>
        </message>
        <message>
            <source>swelling that keeps growing, or a joint that is hot or red</source>
            <translation>una hinchazón que sigue creciendo, o una articulación caliente o roja</translation>
        </message>
        <message>
            <source>Ease off next time if</source>
            <translation>Baja el ritmo la próxima vez si</translation>
        </message>
        <message>
            <source>the joint hurts more two hours after exercise than it did before: do less, or go gentler</source>
            <translation>la articulación duele más dos horas después del ejercicio que antes: haz menos, o más suave</translation>
        </message>
        <message>
            <source>For a sore joint</source>
            <translation>Para una articulación dolorida</translation>
        </message>
        <message>
            <source>rest it for two or three days</source>
            <translation>descánsala dos o tres días</translation>
        </message>
        <message>
            <source>use ice wrapped in a cloth for about 15 minutes, every two to three hours</source>
            <translation>ponle hielo envuelto en un paño unos 15 minutos, cada dos o tres horas</translation>
        </message>
        <message>
            <source>if pain comes on during a run, drop to an easy jog or a brisk walk</source>
            <translation>si aparece dolor al correr, pasa a un trote suave o a caminar a paso ligero</translation>
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
