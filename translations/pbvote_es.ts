<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
<context>
    <name>AccessPage</name>
    <message>
        <source>Type your access code</source>
        <translation>Escriba su código de acceso</translation>
    </message>
    <message>
        <source>The code is on your voting slip: 12 letters and numbers. Each code can vote once.</source>
        <translation>El código está en su hoja de votación: 12 letras y números. Cada código sirve para votar una sola vez.</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Continuar</translation>
    </message>
    <message>
        <source>Continue with this code</source>
        <translation>Continuar con este código</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Volver</translation>
    </message>
    <message>
        <source>Code not accepted? A librarian can check it for you.</source>
        <translation>¿No se acepta el código? El personal de la biblioteca puede revisarlo.</translation>
    </message>
    <message>
        <source>Demonstration round: you can use one of these codes: %1</source>
        <translation>Votación de demostración: puede usar uno de estos códigos: %1</translation>
    </message>
</context>
<context>
    <name>Ballot</name>
    <message>
        <source>There is no project number %1 on this ballot.</source>
        <translation>En esta papeleta no hay ningún proyecto número %1.</translation>
    </message>
    <message numerus="yes">
        <source>You can choose up to %n project(s). To choose this one, first remove another.</source>
        <translation>
            <numerusform>Puede elegir hasta %n proyecto. Para elegir este, quite primero otro.</numerusform>
            <numerusform>Puede elegir hasta %n proyectos. Para elegir este, quite primero otro.</numerusform>
        </translation>
    </message>
    <message>
        <source>This project costs %1, but only %2 of the budget is left. Remove a project to make room, or choose one that costs less.</source>
        <translation>Este proyecto cuesta %1, pero solo quedan %2 del presupuesto. Quite un proyecto para liberar presupuesto o elija uno que cueste menos.</translation>
    </message>
    <message>
        <source>Points cannot go below zero.</source>
        <translation>Los puntos no pueden ser negativos.</translation>
    </message>
    <message numerus="yes">
        <source>One project can get at most %n point(s).</source>
        <translation>
            <numerusform>Cada proyecto puede recibir como máximo %n punto.</numerusform>
            <numerusform>Cada proyecto puede recibir como máximo %n puntos.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>All %n point(s) are given. Take a point from another project first.</source>
        <translation>
            <numerusform>Ya ha repartido todos sus puntos (%n). Primero quite un punto a otro proyecto.</numerusform>
            <numerusform>Ya ha repartido todos sus puntos (%n). Primero quite un punto a otro proyecto.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>You can give points to up to %n project(s). Take all points from another project first.</source>
        <translation>
            <numerusform>Puede dar puntos a %n proyecto como máximo. Primero quite todos los puntos a otro proyecto.</numerusform>
            <numerusform>Puede dar puntos a %n proyectos como máximo. Primero quite todos los puntos a otro proyecto.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>You can rank up to %n project(s). To rank this one, first remove another.</source>
        <translation>
            <numerusform>Puede clasificar hasta %n proyecto. Para clasificar este, quite primero otro.</numerusform>
            <numerusform>Puede clasificar hasta %n proyectos. Para clasificar este, quite primero otro.</numerusform>
        </translation>
    </message>
    <message>
        <source>This project is not ranked yet.</source>
        <translation>Este proyecto aún no está en su clasificación.</translation>
    </message>
    <message>
        <source>The ballot names a project that is not on this round&apos;s ballot (position %1).</source>
        <translation>La papeleta incluye un proyecto que no figura en la papeleta de esta votación (posición %1).</translation>
    </message>
    <message>
        <source>Project %1 is chosen more than once.</source>
        <translation>El proyecto %1 está elegido más de una vez.</translation>
    </message>
    <message numerus="yes">
        <source>Choose at least %n project(s); this ballot has %1.</source>
        <translation>
            <numerusform>Elija al menos %n proyecto; esta papeleta tiene %1.</numerusform>
            <numerusform>Elija al menos %n proyectos; esta papeleta tiene %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Choose at most %n project(s); this ballot has %1.</source>
        <translation>
            <numerusform>Elija como máximo %n proyecto; esta papeleta tiene %1.</numerusform>
            <numerusform>Elija como máximo %n proyectos; esta papeleta tiene %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>the %1 budget</source>
        <translation>el presupuesto de %1</translation>
    </message>
    <message>
        <source>the budget</source>
        <translation>el presupuesto</translation>
    </message>
    <message>
        <source>The chosen projects cost %1 %3, more than %2 of %4 %3.</source>
        <translation>Los proyectos elegidos cuestan %1 %3 y superan %2, que es de %4 %3.</translation>
    </message>
    <message>
        <source>Choose projects worth at least %1% of the budget; this selection uses %2 of %3 %4.</source>
        <translation>Elija proyectos que sumen al menos el %1&#xa0;% del presupuesto; esta selección usa %2 de %3 %4.</translation>
    </message>
    <message>
        <source>Project %1 is given %2 points; give each chosen project at least 1 point.</source>
        <translation>El proyecto %1 tiene %2 puntos; dé al menos 1 punto a cada proyecto elegido.</translation>
    </message>
    <message>
        <source>Project %1 is given %2 points; at most %3 points may go to one project.</source>
        <translation>El proyecto %1 tiene %2 puntos; cada proyecto puede recibir como máximo %3 puntos.</translation>
    </message>
    <message>
        <source>This ballot gives %1 points; only %2 points can be spread.</source>
        <translation>Esta papeleta da %1 puntos; solo se pueden repartir %2 puntos.</translation>
    </message>
    <message>
        <source>This ballot gives %1 points; all %2 points must be given.</source>
        <translation>Esta papeleta da %1 puntos; hay que repartir los %2 puntos.</translation>
    </message>
    <message>
        <source>Two projects share rank %1; give each project its own rank.</source>
        <translation>Dos proyectos ocupan el puesto %1; dé a cada proyecto un puesto distinto.</translation>
    </message>
    <message numerus="yes">
        <source>Rank at most %n project(s); this ballot ranks %1.</source>
        <translation>
            <numerusform>Clasifique como máximo %n proyecto; esta papeleta clasifica %1.</numerusform>
            <numerusform>Clasifique como máximo %n proyectos; esta papeleta clasifica %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>On this ballot, give points or ranks to projects instead.</source>
        <translation>En esta papeleta, dé puntos o posiciones a los proyectos.</translation>
    </message>
    <message numerus="yes">
        <source>Only %n point(s) are left. Take points from another project first.</source>
        <translation>
            <numerusform>Solo queda %n punto. Quite primero puntos a otro proyecto.</numerusform>
            <numerusform>Solo quedan %n puntos. Quite primero puntos a otro proyecto.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BallotPage</name>
    <message>
        <source>Review my ballot</source>
        <translation>Revisar mi papeleta</translation>
    </message>
    <message>
        <source>All projects</source>
        <translation>Todos los proyectos</translation>
    </message>
    <message>
        <source>Show only %1</source>
        <translation>Mostrar solo %1</translation>
    </message>
</context>
<context>
    <name>CodeDisplay</name>
    <message>
        <source>Access code: %1 of 12 characters typed</source>
        <translation>Código de acceso: %1 de 12 caracteres escritos</translation>
    </message>
</context>
<context>
    <name>DisplayPanel</name>
    <message>
        <source>Text, colours and sound</source>
        <translation>Texto, colores y sonido</translation>
    </message>
    <message>
        <source>Text size</source>
        <translation>Tamaño del texto</translation>
    </message>
    <message>
        <source>Colours</source>
        <translation>Colores</translation>
    </message>
    <message>
        <source>Read aloud</source>
        <translation>Lectura en voz alta</translation>
    </message>
    <message>
        <source>Turn audio off</source>
        <translation>Desactivar el audio</translation>
    </message>
    <message>
        <source>Turn audio on</source>
        <translation>Activar el audio</translation>
    </message>
    <message>
        <source>Slower</source>
        <translation>Más despacio</translation>
    </message>
    <message>
        <source>Faster</source>
        <translation>Más rápido</translation>
    </message>
    <message>
        <source>Restore the usual settings</source>
        <translation>Volver a la configuración habitual</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Listo</translation>
    </message>
</context>
<context>
    <name>DonePage</name>
    <message>
        <source>Your receipt code is %1.</source>
        <translation>Su código de recibo es %1.</translation>
    </message>
    <message>
        <source>Thank you! Your vote has been recorded.</source>
        <translation>¡Gracias! Su voto se ha registrado.</translation>
    </message>
    <message>
        <source>Your receipt code:</source>
        <translation>Su código de recibo:</translation>
    </message>
    <message>
        <source>Write it down or scan the square code with your phone. When the results are published, enter this code on the city&apos;s results page, or ask at the library, to see that your ballot was counted. The code does not show how you voted.</source>
        <translation>Anótelo o escanee el código cuadrado con su teléfono. Cuando se publiquen los resultados, introduzca este código en la página de resultados de la ciudad, o pregunte en la biblioteca, para comprobar que su papeleta se ha contado. El código no muestra cómo ha votado.</translation>
    </message>
    <message>
        <source>QR code of your receipt code</source>
        <translation>Código QR de su código de recibo</translation>
    </message>
    <message numerus="yes">
        <source>This screen will clear itself in %n second(s).</source>
        <translation>
            <numerusform>Esta pantalla se borrará en %n segundo.</numerusform>
            <numerusform>Esta pantalla se borrará en %n segundos.</numerusform>
        </translation>
    </message>
    <message>
        <source>Finish</source>
        <translation>Terminar</translation>
    </message>
</context>
<context>
    <name>IdleWarning</name>
    <message>
        <source>Do you need more time?</source>
        <translation>¿Necesita más tiempo?</translation>
    </message>
    <message numerus="yes">
        <source>To protect your privacy, this ballot will be cleared in %n second(s) unless you touch the screen.</source>
        <translation>
            <numerusform>Para proteger su privacidad, esta papeleta se borrará en %n segundo si no toca la pantalla.</numerusform>
            <numerusform>Para proteger su privacidad, esta papeleta se borrará en %n segundos si no toca la pantalla.</numerusform>
        </translation>
    </message>
    <message>
        <source>I need more time</source>
        <translation>Necesito más tiempo</translation>
    </message>
    <message>
        <source>Start over</source>
        <translation>Empezar de nuevo</translation>
    </message>
</context>
<context>
    <name>Keypad</name>
    <message>
        <source>Erase</source>
        <translation>Borrar</translation>
    </message>
    <message>
        <source>Erase the last character</source>
        <translation>Borrar el último carácter</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Borrar todo</translation>
    </message>
    <message>
        <source>Clear the whole code</source>
        <translation>Borrar todo el código</translation>
    </message>
</context>
<context>
    <name>LanguagePanel</name>
    <message>
        <source>Choose your language</source>
        <translation>Elija su idioma</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <source>pbvote kiosk</source>
        <translation>Quiosco de votación pbvote</translation>
    </message>
    <message>
        <source>Start over?</source>
        <translation>¿Empezar de nuevo?</translation>
    </message>
    <message>
        <source>The choices on this ballot will be cleared. Nothing has been stored, and your code stays valid.</source>
        <translation>Se borrarán las opciones de esta papeleta. No se ha guardado nada y su código sigue siendo válido.</translation>
    </message>
    <message>
        <source>No, keep my ballot</source>
        <translation>No, conservar mi papeleta</translation>
    </message>
    <message>
        <source>Yes, start over</source>
        <translation>Sí, empezar de nuevo</translation>
    </message>
</context>
<context>
    <name>NoticeBanner</name>
    <message>
        <source>OK</source>
        <translation>Aceptar</translation>
    </message>
    <message>
        <source>Close this message</source>
        <translation>Cerrar este mensaje</translation>
    </message>
</context>
<context>
    <name>OperatorPage</name>
    <message>
        <source>Staff screen</source>
        <translation>Pantalla del personal</translation>
    </message>
    <message>
        <source>Staff only: enter the operator PIN</source>
        <translation>Solo para el personal: introduzca el PIN de operador</translation>
    </message>
    <message>
        <source>Kiosk %1</source>
        <translation>Quiosco %1</translation>
    </message>
    <message>
        <source>Voting: %1</source>
        <translation>Votación: %1</translation>
    </message>
    <message>
        <source>Ballots stored on this kiosk: %1</source>
        <translation>Papeletas guardadas en este quiosco: %1</translation>
    </message>
    <message>
        <source>Pause voting</source>
        <translation>Pausar la votación</translation>
    </message>
    <message>
        <source>Reopen voting</source>
        <translation>Reabrir la votación</translation>
    </message>
    <message>
        <source>Close voting for good</source>
        <translation>Cerrar la votación definitivamente</translation>
    </message>
    <message>
        <source>Closing ends voting at this kiosk for this round. It cannot be undone. Close now?</source>
        <translation>Al cerrar, termina la votación en este quiosco para esta ronda. No se puede deshacer. ¿Cerrar ahora?</translation>
    </message>
    <message>
        <source>Yes, close voting</source>
        <translation>Sí, cerrar la votación</translation>
    </message>
    <message>
        <source>No, keep it open</source>
        <translation>No, mantenerla abierta</translation>
    </message>
    <message>
        <source>Witness codes for the paper log</source>
        <translation>Códigos de control para el registro en papel</translation>
    </message>
    <message>
        <source>None yet: a witness code appears each time voting is paused or closed.</source>
        <translation>Todavía ninguno: aparece un código de control cada vez que se pausa o se cierra la votación.</translation>
    </message>
    <message numerus="yes">
        <source>Final, batch %1: %2 (%n ballot(s) in all, %3)</source>
        <translation>
            <numerusform>Final, lote %1: %2 (%n papeleta en total, %3)</numerusform>
            <numerusform>Final, lote %1: %2 (%n papeletas en total, %3)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Batch %1: %2 (%n ballot(s) in all, %3)</source>
        <translation>
            <numerusform>Lote %1: %2 (%n papeleta en total, %3)</numerusform>
            <numerusform>Lote %1: %2 (%n papeletas en total, %3)</numerusform>
        </translation>
    </message>
    <message>
        <source>Lock and return to voting</source>
        <translation>Bloquear y volver a la votación</translation>
    </message>
    <message>
        <source>Quit the kiosk program</source>
        <translation>Salir del programa del quiosco</translation>
    </message>
</context>
<context>
    <name>PinPad</name>
    <message numerus="yes">
        <source>%n digit(s) typed</source>
        <translation>
            <numerusform>%n dígito escrito</numerusform>
            <numerusform>%n dígitos escritos</numerusform>
        </translation>
    </message>
    <message>
        <source>Erase</source>
        <translation>Borrar</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>Aceptar</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
</context>
<context>
    <name>ProjectCard</name>
    <message numerus="yes">
        <source>%n point(s) given</source>
        <translation>
            <numerusform>%n punto asignado</numerusform>
            <numerusform>%n puntos asignados</numerusform>
        </translation>
    </message>
    <message>
        <source>No points given</source>
        <translation>Sin puntos asignados</translation>
    </message>
    <message>
        <source>Your choice number %1</source>
        <translation>Su opción número %1</translation>
    </message>
    <message>
        <source>Not ranked</source>
        <translation>Sin clasificar</translation>
    </message>
    <message>
        <source>Chosen</source>
        <translation>Elegido</translation>
    </message>
    <message>
        <source>Costs more than what is left</source>
        <translation>Cuesta más de lo que queda</translation>
    </message>
    <message>
        <source>Not chosen</source>
        <translation>No elegido</translation>
    </message>
    <message>
        <source>Cost: %1</source>
        <translation>Coste: %1</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Detalles</translation>
    </message>
    <message>
        <source>Details about %1</source>
        <translation>Detalles de %1</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <source>Choose</source>
        <translation>Elegir</translation>
    </message>
    <message>
        <source>Remove %1</source>
        <translation>Quitar %1</translation>
    </message>
    <message>
        <source>Choose %1</source>
        <translation>Elegir %1</translation>
    </message>
    <message>
        <source>Remove from ranking</source>
        <translation>Quitar de la clasificación</translation>
    </message>
    <message>
        <source>Rank next</source>
        <translation>Añadir a la clasificación</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Subir</translation>
    </message>
    <message>
        <source>Move %1 up the ranking</source>
        <translation>Subir %1 en la clasificación</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Bajar</translation>
    </message>
    <message>
        <source>Move %1 down the ranking</source>
        <translation>Bajar %1 en la clasificación</translation>
    </message>
    <message>
        <source>Take a point from %1</source>
        <translation>Quitar un punto a %1</translation>
    </message>
    <message>
        <source>Give a point to %1</source>
        <translation>Dar un punto a %1</translation>
    </message>
    <message>
        <source>Picture: %1</source>
        <translation>Imagen: %1</translation>
    </message>
</context>
<context>
    <name>ProjectDetails</name>
    <message>
        <source>Cost: %1</source>
        <translation>Coste: %1</translation>
    </message>
    <message>
        <source>Category: %1</source>
        <translation>Categoría: %1</translation>
    </message>
    <message>
        <source>District: %1</source>
        <translation>Distrito: %1</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <source>Choose</source>
        <translation>Elegir</translation>
    </message>
    <message>
        <source>Remove from ranking</source>
        <translation>Quitar de la clasificación</translation>
    </message>
    <message>
        <source>Rank next</source>
        <translation>Añadir a la clasificación</translation>
    </message>
    <message>
        <source>Take a point</source>
        <translation>Quitar un punto</translation>
    </message>
    <message numerus="yes">
        <source>%n point(s) given</source>
        <translation>
            <numerusform>%n punto asignado</numerusform>
            <numerusform>%n puntos asignados</numerusform>
        </translation>
    </message>
    <message>
        <source>Give a point</source>
        <translation>Dar un punto</translation>
    </message>
    <message>
        <source>Back to all projects</source>
        <translation>Volver a todos los proyectos</translation>
    </message>
    <message>
        <source>Picture: %1</source>
        <translation>Imagen: %1</translation>
    </message>
</context>
<context>
    <name>ReviewPage</name>
    <message>
        <source>Check your ballot</source>
        <translation>Revise su papeleta</translation>
    </message>
    <message>
        <source>When you press &quot;Cast my vote&quot; your ballot is sealed, signed and stored. It cannot be changed after that.</source>
        <translation>Cuando pulse «Enviar mi voto», su papeleta se sellará, se firmará y se guardará. Después ya no se podrá cambiar.</translation>
    </message>
    <message>
        <source>Cast my vote</source>
        <translation>Enviar mi voto</translation>
    </message>
    <message>
        <source>Change my choices</source>
        <translation>Cambiar mis opciones</translation>
    </message>
</context>
<context>
    <name>TopBar</name>
    <message>
        <source>Language: %1. Change language</source>
        <translation>Idioma: %1. Cambiar de idioma</translation>
    </message>
    <message>
        <source>Text and colours</source>
        <translation>Texto y colores</translation>
    </message>
    <message>
        <source>Audio on</source>
        <translation>Audio activado</translation>
    </message>
    <message>
        <source>Read aloud</source>
        <translation>Leer en voz alta</translation>
    </message>
    <message>
        <source>Start over</source>
        <translation>Empezar de nuevo</translation>
    </message>
    <message>
        <source>Start over: clear this ballot and go back to the first screen</source>
        <translation>Empezar de nuevo: borrar esta papeleta y volver a la primera pantalla</translation>
    </message>
</context>
<context>
    <name>UnavailablePage</name>
    <message>
        <source>Please ask a librarian for help.</source>
        <translation>Pida ayuda al personal de la biblioteca.</translation>
    </message>
    <message>
        <source>Staff only</source>
        <translation>Solo para el personal</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <source>Help decide how the city spends part of its budget: vote for the projects you want.</source>
        <translation>Ayude a decidir en qué gasta la ciudad parte de su presupuesto: vote por los proyectos que prefiera.</translation>
    </message>
    <message>
        <source>Choose your language</source>
        <translation>Elija su idioma</translation>
    </message>
    <message>
        <source>Start voting</source>
        <translation>Empezar a votar</translation>
    </message>
    <message>
        <source>You need the access code printed on your voting slip. If you do not have one, please ask a librarian.</source>
        <translation>Necesita el código de acceso impreso en su hoja de votación. Si no lo tiene, pídalo al personal de la biblioteca.</translation>
    </message>
    <message>
        <source>Staff only</source>
        <translation>Solo para el personal</translation>
    </message>
    <message>
        <source>Staff only: kiosk settings for librarians</source>
        <translation>Solo para el personal: ajustes del quiosco</translation>
    </message>
</context>
<context>
    <name>pbvote::kiosk::AudioGuide</name>
    <message>
        <source>Slowest</source>
        <translation>Velocidad mínima</translation>
    </message>
    <message>
        <source>Slower</source>
        <translation>Más lenta</translation>
    </message>
    <message>
        <source>Normal speed</source>
        <translation>Velocidad normal</translation>
    </message>
    <message>
        <source>A little faster</source>
        <translation>Un poco más rápida</translation>
    </message>
    <message>
        <source>Faster</source>
        <translation>Más rápida</translation>
    </message>
    <message>
        <source>Fastest</source>
        <translation>Velocidad máxima</translation>
    </message>
    <message>
        <source>Audio is off.</source>
        <translation>El audio está desactivado.</translation>
    </message>
    <message>
        <source>Sorry, this kiosk cannot read aloud. Please ask a librarian for help.</source>
        <translation>Lo sentimos, este quiosco no puede leer en voz alta. Pida ayuda al personal de la biblioteca.</translation>
    </message>
    <message>
        <source>Sorry, this kiosk has no voice for this language. Choose another language, or ask a librarian for help.</source>
        <translation>Lo sentimos, este quiosco no tiene voz para este idioma. Elija otro idioma o pida ayuda al personal de la biblioteca.</translation>
    </message>
    <message>
        <source>Audio is on: the screen is read aloud.</source>
        <translation>El audio está activado: la pantalla se lee en voz alta.</translation>
    </message>
    <message>
        <source>Much faster</source>
        <translation>Mucho más rápido</translation>
    </message>
</context>
<context>
    <name>pbvote::kiosk::KioskSession</name>
    <message>
        <source>Choose from %1 to %2 projects that you would like the city to fund.</source>
        <translation>Elija entre %1 y %2 proyectos que le gustaría que la ciudad financiara.</translation>
    </message>
    <message numerus="yes">
        <source>Choose up to %n project(s) that you would like the city to fund.</source>
        <translation>
            <numerusform>Elija hasta %n proyecto que le gustaría que la ciudad financiara.</numerusform>
            <numerusform>Elija hasta %n proyectos que le gustaría que la ciudad financiara.</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose every project that you would like the city to fund.</source>
        <translation>Elija todos los proyectos que le gustaría que la ciudad financiara.</translation>
    </message>
    <message>
        <source>Choose the projects you would like the city to fund. Together they can cost up to %1.</source>
        <translation>Elija los proyectos que le gustaría que la ciudad financiara. En total pueden costar hasta %1.</translation>
    </message>
    <message numerus="yes">
        <source>Give your %n point(s) to the projects you support, at most %1 to one project. More points mean more support.</source>
        <translation>
            <numerusform>Dé su %n punto al proyecto que apoye, como máximo %1 por proyecto. Más puntos significan más apoyo.</numerusform>
            <numerusform>Reparta sus %n puntos entre los proyectos que apoya, como máximo %1 por proyecto. Más puntos significan más apoyo.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Give your %n point(s) to the projects you support. More points mean more support.</source>
        <translation>
            <numerusform>Dé su %n punto al proyecto que apoye. Más puntos significan más apoyo.</numerusform>
            <numerusform>Reparta sus %n puntos entre los proyectos que apoya. Más puntos significan más apoyo.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Rank up to %n project(s): tap them in order of preference, your favourite first.</source>
        <translation>
            <numerusform>Clasifique hasta %n proyecto: toque su favorito.</numerusform>
            <numerusform>Clasifique hasta %n proyectos: tóquelos por orden de preferencia, empezando por su favorito.</numerusform>
        </translation>
    </message>
    <message>
        <source>Voting has not started yet.</source>
        <translation>La votación aún no ha empezado.</translation>
    </message>
    <message>
        <source>Voting is paused at this kiosk.</source>
        <translation>La votación está en pausa en este quiosco.</translation>
    </message>
    <message>
        <source>Voting has ended. Thank you to everyone who took part!</source>
        <translation>La votación ha terminado. ¡Gracias a todas las personas que han participado!</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n project(s) chosen</source>
        <translation>
            <numerusform>Ha elegido %1 de %n proyecto</numerusform>
            <numerusform>Ha elegido %1 de %n proyectos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n project(s) chosen</source>
        <translation>
            <numerusform>%n proyecto elegido</numerusform>
            <numerusform>%n proyectos elegidos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n point(s) given</source>
        <translation>
            <numerusform>Ha asignado %1 de %n punto</numerusform>
            <numerusform>Ha asignado %1 de %n puntos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n project(s) ranked</source>
        <translation>
            <numerusform>Ha clasificado %1 de %n proyecto</numerusform>
            <numerusform>Ha clasificado %1 de %n proyectos</numerusform>
        </translation>
    </message>
    <message>
        <source>Chosen: %1</source>
        <translation>Elegido: %1</translation>
    </message>
    <message>
        <source>Left: %1</source>
        <translation>Queda: %1</translation>
    </message>
    <message>
        <source>Budget: %1</source>
        <translation>Presupuesto: %1</translation>
    </message>
    <message>
        <source>City-wide</source>
        <translation>Toda la ciudad</translation>
    </message>
    <message numerus="yes">
        <source>%n point(s)</source>
        <translation>
            <numerusform>%n punto</numerusform>
            <numerusform>%n puntos</numerusform>
        </translation>
    </message>
    <message>
        <source>Choice %1</source>
        <translation>Opción número %1</translation>
    </message>
    <message>
        <source>Chosen</source>
        <translation>Elegido</translation>
    </message>
    <message>
        <source>Your ballot supports no project. It will be counted as a blank ballot.</source>
        <translation>Su papeleta no apoya ningún proyecto. Se contará como voto en blanco.</translation>
    </message>
    <message numerus="yes">
        <source>Your ballot supports %n project(s). Each counts as one vote for that project.</source>
        <translation>
            <numerusform>Su papeleta apoya %n proyecto. Cuenta como un voto para ese proyecto.</numerusform>
            <numerusform>Su papeleta apoya %n proyectos. Cada uno cuenta como un voto para ese proyecto.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Your ballot supports %n project(s) costing %1 in total, out of a budget of %2.</source>
        <translation>
            <numerusform>Su papeleta apoya %n proyecto, que cuesta %1, de un presupuesto de %2.</numerusform>
            <numerusform>Su papeleta apoya %n proyectos, que cuestan %1 en total, de un presupuesto de %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Your ballot gives %1 points to %n project(s).</source>
        <translation>
            <numerusform>Su papeleta da %1 puntos a %n proyecto.</numerusform>
            <numerusform>Su papeleta da %1 puntos a %n proyectos.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Your ballot ranks %n project(s), your first choice first.</source>
        <translation>
            <numerusform>Su papeleta clasifica %n proyecto.</numerusform>
            <numerusform>Su papeleta clasifica %n proyectos, con su primera opción en primer lugar.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Too many codes were not accepted. Please wait %n second(s) and try again, or ask a librarian for help.</source>
        <translation>
            <numerusform>Se han rechazado demasiados códigos. Espere %n segundo y vuelva a intentarlo, o pida ayuda al personal de la biblioteca.</numerusform>
            <numerusform>Se han rechazado demasiados códigos. Espere %n segundos y vuelva a intentarlo, o pida ayuda al personal de la biblioteca.</numerusform>
        </translation>
    </message>
    <message>
        <source>Your code has 12 letters and numbers. You have typed %1.</source>
        <translation>Su código tiene 12 letras y números. Ha escrito %1.</translation>
    </message>
    <message>
        <source>This kiosk cannot check codes right now. Please ask a librarian for help.</source>
        <translation>Este quiosco no puede comprobar códigos en este momento. Pida ayuda al personal de la biblioteca.</translation>
    </message>
    <message>
        <source>This code has already been used to vote. Each code can vote once. If you have not voted yet, please ask a librarian for help.</source>
        <translation>Este código ya se ha usado para votar. Cada código sirve para votar una sola vez. Si usted aún no ha votado, pida ayuda al personal de la biblioteca.</translation>
    </message>
    <message>
        <source>This code is not valid for this vote. Check each letter and number on your slip and try again, or ask a librarian for help.</source>
        <translation>Este código no es válido para esta votación. Compruebe cada letra y número de su hoja y vuelva a intentarlo, o pida ayuda al personal de la biblioteca.</translation>
    </message>
    <message>
        <source>This code has already been used to vote, so this ballot was not recorded. Please ask a librarian for help.</source>
        <translation>Este código ya se ha usado para votar, así que esta papeleta no se ha registrado. Pida ayuda al personal de la biblioteca.</translation>
    </message>
    <message>
        <source>Your vote was NOT recorded. Your code is still valid: you can try again, or ask a librarian for help.</source>
        <translation>Su voto NO se ha registrado. Su código sigue siendo válido: puede volver a intentarlo o pedir ayuda al personal de la biblioteca.</translation>
    </message>
    <message>
        <source>Details for the librarian: %1</source>
        <translation>Detalles para el personal de la biblioteca: %1</translation>
    </message>
    <message numerus="yes">
        <source>Too many wrong PINs. Wait %n second(s).</source>
        <translation>
            <numerusform>Demasiados PIN incorrectos. Espere %n segundo.</numerusform>
            <numerusform>Demasiados PIN incorrectos. Espere %n segundos.</numerusform>
        </translation>
    </message>
    <message>
        <source>That PIN is not right.</source>
        <translation>El PIN no es correcto.</translation>
    </message>
    <message>
        <source>Not open yet</source>
        <translation>Aún no abierta</translation>
    </message>
    <message>
        <source>Open: taking votes</source>
        <translation>Abierta: recibiendo votos</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>En pausa</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Cerrada</translation>
    </message>
    <message>
        <source>Closed and counted</source>
        <translation>Cerrada y escrutada</translation>
    </message>
    <message>
        <source>Could not pause voting: %1</source>
        <translation>No se pudo pausar la votación: %1</translation>
    </message>
    <message>
        <source>Voting is paused. Write witness code %1 in the paper log.</source>
        <translation>La votación está en pausa. Anote el código de control %1 en el registro en papel.</translation>
    </message>
    <message>
        <source>Voting is open again.</source>
        <translation>La votación vuelve a estar abierta.</translation>
    </message>
    <message>
        <source>Could not reopen voting: %1</source>
        <translation>No se pudo reabrir la votación: %1</translation>
    </message>
    <message>
        <source>Could not close voting: %1</source>
        <translation>No se pudo cerrar la votación: %1</translation>
    </message>
    <message>
        <source>Voting is closed. No ballots were cast at this kiosk.</source>
        <translation>La votación está cerrada. En este quiosco no se ha emitido ninguna papeleta.</translation>
    </message>
    <message>
        <source>Voting is closed. Write the final witness code %1 in the paper log.</source>
        <translation>La votación está cerrada. Anote el código de control final %1 en el registro en papel.</translation>
    </message>
</context>
<context>
    <name>pbvote::kiosk::KioskView</name>
    <message>
        <source>The kiosk screen could not be loaded:
%1</source>
        <translation>No se pudo cargar la pantalla del quiosco:
%1</translation>
    </message>
</context>
<context>
    <name>pbvote::kiosk::Theme</name>
    <message>
        <source>Standard colours</source>
        <translation>Colores estándar</translation>
    </message>
    <message>
        <source>Black on white</source>
        <translation>Negro sobre blanco</translation>
    </message>
    <message>
        <source>White on black</source>
        <translation>Blanco sobre negro</translation>
    </message>
    <message>
        <source>Yellow on black</source>
        <translation>Amarillo sobre negro</translation>
    </message>
    <message>
        <source>Cyan on black</source>
        <translation>Cian sobre negro</translation>
    </message>
    <message>
        <source>Small text</source>
        <translation>Texto pequeño</translation>
    </message>
    <message>
        <source>Standard text</source>
        <translation>Texto estándar</translation>
    </message>
    <message>
        <source>Large text</source>
        <translation>Texto grande</translation>
    </message>
    <message>
        <source>Largest text</source>
        <translation>Texto muy grande</translation>
    </message>
</context>
</TS>
