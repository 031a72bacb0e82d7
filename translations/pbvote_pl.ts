<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pl_PL">
<context>
    <name>AccessPage</name>
    <message>
        <source>Type your access code</source>
        <translation>Wpisz kod dostępu</translation>
    </message>
    <message>
        <source>The code is on your voting slip: 12 letters and numbers. Each code can vote once.</source>
        <translation>Kod jest wydrukowany na Twojej kartce: 12 liter i cyfr. Każdym kodem można zagłosować tylko raz.</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Dalej</translation>
    </message>
    <message>
        <source>Continue with this code</source>
        <translation>Dalej z tym kodem</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Wstecz</translation>
    </message>
    <message>
        <source>Code not accepted? A librarian can check it for you.</source>
        <translation>Kod nie działa? Pracownik biblioteki może go sprawdzić.</translation>
    </message>
    <message>
        <source>Demonstration round: you can use one of these codes: %1</source>
        <translation>Głosowanie pokazowe: możesz użyć jednego z tych kodów: %1</translation>
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
        <translation>nieznane (nie udało się odczytać zapisu)</translation>
    </message>
    <message>
        <source>Election</source>
        <translation>Głosowanie</translation>
    </message>
    <message>
        <source>Election id</source>
        <translation>Identyfikator głosowania</translation>
    </message>
    <message>
        <source>Record format version</source>
        <translation>Wersja formatu zapisu</translation>
    </message>
    <message>
        <source>Key that signed the record (fingerprint)</source>
        <translation>Klucz, który podpisał zapis (odcisk)</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Plik</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Rozmiar</translation>
    </message>
    <message>
        <source>%1 (%2 bytes)</source>
        <translation>%1 (%2 bajtów)</translation>
    </message>
    <message>
        <source>SHA-256 of the file</source>
        <translation>SHA-256 pliku</translation>
    </message>
    <message>
        <source>unknown (the file could not be read)</source>
        <translation>nieznane (nie udało się odczytać pliku)</translation>
    </message>
    <message>
        <source>Verified on</source>
        <translation>Sprawdzono</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>local time (UTC time)</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Verified with</source>
        <translation>Sprawdzono programem</translation>
    </message>
    <message>
        <source>pbvote %1</source>
        <translation>pbvote %1</translation>
    </message>
    <message>
        <source>Receipt %1 is NOT in this record. Check the code; if it is right, report it to the organizers and the auditors.</source>
        <translation>Potwierdzenia %1 NIE MA w tym zapisie. Sprawdź kod; jeśli jest poprawny, zgłoś to organizatorom i audytorom.</translation>
    </message>
    <message>
        <source>Receipt %1 is in the record: ballot %2 (number %3 in the record&apos;s list), cast at kiosk %4, batch %5.</source>
        <translation>Potwierdzenie %1 jest w zapisie: karta %2 (numer %3 na liście zapisu), oddana w kiosku %4, partia %5.</translation>
    </message>
    <message>
        <source>Its kiosk&apos;s signature is valid.</source>
        <translation>Podpis jego kiosku jest prawidłowy.</translation>
    </message>
    <message>
        <source>Its signature does NOT verify: report this to the auditors.</source>
        <translation>Jego podpisu NIE DA SIĘ potwierdzić: zgłoś to audytorom.</translation>
    </message>
    <message>
        <source>It is counted in the result.</source>
        <translation>Jest policzona w wyniku.</translation>
    </message>
    <message>
        <source>It is NOT counted in any result of this record; the receipt check below says why.</source>
        <translation>NIE jest policzona w żadnym wyniku tego zapisu; sprawdzenie potwierdzenia poniżej wyjaśnia dlaczego.</translation>
    </message>
    <message>
        <source>The voter&apos;s receipt</source>
        <translation>Potwierdzenie wyborcy</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Stan</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Sprawdzenie</translation>
    </message>
    <message>
        <source>What it checks</source>
        <translation>Co sprawdza</translation>
    </message>
    <message>
        <source>Warnings to read:</source>
        <translation>Ostrzeżenia do przeczytania:</translation>
    </message>
    <message>
        <source>Problems found:</source>
        <translation>Znalezione problemy:</translation>
    </message>
    <message>
        <source>Why it did not run:</source>
        <translation>Dlaczego nie zostało wykonane:</translation>
    </message>
    <message>
        <source>What was checked:</source>
        <translation>Co sprawdzono:</translation>
    </message>
    <message>
        <source>The published result matches the ballots</source>
        <translation>Opublikowany wynik zgadza się z kartami</translation>
    </message>
    <message>
        <source>Every check passed; the record holds no result yet</source>
        <translation>Wszystkie sprawdzenia wypadły pomyślnie; zapis nie zawiera jeszcze wyniku</translation>
    </message>
    <message>
        <source>The published result matches the ballots, with warnings to read</source>
        <translation>Opublikowany wynik zgadza się z kartami; są ostrzeżenia do przeczytania</translation>
    </message>
    <message>
        <source>Every check passed, with warnings to read; the record holds no result yet</source>
        <translation>Wszystkie sprawdzenia wypadły pomyślnie, są ostrzeżenia do przeczytania; zapis nie zawiera jeszcze wyniku</translation>
    </message>
    <message>
        <source>Verification FAILED: no check could run</source>
        <translation>Weryfikacja NIEUDANA: nie udało się wykonać żadnego sprawdzenia</translation>
    </message>
    <message numerus="yes">
        <source>Verification FAILED: %n check(s) found problems</source>
        <translation>
            <numerusform>Weryfikacja NIEUDANA: %n sprawdzenie wykryło problemy</numerusform>
            <numerusform>Weryfikacja NIEUDANA: %n sprawdzenia wykryły problemy</numerusform>
            <numerusform>Weryfikacja NIEUDANA: %n sprawdzeń wykryło problemy</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n check(s) ran without finding a problem.</source>
        <translation>
            <numerusform>%n sprawdzenie nie wykryło żadnego problemu.</numerusform>
            <numerusform>%n sprawdzenia nie wykryły żadnego problemu.</numerusform>
            <numerusform>%n sprawdzeń nie wykryło żadnego problemu.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Read the warning of %1 below.</source>
        <translation>
            <numerusform>Przeczytaj poniżej ostrzeżenie %1.</numerusform>
            <numerusform>Przeczytaj poniżej ostrzeżenia %1.</numerusform>
            <numerusform>Przeczytaj poniżej ostrzeżenia %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n check(s) did not run (see why below).</source>
        <translation>
            <numerusform>%n sprawdzenie nie zostało wykonane (powód poniżej).</numerusform>
            <numerusform>%n sprawdzenia nie zostały wykonane (powód poniżej).</numerusform>
            <numerusform>%n sprawdzeń nie zostało wykonanych (powód poniżej).</numerusform>
        </translation>
    </message>
    <message>
        <source>Failed: %1.</source>
        <translation>Nie powiodły się: %1.</translation>
    </message>
    <message>
        <source>Do not trust this record until the organizers explain every problem listed below.</source>
        <translation>Nie ufaj temu zapisowi, dopóki organizatorzy nie wyjaśnią każdego problemu wymienionego poniżej.</translation>
    </message>
    <message>
        <source>Passed</source>
        <translation>Pomyślnie</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Ostrzeżenie</translation>
    </message>
    <message>
        <source>FAILED</source>
        <translation>NIEUDANE</translation>
    </message>
    <message>
        <source>Not run</source>
        <translation>Niewykonane</translation>
    </message>
    <message>
        <source>The authority&apos;s key was compared with the fingerprint you gave (%1): the record is signed by the key the organizers published.</source>
        <translation>Klucz organu porównano z podanym przez Ciebie odciskiem (%1): zapis jest podpisany kluczem opublikowanym przez organizatorów.</translation>
    </message>
    <message>
        <source>The fingerprint you gave (%1) could not be compared: the record&apos;s key could not be read.</source>
        <translation>Nie udało się porównać podanego odcisku (%1): nie udało się odczytać klucza zapisu.</translation>
    </message>
    <message>
        <source>The fingerprint you gave (%1) is NOT the one of the key that signed this record (%2).</source>
        <translation>Podany odcisk (%1) NIE jest odciskiem klucza, który podpisał ten zapis (%2).</translation>
    </message>
    <message>
        <source>The authority&apos;s key was NOT compared with a published fingerprint.</source>
        <translation>Klucza organu NIE porównano z opublikowanym odciskiem.</translation>
    </message>
    <message>
        <source>The authority&apos;s key was NOT compared with a published fingerprint: the key in the record (%1) was trusted. Compare it with the fingerprint on the city&apos;s poster or website.</source>
        <translation>Klucza organu NIE porównano z opublikowanym odciskiem: przyjęto klucz z zapisu (%1). Porównaj go z odciskiem z plakatu lub strony internetowej miasta.</translation>
    </message>
    <message numerus="yes">
        <source>%n witness code(s) written down at the kiosks were compared with the record.</source>
        <translation>
            <numerusform>%n kod kontrolny zapisany przy kioskach porównano z zapisem.</numerusform>
            <numerusform>%n kody kontrolne zapisane przy kioskach porównano z zapisem.</numerusform>
            <numerusform>%n kodów kontrolnych zapisanych przy kioskach porównano z zapisem.</numerusform>
        </translation>
    </message>
    <message>
        <source>No witness codes were given: the kiosks&apos; checkpoints were not compared with what the poll workers wrote down.</source>
        <translation>Nie podano kodów kontrolnych: punktów kontrolnych kiosków nie porównano z tym, co zapisała obsługa głosowania.</translation>
    </message>
    <message>
        <source>The election key was used: every sealed vote was opened and compared with the published opened ballots.</source>
        <translation>Użyto klucza głosowania: każdy zapieczętowany głos otwarto i porównano z opublikowanymi otwartymi kartami.</translation>
    </message>
    <message>
        <source>The election key was not used (only a trusted auditor holds it): the sealed votes were not opened; the count was checked on the published opened ballots.</source>
        <translation>Nie użyto klucza głosowania (ma go tylko zaufany audytor): zapieczętowanych głosów nie otwarto; liczenie sprawdzono na opublikowanych otwartych kartach.</translation>
    </message>
    <message>
        <source>A voter&apos;s receipt (%1) was looked up.</source>
        <translation>Wyszukano potwierdzenie wyborcy (%1).</translation>
    </message>
    <message>
        <source>No voter&apos;s receipt was looked up.</source>
        <translation>Nie wyszukano żadnego potwierdzenia wyborcy.</translation>
    </message>
    <message>
        <source>Audit of an election record</source>
        <translation>Audyt zapisu głosowania</translation>
    </message>
    <message>
        <source>Audit of the election record of %1</source>
        <translation>Audyt zapisu głosowania %1</translation>
    </message>
    <message>
        <source>What was verified, and what was not</source>
        <translation>Co sprawdzono, a czego nie</translation>
    </message>
    <message>
        <source>The record</source>
        <translation>Zapis</translation>
    </message>
    <message>
        <source>The checks</source>
        <translation>Sprawdzenia</translation>
    </message>
    <message>
        <source>&quot;Warning&quot;: the check passed, but a person must read why. &quot;Not run&quot;: there was nothing to check, or what it needs was not given.</source>
        <translation>„Ostrzeżenie”: sprawdzenie wypadło pomyślnie, ale ktoś musi przeczytać dlaczego. „Niewykonane”: nie było czego sprawdzać albo nie podano tego, czego sprawdzenie potrzebuje.</translation>
    </message>
    <message>
        <source>Each check in detail</source>
        <translation>Każde sprawdzenie szczegółowo</translation>
    </message>
    <message>
        <source>Anyone can repeat these checks on the same file (same SHA-256) with the command &quot;pbvote verify&quot; or the pbvote-audit program; docs/election-record.md describes every check.</source>
        <translation>Każdy może powtórzyć te sprawdzenia na tym samym pliku (ten sam SHA-256) poleceniem „pbvote verify” lub programem pbvote-audit; docs/election-record.md opisuje każde sprawdzenie.</translation>
    </message>
    <message>
        <source>Cannot write the audit report to &quot;%1&quot;: %2</source>
        <translation>Nie można zapisać raportu z audytu do „%1”: %2</translation>
    </message>
    <message>
        <source>Ballots</source>
        <translation>Karty</translation>
    </message>
    <message>
        <source>Kiosks</source>
        <translation>Kioski</translation>
    </message>
    <message>
        <source>Checkpoints</source>
        <translation>Punkty kontrolne</translation>
    </message>
    <message>
        <source>Logged events</source>
        <translation>Zdarzenia w dzienniku</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>Wyniki</translation>
    </message>
</context>
<context>
    <name>Ballot</name>
    <message>
        <source>There is no project number %1 on this ballot.</source>
        <translation>Na tej karcie nie ma projektu nr %1.</translation>
    </message>
    <message numerus="yes">
        <source>You can choose up to %n project(s). To choose this one, first remove another.</source>
        <translation>
            <numerusform>Możesz wybrać najwyżej %n projekt. Aby wybrać ten, najpierw zrezygnuj z innego.</numerusform>
            <numerusform>Możesz wybrać najwyżej %n projekty. Aby wybrać ten, najpierw zrezygnuj z innego.</numerusform>
            <numerusform>Możesz wybrać najwyżej %n projektów. Aby wybrać ten, najpierw zrezygnuj z innego.</numerusform>
        </translation>
    </message>
    <message>
        <source>This project costs %1, but only %2 of the budget is left. Remove a project to make room, or choose one that costs less.</source>
        <translation>Ten projekt kosztuje %1, a w budżecie zostało tylko %2. Zrezygnuj z innego projektu, aby zwolnić środki, lub wybierz tańszy.</translation>
    </message>
    <message>
        <source>Points cannot go below zero.</source>
        <translation>Liczba punktów nie może być mniejsza od zera.</translation>
    </message>
    <message numerus="yes">
        <source>One project can get at most %n point(s).</source>
        <translation>
            <numerusform>Jeden projekt może dostać najwyżej %n punkt.</numerusform>
            <numerusform>Jeden projekt może dostać najwyżej %n punkty.</numerusform>
            <numerusform>Jeden projekt może dostać najwyżej %n punktów.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>All %n point(s) are given. Take a point from another project first.</source>
        <translation>
            <numerusform>Przyznano już %n punkt. Najpierw odbierz punkt innemu projektowi.</numerusform>
            <numerusform>Przyznano już wszystkie %n punkty. Najpierw odbierz punkt innemu projektowi.</numerusform>
            <numerusform>Przyznano już wszystkie %n punktów. Najpierw odbierz punkt innemu projektowi.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>You can give points to up to %n project(s). Take all points from another project first.</source>
        <translation>
            <numerusform>Punkty możesz przyznać najwyżej %n projektowi. Najpierw odbierz wszystkie punkty innemu projektowi.</numerusform>
            <numerusform>Punkty możesz przyznać najwyżej %n projektom. Najpierw odbierz wszystkie punkty innemu projektowi.</numerusform>
            <numerusform>Punkty możesz przyznać najwyżej %n projektom. Najpierw odbierz wszystkie punkty innemu projektowi.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>You can rank up to %n project(s). To rank this one, first remove another.</source>
        <translation>
            <numerusform>W rankingu możesz umieścić najwyżej %n projekt. Aby dodać ten, najpierw usuń inny.</numerusform>
            <numerusform>W rankingu możesz umieścić najwyżej %n projekty. Aby dodać ten, najpierw usuń inny.</numerusform>
            <numerusform>W rankingu możesz umieścić najwyżej %n projektów. Aby dodać ten, najpierw usuń inny.</numerusform>
        </translation>
    </message>
    <message>
        <source>This project is not ranked yet.</source>
        <translation>Tego projektu nie ma jeszcze w rankingu.</translation>
    </message>
    <message>
        <source>The ballot names a project that is not on this round&apos;s ballot (position %1).</source>
        <translation>Karta zawiera projekt, którego nie ma na karcie tego głosowania (pozycja %1).</translation>
    </message>
    <message>
        <source>Project %1 is chosen more than once.</source>
        <translation>Projekt %1 wybrano więcej niż raz.</translation>
    </message>
    <message numerus="yes">
        <source>Choose at least %n project(s); this ballot has %1.</source>
        <translation>
            <numerusform>Wybierz co najmniej %n projekt; na tej karcie wybrano %1.</numerusform>
            <numerusform>Wybierz co najmniej %n projekty; na tej karcie wybrano %1.</numerusform>
            <numerusform>Wybierz co najmniej %n projektów; na tej karcie wybrano %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Choose at most %n project(s); this ballot has %1.</source>
        <translation>
            <numerusform>Wybierz najwyżej %n projekt; na tej karcie wybrano %1.</numerusform>
            <numerusform>Wybierz najwyżej %n projekty; na tej karcie wybrano %1.</numerusform>
            <numerusform>Wybierz najwyżej %n projektów; na tej karcie wybrano %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>the %1 budget</source>
        <translation>budżet dzielnicy %1</translation>
    </message>
    <message>
        <source>the budget</source>
        <translation>budżet</translation>
    </message>
    <message>
        <source>The chosen projects cost %1 %3, more than %2 of %4 %3.</source>
        <translation>Wybrane projekty kosztują %1 %3, czyli więcej niż %2 (%4 %3).</translation>
    </message>
    <message>
        <source>Choose projects worth at least %1% of the budget; this selection uses %2 of %3 %4.</source>
        <translation>Wybierz projekty o łącznej wartości co najmniej %1% budżetu; ten wybór to %2 z %3 %4.</translation>
    </message>
    <message>
        <source>Project %1 is given %2 points; give each chosen project at least 1 point.</source>
        <translation>Projekt %1 ma %2 pkt; każdemu wybranemu projektowi przyznaj co najmniej 1 punkt.</translation>
    </message>
    <message>
        <source>Project %1 is given %2 points; at most %3 points may go to one project.</source>
        <translation>Projekt %1 ma %2 pkt; jeden projekt może dostać najwyżej %3 pkt.</translation>
    </message>
    <message>
        <source>This ballot gives %1 points; only %2 points can be spread.</source>
        <translation>Na tej karcie przyznano %1 pkt; do rozdania jest tylko %2 pkt.</translation>
    </message>
    <message>
        <source>This ballot gives %1 points; all %2 points must be given.</source>
        <translation>Na tej karcie przyznano %1 pkt; trzeba rozdać wszystkie %2 pkt.</translation>
    </message>
    <message>
        <source>Two projects share rank %1; give each project its own rank.</source>
        <translation>Dwa projekty zajmują to samo miejsce (%1); każdemu projektowi nadaj inne miejsce.</translation>
    </message>
    <message numerus="yes">
        <source>Rank at most %n project(s); this ballot ranks %1.</source>
        <translation>
            <numerusform>Umieść w rankingu najwyżej %n projekt; na tej karcie jest ich %1.</numerusform>
            <numerusform>Umieść w rankingu najwyżej %n projekty; na tej karcie jest ich %1.</numerusform>
            <numerusform>Umieść w rankingu najwyżej %n projektów; na tej karcie jest ich %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>On this ballot, give points or ranks to projects instead.</source>
        <translation>Na tej karcie przyznaj projektom punkty albo miejsca w rankingu.</translation>
    </message>
    <message numerus="yes">
        <source>Only %n point(s) are left. Take points from another project first.</source>
        <translation>
            <numerusform>Został tylko %n punkt. Najpierw odbierz punkty innemu projektowi.</numerusform>
            <numerusform>Zostały tylko %n punkty. Najpierw odbierz punkty innemu projektowi.</numerusform>
            <numerusform>Zostało tylko %n punktów. Najpierw odbierz punkty innemu projektowi.</numerusform>
        </translation>
    </message>
    <message>
        <source>This project is in %1. Your ballot is for %2, so you can choose projects in %2 and city-wide projects.</source>
        <translation>Ten projekt dotyczy dzielnicy %1. Twoja karta jest dla dzielnicy %2, więc możesz wybierać projekty z dzielnicy %2 i projekty ogólnomiejskie.</translation>
    </message>
    <message>
        <source>This round has no district &quot;%1&quot;.</source>
        <translation>Ta tura nie ma dzielnicy „%1”.</translation>
    </message>
</context>
<context>
    <name>BallotPage</name>
    <message>
        <source>Review my ballot</source>
        <translation>Sprawdź mój głos</translation>
    </message>
    <message>
        <source>All projects</source>
        <translation>Wszystkie projekty</translation>
    </message>
    <message>
        <source>Show only %1</source>
        <translation>Pokaż tylko: %1</translation>
    </message>
</context>
<context>
    <name>BallotStore</name>
    <message>
        <source>libsodium could not be initialised.</source>
        <translation>Nie udało się zainicjować biblioteki libsodium.</translation>
    </message>
    <message>
        <source>Cannot open database %1: %2</source>
        <translation>Nie można otworzyć bazy danych %1: %2</translation>
    </message>
    <message>
        <source>Database %1: %2</source>
        <translation>Baza danych %1: %2</translation>
    </message>
    <message>
        <source>not a readable SQLite database (%1)</source>
        <translation>to nie jest czytelna baza danych SQLite (%1)</translation>
    </message>
    <message>
        <source>this is not a pbvote database (application id 0x%1)</source>
        <translation>to nie jest baza danych pbvote (identyfikator aplikacji 0x%1)</translation>
    </message>
    <message>
        <source>the database was written by a newer pbvote (schema %1; this version knows up to %2)</source>
        <translation>bazę danych zapisała nowsza wersja pbvote (schemat %1; ta wersja zna schematy do %2)</translation>
    </message>
    <message>
        <source>could not switch to write-ahead logging (journal mode is %1)</source>
        <translation>nie udało się przełączyć na dziennik zapisu z wyprzedzeniem (WAL): tryb dziennika to %1</translation>
    </message>
    <message>
        <source>foreign key enforcement could not be turned on</source>
        <translation>nie udało się włączyć wymuszania kluczy obcych</translation>
    </message>
    <message>
        <source>synchronous=FULL could not be set</source>
        <translation>nie udało się ustawić synchronous=FULL</translation>
    </message>
    <message>
        <source>the database is damaged: %1</source>
        <translation>baza danych jest uszkodzona: %1</translation>
    </message>
    <message>
        <source>cannot read the page size</source>
        <translation>nie można odczytać rozmiaru strony</translation>
    </message>
    <message>
        <source>this database belongs to kiosk %1, not to kiosk %2</source>
        <translation>ta baza danych należy do kiosku %1, a nie do kiosku %2</translation>
    </message>
    <message>
        <source>crash detection is off for this session: %1</source>
        <translation>wykrywanie awarii jest wyłączone w tej sesji: %1</translation>
    </message>
    <message>
        <source>Restarted after an interruption (a process that had the store open stopped without closing it)</source>
        <translation>Ponowne uruchomienie po przerwaniu (proces, który miał otwartą bazę danych, zatrzymał się bez jej zamknięcia)</translation>
    </message>
    <message>
        <source>migration to schema %1 failed: %2</source>
        <translation>migracja do schematu %1 nie powiodła się: %2</translation>
    </message>
    <message>
        <source>integrity check failed: %1</source>
        <translation>sprawdzenie integralności nie powiodło się: %1</translation>
    </message>
    <message>
        <source>Round &quot;%1&quot; created with %2 projects</source>
        <translation>Utworzono turę „%1” (liczba projektów: %2)</translation>
    </message>
    <message>
        <source>Imported vote %1 names a project that is not in the round.</source>
        <translation>Zaimportowany głos %1 wskazuje projekt, którego nie ma w turze.</translation>
    </message>
    <message>
        <source>Cannot store imported vote %1: %2</source>
        <translation>Nie można zapisać zaimportowanego głosu %1: %2</translation>
    </message>
    <message>
        <source>Round &quot;%1&quot; imported from %2 with %3 projects and %4 votes, for analysis</source>
        <translation>Zaimportowano turę „%1” z %2 do analizy (liczba projektów: %3, liczba głosów: %4)</translation>
    </message>
    <message>
        <source>There is no round %1 in this database.</source>
        <translation>W tej bazie danych nie ma tury %1.</translation>
    </message>
    <message>
        <source>Round %1 has an unknown state &quot;%2&quot;.</source>
        <translation>Tura %1 ma nieznany stan „%2”.</translation>
    </message>
    <message>
        <source>Round %1 is %2: its ballot can only change while it is a draft.</source>
        <translation>Tura %1 jest w stanie %2: jej kartę do głosowania można zmieniać tylko, gdy jest wersją roboczą.</translation>
    </message>
    <message>
        <source>Round %1 has no project %2.</source>
        <translation>Tura %1 nie ma projektu %2.</translation>
    </message>
    <message>
        <source>Picture of project %1 removed</source>
        <translation>Usunięto zdjęcie projektu %1</translation>
    </message>
    <message>
        <source>Picture of project %1 set</source>
        <translation>Ustawiono zdjęcie projektu %1</translation>
    </message>
    <message>
        <source>The picture for project %1 is neither a PNG nor a JPEG file.</source>
        <translation>Zdjęcie projektu %1 nie jest plikiem PNG ani JPEG.</translation>
    </message>
    <message>
        <source>The picture for project %1 is %2 bytes; at most %3 bytes are allowed.</source>
        <translation>Zdjęcie projektu %1 ma %2 B; dozwolone jest najwyżej %3 B.</translation>
    </message>
    <message>
        <source>A key needs a name.</source>
        <translation>Klucz musi mieć nazwę.</translation>
    </message>
    <message>
        <source>Cannot store the %1 key &quot;%2&quot; (does it exist already?): %3</source>
        <translation>Nie można zapisać klucza typu %1 „%2” (czy już istnieje?): %3</translation>
    </message>
    <message>
        <source>There is no %1 key named &quot;%2&quot; in this database.</source>
        <translation>W tej bazie danych nie ma klucza typu %1 o nazwie „%2”.</translation>
    </message>
    <message>
        <source>Election key %1 set</source>
        <translation>Ustawiono klucz głosowania %1</translation>
    </message>
    <message>
        <source>Round %1: %2</source>
        <translation>Tura %1: %2</translation>
    </message>
    <message>
        <source>Round %1 is %2, not %3; try again.</source>
        <translation>Tura %1 jest w stanie %2, a nie %3; spróbuj ponownie.</translation>
    </message>
    <message>
        <source>Cannot reorder the projects: %1</source>
        <translation>Nie można zmienić kolejności projektów: %1</translation>
    </message>
    <message>
        <source>The round already has a project %1.</source>
        <translation>Tura ma już projekt %1.</translation>
    </message>
    <message>
        <source>There are no projects to add.</source>
        <translation>Brak projektów do dodania.</translation>
    </message>
    <message>
        <source>A translation names project %1, which is not in the round.</source>
        <translation>Tłumaczenie wskazuje projekt %1, którego nie ma w turze.</translation>
    </message>
    <message>
        <source>The %1 translation of project %2 has no title.</source>
        <translation>Tłumaczenie (%1) projektu %2 nie ma tytułu.</translation>
    </message>
    <message>
        <source>Project %1 added</source>
        <translation>Dodano projekt %1</translation>
    </message>
    <message>
        <source>%1 projects added</source>
        <translation>Dodano projekty (liczba: %1)</translation>
    </message>
    <message>
        <source>Project %1 changed</source>
        <translation>Zmieniono projekt %1</translation>
    </message>
    <message>
        <source>Project %1 removed</source>
        <translation>Usunięto projekt %1</translation>
    </message>
    <message>
        <source>Round %1 is %2: its settings can only change while it is a draft.</source>
        <translation>Tura %1 jest w stanie %2: jej ustawienia można zmieniać tylko, gdy jest wersją roboczą.</translation>
    </message>
    <message>
        <source>There is no counting rule &quot;%1&quot;.</source>
        <translation>Nie ma reguły liczenia głosów „%1”.</translation>
    </message>
    <message>
        <source>The counting rule %1 cannot count this round: %2</source>
        <translation>Reguła liczenia głosów %1 nie może policzyć głosów w tej turze: %2</translation>
    </message>
    <message>
        <source>Round settings changed</source>
        <translation>Zmieniono ustawienia tury</translation>
    </message>
    <message>
        <source>Round %1 has no district %2.</source>
        <translation>Tura %1 nie ma dzielnicy %2.</translation>
    </message>
    <message>
        <source>District %1 still has projects (%2 first): move or remove them before removing the district.</source>
        <translation>Dzielnica %1 nadal ma projekty (pierwszy z nich: %2): przenieś je lub usuń, zanim usuniesz dzielnicę.</translation>
    </message>
    <message>
        <source>District %1 removed</source>
        <translation>Usunięto dzielnicę %1</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a language code such as es or pl.</source>
        <translation>„%1” nie jest kodem języka, takim jak es lub pl.</translation>
    </message>
    <message>
        <source>The %1 translation of project %2 has a description but no title.</source>
        <translation>Tłumaczenie (%1) projektu %2 ma opis, ale nie ma tytułu.</translation>
    </message>
    <message>
        <source>Translation (%1) of project %2 changed</source>
        <translation>Zmieniono tłumaczenie (%1) projektu %2</translation>
    </message>
    <message>
        <source>Round %1 is %2: kiosks can only be registered before voting opens, because the signed manifest lists every kiosk&apos;s key.</source>
        <translation>Tura %1 jest w stanie %2: kioski można rejestrować tylko przed otwarciem głosowania, ponieważ podpisany manifest zawiera klucz każdego kiosku.</translation>
    </message>
    <message>
        <source>A kiosk needs an id (at most 64 characters) and a 32-byte Ed25519 public key.</source>
        <translation>Kiosk musi mieć identyfikator (najwyżej 64 znaki) i 32-bajtowy klucz publiczny Ed25519.</translation>
    </message>
    <message>
        <source>Kiosk %1 is already registered with this key; every kiosk makes its own key.</source>
        <translation>Kiosk %1 jest już zarejestrowany z tym kluczem; każdy kiosk tworzy własny klucz.</translation>
    </message>
    <message>
        <source>Kiosk %1 cannot be registered (already registered?): %2</source>
        <translation>Nie można zarejestrować kiosku %1 (czy jest już zarejestrowany?): %2</translation>
    </message>
    <message>
        <source>Kiosk %1 registered with key %2</source>
        <translation>Zarejestrowano kiosk %1 z kluczem %2</translation>
    </message>
    <message>
        <source>Round %1 is %2: a kiosk in the signed manifest cannot be removed; revoke it instead.</source>
        <translation>Tura %1 jest w stanie %2: kiosku z podpisanego manifestu nie można usunąć; zamiast tego unieważnij go.</translation>
    </message>
    <message>
        <source>Kiosk %1 is not registered for round %2.</source>
        <translation>Kiosk %1 nie jest zarejestrowany w turze %2.</translation>
    </message>
    <message>
        <source>Kiosk %1 removed</source>
        <translation>Usunięto kiosk %1</translation>
    </message>
    <message>
        <source>Round %1 is a draft: remove the kiosk instead of revoking it.</source>
        <translation>Tura %1 jest wersją roboczą: usuń kiosk zamiast go unieważniać.</translation>
    </message>
    <message>
        <source>Round %1 is tallied: which kiosks count can no longer change.</source>
        <translation>Tura %1 jest już policzona: nie można już zmienić, które kioski są liczone.</translation>
    </message>
    <message>
        <source>Kiosk %1 is already revoked.</source>
        <translation>Kiosk %1 jest już unieważniony.</translation>
    </message>
    <message>
        <source>Kiosk %1 is not revoked.</source>
        <translation>Kiosk %1 nie jest unieważniony.</translation>
    </message>
    <message>
        <source>Kiosk %1 revoked: it casts no more and its ballots are not counted</source>
        <translation>Unieważniono kiosk %1: nie przyjmuje już kart, a jego karty nie są liczone</translation>
    </message>
    <message>
        <source>Kiosk %1 reinstated</source>
        <translation>Przywrócono kiosk %1</translation>
    </message>
    <message>
        <source>A checkpoint of kiosk %1 cannot be read: %2</source>
        <translation>Nie można odczytać punktu kontrolnego kiosku %1: %2</translation>
    </message>
    <message>
        <source>The number of codes must be between 1 and 10,000,000.</source>
        <translation>Liczba kodów musi wynosić od 1 do 10 000 000.</translation>
    </message>
    <message>
        <source>Round %1 is closed: no more access codes can be issued.</source>
        <translation>Tura %1 jest zamknięta: nie można już wydawać kodów dostępu.</translation>
    </message>
    <message>
        <source>Cannot store access codes: %1</source>
        <translation>Nie można zapisać kodów dostępu: %1</translation>
    </message>
    <message>
        <source>%1 access codes issued (batch %2)</source>
        <translation>Wydano kody dostępu (liczba: %1, partia %2)</translation>
    </message>
    <message>
        <source>district %1</source>
        <translation>dzielnica %1</translation>
    </message>
    <message>
        <source>Round %1 is closed: its access codes can no longer change.</source>
        <translation>Tura %1 jest zamknięta: jej kodów dostępu nie można już zmieniać.</translation>
    </message>
    <message>
        <source>Round %1 has no batch %2 of access codes.</source>
        <translation>Tura %1 nie ma partii kodów dostępu %2.</translation>
    </message>
    <message>
        <source>Batch %1 is already void.</source>
        <translation>Partia %1 jest już anulowana.</translation>
    </message>
    <message>
        <source>Batch %1 is not void.</source>
        <translation>Partia %1 nie jest anulowana.</translation>
    </message>
    <message>
        <source>Access codes of batch %1 voided</source>
        <translation>Anulowano kody dostępu z partii %1</translation>
    </message>
    <message>
        <source>Access codes of batch %1 restored</source>
        <translation>Przywrócono kody dostępu z partii %1</translation>
    </message>
    <message>
        <source>This access code is not valid for this round.</source>
        <translation>Ten kod dostępu nie jest ważny w tej turze.</translation>
    </message>
    <message>
        <source>Round %1 has no count with %2.</source>
        <translation>W turze %1 nie policzono głosów według reguły %2.</translation>
    </message>
    <message>
        <source>Round %1 is %2: a result can only be published after the votes are counted.</source>
        <translation>Tura %1 jest w stanie %2: wynik można opublikować dopiero po policzeniu głosów.</translation>
    </message>
    <message>
        <source>Round %1 is %2; only a draft round can be opened (a suspended round is resumed).</source>
        <translation>Tura %1 jest w stanie %2; otworzyć można tylko turę w wersji roboczej (wstrzymaną turę się wznawia).</translation>
    </message>
    <message>
        <source>Round %1 has no projects on its ballot.</source>
        <translation>Tura %1 nie ma projektów na karcie do głosowania.</translation>
    </message>
    <message>
        <source>Project %1 is still under review: put it on the ballot or set it aside before voting opens.</source>
        <translation>Projekt %1 jest nadal w ocenie: przed otwarciem głosowania umieść go na karcie do głosowania albo pozostaw go poza kartą.</translation>
    </message>
    <message>
        <source>Round %1 has no counting rule yet: choose it before voting opens, so that everyone knows how the votes will be counted.</source>
        <translation>Tura %1 nie ma jeszcze reguły liczenia głosów: wybierz ją przed otwarciem głosowania, aby wszyscy wiedzieli, jak będą liczone głosy.</translation>
    </message>
    <message>
        <source>The counting rule %1 cannot count round %2: %3</source>
        <translation>Reguła liczenia głosów %1 nie może policzyć głosów w turze %2: %3</translation>
    </message>
    <message>
        <source>Round %1 has no registered kiosk: register the public key made on each kiosk before voting opens.</source>
        <translation>Tura %1 nie ma zarejestrowanego kiosku: przed otwarciem głosowania zarejestruj klucz publiczny utworzony na każdym kiosku.</translation>
    </message>
    <message>
        <source>Round %1 has no election key yet: create one with &quot;pbvote keys create --kind election --round %1&quot;.</source>
        <translation>Tura %1 nie ma jeszcze klucza głosowania: utwórz go poleceniem „pbvote keys create --kind election --round %1”.</translation>
    </message>
    <message>
        <source>The unlocked secret key is not the authority key &quot;%1&quot;.</source>
        <translation>Odblokowany tajny klucz nie jest kluczem organu „%1”.</translation>
    </message>
    <message>
        <source>Round %1 has no registered kiosk: create one with &quot;pbvote keys create --kind kiosk --name K1 --round %1&quot;.</source>
        <translation>Tura %1 nie ma zarejestrowanego kiosku: utwórz go poleceniem „pbvote keys create --kind kiosk --name K1 --round %1”.</translation>
    </message>
    <message>
        <source>Round %1 cannot open: the database already holds ballots for it.</source>
        <translation>Nie można otworzyć tury %1: baza danych zawiera już karty z tej tury.</translation>
    </message>
    <message>
        <source>Voting opened; manifest %1</source>
        <translation>Otwarto głosowanie; manifest %1</translation>
    </message>
    <message>
        <source>Round %1 has not been opened, so it has no signed manifest yet.</source>
        <translation>Tura %1 nie została otwarta, więc nie ma jeszcze podpisanego manifestu.</translation>
    </message>
    <message>
        <source>Round %1 is not open for voting.</source>
        <translation>Głosowanie w turze %1 nie jest otwarte.</translation>
    </message>
    <message>
        <source>This database belongs to kiosk %1; kiosk %2 cannot record ballots in it.</source>
        <translation>Ta baza danych należy do kiosku %1; kiosk %2 nie może zapisywać w niej kart.</translation>
    </message>
    <message>
        <source>The unlocked key is not kiosk %1&apos;s registered key.</source>
        <translation>Odblokowany klucz nie jest zarejestrowanym kluczem kiosku %1.</translation>
    </message>
    <message>
        <source>A ballot that breaks the round&apos;s rules was refused</source>
        <translation>Odrzucono kartę łamiącą zasady tury</translation>
    </message>
    <message>
        <source>A mistyped access code was refused</source>
        <translation>Odrzucono błędnie wpisany kod dostępu</translation>
    </message>
    <message>
        <source>This is not an access code: a code has 12 letters and digits, like K7QX-M2PA-R3TE.</source>
        <translation>To nie jest kod dostępu: kod ma 12 liter i cyfr, np. K7QX-M2PA-R3TE.</translation>
    </message>
    <message>
        <source>An access code that is unknown, used, withdrawn or for another district was refused</source>
        <translation>Odrzucono kod dostępu nieznany, już wykorzystany, wycofany lub przeznaczony dla innej dzielnicy</translation>
    </message>
    <message>
        <source>Voting in round %1 is not open (the round is %2).</source>
        <translation>Głosowanie w turze %1 nie jest otwarte (tura jest w stanie %2).</translation>
    </message>
    <message>
        <source>Kiosk %1 was revoked by the organizers: it cannot record ballots.</source>
        <translation>Organizatorzy unieważnili kiosk %1: nie może on zapisywać kart.</translation>
    </message>
    <message>
        <source>A ballot from a revoked kiosk was refused</source>
        <translation>Odrzucono kartę z unieważnionego kiosku</translation>
    </message>
    <message>
        <source>This access code is not valid for this round. Check it and try again, or ask a poll worker.</source>
        <translation>Ten kod dostępu nie jest ważny w tej turze. Sprawdź go i spróbuj ponownie albo zapytaj obsługę głosowania.</translation>
    </message>
    <message>
        <source>This access code has already been used to vote.</source>
        <translation>Ten kod dostępu został już użyty do głosowania.</translation>
    </message>
    <message>
        <source>This access code was withdrawn by the organizers. A poll worker can give you a new one.</source>
        <translation>Organizatorzy wycofali ten kod dostępu. Obsługa głosowania może wydać Ci nowy.</translation>
    </message>
    <message>
        <source>This access code is for district %1; project %2 is in district %3.</source>
        <translation>Ten kod dostępu jest przeznaczony dla dzielnicy %1; projekt %2 należy do dzielnicy %3.</translation>
    </message>
    <message>
        <source>Ballot cast</source>
        <translation>Oddano kartę</translation>
    </message>
    <message>
        <source>The ballot was NOT recorded: %1</source>
        <translation>Karta NIE została zapisana: %1</translation>
    </message>
    <message>
        <source>Final checkpoint of batch %1: %2 ballots</source>
        <translation>Końcowy punkt kontrolny partii %1 (liczba kart: %2)</translation>
    </message>
    <message>
        <source>Voting paused; checkpoint of batch %1: %2 ballots</source>
        <translation>Wstrzymano głosowanie; punkt kontrolny partii %1 (liczba kart: %2)</translation>
    </message>
    <message>
        <source>the event log is empty</source>
        <translation>dziennik zdarzeń jest pusty</translation>
    </message>
    <message>
        <source>No kiosk has voted in this database yet, so there is nothing to checkpoint.</source>
        <translation>W tej bazie danych nie głosowano jeszcze w żadnym kiosku, więc nie ma czego objąć punktem kontrolnym.</translation>
    </message>
    <message>
        <source>Voting resumed</source>
        <translation>Wznowiono głosowanie</translation>
    </message>
    <message>
        <source>Kiosk %1 voted in this database: its key must sign the final checkpoint.</source>
        <translation>W tej bazie danych głosowano w kiosku %1: jego klucz musi podpisać końcowy punkt kontrolny.</translation>
    </message>
    <message>
        <source>Voting closed</source>
        <translation>Zamknięto głosowanie</translation>
    </message>
    <message>
        <source>Round %1 is %2: it can only be tallied once it is closed.</source>
        <translation>Tura %1 jest w stanie %2: głosy można w niej policzyć dopiero po jej zamknięciu.</translation>
    </message>
    <message>
        <source>Round %1 was already tallied with %2 and the new count differs from the stored one; the stored result is kept. Investigate before publishing.</source>
        <translation>Głosy w turze %1 zostały już policzone według reguły %2, a nowe liczenie różni się od zapisanego; zachowano zapisany wynik. Zbadaj sprawę przed publikacją.</translation>
    </message>
    <message>
        <source>Counted with %1</source>
        <translation>Policzono głosy według reguły %1</translation>
    </message>
</context>
<context>
    <name>CanonicalJson</name>
    <message>
        <source>byte 0x%1</source>
        <translation>bajt 0x%1</translation>
    </message>
    <message>
        <source>unexpected end of text in an object</source>
        <translation>nieoczekiwany koniec tekstu wewnątrz obiektu</translation>
    </message>
    <message>
        <source>unexpected end of text in an array</source>
        <translation>nieoczekiwany koniec tekstu wewnątrz tablicy</translation>
    </message>
    <message>
        <source>unexpected end of text</source>
        <translation>nieoczekiwany koniec tekstu</translation>
    </message>
    <message>
        <source>text larger than 4 GiB</source>
        <translation>tekst większy niż 4 GiB</translation>
    </message>
    <message>
        <source>byte-order mark at the start of the text</source>
        <translation>znacznik kolejności bajtów na początku tekstu</translation>
    </message>
    <message>
        <source>no value in the text (expected an object or an array)</source>
        <translation>w tekście nie ma żadnej wartości (oczekiwano obiektu lub tablicy)</translation>
    </message>
    <message>
        <source>the top-level value must be an object or an array</source>
        <translation>wartość najwyższego poziomu musi być obiektem lub tablicą</translation>
    </message>
    <message>
        <source>text after the top-level value</source>
        <translation>tekst po wartości najwyższego poziomu</translation>
    </message>
    <message>
        <source>expected &apos;,&apos; or &apos;}&apos; after an object member, found %1</source>
        <translation>oczekiwano &apos;,&apos; lub &apos;}&apos; po elemencie obiektu, znaleziono %1</translation>
    </message>
    <message>
        <source>expected &apos;,&apos; or &apos;]&apos; after an array element, found %1</source>
        <translation>oczekiwano &apos;,&apos; lub &apos;]&apos; po elemencie tablicy, znaleziono %1</translation>
    </message>
    <message>
        <source>nesting deeper than %1</source>
        <translation>zagnieżdżenie głębsze niż %1</translation>
    </message>
    <message>
        <source>expected a string key in an object, found %1</source>
        <translation>oczekiwano klucza tekstowego w obiekcie, znaleziono %1</translation>
    </message>
    <message>
        <source>duplicate object key (%1)</source>
        <translation>powtórzony klucz obiektu (%1)</translation>
    </message>
    <message>
        <source>object keys not in ascending order (%1 after %2)</source>
        <translation>klucze obiektu nie są w kolejności rosnącej (%1 po %2)</translation>
    </message>
    <message>
        <source>expected &apos;:&apos; after an object key, found %1</source>
        <translation>oczekiwano &apos;:&apos; po kluczu obiektu, znaleziono %1</translation>
    </message>
    <message>
        <source>unterminated string</source>
        <translation>niezakończony łańcuch znaków</translation>
    </message>
    <message>
        <source>raw control character U+%1 in a string (the canonical form escapes it)</source>
        <translation>surowy znak sterujący U+%1 w łańcuchu (postać kanoniczna zapisuje go jako sekwencję ucieczki)</translation>
    </message>
    <message>
        <source>\/ where the canonical form writes / itself</source>
        <translation>\/ tam, gdzie postać kanoniczna zapisuje samo /</translation>
    </message>
    <message>
        <source>invalid escape \%1</source>
        <translation>nieprawidłowa sekwencja ucieczki \%1</translation>
    </message>
    <message>
        <source>truncated \u escape</source>
        <translation>ucięta sekwencja \u</translation>
    </message>
    <message>
        <source>invalid \u escape (needs four hex digits)</source>
        <translation>nieprawidłowa sekwencja \u (potrzebne cztery cyfry szesnastkowe)</translation>
    </message>
    <message>
        <source>surrogate escape %1 (the canonical form writes characters as raw UTF-8)</source>
        <translation>sekwencja surogatu %1 (postać kanoniczna zapisuje znaki jako surowe UTF-8)</translation>
    </message>
    <message>
        <source>%1 where the canonical form writes the character itself</source>
        <translation>%1 tam, gdzie postać kanoniczna zapisuje sam znak</translation>
    </message>
    <message>
        <source>%1 where the canonical form writes %2</source>
        <translation>%1 tam, gdzie postać kanoniczna zapisuje %2</translation>
    </message>
    <message>
        <source>%1 with uppercase hex digits (the canonical form writes lowercase)</source>
        <translation>%1 z wielkimi cyframi szesnastkowymi (postać kanoniczna używa małych)</translation>
    </message>
    <message>
        <source>invalid UTF-8 (unexpected continuation byte)</source>
        <translation>nieprawidłowe UTF-8 (nieoczekiwany bajt kontynuacji)</translation>
    </message>
    <message>
        <source>invalid UTF-8 (overlong form)</source>
        <translation>nieprawidłowe UTF-8 (postać nadmiarowa)</translation>
    </message>
    <message>
        <source>invalid UTF-8 (above U+10FFFF or not a lead byte)</source>
        <translation>nieprawidłowe UTF-8 (powyżej U+10FFFF lub nie jest bajtem początkowym)</translation>
    </message>
    <message>
        <source>invalid UTF-8 (truncated sequence)</source>
        <translation>nieprawidłowe UTF-8 (ucięta sekwencja)</translation>
    </message>
    <message>
        <source>invalid UTF-8 (UTF-16 surrogate)</source>
        <translation>nieprawidłowe UTF-8 (surogat UTF-16)</translation>
    </message>
    <message>
        <source>invalid UTF-8 (above U+10FFFF)</source>
        <translation>nieprawidłowe UTF-8 (powyżej U+10FFFF)</translation>
    </message>
    <message>
        <source>invalid number (&apos;-&apos; without digits)</source>
        <translation>nieprawidłowa liczba (&apos;-&apos; bez cyfr)</translation>
    </message>
    <message>
        <source>number with a leading zero</source>
        <translation>liczba z zerem wiodącym</translation>
    </message>
    <message>
        <source>number with a fraction or exponent (only integers are allowed)</source>
        <translation>liczba z częścią ułamkową lub wykładnikiem (dozwolone są tylko liczby całkowite)</translation>
    </message>
    <message>
        <source>integer outside the 64-bit range</source>
        <translation>liczba całkowita poza zakresem 64 bitów</translation>
    </message>
    <message>
        <source>-0 where the canonical form writes 0</source>
        <translation>-0 tam, gdzie postać kanoniczna zapisuje 0</translation>
    </message>
    <message>
        <source>invalid literal (expected %1)</source>
        <translation>nieprawidłowy literał (oczekiwano %1)</translation>
    </message>
    <message>
        <source>unexpected %1 where a value was expected</source>
        <translation>nieoczekiwany %1 tam, gdzie oczekiwano wartości</translation>
    </message>
    <message>
        <source>mismatched brackets</source>
        <translation>nawiasy otwierający i zamykający nie pasują do siebie</translation>
    </message>
</context>
<context>
    <name>CodeDisplay</name>
    <message>
        <source>Access code: %1 of 12 characters typed</source>
        <translation>Kod dostępu: wpisano %1 z 12 znaków</translation>
    </message>
</context>
<context>
    <name>CodeSheetWriter</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Nie można zapisać %1: %2</translation>
    </message>
    <message>
        <source>Your one-time voting code</source>
        <translation>Twój jednorazowy kod do głosowania</translation>
    </message>
    <message>
        <source>Take this slip to a voting kiosk at any library. Type the code, or ask a librarian for help. The code works once.</source>
        <translation>Zabierz tę kartkę do kiosku do głosowania w dowolnej bibliotece. Wpisz kod albo poproś o pomoc pracownika biblioteki. Kod działa tylko raz.</translation>
    </message>
    <message>
        <source>a sheet has 1 to %1 columns and 1 to %2 rows of slips.</source>
        <translation>arkusz ma od 1 do %1 kolumn i od 1 do %2 wierszy kartek.</translation>
    </message>
    <message>
        <source>the page size is not valid.</source>
        <translation>rozmiar strony jest nieprawidłowy.</translation>
    </message>
    <message>
        <source>Access codes</source>
        <translation>Kody dostępu</translation>
    </message>
    <message>
        <source>Access codes: %1</source>
        <translation>Kody dostępu: %1</translation>
    </message>
    <message>
        <source>the PDF could not be started.</source>
        <translation>nie udało się rozpocząć tworzenia pliku PDF.</translation>
    </message>
    <message>
        <source>the sheet is already finished.</source>
        <translation>arkusz jest już zakończony.</translation>
    </message>
    <message>
        <source>an access code must be letters, digits and dashes.</source>
        <translation>kod dostępu może zawierać tylko litery, cyfry i myślniki.</translation>
    </message>
    <message>
        <source>a new page could not be started.</source>
        <translation>nie udało się rozpocząć nowej strony.</translation>
    </message>
    <message>
        <source>the PDF could not be completed.</source>
        <translation>nie udało się dokończyć pliku PDF.</translation>
    </message>
</context>
<context>
    <name>DisplayPanel</name>
    <message>
        <source>Text, colours and sound</source>
        <translation>Tekst, kolory i dźwięk</translation>
    </message>
    <message>
        <source>Text size</source>
        <translation>Wielkość tekstu</translation>
    </message>
    <message>
        <source>Colours</source>
        <translation>Kolory</translation>
    </message>
    <message>
        <source>Read aloud</source>
        <translation>Czytanie na głos</translation>
    </message>
    <message>
        <source>Turn audio off</source>
        <translation>Wyłącz dźwięk</translation>
    </message>
    <message>
        <source>Turn audio on</source>
        <translation>Włącz dźwięk</translation>
    </message>
    <message>
        <source>Slower</source>
        <translation>Wolniej</translation>
    </message>
    <message>
        <source>Faster</source>
        <translation>Szybciej</translation>
    </message>
    <message>
        <source>Restore the usual settings</source>
        <translation>Przywróć zwykłe ustawienia</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Gotowe</translation>
    </message>
</context>
<context>
    <name>DonePage</name>
    <message>
        <source>Your receipt code is %1.</source>
        <translation>Twój kod potwierdzenia to %1.</translation>
    </message>
    <message>
        <source>Thank you! Your vote has been recorded.</source>
        <translation>Dziękujemy! Twój głos został zapisany.</translation>
    </message>
    <message>
        <source>Your receipt code:</source>
        <translation>Twój kod potwierdzenia:</translation>
    </message>
    <message>
        <source>Write it down or scan the square code with your phone. When the results are published, enter this code on the city&apos;s results page, or ask at the library, to see that your ballot was counted. The code does not show how you voted.</source>
        <translation>Zapisz go albo zeskanuj kwadratowy kod telefonem. Gdy wyniki zostaną opublikowane, wpisz ten kod na miejskiej stronie z wynikami lub zapytaj w bibliotece, aby sprawdzić, czy Twój głos został policzony. Kod nie zdradza, na co głosowano.</translation>
    </message>
    <message>
        <source>QR code of your receipt code</source>
        <translation>Kod QR z Twoim kodem potwierdzenia</translation>
    </message>
    <message numerus="yes">
        <source>This screen will clear itself in %n second(s).</source>
        <translation>
            <numerusform>Ten ekran wyczyści się za %n sekundę.</numerusform>
            <numerusform>Ten ekran wyczyści się za %n sekundy.</numerusform>
            <numerusform>Ten ekran wyczyści się za %n sekund.</numerusform>
        </translation>
    </message>
    <message>
        <source>Finish</source>
        <translation>Zakończ</translation>
    </message>
</context>
<context>
    <name>ElectionRecord</name>
    <message>
        <source>The event log is damaged: %1</source>
        <translation>Dziennik zdarzeń jest uszkodzony: %1</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Nie można zapisać %1: %2</translation>
    </message>
</context>
<context>
    <name>EqualShares</name>
    <message>
        <source>%1: the budget is negative (%2).</source>
        <translation>%1: budżet jest ujemny (%2).</translation>
    </message>
    <message>
        <source>%1: project %2 has a negative cost (%3).</source>
        <translation>%1: projekt %2 ma ujemny koszt (%3).</translation>
    </message>
    <message>
        <source>%1: Borda utilities need ordinal ballots.</source>
        <translation>%1: punktacja Bordy wymaga głosowania rankingowego.</translation>
    </message>
    <message>
        <source>%1: ballot %2 names an unknown or repeated project.</source>
        <translation>%1: karta %2 wymienia nieznany lub powtórzony projekt.</translation>
    </message>
    <message>
        <source>%1: ballot %2 gives points to %3 projects but names %4.</source>
        <translation>%1: karta %2 przyznaje punkty projektom w liczbie %3, ale wymienia ich %4.</translation>
    </message>
    <message>
        <source>%1: ballot %2 gives negative points.</source>
        <translation>%1: karta %2 przyznaje ujemne punkty.</translation>
    </message>
    <message>
        <source>Funded %1: its %2 supporters shared its cost of %3 in proportion to how much they valued it, %4 per point of value.</source>
        <translation>Sfinansowany jako %1 w kolejności: jego zwolennicy, w liczbie %2, podzielili się jego kosztem %3 proporcjonalnie do tego, jak wysoko go cenili, po %4 za punkt wartości.</translation>
    </message>
    <message>
        <source>Funded %1: %2 of its supporters shared its cost of %3 equally, %4 each.</source>
        <translation>Sfinansowany jako %1 w kolejności: jego kosztem %3 podzieliła się po równo część zwolenników, w liczbie %2, po %4 na osobę.</translation>
    </message>
    <message>
        <source>Funded %1: its %2 supporters shared its cost of %3 equally, %4 each.</source>
        <translation>Sfinansowany jako %1 w kolejności: jego zwolennicy, w liczbie %2, podzielili się po równo jego kosztem %3, po %4 na osobę.</translation>
    </message>
    <message>
        <source>Funded %1: its supporters shared its cost of %2; %3 paid an equal share of %4 each, %5 paid everything they had left.</source>
        <translation>Sfinansowany jako %1 w kolejności: jego zwolennicy podzielili się jego kosztem %2; równą część po %4 zapłacili zwolennicy w liczbie %3, a wszystko, co im zostało, zwolennicy w liczbie %5.</translation>
    </message>
    <message>
        <source>%1 other supporters had already spent their share on projects funded before.</source>
        <translation>Pozostali zwolennicy, w liczbie %1, wydali już swój udział na projekty sfinansowane wcześniej.</translation>
    </message>
    <message>
        <source>Funded %1: it costs nothing and %2 voters supported it, so it was taken before any money was shared out.</source>
        <translation>Sfinansowany jako %1 w kolejności: nic nie kosztuje, a poparli go głosujący w liczbie %2, więc wybrano go, zanim rozdzielono jakiekolwiek pieniądze.</translation>
    </message>
    <message>
        <source>Funded %1 from the money the method of equal shares left over (%2): the completion step took projects by number of votes and this one (%3 votes, cost %4) still fitted in the %5 left at its turn.</source>
        <translation>Sfinansowany jako %1 w kolejności z pieniędzy, które zostały po metodzie równych udziałów (%2): krok uzupełniający brał projekty według liczby głosów, a ten (głosy: %3, koszt %4) zmieścił się jeszcze w kwocie %5, która została, gdy przyszła jego kolej.</translation>
    </message>
    <message>
        <source>Not funded by equal shares: it costs nothing, and this count measures what a project brings its supporters by its cost, so it carries no weight here.</source>
        <translation>Niesfinansowany metodą równych udziałów: nic nie kosztuje, a to liczenie mierzy korzyść, jaką projekt daje zwolennikom, jego kosztem, więc nie ma on tu żadnej wagi.</translation>
    </message>
    <message>
        <source>Not funded: nobody voted for it.</source>
        <translation>Niesfinansowany: nikt na niego nie głosował.</translation>
    </message>
    <message>
        <source>Not funded.</source>
        <translation>Niesfinansowany.</translation>
    </message>
    <message>
        <source>Not funded: its %1 supporters together held only %2 of the %3 it costs, even before paying for anything else (each voter&apos;s share of the budget is %4).</source>
        <translation>Niesfinansowany: jego zwolennicy, w liczbie %1, mieli razem tylko %2 z %3, które kosztuje, jeszcze zanim za cokolwiek zapłacili (udział każdego głosującego w budżecie wynosi %4).</translation>
    </message>
    <message>
        <source>Not funded: its %1 supporters had only %2 of the %3 it costs left after paying for projects they also supported.</source>
        <translation>Niesfinansowany: jego zwolennikom, w liczbie %1, zostało tylko %2 z %3, które kosztuje, po zapłaceniu za inne projekty, które też poparli.</translation>
    </message>
    <message>
        <source>The completion step could not fund it either: only %1 was left when its turn came.</source>
        <translation>Krok uzupełniający też nie mógł go sfinansować: gdy przyszła jego kolej, zostało tylko %1.</translation>
    </message>
</context>
<context>
    <name>IdleWarning</name>
    <message>
        <source>Do you need more time?</source>
        <translation>Potrzebujesz więcej czasu?</translation>
    </message>
    <message numerus="yes">
        <source>To protect your privacy, this ballot will be cleared in %n second(s) unless you touch the screen.</source>
        <translation>
            <numerusform>Dla ochrony Twojej prywatności ta karta zostanie wyczyszczona za %n sekundę, jeśli nie dotkniesz ekranu.</numerusform>
            <numerusform>Dla ochrony Twojej prywatności ta karta zostanie wyczyszczona za %n sekundy, jeśli nie dotkniesz ekranu.</numerusform>
            <numerusform>Dla ochrony Twojej prywatności ta karta zostanie wyczyszczona za %n sekund, jeśli nie dotkniesz ekranu.</numerusform>
        </translation>
    </message>
    <message>
        <source>I need more time</source>
        <translation>Potrzebuję więcej czasu</translation>
    </message>
    <message>
        <source>Start over</source>
        <translation>Zacznij od nowa</translation>
    </message>
</context>
<context>
    <name>Keypad</name>
    <message>
        <source>Erase</source>
        <translation>Usuń</translation>
    </message>
    <message>
        <source>Erase the last character</source>
        <translation>Usuń ostatni znak</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Wyczyść</translation>
    </message>
    <message>
        <source>Clear the whole code</source>
        <translation>Wyczyść cały kod</translation>
    </message>
</context>
<context>
    <name>LanguagePanel</name>
    <message>
        <source>Choose your language</source>
        <translation>Wybierz język</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Zamknij</translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <source>pbvote kiosk</source>
        <translation>Kiosk do głosowania pbvote</translation>
    </message>
    <message>
        <source>Start over?</source>
        <translation>Zacząć od nowa?</translation>
    </message>
    <message>
        <source>The choices on this ballot will be cleared. Nothing has been stored, and your code stays valid.</source>
        <translation>Wybory na tej karcie zostaną usunięte. Nic nie zostało zapisane, a Twój kod nadal jest ważny.</translation>
    </message>
    <message>
        <source>No, keep my ballot</source>
        <translation>Nie, zachowaj moją kartę</translation>
    </message>
    <message>
        <source>Yes, start over</source>
        <translation>Tak, zacznij od nowa</translation>
    </message>
</context>
<context>
    <name>NoticeBanner</name>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Close this message</source>
        <translation>Zamknij ten komunikat</translation>
    </message>
</context>
<context>
    <name>OperatorPage</name>
    <message>
        <source>Staff screen</source>
        <translation>Ekran obsługi</translation>
    </message>
    <message>
        <source>Staff only: enter the operator PIN</source>
        <translation>Tylko dla obsługi: wpisz PIN operatora</translation>
    </message>
    <message>
        <source>Kiosk %1</source>
        <translation>Kiosk %1</translation>
    </message>
    <message>
        <source>Voting: %1</source>
        <translation>Głosowanie: %1</translation>
    </message>
    <message>
        <source>Ballots stored on this kiosk: %1</source>
        <translation>Karty zapisane w tym kiosku: %1</translation>
    </message>
    <message>
        <source>Pause voting</source>
        <translation>Wstrzymaj głosowanie</translation>
    </message>
    <message>
        <source>Reopen voting</source>
        <translation>Wznów głosowanie</translation>
    </message>
    <message>
        <source>Close voting for good</source>
        <translation>Zamknij głosowanie na stałe</translation>
    </message>
    <message>
        <source>Closing ends voting at this kiosk for this round. It cannot be undone. Close now?</source>
        <translation>Zamknięcie kończy głosowanie w tym kiosku w tej turze. Tego nie można cofnąć. Zamknąć teraz?</translation>
    </message>
    <message>
        <source>Yes, close voting</source>
        <translation>Tak, zamknij głosowanie</translation>
    </message>
    <message>
        <source>No, keep it open</source>
        <translation>Nie, zostaw otwarte</translation>
    </message>
    <message>
        <source>Witness codes for the paper log</source>
        <translation>Kody kontrolne do papierowego rejestru</translation>
    </message>
    <message>
        <source>None yet: a witness code appears each time voting is paused or closed.</source>
        <translation>Jeszcze brak: kod kontrolny pojawia się po każdym wstrzymaniu lub zamknięciu głosowania.</translation>
    </message>
    <message numerus="yes">
        <source>Final, batch %1: %2 (%n ballot(s) in all, %3)</source>
        <translation>
            <numerusform>Pakiet %1 (końcowy): %2 (łącznie %n karta, %3)</numerusform>
            <numerusform>Pakiet %1 (końcowy): %2 (łącznie %n karty, %3)</numerusform>
            <numerusform>Pakiet %1 (końcowy): %2 (łącznie %n kart, %3)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Batch %1: %2 (%n ballot(s) in all, %3)</source>
        <translation>
            <numerusform>Pakiet %1: %2 (łącznie %n karta, %3)</numerusform>
            <numerusform>Pakiet %1: %2 (łącznie %n karty, %3)</numerusform>
            <numerusform>Pakiet %1: %2 (łącznie %n kart, %3)</numerusform>
        </translation>
    </message>
    <message>
        <source>Lock and return to voting</source>
        <translation>Zablokuj i wróć do głosowania</translation>
    </message>
    <message>
        <source>Quit the kiosk program</source>
        <translation>Zamknij program kiosku</translation>
    </message>
</context>
<context>
    <name>PinPad</name>
    <message numerus="yes">
        <source>%n digit(s) typed</source>
        <translation>
            <numerusform>Wpisano %n cyfrę</numerusform>
            <numerusform>Wpisano %n cyfry</numerusform>
            <numerusform>Wpisano %n cyfr</numerusform>
        </translation>
    </message>
    <message>
        <source>Erase</source>
        <translation>Usuń</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Anuluj</translation>
    </message>
</context>
<context>
    <name>ProjectCard</name>
    <message numerus="yes">
        <source>%n point(s) given</source>
        <translation>
            <numerusform>Przyznano %n punkt</numerusform>
            <numerusform>Przyznano %n punkty</numerusform>
            <numerusform>Przyznano %n punktów</numerusform>
        </translation>
    </message>
    <message>
        <source>No points given</source>
        <translation>Brak punktów</translation>
    </message>
    <message>
        <source>Your choice number %1</source>
        <translation>Twój wybór nr %1</translation>
    </message>
    <message>
        <source>Not ranked</source>
        <translation>Poza rankingiem</translation>
    </message>
    <message>
        <source>Chosen</source>
        <translation>Wybrany</translation>
    </message>
    <message>
        <source>Costs more than what is left</source>
        <translation>Kosztuje więcej, niż zostało</translation>
    </message>
    <message>
        <source>Not chosen</source>
        <translation>Niewybrany</translation>
    </message>
    <message>
        <source>Cost: %1</source>
        <translation>Koszt: %1</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Szczegóły</translation>
    </message>
    <message>
        <source>Details about %1</source>
        <translation>Szczegóły: %1</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Cofnij wybór</translation>
    </message>
    <message>
        <source>Choose</source>
        <translation>Wybierz</translation>
    </message>
    <message>
        <source>Remove %1</source>
        <translation>Cofnij wybór: %1</translation>
    </message>
    <message>
        <source>Choose %1</source>
        <translation>Wybierz: %1</translation>
    </message>
    <message>
        <source>Remove from ranking</source>
        <translation>Usuń z rankingu</translation>
    </message>
    <message>
        <source>Rank next</source>
        <translation>Dodaj do rankingu</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>W górę</translation>
    </message>
    <message>
        <source>Move %1 up the ranking</source>
        <translation>Przesuń wyżej w rankingu: %1</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>W dół</translation>
    </message>
    <message>
        <source>Move %1 down the ranking</source>
        <translation>Przesuń niżej w rankingu: %1</translation>
    </message>
    <message>
        <source>Take a point from %1</source>
        <translation>Odbierz punkt: %1</translation>
    </message>
    <message>
        <source>Give a point to %1</source>
        <translation>Dodaj punkt: %1</translation>
    </message>
    <message>
        <source>Picture: %1</source>
        <translation>Zdjęcie: %1</translation>
    </message>
</context>
<context>
    <name>ProjectDetails</name>
    <message>
        <source>Cost: %1</source>
        <translation>Koszt: %1</translation>
    </message>
    <message>
        <source>Category: %1</source>
        <translation>Kategoria: %1</translation>
    </message>
    <message>
        <source>District: %1</source>
        <translation>Dzielnica: %1</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Cofnij wybór</translation>
    </message>
    <message>
        <source>Choose</source>
        <translation>Wybierz</translation>
    </message>
    <message>
        <source>Remove from ranking</source>
        <translation>Usuń z rankingu</translation>
    </message>
    <message>
        <source>Rank next</source>
        <translation>Dodaj do rankingu</translation>
    </message>
    <message>
        <source>Take a point</source>
        <translation>Odbierz punkt</translation>
    </message>
    <message numerus="yes">
        <source>%n point(s) given</source>
        <translation>
            <numerusform>Przyznano %n punkt</numerusform>
            <numerusform>Przyznano %n punkty</numerusform>
            <numerusform>Przyznano %n punktów</numerusform>
        </translation>
    </message>
    <message>
        <source>Give a point</source>
        <translation>Dodaj punkt</translation>
    </message>
    <message>
        <source>Back to all projects</source>
        <translation>Wróć do wszystkich projektów</translation>
    </message>
    <message>
        <source>Picture: %1</source>
        <translation>Zdjęcie: %1</translation>
    </message>
</context>
<context>
    <name>Record</name>
    <message>
        <source>%1 at byte %2</source>
        <translation>%1 w bajcie %2</translation>
    </message>
    <message>
        <source>truncated record: %1 needs %2 more bytes, %3 left</source>
        <translation>ucięty rekord: %1 potrzebuje jeszcze %2 B, zostało %3 B</translation>
    </message>
    <message>
        <source>length %1 is larger than allowed (%2)</source>
        <translation>długość %1 przekracza dopuszczalną (%2)</translation>
    </message>
    <message>
        <source>text is not valid UTF-8</source>
        <translation>tekst nie jest poprawnym UTF-8</translation>
    </message>
    <message>
        <source>expected a %1 record</source>
        <translation>oczekiwano rekordu %1</translation>
    </message>
    <message>
        <source>Malformed %1: %2</source>
        <translation>Nieprawidłowy format (%1): %2</translation>
    </message>
    <message>
        <source>Malformed %1: %2 unexpected bytes after the end</source>
        <translation>Nieprawidłowy format (%1): nieoczekiwane bajty po końcu (%2 B)</translation>
    </message>
    <message>
        <source>Malformed %1: not in canonical form</source>
        <translation>Nieprawidłowy format (%1): nie w postaci kanonicznej</translation>
    </message>
    <message>
        <source>%1 is %2, above 2^31 - 1</source>
        <translation>%1 wynosi %2, więcej niż 2^31 - 1</translation>
    </message>
    <message>
        <source>unknown ballot kind %1</source>
        <translation>nieznany rodzaj karty %1</translation>
    </message>
    <message>
        <source>too many projects (%1)</source>
        <translation>za dużo projektów (%1)</translation>
    </message>
    <message>
        <source>kiosk &quot;%1&quot; is listed twice or out of order</source>
        <translation>kiosk „%1” występuje dwa razy lub nie po kolei</translation>
    </message>
    <message>
        <source>too many revoked kiosks (%1)</source>
        <translation>za dużo unieważnionych kiosków (%1)</translation>
    </message>
    <message>
        <source>revoked kiosk &quot;%1&quot; is listed twice or out of order</source>
        <translation>unieważniony kiosk „%1” występuje dwa razy lub nie po kolei</translation>
    </message>
    <message>
        <source>Malformed opened ballots: %1 ballots cannot fit in %2 bytes</source>
        <translation>Nieprawidłowy format otwartych kart: tyle kart (%1) nie zmieści się w %2 B</translation>
    </message>
    <message>
        <source>Malformed opened ballots: ballot %1 is out of order</source>
        <translation>Nieprawidłowy format otwartych kart: karta %1 jest nie po kolei</translation>
    </message>
    <message>
        <source>Malformed opened ballots: ballot %1 is damaged</source>
        <translation>Nieprawidłowy format otwartych kart: karta %1 jest uszkodzona</translation>
    </message>
    <message>
        <source>Malformed opened ballots: %1</source>
        <translation>Nieprawidłowy format otwartych kart: %1</translation>
    </message>
    <message>
        <source>Malformed opened ballots: unexpected bytes after the end</source>
        <translation>Nieprawidłowy format otwartych kart: nieoczekiwane bajty po końcu</translation>
    </message>
    <message>
        <source>unknown checkpoint kind %1</source>
        <translation>nieznany rodzaj punktu kontrolnego %1</translation>
    </message>
    <message>
        <source>unknown event type %1</source>
        <translation>nieznany typ zdarzenia %1</translation>
    </message>
    <message>
        <source>an 8-bit field</source>
        <translation>pole 8-bitowe</translation>
    </message>
    <message>
        <source>a 16-bit field</source>
        <translation>pole 16-bitowe</translation>
    </message>
    <message>
        <source>a 32-bit field</source>
        <translation>pole 32-bitowe</translation>
    </message>
    <message>
        <source>a 64-bit field</source>
        <translation>pole 64-bitowe</translation>
    </message>
    <message>
        <source>a fixed-size field</source>
        <translation>pole o stałym rozmiarze</translation>
    </message>
    <message>
        <source>manifest</source>
        <translation>manifest</translation>
    </message>
    <message>
        <source>tally statement</source>
        <translation>protokół liczenia głosów</translation>
    </message>
    <message>
        <source>a choice&apos;s value</source>
        <translation>wartość wyboru</translation>
    </message>
    <message>
        <source>ballot plaintext</source>
        <translation>jawna karta do głosowania</translation>
    </message>
    <message>
        <source>ballot envelope</source>
        <translation>koperta karty do głosowania</translation>
    </message>
    <message>
        <source>checkpoint</source>
        <translation>punkt kontrolny</translation>
    </message>
    <message>
        <source>event</source>
        <translation>zdarzenie</translation>
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
        <translation>Reguła liczenia głosów</translation>
    </message>
    <message>
        <source>Tie-breaking</source>
        <translation>Rozstrzyganie remisów</translation>
    </message>
    <message>
        <source>not stated</source>
        <translation>nie podano</translation>
    </message>
    <message>
        <source>Ballots counted</source>
        <translation>Policzone karty</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation>Budżet</translation>
    </message>
    <message>
        <source>Used</source>
        <translation>Wykorzystano</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>Zostało</translation>
    </message>
    <message>
        <source>Funded projects</source>
        <translation>Projekty wybrane do finansowania</translation>
    </message>
    <message>
        <source>No project is funded.</source>
        <translation>Żaden projekt nie otrzymał finansowania.</translation>
    </message>
    <message>
        <source>#</source>
        <translation>Nr</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Projekt</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Koszt</translation>
    </message>
    <message>
        <source>Ranking</source>
        <translation>Ranking</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>Miejsce</translation>
    </message>
    <message>
        <source>Votes</source>
        <translation>Głosy</translation>
    </message>
    <message>
        <source>Funded</source>
        <translation>Sfinansowany</translation>
    </message>
    <message>
        <source>n/a</source>
        <translation>nd.</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Tak</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nie</translation>
    </message>
    <message>
        <source>Why each project won or lost</source>
        <translation>Dlaczego każdy projekt wygrał lub przegrał</translation>
    </message>
    <message>
        <source>funded, rank %1</source>
        <translation>sfinansowany, miejsce %1</translation>
    </message>
    <message>
        <source>not funded</source>
        <translation>niesfinansowany</translation>
    </message>
    <message>
        <source>(The rule gave no reason.)</source>
        <translation>(Reguła nie podała powodu.)</translation>
    </message>
    <message>
        <source>Cannot write the results to &quot;%1&quot;: %2</source>
        <translation>Nie można zapisać wyników do „%1”: %2</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Strona %1 z %2</translation>
    </message>
    <message>
        <source>Round: %1</source>
        <translation>Tura: %1</translation>
    </message>
    <message>
        <source>District: %1 (%2)</source>
        <translation>Dzielnica: %1 (%2)</translation>
    </message>
    <message>
        <source>City-wide projects</source>
        <translation>Projekty ogólnomiejskie</translation>
    </message>
    <message>
        <source>The result gives no separate figures per district; the whole round is shown.</source>
        <translation>Wynik nie zawiera osobnych danych dla dzielnic; pokazano całą turę.</translation>
    </message>
    <message>
        <source>the PDF could not be started.</source>
        <translation>nie udało się rozpocząć tworzenia pliku PDF.</translation>
    </message>
    <message>
        <source>a new page could not be started.</source>
        <translation>nie udało się rozpocząć nowej strony.</translation>
    </message>
</context>
<context>
    <name>ReviewPage</name>
    <message>
        <source>Check your ballot</source>
        <translation>Sprawdź swój głos</translation>
    </message>
    <message>
        <source>When you press &quot;Cast my vote&quot; your ballot is sealed, signed and stored. It cannot be changed after that.</source>
        <translation>Po naciśnięciu „Oddaj głos” Twoja karta zostanie zapieczętowana, podpisana i zapisana. Potem nie można jej już zmienić.</translation>
    </message>
    <message>
        <source>Cast my vote</source>
        <translation>Oddaj głos</translation>
    </message>
    <message>
        <source>Change my choices</source>
        <translation>Zmień mój wybór</translation>
    </message>
</context>
<context>
    <name>Round</name>
    <message>
        <source>the round is already %1.</source>
        <translation>tura jest już w stanie %1.</translation>
    </message>
    <message>
        <source>a closed round can never be opened again or changed.</source>
        <translation>zamkniętej tury nie można już nigdy ponownie otworzyć ani zmienić.</translation>
    </message>
    <message>
        <source>a draft round must be opened first.</source>
        <translation>turę w wersji roboczej trzeba najpierw otworzyć.</translation>
    </message>
    <message>
        <source>a round can only be tallied after it is closed.</source>
        <translation>głosy w turze można policzyć dopiero po jej zamknięciu.</translation>
    </message>
    <message>
        <source>that step is not part of a round&apos;s lifecycle.</source>
        <translation>ten krok nie należy do cyklu życia tury.</translation>
    </message>
    <message>
        <source>Cannot move the round from %1 to %2: %3</source>
        <translation>Nie można przenieść tury ze stanu %1 do stanu %2: %3</translation>
    </message>
    <message>
        <source>A project needs an id.</source>
        <translation>Projekt musi mieć identyfikator.</translation>
    </message>
    <message>
        <source>Project %1 has no title.</source>
        <translation>Projekt %1 nie ma tytułu.</translation>
    </message>
    <message>
        <source>Project %1 must cost more than zero.</source>
        <translation>Projekt %1 musi kosztować więcej niż zero.</translation>
    </message>
    <message>
        <source>Project %1 is in district &quot;%2&quot;, which the round does not have.</source>
        <translation>Projekt %1 należy do dzielnicy „%2”, której nie ma w tej turze.</translation>
    </message>
    <message>
        <source>Project %1 costs more than the whole budget it competes for.</source>
        <translation>Projekt %1 kosztuje więcej niż cały budżet, o który się ubiega.</translation>
    </message>
    <message>
        <source>The round has no name.</source>
        <translation>Tura nie ma nazwy.</translation>
    </message>
    <message>
        <source>The round&apos;s budget cannot be negative.</source>
        <translation>Budżet tury nie może być ujemny.</translation>
    </message>
    <message>
        <source>The currency must be a three-letter code such as EUR, got &quot;%1&quot;.</source>
        <translation>Waluta musi być trzyliterowym kodem, np. EUR, a podano „%1”.</translation>
    </message>
    <message>
        <source>District id &quot;%1&quot; is empty or used twice.</source>
        <translation>Identyfikator dzielnicy „%1” jest pusty lub użyty dwa razy.</translation>
    </message>
    <message>
        <source>District %1 has a negative budget.</source>
        <translation>Dzielnica %1 ma ujemny budżet.</translation>
    </message>
    <message>
        <source>Project id &quot;%1&quot; is empty or used twice.</source>
        <translation>Identyfikator projektu „%1” jest pusty lub użyty dwa razy.</translation>
    </message>
    <message>
        <source>Project %1 is in category &quot;%2&quot;, which is not one of the round&apos;s categories.</source>
        <translation>Projekt %1 należy do kategorii „%2”, której nie ma wśród kategorii tury.</translation>
    </message>
    <message>
        <source>Category &quot;%1&quot; is empty or listed twice.</source>
        <translation>Kategoria „%1” jest pusta lub występuje dwa razy.</translation>
    </message>
    <message>
        <source>Voting must close after it opens.</source>
        <translation>Głosowanie musi się kończyć po jego rozpoczęciu.</translation>
    </message>
    <message>
        <source>A round can hold at most 65,535 projects.</source>
        <translation>Tura może obejmować najwyżej 65 535 projektów.</translation>
    </message>
    <message>
        <source>The number of projects to choose cannot be negative.</source>
        <translation>Liczba projektów do wyboru nie może być ujemna.</translation>
    </message>
    <message>
        <source>The minimum number of projects to choose is above the maximum.</source>
        <translation>Minimalna liczba projektów do wyboru jest większa od maksymalnej.</translation>
    </message>
    <message>
        <source>The minimum number of projects to choose is more than the ballot has.</source>
        <translation>Minimalna liczba projektów do wyboru przekracza liczbę projektów na karcie.</translation>
    </message>
    <message>
        <source>The minimum share of the budget must be between 0 and 100%.</source>
        <translation>Minimalny udział budżetu musi wynosić od 0 do 100%.</translation>
    </message>
    <message>
        <source>A minimum share of the budget only applies to knapsack ballots.</source>
        <translation>Minimalny udział budżetu dotyczy tylko głosowania plecakowego.</translation>
    </message>
    <message>
        <source>A cumulative ballot needs a number of points to spread.</source>
        <translation>Głosowanie kumulatywne wymaga liczby punktów do rozdania.</translation>
    </message>
    <message>
        <source>The points allowed per project cannot be negative.</source>
        <translation>Liczba punktów dozwolona na projekt nie może być ujemna.</translation>
    </message>
    <message>
        <source>Points only apply to cumulative ballots.</source>
        <translation>Punkty dotyczą tylko głosowania kumulatywnego.</translation>
    </message>
    <message>
        <source>Project %1 is listed on the ballot, but its status says it is not on the ballot.</source>
        <translation>Projekt %1 jest na karcie do głosowania, ale jego status mówi, że go na niej nie ma.</translation>
    </message>
    <message>
        <source>Project %1 is kept off the ballot, but its status says it is on the ballot.</source>
        <translation>Projekt %1 jest poza kartą do głosowania, ale jego status mówi, że jest na karcie.</translation>
    </message>
    <message>
        <source>draft</source>
        <comment>round state</comment>
        <translation>wersja robocza</translation>
    </message>
    <message>
        <source>closed</source>
        <comment>round state</comment>
        <translation>zamknięta</translation>
    </message>
    <message>
        <source>open</source>
        <comment>round state</comment>
        <translation>otwarta</translation>
    </message>
    <message>
        <source>suspended</source>
        <comment>round state</comment>
        <translation>wstrzymana</translation>
    </message>
    <message>
        <source>tallied</source>
        <comment>round state</comment>
        <translation>policzona</translation>
    </message>
</context>
<context>
    <name>RoundCounter</name>
    <message>
        <source>Round %1 is %2: ballots are opened only after voting has closed.</source>
        <translation>Tura %1 jest w stanie %2: karty otwiera się dopiero po zamknięciu głosowania.</translation>
    </message>
    <message>
        <source>The round&apos;s manifest signature is not valid: the round&apos;s rules or projects were altered after it opened.</source>
        <translation>Podpis manifestu tury jest nieprawidłowy: zasady lub projekty tury zmieniono po jej otwarciu.</translation>
    </message>
    <message>
        <source>The election secret key has the wrong size.</source>
        <translation>Tajny klucz głosowania ma nieprawidłowy rozmiar.</translation>
    </message>
    <message>
        <source>Ballot %1 of %2 (in ballot-id order, id %3)</source>
        <translation>Karta %1 z %2 (w kolejności identyfikatorów kart, identyfikator %3)</translation>
    </message>
    <message>
        <source>: kiosk %1 is not registered in the manifest.</source>
        <translation>: kiosk %1 nie jest zarejestrowany w manifeście.</translation>
    </message>
    <message>
        <source>: the kiosk signature is not valid.</source>
        <translation>: podpis kiosku jest nieprawidłowy.</translation>
    </message>
    <message>
        <source>: it was cast in another round (manifest differs).</source>
        <translation>: została oddana w innej turze (inny manifest).</translation>
    </message>
    <message>
        <source>: the stored columns disagree with the signed envelope.</source>
        <translation>: zapisane kolumny nie zgadzają się z podpisaną kopertą.</translation>
    </message>
    <message>
        <source>: the sealed vote belongs to another ballot or round.</source>
        <translation>: zapieczętowany głos należy do innej karty lub tury.</translation>
    </message>
    <message>
        <source>: the sealed vote is of the wrong ballot kind.</source>
        <translation>: zapieczętowany głos ma niewłaściwy rodzaj karty.</translation>
    </message>
    <message>
        <source>: the vote breaks the round&apos;s rules: %1</source>
        <translation>: głos łamie zasady tury: %1</translation>
    </message>
    <message>
        <source>: the vote is not in canonical form.</source>
        <translation>: głos nie jest w postaci kanonicznej.</translation>
    </message>
    <message>
        <source>Unknown counting rule &quot;%1&quot;; known rules: %2</source>
        <translation>Nieznana reguła liczenia głosów „%1”; znane reguły: %2</translation>
    </message>
</context>
<context>
    <name>Store</name>
    <message>
        <source>Cannot unlock the %1 key &quot;%2&quot;: %3</source>
        <translation>Nie można odblokować klucza typu %1 „%2”: %3</translation>
    </message>
    <message>
        <source>Round %1 was never opened, so it has no ballots.</source>
        <translation>Tura %1 nigdy nie została otwarta, więc nie ma kart.</translation>
    </message>
</context>
<context>
    <name>TopBar</name>
    <message>
        <source>Language: %1. Change language</source>
        <translation>Język: %1. Zmień język</translation>
    </message>
    <message>
        <source>Text and colours</source>
        <translation>Tekst i kolory</translation>
    </message>
    <message>
        <source>Audio on</source>
        <translation>Dźwięk włączony</translation>
    </message>
    <message>
        <source>Read aloud</source>
        <translation>Czytaj na głos</translation>
    </message>
    <message>
        <source>Start over</source>
        <translation>Zacznij od nowa</translation>
    </message>
    <message>
        <source>Start over: clear this ballot and go back to the first screen</source>
        <translation>Zacznij od nowa: wyczyść tę kartę i wróć do pierwszego ekranu</translation>
    </message>
</context>
<context>
    <name>UnavailablePage</name>
    <message>
        <source>Please ask a librarian for help.</source>
        <translation>Poproś o pomoc pracownika biblioteki.</translation>
    </message>
    <message>
        <source>Staff only</source>
        <translation>Tylko dla obsługi</translation>
    </message>
</context>
<context>
    <name>Verifier</name>
    <message numerus="yes">
        <source>… and %n more problem(s) of this kind.</source>
        <translation>
            <numerusform>… i jeszcze %n problem tego rodzaju.</numerusform>
            <numerusform>… i jeszcze %n problemy tego rodzaju.</numerusform>
            <numerusform>… i jeszcze %n problemów tego rodzaju.</numerusform>
        </translation>
    </message>
    <message>
        <source>ballots[%1], id %2</source>
        <translation>ballots[%1], identyfikator %2</translation>
    </message>
    <message>
        <source>ballots[%1]</source>
        <translation>ballots[%1]</translation>
    </message>
    <message>
        <source>checkpoints[%1] (kiosk %2, batch %3)</source>
        <translation>checkpoints[%1] (kiosk %2, partia %3)</translation>
    </message>
    <message>
        <source>checkpoints[%1]</source>
        <translation>checkpoints[%1]</translation>
    </message>
    <message>
        <source>results[%1] (rule %2)</source>
        <translation>results[%1] (reguła %2)</translation>
    </message>
    <message>
        <source>%1 has an unknown key &quot;%2&quot;.</source>
        <translation>%1 ma nieznany klucz &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>%1 has no &quot;%2&quot;.</source>
        <translation>%1 nie ma pola &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>%1.%2 is not a string.</source>
        <translation>%1.%2 nie jest ciągiem znaków.</translation>
    </message>
    <message>
        <source>%1.%2 is not standard base64 (with padding).</source>
        <translation>%1.%2 nie jest w standardowym base64 (z dopełnieniem).</translation>
    </message>
    <message>
        <source>%1 is not a string.</source>
        <translation>%1 nie jest ciągiem znaków.</translation>
    </message>
    <message>
        <source>%1 is not %2 bytes in lowercase hex.</source>
        <translation>%1 nie jest %2-bajtową wartością zapisaną szesnastkowo małymi literami.</translation>
    </message>
    <message>
        <source>%1.%2 is not a whole number from %3 to %4.</source>
        <translation>%1.%2 nie jest liczbą całkowitą od %3 do %4.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an array.</source>
        <translation>&quot;%1&quot; nie jest tablicą.</translation>
    </message>
    <message>
        <source>%1 is not an object.</source>
        <translation>%1 nie jest obiektem.</translation>
    </message>
    <message>
        <source>The file is a canonical pbvote election record (format version 2)</source>
        <translation>Plik jest kanonicznym zapisem głosowania pbvote (wersja formatu 2)</translation>
    </message>
    <message>
        <source>The manifest is well formed and the record&apos;s copies of its fields match it</source>
        <translation>Manifest ma poprawną budowę, a kopie jego pól w zapisie są z nim zgodne</translation>
    </message>
    <message>
        <source>The manifest is signed by the authority</source>
        <translation>Manifest jest podpisany przez organ</translation>
    </message>
    <message>
        <source>Every ballot is signed by the kiosk it names</source>
        <translation>Każda karta jest podpisana przez kiosk, który wskazuje</translation>
    </message>
    <message>
        <source>Every ballot was cast in this round (manifest hash)</source>
        <translation>Każda karta została oddana w tej turze (skrót manifestu)</translation>
    </message>
    <message>
        <source>Every ballot&apos;s kiosk is registered in the manifest</source>
        <translation>Kiosk każdej karty jest zarejestrowany w manifeście</translation>
    </message>
    <message>
        <source>Ballots are listed in ascending ballot-id order</source>
        <translation>Karty są wymienione w rosnącej kolejności identyfikatorów</translation>
    </message>
    <message>
        <source>No ballot appears twice (same ballot id or same sealed vote)</source>
        <translation>Żadna karta nie występuje dwa razy (ten sam identyfikator lub ten sam zapieczętowany głos)</translation>
    </message>
    <message>
        <source>Every sealed vote has the length the manifest fixes</source>
        <translation>Każdy zapieczętowany głos ma długość ustaloną w manifeście</translation>
    </message>
    <message>
        <source>Every receipt code is the one computed from its signed ballot</source>
        <translation>Każdy kod potwierdzenia jest tym, który wynika z podpisanej karty</translation>
    </message>
    <message>
        <source>Every checkpoint is signed by its kiosk for this round</source>
        <translation>Każdy punkt kontrolny jest podpisany przez swój kiosk dla tej tury</translation>
    </message>
    <message>
        <source>Each kiosk&apos;s checkpoints form one chain: batches 1..n, linked, only the last final</source>
        <translation>Punkty kontrolne każdego kiosku tworzą jeden łańcuch: partie 1..n, powiązane, tylko ostatni jest końcowy</translation>
    </message>
    <message>
        <source>Each batch holds as many ballots and spent codes as its checkpoint says</source>
        <translation>Każda partia zawiera tyle kart i wykorzystanych kodów, ile podaje jej punkt kontrolny</translation>
    </message>
    <message>
        <source>Each batch&apos;s ballots and spent codes have the Merkle roots its checkpoint signs</source>
        <translation>Karty i wykorzystane kody każdej partii mają korzenie Merkle&apos;a podpisane w jej punkcie kontrolnym</translation>
    </message>
    <message>
        <source>Every ballot belongs to a batch that has a checkpoint</source>
        <translation>Każda karta należy do partii, która ma punkt kontrolny</translation>
    </message>
    <message>
        <source>Every kiosk that took part signed a final checkpoint</source>
        <translation>Każdy kiosk, który brał udział, podpisał końcowy punkt kontrolny</translation>
    </message>
    <message>
        <source>No batch of ballots is so small that its voters could be singled out</source>
        <translation>Żadna partia kart nie jest tak mała, że dałoby się wskazać jej wyborców</translation>
    </message>
    <message>
        <source>The event log is one unbroken hash chain that agrees with the checkpoints, signed to its end</source>
        <translation>Dziennik zdarzeń to jeden nieprzerwany łańcuch skrótów, zgodny z punktami kontrolnymi i podpisany do samego końca</translation>
    </message>
    <message>
        <source>The log&apos;s times never go backwards and lie within the voting period</source>
        <translation>Czasy w dzienniku nigdy się nie cofają i mieszczą się w okresie głosowania</translation>
    </message>
    <message>
        <source>No kiosk records voting after its own close</source>
        <translation>Żaden kiosk nie rejestruje głosowania po własnym zamknięciu</translation>
    </message>
    <message>
        <source>Access codes: the issued list is the signed one, each spent code was issued and spent once</source>
        <translation>Kody dostępu: lista wydanych jest tą podpisaną, każdy wykorzystany kod został wydany i wykorzystany raz</translation>
    </message>
    <message>
        <source>Every result has a tally statement signed by the authority that matches the record</source>
        <translation>Każdy wynik ma podpisany przez organ protokół liczenia głosów zgodny z zapisem</translation>
    </message>
    <message>
        <source>Every result is signed by the authority</source>
        <translation>Każdy wynik jest podpisany przez organ</translation>
    </message>
    <message>
        <source>The opened ballots are the signed ones, valid, and as many as counted</source>
        <translation>Otwarte karty są tymi podpisanymi, są ważne i jest ich tyle, ile policzono</translation>
    </message>
    <message>
        <source>Recounting the opened ballots gives the published result</source>
        <translation>Ponowne policzenie otwartych kart daje opublikowany wynik</translation>
    </message>
    <message>
        <source>The result is counted with the rule fixed in the manifest</source>
        <translation>Wynik jest policzony według reguły ustalonej w manifeście</translation>
    </message>
    <message>
        <source>The witness codes written down at the kiosks match signed checkpoints</source>
        <translation>Kody kontrolne zapisane przy kioskach zgadzają się z podpisanymi punktami kontrolnymi</translation>
    </message>
    <message>
        <source>With the election key: every sealed vote opens, is valid, and the opened ballots are exactly them</source>
        <translation>Z kluczem głosowania: każdy zapieczętowany głos daje się otworzyć i jest ważny, a otwarte karty to dokładnie te głosy</translation>
    </message>
    <message>
        <source>The record does not reveal the order in which ballots were cast</source>
        <translation>Zapis nie ujawnia kolejności, w jakiej oddano karty</translation>
    </message>
    <message>
        <source>The voter&apos;s receipt is in the record and counted</source>
        <translation>Potwierdzenie wyborcy jest w zapisie, a karta została policzona</translation>
    </message>
    <message>
        <source>Not run: the manifest cannot be read (see MANIFEST).</source>
        <translation>Niewykonane: nie można odczytać manifestu (zob. MANIFEST).</translation>
    </message>
    <message>
        <source>Not run: the record cannot be read (see RECORD_FORMAT).</source>
        <translation>Niewykonane: nie można odczytać zapisu (zob. RECORD_FORMAT).</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>Plik jest pusty.</translation>
    </message>
    <message>
        <source>The file is not canonical JSON: at byte %1, %2 (it reads &quot;%3&quot;).</source>
        <translation>Plik nie jest kanonicznym JSON-em: w bajcie %1, %2 (w tym miejscu jest „%3”).</translation>
    </message>
    <message>
        <source>The file is JSON but not an object: it is not an election record.</source>
        <translation>Plik jest w formacie JSON, ale nie jest obiektem: to nie jest zapis głosowania.</translation>
    </message>
    <message>
        <source>&quot;format&quot; is not &quot;pbvote-election-record&quot;: this is not a pbvote election record.</source>
        <translation>&quot;format&quot; nie ma wartości &quot;pbvote-election-record&quot;: to nie jest zapis głosowania pbvote.</translation>
    </message>
    <message>
        <source>Format version 1 (written before the canonical format): its &quot;round&quot; copy is not all checked. Export the round again for a version 2 record.</source>
        <translation>Wersja formatu 1 (zapisana przed formatem kanonicznym): jej kopia &quot;round&quot; nie jest sprawdzana w całości. Wyeksportuj turę ponownie, aby uzyskać zapis w wersji 2.</translation>
    </message>
    <message>
        <source>Format version %1: this verifier reads version %2 (and 1). Use a pbvote that reads it.</source>
        <translation>Wersja formatu %1: ten weryfikator odczytuje wersję %2 (oraz 1). Użyj wersji pbvote, która ją odczytuje.</translation>
    </message>
    <message>
        <source>(not a number)</source>
        <translation>(to nie liczba)</translation>
    </message>
    <message>
        <source>%1 has only part of a tally statement: &quot;statement&quot;, &quot;statement_signature&quot; and &quot;opened_ballots&quot; go together.</source>
        <translation>%1 zawiera tylko część protokołu liczenia głosów: &quot;statement&quot;, &quot;statement_signature&quot; i &quot;opened_ballots&quot; muszą występować razem.</translation>
    </message>
    <message>
        <source>%1: results are not in ascending order of their rule.</source>
        <translation>%1: wyniki nie są uporządkowane rosnąco według reguły.</translation>
    </message>
    <message>
        <source>Canonical JSON, every field known and well encoded.</source>
        <translation>Kanoniczny JSON, każde pole znane i poprawnie zakodowane.</translation>
    </message>
    <message>
        <source>The record has no readable manifest.</source>
        <translation>Zapis nie zawiera czytelnego manifestu.</translation>
    </message>
    <message>
        <source>Kiosks %1 and %2 are registered with the same public key.</source>
        <translation>Kioski %1 i %2 są zarejestrowane z tym samym kluczem publicznym.</translation>
    </message>
    <message>
        <source>&quot;manifest_hash&quot; is %1 but the manifest&apos;s hash is %2.</source>
        <translation>&quot;manifest_hash&quot; ma wartość %1, ale skrót manifestu to %2.</translation>
    </message>
    <message>
        <source>&quot;authority_public_key&quot; is %1 but the manifest names %2.</source>
        <translation>&quot;authority_public_key&quot; ma wartość %1, ale manifest podaje %2.</translation>
    </message>
    <message>
        <source>&quot;authority_fingerprint&quot; is %1 but the manifest&apos;s authority key has fingerprint %2.</source>
        <translation>&quot;authority_fingerprint&quot; ma wartość %1, ale klucz organu z manifestu ma odcisk %2.</translation>
    </message>
    <message>
        <source>round.name is &quot;%1&quot; but the manifest names the round &quot;%2&quot;.</source>
        <translation>round.name ma wartość „%1”, ale manifest nazywa turę „%2”.</translation>
    </message>
    <message>
        <source>round.election_id is %1 but the manifest&apos;s election id is %2.</source>
        <translation>round.election_id ma wartość %1, ale identyfikator głosowania w manifeście to %2.</translation>
    </message>
    <message>
        <source>The manifest&apos;s round is not valid: %1</source>
        <translation>Tura opisana w manifeście jest nieprawidłowa: %1</translation>
    </message>
    <message>
        <source>The manifest&apos;s padded ballot size is %1; its round needs %2.</source>
        <translation>Rozmiar karty z dopełnieniem w manifeście to %1; jego tura wymaga %2.</translation>
    </message>
    <message>
        <source>the budget is negative</source>
        <translation>budżet jest ujemny</translation>
    </message>
    <message>
        <source>district %1&apos;s budget is negative</source>
        <translation>budżet dzielnicy %1 jest ujemny</translation>
    </message>
    <message>
        <source>project %1&apos;s cost is negative</source>
        <translation>koszt projektu %1 jest ujemny</translation>
    </message>
    <message>
        <source>the projects&apos; costs add up to more than 2^63 - 1</source>
        <translation>koszty projektów sumują się do ponad 2^63 - 1</translation>
    </message>
    <message>
        <source>The manifest&apos;s amounts are out of range: %1. Ballots are not checked against it.</source>
        <translation>Kwoty w manifeście są poza zakresem: %1. Karty nie są z nim porównywane.</translation>
    </message>
    <message>
        <source>The manifest&apos;s signature is not valid for the authority key it names: the manifest was altered after it was signed, or signed by someone else.</source>
        <translation>Podpis manifestu nie jest prawidłowy dla klucza organu, który manifest wskazuje: manifest zmieniono po podpisaniu albo podpisał go ktoś inny.</translation>
    </message>
    <message>
        <source>No --authority fingerprint given: the authority key in the record (fingerprint %1) was used. Compare it with the fingerprint the organizers published.</source>
        <translation>Nie podano odcisku --authority: użyto klucza organu z zapisu (odcisk %1). Porównaj go z odciskiem opublikowanym przez organizatorów.</translation>
    </message>
    <message>
        <source>The manifest is signed by the key with fingerprint %1, not by the authority %2 you gave.</source>
        <translation>Manifest jest podpisany kluczem o odcisku %1, a nie przez podany przez Ciebie organ %2.</translation>
    </message>
    <message>
        <source>The authority key&apos;s fingerprint %1 is the one given with --authority.</source>
        <translation>Odcisk klucza organu %1 jest tym podanym przez --authority.</translation>
    </message>
    <message>
        <source>%1: the record says receipt %2, the signed ballot&apos;s receipt is %3.</source>
        <translation>%1: zapis podaje potwierdzenie %2, a potwierdzenie podpisanej karty to %3.</translation>
    </message>
    <message>
        <source>%1: the envelope cannot be read: %2</source>
        <translation>%1: nie można odczytać koperty: %2</translation>
    </message>
    <message>
        <source>%1: kiosk &quot;%2&quot; is not registered in the manifest.</source>
        <translation>%1: kiosk „%2” nie jest zarejestrowany w manifeście.</translation>
    </message>
    <message>
        <source>%1: kiosk &quot;%2&quot; is not registered in the manifest, so no key can check its signature.</source>
        <translation>%1: kiosk „%2” nie jest zarejestrowany w manifeście, więc żaden klucz nie może sprawdzić jego podpisu.</translation>
    </message>
    <message>
        <source>%1: the signature of kiosk %2 is not valid.</source>
        <translation>%1: podpis kiosku %2 jest nieprawidłowy.</translation>
    </message>
    <message>
        <source>%1: it was cast in another round (its manifest hash is %2).</source>
        <translation>%1: została oddana w innej turze (jej skrót manifestu to %2).</translation>
    </message>
    <message>
        <source>%1: the sealed vote is %2 bytes; the manifest fixes %3.</source>
        <translation>%1: zapieczętowany głos ma %2 B; manifest ustala %3 B.</translation>
    </message>
    <message>
        <source>%1 comes after %2: ballots must be listed in ascending ballot-id order.</source>
        <translation>%1 występuje po %2: karty muszą być wymienione w rosnącej kolejności identyfikatorów.</translation>
    </message>
    <message>
        <source>ballots[%1] and ballots[%2] have the same ballot id %3.</source>
        <translation>ballots[%1] i ballots[%2] mają ten sam identyfikator karty %3.</translation>
    </message>
    <message>
        <source>%1 and %2 hold the same sealed vote.</source>
        <translation>%1 i %2 zawierają ten sam zapieczętowany głos.</translation>
    </message>
    <message numerus="yes">
        <source>%n ballot(s) in ascending ballot-id order.</source>
        <translation>
            <numerusform>%n karta w rosnącej kolejności identyfikatorów.</numerusform>
            <numerusform>%n karty w rosnącej kolejności identyfikatorów.</numerusform>
            <numerusform>%n kart w rosnącej kolejności identyfikatorów.</numerusform>
        </translation>
    </message>
    <message>
        <source>Every sealed vote is %1 bytes.</source>
        <translation>Każdy zapieczętowany głos ma %1 B.</translation>
    </message>
    <message>
        <source>%1: the checkpoint cannot be read: %2</source>
        <translation>%1: nie można odczytać punktu kontrolnego: %2</translation>
    </message>
    <message>
        <source>%1: the record says kiosk %2, batch %3; the signed checkpoint says kiosk %4, batch %5.</source>
        <translation>%1: zapis podaje kiosk %2, partię %3; podpisany punkt kontrolny podaje kiosk %4, partię %5.</translation>
    </message>
    <message>
        <source>%1: the record says witness code %2; the signed checkpoint&apos;s witness code is %3.</source>
        <translation>%1: zapis podaje kod kontrolny %2; kod kontrolny podpisanego punktu kontrolnego to %3.</translation>
    </message>
    <message>
        <source>%1: it was signed for another round (its manifest hash is %2).</source>
        <translation>%1: został podpisany dla innej tury (jego skrót manifestu to %2).</translation>
    </message>
    <message>
        <source>%1 comes after %2: checkpoints must be listed by kiosk, then batch, each once.</source>
        <translation>%1 występuje po %2: punkty kontrolne muszą być uporządkowane według kiosku, potem partii, każdy raz.</translation>
    </message>
    <message>
        <source>%1: kiosk %2&apos;s checkpoint number %3 is for batch %4; batches go 1, 2, 3 … without gaps or repeats.</source>
        <translation>%1: punkt kontrolny nr %3 kiosku %2 dotyczy partii %4; partie idą kolejno 1, 2, 3 … bez luk i powtórzeń.</translation>
    </message>
    <message>
        <source>%1: the first checkpoint of a kiosk must have no previous checkpoint.</source>
        <translation>%1: pierwszy punkt kontrolny kiosku nie może mieć poprzedniego punktu kontrolnego.</translation>
    </message>
    <message>
        <source>%1 does not link to the previous checkpoint %2.</source>
        <translation>%1 nie jest powiązany z poprzednim punktem kontrolnym %2.</translation>
    </message>
    <message>
        <source>%1 is final, yet kiosk %2 has later checkpoints.</source>
        <translation>%1 jest końcowy, a mimo to kiosk %2 ma późniejsze punkty kontrolne.</translation>
    </message>
    <message>
        <source>%1 says kiosk %2 took %3 ballots so far; its batches add up to %4.</source>
        <translation>%1 podaje, że liczba kart przyjętych dotąd przez kiosk %2 wynosi %3; jego partie sumują się do %4.</translation>
    </message>
    <message>
        <source>%1 points to an earlier event than the checkpoint before it.</source>
        <translation>%1 wskazuje wcześniejsze zdarzenie niż poprzedni punkt kontrolny.</translation>
    </message>
    <message numerus="yes">
        <source>%n more</source>
        <translation>
            <numerusform>jeszcze %n</numerusform>
            <numerusform>jeszcze %n</numerusform>
            <numerusform>jeszcze %n</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 says %2 ballots; the record holds %3 of that batch.</source>
        <translation>%1 podaje liczbę kart: %2; zapis zawiera z tej partii: %3.</translation>
    </message>
    <message>
        <source>%1 says %2 spent access codes; the record holds %3 of that batch.</source>
        <translation>%1 podaje liczbę wykorzystanych kodów dostępu: %2; zapis zawiera z tej partii: %3.</translation>
    </message>
    <message>
        <source>%1 says %2 ballots but %3 spent access codes: each ballot spends one code.</source>
        <translation>%1 podaje liczbę kart %2, ale liczbę wykorzystanych kodów dostępu %3: każda karta zużywa jeden kod.</translation>
    </message>
    <message>
        <source>%1: the Merkle root of the batch&apos;s %2 ballots is not the one the checkpoint signs: a ballot of the batch was removed, added or changed.</source>
        <translation>%1: korzeń Merkle&apos;a kart partii (liczba kart: %2) nie jest tym, który podpisuje punkt kontrolny: kartę z tej partii usunięto, dodano lub zmieniono.</translation>
    </message>
    <message>
        <source>%1: the Merkle root of the batch&apos;s %2 spent access codes is not the one the checkpoint signs.</source>
        <translation>%1: korzeń Merkle&apos;a wykorzystanych kodów dostępu partii (liczba kodów: %2) nie jest tym, który podpisuje punkt kontrolny.</translation>
    </message>
    <message>
        <source>Kiosk %1 took part but signed no checkpoint at all.</source>
        <translation>Kiosk %1 brał udział, ale nie podpisał żadnego punktu kontrolnego.</translation>
    </message>
    <message>
        <source>Kiosk %1&apos;s last checkpoint (batch %2) is a suspension: it never signed its final checkpoint, so ballots after it may be missing.</source>
        <translation>Ostatni punkt kontrolny kiosku %1 (partia %2) to wstrzymanie: kiosk nie podpisał końcowego punktu kontrolnego, więc może brakować kart oddanych później.</translation>
    </message>
    <message numerus="yes">
        <source>%n batch(es) checked.</source>
        <translation>
            <numerusform>Sprawdzono %n partię.</numerusform>
            <numerusform>Sprawdzono %n partie.</numerusform>
            <numerusform>Sprawdzono %n partii.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 holds %n ballot(s). Someone who knows who voted at that kiosk between its checkpoints and who also holds the election key could link these sealed votes to a few people. The published opened ballots stay unlinked.</source>
        <translation>
            <numerusform>%1 obejmuje %n kartę. Ktoś, kto wie, kto głosował w tym kiosku między jego punktami kontrolnymi, i kto ma też klucz głosowania, mógłby powiązać te zapieczętowane głosy z kilkoma osobami. Opublikowane otwarte karty pozostają niepowiązane.</numerusform>
            <numerusform>%1 obejmuje %n karty. Ktoś, kto wie, kto głosował w tym kiosku między jego punktami kontrolnymi, i kto ma też klucz głosowania, mógłby powiązać te zapieczętowane głosy z kilkoma osobami. Opublikowane otwarte karty pozostają niepowiązane.</numerusform>
            <numerusform>%1 obejmuje %n kart. Ktoś, kto wie, kto głosował w tym kiosku między jego punktami kontrolnymi, i kto ma też klucz głosowania, mógłby powiązać te zapieczętowane głosy z kilkoma osobami. Opublikowane otwarte karty pozostają niepowiązane.</numerusform>
        </translation>
    </message>
    <message>
        <source>Every batch with ballots holds at least %1.</source>
        <translation>Każda partia z kartami zawiera co najmniej %1 kart.</translation>
    </message>
    <message>
        <source>events[%1]</source>
        <translation>events[%1]</translation>
    </message>
    <message>
        <source>%1: the event cannot be read: %2</source>
        <translation>%1: nie można odczytać zdarzenia: %2</translation>
    </message>
    <message>
        <source>%1 has sequence number %2; the log must number events 1, 2, 3 … in order.</source>
        <translation>%1 ma numer kolejny %2; dziennik musi numerować zdarzenia po kolei: 1, 2, 3 …</translation>
    </message>
    <message>
        <source>%1 does not link to the event before it: an event was removed, added or changed.</source>
        <translation>%1 nie jest powiązane z poprzednim zdarzeniem: zdarzenie usunięto, dodano lub zmieniono.</translation>
    </message>
    <message>
        <source>%1, the first event, links to a previous event.</source>
        <translation>%1, pierwsze zdarzenie, jest powiązane z jakimś wcześniejszym zdarzeniem.</translation>
    </message>
    <message>
        <source>%1: these fields differ from the event&apos;s signed bytes: %2.</source>
        <translation>%1: te pola różnią się od podpisanych bajtów zdarzenia: %2.</translation>
    </message>
    <message>
        <source>%1 signs event %2 as the log&apos;s head, but the log&apos;s event %2 is not that event.</source>
        <translation>%1 podpisuje zdarzenie %2 jako czoło dziennika, ale zdarzenie %2 w dzienniku nie jest tym zdarzeniem.</translation>
    </message>
    <message>
        <source>%1: its event %2 is not this kiosk&apos;s %3 event.</source>
        <translation>%1: jego zdarzenie %2 nie jest zdarzeniem %3 tego kiosku.</translation>
    </message>
    <message>
        <source>%1 says %2 ballots; the log records %3 casts at kiosk %4 in that batch.</source>
        <translation>%1 podaje liczbę kart: %2; dziennik odnotowuje w tej partii w kiosku %4 oddane głosy w liczbie %3.</translation>
    </message>
    <message>
        <source>The log records %1 casts at kiosk %2 after its last checkpoint.</source>
        <translation>Dziennik odnotowuje w kiosku %2 oddane głosy po jego ostatnim punkcie kontrolnym (liczba: %1).</translation>
    </message>
    <message>
        <source>The log records %1 casts at kiosk %2, which signed no checkpoint.</source>
        <translation>Dziennik odnotowuje oddane głosy (liczba: %1) w kiosku %2, który nie podpisał żadnego punktu kontrolnego.</translation>
    </message>
    <message numerus="yes">
        <source>%n event(s) in one chain.</source>
        <translation>
            <numerusform>%n zdarzenie w jednym łańcuchu.</numerusform>
            <numerusform>%n zdarzenia w jednym łańcuchu.</numerusform>
            <numerusform>%n zdarzeń w jednym łańcuchu.</numerusform>
        </translation>
    </message>
    <message>
        <source>The log goes on after event %1, the last one a checkpoint or tally statement signs: events %2 to %3 are covered by no signature, so anyone could have written them.</source>
        <translation>Dziennik ciągnie się dalej po zdarzeniu %1, ostatnim podpisanym przez punkt kontrolny lub protokół liczenia głosów: zdarzeń od %2 do %3 nie obejmuje żaden podpis, więc mógł je zapisać ktokolwiek.</translation>
    </message>
    <message>
        <source>events[%1] (%2)</source>
        <translation>events[%1] (%2)</translation>
    </message>
    <message>
        <source>%1 is dated %2, before events[%3] (%4): the log&apos;s times never go backwards, so a clock was turned back or the log was rewritten.</source>
        <translation>%1 ma datę %2, wcześniejszą niż events[%3] (%4): czasy w dzienniku nigdy się nie cofają, więc zegar cofnięto albo dziennik przepisano.</translation>
    </message>
    <message>
        <source>%1 is dated %2, more than a day after this verification (%3).</source>
        <translation>%1 ma datę %2, ponad dzień po tej weryfikacji (%3).</translation>
    </message>
    <message>
        <source>%1 at kiosk %2 is dated %3, more than a day outside the voting period the manifest plans (%4 to %5).</source>
        <translation>%1 w kiosku %2 ma datę %3, ponad dzień poza okresem głosowania zaplanowanym w manifeście (%4 – %5).</translation>
    </message>
    <message>
        <source>%1 at kiosk %2 comes after that kiosk closed (events[%3]).</source>
        <translation>%1 w kiosku %2 następuje po zamknięciu tego kiosku (events[%3]).</translation>
    </message>
    <message>
        <source>%1 is dated %2, but the event it signs (events[%3]) is dated %4.</source>
        <translation>%1 ma datę %2, ale podpisywane przez niego zdarzenie (events[%3]) ma datę %4.</translation>
    </message>
    <message>
        <source>%1 is dated %2, more than a day outside the voting period the manifest plans (%3 to %4).</source>
        <translation>%1 ma datę %2, ponad dzień poza okresem głosowania zaplanowanym w manifeście (%3 – %4).</translation>
    </message>
    <message>
        <source>Times never go backwards; voting events lie within the planned period %1 to %2 (a day&apos;s margin).</source>
        <translation>Czasy nigdy się nie cofają; zdarzenia głosowania mieszczą się w zaplanowanym okresie od %1 do %2 (z marginesem jednego dnia).</translation>
    </message>
    <message>
        <source>Times never go backwards. The manifest plans no voting period to compare with.</source>
        <translation>Czasy nigdy się nie cofają. Manifest nie planuje okresu głosowania, z którym można by je porównać.</translation>
    </message>
    <message numerus="yes">
        <source>%n kiosk(s) closed; none recorded voting afterwards.</source>
        <translation>
            <numerusform>Zamknięto %n kiosk; nie zarejestrował głosowania po zamknięciu.</numerusform>
            <numerusform>Zamknięto %n kioski; żaden nie zarejestrował głosowania po zamknięciu.</numerusform>
            <numerusform>Zamknięto %n kiosków; żaden nie zarejestrował głosowania po zamknięciu.</numerusform>
        </translation>
    </message>
    <message>
        <source>issued_code_hashes[%1] repeats the code hash before it.</source>
        <translation>issued_code_hashes[%1] powtarza poprzedni skrót kodu.</translation>
    </message>
    <message>
        <source>issued_code_hashes[%1] is out of order: the list must be sorted.</source>
        <translation>issued_code_hashes[%1] jest nie na swoim miejscu: lista musi być posortowana.</translation>
    </message>
    <message>
        <source>spent_codes[%1] (kiosk %2, batch %3)</source>
        <translation>spent_codes[%1] (kiosk %2, partia %3)</translation>
    </message>
    <message>
        <source>%1 is out of order: spent codes are listed by kiosk, batch and hash, each once.</source>
        <translation>%1 jest nie na swoim miejscu: wykorzystane kody są uporządkowane według kiosku, partii i skrótu, każdy raz.</translation>
    </message>
    <message>
        <source>%1: this access code was never issued.</source>
        <translation>%1: ten kod dostępu nigdy nie został wydany.</translation>
    </message>
    <message>
        <source>spent_codes[%1] and spent_codes[%2] are the same access code: it was used twice.</source>
        <translation>spent_codes[%1] i spent_codes[%2] to ten sam kod dostępu: wykorzystano go dwa razy.</translation>
    </message>
    <message>
        <source>%1: its tally statement says %2 access codes were issued; the record lists %3.</source>
        <translation>%1: jego protokół liczenia głosów podaje liczbę wydanych kodów dostępu %2; zapis wymienia %3.</translation>
    </message>
    <message>
        <source>%1: the issued code list is not the one its tally statement signs (Merkle root differs).</source>
        <translation>%1: lista wydanych kodów nie jest tą, którą podpisuje jego protokół liczenia głosów (inny korzeń Merkle&apos;a).</translation>
    </message>
    <message>
        <source>No tally statement signs the issued code list, so that list is only as the record says.</source>
        <translation>Żaden protokół liczenia głosów nie podpisuje listy wydanych kodów, więc ta lista opiera się tylko na tym, co podaje zapis.</translation>
    </message>
    <message>
        <source>%1 access codes issued, %2 spent.</source>
        <translation>Wydane kody dostępu: %1, wykorzystane: %2.</translation>
    </message>
    <message>
        <source>The log records that the round was counted, but the record holds no result: the results were removed.</source>
        <translation>Dziennik odnotowuje, że turę policzono, ale zapis nie zawiera żadnego wyniku: wyniki usunięto.</translation>
    </message>
    <message>
        <source>The record holds no result: the round was not counted when it was exported.</source>
        <translation>Zapis nie zawiera żadnego wyniku: tura nie była policzona w chwili eksportu.</translation>
    </message>
    <message>
        <source>No result in the record.</source>
        <translation>Brak wyniku w zapisie.</translation>
    </message>
    <message>
        <source>%1: the authority&apos;s signature of the result is not valid: the result was changed after it was signed.</source>
        <translation>%1: podpis organu pod wynikiem jest nieprawidłowy: wynik zmieniono po podpisaniu.</translation>
    </message>
    <message>
        <source>%1 has no tally statement (it was counted before pbvote signed them): its opened ballots and counts cannot be checked. Count the round again.</source>
        <translation>%1 nie ma protokołu liczenia głosów (policzono go, zanim pbvote zaczął je podpisywać): nie da się sprawdzić jego otwartych kart ani liczb. Policz turę ponownie.</translation>
    </message>
    <message>
        <source>%1: the tally statement cannot be read: %2</source>
        <translation>%1: nie można odczytać protokołu liczenia głosów: %2</translation>
    </message>
    <message>
        <source>%1: the authority&apos;s signature of the tally statement is not valid.</source>
        <translation>%1: podpis organu pod protokołem liczenia głosów jest nieprawidłowy.</translation>
    </message>
    <message>
        <source>%1: the tally statement is for another manifest (%2).</source>
        <translation>%1: protokół liczenia głosów dotyczy innego manifestu (%2).</translation>
    </message>
    <message>
        <source>%1: the result is not the one the tally statement signs (result hash differs).</source>
        <translation>%1: wynik nie jest tym, który podpisuje protokół liczenia głosów (inny skrót wyniku).</translation>
    </message>
    <message>
        <source>%1: the tally statement&apos;s rule is &quot;%2&quot;.</source>
        <translation>%1: reguła w protokole liczenia głosów to „%2”.</translation>
    </message>
    <message>
        <source>%1: the tally statement&apos;s tie-breaking &quot;%2&quot; does not match its rule &quot;%3&quot;.</source>
        <translation>%1: rozstrzyganie remisów „%2” w protokole liczenia głosów nie pasuje do jego reguły „%3”.</translation>
    </message>
    <message>
        <source>%1: the tally statement signs event %2 as the log&apos;s head, but the log&apos;s event %2 is not that event.</source>
        <translation>%1: protokół liczenia głosów podpisuje zdarzenie %2 jako czoło dziennika, ale zdarzenie %2 w dzienniku nie jest tym zdarzeniem.</translation>
    </message>
    <message>
        <source>%1: the count covers the log up to event %2, before the last checkpoint (event %3).</source>
        <translation>%1: liczenie obejmuje dziennik do zdarzenia %2, sprzed ostatniego punktu kontrolnego (zdarzenie %3).</translation>
    </message>
    <message>
        <source>%1: the tally statement revokes kiosk %2, which the manifest does not register.</source>
        <translation>%1: protokół liczenia głosów unieważnia kiosk %2, którego manifest nie rejestruje.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: the opened ballots are not the ones the tally statement signs (hash differs).</source>
        <translation>%1: otwarte karty nie są tymi, które podpisuje protokół liczenia głosów (inny skrót).</translation>
    </message>
    <message>
        <source>%1: %2 opened ballots, but the tally statement counts %3.</source>
        <translation>%1: liczba otwartych kart to %2, ale protokół liczenia głosów liczy %3.</translation>
    </message>
    <message>
        <source>%1: opened ballot %2 (%3) breaks the round&apos;s rules: %4</source>
        <translation>%1: otwarta karta %2 (%3) łamie zasady tury: %4</translation>
    </message>
    <message>
        <source>%1: opened ballot %2 (%3) is not in canonical form.</source>
        <translation>%1: otwarta karta %2 (%3) nie jest w postaci kanonicznej.</translation>
    </message>
    <message>
        <source>%1: the tally statement counts %2 ballots and excludes %3, but the record holds %4 ballots.</source>
        <translation>%1: protokół liczenia głosów podaje kart policzonych: %2 i wykluczonych: %3, ale zapis zawiera kart: %4.</translation>
    </message>
    <message>
        <source>%1: the tally statement excludes %2 ballots; the revoked kiosks cast %3.</source>
        <translation>%1: protokół liczenia głosów wyklucza kart: %2; w unieważnionych kioskach oddano ich %3.</translation>
    </message>
    <message>
        <source>%1: %2 ballots counted, %3 excluded.</source>
        <translation>%1: policzone karty: %2, wykluczone: %3.</translation>
    </message>
    <message>
        <source>No tally statement in the record.</source>
        <translation>Brak protokołu liczenia głosów w zapisie.</translation>
    </message>
    <message>
        <source>position %1</source>
        <translation>pozycja %1</translation>
    </message>
    <message>
        <source>no choice</source>
        <translation>brak wyboru</translation>
    </message>
    <message>
        <source>Not run: the manifest&apos;s amounts are out of range (see MANIFEST).</source>
        <translation>Niewykonane: kwoty w manifeście są poza zakresem (zob. MANIFEST).</translation>
    </message>
    <message>
        <source>%1: not recounted: its manifest, tally statement or opened ballots are not authentic (see the checks above).</source>
        <translation>%1: nie policzono ponownie: jego manifest, protokół liczenia głosów lub otwarte karty nie są autentyczne (zob. sprawdzenia powyżej).</translation>
    </message>
    <message>
        <source>%1: unknown tie-breaking &quot;%2&quot;.</source>
        <translation>%1: nieznane rozstrzyganie remisów „%2”.</translation>
    </message>
    <message>
        <source>%1: the recount failed: %2</source>
        <translation>%1: ponowne liczenie nie powiodło się: %2</translation>
    </message>
    <message>
        <source>%1: the published result is not a JSON object.</source>
        <translation>%1: opublikowany wynik nie jest obiektem JSON.</translation>
    </message>
    <message>
        <source>%1: the recount of %2 opened ballots with %3 gives the published winners: %4.</source>
        <translation>%1: ponowne policzenie otwartych kart (liczba: %2) regułą %3 daje opublikowane zwycięskie projekty: %4.</translation>
    </message>
    <message>
        <source>No counted result with a tally statement in the record.</source>
        <translation>W zapisie nie ma policzonego wyniku z protokołem liczenia głosów.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>brak</translation>
    </message>
    <message>
        <source>(absent)</source>
        <translation>(brak)</translation>
    </message>
    <message>
        <source>the published result lists %1 projects; the round has %2.</source>
        <translation>opublikowany wynik wymienia projekty w liczbie %1; tura ma ich %2.</translation>
    </message>
    <message>
        <source>project %1 differs: the published result has %2 = %3, the recount %4.</source>
        <translation>projekt %1 się różni: opublikowany wynik ma %2 = %3, ponowne liczenie %4.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; differs: the published result has %2, the recount %3.</source>
        <translation>&quot;%1&quot; się różni: opublikowany wynik ma %2, ponowne liczenie %3.</translation>
    </message>
    <message>
        <source>The manifest (format 1) fixes no counting rule, so the rule used cannot be checked against one chosen before voting.</source>
        <translation>Manifest (format 1) nie ustala reguły liczenia głosów, więc użytej reguły nie można porównać z regułą wybraną przed głosowaniem.</translation>
    </message>
    <message>
        <source>%1 is counted with &quot;%2&quot;, not with &quot;%3&quot;, the rule the manifest fixes.</source>
        <translation>%1 policzono regułą „%2”, a nie „%3”, regułą ustaloną w manifeście.</translation>
    </message>
    <message>
        <source>Counted with &quot;%1&quot;, the rule the manifest fixed before voting.</source>
        <translation>Policzono regułą „%1”, ustaloną w manifeście przed głosowaniem.</translation>
    </message>
    <message>
        <source>No witness codes given (--witness).</source>
        <translation>Nie podano kodów kontrolnych (--witness).</translation>
    </message>
    <message>
        <source>Witness code %1 matches no checkpoint in the record: a checkpoint was removed or replaced, or the code was written down wrong.</source>
        <translation>Kod kontrolny %1 nie pasuje do żadnego punktu kontrolnego w zapisie: punkt kontrolny usunięto lub podmieniono albo kod zapisano z błędem.</translation>
    </message>
    <message>
        <source>%1: %2.</source>
        <translation>%1: %2.</translation>
    </message>
    <message>
        <source>No election key given (--election-key).</source>
        <translation>Nie podano klucza głosowania (--election-key).</translation>
    </message>
    <message>
        <source>The election key must be %1 bytes.</source>
        <translation>Klucz głosowania musi mieć %1 B.</translation>
    </message>
    <message>
        <source>%1: the sealed vote does not open with this key: %2</source>
        <translation>%1: zapieczętowanego głosu nie da się otworzyć tym kluczem: %2</translation>
    </message>
    <message>
        <source>%1: the sealed vote belongs to another ballot or round.</source>
        <translation>%1: zapieczętowany głos należy do innej karty lub tury.</translation>
    </message>
    <message>
        <source>%1: the sealed vote is of the wrong ballot kind.</source>
        <translation>%1: zapieczętowany głos ma niewłaściwy rodzaj karty.</translation>
    </message>
    <message>
        <source>%1: the vote breaks the round&apos;s rules: %2</source>
        <translation>%1: głos łamie zasady tury: %2</translation>
    </message>
    <message>
        <source>%1: the vote is not in canonical form.</source>
        <translation>%1: głos nie jest w postaci kanonicznej.</translation>
    </message>
    <message>
        <source>The key opens none of the %1 sealed votes: it is not this round&apos;s election key.</source>
        <translation>Klucz nie otwiera żadnego z zapieczętowanych głosów (liczba: %1): to nie jest klucz głosowania tej tury.</translation>
    </message>
    <message>
        <source>%1 of %2 sealed votes opened and valid.</source>
        <translation>Otwarte i ważne zapieczętowane głosy: %1 z %2.</translation>
    </message>
    <message>
        <source>%1: the opened ballots are exactly the %2 sealed votes of non-revoked kiosks.</source>
        <translation>%1: otwarte karty to dokładnie zapieczętowane głosy z nieunieważnionych kiosków (liczba: %2).</translation>
    </message>
    <message>
        <source>The ballots are not in ballot-id order, so their order may follow casting (see BALLOT_ORDER).</source>
        <translation>Karty nie są uporządkowane według identyfikatorów, więc ich kolejność może odpowiadać kolejności oddawania głosów (zob. BALLOT_ORDER).</translation>
    </message>
    <message>
        <source>Sealed votes differ in length, which may reveal how many projects were chosen (see CT_LENGTH).</source>
        <translation>Zapieczętowane głosy mają różną długość, co może zdradzić, ile projektów wybrano (zob. CT_LENGTH).</translation>
    </message>
    <message>
        <source>Ballots are listed by their random ids, every sealed vote has the same length, opened ballots are sorted by content, and the format holds no time per ballot.</source>
        <translation>Karty są uporządkowane według losowych identyfikatorów, każdy zapieczętowany głos ma tę samą długość, otwarte karty są posortowane według treści, a format nie przechowuje czasu oddania żadnej karty.</translation>
    </message>
    <message>
        <source>No receipt given (--receipt).</source>
        <translation>Nie podano potwierdzenia (--receipt).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a receipt code: a receipt has 16 letters and digits, like GPEK-A7LW-KIAX-PLS4.</source>
        <translation>„%1” nie jest kodem potwierdzenia: potwierdzenie ma 16 liter i cyfr, np. GPEK-A7LW-KIAX-PLS4.</translation>
    </message>
    <message>
        <source>No ballot with receipt %1 is in this record. Check the code; if it is right, report it to the organizers and the auditors.</source>
        <translation>W tym zapisie nie ma karty z potwierdzeniem %1. Sprawdź kod; jeśli jest poprawny, zgłoś to organizatorom i audytorom.</translation>
    </message>
    <message>
        <source>A ballot with receipt %1 is in the record (%2), but its signature does NOT verify: report this to the auditors.</source>
        <translation>W zapisie jest karta z potwierdzeniem %1 (%2), ale jej podpisu NIE DA SIĘ potwierdzić: zgłoś to audytorom.</translation>
    </message>
    <message>
        <source>Found: %1, kiosk %2, batch %3, with a valid signature; the record holds no count yet.</source>
        <translation>Znaleziono: %1, kiosk %2, partia %3, z prawidłowym podpisem; zapis nie zawiera jeszcze wyników liczenia.</translation>
    </message>
    <message>
        <source>Found: %1, kiosk %2, batch %3, with a valid signature, but NOT counted: the organizers revoked kiosk %2.</source>
        <translation>Znaleziono: %1, kiosk %2, partia %3, z prawidłowym podpisem, ale karty NIE policzono: organizatorzy unieważnili kiosk %2.</translation>
    </message>
    <message>
        <source>Found: %1, kiosk %2, batch %3, with a valid signature, and counted.</source>
        <translation>Znaleziono: %1, kiosk %2, partia %3, z prawidłowym podpisem; karta została policzona.</translation>
    </message>
    <message>
        <source>Election record of &quot;%1&quot; (election id %2), format version %3</source>
        <translation>Zapis głosowania „%1” (identyfikator głosowania %2), wersja formatu %3</translation>
    </message>
    <message>
        <source>Authority key %1: the fingerprint you gave.</source>
        <translation>Klucz organu %1: podany przez Ciebie odcisk.</translation>
    </message>
    <message>
        <source>Authority key %1: NOT compared with a published fingerprint (use --authority).</source>
        <translation>Klucz organu %1: NIE porównano z opublikowanym odciskiem (użyj --authority).</translation>
    </message>
    <message>
        <source>Holds %1 ballots, %2 kiosks, %3 checkpoints, %4 events, %5 results.</source>
        <translation>Zawiera: karty – %1, kioski – %2, punkty kontrolne – %3, zdarzenia – %4, wyniki – %5.</translation>
    </message>
    <message>
        <source>Verdict: PASSED. Every check passed.</source>
        <translation>Werdykt: POZYTYWNY. Wszystkie sprawdzenia wypadły pomyślnie.</translation>
    </message>
    <message>
        <source>Verdict: PASSED, with warnings to read: %1.</source>
        <translation>Werdykt: POZYTYWNY, są ostrzeżenia do przeczytania: %1.</translation>
    </message>
    <message numerus="yes">
        <source>Verdict: FAILED. %n check(s) failed: %1.</source>
        <translation>
            <numerusform>Werdykt: NEGATYWNY. %n sprawdzenie nie powiodło się: %1.</numerusform>
            <numerusform>Werdykt: NEGATYWNY. %n sprawdzenia nie powiodły się: %1.</numerusform>
            <numerusform>Werdykt: NEGATYWNY. %n sprawdzeń nie powiodło się: %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 does not exist.</source>
        <translation>%1 nie istnieje.</translation>
    </message>
    <message>
        <source>%1 is not a file.</source>
        <translation>%1 nie jest plikiem.</translation>
    </message>
    <message>
        <source>%1 is %2 bytes; an election record is refused over %3 bytes (2 GiB).</source>
        <translation>%1 ma %2 B; zapis głosowania większy niż %3 B (2 GiB) jest odrzucany.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Nie można odczytać %1: %2</translation>
    </message>
    <message>
        <source>Cannot read the election key %1: %2</source>
        <translation>Nie można odczytać klucza głosowania %1: %2</translation>
    </message>
    <message>
        <source>%1 does not hold an election key: it must hold 64 hex digits.</source>
        <translation>%1 nie zawiera klucza głosowania: musi zawierać 64 cyfry szesnastkowe.</translation>
    </message>
    <message>
        <source>every other check, beside the signatures</source>
        <translation>pozostałe sprawdzenia, równolegle z podpisami</translation>
    </message>
    <message>
        <source>the rest of the signatures, the receipt</source>
        <translation>reszta podpisów, potwierdzenie</translation>
    </message>
    <message>
        <source>the record</source>
        <translation>zapis</translation>
    </message>
    <message numerus="yes">
        <source>Round &quot;%1&quot;: %n project(s), budget %2 %3, counting rule &quot;%4&quot;.</source>
        <translation>
            <numerusform>Tura „%1”: %n projekt, budżet %2 %3, reguła liczenia głosów „%4”.</numerusform>
            <numerusform>Tura „%1”: %n projekty, budżet %2 %3, reguła liczenia głosów „%4”.</numerusform>
            <numerusform>Tura „%1”: %n projektów, budżet %2 %3, reguła liczenia głosów „%4”.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n kiosk(s) registered.</source>
        <translation>
            <numerusform>%n zarejestrowany kiosk.</numerusform>
            <numerusform>%n zarejestrowane kioski.</numerusform>
            <numerusform>%n zarejestrowanych kiosków.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n ballot signature(s) checked.</source>
        <translation>
            <numerusform>Sprawdzono %n podpis karty.</numerusform>
            <numerusform>Sprawdzono %n podpisy kart.</numerusform>
            <numerusform>Sprawdzono %n podpisów kart.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The work was shared by %n thread(s).</source>
        <translation>
            <numerusform>Praca została podzielona na %n wątek.</numerusform>
            <numerusform>Praca została podzielona na %n wątki.</numerusform>
            <numerusform>Praca została podzielona na %n wątków.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n checkpoint(s) in all.</source>
        <translation>
            <numerusform>Łącznie %n punkt kontrolny.</numerusform>
            <numerusform>Łącznie %n punkty kontrolne.</numerusform>
            <numerusform>Łącznie %n punktów kontrolnych.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n kiosk(s) signed checkpoints.</source>
        <translation>
            <numerusform>Punkty kontrolne podpisał %n kiosk.</numerusform>
            <numerusform>Punkty kontrolne podpisały %n kioski.</numerusform>
            <numerusform>Punkty kontrolne podpisało %n kiosków.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Kiosk %1 has no checkpoint for its batch %2, which holds %n ballot(s): %3.</source>
        <translation>
            <numerusform>Kiosk %1 nie ma punktu kontrolnego dla swojej partii %2, która zawiera %n kartę: %3.</numerusform>
            <numerusform>Kiosk %1 nie ma punktu kontrolnego dla swojej partii %2, która zawiera %n karty: %3.</numerusform>
            <numerusform>Kiosk %1 nie ma punktu kontrolnego dla swojej partii %2, która zawiera %n kart: %3.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Kiosk %1 has no checkpoint for its batch %2, in which %n access code(s) were spent.</source>
        <translation>
            <numerusform>Kiosk %1 nie ma punktu kontrolnego dla swojej partii %2, w której wykorzystano %n kod dostępu.</numerusform>
            <numerusform>Kiosk %1 nie ma punktu kontrolnego dla swojej partii %2, w której wykorzystano %n kody dostępu.</numerusform>
            <numerusform>Kiosk %1 nie ma punktu kontrolnego dla swojej partii %2, w której wykorzystano %n kodów dostępu.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n kiosk(s) revoked, their ballots not counted: %2.</source>
        <translation>
            <numerusform>%1: %n unieważniony kiosk, jego karty nie są liczone: %2.</numerusform>
            <numerusform>%1: %n unieważnione kioski, ich karty nie są liczone: %2.</numerusform>
            <numerusform>%1: %n unieważnionych kiosków, ich karty nie są liczone: %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 The result counted with &quot;%2&quot; is the official one.</source>
        <translation>%1 Oficjalny jest wynik policzony regułą „%2”.</translation>
    </message>
    <message numerus="yes">
        <source>%n opened ballot(s) are not among the sealed votes, e.g. %1.</source>
        <translation>
            <numerusform>%n otwarta karta nie należy do zapieczętowanych głosów: %1.</numerusform>
            <numerusform>%n otwarte karty nie należą do zapieczętowanych głosów, np. %1.</numerusform>
            <numerusform>%n otwartych kart nie należy do zapieczętowanych głosów, np. %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n sealed vote(s) are missing from the opened ballots, e.g. %1.</source>
        <translation>
            <numerusform>Wśród otwartych kart brakuje %n zapieczętowanego głosu: %1.</numerusform>
            <numerusform>Wśród otwartych kart brakuje %n zapieczętowanych głosów, np. %1.</numerusform>
            <numerusform>Wśród otwartych kart brakuje %n zapieczętowanych głosów, np. %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: the opened ballots are not the sealed votes. %2</source>
        <translation>%1: otwarte karty nie są zapieczętowanymi głosami. %2</translation>
    </message>
    <message>
        <source>Cannot read %1: no memory for its %2 bytes.</source>
        <translation>Nie można odczytać %1: brak pamięci na jego %2 bajtów.</translation>
    </message>
    <message>
        <source>%1 changed while it was read (%2 bytes, then %3): read it again when nothing writes it.</source>
        <translation>%1 zmienił się podczas odczytu (%2 bajtów, potem %3): odczytaj go ponownie, gdy nic do niego nie zapisuje.</translation>
    </message>
    <message>
        <source>read the rest of the record, beside the signatures</source>
        <translation>odczyt reszty zapisu, równolegle z podpisami</translation>
    </message>
    <message>
        <source>parse the record, read and decode the ballots</source>
        <translation>analiza zapisu, odczyt i dekodowanie kart do głosowania</translation>
    </message>
    <message>
        <source>%1 changed while it was verified, so what was checked may not be what the file holds: verify it again when nothing writes it.</source>
        <translation>Plik %1 zmienił się w trakcie weryfikacji, więc sprawdzona treść może nie być tym, co zawiera plik: zweryfikuj go ponownie, gdy nic do niego nie zapisuje.</translation>
    </message>
    <message>
        <source>The log records more counts (%1) than the record holds results (%2): a result was removed.</source>
        <translation>Dziennik odnotowuje więcej liczeń (%1), niż zapis zawiera wyników (%2): usunięto wynik.</translation>
    </message>
    <message>
        <source>The record holds more results (%1) than the log records counts (%2): a result was added that the log does not know.</source>
        <translation>Zapis zawiera więcej wyników (%1), niż dziennik odnotowuje liczeń (%2): dodano wynik, którego dziennik nie zna.</translation>
    </message>
    <message>
        <source>%1: the log&apos;s kiosk-revoked events do not name their kiosk (pbvote wrote them so before December 2026), so the kiosks the statement revokes cannot be compared with the log. Read the revocations in BALLOT_KIOSK&apos;s notes.</source>
        <translation>%1: zdarzenia kiosk-revoked w dzienniku nie podają swojego kiosku (pbvote zapisywał je tak przed grudniem 2026), więc kiosków unieważnionych w protokole nie można porównać z dziennikiem. Unieważnienia znajdziesz w uwagach BALLOT_KIOSK.</translation>
    </message>
    <message>
        <source>%1: the tally statement revokes kiosk %2, but the log does not record its revocation before the count: its ballots were left out unannounced.</source>
        <translation>%1: protokół liczenia głosów unieważnia kiosk %2, ale dziennik nie odnotowuje jego unieważnienia przed liczeniem: jego karty pominięto bez ogłoszenia.</translation>
    </message>
    <message>
        <source>%1: the log records kiosk %2 as revoked before the count, but the tally statement counts its ballots.</source>
        <translation>%1: dziennik odnotowuje kiosk %2 jako unieważniony przed liczeniem, ale protokół liczenia głosów liczy jego karty.</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <source>Help decide how the city spends part of its budget: vote for the projects you want.</source>
        <translation>Pomóż zdecydować, na co miasto wyda część swojego budżetu: zagłosuj na projekty, które chcesz.</translation>
    </message>
    <message>
        <source>Choose your language</source>
        <translation>Wybierz język</translation>
    </message>
    <message>
        <source>Start voting</source>
        <translation>Rozpocznij głosowanie</translation>
    </message>
    <message>
        <source>You need the access code printed on your voting slip. If you do not have one, please ask a librarian.</source>
        <translation>Potrzebny jest kod dostępu wydrukowany na Twojej kartce. Jeśli go nie masz, poproś pracownika biblioteki.</translation>
    </message>
    <message>
        <source>Staff only</source>
        <translation>Tylko dla obsługi</translation>
    </message>
    <message>
        <source>Staff only: kiosk settings for librarians</source>
        <translation>Tylko dla obsługi: ustawienia kiosku dla pracowników biblioteki</translation>
    </message>
</context>
<context>
    <name>pbvote::console::AuditorWindow</name>
    <message>
        <source>Verify an election record</source>
        <translation>Sprawdź zapis głosowania</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Plik</translation>
    </message>
    <message>
        <source>&amp;Open an election record…</source>
        <translation>&amp;Otwórz zapis głosowania…</translation>
    </message>
    <message>
        <source>&amp;Save the report…</source>
        <translation>Zapisz &amp;raport…</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Zamknij</translation>
    </message>
    <message>
        <source>&amp;Election record:</source>
        <translation>Zapis &amp;głosowania:</translation>
    </message>
    <message>
        <source>The record file, e.g. round-1-record.json</source>
        <translation>Plik zapisu, np. round-1-record.json</translation>
    </message>
    <message>
        <source>Election record file</source>
        <translation>Plik zapisu głosowania</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Otwórz…</translation>
    </message>
    <message>
        <source>Open an election record</source>
        <translation>Otwórz zapis głosowania</translation>
    </message>
    <message>
        <source>The file the organizers published for anyone to check. You can also drop it onto this window.</source>
        <translation>Plik opublikowany przez organizatorów, aby każdy mógł go sprawdzić. Możesz też upuścić go na to okno.</translation>
    </message>
    <message>
        <source>What you bring (all optional)</source>
        <translation>Co wnosisz (wszystko opcjonalne)</translation>
    </message>
    <message>
        <source>&amp;Authority key fingerprint:</source>
        <translation>O&amp;dcisk klucza organu:</translation>
    </message>
    <message>
        <source>e.g. ABCD-EFGH-IJKL-MNOP</source>
        <translation>np. ABCD-EFGH-IJKL-MNOP</translation>
    </message>
    <message>
        <source>Authority key fingerprint</source>
        <translation>Odcisk klucza organu</translation>
    </message>
    <message>
        <source>The city prints it on its poster and publishes it on its website. Without it, the key inside the record is trusted and the verdict warns about it.</source>
        <translation>Miasto drukuje go na plakacie i publikuje na swojej stronie internetowej. Bez niego przyjmuje się klucz z zapisu, a werdykt o tym ostrzega.</translation>
    </message>
    <message>
        <source>&amp;Witness codes:</source>
        <translation>Kody kontrol&amp;ne:</translation>
    </message>
    <message>
        <source>One code per line</source>
        <translation>Jeden kod w wierszu</translation>
    </message>
    <message>
        <source>Witness codes</source>
        <translation>Kody kontrolne</translation>
    </message>
    <message>
        <source>&amp;Load from file…</source>
        <translation>&amp;Wczytaj z pliku…</translation>
    </message>
    <message>
        <source>Load witness codes from a file</source>
        <translation>Wczytaj kody kontrolne z pliku</translation>
    </message>
    <message>
        <source>The codes poll workers wrote down at each kiosk when it paused or closed: one per line; the rest of a line (a time, a note) is ignored.</source>
        <translation>Kody, które obsługa głosowania zapisała przy każdym kiosku po wstrzymaniu lub zamknięciu: jeden w wierszu; reszta wiersza (godzina, uwaga) jest pomijana.</translation>
    </message>
    <message>
        <source>Election &amp;key file (for the trusted auditor):</source>
        <translation>Plik &amp;klucza głosowania (dla zaufanego audytora):</translation>
    </message>
    <message>
        <source>Leave empty unless you were given the key</source>
        <translation>Zostaw puste, jeśli nie otrzymałeś klucza</translation>
    </message>
    <message>
        <source>Election key file</source>
        <translation>Plik klucza głosowania</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>Wy&amp;bierz…</translation>
    </message>
    <message>
        <source>Choose the election key file</source>
        <translation>Wybierz plik klucza głosowania</translation>
    </message>
    <message>
        <source>Only for the auditor trusted with the round&apos;s secret key: every sealed vote is opened and compared with the published ballots. The key is read into protected memory and never saved.</source>
        <translation>Tylko dla audytora, któremu powierzono tajny klucz tury: każdy zapieczętowany głos jest otwierany i porównywany z opublikowanymi kartami. Klucz jest wczytywany do chronionej pamięci i nigdy nie jest zapisywany.</translation>
    </message>
    <message>
        <source>Voter&apos;s &amp;receipt code:</source>
        <translation>Kod potwierdzenia w&amp;yborcy:</translation>
    </message>
    <message>
        <source>e.g. GPEK-A7LW-KIAX-PLS4</source>
        <translation>np. GPEK-A7LW-KIAX-PLS4</translation>
    </message>
    <message>
        <source>Voter&apos;s receipt code</source>
        <translation>Kod potwierdzenia wyborcy</translation>
    </message>
    <message>
        <source>To check that one voter&apos;s ballot is in the record and counted.</source>
        <translation>Aby sprawdzić, że karta jednego wyborcy jest w zapisie i została policzona.</translation>
    </message>
    <message>
        <source>&amp;Verify</source>
        <translation>&amp;Sprawdź</translation>
    </message>
    <message>
        <source>Run every check on the record (Ctrl+Enter)</source>
        <translation>Wykonaj wszystkie sprawdzenia zapisu (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Verifying</source>
        <translation>Sprawdzanie</translation>
    </message>
    <message>
        <source>Save the report as a web page or PDF</source>
        <translation>Zapisz raport jako stronę internetową lub PDF</translation>
    </message>
    <message>
        <source>&amp;Checks</source>
        <translation>Spr&amp;awdzenia</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Stan</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Sprawdzenie</translation>
    </message>
    <message>
        <source>What it checks</source>
        <translation>Co sprawdza</translation>
    </message>
    <message>
        <source>Checks and their status</source>
        <translation>Sprawdzenia i ich stan</translation>
    </message>
    <message>
        <source>Details of the chosen check</source>
        <translation>Szczegóły wybranego sprawdzenia</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Werdykt</translation>
    </message>
    <message>
        <source>A verification is already running.</source>
        <translation>Weryfikacja już trwa.</translation>
    </message>
    <message>
        <source>Choose the election record to verify first (Open…).</source>
        <translation>Najpierw wybierz zapis głosowania do sprawdzenia (Otwórz…).</translation>
    </message>
    <message>
        <source>Verified %1.</source>
        <translation>Sprawdzono %1.</translation>
    </message>
    <message>
        <source>Verifying the record…</source>
        <translation>Sprawdzanie zapisu…</translation>
    </message>
    <message>
        <source>Every signature and every count is checked again; a large record takes a while. You can keep using this window.</source>
        <translation>Każdy podpis i każde liczenie są sprawdzane ponownie; duży zapis zajmuje chwilę. Możesz dalej korzystać z tego okna.</translation>
    </message>
    <message>
        <source>Not verified yet</source>
        <translation>Jeszcze nie sprawdzono</translation>
    </message>
    <message>
        <source>Open an election record, add what you bring, then press Verify.</source>
        <translation>Otwórz zapis głosowania, dodaj to, co wnosisz, i naciśnij Sprawdź.</translation>
    </message>
    <message>
        <source>Press Verify to run every check on %1.</source>
        <translation>Naciśnij Sprawdź, aby wykonać wszystkie sprawdzenia pliku %1.</translation>
    </message>
    <message>
        <source>The inputs changed since this verification: press Verify again.</source>
        <translation>Dane zmieniły się od tej weryfikacji: naciśnij Sprawdź ponownie.</translation>
    </message>
    <message>
        <source>Election records (*.json);;All files (*)</source>
        <translation>Zapisy głosowania (*.json);;Wszystkie pliki (*)</translation>
    </message>
    <message>
        <source>Load witness codes</source>
        <translation>Wczytaj kody kontrolne</translation>
    </message>
    <message>
        <source>Text files (*.txt);;All files (*)</source>
        <translation>Pliki tekstowe (*.txt);;Wszystkie pliki (*)</translation>
    </message>
    <message>
        <source>%1 is too large to be a list of witness codes.</source>
        <translation>%1 jest za duży, by był listą kodów kontrolnych.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Nie można odczytać %1: %2</translation>
    </message>
    <message>
        <source>%1 holds no witness code.</source>
        <translation>%1 nie zawiera żadnego kodu kontrolnego.</translation>
    </message>
    <message numerus="yes">
        <source>Loaded %n witness code(s).</source>
        <translation>
            <numerusform>Wczytano %n kod kontrolny.</numerusform>
            <numerusform>Wczytano %n kody kontrolne.</numerusform>
            <numerusform>Wczytano %n kodów kontrolnych.</numerusform>
        </translation>
    </message>
    <message>
        <source>Key files (*.key *.txt);;All files (*)</source>
        <translation>Pliki kluczy (*.key *.txt);;Wszystkie pliki (*)</translation>
    </message>
    <message>
        <source>Verify a record first: there is no report to save yet.</source>
        <translation>Najpierw sprawdź zapis: nie ma jeszcze raportu do zapisania.</translation>
    </message>
    <message>
        <source>Audit of %1</source>
        <translation>Audyt: %1</translation>
    </message>
    <message>
        <source>Web page (*.html)</source>
        <translation>Strona internetowa (*.html)</translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation>Dokument PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Save the audit report</source>
        <translation>Zapisz raport z audytu</translation>
    </message>
    <message>
        <source>Wrote %1.</source>
        <translation>Zapisano %1.</translation>
    </message>
    <message>
        <source>Cannot write the audit report to &quot;%1&quot;: %2</source>
        <translation>Nie można zapisać raportu z audytu do „%1”: %2</translation>
    </message>
    <message>
        <source>the PDF could not be made.</source>
        <translation>nie udało się utworzyć pliku PDF.</translation>
    </message>
</context>
<context>
    <name>pbvote::console::CodeBatchModel</name>
    <message>
        <source>City-wide</source>
        <translation>Całe miasto</translation>
    </message>
    <message>
        <source>Codes issued before batches were kept</source>
        <translation>Kody wydane, zanim zaczęto zapisywać partie</translation>
    </message>
    <message numerus="yes">
        <source>Voided: its %n unused code(s) are refused; used codes stay used.</source>
        <translation>
            <numerusform>Anulowana: jej %n niewykorzystany kod jest odrzucany; wykorzystane kody pozostają bez zmian.</numerusform>
            <numerusform>Anulowana: jej %n niewykorzystane kody są odrzucane; wykorzystane kody pozostają bez zmian.</numerusform>
            <numerusform>Anulowana: jej %n niewykorzystanych kodów jest odrzucanych; wykorzystane kody pozostają bez zmian.</numerusform>
        </translation>
    </message>
    <message>
        <source>Earlier codes</source>
        <translation>Wcześniejsze kody</translation>
    </message>
    <message>
        <source>Voided</source>
        <translation>Anulowana</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktywna</translation>
    </message>
    <message>
        <source>Batch</source>
        <translation>Partia</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Etykieta</translation>
    </message>
    <message>
        <source>District</source>
        <translation>Dzielnica</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>Wydane</translation>
    </message>
    <message>
        <source>Used</source>
        <translation>Wykorzystane</translation>
    </message>
    <message>
        <source>Unused</source>
        <translation>Niewykorzystane</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
</context>
<context>
    <name>pbvote::console::CodesPage</name>
    <message>
        <source>Access codes are issued in batches, e.g. one per place and week. Each code lets one resident vote once; the database keeps only their hashes. Voiding a batch refuses its unused codes, e.g. when slips were lost.</source>
        <translation>Kody dostępu wydaje się partiami, np. jedną na miejsce i tydzień. Każdym kodem jeden mieszkaniec może zagłosować raz; baza danych przechowuje tylko skróty (hashe) kodów. Anulowanie partii powoduje odrzucanie jej niewykorzystanych kodów, np. gdy kartki zginęły.</translation>
    </message>
    <message>
        <source>&amp;Issue codes…</source>
        <translation>&amp;Wydaj kody…</translation>
    </message>
    <message>
        <source>Batches of access codes</source>
        <translation>Partie kodów dostępu</translation>
    </message>
    <message>
        <source>Choose or create a round first.</source>
        <translation>Najpierw wybierz lub utwórz turę.</translation>
    </message>
    <message>
        <source>This round was imported for analysis: it is not voted with access codes.</source>
        <translation>Ta tura została zaimportowana do analizy: nie głosuje się w niej kodami dostępu.</translation>
    </message>
    <message>
        <source>Voting has closed: no more codes can be issued.</source>
        <translation>Głosowanie zostało zamknięte: nie można już wydawać kodów.</translation>
    </message>
    <message>
        <source>Make one-time codes and write them as slips to print and/or a CSV file.</source>
        <translation>Utwórz jednorazowe kody i zapisz je jako kartki do wydruku i/lub plik CSV.</translation>
    </message>
    <message>
        <source>&amp;Restore batch</source>
        <translation>&amp;Przywróć partię</translation>
    </message>
    <message>
        <source>&amp;Void batch…</source>
        <translation>&amp;Anuluj partię…</translation>
    </message>
    <message>
        <source>Voting has closed: a batch can no longer be voided or restored.</source>
        <translation>Głosowanie zostało zamknięte: nie można już anulować ani przywrócić partii.</translation>
    </message>
    <message>
        <source>Choose a batch in the table first.</source>
        <translation>Najpierw wybierz partię w tabeli.</translation>
    </message>
    <message>
        <source>Accept the batch&apos;s unused codes again.</source>
        <translation>Ponownie przyjmuj niewykorzystane kody z tej partii.</translation>
    </message>
    <message>
        <source>Refuse the batch&apos;s unused codes, e.g. when its slips were lost (used codes stay used).</source>
        <translation>Odrzucaj niewykorzystane kody z tej partii, np. gdy jej kartki zginęły (wykorzystane kody pozostają bez zmian).</translation>
    </message>
    <message>
        <source>The access codes cannot be read: %1</source>
        <translation>Nie można odczytać kodów dostępu: %1</translation>
    </message>
    <message>
        <source>Codes issued: %1. Used: %2. Unused: %3.</source>
        <translation>Wydane kody: %1. Wykorzystane: %2. Niewykorzystane: %3.</translation>
    </message>
</context>
<context>
    <name>pbvote::console::ConsoleWindow</name>
    <message>
        <source>approval (tick projects)</source>
        <translation>aprobujące (zaznaczanie projektów)</translation>
    </message>
    <message>
        <source>knapsack (projects within the budget)</source>
        <translation>plecakowe (projekty w ramach budżetu)</translation>
    </message>
    <message>
        <source>cumulative (spread points)</source>
        <translation>kumulatywne (rozdzielanie punktów)</translation>
    </message>
    <message>
        <source>ranking</source>
        <translation>rankingowe</translation>
    </message>
    <message>
        <source>pbvote console</source>
        <translation>Konsola pbvote</translation>
    </message>
    <message>
        <source>Find projects by id, title, category or district</source>
        <translation>Szukaj projektów według id., tytułu, kategorii lub dzielnicy</translation>
    </message>
    <message>
        <source>&amp;Overview</source>
        <translation>&amp;Przegląd</translation>
    </message>
    <message>
        <source>&amp;Projects</source>
        <translation>Pro&amp;jekty</translation>
    </message>
    <message>
        <source>&amp;Results</source>
        <translation>&amp;Wyniki</translation>
    </message>
    <message>
        <source>Open a database to start (File &gt; Open database).</source>
        <translation>Aby zacząć, otwórz bazę danych (Plik &gt; Otwórz bazę danych).</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Plik</translation>
    </message>
    <message>
        <source>&amp;Open database…</source>
        <translation>&amp;Otwórz bazę danych…</translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation>Otwórz &amp;ostatnie</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Zakończ</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Edycja</translation>
    </message>
    <message>
        <source>&amp;Find projects</source>
        <translation>&amp;Znajdź projekty</translation>
    </message>
    <message>
        <source>&amp;Round</source>
        <translation>&amp;Tura</translation>
    </message>
    <message>
        <source>&amp;New round…</source>
        <translation>&amp;Nowa tura…</translation>
    </message>
    <message>
        <source>&amp;Import a Pabulib election…</source>
        <translation>&amp;Importuj głosowanie z Pabulib…</translation>
    </message>
    <message>
        <source>Ctrl+I</source>
        <translation>Ctrl+I</translation>
    </message>
    <message>
        <source>&amp;Add a project…</source>
        <translation>&amp;Dodaj projekt…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+A</source>
        <translation>Ctrl+Shift+A</translation>
    </message>
    <message>
        <source>Add a &amp;district…</source>
        <translation>Dodaj &amp;dzielnicę…</translation>
    </message>
    <message>
        <source>&amp;Voting rules…</source>
        <translation>Zasady &amp;głosowania…</translation>
    </message>
    <message>
        <source>D&amp;uplicate this round…</source>
        <translation>&amp;Powiel tę turę…</translation>
    </message>
    <message>
        <source>Issue access &amp;codes…</source>
        <translation>Wydaj &amp;kody dostępu…</translation>
    </message>
    <message>
        <source>&amp;Register a kiosk…</source>
        <translation>&amp;Zarejestruj kiosk…</translation>
    </message>
    <message>
        <source>&amp;Open voting…</source>
        <translation>&amp;Otwórz głosowanie…</translation>
    </message>
    <message>
        <source>&amp;Close voting…</source>
        <translation>Za&amp;mknij głosowanie…</translation>
    </message>
    <message>
        <source>Coun&amp;t the votes…</source>
        <translation>Poli&amp;cz głosy…</translation>
    </message>
    <message>
        <source>Ctrl+T</source>
        <translation>Ctrl+T</translation>
    </message>
    <message>
        <source>&amp;Export the election record…</source>
        <translation>&amp;Eksportuj zapis głosowania…</translation>
    </message>
    <message>
        <source>Export the &amp;results (PDF report, CSV)…</source>
        <translation>Eksportuj &amp;wyniki (raport PDF, CSV)…</translation>
    </message>
    <message>
        <source>Round</source>
        <translation>Tura</translation>
    </message>
    <message>
        <source>%1 — pbvote console</source>
        <translation>%1 — Konsola pbvote</translation>
    </message>
    <message>
        <source>Opened %1.</source>
        <translation>Otwarto %1.</translation>
    </message>
    <message>
        <source>Open or create a database</source>
        <translation>Otwórz lub utwórz bazę danych</translation>
    </message>
    <message>
        <source>pbvote databases (*.sqlite *.db);;All files (*)</source>
        <translation>Bazy danych pbvote (*.sqlite *.db);;Wszystkie pliki (*)</translation>
    </message>
    <message>
        <source>Cannot open the database</source>
        <translation>Nie można otworzyć bazy danych</translation>
    </message>
    <message>
        <source>Cannot read the rounds</source>
        <translation>Nie można odczytać tur</translation>
    </message>
    <message>
        <source>Add a project to this round</source>
        <translation>Dodaj projekt do tej tury</translation>
    </message>
    <message>
        <source>Projects can only be added while the round is a draft: once voting has opened, nothing that changes the outcome can change.</source>
        <translation>Projekty można dodawać tylko, gdy tura jest wersją roboczą: po otwarciu głosowania nie może się zmienić nic, co wpływa na wynik.</translation>
    </message>
    <message>
        <source>Choose or create a round first.</source>
        <translation>Najpierw wybierz lub utwórz turę.</translation>
    </message>
    <message>
        <source>End voting for good</source>
        <translation>Zakończ głosowanie na stałe</translation>
    </message>
    <message>
        <source>Only a round whose voting is open can be closed.</source>
        <translation>Zamknąć można tylko turę z otwartym głosowaniem.</translation>
    </message>
    <message>
        <source>Only while the round is a draft: once voting has opened, nothing that changes the outcome can change.</source>
        <translation>Tylko, gdy tura jest wersją roboczą: po otwarciu głosowania nie może się zmienić nic, co wpływa na wynik.</translation>
    </message>
    <message>
        <source>Give part of the budget to a district</source>
        <translation>Przydziel część budżetu dzielnicy</translation>
    </message>
    <message>
        <source>What a ballot may contain</source>
        <translation>Co może zawierać karta do głosowania</translation>
    </message>
    <message>
        <source>Let a kiosk sign ballots for this round</source>
        <translation>Pozwól kioskowi podpisywać karty w tej turze</translation>
    </message>
    <message>
        <source>Kiosks are registered while the round is a draft: the opened round&apos;s signed manifest lists them.</source>
        <translation>Kioski rejestruje się, gdy tura jest wersją roboczą: podpisany manifest otwartej tury zawiera ich listę.</translation>
    </message>
    <message>
        <source>Sign the round&apos;s manifest and open voting</source>
        <translation>Podpisz manifest tury i otwórz głosowanie</translation>
    </message>
    <message>
        <source>Only a draft round can be opened.</source>
        <translation>Otworzyć można tylko turę w wersji roboczej.</translation>
    </message>
    <message>
        <source>Count the votes with a rule</source>
        <translation>Policz głosy według reguły</translation>
    </message>
    <message>
        <source>Votes are counted after voting has closed: no partial results.</source>
        <translation>Głosy liczy się po zamknięciu głosowania: nie ma wyników częściowych.</translation>
    </message>
    <message>
        <source>A printable report and a spreadsheet of the result</source>
        <translation>Raport do wydruku i arkusz kalkulacyjny z wynikiem</translation>
    </message>
    <message>
        <source>There is a result to export once the votes are counted.</source>
        <translation>Wynik można wyeksportować po policzeniu głosów.</translation>
    </message>
    <message>
        <source>Make one-time codes and print them as slips</source>
        <translation>Utwórz jednorazowe kody i wydrukuj je na kartkach</translation>
    </message>
    <message>
        <source>Codes are issued for a round voted with pbvote, before or during voting.</source>
        <translation>Kody wydaje się dla tury głosowanej w pbvote, przed głosowaniem lub w jego trakcie.</translation>
    </message>
    <message>
        <source>Write the record anyone can verify: manifest, signed ballots, checkpoints, log and results</source>
        <translation>Zapisz dane, które każdy może sprawdzić: manifest, podpisane karty, punkty kontrolne, dziennik i wyniki</translation>
    </message>
    <message>
        <source>A round has an election record once voting has opened.</source>
        <translation>Tura ma zapis głosowania dopiero po otwarciu głosowania.</translation>
    </message>
    <message>
        <source>Choose a round on the left, or create one (Round &gt; New round).</source>
        <translation>Wybierz turę po lewej albo utwórz nową (Tura &gt; Nowa tura).</translation>
    </message>
    <message>
        <source>State:</source>
        <translation>Stan:</translation>
    </message>
    <message>
        <source>Budget:</source>
        <translation>Budżet:</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Voting method:</source>
        <translation>Sposób głosowania:</translation>
    </message>
    <message>
        <source>Projects:</source>
        <translation>Projekty:</translation>
    </message>
    <message>
        <source>District %1:</source>
        <translation>Dzielnica %1:</translation>
    </message>
    <message>
        <source>budget %1 %2</source>
        <translation>budżet %1 %2</translation>
    </message>
    <message numerus="yes">
        <source>at least %n project(s)</source>
        <translation>
            <numerusform>co najmniej %n projekt</numerusform>
            <numerusform>co najmniej %n projekty</numerusform>
            <numerusform>co najmniej %n projektów</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>at most %n project(s)</source>
        <translation>
            <numerusform>najwyżej %n projekt</numerusform>
            <numerusform>najwyżej %n projekty</numerusform>
            <numerusform>najwyżej %n projektów</numerusform>
        </translation>
    </message>
    <message>
        <source>spend at least %1% of the budget</source>
        <translation>wydać co najmniej %1% budżetu</translation>
    </message>
    <message numerus="yes">
        <source>%n point(s) to give</source>
        <translation>
            <numerusform>%n punkt do rozdania</numerusform>
            <numerusform>%n punkty do rozdania</numerusform>
            <numerusform>%n punktów do rozdania</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>at most %n point(s) per project</source>
        <translation>
            <numerusform>najwyżej %n punkt na projekt</numerusform>
            <numerusform>najwyżej %n punkty na projekt</numerusform>
            <numerusform>najwyżej %n punktów na projekt</numerusform>
        </translation>
    </message>
    <message>
        <source>Ballot limits:</source>
        <translation>Ograniczenia karty:</translation>
    </message>
    <message>
        <source>Imported from:</source>
        <translation>Zaimportowano z:</translation>
    </message>
    <message>
        <source>Access codes issued:</source>
        <translation>Wydane kody dostępu:</translation>
    </message>
    <message>
        <source>Ballots cast:</source>
        <translation>Oddane karty:</translation>
    </message>
    <message>
        <source>Turnout:</source>
        <translation>Frekwencja:</translation>
    </message>
    <message>
        <source>%1%</source>
        <translation>%1%</translation>
    </message>
    <message>
        <source>This round is no longer a draft: its projects, budget and rules are fixed.</source>
        <translation>Ta tura nie jest już wersją roboczą: jej projekty, budżet i zasady są ustalone.</translation>
    </message>
    <message>
        <source>Open a database first.</source>
        <translation>Najpierw otwórz bazę danych.</translation>
    </message>
    <message>
        <source>New round</source>
        <translation>Nowa tura</translation>
    </message>
    <message>
        <source>Voting &amp;method:</source>
        <translation>&amp;Sposób głosowania:</translation>
    </message>
    <message>
        <source>Round not created</source>
        <translation>Nie utworzono tury</translation>
    </message>
    <message numerus="yes">
        <source>Imported %1: %n vote(s).</source>
        <translation>
            <numerusform>Zaimportowano %1: %n głos.</numerusform>
            <numerusform>Zaimportowano %1: %n głosy.</numerusform>
            <numerusform>Zaimportowano %1: %n głosów.</numerusform>
        </translation>
    </message>
    <message>
        <source>Import a Pabulib election</source>
        <translation>Importuj głosowanie z Pabulib</translation>
    </message>
    <message>
        <source>Pabulib files (*.pb);;All files (*)</source>
        <translation>Pliki Pabulib (*.pb);;Wszystkie pliki (*)</translation>
    </message>
    <message>
        <source>Nothing was imported</source>
        <translation>Niczego nie zaimportowano</translation>
    </message>
    <message>
        <source>Choose a round first.</source>
        <translation>Najpierw wybierz turę.</translation>
    </message>
    <message>
        <source>An imported election is kept for analysis; it cannot be the start of a new round.</source>
        <translation>Zaimportowane głosowanie służy do analizy; nie może być podstawą nowej tury.</translation>
    </message>
    <message>
        <source>Add a district</source>
        <translation>Dodaj dzielnicę</translation>
    </message>
    <message>
        <source>District name:</source>
        <translation>Nazwa dzielnicy:</translation>
    </message>
    <message>
        <source>Budget of %1 (whole amount):</source>
        <translation>Budżet dzielnicy %1 (liczba całkowita):</translation>
    </message>
    <message>
        <source>District not added</source>
        <translation>Nie dodano dzielnicy</translation>
    </message>
    <message>
        <source>The budget must be a whole amount above zero, like 250000.</source>
        <translation>Budżet musi być liczbą całkowitą większą od zera, np. 250000.</translation>
    </message>
    <message>
        <source>Cannot change the rules</source>
        <translation>Nie można zmienić zasad</translation>
    </message>
    <message>
        <source>Voting rules</source>
        <translation>Zasady głosowania</translation>
    </message>
    <message>
        <source>no limit</source>
        <translation>bez limitu</translation>
    </message>
    <message>
        <source>Every point must be given</source>
        <translation>Trzeba rozdać wszystkie punkty</translation>
    </message>
    <message>
        <source>At &amp;least (projects):</source>
        <translation>Co &amp;najmniej (projekty):</translation>
    </message>
    <message>
        <source>At &amp;most (projects or ranks):</source>
        <translation>Naj&amp;wyżej (projekty lub miejsca):</translation>
    </message>
    <message>
        <source>Knapsack: spend at least (%):</source>
        <translation>Plecakowe: wydać co najmniej (%):</translation>
    </message>
    <message>
        <source>Cumulative: &amp;points to give:</source>
        <translation>Kumulatywne: &amp;punkty do rozdania:</translation>
    </message>
    <message>
        <source>Cumulative: at most per project:</source>
        <translation>Kumulatywne: najwyżej na projekt:</translation>
    </message>
    <message>
        <source>Rules not changed</source>
        <translation>Nie zmieniono zasad</translation>
    </message>
    <message>
        <source>Cannot duplicate</source>
        <translation>Nie można powielić</translation>
    </message>
    <message>
        <source>Duplicate this round</source>
        <translation>Powiel tę turę</translation>
    </message>
    <message>
        <source>Name of the new round:</source>
        <translation>Nazwa nowej tury:</translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <translation>%1 (kopia)</translation>
    </message>
    <message>
        <source>Round not duplicated</source>
        <translation>Nie powielono tury</translation>
    </message>
    <message>
        <source>Cannot add a project</source>
        <translation>Nie można dodać projektu</translation>
    </message>
    <message>
        <source>Project not added</source>
        <translation>Nie dodano projektu</translation>
    </message>
    <message>
        <source>Close voting?</source>
        <translation>Zamknąć głosowanie?</translation>
    </message>
    <message>
        <source>Closing ends voting in this round for good: no kiosk can take another ballot. This cannot be undone.</source>
        <translation>Zamknięcie kończy głosowanie w tej turze na stałe: żaden kiosk nie przyjmie już karty. Tego nie można cofnąć.</translation>
    </message>
    <message>
        <source>Voting not closed</source>
        <translation>Nie zamknięto głosowania</translation>
    </message>
    <message>
        <source>A kiosk&apos;s public key is 64 hexadecimal digits (pbvote keys list --json on the kiosk prints it); &quot;%1&quot; is not one.</source>
        <translation>Klucz publiczny kiosku to 64 cyfry szesnastkowe (wypisuje go polecenie pbvote keys list --json na kiosku); „%1” nim nie jest.</translation>
    </message>
    <message>
        <source>Kiosk not registered</source>
        <translation>Nie zarejestrowano kiosku</translation>
    </message>
    <message>
        <source>Kiosk %1 registered.</source>
        <translation>Zarejestrowano kiosk %1.</translation>
    </message>
    <message>
        <source>Key passphrase</source>
        <translation>Hasło do kluczy</translation>
    </message>
    <message>
        <source>An empty passphrase is not allowed.</source>
        <translation>Hasło nie może być puste.</translation>
    </message>
    <message>
        <source>Open voting?</source>
        <translation>Otworzyć głosowanie?</translation>
    </message>
    <message>
        <source>Opening signs this round&apos;s projects, budget, rules and kiosks; none of them can change afterwards. Open voting now?</source>
        <translation>Otwarcie podpisuje projekty, budżet, zasady i kioski tej tury; potem nie można ich zmienić. Otworzyć głosowanie teraz?</translation>
    </message>
    <message>
        <source>Passphrase that protects the organizer&apos;s keys:</source>
        <translation>Hasło chroniące klucze organizatora:</translation>
    </message>
    <message>
        <source>Voting not opened</source>
        <translation>Nie otwarto głosowania</translation>
    </message>
    <message>
        <source>Voting is open.</source>
        <translation>Głosowanie jest otwarte.</translation>
    </message>
    <message>
        <source>Count the votes</source>
        <translation>Policz głosy</translation>
    </message>
    <message>
        <source>Counting rule:</source>
        <translation>Reguła liczenia głosów:</translation>
    </message>
    <message>
        <source>Passphrase of the election and authority keys:</source>
        <translation>Hasło do kluczy głosowania i organu:</translation>
    </message>
    <message>
        <source>Votes not counted</source>
        <translation>Nie policzono głosów</translation>
    </message>
    <message>
        <source>Choose where the codes go (a PDF sheet, a CSV file or both): they are shown only once.</source>
        <translation>Wybierz, gdzie zapisać kody (arkusz PDF, plik CSV lub oba): są pokazywane tylko raz.</translation>
    </message>
    <message numerus="yes">
        <source>The %n code(s) were issued, but %1. Those codes cannot be shown again: issue a new batch and do not hand out this one.</source>
        <translation>
            <numerusform>Wydano %n kod, ale %1. Tego kodu nie można pokazać ponownie: wydaj nową partię i nie rozdawaj tej.</numerusform>
            <numerusform>Wydano %n kody, ale %1. Tych kodów nie można pokazać ponownie: wydaj nową partię i nie rozdawaj tej.</numerusform>
            <numerusform>Wydano %n kodów, ale %1. Tych kodów nie można pokazać ponownie: wydaj nową partię i nie rozdawaj tej.</numerusform>
        </translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Pliki PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Codes not issued</source>
        <translation>Nie wydano kodów</translation>
    </message>
    <message>
        <source>Round %1 has not been counted yet.</source>
        <translation>Tura %1 nie została jeszcze policzona.</translation>
    </message>
    <message>
        <source>Save the results report (PDF)</source>
        <translation>Zapisz raport z wynikami (PDF)</translation>
    </message>
    <message>
        <source>Results not exported</source>
        <translation>Nie wyeksportowano wyników</translation>
    </message>
    <message>
        <source>Wrote %1 and %2.</source>
        <translation>Zapisano %1 i %2.</translation>
    </message>
    <message>
        <source>Election record exported</source>
        <translation>Wyeksportowano zapis głosowania</translation>
    </message>
    <message>
        <source>Export the election record</source>
        <translation>Eksportuj zapis głosowania</translation>
    </message>
    <message>
        <source>Election records (*.json)</source>
        <translation>Zapisy głosowania (*.json)</translation>
    </message>
    <message>
        <source>Record not exported</source>
        <translation>Nie wyeksportowano zapisu</translation>
    </message>
    <message>
        <source>Wrote %1.</source>
        <translation>Zapisano %1.</translation>
    </message>
    <message>
        <source>&amp;Edit the project…</source>
        <translation>&amp;Edytuj projekt…</translation>
    </message>
    <message>
        <source>Re&amp;move the project…</source>
        <translation>&amp;Usuń projekt…</translation>
    </message>
    <message>
        <source>Change the chosen project</source>
        <translation>Zmień wybrany projekt</translation>
    </message>
    <message>
        <source>Take the chosen project off the ballot</source>
        <translation>Usuń wybrany projekt z karty</translation>
    </message>
    <message>
        <source>Cannot edit the project</source>
        <translation>Nie można edytować projektu</translation>
    </message>
    <message>
        <source>Choose a project in the table first.</source>
        <translation>Najpierw wybierz projekt w tabeli.</translation>
    </message>
    <message>
        <source>Projects can only change while the round is a draft: once voting has opened, nothing that changes the outcome can change.</source>
        <translation>Projekty można zmieniać tylko, gdy tura jest szkicem: po otwarciu głosowania nic, co wpływa na wynik, nie może się zmienić.</translation>
    </message>
    <message>
        <source>Project not changed</source>
        <translation>Projekt nie został zmieniony</translation>
    </message>
    <message>
        <source>Cannot remove the project</source>
        <translation>Nie można usunąć projektu</translation>
    </message>
    <message>
        <source>Remove project %1?</source>
        <translation>Usunąć projekt %1?</translation>
    </message>
    <message>
        <source>Project %1 will be taken off this draft ballot, with its picture.</source>
        <translation>Projekt %1 zostanie usunięty z tej roboczej karty razem ze zdjęciem.</translation>
    </message>
    <message>
        <source>Project not removed</source>
        <translation>Projekt nie został usunięty</translation>
    </message>
    <message>
        <source>Redo %1</source>
        <translation>Ponów %1</translation>
    </message>
    <message>
        <source>Undo %1</source>
        <translation>Cofnij %1</translation>
    </message>
    <message>
        <source>&amp;Kiosks</source>
        <translation>&amp;Kioski</translation>
    </message>
    <message>
        <source>Access &amp;codes</source>
        <translation>Kody &amp;dostępu</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Cofnij</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Ponów</translation>
    </message>
    <message>
        <source>Round &amp;settings…</source>
        <translation>&amp;Ustawienia tury…</translation>
    </message>
    <message>
        <source>Ctrl+E</source>
        <translation>Ctrl+E</translation>
    </message>
    <message>
        <source>Import projects from &amp;CSV…</source>
        <translation>Importuj projekty z pliku &amp;CSV…</translation>
    </message>
    <message>
        <source>Remove a district…</source>
        <translation>Usuń dzielnicę…</translation>
    </message>
    <message>
        <source>Export the votes (&amp;Pabulib)…</source>
        <translation>Eksportuj głosy (&amp;Pabulib)…</translation>
    </message>
    <message>
        <source>Export the projects (CS&amp;V)…</source>
        <translation>Eksportuj projekty (CS&amp;V)…</translation>
    </message>
    <message>
        <source>Pu&amp;blish the result…</source>
        <translation>Opu&amp;blikuj wynik…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+P</source>
        <translation>Ctrl+Shift+P</translation>
    </message>
    <message>
        <source>%1 is already open in another pbvote console (process %2 on %3). Close it there first: two consoles changing the same rounds would each show a state the other has changed. Kiosks can keep voting meanwhile.</source>
        <translation>Plik %1 jest już otwarty w innej konsoli pbvote (proces %2 na %3). Najpierw zamknij go tam: dwie konsole zmieniające te same tury pokazywałyby stan, który druga już zmieniła. Kioski mogą w tym czasie dalej przyjmować głosy.</translation>
    </message>
    <message>
        <source>this computer</source>
        <translation>tym komputerze</translation>
    </message>
    <message>
        <source>Cannot open %1: the console cannot write its lock file next to it (is the folder read-only?).</source>
        <translation>Nie można otworzyć %1: konsola nie może zapisać obok niego pliku blokady (czy folder jest tylko do odczytu?).</translation>
    </message>
    <message>
        <source>Remove a district that has no projects</source>
        <translation>Usuń dzielnicę, która nie ma projektów</translation>
    </message>
    <message>
        <source>This round has no districts.</source>
        <translation>Ta tura nie ma dzielnic.</translation>
    </message>
    <message>
        <source>Name, budget, categories, voting period and counting rule</source>
        <translation>Nazwa, budżet, kategorie, okres głosowania i reguła liczenia głosów</translation>
    </message>
    <message>
        <source>See the round&apos;s settings (they are fixed once voting has opened)</source>
        <translation>Zobacz ustawienia tury (po otwarciu głosowania są ustalone)</translation>
    </message>
    <message>
        <source>Add projects from a spreadsheet saved as CSV</source>
        <translation>Dodaj projekty z arkusza kalkulacyjnego zapisanego jako CSV</translation>
    </message>
    <message>
        <source>The projects as a spreadsheet (CSV), with their translations</source>
        <translation>Projekty jako arkusz kalkulacyjny (CSV) wraz z tłumaczeniami</translation>
    </message>
    <message>
        <source>Write the report, the results, the votes and the election record to one folder, and mark the result published</source>
        <translation>Zapisz raport, wyniki, głosy i zapis głosowania w jednym folderze i oznacz wynik jako opublikowany</translation>
    </message>
    <message>
        <source>A result is published after the votes are counted.</source>
        <translation>Wynik publikuje się po policzeniu głosów.</translation>
    </message>
    <message>
        <source>Every vote, without ballot ids, in a random order (Pabulib format)</source>
        <translation>Wszystkie głosy, bez identyfikatorów kart, w losowej kolejności (format Pabulib)</translation>
    </message>
    <message>
        <source>Votes are published only after voting has closed.</source>
        <translation>Głosy publikuje się dopiero po zamknięciu głosowania.</translation>
    </message>
    <message>
        <source>not chosen yet</source>
        <translation>jeszcze nie wybrano</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>nie ustawiono</translation>
    </message>
    <message>
        <source>Voting period:</source>
        <translation>Okres głosowania:</translation>
    </message>
    <message>
        <source>Categories:</source>
        <translation>Kategorie:</translation>
    </message>
    <message>
        <source>Not on the ballot:</source>
        <translation>Poza kartą:</translation>
    </message>
    <message numerus="yes">
        <source>%n project(s) under review, rejected or withdrawn</source>
        <translation>
            <numerusform>%n projekt w ocenie, odrzucony lub wycofany</numerusform>
            <numerusform>%n projekty w ocenie, odrzucone lub wycofane</numerusform>
            <numerusform>%n projektów w ocenie, odrzuconych lub wycofanych</numerusform>
        </translation>
    </message>
    <message>
        <source>Kiosks:</source>
        <translation>Kioski:</translation>
    </message>
    <message>
        <source>%1 registered, %2 revoked</source>
        <translation>zarejestrowane: %1, unieważnione: %2</translation>
    </message>
    <message>
        <source>%1 registered</source>
        <translation>zarejestrowane: %1</translation>
    </message>
    <message>
        <source>Result:</source>
        <translation>Wynik:</translation>
    </message>
    <message>
        <source>published</source>
        <translation>opublikowany</translation>
    </message>
    <message>
        <source>Cannot show the round&apos;s settings</source>
        <translation>Nie można pokazać ustawień tury</translation>
    </message>
    <message>
        <source>Settings of %1</source>
        <translation>Ustawienia: %1</translation>
    </message>
    <message>
        <source>Voting has opened: nothing that changes the outcome can be edited.</source>
        <translation>Głosowanie zostało otwarte: nie można edytować niczego, co wpływa na wynik.</translation>
    </message>
    <message>
        <source>Settings not changed</source>
        <translation>Nie zmieniono ustawień</translation>
    </message>
    <message>
        <source>%1 failed</source>
        <translation>Nie powiodło się: %1</translation>
    </message>
    <message>
        <source>%1

The undo history no longer matches the database and has been cleared.</source>
        <translation>%1

Historia cofania nie zgadza się już z bazą danych i została wyczyszczona.</translation>
    </message>
    <message>
        <source>Round %1 has no project %2.</source>
        <translation>Tura %1 nie ma projektu %2.</translation>
    </message>
    <message>
        <source>The round already has a project %1.</source>
        <translation>Tura ma już projekt %1.</translation>
    </message>
    <message>
        <source>add project %1</source>
        <translation>dodanie projektu %1</translation>
    </message>
    <message>
        <source>change project %1</source>
        <translation>zmiany w projekcie %1</translation>
    </message>
    <message>
        <source>remove project %1</source>
        <translation>usunięcie projektu %1</translation>
    </message>
    <message>
        <source>add district %1</source>
        <translation>dodanie dzielnicy %1</translation>
    </message>
    <message>
        <source>Round %1 has no district %2.</source>
        <translation>Tura %1 nie ma dzielnicy %2.</translation>
    </message>
    <message>
        <source>remove district %1</source>
        <translation>usunięcie dzielnicy %1</translation>
    </message>
    <message>
        <source>change the voting rules</source>
        <translation>zmiany zasad głosowania</translation>
    </message>
    <message>
        <source>change the round&apos;s settings</source>
        <translation>zmiany ustawień tury</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Nie można odczytać %1: %2</translation>
    </message>
    <message>
        <source>%1 is larger than 16 MiB: it is not a list of projects.</source>
        <translation>%1 ma ponad 16 MiB: to nie jest lista projektów.</translation>
    </message>
    <message numerus="yes">
        <source>import %n project(s) from CSV</source>
        <translation>
            <numerusform>import %n projektu z CSV</numerusform>
            <numerusform>import %n projektów z CSV</numerusform>
            <numerusform>import %n projektów z CSV</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Nie można zapisać %1: %2</translation>
    </message>
    <message>
        <source>Cannot remove a district</source>
        <translation>Nie można usunąć dzielnicy</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>district name (id)</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Remove a district</source>
        <translation>Usuń dzielnicę</translation>
    </message>
    <message>
        <source>District to remove (it must have no projects):</source>
        <translation>Dzielnica do usunięcia (nie może mieć projektów):</translation>
    </message>
    <message>
        <source>District not removed</source>
        <translation>Nie usunięto dzielnicy</translation>
    </message>
    <message>
        <source>Import projects from CSV</source>
        <translation>Importuj projekty z CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>Pliki CSV (*.csv);;Wszystkie pliki (*)</translation>
    </message>
    <message>
        <source>No project was imported</source>
        <translation>Nie zaimportowano żadnego projektu</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n project(s) from %1.</source>
        <translation>
            <numerusform>Zaimportowano %n projekt z %1.</numerusform>
            <numerusform>Zaimportowano %n projekty z %1.</numerusform>
            <numerusform>Zaimportowano %n projektów z %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Export the projects (CSV)</source>
        <translation>Eksportuj projekty (CSV)</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Pliki CSV (*.csv)</translation>
    </message>
    <message>
        <source>Projects not exported</source>
        <translation>Nie wyeksportowano projektów</translation>
    </message>
    <message>
        <source>Export the votes (Pabulib)</source>
        <translation>Eksportuj głosy (Pabulib)</translation>
    </message>
    <message>
        <source>Pabulib files (*.pb)</source>
        <translation>Pliki Pabulib (*.pb)</translation>
    </message>
    <message>
        <source>Passphrase of the election key (the sealed ballots are opened to write the votes):</source>
        <translation>Hasło do klucza głosowania (zapieczętowane karty zostaną otwarte, aby zapisać głosy):</translation>
    </message>
    <message>
        <source>Votes not exported</source>
        <translation>Nie wyeksportowano głosów</translation>
    </message>
    <message>
        <source>Cannot publish</source>
        <translation>Nie można opublikować</translation>
    </message>
    <message>
        <source>Folder to publish into</source>
        <translation>Folder publikacji</translation>
    </message>
    <message>
        <source>Publishing writes the results report (PDF), the results (CSV), every vote without ballot ids (Pabulib) and the election record for auditors to %1, and marks the result of &quot;%2&quot; published.</source>
        <translation>Publikacja zapisuje w %1 raport z wynikami (PDF), wyniki (CSV), wszystkie głosy bez identyfikatorów kart (Pabulib) i zapis głosowania dla audytorów, a wynik tury „%2” oznacza jako opublikowany.</translation>
    </message>
    <message>
        <source>These files are already there and will be replaced: %1</source>
        <translation>Te pliki już tam są i zostaną zastąpione: %1</translation>
    </message>
    <message>
        <source>Publish the result?</source>
        <translation>Opublikować wynik?</translation>
    </message>
    <message>
        <source>Passphrase of the election key (the votes are published without ballot ids):</source>
        <translation>Hasło do klucza głosowania (głosy są publikowane bez identyfikatorów kart):</translation>
    </message>
    <message>
        <source>Result not published</source>
        <translation>Nie opublikowano wyniku</translation>
    </message>
    <message>
        <source>Result published</source>
        <translation>Wynik opublikowany</translation>
    </message>
    <message>
        <source>Wrote to %1:
%2</source>
        <translation>Zapisano w %1:
%2</translation>
    </message>
    <message>
        <source>register kiosk %1</source>
        <translation>zarejestrowanie kiosku %1</translation>
    </message>
    <message>
        <source>Kiosk %1 is not registered for this round.</source>
        <translation>Kiosk %1 nie jest zarejestrowany w tej turze.</translation>
    </message>
    <message>
        <source>remove kiosk %1</source>
        <translation>usunięcie kiosku %1</translation>
    </message>
    <message>
        <source>revoke kiosk %1</source>
        <translation>unieważnienie kiosku %1</translation>
    </message>
    <message>
        <source>reinstate kiosk %1</source>
        <translation>przywrócenie kiosku %1</translation>
    </message>
    <message>
        <source>void batch %1 of codes</source>
        <translation>anulowanie partii kodów %1</translation>
    </message>
    <message>
        <source>restore batch %1 of codes</source>
        <translation>przywrócenie partii kodów %1</translation>
    </message>
    <message>
        <source>Revoke kiosk %1?</source>
        <translation>Unieważnić kiosk %1?</translation>
    </message>
    <message numerus="yes">
        <source>Revoke a kiosk that was lost, stolen or tampered with. It can record no more ballots, and the %n ballot(s) it holds in this database will not be counted (they stay stored, and auditors see the revocation). You can reinstate it until the votes are counted.</source>
        <translation>
            <numerusform>Unieważnij kiosk, który zginął, został skradziony lub naruszony. Nie zapisze już żadnej karty, a %n karta, którą przechowuje w tej bazie danych, nie zostanie policzona (pozostaje zapisana, a audytorzy widzą unieważnienie). Możesz go przywrócić, dopóki głosy nie zostaną policzone.</numerusform>
            <numerusform>Unieważnij kiosk, który zginął, został skradziony lub naruszony. Nie zapisze już żadnej karty, a %n karty, które przechowuje w tej bazie danych, nie zostaną policzone (pozostają zapisane, a audytorzy widzą unieważnienie). Możesz go przywrócić, dopóki głosy nie zostaną policzone.</numerusform>
            <numerusform>Unieważnij kiosk, który zginął, został skradziony lub naruszony. Nie zapisze już żadnej karty, a %n kart, które przechowuje w tej bazie danych, nie zostanie policzonych (pozostają zapisane, a audytorzy widzą unieważnienie). Możesz go przywrócić, dopóki głosy nie zostaną policzone.</numerusform>
        </translation>
    </message>
    <message>
        <source>Kiosk not revoked</source>
        <translation>Nie unieważniono kiosku</translation>
    </message>
    <message>
        <source>Kiosk not reinstated</source>
        <translation>Nie przywrócono kiosku</translation>
    </message>
    <message>
        <source>Remove kiosk %1?</source>
        <translation>Usunąć kiosk %1?</translation>
    </message>
    <message>
        <source>Kiosk %1 will not be able to sign ballots for this round. Edit &gt; Undo registers it again.</source>
        <translation>Kiosk %1 nie będzie mógł podpisywać kart w tej turze. Edycja &gt; Cofnij zarejestruje go ponownie.</translation>
    </message>
    <message>
        <source>Kiosk not removed</source>
        <translation>Nie usunięto kiosku</translation>
    </message>
    <message>
        <source>Void batch %1?</source>
        <translation>Anulować partię %1?</translation>
    </message>
    <message>
        <source>Void a batch whose slips were lost or handed out wrongly: its unused codes will be refused at the kiosks. Codes already used stay counted. Edit &gt; Undo restores the batch.</source>
        <translation>Anuluj partię, której kartki zginęły lub zostały wydane przez pomyłkę: kioski będą odrzucać jej niewykorzystane kody. Już wykorzystane kody nadal się liczą. Edycja &gt; Cofnij przywraca partię.</translation>
    </message>
    <message>
        <source>Batch not voided</source>
        <translation>Nie anulowano partii</translation>
    </message>
    <message>
        <source>Batch not restored</source>
        <translation>Nie przywrócono partii</translation>
    </message>
    <message>
        <source>Cannot count</source>
        <translation>Nie można policzyć głosów</translation>
    </message>
    <message>
        <source>Counting rule (the official result uses %1, chosen before voting opened; any other rule is a comparison):</source>
        <translation>Reguła liczenia głosów (oficjalny wynik używa reguły %1, wybranej przed otwarciem głosowania; każda inna reguła służy tylko do porównania):</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <comment>round name — district name</comment>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Cannot issue codes</source>
        <translation>Nie można wydać kodów</translation>
    </message>
    <message numerus="yes">
        <source>Issued %n code(s).</source>
        <translation>
            <numerusform>Wydano %n kod.</numerusform>
            <numerusform>Wydano %n kody.</numerusform>
            <numerusform>Wydano %n kodów.</numerusform>
        </translation>
    </message>
    <message>
        <source>Count the votes before publishing the result.</source>
        <translation>Przed publikacją wyniku policz głosy.</translation>
    </message>
    <message>
        <source>The votes have not been counted with the round&apos;s rule (%1) yet: only the official count is published.</source>
        <translation>Głosy nie zostały jeszcze policzone według reguły tury (%1): publikuje się tylko oficjalne liczenie.</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>Nie można utworzyć folderu %1.</translation>
    </message>
    <message>
        <source>The report and results were written, but not the votes: %1</source>
        <translation>Zapisano raport i wyniki, ale nie głosy: %1</translation>
    </message>
    <message>
        <source>The report, results and votes were written, but not the election record: %1</source>
        <translation>Zapisano raport, wyniki i głosy, ale nie zapis głosowania: %1</translation>
    </message>
    <message>
        <source>Published to %1: %2</source>
        <translation>Opublikowano w %1: %2</translation>
    </message>
    <message>
        <source>A project %1 was added after this one was removed; it is kept as it is.</source>
        <translation>Po usunięciu tego projektu dodano inny projekt %1; pozostaje on bez zmian.</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <comment>voting opens – closes</comment>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>Done: %1. Edit &gt; Undo takes it back.</source>
        <translation>Wykonano: %1. Edycja &gt; Cofnij, aby wycofać.</translation>
    </message>
    <message>
        <source>Voting cannot open yet</source>
        <translation>Nie można jeszcze otworzyć głosowania</translation>
    </message>
    <message>
        <source>Choose the passphrase that will protect the organizer&apos;s keys. Without it the votes cannot be counted: keep it safe.</source>
        <translation>Wybierz hasło, które będzie chronić klucze organizatora. Bez niego nie da się policzyć głosów: przechowuj je bezpiecznie.</translation>
    </message>
    <message>
        <source>Type the same passphrase again:</source>
        <translation>Wpisz to samo hasło jeszcze raz:</translation>
    </message>
    <message>
        <source>The two passphrases differ; nothing was changed.</source>
        <translation>Hasła się różnią; niczego nie zmieniono.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>rule title (rule name)</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>&amp;Verify an election record…</source>
        <translation>Sp&amp;rawdź zapis głosowania…</translation>
    </message>
    <message>
        <source>Run the auditors&apos; checks on an election record and save their report</source>
        <translation>Wykonaj sprawdzenia audytorów na zapisie głosowania i zapisz ich raport</translation>
    </message>
</context>
<context>
    <name>pbvote::console::IssueCodesDialog</name>
    <message>
        <source>Issue access codes for %1</source>
        <translation>Wydaj kody dostępu: %1</translation>
    </message>
    <message>
        <source>e.g. Central Library, week 1</source>
        <translation>np. Biblioteka Główna, tydzień 1</translation>
    </message>
    <message>
        <source>City-wide</source>
        <translation>Całe miasto</translation>
    </message>
    <message>
        <source>A sheet of slips to print</source>
        <translation>Arkusz kartek do wydruku</translation>
    </message>
    <message>
        <source>A spreadsheet of the codes</source>
        <translation>Arkusz kalkulacyjny z kodami</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>P&amp;rzeglądaj…</translation>
    </message>
    <message>
        <source>Choose the PDF file</source>
        <translation>Wybierz plik PDF</translation>
    </message>
    <message>
        <source>Bro&amp;wse…</source>
        <translation>Prze&amp;glądaj…</translation>
    </message>
    <message>
        <source>Choose the CSV file</source>
        <translation>Wybierz plik CSV</translation>
    </message>
    <message>
        <source>Each code lets one resident vote once. A code of a district&apos;s batch votes on that district&apos;s ballot.</source>
        <translation>Każdym kodem jeden mieszkaniec może zagłosować raz. Kod z partii dzielnicy służy do głosowania na karcie tej dzielnicy.</translation>
    </message>
    <message>
        <source>The codes are shown only once, in the files written now: the database keeps only their hashes, so they cannot be printed again. Keep the files safe until the slips are handed out.</source>
        <translation>Kody są pokazywane tylko raz, w zapisywanych teraz plikach: baza danych przechowuje tylko ich skróty (hashe), więc nie da się ich ponownie wydrukować. Przechowuj pliki bezpiecznie, dopóki kartki nie zostaną rozdane.</translation>
    </message>
    <message>
        <source>&amp;Number of codes:</source>
        <translation>&amp;Liczba kodów:</translation>
    </message>
    <message>
        <source>&amp;Label:</source>
        <translation>&amp;Etykieta:</translation>
    </message>
    <message>
        <source>&amp;District:</source>
        <translation>&amp;Dzielnica:</translation>
    </message>
    <message>
        <source>&amp;PDF sheet:</source>
        <translation>Arkusz &amp;PDF:</translation>
    </message>
    <message>
        <source>&amp;CSV file:</source>
        <translation>Plik &amp;CSV:</translation>
    </message>
    <message>
        <source>&amp;Issue codes</source>
        <translation>&amp;Wydaj kody</translation>
    </message>
    <message>
        <source>Choose where the codes go: a PDF sheet, a CSV file or both.</source>
        <translation>Wybierz, gdzie zapisać kody: arkusz PDF, plik CSV lub oba.</translation>
    </message>
    <message>
        <source>The PDF sheet and the CSV file must be two different files.</source>
        <translation>Arkusz PDF i plik CSV muszą być dwoma różnymi plikami.</translation>
    </message>
    <message>
        <source>Save the code slips (PDF, to print)</source>
        <translation>Zapisz kartki z kodami (PDF do wydruku)</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Pliki PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Save the codes (CSV)</source>
        <translation>Zapisz kody (CSV)</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Pliki CSV (*.csv)</translation>
    </message>
</context>
<context>
    <name>pbvote::console::KioskDialog</name>
    <message>
        <source>Register a kiosk</source>
        <translation>Zarejestruj kiosk</translation>
    </message>
    <message>
        <source>e.g. LIB-01</source>
        <translation>np. LIB-01</translation>
    </message>
    <message>
        <source>e.g. Central Library</source>
        <translation>np. Biblioteka Główna</translation>
    </message>
    <message>
        <source>e.g. ground floor, by the entrance</source>
        <translation>np. parter, przy wejściu</translation>
    </message>
    <message>
        <source>64 hexadecimal digits, pasted from the kiosk</source>
        <translation>64 cyfry szesnastkowe wklejone z kiosku</translation>
    </message>
    <message>
        <source>Kiosk &amp;id:</source>
        <translation>&amp;Id. kiosku:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nazwa:</translation>
    </message>
    <message>
        <source>&amp;Location:</source>
        <translation>&amp;Lokalizacja:</translation>
    </message>
    <message>
        <source>Public &amp;key:</source>
        <translation>&amp;Klucz publiczny:</translation>
    </message>
    <message>
        <source>&amp;Register</source>
        <translation>&amp;Zarejestruj</translation>
    </message>
    <message>
        <source>Paste the kiosk&apos;s public key: 64 hexadecimal digits.</source>
        <translation>Wklej klucz publiczny kiosku: 64 cyfry szesnastkowe.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a hexadecimal digit: a public key has only 0–9 and a–f.</source>
        <translation>„%1” nie jest cyfrą szesnastkową: klucz publiczny zawiera tylko 0–9 i a–f.</translation>
    </message>
    <message>
        <source>The key has %1 hexadecimal digits; a kiosk&apos;s public key has %2.</source>
        <translation>Liczba cyfr szesnastkowych w kluczu: %1; klucz publiczny kiosku ma ich %2.</translation>
    </message>
    <message>
        <source>Enter the kiosk&apos;s id, e.g. LIB-01.</source>
        <translation>Wpisz id. kiosku, np. LIB-01.</translation>
    </message>
    <message>
        <source>Key fingerprint: %1. Check that the kiosk shows the same (pbvote keys list).</source>
        <translation>Odcisk klucza: %1. Sprawdź, czy kiosk pokazuje taki sam (pbvote keys list).</translation>
    </message>
    <message>
        <source>A kiosk signs every ballot cast on it with a key made on the kiosk itself. Paste its public key: on the kiosk, this command prints it as &lt;code&gt;public_key&lt;/code&gt;:&lt;br&gt;&lt;code&gt;pbvote keys list --json&lt;/code&gt;</source>
        <translation>Kiosk podpisuje każdą oddaną na nim kartę kluczem utworzonym na samym kiosku. Wklej jego klucz publiczny: na kiosku to polecenie wypisuje go jako &lt;code&gt;public_key&lt;/code&gt;:&lt;br&gt;&lt;code&gt;pbvote keys list --json&lt;/code&gt;</translation>
    </message>
</context>
<context>
    <name>pbvote::console::KioskTableModel</name>
    <message>
        <source>Revoked</source>
        <translation>Unieważniony</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Zamknięty</translation>
    </message>
    <message>
        <source>Registered</source>
        <translation>Zarejestrowany</translation>
    </message>
    <message>
        <source>Public key: %1</source>
        <translation>Klucz publiczny: %1</translation>
    </message>
    <message>
        <source>The kiosk may sign ballots for this round.</source>
        <translation>Kiosk może podpisywać karty w tej turze.</translation>
    </message>
    <message>
        <source>The kiosk has not signed a checkpoint yet.</source>
        <translation>Kiosk nie podpisał jeszcze żadnego punktu kontrolnego.</translation>
    </message>
    <message>
        <source>Its checkpoint states %1, this database holds %2 from it.</source>
        <translation>Jego punkt kontrolny podaje %1, a ta baza danych ma od niego %2.</translation>
    </message>
    <message>
        <source>—</source>
        <comment>no checkpoint yet</comment>
        <translation>—</translation>
    </message>
    <message>
        <source>Kiosk</source>
        <translation>Kiosk</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nazwa</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Lokalizacja</translation>
    </message>
    <message>
        <source>The key fingerprint that pbvote keys list shows on the kiosk</source>
        <translation>Odcisk klucza, który pokazuje pbvote keys list na kiosku</translation>
    </message>
    <message>
        <source>Key fingerprint</source>
        <translation>Odcisk klucza</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Signed ballots from this kiosk in this database (how many, never what they say)</source>
        <translation>Podpisane karty z tego kiosku w tej bazie danych (ile, nigdy co zawierają)</translation>
    </message>
    <message>
        <source>Ballots stored</source>
        <translation>Zapisane karty</translation>
    </message>
    <message>
        <source>How many ballots the kiosk&apos;s latest signed checkpoint states</source>
        <translation>Ile kart podaje ostatni podpisany punkt kontrolny kiosku</translation>
    </message>
    <message>
        <source>In last checkpoint</source>
        <translation>W ostatnim punkcie kontrolnym</translation>
    </message>
    <message>
        <source>Revoked: this kiosk can accept no more ballots and its ballots are not counted (they stay stored).</source>
        <translation>Unieważniony: ten kiosk nie przyjmie już kart, a jego karty nie są liczone (pozostają zapisane).</translation>
    </message>
    <message>
        <source>The kiosk signed its final checkpoint: it accepts no more ballots.</source>
        <translation>Kiosk podpisał końcowy punkt kontrolny: nie przyjmuje już kart.</translation>
    </message>
</context>
<context>
    <name>pbvote::console::KiosksPage</name>
    <message>
        <source>Each kiosk signs the ballots cast on it with its own key. Here you see how many ballots each one holds and reports, never what they say.</source>
        <translation>Każdy kiosk podpisuje oddane na nim karty własnym kluczem. Tutaj widać, ile kart każdy z nich przechowuje i zgłasza, nigdy co zawierają.</translation>
    </message>
    <message>
        <source>&amp;Register kiosk…</source>
        <translation>&amp;Zarejestruj kiosk…</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>&amp;Usuń</translation>
    </message>
    <message>
        <source>Kiosks of the round</source>
        <translation>Kioski tury</translation>
    </message>
    <message>
        <source>Choose or create a round first.</source>
        <translation>Najpierw wybierz lub utwórz turę.</translation>
    </message>
    <message>
        <source>Choose a kiosk in the table first.</source>
        <translation>Najpierw wybierz kiosk w tabeli.</translation>
    </message>
    <message>
        <source>Add a kiosk by the public key made on it.</source>
        <translation>Dodaj kiosk za pomocą utworzonego na nim klucza publicznego.</translation>
    </message>
    <message>
        <source>Kiosks are registered while the round is a draft: the opened round&apos;s signed manifest lists them.</source>
        <translation>Kioski rejestruje się, gdy tura jest wersją roboczą: podpisany manifest otwartej tury zawiera ich listę.</translation>
    </message>
    <message>
        <source>Rein&amp;state</source>
        <translation>P&amp;rzywróć</translation>
    </message>
    <message>
        <source>Re&amp;voke…</source>
        <translation>U&amp;nieważnij…</translation>
    </message>
    <message>
        <source>Kiosks are revoked once voting has opened; while the round is a draft, remove the kiosk instead.</source>
        <translation>Kioski unieważnia się po otwarciu głosowania; gdy tura jest wersją roboczą, po prostu usuń kiosk.</translation>
    </message>
    <message>
        <source>The votes are counted: a kiosk can no longer be revoked or reinstated.</source>
        <translation>Głosy zostały policzone: nie można już unieważnić ani przywrócić kiosku.</translation>
    </message>
    <message>
        <source>Kiosks can only be removed while the round is a draft; revoke it instead.</source>
        <translation>Kioski można usuwać tylko, gdy tura jest wersją roboczą; zamiast tego unieważnij kiosk.</translation>
    </message>
    <message>
        <source>Kiosks can only be removed while the round is a draft.</source>
        <translation>Kioski można usuwać tylko, gdy tura jest wersją roboczą.</translation>
    </message>
    <message>
        <source>Take the chosen kiosk off this round.</source>
        <translation>Usuń wybrany kiosk z tej tury.</translation>
    </message>
    <message>
        <source>The kiosks cannot be read: %1</source>
        <translation>Nie można odczytać kiosków: %1</translation>
    </message>
    <message>
        <source>Register every kiosk before voting opens: the round&apos;s signed manifest lists them.</source>
        <translation>Zarejestruj wszystkie kioski przed otwarciem głosowania: podpisany manifest tury zawiera ich listę.</translation>
    </message>
    <message>
        <source>The votes are counted: the kiosks can no longer change.</source>
        <translation>Głosy zostały policzone: kiosków nie można już zmieniać.</translation>
    </message>
    <message>
        <source>Let this kiosk accept ballots again and count its ballots.</source>
        <translation>Pozwól temu kioskowi znów przyjmować karty i licz jego karty.</translation>
    </message>
    <message>
        <source>Stop this kiosk: it can accept no more ballots and its ballots are not counted (they stay stored).</source>
        <translation>Zatrzymaj ten kiosk: nie przyjmie już kart, a jego karty nie będą liczone (pozostają zapisane).</translation>
    </message>
    <message>
        <source>No kiosk can be added once voting has opened. A revoked kiosk accepts no more ballots and its ballots are not counted.</source>
        <translation>Po otwarciu głosowania nie można dodać kiosku. Unieważniony kiosk nie przyjmuje już kart, a jego karty nie są liczone.</translation>
    </message>
</context>
<context>
    <name>pbvote::console::ProjectDialog</name>
    <message>
        <source>Add a project</source>
        <translation>Dodaj projekt</translation>
    </message>
    <message>
        <source>e.g. P13</source>
        <translation>np. P13</translation>
    </message>
    <message>
        <source>City-wide</source>
        <translation>Ogólnomiejski</translation>
    </message>
    <message>
        <source>&amp;Id:</source>
        <translation>&amp;Id.:</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Tytuł:</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Opis:</translation>
    </message>
    <message>
        <source>C&amp;ost (%1):</source>
        <translation>&amp;Koszt (%1):</translation>
    </message>
    <message>
        <source>&amp;Category:</source>
        <translation>K&amp;ategoria:</translation>
    </message>
    <message>
        <source>Dis&amp;trict:</source>
        <translation>Dzie&amp;lnica:</translation>
    </message>
    <message>
        <source>Edit project %1</source>
        <translation>Edytuj projekt %1</translation>
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
        <translation>&amp;Wybierz zdjęcie…</translation>
    </message>
    <message>
        <source>Remo&amp;ve picture</source>
        <translation>&amp;Usuń zdjęcie</translation>
    </message>
    <message>
        <source>e.g. 125 000 or 125 000.50</source>
        <translation>np. 125 000 lub 125 000,50</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Brak</translation>
    </message>
    <message>
        <source>e.g. Green spaces</source>
        <translation>np. Tereny zielone</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>&amp;Status:</translation>
    </message>
    <message>
        <source>Picture</source>
        <translation>Zdjęcie</translation>
    </message>
    <message>
        <source>PNG or JPEG, at most %1. Shown on the project&apos;s card on the kiosk.</source>
        <translation>PNG lub JPEG, najwyżej %1. Wyświetlane na kafelku projektu w kiosku.</translation>
    </message>
    <message>
        <source>&amp;Project</source>
        <translation>&amp;Projekt</translation>
    </message>
    <message>
        <source>The kiosk shows a project&apos;s title and description in the voter&apos;s language when they are translated, and as written above otherwise.</source>
        <translation>Kiosk pokazuje tytuł i opis projektu w języku głosującego, jeśli zostały przetłumaczone, a w przeciwnym razie tak, jak wpisano je na karcie Projekt.</translation>
    </message>
    <message>
        <source>T&amp;ranslations</source>
        <translation>T&amp;łumaczenia</translation>
    </message>
    <message>
        <source>Choose a picture for the project</source>
        <translation>Wybierz zdjęcie projektu</translation>
    </message>
    <message>
        <source>Pictures (*.png *.jpg *.jpeg)</source>
        <translation>Obrazy (*.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <source>%1 was not taken: %2</source>
        <translation>Nie przyjęto pliku %1: %2</translation>
    </message>
    <message>
        <source>(new)</source>
        <translation>(nowy)</translation>
    </message>
    <message>
        <source>it looks like a PNG or JPEG file but cannot be shown; it may be damaged.</source>
        <translation>wygląda na plik PNG lub JPEG, ale nie da się go wyświetlić; może być uszkodzony.</translation>
    </message>
    <message>
        <source>No picture</source>
        <translation>Brak zdjęcia</translation>
    </message>
    <message>
        <source>This picture cannot be shown.</source>
        <translation>Nie można wyświetlić tego zdjęcia.</translation>
    </message>
    <message>
        <source>%1 × %2 pixels, %3</source>
        <translation>%1 × %2 pikseli, %3</translation>
    </message>
    <message>
        <source>The project&apos;s picture</source>
        <translation>Zdjęcie projektu</translation>
    </message>
    <message>
        <source>T&amp;itle in %1:</source>
        <translation>&amp;Tytuł (%1):</translation>
    </message>
    <message>
        <source>D&amp;escription in %1:</source>
        <translation>&amp;Opis (%1):</translation>
    </message>
    <message>
        <source>The cost must be an amount above zero, like 125 000 or 125 000.50.</source>
        <translation>Koszt musi być kwotą większą od zera, np. 125 000 lub 125 000,50.</translation>
    </message>
</context>
<context>
    <name>pbvote::console::ProjectTableModel</name>
    <message>
        <source>City-wide</source>
        <translation>Ogólnomiejski</translation>
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
        <translation>Tytuł</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategoria</translation>
    </message>
    <message>
        <source>District</source>
        <translation>Dzielnica</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Koszt</translation>
    </message>
    <message>
        <source>On the ballot</source>
        <translation>Na karcie</translation>
    </message>
    <message>
        <source>Under review</source>
        <translation>W ocenie</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Odrzucony</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>Wycofany</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
</context>
<context>
    <name>pbvote::console::ProjectTranslationModel</name>
    <message>
        <source>The translation into %1 has a description but no title: give it a title too, or clear the description.</source>
        <translation>Tłumaczenie (%1) ma opis, ale nie ma tytułu: dodaj tytuł albo usuń opis.</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Język</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Tytuł</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Opis</translation>
    </message>
</context>
<context>
    <name>pbvote::console::ResultsModel</name>
    <message>
        <source>round %1 (&quot;%2&quot;)</source>
        <translation>tura %1 („%2”)</translation>
    </message>
    <message>
        <source>The result of %1 is empty.</source>
        <translation>Wynik dla: %1 jest pusty.</translation>
    </message>
    <message>
        <source>The count of %1 gave no result: %2</source>
        <translation>Liczenie głosów (%1) nie dało wyniku: %2</translation>
    </message>
    <message>
        <source>The result is for round %1, not for %2.</source>
        <translation>Wynik dotyczy tury %1, a nie: %2.</translation>
    </message>
    <message>
        <source>The result of %1 does not name its counting rule.</source>
        <translation>Wynik dla: %1 nie podaje reguły liczenia głosów.</translation>
    </message>
    <message>
        <source>The result of %1 has no valid money_scale.</source>
        <translation>Wynik dla: %1 nie ma prawidłowego pola money_scale.</translation>
    </message>
    <message>
        <source>%1 has no district &quot;%2&quot;.</source>
        <translation>%1 nie ma dzielnicy „%2”.</translation>
    </message>
    <message>
        <source>The result of %1 has no list of projects.</source>
        <translation>Wynik dla: %1 nie zawiera listy projektów.</translation>
    </message>
    <message>
        <source>The result of %1 lists a project without an id.</source>
        <translation>Wynik dla: %1 zawiera projekt bez id.</translation>
    </message>
    <message>
        <source>The result names project &quot;%1&quot;, which %2 does not have.</source>
        <translation>Wynik wymienia projekt „%1”, którego nie ma w: %2.</translation>
    </message>
    <message>
        <source>The result lists project &quot;%1&quot; twice.</source>
        <translation>Wynik wymienia projekt „%1” dwa razy.</translation>
    </message>
    <message>
        <source>The cost of project &quot;%1&quot; in the result is not an amount.</source>
        <translation>Koszt projektu „%1” w wyniku nie jest kwotą.</translation>
    </message>
    <message>
        <source>Project &quot;%1&quot; costs %2 in the result but %3 in %4.</source>
        <translation>Projekt „%1” kosztuje %2 w wyniku, ale %3 w: %4.</translation>
    </message>
    <message>
        <source>Project &quot;%1&quot; in the result is marked %2 but has order %3.</source>
        <translation>Projekt „%1” jest w wyniku oznaczony jako %2, ale ma kolejność %3.</translation>
    </message>
    <message>
        <source>funded</source>
        <translation>sfinansowany</translation>
    </message>
    <message>
        <source>not funded</source>
        <translation>niesfinansowany</translation>
    </message>
    <message>
        <source>The result has no entry for project &quot;%1&quot; of %2.</source>
        <translation>Wynik nie zawiera pozycji dla projektu „%1” z: %2.</translation>
    </message>
    <message>
        <source>Project &quot;%1&quot; is a winner in the result but not marked funded.</source>
        <translation>Projekt „%1” jest w wyniku zwycięski, ale nie jest oznaczony jako sfinansowany.</translation>
    </message>
    <message>
        <source>The result of %1 has no valid budget, budget_used and budget_left.</source>
        <translation>Wynik dla: %1 nie ma prawidłowych pól budget, budget_used i budget_left.</translation>
    </message>
    <message>
        <source>The result of %1 does not say how many ballots were counted.</source>
        <translation>Wynik dla: %1 nie podaje, ile kart policzono.</translation>
    </message>
    <message>
        <source>The result of %1 has no count of the city-wide projects.</source>
        <translation>Wynik dla: %1 nie zawiera wyników projektów ogólnomiejskich.</translation>
    </message>
    <message>
        <source>The result of %1 has no count for district &quot;%2&quot;.</source>
        <translation>Wynik dla: %1 nie zawiera wyników dzielnicy „%2”.</translation>
    </message>
    <message>
        <source>The count of district &quot;%1&quot; in the result of %2 is incomplete.</source>
        <translation>Wyniki dzielnicy „%1” w wyniku dla: %2 są niepełne.</translation>
    </message>
    <message>
        <source>city-wide</source>
        <translation>ogólnomiejskie</translation>
    </message>
    <message>
        <source>The winners of district &quot;%1&quot; (%2) do not match the funded projects (%3).</source>
        <translation>Zwycięzcy w dzielnicy „%1” (%2) nie zgadzają się z projektami sfinansowanymi (%3).</translation>
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
        <translation>nd.</translation>
    </message>
    <message>
        <source>Funded</source>
        <translation>Sfinansowany</translation>
    </message>
    <message>
        <source>Not funded</source>
        <translation>Niesfinansowany</translation>
    </message>
    <message>
        <source>(no reason given)</source>
        <translation>(nie podano powodu)</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>Miejsce</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Projekt</translation>
    </message>
    <message>
        <source>Votes</source>
        <translation>Głosy</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Koszt</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Dlaczego</translation>
    </message>
    <message>
        <source>Order in which the rule chose the project; blank when not funded.</source>
        <translation>Kolejność, w jakiej reguła wybrała projekt; puste, gdy projekt nie jest sfinansowany.</translation>
    </message>
    <message>
        <source>Ballots that chose the project (the rule&apos;s support figure).</source>
        <translation>Karty, na których wybrano projekt (poparcie według reguły).</translation>
    </message>
    <message>
        <source>Why the project won or lost under the rule used.</source>
        <translation>Dlaczego projekt wygrał lub przegrał według użytej reguły.</translation>
    </message>
</context>
<context>
    <name>pbvote::console::ResultsView</name>
    <message>
        <source>Whole round</source>
        <translation>Cała tura</translation>
    </message>
    <message>
        <source>City-wide projects</source>
        <translation>Projekty ogólnomiejskie</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>district name (id)</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Show results for:</source>
        <translation>Pokaż wyniki dla:</translation>
    </message>
    <message>
        <source>Why this project won or lost</source>
        <translation>Dlaczego ten projekt wygrał lub przegrał</translation>
    </message>
    <message>
        <source>Budget used</source>
        <translation>Wykorzystany budżet</translation>
    </message>
    <message>
        <source>Ranking of the projects</source>
        <translation>Ranking projektów</translation>
    </message>
    <message>
        <source>Chart of the votes per project</source>
        <translation>Wykres głosów na projekty</translation>
    </message>
    <message>
        <source>This result cannot be shown: %1</source>
        <translation>Nie można pokazać tego wyniku: %1</translation>
    </message>
    <message>
        <source>No result to show yet: tally the round first.</source>
        <translation>Nie ma jeszcze wyniku do pokazania: najpierw policz głosy w turze.</translation>
    </message>
    <message>
        <source>City-wide projects: </source>
        <translation>Projekty ogólnomiejskie: </translation>
    </message>
    <message>
        <source>District %1: </source>
        <translation>Dzielnica %1: </translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>rule title (rule name)</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message numerus="yes">
        <source>%n ballot(s) counted.</source>
        <translation>
            <numerusform>Policzono %n kartę.</numerusform>
            <numerusform>Policzono %n karty.</numerusform>
            <numerusform>Policzono %n kart.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n ballot(s) chose a project here.</source>
        <translation>
            <numerusform>%n karta wybrała tu projekt.</numerusform>
            <numerusform>%n karty wybrały tu projekt.</numerusform>
            <numerusform>%n kart wybrało tu projekt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n project(s) funded</source>
        <translation>
            <numerusform>%n projekt sfinansowany</numerusform>
            <numerusform>%n projekty sfinansowane</numerusform>
            <numerusform>%n projektów sfinansowanych</numerusform>
        </translation>
    </message>
    <message>
        <source>Counted with the rule %1, ties broken by %2. %3 %4 out of %5.</source>
        <translation>Policzono według reguły %1, remisy rozstrzygnięto według zasady: %2. %3 %4 z %5.</translation>
    </message>
    <message>
        <source>(not stated)</source>
        <translation>(nie podano)</translation>
    </message>
    <message>
        <source>Budget used: %1 of %2. Left unspent: %3.</source>
        <translation>Wykorzystany budżet: %1 z %2. Niewydane: %3.</translation>
    </message>
    <message>
        <source>%1% of the budget used, %2% left.</source>
        <translation>Wykorzystano %1% budżetu, zostało %2%.</translation>
    </message>
    <message>
        <source>Votes per project</source>
        <translation>Głosy na projekty</translation>
    </message>
    <message>
        <source>Funded</source>
        <translation>Sfinansowany</translation>
    </message>
    <message>
        <source>Not funded</source>
        <translation>Niesfinansowany</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Projekt</translation>
    </message>
    <message>
        <source>Votes</source>
        <translation>Głosy</translation>
    </message>
    <message>
        <source>Select a project in the table to see why it won or lost.</source>
        <translation>Wybierz projekt w tabeli, aby zobaczyć, dlaczego wygrał lub przegrał.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>project id: title</comment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Funded, chosen in position %1.</source>
        <translation>Sfinansowany, wybrany na pozycji %1.</translation>
    </message>
    <message>
        <source>Not funded.</source>
        <translation>Niesfinansowany.</translation>
    </message>
    <message numerus="yes">
        <source>%n vote(s).</source>
        <translation>
            <numerusform>%n głos.</numerusform>
            <numerusform>%n głosy.</numerusform>
            <numerusform>%n głosów.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cost: %1.</source>
        <translation>Koszt: %1.</translation>
    </message>
    <message>
        <source>The result gives no reason for this project.</source>
        <translation>Wynik nie podaje powodu dla tego projektu.</translation>
    </message>
    <message>
        <source>No counting rule was chosen before voting for this round: every count is for analysis.</source>
        <translation>Przed głosowaniem w tej turze nie wybrano reguły liczenia głosów: każde liczenie służy tylko analizie.</translation>
    </message>
    <message>
        <source>This is the official result: %1 is the rule chosen before voting opened.</source>
        <translation>To jest oficjalny wynik: %1 to reguła wybrana przed otwarciem głosowania.</translation>
    </message>
    <message>
        <source>For comparison only: the official result is counted with %1, the rule chosen before voting opened.</source>
        <translation>Tylko do porównania: oficjalny wynik liczy się według reguły %1, wybranej przed otwarciem głosowania.</translation>
    </message>
</context>
<context>
    <name>pbvote::console::RoundListModel</name>
    <message>
        <source>draft</source>
        <translation>wersja robocza</translation>
    </message>
    <message>
        <source>voting open</source>
        <translation>głosowanie otwarte</translation>
    </message>
    <message>
        <source>voting paused</source>
        <translation>głosowanie wstrzymane</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>zamknięta</translation>
    </message>
    <message>
        <source>counted</source>
        <translation>policzona</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message numerus="yes">
        <source>Round %1: %n project(s)</source>
        <translation>
            <numerusform>Tura %1: %n projekt</numerusform>
            <numerusform>Tura %1: %n projekty</numerusform>
            <numerusform>Tura %1: %n projektów</numerusform>
        </translation>
    </message>
    <message>
        <source>published</source>
        <translation>opublikowana</translation>
    </message>
</context>
<context>
    <name>pbvote::console::RoundSettingsDialog</name>
    <message>
        <source>No planned period yet</source>
        <translation>Jeszcze bez zaplanowanego okresu</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Dodaj</translation>
    </message>
    <message>
        <source>R&amp;ename</source>
        <translation>Zmień n&amp;azwę</translation>
    </message>
    <message>
        <source>Remo&amp;ve</source>
        <translation>&amp;Usuń</translation>
    </message>
    <message>
        <source>Move u&amp;p</source>
        <translation>W &amp;górę</translation>
    </message>
    <message>
        <source>Move do&amp;wn</source>
        <translation>W dó&amp;ł</translation>
    </message>
    <message>
        <source>New round</source>
        <translation>Nowa tura</translation>
    </message>
    <message>
        <source>Round settings: %1</source>
        <translation>Ustawienia tury: %1</translation>
    </message>
    <message>
        <source>e.g. Participatory Budget 2027</source>
        <translation>np. Budżet Obywatelski 2027</translation>
    </message>
    <message>
        <source>e.g. 1 500 000 or 1 500 000.50</source>
        <translation>np. 1 500 000 lub 1 500 000,50</translation>
    </message>
    <message>
        <source>Three letters, as on bank statements: EUR, USD, PLN, VND</source>
        <translation>Trzy litery, jak na wyciągach bankowych: EUR, USD, PLN, VND</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nazwa:</translation>
    </message>
    <message>
        <source>C&amp;urrency:</source>
        <translation>&amp;Waluta:</translation>
    </message>
    <message>
        <source>Voting &amp;method:</source>
        <translation>&amp;Sposób głosowania:</translation>
    </message>
    <message>
        <source>Not chosen yet</source>
        <translation>Jeszcze nie wybrano</translation>
    </message>
    <message>
        <source>%1 (a rule this version does not know)</source>
        <translation>%1 (reguła nieznana tej wersji)</translation>
    </message>
    <message>
        <source>Counting &amp;rule:</source>
        <translation>&amp;Reguła liczenia głosów:</translation>
    </message>
    <message>
        <source>Times are local (%1); the round keeps them in UTC.</source>
        <translation>Godziny są lokalne (%1); tura zapisuje je w UTC.</translation>
    </message>
    <message>
        <source>Voting period</source>
        <translation>Okres głosowania</translation>
    </message>
    <message>
        <source>&amp;Opens:</source>
        <translation>&amp;Otwarcie:</translation>
    </message>
    <message>
        <source>C&amp;loses:</source>
        <translation>&amp;Zamknięcie:</translation>
    </message>
    <message>
        <source>New category, e.g. Green spaces</source>
        <translation>Nowa kategoria, np. Tereny zielone</translation>
    </message>
    <message>
        <source>Categories</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <source>When the list has categories, each project is in one of them (or in none). With an empty list, projects name their own.</source>
        <translation>Gdy lista zawiera kategorie, każdy projekt należy do jednej z nich (lub do żadnej). Przy pustej liście projekty podają własne kategorie.</translation>
    </message>
    <message>
        <source>&amp;Budget:</source>
        <translation>&amp;Budżet:</translation>
    </message>
    <message>
        <source>&amp;Budget (%1):</source>
        <translation>&amp;Budżet (%1):</translation>
    </message>
    <message>
        <source>Choose the counting rule before voting opens: the official result is counted with it, and the published results name it.</source>
        <translation>Wybierz regułę liczenia głosów przed otwarciem głosowania: według niej liczy się oficjalny wynik, a opublikowane wyniki ją podają.</translation>
    </message>
    <message>
        <source>This version of pbvote cannot count with this rule.</source>
        <translation>Ta wersja pbvote nie potrafi liczyć głosów według tej reguły.</translation>
    </message>
    <message>
        <source>The budget must be an amount such as 1 500 000 or 1 500 000.50.</source>
        <translation>Budżet musi być kwotą, np. 1 500 000 lub 1 500 000,50.</translation>
    </message>
</context>
<context>
    <name>pbvote::counting::DistrictCount</name>
    <message>
        <source>Rule %1 cannot be run.</source>
        <translation>Nie można uruchomić reguły %1.</translation>
    </message>
    <message>
        <source>%1: no budget was given for district %2, which has %3 project(s).</source>
        <translation>%1: nie podano budżetu dla dzielnicy %2 (projekty: %3).</translation>
    </message>
    <message>
        <source>%1: the budget of district %2 is negative.</source>
        <translation>%1: budżet dzielnicy %2 jest ujemny.</translation>
    </message>
    <message>
        <source>City-wide</source>
        <translation>Ogólnomiejskie</translation>
    </message>
    <message>
        <source>District %1</source>
        <translation>Dzielnica %1</translation>
    </message>
    <message>
        <source>Not funded: it belongs to no district, and this count has no city-wide budget.</source>
        <translation>Niesfinansowany: nie należy do żadnej dzielnicy, a to liczenie nie ma budżetu ogólnomiejskiego.</translation>
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
        <translation>1 głos</translation>
    </message>
    <message numerus="yes">
        <source>%1 votes</source>
        <translation>
            <numerusform>%1 głos</numerusform>
            <numerusform>%1 głosy</numerusform>
            <numerusform>%1 głosów</numerusform>
        </translation>
    </message>
    <message>
        <source>%1th</source>
        <comment>ordinal: 11th, 12th, 13th, 4th, ...</comment>
        <translation>%1.</translation>
    </message>
    <message>
        <source>%1st</source>
        <comment>ordinal: 1st, 21st, ...</comment>
        <translation>%1.</translation>
    </message>
    <message>
        <source>%1nd</source>
        <comment>ordinal: 2nd, 22nd, ...</comment>
        <translation>%1.</translation>
    </message>
    <message>
        <source>%1rd</source>
        <comment>ordinal: 3rd, 23rd, ...</comment>
        <translation>%1.</translation>
    </message>
</context>
<context>
    <name>pbvote::counting::Greedy</name>
    <message>
        <source>%1: project %2 has a negative cost (%3).</source>
        <translation>%1: projekt %2 ma ujemny koszt (%3).</translation>
    </message>
    <message>
        <source>%1: the projects funded before the greedy step are invalid (index %2).</source>
        <translation>%1: projekty sfinansowane przed krokiem zachłannym są nieprawidłowe (indeks %2).</translation>
    </message>
    <message>
        <source>Funded %1, in the earlier stage of the count (%2; it cost %3).</source>
        <translation>Sfinansowany jako %1 w kolejności, na wcześniejszym etapie liczenia (%2; kosztował %3).</translation>
    </message>
    <message>
        <source>Funded %1: %2; it costs nothing.</source>
        <translation>Sfinansowany jako %1 w kolejności: %2; nic nie kosztuje.</translation>
    </message>
    <message>
        <source>Funded %1: nobody voted for it, but it cost %2 and %3 was still available once every project with votes had had its turn.</source>
        <translation>Sfinansowany jako %1 w kolejności: nikt na niego nie głosował, ale kosztował %2, a gdy wszystkie projekty z głosami miały już swoją kolej, zostało jeszcze %3.</translation>
    </message>
    <message>
        <source>Funded %1: %2; it cost %3 and %4 was still available.</source>
        <translation>Sfinansowany jako %1 w kolejności: %2; kosztował %3, a do dyspozycji było jeszcze %4.</translation>
    </message>
    <message>
        <source>Funded %1: %2 for a cost of %3 (projects are taken by votes per unit of cost); %4 was still available.</source>
        <translation>Sfinansowany jako %1 w kolejności: %2 przy koszcie %3 (projekty są brane według liczby głosów na jednostkę kosztu); do dyspozycji było jeszcze %4.</translation>
    </message>
    <message>
        <source>Not funded: %1, but it costs %2, more than the whole budget of %3.</source>
        <translation>Niesfinansowany: %1, ale kosztuje %2, więcej niż cały budżet wynoszący %3.</translation>
    </message>
    <message>
        <source>Not funded: %1, but it costs %2 and only %3 was left when its turn came.</source>
        <translation>Niesfinansowany: %1, ale kosztuje %2, a gdy przyszła jego kolej, zostało tylko %3.</translation>
    </message>
    <message>
        <source>Not funded: %1 for a cost of %2 (projects are taken by votes per unit of cost), and only %3 was left when its turn came.</source>
        <translation>Niesfinansowany: %1 przy koszcie %2 (projekty są brane według liczby głosów na jednostkę kosztu), a gdy przyszła jego kolej, zostało tylko %3.</translation>
    </message>
</context>
<context>
    <name>pbvote::counting::MaxWelfare</name>
    <message>
        <source>%1: project %2 has a negative cost (%3).</source>
        <translation>%1: projekt %2 ma ujemny koszt (%3).</translation>
    </message>
    <message>
        <source>%1 is too large to find the best combination of projects exactly: the search went past %2 steps (the configured limit). No result is given rather than one that might not be the best.</source>
        <translation>%1: za dużo danych, by dokładnie znaleźć najlepszy zestaw projektów: wyszukiwanie przekroczyło %2 kroków (ustawiony limit). Lepiej nie podać wyniku niż podać taki, który może nie być najlepszy.</translation>
    </message>
    <message>
        <source>Funded: %1 for %2. It is part of the best combination: the projects whose votes, each counted as many times as the project costs, add up to the most without going over the budget of %3.</source>
        <translation>Sfinansowany: %1 przy koszcie %2. Należy do najlepszego zestawu: projektów, których głosy, każdy liczony tyle razy, ile kosztuje projekt, dają największą sumę bez przekroczenia budżetu %3.</translation>
    </message>
    <message>
        <source>Not funded: it costs %1, more than the whole budget of %2.</source>
        <translation>Niesfinansowany: kosztuje %1, więcej niż cały budżet wynoszący %2.</translation>
    </message>
    <message>
        <source>Not funded: nobody voted for it.</source>
        <translation>Niesfinansowany: nikt na niego nie głosował.</translation>
    </message>
    <message>
        <source>Not funded: it costs nothing, so under this rule (votes counted as many times as the project costs) it adds nothing to the total, and the rule funds only projects that do.</source>
        <translation>Niesfinansowany: nic nie kosztuje, więc według tej reguły (głosy liczone tyle razy, ile kosztuje projekt) nic nie dodaje do sumy, a reguła finansuje tylko projekty, które coś do niej dodają.</translation>
    </message>
    <message>
        <source>Not funded: %1 for %2. The best combination of projects within the budget of %3 does not include it.</source>
        <translation>Niesfinansowany: %1 przy koszcie %2. Najlepszy zestaw projektów w ramach budżetu %3 go nie obejmuje.</translation>
    </message>
</context>
<context>
    <name>pbvote::counting::Phragmen</name>
    <message>
        <source>about %1</source>
        <translation>około %1</translation>
    </message>
    <message>
        <source>%1: sequential Phragmén applies to approval ballots only.</source>
        <translation>%1: sekwencyjna metoda Phragména dotyczy tylko głosowania aprobującego.</translation>
    </message>
    <message>
        <source>%1: project %2 has a negative cost (%3).</source>
        <translation>%1: projekt %2 ma ujemny koszt (%3).</translation>
    </message>
    <message>
        <source>%1: voter %2 names a project that does not exist.</source>
        <translation>%1: głosujący %2 wymienia projekt, który nie istnieje.</translation>
    </message>
    <message>
        <source>Funded %1: nobody voted for it, but it cost %2 and %3 was still available after every project with votes.</source>
        <translation>Sfinansowany jako %1 w kolejności: nikt na niego nie głosował, ale kosztował %2, a po wszystkich projektach z głosami zostało jeszcze %3.</translation>
    </message>
    <message>
        <source>Funded %1: its %2 shared its cost of %3, and each of them ended up with a load of %4, the smallest any project could give its supporters at that point.</source>
        <translation>Sfinansowany jako %1 w kolejności: osoby, które oddały na niego %2, podzieliły się jego kosztem %3 i każda skończyła z obciążeniem %4, najmniejszym, jakie w tym momencie mógł dać swoim zwolennikom którykolwiek projekt.</translation>
    </message>
    <message>
        <source>Not funded: it costs %1, more than the whole budget of %2.</source>
        <translation>Niesfinansowany: kosztuje %1, więcej niż cały budżet wynoszący %2.</translation>
    </message>
    <message>
        <source>Not funded: it was next in line (its %1 would each have carried a load of %2), but it costs %3 and only %4 was left, so the count stopped here.</source>
        <translation>Niesfinansowany: był następny w kolejce (każda z osób, które oddały na niego %1, poniosłaby obciążenie %2), ale kosztuje %3, a zostało tylko %4, więc liczenie zatrzymało się tutaj.</translation>
    </message>
    <message>
        <source>Not funded: nobody voted for it; it costs %1 and only %2 was left, so the count stopped here.</source>
        <translation>Niesfinansowany: nikt na niego nie głosował; kosztuje %1, a zostało tylko %2, więc liczenie zatrzymało się tutaj.</translation>
    </message>
    <message>
        <source>Not funded: nobody voted for it.</source>
        <translation>Niesfinansowany: nikt na niego nie głosował.</translation>
    </message>
    <message>
        <source>Not funded: its %1 would each have had to carry a load of %2; the count stopped before its turn, when project %3 came next and no longer fitted in the %4 left.</source>
        <translation>Niesfinansowany: każda z osób, które oddały na niego %1, musiałaby ponieść obciążenie %2; liczenie zatrzymało się przed jego kolejką, gdy następny był projekt %3, który nie mieścił się już w pozostałej kwocie %4.</translation>
    </message>
</context>
<context>
    <name>pbvote::counting::RuleRegistry</name>
    <message>
        <source>Greedy by votes</source>
        <translation>Zachłanna według liczby głosów</translation>
    </message>
    <message>
        <source>Projects are taken in order of their number of votes, most votes first. A project that no longer fits in the money left is skipped, and the count goes on with the next one until every project has had its turn.</source>
        <translation>Projekty są brane w kolejności liczby głosów, od największej. Projekt, który nie mieści się już w pozostałych pieniądzach, jest pomijany, a liczenie trwa dalej z następnym, aż każdy projekt będzie miał swoją kolej.</translation>
    </message>
    <message>
        <source>Greedy by votes per cost</source>
        <translation>Zachłanna według głosów na jednostkę kosztu</translation>
    </message>
    <message>
        <source>Projects are taken in order of their number of votes divided by their cost, so cheaper projects with many votes come first. A project that no longer fits in the money left is skipped, and the count goes on until every project has had its turn.</source>
        <translation>Projekty są brane w kolejności liczby głosów podzielonej przez koszt, więc tańsze projekty z wieloma głosami idą pierwsze. Projekt, który nie mieści się już w pozostałych pieniądzach, jest pomijany, a liczenie trwa dalej, aż każdy projekt będzie miał swoją kolej.</translation>
    </message>
    <message>
        <source>Method of Equal Shares (cost)</source>
        <translation>Metoda Równych Udziałów (koszt)</translation>
    </message>
    <message>
        <source>The budget is divided equally among the voters. A project is funded when its supporters can pay for it together from their shares, paying as equally as possible; the project whose supporters pay the least per unit of benefit goes first, where a project&apos;s benefit to a supporter is its cost. Money may be left unspent.</source>
        <translation>Budżet dzieli się po równo między głosujących. Projekt zostaje sfinansowany, gdy jego zwolennicy mogą wspólnie za niego zapłacić ze swoich udziałów, płacąc możliwie po równo; pierwszy idzie projekt, którego zwolennicy płacą najmniej za jednostkę korzyści, przy czym korzyścią z projektu dla jego zwolennika jest koszt projektu. Część pieniędzy może pozostać niewydana.</translation>
    </message>
    <message>
        <source>Method of Equal Shares (approval)</source>
        <translation>Metoda Równych Udziałów (aprobata)</translation>
    </message>
    <message>
        <source>The budget is divided equally among the voters. A project is funded when its supporters can pay for it together from their shares, paying as equally as possible; the project whose supporters pay the least each goes first (every supported project counts the same to a voter). Money may be left unspent.</source>
        <translation>Budżet dzieli się po równo między głosujących. Projekt zostaje sfinansowany, gdy jego zwolennicy mogą wspólnie za niego zapłacić ze swoich udziałów, płacąc możliwie po równo; pierwszy idzie projekt, którego zwolennicy płacą najmniej na osobę (dla głosującego każdy popierany projekt liczy się tak samo). Część pieniędzy może pozostać niewydana.</translation>
    </message>
    <message>
        <source>Equal Shares (cost), then greedy</source>
        <translation>Równe Udziały (koszt), potem zachłanna</translation>
    </message>
    <message>
        <source>The Method of Equal Shares with benefit equal to cost, then the money left is spent by the greedy rule: remaining projects in order of votes, skipping those that no longer fit.</source>
        <translation>Metoda Równych Udziałów z korzyścią równą kosztowi, a następnie pozostałe pieniądze wydaje się według reguły zachłannej: pozostałe projekty w kolejności głosów, z pominięciem tych, które już się nie mieszczą.</translation>
    </message>
    <message>
        <source>Equal Shares (approval), then greedy</source>
        <translation>Równe Udziały (aprobata), potem zachłanna</translation>
    </message>
    <message>
        <source>The Method of Equal Shares with every supported project counting the same, then the money left is spent by the greedy rule: remaining projects in order of votes, skipping those that no longer fit.</source>
        <translation>Metoda Równych Udziałów, w której każdy popierany projekt liczy się tak samo, a następnie pozostałe pieniądze wydaje się według reguły zachłannej: pozostałe projekty w kolejności głosów, z pominięciem tych, które już się nie mieszczą.</translation>
    </message>
    <message>
        <source>Equal Shares (cost), raised shares</source>
        <translation>Równe Udziały (koszt), podwyższane udziały</translation>
    </message>
    <message>
        <source>Equal Shares (approval), raised shares</source>
        <translation>Równe Udziały (aprobata), podwyższane udziały</translation>
    </message>
    <message>
        <source>Sequential Phragmén</source>
        <translation>Sekwencyjna metoda Phragména</translation>
    </message>
    <message>
        <source>Supporters share the cost of each funded project, and the count keeps the largest total any voter has paid (their load) as small as possible: each round funds the project whose supporters would end with the smallest equal load. The count stops when the next project no longer fits in the money left. Approval ballots only.</source>
        <translation>Zwolennicy dzielą się kosztem każdego sfinansowanego projektu, a liczenie utrzymuje jak najniżej największą łączną kwotę zapłaconą przez któregokolwiek głosującego (jego obciążenie): w każdym kroku finansuje się projekt, którego zwolennicy skończyliby z najmniejszym równym obciążeniem. Liczenie kończy się, gdy następny projekt nie mieści się już w pozostałych pieniądzach. Tylko dla głosowania aprobującego.</translation>
    </message>
    <message>
        <source>Maximum total satisfaction</source>
        <translation>Maksymalne łączne zadowolenie</translation>
    </message>
    <message>
        <source>The combination of projects within the budget whose votes, each counted as many times as the project costs, add up to the most. Found exactly; a round too large to solve exactly gets an error, never an approximation.</source>
        <translation>Taki zestaw projektów mieszczący się w budżecie, którego głosy, każdy liczony tyle razy, ile kosztuje projekt, dają największą sumę. Wyznaczany dokładnie; tura zbyt duża, by rozwiązać ją dokładnie, kończy się błędem, nigdy przybliżeniem.</translation>
    </message>
    <message>
        <source>Equal Shares (cost), raised shares as on equalshares.net</source>
        <translation>Równe Udziały (koszt), podwyższane udziały jak na equalshares.net</translation>
    </message>
    <message>
        <source>The Method of Equal Shares with benefit equal to cost, rerun with every voter&apos;s share raised by one unit at a time for as long as the result still fits in the budget — also past the first result that leaves too little for any other project, as equalshares.net counts (this reproduces Wieliczka&apos;s official 2023 result); the money then left is spent by the greedy rule.</source>
        <translation>Metoda Równych Udziałów z korzyścią równą kosztowi, powtarzana z udziałem każdego głosującego podnoszonym za każdym razem o jedną jednostkę, dopóki wynik mieści się w budżecie — także po pierwszym wyniku, który zostawia za mało na jakikolwiek inny projekt, tak jak liczy equalshares.net (w ten sposób odtwarza się oficjalny wynik Wieliczki z 2023 roku); pieniądze, które wtedy zostają, wydaje się według reguły zachłannej.</translation>
    </message>
    <message>
        <source>Method of Equal Shares (points)</source>
        <translation>Metoda Równych Udziałów (punkty)</translation>
    </message>
    <message>
        <source>The Method of Equal Shares for cumulative or scoring ballots: a voter&apos;s benefit from a project is the number of points they gave it.</source>
        <translation>Metoda Równych Udziałów dla głosowania kumulatywnego lub punktowego: korzyścią głosującego z projektu jest liczba punktów, które mu przyznał.</translation>
    </message>
    <message>
        <source>Equal Shares (points), raised shares</source>
        <translation>Równe Udziały (punkty), podwyższane udziały</translation>
    </message>
    <message>
        <source>Method of Equal Shares (ranking)</source>
        <translation>Metoda Równych Udziałów (ranking)</translation>
    </message>
    <message>
        <source>The Method of Equal Shares for ranked ballots: a voter&apos;s benefit from a project is the number of projects they ranked below it (Borda score).</source>
        <translation>Metoda Równych Udziałów dla głosowania rankingowego: korzyścią głosującego z projektu jest liczba projektów, które umieścił w rankingu niżej (punktacja Bordy).</translation>
    </message>
    <message>
        <source>Equal Shares (ranking), raised shares</source>
        <translation>Równe Udziały (ranking), podwyższane udziały</translation>
    </message>
    <message>
        <source>The Method of Equal Shares with benefit equal to cost, rerun with every voter&apos;s share raised by one unit at a time until the result leaves too little money for any other project or would no longer fit in the real budget; the money then left is spent by the greedy rule.</source>
        <translation>Metoda Równych Udziałów z korzyścią równą kosztowi, powtarzana z udziałem każdego głosującego podnoszonym za każdym razem o jedną jednostkę, aż wynik zostawi za mało pieniędzy na jakikolwiek inny projekt albo nie mieściłby się już w rzeczywistym budżecie; pieniądze, które wtedy zostają, wydaje się według reguły zachłannej.</translation>
    </message>
    <message>
        <source>The Method of Equal Shares with every supported project counting the same, rerun with every voter&apos;s share raised by one unit at a time until the result leaves too little money for any other project or would no longer fit in the real budget; the money then left is spent by the greedy rule.</source>
        <translation>Metoda Równych Udziałów, w której każdy popierany projekt liczy się tak samo, powtarzana z udziałem każdego głosującego podnoszonym za każdym razem o jedną jednostkę, aż wynik zostawi za mało pieniędzy na jakikolwiek inny projekt albo nie mieściłby się już w rzeczywistym budżecie; pieniądze, które wtedy zostają, wydaje się według reguły zachłannej.</translation>
    </message>
    <message>
        <source>The Method of Equal Shares with points as benefit, rerun with every voter&apos;s share raised by one unit at a time until the result leaves too little money for any other project or would no longer fit in the real budget; the money then left is spent by the greedy rule.</source>
        <translation>Metoda Równych Udziałów z punktami jako korzyścią, powtarzana z udziałem każdego głosującego podnoszonym za każdym razem o jedną jednostkę, aż wynik zostawi za mało pieniędzy na jakikolwiek inny projekt albo nie mieściłby się już w rzeczywistym budżecie; pieniądze, które wtedy zostają, wydaje się według reguły zachłannej.</translation>
    </message>
    <message>
        <source>The Method of Equal Shares with Borda scores as benefit, rerun with every voter&apos;s share raised by one unit at a time until the result leaves too little money for any other project or would no longer fit in the real budget; the money then left is spent by the greedy rule.</source>
        <translation>Metoda Równych Udziałów z punktacją Bordy jako korzyścią, powtarzana z udziałem każdego głosującego podnoszonym za każdym razem o jedną jednostkę, aż wynik zostawi za mało pieniędzy na jakikolwiek inny projekt albo nie mieściłby się już w rzeczywistym budżecie; pieniądze, które wtedy zostają, wydaje się według reguły zachłannej.</translation>
    </message>
</context>
<context>
    <name>pbvote::counting::TieBreak</name>
    <message>
        <source>project id, the smallest as text first (&quot;10&quot; before &quot;9&quot;)</source>
        <comment>tie-breaking, after &quot;ties broken by&quot;</comment>
        <translation>id. projektu, najpierw najmniejszy jako tekst („10” przed „9”)</translation>
    </message>
    <message>
        <source>lower cost first, then project id</source>
        <comment>tie-breaking, after &quot;ties broken by&quot;</comment>
        <translation>najpierw niższy koszt, potem id. projektu</translation>
    </message>
    <message>
        <source>more votes first, then project id</source>
        <comment>tie-breaking, after &quot;ties broken by&quot;</comment>
        <translation>najpierw więcej głosów, potem id. projektu</translation>
    </message>
</context>
<context>
    <name>pbvote::kiosk::AudioGuide</name>
    <message>
        <source>Slowest</source>
        <translation>Najwolniej</translation>
    </message>
    <message>
        <source>Slower</source>
        <translation>Wolniej</translation>
    </message>
    <message>
        <source>Normal speed</source>
        <translation>Normalne tempo</translation>
    </message>
    <message>
        <source>A little faster</source>
        <translation>Trochę szybciej</translation>
    </message>
    <message>
        <source>Faster</source>
        <translation>Szybciej</translation>
    </message>
    <message>
        <source>Fastest</source>
        <translation>Najszybciej</translation>
    </message>
    <message>
        <source>Audio is off.</source>
        <translation>Dźwięk jest wyłączony.</translation>
    </message>
    <message>
        <source>Sorry, this kiosk cannot read aloud. Please ask a librarian for help.</source>
        <translation>Przepraszamy, ten kiosk nie może czytać na głos. Poproś o pomoc pracownika biblioteki.</translation>
    </message>
    <message>
        <source>Sorry, this kiosk has no voice for this language. Choose another language, or ask a librarian for help.</source>
        <translation>Przepraszamy, ten kiosk nie ma głosu dla tego języka. Wybierz inny język lub poproś o pomoc pracownika biblioteki.</translation>
    </message>
    <message>
        <source>Audio is on: the screen is read aloud.</source>
        <translation>Dźwięk jest włączony: treść ekranu jest czytana na głos.</translation>
    </message>
    <message>
        <source>Much faster</source>
        <translation>Dużo szybciej</translation>
    </message>
</context>
<context>
    <name>pbvote::kiosk::KioskSession</name>
    <message>
        <source>Choose from %1 to %2 projects that you would like the city to fund.</source>
        <translation>Wybierz od %1 do %2 projektów, które miasto powinno Twoim zdaniem sfinansować.</translation>
    </message>
    <message numerus="yes">
        <source>Choose up to %n project(s) that you would like the city to fund.</source>
        <translation>
            <numerusform>Wybierz najwyżej %n projekt, który miasto powinno Twoim zdaniem sfinansować.</numerusform>
            <numerusform>Wybierz najwyżej %n projekty, które miasto powinno Twoim zdaniem sfinansować.</numerusform>
            <numerusform>Wybierz najwyżej %n projektów, które miasto powinno Twoim zdaniem sfinansować.</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose every project that you would like the city to fund.</source>
        <translation>Wybierz wszystkie projekty, które miasto powinno Twoim zdaniem sfinansować.</translation>
    </message>
    <message>
        <source>Choose the projects you would like the city to fund. Together they can cost up to %1.</source>
        <translation>Wybierz projekty, które miasto powinno Twoim zdaniem sfinansować. Łącznie mogą kosztować najwyżej %1.</translation>
    </message>
    <message numerus="yes">
        <source>Give your %n point(s) to the projects you support, at most %1 to one project. More points mean more support.</source>
        <translation>
            <numerusform>Przyznaj %n punkt projektowi, który popierasz (najwyżej %1 na jeden projekt). Więcej punktów to większe poparcie.</numerusform>
            <numerusform>Rozdziel %n punkty między projekty, które popierasz, najwyżej %1 na jeden projekt. Więcej punktów to większe poparcie.</numerusform>
            <numerusform>Rozdziel %n punktów między projekty, które popierasz, najwyżej %1 na jeden projekt. Więcej punktów to większe poparcie.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Give your %n point(s) to the projects you support. More points mean more support.</source>
        <translation>
            <numerusform>Przyznaj %n punkt projektowi, który popierasz. Więcej punktów to większe poparcie.</numerusform>
            <numerusform>Rozdziel %n punkty między projekty, które popierasz. Więcej punktów to większe poparcie.</numerusform>
            <numerusform>Rozdziel %n punktów między projekty, które popierasz. Więcej punktów to większe poparcie.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Rank up to %n project(s): tap them in order of preference, your favourite first.</source>
        <translation>
            <numerusform>Umieść w rankingu najwyżej %n projekt: dotknij swojego ulubionego.</numerusform>
            <numerusform>Umieść w rankingu najwyżej %n projekty: dotykaj ich w kolejności, zaczynając od ulubionego.</numerusform>
            <numerusform>Umieść w rankingu najwyżej %n projektów: dotykaj ich w kolejności, zaczynając od ulubionego.</numerusform>
        </translation>
    </message>
    <message>
        <source>Voting has not started yet.</source>
        <translation>Głosowanie jeszcze się nie rozpoczęło.</translation>
    </message>
    <message>
        <source>Voting is paused at this kiosk.</source>
        <translation>Głosowanie w tym kiosku jest wstrzymane.</translation>
    </message>
    <message>
        <source>Voting has ended. Thank you to everyone who took part!</source>
        <translation>Głosowanie zakończyło się. Dziękujemy wszystkim za udział!</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n project(s) chosen</source>
        <translation>
            <numerusform>Wybrano %1 z %n projektu</numerusform>
            <numerusform>Wybrano %1 z %n projektów</numerusform>
            <numerusform>Wybrano %1 z %n projektów</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n project(s) chosen</source>
        <translation>
            <numerusform>Wybrano %n projekt</numerusform>
            <numerusform>Wybrano %n projekty</numerusform>
            <numerusform>Wybrano %n projektów</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n point(s) given</source>
        <translation>
            <numerusform>Przyznano %1 z %n punktu</numerusform>
            <numerusform>Przyznano %1 z %n punktów</numerusform>
            <numerusform>Przyznano %1 z %n punktów</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n project(s) ranked</source>
        <translation>
            <numerusform>W rankingu: %1 z %n projektu</numerusform>
            <numerusform>W rankingu: %1 z %n projektów</numerusform>
            <numerusform>W rankingu: %1 z %n projektów</numerusform>
        </translation>
    </message>
    <message>
        <source>Chosen: %1</source>
        <translation>Wybrano: %1</translation>
    </message>
    <message>
        <source>Left: %1</source>
        <translation>Zostało: %1</translation>
    </message>
    <message>
        <source>Budget: %1</source>
        <translation>Budżet: %1</translation>
    </message>
    <message>
        <source>City-wide</source>
        <translation>Ogólnomiejski</translation>
    </message>
    <message numerus="yes">
        <source>%n point(s)</source>
        <translation>
            <numerusform>%n punkt</numerusform>
            <numerusform>%n punkty</numerusform>
            <numerusform>%n punktów</numerusform>
        </translation>
    </message>
    <message>
        <source>Choice %1</source>
        <translation>Wybór nr %1</translation>
    </message>
    <message>
        <source>Chosen</source>
        <translation>Wybrany</translation>
    </message>
    <message>
        <source>Your ballot supports no project. It will be counted as a blank ballot.</source>
        <translation>Twoja karta nie popiera żadnego projektu. Zostanie policzona jako pusta karta.</translation>
    </message>
    <message numerus="yes">
        <source>Your ballot supports %n project(s). Each counts as one vote for that project.</source>
        <translation>
            <numerusform>Twoja karta popiera %n projekt. Liczy się to jako jeden głos na ten projekt.</numerusform>
            <numerusform>Twoja karta popiera %n projekty. Każdy z nich dostanie jeden głos.</numerusform>
            <numerusform>Twoja karta popiera %n projektów. Każdy z nich dostanie jeden głos.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Your ballot supports %n project(s) costing %1 in total, out of a budget of %2.</source>
        <translation>
            <numerusform>Twoja karta popiera %n projekt o koszcie %1 (budżet: %2).</numerusform>
            <numerusform>Twoja karta popiera %n projekty o łącznym koszcie %1 (budżet: %2).</numerusform>
            <numerusform>Twoja karta popiera %n projektów o łącznym koszcie %1 (budżet: %2).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Your ballot gives %1 points to %n project(s).</source>
        <translation>
            <numerusform>Twoja karta przyznaje %1 pkt %n projektowi.</numerusform>
            <numerusform>Twoja karta przyznaje %1 pkt %n projektom.</numerusform>
            <numerusform>Twoja karta przyznaje %1 pkt %n projektom.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Your ballot ranks %n project(s), your first choice first.</source>
        <translation>
            <numerusform>Twój ranking obejmuje %n projekt.</numerusform>
            <numerusform>Twój ranking obejmuje %n projekty, od pierwszego wyboru.</numerusform>
            <numerusform>Twój ranking obejmuje %n projektów, od pierwszego wyboru.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Too many codes were not accepted. Please wait %n second(s) and try again, or ask a librarian for help.</source>
        <translation>
            <numerusform>Zbyt wiele kodów zostało odrzuconych. Poczekaj %n sekundę i spróbuj ponownie albo poproś o pomoc pracownika biblioteki.</numerusform>
            <numerusform>Zbyt wiele kodów zostało odrzuconych. Poczekaj %n sekundy i spróbuj ponownie albo poproś o pomoc pracownika biblioteki.</numerusform>
            <numerusform>Zbyt wiele kodów zostało odrzuconych. Poczekaj %n sekund i spróbuj ponownie albo poproś o pomoc pracownika biblioteki.</numerusform>
        </translation>
    </message>
    <message>
        <source>Your code has 12 letters and numbers. You have typed %1.</source>
        <translation>Kod ma 12 liter i cyfr. Wpisano znaków: %1.</translation>
    </message>
    <message>
        <source>This kiosk cannot check codes right now. Please ask a librarian for help.</source>
        <translation>Ten kiosk nie może teraz sprawdzać kodów. Poproś o pomoc pracownika biblioteki.</translation>
    </message>
    <message>
        <source>This code has already been used to vote. Each code can vote once. If you have not voted yet, please ask a librarian for help.</source>
        <translation>Ten kod został już użyty do głosowania. Każdym kodem można zagłosować tylko raz. Jeśli Twój głos nie został jeszcze oddany, poproś o pomoc pracownika biblioteki.</translation>
    </message>
    <message>
        <source>This code is not valid for this vote. Check each letter and number on your slip and try again, or ask a librarian for help.</source>
        <translation>Ten kod nie jest ważny w tym głosowaniu. Sprawdź każdą literę i cyfrę na kartce i spróbuj ponownie albo poproś o pomoc pracownika biblioteki.</translation>
    </message>
    <message>
        <source>This code has already been used to vote, so this ballot was not recorded. Please ask a librarian for help.</source>
        <translation>Ten kod został już użyty do głosowania, więc ta karta nie została zapisana. Poproś o pomoc pracownika biblioteki.</translation>
    </message>
    <message>
        <source>Your vote was NOT recorded. Your code is still valid: you can try again, or ask a librarian for help.</source>
        <translation>Twój głos NIE został zapisany. Twój kod jest nadal ważny: możesz spróbować ponownie albo poprosić o pomoc pracownika biblioteki.</translation>
    </message>
    <message>
        <source>Details for the librarian: %1</source>
        <translation>Szczegóły dla pracownika biblioteki: %1</translation>
    </message>
    <message numerus="yes">
        <source>Too many wrong PINs. Wait %n second(s).</source>
        <translation>
            <numerusform>Zbyt wiele błędnych PIN-ów. Poczekaj %n sekundę.</numerusform>
            <numerusform>Zbyt wiele błędnych PIN-ów. Poczekaj %n sekundy.</numerusform>
            <numerusform>Zbyt wiele błędnych PIN-ów. Poczekaj %n sekund.</numerusform>
        </translation>
    </message>
    <message>
        <source>That PIN is not right.</source>
        <translation>Nieprawidłowy PIN.</translation>
    </message>
    <message>
        <source>Not open yet</source>
        <translation>Jeszcze nieotwarte</translation>
    </message>
    <message>
        <source>Open: taking votes</source>
        <translation>Otwarte: przyjmuje głosy</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>Wstrzymane</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Zamknięte</translation>
    </message>
    <message>
        <source>Closed and counted</source>
        <translation>Zamknięte i policzone</translation>
    </message>
    <message>
        <source>Could not pause voting: %1</source>
        <translation>Nie udało się wstrzymać głosowania: %1</translation>
    </message>
    <message>
        <source>Voting is paused. Write witness code %1 in the paper log.</source>
        <translation>Głosowanie wstrzymane. Wpisz kod kontrolny %1 do papierowego rejestru.</translation>
    </message>
    <message>
        <source>Voting is open again.</source>
        <translation>Głosowanie jest znowu otwarte.</translation>
    </message>
    <message>
        <source>Could not reopen voting: %1</source>
        <translation>Nie udało się wznowić głosowania: %1</translation>
    </message>
    <message>
        <source>Could not close voting: %1</source>
        <translation>Nie udało się zamknąć głosowania: %1</translation>
    </message>
    <message>
        <source>Voting is closed. No ballots were cast at this kiosk.</source>
        <translation>Głosowanie zamknięte. W tym kiosku nie oddano żadnego głosu.</translation>
    </message>
    <message>
        <source>Voting is closed. Write the final witness code %1 in the paper log.</source>
        <translation>Głosowanie zamknięte. Wpisz końcowy kod kontrolny %1 do papierowego rejestru.</translation>
    </message>
    <message>
        <source>Choose the projects you would like the city to fund. Each budget below says how much its projects can cost together.</source>
        <translation>Wybierz projekty, które miasto powinno Twoim zdaniem sfinansować. Każdy budżet poniżej pokazuje, ile łącznie mogą kosztować jego projekty.</translation>
    </message>
    <message>
        <source>You are voting for projects in %1 and city-wide.</source>
        <translation>Głosujesz na projekty z dzielnicy %1 i projekty ogólnomiejskie.</translation>
    </message>
    <message>
        <source>You are voting for projects in %1.</source>
        <translation>Głosujesz na projekty z dzielnicy %1.</translation>
    </message>
    <message>
        <source>This code was withdrawn by the organizers. A librarian can give you a new one.</source>
        <translation>Organizatorzy wycofali ten kod. Pracownik biblioteki może dać Ci nowy.</translation>
    </message>
    <message>
        <source>This code was withdrawn by the organizers, so this ballot was not recorded. A librarian can give you a new one.</source>
        <translation>Organizatorzy wycofali ten kod, więc ta karta nie została zapisana. Pracownik biblioteki może dać Ci nowy.</translation>
    </message>
</context>
<context>
    <name>pbvote::kiosk::KioskView</name>
    <message>
        <source>The kiosk screen could not be loaded:
%1</source>
        <translation>Nie udało się wczytać ekranu kiosku:
%1</translation>
    </message>
</context>
<context>
    <name>pbvote::kiosk::Theme</name>
    <message>
        <source>Standard colours</source>
        <translation>Kolory standardowe</translation>
    </message>
    <message>
        <source>Black on white</source>
        <translation>Czarne na białym</translation>
    </message>
    <message>
        <source>White on black</source>
        <translation>Białe na czarnym</translation>
    </message>
    <message>
        <source>Yellow on black</source>
        <translation>Żółte na czarnym</translation>
    </message>
    <message>
        <source>Cyan on black</source>
        <translation>Błękitne na czarnym</translation>
    </message>
    <message>
        <source>Small text</source>
        <translation>Mały tekst</translation>
    </message>
    <message>
        <source>Standard text</source>
        <translation>Standardowy tekst</translation>
    </message>
    <message>
        <source>Large text</source>
        <translation>Duży tekst</translation>
    </message>
    <message>
        <source>Largest text</source>
        <translation>Największy tekst</translation>
    </message>
</context>
</TS>
