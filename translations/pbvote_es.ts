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
    <name>AuditReport</name>
    <message>
        <source>, </source>
        <comment>between check ids</comment>
        <translation>, </translation>
    </message>
    <message>
        <source>unknown (the record could not be read)</source>
        <translation>desconocido (no se pudo leer el registro)</translation>
    </message>
    <message>
        <source>Election</source>
        <translation>Votación</translation>
    </message>
    <message>
        <source>Election id</source>
        <translation>Identificador de la votación</translation>
    </message>
    <message>
        <source>Record format version</source>
        <translation>Versión del formato del registro</translation>
    </message>
    <message>
        <source>Key that signed the record (fingerprint)</source>
        <translation>Clave que firmó el registro (huella)</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Archivo</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Tamaño</translation>
    </message>
    <message>
        <source>%1 (%2 bytes)</source>
        <translation>%1 (%2 bytes)</translation>
    </message>
    <message>
        <source>SHA-256 of the file</source>
        <translation>SHA-256 del archivo</translation>
    </message>
    <message>
        <source>unknown (the file could not be read)</source>
        <translation>desconocido (no se pudo leer el archivo)</translation>
    </message>
    <message>
        <source>Verified on</source>
        <translation>Verificado el</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>local time (UTC time)</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Verified with</source>
        <translation>Verificado con</translation>
    </message>
    <message>
        <source>pbvote %1</source>
        <translation>pbvote %1</translation>
    </message>
    <message>
        <source>Receipt %1 is NOT in this record. Check the code; if it is right, report it to the organizers and the auditors.</source>
        <translation>El recibo %1 NO está en este registro. Compruebe el código; si es correcto, comuníquelo a los organizadores y a los auditores.</translation>
    </message>
    <message>
        <source>Receipt %1 is in the record: ballot %2 (number %3 in the record&apos;s list), cast at kiosk %4, batch %5.</source>
        <translation>El recibo %1 está en el registro: papeleta %2 (número %3 de la lista del registro), emitida en el quiosco %4, lote %5.</translation>
    </message>
    <message>
        <source>Its kiosk&apos;s signature is valid.</source>
        <translation>La firma de su quiosco es válida.</translation>
    </message>
    <message>
        <source>Its signature does NOT verify: report this to the auditors.</source>
        <translation>Su firma NO se puede verificar: comuníquelo a los auditores.</translation>
    </message>
    <message>
        <source>It is counted in the result.</source>
        <translation>Se cuenta en el resultado.</translation>
    </message>
    <message>
        <source>It is NOT counted in any result of this record; the receipt check below says why.</source>
        <translation>NO se cuenta en ningún resultado de este registro; la comprobación del recibo, más abajo, explica por qué.</translation>
    </message>
    <message>
        <source>The voter&apos;s receipt</source>
        <translation>El recibo del votante</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Comprobación</translation>
    </message>
    <message>
        <source>What it checks</source>
        <translation>Qué comprueba</translation>
    </message>
    <message>
        <source>Warnings to read:</source>
        <translation>Advertencias que leer:</translation>
    </message>
    <message>
        <source>Problems found:</source>
        <translation>Problemas encontrados:</translation>
    </message>
    <message>
        <source>Why it did not run:</source>
        <translation>Por qué no se hizo:</translation>
    </message>
    <message>
        <source>What was checked:</source>
        <translation>Qué se comprobó:</translation>
    </message>
    <message>
        <source>The published result matches the ballots</source>
        <translation>El resultado publicado coincide con las papeletas</translation>
    </message>
    <message>
        <source>Every check passed; the record holds no result yet</source>
        <translation>Todas las comprobaciones se superaron; el registro aún no tiene resultado</translation>
    </message>
    <message>
        <source>The published result matches the ballots, with warnings to read</source>
        <translation>El resultado publicado coincide con las papeletas, con advertencias que leer</translation>
    </message>
    <message>
        <source>Every check passed, with warnings to read; the record holds no result yet</source>
        <translation>Todas las comprobaciones se superaron, con advertencias que leer; el registro aún no tiene resultado</translation>
    </message>
    <message>
        <source>Verification FAILED: no check could run</source>
        <translation>La verificación FALLÓ: no se pudo hacer ninguna comprobación</translation>
    </message>
    <message numerus="yes">
        <source>Verification FAILED: %n check(s) found problems</source>
        <translation>
            <numerusform>La verificación FALLÓ: %n comprobación encontró problemas</numerusform>
            <numerusform>La verificación FALLÓ: %n comprobaciones encontraron problemas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n check(s) ran without finding a problem.</source>
        <translation>
            <numerusform>%n comprobación se hizo sin encontrar ningún problema.</numerusform>
            <numerusform>%n comprobaciones se hicieron sin encontrar ningún problema.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Read the warning of %1 below.</source>
        <translation>
            <numerusform>Lea abajo la advertencia de %1.</numerusform>
            <numerusform>Lea abajo las advertencias de %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n check(s) did not run (see why below).</source>
        <translation>
            <numerusform>%n comprobación no se hizo (vea abajo por qué).</numerusform>
            <numerusform>%n comprobaciones no se hicieron (vea abajo por qué).</numerusform>
        </translation>
    </message>
    <message>
        <source>Failed: %1.</source>
        <translation>Fallaron: %1.</translation>
    </message>
    <message>
        <source>Do not trust this record until the organizers explain every problem listed below.</source>
        <translation>No confíe en este registro hasta que los organizadores expliquen cada problema de la lista de abajo.</translation>
    </message>
    <message>
        <source>Passed</source>
        <translation>Superada</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Advertencia</translation>
    </message>
    <message>
        <source>FAILED</source>
        <translation>FALLÓ</translation>
    </message>
    <message>
        <source>Not run</source>
        <translation>No se hizo</translation>
    </message>
    <message>
        <source>The authority&apos;s key was compared with the fingerprint you gave (%1): the record is signed by the key the organizers published.</source>
        <translation>La clave de la autoridad se comparó con la huella que usted indicó (%1): el registro está firmado con la clave que publicaron los organizadores.</translation>
    </message>
    <message>
        <source>The fingerprint you gave (%1) could not be compared: the record&apos;s key could not be read.</source>
        <translation>No se pudo comparar la huella que usted indicó (%1): no se pudo leer la clave del registro.</translation>
    </message>
    <message>
        <source>The fingerprint you gave (%1) is NOT the one of the key that signed this record (%2).</source>
        <translation>La huella que usted indicó (%1) NO es la de la clave que firmó este registro (%2).</translation>
    </message>
    <message>
        <source>The authority&apos;s key was NOT compared with a published fingerprint.</source>
        <translation>La clave de la autoridad NO se comparó con una huella publicada.</translation>
    </message>
    <message>
        <source>The authority&apos;s key was NOT compared with a published fingerprint: the key in the record (%1) was trusted. Compare it with the fingerprint on the city&apos;s poster or website.</source>
        <translation>La clave de la autoridad NO se comparó con una huella publicada: se confió en la clave del registro (%1). Compárela con la huella del cartel o del sitio web del ayuntamiento.</translation>
    </message>
    <message numerus="yes">
        <source>%n witness code(s) written down at the kiosks were compared with the record.</source>
        <translation>
            <numerusform>%n código de control anotado en los quioscos se comparó con el registro.</numerusform>
            <numerusform>%n códigos de control anotados en los quioscos se compararon con el registro.</numerusform>
        </translation>
    </message>
    <message>
        <source>No witness codes were given: the kiosks&apos; checkpoints were not compared with what the poll workers wrote down.</source>
        <translation>No se indicaron códigos de control: los puntos de control de los quioscos no se compararon con lo que anotó el personal de la votación.</translation>
    </message>
    <message>
        <source>The election key was used: every sealed vote was opened and compared with the published opened ballots.</source>
        <translation>Se usó la clave de la votación: cada voto sellado se abrió y se comparó con las papeletas abiertas publicadas.</translation>
    </message>
    <message>
        <source>The election key was not used (only a trusted auditor holds it): the sealed votes were not opened; the count was checked on the published opened ballots.</source>
        <translation>No se usó la clave de la votación (solo la tiene un auditor de confianza): los votos sellados no se abrieron; el recuento se comprobó con las papeletas abiertas publicadas.</translation>
    </message>
    <message>
        <source>A voter&apos;s receipt (%1) was looked up.</source>
        <translation>Se buscó el recibo de un votante (%1).</translation>
    </message>
    <message>
        <source>No voter&apos;s receipt was looked up.</source>
        <translation>No se buscó ningún recibo de votante.</translation>
    </message>
    <message>
        <source>Audit of an election record</source>
        <translation>Auditoría de un registro de votación</translation>
    </message>
    <message>
        <source>Audit of the election record of %1</source>
        <translation>Auditoría del registro de la votación %1</translation>
    </message>
    <message>
        <source>What was verified, and what was not</source>
        <translation>Qué se verificó y qué no</translation>
    </message>
    <message>
        <source>The record</source>
        <translation>El registro</translation>
    </message>
    <message>
        <source>The checks</source>
        <translation>Las comprobaciones</translation>
    </message>
    <message>
        <source>&quot;Warning&quot;: the check passed, but a person must read why. &quot;Not run&quot;: there was nothing to check, or what it needs was not given.</source>
        <translation>«Advertencia»: la comprobación se superó, pero una persona debe leer por qué. «No se hizo»: no había nada que comprobar o no se indicó lo que necesita.</translation>
    </message>
    <message>
        <source>Each check in detail</source>
        <translation>Cada comprobación en detalle</translation>
    </message>
    <message>
        <source>Anyone can repeat these checks on the same file (same SHA-256) with the command &quot;pbvote verify&quot; or the pbvote-audit program; docs/election-record.md describes every check.</source>
        <translation>Cualquiera puede repetir estas comprobaciones sobre el mismo archivo (el mismo SHA-256) con la orden «pbvote verify» o el programa pbvote-audit; docs/election-record.md describe cada comprobación.</translation>
    </message>
    <message>
        <source>Cannot write the audit report to &quot;%1&quot;: %2</source>
        <translation>No se puede escribir el informe de auditoría en «%1»: %2</translation>
    </message>
    <message>
        <source>Ballots</source>
        <translation>Papeletas</translation>
    </message>
    <message>
        <source>Kiosks</source>
        <translation>Quioscos</translation>
    </message>
    <message>
        <source>Checkpoints</source>
        <translation>Puntos de control</translation>
    </message>
    <message>
        <source>Logged events</source>
        <translation>Sucesos registrados</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>Resultados</translation>
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
    <message>
        <source>This project is in %1. Your ballot is for %2, so you can choose projects in %2 and city-wide projects.</source>
        <translation>Este proyecto es de %1. Su papeleta es para %2, así que puede elegir proyectos de %2 y proyectos para toda la ciudad.</translation>
    </message>
    <message>
        <source>This round has no district &quot;%1&quot;.</source>
        <translation>Esta ronda no tiene ningún distrito «%1».</translation>
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
    <name>BallotStore</name>
    <message>
        <source>libsodium could not be initialised.</source>
        <translation>No se pudo inicializar libsodium.</translation>
    </message>
    <message>
        <source>Cannot open database %1: %2</source>
        <translation>No se puede abrir la base de datos %1: %2</translation>
    </message>
    <message>
        <source>Database %1: %2</source>
        <translation>Base de datos %1: %2</translation>
    </message>
    <message>
        <source>not a readable SQLite database (%1)</source>
        <translation>no es una base de datos SQLite legible (%1)</translation>
    </message>
    <message>
        <source>this is not a pbvote database (application id 0x%1)</source>
        <translation>no es una base de datos de pbvote (identificador de aplicación 0x%1)</translation>
    </message>
    <message>
        <source>the database was written by a newer pbvote (schema %1; this version knows up to %2)</source>
        <translation>la base de datos la escribió una versión más reciente de pbvote (esquema %1; esta versión conoce hasta el %2)</translation>
    </message>
    <message>
        <source>could not switch to write-ahead logging (journal mode is %1)</source>
        <translation>no se pudo pasar al registro de escritura anticipada (WAL): el modo de diario es %1</translation>
    </message>
    <message>
        <source>foreign key enforcement could not be turned on</source>
        <translation>no se pudo activar la comprobación de claves foráneas</translation>
    </message>
    <message>
        <source>synchronous=FULL could not be set</source>
        <translation>no se pudo establecer synchronous=FULL</translation>
    </message>
    <message>
        <source>the database is damaged: %1</source>
        <translation>la base de datos está dañada: %1</translation>
    </message>
    <message>
        <source>cannot read the page size</source>
        <translation>no se puede leer el tamaño de página</translation>
    </message>
    <message>
        <source>this database belongs to kiosk %1, not to kiosk %2</source>
        <translation>esta base de datos pertenece al quiosco %1, no al quiosco %2</translation>
    </message>
    <message>
        <source>crash detection is off for this session: %1</source>
        <translation>la detección de cierres inesperados está desactivada en esta sesión: %1</translation>
    </message>
    <message>
        <source>Restarted after an interruption (a process that had the store open stopped without closing it)</source>
        <translation>Reinicio tras una interrupción (un proceso que tenía abierta la base de datos se detuvo sin cerrarla)</translation>
    </message>
    <message>
        <source>migration to schema %1 failed: %2</source>
        <translation>falló la migración al esquema %1: %2</translation>
    </message>
    <message>
        <source>integrity check failed: %1</source>
        <translation>falló la comprobación de integridad: %1</translation>
    </message>
    <message>
        <source>Round &quot;%1&quot; created with %2 projects</source>
        <translation>Se creó la ronda «%1» con %2 proyectos</translation>
    </message>
    <message>
        <source>Imported vote %1 names a project that is not in the round.</source>
        <translation>El voto importado %1 indica un proyecto que no está en la ronda.</translation>
    </message>
    <message>
        <source>Cannot store imported vote %1: %2</source>
        <translation>No se puede guardar el voto importado %1: %2</translation>
    </message>
    <message>
        <source>Round &quot;%1&quot; imported from %2 with %3 projects and %4 votes, for analysis</source>
        <translation>Se importó la ronda «%1» desde %2 con %3 proyectos y %4 votos, para análisis</translation>
    </message>
    <message>
        <source>There is no round %1 in this database.</source>
        <translation>No hay ninguna ronda %1 en esta base de datos.</translation>
    </message>
    <message>
        <source>Round %1 has an unknown state &quot;%2&quot;.</source>
        <translation>La ronda %1 tiene un estado desconocido: «%2».</translation>
    </message>
    <message>
        <source>Round %1 is %2: its ballot can only change while it is a draft.</source>
        <translation>La ronda %1 está en el estado %2: su papeleta solo puede cambiar mientras es un borrador.</translation>
    </message>
    <message>
        <source>Round %1 has no project %2.</source>
        <translation>La ronda %1 no tiene ningún proyecto %2.</translation>
    </message>
    <message>
        <source>Picture of project %1 removed</source>
        <translation>Se quitó la imagen del proyecto %1</translation>
    </message>
    <message>
        <source>Picture of project %1 set</source>
        <translation>Se estableció la imagen del proyecto %1</translation>
    </message>
    <message>
        <source>The picture for project %1 is neither a PNG nor a JPEG file.</source>
        <translation>La imagen del proyecto %1 no es un archivo PNG ni JPEG.</translation>
    </message>
    <message>
        <source>The picture for project %1 is %2 bytes; at most %3 bytes are allowed.</source>
        <translation>La imagen del proyecto %1 ocupa %2 bytes; se permiten como máximo %3 bytes.</translation>
    </message>
    <message>
        <source>A key needs a name.</source>
        <translation>Una clave necesita un nombre.</translation>
    </message>
    <message>
        <source>Cannot store the %1 key &quot;%2&quot; (does it exist already?): %3</source>
        <translation>No se puede guardar la clave de tipo %1 «%2» (¿ya existe?): %3</translation>
    </message>
    <message>
        <source>There is no %1 key named &quot;%2&quot; in this database.</source>
        <translation>En esta base de datos no hay ninguna clave de tipo %1 llamada «%2».</translation>
    </message>
    <message>
        <source>Election key %1 set</source>
        <translation>Se estableció la clave de la votación %1</translation>
    </message>
    <message>
        <source>Round %1: %2</source>
        <translation>Ronda %1: %2</translation>
    </message>
    <message>
        <source>Round %1 is %2, not %3; try again.</source>
        <translation>La ronda %1 está en el estado %2, no %3; inténtelo de nuevo.</translation>
    </message>
    <message>
        <source>Cannot reorder the projects: %1</source>
        <translation>No se puede cambiar el orden de los proyectos: %1</translation>
    </message>
    <message>
        <source>The round already has a project %1.</source>
        <translation>La ronda ya tiene un proyecto %1.</translation>
    </message>
    <message>
        <source>There are no projects to add.</source>
        <translation>No hay proyectos que añadir.</translation>
    </message>
    <message>
        <source>A translation names project %1, which is not in the round.</source>
        <translation>Una traducción indica el proyecto %1, que no está en la ronda.</translation>
    </message>
    <message>
        <source>The %1 translation of project %2 has no title.</source>
        <translation>La traducción (%1) del proyecto %2 no tiene título.</translation>
    </message>
    <message>
        <source>Project %1 added</source>
        <translation>Se añadió el proyecto %1</translation>
    </message>
    <message>
        <source>%1 projects added</source>
        <translation>Se añadieron %1 proyectos</translation>
    </message>
    <message>
        <source>Project %1 changed</source>
        <translation>Se cambió el proyecto %1</translation>
    </message>
    <message>
        <source>Project %1 removed</source>
        <translation>Se quitó el proyecto %1</translation>
    </message>
    <message>
        <source>Round %1 is %2: its settings can only change while it is a draft.</source>
        <translation>La ronda %1 está en el estado %2: sus ajustes solo pueden cambiar mientras es un borrador.</translation>
    </message>
    <message>
        <source>There is no counting rule &quot;%1&quot;.</source>
        <translation>No existe ninguna regla de escrutinio «%1».</translation>
    </message>
    <message>
        <source>The counting rule %1 cannot count this round: %2</source>
        <translation>La regla de escrutinio %1 no puede escrutar esta ronda: %2</translation>
    </message>
    <message>
        <source>Round settings changed</source>
        <translation>Se cambiaron los ajustes de la ronda</translation>
    </message>
    <message>
        <source>Round %1 has no district %2.</source>
        <translation>La ronda %1 no tiene ningún distrito %2.</translation>
    </message>
    <message>
        <source>District %1 still has projects (%2 first): move or remove them before removing the district.</source>
        <translation>El distrito %1 aún tiene proyectos (el primero, %2): muévalos o quítelos antes de quitar el distrito.</translation>
    </message>
    <message>
        <source>District %1 removed</source>
        <translation>Se quitó el distrito %1</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a language code such as es or pl.</source>
        <translation>«%1» no es un código de idioma como es o pl.</translation>
    </message>
    <message>
        <source>The %1 translation of project %2 has a description but no title.</source>
        <translation>La traducción (%1) del proyecto %2 tiene descripción pero no título.</translation>
    </message>
    <message>
        <source>Translation (%1) of project %2 changed</source>
        <translation>Se cambió la traducción (%1) del proyecto %2</translation>
    </message>
    <message>
        <source>Round %1 is %2: kiosks can only be registered before voting opens, because the signed manifest lists every kiosk&apos;s key.</source>
        <translation>La ronda %1 está en el estado %2: los quioscos solo se pueden registrar antes de abrir la votación, porque el manifiesto firmado enumera la clave de cada quiosco.</translation>
    </message>
    <message>
        <source>A kiosk needs an id (at most 64 characters) and a 32-byte Ed25519 public key.</source>
        <translation>Un quiosco necesita un identificador (de 64 caracteres como máximo) y una clave pública Ed25519 de 32 bytes.</translation>
    </message>
    <message>
        <source>Kiosk %1 is already registered with this key; every kiosk makes its own key.</source>
        <translation>El quiosco %1 ya está registrado con esta clave; cada quiosco crea su propia clave.</translation>
    </message>
    <message>
        <source>Kiosk %1 cannot be registered (already registered?): %2</source>
        <translation>No se puede registrar el quiosco %1 (¿ya está registrado?): %2</translation>
    </message>
    <message>
        <source>Kiosk %1 registered with key %2</source>
        <translation>Quiosco %1 registrado con la clave %2</translation>
    </message>
    <message>
        <source>Round %1 is %2: a kiosk in the signed manifest cannot be removed; revoke it instead.</source>
        <translation>La ronda %1 está en el estado %2: un quiosco que figura en el manifiesto firmado no se puede quitar; revóquelo.</translation>
    </message>
    <message>
        <source>Kiosk %1 is not registered for round %2.</source>
        <translation>El quiosco %1 no está registrado en la ronda %2.</translation>
    </message>
    <message>
        <source>Kiosk %1 removed</source>
        <translation>Se quitó el quiosco %1</translation>
    </message>
    <message>
        <source>Round %1 is a draft: remove the kiosk instead of revoking it.</source>
        <translation>La ronda %1 es un borrador: quite el quiosco en lugar de revocarlo.</translation>
    </message>
    <message>
        <source>Round %1 is tallied: which kiosks count can no longer change.</source>
        <translation>La ronda %1 ya está escrutada: ya no puede cambiar qué quioscos se cuentan.</translation>
    </message>
    <message>
        <source>Kiosk %1 is already revoked.</source>
        <translation>El quiosco %1 ya está revocado.</translation>
    </message>
    <message>
        <source>Kiosk %1 is not revoked.</source>
        <translation>El quiosco %1 no está revocado.</translation>
    </message>
    <message>
        <source>Kiosk %1 revoked: it casts no more and its ballots are not counted</source>
        <translation>Quiosco %1 revocado: ya no recibe papeletas y sus papeletas no se cuentan</translation>
    </message>
    <message>
        <source>Kiosk %1 reinstated</source>
        <translation>Quiosco %1 restablecido</translation>
    </message>
    <message>
        <source>A checkpoint of kiosk %1 cannot be read: %2</source>
        <translation>No se puede leer un punto de control del quiosco %1: %2</translation>
    </message>
    <message>
        <source>The number of codes must be between 1 and 10,000,000.</source>
        <translation>El número de códigos debe estar entre 1 y 10 000 000.</translation>
    </message>
    <message>
        <source>Round %1 is closed: no more access codes can be issued.</source>
        <translation>La ronda %1 está cerrada: ya no se pueden emitir más códigos de acceso.</translation>
    </message>
    <message>
        <source>Cannot store access codes: %1</source>
        <translation>No se pueden guardar los códigos de acceso: %1</translation>
    </message>
    <message>
        <source>%1 access codes issued (batch %2)</source>
        <translation>Se emitieron %1 códigos de acceso (lote %2)</translation>
    </message>
    <message>
        <source>district %1</source>
        <translation>distrito %1</translation>
    </message>
    <message>
        <source>Round %1 is closed: its access codes can no longer change.</source>
        <translation>La ronda %1 está cerrada: sus códigos de acceso ya no pueden cambiar.</translation>
    </message>
    <message>
        <source>Round %1 has no batch %2 of access codes.</source>
        <translation>La ronda %1 no tiene ningún lote %2 de códigos de acceso.</translation>
    </message>
    <message>
        <source>Batch %1 is already void.</source>
        <translation>El lote %1 ya está anulado.</translation>
    </message>
    <message>
        <source>Batch %1 is not void.</source>
        <translation>El lote %1 no está anulado.</translation>
    </message>
    <message>
        <source>Access codes of batch %1 voided</source>
        <translation>Se anularon los códigos de acceso del lote %1</translation>
    </message>
    <message>
        <source>Access codes of batch %1 restored</source>
        <translation>Se restauraron los códigos de acceso del lote %1</translation>
    </message>
    <message>
        <source>This access code is not valid for this round.</source>
        <translation>Este código de acceso no es válido para esta ronda.</translation>
    </message>
    <message>
        <source>Round %1 has no count with %2.</source>
        <translation>La ronda %1 no tiene ningún escrutinio con la regla %2.</translation>
    </message>
    <message>
        <source>Round %1 is %2: a result can only be published after the votes are counted.</source>
        <translation>La ronda %1 está en el estado %2: un resultado solo se puede publicar después de escrutar los votos.</translation>
    </message>
    <message>
        <source>Round %1 is %2; only a draft round can be opened (a suspended round is resumed).</source>
        <translation>La ronda %1 está en el estado %2; solo se puede abrir una ronda en borrador (una ronda suspendida se reanuda).</translation>
    </message>
    <message>
        <source>Round %1 has no projects on its ballot.</source>
        <translation>La ronda %1 no tiene proyectos en su papeleta.</translation>
    </message>
    <message>
        <source>Project %1 is still under review: put it on the ballot or set it aside before voting opens.</source>
        <translation>El proyecto %1 sigue en revisión: póngalo en la papeleta o déjelo fuera de ella antes de abrir la votación.</translation>
    </message>
    <message>
        <source>Round %1 has no counting rule yet: choose it before voting opens, so that everyone knows how the votes will be counted.</source>
        <translation>La ronda %1 aún no tiene regla de escrutinio: elíjala antes de abrir la votación, para que todos sepan cómo se escrutarán los votos.</translation>
    </message>
    <message>
        <source>The counting rule %1 cannot count round %2: %3</source>
        <translation>La regla de escrutinio %1 no puede escrutar la ronda %2: %3</translation>
    </message>
    <message>
        <source>Round %1 has no registered kiosk: register the public key made on each kiosk before voting opens.</source>
        <translation>La ronda %1 no tiene ningún quiosco registrado: registre la clave pública creada en cada quiosco antes de abrir la votación.</translation>
    </message>
    <message>
        <source>Round %1 has no election key yet: create one with &quot;pbvote keys create --kind election --round %1&quot;.</source>
        <translation>La ronda %1 aún no tiene clave de la votación: cree una con «pbvote keys create --kind election --round %1».</translation>
    </message>
    <message>
        <source>The unlocked secret key is not the authority key &quot;%1&quot;.</source>
        <translation>La clave secreta desbloqueada no es la clave de la autoridad «%1».</translation>
    </message>
    <message>
        <source>Round %1 has no registered kiosk: create one with &quot;pbvote keys create --kind kiosk --name K1 --round %1&quot;.</source>
        <translation>La ronda %1 no tiene ningún quiosco registrado: cree uno con «pbvote keys create --kind kiosk --name K1 --round %1».</translation>
    </message>
    <message>
        <source>Round %1 cannot open: the database already holds ballots for it.</source>
        <translation>La ronda %1 no se puede abrir: la base de datos ya contiene papeletas de esa ronda.</translation>
    </message>
    <message>
        <source>Voting opened; manifest %1</source>
        <translation>Votación abierta; manifiesto %1</translation>
    </message>
    <message>
        <source>Round %1 has not been opened, so it has no signed manifest yet.</source>
        <translation>La ronda %1 no se ha abierto, así que aún no tiene manifiesto firmado.</translation>
    </message>
    <message>
        <source>Round %1 is not open for voting.</source>
        <translation>La ronda %1 no está abierta a la votación.</translation>
    </message>
    <message>
        <source>This database belongs to kiosk %1; kiosk %2 cannot record ballots in it.</source>
        <translation>Esta base de datos pertenece al quiosco %1; el quiosco %2 no puede registrar papeletas en ella.</translation>
    </message>
    <message>
        <source>The unlocked key is not kiosk %1&apos;s registered key.</source>
        <translation>La clave desbloqueada no es la clave registrada del quiosco %1.</translation>
    </message>
    <message>
        <source>A ballot that breaks the round&apos;s rules was refused</source>
        <translation>Se rechazó una papeleta que incumple las reglas de la ronda</translation>
    </message>
    <message>
        <source>A mistyped access code was refused</source>
        <translation>Se rechazó un código de acceso mal escrito</translation>
    </message>
    <message>
        <source>This is not an access code: a code has 12 letters and digits, like K7QX-M2PA-R3TE.</source>
        <translation>Esto no es un código de acceso: un código tiene 12 letras y dígitos, como K7QX-M2PA-R3TE.</translation>
    </message>
    <message>
        <source>An access code that is unknown, used, withdrawn or for another district was refused</source>
        <translation>Se rechazó un código de acceso desconocido, ya usado, retirado o de otro distrito</translation>
    </message>
    <message>
        <source>Voting in round %1 is not open (the round is %2).</source>
        <translation>La votación de la ronda %1 no está abierta (la ronda está en el estado %2).</translation>
    </message>
    <message>
        <source>Kiosk %1 was revoked by the organizers: it cannot record ballots.</source>
        <translation>Los organizadores revocaron el quiosco %1: no puede registrar papeletas.</translation>
    </message>
    <message>
        <source>A ballot from a revoked kiosk was refused</source>
        <translation>Se rechazó una papeleta de un quiosco revocado</translation>
    </message>
    <message>
        <source>This access code is not valid for this round. Check it and try again, or ask a poll worker.</source>
        <translation>Este código de acceso no es válido para esta ronda. Compruébelo y vuelva a intentarlo, o consulte al personal de la votación.</translation>
    </message>
    <message>
        <source>This access code has already been used to vote.</source>
        <translation>Este código de acceso ya se ha usado para votar.</translation>
    </message>
    <message>
        <source>This access code was withdrawn by the organizers. A poll worker can give you a new one.</source>
        <translation>Los organizadores retiraron este código de acceso. El personal de la votación puede darle uno nuevo.</translation>
    </message>
    <message>
        <source>This access code is for district %1; project %2 is in district %3.</source>
        <translation>Este código de acceso es del distrito %1; el proyecto %2 está en el distrito %3.</translation>
    </message>
    <message>
        <source>Ballot cast</source>
        <translation>Papeleta emitida</translation>
    </message>
    <message>
        <source>The ballot was NOT recorded: %1</source>
        <translation>La papeleta NO se ha registrado: %1</translation>
    </message>
    <message>
        <source>Final checkpoint of batch %1: %2 ballots</source>
        <translation>Punto de control final del lote %1: %2 papeletas</translation>
    </message>
    <message>
        <source>Voting paused; checkpoint of batch %1: %2 ballots</source>
        <translation>Votación en pausa; punto de control del lote %1: %2 papeletas</translation>
    </message>
    <message>
        <source>the event log is empty</source>
        <translation>la bitácora de sucesos está vacía</translation>
    </message>
    <message>
        <source>No kiosk has voted in this database yet, so there is nothing to checkpoint.</source>
        <translation>Todavía no se ha votado en ningún quiosco de esta base de datos, así que no hay nada que registrar en un punto de control.</translation>
    </message>
    <message>
        <source>Voting resumed</source>
        <translation>Votación reanudada</translation>
    </message>
    <message>
        <source>Kiosk %1 voted in this database: its key must sign the final checkpoint.</source>
        <translation>En esta base de datos se votó en el quiosco %1: su clave debe firmar el punto de control final.</translation>
    </message>
    <message>
        <source>Voting closed</source>
        <translation>Votación cerrada</translation>
    </message>
    <message>
        <source>Round %1 is %2: it can only be tallied once it is closed.</source>
        <translation>La ronda %1 está en el estado %2: solo se puede escrutar una vez cerrada.</translation>
    </message>
    <message>
        <source>Round %1 was already tallied with %2 and the new count differs from the stored one; the stored result is kept. Investigate before publishing.</source>
        <translation>La ronda %1 ya se escrutó con %2 y el nuevo escrutinio difiere del guardado; se conserva el resultado guardado. Investigue antes de publicar.</translation>
    </message>
    <message>
        <source>Counted with %1</source>
        <translation>Votos escrutados con %1</translation>
    </message>
</context>
<context>
    <name>CanonicalJson</name>
    <message>
        <source>byte 0x%1</source>
        <translation>byte 0x%1</translation>
    </message>
    <message>
        <source>unexpected end of text in an object</source>
        <translation>fin inesperado del texto dentro de un objeto</translation>
    </message>
    <message>
        <source>unexpected end of text in an array</source>
        <translation>fin inesperado del texto dentro de un array</translation>
    </message>
    <message>
        <source>unexpected end of text</source>
        <translation>fin inesperado del texto</translation>
    </message>
    <message>
        <source>text larger than 4 GiB</source>
        <translation>texto de más de 4 GiB</translation>
    </message>
    <message>
        <source>byte-order mark at the start of the text</source>
        <translation>marca de orden de bytes al inicio del texto</translation>
    </message>
    <message>
        <source>no value in the text (expected an object or an array)</source>
        <translation>el texto no contiene ningún valor (se esperaba un objeto o un array)</translation>
    </message>
    <message>
        <source>the top-level value must be an object or an array</source>
        <translation>el valor de nivel superior debe ser un objeto o un array</translation>
    </message>
    <message>
        <source>text after the top-level value</source>
        <translation>texto tras el valor de nivel superior</translation>
    </message>
    <message>
        <source>expected &apos;,&apos; or &apos;}&apos; after an object member, found %1</source>
        <translation>se esperaba &apos;,&apos; o &apos;}&apos; tras un miembro de objeto, se encontró %1</translation>
    </message>
    <message>
        <source>expected &apos;,&apos; or &apos;]&apos; after an array element, found %1</source>
        <translation>se esperaba &apos;,&apos; o &apos;]&apos; tras un elemento de array, se encontró %1</translation>
    </message>
    <message>
        <source>nesting deeper than %1</source>
        <translation>anidamiento de más de %1 niveles</translation>
    </message>
    <message>
        <source>expected a string key in an object, found %1</source>
        <translation>se esperaba una clave de texto en un objeto, se encontró %1</translation>
    </message>
    <message>
        <source>duplicate object key (%1)</source>
        <translation>clave de objeto repetida (%1)</translation>
    </message>
    <message>
        <source>object keys not in ascending order (%1 after %2)</source>
        <translation>claves de objeto fuera de orden ascendente (%1 después de %2)</translation>
    </message>
    <message>
        <source>expected &apos;:&apos; after an object key, found %1</source>
        <translation>se esperaba &apos;:&apos; tras una clave de objeto, se encontró %1</translation>
    </message>
    <message>
        <source>unterminated string</source>
        <translation>cadena sin terminar</translation>
    </message>
    <message>
        <source>raw control character U+%1 in a string (the canonical form escapes it)</source>
        <translation>carácter de control U+%1 sin escapar en una cadena (la forma canónica lo escapa)</translation>
    </message>
    <message>
        <source>\/ where the canonical form writes / itself</source>
        <translation>\/ donde la forma canónica escribe / tal cual</translation>
    </message>
    <message>
        <source>invalid escape \%1</source>
        <translation>secuencia de escape no válida \%1</translation>
    </message>
    <message>
        <source>truncated \u escape</source>
        <translation>secuencia \u truncada</translation>
    </message>
    <message>
        <source>invalid \u escape (needs four hex digits)</source>
        <translation>secuencia \u no válida (necesita cuatro dígitos hexadecimales)</translation>
    </message>
    <message>
        <source>surrogate escape %1 (the canonical form writes characters as raw UTF-8)</source>
        <translation>escape de sustituto %1 (la forma canónica escribe los caracteres en UTF-8 sin escapar)</translation>
    </message>
    <message>
        <source>%1 where the canonical form writes the character itself</source>
        <translation>%1 donde la forma canónica escribe el propio carácter</translation>
    </message>
    <message>
        <source>%1 where the canonical form writes %2</source>
        <translation>%1 donde la forma canónica escribe %2</translation>
    </message>
    <message>
        <source>%1 with uppercase hex digits (the canonical form writes lowercase)</source>
        <translation>%1 con dígitos hexadecimales en mayúscula (la forma canónica usa minúsculas)</translation>
    </message>
    <message>
        <source>invalid UTF-8 (unexpected continuation byte)</source>
        <translation>UTF-8 no válido (byte de continuación inesperado)</translation>
    </message>
    <message>
        <source>invalid UTF-8 (overlong form)</source>
        <translation>UTF-8 no válido (forma sobrelarga)</translation>
    </message>
    <message>
        <source>invalid UTF-8 (above U+10FFFF or not a lead byte)</source>
        <translation>UTF-8 no válido (por encima de U+10FFFF o no es un byte inicial)</translation>
    </message>
    <message>
        <source>invalid UTF-8 (truncated sequence)</source>
        <translation>UTF-8 no válido (secuencia truncada)</translation>
    </message>
    <message>
        <source>invalid UTF-8 (UTF-16 surrogate)</source>
        <translation>UTF-8 no válido (sustituto UTF-16)</translation>
    </message>
    <message>
        <source>invalid UTF-8 (above U+10FFFF)</source>
        <translation>UTF-8 no válido (por encima de U+10FFFF)</translation>
    </message>
    <message>
        <source>invalid number (&apos;-&apos; without digits)</source>
        <translation>número no válido (&apos;-&apos; sin dígitos)</translation>
    </message>
    <message>
        <source>number with a leading zero</source>
        <translation>número con un cero a la izquierda</translation>
    </message>
    <message>
        <source>number with a fraction or exponent (only integers are allowed)</source>
        <translation>número con parte fraccionaria o exponente (solo se admiten enteros)</translation>
    </message>
    <message>
        <source>integer outside the 64-bit range</source>
        <translation>entero fuera del rango de 64 bits</translation>
    </message>
    <message>
        <source>-0 where the canonical form writes 0</source>
        <translation>-0 donde la forma canónica escribe 0</translation>
    </message>
    <message>
        <source>invalid literal (expected %1)</source>
        <translation>literal no válido (se esperaba %1)</translation>
    </message>
    <message>
        <source>unexpected %1 where a value was expected</source>
        <translation>%1 inesperado donde se esperaba un valor</translation>
    </message>
    <message>
        <source>mismatched brackets</source>
        <translation>los corchetes de apertura y de cierre no se corresponden</translation>
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
    <name>CodeSheetWriter</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>No se puede escribir %1: %2</translation>
    </message>
    <message>
        <source>Your one-time voting code</source>
        <translation>Su código de votación de un solo uso</translation>
    </message>
    <message>
        <source>Take this slip to a voting kiosk at any library. Type the code, or ask a librarian for help. The code works once.</source>
        <translation>Lleve esta hoja a un quiosco de votación de cualquier biblioteca. Escriba el código o pida ayuda al personal de la biblioteca. El código sirve una sola vez.</translation>
    </message>
    <message>
        <source>a sheet has 1 to %1 columns and 1 to %2 rows of slips.</source>
        <translation>una hoja tiene de 1 a %1 columnas y de 1 a %2 filas de papeletas de código.</translation>
    </message>
    <message>
        <source>the page size is not valid.</source>
        <translation>el tamaño de página no es válido.</translation>
    </message>
    <message>
        <source>Access codes</source>
        <translation>Códigos de acceso</translation>
    </message>
    <message>
        <source>Access codes: %1</source>
        <translation>Códigos de acceso: %1</translation>
    </message>
    <message>
        <source>the PDF could not be started.</source>
        <translation>no se pudo iniciar el PDF.</translation>
    </message>
    <message>
        <source>the sheet is already finished.</source>
        <translation>la hoja ya está terminada.</translation>
    </message>
    <message>
        <source>an access code must be letters, digits and dashes.</source>
        <translation>un código de acceso solo puede contener letras, dígitos y guiones.</translation>
    </message>
    <message>
        <source>a new page could not be started.</source>
        <translation>no se pudo empezar una página nueva.</translation>
    </message>
    <message>
        <source>the PDF could not be completed.</source>
        <translation>no se pudo completar el PDF.</translation>
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
    <name>ElectionRecord</name>
    <message>
        <source>The event log is damaged: %1</source>
        <translation>La bitácora de sucesos está dañada: %1</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>No se puede escribir %1: %2</translation>
    </message>
</context>
<context>
    <name>EqualShares</name>
    <message>
        <source>%1: the budget is negative (%2).</source>
        <translation>%1: el presupuesto es negativo (%2).</translation>
    </message>
    <message>
        <source>%1: project %2 has a negative cost (%3).</source>
        <translation>%1: el proyecto %2 tiene un coste negativo (%3).</translation>
    </message>
    <message>
        <source>%1: Borda utilities need ordinal ballots.</source>
        <translation>%1: la puntuación de Borda requiere papeletas con clasificación.</translation>
    </message>
    <message>
        <source>%1: ballot %2 names an unknown or repeated project.</source>
        <translation>%1: la papeleta %2 menciona un proyecto desconocido o repetido.</translation>
    </message>
    <message>
        <source>%1: ballot %2 gives points to %3 projects but names %4.</source>
        <translation>%1: la papeleta %2 da puntos a %3 proyectos, pero menciona %4.</translation>
    </message>
    <message>
        <source>%1: ballot %2 gives negative points.</source>
        <translation>%1: la papeleta %2 da puntos negativos.</translation>
    </message>
    <message>
        <source>Funded %1: its %2 supporters shared its cost of %3 in proportion to how much they valued it, %4 per point of value.</source>
        <translation>Financiado en %1 lugar: sus %2 partidarios compartieron su coste de %3 en proporción a cuánto lo valoraban, %4 por punto de valor.</translation>
    </message>
    <message>
        <source>Funded %1: %2 of its supporters shared its cost of %3 equally, %4 each.</source>
        <translation>Financiado en %1 lugar: %2 de sus partidarios compartieron a partes iguales su coste de %3, %4 cada uno.</translation>
    </message>
    <message>
        <source>Funded %1: its %2 supporters shared its cost of %3 equally, %4 each.</source>
        <translation>Financiado en %1 lugar: sus %2 partidarios compartieron a partes iguales su coste de %3, %4 cada uno.</translation>
    </message>
    <message>
        <source>Funded %1: its supporters shared its cost of %2; %3 paid an equal share of %4 each, %5 paid everything they had left.</source>
        <translation>Financiado en %1 lugar: sus partidarios compartieron su coste de %2; %3 pagaron una parte igual de %4 cada uno y %5 pagaron todo lo que les quedaba.</translation>
    </message>
    <message>
        <source>%1 other supporters had already spent their share on projects funded before.</source>
        <translation>Otros %1 partidarios ya habían gastado su parte en proyectos financiados antes.</translation>
    </message>
    <message>
        <source>Funded %1: it costs nothing and %2 voters supported it, so it was taken before any money was shared out.</source>
        <translation>Financiado en %1 lugar: no cuesta nada y lo apoyaron %2 votantes, así que se tomó antes de repartir el dinero.</translation>
    </message>
    <message>
        <source>Funded %1 from the money the method of equal shares left over (%2): the completion step took projects by number of votes and this one (%3 votes, cost %4) still fitted in the %5 left at its turn.</source>
        <translation>Financiado en %1 lugar con el dinero que sobró del método de partes iguales (%2): el paso de completado tomó los proyectos por número de votos y este (%3 votos, coste %4) aún cabía en los %5 que quedaban cuando le llegó el turno.</translation>
    </message>
    <message>
        <source>Not funded by equal shares: it costs nothing, and this count measures what a project brings its supporters by its cost, so it carries no weight here.</source>
        <translation>No financiado por partes iguales: no cuesta nada, y este escrutinio mide lo que un proyecto aporta a quienes lo apoyan por su coste, así que aquí no tiene peso.</translation>
    </message>
    <message>
        <source>Not funded: nobody voted for it.</source>
        <translation>No financiado: nadie lo votó.</translation>
    </message>
    <message>
        <source>Not funded.</source>
        <translation>No financiado.</translation>
    </message>
    <message>
        <source>Not funded: its %1 supporters together held only %2 of the %3 it costs, even before paying for anything else (each voter&apos;s share of the budget is %4).</source>
        <translation>No financiado: sus %1 partidarios tenían entre todos solo %2 de los %3 que cuesta, incluso antes de pagar nada más (la parte del presupuesto de cada votante es %4).</translation>
    </message>
    <message>
        <source>Not funded: its %1 supporters had only %2 of the %3 it costs left after paying for projects they also supported.</source>
        <translation>No financiado: a sus %1 partidarios solo les quedaban %2 de los %3 que cuesta después de pagar otros proyectos que también apoyaban.</translation>
    </message>
    <message>
        <source>The completion step could not fund it either: only %1 was left when its turn came.</source>
        <translation>El paso de completado tampoco pudo financiarlo: solo quedaban %1 cuando le llegó el turno.</translation>
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
    <name>Record</name>
    <message>
        <source>%1 at byte %2</source>
        <translation>%1 en el byte %2</translation>
    </message>
    <message>
        <source>truncated record: %1 needs %2 more bytes, %3 left</source>
        <translation>registro truncado: %1 necesita %2 bytes más y quedan %3</translation>
    </message>
    <message>
        <source>length %1 is larger than allowed (%2)</source>
        <translation>la longitud %1 supera la permitida (%2)</translation>
    </message>
    <message>
        <source>text is not valid UTF-8</source>
        <translation>el texto no es UTF-8 válido</translation>
    </message>
    <message>
        <source>expected a %1 record</source>
        <translation>se esperaba un registro %1</translation>
    </message>
    <message>
        <source>Malformed %1: %2</source>
        <translation>Formato incorrecto (%1): %2</translation>
    </message>
    <message>
        <source>Malformed %1: %2 unexpected bytes after the end</source>
        <translation>Formato incorrecto (%1): %2 bytes inesperados tras el final</translation>
    </message>
    <message>
        <source>Malformed %1: not in canonical form</source>
        <translation>Formato incorrecto (%1): no está en forma canónica</translation>
    </message>
    <message>
        <source>%1 is %2, above 2^31 - 1</source>
        <translation>%1 vale %2, más que 2^31 - 1</translation>
    </message>
    <message>
        <source>unknown ballot kind %1</source>
        <translation>tipo de papeleta desconocido %1</translation>
    </message>
    <message>
        <source>too many projects (%1)</source>
        <translation>demasiados proyectos (%1)</translation>
    </message>
    <message>
        <source>kiosk &quot;%1&quot; is listed twice or out of order</source>
        <translation>el quiosco «%1» aparece dos veces o fuera de orden</translation>
    </message>
    <message>
        <source>too many revoked kiosks (%1)</source>
        <translation>demasiados quioscos revocados (%1)</translation>
    </message>
    <message>
        <source>revoked kiosk &quot;%1&quot; is listed twice or out of order</source>
        <translation>el quiosco revocado «%1» aparece dos veces o fuera de orden</translation>
    </message>
    <message>
        <source>Malformed opened ballots: %1 ballots cannot fit in %2 bytes</source>
        <translation>Papeletas abiertas con formato incorrecto: %1 papeletas no caben en %2 bytes</translation>
    </message>
    <message>
        <source>Malformed opened ballots: ballot %1 is out of order</source>
        <translation>Papeletas abiertas con formato incorrecto: la papeleta %1 está fuera de orden</translation>
    </message>
    <message>
        <source>Malformed opened ballots: ballot %1 is damaged</source>
        <translation>Papeletas abiertas con formato incorrecto: la papeleta %1 está dañada</translation>
    </message>
    <message>
        <source>Malformed opened ballots: %1</source>
        <translation>Papeletas abiertas con formato incorrecto: %1</translation>
    </message>
    <message>
        <source>Malformed opened ballots: unexpected bytes after the end</source>
        <translation>Papeletas abiertas con formato incorrecto: bytes inesperados tras el final</translation>
    </message>
    <message>
        <source>unknown checkpoint kind %1</source>
        <translation>tipo de punto de control desconocido %1</translation>
    </message>
    <message>
        <source>unknown event type %1</source>
        <translation>tipo de suceso desconocido %1</translation>
    </message>
    <message>
        <source>an 8-bit field</source>
        <translation>un campo de 8 bits</translation>
    </message>
    <message>
        <source>a 16-bit field</source>
        <translation>un campo de 16 bits</translation>
    </message>
    <message>
        <source>a 32-bit field</source>
        <translation>un campo de 32 bits</translation>
    </message>
    <message>
        <source>a 64-bit field</source>
        <translation>un campo de 64 bits</translation>
    </message>
    <message>
        <source>a fixed-size field</source>
        <translation>un campo de tamaño fijo</translation>
    </message>
    <message>
        <source>manifest</source>
        <translation>manifiesto</translation>
    </message>
    <message>
        <source>tally statement</source>
        <translation>acta de escrutinio</translation>
    </message>
    <message>
        <source>a choice&apos;s value</source>
        <translation>el valor de una opción</translation>
    </message>
    <message>
        <source>ballot plaintext</source>
        <translation>papeleta en claro</translation>
    </message>
    <message>
        <source>ballot envelope</source>
        <translation>sobre de papeleta</translation>
    </message>
    <message>
        <source>checkpoint</source>
        <translation>punto de control</translation>
    </message>
    <message>
        <source>event</source>
        <translation>evento</translation>
    </message>
</context>
<context>
    <name>ResultsReport</name>
    <message>
        <source>%1: %2</source>
        <comment>project id: title</comment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>rule title (rule name)</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Counting rule</source>
        <translation>Regla de escrutinio</translation>
    </message>
    <message>
        <source>Tie-breaking</source>
        <translation>Desempate</translation>
    </message>
    <message>
        <source>not stated</source>
        <translation>no indicado</translation>
    </message>
    <message>
        <source>Ballots counted</source>
        <translation>Papeletas escrutadas</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation>Presupuesto</translation>
    </message>
    <message>
        <source>Used</source>
        <translation>Utilizado</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>Restante</translation>
    </message>
    <message>
        <source>Funded projects</source>
        <translation>Proyectos financiados</translation>
    </message>
    <message>
        <source>No project is funded.</source>
        <translation>No se financia ningún proyecto.</translation>
    </message>
    <message>
        <source>#</source>
        <translation>N.º</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Proyecto</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Coste</translation>
    </message>
    <message>
        <source>Ranking</source>
        <translation>Clasificación</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>Puesto</translation>
    </message>
    <message>
        <source>Votes</source>
        <translation>Votos</translation>
    </message>
    <message>
        <source>Funded</source>
        <translation>Financiado</translation>
    </message>
    <message>
        <source>n/a</source>
        <translation>n/d</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Sí</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <source>Why each project won or lost</source>
        <translation>Por qué ganó o perdió cada proyecto</translation>
    </message>
    <message>
        <source>funded, rank %1</source>
        <translation>financiado, puesto %1</translation>
    </message>
    <message>
        <source>not funded</source>
        <translation>no financiado</translation>
    </message>
    <message>
        <source>(The rule gave no reason.)</source>
        <translation>(La regla no dio ningún motivo.)</translation>
    </message>
    <message>
        <source>Cannot write the results to &quot;%1&quot;: %2</source>
        <translation>No se pueden escribir los resultados en «%1»: %2</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Página %1 de %2</translation>
    </message>
    <message>
        <source>Round: %1</source>
        <translation>Ronda: %1</translation>
    </message>
    <message>
        <source>District: %1 (%2)</source>
        <translation>Distrito: %1 (%2)</translation>
    </message>
    <message>
        <source>City-wide projects</source>
        <translation>Proyectos para toda la ciudad</translation>
    </message>
    <message>
        <source>The result gives no separate figures per district; the whole round is shown.</source>
        <translation>El resultado no da cifras separadas por distrito; se muestra la ronda completa.</translation>
    </message>
    <message>
        <source>the PDF could not be started.</source>
        <translation>no se pudo iniciar el PDF.</translation>
    </message>
    <message>
        <source>a new page could not be started.</source>
        <translation>no se pudo empezar una página nueva.</translation>
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
    <name>Round</name>
    <message>
        <source>the round is already %1.</source>
        <translation>la ronda ya está en el estado %1.</translation>
    </message>
    <message>
        <source>a closed round can never be opened again or changed.</source>
        <translation>una ronda cerrada nunca puede volver a abrirse ni modificarse.</translation>
    </message>
    <message>
        <source>a draft round must be opened first.</source>
        <translation>una ronda en borrador debe abrirse primero.</translation>
    </message>
    <message>
        <source>a round can only be tallied after it is closed.</source>
        <translation>una ronda solo puede escrutarse después de cerrarse.</translation>
    </message>
    <message>
        <source>that step is not part of a round&apos;s lifecycle.</source>
        <translation>ese paso no forma parte del ciclo de vida de una ronda.</translation>
    </message>
    <message>
        <source>Cannot move the round from %1 to %2: %3</source>
        <translation>No se puede pasar la ronda de %1 a %2: %3</translation>
    </message>
    <message>
        <source>A project needs an id.</source>
        <translation>Un proyecto necesita un identificador.</translation>
    </message>
    <message>
        <source>Project %1 has no title.</source>
        <translation>El proyecto %1 no tiene título.</translation>
    </message>
    <message>
        <source>Project %1 must cost more than zero.</source>
        <translation>El proyecto %1 debe costar más de cero.</translation>
    </message>
    <message>
        <source>Project %1 is in district &quot;%2&quot;, which the round does not have.</source>
        <translation>El proyecto %1 está en el distrito «%2», que la ronda no tiene.</translation>
    </message>
    <message>
        <source>Project %1 costs more than the whole budget it competes for.</source>
        <translation>El proyecto %1 cuesta más que todo el presupuesto por el que compite.</translation>
    </message>
    <message>
        <source>The round has no name.</source>
        <translation>La ronda no tiene nombre.</translation>
    </message>
    <message>
        <source>The round&apos;s budget cannot be negative.</source>
        <translation>El presupuesto de la ronda no puede ser negativo.</translation>
    </message>
    <message>
        <source>The currency must be a three-letter code such as EUR, got &quot;%1&quot;.</source>
        <translation>La moneda debe ser un código de tres letras como EUR; se recibió «%1».</translation>
    </message>
    <message>
        <source>District id &quot;%1&quot; is empty or used twice.</source>
        <translation>El identificador de distrito «%1» está vacío o se usa dos veces.</translation>
    </message>
    <message>
        <source>District %1 has a negative budget.</source>
        <translation>El distrito %1 tiene un presupuesto negativo.</translation>
    </message>
    <message>
        <source>Project id &quot;%1&quot; is empty or used twice.</source>
        <translation>El identificador de proyecto «%1» está vacío o se usa dos veces.</translation>
    </message>
    <message>
        <source>Project %1 is in category &quot;%2&quot;, which is not one of the round&apos;s categories.</source>
        <translation>El proyecto %1 está en la categoría «%2», que no es una de las categorías de la ronda.</translation>
    </message>
    <message>
        <source>Category &quot;%1&quot; is empty or listed twice.</source>
        <translation>La categoría «%1» está vacía o figura dos veces.</translation>
    </message>
    <message>
        <source>Voting must close after it opens.</source>
        <translation>La votación debe cerrarse después de abrirse.</translation>
    </message>
    <message>
        <source>A round can hold at most 65,535 projects.</source>
        <translation>Una ronda puede tener como máximo 65 535 proyectos.</translation>
    </message>
    <message>
        <source>The number of projects to choose cannot be negative.</source>
        <translation>El número de proyectos que elegir no puede ser negativo.</translation>
    </message>
    <message>
        <source>The minimum number of projects to choose is above the maximum.</source>
        <translation>El número mínimo de proyectos que elegir supera el máximo.</translation>
    </message>
    <message>
        <source>The minimum number of projects to choose is more than the ballot has.</source>
        <translation>El número mínimo de proyectos que elegir es mayor que el número de proyectos de la papeleta.</translation>
    </message>
    <message>
        <source>The minimum share of the budget must be between 0 and 100%.</source>
        <translation>La parte mínima del presupuesto debe estar entre 0 y 100 %.</translation>
    </message>
    <message>
        <source>A minimum share of the budget only applies to knapsack ballots.</source>
        <translation>Una parte mínima del presupuesto solo se aplica a las papeletas de mochila.</translation>
    </message>
    <message>
        <source>A cumulative ballot needs a number of points to spread.</source>
        <translation>Una papeleta acumulativa necesita un número de puntos que repartir.</translation>
    </message>
    <message>
        <source>The points allowed per project cannot be negative.</source>
        <translation>Los puntos permitidos por proyecto no pueden ser negativos.</translation>
    </message>
    <message>
        <source>Points only apply to cumulative ballots.</source>
        <translation>Los puntos solo se aplican a las papeletas acumulativas.</translation>
    </message>
    <message>
        <source>Project %1 is listed on the ballot, but its status says it is not on the ballot.</source>
        <translation>El proyecto %1 figura en la papeleta, pero su estado dice que no está en la papeleta.</translation>
    </message>
    <message>
        <source>Project %1 is kept off the ballot, but its status says it is on the ballot.</source>
        <translation>El proyecto %1 se mantiene fuera de la papeleta, pero su estado dice que está en la papeleta.</translation>
    </message>
    <message>
        <source>draft</source>
        <comment>round state</comment>
        <translation>borrador</translation>
    </message>
    <message>
        <source>closed</source>
        <comment>round state</comment>
        <translation>cerrada</translation>
    </message>
    <message>
        <source>open</source>
        <comment>round state</comment>
        <translation>abierta</translation>
    </message>
    <message>
        <source>suspended</source>
        <comment>round state</comment>
        <translation>suspendida</translation>
    </message>
    <message>
        <source>tallied</source>
        <comment>round state</comment>
        <translation>escrutada</translation>
    </message>
</context>
<context>
    <name>RoundCounter</name>
    <message>
        <source>Round %1 is %2: ballots are opened only after voting has closed.</source>
        <translation>La ronda %1 está en el estado %2: las papeletas solo se abren después de cerrar la votación.</translation>
    </message>
    <message>
        <source>The round&apos;s manifest signature is not valid: the round&apos;s rules or projects were altered after it opened.</source>
        <translation>La firma del manifiesto de la ronda no es válida: las reglas o los proyectos de la ronda se modificaron después de abrirla.</translation>
    </message>
    <message>
        <source>The election secret key has the wrong size.</source>
        <translation>La clave secreta de la votación tiene un tamaño incorrecto.</translation>
    </message>
    <message>
        <source>Ballot %1 of %2 (in ballot-id order, id %3)</source>
        <translation>Papeleta %1 de %2 (por orden de identificador de papeleta, identificador %3)</translation>
    </message>
    <message>
        <source>: kiosk %1 is not registered in the manifest.</source>
        <translation>: el quiosco %1 no está registrado en el manifiesto.</translation>
    </message>
    <message>
        <source>: the kiosk signature is not valid.</source>
        <translation>: la firma del quiosco no es válida.</translation>
    </message>
    <message>
        <source>: it was cast in another round (manifest differs).</source>
        <translation>: se emitió en otra ronda (el manifiesto es distinto).</translation>
    </message>
    <message>
        <source>: the stored columns disagree with the signed envelope.</source>
        <translation>: las columnas guardadas no coinciden con el sobre firmado.</translation>
    </message>
    <message>
        <source>: the sealed vote belongs to another ballot or round.</source>
        <translation>: el voto sellado pertenece a otra papeleta o a otra ronda.</translation>
    </message>
    <message>
        <source>: the sealed vote is of the wrong ballot kind.</source>
        <translation>: el voto sellado es de un tipo de papeleta incorrecto.</translation>
    </message>
    <message>
        <source>: the vote breaks the round&apos;s rules: %1</source>
        <translation>: el voto incumple las reglas de la ronda: %1</translation>
    </message>
    <message>
        <source>: the vote is not in canonical form.</source>
        <translation>: el voto no está en forma canónica.</translation>
    </message>
    <message>
        <source>Unknown counting rule &quot;%1&quot;; known rules: %2</source>
        <translation>Regla de escrutinio desconocida: «%1»; reglas conocidas: %2</translation>
    </message>
</context>
<context>
    <name>Store</name>
    <message>
        <source>Cannot unlock the %1 key &quot;%2&quot;: %3</source>
        <translation>No se puede desbloquear la clave de tipo %1 «%2»: %3</translation>
    </message>
    <message>
        <source>Round %1 was never opened, so it has no ballots.</source>
        <translation>La ronda %1 nunca se abrió, así que no tiene papeletas.</translation>
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
    <name>Verifier</name>
    <message numerus="yes">
        <source>… and %n more problem(s) of this kind.</source>
        <translation>
            <numerusform>… y %n problema más de este tipo.</numerusform>
            <numerusform>… y %n problemas más de este tipo.</numerusform>
        </translation>
    </message>
    <message>
        <source>ballots[%1], id %2</source>
        <translation>ballots[%1], identificador %2</translation>
    </message>
    <message>
        <source>ballots[%1]</source>
        <translation>ballots[%1]</translation>
    </message>
    <message>
        <source>checkpoints[%1] (kiosk %2, batch %3)</source>
        <translation>checkpoints[%1] (quiosco %2, lote %3)</translation>
    </message>
    <message>
        <source>checkpoints[%1]</source>
        <translation>checkpoints[%1]</translation>
    </message>
    <message>
        <source>results[%1] (rule %2)</source>
        <translation>results[%1] (regla %2)</translation>
    </message>
    <message>
        <source>%1 has an unknown key &quot;%2&quot;.</source>
        <translation>%1 tiene una clave desconocida: &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>%1 has no &quot;%2&quot;.</source>
        <translation>A %1 le falta &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>%1.%2 is not a string.</source>
        <translation>%1.%2 no es una cadena de texto.</translation>
    </message>
    <message>
        <source>%1.%2 is not standard base64 (with padding).</source>
        <translation>%1.%2 no está en base64 estándar (con relleno).</translation>
    </message>
    <message>
        <source>%1 is not a string.</source>
        <translation>%1 no es una cadena de texto.</translation>
    </message>
    <message>
        <source>%1 is not %2 bytes in lowercase hex.</source>
        <translation>%1 no es un valor de %2 bytes en hexadecimal en minúsculas.</translation>
    </message>
    <message>
        <source>%1.%2 is not a whole number from %3 to %4.</source>
        <translation>%1.%2 no es un número entero de %3 a %4.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an array.</source>
        <translation>&quot;%1&quot; no es una lista (array).</translation>
    </message>
    <message>
        <source>%1 is not an object.</source>
        <translation>%1 no es un objeto.</translation>
    </message>
    <message>
        <source>The file is a canonical pbvote election record (format version 2)</source>
        <translation>El archivo es un registro de votación de pbvote en forma canónica (versión 2 del formato)</translation>
    </message>
    <message>
        <source>The manifest is well formed and the record&apos;s copies of its fields match it</source>
        <translation>El manifiesto está bien formado y las copias de sus campos en el registro coinciden con él</translation>
    </message>
    <message>
        <source>The manifest is signed by the authority</source>
        <translation>El manifiesto está firmado por la autoridad</translation>
    </message>
    <message>
        <source>Every ballot is signed by the kiosk it names</source>
        <translation>Cada papeleta está firmada por el quiosco que indica</translation>
    </message>
    <message>
        <source>Every ballot was cast in this round (manifest hash)</source>
        <translation>Cada papeleta se emitió en esta ronda (hash del manifiesto)</translation>
    </message>
    <message>
        <source>Every ballot&apos;s kiosk is registered in the manifest</source>
        <translation>El quiosco de cada papeleta está registrado en el manifiesto</translation>
    </message>
    <message>
        <source>Ballots are listed in ascending ballot-id order</source>
        <translation>Las papeletas están ordenadas por identificador de papeleta ascendente</translation>
    </message>
    <message>
        <source>No ballot appears twice (same ballot id or same sealed vote)</source>
        <translation>Ninguna papeleta aparece dos veces (mismo identificador o mismo voto sellado)</translation>
    </message>
    <message>
        <source>Every sealed vote has the length the manifest fixes</source>
        <translation>Cada voto sellado tiene la longitud que fija el manifiesto</translation>
    </message>
    <message>
        <source>Every receipt code is the one computed from its signed ballot</source>
        <translation>Cada código de recibo es el que se calcula a partir de su papeleta firmada</translation>
    </message>
    <message>
        <source>Every checkpoint is signed by its kiosk for this round</source>
        <translation>Cada punto de control está firmado por su quiosco para esta ronda</translation>
    </message>
    <message>
        <source>Each kiosk&apos;s checkpoints form one chain: batches 1..n, linked, only the last final</source>
        <translation>Los puntos de control de cada quiosco forman una sola cadena: lotes 1..n, enlazados, y solo el último es final</translation>
    </message>
    <message>
        <source>Each batch holds as many ballots and spent codes as its checkpoint says</source>
        <translation>Cada lote contiene tantas papeletas y códigos usados como indica su punto de control</translation>
    </message>
    <message>
        <source>Each batch&apos;s ballots and spent codes have the Merkle roots its checkpoint signs</source>
        <translation>Las papeletas y los códigos usados de cada lote tienen las raíces de Merkle que firma su punto de control</translation>
    </message>
    <message>
        <source>Every ballot belongs to a batch that has a checkpoint</source>
        <translation>Cada papeleta pertenece a un lote que tiene punto de control</translation>
    </message>
    <message>
        <source>Every kiosk that took part signed a final checkpoint</source>
        <translation>Cada quiosco que participó firmó un punto de control final</translation>
    </message>
    <message>
        <source>No batch of ballots is so small that its voters could be singled out</source>
        <translation>Ningún lote de papeletas es tan pequeño que se pueda identificar a sus votantes</translation>
    </message>
    <message>
        <source>The event log is one unbroken hash chain that agrees with the checkpoints, signed to its end</source>
        <translation>La bitácora de sucesos es una única cadena de hashes sin interrupciones, coherente con los puntos de control y firmada hasta el final</translation>
    </message>
    <message>
        <source>The log&apos;s times never go backwards and lie within the voting period</source>
        <translation>Las horas de la bitácora nunca retroceden y quedan dentro del periodo de votación</translation>
    </message>
    <message>
        <source>No kiosk records voting after its own close</source>
        <translation>Ningún quiosco registra votos después de su propio cierre</translation>
    </message>
    <message>
        <source>Access codes: the issued list is the signed one, each spent code was issued and spent once</source>
        <translation>Códigos de acceso: la lista de emitidos es la firmada; cada código usado se emitió y se usó una sola vez</translation>
    </message>
    <message>
        <source>Every result has a tally statement signed by the authority that matches the record</source>
        <translation>Cada resultado tiene un acta de escrutinio firmada por la autoridad que coincide con el registro</translation>
    </message>
    <message>
        <source>Every result is signed by the authority</source>
        <translation>Cada resultado está firmado por la autoridad</translation>
    </message>
    <message>
        <source>The opened ballots are the signed ones, valid, and as many as counted</source>
        <translation>Las papeletas abiertas son las firmadas, son válidas y hay tantas como se contaron</translation>
    </message>
    <message>
        <source>Recounting the opened ballots gives the published result</source>
        <translation>El recuento de las papeletas abiertas da el resultado publicado</translation>
    </message>
    <message>
        <source>The result is counted with the rule fixed in the manifest</source>
        <translation>El resultado se escruta con la regla fijada en el manifiesto</translation>
    </message>
    <message>
        <source>The witness codes written down at the kiosks match signed checkpoints</source>
        <translation>Los códigos de control anotados en los quioscos coinciden con puntos de control firmados</translation>
    </message>
    <message>
        <source>With the election key: every sealed vote opens, is valid, and the opened ballots are exactly them</source>
        <translation>Con la clave de la votación: cada voto sellado se abre y es válido, y las papeletas abiertas son exactamente esos votos</translation>
    </message>
    <message>
        <source>The record does not reveal the order in which ballots were cast</source>
        <translation>El registro no revela el orden en que se emitieron las papeletas</translation>
    </message>
    <message>
        <source>The voter&apos;s receipt is in the record and counted</source>
        <translation>El recibo del votante está en el registro y se contó</translation>
    </message>
    <message>
        <source>Not run: the manifest cannot be read (see MANIFEST).</source>
        <translation>No se hizo: no se puede leer el manifiesto (vea MANIFEST).</translation>
    </message>
    <message>
        <source>Not run: the record cannot be read (see RECORD_FORMAT).</source>
        <translation>No se hizo: no se puede leer el registro (vea RECORD_FORMAT).</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>El archivo está vacío.</translation>
    </message>
    <message>
        <source>The file is not canonical JSON: at byte %1, %2 (it reads &quot;%3&quot;).</source>
        <translation>El archivo no es JSON canónico: en el byte %1, %2 (allí dice «%3»).</translation>
    </message>
    <message>
        <source>The file is JSON but not an object: it is not an election record.</source>
        <translation>El archivo es JSON pero no un objeto: no es un registro de votación.</translation>
    </message>
    <message>
        <source>&quot;format&quot; is not &quot;pbvote-election-record&quot;: this is not a pbvote election record.</source>
        <translation>&quot;format&quot; no es &quot;pbvote-election-record&quot;: no es un registro de votación de pbvote.</translation>
    </message>
    <message>
        <source>Format version 1 (written before the canonical format): its &quot;round&quot; copy is not all checked. Export the round again for a version 2 record.</source>
        <translation>Versión 1 del formato (escrita antes del formato canónico): su copia &quot;round&quot; no se comprueba entera. Exporte de nuevo la ronda para obtener un registro de la versión 2.</translation>
    </message>
    <message>
        <source>Format version %1: this verifier reads version %2 (and 1). Use a pbvote that reads it.</source>
        <translation>Versión %1 del formato: este verificador lee la versión %2 (y la 1). Use un pbvote que la lea.</translation>
    </message>
    <message>
        <source>(not a number)</source>
        <translation>(no es un número)</translation>
    </message>
    <message>
        <source>%1 has only part of a tally statement: &quot;statement&quot;, &quot;statement_signature&quot; and &quot;opened_ballots&quot; go together.</source>
        <translation>%1 tiene solo parte de un acta de escrutinio: &quot;statement&quot;, &quot;statement_signature&quot; y &quot;opened_ballots&quot; van juntos.</translation>
    </message>
    <message>
        <source>%1: results are not in ascending order of their rule.</source>
        <translation>%1: los resultados no están en orden ascendente de su regla.</translation>
    </message>
    <message>
        <source>Canonical JSON, every field known and well encoded.</source>
        <translation>JSON canónico; todos los campos son conocidos y están bien codificados.</translation>
    </message>
    <message>
        <source>The record has no readable manifest.</source>
        <translation>El registro no tiene un manifiesto legible.</translation>
    </message>
    <message>
        <source>Kiosks %1 and %2 are registered with the same public key.</source>
        <translation>Los quioscos %1 y %2 están registrados con la misma clave pública.</translation>
    </message>
    <message>
        <source>&quot;manifest_hash&quot; is %1 but the manifest&apos;s hash is %2.</source>
        <translation>&quot;manifest_hash&quot; es %1, pero el hash del manifiesto es %2.</translation>
    </message>
    <message>
        <source>&quot;authority_public_key&quot; is %1 but the manifest names %2.</source>
        <translation>&quot;authority_public_key&quot; es %1, pero el manifiesto indica %2.</translation>
    </message>
    <message>
        <source>&quot;authority_fingerprint&quot; is %1 but the manifest&apos;s authority key has fingerprint %2.</source>
        <translation>&quot;authority_fingerprint&quot; es %1, pero la clave de la autoridad del manifiesto tiene la huella %2.</translation>
    </message>
    <message>
        <source>round.name is &quot;%1&quot; but the manifest names the round &quot;%2&quot;.</source>
        <translation>round.name es «%1», pero el manifiesto llama a la ronda «%2».</translation>
    </message>
    <message>
        <source>round.election_id is %1 but the manifest&apos;s election id is %2.</source>
        <translation>round.election_id es %1, pero el identificador de la votación en el manifiesto es %2.</translation>
    </message>
    <message>
        <source>The manifest&apos;s round is not valid: %1</source>
        <translation>La ronda del manifiesto no es válida: %1</translation>
    </message>
    <message>
        <source>The manifest&apos;s padded ballot size is %1; its round needs %2.</source>
        <translation>El tamaño de papeleta con relleno del manifiesto es %1; su ronda necesita %2.</translation>
    </message>
    <message>
        <source>the budget is negative</source>
        <translation>el presupuesto es negativo</translation>
    </message>
    <message>
        <source>district %1&apos;s budget is negative</source>
        <translation>el presupuesto del distrito %1 es negativo</translation>
    </message>
    <message>
        <source>project %1&apos;s cost is negative</source>
        <translation>el coste del proyecto %1 es negativo</translation>
    </message>
    <message>
        <source>the projects&apos; costs add up to more than 2^63 - 1</source>
        <translation>los costes de los proyectos suman más de 2^63 - 1</translation>
    </message>
    <message>
        <source>The manifest&apos;s amounts are out of range: %1. Ballots are not checked against it.</source>
        <translation>Los importes del manifiesto están fuera de rango: %1. Las papeletas no se comprueban con él.</translation>
    </message>
    <message>
        <source>The manifest&apos;s signature is not valid for the authority key it names: the manifest was altered after it was signed, or signed by someone else.</source>
        <translation>La firma del manifiesto no es válida para la clave de la autoridad que indica: el manifiesto se modificó después de firmarse o lo firmó otra persona.</translation>
    </message>
    <message>
        <source>No --authority fingerprint given: the authority key in the record (fingerprint %1) was used. Compare it with the fingerprint the organizers published.</source>
        <translation>No se indicó la huella --authority: se usó la clave de la autoridad que trae el registro (huella %1). Compárela con la huella que publicaron los organizadores.</translation>
    </message>
    <message>
        <source>The manifest is signed by the key with fingerprint %1, not by the authority %2 you gave.</source>
        <translation>El manifiesto está firmado con la clave de huella %1, no por la autoridad %2 que usted indicó.</translation>
    </message>
    <message>
        <source>The authority key&apos;s fingerprint %1 is the one given with --authority.</source>
        <translation>La huella de la clave de la autoridad, %1, es la indicada con --authority.</translation>
    </message>
    <message>
        <source>%1: the record says receipt %2, the signed ballot&apos;s receipt is %3.</source>
        <translation>%1: el registro indica el recibo %2; el recibo de la papeleta firmada es %3.</translation>
    </message>
    <message>
        <source>%1: the envelope cannot be read: %2</source>
        <translation>%1: no se puede leer el sobre: %2</translation>
    </message>
    <message>
        <source>%1: kiosk &quot;%2&quot; is not registered in the manifest.</source>
        <translation>%1: el quiosco «%2» no está registrado en el manifiesto.</translation>
    </message>
    <message>
        <source>%1: kiosk &quot;%2&quot; is not registered in the manifest, so no key can check its signature.</source>
        <translation>%1: el quiosco «%2» no está registrado en el manifiesto, así que ninguna clave puede comprobar su firma.</translation>
    </message>
    <message>
        <source>%1: the signature of kiosk %2 is not valid.</source>
        <translation>%1: la firma del quiosco %2 no es válida.</translation>
    </message>
    <message>
        <source>%1: it was cast in another round (its manifest hash is %2).</source>
        <translation>%1: se emitió en otra ronda (el hash de su manifiesto es %2).</translation>
    </message>
    <message>
        <source>%1: the sealed vote is %2 bytes; the manifest fixes %3.</source>
        <translation>%1: el voto sellado tiene %2 bytes; el manifiesto fija %3.</translation>
    </message>
    <message>
        <source>%1 comes after %2: ballots must be listed in ascending ballot-id order.</source>
        <translation>%1 va después de %2: las papeletas deben estar ordenadas por identificador ascendente.</translation>
    </message>
    <message>
        <source>ballots[%1] and ballots[%2] have the same ballot id %3.</source>
        <translation>ballots[%1] y ballots[%2] tienen el mismo identificador de papeleta, %3.</translation>
    </message>
    <message>
        <source>%1 and %2 hold the same sealed vote.</source>
        <translation>%1 y %2 contienen el mismo voto sellado.</translation>
    </message>
    <message numerus="yes">
        <source>%n ballot(s) in ascending ballot-id order.</source>
        <translation>
            <numerusform>%n papeleta en orden ascendente de identificador.</numerusform>
            <numerusform>%n papeletas en orden ascendente de identificador.</numerusform>
        </translation>
    </message>
    <message>
        <source>Every sealed vote is %1 bytes.</source>
        <translation>Cada voto sellado tiene %1 bytes.</translation>
    </message>
    <message>
        <source>%1: the checkpoint cannot be read: %2</source>
        <translation>%1: no se puede leer el punto de control: %2</translation>
    </message>
    <message>
        <source>%1: the record says kiosk %2, batch %3; the signed checkpoint says kiosk %4, batch %5.</source>
        <translation>%1: el registro indica quiosco %2, lote %3; el punto de control firmado indica quiosco %4, lote %5.</translation>
    </message>
    <message>
        <source>%1: the record says witness code %2; the signed checkpoint&apos;s witness code is %3.</source>
        <translation>%1: el registro indica el código de control %2; el código de control del punto de control firmado es %3.</translation>
    </message>
    <message>
        <source>%1: it was signed for another round (its manifest hash is %2).</source>
        <translation>%1: se firmó para otra ronda (el hash de su manifiesto es %2).</translation>
    </message>
    <message>
        <source>%1 comes after %2: checkpoints must be listed by kiosk, then batch, each once.</source>
        <translation>%1 va después de %2: los puntos de control deben ordenarse por quiosco y luego por lote, cada uno una vez.</translation>
    </message>
    <message>
        <source>%1: kiosk %2&apos;s checkpoint number %3 is for batch %4; batches go 1, 2, 3 … without gaps or repeats.</source>
        <translation>%1: el punto de control número %3 del quiosco %2 es del lote %4; los lotes van 1, 2, 3 … sin huecos ni repeticiones.</translation>
    </message>
    <message>
        <source>%1: the first checkpoint of a kiosk must have no previous checkpoint.</source>
        <translation>%1: el primer punto de control de un quiosco no debe tener punto de control anterior.</translation>
    </message>
    <message>
        <source>%1 does not link to the previous checkpoint %2.</source>
        <translation>%1 no enlaza con el punto de control anterior, %2.</translation>
    </message>
    <message>
        <source>%1 is final, yet kiosk %2 has later checkpoints.</source>
        <translation>%1 es final, pero el quiosco %2 tiene puntos de control posteriores.</translation>
    </message>
    <message>
        <source>%1 says kiosk %2 took %3 ballots so far; its batches add up to %4.</source>
        <translation>%1 indica que el quiosco %2 ha recibido %3 papeletas hasta ese momento; sus lotes suman %4.</translation>
    </message>
    <message>
        <source>%1 points to an earlier event than the checkpoint before it.</source>
        <translation>%1 apunta a un suceso anterior al del punto de control que lo precede.</translation>
    </message>
    <message numerus="yes">
        <source>%n more</source>
        <translation>
            <numerusform>%n más</numerusform>
            <numerusform>%n más</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 says %2 ballots; the record holds %3 of that batch.</source>
        <translation>%1 indica %2 papeletas; el registro contiene %3 de ese lote.</translation>
    </message>
    <message>
        <source>%1 says %2 spent access codes; the record holds %3 of that batch.</source>
        <translation>%1 indica %2 códigos de acceso usados; el registro contiene %3 de ese lote.</translation>
    </message>
    <message>
        <source>%1 says %2 ballots but %3 spent access codes: each ballot spends one code.</source>
        <translation>%1 indica %2 papeletas pero %3 códigos de acceso usados: cada papeleta usa un código.</translation>
    </message>
    <message>
        <source>%1: the Merkle root of the batch&apos;s %2 ballots is not the one the checkpoint signs: a ballot of the batch was removed, added or changed.</source>
        <translation>%1: la raíz de Merkle de las %2 papeletas del lote no es la que firma el punto de control: se quitó, añadió o modificó una papeleta del lote.</translation>
    </message>
    <message>
        <source>%1: the Merkle root of the batch&apos;s %2 spent access codes is not the one the checkpoint signs.</source>
        <translation>%1: la raíz de Merkle de los %2 códigos de acceso usados del lote no es la que firma el punto de control.</translation>
    </message>
    <message>
        <source>Kiosk %1 took part but signed no checkpoint at all.</source>
        <translation>El quiosco %1 participó pero no firmó ningún punto de control.</translation>
    </message>
    <message>
        <source>Kiosk %1&apos;s last checkpoint (batch %2) is a suspension: it never signed its final checkpoint, so ballots after it may be missing.</source>
        <translation>El último punto de control del quiosco %1 (lote %2) es una pausa: nunca firmó su punto de control final, así que pueden faltar papeletas posteriores.</translation>
    </message>
    <message numerus="yes">
        <source>%n batch(es) checked.</source>
        <translation>
            <numerusform>%n lote comprobado.</numerusform>
            <numerusform>%n lotes comprobados.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 holds %n ballot(s). Someone who knows who voted at that kiosk between its checkpoints and who also holds the election key could link these sealed votes to a few people. The published opened ballots stay unlinked.</source>
        <translation>
            <numerusform>%1 contiene %n papeleta. Alguien que sepa quién votó en ese quiosco entre sus puntos de control y que además tenga la clave de la votación podría vincular estos votos sellados con unas pocas personas. Las papeletas abiertas publicadas siguen sin vincularse a nadie.</numerusform>
            <numerusform>%1 contiene %n papeletas. Alguien que sepa quién votó en ese quiosco entre sus puntos de control y que además tenga la clave de la votación podría vincular estos votos sellados con unas pocas personas. Las papeletas abiertas publicadas siguen sin vincularse a nadie.</numerusform>
        </translation>
    </message>
    <message>
        <source>Every batch with ballots holds at least %1.</source>
        <translation>Cada lote con papeletas contiene al menos %1.</translation>
    </message>
    <message>
        <source>events[%1]</source>
        <translation>events[%1]</translation>
    </message>
    <message>
        <source>%1: the event cannot be read: %2</source>
        <translation>%1: no se puede leer el suceso: %2</translation>
    </message>
    <message>
        <source>%1 has sequence number %2; the log must number events 1, 2, 3 … in order.</source>
        <translation>%1 tiene el número de secuencia %2; la bitácora debe numerar los sucesos 1, 2, 3 … en orden.</translation>
    </message>
    <message>
        <source>%1 does not link to the event before it: an event was removed, added or changed.</source>
        <translation>%1 no enlaza con el suceso anterior: se quitó, añadió o modificó un suceso.</translation>
    </message>
    <message>
        <source>%1, the first event, links to a previous event.</source>
        <translation>%1, el primer suceso, enlaza con un suceso anterior.</translation>
    </message>
    <message>
        <source>%1: these fields differ from the event&apos;s signed bytes: %2.</source>
        <translation>%1: estos campos difieren de los bytes firmados del suceso: %2.</translation>
    </message>
    <message>
        <source>%1 signs event %2 as the log&apos;s head, but the log&apos;s event %2 is not that event.</source>
        <translation>%1 firma el suceso %2 como cabeza de la bitácora, pero el suceso %2 de la bitácora no es ese.</translation>
    </message>
    <message>
        <source>%1: its event %2 is not this kiosk&apos;s %3 event.</source>
        <translation>%1: su suceso %2 no es el suceso %3 de este quiosco.</translation>
    </message>
    <message>
        <source>%1 says %2 ballots; the log records %3 casts at kiosk %4 in that batch.</source>
        <translation>%1 indica %2 papeletas; la bitácora registra %3 votos emitidos en el quiosco %4 en ese lote.</translation>
    </message>
    <message>
        <source>The log records %1 casts at kiosk %2 after its last checkpoint.</source>
        <translation>La bitácora registra %1 votos emitidos en el quiosco %2 después de su último punto de control.</translation>
    </message>
    <message>
        <source>The log records %1 casts at kiosk %2, which signed no checkpoint.</source>
        <translation>La bitácora registra %1 votos emitidos en el quiosco %2, que no firmó ningún punto de control.</translation>
    </message>
    <message numerus="yes">
        <source>%n event(s) in one chain.</source>
        <translation>
            <numerusform>%n suceso en una sola cadena.</numerusform>
            <numerusform>%n sucesos en una sola cadena.</numerusform>
        </translation>
    </message>
    <message>
        <source>The log goes on after event %1, the last one a checkpoint or tally statement signs: events %2 to %3 are covered by no signature, so anyone could have written them.</source>
        <translation>La bitácora continúa después del suceso %1, el último que firma un punto de control o un acta de escrutinio: los sucesos %2 a %3 no están cubiertos por ninguna firma, así que cualquiera podría haberlos escrito.</translation>
    </message>
    <message>
        <source>events[%1] (%2)</source>
        <translation>events[%1] (%2)</translation>
    </message>
    <message>
        <source>%1 is dated %2, before events[%3] (%4): the log&apos;s times never go backwards, so a clock was turned back or the log was rewritten.</source>
        <translation>%1 tiene fecha %2, anterior a events[%3] (%4): las horas de la bitácora nunca retroceden, así que se atrasó un reloj o se reescribió la bitácora.</translation>
    </message>
    <message>
        <source>%1 is dated %2, more than a day after this verification (%3).</source>
        <translation>%1 tiene fecha %2, más de un día después de esta verificación (%3).</translation>
    </message>
    <message>
        <source>%1 at kiosk %2 is dated %3, more than a day outside the voting period the manifest plans (%4 to %5).</source>
        <translation>%1 en el quiosco %2 tiene fecha %3, más de un día fuera del periodo de votación que prevé el manifiesto (%4 a %5).</translation>
    </message>
    <message>
        <source>%1 at kiosk %2 comes after that kiosk closed (events[%3]).</source>
        <translation>%1 en el quiosco %2 ocurre después de que ese quiosco cerrara (events[%3]).</translation>
    </message>
    <message>
        <source>%1 is dated %2, but the event it signs (events[%3]) is dated %4.</source>
        <translation>%1 tiene fecha %2, pero el suceso que firma (events[%3]) tiene fecha %4.</translation>
    </message>
    <message>
        <source>%1 is dated %2, more than a day outside the voting period the manifest plans (%3 to %4).</source>
        <translation>%1 tiene fecha %2, más de un día fuera del periodo de votación que prevé el manifiesto (%3 a %4).</translation>
    </message>
    <message>
        <source>Times never go backwards; voting events lie within the planned period %1 to %2 (a day&apos;s margin).</source>
        <translation>Las horas nunca retroceden; los sucesos de votación quedan dentro del periodo previsto, de %1 a %2 (con un día de margen).</translation>
    </message>
    <message>
        <source>Times never go backwards. The manifest plans no voting period to compare with.</source>
        <translation>Las horas nunca retroceden. El manifiesto no prevé ningún periodo de votación con el que comparar.</translation>
    </message>
    <message numerus="yes">
        <source>%n kiosk(s) closed; none recorded voting afterwards.</source>
        <translation>
            <numerusform>%n quiosco cerrado; no registró votos después.</numerusform>
            <numerusform>%n quioscos cerrados; ninguno registró votos después.</numerusform>
        </translation>
    </message>
    <message>
        <source>issued_code_hashes[%1] repeats the code hash before it.</source>
        <translation>issued_code_hashes[%1] repite el hash de código anterior.</translation>
    </message>
    <message>
        <source>issued_code_hashes[%1] is out of order: the list must be sorted.</source>
        <translation>issued_code_hashes[%1] está fuera de orden: la lista debe estar ordenada.</translation>
    </message>
    <message>
        <source>spent_codes[%1] (kiosk %2, batch %3)</source>
        <translation>spent_codes[%1] (quiosco %2, lote %3)</translation>
    </message>
    <message>
        <source>%1 is out of order: spent codes are listed by kiosk, batch and hash, each once.</source>
        <translation>%1 está fuera de orden: los códigos usados se ordenan por quiosco, lote y hash, cada uno una vez.</translation>
    </message>
    <message>
        <source>%1: this access code was never issued.</source>
        <translation>%1: este código de acceso nunca se emitió.</translation>
    </message>
    <message>
        <source>spent_codes[%1] and spent_codes[%2] are the same access code: it was used twice.</source>
        <translation>spent_codes[%1] y spent_codes[%2] son el mismo código de acceso: se usó dos veces.</translation>
    </message>
    <message>
        <source>%1: its tally statement says %2 access codes were issued; the record lists %3.</source>
        <translation>%1: su acta de escrutinio indica que se emitieron %2 códigos de acceso; el registro enumera %3.</translation>
    </message>
    <message>
        <source>%1: the issued code list is not the one its tally statement signs (Merkle root differs).</source>
        <translation>%1: la lista de códigos emitidos no es la que firma su acta de escrutinio (la raíz de Merkle difiere).</translation>
    </message>
    <message>
        <source>No tally statement signs the issued code list, so that list is only as the record says.</source>
        <translation>Ningún acta de escrutinio firma la lista de códigos emitidos, así que esa lista solo es lo que dice el registro.</translation>
    </message>
    <message>
        <source>%1 access codes issued, %2 spent.</source>
        <translation>Códigos de acceso emitidos: %1; usados: %2.</translation>
    </message>
    <message>
        <source>The log records that the round was counted, but the record holds no result: the results were removed.</source>
        <translation>La bitácora registra que la ronda se escrutó, pero el registro no contiene ningún resultado: los resultados se eliminaron.</translation>
    </message>
    <message>
        <source>The record holds no result: the round was not counted when it was exported.</source>
        <translation>El registro no contiene ningún resultado: la ronda no estaba escrutada cuando se exportó.</translation>
    </message>
    <message>
        <source>No result in the record.</source>
        <translation>No hay ningún resultado en el registro.</translation>
    </message>
    <message>
        <source>%1: the authority&apos;s signature of the result is not valid: the result was changed after it was signed.</source>
        <translation>%1: la firma de la autoridad sobre el resultado no es válida: el resultado se modificó después de firmarse.</translation>
    </message>
    <message>
        <source>%1 has no tally statement (it was counted before pbvote signed them): its opened ballots and counts cannot be checked. Count the round again.</source>
        <translation>%1 no tiene acta de escrutinio (se escrutó antes de que pbvote las firmara): sus papeletas abiertas y sus recuentos no se pueden comprobar. Vuelva a escrutar la ronda.</translation>
    </message>
    <message>
        <source>%1: the tally statement cannot be read: %2</source>
        <translation>%1: no se puede leer el acta de escrutinio: %2</translation>
    </message>
    <message>
        <source>%1: the authority&apos;s signature of the tally statement is not valid.</source>
        <translation>%1: la firma de la autoridad sobre el acta de escrutinio no es válida.</translation>
    </message>
    <message>
        <source>%1: the tally statement is for another manifest (%2).</source>
        <translation>%1: el acta de escrutinio es de otro manifiesto (%2).</translation>
    </message>
    <message>
        <source>%1: the result is not the one the tally statement signs (result hash differs).</source>
        <translation>%1: el resultado no es el que firma el acta de escrutinio (el hash del resultado difiere).</translation>
    </message>
    <message>
        <source>%1: the tally statement&apos;s rule is &quot;%2&quot;.</source>
        <translation>%1: la regla del acta de escrutinio es «%2».</translation>
    </message>
    <message>
        <source>%1: the tally statement&apos;s tie-breaking &quot;%2&quot; does not match its rule &quot;%3&quot;.</source>
        <translation>%1: el desempate «%2» del acta de escrutinio no corresponde a su regla «%3».</translation>
    </message>
    <message>
        <source>%1: the tally statement signs event %2 as the log&apos;s head, but the log&apos;s event %2 is not that event.</source>
        <translation>%1: el acta de escrutinio firma el suceso %2 como cabeza de la bitácora, pero el suceso %2 de la bitácora no es ese.</translation>
    </message>
    <message>
        <source>%1: the count covers the log up to event %2, before the last checkpoint (event %3).</source>
        <translation>%1: el escrutinio abarca la bitácora hasta el suceso %2, antes del último punto de control (suceso %3).</translation>
    </message>
    <message>
        <source>%1: the tally statement revokes kiosk %2, which the manifest does not register.</source>
        <translation>%1: el acta de escrutinio revoca el quiosco %2, que el manifiesto no registra.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: the opened ballots are not the ones the tally statement signs (hash differs).</source>
        <translation>%1: las papeletas abiertas no son las que firma el acta de escrutinio (el hash difiere).</translation>
    </message>
    <message>
        <source>%1: %2 opened ballots, but the tally statement counts %3.</source>
        <translation>%1: %2 papeletas abiertas, pero el acta de escrutinio cuenta %3.</translation>
    </message>
    <message>
        <source>%1: opened ballot %2 (%3) breaks the round&apos;s rules: %4</source>
        <translation>%1: la papeleta abierta %2 (%3) incumple las reglas de la ronda: %4</translation>
    </message>
    <message>
        <source>%1: opened ballot %2 (%3) is not in canonical form.</source>
        <translation>%1: la papeleta abierta %2 (%3) no está en forma canónica.</translation>
    </message>
    <message>
        <source>%1: the tally statement counts %2 ballots and excludes %3, but the record holds %4 ballots.</source>
        <translation>%1: el acta de escrutinio cuenta %2 papeletas y excluye %3, pero el registro contiene %4 papeletas.</translation>
    </message>
    <message>
        <source>%1: the tally statement excludes %2 ballots; the revoked kiosks cast %3.</source>
        <translation>%1: el acta de escrutinio excluye %2 papeletas; en los quioscos revocados se emitieron %3.</translation>
    </message>
    <message>
        <source>%1: %2 ballots counted, %3 excluded.</source>
        <translation>%1: %2 papeletas contadas, %3 excluidas.</translation>
    </message>
    <message>
        <source>No tally statement in the record.</source>
        <translation>No hay ningún acta de escrutinio en el registro.</translation>
    </message>
    <message>
        <source>position %1</source>
        <translation>posición %1</translation>
    </message>
    <message>
        <source>no choice</source>
        <translation>ninguna opción</translation>
    </message>
    <message>
        <source>Not run: the manifest&apos;s amounts are out of range (see MANIFEST).</source>
        <translation>No se hizo: los importes del manifiesto están fuera de rango (vea MANIFEST).</translation>
    </message>
    <message>
        <source>%1: not recounted: its manifest, tally statement or opened ballots are not authentic (see the checks above).</source>
        <translation>%1: no se volvió a contar: su manifiesto, su acta de escrutinio o sus papeletas abiertas no son auténticos (vea las comprobaciones anteriores).</translation>
    </message>
    <message>
        <source>%1: unknown tie-breaking &quot;%2&quot;.</source>
        <translation>%1: desempate desconocido «%2».</translation>
    </message>
    <message>
        <source>%1: the recount failed: %2</source>
        <translation>%1: el recuento falló: %2</translation>
    </message>
    <message>
        <source>%1: the published result is not a JSON object.</source>
        <translation>%1: el resultado publicado no es un objeto JSON.</translation>
    </message>
    <message>
        <source>%1: the recount of %2 opened ballots with %3 gives the published winners: %4.</source>
        <translation>%1: el recuento de %2 papeletas abiertas con %3 da los ganadores publicados: %4.</translation>
    </message>
    <message>
        <source>No counted result with a tally statement in the record.</source>
        <translation>No hay en el registro ningún resultado escrutado con acta de escrutinio.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ninguno</translation>
    </message>
    <message>
        <source>(absent)</source>
        <translation>(ausente)</translation>
    </message>
    <message>
        <source>the published result lists %1 projects; the round has %2.</source>
        <translation>el resultado publicado enumera %1 proyectos; la ronda tiene %2.</translation>
    </message>
    <message>
        <source>project %1 differs: the published result has %2 = %3, the recount %4.</source>
        <translation>el proyecto %1 difiere: el resultado publicado tiene %2 = %3; el recuento, %4.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; differs: the published result has %2, the recount %3.</source>
        <translation>&quot;%1&quot; difiere: el resultado publicado tiene %2; el recuento, %3.</translation>
    </message>
    <message>
        <source>The manifest (format 1) fixes no counting rule, so the rule used cannot be checked against one chosen before voting.</source>
        <translation>El manifiesto (formato 1) no fija ninguna regla de escrutinio, así que la regla usada no se puede comparar con una elegida antes de la votación.</translation>
    </message>
    <message>
        <source>%1 is counted with &quot;%2&quot;, not with &quot;%3&quot;, the rule the manifest fixes.</source>
        <translation>%1 se escrutó con «%2», no con «%3», la regla que fija el manifiesto.</translation>
    </message>
    <message>
        <source>Counted with &quot;%1&quot;, the rule the manifest fixed before voting.</source>
        <translation>Escrutado con «%1», la regla que el manifiesto fijó antes de la votación.</translation>
    </message>
    <message>
        <source>No witness codes given (--witness).</source>
        <translation>No se indicaron códigos de control (--witness).</translation>
    </message>
    <message>
        <source>Witness code %1 matches no checkpoint in the record: a checkpoint was removed or replaced, or the code was written down wrong.</source>
        <translation>El código de control %1 no coincide con ningún punto de control del registro: se quitó o se sustituyó un punto de control, o el código se anotó mal.</translation>
    </message>
    <message>
        <source>%1: %2.</source>
        <translation>%1: %2.</translation>
    </message>
    <message>
        <source>No election key given (--election-key).</source>
        <translation>No se indicó la clave de la votación (--election-key).</translation>
    </message>
    <message>
        <source>The election key must be %1 bytes.</source>
        <translation>La clave de la votación debe tener %1 bytes.</translation>
    </message>
    <message>
        <source>%1: the sealed vote does not open with this key: %2</source>
        <translation>%1: el voto sellado no se abre con esta clave: %2</translation>
    </message>
    <message>
        <source>%1: the sealed vote belongs to another ballot or round.</source>
        <translation>%1: el voto sellado pertenece a otra papeleta o a otra ronda.</translation>
    </message>
    <message>
        <source>%1: the sealed vote is of the wrong ballot kind.</source>
        <translation>%1: el voto sellado es de un tipo de papeleta incorrecto.</translation>
    </message>
    <message>
        <source>%1: the vote breaks the round&apos;s rules: %2</source>
        <translation>%1: el voto incumple las reglas de la ronda: %2</translation>
    </message>
    <message>
        <source>%1: the vote is not in canonical form.</source>
        <translation>%1: el voto no está en forma canónica.</translation>
    </message>
    <message>
        <source>The key opens none of the %1 sealed votes: it is not this round&apos;s election key.</source>
        <translation>La clave no abre ninguno de los %1 votos sellados: no es la clave de la votación de esta ronda.</translation>
    </message>
    <message>
        <source>%1 of %2 sealed votes opened and valid.</source>
        <translation>%1 de %2 votos sellados abiertos y válidos.</translation>
    </message>
    <message>
        <source>%1: the opened ballots are exactly the %2 sealed votes of non-revoked kiosks.</source>
        <translation>%1: las papeletas abiertas son exactamente los %2 votos sellados de los quioscos no revocados.</translation>
    </message>
    <message>
        <source>The ballots are not in ballot-id order, so their order may follow casting (see BALLOT_ORDER).</source>
        <translation>Las papeletas no están ordenadas por identificador, así que su orden puede seguir el de emisión (vea BALLOT_ORDER).</translation>
    </message>
    <message>
        <source>Sealed votes differ in length, which may reveal how many projects were chosen (see CT_LENGTH).</source>
        <translation>Los votos sellados tienen longitudes distintas, lo que puede revelar cuántos proyectos se eligieron (vea CT_LENGTH).</translation>
    </message>
    <message>
        <source>Ballots are listed by their random ids, every sealed vote has the same length, opened ballots are sorted by content, and the format holds no time per ballot.</source>
        <translation>Las papeletas se ordenan por sus identificadores aleatorios, todos los votos sellados tienen la misma longitud, las papeletas abiertas se ordenan por contenido y el formato no guarda la hora de cada papeleta.</translation>
    </message>
    <message>
        <source>No receipt given (--receipt).</source>
        <translation>No se indicó ningún recibo (--receipt).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a receipt code: a receipt has 16 letters and digits, like GPEK-A7LW-KIAX-PLS4.</source>
        <translation>«%1» no es un código de recibo: un recibo tiene 16 letras y cifras, como GPEK-A7LW-KIAX-PLS4.</translation>
    </message>
    <message>
        <source>No ballot with receipt %1 is in this record. Check the code; if it is right, report it to the organizers and the auditors.</source>
        <translation>En este registro no hay ninguna papeleta con el recibo %1. Compruebe el código; si es correcto, comuníquelo a los organizadores y a los auditores.</translation>
    </message>
    <message>
        <source>A ballot with receipt %1 is in the record (%2), but its signature does NOT verify: report this to the auditors.</source>
        <translation>En el registro hay una papeleta con el recibo %1 (%2), pero su firma NO se puede verificar: comuníquelo a los auditores.</translation>
    </message>
    <message>
        <source>Found: %1, kiosk %2, batch %3, with a valid signature; the record holds no count yet.</source>
        <translation>Encontrada: %1, quiosco %2, lote %3, con firma válida; el registro aún no contiene ningún escrutinio.</translation>
    </message>
    <message>
        <source>Found: %1, kiosk %2, batch %3, with a valid signature, but NOT counted: the organizers revoked kiosk %2.</source>
        <translation>Encontrada: %1, quiosco %2, lote %3, con firma válida, pero NO contada: los organizadores revocaron el quiosco %2.</translation>
    </message>
    <message>
        <source>Found: %1, kiosk %2, batch %3, with a valid signature, and counted.</source>
        <translation>Encontrada: %1, quiosco %2, lote %3, con firma válida, y contada.</translation>
    </message>
    <message>
        <source>Election record of &quot;%1&quot; (election id %2), format version %3</source>
        <translation>Registro de la votación «%1» (identificador %2), versión del formato %3</translation>
    </message>
    <message>
        <source>Authority key %1: the fingerprint you gave.</source>
        <translation>Clave de la autoridad %1: la huella que usted indicó.</translation>
    </message>
    <message>
        <source>Authority key %1: NOT compared with a published fingerprint (use --authority).</source>
        <translation>Clave de la autoridad %1: NO se comparó con una huella publicada (use --authority).</translation>
    </message>
    <message>
        <source>Holds %1 ballots, %2 kiosks, %3 checkpoints, %4 events, %5 results.</source>
        <translation>Contiene %1 papeletas, %2 quioscos, %3 puntos de control, %4 sucesos y %5 resultados.</translation>
    </message>
    <message>
        <source>Verdict: PASSED. Every check passed.</source>
        <translation>Veredicto: SUPERADA. Se superaron todas las comprobaciones.</translation>
    </message>
    <message>
        <source>Verdict: PASSED, with warnings to read: %1.</source>
        <translation>Veredicto: SUPERADA, con advertencias que leer: %1.</translation>
    </message>
    <message numerus="yes">
        <source>Verdict: FAILED. %n check(s) failed: %1.</source>
        <translation>
            <numerusform>Veredicto: FALLÓ. %n comprobación falló: %1.</numerusform>
            <numerusform>Veredicto: FALLÓ. %n comprobaciones fallaron: %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 does not exist.</source>
        <translation>%1 no existe.</translation>
    </message>
    <message>
        <source>%1 is not a file.</source>
        <translation>%1 no es un archivo.</translation>
    </message>
    <message>
        <source>%1 is %2 bytes; an election record is refused over %3 bytes (2 GiB).</source>
        <translation>%1 ocupa %2 bytes; un registro de votación se rechaza si supera %3 bytes (2 GiB).</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>No se puede leer %1: %2</translation>
    </message>
    <message>
        <source>Cannot read the election key %1: %2</source>
        <translation>No se puede leer la clave de la votación %1: %2</translation>
    </message>
    <message>
        <source>%1 does not hold an election key: it must hold 64 hex digits.</source>
        <translation>%1 no contiene una clave de la votación: debe contener 64 dígitos hexadecimales.</translation>
    </message>
    <message>
        <source>every other check, beside the signatures</source>
        <translation>las demás comprobaciones, en paralelo con las firmas</translation>
    </message>
    <message>
        <source>the rest of the signatures, the receipt</source>
        <translation>el resto de las firmas, el recibo</translation>
    </message>
    <message>
        <source>the record</source>
        <translation>el registro</translation>
    </message>
    <message numerus="yes">
        <source>Round &quot;%1&quot;: %n project(s), budget %2 %3, counting rule &quot;%4&quot;.</source>
        <translation>
            <numerusform>Ronda «%1»: %n proyecto, presupuesto %2 %3, regla de escrutinio «%4».</numerusform>
            <numerusform>Ronda «%1»: %n proyectos, presupuesto %2 %3, regla de escrutinio «%4».</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n kiosk(s) registered.</source>
        <translation>
            <numerusform>%n quiosco registrado.</numerusform>
            <numerusform>%n quioscos registrados.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n ballot signature(s) checked.</source>
        <translation>
            <numerusform>%n firma de papeleta comprobada.</numerusform>
            <numerusform>%n firmas de papeletas comprobadas.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The work was shared by %n thread(s).</source>
        <translation>
            <numerusform>El trabajo lo hizo %n hilo.</numerusform>
            <numerusform>El trabajo se repartió entre %n hilos.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n checkpoint(s) in all.</source>
        <translation>
            <numerusform>%n punto de control en total.</numerusform>
            <numerusform>%n puntos de control en total.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n kiosk(s) signed checkpoints.</source>
        <translation>
            <numerusform>%n quiosco firmó puntos de control.</numerusform>
            <numerusform>%n quioscos firmaron puntos de control.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Kiosk %1 has no checkpoint for its batch %2, which holds %n ballot(s): %3.</source>
        <translation>
            <numerusform>El quiosco %1 no tiene punto de control para su lote %2, que contiene %n papeleta: %3.</numerusform>
            <numerusform>El quiosco %1 no tiene punto de control para su lote %2, que contiene %n papeletas: %3.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Kiosk %1 has no checkpoint for its batch %2, in which %n access code(s) were spent.</source>
        <translation>
            <numerusform>El quiosco %1 no tiene punto de control para su lote %2, en el que se usó %n código de acceso.</numerusform>
            <numerusform>El quiosco %1 no tiene punto de control para su lote %2, en el que se usaron %n códigos de acceso.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n kiosk(s) revoked, their ballots not counted: %2.</source>
        <translation>
            <numerusform>%1: %n quiosco revocado, sus papeletas no se cuentan: %2.</numerusform>
            <numerusform>%1: %n quioscos revocados, sus papeletas no se cuentan: %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 The result counted with &quot;%2&quot; is the official one.</source>
        <translation>%1 El resultado escrutado con «%2» es el oficial.</translation>
    </message>
    <message numerus="yes">
        <source>%n opened ballot(s) are not among the sealed votes, e.g. %1.</source>
        <translation>
            <numerusform>%n papeleta abierta no está entre los votos sellados: %1.</numerusform>
            <numerusform>%n papeletas abiertas no están entre los votos sellados, p. ej. %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n sealed vote(s) are missing from the opened ballots, e.g. %1.</source>
        <translation>
            <numerusform>Falta %n voto sellado entre las papeletas abiertas: %1.</numerusform>
            <numerusform>Faltan %n votos sellados entre las papeletas abiertas, p. ej. %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: the opened ballots are not the sealed votes. %2</source>
        <translation>%1: las papeletas abiertas no son los votos sellados. %2</translation>
    </message>
    <message>
        <source>Cannot read %1: no memory for its %2 bytes.</source>
        <translation>No se puede leer %1: no hay memoria para sus %2 bytes.</translation>
    </message>
    <message>
        <source>%1 changed while it was read (%2 bytes, then %3): read it again when nothing writes it.</source>
        <translation>%1 cambió mientras se leía (%2 bytes, luego %3): vuelva a leerlo cuando nada lo esté escribiendo.</translation>
    </message>
    <message>
        <source>read the rest of the record, beside the signatures</source>
        <translation>leer el resto del registro, en paralelo con las firmas</translation>
    </message>
    <message>
        <source>parse the record, read and decode the ballots</source>
        <translation>analizar el registro, leer y decodificar las papeletas</translation>
    </message>
    <message>
        <source>%1 changed while it was verified, so what was checked may not be what the file holds: verify it again when nothing writes it.</source>
        <translation>%1 cambió mientras se verificaba, así que lo comprobado puede no ser lo que contiene el archivo: verifíquelo de nuevo cuando nada lo esté escribiendo.</translation>
    </message>
    <message>
        <source>The log records more counts (%1) than the record holds results (%2): a result was removed.</source>
        <translation>La bitácora registra más escrutinios (%1) que resultados contiene el registro (%2): se eliminó un resultado.</translation>
    </message>
    <message>
        <source>The record holds more results (%1) than the log records counts (%2): a result was added that the log does not know.</source>
        <translation>El registro contiene más resultados (%1) que escrutinios registra la bitácora (%2): se añadió un resultado que la bitácora no conoce.</translation>
    </message>
    <message>
        <source>%1: the log&apos;s kiosk-revoked events do not name their kiosk (pbvote wrote them so before December 2026), so the kiosks the statement revokes cannot be compared with the log. Read the revocations in BALLOT_KIOSK&apos;s notes.</source>
        <translation>%1: los eventos kiosk-revoked de la bitácora no nombran su quiosco (pbvote los escribía así antes de diciembre de 2026), así que los quioscos que revoca el acta no pueden compararse con la bitácora. Lea las revocaciones en las notas de BALLOT_KIOSK.</translation>
    </message>
    <message>
        <source>%1: the tally statement revokes kiosk %2, but the log does not record its revocation before the count: its ballots were left out unannounced.</source>
        <translation>%1: el acta de escrutinio revoca el quiosco %2, pero la bitácora no registra su revocación antes del escrutinio: sus papeletas se dejaron fuera sin anunciarlo.</translation>
    </message>
    <message>
        <source>%1: the log records kiosk %2 as revoked before the count, but the tally statement counts its ballots.</source>
        <translation>%1: la bitácora registra el quiosco %2 como revocado antes del escrutinio, pero el acta de escrutinio cuenta sus papeletas.</translation>
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
    <name>pbvote::console::AuditorWindow</name>
    <message>
        <source>Verify an election record</source>
        <translation>Verificar un registro de votación</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>&amp;Open an election record…</source>
        <translation>&amp;Abrir un registro de votación…</translation>
    </message>
    <message>
        <source>&amp;Save the report…</source>
        <translation>&amp;Guardar el informe…</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Cerrar</translation>
    </message>
    <message>
        <source>&amp;Election record:</source>
        <translation>Registro de la vo&amp;tación:</translation>
    </message>
    <message>
        <source>The record file, e.g. round-1-record.json</source>
        <translation>El archivo del registro, p. ej. round-1-record.json</translation>
    </message>
    <message>
        <source>Election record file</source>
        <translation>Archivo del registro de la votación</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>A&amp;brir…</translation>
    </message>
    <message>
        <source>Open an election record</source>
        <translation>Abrir un registro de votación</translation>
    </message>
    <message>
        <source>The file the organizers published for anyone to check. You can also drop it onto this window.</source>
        <translation>El archivo que publicaron los organizadores para que cualquiera lo compruebe. También puede soltarlo sobre esta ventana.</translation>
    </message>
    <message>
        <source>What you bring (all optional)</source>
        <translation>Lo que usted aporta (todo opcional)</translation>
    </message>
    <message>
        <source>&amp;Authority key fingerprint:</source>
        <translation>&amp;Huella de la clave de la autoridad:</translation>
    </message>
    <message>
        <source>e.g. ABCD-EFGH-IJKL-MNOP</source>
        <translation>p. ej. ABCD-EFGH-IJKL-MNOP</translation>
    </message>
    <message>
        <source>Authority key fingerprint</source>
        <translation>Huella de la clave de la autoridad</translation>
    </message>
    <message>
        <source>The city prints it on its poster and publishes it on its website. Without it, the key inside the record is trusted and the verdict warns about it.</source>
        <translation>El ayuntamiento la imprime en su cartel y la publica en su sitio web. Sin ella, se confía en la clave que trae el registro y el veredicto lo advierte.</translation>
    </message>
    <message>
        <source>&amp;Witness codes:</source>
        <translation>Códigos de &amp;control:</translation>
    </message>
    <message>
        <source>One code per line</source>
        <translation>Un código por línea</translation>
    </message>
    <message>
        <source>Witness codes</source>
        <translation>Códigos de control</translation>
    </message>
    <message>
        <source>&amp;Load from file…</source>
        <translation>Cargar des&amp;de archivo…</translation>
    </message>
    <message>
        <source>Load witness codes from a file</source>
        <translation>Cargar códigos de control desde un archivo</translation>
    </message>
    <message>
        <source>The codes poll workers wrote down at each kiosk when it paused or closed: one per line; the rest of a line (a time, a note) is ignored.</source>
        <translation>Los códigos que el personal de la votación anotó en cada quiosco al pausarlo o cerrarlo: uno por línea; el resto de la línea (una hora, una nota) se ignora.</translation>
    </message>
    <message>
        <source>Election &amp;key file (for the trusted auditor):</source>
        <translation>Archivo de la c&amp;lave de la votación (para el auditor de confianza):</translation>
    </message>
    <message>
        <source>Leave empty unless you were given the key</source>
        <translation>Déjelo vacío salvo que le hayan dado la clave</translation>
    </message>
    <message>
        <source>Election key file</source>
        <translation>Archivo de la clave de la votación</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>Eleg&amp;ir…</translation>
    </message>
    <message>
        <source>Choose the election key file</source>
        <translation>Elegir el archivo de la clave de la votación</translation>
    </message>
    <message>
        <source>Only for the auditor trusted with the round&apos;s secret key: every sealed vote is opened and compared with the published ballots. The key is read into protected memory and never saved.</source>
        <translation>Solo para el auditor al que se confió la clave secreta de la ronda: cada voto sellado se abre y se compara con las papeletas publicadas. La clave se lee en memoria protegida y nunca se guarda.</translation>
    </message>
    <message>
        <source>Voter&apos;s &amp;receipt code:</source>
        <translation>Código de &amp;recibo del votante:</translation>
    </message>
    <message>
        <source>e.g. GPEK-A7LW-KIAX-PLS4</source>
        <translation>p. ej. GPEK-A7LW-KIAX-PLS4</translation>
    </message>
    <message>
        <source>Voter&apos;s receipt code</source>
        <translation>Código de recibo del votante</translation>
    </message>
    <message>
        <source>To check that one voter&apos;s ballot is in the record and counted.</source>
        <translation>Para comprobar que la papeleta de un votante está en el registro y se contó.</translation>
    </message>
    <message>
        <source>&amp;Verify</source>
        <translation>&amp;Verificar</translation>
    </message>
    <message>
        <source>Run every check on the record (Ctrl+Enter)</source>
        <translation>Hacer todas las comprobaciones del registro (Ctrl+Intro)</translation>
    </message>
    <message>
        <source>Verifying</source>
        <translation>Verificando</translation>
    </message>
    <message>
        <source>Save the report as a web page or PDF</source>
        <translation>Guardar el informe como página web o PDF</translation>
    </message>
    <message>
        <source>&amp;Checks</source>
        <translation>Co&amp;mprobaciones</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Comprobación</translation>
    </message>
    <message>
        <source>What it checks</source>
        <translation>Qué comprueba</translation>
    </message>
    <message>
        <source>Checks and their status</source>
        <translation>Comprobaciones y su estado</translation>
    </message>
    <message>
        <source>Details of the chosen check</source>
        <translation>Detalles de la comprobación elegida</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Veredicto</translation>
    </message>
    <message>
        <source>A verification is already running.</source>
        <translation>Ya hay una verificación en curso.</translation>
    </message>
    <message>
        <source>Choose the election record to verify first (Open…).</source>
        <translation>Elija primero el registro de la votación que quiere verificar (Abrir…).</translation>
    </message>
    <message>
        <source>Verified %1.</source>
        <translation>Verificado %1.</translation>
    </message>
    <message>
        <source>Verifying the record…</source>
        <translation>Verificando el registro…</translation>
    </message>
    <message>
        <source>Every signature and every count is checked again; a large record takes a while. You can keep using this window.</source>
        <translation>Se vuelven a comprobar todas las firmas y todos los recuentos; un registro grande tarda un rato. Puede seguir usando esta ventana.</translation>
    </message>
    <message>
        <source>Not verified yet</source>
        <translation>Aún sin verificar</translation>
    </message>
    <message>
        <source>Open an election record, add what you bring, then press Verify.</source>
        <translation>Abra un registro de votación, añada lo que aporta y pulse Verificar.</translation>
    </message>
    <message>
        <source>Press Verify to run every check on %1.</source>
        <translation>Pulse Verificar para hacer todas las comprobaciones de %1.</translation>
    </message>
    <message>
        <source>The inputs changed since this verification: press Verify again.</source>
        <translation>Los datos cambiaron desde esta verificación: pulse Verificar de nuevo.</translation>
    </message>
    <message>
        <source>Election records (*.json);;All files (*)</source>
        <translation>Registros de votación (*.json);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Load witness codes</source>
        <translation>Cargar códigos de control</translation>
    </message>
    <message>
        <source>Text files (*.txt);;All files (*)</source>
        <translation>Archivos de texto (*.txt);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>%1 is too large to be a list of witness codes.</source>
        <translation>%1 es demasiado grande para ser una lista de códigos de control.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>No se puede leer %1: %2</translation>
    </message>
    <message>
        <source>%1 holds no witness code.</source>
        <translation>%1 no contiene ningún código de control.</translation>
    </message>
    <message numerus="yes">
        <source>Loaded %n witness code(s).</source>
        <translation>
            <numerusform>Se cargó %n código de control.</numerusform>
            <numerusform>Se cargaron %n códigos de control.</numerusform>
        </translation>
    </message>
    <message>
        <source>Key files (*.key *.txt);;All files (*)</source>
        <translation>Archivos de clave (*.key *.txt);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Verify a record first: there is no report to save yet.</source>
        <translation>Verifique primero un registro: aún no hay informe que guardar.</translation>
    </message>
    <message>
        <source>Audit of %1</source>
        <translation>Auditoría de %1</translation>
    </message>
    <message>
        <source>Web page (*.html)</source>
        <translation>Página web (*.html)</translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation>Documento PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Save the audit report</source>
        <translation>Guardar el informe de auditoría</translation>
    </message>
    <message>
        <source>Wrote %1.</source>
        <translation>Se escribió %1.</translation>
    </message>
    <message>
        <source>Cannot write the audit report to &quot;%1&quot;: %2</source>
        <translation>No se puede escribir el informe de auditoría en «%1»: %2</translation>
    </message>
    <message>
        <source>the PDF could not be made.</source>
        <translation>no se pudo crear el PDF.</translation>
    </message>
</context>
<context>
    <name>pbvote::console::CodeBatchModel</name>
    <message>
        <source>City-wide</source>
        <translation>Toda la ciudad</translation>
    </message>
    <message>
        <source>Codes issued before batches were kept</source>
        <translation>Códigos emitidos antes de que se registraran los lotes</translation>
    </message>
    <message numerus="yes">
        <source>Voided: its %n unused code(s) are refused; used codes stay used.</source>
        <translation>
            <numerusform>Anulado: se rechaza su %n código sin usar; los códigos ya usados no cambian.</numerusform>
            <numerusform>Anulado: se rechazan sus %n códigos sin usar; los códigos ya usados no cambian.</numerusform>
        </translation>
    </message>
    <message>
        <source>Earlier codes</source>
        <translation>Códigos anteriores</translation>
    </message>
    <message>
        <source>Voided</source>
        <translation>Anulado</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Activo</translation>
    </message>
    <message>
        <source>Batch</source>
        <translation>Lote</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Etiqueta</translation>
    </message>
    <message>
        <source>District</source>
        <translation>Distrito</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>Emitidos</translation>
    </message>
    <message>
        <source>Used</source>
        <translation>Usados</translation>
    </message>
    <message>
        <source>Unused</source>
        <translation>Sin usar</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
</context>
<context>
    <name>pbvote::console::CodesPage</name>
    <message>
        <source>Access codes are issued in batches, e.g. one per place and week. Each code lets one resident vote once; the database keeps only their hashes. Voiding a batch refuses its unused codes, e.g. when slips were lost.</source>
        <translation>Los códigos de acceso se emiten por lotes, p. ej., uno por lugar y semana. Cada código permite votar una vez a un vecino; la base de datos no guarda los códigos, solo sus huellas (hashes). Al anular un lote se rechazan sus códigos sin usar, p. ej., si se perdieron las hojas.</translation>
    </message>
    <message>
        <source>&amp;Issue codes…</source>
        <translation>&amp;Emitir códigos…</translation>
    </message>
    <message>
        <source>Batches of access codes</source>
        <translation>Lotes de códigos de acceso</translation>
    </message>
    <message>
        <source>Choose or create a round first.</source>
        <translation>Primero elija o cree una ronda.</translation>
    </message>
    <message>
        <source>This round was imported for analysis: it is not voted with access codes.</source>
        <translation>Esta ronda se importó para análisis: no se vota con códigos de acceso.</translation>
    </message>
    <message>
        <source>Voting has closed: no more codes can be issued.</source>
        <translation>La votación se ha cerrado: ya no se pueden emitir más códigos.</translation>
    </message>
    <message>
        <source>Make one-time codes and write them as slips to print and/or a CSV file.</source>
        <translation>Generar códigos de un solo uso y guardarlos como hojas para imprimir, en un archivo CSV o en ambos.</translation>
    </message>
    <message>
        <source>&amp;Restore batch</source>
        <translation>&amp;Restaurar lote</translation>
    </message>
    <message>
        <source>&amp;Void batch…</source>
        <translation>&amp;Anular lote…</translation>
    </message>
    <message>
        <source>Voting has closed: a batch can no longer be voided or restored.</source>
        <translation>La votación se ha cerrado: ya no se puede anular ni restaurar un lote.</translation>
    </message>
    <message>
        <source>Choose a batch in the table first.</source>
        <translation>Primero elija un lote en la tabla.</translation>
    </message>
    <message>
        <source>Accept the batch&apos;s unused codes again.</source>
        <translation>Volver a aceptar los códigos sin usar del lote.</translation>
    </message>
    <message>
        <source>Refuse the batch&apos;s unused codes, e.g. when its slips were lost (used codes stay used).</source>
        <translation>Rechazar los códigos sin usar del lote, p. ej., si se perdieron sus hojas (los códigos ya usados no cambian).</translation>
    </message>
    <message>
        <source>The access codes cannot be read: %1</source>
        <translation>No se pueden leer los códigos de acceso: %1</translation>
    </message>
    <message>
        <source>Codes issued: %1. Used: %2. Unused: %3.</source>
        <translation>Códigos emitidos: %1. Usados: %2. Sin usar: %3.</translation>
    </message>
</context>
<context>
    <name>pbvote::console::ConsoleWindow</name>
    <message>
        <source>approval (tick projects)</source>
        <translation>aprobación (marcar proyectos)</translation>
    </message>
    <message>
        <source>knapsack (projects within the budget)</source>
        <translation>mochila (proyectos dentro del presupuesto)</translation>
    </message>
    <message>
        <source>cumulative (spread points)</source>
        <translation>acumulativo (repartir puntos)</translation>
    </message>
    <message>
        <source>ranking</source>
        <translation>clasificación</translation>
    </message>
    <message>
        <source>pbvote console</source>
        <translation>Consola de pbvote</translation>
    </message>
    <message>
        <source>Find projects by id, title, category or district</source>
        <translation>Buscar proyectos por id., título, categoría o distrito</translation>
    </message>
    <message>
        <source>&amp;Overview</source>
        <translation>&amp;Resumen</translation>
    </message>
    <message>
        <source>&amp;Projects</source>
        <translation>&amp;Proyectos</translation>
    </message>
    <message>
        <source>&amp;Results</source>
        <translation>Resul&amp;tados</translation>
    </message>
    <message>
        <source>Open a database to start (File &gt; Open database).</source>
        <translation>Abra una base de datos para empezar (Archivo &gt; Abrir base de datos).</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>&amp;Open database…</source>
        <translation>A&amp;brir base de datos…</translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation>Abrir &amp;reciente</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Editar</translation>
    </message>
    <message>
        <source>&amp;Find projects</source>
        <translation>&amp;Buscar proyectos</translation>
    </message>
    <message>
        <source>&amp;Round</source>
        <translation>&amp;Ronda</translation>
    </message>
    <message>
        <source>&amp;New round…</source>
        <translation>&amp;Nueva ronda…</translation>
    </message>
    <message>
        <source>&amp;Import a Pabulib election…</source>
        <translation>&amp;Importar una votación de Pabulib…</translation>
    </message>
    <message>
        <source>Ctrl+I</source>
        <translation>Ctrl+I</translation>
    </message>
    <message>
        <source>&amp;Add a project…</source>
        <translation>&amp;Añadir un proyecto…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+A</source>
        <translation>Ctrl+Shift+A</translation>
    </message>
    <message>
        <source>Add a &amp;district…</source>
        <translation>Añadir un &amp;distrito…</translation>
    </message>
    <message>
        <source>&amp;Voting rules…</source>
        <translation>Reglas de &amp;votación…</translation>
    </message>
    <message>
        <source>D&amp;uplicate this round…</source>
        <translation>D&amp;uplicar esta ronda…</translation>
    </message>
    <message>
        <source>Issue access &amp;codes…</source>
        <translation>Emitir &amp;códigos de acceso…</translation>
    </message>
    <message>
        <source>&amp;Register a kiosk…</source>
        <translation>Re&amp;gistrar un quiosco…</translation>
    </message>
    <message>
        <source>&amp;Open voting…</source>
        <translation>A&amp;brir la votación…</translation>
    </message>
    <message>
        <source>&amp;Close voting…</source>
        <translation>&amp;Cerrar la votación…</translation>
    </message>
    <message>
        <source>Coun&amp;t the votes…</source>
        <translation>Escru&amp;tar los votos…</translation>
    </message>
    <message>
        <source>Ctrl+T</source>
        <translation>Ctrl+T</translation>
    </message>
    <message>
        <source>&amp;Export the election record…</source>
        <translation>&amp;Exportar el registro de la votación…</translation>
    </message>
    <message>
        <source>Export the &amp;results (PDF report, CSV)…</source>
        <translation>Exportar los &amp;resultados (informe PDF, CSV)…</translation>
    </message>
    <message>
        <source>Round</source>
        <translation>Ronda</translation>
    </message>
    <message>
        <source>%1 — pbvote console</source>
        <translation>%1 — Consola de pbvote</translation>
    </message>
    <message>
        <source>Opened %1.</source>
        <translation>Se abrió %1.</translation>
    </message>
    <message>
        <source>Open or create a database</source>
        <translation>Abrir o crear una base de datos</translation>
    </message>
    <message>
        <source>pbvote databases (*.sqlite *.db);;All files (*)</source>
        <translation>Bases de datos de pbvote (*.sqlite *.db);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Cannot open the database</source>
        <translation>No se puede abrir la base de datos</translation>
    </message>
    <message>
        <source>Cannot read the rounds</source>
        <translation>No se pueden leer las rondas</translation>
    </message>
    <message>
        <source>Add a project to this round</source>
        <translation>Añadir un proyecto a esta ronda</translation>
    </message>
    <message>
        <source>Projects can only be added while the round is a draft: once voting has opened, nothing that changes the outcome can change.</source>
        <translation>Solo se pueden añadir proyectos mientras la ronda es un borrador: una vez abierta la votación, no puede cambiar nada que afecte al resultado.</translation>
    </message>
    <message>
        <source>Choose or create a round first.</source>
        <translation>Primero elija o cree una ronda.</translation>
    </message>
    <message>
        <source>End voting for good</source>
        <translation>Terminar la votación definitivamente</translation>
    </message>
    <message>
        <source>Only a round whose voting is open can be closed.</source>
        <translation>Solo se puede cerrar una ronda con la votación abierta.</translation>
    </message>
    <message>
        <source>Only while the round is a draft: once voting has opened, nothing that changes the outcome can change.</source>
        <translation>Solo mientras la ronda es un borrador: una vez abierta la votación, no puede cambiar nada que afecte al resultado.</translation>
    </message>
    <message>
        <source>Give part of the budget to a district</source>
        <translation>Asignar parte del presupuesto a un distrito</translation>
    </message>
    <message>
        <source>What a ballot may contain</source>
        <translation>Qué puede contener una papeleta</translation>
    </message>
    <message>
        <source>Let a kiosk sign ballots for this round</source>
        <translation>Permitir que un quiosco firme papeletas de esta ronda</translation>
    </message>
    <message>
        <source>Kiosks are registered while the round is a draft: the opened round&apos;s signed manifest lists them.</source>
        <translation>Los quioscos se registran mientras la ronda es un borrador: el manifiesto firmado de la ronda abierta los enumera.</translation>
    </message>
    <message>
        <source>Sign the round&apos;s manifest and open voting</source>
        <translation>Firmar el manifiesto de la ronda y abrir la votación</translation>
    </message>
    <message>
        <source>Only a draft round can be opened.</source>
        <translation>Solo se puede abrir una ronda en borrador.</translation>
    </message>
    <message>
        <source>Count the votes with a rule</source>
        <translation>Escrutar los votos con una regla</translation>
    </message>
    <message>
        <source>Votes are counted after voting has closed: no partial results.</source>
        <translation>Los votos se escrutan después de cerrar la votación: no hay resultados parciales.</translation>
    </message>
    <message>
        <source>A printable report and a spreadsheet of the result</source>
        <translation>Un informe imprimible y una hoja de cálculo del resultado</translation>
    </message>
    <message>
        <source>There is a result to export once the votes are counted.</source>
        <translation>Habrá un resultado que exportar cuando se hayan escrutado los votos.</translation>
    </message>
    <message>
        <source>Make one-time codes and print them as slips</source>
        <translation>Generar códigos de un solo uso e imprimirlos en hojas</translation>
    </message>
    <message>
        <source>Codes are issued for a round voted with pbvote, before or during voting.</source>
        <translation>Los códigos se emiten para una ronda votada con pbvote, antes o durante la votación.</translation>
    </message>
    <message>
        <source>Write the record anyone can verify: manifest, signed ballots, checkpoints, log and results</source>
        <translation>Escribir el registro que cualquiera puede verificar: manifiesto, papeletas firmadas, puntos de control, bitácora y resultados</translation>
    </message>
    <message>
        <source>A round has an election record once voting has opened.</source>
        <translation>Una ronda tiene registro de la votación una vez abierta la votación.</translation>
    </message>
    <message>
        <source>Choose a round on the left, or create one (Round &gt; New round).</source>
        <translation>Elija una ronda a la izquierda o cree una (Ronda &gt; Nueva ronda).</translation>
    </message>
    <message>
        <source>State:</source>
        <translation>Estado:</translation>
    </message>
    <message>
        <source>Budget:</source>
        <translation>Presupuesto:</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Voting method:</source>
        <translation>Método de votación:</translation>
    </message>
    <message>
        <source>Projects:</source>
        <translation>Proyectos:</translation>
    </message>
    <message>
        <source>District %1:</source>
        <translation>Distrito %1:</translation>
    </message>
    <message>
        <source>budget %1 %2</source>
        <translation>presupuesto %1 %2</translation>
    </message>
    <message numerus="yes">
        <source>at least %n project(s)</source>
        <translation>
            <numerusform>al menos %n proyecto</numerusform>
            <numerusform>al menos %n proyectos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>at most %n project(s)</source>
        <translation>
            <numerusform>como máximo %n proyecto</numerusform>
            <numerusform>como máximo %n proyectos</numerusform>
        </translation>
    </message>
    <message>
        <source>spend at least %1% of the budget</source>
        <translation>gastar al menos el %1% del presupuesto</translation>
    </message>
    <message numerus="yes">
        <source>%n point(s) to give</source>
        <translation>
            <numerusform>%n punto para repartir</numerusform>
            <numerusform>%n puntos para repartir</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>at most %n point(s) per project</source>
        <translation>
            <numerusform>como máximo %n punto por proyecto</numerusform>
            <numerusform>como máximo %n puntos por proyecto</numerusform>
        </translation>
    </message>
    <message>
        <source>Ballot limits:</source>
        <translation>Límites de la papeleta:</translation>
    </message>
    <message>
        <source>Imported from:</source>
        <translation>Importado de:</translation>
    </message>
    <message>
        <source>Access codes issued:</source>
        <translation>Códigos de acceso emitidos:</translation>
    </message>
    <message>
        <source>Ballots cast:</source>
        <translation>Papeletas emitidas:</translation>
    </message>
    <message>
        <source>Turnout:</source>
        <translation>Participación:</translation>
    </message>
    <message>
        <source>%1%</source>
        <translation>%1%</translation>
    </message>
    <message>
        <source>This round is no longer a draft: its projects, budget and rules are fixed.</source>
        <translation>Esta ronda ya no es un borrador: sus proyectos, presupuesto y reglas son definitivos.</translation>
    </message>
    <message>
        <source>Open a database first.</source>
        <translation>Primero abra una base de datos.</translation>
    </message>
    <message>
        <source>New round</source>
        <translation>Nueva ronda</translation>
    </message>
    <message>
        <source>Voting &amp;method:</source>
        <translation>&amp;Método de votación:</translation>
    </message>
    <message>
        <source>Round not created</source>
        <translation>No se creó la ronda</translation>
    </message>
    <message numerus="yes">
        <source>Imported %1: %n vote(s).</source>
        <translation>
            <numerusform>Se importó %1: %n voto.</numerusform>
            <numerusform>Se importó %1: %n votos.</numerusform>
        </translation>
    </message>
    <message>
        <source>Import a Pabulib election</source>
        <translation>Importar una votación de Pabulib</translation>
    </message>
    <message>
        <source>Pabulib files (*.pb);;All files (*)</source>
        <translation>Archivos de Pabulib (*.pb);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Nothing was imported</source>
        <translation>No se importó nada</translation>
    </message>
    <message>
        <source>Choose a round first.</source>
        <translation>Primero elija una ronda.</translation>
    </message>
    <message>
        <source>An imported election is kept for analysis; it cannot be the start of a new round.</source>
        <translation>Una votación importada se conserva para análisis; no puede ser el punto de partida de una nueva ronda.</translation>
    </message>
    <message>
        <source>Add a district</source>
        <translation>Añadir un distrito</translation>
    </message>
    <message>
        <source>District name:</source>
        <translation>Nombre del distrito:</translation>
    </message>
    <message>
        <source>Budget of %1 (whole amount):</source>
        <translation>Presupuesto de %1 (cantidad entera):</translation>
    </message>
    <message>
        <source>District not added</source>
        <translation>No se añadió el distrito</translation>
    </message>
    <message>
        <source>The budget must be a whole amount above zero, like 250000.</source>
        <translation>El presupuesto debe ser una cantidad entera mayor que cero, como 250000.</translation>
    </message>
    <message>
        <source>Cannot change the rules</source>
        <translation>No se pueden cambiar las reglas</translation>
    </message>
    <message>
        <source>Voting rules</source>
        <translation>Reglas de votación</translation>
    </message>
    <message>
        <source>no limit</source>
        <translation>sin límite</translation>
    </message>
    <message>
        <source>Every point must be given</source>
        <translation>Hay que repartir todos los puntos</translation>
    </message>
    <message>
        <source>At &amp;least (projects):</source>
        <translation>Como mí&amp;nimo (proyectos):</translation>
    </message>
    <message>
        <source>At &amp;most (projects or ranks):</source>
        <translation>Como má&amp;ximo (proyectos o puestos):</translation>
    </message>
    <message>
        <source>Knapsack: spend at least (%):</source>
        <translation>Mochila: gastar al menos (%):</translation>
    </message>
    <message>
        <source>Cumulative: &amp;points to give:</source>
        <translation>Acumulativo: &amp;puntos para repartir:</translation>
    </message>
    <message>
        <source>Cumulative: at most per project:</source>
        <translation>Acumulativo: máximo por proyecto:</translation>
    </message>
    <message>
        <source>Rules not changed</source>
        <translation>No se cambiaron las reglas</translation>
    </message>
    <message>
        <source>Cannot duplicate</source>
        <translation>No se puede duplicar</translation>
    </message>
    <message>
        <source>Duplicate this round</source>
        <translation>Duplicar esta ronda</translation>
    </message>
    <message>
        <source>Name of the new round:</source>
        <translation>Nombre de la nueva ronda:</translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <translation>%1 (copia)</translation>
    </message>
    <message>
        <source>Round not duplicated</source>
        <translation>No se duplicó la ronda</translation>
    </message>
    <message>
        <source>Cannot add a project</source>
        <translation>No se puede añadir un proyecto</translation>
    </message>
    <message>
        <source>Project not added</source>
        <translation>No se añadió el proyecto</translation>
    </message>
    <message>
        <source>Close voting?</source>
        <translation>¿Cerrar la votación?</translation>
    </message>
    <message>
        <source>Closing ends voting in this round for good: no kiosk can take another ballot. This cannot be undone.</source>
        <translation>Al cerrar, la votación de esta ronda termina definitivamente: ningún quiosco podrá recibir más papeletas. No se puede deshacer.</translation>
    </message>
    <message>
        <source>Voting not closed</source>
        <translation>No se cerró la votación</translation>
    </message>
    <message>
        <source>A kiosk&apos;s public key is 64 hexadecimal digits (pbvote keys list --json on the kiosk prints it); &quot;%1&quot; is not one.</source>
        <translation>La clave pública de un quiosco tiene 64 dígitos hexadecimales (la muestra «pbvote keys list --json» en el quiosco); «%1» no lo es.</translation>
    </message>
    <message>
        <source>Kiosk not registered</source>
        <translation>No se registró el quiosco</translation>
    </message>
    <message>
        <source>Kiosk %1 registered.</source>
        <translation>Quiosco %1 registrado.</translation>
    </message>
    <message>
        <source>Key passphrase</source>
        <translation>Frase de contraseña de las claves</translation>
    </message>
    <message>
        <source>An empty passphrase is not allowed.</source>
        <translation>No se admite una frase de contraseña vacía.</translation>
    </message>
    <message>
        <source>Open voting?</source>
        <translation>¿Abrir la votación?</translation>
    </message>
    <message>
        <source>Opening signs this round&apos;s projects, budget, rules and kiosks; none of them can change afterwards. Open voting now?</source>
        <translation>Al abrir se firman los proyectos, el presupuesto, las reglas y los quioscos de esta ronda; después no podrá cambiar nada de ello. ¿Abrir la votación ahora?</translation>
    </message>
    <message>
        <source>Passphrase that protects the organizer&apos;s keys:</source>
        <translation>Frase de contraseña que protege las claves del organizador:</translation>
    </message>
    <message>
        <source>Voting not opened</source>
        <translation>No se abrió la votación</translation>
    </message>
    <message>
        <source>Voting is open.</source>
        <translation>La votación está abierta.</translation>
    </message>
    <message>
        <source>Count the votes</source>
        <translation>Escrutar los votos</translation>
    </message>
    <message>
        <source>Counting rule:</source>
        <translation>Regla de escrutinio:</translation>
    </message>
    <message>
        <source>Passphrase of the election and authority keys:</source>
        <translation>Frase de contraseña de las claves de la votación y de la autoridad:</translation>
    </message>
    <message>
        <source>Votes not counted</source>
        <translation>No se escrutaron los votos</translation>
    </message>
    <message>
        <source>Choose where the codes go (a PDF sheet, a CSV file or both): they are shown only once.</source>
        <translation>Elija dónde guardar los códigos (una hoja PDF, un archivo CSV o ambos): solo se muestran una vez.</translation>
    </message>
    <message numerus="yes">
        <source>The %n code(s) were issued, but %1. Those codes cannot be shown again: issue a new batch and do not hand out this one.</source>
        <translation>
            <numerusform>Se emitió %n código, pero %1. Ese código no se puede volver a mostrar: emita un lote nuevo y no reparta este.</numerusform>
            <numerusform>Se emitieron %n códigos, pero %1. Esos códigos no se pueden volver a mostrar: emita un lote nuevo y no reparta este.</numerusform>
        </translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Archivos PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Codes not issued</source>
        <translation>No se emitieron los códigos</translation>
    </message>
    <message>
        <source>Round %1 has not been counted yet.</source>
        <translation>La ronda %1 aún no se ha escrutado.</translation>
    </message>
    <message>
        <source>Save the results report (PDF)</source>
        <translation>Guardar el informe de resultados (PDF)</translation>
    </message>
    <message>
        <source>Results not exported</source>
        <translation>No se exportaron los resultados</translation>
    </message>
    <message>
        <source>Wrote %1 and %2.</source>
        <translation>Se escribieron %1 y %2.</translation>
    </message>
    <message>
        <source>Election record exported</source>
        <translation>Registro de la votación exportado</translation>
    </message>
    <message>
        <source>Export the election record</source>
        <translation>Exportar el registro de la votación</translation>
    </message>
    <message>
        <source>Election records (*.json)</source>
        <translation>Registros de votación (*.json)</translation>
    </message>
    <message>
        <source>Record not exported</source>
        <translation>No se exportó el registro</translation>
    </message>
    <message>
        <source>Wrote %1.</source>
        <translation>Se escribió %1.</translation>
    </message>
    <message>
        <source>&amp;Edit the project…</source>
        <translation>&amp;Editar el proyecto…</translation>
    </message>
    <message>
        <source>Re&amp;move the project…</source>
        <translation>&amp;Quitar el proyecto…</translation>
    </message>
    <message>
        <source>Change the chosen project</source>
        <translation>Cambiar el proyecto seleccionado</translation>
    </message>
    <message>
        <source>Take the chosen project off the ballot</source>
        <translation>Quitar de la papeleta el proyecto seleccionado</translation>
    </message>
    <message>
        <source>Cannot edit the project</source>
        <translation>No se puede editar el proyecto</translation>
    </message>
    <message>
        <source>Choose a project in the table first.</source>
        <translation>Primero elija un proyecto en la tabla.</translation>
    </message>
    <message>
        <source>Projects can only change while the round is a draft: once voting has opened, nothing that changes the outcome can change.</source>
        <translation>Los proyectos solo pueden cambiar mientras la ronda es un borrador: una vez abierta la votación, no puede cambiar nada que afecte al resultado.</translation>
    </message>
    <message>
        <source>Project not changed</source>
        <translation>El proyecto no se ha cambiado</translation>
    </message>
    <message>
        <source>Cannot remove the project</source>
        <translation>No se puede quitar el proyecto</translation>
    </message>
    <message>
        <source>Remove project %1?</source>
        <translation>¿Quitar el proyecto %1?</translation>
    </message>
    <message>
        <source>Project %1 will be taken off this draft ballot, with its picture.</source>
        <translation>El proyecto %1 se quitará de esta papeleta en borrador, junto con su imagen.</translation>
    </message>
    <message>
        <source>Project not removed</source>
        <translation>El proyecto no se ha quitado</translation>
    </message>
    <message>
        <source>Redo %1</source>
        <translation>Rehacer %1</translation>
    </message>
    <message>
        <source>Undo %1</source>
        <translation>Deshacer %1</translation>
    </message>
    <message>
        <source>&amp;Kiosks</source>
        <translation>&amp;Quioscos</translation>
    </message>
    <message>
        <source>Access &amp;codes</source>
        <translation>&amp;Códigos de acceso</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Deshacer</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rehacer</translation>
    </message>
    <message>
        <source>Round &amp;settings…</source>
        <translation>A&amp;justes de la ronda…</translation>
    </message>
    <message>
        <source>Ctrl+E</source>
        <translation>Ctrl+E</translation>
    </message>
    <message>
        <source>Import projects from &amp;CSV…</source>
        <translation>Importar proyectos desde &amp;CSV…</translation>
    </message>
    <message>
        <source>Remove a district…</source>
        <translation>Quitar un distrito…</translation>
    </message>
    <message>
        <source>Export the votes (&amp;Pabulib)…</source>
        <translation>Exportar los votos (&amp;Pabulib)…</translation>
    </message>
    <message>
        <source>Export the projects (CS&amp;V)…</source>
        <translation>Exportar los proyectos (CS&amp;V)…</translation>
    </message>
    <message>
        <source>Pu&amp;blish the result…</source>
        <translation>Pu&amp;blicar el resultado…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+P</source>
        <translation>Ctrl+Shift+P</translation>
    </message>
    <message>
        <source>%1 is already open in another pbvote console (process %2 on %3). Close it there first: two consoles changing the same rounds would each show a state the other has changed. Kiosks can keep voting meanwhile.</source>
        <translation>%1 ya está abierto en otra consola de pbvote (proceso %2 en %3). Ciérrelo allí primero: si dos consolas cambian las mismas rondas, cada una mostraría un estado que la otra ya ha cambiado. Mientras tanto, los quioscos pueden seguir recibiendo votos.</translation>
    </message>
    <message>
        <source>this computer</source>
        <translation>este equipo</translation>
    </message>
    <message>
        <source>Cannot open %1: the console cannot write its lock file next to it (is the folder read-only?).</source>
        <translation>No se puede abrir %1: la consola no puede escribir su archivo de bloqueo junto a él (¿la carpeta es de solo lectura?).</translation>
    </message>
    <message>
        <source>Remove a district that has no projects</source>
        <translation>Quitar un distrito que no tiene proyectos</translation>
    </message>
    <message>
        <source>This round has no districts.</source>
        <translation>Esta ronda no tiene distritos.</translation>
    </message>
    <message>
        <source>Name, budget, categories, voting period and counting rule</source>
        <translation>Nombre, presupuesto, categorías, periodo de votación y regla de escrutinio</translation>
    </message>
    <message>
        <source>See the round&apos;s settings (they are fixed once voting has opened)</source>
        <translation>Ver los ajustes de la ronda (son definitivos una vez abierta la votación)</translation>
    </message>
    <message>
        <source>Add projects from a spreadsheet saved as CSV</source>
        <translation>Añadir proyectos desde una hoja de cálculo guardada como CSV</translation>
    </message>
    <message>
        <source>The projects as a spreadsheet (CSV), with their translations</source>
        <translation>Los proyectos como hoja de cálculo (CSV), con sus traducciones</translation>
    </message>
    <message>
        <source>Write the report, the results, the votes and the election record to one folder, and mark the result published</source>
        <translation>Escribir el informe, los resultados, los votos y el registro de la votación en una carpeta, y marcar el resultado como publicado</translation>
    </message>
    <message>
        <source>A result is published after the votes are counted.</source>
        <translation>El resultado se publica después de escrutar los votos.</translation>
    </message>
    <message>
        <source>Every vote, without ballot ids, in a random order (Pabulib format)</source>
        <translation>Todos los votos, sin identificadores de papeleta, en orden aleatorio (formato Pabulib)</translation>
    </message>
    <message>
        <source>Votes are published only after voting has closed.</source>
        <translation>Los votos solo se publican después de cerrar la votación.</translation>
    </message>
    <message>
        <source>not chosen yet</source>
        <translation>aún no elegida</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>sin fijar</translation>
    </message>
    <message>
        <source>Voting period:</source>
        <translation>Periodo de votación:</translation>
    </message>
    <message>
        <source>Categories:</source>
        <translation>Categorías:</translation>
    </message>
    <message>
        <source>Not on the ballot:</source>
        <translation>Fuera de la papeleta:</translation>
    </message>
    <message numerus="yes">
        <source>%n project(s) under review, rejected or withdrawn</source>
        <translation>
            <numerusform>%n proyecto en revisión, rechazado o retirado</numerusform>
            <numerusform>%n proyectos en revisión, rechazados o retirados</numerusform>
        </translation>
    </message>
    <message>
        <source>Kiosks:</source>
        <translation>Quioscos:</translation>
    </message>
    <message>
        <source>%1 registered, %2 revoked</source>
        <translation>%1 registrados, %2 revocados</translation>
    </message>
    <message>
        <source>%1 registered</source>
        <translation>%1 registrados</translation>
    </message>
    <message>
        <source>Result:</source>
        <translation>Resultado:</translation>
    </message>
    <message>
        <source>published</source>
        <translation>publicado</translation>
    </message>
    <message>
        <source>Cannot show the round&apos;s settings</source>
        <translation>No se pueden mostrar los ajustes de la ronda</translation>
    </message>
    <message>
        <source>Settings of %1</source>
        <translation>Ajustes de %1</translation>
    </message>
    <message>
        <source>Voting has opened: nothing that changes the outcome can be edited.</source>
        <translation>La votación ya está abierta: no se puede editar nada que afecte al resultado.</translation>
    </message>
    <message>
        <source>Settings not changed</source>
        <translation>No se cambiaron los ajustes</translation>
    </message>
    <message>
        <source>%1 failed</source>
        <translation>Falló: %1</translation>
    </message>
    <message>
        <source>%1

The undo history no longer matches the database and has been cleared.</source>
        <translation>%1

El historial para deshacer ya no coincide con la base de datos y se ha borrado.</translation>
    </message>
    <message>
        <source>Round %1 has no project %2.</source>
        <translation>La ronda %1 no tiene ningún proyecto %2.</translation>
    </message>
    <message>
        <source>The round already has a project %1.</source>
        <translation>La ronda ya tiene un proyecto %1.</translation>
    </message>
    <message>
        <source>add project %1</source>
        <translation>añadir el proyecto %1</translation>
    </message>
    <message>
        <source>change project %1</source>
        <translation>cambiar el proyecto %1</translation>
    </message>
    <message>
        <source>remove project %1</source>
        <translation>quitar el proyecto %1</translation>
    </message>
    <message>
        <source>add district %1</source>
        <translation>añadir el distrito %1</translation>
    </message>
    <message>
        <source>Round %1 has no district %2.</source>
        <translation>La ronda %1 no tiene ningún distrito %2.</translation>
    </message>
    <message>
        <source>remove district %1</source>
        <translation>quitar el distrito %1</translation>
    </message>
    <message>
        <source>change the voting rules</source>
        <translation>cambiar las reglas de votación</translation>
    </message>
    <message>
        <source>change the round&apos;s settings</source>
        <translation>cambiar los ajustes de la ronda</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>No se puede leer %1: %2</translation>
    </message>
    <message>
        <source>%1 is larger than 16 MiB: it is not a list of projects.</source>
        <translation>%1 ocupa más de 16 MiB: no es una lista de proyectos.</translation>
    </message>
    <message numerus="yes">
        <source>import %n project(s) from CSV</source>
        <translation>
            <numerusform>importar %n proyecto desde CSV</numerusform>
            <numerusform>importar %n proyectos desde CSV</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>No se puede escribir %1: %2</translation>
    </message>
    <message>
        <source>Cannot remove a district</source>
        <translation>No se puede quitar un distrito</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>district name (id)</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Remove a district</source>
        <translation>Quitar un distrito</translation>
    </message>
    <message>
        <source>District to remove (it must have no projects):</source>
        <translation>Distrito que se quitará (no debe tener proyectos):</translation>
    </message>
    <message>
        <source>District not removed</source>
        <translation>No se quitó el distrito</translation>
    </message>
    <message>
        <source>Import projects from CSV</source>
        <translation>Importar proyectos desde CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>Archivos CSV (*.csv);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>No project was imported</source>
        <translation>No se importó ningún proyecto</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n project(s) from %1.</source>
        <translation>
            <numerusform>Se importó %n proyecto desde %1.</numerusform>
            <numerusform>Se importaron %n proyectos desde %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Export the projects (CSV)</source>
        <translation>Exportar los proyectos (CSV)</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Archivos CSV (*.csv)</translation>
    </message>
    <message>
        <source>Projects not exported</source>
        <translation>No se exportaron los proyectos</translation>
    </message>
    <message>
        <source>Export the votes (Pabulib)</source>
        <translation>Exportar los votos (Pabulib)</translation>
    </message>
    <message>
        <source>Pabulib files (*.pb)</source>
        <translation>Archivos de Pabulib (*.pb)</translation>
    </message>
    <message>
        <source>Passphrase of the election key (the sealed ballots are opened to write the votes):</source>
        <translation>Frase de contraseña de la clave de la votación (se abren las papeletas selladas para escribir los votos):</translation>
    </message>
    <message>
        <source>Votes not exported</source>
        <translation>No se exportaron los votos</translation>
    </message>
    <message>
        <source>Cannot publish</source>
        <translation>No se puede publicar</translation>
    </message>
    <message>
        <source>Folder to publish into</source>
        <translation>Carpeta donde publicar</translation>
    </message>
    <message>
        <source>Publishing writes the results report (PDF), the results (CSV), every vote without ballot ids (Pabulib) and the election record for auditors to %1, and marks the result of &quot;%2&quot; published.</source>
        <translation>Al publicar se escriben en %1 el informe de resultados (PDF), los resultados (CSV), todos los votos sin identificadores de papeleta (Pabulib) y el registro de la votación para los auditores, y el resultado de «%2» se marca como publicado.</translation>
    </message>
    <message>
        <source>These files are already there and will be replaced: %1</source>
        <translation>Estos archivos ya existen y se reemplazarán: %1</translation>
    </message>
    <message>
        <source>Publish the result?</source>
        <translation>¿Publicar el resultado?</translation>
    </message>
    <message>
        <source>Passphrase of the election key (the votes are published without ballot ids):</source>
        <translation>Frase de contraseña de la clave de la votación (los votos se publican sin identificadores de papeleta):</translation>
    </message>
    <message>
        <source>Result not published</source>
        <translation>No se publicó el resultado</translation>
    </message>
    <message>
        <source>Result published</source>
        <translation>Resultado publicado</translation>
    </message>
    <message>
        <source>Wrote to %1:
%2</source>
        <translation>Se escribió en %1:
%2</translation>
    </message>
    <message>
        <source>register kiosk %1</source>
        <translation>registrar el quiosco %1</translation>
    </message>
    <message>
        <source>Kiosk %1 is not registered for this round.</source>
        <translation>El quiosco %1 no está registrado en esta ronda.</translation>
    </message>
    <message>
        <source>remove kiosk %1</source>
        <translation>quitar el quiosco %1</translation>
    </message>
    <message>
        <source>revoke kiosk %1</source>
        <translation>revocar el quiosco %1</translation>
    </message>
    <message>
        <source>reinstate kiosk %1</source>
        <translation>restablecer el quiosco %1</translation>
    </message>
    <message>
        <source>void batch %1 of codes</source>
        <translation>anular el lote de códigos %1</translation>
    </message>
    <message>
        <source>restore batch %1 of codes</source>
        <translation>restaurar el lote de códigos %1</translation>
    </message>
    <message>
        <source>Revoke kiosk %1?</source>
        <translation>¿Revocar el quiosco %1?</translation>
    </message>
    <message numerus="yes">
        <source>Revoke a kiosk that was lost, stolen or tampered with. It can record no more ballots, and the %n ballot(s) it holds in this database will not be counted (they stay stored, and auditors see the revocation). You can reinstate it until the votes are counted.</source>
        <translation>
            <numerusform>Revoque un quiosco que se haya perdido, robado o manipulado. No podrá registrar más papeletas, y la %n papeleta que guarda en esta base de datos no se contará (sigue guardada y los auditores ven la revocación). Puede restablecerlo hasta que se escruten los votos.</numerusform>
            <numerusform>Revoque un quiosco que se haya perdido, robado o manipulado. No podrá registrar más papeletas, y las %n papeletas que guarda en esta base de datos no se contarán (siguen guardadas y los auditores ven la revocación). Puede restablecerlo hasta que se escruten los votos.</numerusform>
        </translation>
    </message>
    <message>
        <source>Kiosk not revoked</source>
        <translation>No se revocó el quiosco</translation>
    </message>
    <message>
        <source>Kiosk not reinstated</source>
        <translation>No se restableció el quiosco</translation>
    </message>
    <message>
        <source>Remove kiosk %1?</source>
        <translation>¿Quitar el quiosco %1?</translation>
    </message>
    <message>
        <source>Kiosk %1 will not be able to sign ballots for this round. Edit &gt; Undo registers it again.</source>
        <translation>El quiosco %1 no podrá firmar papeletas de esta ronda. Editar &gt; Deshacer lo vuelve a registrar.</translation>
    </message>
    <message>
        <source>Kiosk not removed</source>
        <translation>No se quitó el quiosco</translation>
    </message>
    <message>
        <source>Void batch %1?</source>
        <translation>¿Anular el lote %1?</translation>
    </message>
    <message>
        <source>Void a batch whose slips were lost or handed out wrongly: its unused codes will be refused at the kiosks. Codes already used stay counted. Edit &gt; Undo restores the batch.</source>
        <translation>Anule un lote cuyas hojas se hayan perdido o repartido por error: los quioscos rechazarán sus códigos sin usar. Los códigos ya usados siguen contando. Editar &gt; Deshacer restaura el lote.</translation>
    </message>
    <message>
        <source>Batch not voided</source>
        <translation>No se anuló el lote</translation>
    </message>
    <message>
        <source>Batch not restored</source>
        <translation>No se restauró el lote</translation>
    </message>
    <message>
        <source>Cannot count</source>
        <translation>No se puede escrutar</translation>
    </message>
    <message>
        <source>Counting rule (the official result uses %1, chosen before voting opened; any other rule is a comparison):</source>
        <translation>Regla de escrutinio (el resultado oficial usa %1, elegida antes de abrir la votación; cualquier otra regla es solo una comparación):</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <comment>round name — district name</comment>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Cannot issue codes</source>
        <translation>No se pueden emitir códigos</translation>
    </message>
    <message numerus="yes">
        <source>Issued %n code(s).</source>
        <translation>
            <numerusform>Se emitió %n código.</numerusform>
            <numerusform>Se emitieron %n códigos.</numerusform>
        </translation>
    </message>
    <message>
        <source>Count the votes before publishing the result.</source>
        <translation>Escrute los votos antes de publicar el resultado.</translation>
    </message>
    <message>
        <source>The votes have not been counted with the round&apos;s rule (%1) yet: only the official count is published.</source>
        <translation>Los votos aún no se han escrutado con la regla de la ronda (%1): solo se publica el escrutinio oficial.</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>No se puede crear la carpeta %1.</translation>
    </message>
    <message>
        <source>The report and results were written, but not the votes: %1</source>
        <translation>Se escribieron el informe y los resultados, pero no los votos: %1</translation>
    </message>
    <message>
        <source>The report, results and votes were written, but not the election record: %1</source>
        <translation>Se escribieron el informe, los resultados y los votos, pero no el registro de la votación: %1</translation>
    </message>
    <message>
        <source>Published to %1: %2</source>
        <translation>Publicado en %1: %2</translation>
    </message>
    <message>
        <source>A project %1 was added after this one was removed; it is kept as it is.</source>
        <translation>Se añadió otro proyecto %1 después de quitar este; se conserva tal como está.</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <comment>voting opens – closes</comment>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>Done: %1. Edit &gt; Undo takes it back.</source>
        <translation>Hecho: %1. Editar &gt; Deshacer lo revierte.</translation>
    </message>
    <message>
        <source>Voting cannot open yet</source>
        <translation>Aún no se puede abrir la votación</translation>
    </message>
    <message>
        <source>Choose the passphrase that will protect the organizer&apos;s keys. Without it the votes cannot be counted: keep it safe.</source>
        <translation>Elija la frase de contraseña que protegerá las claves del organizador. Sin ella no se podrán escrutar los votos: guárdela en un lugar seguro.</translation>
    </message>
    <message>
        <source>Type the same passphrase again:</source>
        <translation>Escriba de nuevo la misma frase de contraseña:</translation>
    </message>
    <message>
        <source>The two passphrases differ; nothing was changed.</source>
        <translation>Las dos frases de contraseña no coinciden; no se ha cambiado nada.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>rule title (rule name)</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>&amp;Verify an election record…</source>
        <translation>&amp;Verificar un registro de votación…</translation>
    </message>
    <message>
        <source>Run the auditors&apos; checks on an election record and save their report</source>
        <translation>Hacer las comprobaciones de los auditores sobre un registro de votación y guardar su informe</translation>
    </message>
</context>
<context>
    <name>pbvote::console::IssueCodesDialog</name>
    <message>
        <source>Issue access codes for %1</source>
        <translation>Emitir códigos de acceso para %1</translation>
    </message>
    <message>
        <source>e.g. Central Library, week 1</source>
        <translation>p. ej., Biblioteca Central, semana 1</translation>
    </message>
    <message>
        <source>City-wide</source>
        <translation>Toda la ciudad</translation>
    </message>
    <message>
        <source>A sheet of slips to print</source>
        <translation>Una hoja de códigos para imprimir</translation>
    </message>
    <message>
        <source>A spreadsheet of the codes</source>
        <translation>Una hoja de cálculo con los códigos</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>E&amp;xaminar…</translation>
    </message>
    <message>
        <source>Choose the PDF file</source>
        <translation>Elegir el archivo PDF</translation>
    </message>
    <message>
        <source>Bro&amp;wse…</source>
        <translation>Exa&amp;minar…</translation>
    </message>
    <message>
        <source>Choose the CSV file</source>
        <translation>Elegir el archivo CSV</translation>
    </message>
    <message>
        <source>Each code lets one resident vote once. A code of a district&apos;s batch votes on that district&apos;s ballot.</source>
        <translation>Cada código permite votar una vez a un vecino. Un código de un lote de distrito vota en la papeleta de ese distrito.</translation>
    </message>
    <message>
        <source>The codes are shown only once, in the files written now: the database keeps only their hashes, so they cannot be printed again. Keep the files safe until the slips are handed out.</source>
        <translation>Los códigos solo se muestran una vez, en los archivos que se escriben ahora: la base de datos solo guarda sus huellas (hashes), así que no se pueden volver a imprimir. Guarde los archivos en un lugar seguro hasta repartir las hojas.</translation>
    </message>
    <message>
        <source>&amp;Number of codes:</source>
        <translation>&amp;Número de códigos:</translation>
    </message>
    <message>
        <source>&amp;Label:</source>
        <translation>&amp;Etiqueta:</translation>
    </message>
    <message>
        <source>&amp;District:</source>
        <translation>&amp;Distrito:</translation>
    </message>
    <message>
        <source>&amp;PDF sheet:</source>
        <translation>Hoja &amp;PDF:</translation>
    </message>
    <message>
        <source>&amp;CSV file:</source>
        <translation>Archivo &amp;CSV:</translation>
    </message>
    <message>
        <source>&amp;Issue codes</source>
        <translation>Em&amp;itir códigos</translation>
    </message>
    <message>
        <source>Choose where the codes go: a PDF sheet, a CSV file or both.</source>
        <translation>Elija dónde guardar los códigos: una hoja PDF, un archivo CSV o ambos.</translation>
    </message>
    <message>
        <source>The PDF sheet and the CSV file must be two different files.</source>
        <translation>La hoja PDF y el archivo CSV deben ser dos archivos distintos.</translation>
    </message>
    <message>
        <source>Save the code slips (PDF, to print)</source>
        <translation>Guardar las hojas de códigos (PDF, para imprimir)</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Archivos PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Save the codes (CSV)</source>
        <translation>Guardar los códigos (CSV)</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Archivos CSV (*.csv)</translation>
    </message>
</context>
<context>
    <name>pbvote::console::KioskDialog</name>
    <message>
        <source>Register a kiosk</source>
        <translation>Registrar un quiosco</translation>
    </message>
    <message>
        <source>e.g. LIB-01</source>
        <translation>p. ej., LIB-01</translation>
    </message>
    <message>
        <source>e.g. Central Library</source>
        <translation>p. ej., Biblioteca Central</translation>
    </message>
    <message>
        <source>e.g. ground floor, by the entrance</source>
        <translation>p. ej., planta baja, junto a la entrada</translation>
    </message>
    <message>
        <source>64 hexadecimal digits, pasted from the kiosk</source>
        <translation>64 dígitos hexadecimales, pegados desde el quiosco</translation>
    </message>
    <message>
        <source>Kiosk &amp;id:</source>
        <translation>&amp;Id. del quiosco:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <source>&amp;Location:</source>
        <translation>&amp;Ubicación:</translation>
    </message>
    <message>
        <source>Public &amp;key:</source>
        <translation>&amp;Clave pública:</translation>
    </message>
    <message>
        <source>&amp;Register</source>
        <translation>&amp;Registrar</translation>
    </message>
    <message>
        <source>Paste the kiosk&apos;s public key: 64 hexadecimal digits.</source>
        <translation>Pegue la clave pública del quiosco: 64 dígitos hexadecimales.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a hexadecimal digit: a public key has only 0–9 and a–f.</source>
        <translation>«%1» no es un dígito hexadecimal: una clave pública solo tiene 0–9 y a–f.</translation>
    </message>
    <message>
        <source>The key has %1 hexadecimal digits; a kiosk&apos;s public key has %2.</source>
        <translation>La clave tiene %1 dígitos hexadecimales; la clave pública de un quiosco tiene %2.</translation>
    </message>
    <message>
        <source>Enter the kiosk&apos;s id, e.g. LIB-01.</source>
        <translation>Escriba el id. del quiosco, p. ej., LIB-01.</translation>
    </message>
    <message>
        <source>Key fingerprint: %1. Check that the kiosk shows the same (pbvote keys list).</source>
        <translation>Huella de la clave: %1. Compruebe que el quiosco muestra la misma (pbvote keys list).</translation>
    </message>
    <message>
        <source>A kiosk signs every ballot cast on it with a key made on the kiosk itself. Paste its public key: on the kiosk, this command prints it as &lt;code&gt;public_key&lt;/code&gt;:&lt;br&gt;&lt;code&gt;pbvote keys list --json&lt;/code&gt;</source>
        <translation>Un quiosco firma cada papeleta emitida en él con una clave creada en el propio quiosco. Pegue su clave pública: en el quiosco, este comando la muestra como &lt;code&gt;public_key&lt;/code&gt;:&lt;br&gt;&lt;code&gt;pbvote keys list --json&lt;/code&gt;</translation>
    </message>
</context>
<context>
    <name>pbvote::console::KioskTableModel</name>
    <message>
        <source>Revoked</source>
        <translation>Revocado</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Cerrado</translation>
    </message>
    <message>
        <source>Registered</source>
        <translation>Registrado</translation>
    </message>
    <message>
        <source>Public key: %1</source>
        <translation>Clave pública: %1</translation>
    </message>
    <message>
        <source>The kiosk may sign ballots for this round.</source>
        <translation>El quiosco puede firmar papeletas de esta ronda.</translation>
    </message>
    <message>
        <source>The kiosk has not signed a checkpoint yet.</source>
        <translation>El quiosco aún no ha firmado ningún punto de control.</translation>
    </message>
    <message>
        <source>Its checkpoint states %1, this database holds %2 from it.</source>
        <translation>Su punto de control indica %1; esta base de datos tiene %2 de él.</translation>
    </message>
    <message>
        <source>—</source>
        <comment>no checkpoint yet</comment>
        <translation>—</translation>
    </message>
    <message>
        <source>Kiosk</source>
        <translation>Quiosco</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Ubicación</translation>
    </message>
    <message>
        <source>The key fingerprint that pbvote keys list shows on the kiosk</source>
        <translation>La huella de la clave que muestra pbvote keys list en el quiosco</translation>
    </message>
    <message>
        <source>Key fingerprint</source>
        <translation>Huella de la clave</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Signed ballots from this kiosk in this database (how many, never what they say)</source>
        <translation>Papeletas firmadas de este quiosco en esta base de datos (cuántas, nunca qué dicen)</translation>
    </message>
    <message>
        <source>Ballots stored</source>
        <translation>Papeletas guardadas</translation>
    </message>
    <message>
        <source>How many ballots the kiosk&apos;s latest signed checkpoint states</source>
        <translation>Cuántas papeletas indica el último punto de control firmado del quiosco</translation>
    </message>
    <message>
        <source>In last checkpoint</source>
        <translation>En el último punto de control</translation>
    </message>
    <message>
        <source>Revoked: this kiosk can accept no more ballots and its ballots are not counted (they stay stored).</source>
        <translation>Revocado: este quiosco ya no puede recibir papeletas y sus papeletas no se cuentan (siguen guardadas).</translation>
    </message>
    <message>
        <source>The kiosk signed its final checkpoint: it accepts no more ballots.</source>
        <translation>El quiosco firmó su punto de control final: ya no recibe papeletas.</translation>
    </message>
</context>
<context>
    <name>pbvote::console::KiosksPage</name>
    <message>
        <source>Each kiosk signs the ballots cast on it with its own key. Here you see how many ballots each one holds and reports, never what they say.</source>
        <translation>Cada quiosco firma con su propia clave las papeletas emitidas en él. Aquí se ve cuántas papeletas guarda y declara cada uno, nunca qué dicen.</translation>
    </message>
    <message>
        <source>&amp;Register kiosk…</source>
        <translation>&amp;Registrar quiosco…</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>&amp;Quitar</translation>
    </message>
    <message>
        <source>Kiosks of the round</source>
        <translation>Quioscos de la ronda</translation>
    </message>
    <message>
        <source>Choose or create a round first.</source>
        <translation>Primero elija o cree una ronda.</translation>
    </message>
    <message>
        <source>Choose a kiosk in the table first.</source>
        <translation>Primero elija un quiosco en la tabla.</translation>
    </message>
    <message>
        <source>Add a kiosk by the public key made on it.</source>
        <translation>Añadir un quiosco mediante la clave pública creada en él.</translation>
    </message>
    <message>
        <source>Kiosks are registered while the round is a draft: the opened round&apos;s signed manifest lists them.</source>
        <translation>Los quioscos se registran mientras la ronda es un borrador: el manifiesto firmado de la ronda abierta los enumera.</translation>
    </message>
    <message>
        <source>Rein&amp;state</source>
        <translation>Res&amp;tablecer</translation>
    </message>
    <message>
        <source>Re&amp;voke…</source>
        <translation>Re&amp;vocar…</translation>
    </message>
    <message>
        <source>Kiosks are revoked once voting has opened; while the round is a draft, remove the kiosk instead.</source>
        <translation>Los quioscos se revocan una vez abierta la votación; mientras la ronda es un borrador, quite el quiosco.</translation>
    </message>
    <message>
        <source>The votes are counted: a kiosk can no longer be revoked or reinstated.</source>
        <translation>Los votos ya se han escrutado: ya no se puede revocar ni restablecer un quiosco.</translation>
    </message>
    <message>
        <source>Kiosks can only be removed while the round is a draft; revoke it instead.</source>
        <translation>Los quioscos solo se pueden quitar mientras la ronda es un borrador; revóquelo.</translation>
    </message>
    <message>
        <source>Kiosks can only be removed while the round is a draft.</source>
        <translation>Los quioscos solo se pueden quitar mientras la ronda es un borrador.</translation>
    </message>
    <message>
        <source>Take the chosen kiosk off this round.</source>
        <translation>Quitar de esta ronda el quiosco seleccionado.</translation>
    </message>
    <message>
        <source>The kiosks cannot be read: %1</source>
        <translation>No se pueden leer los quioscos: %1</translation>
    </message>
    <message>
        <source>Register every kiosk before voting opens: the round&apos;s signed manifest lists them.</source>
        <translation>Registre todos los quioscos antes de abrir la votación: el manifiesto firmado de la ronda los enumera.</translation>
    </message>
    <message>
        <source>The votes are counted: the kiosks can no longer change.</source>
        <translation>Los votos ya se han escrutado: los quioscos ya no pueden cambiar.</translation>
    </message>
    <message>
        <source>Let this kiosk accept ballots again and count its ballots.</source>
        <translation>Permitir que este quiosco vuelva a recibir papeletas y contar sus papeletas.</translation>
    </message>
    <message>
        <source>Stop this kiosk: it can accept no more ballots and its ballots are not counted (they stay stored).</source>
        <translation>Detener este quiosco: ya no podrá recibir papeletas y sus papeletas no se cuentan (siguen guardadas).</translation>
    </message>
    <message>
        <source>No kiosk can be added once voting has opened. A revoked kiosk accepts no more ballots and its ballots are not counted.</source>
        <translation>Una vez abierta la votación no se pueden añadir quioscos. Un quiosco revocado ya no recibe papeletas y sus papeletas no se cuentan.</translation>
    </message>
</context>
<context>
    <name>pbvote::console::ProjectDialog</name>
    <message>
        <source>Add a project</source>
        <translation>Añadir un proyecto</translation>
    </message>
    <message>
        <source>e.g. P13</source>
        <translation>p. ej., P13</translation>
    </message>
    <message>
        <source>City-wide</source>
        <translation>Toda la ciudad</translation>
    </message>
    <message>
        <source>&amp;Id:</source>
        <translation>&amp;Id.:</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Título:</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Descripción:</translation>
    </message>
    <message>
        <source>C&amp;ost (%1):</source>
        <translation>C&amp;oste (%1):</translation>
    </message>
    <message>
        <source>&amp;Category:</source>
        <translation>&amp;Categoría:</translation>
    </message>
    <message>
        <source>Dis&amp;trict:</source>
        <translation>Dis&amp;trito:</translation>
    </message>
    <message>
        <source>Edit project %1</source>
        <translation>Editar el proyecto %1</translation>
    </message>
    <message>
        <source>%1 MiB</source>
        <translation>%1 MiB</translation>
    </message>
    <message>
        <source>%1 KiB</source>
        <translation>%1 KiB</translation>
    </message>
    <message>
        <source>C&amp;hoose picture…</source>
        <translation>Ele&amp;gir imagen…</translation>
    </message>
    <message>
        <source>Remo&amp;ve picture</source>
        <translation>&amp;Quitar imagen</translation>
    </message>
    <message>
        <source>e.g. 125 000 or 125 000.50</source>
        <translation>p. ej., 125 000 o 125 000,50</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Ninguna</translation>
    </message>
    <message>
        <source>e.g. Green spaces</source>
        <translation>p. ej., Zonas verdes</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>&amp;Estado:</translation>
    </message>
    <message>
        <source>Picture</source>
        <translation>Imagen</translation>
    </message>
    <message>
        <source>PNG or JPEG, at most %1. Shown on the project&apos;s card on the kiosk.</source>
        <translation>PNG o JPEG, de %1 como máximo. Se muestra en la ficha del proyecto en el quiosco.</translation>
    </message>
    <message>
        <source>&amp;Project</source>
        <translation>&amp;Proyecto</translation>
    </message>
    <message>
        <source>The kiosk shows a project&apos;s title and description in the voter&apos;s language when they are translated, and as written above otherwise.</source>
        <translation>El quiosco muestra el título y la descripción del proyecto en el idioma del votante si están traducidos y, si no, tal como figuran en la pestaña Proyecto.</translation>
    </message>
    <message>
        <source>T&amp;ranslations</source>
        <translation>T&amp;raducciones</translation>
    </message>
    <message>
        <source>Choose a picture for the project</source>
        <translation>Elegir una imagen para el proyecto</translation>
    </message>
    <message>
        <source>Pictures (*.png *.jpg *.jpeg)</source>
        <translation>Imágenes (*.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <source>%1 was not taken: %2</source>
        <translation>No se usó %1: %2</translation>
    </message>
    <message>
        <source>(new)</source>
        <translation>(nuevo)</translation>
    </message>
    <message>
        <source>it looks like a PNG or JPEG file but cannot be shown; it may be damaged.</source>
        <translation>parece un archivo PNG o JPEG, pero no se puede mostrar; puede estar dañado.</translation>
    </message>
    <message>
        <source>No picture</source>
        <translation>Sin imagen</translation>
    </message>
    <message>
        <source>This picture cannot be shown.</source>
        <translation>No se puede mostrar esta imagen.</translation>
    </message>
    <message>
        <source>%1 × %2 pixels, %3</source>
        <translation>%1 × %2 píxeles, %3</translation>
    </message>
    <message>
        <source>The project&apos;s picture</source>
        <translation>Imagen del proyecto</translation>
    </message>
    <message>
        <source>T&amp;itle in %1:</source>
        <translation>&amp;Título en %1:</translation>
    </message>
    <message>
        <source>D&amp;escription in %1:</source>
        <translation>&amp;Descripción en %1:</translation>
    </message>
    <message>
        <source>The cost must be an amount above zero, like 125 000 or 125 000.50.</source>
        <translation>El coste debe ser una cantidad mayor que cero, como 125 000 o 125 000,50.</translation>
    </message>
</context>
<context>
    <name>pbvote::console::ProjectTableModel</name>
    <message>
        <source>City-wide</source>
        <translation>Toda la ciudad</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>Id.</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Categoría</translation>
    </message>
    <message>
        <source>District</source>
        <translation>Distrito</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Coste</translation>
    </message>
    <message>
        <source>On the ballot</source>
        <translation>En la papeleta</translation>
    </message>
    <message>
        <source>Under review</source>
        <translation>En revisión</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Rechazado</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>Retirado</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
</context>
<context>
    <name>pbvote::console::ProjectTranslationModel</name>
    <message>
        <source>The translation into %1 has a description but no title: give it a title too, or clear the description.</source>
        <translation>La traducción (%1) tiene descripción pero no título: añada también un título o borre la descripción.</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Descripción</translation>
    </message>
</context>
<context>
    <name>pbvote::console::ResultsModel</name>
    <message>
        <source>round %1 (&quot;%2&quot;)</source>
        <translation>la ronda %1 («%2»)</translation>
    </message>
    <message>
        <source>The result of %1 is empty.</source>
        <translation>El resultado de %1 está vacío.</translation>
    </message>
    <message>
        <source>The count of %1 gave no result: %2</source>
        <translation>El escrutinio de %1 no dio ningún resultado: %2</translation>
    </message>
    <message>
        <source>The result is for round %1, not for %2.</source>
        <translation>El resultado es de la ronda %1, no de %2.</translation>
    </message>
    <message>
        <source>The result of %1 does not name its counting rule.</source>
        <translation>El resultado de %1 no indica su regla de escrutinio.</translation>
    </message>
    <message>
        <source>The result of %1 has no valid money_scale.</source>
        <translation>El resultado de %1 no tiene un money_scale válido.</translation>
    </message>
    <message>
        <source>%1 has no district &quot;%2&quot;.</source>
        <translation>%1 no tiene ningún distrito «%2».</translation>
    </message>
    <message>
        <source>The result of %1 has no list of projects.</source>
        <translation>El resultado de %1 no tiene lista de proyectos.</translation>
    </message>
    <message>
        <source>The result of %1 lists a project without an id.</source>
        <translation>El resultado de %1 incluye un proyecto sin id.</translation>
    </message>
    <message>
        <source>The result names project &quot;%1&quot;, which %2 does not have.</source>
        <translation>El resultado menciona el proyecto «%1», que no existe en %2.</translation>
    </message>
    <message>
        <source>The result lists project &quot;%1&quot; twice.</source>
        <translation>El resultado incluye dos veces el proyecto «%1».</translation>
    </message>
    <message>
        <source>The cost of project &quot;%1&quot; in the result is not an amount.</source>
        <translation>El coste del proyecto «%1» en el resultado no es una cantidad.</translation>
    </message>
    <message>
        <source>Project &quot;%1&quot; costs %2 in the result but %3 in %4.</source>
        <translation>El proyecto «%1» cuesta %2 en el resultado, pero %3 en %4.</translation>
    </message>
    <message>
        <source>Project &quot;%1&quot; in the result is marked %2 but has order %3.</source>
        <translation>El proyecto «%1» figura en el resultado como %2, pero tiene el orden %3.</translation>
    </message>
    <message>
        <source>funded</source>
        <translation>financiado</translation>
    </message>
    <message>
        <source>not funded</source>
        <translation>no financiado</translation>
    </message>
    <message>
        <source>The result has no entry for project &quot;%1&quot; of %2.</source>
        <translation>El resultado no tiene ninguna entrada para el proyecto «%1» de %2.</translation>
    </message>
    <message>
        <source>Project &quot;%1&quot; is a winner in the result but not marked funded.</source>
        <translation>El proyecto «%1» es ganador en el resultado, pero no figura como financiado.</translation>
    </message>
    <message>
        <source>The result of %1 has no valid budget, budget_used and budget_left.</source>
        <translation>El resultado de %1 no tiene valores válidos de budget, budget_used y budget_left.</translation>
    </message>
    <message>
        <source>The result of %1 does not say how many ballots were counted.</source>
        <translation>El resultado de %1 no indica cuántas papeletas se escrutaron.</translation>
    </message>
    <message>
        <source>The result of %1 has no count of the city-wide projects.</source>
        <translation>El resultado de %1 no tiene escrutinio de los proyectos para toda la ciudad.</translation>
    </message>
    <message>
        <source>The result of %1 has no count for district &quot;%2&quot;.</source>
        <translation>El resultado de %1 no tiene escrutinio del distrito «%2».</translation>
    </message>
    <message>
        <source>The count of district &quot;%1&quot; in the result of %2 is incomplete.</source>
        <translation>El escrutinio del distrito «%1» en el resultado de %2 está incompleto.</translation>
    </message>
    <message>
        <source>city-wide</source>
        <translation>toda la ciudad</translation>
    </message>
    <message>
        <source>The winners of district &quot;%1&quot; (%2) do not match the funded projects (%3).</source>
        <translation>Los ganadores del distrito «%1» (%2) no coinciden con los proyectos financiados (%3).</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>amount, currency</comment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>project id: title</comment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>n/a</source>
        <translation>n/d</translation>
    </message>
    <message>
        <source>Funded</source>
        <translation>Financiado</translation>
    </message>
    <message>
        <source>Not funded</source>
        <translation>No financiado</translation>
    </message>
    <message>
        <source>(no reason given)</source>
        <translation>(no se indica motivo)</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>Puesto</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Proyecto</translation>
    </message>
    <message>
        <source>Votes</source>
        <translation>Votos</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Coste</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>Order in which the rule chose the project; blank when not funded.</source>
        <translation>Orden en que la regla eligió el proyecto; en blanco si no se financia.</translation>
    </message>
    <message>
        <source>Ballots that chose the project (the rule&apos;s support figure).</source>
        <translation>Papeletas que eligieron el proyecto (la cifra de apoyo de la regla).</translation>
    </message>
    <message>
        <source>Why the project won or lost under the rule used.</source>
        <translation>Por qué el proyecto ganó o perdió con la regla utilizada.</translation>
    </message>
</context>
<context>
    <name>pbvote::console::ResultsView</name>
    <message>
        <source>Whole round</source>
        <translation>Toda la ronda</translation>
    </message>
    <message>
        <source>City-wide projects</source>
        <translation>Proyectos para toda la ciudad</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>district name (id)</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Show results for:</source>
        <translation>Mostrar resultados de:</translation>
    </message>
    <message>
        <source>Why this project won or lost</source>
        <translation>Por qué este proyecto ganó o perdió</translation>
    </message>
    <message>
        <source>Budget used</source>
        <translation>Presupuesto utilizado</translation>
    </message>
    <message>
        <source>Ranking of the projects</source>
        <translation>Clasificación de los proyectos</translation>
    </message>
    <message>
        <source>Chart of the votes per project</source>
        <translation>Gráfico de los votos por proyecto</translation>
    </message>
    <message>
        <source>This result cannot be shown: %1</source>
        <translation>No se puede mostrar este resultado: %1</translation>
    </message>
    <message>
        <source>No result to show yet: tally the round first.</source>
        <translation>Aún no hay resultados que mostrar: primero escrute la ronda.</translation>
    </message>
    <message>
        <source>City-wide projects: </source>
        <translation>Proyectos para toda la ciudad: </translation>
    </message>
    <message>
        <source>District %1: </source>
        <translation>Distrito %1: </translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>rule title (rule name)</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message numerus="yes">
        <source>%n ballot(s) counted.</source>
        <translation>
            <numerusform>%n papeleta escrutada.</numerusform>
            <numerusform>%n papeletas escrutadas.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n ballot(s) chose a project here.</source>
        <translation>
            <numerusform>%n papeleta eligió un proyecto aquí.</numerusform>
            <numerusform>%n papeletas eligieron un proyecto aquí.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n project(s) funded</source>
        <translation>
            <numerusform>%n proyecto financiado</numerusform>
            <numerusform>%n proyectos financiados</numerusform>
        </translation>
    </message>
    <message>
        <source>Counted with the rule %1, ties broken by %2. %3 %4 out of %5.</source>
        <translation>Escrutado con la regla %1; empates resueltos por %2. %3 %4 de %5.</translation>
    </message>
    <message>
        <source>(not stated)</source>
        <translation>(no indicado)</translation>
    </message>
    <message>
        <source>Budget used: %1 of %2. Left unspent: %3.</source>
        <translation>Presupuesto utilizado: %1 de %2. Sin gastar: %3.</translation>
    </message>
    <message>
        <source>%1% of the budget used, %2% left.</source>
        <translation>%1% del presupuesto utilizado, %2% restante.</translation>
    </message>
    <message>
        <source>Votes per project</source>
        <translation>Votos por proyecto</translation>
    </message>
    <message>
        <source>Funded</source>
        <translation>Financiado</translation>
    </message>
    <message>
        <source>Not funded</source>
        <translation>No financiado</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Proyecto</translation>
    </message>
    <message>
        <source>Votes</source>
        <translation>Votos</translation>
    </message>
    <message>
        <source>Select a project in the table to see why it won or lost.</source>
        <translation>Seleccione un proyecto en la tabla para ver por qué ganó o perdió.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>project id: title</comment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Funded, chosen in position %1.</source>
        <translation>Financiado, elegido en la posición %1.</translation>
    </message>
    <message>
        <source>Not funded.</source>
        <translation>No financiado.</translation>
    </message>
    <message numerus="yes">
        <source>%n vote(s).</source>
        <translation>
            <numerusform>%n voto.</numerusform>
            <numerusform>%n votos.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cost: %1.</source>
        <translation>Coste: %1.</translation>
    </message>
    <message>
        <source>The result gives no reason for this project.</source>
        <translation>El resultado no da ningún motivo para este proyecto.</translation>
    </message>
    <message>
        <source>No counting rule was chosen before voting for this round: every count is for analysis.</source>
        <translation>No se eligió ninguna regla de escrutinio antes de la votación de esta ronda: todo escrutinio es solo para análisis.</translation>
    </message>
    <message>
        <source>This is the official result: %1 is the rule chosen before voting opened.</source>
        <translation>Este es el resultado oficial: %1 es la regla elegida antes de abrir la votación.</translation>
    </message>
    <message>
        <source>For comparison only: the official result is counted with %1, the rule chosen before voting opened.</source>
        <translation>Solo para comparar: el resultado oficial se escruta con %1, la regla elegida antes de abrir la votación.</translation>
    </message>
</context>
<context>
    <name>pbvote::console::RoundListModel</name>
    <message>
        <source>draft</source>
        <translation>borrador</translation>
    </message>
    <message>
        <source>voting open</source>
        <translation>votación abierta</translation>
    </message>
    <message>
        <source>voting paused</source>
        <translation>votación en pausa</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>cerrada</translation>
    </message>
    <message>
        <source>counted</source>
        <translation>escrutada</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message numerus="yes">
        <source>Round %1: %n project(s)</source>
        <translation>
            <numerusform>Ronda %1: %n proyecto</numerusform>
            <numerusform>Ronda %1: %n proyectos</numerusform>
        </translation>
    </message>
    <message>
        <source>published</source>
        <translation>publicada</translation>
    </message>
</context>
<context>
    <name>pbvote::console::RoundSettingsDialog</name>
    <message>
        <source>No planned period yet</source>
        <translation>Aún sin periodo previsto</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>A&amp;ñadir</translation>
    </message>
    <message>
        <source>R&amp;ename</source>
        <translation>Cambiar nom&amp;bre</translation>
    </message>
    <message>
        <source>Remo&amp;ve</source>
        <translation>&amp;Quitar</translation>
    </message>
    <message>
        <source>Move u&amp;p</source>
        <translation>&amp;Subir</translation>
    </message>
    <message>
        <source>Move do&amp;wn</source>
        <translation>Ba&amp;jar</translation>
    </message>
    <message>
        <source>New round</source>
        <translation>Nueva ronda</translation>
    </message>
    <message>
        <source>Round settings: %1</source>
        <translation>Ajustes de la ronda: %1</translation>
    </message>
    <message>
        <source>e.g. Participatory Budget 2027</source>
        <translation>p. ej., Presupuestos Participativos 2027</translation>
    </message>
    <message>
        <source>e.g. 1 500 000 or 1 500 000.50</source>
        <translation>p. ej., 1 500 000 o 1 500 000,50</translation>
    </message>
    <message>
        <source>Three letters, as on bank statements: EUR, USD, PLN, VND</source>
        <translation>Tres letras, como en los extractos bancarios: EUR, USD, PLN, VND</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <source>C&amp;urrency:</source>
        <translation>Mone&amp;da:</translation>
    </message>
    <message>
        <source>Voting &amp;method:</source>
        <translation>&amp;Método de votación:</translation>
    </message>
    <message>
        <source>Not chosen yet</source>
        <translation>Aún no elegida</translation>
    </message>
    <message>
        <source>%1 (a rule this version does not know)</source>
        <translation>%1 (una regla que esta versión no conoce)</translation>
    </message>
    <message>
        <source>Counting &amp;rule:</source>
        <translation>&amp;Regla de escrutinio:</translation>
    </message>
    <message>
        <source>Times are local (%1); the round keeps them in UTC.</source>
        <translation>Las horas son locales (%1); la ronda las guarda en UTC.</translation>
    </message>
    <message>
        <source>Voting period</source>
        <translation>Periodo de votación</translation>
    </message>
    <message>
        <source>&amp;Opens:</source>
        <translation>&amp;Apertura:</translation>
    </message>
    <message>
        <source>C&amp;loses:</source>
        <translation>&amp;Cierre:</translation>
    </message>
    <message>
        <source>New category, e.g. Green spaces</source>
        <translation>Nueva categoría, p. ej., Zonas verdes</translation>
    </message>
    <message>
        <source>Categories</source>
        <translation>Categorías</translation>
    </message>
    <message>
        <source>When the list has categories, each project is in one of them (or in none). With an empty list, projects name their own.</source>
        <translation>Si la lista tiene categorías, cada proyecto está en una de ellas (o en ninguna). Si la lista está vacía, cada proyecto indica la suya.</translation>
    </message>
    <message>
        <source>&amp;Budget:</source>
        <translation>&amp;Presupuesto:</translation>
    </message>
    <message>
        <source>&amp;Budget (%1):</source>
        <translation>&amp;Presupuesto (%1):</translation>
    </message>
    <message>
        <source>Choose the counting rule before voting opens: the official result is counted with it, and the published results name it.</source>
        <translation>Elija la regla de escrutinio antes de abrir la votación: el resultado oficial se escruta con ella y los resultados publicados la indican.</translation>
    </message>
    <message>
        <source>This version of pbvote cannot count with this rule.</source>
        <translation>Esta versión de pbvote no puede escrutar con esta regla.</translation>
    </message>
    <message>
        <source>The budget must be an amount such as 1 500 000 or 1 500 000.50.</source>
        <translation>El presupuesto debe ser una cantidad como 1 500 000 o 1 500 000,50.</translation>
    </message>
</context>
<context>
    <name>pbvote::counting::DistrictCount</name>
    <message>
        <source>Rule %1 cannot be run.</source>
        <translation>La regla %1 no se puede ejecutar.</translation>
    </message>
    <message>
        <source>%1: no budget was given for district %2, which has %3 project(s).</source>
        <translation>%1: no se indicó ningún presupuesto para el distrito %2 (proyectos: %3).</translation>
    </message>
    <message>
        <source>%1: the budget of district %2 is negative.</source>
        <translation>%1: el presupuesto del distrito %2 es negativo.</translation>
    </message>
    <message>
        <source>City-wide</source>
        <translation>Toda la ciudad</translation>
    </message>
    <message>
        <source>District %1</source>
        <translation>Distrito %1</translation>
    </message>
    <message>
        <source>Not funded: it belongs to no district, and this count has no city-wide budget.</source>
        <translation>No financiado: no pertenece a ningún distrito y este escrutinio no tiene presupuesto para toda la ciudad.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>pbvote::counting::Explain</name>
    <message>
        <source>1 vote</source>
        <translation>1 voto</translation>
    </message>
    <message numerus="yes">
        <source>%1 votes</source>
        <translation>
            <numerusform>%1 voto</numerusform>
            <numerusform>%1 votos</numerusform>
        </translation>
    </message>
    <message>
        <source>%1th</source>
        <comment>ordinal: 11th, 12th, 13th, 4th, ...</comment>
        <translation>%1.º</translation>
    </message>
    <message>
        <source>%1st</source>
        <comment>ordinal: 1st, 21st, ...</comment>
        <translation>%1.º</translation>
    </message>
    <message>
        <source>%1nd</source>
        <comment>ordinal: 2nd, 22nd, ...</comment>
        <translation>%1.º</translation>
    </message>
    <message>
        <source>%1rd</source>
        <comment>ordinal: 3rd, 23rd, ...</comment>
        <translation>%1.º</translation>
    </message>
</context>
<context>
    <name>pbvote::counting::Greedy</name>
    <message>
        <source>%1: project %2 has a negative cost (%3).</source>
        <translation>%1: el proyecto %2 tiene un coste negativo (%3).</translation>
    </message>
    <message>
        <source>%1: the projects funded before the greedy step are invalid (index %2).</source>
        <translation>%1: los proyectos financiados antes del paso voraz no son válidos (índice %2).</translation>
    </message>
    <message>
        <source>Funded %1, in the earlier stage of the count (%2; it cost %3).</source>
        <translation>Financiado en %1 lugar, en la etapa anterior del escrutinio (%2; costó %3).</translation>
    </message>
    <message>
        <source>Funded %1: %2; it costs nothing.</source>
        <translation>Financiado en %1 lugar: %2; no cuesta nada.</translation>
    </message>
    <message>
        <source>Funded %1: nobody voted for it, but it cost %2 and %3 was still available once every project with votes had had its turn.</source>
        <translation>Financiado en %1 lugar: nadie lo votó, pero costaba %2 y aún quedaban %3 disponibles cuando todos los proyectos con votos ya habían tenido su turno.</translation>
    </message>
    <message>
        <source>Funded %1: %2; it cost %3 and %4 was still available.</source>
        <translation>Financiado en %1 lugar: %2; costó %3 y aún quedaban %4 disponibles.</translation>
    </message>
    <message>
        <source>Funded %1: %2 for a cost of %3 (projects are taken by votes per unit of cost); %4 was still available.</source>
        <translation>Financiado en %1 lugar: %2 por un coste de %3 (los proyectos se toman por votos por unidad de coste); aún quedaban %4 disponibles.</translation>
    </message>
    <message>
        <source>Not funded: %1, but it costs %2, more than the whole budget of %3.</source>
        <translation>No financiado: %1, pero cuesta %2, más que todo el presupuesto de %3.</translation>
    </message>
    <message>
        <source>Not funded: %1, but it costs %2 and only %3 was left when its turn came.</source>
        <translation>No financiado: %1, pero cuesta %2 y solo quedaban %3 cuando le llegó el turno.</translation>
    </message>
    <message>
        <source>Not funded: %1 for a cost of %2 (projects are taken by votes per unit of cost), and only %3 was left when its turn came.</source>
        <translation>No financiado: %1 por un coste de %2 (los proyectos se toman por votos por unidad de coste), y solo quedaban %3 cuando le llegó el turno.</translation>
    </message>
</context>
<context>
    <name>pbvote::counting::MaxWelfare</name>
    <message>
        <source>%1: project %2 has a negative cost (%3).</source>
        <translation>%1: el proyecto %2 tiene un coste negativo (%3).</translation>
    </message>
    <message>
        <source>%1 is too large to find the best combination of projects exactly: the search went past %2 steps (the configured limit). No result is given rather than one that might not be the best.</source>
        <translation>%1 es demasiado grande para encontrar con exactitud la mejor combinación de proyectos: la búsqueda superó los %2 pasos (el límite configurado). Se prefiere no dar ningún resultado antes que uno que podría no ser el mejor.</translation>
    </message>
    <message>
        <source>Funded: %1 for %2. It is part of the best combination: the projects whose votes, each counted as many times as the project costs, add up to the most without going over the budget of %3.</source>
        <translation>Financiado: %1 por un coste de %2. Forma parte de la mejor combinación: los proyectos cuyos votos, contando cada uno tantas veces como cuesta el proyecto, suman más sin superar el presupuesto de %3.</translation>
    </message>
    <message>
        <source>Not funded: it costs %1, more than the whole budget of %2.</source>
        <translation>No financiado: cuesta %1, más que todo el presupuesto de %2.</translation>
    </message>
    <message>
        <source>Not funded: nobody voted for it.</source>
        <translation>No financiado: nadie lo votó.</translation>
    </message>
    <message>
        <source>Not funded: it costs nothing, so under this rule (votes counted as many times as the project costs) it adds nothing to the total, and the rule funds only projects that do.</source>
        <translation>No financiado: no cuesta nada, así que con esta regla (los votos cuentan tantas veces como cuesta el proyecto) no suma nada al total, y la regla solo financia proyectos que suman.</translation>
    </message>
    <message>
        <source>Not funded: %1 for %2. The best combination of projects within the budget of %3 does not include it.</source>
        <translation>No financiado: %1 por un coste de %2. La mejor combinación de proyectos dentro del presupuesto de %3 no lo incluye.</translation>
    </message>
</context>
<context>
    <name>pbvote::counting::Phragmen</name>
    <message>
        <source>about %1</source>
        <translation>unos %1</translation>
    </message>
    <message>
        <source>%1: sequential Phragmén applies to approval ballots only.</source>
        <translation>%1: el método de Phragmén secuencial solo se aplica a papeletas de aprobación.</translation>
    </message>
    <message>
        <source>%1: project %2 has a negative cost (%3).</source>
        <translation>%1: el proyecto %2 tiene un coste negativo (%3).</translation>
    </message>
    <message>
        <source>%1: voter %2 names a project that does not exist.</source>
        <translation>%1: el votante %2 menciona un proyecto que no existe.</translation>
    </message>
    <message>
        <source>Funded %1: nobody voted for it, but it cost %2 and %3 was still available after every project with votes.</source>
        <translation>Financiado en %1 lugar: nadie lo votó, pero costaba %2 y aún quedaban %3 disponibles después de todos los proyectos con votos.</translation>
    </message>
    <message>
        <source>Funded %1: its %2 shared its cost of %3, and each of them ended up with a load of %4, the smallest any project could give its supporters at that point.</source>
        <translation>Financiado en %1 lugar: quienes le dieron %2 compartieron su coste de %3, y cada uno terminó con una carga de %4, la más pequeña que cualquier proyecto podía dar a sus partidarios en ese momento.</translation>
    </message>
    <message>
        <source>Not funded: it costs %1, more than the whole budget of %2.</source>
        <translation>No financiado: cuesta %1, más que todo el presupuesto de %2.</translation>
    </message>
    <message>
        <source>Not funded: it was next in line (its %1 would each have carried a load of %2), but it costs %3 and only %4 was left, so the count stopped here.</source>
        <translation>No financiado: era el siguiente en la fila (cada uno de quienes le dieron %1 habría cargado con %2), pero cuesta %3 y solo quedaban %4, así que el escrutinio se detuvo aquí.</translation>
    </message>
    <message>
        <source>Not funded: nobody voted for it; it costs %1 and only %2 was left, so the count stopped here.</source>
        <translation>No financiado: nadie lo votó; cuesta %1 y solo quedaban %2, así que el escrutinio se detuvo aquí.</translation>
    </message>
    <message>
        <source>Not funded: nobody voted for it.</source>
        <translation>No financiado: nadie lo votó.</translation>
    </message>
    <message>
        <source>Not funded: its %1 would each have had to carry a load of %2; the count stopped before its turn, when project %3 came next and no longer fitted in the %4 left.</source>
        <translation>No financiado: cada uno de quienes le dieron %1 habría tenido que cargar con %2; el escrutinio se detuvo antes de su turno, cuando el siguiente era el proyecto %3 y ya no cabía en los %4 que quedaban.</translation>
    </message>
</context>
<context>
    <name>pbvote::counting::RuleRegistry</name>
    <message>
        <source>Greedy by votes</source>
        <translation>Voraz por número de votos</translation>
    </message>
    <message>
        <source>Projects are taken in order of their number of votes, most votes first. A project that no longer fits in the money left is skipped, and the count goes on with the next one until every project has had its turn.</source>
        <translation>Los proyectos se toman por orden de número de votos, empezando por el que más tiene. Un proyecto que ya no cabe en el dinero que queda se salta, y el escrutinio sigue con el siguiente hasta que todos los proyectos han tenido su turno.</translation>
    </message>
    <message>
        <source>Greedy by votes per cost</source>
        <translation>Voraz por votos por unidad de coste</translation>
    </message>
    <message>
        <source>Projects are taken in order of their number of votes divided by their cost, so cheaper projects with many votes come first. A project that no longer fits in the money left is skipped, and the count goes on until every project has had its turn.</source>
        <translation>Los proyectos se toman por orden de su número de votos dividido entre su coste, de modo que los proyectos más baratos con muchos votos van primero. Un proyecto que ya no cabe en el dinero que queda se salta, y el escrutinio sigue hasta que todos los proyectos han tenido su turno.</translation>
    </message>
    <message>
        <source>Method of Equal Shares (cost)</source>
        <translation>Método de Partes Iguales (coste)</translation>
    </message>
    <message>
        <source>The budget is divided equally among the voters. A project is funded when its supporters can pay for it together from their shares, paying as equally as possible; the project whose supporters pay the least per unit of benefit goes first, where a project&apos;s benefit to a supporter is its cost. Money may be left unspent.</source>
        <translation>El presupuesto se reparte a partes iguales entre los votantes. Un proyecto se financia cuando quienes lo apoyan pueden pagarlo entre todos con sus partes, pagando de la forma más igualitaria posible; va primero el proyecto cuyos partidarios pagan menos por unidad de beneficio, y el beneficio de un proyecto para quien lo apoya es su coste. Puede quedar dinero sin gastar.</translation>
    </message>
    <message>
        <source>Method of Equal Shares (approval)</source>
        <translation>Método de Partes Iguales (aprobación)</translation>
    </message>
    <message>
        <source>The budget is divided equally among the voters. A project is funded when its supporters can pay for it together from their shares, paying as equally as possible; the project whose supporters pay the least each goes first (every supported project counts the same to a voter). Money may be left unspent.</source>
        <translation>El presupuesto se reparte a partes iguales entre los votantes. Un proyecto se financia cuando quienes lo apoyan pueden pagarlo entre todos con sus partes, pagando de la forma más igualitaria posible; va primero el proyecto cuyos partidarios pagan menos cada uno (para un votante, todos los proyectos que apoya cuentan lo mismo). Puede quedar dinero sin gastar.</translation>
    </message>
    <message>
        <source>Equal Shares (cost), then greedy</source>
        <translation>Partes Iguales (coste) y después voraz</translation>
    </message>
    <message>
        <source>The Method of Equal Shares with benefit equal to cost, then the money left is spent by the greedy rule: remaining projects in order of votes, skipping those that no longer fit.</source>
        <translation>El Método de Partes Iguales con un beneficio igual al coste; después, el dinero que queda se gasta con la regla voraz: los proyectos restantes por orden de votos, saltando los que ya no caben.</translation>
    </message>
    <message>
        <source>Equal Shares (approval), then greedy</source>
        <translation>Partes Iguales (aprobación) y después voraz</translation>
    </message>
    <message>
        <source>The Method of Equal Shares with every supported project counting the same, then the money left is spent by the greedy rule: remaining projects in order of votes, skipping those that no longer fit.</source>
        <translation>El Método de Partes Iguales en el que todos los proyectos apoyados cuentan lo mismo; después, el dinero que queda se gasta con la regla voraz: los proyectos restantes por orden de votos, saltando los que ya no caben.</translation>
    </message>
    <message>
        <source>Equal Shares (cost), raised shares</source>
        <translation>Partes Iguales (coste), partes aumentadas</translation>
    </message>
    <message>
        <source>Equal Shares (approval), raised shares</source>
        <translation>Partes Iguales (aprobación), partes aumentadas</translation>
    </message>
    <message>
        <source>Sequential Phragmén</source>
        <translation>Phragmén secuencial</translation>
    </message>
    <message>
        <source>Supporters share the cost of each funded project, and the count keeps the largest total any voter has paid (their load) as small as possible: each round funds the project whose supporters would end with the smallest equal load. The count stops when the next project no longer fits in the money left. Approval ballots only.</source>
        <translation>Quienes apoyan cada proyecto financiado comparten su coste, y el escrutinio mantiene lo más bajo posible el mayor total que haya pagado un votante (su carga): en cada paso se financia el proyecto cuyos partidarios terminarían con la carga igual más pequeña. El escrutinio se detiene cuando el siguiente proyecto ya no cabe en el dinero que queda. Solo para papeletas de aprobación.</translation>
    </message>
    <message>
        <source>Maximum total satisfaction</source>
        <translation>Máxima satisfacción total</translation>
    </message>
    <message>
        <source>The combination of projects within the budget whose votes, each counted as many times as the project costs, add up to the most. Found exactly; a round too large to solve exactly gets an error, never an approximation.</source>
        <translation>La combinación de proyectos dentro del presupuesto cuyos votos, contando cada uno tantas veces como cuesta el proyecto, suman más. Se calcula con exactitud; una ronda demasiado grande para resolverla con exactitud recibe un error, nunca una aproximación.</translation>
    </message>
    <message>
        <source>Equal Shares (cost), raised shares as on equalshares.net</source>
        <translation>Partes Iguales (coste), partes aumentadas como en equalshares.net</translation>
    </message>
    <message>
        <source>The Method of Equal Shares with benefit equal to cost, rerun with every voter&apos;s share raised by one unit at a time for as long as the result still fits in the budget — also past the first result that leaves too little for any other project, as equalshares.net counts (this reproduces Wieliczka&apos;s official 2023 result); the money then left is spent by the greedy rule.</source>
        <translation>El Método de Partes Iguales con un beneficio igual al coste, repetido aumentando la parte de cada votante de unidad en unidad mientras el resultado siga cabiendo en el presupuesto — también más allá del primer resultado que deja demasiado poco para cualquier otro proyecto, como cuenta equalshares.net (así se reproduce el resultado oficial de Wieliczka de 2023); el dinero que queda entonces se gasta con la regla voraz.</translation>
    </message>
    <message>
        <source>Method of Equal Shares (points)</source>
        <translation>Método de Partes Iguales (puntos)</translation>
    </message>
    <message>
        <source>The Method of Equal Shares for cumulative or scoring ballots: a voter&apos;s benefit from a project is the number of points they gave it.</source>
        <translation>El Método de Partes Iguales para papeletas acumulativas o de puntuación: el beneficio que un proyecto aporta a un votante es el número de puntos que le dio.</translation>
    </message>
    <message>
        <source>Equal Shares (points), raised shares</source>
        <translation>Partes Iguales (puntos), partes aumentadas</translation>
    </message>
    <message>
        <source>Method of Equal Shares (ranking)</source>
        <translation>Método de Partes Iguales (clasificación)</translation>
    </message>
    <message>
        <source>The Method of Equal Shares for ranked ballots: a voter&apos;s benefit from a project is the number of projects they ranked below it (Borda score).</source>
        <translation>El Método de Partes Iguales para papeletas con clasificación: el beneficio que un proyecto aporta a un votante es el número de proyectos que colocó por debajo de él (puntuación de Borda).</translation>
    </message>
    <message>
        <source>Equal Shares (ranking), raised shares</source>
        <translation>Partes Iguales (clasificación), partes aumentadas</translation>
    </message>
    <message>
        <source>The Method of Equal Shares with benefit equal to cost, rerun with every voter&apos;s share raised by one unit at a time until the result leaves too little money for any other project or would no longer fit in the real budget; the money then left is spent by the greedy rule.</source>
        <translation>El Método de Partes Iguales con un beneficio igual al coste, repetido aumentando la parte de cada votante de unidad en unidad hasta que el resultado deje demasiado poco dinero para cualquier otro proyecto o ya no quepa en el presupuesto real; el dinero que queda entonces se gasta con la regla voraz.</translation>
    </message>
    <message>
        <source>The Method of Equal Shares with every supported project counting the same, rerun with every voter&apos;s share raised by one unit at a time until the result leaves too little money for any other project or would no longer fit in the real budget; the money then left is spent by the greedy rule.</source>
        <translation>El Método de Partes Iguales en el que todos los proyectos apoyados cuentan lo mismo, repetido aumentando la parte de cada votante de unidad en unidad hasta que el resultado deje demasiado poco dinero para cualquier otro proyecto o ya no quepa en el presupuesto real; el dinero que queda entonces se gasta con la regla voraz.</translation>
    </message>
    <message>
        <source>The Method of Equal Shares with points as benefit, rerun with every voter&apos;s share raised by one unit at a time until the result leaves too little money for any other project or would no longer fit in the real budget; the money then left is spent by the greedy rule.</source>
        <translation>El Método de Partes Iguales con los puntos como beneficio, repetido aumentando la parte de cada votante de unidad en unidad hasta que el resultado deje demasiado poco dinero para cualquier otro proyecto o ya no quepa en el presupuesto real; el dinero que queda entonces se gasta con la regla voraz.</translation>
    </message>
    <message>
        <source>The Method of Equal Shares with Borda scores as benefit, rerun with every voter&apos;s share raised by one unit at a time until the result leaves too little money for any other project or would no longer fit in the real budget; the money then left is spent by the greedy rule.</source>
        <translation>El Método de Partes Iguales con la puntuación de Borda como beneficio, repetido aumentando la parte de cada votante de unidad en unidad hasta que el resultado deje demasiado poco dinero para cualquier otro proyecto o ya no quepa en el presupuesto real; el dinero que queda entonces se gasta con la regla voraz.</translation>
    </message>
</context>
<context>
    <name>pbvote::counting::TieBreak</name>
    <message>
        <source>project id, the smallest as text first (&quot;10&quot; before &quot;9&quot;)</source>
        <comment>tie-breaking, after &quot;ties broken by&quot;</comment>
        <translation>el id. del proyecto, el menor como texto primero («10» antes que «9»)</translation>
    </message>
    <message>
        <source>lower cost first, then project id</source>
        <comment>tie-breaking, after &quot;ties broken by&quot;</comment>
        <translation>el coste más bajo primero y después el id. del proyecto</translation>
    </message>
    <message>
        <source>more votes first, then project id</source>
        <comment>tie-breaking, after &quot;ties broken by&quot;</comment>
        <translation>más votos primero y después el id. del proyecto</translation>
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
    <message>
        <source>Choose the projects you would like the city to fund. Each budget below says how much its projects can cost together.</source>
        <translation>Elija los proyectos que le gustaría que la ciudad financiara. Cada presupuesto de abajo indica cuánto pueden costar en total sus proyectos.</translation>
    </message>
    <message>
        <source>You are voting for projects in %1 and city-wide.</source>
        <translation>Está votando por proyectos de %1 y de toda la ciudad.</translation>
    </message>
    <message>
        <source>You are voting for projects in %1.</source>
        <translation>Está votando por proyectos de %1.</translation>
    </message>
    <message>
        <source>This code was withdrawn by the organizers. A librarian can give you a new one.</source>
        <translation>Los organizadores han retirado este código. El personal de la biblioteca puede darle uno nuevo.</translation>
    </message>
    <message>
        <source>This code was withdrawn by the organizers, so this ballot was not recorded. A librarian can give you a new one.</source>
        <translation>Los organizadores han retirado este código, así que esta papeleta no se ha registrado. El personal de la biblioteca puede darle uno nuevo.</translation>
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
