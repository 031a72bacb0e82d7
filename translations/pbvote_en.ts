<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>AccessPage</name>
    <message>
        <source>Type your access code</source>
        <translation>Type your access code</translation>
    </message>
    <message>
        <source>The code is on your voting slip: 12 letters and numbers. Each code can vote once.</source>
        <translation>The code is on your voting slip: 12 letters and numbers. Each code can vote once.</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Continue</translation>
    </message>
    <message>
        <source>Continue with this code</source>
        <translation>Continue with this code</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Back</translation>
    </message>
    <message>
        <source>Code not accepted? A librarian can check it for you.</source>
        <translation>Code not accepted? A librarian can check it for you.</translation>
    </message>
    <message>
        <source>Demonstration round: you can use one of these codes: %1</source>
        <translation>Demonstration round: you can use one of these codes: %1</translation>
    </message>
</context>
<context>
    <name>Ballot</name>
    <message>
        <source>There is no project number %1 on this ballot.</source>
        <translation>There is no project number %1 on this ballot.</translation>
    </message>
    <message numerus="yes">
        <source>You can choose up to %n project(s). To choose this one, first remove another.</source>
        <translation>
            <numerusform>You can choose up to %n project. To choose this one, first remove another.</numerusform>
            <numerusform>You can choose up to %n projects. To choose this one, first remove another.</numerusform>
        </translation>
    </message>
    <message>
        <source>This project costs %1, but only %2 of the budget is left. Remove a project to make room, or choose one that costs less.</source>
        <translation>This project costs %1, but only %2 of the budget is left. Remove a project to make room, or choose one that costs less.</translation>
    </message>
    <message>
        <source>Points cannot go below zero.</source>
        <translation>Points cannot go below zero.</translation>
    </message>
    <message numerus="yes">
        <source>One project can get at most %n point(s).</source>
        <translation>
            <numerusform>One project can get at most %n point.</numerusform>
            <numerusform>One project can get at most %n points.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>All %n point(s) are given. Take a point from another project first.</source>
        <translation>
            <numerusform>Your %n point is already given. Take a point from another project first.</numerusform>
            <numerusform>All %n points are given. Take a point from another project first.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>You can give points to up to %n project(s). Take all points from another project first.</source>
        <translation>
            <numerusform>You can give points to up to %n project. Take all points from another project first.</numerusform>
            <numerusform>You can give points to up to %n projects. Take all points from another project first.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>You can rank up to %n project(s). To rank this one, first remove another.</source>
        <translation>
            <numerusform>You can rank up to %n project. To rank this one, first remove another.</numerusform>
            <numerusform>You can rank up to %n projects. To rank this one, first remove another.</numerusform>
        </translation>
    </message>
    <message>
        <source>This project is not ranked yet.</source>
        <translation>This project is not ranked yet.</translation>
    </message>
    <message>
        <source>The ballot names a project that is not on this round&apos;s ballot (position %1).</source>
        <translation>The ballot names a project that is not on this round&apos;s ballot (position %1).</translation>
    </message>
    <message>
        <source>Project %1 is chosen more than once.</source>
        <translation>Project %1 is chosen more than once.</translation>
    </message>
    <message numerus="yes">
        <source>Choose at least %n project(s); this ballot has %1.</source>
        <translation>
            <numerusform>Choose at least %n project; this ballot has %1.</numerusform>
            <numerusform>Choose at least %n projects; this ballot has %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Choose at most %n project(s); this ballot has %1.</source>
        <translation>
            <numerusform>Choose at most %n project; this ballot has %1.</numerusform>
            <numerusform>Choose at most %n projects; this ballot has %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>the %1 budget</source>
        <translation>the %1 budget</translation>
    </message>
    <message>
        <source>the budget</source>
        <translation>the budget</translation>
    </message>
    <message>
        <source>The chosen projects cost %1 %3, more than %2 of %4 %3.</source>
        <translation>The chosen projects cost %1 %3, more than %2 of %4 %3.</translation>
    </message>
    <message>
        <source>Choose projects worth at least %1% of the budget; this selection uses %2 of %3 %4.</source>
        <translation>Choose projects worth at least %1% of the budget; this selection uses %2 of %3 %4.</translation>
    </message>
    <message>
        <source>Project %1 is given %2 points; give each chosen project at least 1 point.</source>
        <translation>Project %1 is given %2 points; give each chosen project at least 1 point.</translation>
    </message>
    <message>
        <source>Project %1 is given %2 points; at most %3 points may go to one project.</source>
        <translation>Project %1 is given %2 points; at most %3 points may go to one project.</translation>
    </message>
    <message>
        <source>This ballot gives %1 points; only %2 points can be spread.</source>
        <translation>This ballot gives %1 points; only %2 points can be spread.</translation>
    </message>
    <message>
        <source>This ballot gives %1 points; all %2 points must be given.</source>
        <translation>This ballot gives %1 points; all %2 points must be given.</translation>
    </message>
    <message>
        <source>Two projects share rank %1; give each project its own rank.</source>
        <translation>Two projects share rank %1; give each project its own rank.</translation>
    </message>
    <message numerus="yes">
        <source>Rank at most %n project(s); this ballot ranks %1.</source>
        <translation>
            <numerusform>Rank at most %n project; this ballot ranks %1.</numerusform>
            <numerusform>Rank at most %n projects; this ballot ranks %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>On this ballot, give points or ranks to projects instead.</source>
        <translation>On this ballot, give points or ranks to projects instead.</translation>
    </message>
    <message numerus="yes">
        <source>Only %n point(s) are left. Take points from another project first.</source>
        <translation>
            <numerusform>Only %n point is left. Take points from another project first.</numerusform>
            <numerusform>Only %n points are left. Take points from another project first.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BallotPage</name>
    <message>
        <source>Review my ballot</source>
        <translation>Review my ballot</translation>
    </message>
    <message>
        <source>All projects</source>
        <translation>All projects</translation>
    </message>
    <message>
        <source>Show only %1</source>
        <translation>Show only %1</translation>
    </message>
</context>
<context>
    <name>CodeDisplay</name>
    <message>
        <source>Access code: %1 of 12 characters typed</source>
        <translation>Access code: %1 of 12 characters typed</translation>
    </message>
</context>
<context>
    <name>DisplayPanel</name>
    <message>
        <source>Text, colours and sound</source>
        <translation>Text, colours and sound</translation>
    </message>
    <message>
        <source>Text size</source>
        <translation>Text size</translation>
    </message>
    <message>
        <source>Colours</source>
        <translation>Colours</translation>
    </message>
    <message>
        <source>Read aloud</source>
        <translation>Read aloud</translation>
    </message>
    <message>
        <source>Turn audio off</source>
        <translation>Turn audio off</translation>
    </message>
    <message>
        <source>Turn audio on</source>
        <translation>Turn audio on</translation>
    </message>
    <message>
        <source>Slower</source>
        <translation>Slower</translation>
    </message>
    <message>
        <source>Faster</source>
        <translation>Faster</translation>
    </message>
    <message>
        <source>Restore the usual settings</source>
        <translation>Restore the usual settings</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Done</translation>
    </message>
</context>
<context>
    <name>DonePage</name>
    <message>
        <source>Your receipt code is %1.</source>
        <translation>Your receipt code is %1.</translation>
    </message>
    <message>
        <source>Thank you! Your vote has been recorded.</source>
        <translation>Thank you! Your vote has been recorded.</translation>
    </message>
    <message>
        <source>Your receipt code:</source>
        <translation>Your receipt code:</translation>
    </message>
    <message>
        <source>Write it down or scan the square code with your phone. When the results are published, enter this code on the city&apos;s results page, or ask at the library, to see that your ballot was counted. The code does not show how you voted.</source>
        <translation>Write it down or scan the square code with your phone. When the results are published, enter this code on the city&apos;s results page, or ask at the library, to see that your ballot was counted. The code does not show how you voted.</translation>
    </message>
    <message>
        <source>QR code of your receipt code</source>
        <translation>QR code of your receipt code</translation>
    </message>
    <message numerus="yes">
        <source>This screen will clear itself in %n second(s).</source>
        <translation>
            <numerusform>This screen will clear itself in %n second.</numerusform>
            <numerusform>This screen will clear itself in %n seconds.</numerusform>
        </translation>
    </message>
    <message>
        <source>Finish</source>
        <translation>Finish</translation>
    </message>
</context>
<context>
    <name>IdleWarning</name>
    <message>
        <source>Do you need more time?</source>
        <translation>Do you need more time?</translation>
    </message>
    <message numerus="yes">
        <source>To protect your privacy, this ballot will be cleared in %n second(s) unless you touch the screen.</source>
        <translation>
            <numerusform>To protect your privacy, this ballot will be cleared in %n second unless you touch the screen.</numerusform>
            <numerusform>To protect your privacy, this ballot will be cleared in %n seconds unless you touch the screen.</numerusform>
        </translation>
    </message>
    <message>
        <source>I need more time</source>
        <translation>I need more time</translation>
    </message>
    <message>
        <source>Start over</source>
        <translation>Start over</translation>
    </message>
</context>
<context>
    <name>Keypad</name>
    <message>
        <source>Erase</source>
        <translation>Erase</translation>
    </message>
    <message>
        <source>Erase the last character</source>
        <translation>Erase the last character</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Clear</translation>
    </message>
    <message>
        <source>Clear the whole code</source>
        <translation>Clear the whole code</translation>
    </message>
</context>
<context>
    <name>LanguagePanel</name>
    <message>
        <source>Choose your language</source>
        <translation>Choose your language</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <source>pbvote kiosk</source>
        <translation>pbvote kiosk</translation>
    </message>
    <message>
        <source>Start over?</source>
        <translation>Start over?</translation>
    </message>
    <message>
        <source>The choices on this ballot will be cleared. Nothing has been stored, and your code stays valid.</source>
        <translation>The choices on this ballot will be cleared. Nothing has been stored, and your code stays valid.</translation>
    </message>
    <message>
        <source>No, keep my ballot</source>
        <translation>No, keep my ballot</translation>
    </message>
    <message>
        <source>Yes, start over</source>
        <translation>Yes, start over</translation>
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
        <translation>Close this message</translation>
    </message>
</context>
<context>
    <name>OperatorPage</name>
    <message>
        <source>Staff screen</source>
        <translation>Staff screen</translation>
    </message>
    <message>
        <source>Staff only: enter the operator PIN</source>
        <translation>Staff only: enter the operator PIN</translation>
    </message>
    <message>
        <source>Kiosk %1</source>
        <translation>Kiosk %1</translation>
    </message>
    <message>
        <source>Voting: %1</source>
        <translation>Voting: %1</translation>
    </message>
    <message>
        <source>Ballots stored on this kiosk: %1</source>
        <translation>Ballots stored on this kiosk: %1</translation>
    </message>
    <message>
        <source>Pause voting</source>
        <translation>Pause voting</translation>
    </message>
    <message>
        <source>Reopen voting</source>
        <translation>Reopen voting</translation>
    </message>
    <message>
        <source>Close voting for good</source>
        <translation>Close voting for good</translation>
    </message>
    <message>
        <source>Closing ends voting at this kiosk for this round. It cannot be undone. Close now?</source>
        <translation>Closing ends voting at this kiosk for this round. It cannot be undone. Close now?</translation>
    </message>
    <message>
        <source>Yes, close voting</source>
        <translation>Yes, close voting</translation>
    </message>
    <message>
        <source>No, keep it open</source>
        <translation>No, keep it open</translation>
    </message>
    <message>
        <source>Witness codes for the paper log</source>
        <translation>Witness codes for the paper log</translation>
    </message>
    <message>
        <source>None yet: a witness code appears each time voting is paused or closed.</source>
        <translation>None yet: a witness code appears each time voting is paused or closed.</translation>
    </message>
    <message numerus="yes">
        <source>Final, batch %1: %2 (%n ballot(s) in all, %3)</source>
        <translation>
            <numerusform>Final, batch %1: %2 (%n ballot in all, %3)</numerusform>
            <numerusform>Final, batch %1: %2 (%n ballots in all, %3)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Batch %1: %2 (%n ballot(s) in all, %3)</source>
        <translation>
            <numerusform>Batch %1: %2 (%n ballot in all, %3)</numerusform>
            <numerusform>Batch %1: %2 (%n ballots in all, %3)</numerusform>
        </translation>
    </message>
    <message>
        <source>Lock and return to voting</source>
        <translation>Lock and return to voting</translation>
    </message>
    <message>
        <source>Quit the kiosk program</source>
        <translation>Quit the kiosk program</translation>
    </message>
</context>
<context>
    <name>PinPad</name>
    <message numerus="yes">
        <source>%n digit(s) typed</source>
        <translation>
            <numerusform>%n digit typed</numerusform>
            <numerusform>%n digits typed</numerusform>
        </translation>
    </message>
    <message>
        <source>Erase</source>
        <translation>Erase</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>ProjectCard</name>
    <message numerus="yes">
        <source>%n point(s) given</source>
        <translation>
            <numerusform>%n point given</numerusform>
            <numerusform>%n points given</numerusform>
        </translation>
    </message>
    <message>
        <source>No points given</source>
        <translation>No points given</translation>
    </message>
    <message>
        <source>Your choice number %1</source>
        <translation>Your choice number %1</translation>
    </message>
    <message>
        <source>Not ranked</source>
        <translation>Not ranked</translation>
    </message>
    <message>
        <source>Chosen</source>
        <translation>Chosen</translation>
    </message>
    <message>
        <source>Costs more than what is left</source>
        <translation>Costs more than what is left</translation>
    </message>
    <message>
        <source>Not chosen</source>
        <translation>Not chosen</translation>
    </message>
    <message>
        <source>Cost: %1</source>
        <translation>Cost: %1</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Details about %1</source>
        <translation>Details about %1</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
    <message>
        <source>Choose</source>
        <translation>Choose</translation>
    </message>
    <message>
        <source>Remove %1</source>
        <translation>Remove %1</translation>
    </message>
    <message>
        <source>Choose %1</source>
        <translation>Choose %1</translation>
    </message>
    <message>
        <source>Remove from ranking</source>
        <translation>Remove from ranking</translation>
    </message>
    <message>
        <source>Rank next</source>
        <translation>Rank next</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Move up</translation>
    </message>
    <message>
        <source>Move %1 up the ranking</source>
        <translation>Move %1 up the ranking</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Move down</translation>
    </message>
    <message>
        <source>Move %1 down the ranking</source>
        <translation>Move %1 down the ranking</translation>
    </message>
    <message>
        <source>Take a point from %1</source>
        <translation>Take a point from %1</translation>
    </message>
    <message>
        <source>Give a point to %1</source>
        <translation>Give a point to %1</translation>
    </message>
    <message>
        <source>Picture: %1</source>
        <translation>Picture: %1</translation>
    </message>
</context>
<context>
    <name>ProjectDetails</name>
    <message>
        <source>Cost: %1</source>
        <translation>Cost: %1</translation>
    </message>
    <message>
        <source>Category: %1</source>
        <translation>Category: %1</translation>
    </message>
    <message>
        <source>District: %1</source>
        <translation>District: %1</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
    <message>
        <source>Choose</source>
        <translation>Choose</translation>
    </message>
    <message>
        <source>Remove from ranking</source>
        <translation>Remove from ranking</translation>
    </message>
    <message>
        <source>Rank next</source>
        <translation>Rank next</translation>
    </message>
    <message>
        <source>Take a point</source>
        <translation>Take a point</translation>
    </message>
    <message numerus="yes">
        <source>%n point(s) given</source>
        <translation>
            <numerusform>%n point given</numerusform>
            <numerusform>%n points given</numerusform>
        </translation>
    </message>
    <message>
        <source>Give a point</source>
        <translation>Give a point</translation>
    </message>
    <message>
        <source>Back to all projects</source>
        <translation>Back to all projects</translation>
    </message>
    <message>
        <source>Picture: %1</source>
        <translation>Picture: %1</translation>
    </message>
</context>
<context>
    <name>ReviewPage</name>
    <message>
        <source>Check your ballot</source>
        <translation>Check your ballot</translation>
    </message>
    <message>
        <source>When you press &quot;Cast my vote&quot; your ballot is sealed, signed and stored. It cannot be changed after that.</source>
        <translation>When you press &quot;Cast my vote&quot; your ballot is sealed, signed and stored. It cannot be changed after that.</translation>
    </message>
    <message>
        <source>Cast my vote</source>
        <translation>Cast my vote</translation>
    </message>
    <message>
        <source>Change my choices</source>
        <translation>Change my choices</translation>
    </message>
</context>
<context>
    <name>TopBar</name>
    <message>
        <source>Language: %1. Change language</source>
        <translation>Language: %1. Change language</translation>
    </message>
    <message>
        <source>Text and colours</source>
        <translation>Text and colours</translation>
    </message>
    <message>
        <source>Audio on</source>
        <translation>Audio on</translation>
    </message>
    <message>
        <source>Read aloud</source>
        <translation>Read aloud</translation>
    </message>
    <message>
        <source>Start over</source>
        <translation>Start over</translation>
    </message>
    <message>
        <source>Start over: clear this ballot and go back to the first screen</source>
        <translation>Start over: clear this ballot and go back to the first screen</translation>
    </message>
</context>
<context>
    <name>UnavailablePage</name>
    <message>
        <source>Please ask a librarian for help.</source>
        <translation>Please ask a librarian for help.</translation>
    </message>
    <message>
        <source>Staff only</source>
        <translation>Staff only</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <source>Help decide how the city spends part of its budget: vote for the projects you want.</source>
        <translation>Help decide how the city spends part of its budget: vote for the projects you want.</translation>
    </message>
    <message>
        <source>Choose your language</source>
        <translation>Choose your language</translation>
    </message>
    <message>
        <source>Start voting</source>
        <translation>Start voting</translation>
    </message>
    <message>
        <source>You need the access code printed on your voting slip. If you do not have one, please ask a librarian.</source>
        <translation>You need the access code printed on your voting slip. If you do not have one, please ask a librarian.</translation>
    </message>
    <message>
        <source>Staff only</source>
        <translation>Staff only</translation>
    </message>
    <message>
        <source>Staff only: kiosk settings for librarians</source>
        <translation>Staff only: kiosk settings for librarians</translation>
    </message>
</context>
<context>
    <name>pbvote::kiosk::AudioGuide</name>
    <message>
        <source>Slowest</source>
        <translation>Slowest</translation>
    </message>
    <message>
        <source>Slower</source>
        <translation>Slower</translation>
    </message>
    <message>
        <source>Normal speed</source>
        <translation>Normal speed</translation>
    </message>
    <message>
        <source>A little faster</source>
        <translation>A little faster</translation>
    </message>
    <message>
        <source>Faster</source>
        <translation>Faster</translation>
    </message>
    <message>
        <source>Fastest</source>
        <translation>Fastest</translation>
    </message>
    <message>
        <source>Audio is off.</source>
        <translation>Audio is off.</translation>
    </message>
    <message>
        <source>Sorry, this kiosk cannot read aloud. Please ask a librarian for help.</source>
        <translation>Sorry, this kiosk cannot read aloud. Please ask a librarian for help.</translation>
    </message>
    <message>
        <source>Sorry, this kiosk has no voice for this language. Choose another language, or ask a librarian for help.</source>
        <translation>Sorry, this kiosk has no voice for this language. Choose another language, or ask a librarian for help.</translation>
    </message>
    <message>
        <source>Audio is on: the screen is read aloud.</source>
        <translation>Audio is on: the screen is read aloud.</translation>
    </message>
    <message>
        <source>Much faster</source>
        <translation>Much faster</translation>
    </message>
</context>
<context>
    <name>pbvote::kiosk::KioskSession</name>
    <message>
        <source>Choose from %1 to %2 projects that you would like the city to fund.</source>
        <translation>Choose from %1 to %2 projects that you would like the city to fund.</translation>
    </message>
    <message numerus="yes">
        <source>Choose up to %n project(s) that you would like the city to fund.</source>
        <translation>
            <numerusform>Choose up to %n project that you would like the city to fund.</numerusform>
            <numerusform>Choose up to %n projects that you would like the city to fund.</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose every project that you would like the city to fund.</source>
        <translation>Choose every project that you would like the city to fund.</translation>
    </message>
    <message>
        <source>Choose the projects you would like the city to fund. Together they can cost up to %1.</source>
        <translation>Choose the projects you would like the city to fund. Together they can cost up to %1.</translation>
    </message>
    <message numerus="yes">
        <source>Give your %n point(s) to the projects you support, at most %1 to one project. More points mean more support.</source>
        <translation>
            <numerusform>Give your %n point to a project you support, at most %1 to one project. More points mean more support.</numerusform>
            <numerusform>Give your %n points to the projects you support, at most %1 to one project. More points mean more support.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Give your %n point(s) to the projects you support. More points mean more support.</source>
        <translation>
            <numerusform>Give your %n point to a project you support. More points mean more support.</numerusform>
            <numerusform>Give your %n points to the projects you support. More points mean more support.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Rank up to %n project(s): tap them in order of preference, your favourite first.</source>
        <translation>
            <numerusform>Rank up to %n project: tap your favourite.</numerusform>
            <numerusform>Rank up to %n projects: tap them in order of preference, your favourite first.</numerusform>
        </translation>
    </message>
    <message>
        <source>Voting has not started yet.</source>
        <translation>Voting has not started yet.</translation>
    </message>
    <message>
        <source>Voting is paused at this kiosk.</source>
        <translation>Voting is paused at this kiosk.</translation>
    </message>
    <message>
        <source>Voting has ended. Thank you to everyone who took part!</source>
        <translation>Voting has ended. Thank you to everyone who took part!</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n project(s) chosen</source>
        <translation>
            <numerusform>%1 of %n project chosen</numerusform>
            <numerusform>%1 of %n projects chosen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n project(s) chosen</source>
        <translation>
            <numerusform>%n project chosen</numerusform>
            <numerusform>%n projects chosen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n point(s) given</source>
        <translation>
            <numerusform>%1 of %n point given</numerusform>
            <numerusform>%1 of %n points given</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n project(s) ranked</source>
        <translation>
            <numerusform>%1 of %n project ranked</numerusform>
            <numerusform>%1 of %n projects ranked</numerusform>
        </translation>
    </message>
    <message>
        <source>Chosen: %1</source>
        <translation>Chosen: %1</translation>
    </message>
    <message>
        <source>Left: %1</source>
        <translation>Left: %1</translation>
    </message>
    <message>
        <source>Budget: %1</source>
        <translation>Budget: %1</translation>
    </message>
    <message>
        <source>City-wide</source>
        <translation>City-wide</translation>
    </message>
    <message numerus="yes">
        <source>%n point(s)</source>
        <translation>
            <numerusform>%n point</numerusform>
            <numerusform>%n points</numerusform>
        </translation>
    </message>
    <message>
        <source>Choice %1</source>
        <translation>Choice %1</translation>
    </message>
    <message>
        <source>Chosen</source>
        <translation>Chosen</translation>
    </message>
    <message>
        <source>Your ballot supports no project. It will be counted as a blank ballot.</source>
        <translation>Your ballot supports no project. It will be counted as a blank ballot.</translation>
    </message>
    <message numerus="yes">
        <source>Your ballot supports %n project(s). Each counts as one vote for that project.</source>
        <translation>
            <numerusform>Your ballot supports %n project. It counts as one vote for that project.</numerusform>
            <numerusform>Your ballot supports %n projects. Each counts as one vote for that project.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Your ballot supports %n project(s) costing %1 in total, out of a budget of %2.</source>
        <translation>
            <numerusform>Your ballot supports %n project costing %1, out of a budget of %2.</numerusform>
            <numerusform>Your ballot supports %n projects costing %1 in total, out of a budget of %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Your ballot gives %1 points to %n project(s).</source>
        <translation>
            <numerusform>Your ballot gives %1 points to %n project.</numerusform>
            <numerusform>Your ballot gives %1 points to %n projects.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Your ballot ranks %n project(s), your first choice first.</source>
        <translation>
            <numerusform>Your ballot ranks %n project.</numerusform>
            <numerusform>Your ballot ranks %n projects, your first choice first.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Too many codes were not accepted. Please wait %n second(s) and try again, or ask a librarian for help.</source>
        <translation>
            <numerusform>Too many codes were not accepted. Please wait %n second and try again, or ask a librarian for help.</numerusform>
            <numerusform>Too many codes were not accepted. Please wait %n seconds and try again, or ask a librarian for help.</numerusform>
        </translation>
    </message>
    <message>
        <source>Your code has 12 letters and numbers. You have typed %1.</source>
        <translation>Your code has 12 letters and numbers. You have typed %1.</translation>
    </message>
    <message>
        <source>This kiosk cannot check codes right now. Please ask a librarian for help.</source>
        <translation>This kiosk cannot check codes right now. Please ask a librarian for help.</translation>
    </message>
    <message>
        <source>This code has already been used to vote. Each code can vote once. If you have not voted yet, please ask a librarian for help.</source>
        <translation>This code has already been used to vote. Each code can vote once. If you have not voted yet, please ask a librarian for help.</translation>
    </message>
    <message>
        <source>This code is not valid for this vote. Check each letter and number on your slip and try again, or ask a librarian for help.</source>
        <translation>This code is not valid for this vote. Check each letter and number on your slip and try again, or ask a librarian for help.</translation>
    </message>
    <message>
        <source>This code has already been used to vote, so this ballot was not recorded. Please ask a librarian for help.</source>
        <translation>This code has already been used to vote, so this ballot was not recorded. Please ask a librarian for help.</translation>
    </message>
    <message>
        <source>Your vote was NOT recorded. Your code is still valid: you can try again, or ask a librarian for help.</source>
        <translation>Your vote was NOT recorded. Your code is still valid: you can try again, or ask a librarian for help.</translation>
    </message>
    <message>
        <source>Details for the librarian: %1</source>
        <translation>Details for the librarian: %1</translation>
    </message>
    <message numerus="yes">
        <source>Too many wrong PINs. Wait %n second(s).</source>
        <translation>
            <numerusform>Too many wrong PINs. Wait %n second.</numerusform>
            <numerusform>Too many wrong PINs. Wait %n seconds.</numerusform>
        </translation>
    </message>
    <message>
        <source>That PIN is not right.</source>
        <translation>That PIN is not right.</translation>
    </message>
    <message>
        <source>Not open yet</source>
        <translation>Not open yet</translation>
    </message>
    <message>
        <source>Open: taking votes</source>
        <translation>Open: taking votes</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>Paused</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Closed</translation>
    </message>
    <message>
        <source>Closed and counted</source>
        <translation>Closed and counted</translation>
    </message>
    <message>
        <source>Could not pause voting: %1</source>
        <translation>Could not pause voting: %1</translation>
    </message>
    <message>
        <source>Voting is paused. Write witness code %1 in the paper log.</source>
        <translation>Voting is paused. Write witness code %1 in the paper log.</translation>
    </message>
    <message>
        <source>Voting is open again.</source>
        <translation>Voting is open again.</translation>
    </message>
    <message>
        <source>Could not reopen voting: %1</source>
        <translation>Could not reopen voting: %1</translation>
    </message>
    <message>
        <source>Could not close voting: %1</source>
        <translation>Could not close voting: %1</translation>
    </message>
    <message>
        <source>Voting is closed. No ballots were cast at this kiosk.</source>
        <translation>Voting is closed. No ballots were cast at this kiosk.</translation>
    </message>
    <message>
        <source>Voting is closed. Write the final witness code %1 in the paper log.</source>
        <translation>Voting is closed. Write the final witness code %1 in the paper log.</translation>
    </message>
</context>
<context>
    <name>pbvote::kiosk::KioskView</name>
    <message>
        <source>The kiosk screen could not be loaded:
%1</source>
        <translation>The kiosk screen could not be loaded:
%1</translation>
    </message>
</context>
<context>
    <name>pbvote::kiosk::Theme</name>
    <message>
        <source>Standard colours</source>
        <translation>Standard colours</translation>
    </message>
    <message>
        <source>Black on white</source>
        <translation>Black on white</translation>
    </message>
    <message>
        <source>White on black</source>
        <translation>White on black</translation>
    </message>
    <message>
        <source>Yellow on black</source>
        <translation>Yellow on black</translation>
    </message>
    <message>
        <source>Cyan on black</source>
        <translation>Cyan on black</translation>
    </message>
    <message>
        <source>Small text</source>
        <translation>Small text</translation>
    </message>
    <message>
        <source>Standard text</source>
        <translation>Standard text</translation>
    </message>
    <message>
        <source>Large text</source>
        <translation>Large text</translation>
    </message>
    <message>
        <source>Largest text</source>
        <translation>Largest text</translation>
    </message>
</context>
</TS>
