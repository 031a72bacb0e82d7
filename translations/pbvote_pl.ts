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
    <name>CodeDisplay</name>
    <message>
        <source>Access code: %1 of 12 characters typed</source>
        <translation>Kod dostępu: wpisano %1 z 12 znaków</translation>
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
