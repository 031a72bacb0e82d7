<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi_VN">
<context>
    <name>AccessPage</name>
    <message>
        <source>Type your access code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The code is on your voting slip: 12 letters and numbers. Each code can vote once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Continue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Continue with this code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code not accepted? A librarian can check it for you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demonstration round: you can use one of these codes: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Ballot</name>
    <message>
        <source>There is no project number %1 on this ballot.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>You can choose up to %n project(s). To choose this one, first remove another.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>This project costs %1, but only %2 of the budget is left. Remove a project to make room, or choose one that costs less.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Points cannot go below zero.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>One project can get at most %n point(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>All %n point(s) are given. Take a point from another project first.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>You can give points to up to %n project(s). Take all points from another project first.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>You can rank up to %n project(s). To rank this one, first remove another.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>This project is not ranked yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ballot names a project that is not on this round&apos;s ballot (position %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Project %1 is chosen more than once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Choose at least %n project(s); this ballot has %1.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Choose at most %n project(s); this ballot has %1.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>the %1 budget</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the budget</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The chosen projects cost %1 %3, more than %2 of %4 %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose projects worth at least %1% of the budget; this selection uses %2 of %3 %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Project %1 is given %2 points; give each chosen project at least 1 point.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Project %1 is given %2 points; at most %3 points may go to one project.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This ballot gives %1 points; only %2 points can be spread.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This ballot gives %1 points; all %2 points must be given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Two projects share rank %1; give each project its own rank.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Rank at most %n project(s); this ballot ranks %1.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BallotPage</name>
    <message>
        <source>Review my ballot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All projects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show only %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CodeDisplay</name>
    <message>
        <source>Access code: %1 of 12 characters typed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DisplayPanel</name>
    <message>
        <source>Text, colours and sound</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Colours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read aloud</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Turn audio off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Turn audio on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Slower</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Faster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore the usual settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DonePage</name>
    <message>
        <source>Your receipt code is %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thank you! Your vote has been recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your receipt code:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write it down or scan the square code with your phone. When the results are published, enter this code on the city&apos;s results page, or ask at the library, to see that your ballot was counted. The code does not show how you voted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>QR code of your receipt code</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>This screen will clear itself in %n second(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Finish</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IdleWarning</name>
    <message>
        <source>Do you need more time?</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>To protect your privacy, this ballot will be cleared in %n second(s) unless you touch the screen.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>I need more time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start over</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Keypad</name>
    <message>
        <source>Erase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Erase the last character</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear the whole code</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LanguagePanel</name>
    <message>
        <source>Choose your language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <source>pbvote kiosk</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NoticeBanner</name>
    <message>
        <source>OK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close this message</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OperatorPage</name>
    <message>
        <source>Staff screen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Staff only: enter the operator PIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kiosk %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Voting: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ballots stored on this kiosk: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pause voting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reopen voting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close voting for good</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closing ends voting at this kiosk for this round. It cannot be undone. Close now?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes, close voting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No, keep it open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Witness codes for the paper log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None yet: a witness code appears each time voting is paused or closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Final, batch %1: %2 (%n ballot(s) in all, %3)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Batch %1: %2 (%n ballot(s) in all, %3)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Lock and return to voting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quit the kiosk program</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PinPad</name>
    <message numerus="yes">
        <source>%n digit(s) typed</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Erase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProjectCard</name>
    <message numerus="yes">
        <source>%n point(s) given</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>No points given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your choice number %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not ranked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chosen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Costs more than what is left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not chosen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cost: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details about %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove from ranking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rank next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move %1 up the ranking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move %1 down the ranking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take a point from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give a point to %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProjectDetails</name>
    <message>
        <source>Cost: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>District: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove from ranking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rank next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take a point</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n point(s) given</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Give a point</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to all projects</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReviewPage</name>
    <message>
        <source>Check your ballot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When you press &quot;Cast my vote&quot; your ballot is sealed, signed and stored. It cannot be changed after that.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cast my vote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change my choices</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TopBar</name>
    <message>
        <source>Language: %1. Change language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text and colours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audio on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read aloud</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start over</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start over: clear this ballot and go back to the first screen</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UnavailablePage</name>
    <message>
        <source>Please ask a librarian for help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Staff only</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <source>Help decide how the city spends part of its budget: vote for the projects you want.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose your language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start voting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You need the access code printed on your voting slip. If you do not have one, please ask a librarian.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Staff only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Staff only: kiosk settings for librarians</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pbvote::kiosk::AudioGuide</name>
    <message>
        <source>Slowest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Slower</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Normal speed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A little faster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Faster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fast</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fastest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audio is off.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sorry, this kiosk cannot read aloud. Please ask a librarian for help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sorry, this kiosk has no voice for this language. Choose another language, or ask a librarian for help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audio is on: the screen is read aloud.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pbvote::kiosk::KioskSession</name>
    <message>
        <source>Choose from %1 to %2 projects that you would like the city to fund.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Choose up to %n project(s) that you would like the city to fund.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Choose every project that you would like the city to fund.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the projects you would like the city to fund. Together they can cost up to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Give your %n point(s) to the projects you support, at most %1 to one project. More points mean more support.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Give your %n point(s) to the projects you support. More points mean more support.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Rank up to %n project(s): tap them in order of preference, your favourite first.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Voting has not started yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Voting is paused at this kiosk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Voting has ended. Thank you to everyone who took part!</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n project(s) chosen</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n project(s) chosen</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n point(s) given</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n project(s) ranked</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Chosen: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Budget: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>City-wide</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n point(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Choice %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chosen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your ballot supports no project. It will be counted as a blank ballot.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Your ballot supports %n project(s). Each counts as one vote for that project.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Your ballot supports %n project(s) costing %1 in total, out of a budget of %2.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Your ballot gives %1 points to %n project(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Your ballot ranks %n project(s), your first choice first.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Too many codes were not accepted. Please wait %n second(s) and try again, or ask a librarian for help.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Your code has 12 letters and numbers. You have typed %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This kiosk cannot check codes right now. Please ask a librarian for help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This code has already been used to vote. Each code can vote once. If you have not voted yet, please ask a librarian for help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This code is not valid for this vote. Check each letter and number on your slip and try again, or ask a librarian for help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This code has already been used to vote, so this ballot was not recorded. Please ask a librarian for help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your vote was NOT recorded. Your code is still valid: you can try again, or ask a librarian for help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details for the librarian: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Too many wrong PINs. Wait %n second(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>That PIN is not right.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not open yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open: taking votes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed and counted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not pause voting: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Voting is paused. Write witness code %1 in the paper log.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Voting is open again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not reopen voting: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not close voting: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Voting is closed. No ballots were cast at this kiosk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Voting is closed. Write the final witness code %1 in the paper log.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pbvote::kiosk::KioskView</name>
    <message>
        <source>The kiosk screen could not be loaded:
%1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pbvote::kiosk::Theme</name>
    <message>
        <source>Standard colours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Black on white</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>White on black</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yellow on black</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cyan on black</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Small text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Standard text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Large text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Largest text</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
