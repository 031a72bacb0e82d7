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
    <name>AuditReport</name>
    <message>
        <source>, </source>
        <comment>between check ids</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown (the record could not be read)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Election</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Election id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record format version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key that signed the record (fingerprint)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2 bytes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SHA-256 of the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown (the file could not be read)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verified on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>local time (UTC time)</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Verified with</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pbvote %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receipt %1 is NOT in this record. Check the code; if it is right, report it to the organizers and the auditors.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receipt %1 is in the record: ballot %2 (number %3 in the record&apos;s list), cast at kiosk %4, batch %5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Its kiosk&apos;s signature is valid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Its signature does NOT verify: report this to the auditors.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It is counted in the result.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It is NOT counted in any result of this record; the receipt check below says why.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The voter&apos;s receipt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What it checks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warnings to read:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problems found:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why it did not run:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What was checked:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The published result matches the ballots</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every check passed; the record holds no result yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The published result matches the ballots, with warnings to read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every check passed, with warnings to read; the record holds no result yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verification FAILED: no check could run</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Verification FAILED: %n check(s) found problems</source>
        <translation>
            <numerusform>Verification FAILED: %n check found problems</numerusform>
            <numerusform>Verification FAILED: %n checks found problems</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n check(s) ran without finding a problem.</source>
        <translation>
            <numerusform>%n check ran without finding a problem.</numerusform>
            <numerusform>%n checks ran without finding a problem.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Read the warning of %1 below.</source>
        <translation>
            <numerusform>Read the warning of %1 below.</numerusform>
            <numerusform>Read the warnings of %1 below.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n check(s) did not run (see why below).</source>
        <translation>
            <numerusform>%n check did not run (see why below).</numerusform>
            <numerusform>%n checks did not run (see why below).</numerusform>
        </translation>
    </message>
    <message>
        <source>Failed: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do not trust this record until the organizers explain every problem listed below.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FAILED</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The authority&apos;s key was compared with the fingerprint you gave (%1): the record is signed by the key the organizers published.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The fingerprint you gave (%1) could not be compared: the record&apos;s key could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The fingerprint you gave (%1) is NOT the one of the key that signed this record (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The authority&apos;s key was NOT compared with a published fingerprint.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The authority&apos;s key was NOT compared with a published fingerprint: the key in the record (%1) was trusted. Compare it with the fingerprint on the city&apos;s poster or website.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n witness code(s) written down at the kiosks were compared with the record.</source>
        <translation>
            <numerusform>%n witness code written down at the kiosks was compared with the record.</numerusform>
            <numerusform>%n witness codes written down at the kiosks were compared with the record.</numerusform>
        </translation>
    </message>
    <message>
        <source>No witness codes were given: the kiosks&apos; checkpoints were not compared with what the poll workers wrote down.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The election key was used: every sealed vote was opened and compared with the published opened ballots.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The election key was not used (only a trusted auditor holds it): the sealed votes were not opened; the count was checked on the published opened ballots.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A voter&apos;s receipt (%1) was looked up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No voter&apos;s receipt was looked up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit of an election record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit of the election record of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What was verified, and what was not</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The checks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;Warning&quot;: the check passed, but a person must read why. &quot;Not run&quot;: there was nothing to check, or what it needs was not given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each check in detail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anyone can repeat these checks on the same file (same SHA-256) with the command &quot;pbvote verify&quot; or the pbvote-audit program; docs/election-record.md describes every check.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write the audit report to &quot;%1&quot;: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ballots</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kiosks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checkpoints</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logged events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Results</source>
        <translation type="unfinished"></translation>
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
    <message>
        <source>This project is in %1. Your ballot is for %2, so you can choose projects in %2 and city-wide projects.</source>
        <translation>This project is in %1. Your ballot is for %2, so you can choose projects in %2 and city-wide projects.</translation>
    </message>
    <message>
        <source>This round has no district &quot;%1&quot;.</source>
        <translation>This round has no district &quot;%1&quot;.</translation>
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
    <name>BallotStore</name>
    <message>
        <source>libsodium could not be initialised.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open database %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a readable SQLite database (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this is not a pbvote database (application id 0x%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the database was written by a newer pbvote (schema %1; this version knows up to %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>could not switch to write-ahead logging (journal mode is %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>foreign key enforcement could not be turned on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>synchronous=FULL could not be set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the database is damaged: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read the page size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this database belongs to kiosk %1, not to kiosk %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>crash detection is off for this session: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restarted after an interruption (a process that had the store open stopped without closing it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>migration to schema %1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>integrity check failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Round &quot;%1&quot; created with %2 projects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported vote %1 names a project that is not in the round.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot store imported vote %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Round &quot;%1&quot; imported from %2 with %3 projects and %4 votes, for analysis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no round %1 in this database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Round %1 has an unknown state &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Round %1 is %2: its ballot can only change while it is a draft.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Round %1 has no project %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Picture of project %1 removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Picture of project %1 set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The picture for project %1 is neither a PNG nor a JPEG file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The picture for project %1 is %2 bytes; at most %3 bytes are allowed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A key needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot store the %1 key &quot;%2&quot; (does it exist already?): %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no %1 key named &quot;%2&quot; in this database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Election key %1 set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Round %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Round %1 is %2, not %3; try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot reorder the projects: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The round already has a project %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There are no projects to add.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A translation names project %1, which is not in the round.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 translation of project %2 has no title.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Project %1 added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 projects added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Project %1 changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Project %1 removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Round %1 is %2: its settings can only change while it is a draft.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no counting rule &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The counting rule %1 cannot count this round: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Round settings changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Round %1 has no district %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>District %1 still has projects (%2 first): move or remove them before removing the district.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>District %1 removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a language code such as es or pl.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 translation of project %2 has a description but no title.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Translation (%1) of project %2 changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Round %1 is %2: kiosks can only be registered before voting opens, because the signed manifest lists every kiosk&apos;s key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A kiosk needs an id (at most 64 characters) and a 32-byte Ed25519 public key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kiosk %1 is already registered with this key; every kiosk makes its own key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kiosk %1 cannot be registered (already registered?): %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kiosk %1 registered with key %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Round %1 is %2: a kiosk in the signed manifest cannot be removed; revoke it instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kiosk %1 is not registered for round %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kiosk %1 removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Round %1 is a draft: remove the kiosk instead of revoking it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Round %1 is tallied: which kiosks count can no longer change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kiosk %1 is already revoked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kiosk %1 is not revoked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kiosk %1 revoked: it casts no more and its ballots are not counted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kiosk %1 reinstated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A checkpoint of kiosk %1 cannot be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The number of codes must be between 1 and 10,000,000.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Round %1 is closed: no more access codes can be issued.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot store access codes: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 access codes issued (batch %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>district %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Round %1 is closed: its access codes can no longer change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Round %1 has no batch %2 of access codes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Batch %1 is already void.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Batch %1 is not void.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access codes of batch %1 voided</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access codes of batch %1 restored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This access code is not valid for this round.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Round %1 has no count with %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Round %1 is %2: a result can only be published after the votes are counted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Round %1 is %2; only a draft round can be opened (a suspended round is resumed).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Round %1 has no projects on its ballot.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Project %1 is still under review: put it on the ballot or set it aside before voting opens.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Round %1 has no counting rule yet: choose it before voting opens, so that everyone knows how the votes will be counted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The counting rule %1 cannot count round %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Round %1 has no registered kiosk: register the public key made on each kiosk before voting opens.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Round %1 has no election key yet: create one with &quot;pbvote keys create --kind election --round %1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The unlocked secret key is not the authority key &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Round %1 has no registered kiosk: create one with &quot;pbvote keys create --kind kiosk --name K1 --round %1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Round %1 cannot open: the database already holds ballots for it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Voting opened; manifest %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Round %1 has not been opened, so it has no signed manifest yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Round %1 is not open for voting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This database belongs to kiosk %1; kiosk %2 cannot record ballots in it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The unlocked key is not kiosk %1&apos;s registered key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A ballot that breaks the round&apos;s rules was refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A mistyped access code was refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not an access code: a code has 12 letters and digits, like K7QX-M2PA-R3TE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An access code that is unknown, used, withdrawn or for another district was refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Voting in round %1 is not open (the round is %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kiosk %1 was revoked by the organizers: it cannot record ballots.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A ballot from a revoked kiosk was refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This access code is not valid for this round. Check it and try again, or ask a poll worker.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This access code has already been used to vote.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This access code was withdrawn by the organizers. A poll worker can give you a new one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This access code is for district %1; project %2 is in district %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ballot cast</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ballot was NOT recorded: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Final checkpoint of batch %1: %2 ballots</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Voting paused; checkpoint of batch %1: %2 ballots</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the event log is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No kiosk has voted in this database yet, so there is nothing to checkpoint.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Voting resumed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kiosk %1 voted in this database: its key must sign the final checkpoint.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Voting closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Round %1 is %2: it can only be tallied once it is closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Round %1 was already tallied with %2 and the new count differs from the stored one; the stored result is kept. Investigate before publishing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counted with %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CanonicalJson</name>
    <message>
        <source>byte 0x%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unexpected end of text in an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unexpected end of text in an array</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unexpected end of text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>text larger than 4 GiB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>byte-order mark at the start of the text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no value in the text (expected an object or an array)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the top-level value must be an object or an array</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>text after the top-level value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected &apos;,&apos; or &apos;}&apos; after an object member, found %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected &apos;,&apos; or &apos;]&apos; after an array element, found %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nesting deeper than %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a string key in an object, found %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>duplicate object key (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>object keys not in ascending order (%1 after %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected &apos;:&apos; after an object key, found %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unterminated string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>raw control character U+%1 in a string (the canonical form escapes it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>\/ where the canonical form writes / itself</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid escape \%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>truncated \u escape</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid \u escape (needs four hex digits)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>surrogate escape %1 (the canonical form writes characters as raw UTF-8)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 where the canonical form writes the character itself</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 where the canonical form writes %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 with uppercase hex digits (the canonical form writes lowercase)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid UTF-8 (unexpected continuation byte)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid UTF-8 (overlong form)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid UTF-8 (above U+10FFFF or not a lead byte)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid UTF-8 (truncated sequence)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid UTF-8 (UTF-16 surrogate)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid UTF-8 (above U+10FFFF)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid number (&apos;-&apos; without digits)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>number with a leading zero</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>number with a fraction or exponent (only integers are allowed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>integer outside the 64-bit range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>-0 where the canonical form writes 0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid literal (expected %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unexpected %1 where a value was expected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mismatched brackets</source>
        <translation type="unfinished"></translation>
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
    <name>CodeSheetWriter</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Cannot write %1: %2</translation>
    </message>
    <message>
        <source>Your one-time voting code</source>
        <translation>Your one-time voting code</translation>
    </message>
    <message>
        <source>Take this slip to a voting kiosk at any library. Type the code, or ask a librarian for help. The code works once.</source>
        <translation>Take this slip to a voting kiosk at any library. Type the code, or ask a librarian for help. The code works once.</translation>
    </message>
    <message>
        <source>a sheet has 1 to %1 columns and 1 to %2 rows of slips.</source>
        <translation>a sheet has 1 to %1 columns and 1 to %2 rows of slips.</translation>
    </message>
    <message>
        <source>the page size is not valid.</source>
        <translation>the page size is not valid.</translation>
    </message>
    <message>
        <source>Access codes</source>
        <translation>Access codes</translation>
    </message>
    <message>
        <source>Access codes: %1</source>
        <translation>Access codes: %1</translation>
    </message>
    <message>
        <source>the PDF could not be started.</source>
        <translation>the PDF could not be started.</translation>
    </message>
    <message>
        <source>the sheet is already finished.</source>
        <translation>the sheet is already finished.</translation>
    </message>
    <message>
        <source>an access code must be letters, digits and dashes.</source>
        <translation>an access code must be letters, digits and dashes.</translation>
    </message>
    <message>
        <source>a new page could not be started.</source>
        <translation>a new page could not be started.</translation>
    </message>
    <message>
        <source>the PDF could not be completed.</source>
        <translation>the PDF could not be completed.</translation>
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
    <name>ElectionRecord</name>
    <message>
        <source>The event log is damaged: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Cannot write %1: %2</translation>
    </message>
</context>
<context>
    <name>EqualShares</name>
    <message>
        <source>%1: the budget is negative (%2).</source>
        <translation>%1: the budget is negative (%2).</translation>
    </message>
    <message>
        <source>%1: project %2 has a negative cost (%3).</source>
        <translation>%1: project %2 has a negative cost (%3).</translation>
    </message>
    <message>
        <source>%1: Borda utilities need ordinal ballots.</source>
        <translation>%1: Borda utilities need ordinal ballots.</translation>
    </message>
    <message>
        <source>%1: ballot %2 names an unknown or repeated project.</source>
        <translation>%1: ballot %2 names an unknown or repeated project.</translation>
    </message>
    <message>
        <source>%1: ballot %2 gives points to %3 projects but names %4.</source>
        <translation>%1: ballot %2 gives points to %3 projects but names %4.</translation>
    </message>
    <message>
        <source>%1: ballot %2 gives negative points.</source>
        <translation>%1: ballot %2 gives negative points.</translation>
    </message>
    <message>
        <source>Funded %1: its %2 supporters shared its cost of %3 in proportion to how much they valued it, %4 per point of value.</source>
        <translation>Funded %1: its %2 supporters shared its cost of %3 in proportion to how much they valued it, %4 per point of value.</translation>
    </message>
    <message>
        <source>Funded %1: %2 of its supporters shared its cost of %3 equally, %4 each.</source>
        <translation>Funded %1: %2 of its supporters shared its cost of %3 equally, %4 each.</translation>
    </message>
    <message>
        <source>Funded %1: its %2 supporters shared its cost of %3 equally, %4 each.</source>
        <translation>Funded %1: its %2 supporters shared its cost of %3 equally, %4 each.</translation>
    </message>
    <message>
        <source>Funded %1: its supporters shared its cost of %2; %3 paid an equal share of %4 each, %5 paid everything they had left.</source>
        <translation>Funded %1: its supporters shared its cost of %2; %3 paid an equal share of %4 each, %5 paid everything they had left.</translation>
    </message>
    <message>
        <source>%1 other supporters had already spent their share on projects funded before.</source>
        <translation>%1 other supporters had already spent their share on projects funded before.</translation>
    </message>
    <message>
        <source>Funded %1: it costs nothing and %2 voters supported it, so it was taken before any money was shared out.</source>
        <translation>Funded %1: it costs nothing and %2 voters supported it, so it was taken before any money was shared out.</translation>
    </message>
    <message>
        <source>Funded %1 from the money the method of equal shares left over (%2): the completion step took projects by number of votes and this one (%3 votes, cost %4) still fitted in the %5 left at its turn.</source>
        <translation>Funded %1 from the money the method of equal shares left over (%2): the completion step took projects by number of votes and this one (%3 votes, cost %4) still fitted in the %5 left at its turn.</translation>
    </message>
    <message>
        <source>Not funded by equal shares: it costs nothing, and this count measures what a project brings its supporters by its cost, so it carries no weight here.</source>
        <translation>Not funded by equal shares: it costs nothing, and this count measures what a project brings its supporters by its cost, so it carries no weight here.</translation>
    </message>
    <message>
        <source>Not funded: nobody voted for it.</source>
        <translation>Not funded: nobody voted for it.</translation>
    </message>
    <message>
        <source>Not funded.</source>
        <translation>Not funded.</translation>
    </message>
    <message>
        <source>Not funded: its %1 supporters together held only %2 of the %3 it costs, even before paying for anything else (each voter&apos;s share of the budget is %4).</source>
        <translation>Not funded: its %1 supporters together held only %2 of the %3 it costs, even before paying for anything else (each voter&apos;s share of the budget is %4).</translation>
    </message>
    <message>
        <source>Not funded: its %1 supporters had only %2 of the %3 it costs left after paying for projects they also supported.</source>
        <translation>Not funded: its %1 supporters had only %2 of the %3 it costs left after paying for projects they also supported.</translation>
    </message>
    <message>
        <source>The completion step could not fund it either: only %1 was left when its turn came.</source>
        <translation>The completion step could not fund it either: only %1 was left when its turn came.</translation>
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
    <name>Record</name>
    <message>
        <source>%1 at byte %2</source>
        <translation>%1 at byte %2</translation>
    </message>
    <message>
        <source>truncated record: %1 needs %2 more bytes, %3 left</source>
        <translation>truncated record: %1 needs %2 more bytes, %3 left</translation>
    </message>
    <message>
        <source>length %1 is larger than allowed (%2)</source>
        <translation>length %1 is larger than allowed (%2)</translation>
    </message>
    <message>
        <source>text is not valid UTF-8</source>
        <translation>text is not valid UTF-8</translation>
    </message>
    <message>
        <source>expected a %1 record</source>
        <translation>expected a %1 record</translation>
    </message>
    <message>
        <source>Malformed %1: %2</source>
        <translation>Malformed %1: %2</translation>
    </message>
    <message>
        <source>Malformed %1: %2 unexpected bytes after the end</source>
        <translation>Malformed %1: %2 unexpected bytes after the end</translation>
    </message>
    <message>
        <source>Malformed %1: not in canonical form</source>
        <translation>Malformed %1: not in canonical form</translation>
    </message>
    <message>
        <source>%1 is %2, above 2^31 - 1</source>
        <translation>%1 is %2, above 2^31 - 1</translation>
    </message>
    <message>
        <source>unknown ballot kind %1</source>
        <translation>unknown ballot kind %1</translation>
    </message>
    <message>
        <source>too many projects (%1)</source>
        <translation>too many projects (%1)</translation>
    </message>
    <message>
        <source>kiosk &quot;%1&quot; is listed twice or out of order</source>
        <translation>kiosk &quot;%1&quot; is listed twice or out of order</translation>
    </message>
    <message>
        <source>too many revoked kiosks (%1)</source>
        <translation>too many revoked kiosks (%1)</translation>
    </message>
    <message>
        <source>revoked kiosk &quot;%1&quot; is listed twice or out of order</source>
        <translation>revoked kiosk &quot;%1&quot; is listed twice or out of order</translation>
    </message>
    <message>
        <source>Malformed opened ballots: %1 ballots cannot fit in %2 bytes</source>
        <translation>Malformed opened ballots: %1 ballots cannot fit in %2 bytes</translation>
    </message>
    <message>
        <source>Malformed opened ballots: ballot %1 is out of order</source>
        <translation>Malformed opened ballots: ballot %1 is out of order</translation>
    </message>
    <message>
        <source>Malformed opened ballots: ballot %1 is damaged</source>
        <translation>Malformed opened ballots: ballot %1 is damaged</translation>
    </message>
    <message>
        <source>Malformed opened ballots: %1</source>
        <translation>Malformed opened ballots: %1</translation>
    </message>
    <message>
        <source>Malformed opened ballots: unexpected bytes after the end</source>
        <translation>Malformed opened ballots: unexpected bytes after the end</translation>
    </message>
    <message>
        <source>unknown checkpoint kind %1</source>
        <translation>unknown checkpoint kind %1</translation>
    </message>
    <message>
        <source>unknown event type %1</source>
        <translation>unknown event type %1</translation>
    </message>
    <message>
        <source>an 8-bit field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a 16-bit field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a 32-bit field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a 64-bit field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a fixed-size field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>manifest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tally statement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a choice&apos;s value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ballot plaintext</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ballot envelope</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>checkpoint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>event</source>
        <translation type="unfinished"></translation>
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
        <translation>Counting rule</translation>
    </message>
    <message>
        <source>Tie-breaking</source>
        <translation>Tie-breaking</translation>
    </message>
    <message>
        <source>not stated</source>
        <translation>not stated</translation>
    </message>
    <message>
        <source>Ballots counted</source>
        <translation>Ballots counted</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation>Budget</translation>
    </message>
    <message>
        <source>Used</source>
        <translation>Used</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>Left</translation>
    </message>
    <message>
        <source>Funded projects</source>
        <translation>Funded projects</translation>
    </message>
    <message>
        <source>No project is funded.</source>
        <translation>No project is funded.</translation>
    </message>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Project</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Cost</translation>
    </message>
    <message>
        <source>Ranking</source>
        <translation>Ranking</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>Rank</translation>
    </message>
    <message>
        <source>Votes</source>
        <translation>Votes</translation>
    </message>
    <message>
        <source>Funded</source>
        <translation>Funded</translation>
    </message>
    <message>
        <source>n/a</source>
        <translation>n/a</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Yes</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <source>Why each project won or lost</source>
        <translation>Why each project won or lost</translation>
    </message>
    <message>
        <source>funded, rank %1</source>
        <translation>funded, rank %1</translation>
    </message>
    <message>
        <source>not funded</source>
        <translation>not funded</translation>
    </message>
    <message>
        <source>(The rule gave no reason.)</source>
        <translation>(The rule gave no reason.)</translation>
    </message>
    <message>
        <source>Cannot write the results to &quot;%1&quot;: %2</source>
        <translation>Cannot write the results to &quot;%1&quot;: %2</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Page %1 of %2</translation>
    </message>
    <message>
        <source>Round: %1</source>
        <translation>Round: %1</translation>
    </message>
    <message>
        <source>District: %1 (%2)</source>
        <translation>District: %1 (%2)</translation>
    </message>
    <message>
        <source>City-wide projects</source>
        <translation>City-wide projects</translation>
    </message>
    <message>
        <source>The result gives no separate figures per district; the whole round is shown.</source>
        <translation>The result gives no separate figures per district; the whole round is shown.</translation>
    </message>
    <message>
        <source>the PDF could not be started.</source>
        <translation>the PDF could not be started.</translation>
    </message>
    <message>
        <source>a new page could not be started.</source>
        <translation>a new page could not be started.</translation>
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
    <name>Round</name>
    <message>
        <source>the round is already %1.</source>
        <translation>the round is already %1.</translation>
    </message>
    <message>
        <source>a closed round can never be opened again or changed.</source>
        <translation>a closed round can never be opened again or changed.</translation>
    </message>
    <message>
        <source>a draft round must be opened first.</source>
        <translation>a draft round must be opened first.</translation>
    </message>
    <message>
        <source>a round can only be tallied after it is closed.</source>
        <translation>a round can only be tallied after it is closed.</translation>
    </message>
    <message>
        <source>that step is not part of a round&apos;s lifecycle.</source>
        <translation>that step is not part of a round&apos;s lifecycle.</translation>
    </message>
    <message>
        <source>Cannot move the round from %1 to %2: %3</source>
        <translation>Cannot move the round from %1 to %2: %3</translation>
    </message>
    <message>
        <source>A project needs an id.</source>
        <translation>A project needs an id.</translation>
    </message>
    <message>
        <source>Project %1 has no title.</source>
        <translation>Project %1 has no title.</translation>
    </message>
    <message>
        <source>Project %1 must cost more than zero.</source>
        <translation>Project %1 must cost more than zero.</translation>
    </message>
    <message>
        <source>Project %1 is in district &quot;%2&quot;, which the round does not have.</source>
        <translation>Project %1 is in district &quot;%2&quot;, which the round does not have.</translation>
    </message>
    <message>
        <source>Project %1 costs more than the whole budget it competes for.</source>
        <translation>Project %1 costs more than the whole budget it competes for.</translation>
    </message>
    <message>
        <source>The round has no name.</source>
        <translation>The round has no name.</translation>
    </message>
    <message>
        <source>The round&apos;s budget cannot be negative.</source>
        <translation>The round&apos;s budget cannot be negative.</translation>
    </message>
    <message>
        <source>The currency must be a three-letter code such as EUR, got &quot;%1&quot;.</source>
        <translation>The currency must be a three-letter code such as EUR, got &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>District id &quot;%1&quot; is empty or used twice.</source>
        <translation>District id &quot;%1&quot; is empty or used twice.</translation>
    </message>
    <message>
        <source>District %1 has a negative budget.</source>
        <translation>District %1 has a negative budget.</translation>
    </message>
    <message>
        <source>Project id &quot;%1&quot; is empty or used twice.</source>
        <translation>Project id &quot;%1&quot; is empty or used twice.</translation>
    </message>
    <message>
        <source>Project %1 is in category &quot;%2&quot;, which is not one of the round&apos;s categories.</source>
        <translation>Project %1 is in category &quot;%2&quot;, which is not one of the round&apos;s categories.</translation>
    </message>
    <message>
        <source>Category &quot;%1&quot; is empty or listed twice.</source>
        <translation>Category &quot;%1&quot; is empty or listed twice.</translation>
    </message>
    <message>
        <source>Voting must close after it opens.</source>
        <translation>Voting must close after it opens.</translation>
    </message>
    <message>
        <source>A round can hold at most 65,535 projects.</source>
        <translation>A round can hold at most 65,535 projects.</translation>
    </message>
    <message>
        <source>The number of projects to choose cannot be negative.</source>
        <translation>The number of projects to choose cannot be negative.</translation>
    </message>
    <message>
        <source>The minimum number of projects to choose is above the maximum.</source>
        <translation>The minimum number of projects to choose is above the maximum.</translation>
    </message>
    <message>
        <source>The minimum number of projects to choose is more than the ballot has.</source>
        <translation>The minimum number of projects to choose is more than the ballot has.</translation>
    </message>
    <message>
        <source>The minimum share of the budget must be between 0 and 100%.</source>
        <translation>The minimum share of the budget must be between 0 and 100%.</translation>
    </message>
    <message>
        <source>A minimum share of the budget only applies to knapsack ballots.</source>
        <translation>A minimum share of the budget only applies to knapsack ballots.</translation>
    </message>
    <message>
        <source>A cumulative ballot needs a number of points to spread.</source>
        <translation>A cumulative ballot needs a number of points to spread.</translation>
    </message>
    <message>
        <source>The points allowed per project cannot be negative.</source>
        <translation>The points allowed per project cannot be negative.</translation>
    </message>
    <message>
        <source>Points only apply to cumulative ballots.</source>
        <translation>Points only apply to cumulative ballots.</translation>
    </message>
    <message>
        <source>Project %1 is listed on the ballot, but its status says it is not on the ballot.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Project %1 is kept off the ballot, but its status says it is on the ballot.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>draft</source>
        <comment>round state</comment>
        <translation>draft</translation>
    </message>
    <message>
        <source>closed</source>
        <comment>round state</comment>
        <translation>closed</translation>
    </message>
    <message>
        <source>open</source>
        <comment>round state</comment>
        <translation>open</translation>
    </message>
    <message>
        <source>suspended</source>
        <comment>round state</comment>
        <translation>suspended</translation>
    </message>
    <message>
        <source>tallied</source>
        <comment>round state</comment>
        <translation>tallied</translation>
    </message>
</context>
<context>
    <name>RoundCounter</name>
    <message>
        <source>Round %1 is %2: ballots are opened only after voting has closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The round&apos;s manifest signature is not valid: the round&apos;s rules or projects were altered after it opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The election secret key has the wrong size.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ballot %1 of %2 (in ballot-id order, id %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>: kiosk %1 is not registered in the manifest.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>: the kiosk signature is not valid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>: it was cast in another round (manifest differs).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>: the stored columns disagree with the signed envelope.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>: the sealed vote belongs to another ballot or round.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>: the sealed vote is of the wrong ballot kind.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>: the vote breaks the round&apos;s rules: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>: the vote is not in canonical form.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown counting rule &quot;%1&quot;; known rules: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Store</name>
    <message>
        <source>Cannot unlock the %1 key &quot;%2&quot;: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Round %1 was never opened, so it has no ballots.</source>
        <translation type="unfinished"></translation>
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
    <name>Verifier</name>
    <message numerus="yes">
        <source>… and %n more problem(s) of this kind.</source>
        <translation>
            <numerusform>… and %n more problem of this kind.</numerusform>
            <numerusform>… and %n more problems of this kind.</numerusform>
        </translation>
    </message>
    <message>
        <source>ballots[%1], id %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ballots[%1]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>checkpoints[%1] (kiosk %2, batch %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>checkpoints[%1]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>results[%1] (rule %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has an unknown key &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1.%2 is not a string.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1.%2 is not standard base64 (with padding).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a string.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not %2 bytes in lowercase hex.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1.%2 is not a whole number from %3 to %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an array.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not an object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is a canonical pbvote election record (format version 2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The manifest is well formed and the record&apos;s copies of its fields match it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The manifest is signed by the authority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every ballot is signed by the kiosk it names</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every ballot was cast in this round (manifest hash)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every ballot&apos;s kiosk is registered in the manifest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ballots are listed in ascending ballot-id order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No ballot appears twice (same ballot id or same sealed vote)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every sealed vote has the length the manifest fixes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every receipt code is the one computed from its signed ballot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every checkpoint is signed by its kiosk for this round</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each kiosk&apos;s checkpoints form one chain: batches 1..n, linked, only the last final</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each batch holds as many ballots and spent codes as its checkpoint says</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each batch&apos;s ballots and spent codes have the Merkle roots its checkpoint signs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every ballot belongs to a batch that has a checkpoint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every kiosk that took part signed a final checkpoint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No batch of ballots is so small that its voters could be singled out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The event log is one unbroken hash chain that agrees with the checkpoints, signed to its end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The log&apos;s times never go backwards and lie within the voting period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No kiosk records voting after its own close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access codes: the issued list is the signed one, each spent code was issued and spent once</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every result has a tally statement signed by the authority that matches the record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every result is signed by the authority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The opened ballots are the signed ones, valid, and as many as counted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recounting the opened ballots gives the published result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The result is counted with the rule fixed in the manifest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The witness codes written down at the kiosks match signed checkpoints</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With the election key: every sealed vote opens, is valid, and the opened ballots are exactly them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The record does not reveal the order in which ballots were cast</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The voter&apos;s receipt is in the record and counted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not run: the manifest cannot be read (see MANIFEST).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not run: the record cannot be read (see RECORD_FORMAT).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is not canonical JSON: at byte %1, %2 (it reads &quot;%3&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is JSON but not an object: it is not an election record.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;format&quot; is not &quot;pbvote-election-record&quot;: this is not a pbvote election record.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Format version 1 (written before the canonical format): its &quot;round&quot; copy is not all checked. Export the round again for a version 2 record.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Format version %1: this verifier reads version %2 (and 1). Use a pbvote that reads it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(not a number)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has only part of a tally statement: &quot;statement&quot;, &quot;statement_signature&quot; and &quot;opened_ballots&quot; go together.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: results are not in ascending order of their rule.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Canonical JSON, every field known and well encoded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The record has no readable manifest.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kiosks %1 and %2 are registered with the same public key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;manifest_hash&quot; is %1 but the manifest&apos;s hash is %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;authority_public_key&quot; is %1 but the manifest names %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;authority_fingerprint&quot; is %1 but the manifest&apos;s authority key has fingerprint %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>round.name is &quot;%1&quot; but the manifest names the round &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>round.election_id is %1 but the manifest&apos;s election id is %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The manifest&apos;s round is not valid: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The manifest&apos;s padded ballot size is %1; its round needs %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the budget is negative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>district %1&apos;s budget is negative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>project %1&apos;s cost is negative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the projects&apos; costs add up to more than 2^63 - 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The manifest&apos;s amounts are out of range: %1. Ballots are not checked against it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The manifest&apos;s signature is not valid for the authority key it names: the manifest was altered after it was signed, or signed by someone else.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No --authority fingerprint given: the authority key in the record (fingerprint %1) was used. Compare it with the fingerprint the organizers published.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The manifest is signed by the key with fingerprint %1, not by the authority %2 you gave.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The authority key&apos;s fingerprint %1 is the one given with --authority.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the record says receipt %2, the signed ballot&apos;s receipt is %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the envelope cannot be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: kiosk &quot;%2&quot; is not registered in the manifest.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: kiosk &quot;%2&quot; is not registered in the manifest, so no key can check its signature.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the signature of kiosk %2 is not valid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: it was cast in another round (its manifest hash is %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the sealed vote is %2 bytes; the manifest fixes %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 comes after %2: ballots must be listed in ascending ballot-id order.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ballots[%1] and ballots[%2] have the same ballot id %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 and %2 hold the same sealed vote.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n ballot(s) in ascending ballot-id order.</source>
        <translation>
            <numerusform>%n ballot in ascending ballot-id order.</numerusform>
            <numerusform>%n ballots in ascending ballot-id order.</numerusform>
        </translation>
    </message>
    <message>
        <source>Every sealed vote is %1 bytes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the checkpoint cannot be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the record says kiosk %2, batch %3; the signed checkpoint says kiosk %4, batch %5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the record says witness code %2; the signed checkpoint&apos;s witness code is %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: it was signed for another round (its manifest hash is %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 comes after %2: checkpoints must be listed by kiosk, then batch, each once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: kiosk %2&apos;s checkpoint number %3 is for batch %4; batches go 1, 2, 3 … without gaps or repeats.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the first checkpoint of a kiosk must have no previous checkpoint.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not link to the previous checkpoint %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is final, yet kiosk %2 has later checkpoints.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 says kiosk %2 took %3 ballots so far; its batches add up to %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 points to an earlier event than the checkpoint before it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n more</source>
        <translation>
            <numerusform>%n more</numerusform>
            <numerusform>%n more</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 says %2 ballots; the record holds %3 of that batch.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 says %2 spent access codes; the record holds %3 of that batch.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 says %2 ballots but %3 spent access codes: each ballot spends one code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the Merkle root of the batch&apos;s %2 ballots is not the one the checkpoint signs: a ballot of the batch was removed, added or changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the Merkle root of the batch&apos;s %2 spent access codes is not the one the checkpoint signs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kiosk %1 took part but signed no checkpoint at all.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kiosk %1&apos;s last checkpoint (batch %2) is a suspension: it never signed its final checkpoint, so ballots after it may be missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n batch(es) checked.</source>
        <translation>
            <numerusform>%n batch checked.</numerusform>
            <numerusform>%n batches checked.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 holds %n ballot(s). Someone who knows who voted at that kiosk between its checkpoints and who also holds the election key could link these sealed votes to a few people. The published opened ballots stay unlinked.</source>
        <translation>
            <numerusform>%1 holds %n ballot. Someone who knows who voted at that kiosk between its checkpoints and who also holds the election key could link these sealed votes to a few people. The published opened ballots stay unlinked.</numerusform>
            <numerusform>%1 holds %n ballots. Someone who knows who voted at that kiosk between its checkpoints and who also holds the election key could link these sealed votes to a few people. The published opened ballots stay unlinked.</numerusform>
        </translation>
    </message>
    <message>
        <source>Every batch with ballots holds at least %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>events[%1]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the event cannot be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has sequence number %2; the log must number events 1, 2, 3 … in order.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not link to the event before it: an event was removed, added or changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, the first event, links to a previous event.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: these fields differ from the event&apos;s signed bytes: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 signs event %2 as the log&apos;s head, but the log&apos;s event %2 is not that event.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: its event %2 is not this kiosk&apos;s %3 event.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 says %2 ballots; the log records %3 casts at kiosk %4 in that batch.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The log records %1 casts at kiosk %2 after its last checkpoint.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The log records %1 casts at kiosk %2, which signed no checkpoint.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n event(s) in one chain.</source>
        <translation>
            <numerusform>%n event in one chain.</numerusform>
            <numerusform>%n events in one chain.</numerusform>
        </translation>
    </message>
    <message>
        <source>The log goes on after event %1, the last one a checkpoint or tally statement signs: events %2 to %3 are covered by no signature, so anyone could have written them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>events[%1] (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is dated %2, before events[%3] (%4): the log&apos;s times never go backwards, so a clock was turned back or the log was rewritten.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is dated %2, more than a day after this verification (%3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 at kiosk %2 is dated %3, more than a day outside the voting period the manifest plans (%4 to %5).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 at kiosk %2 comes after that kiosk closed (events[%3]).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is dated %2, but the event it signs (events[%3]) is dated %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is dated %2, more than a day outside the voting period the manifest plans (%3 to %4).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Times never go backwards; voting events lie within the planned period %1 to %2 (a day&apos;s margin).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Times never go backwards. The manifest plans no voting period to compare with.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n kiosk(s) closed; none recorded voting afterwards.</source>
        <translation>
            <numerusform>%n kiosk closed; it recorded no voting afterwards.</numerusform>
            <numerusform>%n kiosks closed; none recorded voting afterwards.</numerusform>
        </translation>
    </message>
    <message>
        <source>issued_code_hashes[%1] repeats the code hash before it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>issued_code_hashes[%1] is out of order: the list must be sorted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>spent_codes[%1] (kiosk %2, batch %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is out of order: spent codes are listed by kiosk, batch and hash, each once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: this access code was never issued.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>spent_codes[%1] and spent_codes[%2] are the same access code: it was used twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: its tally statement says %2 access codes were issued; the record lists %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the issued code list is not the one its tally statement signs (Merkle root differs).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No tally statement signs the issued code list, so that list is only as the record says.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 access codes issued, %2 spent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The log records that the round was counted, but the record holds no result: the results were removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The record holds no result: the round was not counted when it was exported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No result in the record.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the authority&apos;s signature of the result is not valid: the result was changed after it was signed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no tally statement (it was counted before pbvote signed them): its opened ballots and counts cannot be checked. Count the round again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the tally statement cannot be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the authority&apos;s signature of the tally statement is not valid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the tally statement is for another manifest (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the result is not the one the tally statement signs (result hash differs).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the tally statement&apos;s rule is &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the tally statement&apos;s tie-breaking &quot;%2&quot; does not match its rule &quot;%3&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the tally statement signs event %2 as the log&apos;s head, but the log&apos;s event %2 is not that event.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the count covers the log up to event %2, before the last checkpoint (event %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the tally statement revokes kiosk %2, which the manifest does not register.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: the opened ballots are not the ones the tally statement signs (hash differs).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 opened ballots, but the tally statement counts %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: opened ballot %2 (%3) breaks the round&apos;s rules: %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: opened ballot %2 (%3) is not in canonical form.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the tally statement counts %2 ballots and excludes %3, but the record holds %4 ballots.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the tally statement excludes %2 ballots; the revoked kiosks cast %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 ballots counted, %3 excluded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No tally statement in the record.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>position %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no choice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not run: the manifest&apos;s amounts are out of range (see MANIFEST).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: not recounted: its manifest, tally statement or opened ballots are not authentic (see the checks above).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: unknown tie-breaking &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the recount failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the published result is not a JSON object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the recount of %2 opened ballots with %3 gives the published winners: %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No counted result with a tally statement in the record.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(absent)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the published result lists %1 projects; the round has %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>project %1 differs: the published result has %2 = %3, the recount %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; differs: the published result has %2, the recount %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The manifest (format 1) fixes no counting rule, so the rule used cannot be checked against one chosen before voting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is counted with &quot;%2&quot;, not with &quot;%3&quot;, the rule the manifest fixes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counted with &quot;%1&quot;, the rule the manifest fixed before voting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No witness codes given (--witness).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Witness code %1 matches no checkpoint in the record: a checkpoint was removed or replaced, or the code was written down wrong.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2.</source>
        <translation>%1: %2.</translation>
    </message>
    <message>
        <source>No election key given (--election-key).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The election key must be %1 bytes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the sealed vote does not open with this key: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the sealed vote belongs to another ballot or round.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the sealed vote is of the wrong ballot kind.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the vote breaks the round&apos;s rules: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the vote is not in canonical form.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key opens none of the %1 sealed votes: it is not this round&apos;s election key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 sealed votes opened and valid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the opened ballots are exactly the %2 sealed votes of non-revoked kiosks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ballots are not in ballot-id order, so their order may follow casting (see BALLOT_ORDER).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sealed votes differ in length, which may reveal how many projects were chosen (see CT_LENGTH).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ballots are listed by their random ids, every sealed vote has the same length, opened ballots are sorted by content, and the format holds no time per ballot.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No receipt given (--receipt).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a receipt code: a receipt has 16 letters and digits, like GPEK-A7LW-KIAX-PLS4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No ballot with receipt %1 is in this record. Check the code; if it is right, report it to the organizers and the auditors.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A ballot with receipt %1 is in the record (%2), but its signature does NOT verify: report this to the auditors.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Found: %1, kiosk %2, batch %3, with a valid signature; the record holds no count yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Found: %1, kiosk %2, batch %3, with a valid signature, but NOT counted: the organizers revoked kiosk %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Found: %1, kiosk %2, batch %3, with a valid signature, and counted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Election record of &quot;%1&quot; (election id %2), format version %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Authority key %1: the fingerprint you gave.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Authority key %1: NOT compared with a published fingerprint (use --authority).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Holds %1 ballots, %2 kiosks, %3 checkpoints, %4 events, %5 results.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verdict: PASSED. Every check passed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verdict: PASSED, with warnings to read: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Verdict: FAILED. %n check(s) failed: %1.</source>
        <translation>
            <numerusform>Verdict: FAILED. %n check failed: %1.</numerusform>
            <numerusform>Verdict: FAILED. %n checks failed: %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is %2 bytes; an election record is refused over %3 bytes (2 GiB).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Cannot read %1: %2</translation>
    </message>
    <message>
        <source>Cannot read the election key %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not hold an election key: it must hold 64 hex digits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>every other check, beside the signatures</source>
        <translation>every other check, beside the signatures</translation>
    </message>
    <message>
        <source>the rest of the signatures, the receipt</source>
        <translation>the rest of the signatures, the receipt</translation>
    </message>
    <message>
        <source>the record</source>
        <translation>the record</translation>
    </message>
    <message numerus="yes">
        <source>Round &quot;%1&quot;: %n project(s), budget %2 %3, counting rule &quot;%4&quot;.</source>
        <translation>
            <numerusform>Round &quot;%1&quot;: %n project, budget %2 %3, counting rule &quot;%4&quot;.</numerusform>
            <numerusform>Round &quot;%1&quot;: %n projects, budget %2 %3, counting rule &quot;%4&quot;.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n kiosk(s) registered.</source>
        <translation>
            <numerusform>%n kiosk registered.</numerusform>
            <numerusform>%n kiosks registered.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n ballot signature(s) checked.</source>
        <translation>
            <numerusform>%n ballot signature checked.</numerusform>
            <numerusform>%n ballot signatures checked.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The work was shared by %n thread(s).</source>
        <translation>
            <numerusform>The work was done by %n thread.</numerusform>
            <numerusform>The work was shared by %n threads.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n checkpoint(s) in all.</source>
        <translation>
            <numerusform>%n checkpoint in all.</numerusform>
            <numerusform>%n checkpoints in all.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n kiosk(s) signed checkpoints.</source>
        <translation>
            <numerusform>%n kiosk signed checkpoints.</numerusform>
            <numerusform>%n kiosks signed checkpoints.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Kiosk %1 has no checkpoint for its batch %2, which holds %n ballot(s): %3.</source>
        <translation>
            <numerusform>Kiosk %1 has no checkpoint for its batch %2, which holds %n ballot: %3.</numerusform>
            <numerusform>Kiosk %1 has no checkpoint for its batch %2, which holds %n ballots: %3.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Kiosk %1 has no checkpoint for its batch %2, in which %n access code(s) were spent.</source>
        <translation>
            <numerusform>Kiosk %1 has no checkpoint for its batch %2, in which %n access code was spent.</numerusform>
            <numerusform>Kiosk %1 has no checkpoint for its batch %2, in which %n access codes were spent.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n kiosk(s) revoked, their ballots not counted: %2.</source>
        <translation>
            <numerusform>%1: %n kiosk revoked, its ballots not counted: %2.</numerusform>
            <numerusform>%1: %n kiosks revoked, their ballots not counted: %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 The result counted with &quot;%2&quot; is the official one.</source>
        <translation>%1 The result counted with &quot;%2&quot; is the official one.</translation>
    </message>
    <message numerus="yes">
        <source>%n opened ballot(s) are not among the sealed votes, e.g. %1.</source>
        <translation>
            <numerusform>%n opened ballot is not among the sealed votes: %1.</numerusform>
            <numerusform>%n opened ballots are not among the sealed votes, e.g. %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n sealed vote(s) are missing from the opened ballots, e.g. %1.</source>
        <translation>
            <numerusform>%n sealed vote is missing from the opened ballots: %1.</numerusform>
            <numerusform>%n sealed votes are missing from the opened ballots, e.g. %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: the opened ballots are not the sealed votes. %2</source>
        <translation>%1: the opened ballots are not the sealed votes. %2</translation>
    </message>
    <message>
        <source>Cannot read %1: no memory for its %2 bytes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 changed while it was read (%2 bytes, then %3): read it again when nothing writes it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read the rest of the record, beside the signatures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>parse the record, read and decode the ballots</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 changed while it was verified, so what was checked may not be what the file holds: verify it again when nothing writes it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The log records more counts (%1) than the record holds results (%2): a result was removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The record holds more results (%1) than the log records counts (%2): a result was added that the log does not know.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the log&apos;s kiosk-revoked events do not name their kiosk (pbvote wrote them so before December 2026), so the kiosks the statement revokes cannot be compared with the log. Read the revocations in BALLOT_KIOSK&apos;s notes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the tally statement revokes kiosk %2, but the log does not record its revocation before the count: its ballots were left out unannounced.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the log records kiosk %2 as revoked before the count, but the tally statement counts its ballots.</source>
        <translation type="unfinished"></translation>
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
    <name>pbvote::console::AuditorWindow</name>
    <message>
        <source>Verify an election record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>&amp;Open an election record…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save the report…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Election record:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The record file, e.g. round-1-record.json</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Election record file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open an election record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file the organizers published for anyone to check. You can also drop it onto this window.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What you bring (all optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Authority key fingerprint:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. ABCD-EFGH-IJKL-MNOP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Authority key fingerprint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The city prints it on its poster and publishes it on its website. Without it, the key inside the record is trusted and the verdict warns about it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Witness codes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One code per line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Witness codes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Load from file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load witness codes from a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The codes poll workers wrote down at each kiosk when it paused or closed: one per line; the rest of a line (a time, a note) is ignored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Election &amp;key file (for the trusted auditor):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave empty unless you were given the key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Election key file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the election key file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only for the auditor trusted with the round&apos;s secret key: every sealed vote is opened and compared with the published ballots. The key is read into protected memory and never saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Voter&apos;s &amp;receipt code:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. GPEK-A7LW-KIAX-PLS4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Voter&apos;s receipt code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To check that one voter&apos;s ballot is in the record and counted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Verify</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run every check on the record (Ctrl+Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verifying</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the report as a web page or PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Checks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What it checks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checks and their status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details of the chosen check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A verification is already running.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the election record to verify first (Open…).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verified %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verifying the record…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every signature and every count is checked again; a large record takes a while. You can keep using this window.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not verified yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open an election record, add what you bring, then press Verify.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Press Verify to run every check on %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The inputs changed since this verification: press Verify again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Election records (*.json);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load witness codes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text files (*.txt);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is too large to be a list of witness codes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Cannot read %1: %2</translation>
    </message>
    <message>
        <source>%1 holds no witness code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Loaded %n witness code(s).</source>
        <translation>
            <numerusform>Loaded %n witness code.</numerusform>
            <numerusform>Loaded %n witness codes.</numerusform>
        </translation>
    </message>
    <message>
        <source>Key files (*.key *.txt);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verify a record first: there is no report to save yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Web page (*.html)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the audit report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrote %1.</source>
        <translation>Wrote %1.</translation>
    </message>
    <message>
        <source>Cannot write the audit report to &quot;%1&quot;: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the PDF could not be made.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pbvote::console::CodeBatchModel</name>
    <message>
        <source>City-wide</source>
        <translation>City-wide</translation>
    </message>
    <message>
        <source>Codes issued before batches were kept</source>
        <translation>Codes issued before batches were kept</translation>
    </message>
    <message numerus="yes">
        <source>Voided: its %n unused code(s) are refused; used codes stay used.</source>
        <translation>
            <numerusform>Voided: its %n unused code is refused; used codes stay used.</numerusform>
            <numerusform>Voided: its %n unused codes are refused; used codes stay used.</numerusform>
        </translation>
    </message>
    <message>
        <source>Earlier codes</source>
        <translation>Earlier codes</translation>
    </message>
    <message>
        <source>Voided</source>
        <translation>Voided</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Active</translation>
    </message>
    <message>
        <source>Batch</source>
        <translation>Batch</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Label</translation>
    </message>
    <message>
        <source>District</source>
        <translation>District</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>Issued</translation>
    </message>
    <message>
        <source>Used</source>
        <translation>Used</translation>
    </message>
    <message>
        <source>Unused</source>
        <translation>Unused</translation>
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
        <translation>Access codes are issued in batches, e.g. one per place and week. Each code lets one resident vote once; the database keeps only their hashes. Voiding a batch refuses its unused codes, e.g. when slips were lost.</translation>
    </message>
    <message>
        <source>&amp;Issue codes…</source>
        <translation>&amp;Issue codes…</translation>
    </message>
    <message>
        <source>Batches of access codes</source>
        <translation>Batches of access codes</translation>
    </message>
    <message>
        <source>Choose or create a round first.</source>
        <translation>Choose or create a round first.</translation>
    </message>
    <message>
        <source>This round was imported for analysis: it is not voted with access codes.</source>
        <translation>This round was imported for analysis: it is not voted with access codes.</translation>
    </message>
    <message>
        <source>Voting has closed: no more codes can be issued.</source>
        <translation>Voting has closed: no more codes can be issued.</translation>
    </message>
    <message>
        <source>Make one-time codes and write them as slips to print and/or a CSV file.</source>
        <translation>Make one-time codes and write them as slips to print and/or a CSV file.</translation>
    </message>
    <message>
        <source>&amp;Restore batch</source>
        <translation>&amp;Restore batch</translation>
    </message>
    <message>
        <source>&amp;Void batch…</source>
        <translation>&amp;Void batch…</translation>
    </message>
    <message>
        <source>Voting has closed: a batch can no longer be voided or restored.</source>
        <translation>Voting has closed: a batch can no longer be voided or restored.</translation>
    </message>
    <message>
        <source>Choose a batch in the table first.</source>
        <translation>Choose a batch in the table first.</translation>
    </message>
    <message>
        <source>Accept the batch&apos;s unused codes again.</source>
        <translation>Accept the batch&apos;s unused codes again.</translation>
    </message>
    <message>
        <source>Refuse the batch&apos;s unused codes, e.g. when its slips were lost (used codes stay used).</source>
        <translation>Refuse the batch&apos;s unused codes, e.g. when its slips were lost (used codes stay used).</translation>
    </message>
    <message>
        <source>The access codes cannot be read: %1</source>
        <translation>The access codes cannot be read: %1</translation>
    </message>
    <message>
        <source>Codes issued: %1. Used: %2. Unused: %3.</source>
        <translation>Codes issued: %1. Used: %2. Unused: %3.</translation>
    </message>
</context>
<context>
    <name>pbvote::console::ConsoleWindow</name>
    <message>
        <source>approval (tick projects)</source>
        <translation>approval (tick projects)</translation>
    </message>
    <message>
        <source>knapsack (projects within the budget)</source>
        <translation>knapsack (projects within the budget)</translation>
    </message>
    <message>
        <source>cumulative (spread points)</source>
        <translation>cumulative (spread points)</translation>
    </message>
    <message>
        <source>ranking</source>
        <translation>ranking</translation>
    </message>
    <message>
        <source>pbvote console</source>
        <translation>pbvote console</translation>
    </message>
    <message>
        <source>Find projects by id, title, category or district</source>
        <translation>Find projects by id, title, category or district</translation>
    </message>
    <message>
        <source>&amp;Overview</source>
        <translation>&amp;Overview</translation>
    </message>
    <message>
        <source>&amp;Projects</source>
        <translation>&amp;Projects</translation>
    </message>
    <message>
        <source>&amp;Results</source>
        <translation>&amp;Results</translation>
    </message>
    <message>
        <source>Open a database to start (File &gt; Open database).</source>
        <translation>Open a database to start (File &gt; Open database).</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>&amp;Open database…</source>
        <translation>&amp;Open database…</translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation>Open &amp;recent</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <source>&amp;Find projects</source>
        <translation>&amp;Find projects</translation>
    </message>
    <message>
        <source>&amp;Round</source>
        <translation>&amp;Round</translation>
    </message>
    <message>
        <source>&amp;New round…</source>
        <translation>&amp;New round…</translation>
    </message>
    <message>
        <source>&amp;Import a Pabulib election…</source>
        <translation>&amp;Import a Pabulib election…</translation>
    </message>
    <message>
        <source>Ctrl+I</source>
        <translation>Ctrl+I</translation>
    </message>
    <message>
        <source>&amp;Add a project…</source>
        <translation>&amp;Add a project…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+A</source>
        <translation>Ctrl+Shift+A</translation>
    </message>
    <message>
        <source>Add a &amp;district…</source>
        <translation>Add a &amp;district…</translation>
    </message>
    <message>
        <source>&amp;Voting rules…</source>
        <translation>&amp;Voting rules…</translation>
    </message>
    <message>
        <source>D&amp;uplicate this round…</source>
        <translation>D&amp;uplicate this round…</translation>
    </message>
    <message>
        <source>Issue access &amp;codes…</source>
        <translation>Issue access &amp;codes…</translation>
    </message>
    <message>
        <source>&amp;Register a kiosk…</source>
        <translation>&amp;Register a kiosk…</translation>
    </message>
    <message>
        <source>&amp;Open voting…</source>
        <translation>&amp;Open voting…</translation>
    </message>
    <message>
        <source>&amp;Close voting…</source>
        <translation>&amp;Close voting…</translation>
    </message>
    <message>
        <source>Coun&amp;t the votes…</source>
        <translation>Coun&amp;t the votes…</translation>
    </message>
    <message>
        <source>Ctrl+T</source>
        <translation>Ctrl+T</translation>
    </message>
    <message>
        <source>&amp;Export the election record…</source>
        <translation>&amp;Export the election record…</translation>
    </message>
    <message>
        <source>Export the &amp;results (PDF report, CSV)…</source>
        <translation>Export the &amp;results (PDF report, CSV)…</translation>
    </message>
    <message>
        <source>Round</source>
        <translation>Round</translation>
    </message>
    <message>
        <source>%1 — pbvote console</source>
        <translation>%1 — pbvote console</translation>
    </message>
    <message>
        <source>Opened %1.</source>
        <translation>Opened %1.</translation>
    </message>
    <message>
        <source>Open or create a database</source>
        <translation>Open or create a database</translation>
    </message>
    <message>
        <source>pbvote databases (*.sqlite *.db);;All files (*)</source>
        <translation>pbvote databases (*.sqlite *.db);;All files (*)</translation>
    </message>
    <message>
        <source>Cannot open the database</source>
        <translation>Cannot open the database</translation>
    </message>
    <message>
        <source>Cannot read the rounds</source>
        <translation>Cannot read the rounds</translation>
    </message>
    <message>
        <source>Add a project to this round</source>
        <translation>Add a project to this round</translation>
    </message>
    <message>
        <source>Projects can only be added while the round is a draft: once voting has opened, nothing that changes the outcome can change.</source>
        <translation>Projects can only be added while the round is a draft: once voting has opened, nothing that changes the outcome can change.</translation>
    </message>
    <message>
        <source>Choose or create a round first.</source>
        <translation>Choose or create a round first.</translation>
    </message>
    <message>
        <source>End voting for good</source>
        <translation>End voting for good</translation>
    </message>
    <message>
        <source>Only a round whose voting is open can be closed.</source>
        <translation>Only a round whose voting is open can be closed.</translation>
    </message>
    <message>
        <source>Only while the round is a draft: once voting has opened, nothing that changes the outcome can change.</source>
        <translation>Only while the round is a draft: once voting has opened, nothing that changes the outcome can change.</translation>
    </message>
    <message>
        <source>Give part of the budget to a district</source>
        <translation>Give part of the budget to a district</translation>
    </message>
    <message>
        <source>What a ballot may contain</source>
        <translation>What a ballot may contain</translation>
    </message>
    <message>
        <source>Let a kiosk sign ballots for this round</source>
        <translation>Let a kiosk sign ballots for this round</translation>
    </message>
    <message>
        <source>Kiosks are registered while the round is a draft: the opened round&apos;s signed manifest lists them.</source>
        <translation>Kiosks are registered while the round is a draft: the opened round&apos;s signed manifest lists them.</translation>
    </message>
    <message>
        <source>Sign the round&apos;s manifest and open voting</source>
        <translation>Sign the round&apos;s manifest and open voting</translation>
    </message>
    <message>
        <source>Only a draft round can be opened.</source>
        <translation>Only a draft round can be opened.</translation>
    </message>
    <message>
        <source>Count the votes with a rule</source>
        <translation>Count the votes with a rule</translation>
    </message>
    <message>
        <source>Votes are counted after voting has closed: no partial results.</source>
        <translation>Votes are counted after voting has closed: no partial results.</translation>
    </message>
    <message>
        <source>A printable report and a spreadsheet of the result</source>
        <translation>A printable report and a spreadsheet of the result</translation>
    </message>
    <message>
        <source>There is a result to export once the votes are counted.</source>
        <translation>There is a result to export once the votes are counted.</translation>
    </message>
    <message>
        <source>Make one-time codes and print them as slips</source>
        <translation>Make one-time codes and print them as slips</translation>
    </message>
    <message>
        <source>Codes are issued for a round voted with pbvote, before or during voting.</source>
        <translation>Codes are issued for a round voted with pbvote, before or during voting.</translation>
    </message>
    <message>
        <source>Write the record anyone can verify: manifest, signed ballots, checkpoints, log and results</source>
        <translation>Write the record anyone can verify: manifest, signed ballots, checkpoints, log and results</translation>
    </message>
    <message>
        <source>A round has an election record once voting has opened.</source>
        <translation>A round has an election record once voting has opened.</translation>
    </message>
    <message>
        <source>Choose a round on the left, or create one (Round &gt; New round).</source>
        <translation>Choose a round on the left, or create one (Round &gt; New round).</translation>
    </message>
    <message>
        <source>State:</source>
        <translation>State:</translation>
    </message>
    <message>
        <source>Budget:</source>
        <translation>Budget:</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Voting method:</source>
        <translation>Voting method:</translation>
    </message>
    <message>
        <source>Projects:</source>
        <translation>Projects:</translation>
    </message>
    <message>
        <source>District %1:</source>
        <translation>District %1:</translation>
    </message>
    <message>
        <source>budget %1 %2</source>
        <translation>budget %1 %2</translation>
    </message>
    <message numerus="yes">
        <source>at least %n project(s)</source>
        <translation>
            <numerusform>at least %n project</numerusform>
            <numerusform>at least %n projects</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>at most %n project(s)</source>
        <translation>
            <numerusform>at most %n project</numerusform>
            <numerusform>at most %n projects</numerusform>
        </translation>
    </message>
    <message>
        <source>spend at least %1% of the budget</source>
        <translation>spend at least %1% of the budget</translation>
    </message>
    <message numerus="yes">
        <source>%n point(s) to give</source>
        <translation>
            <numerusform>%n point to give</numerusform>
            <numerusform>%n points to give</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>at most %n point(s) per project</source>
        <translation>
            <numerusform>at most %n point per project</numerusform>
            <numerusform>at most %n points per project</numerusform>
        </translation>
    </message>
    <message>
        <source>Ballot limits:</source>
        <translation>Ballot limits:</translation>
    </message>
    <message>
        <source>Imported from:</source>
        <translation>Imported from:</translation>
    </message>
    <message>
        <source>Access codes issued:</source>
        <translation>Access codes issued:</translation>
    </message>
    <message>
        <source>Ballots cast:</source>
        <translation>Ballots cast:</translation>
    </message>
    <message>
        <source>Turnout:</source>
        <translation>Turnout:</translation>
    </message>
    <message>
        <source>%1%</source>
        <translation>%1%</translation>
    </message>
    <message>
        <source>This round is no longer a draft: its projects, budget and rules are fixed.</source>
        <translation>This round is no longer a draft: its projects, budget and rules are fixed.</translation>
    </message>
    <message>
        <source>Open a database first.</source>
        <translation>Open a database first.</translation>
    </message>
    <message>
        <source>New round</source>
        <translation>New round</translation>
    </message>
    <message>
        <source>Voting &amp;method:</source>
        <translation>Voting &amp;method:</translation>
    </message>
    <message>
        <source>Round not created</source>
        <translation>Round not created</translation>
    </message>
    <message numerus="yes">
        <source>Imported %1: %n vote(s).</source>
        <translation>
            <numerusform>Imported %1: %n vote.</numerusform>
            <numerusform>Imported %1: %n votes.</numerusform>
        </translation>
    </message>
    <message>
        <source>Import a Pabulib election</source>
        <translation>Import a Pabulib election</translation>
    </message>
    <message>
        <source>Pabulib files (*.pb);;All files (*)</source>
        <translation>Pabulib files (*.pb);;All files (*)</translation>
    </message>
    <message>
        <source>Nothing was imported</source>
        <translation>Nothing was imported</translation>
    </message>
    <message>
        <source>Choose a round first.</source>
        <translation>Choose a round first.</translation>
    </message>
    <message>
        <source>An imported election is kept for analysis; it cannot be the start of a new round.</source>
        <translation>An imported election is kept for analysis; it cannot be the start of a new round.</translation>
    </message>
    <message>
        <source>Add a district</source>
        <translation>Add a district</translation>
    </message>
    <message>
        <source>District name:</source>
        <translation>District name:</translation>
    </message>
    <message>
        <source>Budget of %1 (whole amount):</source>
        <translation>Budget of %1 (whole amount):</translation>
    </message>
    <message>
        <source>District not added</source>
        <translation>District not added</translation>
    </message>
    <message>
        <source>The budget must be a whole amount above zero, like 250000.</source>
        <translation>The budget must be a whole amount above zero, like 250000.</translation>
    </message>
    <message>
        <source>Cannot change the rules</source>
        <translation>Cannot change the rules</translation>
    </message>
    <message>
        <source>Voting rules</source>
        <translation>Voting rules</translation>
    </message>
    <message>
        <source>no limit</source>
        <translation>no limit</translation>
    </message>
    <message>
        <source>Every point must be given</source>
        <translation>Every point must be given</translation>
    </message>
    <message>
        <source>At &amp;least (projects):</source>
        <translation>At &amp;least (projects):</translation>
    </message>
    <message>
        <source>At &amp;most (projects or ranks):</source>
        <translation>At &amp;most (projects or ranks):</translation>
    </message>
    <message>
        <source>Knapsack: spend at least (%):</source>
        <translation>Knapsack: spend at least (%):</translation>
    </message>
    <message>
        <source>Cumulative: &amp;points to give:</source>
        <translation>Cumulative: &amp;points to give:</translation>
    </message>
    <message>
        <source>Cumulative: at most per project:</source>
        <translation>Cumulative: at most per project:</translation>
    </message>
    <message>
        <source>Rules not changed</source>
        <translation>Rules not changed</translation>
    </message>
    <message>
        <source>Cannot duplicate</source>
        <translation>Cannot duplicate</translation>
    </message>
    <message>
        <source>Duplicate this round</source>
        <translation>Duplicate this round</translation>
    </message>
    <message>
        <source>Name of the new round:</source>
        <translation>Name of the new round:</translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <translation>%1 (copy)</translation>
    </message>
    <message>
        <source>Round not duplicated</source>
        <translation>Round not duplicated</translation>
    </message>
    <message>
        <source>Cannot add a project</source>
        <translation>Cannot add a project</translation>
    </message>
    <message>
        <source>Project not added</source>
        <translation>Project not added</translation>
    </message>
    <message>
        <source>Close voting?</source>
        <translation>Close voting?</translation>
    </message>
    <message>
        <source>Closing ends voting in this round for good: no kiosk can take another ballot. This cannot be undone.</source>
        <translation>Closing ends voting in this round for good: no kiosk can take another ballot. This cannot be undone.</translation>
    </message>
    <message>
        <source>Voting not closed</source>
        <translation>Voting not closed</translation>
    </message>
    <message>
        <source>A kiosk&apos;s public key is 64 hexadecimal digits (pbvote keys list --json on the kiosk prints it); &quot;%1&quot; is not one.</source>
        <translation>A kiosk&apos;s public key is 64 hexadecimal digits (pbvote keys list --json on the kiosk prints it); &quot;%1&quot; is not one.</translation>
    </message>
    <message>
        <source>Kiosk not registered</source>
        <translation>Kiosk not registered</translation>
    </message>
    <message>
        <source>Kiosk %1 registered.</source>
        <translation>Kiosk %1 registered.</translation>
    </message>
    <message>
        <source>Key passphrase</source>
        <translation>Key passphrase</translation>
    </message>
    <message>
        <source>An empty passphrase is not allowed.</source>
        <translation>An empty passphrase is not allowed.</translation>
    </message>
    <message>
        <source>Open voting?</source>
        <translation>Open voting?</translation>
    </message>
    <message>
        <source>Opening signs this round&apos;s projects, budget, rules and kiosks; none of them can change afterwards. Open voting now?</source>
        <translation>Opening signs this round&apos;s projects, budget, rules and kiosks; none of them can change afterwards. Open voting now?</translation>
    </message>
    <message>
        <source>Passphrase that protects the organizer&apos;s keys:</source>
        <translation>Passphrase that protects the organizer&apos;s keys:</translation>
    </message>
    <message>
        <source>Voting not opened</source>
        <translation>Voting not opened</translation>
    </message>
    <message>
        <source>Voting is open.</source>
        <translation>Voting is open.</translation>
    </message>
    <message>
        <source>Count the votes</source>
        <translation>Count the votes</translation>
    </message>
    <message>
        <source>Counting rule:</source>
        <translation>Counting rule:</translation>
    </message>
    <message>
        <source>Passphrase of the election and authority keys:</source>
        <translation>Passphrase of the election and authority keys:</translation>
    </message>
    <message>
        <source>Votes not counted</source>
        <translation>Votes not counted</translation>
    </message>
    <message>
        <source>Choose where the codes go (a PDF sheet, a CSV file or both): they are shown only once.</source>
        <translation>Choose where the codes go (a PDF sheet, a CSV file or both): they are shown only once.</translation>
    </message>
    <message numerus="yes">
        <source>The %n code(s) were issued, but %1. Those codes cannot be shown again: issue a new batch and do not hand out this one.</source>
        <translation>
            <numerusform>The %n code was issued, but %1. That code cannot be shown again: issue a new batch and do not hand out this one.</numerusform>
            <numerusform>The %n codes were issued, but %1. Those codes cannot be shown again: issue a new batch and do not hand out this one.</numerusform>
        </translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
    <message>
        <source>Codes not issued</source>
        <translation>Codes not issued</translation>
    </message>
    <message>
        <source>Round %1 has not been counted yet.</source>
        <translation>Round %1 has not been counted yet.</translation>
    </message>
    <message>
        <source>Save the results report (PDF)</source>
        <translation>Save the results report (PDF)</translation>
    </message>
    <message>
        <source>Results not exported</source>
        <translation>Results not exported</translation>
    </message>
    <message>
        <source>Wrote %1 and %2.</source>
        <translation>Wrote %1 and %2.</translation>
    </message>
    <message>
        <source>Election record exported</source>
        <translation>Election record exported</translation>
    </message>
    <message>
        <source>Export the election record</source>
        <translation>Export the election record</translation>
    </message>
    <message>
        <source>Election records (*.json)</source>
        <translation>Election records (*.json)</translation>
    </message>
    <message>
        <source>Record not exported</source>
        <translation>Record not exported</translation>
    </message>
    <message>
        <source>Wrote %1.</source>
        <translation>Wrote %1.</translation>
    </message>
    <message>
        <source>&amp;Edit the project…</source>
        <translation>&amp;Edit the project…</translation>
    </message>
    <message>
        <source>Re&amp;move the project…</source>
        <translation>Re&amp;move the project…</translation>
    </message>
    <message>
        <source>Change the chosen project</source>
        <translation>Change the chosen project</translation>
    </message>
    <message>
        <source>Take the chosen project off the ballot</source>
        <translation>Take the chosen project off the ballot</translation>
    </message>
    <message>
        <source>Cannot edit the project</source>
        <translation>Cannot edit the project</translation>
    </message>
    <message>
        <source>Choose a project in the table first.</source>
        <translation>Choose a project in the table first.</translation>
    </message>
    <message>
        <source>Projects can only change while the round is a draft: once voting has opened, nothing that changes the outcome can change.</source>
        <translation>Projects can only change while the round is a draft: once voting has opened, nothing that changes the outcome can change.</translation>
    </message>
    <message>
        <source>Project not changed</source>
        <translation>Project not changed</translation>
    </message>
    <message>
        <source>Cannot remove the project</source>
        <translation>Cannot remove the project</translation>
    </message>
    <message>
        <source>Remove project %1?</source>
        <translation>Remove project %1?</translation>
    </message>
    <message>
        <source>Project %1 will be taken off this draft ballot, with its picture.</source>
        <translation>Project %1 will be taken off this draft ballot, with its picture.</translation>
    </message>
    <message>
        <source>Project not removed</source>
        <translation>Project not removed</translation>
    </message>
    <message>
        <source>Redo %1</source>
        <translation>Redo %1</translation>
    </message>
    <message>
        <source>Undo %1</source>
        <translation>Undo %1</translation>
    </message>
    <message>
        <source>&amp;Kiosks</source>
        <translation>&amp;Kiosks</translation>
    </message>
    <message>
        <source>Access &amp;codes</source>
        <translation>Access &amp;codes</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Undo</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Redo</translation>
    </message>
    <message>
        <source>Round &amp;settings…</source>
        <translation>Round &amp;settings…</translation>
    </message>
    <message>
        <source>Ctrl+E</source>
        <translation>Ctrl+E</translation>
    </message>
    <message>
        <source>Import projects from &amp;CSV…</source>
        <translation>Import projects from &amp;CSV…</translation>
    </message>
    <message>
        <source>Remove a district…</source>
        <translation>Remove a district…</translation>
    </message>
    <message>
        <source>Export the votes (&amp;Pabulib)…</source>
        <translation>Export the votes (&amp;Pabulib)…</translation>
    </message>
    <message>
        <source>Export the projects (CS&amp;V)…</source>
        <translation>Export the projects (CS&amp;V)…</translation>
    </message>
    <message>
        <source>Pu&amp;blish the result…</source>
        <translation>Pu&amp;blish the result…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+P</source>
        <translation>Ctrl+Shift+P</translation>
    </message>
    <message>
        <source>%1 is already open in another pbvote console (process %2 on %3). Close it there first: two consoles changing the same rounds would each show a state the other has changed. Kiosks can keep voting meanwhile.</source>
        <translation>%1 is already open in another pbvote console (process %2 on %3). Close it there first: two consoles changing the same rounds would each show a state the other has changed. Kiosks can keep voting meanwhile.</translation>
    </message>
    <message>
        <source>this computer</source>
        <translation>this computer</translation>
    </message>
    <message>
        <source>Cannot open %1: the console cannot write its lock file next to it (is the folder read-only?).</source>
        <translation>Cannot open %1: the console cannot write its lock file next to it (is the folder read-only?).</translation>
    </message>
    <message>
        <source>Remove a district that has no projects</source>
        <translation>Remove a district that has no projects</translation>
    </message>
    <message>
        <source>This round has no districts.</source>
        <translation>This round has no districts.</translation>
    </message>
    <message>
        <source>Name, budget, categories, voting period and counting rule</source>
        <translation>Name, budget, categories, voting period and counting rule</translation>
    </message>
    <message>
        <source>See the round&apos;s settings (they are fixed once voting has opened)</source>
        <translation>See the round&apos;s settings (they are fixed once voting has opened)</translation>
    </message>
    <message>
        <source>Add projects from a spreadsheet saved as CSV</source>
        <translation>Add projects from a spreadsheet saved as CSV</translation>
    </message>
    <message>
        <source>The projects as a spreadsheet (CSV), with their translations</source>
        <translation>The projects as a spreadsheet (CSV), with their translations</translation>
    </message>
    <message>
        <source>Write the report, the results, the votes and the election record to one folder, and mark the result published</source>
        <translation>Write the report, the results, the votes and the election record to one folder, and mark the result published</translation>
    </message>
    <message>
        <source>A result is published after the votes are counted.</source>
        <translation>A result is published after the votes are counted.</translation>
    </message>
    <message>
        <source>Every vote, without ballot ids, in a random order (Pabulib format)</source>
        <translation>Every vote, without ballot ids, in a random order (Pabulib format)</translation>
    </message>
    <message>
        <source>Votes are published only after voting has closed.</source>
        <translation>Votes are published only after voting has closed.</translation>
    </message>
    <message>
        <source>not chosen yet</source>
        <translation>not chosen yet</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>not set</translation>
    </message>
    <message>
        <source>Voting period:</source>
        <translation>Voting period:</translation>
    </message>
    <message>
        <source>Categories:</source>
        <translation>Categories:</translation>
    </message>
    <message>
        <source>Not on the ballot:</source>
        <translation>Not on the ballot:</translation>
    </message>
    <message numerus="yes">
        <source>%n project(s) under review, rejected or withdrawn</source>
        <translation>
            <numerusform>%n project under review, rejected or withdrawn</numerusform>
            <numerusform>%n projects under review, rejected or withdrawn</numerusform>
        </translation>
    </message>
    <message>
        <source>Kiosks:</source>
        <translation>Kiosks:</translation>
    </message>
    <message>
        <source>%1 registered, %2 revoked</source>
        <translation>%1 registered, %2 revoked</translation>
    </message>
    <message>
        <source>%1 registered</source>
        <translation>%1 registered</translation>
    </message>
    <message>
        <source>Result:</source>
        <translation>Result:</translation>
    </message>
    <message>
        <source>published</source>
        <translation>published</translation>
    </message>
    <message>
        <source>Cannot show the round&apos;s settings</source>
        <translation>Cannot show the round&apos;s settings</translation>
    </message>
    <message>
        <source>Settings of %1</source>
        <translation>Settings of %1</translation>
    </message>
    <message>
        <source>Voting has opened: nothing that changes the outcome can be edited.</source>
        <translation>Voting has opened: nothing that changes the outcome can be edited.</translation>
    </message>
    <message>
        <source>Settings not changed</source>
        <translation>Settings not changed</translation>
    </message>
    <message>
        <source>%1 failed</source>
        <translation>%1 failed</translation>
    </message>
    <message>
        <source>%1

The undo history no longer matches the database and has been cleared.</source>
        <translation>%1

The undo history no longer matches the database and has been cleared.</translation>
    </message>
    <message>
        <source>Round %1 has no project %2.</source>
        <translation>Round %1 has no project %2.</translation>
    </message>
    <message>
        <source>The round already has a project %1.</source>
        <translation>The round already has a project %1.</translation>
    </message>
    <message>
        <source>add project %1</source>
        <translation>add project %1</translation>
    </message>
    <message>
        <source>change project %1</source>
        <translation>change project %1</translation>
    </message>
    <message>
        <source>remove project %1</source>
        <translation>remove project %1</translation>
    </message>
    <message>
        <source>add district %1</source>
        <translation>add district %1</translation>
    </message>
    <message>
        <source>Round %1 has no district %2.</source>
        <translation>Round %1 has no district %2.</translation>
    </message>
    <message>
        <source>remove district %1</source>
        <translation>remove district %1</translation>
    </message>
    <message>
        <source>change the voting rules</source>
        <translation>change the voting rules</translation>
    </message>
    <message>
        <source>change the round&apos;s settings</source>
        <translation>change the round&apos;s settings</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Cannot read %1: %2</translation>
    </message>
    <message>
        <source>%1 is larger than 16 MiB: it is not a list of projects.</source>
        <translation>%1 is larger than 16 MiB: it is not a list of projects.</translation>
    </message>
    <message numerus="yes">
        <source>import %n project(s) from CSV</source>
        <translation>
            <numerusform>import %n project from CSV</numerusform>
            <numerusform>import %n projects from CSV</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Cannot write %1: %2</translation>
    </message>
    <message>
        <source>Cannot remove a district</source>
        <translation>Cannot remove a district</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>district name (id)</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Remove a district</source>
        <translation>Remove a district</translation>
    </message>
    <message>
        <source>District to remove (it must have no projects):</source>
        <translation>District to remove (it must have no projects):</translation>
    </message>
    <message>
        <source>District not removed</source>
        <translation>District not removed</translation>
    </message>
    <message>
        <source>Import projects from CSV</source>
        <translation>Import projects from CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>CSV files (*.csv);;All files (*)</translation>
    </message>
    <message>
        <source>No project was imported</source>
        <translation>No project was imported</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n project(s) from %1.</source>
        <translation>
            <numerusform>Imported %n project from %1.</numerusform>
            <numerusform>Imported %n projects from %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Export the projects (CSV)</source>
        <translation>Export the projects (CSV)</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV files (*.csv)</translation>
    </message>
    <message>
        <source>Projects not exported</source>
        <translation>Projects not exported</translation>
    </message>
    <message>
        <source>Export the votes (Pabulib)</source>
        <translation>Export the votes (Pabulib)</translation>
    </message>
    <message>
        <source>Pabulib files (*.pb)</source>
        <translation>Pabulib files (*.pb)</translation>
    </message>
    <message>
        <source>Passphrase of the election key (the sealed ballots are opened to write the votes):</source>
        <translation>Passphrase of the election key (the sealed ballots are opened to write the votes):</translation>
    </message>
    <message>
        <source>Votes not exported</source>
        <translation>Votes not exported</translation>
    </message>
    <message>
        <source>Cannot publish</source>
        <translation>Cannot publish</translation>
    </message>
    <message>
        <source>Folder to publish into</source>
        <translation>Folder to publish into</translation>
    </message>
    <message>
        <source>Publishing writes the results report (PDF), the results (CSV), every vote without ballot ids (Pabulib) and the election record for auditors to %1, and marks the result of &quot;%2&quot; published.</source>
        <translation>Publishing writes the results report (PDF), the results (CSV), every vote without ballot ids (Pabulib) and the election record for auditors to %1, and marks the result of &quot;%2&quot; published.</translation>
    </message>
    <message>
        <source>These files are already there and will be replaced: %1</source>
        <translation>These files are already there and will be replaced: %1</translation>
    </message>
    <message>
        <source>Publish the result?</source>
        <translation>Publish the result?</translation>
    </message>
    <message>
        <source>Passphrase of the election key (the votes are published without ballot ids):</source>
        <translation>Passphrase of the election key (the votes are published without ballot ids):</translation>
    </message>
    <message>
        <source>Result not published</source>
        <translation>Result not published</translation>
    </message>
    <message>
        <source>Result published</source>
        <translation>Result published</translation>
    </message>
    <message>
        <source>Wrote to %1:
%2</source>
        <translation>Wrote to %1:
%2</translation>
    </message>
    <message>
        <source>register kiosk %1</source>
        <translation>register kiosk %1</translation>
    </message>
    <message>
        <source>Kiosk %1 is not registered for this round.</source>
        <translation>Kiosk %1 is not registered for this round.</translation>
    </message>
    <message>
        <source>remove kiosk %1</source>
        <translation>remove kiosk %1</translation>
    </message>
    <message>
        <source>revoke kiosk %1</source>
        <translation>revoke kiosk %1</translation>
    </message>
    <message>
        <source>reinstate kiosk %1</source>
        <translation>reinstate kiosk %1</translation>
    </message>
    <message>
        <source>void batch %1 of codes</source>
        <translation>void batch %1 of codes</translation>
    </message>
    <message>
        <source>restore batch %1 of codes</source>
        <translation>restore batch %1 of codes</translation>
    </message>
    <message>
        <source>Revoke kiosk %1?</source>
        <translation>Revoke kiosk %1?</translation>
    </message>
    <message numerus="yes">
        <source>Revoke a kiosk that was lost, stolen or tampered with. It can record no more ballots, and the %n ballot(s) it holds in this database will not be counted (they stay stored, and auditors see the revocation). You can reinstate it until the votes are counted.</source>
        <translation>
            <numerusform>Revoke a kiosk that was lost, stolen or tampered with. It can record no more ballots, and the %n ballot it holds in this database will not be counted (it stays stored, and auditors see the revocation). You can reinstate it until the votes are counted.</numerusform>
            <numerusform>Revoke a kiosk that was lost, stolen or tampered with. It can record no more ballots, and the %n ballots it holds in this database will not be counted (they stay stored, and auditors see the revocation). You can reinstate it until the votes are counted.</numerusform>
        </translation>
    </message>
    <message>
        <source>Kiosk not revoked</source>
        <translation>Kiosk not revoked</translation>
    </message>
    <message>
        <source>Kiosk not reinstated</source>
        <translation>Kiosk not reinstated</translation>
    </message>
    <message>
        <source>Remove kiosk %1?</source>
        <translation>Remove kiosk %1?</translation>
    </message>
    <message>
        <source>Kiosk %1 will not be able to sign ballots for this round. Edit &gt; Undo registers it again.</source>
        <translation>Kiosk %1 will not be able to sign ballots for this round. Edit &gt; Undo registers it again.</translation>
    </message>
    <message>
        <source>Kiosk not removed</source>
        <translation>Kiosk not removed</translation>
    </message>
    <message>
        <source>Void batch %1?</source>
        <translation>Void batch %1?</translation>
    </message>
    <message>
        <source>Void a batch whose slips were lost or handed out wrongly: its unused codes will be refused at the kiosks. Codes already used stay counted. Edit &gt; Undo restores the batch.</source>
        <translation>Void a batch whose slips were lost or handed out wrongly: its unused codes will be refused at the kiosks. Codes already used stay counted. Edit &gt; Undo restores the batch.</translation>
    </message>
    <message>
        <source>Batch not voided</source>
        <translation>Batch not voided</translation>
    </message>
    <message>
        <source>Batch not restored</source>
        <translation>Batch not restored</translation>
    </message>
    <message>
        <source>Cannot count</source>
        <translation>Cannot count</translation>
    </message>
    <message>
        <source>Counting rule (the official result uses %1, chosen before voting opened; any other rule is a comparison):</source>
        <translation>Counting rule (the official result uses %1, chosen before voting opened; any other rule is a comparison):</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <comment>round name — district name</comment>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Cannot issue codes</source>
        <translation>Cannot issue codes</translation>
    </message>
    <message numerus="yes">
        <source>Issued %n code(s).</source>
        <translation>
            <numerusform>Issued %n code.</numerusform>
            <numerusform>Issued %n codes.</numerusform>
        </translation>
    </message>
    <message>
        <source>Count the votes before publishing the result.</source>
        <translation>Count the votes before publishing the result.</translation>
    </message>
    <message>
        <source>The votes have not been counted with the round&apos;s rule (%1) yet: only the official count is published.</source>
        <translation>The votes have not been counted with the round&apos;s rule (%1) yet: only the official count is published.</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>Cannot create the folder %1.</translation>
    </message>
    <message>
        <source>The report and results were written, but not the votes: %1</source>
        <translation>The report and results were written, but not the votes: %1</translation>
    </message>
    <message>
        <source>The report, results and votes were written, but not the election record: %1</source>
        <translation>The report, results and votes were written, but not the election record: %1</translation>
    </message>
    <message>
        <source>Published to %1: %2</source>
        <translation>Published to %1: %2</translation>
    </message>
    <message>
        <source>A project %1 was added after this one was removed; it is kept as it is.</source>
        <translation>A project %1 was added after this one was removed; it is kept as it is.</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <comment>voting opens – closes</comment>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>Done: %1. Edit &gt; Undo takes it back.</source>
        <translation>Done: %1. Edit &gt; Undo takes it back.</translation>
    </message>
    <message>
        <source>Voting cannot open yet</source>
        <translation>Voting cannot open yet</translation>
    </message>
    <message>
        <source>Choose the passphrase that will protect the organizer&apos;s keys. Without it the votes cannot be counted: keep it safe.</source>
        <translation>Choose the passphrase that will protect the organizer&apos;s keys. Without it the votes cannot be counted: keep it safe.</translation>
    </message>
    <message>
        <source>Type the same passphrase again:</source>
        <translation>Type the same passphrase again:</translation>
    </message>
    <message>
        <source>The two passphrases differ; nothing was changed.</source>
        <translation>The two passphrases differ; nothing was changed.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>rule title (rule name)</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>&amp;Verify an election record…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run the auditors&apos; checks on an election record and save their report</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pbvote::console::IssueCodesDialog</name>
    <message>
        <source>Issue access codes for %1</source>
        <translation>Issue access codes for %1</translation>
    </message>
    <message>
        <source>e.g. Central Library, week 1</source>
        <translation>e.g. Central Library, week 1</translation>
    </message>
    <message>
        <source>City-wide</source>
        <translation>City-wide</translation>
    </message>
    <message>
        <source>A sheet of slips to print</source>
        <translation>A sheet of slips to print</translation>
    </message>
    <message>
        <source>A spreadsheet of the codes</source>
        <translation>A spreadsheet of the codes</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Browse…</translation>
    </message>
    <message>
        <source>Choose the PDF file</source>
        <translation>Choose the PDF file</translation>
    </message>
    <message>
        <source>Bro&amp;wse…</source>
        <translation>Bro&amp;wse…</translation>
    </message>
    <message>
        <source>Choose the CSV file</source>
        <translation>Choose the CSV file</translation>
    </message>
    <message>
        <source>Each code lets one resident vote once. A code of a district&apos;s batch votes on that district&apos;s ballot.</source>
        <translation>Each code lets one resident vote once. A code of a district&apos;s batch votes on that district&apos;s ballot.</translation>
    </message>
    <message>
        <source>The codes are shown only once, in the files written now: the database keeps only their hashes, so they cannot be printed again. Keep the files safe until the slips are handed out.</source>
        <translation>The codes are shown only once, in the files written now: the database keeps only their hashes, so they cannot be printed again. Keep the files safe until the slips are handed out.</translation>
    </message>
    <message>
        <source>&amp;Number of codes:</source>
        <translation>&amp;Number of codes:</translation>
    </message>
    <message>
        <source>&amp;Label:</source>
        <translation>&amp;Label:</translation>
    </message>
    <message>
        <source>&amp;District:</source>
        <translation>&amp;District:</translation>
    </message>
    <message>
        <source>&amp;PDF sheet:</source>
        <translation>&amp;PDF sheet:</translation>
    </message>
    <message>
        <source>&amp;CSV file:</source>
        <translation>&amp;CSV file:</translation>
    </message>
    <message>
        <source>&amp;Issue codes</source>
        <translation>&amp;Issue codes</translation>
    </message>
    <message>
        <source>Choose where the codes go: a PDF sheet, a CSV file or both.</source>
        <translation>Choose where the codes go: a PDF sheet, a CSV file or both.</translation>
    </message>
    <message>
        <source>The PDF sheet and the CSV file must be two different files.</source>
        <translation>The PDF sheet and the CSV file must be two different files.</translation>
    </message>
    <message>
        <source>Save the code slips (PDF, to print)</source>
        <translation>Save the code slips (PDF, to print)</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
    <message>
        <source>Save the codes (CSV)</source>
        <translation>Save the codes (CSV)</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV files (*.csv)</translation>
    </message>
</context>
<context>
    <name>pbvote::console::KioskDialog</name>
    <message>
        <source>Register a kiosk</source>
        <translation>Register a kiosk</translation>
    </message>
    <message>
        <source>e.g. LIB-01</source>
        <translation>e.g. LIB-01</translation>
    </message>
    <message>
        <source>e.g. Central Library</source>
        <translation>e.g. Central Library</translation>
    </message>
    <message>
        <source>e.g. ground floor, by the entrance</source>
        <translation>e.g. ground floor, by the entrance</translation>
    </message>
    <message>
        <source>64 hexadecimal digits, pasted from the kiosk</source>
        <translation>64 hexadecimal digits, pasted from the kiosk</translation>
    </message>
    <message>
        <source>Kiosk &amp;id:</source>
        <translation>Kiosk &amp;id:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Location:</source>
        <translation>&amp;Location:</translation>
    </message>
    <message>
        <source>Public &amp;key:</source>
        <translation>Public &amp;key:</translation>
    </message>
    <message>
        <source>&amp;Register</source>
        <translation>&amp;Register</translation>
    </message>
    <message>
        <source>Paste the kiosk&apos;s public key: 64 hexadecimal digits.</source>
        <translation>Paste the kiosk&apos;s public key: 64 hexadecimal digits.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a hexadecimal digit: a public key has only 0–9 and a–f.</source>
        <translation>&quot;%1&quot; is not a hexadecimal digit: a public key has only 0–9 and a–f.</translation>
    </message>
    <message>
        <source>The key has %1 hexadecimal digits; a kiosk&apos;s public key has %2.</source>
        <translation>The key has %1 hexadecimal digits; a kiosk&apos;s public key has %2.</translation>
    </message>
    <message>
        <source>Enter the kiosk&apos;s id, e.g. LIB-01.</source>
        <translation>Enter the kiosk&apos;s id, e.g. LIB-01.</translation>
    </message>
    <message>
        <source>Key fingerprint: %1. Check that the kiosk shows the same (pbvote keys list).</source>
        <translation>Key fingerprint: %1. Check that the kiosk shows the same (pbvote keys list).</translation>
    </message>
    <message>
        <source>A kiosk signs every ballot cast on it with a key made on the kiosk itself. Paste its public key: on the kiosk, this command prints it as &lt;code&gt;public_key&lt;/code&gt;:&lt;br&gt;&lt;code&gt;pbvote keys list --json&lt;/code&gt;</source>
        <translation>A kiosk signs every ballot cast on it with a key made on the kiosk itself. Paste its public key: on the kiosk, this command prints it as &lt;code&gt;public_key&lt;/code&gt;:&lt;br&gt;&lt;code&gt;pbvote keys list --json&lt;/code&gt;</translation>
    </message>
</context>
<context>
    <name>pbvote::console::KioskTableModel</name>
    <message>
        <source>Revoked</source>
        <translation>Revoked</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Closed</translation>
    </message>
    <message>
        <source>Registered</source>
        <translation>Registered</translation>
    </message>
    <message>
        <source>Public key: %1</source>
        <translation>Public key: %1</translation>
    </message>
    <message>
        <source>The kiosk may sign ballots for this round.</source>
        <translation>The kiosk may sign ballots for this round.</translation>
    </message>
    <message>
        <source>The kiosk has not signed a checkpoint yet.</source>
        <translation>The kiosk has not signed a checkpoint yet.</translation>
    </message>
    <message>
        <source>Its checkpoint states %1, this database holds %2 from it.</source>
        <translation>Its checkpoint states %1, this database holds %2 from it.</translation>
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
        <translation>Name</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Location</translation>
    </message>
    <message>
        <source>The key fingerprint that pbvote keys list shows on the kiosk</source>
        <translation>The key fingerprint that pbvote keys list shows on the kiosk</translation>
    </message>
    <message>
        <source>Key fingerprint</source>
        <translation>Key fingerprint</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Signed ballots from this kiosk in this database (how many, never what they say)</source>
        <translation>Signed ballots from this kiosk in this database (how many, never what they say)</translation>
    </message>
    <message>
        <source>Ballots stored</source>
        <translation>Ballots stored</translation>
    </message>
    <message>
        <source>How many ballots the kiosk&apos;s latest signed checkpoint states</source>
        <translation>How many ballots the kiosk&apos;s latest signed checkpoint states</translation>
    </message>
    <message>
        <source>In last checkpoint</source>
        <translation>In last checkpoint</translation>
    </message>
    <message>
        <source>Revoked: this kiosk can accept no more ballots and its ballots are not counted (they stay stored).</source>
        <translation>Revoked: this kiosk can accept no more ballots and its ballots are not counted (they stay stored).</translation>
    </message>
    <message>
        <source>The kiosk signed its final checkpoint: it accepts no more ballots.</source>
        <translation>The kiosk signed its final checkpoint: it accepts no more ballots.</translation>
    </message>
</context>
<context>
    <name>pbvote::console::KiosksPage</name>
    <message>
        <source>Each kiosk signs the ballots cast on it with its own key. Here you see how many ballots each one holds and reports, never what they say.</source>
        <translation>Each kiosk signs the ballots cast on it with its own key. Here you see how many ballots each one holds and reports, never what they say.</translation>
    </message>
    <message>
        <source>&amp;Register kiosk…</source>
        <translation>&amp;Register kiosk…</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>Re&amp;move</translation>
    </message>
    <message>
        <source>Kiosks of the round</source>
        <translation>Kiosks of the round</translation>
    </message>
    <message>
        <source>Choose or create a round first.</source>
        <translation>Choose or create a round first.</translation>
    </message>
    <message>
        <source>Choose a kiosk in the table first.</source>
        <translation>Choose a kiosk in the table first.</translation>
    </message>
    <message>
        <source>Add a kiosk by the public key made on it.</source>
        <translation>Add a kiosk by the public key made on it.</translation>
    </message>
    <message>
        <source>Kiosks are registered while the round is a draft: the opened round&apos;s signed manifest lists them.</source>
        <translation>Kiosks are registered while the round is a draft: the opened round&apos;s signed manifest lists them.</translation>
    </message>
    <message>
        <source>Rein&amp;state</source>
        <translation>Rein&amp;state</translation>
    </message>
    <message>
        <source>Re&amp;voke…</source>
        <translation>Re&amp;voke…</translation>
    </message>
    <message>
        <source>Kiosks are revoked once voting has opened; while the round is a draft, remove the kiosk instead.</source>
        <translation>Kiosks are revoked once voting has opened; while the round is a draft, remove the kiosk instead.</translation>
    </message>
    <message>
        <source>The votes are counted: a kiosk can no longer be revoked or reinstated.</source>
        <translation>The votes are counted: a kiosk can no longer be revoked or reinstated.</translation>
    </message>
    <message>
        <source>Kiosks can only be removed while the round is a draft; revoke it instead.</source>
        <translation>Kiosks can only be removed while the round is a draft; revoke it instead.</translation>
    </message>
    <message>
        <source>Kiosks can only be removed while the round is a draft.</source>
        <translation>Kiosks can only be removed while the round is a draft.</translation>
    </message>
    <message>
        <source>Take the chosen kiosk off this round.</source>
        <translation>Take the chosen kiosk off this round.</translation>
    </message>
    <message>
        <source>The kiosks cannot be read: %1</source>
        <translation>The kiosks cannot be read: %1</translation>
    </message>
    <message>
        <source>Register every kiosk before voting opens: the round&apos;s signed manifest lists them.</source>
        <translation>Register every kiosk before voting opens: the round&apos;s signed manifest lists them.</translation>
    </message>
    <message>
        <source>The votes are counted: the kiosks can no longer change.</source>
        <translation>The votes are counted: the kiosks can no longer change.</translation>
    </message>
    <message>
        <source>Let this kiosk accept ballots again and count its ballots.</source>
        <translation>Let this kiosk accept ballots again and count its ballots.</translation>
    </message>
    <message>
        <source>Stop this kiosk: it can accept no more ballots and its ballots are not counted (they stay stored).</source>
        <translation>Stop this kiosk: it can accept no more ballots and its ballots are not counted (they stay stored).</translation>
    </message>
    <message>
        <source>No kiosk can be added once voting has opened. A revoked kiosk accepts no more ballots and its ballots are not counted.</source>
        <translation>No kiosk can be added once voting has opened. A revoked kiosk accepts no more ballots and its ballots are not counted.</translation>
    </message>
</context>
<context>
    <name>pbvote::console::ProjectDialog</name>
    <message>
        <source>Add a project</source>
        <translation>Add a project</translation>
    </message>
    <message>
        <source>e.g. P13</source>
        <translation>e.g. P13</translation>
    </message>
    <message>
        <source>City-wide</source>
        <translation>City-wide</translation>
    </message>
    <message>
        <source>&amp;Id:</source>
        <translation>&amp;Id:</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Title:</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Description:</translation>
    </message>
    <message>
        <source>C&amp;ost (%1):</source>
        <translation>C&amp;ost (%1):</translation>
    </message>
    <message>
        <source>&amp;Category:</source>
        <translation>&amp;Category:</translation>
    </message>
    <message>
        <source>Dis&amp;trict:</source>
        <translation>Dis&amp;trict:</translation>
    </message>
    <message>
        <source>Edit project %1</source>
        <translation>Edit project %1</translation>
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
        <translation>C&amp;hoose picture…</translation>
    </message>
    <message>
        <source>Remo&amp;ve picture</source>
        <translation>Remo&amp;ve picture</translation>
    </message>
    <message>
        <source>e.g. 125 000 or 125 000.50</source>
        <translation>e.g. 125 000 or 125 000.50</translation>
    </message>
    <message>
        <source>None</source>
        <translation>None</translation>
    </message>
    <message>
        <source>e.g. Green spaces</source>
        <translation>e.g. Green spaces</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>&amp;Status:</translation>
    </message>
    <message>
        <source>Picture</source>
        <translation>Picture</translation>
    </message>
    <message>
        <source>PNG or JPEG, at most %1. Shown on the project&apos;s card on the kiosk.</source>
        <translation>PNG or JPEG, at most %1. Shown on the project&apos;s card on the kiosk.</translation>
    </message>
    <message>
        <source>&amp;Project</source>
        <translation>&amp;Project</translation>
    </message>
    <message>
        <source>The kiosk shows a project&apos;s title and description in the voter&apos;s language when they are translated, and as written above otherwise.</source>
        <translation>The kiosk shows a project&apos;s title and description in the voter&apos;s language when they are translated, and as written above otherwise.</translation>
    </message>
    <message>
        <source>T&amp;ranslations</source>
        <translation>T&amp;ranslations</translation>
    </message>
    <message>
        <source>Choose a picture for the project</source>
        <translation>Choose a picture for the project</translation>
    </message>
    <message>
        <source>Pictures (*.png *.jpg *.jpeg)</source>
        <translation>Pictures (*.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <source>%1 was not taken: %2</source>
        <translation>%1 was not taken: %2</translation>
    </message>
    <message>
        <source>(new)</source>
        <translation>(new)</translation>
    </message>
    <message>
        <source>it looks like a PNG or JPEG file but cannot be shown; it may be damaged.</source>
        <translation>it looks like a PNG or JPEG file but cannot be shown; it may be damaged.</translation>
    </message>
    <message>
        <source>No picture</source>
        <translation>No picture</translation>
    </message>
    <message>
        <source>This picture cannot be shown.</source>
        <translation>This picture cannot be shown.</translation>
    </message>
    <message>
        <source>%1 × %2 pixels, %3</source>
        <translation>%1 × %2 pixels, %3</translation>
    </message>
    <message>
        <source>The project&apos;s picture</source>
        <translation>The project&apos;s picture</translation>
    </message>
    <message>
        <source>T&amp;itle in %1:</source>
        <translation>T&amp;itle in %1:</translation>
    </message>
    <message>
        <source>D&amp;escription in %1:</source>
        <translation>D&amp;escription in %1:</translation>
    </message>
    <message>
        <source>The cost must be an amount above zero, like 125 000 or 125 000.50.</source>
        <translation>The cost must be an amount above zero, like 125 000 or 125 000.50.</translation>
    </message>
</context>
<context>
    <name>pbvote::console::ProjectTableModel</name>
    <message>
        <source>City-wide</source>
        <translation>City-wide</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>Id</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>District</source>
        <translation>District</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Cost</translation>
    </message>
    <message>
        <source>On the ballot</source>
        <translation>On the ballot</translation>
    </message>
    <message>
        <source>Under review</source>
        <translation>Under review</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Rejected</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>Withdrawn</translation>
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
        <translation>The translation into %1 has a description but no title: give it a title too, or clear the description.</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
</context>
<context>
    <name>pbvote::console::ResultsModel</name>
    <message>
        <source>round %1 (&quot;%2&quot;)</source>
        <translation>round %1 (&quot;%2&quot;)</translation>
    </message>
    <message>
        <source>The result of %1 is empty.</source>
        <translation>The result of %1 is empty.</translation>
    </message>
    <message>
        <source>The count of %1 gave no result: %2</source>
        <translation>The count of %1 gave no result: %2</translation>
    </message>
    <message>
        <source>The result is for round %1, not for %2.</source>
        <translation>The result is for round %1, not for %2.</translation>
    </message>
    <message>
        <source>The result of %1 does not name its counting rule.</source>
        <translation>The result of %1 does not name its counting rule.</translation>
    </message>
    <message>
        <source>The result of %1 has no valid money_scale.</source>
        <translation>The result of %1 has no valid money_scale.</translation>
    </message>
    <message>
        <source>%1 has no district &quot;%2&quot;.</source>
        <translation>%1 has no district &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>The result of %1 has no list of projects.</source>
        <translation>The result of %1 has no list of projects.</translation>
    </message>
    <message>
        <source>The result of %1 lists a project without an id.</source>
        <translation>The result of %1 lists a project without an id.</translation>
    </message>
    <message>
        <source>The result names project &quot;%1&quot;, which %2 does not have.</source>
        <translation>The result names project &quot;%1&quot;, which %2 does not have.</translation>
    </message>
    <message>
        <source>The result lists project &quot;%1&quot; twice.</source>
        <translation>The result lists project &quot;%1&quot; twice.</translation>
    </message>
    <message>
        <source>The cost of project &quot;%1&quot; in the result is not an amount.</source>
        <translation>The cost of project &quot;%1&quot; in the result is not an amount.</translation>
    </message>
    <message>
        <source>Project &quot;%1&quot; costs %2 in the result but %3 in %4.</source>
        <translation>Project &quot;%1&quot; costs %2 in the result but %3 in %4.</translation>
    </message>
    <message>
        <source>Project &quot;%1&quot; in the result is marked %2 but has order %3.</source>
        <translation>Project &quot;%1&quot; in the result is marked %2 but has order %3.</translation>
    </message>
    <message>
        <source>funded</source>
        <translation>funded</translation>
    </message>
    <message>
        <source>not funded</source>
        <translation>not funded</translation>
    </message>
    <message>
        <source>The result has no entry for project &quot;%1&quot; of %2.</source>
        <translation>The result has no entry for project &quot;%1&quot; of %2.</translation>
    </message>
    <message>
        <source>Project &quot;%1&quot; is a winner in the result but not marked funded.</source>
        <translation>Project &quot;%1&quot; is a winner in the result but not marked funded.</translation>
    </message>
    <message>
        <source>The result of %1 has no valid budget, budget_used and budget_left.</source>
        <translation>The result of %1 has no valid budget, budget_used and budget_left.</translation>
    </message>
    <message>
        <source>The result of %1 does not say how many ballots were counted.</source>
        <translation>The result of %1 does not say how many ballots were counted.</translation>
    </message>
    <message>
        <source>The result of %1 has no count of the city-wide projects.</source>
        <translation>The result of %1 has no count of the city-wide projects.</translation>
    </message>
    <message>
        <source>The result of %1 has no count for district &quot;%2&quot;.</source>
        <translation>The result of %1 has no count for district &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>The count of district &quot;%1&quot; in the result of %2 is incomplete.</source>
        <translation>The count of district &quot;%1&quot; in the result of %2 is incomplete.</translation>
    </message>
    <message>
        <source>city-wide</source>
        <translation>city-wide</translation>
    </message>
    <message>
        <source>The winners of district &quot;%1&quot; (%2) do not match the funded projects (%3).</source>
        <translation>The winners of district &quot;%1&quot; (%2) do not match the funded projects (%3).</translation>
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
        <translation>n/a</translation>
    </message>
    <message>
        <source>Funded</source>
        <translation>Funded</translation>
    </message>
    <message>
        <source>Not funded</source>
        <translation>Not funded</translation>
    </message>
    <message>
        <source>(no reason given)</source>
        <translation>(no reason given)</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>Rank</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Project</translation>
    </message>
    <message>
        <source>Votes</source>
        <translation>Votes</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Cost</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Why</translation>
    </message>
    <message>
        <source>Order in which the rule chose the project; blank when not funded.</source>
        <translation>Order in which the rule chose the project; blank when not funded.</translation>
    </message>
    <message>
        <source>Ballots that chose the project (the rule&apos;s support figure).</source>
        <translation>Ballots that chose the project (the rule&apos;s support figure).</translation>
    </message>
    <message>
        <source>Why the project won or lost under the rule used.</source>
        <translation>Why the project won or lost under the rule used.</translation>
    </message>
</context>
<context>
    <name>pbvote::console::ResultsView</name>
    <message>
        <source>Whole round</source>
        <translation>Whole round</translation>
    </message>
    <message>
        <source>City-wide projects</source>
        <translation>City-wide projects</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>district name (id)</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Show results for:</source>
        <translation>Show results for:</translation>
    </message>
    <message>
        <source>Why this project won or lost</source>
        <translation>Why this project won or lost</translation>
    </message>
    <message>
        <source>Budget used</source>
        <translation>Budget used</translation>
    </message>
    <message>
        <source>Ranking of the projects</source>
        <translation>Ranking of the projects</translation>
    </message>
    <message>
        <source>Chart of the votes per project</source>
        <translation>Chart of the votes per project</translation>
    </message>
    <message>
        <source>This result cannot be shown: %1</source>
        <translation>This result cannot be shown: %1</translation>
    </message>
    <message>
        <source>No result to show yet: tally the round first.</source>
        <translation>No result to show yet: tally the round first.</translation>
    </message>
    <message>
        <source>City-wide projects: </source>
        <translation>City-wide projects: </translation>
    </message>
    <message>
        <source>District %1: </source>
        <translation>District %1: </translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>rule title (rule name)</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message numerus="yes">
        <source>%n ballot(s) counted.</source>
        <translation>
            <numerusform>%n ballot counted.</numerusform>
            <numerusform>%n ballots counted.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n ballot(s) chose a project here.</source>
        <translation>
            <numerusform>%n ballot chose a project here.</numerusform>
            <numerusform>%n ballots chose a project here.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n project(s) funded</source>
        <translation>
            <numerusform>%n project funded</numerusform>
            <numerusform>%n projects funded</numerusform>
        </translation>
    </message>
    <message>
        <source>Counted with the rule %1, ties broken by %2. %3 %4 out of %5.</source>
        <translation>Counted with the rule %1, ties broken by %2. %3 %4 out of %5.</translation>
    </message>
    <message>
        <source>(not stated)</source>
        <translation>(not stated)</translation>
    </message>
    <message>
        <source>Budget used: %1 of %2. Left unspent: %3.</source>
        <translation>Budget used: %1 of %2. Left unspent: %3.</translation>
    </message>
    <message>
        <source>%1% of the budget used, %2% left.</source>
        <translation>%1% of the budget used, %2% left.</translation>
    </message>
    <message>
        <source>Votes per project</source>
        <translation>Votes per project</translation>
    </message>
    <message>
        <source>Funded</source>
        <translation>Funded</translation>
    </message>
    <message>
        <source>Not funded</source>
        <translation>Not funded</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Project</translation>
    </message>
    <message>
        <source>Votes</source>
        <translation>Votes</translation>
    </message>
    <message>
        <source>Select a project in the table to see why it won or lost.</source>
        <translation>Select a project in the table to see why it won or lost.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>project id: title</comment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Funded, chosen in position %1.</source>
        <translation>Funded, chosen in position %1.</translation>
    </message>
    <message>
        <source>Not funded.</source>
        <translation>Not funded.</translation>
    </message>
    <message numerus="yes">
        <source>%n vote(s).</source>
        <translation>
            <numerusform>%n vote.</numerusform>
            <numerusform>%n votes.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cost: %1.</source>
        <translation>Cost: %1.</translation>
    </message>
    <message>
        <source>The result gives no reason for this project.</source>
        <translation>The result gives no reason for this project.</translation>
    </message>
    <message>
        <source>No counting rule was chosen before voting for this round: every count is for analysis.</source>
        <translation>No counting rule was chosen before voting for this round: every count is for analysis.</translation>
    </message>
    <message>
        <source>This is the official result: %1 is the rule chosen before voting opened.</source>
        <translation>This is the official result: %1 is the rule chosen before voting opened.</translation>
    </message>
    <message>
        <source>For comparison only: the official result is counted with %1, the rule chosen before voting opened.</source>
        <translation>For comparison only: the official result is counted with %1, the rule chosen before voting opened.</translation>
    </message>
</context>
<context>
    <name>pbvote::console::RoundListModel</name>
    <message>
        <source>draft</source>
        <translation>draft</translation>
    </message>
    <message>
        <source>voting open</source>
        <translation>voting open</translation>
    </message>
    <message>
        <source>voting paused</source>
        <translation>voting paused</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>closed</translation>
    </message>
    <message>
        <source>counted</source>
        <translation>counted</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message numerus="yes">
        <source>Round %1: %n project(s)</source>
        <translation>
            <numerusform>Round %1: %n project</numerusform>
            <numerusform>Round %1: %n projects</numerusform>
        </translation>
    </message>
    <message>
        <source>published</source>
        <translation>published</translation>
    </message>
</context>
<context>
    <name>pbvote::console::RoundSettingsDialog</name>
    <message>
        <source>No planned period yet</source>
        <translation>No planned period yet</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Add</translation>
    </message>
    <message>
        <source>R&amp;ename</source>
        <translation>R&amp;ename</translation>
    </message>
    <message>
        <source>Remo&amp;ve</source>
        <translation>Remo&amp;ve</translation>
    </message>
    <message>
        <source>Move u&amp;p</source>
        <translation>Move u&amp;p</translation>
    </message>
    <message>
        <source>Move do&amp;wn</source>
        <translation>Move do&amp;wn</translation>
    </message>
    <message>
        <source>New round</source>
        <translation>New round</translation>
    </message>
    <message>
        <source>Round settings: %1</source>
        <translation>Round settings: %1</translation>
    </message>
    <message>
        <source>e.g. Participatory Budget 2027</source>
        <translation>e.g. Participatory Budget 2027</translation>
    </message>
    <message>
        <source>e.g. 1 500 000 or 1 500 000.50</source>
        <translation>e.g. 1 500 000 or 1 500 000.50</translation>
    </message>
    <message>
        <source>Three letters, as on bank statements: EUR, USD, PLN, VND</source>
        <translation>Three letters, as on bank statements: EUR, USD, PLN, VND</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>C&amp;urrency:</source>
        <translation>C&amp;urrency:</translation>
    </message>
    <message>
        <source>Voting &amp;method:</source>
        <translation>Voting &amp;method:</translation>
    </message>
    <message>
        <source>Not chosen yet</source>
        <translation>Not chosen yet</translation>
    </message>
    <message>
        <source>%1 (a rule this version does not know)</source>
        <translation>%1 (a rule this version does not know)</translation>
    </message>
    <message>
        <source>Counting &amp;rule:</source>
        <translation>Counting &amp;rule:</translation>
    </message>
    <message>
        <source>Times are local (%1); the round keeps them in UTC.</source>
        <translation>Times are local (%1); the round keeps them in UTC.</translation>
    </message>
    <message>
        <source>Voting period</source>
        <translation>Voting period</translation>
    </message>
    <message>
        <source>&amp;Opens:</source>
        <translation>&amp;Opens:</translation>
    </message>
    <message>
        <source>C&amp;loses:</source>
        <translation>C&amp;loses:</translation>
    </message>
    <message>
        <source>New category, e.g. Green spaces</source>
        <translation>New category, e.g. Green spaces</translation>
    </message>
    <message>
        <source>Categories</source>
        <translation>Categories</translation>
    </message>
    <message>
        <source>When the list has categories, each project is in one of them (or in none). With an empty list, projects name their own.</source>
        <translation>When the list has categories, each project is in one of them (or in none). With an empty list, projects name their own.</translation>
    </message>
    <message>
        <source>&amp;Budget:</source>
        <translation>&amp;Budget:</translation>
    </message>
    <message>
        <source>&amp;Budget (%1):</source>
        <translation>&amp;Budget (%1):</translation>
    </message>
    <message>
        <source>Choose the counting rule before voting opens: the official result is counted with it, and the published results name it.</source>
        <translation>Choose the counting rule before voting opens: the official result is counted with it, and the published results name it.</translation>
    </message>
    <message>
        <source>This version of pbvote cannot count with this rule.</source>
        <translation>This version of pbvote cannot count with this rule.</translation>
    </message>
    <message>
        <source>The budget must be an amount such as 1 500 000 or 1 500 000.50.</source>
        <translation>The budget must be an amount such as 1 500 000 or 1 500 000.50.</translation>
    </message>
</context>
<context>
    <name>pbvote::counting::DistrictCount</name>
    <message>
        <source>Rule %1 cannot be run.</source>
        <translation>Rule %1 cannot be run.</translation>
    </message>
    <message>
        <source>%1: no budget was given for district %2, which has %3 project(s).</source>
        <translation>%1: no budget was given for district %2, which has %3 project(s).</translation>
    </message>
    <message>
        <source>%1: the budget of district %2 is negative.</source>
        <translation>%1: the budget of district %2 is negative.</translation>
    </message>
    <message>
        <source>City-wide</source>
        <translation>City-wide</translation>
    </message>
    <message>
        <source>District %1</source>
        <translation>District %1</translation>
    </message>
    <message>
        <source>Not funded: it belongs to no district, and this count has no city-wide budget.</source>
        <translation>Not funded: it belongs to no district, and this count has no city-wide budget.</translation>
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
        <translation>1 vote</translation>
    </message>
    <message numerus="yes">
        <source>%1 votes</source>
        <translation>
            <numerusform>%1 vote</numerusform>
            <numerusform>%1 votes</numerusform>
        </translation>
    </message>
    <message>
        <source>%1th</source>
        <comment>ordinal: 11th, 12th, 13th, 4th, ...</comment>
        <translation>%1th</translation>
    </message>
    <message>
        <source>%1st</source>
        <comment>ordinal: 1st, 21st, ...</comment>
        <translation>%1st</translation>
    </message>
    <message>
        <source>%1nd</source>
        <comment>ordinal: 2nd, 22nd, ...</comment>
        <translation>%1nd</translation>
    </message>
    <message>
        <source>%1rd</source>
        <comment>ordinal: 3rd, 23rd, ...</comment>
        <translation>%1rd</translation>
    </message>
</context>
<context>
    <name>pbvote::counting::Greedy</name>
    <message>
        <source>%1: project %2 has a negative cost (%3).</source>
        <translation>%1: project %2 has a negative cost (%3).</translation>
    </message>
    <message>
        <source>%1: the projects funded before the greedy step are invalid (index %2).</source>
        <translation>%1: the projects funded before the greedy step are invalid (index %2).</translation>
    </message>
    <message>
        <source>Funded %1, in the earlier stage of the count (%2; it cost %3).</source>
        <translation>Funded %1, in the earlier stage of the count (%2; it cost %3).</translation>
    </message>
    <message>
        <source>Funded %1: %2; it costs nothing.</source>
        <translation>Funded %1: %2; it costs nothing.</translation>
    </message>
    <message>
        <source>Funded %1: nobody voted for it, but it cost %2 and %3 was still available once every project with votes had had its turn.</source>
        <translation>Funded %1: nobody voted for it, but it cost %2 and %3 was still available once every project with votes had had its turn.</translation>
    </message>
    <message>
        <source>Funded %1: %2; it cost %3 and %4 was still available.</source>
        <translation>Funded %1: %2; it cost %3 and %4 was still available.</translation>
    </message>
    <message>
        <source>Funded %1: %2 for a cost of %3 (projects are taken by votes per unit of cost); %4 was still available.</source>
        <translation>Funded %1: %2 for a cost of %3 (projects are taken by votes per unit of cost); %4 was still available.</translation>
    </message>
    <message>
        <source>Not funded: %1, but it costs %2, more than the whole budget of %3.</source>
        <translation>Not funded: %1, but it costs %2, more than the whole budget of %3.</translation>
    </message>
    <message>
        <source>Not funded: %1, but it costs %2 and only %3 was left when its turn came.</source>
        <translation>Not funded: %1, but it costs %2 and only %3 was left when its turn came.</translation>
    </message>
    <message>
        <source>Not funded: %1 for a cost of %2 (projects are taken by votes per unit of cost), and only %3 was left when its turn came.</source>
        <translation>Not funded: %1 for a cost of %2 (projects are taken by votes per unit of cost), and only %3 was left when its turn came.</translation>
    </message>
</context>
<context>
    <name>pbvote::counting::MaxWelfare</name>
    <message>
        <source>%1: project %2 has a negative cost (%3).</source>
        <translation>%1: project %2 has a negative cost (%3).</translation>
    </message>
    <message>
        <source>%1 is too large to find the best combination of projects exactly: the search went past %2 steps (the configured limit). No result is given rather than one that might not be the best.</source>
        <translation>%1 is too large to find the best combination of projects exactly: the search went past %2 steps (the configured limit). No result is given rather than one that might not be the best.</translation>
    </message>
    <message>
        <source>Funded: %1 for %2. It is part of the best combination: the projects whose votes, each counted as many times as the project costs, add up to the most without going over the budget of %3.</source>
        <translation>Funded: %1 for %2. It is part of the best combination: the projects whose votes, each counted as many times as the project costs, add up to the most without going over the budget of %3.</translation>
    </message>
    <message>
        <source>Not funded: it costs %1, more than the whole budget of %2.</source>
        <translation>Not funded: it costs %1, more than the whole budget of %2.</translation>
    </message>
    <message>
        <source>Not funded: nobody voted for it.</source>
        <translation>Not funded: nobody voted for it.</translation>
    </message>
    <message>
        <source>Not funded: it costs nothing, so under this rule (votes counted as many times as the project costs) it adds nothing to the total, and the rule funds only projects that do.</source>
        <translation>Not funded: it costs nothing, so under this rule (votes counted as many times as the project costs) it adds nothing to the total, and the rule funds only projects that do.</translation>
    </message>
    <message>
        <source>Not funded: %1 for %2. The best combination of projects within the budget of %3 does not include it.</source>
        <translation>Not funded: %1 for %2. The best combination of projects within the budget of %3 does not include it.</translation>
    </message>
</context>
<context>
    <name>pbvote::counting::Phragmen</name>
    <message>
        <source>about %1</source>
        <translation>about %1</translation>
    </message>
    <message>
        <source>%1: sequential Phragmén applies to approval ballots only.</source>
        <translation>%1: sequential Phragmén applies to approval ballots only.</translation>
    </message>
    <message>
        <source>%1: project %2 has a negative cost (%3).</source>
        <translation>%1: project %2 has a negative cost (%3).</translation>
    </message>
    <message>
        <source>%1: voter %2 names a project that does not exist.</source>
        <translation>%1: voter %2 names a project that does not exist.</translation>
    </message>
    <message>
        <source>Funded %1: nobody voted for it, but it cost %2 and %3 was still available after every project with votes.</source>
        <translation>Funded %1: nobody voted for it, but it cost %2 and %3 was still available after every project with votes.</translation>
    </message>
    <message>
        <source>Funded %1: its %2 shared its cost of %3, and each of them ended up with a load of %4, the smallest any project could give its supporters at that point.</source>
        <translation>Funded %1: its %2 shared its cost of %3, and each of them ended up with a load of %4, the smallest any project could give its supporters at that point.</translation>
    </message>
    <message>
        <source>Not funded: it costs %1, more than the whole budget of %2.</source>
        <translation>Not funded: it costs %1, more than the whole budget of %2.</translation>
    </message>
    <message>
        <source>Not funded: it was next in line (its %1 would each have carried a load of %2), but it costs %3 and only %4 was left, so the count stopped here.</source>
        <translation>Not funded: it was next in line (its %1 would each have carried a load of %2), but it costs %3 and only %4 was left, so the count stopped here.</translation>
    </message>
    <message>
        <source>Not funded: nobody voted for it; it costs %1 and only %2 was left, so the count stopped here.</source>
        <translation>Not funded: nobody voted for it; it costs %1 and only %2 was left, so the count stopped here.</translation>
    </message>
    <message>
        <source>Not funded: nobody voted for it.</source>
        <translation>Not funded: nobody voted for it.</translation>
    </message>
    <message>
        <source>Not funded: its %1 would each have had to carry a load of %2; the count stopped before its turn, when project %3 came next and no longer fitted in the %4 left.</source>
        <translation>Not funded: its %1 would each have had to carry a load of %2; the count stopped before its turn, when project %3 came next and no longer fitted in the %4 left.</translation>
    </message>
</context>
<context>
    <name>pbvote::counting::RuleRegistry</name>
    <message>
        <source>Greedy by votes</source>
        <translation>Greedy by votes</translation>
    </message>
    <message>
        <source>Projects are taken in order of their number of votes, most votes first. A project that no longer fits in the money left is skipped, and the count goes on with the next one until every project has had its turn.</source>
        <translation>Projects are taken in order of their number of votes, most votes first. A project that no longer fits in the money left is skipped, and the count goes on with the next one until every project has had its turn.</translation>
    </message>
    <message>
        <source>Greedy by votes per cost</source>
        <translation>Greedy by votes per cost</translation>
    </message>
    <message>
        <source>Projects are taken in order of their number of votes divided by their cost, so cheaper projects with many votes come first. A project that no longer fits in the money left is skipped, and the count goes on until every project has had its turn.</source>
        <translation>Projects are taken in order of their number of votes divided by their cost, so cheaper projects with many votes come first. A project that no longer fits in the money left is skipped, and the count goes on until every project has had its turn.</translation>
    </message>
    <message>
        <source>Method of Equal Shares (cost)</source>
        <translation>Method of Equal Shares (cost)</translation>
    </message>
    <message>
        <source>The budget is divided equally among the voters. A project is funded when its supporters can pay for it together from their shares, paying as equally as possible; the project whose supporters pay the least per unit of benefit goes first, where a project&apos;s benefit to a supporter is its cost. Money may be left unspent.</source>
        <translation>The budget is divided equally among the voters. A project is funded when its supporters can pay for it together from their shares, paying as equally as possible; the project whose supporters pay the least per unit of benefit goes first, where a project&apos;s benefit to a supporter is its cost. Money may be left unspent.</translation>
    </message>
    <message>
        <source>Method of Equal Shares (approval)</source>
        <translation>Method of Equal Shares (approval)</translation>
    </message>
    <message>
        <source>The budget is divided equally among the voters. A project is funded when its supporters can pay for it together from their shares, paying as equally as possible; the project whose supporters pay the least each goes first (every supported project counts the same to a voter). Money may be left unspent.</source>
        <translation>The budget is divided equally among the voters. A project is funded when its supporters can pay for it together from their shares, paying as equally as possible; the project whose supporters pay the least each goes first (every supported project counts the same to a voter). Money may be left unspent.</translation>
    </message>
    <message>
        <source>Equal Shares (cost), then greedy</source>
        <translation>Equal Shares (cost), then greedy</translation>
    </message>
    <message>
        <source>The Method of Equal Shares with benefit equal to cost, then the money left is spent by the greedy rule: remaining projects in order of votes, skipping those that no longer fit.</source>
        <translation>The Method of Equal Shares with benefit equal to cost, then the money left is spent by the greedy rule: remaining projects in order of votes, skipping those that no longer fit.</translation>
    </message>
    <message>
        <source>Equal Shares (approval), then greedy</source>
        <translation>Equal Shares (approval), then greedy</translation>
    </message>
    <message>
        <source>The Method of Equal Shares with every supported project counting the same, then the money left is spent by the greedy rule: remaining projects in order of votes, skipping those that no longer fit.</source>
        <translation>The Method of Equal Shares with every supported project counting the same, then the money left is spent by the greedy rule: remaining projects in order of votes, skipping those that no longer fit.</translation>
    </message>
    <message>
        <source>Equal Shares (cost), raised shares</source>
        <translation>Equal Shares (cost), raised shares</translation>
    </message>
    <message>
        <source>Equal Shares (approval), raised shares</source>
        <translation>Equal Shares (approval), raised shares</translation>
    </message>
    <message>
        <source>Sequential Phragmén</source>
        <translation>Sequential Phragmén</translation>
    </message>
    <message>
        <source>Supporters share the cost of each funded project, and the count keeps the largest total any voter has paid (their load) as small as possible: each round funds the project whose supporters would end with the smallest equal load. The count stops when the next project no longer fits in the money left. Approval ballots only.</source>
        <translation>Supporters share the cost of each funded project, and the count keeps the largest total any voter has paid (their load) as small as possible: each round funds the project whose supporters would end with the smallest equal load. The count stops when the next project no longer fits in the money left. Approval ballots only.</translation>
    </message>
    <message>
        <source>Maximum total satisfaction</source>
        <translation>Maximum total satisfaction</translation>
    </message>
    <message>
        <source>The combination of projects within the budget whose votes, each counted as many times as the project costs, add up to the most. Found exactly; a round too large to solve exactly gets an error, never an approximation.</source>
        <translation>The combination of projects within the budget whose votes, each counted as many times as the project costs, add up to the most. Found exactly; a round too large to solve exactly gets an error, never an approximation.</translation>
    </message>
    <message>
        <source>Equal Shares (cost), raised shares as on equalshares.net</source>
        <translation>Equal Shares (cost), raised shares as on equalshares.net</translation>
    </message>
    <message>
        <source>The Method of Equal Shares with benefit equal to cost, rerun with every voter&apos;s share raised by one unit at a time for as long as the result still fits in the budget — also past the first result that leaves too little for any other project, as equalshares.net counts (this reproduces Wieliczka&apos;s official 2023 result); the money then left is spent by the greedy rule.</source>
        <translation>The Method of Equal Shares with benefit equal to cost, rerun with every voter&apos;s share raised by one unit at a time for as long as the result still fits in the budget — also past the first result that leaves too little for any other project, as equalshares.net counts (this reproduces Wieliczka&apos;s official 2023 result); the money then left is spent by the greedy rule.</translation>
    </message>
    <message>
        <source>Method of Equal Shares (points)</source>
        <translation>Method of Equal Shares (points)</translation>
    </message>
    <message>
        <source>The Method of Equal Shares for cumulative or scoring ballots: a voter&apos;s benefit from a project is the number of points they gave it.</source>
        <translation>The Method of Equal Shares for cumulative or scoring ballots: a voter&apos;s benefit from a project is the number of points they gave it.</translation>
    </message>
    <message>
        <source>Equal Shares (points), raised shares</source>
        <translation>Equal Shares (points), raised shares</translation>
    </message>
    <message>
        <source>Method of Equal Shares (ranking)</source>
        <translation>Method of Equal Shares (ranking)</translation>
    </message>
    <message>
        <source>The Method of Equal Shares for ranked ballots: a voter&apos;s benefit from a project is the number of projects they ranked below it (Borda score).</source>
        <translation>The Method of Equal Shares for ranked ballots: a voter&apos;s benefit from a project is the number of projects they ranked below it (Borda score).</translation>
    </message>
    <message>
        <source>Equal Shares (ranking), raised shares</source>
        <translation>Equal Shares (ranking), raised shares</translation>
    </message>
    <message>
        <source>The Method of Equal Shares with benefit equal to cost, rerun with every voter&apos;s share raised by one unit at a time until the result leaves too little money for any other project or would no longer fit in the real budget; the money then left is spent by the greedy rule.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Method of Equal Shares with every supported project counting the same, rerun with every voter&apos;s share raised by one unit at a time until the result leaves too little money for any other project or would no longer fit in the real budget; the money then left is spent by the greedy rule.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Method of Equal Shares with points as benefit, rerun with every voter&apos;s share raised by one unit at a time until the result leaves too little money for any other project or would no longer fit in the real budget; the money then left is spent by the greedy rule.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Method of Equal Shares with Borda scores as benefit, rerun with every voter&apos;s share raised by one unit at a time until the result leaves too little money for any other project or would no longer fit in the real budget; the money then left is spent by the greedy rule.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pbvote::counting::TieBreak</name>
    <message>
        <source>project id, the smallest as text first (&quot;10&quot; before &quot;9&quot;)</source>
        <comment>tie-breaking, after &quot;ties broken by&quot;</comment>
        <translation>project id, the smallest as text first (&quot;10&quot; before &quot;9&quot;)</translation>
    </message>
    <message>
        <source>lower cost first, then project id</source>
        <comment>tie-breaking, after &quot;ties broken by&quot;</comment>
        <translation>lower cost first, then project id</translation>
    </message>
    <message>
        <source>more votes first, then project id</source>
        <comment>tie-breaking, after &quot;ties broken by&quot;</comment>
        <translation>more votes first, then project id</translation>
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
    <message>
        <source>Choose the projects you would like the city to fund. Each budget below says how much its projects can cost together.</source>
        <translation>Choose the projects you would like the city to fund. Each budget below says how much its projects can cost together.</translation>
    </message>
    <message>
        <source>You are voting for projects in %1 and city-wide.</source>
        <translation>You are voting for projects in %1 and city-wide.</translation>
    </message>
    <message>
        <source>You are voting for projects in %1.</source>
        <translation>You are voting for projects in %1.</translation>
    </message>
    <message>
        <source>This code was withdrawn by the organizers. A librarian can give you a new one.</source>
        <translation>This code was withdrawn by the organizers. A librarian can give you a new one.</translation>
    </message>
    <message>
        <source>This code was withdrawn by the organizers, so this ballot was not recorded. A librarian can give you a new one.</source>
        <translation>This code was withdrawn by the organizers, so this ballot was not recorded. A librarian can give you a new one.</translation>
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
