<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar_EG">
<context>
    <name>AccessPage</name>
    <message>
        <source>Type your access code</source>
        <translation>اكتب رمز الدخول</translation>
    </message>
    <message>
        <source>The code is on your voting slip: 12 letters and numbers. Each code can vote once.</source>
        <translation>الرمز مطبوع على قسيمة التصويت الخاصة بك، ويتكون من 12 حرفًا ورقمًا. يمكن التصويت بكل رمز مرة واحدة فقط.</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>متابعة</translation>
    </message>
    <message>
        <source>Continue with this code</source>
        <translation>المتابعة بهذا الرمز</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>رجوع</translation>
    </message>
    <message>
        <source>Code not accepted? A librarian can check it for you.</source>
        <translation>لم يُقبل الرمز؟ يمكن لأحد موظفي المكتبة التحقق منه.</translation>
    </message>
    <message>
        <source>Demonstration round: you can use one of these codes: %1</source>
        <translation>جولة تجريبية: يمكنك استخدام أحد هذه الرموز: %1</translation>
    </message>
</context>
<context>
    <name>AuditReport</name>
    <message>
        <source>, </source>
        <comment>between check ids</comment>
        <translation>، </translation>
    </message>
    <message>
        <source>unknown (the record could not be read)</source>
        <translation>غير معروف (تعذّرت قراءة السجل)</translation>
    </message>
    <message>
        <source>Election</source>
        <translation>الاقتراع</translation>
    </message>
    <message>
        <source>Election id</source>
        <translation>معرّف الاقتراع</translation>
    </message>
    <message>
        <source>Record format version</source>
        <translation>إصدار تنسيق السجل</translation>
    </message>
    <message>
        <source>Key that signed the record (fingerprint)</source>
        <translation>المفتاح الذي وقّع السجل (البصمة)</translation>
    </message>
    <message>
        <source>File</source>
        <translation>الملف</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>الحجم</translation>
    </message>
    <message>
        <source>%1 (%2 bytes)</source>
        <translation>%1 (%2 بايت)</translation>
    </message>
    <message>
        <source>SHA-256 of the file</source>
        <translation>قيمة SHA-256 للملف</translation>
    </message>
    <message>
        <source>unknown (the file could not be read)</source>
        <translation>غير معروف (تعذّرت قراءة الملف)</translation>
    </message>
    <message>
        <source>Verified on</source>
        <translation>تاريخ التحقق</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>local time (UTC time)</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Verified with</source>
        <translation>تم التحقق باستخدام</translation>
    </message>
    <message>
        <source>pbvote %1</source>
        <translation>pbvote %1</translation>
    </message>
    <message>
        <source>Receipt %1 is NOT in this record. Check the code; if it is right, report it to the organizers and the auditors.</source>
        <translation>الإيصال %1 غير موجود في هذا السجل. تحقّق من الرمز؛ وإن كان صحيحًا فأبلغ المنظِّمين والمدقّقين.</translation>
    </message>
    <message>
        <source>Receipt %1 is in the record: ballot %2 (number %3 in the record&apos;s list), cast at kiosk %4, batch %5.</source>
        <translation>الإيصال %1 موجود في السجل: ورقة الاقتراع %2 (رقم %3 في قائمة السجل)، أُدلي بها في الجهاز %4، الدفعة %5.</translation>
    </message>
    <message>
        <source>Its kiosk&apos;s signature is valid.</source>
        <translation>توقيع الجهاز عليها صالح.</translation>
    </message>
    <message>
        <source>Its signature does NOT verify: report this to the auditors.</source>
        <translation>توقيعها غير صالح: أبلغ المدقّقين بذلك.</translation>
    </message>
    <message>
        <source>It is counted in the result.</source>
        <translation>وهي محتسبة في النتيجة.</translation>
    </message>
    <message>
        <source>It is NOT counted in any result of this record; the receipt check below says why.</source>
        <translation>وهي غير محتسبة في أي نتيجة من نتائج هذا السجل؛ يوضح فحص الإيصال أدناه السبب.</translation>
    </message>
    <message>
        <source>The voter&apos;s receipt</source>
        <translation>إيصال الناخب</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>الفحص</translation>
    </message>
    <message>
        <source>What it checks</source>
        <translation>ما الذي يفحصه</translation>
    </message>
    <message>
        <source>Warnings to read:</source>
        <translation>تحذيرات تجب قراءتها:</translation>
    </message>
    <message>
        <source>Problems found:</source>
        <translation>المشكلات التي وُجدت:</translation>
    </message>
    <message>
        <source>Why it did not run:</source>
        <translation>سبب عدم إجرائه:</translation>
    </message>
    <message>
        <source>What was checked:</source>
        <translation>ما الذي فُحص:</translation>
    </message>
    <message>
        <source>The published result matches the ballots</source>
        <translation>النتيجة المنشورة مطابقة لأوراق الاقتراع</translation>
    </message>
    <message>
        <source>Every check passed; the record holds no result yet</source>
        <translation>اجتازت كل الفحوصات؛ ولا يحتوي السجل على نتيجة بعد</translation>
    </message>
    <message>
        <source>The published result matches the ballots, with warnings to read</source>
        <translation>النتيجة المنشورة مطابقة لأوراق الاقتراع، مع تحذيرات تجب قراءتها</translation>
    </message>
    <message>
        <source>Every check passed, with warnings to read; the record holds no result yet</source>
        <translation>اجتازت كل الفحوصات مع تحذيرات تجب قراءتها؛ ولا يحتوي السجل على نتيجة بعد</translation>
    </message>
    <message>
        <source>Verification FAILED: no check could run</source>
        <translation>فشل التحقق: تعذّر إجراء أي فحص</translation>
    </message>
    <message numerus="yes">
        <source>Verification FAILED: %n check(s) found problems</source>
        <translation>
            <numerusform>فشل التحقق: عدد الفحوصات التي وجدت مشكلات: %n</numerusform>
            <numerusform>فشل التحقق: عدد الفحوصات التي وجدت مشكلات: %n</numerusform>
            <numerusform>فشل التحقق: عدد الفحوصات التي وجدت مشكلات: %n</numerusform>
            <numerusform>فشل التحقق: عدد الفحوصات التي وجدت مشكلات: %n</numerusform>
            <numerusform>فشل التحقق: عدد الفحوصات التي وجدت مشكلات: %n</numerusform>
            <numerusform>فشل التحقق: عدد الفحوصات التي وجدت مشكلات: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n check(s) ran without finding a problem.</source>
        <translation>
            <numerusform>عدد الفحوصات التي أُجريت دون أن تجد أي مشكلة: %n.</numerusform>
            <numerusform>عدد الفحوصات التي أُجريت دون أن تجد أي مشكلة: %n.</numerusform>
            <numerusform>عدد الفحوصات التي أُجريت دون أن تجد أي مشكلة: %n.</numerusform>
            <numerusform>عدد الفحوصات التي أُجريت دون أن تجد أي مشكلة: %n.</numerusform>
            <numerusform>عدد الفحوصات التي أُجريت دون أن تجد أي مشكلة: %n.</numerusform>
            <numerusform>عدد الفحوصات التي أُجريت دون أن تجد أي مشكلة: %n.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Read the warning of %1 below.</source>
        <translation>
            <numerusform>اقرأ التحذير الخاص بـ %1 أدناه.</numerusform>
            <numerusform>اقرأ التحذير الخاص بـ %1 أدناه.</numerusform>
            <numerusform>اقرأ التحذيرين الخاصين بـ %1 أدناه.</numerusform>
            <numerusform>اقرأ التحذيرات الخاصة بـ %1 أدناه.</numerusform>
            <numerusform>اقرأ التحذيرات الخاصة بـ %1 أدناه.</numerusform>
            <numerusform>اقرأ التحذيرات الخاصة بـ %1 أدناه.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n check(s) did not run (see why below).</source>
        <translation>
            <numerusform>عدد الفحوصات التي لم تُجرَ: %n (انظر السبب أدناه).</numerusform>
            <numerusform>عدد الفحوصات التي لم تُجرَ: %n (انظر السبب أدناه).</numerusform>
            <numerusform>عدد الفحوصات التي لم تُجرَ: %n (انظر السبب أدناه).</numerusform>
            <numerusform>عدد الفحوصات التي لم تُجرَ: %n (انظر السبب أدناه).</numerusform>
            <numerusform>عدد الفحوصات التي لم تُجرَ: %n (انظر السبب أدناه).</numerusform>
            <numerusform>عدد الفحوصات التي لم تُجرَ: %n (انظر السبب أدناه).</numerusform>
        </translation>
    </message>
    <message>
        <source>Failed: %1.</source>
        <translation>الفحوصات التي فشلت: %1.</translation>
    </message>
    <message>
        <source>Do not trust this record until the organizers explain every problem listed below.</source>
        <translation>لا تثق بهذا السجل حتى يشرح المنظِّمون كل مشكلة مذكورة أدناه.</translation>
    </message>
    <message>
        <source>Passed</source>
        <translation>ناجح</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>تحذير</translation>
    </message>
    <message>
        <source>FAILED</source>
        <translation>فشل</translation>
    </message>
    <message>
        <source>Not run</source>
        <translation>لم يُجرَ</translation>
    </message>
    <message>
        <source>The authority&apos;s key was compared with the fingerprint you gave (%1): the record is signed by the key the organizers published.</source>
        <translation>قورن مفتاح السلطة بالبصمة التي أدخلتها (%1): السجل موقَّع بالمفتاح الذي نشره المنظِّمون.</translation>
    </message>
    <message>
        <source>The fingerprint you gave (%1) could not be compared: the record&apos;s key could not be read.</source>
        <translation>تعذّرت مقارنة البصمة التي أدخلتها (%1): تعذّرت قراءة مفتاح السجل.</translation>
    </message>
    <message>
        <source>The fingerprint you gave (%1) is NOT the one of the key that signed this record (%2).</source>
        <translation>البصمة التي أدخلتها (%1) ليست بصمة المفتاح الذي وقّع هذا السجل (%2).</translation>
    </message>
    <message>
        <source>The authority&apos;s key was NOT compared with a published fingerprint.</source>
        <translation>لم يُقارَن مفتاح السلطة ببصمة منشورة.</translation>
    </message>
    <message>
        <source>The authority&apos;s key was NOT compared with a published fingerprint: the key in the record (%1) was trusted. Compare it with the fingerprint on the city&apos;s poster or website.</source>
        <translation>لم يُقارَن مفتاح السلطة ببصمة منشورة: اعتُمد المفتاح الموجود في السجل (%1). قارنه بالبصمة المنشورة على ملصق المدينة أو موقعها الإلكتروني.</translation>
    </message>
    <message numerus="yes">
        <source>%n witness code(s) written down at the kiosks were compared with the record.</source>
        <translation>
            <numerusform>قورنت رموز التوثيق المدوّنة عند أجهزة التصويت بالسجل، وعددها: %n.</numerusform>
            <numerusform>قورنت رموز التوثيق المدوّنة عند أجهزة التصويت بالسجل، وعددها: %n.</numerusform>
            <numerusform>قورنت رموز التوثيق المدوّنة عند أجهزة التصويت بالسجل، وعددها: %n.</numerusform>
            <numerusform>قورنت رموز التوثيق المدوّنة عند أجهزة التصويت بالسجل، وعددها: %n.</numerusform>
            <numerusform>قورنت رموز التوثيق المدوّنة عند أجهزة التصويت بالسجل، وعددها: %n.</numerusform>
            <numerusform>قورنت رموز التوثيق المدوّنة عند أجهزة التصويت بالسجل، وعددها: %n.</numerusform>
        </translation>
    </message>
    <message>
        <source>No witness codes were given: the kiosks&apos; checkpoints were not compared with what the poll workers wrote down.</source>
        <translation>لم تُدخَل رموز توثيق: لم تُقارَن نقاط التحقق في أجهزة التصويت بما دوّنه موظفو الاقتراع.</translation>
    </message>
    <message>
        <source>The election key was used: every sealed vote was opened and compared with the published opened ballots.</source>
        <translation>استُخدم مفتاح الاقتراع: فُتح كل صوت مختوم وقورن بأوراق الاقتراع المفتوحة المنشورة.</translation>
    </message>
    <message>
        <source>The election key was not used (only a trusted auditor holds it): the sealed votes were not opened; the count was checked on the published opened ballots.</source>
        <translation>لم يُستخدم مفتاح الاقتراع (لا يملكه إلا مدقّق موثوق): لم تُفتح الأصوات المختومة؛ وفُحص العدّ على أوراق الاقتراع المفتوحة المنشورة.</translation>
    </message>
    <message>
        <source>A voter&apos;s receipt (%1) was looked up.</source>
        <translation>جرى البحث عن إيصال ناخب (%1).</translation>
    </message>
    <message>
        <source>No voter&apos;s receipt was looked up.</source>
        <translation>لم يُبحث عن أي إيصال ناخب.</translation>
    </message>
    <message>
        <source>Audit of an election record</source>
        <translation>تدقيق سجل اقتراع</translation>
    </message>
    <message>
        <source>Audit of the election record of %1</source>
        <translation>تدقيق سجل الاقتراع الخاص بـ %1</translation>
    </message>
    <message>
        <source>What was verified, and what was not</source>
        <translation>ما الذي جرى التحقق منه وما الذي لم يجرِ</translation>
    </message>
    <message>
        <source>The record</source>
        <translation>السجل</translation>
    </message>
    <message>
        <source>The checks</source>
        <translation>الفحوصات</translation>
    </message>
    <message>
        <source>&quot;Warning&quot;: the check passed, but a person must read why. &quot;Not run&quot;: there was nothing to check, or what it needs was not given.</source>
        <translation>«تحذير»: اجتاز الفحص، لكن يجب أن يقرأ شخص سبب التحذير. «لم يُجرَ»: لم يكن هناك ما يُفحص، أو لم يُقدَّم ما يحتاجه الفحص.</translation>
    </message>
    <message>
        <source>Each check in detail</source>
        <translation>كل فحص بالتفصيل</translation>
    </message>
    <message>
        <source>Anyone can repeat these checks on the same file (same SHA-256) with the command &quot;pbvote verify&quot; or the pbvote-audit program; docs/election-record.md describes every check.</source>
        <translation>يمكن لأي شخص إعادة هذه الفحوصات على الملف نفسه (قيمة SHA-256 نفسها) باستخدام الأمر &quot;pbvote verify&quot; أو برنامج pbvote-audit؛ ويصف الملف docs/election-record.md كل فحص.</translation>
    </message>
    <message>
        <source>Cannot write the audit report to &quot;%1&quot;: %2</source>
        <translation>تعذّرت كتابة تقرير التدقيق في &quot;%1&quot;: %2</translation>
    </message>
    <message>
        <source>Ballots</source>
        <translation>أوراق الاقتراع</translation>
    </message>
    <message>
        <source>Kiosks</source>
        <translation>أجهزة التصويت</translation>
    </message>
    <message>
        <source>Checkpoints</source>
        <translation>نقاط التحقق</translation>
    </message>
    <message>
        <source>Logged events</source>
        <translation>الأحداث المسجّلة</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>النتائج</translation>
    </message>
</context>
<context>
    <name>Ballot</name>
    <message>
        <source>There is no project number %1 on this ballot.</source>
        <translation>لا يوجد مشروع رقم %1 في ورقة الاقتراع هذه.</translation>
    </message>
    <message numerus="yes">
        <source>You can choose up to %n project(s). To choose this one, first remove another.</source>
        <translation>
            <numerusform>يمكنك اختيار %n مشروع كحد أقصى. لاختيار هذا المشروع، ألغِ اختيار مشروع آخر أولًا.</numerusform>
            <numerusform>يمكنك اختيار %n مشروع كحد أقصى. لاختيار هذا المشروع، ألغِ اختيار مشروع آخر أولًا.</numerusform>
            <numerusform>يمكنك اختيار %n مشروعين كحد أقصى. لاختيار هذا المشروع، ألغِ اختيار مشروع آخر أولًا.</numerusform>
            <numerusform>يمكنك اختيار %n مشاريع كحد أقصى. لاختيار هذا المشروع، ألغِ اختيار مشروع آخر أولًا.</numerusform>
            <numerusform>يمكنك اختيار %n مشروعًا كحد أقصى. لاختيار هذا المشروع، ألغِ اختيار مشروع آخر أولًا.</numerusform>
            <numerusform>يمكنك اختيار %n مشروع كحد أقصى. لاختيار هذا المشروع، ألغِ اختيار مشروع آخر أولًا.</numerusform>
        </translation>
    </message>
    <message>
        <source>This project costs %1, but only %2 of the budget is left. Remove a project to make room, or choose one that costs less.</source>
        <translation>تكلفة هذا المشروع %1، لكن المتبقي من الميزانية %2 فقط. ألغِ اختيار مشروع لتوفير المبلغ، أو اختر مشروعًا أقل تكلفة.</translation>
    </message>
    <message>
        <source>Points cannot go below zero.</source>
        <translation>لا يمكن أن تقل النقاط عن صفر.</translation>
    </message>
    <message numerus="yes">
        <source>One project can get at most %n point(s).</source>
        <translation>
            <numerusform>يمكن أن يحصل المشروع الواحد على %n نقطة كحد أقصى.</numerusform>
            <numerusform>يمكن أن يحصل المشروع الواحد على %n نقطة كحد أقصى.</numerusform>
            <numerusform>يمكن أن يحصل المشروع الواحد على %n نقطتين كحد أقصى.</numerusform>
            <numerusform>يمكن أن يحصل المشروع الواحد على %n نقاط كحد أقصى.</numerusform>
            <numerusform>يمكن أن يحصل المشروع الواحد على %n نقطةً كحد أقصى.</numerusform>
            <numerusform>يمكن أن يحصل المشروع الواحد على %n نقطة كحد أقصى.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>All %n point(s) are given. Take a point from another project first.</source>
        <translation>
            <numerusform>لقد وزّعت كل نقاطك (%n). اسحب نقطة من مشروع آخر أولًا.</numerusform>
            <numerusform>لقد وزّعت كل نقاطك (%n). اسحب نقطة من مشروع آخر أولًا.</numerusform>
            <numerusform>لقد وزّعت كل نقاطك (%n). اسحب نقطة من مشروع آخر أولًا.</numerusform>
            <numerusform>لقد وزّعت كل نقاطك (%n). اسحب نقطة من مشروع آخر أولًا.</numerusform>
            <numerusform>لقد وزّعت كل نقاطك (%n). اسحب نقطة من مشروع آخر أولًا.</numerusform>
            <numerusform>لقد وزّعت كل نقاطك (%n). اسحب نقطة من مشروع آخر أولًا.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>You can give points to up to %n project(s). Take all points from another project first.</source>
        <translation>
            <numerusform>يمكنك منح النقاط إلى %n مشروع كحد أقصى. اسحب كل النقاط من مشروع آخر أولًا.</numerusform>
            <numerusform>يمكنك منح النقاط إلى %n مشروع كحد أقصى. اسحب كل النقاط من مشروع آخر أولًا.</numerusform>
            <numerusform>يمكنك منح النقاط إلى %n مشروعين كحد أقصى. اسحب كل النقاط من مشروع آخر أولًا.</numerusform>
            <numerusform>يمكنك منح النقاط إلى %n مشاريع كحد أقصى. اسحب كل النقاط من مشروع آخر أولًا.</numerusform>
            <numerusform>يمكنك منح النقاط إلى %n مشروعًا كحد أقصى. اسحب كل النقاط من مشروع آخر أولًا.</numerusform>
            <numerusform>يمكنك منح النقاط إلى %n مشروع كحد أقصى. اسحب كل النقاط من مشروع آخر أولًا.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>You can rank up to %n project(s). To rank this one, first remove another.</source>
        <translation>
            <numerusform>يمكنك ترتيب %n مشروع كحد أقصى. لترتيب هذا المشروع، أزل مشروعًا آخر من الترتيب أولًا.</numerusform>
            <numerusform>يمكنك ترتيب %n مشروع كحد أقصى. لترتيب هذا المشروع، أزل مشروعًا آخر من الترتيب أولًا.</numerusform>
            <numerusform>يمكنك ترتيب %n مشروعين كحد أقصى. لترتيب هذا المشروع، أزل مشروعًا آخر من الترتيب أولًا.</numerusform>
            <numerusform>يمكنك ترتيب %n مشاريع كحد أقصى. لترتيب هذا المشروع، أزل مشروعًا آخر من الترتيب أولًا.</numerusform>
            <numerusform>يمكنك ترتيب %n مشروعًا كحد أقصى. لترتيب هذا المشروع، أزل مشروعًا آخر من الترتيب أولًا.</numerusform>
            <numerusform>يمكنك ترتيب %n مشروع كحد أقصى. لترتيب هذا المشروع، أزل مشروعًا آخر من الترتيب أولًا.</numerusform>
        </translation>
    </message>
    <message>
        <source>This project is not ranked yet.</source>
        <translation>هذا المشروع غير مرتَّب بعد.</translation>
    </message>
    <message>
        <source>The ballot names a project that is not on this round&apos;s ballot (position %1).</source>
        <translation>تذكر ورقة الاقتراع مشروعًا غير موجود في ورقة اقتراع هذه الجولة (الموضع %1).</translation>
    </message>
    <message>
        <source>Project %1 is chosen more than once.</source>
        <translation>المشروع %1 مختار أكثر من مرة.</translation>
    </message>
    <message numerus="yes">
        <source>Choose at least %n project(s); this ballot has %1.</source>
        <translation>
            <numerusform>اختر %n مشروع على الأقل؛ عدد المشاريع في ورقة الاقتراع هذه: %1.</numerusform>
            <numerusform>اختر %n مشروع على الأقل؛ عدد المشاريع في ورقة الاقتراع هذه: %1.</numerusform>
            <numerusform>اختر %n مشروعين على الأقل؛ عدد المشاريع في ورقة الاقتراع هذه: %1.</numerusform>
            <numerusform>اختر %n مشاريع على الأقل؛ عدد المشاريع في ورقة الاقتراع هذه: %1.</numerusform>
            <numerusform>اختر %n مشروعًا على الأقل؛ عدد المشاريع في ورقة الاقتراع هذه: %1.</numerusform>
            <numerusform>اختر %n مشروع على الأقل؛ عدد المشاريع في ورقة الاقتراع هذه: %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Choose at most %n project(s); this ballot has %1.</source>
        <translation>
            <numerusform>اختر %n مشروع كحد أقصى؛ عدد المشاريع في ورقة الاقتراع هذه: %1.</numerusform>
            <numerusform>اختر %n مشروع كحد أقصى؛ عدد المشاريع في ورقة الاقتراع هذه: %1.</numerusform>
            <numerusform>اختر %n مشروعين كحد أقصى؛ عدد المشاريع في ورقة الاقتراع هذه: %1.</numerusform>
            <numerusform>اختر %n مشاريع كحد أقصى؛ عدد المشاريع في ورقة الاقتراع هذه: %1.</numerusform>
            <numerusform>اختر %n مشروعًا كحد أقصى؛ عدد المشاريع في ورقة الاقتراع هذه: %1.</numerusform>
            <numerusform>اختر %n مشروع كحد أقصى؛ عدد المشاريع في ورقة الاقتراع هذه: %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>the %1 budget</source>
        <translation>ميزانية %1</translation>
    </message>
    <message>
        <source>the budget</source>
        <translation>الميزانية</translation>
    </message>
    <message>
        <source>The chosen projects cost %1 %3, more than %2 of %4 %3.</source>
        <translation>تكلفة المشاريع المختارة %1 %3، وهذا أكثر من %2 البالغة %4 %3.</translation>
    </message>
    <message>
        <source>Choose projects worth at least %1% of the budget; this selection uses %2 of %3 %4.</source>
        <translation>اختر مشاريع تساوي %1% من الميزانية على الأقل؛ هذا الاختيار يستخدم %2 من %3 %4.</translation>
    </message>
    <message>
        <source>Project %1 is given %2 points; give each chosen project at least 1 point.</source>
        <translation>نقاط المشروع %1: %2؛ امنح كل مشروع مختار نقطة واحدة على الأقل.</translation>
    </message>
    <message>
        <source>Project %1 is given %2 points; at most %3 points may go to one project.</source>
        <translation>نقاط المشروع %1: %2؛ الحد الأقصى للمشروع الواحد هو %3.</translation>
    </message>
    <message>
        <source>This ballot gives %1 points; only %2 points can be spread.</source>
        <translation>مجموع النقاط في ورقة الاقتراع هذه %1، ولا يمكن توزيع أكثر من %2.</translation>
    </message>
    <message>
        <source>This ballot gives %1 points; all %2 points must be given.</source>
        <translation>مجموع النقاط في ورقة الاقتراع هذه %1، ويجب توزيع كل النقاط وعددها %2.</translation>
    </message>
    <message>
        <source>Two projects share rank %1; give each project its own rank.</source>
        <translation>يوجد مشروعان في المرتبة %1؛ أعطِ كل مشروع مرتبة مختلفة.</translation>
    </message>
    <message numerus="yes">
        <source>Rank at most %n project(s); this ballot ranks %1.</source>
        <translation>
            <numerusform>رتّب %n مشروع كحد أقصى؛ عدد المشاريع المرتبة في ورقة الاقتراع هذه: %1.</numerusform>
            <numerusform>رتّب %n مشروع كحد أقصى؛ عدد المشاريع المرتبة في ورقة الاقتراع هذه: %1.</numerusform>
            <numerusform>رتّب %n مشروعين كحد أقصى؛ عدد المشاريع المرتبة في ورقة الاقتراع هذه: %1.</numerusform>
            <numerusform>رتّب %n مشاريع كحد أقصى؛ عدد المشاريع المرتبة في ورقة الاقتراع هذه: %1.</numerusform>
            <numerusform>رتّب %n مشروعًا كحد أقصى؛ عدد المشاريع المرتبة في ورقة الاقتراع هذه: %1.</numerusform>
            <numerusform>رتّب %n مشروع كحد أقصى؛ عدد المشاريع المرتبة في ورقة الاقتراع هذه: %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>On this ballot, give points or ranks to projects instead.</source>
        <translation>في ورقة الاقتراع هذه، امنح المشاريع نقاطًا أو رتبًا بدلًا من ذلك.</translation>
    </message>
    <message numerus="yes">
        <source>Only %n point(s) are left. Take points from another project first.</source>
        <translation>
            <numerusform>بقي %n نقطة فقط. خذ نقاطًا من مشروع آخر أولًا.</numerusform>
            <numerusform>بقيت نقطة واحدة فقط (%n). خذ نقاطًا من مشروع آخر أولًا.</numerusform>
            <numerusform>بقيت نقطتان فقط (%n). خذ نقاطًا من مشروع آخر أولًا.</numerusform>
            <numerusform>بقيت %n نقاط فقط. خذ نقاطًا من مشروع آخر أولًا.</numerusform>
            <numerusform>بقيت %n نقطة فقط. خذ نقاطًا من مشروع آخر أولًا.</numerusform>
            <numerusform>بقيت %n نقطة فقط. خذ نقاطًا من مشروع آخر أولًا.</numerusform>
        </translation>
    </message>
    <message>
        <source>This project is in %1. Your ballot is for %2, so you can choose projects in %2 and city-wide projects.</source>
        <translation>هذا المشروع في %1. ورقة اقتراعك خاصة بـ%2، لذا يمكنك اختيار مشاريع %2 والمشاريع على مستوى المدينة.</translation>
    </message>
    <message>
        <source>This round has no district &quot;%1&quot;.</source>
        <translation>لا توجد في هذه الجولة منطقة باسم «%1».</translation>
    </message>
</context>
<context>
    <name>BallotPage</name>
    <message>
        <source>Review my ballot</source>
        <translation>مراجعة ورقة الاقتراع</translation>
    </message>
    <message>
        <source>All projects</source>
        <translation>كل المشاريع</translation>
    </message>
    <message>
        <source>Show only %1</source>
        <translation>عرض %1 فقط</translation>
    </message>
</context>
<context>
    <name>BallotStore</name>
    <message>
        <source>libsodium could not be initialised.</source>
        <translation>تعذّرت تهيئة libsodium.</translation>
    </message>
    <message>
        <source>Cannot open database %1: %2</source>
        <translation>تعذّر فتح قاعدة البيانات %1: %2</translation>
    </message>
    <message>
        <source>Database %1: %2</source>
        <translation>قاعدة البيانات %1: %2</translation>
    </message>
    <message>
        <source>not a readable SQLite database (%1)</source>
        <translation>ليست قاعدة بيانات SQLite قابلة للقراءة (%1)</translation>
    </message>
    <message>
        <source>this is not a pbvote database (application id 0x%1)</source>
        <translation>هذه ليست قاعدة بيانات pbvote (معرّف التطبيق 0x%1)</translation>
    </message>
    <message>
        <source>the database was written by a newer pbvote (schema %1; this version knows up to %2)</source>
        <translation>كُتبت قاعدة البيانات بإصدار أحدث من pbvote (المخطط %1؛ ولا يعرف هذا الإصدار إلا المخططات حتى %2)</translation>
    </message>
    <message>
        <source>could not switch to write-ahead logging (journal mode is %1)</source>
        <translation>تعذّر التحويل إلى وضع التسجيل المسبق للكتابة WAL (وضع journal الحالي هو %1)</translation>
    </message>
    <message>
        <source>foreign key enforcement could not be turned on</source>
        <translation>تعذّر تفعيل فرض قيود المفاتيح الخارجية</translation>
    </message>
    <message>
        <source>synchronous=FULL could not be set</source>
        <translation>تعذّر ضبط synchronous=FULL</translation>
    </message>
    <message>
        <source>the database is damaged: %1</source>
        <translation>قاعدة البيانات تالفة: %1</translation>
    </message>
    <message>
        <source>cannot read the page size</source>
        <translation>تتعذّر قراءة حجم الصفحة</translation>
    </message>
    <message>
        <source>this database belongs to kiosk %1, not to kiosk %2</source>
        <translation>قاعدة البيانات هذه تخص الجهاز %1، لا الجهاز %2</translation>
    </message>
    <message>
        <source>crash detection is off for this session: %1</source>
        <translation>اكتشاف الأعطال معطَّل في هذه الجلسة: %1</translation>
    </message>
    <message>
        <source>Restarted after an interruption (a process that had the store open stopped without closing it)</source>
        <translation>أُعيد التشغيل بعد انقطاع (توقفت عملية كانت تفتح مخزن البيانات دون أن تغلقه)</translation>
    </message>
    <message>
        <source>migration to schema %1 failed: %2</source>
        <translation>فشل الترحيل إلى المخطط %1: %2</translation>
    </message>
    <message>
        <source>integrity check failed: %1</source>
        <translation>فشل فحص السلامة: %1</translation>
    </message>
    <message>
        <source>Round &quot;%1&quot; created with %2 projects</source>
        <translation>أُنشئت الجولة «%1»، وعدد مشاريعها %2</translation>
    </message>
    <message>
        <source>Imported vote %1 names a project that is not in the round.</source>
        <translation>يذكر الصوت المستورد رقم %1 مشروعًا ليس في الجولة.</translation>
    </message>
    <message>
        <source>Cannot store imported vote %1: %2</source>
        <translation>تعذّر حفظ الصوت المستورد رقم %1: %2</translation>
    </message>
    <message>
        <source>Round &quot;%1&quot; imported from %2 with %3 projects and %4 votes, for analysis</source>
        <translation>استُوردت الجولة «%1» من %2 للتحليل، وعدد مشاريعها %3 وعدد أصواتها %4</translation>
    </message>
    <message>
        <source>There is no round %1 in this database.</source>
        <translation>لا توجد جولة %1 في قاعدة البيانات هذه.</translation>
    </message>
    <message>
        <source>Round %1 has an unknown state &quot;%2&quot;.</source>
        <translation>الجولة %1 في حالة غير معروفة «%2».</translation>
    </message>
    <message>
        <source>Round %1 is %2: its ballot can only change while it is a draft.</source>
        <translation>الجولة %1 في الحالة %2: لا يمكن تغيير ورقة الاقتراع إلا والجولة مسودة.</translation>
    </message>
    <message>
        <source>Round %1 has no project %2.</source>
        <translation>لا يوجد في الجولة %1 مشروع %2.</translation>
    </message>
    <message>
        <source>Picture of project %1 removed</source>
        <translation>أُزيلت صورة المشروع %1</translation>
    </message>
    <message>
        <source>Picture of project %1 set</source>
        <translation>عُيّنت صورة المشروع %1</translation>
    </message>
    <message>
        <source>The picture for project %1 is neither a PNG nor a JPEG file.</source>
        <translation>صورة المشروع %1 ليست ملف PNG ولا ملف JPEG.</translation>
    </message>
    <message>
        <source>The picture for project %1 is %2 bytes; at most %3 bytes are allowed.</source>
        <translation>حجم صورة المشروع %1 هو %2 بايت؛ والحد الأقصى المسموح به %3 بايت.</translation>
    </message>
    <message>
        <source>A key needs a name.</source>
        <translation>يحتاج المفتاح إلى اسم.</translation>
    </message>
    <message>
        <source>Cannot store the %1 key &quot;%2&quot; (does it exist already?): %3</source>
        <translation>تعذّر حفظ المفتاح «%2» من النوع %1 (هل هو موجود بالفعل؟): %3</translation>
    </message>
    <message>
        <source>There is no %1 key named &quot;%2&quot; in this database.</source>
        <translation>لا يوجد في قاعدة البيانات هذه مفتاح من النوع %1 باسم «%2».</translation>
    </message>
    <message>
        <source>Election key %1 set</source>
        <translation>عُيّن مفتاح الاقتراع %1</translation>
    </message>
    <message>
        <source>Round %1: %2</source>
        <translation>الجولة %1: %2</translation>
    </message>
    <message>
        <source>Round %1 is %2, not %3; try again.</source>
        <translation>الجولة %1 في الحالة %2، لا في الحالة %3؛ حاول مرة أخرى.</translation>
    </message>
    <message>
        <source>Cannot reorder the projects: %1</source>
        <translation>تعذّرت إعادة ترتيب المشاريع: %1</translation>
    </message>
    <message>
        <source>The round already has a project %1.</source>
        <translation>في الجولة مشروع %1 بالفعل.</translation>
    </message>
    <message>
        <source>There are no projects to add.</source>
        <translation>لا توجد مشاريع لإضافتها.</translation>
    </message>
    <message>
        <source>A translation names project %1, which is not in the round.</source>
        <translation>تذكر إحدى الترجمات المشروع %1، وهو ليس في الجولة.</translation>
    </message>
    <message>
        <source>The %1 translation of project %2 has no title.</source>
        <translation>ترجمة المشروع %2 إلى %1 بلا عنوان.</translation>
    </message>
    <message>
        <source>Project %1 added</source>
        <translation>أُضيف المشروع %1</translation>
    </message>
    <message>
        <source>%1 projects added</source>
        <translation>عدد المشاريع المُضافة: %1</translation>
    </message>
    <message>
        <source>Project %1 changed</source>
        <translation>عُدّل المشروع %1</translation>
    </message>
    <message>
        <source>Project %1 removed</source>
        <translation>أُزيل المشروع %1</translation>
    </message>
    <message>
        <source>Round %1 is %2: its settings can only change while it is a draft.</source>
        <translation>الجولة %1 في الحالة %2: لا يمكن تغيير إعداداتها إلا وهي مسودة.</translation>
    </message>
    <message>
        <source>There is no counting rule &quot;%1&quot;.</source>
        <translation>لا توجد قاعدة فرز باسم «%1».</translation>
    </message>
    <message>
        <source>The counting rule %1 cannot count this round: %2</source>
        <translation>لا تستطيع قاعدة الفرز %1 فرز هذه الجولة: %2</translation>
    </message>
    <message>
        <source>Round settings changed</source>
        <translation>غُيّرت إعدادات الجولة</translation>
    </message>
    <message>
        <source>Round %1 has no district %2.</source>
        <translation>لا توجد في الجولة %1 منطقة %2.</translation>
    </message>
    <message>
        <source>District %1 still has projects (%2 first): move or remove them before removing the district.</source>
        <translation>لا تزال في المنطقة %1 مشاريع (أولها %2): انقلها أو أزلها قبل إزالة المنطقة.</translation>
    </message>
    <message>
        <source>District %1 removed</source>
        <translation>أُزيلت المنطقة %1</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a language code such as es or pl.</source>
        <translation>«%1» ليس رمز لغة مثل es أو pl.</translation>
    </message>
    <message>
        <source>The %1 translation of project %2 has a description but no title.</source>
        <translation>ترجمة المشروع %2 إلى %1 فيها وصف بلا عنوان.</translation>
    </message>
    <message>
        <source>Translation (%1) of project %2 changed</source>
        <translation>عُدّلت الترجمة (%1) للمشروع %2</translation>
    </message>
    <message>
        <source>Round %1 is %2: kiosks can only be registered before voting opens, because the signed manifest lists every kiosk&apos;s key.</source>
        <translation>الجولة %1 في الحالة %2: لا يمكن تسجيل أجهزة التصويت إلا قبل فتح التصويت، لأن البيان الموقَّع يدرج مفتاح كل جهاز.</translation>
    </message>
    <message>
        <source>A kiosk needs an id (at most 64 characters) and a 32-byte Ed25519 public key.</source>
        <translation>يحتاج جهاز التصويت إلى معرّف (64 محرفًا على الأكثر) وإلى مفتاح عام من نوع Ed25519 بطول 32 بايت.</translation>
    </message>
    <message>
        <source>Kiosk %1 is already registered with this key; every kiosk makes its own key.</source>
        <translation>الجهاز %1 مسجَّل بالفعل بهذا المفتاح؛ وكل جهاز يُنشئ مفتاحه الخاص.</translation>
    </message>
    <message>
        <source>Kiosk %1 cannot be registered (already registered?): %2</source>
        <translation>تعذّر تسجيل الجهاز %1 (هل هو مسجَّل بالفعل؟): %2</translation>
    </message>
    <message>
        <source>Kiosk %1 registered with key %2</source>
        <translation>سُجّل الجهاز %1 بالمفتاح %2</translation>
    </message>
    <message>
        <source>Round %1 is %2: a kiosk in the signed manifest cannot be removed; revoke it instead.</source>
        <translation>الجولة %1 في الحالة %2: لا يمكن إزالة جهاز مُدرج في البيان الموقَّع؛ ألغِ اعتماده بدلًا من ذلك.</translation>
    </message>
    <message>
        <source>Kiosk %1 is not registered for round %2.</source>
        <translation>الجهاز %1 غير مسجَّل في الجولة %2.</translation>
    </message>
    <message>
        <source>Kiosk %1 removed</source>
        <translation>أُزيل الجهاز %1</translation>
    </message>
    <message>
        <source>Round %1 is a draft: remove the kiosk instead of revoking it.</source>
        <translation>الجولة %1 مسودة: أزل الجهاز بدلًا من إلغاء اعتماده.</translation>
    </message>
    <message>
        <source>Round %1 is tallied: which kiosks count can no longer change.</source>
        <translation>فُرزت الجولة %1: لم يعد ممكنًا تغيير أجهزة التصويت التي تُحتسب أوراقها.</translation>
    </message>
    <message>
        <source>Kiosk %1 is already revoked.</source>
        <translation>الجهاز %1 ملغى اعتماده بالفعل.</translation>
    </message>
    <message>
        <source>Kiosk %1 is not revoked.</source>
        <translation>لم يُلغَ اعتماد الجهاز %1.</translation>
    </message>
    <message>
        <source>Kiosk %1 revoked: it casts no more and its ballots are not counted</source>
        <translation>أُلغي اعتماد الجهاز %1: لن يستقبل مزيدًا من أوراق الاقتراع، ولن تُحتسب أوراقه</translation>
    </message>
    <message>
        <source>Kiosk %1 reinstated</source>
        <translation>أُعيد اعتماد الجهاز %1</translation>
    </message>
    <message>
        <source>A checkpoint of kiosk %1 cannot be read: %2</source>
        <translation>تتعذّر قراءة إحدى نقاط التحقق للجهاز %1: %2</translation>
    </message>
    <message>
        <source>The number of codes must be between 1 and 10,000,000.</source>
        <translation>يجب أن يكون عدد الرموز بين 1 و10000000.</translation>
    </message>
    <message>
        <source>Round %1 is closed: no more access codes can be issued.</source>
        <translation>الجولة %1 مغلقة: لا يمكن إصدار مزيد من رموز الدخول.</translation>
    </message>
    <message>
        <source>Cannot store access codes: %1</source>
        <translation>تعذّر حفظ رموز الدخول: %1</translation>
    </message>
    <message>
        <source>%1 access codes issued (batch %2)</source>
        <translation>عدد رموز الدخول المُصدرة: %1 (الدفعة %2)</translation>
    </message>
    <message>
        <source>district %1</source>
        <translation>المنطقة %1</translation>
    </message>
    <message>
        <source>Round %1 is closed: its access codes can no longer change.</source>
        <translation>الجولة %1 مغلقة: لم يعد ممكنًا تغيير رموز الدخول الخاصة بها.</translation>
    </message>
    <message>
        <source>Round %1 has no batch %2 of access codes.</source>
        <translation>لا توجد في الجولة %1 دفعة رموز الدخول رقم %2.</translation>
    </message>
    <message>
        <source>Batch %1 is already void.</source>
        <translation>الدفعة %1 مُبطَلة بالفعل.</translation>
    </message>
    <message>
        <source>Batch %1 is not void.</source>
        <translation>الدفعة %1 غير مُبطَلة.</translation>
    </message>
    <message>
        <source>Access codes of batch %1 voided</source>
        <translation>أُبطلت رموز الدخول في الدفعة %1</translation>
    </message>
    <message>
        <source>Access codes of batch %1 restored</source>
        <translation>استُعيدت رموز الدخول في الدفعة %1</translation>
    </message>
    <message>
        <source>This access code is not valid for this round.</source>
        <translation>رمز الدخول هذا غير صالح لهذه الجولة.</translation>
    </message>
    <message>
        <source>Round %1 has no count with %2.</source>
        <translation>لا يوجد للجولة %1 فرز بالقاعدة %2.</translation>
    </message>
    <message>
        <source>Round %1 is %2: a result can only be published after the votes are counted.</source>
        <translation>الجولة %1 في الحالة %2: لا يمكن نشر النتيجة إلا بعد فرز الأصوات.</translation>
    </message>
    <message>
        <source>Round %1 is %2; only a draft round can be opened (a suspended round is resumed).</source>
        <translation>الجولة %1 في الحالة %2؛ لا يمكن فتح إلا جولة في حالة المسودة (أما الجولة المعلّقة فتُستأنف).</translation>
    </message>
    <message>
        <source>Round %1 has no projects on its ballot.</source>
        <translation>لا توجد مشاريع في ورقة الاقتراع للجولة %1.</translation>
    </message>
    <message>
        <source>Project %1 is still under review: put it on the ballot or set it aside before voting opens.</source>
        <translation>المشروع %1 لا يزال قيد المراجعة: أدرجه في ورقة الاقتراع أو استبعده منها قبل فتح التصويت.</translation>
    </message>
    <message>
        <source>Round %1 has no counting rule yet: choose it before voting opens, so that everyone knows how the votes will be counted.</source>
        <translation>لم تُحدَّد للجولة %1 قاعدة فرز بعد: اخترها قبل فتح التصويت، ليعرف الجميع كيف ستُفرز الأصوات.</translation>
    </message>
    <message>
        <source>The counting rule %1 cannot count round %2: %3</source>
        <translation>لا تستطيع قاعدة الفرز %1 فرز الجولة %2: %3</translation>
    </message>
    <message>
        <source>Round %1 has no registered kiosk: register the public key made on each kiosk before voting opens.</source>
        <translation>لا يوجد في الجولة %1 أي جهاز تصويت مسجَّل: سجّل المفتاح العام الذي أُنشئ على كل جهاز قبل فتح التصويت.</translation>
    </message>
    <message>
        <source>Round %1 has no election key yet: create one with &quot;pbvote keys create --kind election --round %1&quot;.</source>
        <translation>لا يوجد للجولة %1 مفتاح اقتراع بعد: أنشئه بالأمر &quot;pbvote keys create --kind election --round %1&quot;.</translation>
    </message>
    <message>
        <source>The unlocked secret key is not the authority key &quot;%1&quot;.</source>
        <translation>المفتاح السري الذي فُتح قفله ليس مفتاح السلطة «%1».</translation>
    </message>
    <message>
        <source>Round %1 has no registered kiosk: create one with &quot;pbvote keys create --kind kiosk --name K1 --round %1&quot;.</source>
        <translation>لا يوجد في الجولة %1 أي جهاز تصويت مسجَّل: أنشئ جهازًا بالأمر &quot;pbvote keys create --kind kiosk --name K1 --round %1&quot;.</translation>
    </message>
    <message>
        <source>Round %1 cannot open: the database already holds ballots for it.</source>
        <translation>لا يمكن فتح الجولة %1: تحتوي قاعدة البيانات بالفعل على أوراق اقتراع لها.</translation>
    </message>
    <message>
        <source>Voting opened; manifest %1</source>
        <translation>فُتح التصويت؛ البيان %1</translation>
    </message>
    <message>
        <source>Round %1 has not been opened, so it has no signed manifest yet.</source>
        <translation>لم تُفتح الجولة %1، لذا ليس لها بيان موقَّع بعد.</translation>
    </message>
    <message>
        <source>Round %1 is not open for voting.</source>
        <translation>الجولة %1 غير مفتوحة للتصويت.</translation>
    </message>
    <message>
        <source>This database belongs to kiosk %1; kiosk %2 cannot record ballots in it.</source>
        <translation>قاعدة البيانات هذه تخص الجهاز %1؛ ولا يمكن للجهاز %2 تسجيل أوراق اقتراع فيها.</translation>
    </message>
    <message>
        <source>The unlocked key is not kiosk %1&apos;s registered key.</source>
        <translation>المفتاح الذي فُتح قفله ليس المفتاح المسجَّل للجهاز %1.</translation>
    </message>
    <message>
        <source>A ballot that breaks the round&apos;s rules was refused</source>
        <translation>رُفضت ورقة اقتراع تخالف قواعد الجولة</translation>
    </message>
    <message>
        <source>A mistyped access code was refused</source>
        <translation>رُفض رمز دخول مكتوب خطأً</translation>
    </message>
    <message>
        <source>This is not an access code: a code has 12 letters and digits, like K7QX-M2PA-R3TE.</source>
        <translation>هذا ليس رمز دخول: يتكون الرمز من 12 حرفًا ورقمًا، مثل K7QX-M2PA-R3TE.</translation>
    </message>
    <message>
        <source>An access code that is unknown, used, withdrawn or for another district was refused</source>
        <translation>رُفض رمز دخول غير معروف أو مستخدَم أو مسحوب أو مخصص لمنطقة أخرى</translation>
    </message>
    <message>
        <source>Voting in round %1 is not open (the round is %2).</source>
        <translation>التصويت في الجولة %1 غير مفتوح (الجولة في الحالة %2).</translation>
    </message>
    <message>
        <source>Kiosk %1 was revoked by the organizers: it cannot record ballots.</source>
        <translation>ألغى المنظِّمون اعتماد الجهاز %1: لا يمكنه تسجيل أوراق الاقتراع.</translation>
    </message>
    <message>
        <source>A ballot from a revoked kiosk was refused</source>
        <translation>رُفضت ورقة اقتراع من جهاز ملغى اعتماده</translation>
    </message>
    <message>
        <source>This access code is not valid for this round. Check it and try again, or ask a poll worker.</source>
        <translation>رمز الدخول هذا غير صالح لهذه الجولة. تحقق منه وحاول مرة أخرى، أو اسأل أحد موظفي الاقتراع.</translation>
    </message>
    <message>
        <source>This access code has already been used to vote.</source>
        <translation>استُخدم رمز الدخول هذا للتصويت من قبل.</translation>
    </message>
    <message>
        <source>This access code was withdrawn by the organizers. A poll worker can give you a new one.</source>
        <translation>سحب المنظِّمون رمز الدخول هذا. يمكن لأحد موظفي الاقتراع إعطاؤك رمزًا جديدًا.</translation>
    </message>
    <message>
        <source>This access code is for district %1; project %2 is in district %3.</source>
        <translation>رمز الدخول هذا مخصص للمنطقة %1؛ والمشروع %2 في المنطقة %3.</translation>
    </message>
    <message>
        <source>Ballot cast</source>
        <translation>أُدلي بورقة اقتراع</translation>
    </message>
    <message>
        <source>The ballot was NOT recorded: %1</source>
        <translation>لم تُسجَّل ورقة الاقتراع: %1</translation>
    </message>
    <message>
        <source>Final checkpoint of batch %1: %2 ballots</source>
        <translation>نقطة التحقق النهائية للدفعة %1: عدد أوراق الاقتراع %2</translation>
    </message>
    <message>
        <source>Voting paused; checkpoint of batch %1: %2 ballots</source>
        <translation>أُوقف التصويت مؤقتًا؛ نقطة التحقق للدفعة %1: عدد أوراق الاقتراع %2</translation>
    </message>
    <message>
        <source>the event log is empty</source>
        <translation>سجل الأحداث فارغ</translation>
    </message>
    <message>
        <source>No kiosk has voted in this database yet, so there is nothing to checkpoint.</source>
        <translation>لم يسجّل أي جهاز أصواتًا في قاعدة البيانات هذه بعد، لذا لا يوجد ما تُنشأ له نقطة تحقق.</translation>
    </message>
    <message>
        <source>Voting resumed</source>
        <translation>استُؤنف التصويت</translation>
    </message>
    <message>
        <source>Kiosk %1 voted in this database: its key must sign the final checkpoint.</source>
        <translation>سجّل الجهاز %1 أصواتًا في قاعدة البيانات هذه: يجب أن يوقّع مفتاحه نقطة التحقق النهائية.</translation>
    </message>
    <message>
        <source>Voting closed</source>
        <translation>أُغلق التصويت</translation>
    </message>
    <message>
        <source>Round %1 is %2: it can only be tallied once it is closed.</source>
        <translation>الجولة %1 في الحالة %2: لا يمكن فرزها إلا بعد إغلاقها.</translation>
    </message>
    <message>
        <source>Round %1 was already tallied with %2 and the new count differs from the stored one; the stored result is kept. Investigate before publishing.</source>
        <translation>فُرزت الجولة %1 من قبل بالقاعدة %2، والفرز الجديد يختلف عن الفرز المحفوظ؛ وقد أُبقي على النتيجة المحفوظة. تحقّق من الأمر قبل النشر.</translation>
    </message>
    <message>
        <source>Counted with %1</source>
        <translation>فُرزت الأصوات بالقاعدة %1</translation>
    </message>
</context>
<context>
    <name>CanonicalJson</name>
    <message>
        <source>byte 0x%1</source>
        <translation>البايت 0x%1</translation>
    </message>
    <message>
        <source>unexpected end of text in an object</source>
        <translation>نهاية غير متوقعة للنص داخل كائن</translation>
    </message>
    <message>
        <source>unexpected end of text in an array</source>
        <translation>نهاية غير متوقعة للنص داخل مصفوفة</translation>
    </message>
    <message>
        <source>unexpected end of text</source>
        <translation>نهاية غير متوقعة للنص</translation>
    </message>
    <message>
        <source>text larger than 4 GiB</source>
        <translation>نص أكبر من 4 غيغابايت</translation>
    </message>
    <message>
        <source>byte-order mark at the start of the text</source>
        <translation>علامة ترتيب البايتات في بداية النص</translation>
    </message>
    <message>
        <source>no value in the text (expected an object or an array)</source>
        <translation>لا توجد قيمة في النص (كان المتوقع كائنًا أو مصفوفة)</translation>
    </message>
    <message>
        <source>the top-level value must be an object or an array</source>
        <translation>يجب أن تكون القيمة العليا كائنًا أو مصفوفة</translation>
    </message>
    <message>
        <source>text after the top-level value</source>
        <translation>نص بعد القيمة العليا</translation>
    </message>
    <message>
        <source>expected &apos;,&apos; or &apos;}&apos; after an object member, found %1</source>
        <translation>كان المتوقع &apos;,&apos; أو &apos;}&apos; بعد عضو في كائن، وُجد %1</translation>
    </message>
    <message>
        <source>expected &apos;,&apos; or &apos;]&apos; after an array element, found %1</source>
        <translation>كان المتوقع &apos;,&apos; أو &apos;]&apos; بعد عنصر في مصفوفة، وُجد %1</translation>
    </message>
    <message>
        <source>nesting deeper than %1</source>
        <translation>تداخل أعمق من %1</translation>
    </message>
    <message>
        <source>expected a string key in an object, found %1</source>
        <translation>كان المتوقع مفتاحًا نصيًا في كائن، وُجد %1</translation>
    </message>
    <message>
        <source>duplicate object key (%1)</source>
        <translation>مفتاح كائن مكرر (%1)</translation>
    </message>
    <message>
        <source>object keys not in ascending order (%1 after %2)</source>
        <translation>مفاتيح الكائن ليست بترتيب تصاعدي (%1 بعد %2)</translation>
    </message>
    <message>
        <source>expected &apos;:&apos; after an object key, found %1</source>
        <translation>كان المتوقع &apos;:&apos; بعد مفتاح كائن، وُجد %1</translation>
    </message>
    <message>
        <source>unterminated string</source>
        <translation>سلسلة نصية غير منتهية</translation>
    </message>
    <message>
        <source>raw control character U+%1 in a string (the canonical form escapes it)</source>
        <translation>محرف تحكم خام U+%1 في سلسلة نصية (الصيغة القانونية تهرّبه)</translation>
    </message>
    <message>
        <source>\/ where the canonical form writes / itself</source>
        <translation>\/ حيث تكتب الصيغة القانونية / نفسها</translation>
    </message>
    <message>
        <source>invalid escape \%1</source>
        <translation>تسلسل هروب غير صالح \%1</translation>
    </message>
    <message>
        <source>truncated \u escape</source>
        <translation>تسلسل \u مبتور</translation>
    </message>
    <message>
        <source>invalid \u escape (needs four hex digits)</source>
        <translation>تسلسل \u غير صالح (يلزم أربعة أرقام ست عشرية)</translation>
    </message>
    <message>
        <source>surrogate escape %1 (the canonical form writes characters as raw UTF-8)</source>
        <translation>تسلسل هروب لبديل %1 (الصيغة القانونية تكتب المحارف بترميز UTF-8 الخام)</translation>
    </message>
    <message>
        <source>%1 where the canonical form writes the character itself</source>
        <translation>%1 حيث تكتب الصيغة القانونية المحرف نفسه</translation>
    </message>
    <message>
        <source>%1 where the canonical form writes %2</source>
        <translation>%1 حيث تكتب الصيغة القانونية %2</translation>
    </message>
    <message>
        <source>%1 with uppercase hex digits (the canonical form writes lowercase)</source>
        <translation>%1 بأرقام ست عشرية كبيرة (الصيغة القانونية تستخدم الصغيرة)</translation>
    </message>
    <message>
        <source>invalid UTF-8 (unexpected continuation byte)</source>
        <translation>ترميز UTF-8 غير صالح (بايت استمرار غير متوقع)</translation>
    </message>
    <message>
        <source>invalid UTF-8 (overlong form)</source>
        <translation>ترميز UTF-8 غير صالح (صيغة مطوّلة)</translation>
    </message>
    <message>
        <source>invalid UTF-8 (above U+10FFFF or not a lead byte)</source>
        <translation>ترميز UTF-8 غير صالح (أعلى من U+10FFFF أو ليس بايتًا أول)</translation>
    </message>
    <message>
        <source>invalid UTF-8 (truncated sequence)</source>
        <translation>ترميز UTF-8 غير صالح (تسلسل مبتور)</translation>
    </message>
    <message>
        <source>invalid UTF-8 (UTF-16 surrogate)</source>
        <translation>ترميز UTF-8 غير صالح (بديل UTF-16)</translation>
    </message>
    <message>
        <source>invalid UTF-8 (above U+10FFFF)</source>
        <translation>ترميز UTF-8 غير صالح (أعلى من U+10FFFF)</translation>
    </message>
    <message>
        <source>invalid number (&apos;-&apos; without digits)</source>
        <translation>رقم غير صالح (&apos;-&apos; بلا أرقام)</translation>
    </message>
    <message>
        <source>number with a leading zero</source>
        <translation>رقم بصفر بادئ</translation>
    </message>
    <message>
        <source>number with a fraction or exponent (only integers are allowed)</source>
        <translation>رقم بجزء كسري أو أسّ (الأعداد الصحيحة فقط مسموحة)</translation>
    </message>
    <message>
        <source>integer outside the 64-bit range</source>
        <translation>عدد صحيح خارج نطاق 64 بت</translation>
    </message>
    <message>
        <source>-0 where the canonical form writes 0</source>
        <translation>-0 حيث تكتب الصيغة القانونية 0</translation>
    </message>
    <message>
        <source>invalid literal (expected %1)</source>
        <translation>قيمة حرفية غير صالحة (كان المتوقع %1)</translation>
    </message>
    <message>
        <source>unexpected %1 where a value was expected</source>
        <translation>%1 غير متوقع حيث كانت قيمة متوقعة</translation>
    </message>
    <message>
        <source>mismatched brackets</source>
        <translation>قوس الفتح وقوس الإغلاق غير متطابقين</translation>
    </message>
</context>
<context>
    <name>CodeDisplay</name>
    <message>
        <source>Access code: %1 of 12 characters typed</source>
        <translation>رمز الدخول: تمت كتابة %1 من 12 خانة</translation>
    </message>
</context>
<context>
    <name>CodeSheetWriter</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>تعذّرت كتابة %1: %2</translation>
    </message>
    <message>
        <source>Your one-time voting code</source>
        <translation>رمز التصويت الخاص بك لمرة واحدة</translation>
    </message>
    <message>
        <source>Take this slip to a voting kiosk at any library. Type the code, or ask a librarian for help. The code works once.</source>
        <translation>خذ هذه القسيمة إلى جهاز التصويت في أي مكتبة. اكتب الرمز، أو اطلب المساعدة من أحد موظفي المكتبة. يعمل الرمز مرة واحدة فقط.</translation>
    </message>
    <message>
        <source>a sheet has 1 to %1 columns and 1 to %2 rows of slips.</source>
        <translation>تحتوي الورقة على 1 إلى %1 أعمدة و1 إلى %2 صفوف من القسائم.</translation>
    </message>
    <message>
        <source>the page size is not valid.</source>
        <translation>حجم الصفحة غير صالح.</translation>
    </message>
    <message>
        <source>Access codes</source>
        <translation>رموز الدخول</translation>
    </message>
    <message>
        <source>Access codes: %1</source>
        <translation>رموز الدخول: %1</translation>
    </message>
    <message>
        <source>the PDF could not be started.</source>
        <translation>تعذّر بدء إنشاء ملف PDF.</translation>
    </message>
    <message>
        <source>the sheet is already finished.</source>
        <translation>الورقة مكتملة بالفعل.</translation>
    </message>
    <message>
        <source>an access code must be letters, digits and dashes.</source>
        <translation>يجب أن يتكون رمز الدخول من حروف وأرقام وشرطات فقط.</translation>
    </message>
    <message>
        <source>a new page could not be started.</source>
        <translation>تعذّر بدء صفحة جديدة.</translation>
    </message>
    <message>
        <source>the PDF could not be completed.</source>
        <translation>تعذّر إكمال ملف PDF.</translation>
    </message>
</context>
<context>
    <name>DisplayPanel</name>
    <message>
        <source>Text, colours and sound</source>
        <translation>النص والألوان والصوت</translation>
    </message>
    <message>
        <source>Text size</source>
        <translation>حجم النص</translation>
    </message>
    <message>
        <source>Colours</source>
        <translation>الألوان</translation>
    </message>
    <message>
        <source>Read aloud</source>
        <translation>القراءة بصوت عالٍ</translation>
    </message>
    <message>
        <source>Turn audio off</source>
        <translation>إيقاف الصوت</translation>
    </message>
    <message>
        <source>Turn audio on</source>
        <translation>تشغيل الصوت</translation>
    </message>
    <message>
        <source>Slower</source>
        <translation>أبطأ</translation>
    </message>
    <message>
        <source>Faster</source>
        <translation>أسرع</translation>
    </message>
    <message>
        <source>Restore the usual settings</source>
        <translation>استعادة الإعدادات المعتادة</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>تم</translation>
    </message>
</context>
<context>
    <name>DonePage</name>
    <message>
        <source>Your receipt code is %1.</source>
        <translation>رمز الإيصال الخاص بك هو %1.</translation>
    </message>
    <message>
        <source>Thank you! Your vote has been recorded.</source>
        <translation>شكرًا لك! تم تسجيل صوتك.</translation>
    </message>
    <message>
        <source>Your receipt code:</source>
        <translation>رمز الإيصال الخاص بك:</translation>
    </message>
    <message>
        <source>Write it down or scan the square code with your phone. When the results are published, enter this code on the city&apos;s results page, or ask at the library, to see that your ballot was counted. The code does not show how you voted.</source>
        <translation>اكتبه أو امسح الرمز المربع بهاتفك. عند نشر النتائج، أدخل هذا الرمز في صفحة النتائج التابعة للمدينة، أو اسأل في المكتبة، لتتأكد من احتساب ورقة اقتراعك. لا يكشف هذا الرمز اختياراتك في التصويت.</translation>
    </message>
    <message>
        <source>QR code of your receipt code</source>
        <translation>رمز QR لرمز الإيصال الخاص بك</translation>
    </message>
    <message numerus="yes">
        <source>This screen will clear itself in %n second(s).</source>
        <translation>
            <numerusform>ستُمسح هذه الشاشة تلقائيًا بعد %n ثانية.</numerusform>
            <numerusform>ستُمسح هذه الشاشة تلقائيًا بعد %n ثانية.</numerusform>
            <numerusform>ستُمسح هذه الشاشة تلقائيًا بعد %n ثانيتين.</numerusform>
            <numerusform>ستُمسح هذه الشاشة تلقائيًا بعد %n ثوانٍ.</numerusform>
            <numerusform>ستُمسح هذه الشاشة تلقائيًا بعد %n ثانيةً.</numerusform>
            <numerusform>ستُمسح هذه الشاشة تلقائيًا بعد %n ثانية.</numerusform>
        </translation>
    </message>
    <message>
        <source>Finish</source>
        <translation>إنهاء</translation>
    </message>
</context>
<context>
    <name>ElectionRecord</name>
    <message>
        <source>The event log is damaged: %1</source>
        <translation>سجل الأحداث تالف: %1</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>تعذّرت كتابة %1: %2</translation>
    </message>
</context>
<context>
    <name>EqualShares</name>
    <message>
        <source>%1: the budget is negative (%2).</source>
        <translation>%1: الميزانية سالبة (%2).</translation>
    </message>
    <message>
        <source>%1: project %2 has a negative cost (%3).</source>
        <translation>%1: تكلفة المشروع %2 سالبة (%3).</translation>
    </message>
    <message>
        <source>%1: Borda utilities need ordinal ballots.</source>
        <translation>%1: نقاط بوردا تتطلب أوراق اقتراع بالترتيب.</translation>
    </message>
    <message>
        <source>%1: ballot %2 names an unknown or repeated project.</source>
        <translation>%1: ورقة الاقتراع %2 تذكر مشروعًا غير معروف أو مكررًا.</translation>
    </message>
    <message>
        <source>%1: ballot %2 gives points to %3 projects but names %4.</source>
        <translation>%1: ورقة الاقتراع %2 تمنح نقاطًا لعدد %3 من المشاريع لكنها تذكر %4.</translation>
    </message>
    <message>
        <source>%1: ballot %2 gives negative points.</source>
        <translation>%1: ورقة الاقتراع %2 تمنح نقاطًا سالبة.</translation>
    </message>
    <message>
        <source>Funded %1: its %2 supporters shared its cost of %3 in proportion to how much they valued it, %4 per point of value.</source>
        <translation>مُوِّل في المرتبة %1: تقاسم مؤيدوه، وعددهم %2، تكلفته البالغة %3 بنسبة تقديرهم له، بمعدل %4 لكل نقطة قيمة.</translation>
    </message>
    <message>
        <source>Funded %1: %2 of its supporters shared its cost of %3 equally, %4 each.</source>
        <translation>مُوِّل في المرتبة %1: تقاسم %2 من مؤيديه تكلفته البالغة %3 بالتساوي، %4 لكل منهم.</translation>
    </message>
    <message>
        <source>Funded %1: its %2 supporters shared its cost of %3 equally, %4 each.</source>
        <translation>مُوِّل في المرتبة %1: تقاسم مؤيدوه، وعددهم %2، تكلفته البالغة %3 بالتساوي، %4 لكل منهم.</translation>
    </message>
    <message>
        <source>Funded %1: its supporters shared its cost of %2; %3 paid an equal share of %4 each, %5 paid everything they had left.</source>
        <translation>مُوِّل في المرتبة %1: تقاسم مؤيدوه تكلفته البالغة %2؛ دفع %3 منهم حصة متساوية قدرها %4 لكل منهم، ودفع %5 منهم كل ما تبقّى لديهم.</translation>
    </message>
    <message>
        <source>%1 other supporters had already spent their share on projects funded before.</source>
        <translation>وكان %1 من المؤيدين الآخرين قد أنفقوا حصتهم على مشاريع مُوِّلت من قبل.</translation>
    </message>
    <message>
        <source>Funded %1: it costs nothing and %2 voters supported it, so it was taken before any money was shared out.</source>
        <translation>مُوِّل في المرتبة %1: لا يكلّف شيئًا وأيّده %2 من الناخبين، فأُخذ قبل توزيع أي مال.</translation>
    </message>
    <message>
        <source>Funded %1 from the money the method of equal shares left over (%2): the completion step took projects by number of votes and this one (%3 votes, cost %4) still fitted in the %5 left at its turn.</source>
        <translation>مُوِّل في المرتبة %1 من المال الذي تبقّى بعد طريقة الحصص المتساوية (%2): أخذت خطوة الإكمال المشاريع بحسب عدد الأصوات، وكان المتبقي البالغ %5 لا يزال يكفي هذا المشروع (الأصوات: %3، التكلفة: %4) حين جاء دوره.</translation>
    </message>
    <message>
        <source>Not funded by equal shares: it costs nothing, and this count measures what a project brings its supporters by its cost, so it carries no weight here.</source>
        <translation>لم يُموَّل بالحصص المتساوية: لا يكلّف شيئًا، وهذا الفرز يقيس ما يقدّمه المشروع لمؤيديه بتكلفته، فلا وزن له هنا.</translation>
    </message>
    <message>
        <source>Not funded: nobody voted for it.</source>
        <translation>غير ممول: لم يصوّت له أحد.</translation>
    </message>
    <message>
        <source>Not funded.</source>
        <translation>غير ممول.</translation>
    </message>
    <message>
        <source>Not funded: its %1 supporters together held only %2 of the %3 it costs, even before paying for anything else (each voter&apos;s share of the budget is %4).</source>
        <translation>غير ممول: لم يكن لدى مؤيديه، وعددهم %1، مجتمعين سوى %2 من تكلفته البالغة %3، حتى قبل أن يدفعوا لأي شيء آخر (حصة كل ناخب من الميزانية %4).</translation>
    </message>
    <message>
        <source>Not funded: its %1 supporters had only %2 of the %3 it costs left after paying for projects they also supported.</source>
        <translation>غير ممول: لم يتبقَّ لمؤيديه، وعددهم %1، سوى %2 من تكلفته البالغة %3 بعد أن دفعوا لمشاريع أخرى أيّدوها أيضًا.</translation>
    </message>
    <message>
        <source>The completion step could not fund it either: only %1 was left when its turn came.</source>
        <translation>ولم تستطع خطوة الإكمال تمويله أيضًا: لم يتبقَّ سوى %1 حين جاء دوره.</translation>
    </message>
</context>
<context>
    <name>IdleWarning</name>
    <message>
        <source>Do you need more time?</source>
        <translation>هل تحتاج إلى مزيد من الوقت؟</translation>
    </message>
    <message numerus="yes">
        <source>To protect your privacy, this ballot will be cleared in %n second(s) unless you touch the screen.</source>
        <translation>
            <numerusform>لحماية خصوصيتك، ستُمسح ورقة الاقتراع هذه بعد %n ثانية إن لم تلمس الشاشة.</numerusform>
            <numerusform>لحماية خصوصيتك، ستُمسح ورقة الاقتراع هذه بعد %n ثانية إن لم تلمس الشاشة.</numerusform>
            <numerusform>لحماية خصوصيتك، ستُمسح ورقة الاقتراع هذه بعد %n ثانيتين إن لم تلمس الشاشة.</numerusform>
            <numerusform>لحماية خصوصيتك، ستُمسح ورقة الاقتراع هذه بعد %n ثوانٍ إن لم تلمس الشاشة.</numerusform>
            <numerusform>لحماية خصوصيتك، ستُمسح ورقة الاقتراع هذه بعد %n ثانيةً إن لم تلمس الشاشة.</numerusform>
            <numerusform>لحماية خصوصيتك، ستُمسح ورقة الاقتراع هذه بعد %n ثانية إن لم تلمس الشاشة.</numerusform>
        </translation>
    </message>
    <message>
        <source>I need more time</source>
        <translation>أحتاج إلى مزيد من الوقت</translation>
    </message>
    <message>
        <source>Start over</source>
        <translation>البدء من جديد</translation>
    </message>
</context>
<context>
    <name>Keypad</name>
    <message>
        <source>Erase</source>
        <translation>حذف</translation>
    </message>
    <message>
        <source>Erase the last character</source>
        <translation>حذف آخر خانة</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>مسح الكل</translation>
    </message>
    <message>
        <source>Clear the whole code</source>
        <translation>مسح الرمز بالكامل</translation>
    </message>
</context>
<context>
    <name>LanguagePanel</name>
    <message>
        <source>Choose your language</source>
        <translation>اختر لغتك</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>إغلاق</translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <source>pbvote kiosk</source>
        <translation>جهاز التصويت pbvote</translation>
    </message>
    <message>
        <source>Start over?</source>
        <translation>هل تريد البدء من جديد؟</translation>
    </message>
    <message>
        <source>The choices on this ballot will be cleared. Nothing has been stored, and your code stays valid.</source>
        <translation>ستُمسح اختيارات ورقة الاقتراع هذه. لم يُحفظ أي شيء، وما زال رمزك صالحًا.</translation>
    </message>
    <message>
        <source>No, keep my ballot</source>
        <translation>لا، احتفظ بورقة اقتراعي</translation>
    </message>
    <message>
        <source>Yes, start over</source>
        <translation>نعم، ابدأ من جديد</translation>
    </message>
</context>
<context>
    <name>NoticeBanner</name>
    <message>
        <source>OK</source>
        <translation>موافق</translation>
    </message>
    <message>
        <source>Close this message</source>
        <translation>إغلاق هذه الرسالة</translation>
    </message>
</context>
<context>
    <name>OperatorPage</name>
    <message>
        <source>Staff screen</source>
        <translation>شاشة الموظفين</translation>
    </message>
    <message>
        <source>Staff only: enter the operator PIN</source>
        <translation>للموظفين فقط: أدخل رمز PIN الخاص بالمشغّل</translation>
    </message>
    <message>
        <source>Kiosk %1</source>
        <translation>الجهاز %1</translation>
    </message>
    <message>
        <source>Voting: %1</source>
        <translation>التصويت: %1</translation>
    </message>
    <message>
        <source>Ballots stored on this kiosk: %1</source>
        <translation>أوراق الاقتراع المحفوظة في هذا الجهاز: %1</translation>
    </message>
    <message>
        <source>Pause voting</source>
        <translation>إيقاف التصويت مؤقتًا</translation>
    </message>
    <message>
        <source>Reopen voting</source>
        <translation>إعادة فتح التصويت</translation>
    </message>
    <message>
        <source>Close voting for good</source>
        <translation>إغلاق التصويت نهائيًا</translation>
    </message>
    <message>
        <source>Closing ends voting at this kiosk for this round. It cannot be undone. Close now?</source>
        <translation>الإغلاق يُنهي التصويت في هذا الجهاز لهذه الجولة، ولا يمكن التراجع عنه. هل تريد الإغلاق الآن؟</translation>
    </message>
    <message>
        <source>Yes, close voting</source>
        <translation>نعم، أغلق التصويت</translation>
    </message>
    <message>
        <source>No, keep it open</source>
        <translation>لا، اتركه مفتوحًا</translation>
    </message>
    <message>
        <source>Witness codes for the paper log</source>
        <translation>رموز التوثيق للسجل الورقي</translation>
    </message>
    <message>
        <source>None yet: a witness code appears each time voting is paused or closed.</source>
        <translation>لا يوجد بعد: يظهر رمز توثيق في كل مرة يُوقَف فيها التصويت مؤقتًا أو يُغلَق.</translation>
    </message>
    <message numerus="yes">
        <source>Final, batch %1: %2 (%n ballot(s) in all, %3)</source>
        <translation>
            <numerusform>الدفعة النهائية %1: %2 (المجموع: %n ورقة اقتراع، %3)</numerusform>
            <numerusform>الدفعة النهائية %1: %2 (المجموع: %n ورقة اقتراع، %3)</numerusform>
            <numerusform>الدفعة النهائية %1: %2 (المجموع: %n ورقتا اقتراع، %3)</numerusform>
            <numerusform>الدفعة النهائية %1: %2 (المجموع: %n أوراق اقتراع، %3)</numerusform>
            <numerusform>الدفعة النهائية %1: %2 (المجموع: %n ورقة اقتراع، %3)</numerusform>
            <numerusform>الدفعة النهائية %1: %2 (المجموع: %n ورقة اقتراع، %3)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Batch %1: %2 (%n ballot(s) in all, %3)</source>
        <translation>
            <numerusform>الدفعة %1: %2 (المجموع: %n ورقة اقتراع، %3)</numerusform>
            <numerusform>الدفعة %1: %2 (المجموع: %n ورقة اقتراع، %3)</numerusform>
            <numerusform>الدفعة %1: %2 (المجموع: %n ورقتا اقتراع، %3)</numerusform>
            <numerusform>الدفعة %1: %2 (المجموع: %n أوراق اقتراع، %3)</numerusform>
            <numerusform>الدفعة %1: %2 (المجموع: %n ورقة اقتراع، %3)</numerusform>
            <numerusform>الدفعة %1: %2 (المجموع: %n ورقة اقتراع، %3)</numerusform>
        </translation>
    </message>
    <message>
        <source>Lock and return to voting</source>
        <translation>القفل والعودة إلى التصويت</translation>
    </message>
    <message>
        <source>Quit the kiosk program</source>
        <translation>الخروج من برنامج الجهاز</translation>
    </message>
</context>
<context>
    <name>PinPad</name>
    <message numerus="yes">
        <source>%n digit(s) typed</source>
        <translation>
            <numerusform>الأرقام المُدخلة: %n</numerusform>
            <numerusform>الأرقام المُدخلة: %n</numerusform>
            <numerusform>الأرقام المُدخلة: %n</numerusform>
            <numerusform>الأرقام المُدخلة: %n</numerusform>
            <numerusform>الأرقام المُدخلة: %n</numerusform>
            <numerusform>الأرقام المُدخلة: %n</numerusform>
        </translation>
    </message>
    <message>
        <source>Erase</source>
        <translation>حذف</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>موافق</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
</context>
<context>
    <name>ProjectCard</name>
    <message numerus="yes">
        <source>%n point(s) given</source>
        <translation>
            <numerusform>النقاط الممنوحة: %n</numerusform>
            <numerusform>النقاط الممنوحة: %n</numerusform>
            <numerusform>النقاط الممنوحة: %n</numerusform>
            <numerusform>النقاط الممنوحة: %n</numerusform>
            <numerusform>النقاط الممنوحة: %n</numerusform>
            <numerusform>النقاط الممنوحة: %n</numerusform>
        </translation>
    </message>
    <message>
        <source>No points given</source>
        <translation>لم تُمنح أي نقاط</translation>
    </message>
    <message>
        <source>Your choice number %1</source>
        <translation>اختيارك رقم %1</translation>
    </message>
    <message>
        <source>Not ranked</source>
        <translation>غير مرتَّب</translation>
    </message>
    <message>
        <source>Chosen</source>
        <translation>مختار</translation>
    </message>
    <message>
        <source>Costs more than what is left</source>
        <translation>التكلفة أكبر من المبلغ المتبقي</translation>
    </message>
    <message>
        <source>Not chosen</source>
        <translation>غير مختار</translation>
    </message>
    <message>
        <source>Cost: %1</source>
        <translation>التكلفة: %1</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>التفاصيل</translation>
    </message>
    <message>
        <source>Details about %1</source>
        <translation>تفاصيل %1</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>إلغاء الاختيار</translation>
    </message>
    <message>
        <source>Choose</source>
        <translation>اختيار</translation>
    </message>
    <message>
        <source>Remove %1</source>
        <translation>إلغاء اختيار %1</translation>
    </message>
    <message>
        <source>Choose %1</source>
        <translation>اختيار %1</translation>
    </message>
    <message>
        <source>Remove from ranking</source>
        <translation>إزالة من الترتيب</translation>
    </message>
    <message>
        <source>Rank next</source>
        <translation>إضافة إلى الترتيب</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>نقل لأعلى</translation>
    </message>
    <message>
        <source>Move %1 up the ranking</source>
        <translation>نقل %1 لأعلى في الترتيب</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>نقل لأسفل</translation>
    </message>
    <message>
        <source>Move %1 down the ranking</source>
        <translation>نقل %1 لأسفل في الترتيب</translation>
    </message>
    <message>
        <source>Take a point from %1</source>
        <translation>سحب نقطة من %1</translation>
    </message>
    <message>
        <source>Give a point to %1</source>
        <translation>منح نقطة إلى %1</translation>
    </message>
    <message>
        <source>Picture: %1</source>
        <translation>صورة: %1</translation>
    </message>
</context>
<context>
    <name>ProjectDetails</name>
    <message>
        <source>Cost: %1</source>
        <translation>التكلفة: %1</translation>
    </message>
    <message>
        <source>Category: %1</source>
        <translation>الفئة: %1</translation>
    </message>
    <message>
        <source>District: %1</source>
        <translation>المنطقة: %1</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>إلغاء الاختيار</translation>
    </message>
    <message>
        <source>Choose</source>
        <translation>اختيار</translation>
    </message>
    <message>
        <source>Remove from ranking</source>
        <translation>إزالة من الترتيب</translation>
    </message>
    <message>
        <source>Rank next</source>
        <translation>إضافة إلى الترتيب</translation>
    </message>
    <message>
        <source>Take a point</source>
        <translation>سحب نقطة</translation>
    </message>
    <message numerus="yes">
        <source>%n point(s) given</source>
        <translation>
            <numerusform>النقاط الممنوحة: %n</numerusform>
            <numerusform>النقاط الممنوحة: %n</numerusform>
            <numerusform>النقاط الممنوحة: %n</numerusform>
            <numerusform>النقاط الممنوحة: %n</numerusform>
            <numerusform>النقاط الممنوحة: %n</numerusform>
            <numerusform>النقاط الممنوحة: %n</numerusform>
        </translation>
    </message>
    <message>
        <source>Give a point</source>
        <translation>منح نقطة</translation>
    </message>
    <message>
        <source>Back to all projects</source>
        <translation>العودة إلى كل المشاريع</translation>
    </message>
    <message>
        <source>Picture: %1</source>
        <translation>صورة: %1</translation>
    </message>
</context>
<context>
    <name>Record</name>
    <message>
        <source>%1 at byte %2</source>
        <translation>%1 عند البايت %2</translation>
    </message>
    <message>
        <source>truncated record: %1 needs %2 more bytes, %3 left</source>
        <translation>سجل مبتور: يحتاج %1‎ إلى %2 بايت إضافية، والمتبقي %3</translation>
    </message>
    <message>
        <source>length %1 is larger than allowed (%2)</source>
        <translation>الطول %1 أكبر من المسموح (%2)</translation>
    </message>
    <message>
        <source>text is not valid UTF-8</source>
        <translation>النص ليس UTF-8 صالحًا</translation>
    </message>
    <message>
        <source>expected a %1 record</source>
        <translation>كان المتوقع سجلًا من نوع %1</translation>
    </message>
    <message>
        <source>Malformed %1: %2</source>
        <translation>تنسيق %1 غير سليم: %2</translation>
    </message>
    <message>
        <source>Malformed %1: %2 unexpected bytes after the end</source>
        <translation>تنسيق %1 غير سليم: بايتات غير متوقعة بعد النهاية عددها %2</translation>
    </message>
    <message>
        <source>Malformed %1: not in canonical form</source>
        <translation>تنسيق %1 غير سليم: ليس بالصيغة القياسية</translation>
    </message>
    <message>
        <source>%1 is %2, above 2^31 - 1</source>
        <translation>قيمة %1‎ هي %2، أي أكبر من ‎2^31 - 1</translation>
    </message>
    <message>
        <source>unknown ballot kind %1</source>
        <translation>نوع ورقة اقتراع غير معروف %1</translation>
    </message>
    <message>
        <source>too many projects (%1)</source>
        <translation>عدد المشاريع كبير جدًا (%1)</translation>
    </message>
    <message>
        <source>kiosk &quot;%1&quot; is listed twice or out of order</source>
        <translation>جهاز التصويت «%1» مُدرج مرتين أو في غير ترتيبه</translation>
    </message>
    <message>
        <source>too many revoked kiosks (%1)</source>
        <translation>عدد أجهزة التصويت الملغى اعتمادها كبير جدًا (%1)</translation>
    </message>
    <message>
        <source>revoked kiosk &quot;%1&quot; is listed twice or out of order</source>
        <translation>جهاز التصويت الملغى اعتماده «%1» مُدرج مرتين أو في غير ترتيبه</translation>
    </message>
    <message>
        <source>Malformed opened ballots: %1 ballots cannot fit in %2 bytes</source>
        <translation>تنسيق أوراق الاقتراع المفتوحة غير سليم: لا تتسع %2 بايت لعدد %1 من أوراق الاقتراع</translation>
    </message>
    <message>
        <source>Malformed opened ballots: ballot %1 is out of order</source>
        <translation>تنسيق أوراق الاقتراع المفتوحة غير سليم: ورقة الاقتراع %1 في غير ترتيبها</translation>
    </message>
    <message>
        <source>Malformed opened ballots: ballot %1 is damaged</source>
        <translation>تنسيق أوراق الاقتراع المفتوحة غير سليم: ورقة الاقتراع %1 تالفة</translation>
    </message>
    <message>
        <source>Malformed opened ballots: %1</source>
        <translation>تنسيق أوراق الاقتراع المفتوحة غير سليم: %1</translation>
    </message>
    <message>
        <source>Malformed opened ballots: unexpected bytes after the end</source>
        <translation>تنسيق أوراق الاقتراع المفتوحة غير سليم: بايتات غير متوقعة بعد النهاية</translation>
    </message>
    <message>
        <source>unknown checkpoint kind %1</source>
        <translation>نوع نقطة تحقق غير معروف %1</translation>
    </message>
    <message>
        <source>unknown event type %1</source>
        <translation>نوع حدث غير معروف %1</translation>
    </message>
    <message>
        <source>an 8-bit field</source>
        <translation>حقل من 8 بتات</translation>
    </message>
    <message>
        <source>a 16-bit field</source>
        <translation>حقل من 16 بتًا</translation>
    </message>
    <message>
        <source>a 32-bit field</source>
        <translation>حقل من 32 بتًا</translation>
    </message>
    <message>
        <source>a 64-bit field</source>
        <translation>حقل من 64 بتًا</translation>
    </message>
    <message>
        <source>a fixed-size field</source>
        <translation>حقل ثابت الحجم</translation>
    </message>
    <message>
        <source>manifest</source>
        <translation>البيان</translation>
    </message>
    <message>
        <source>tally statement</source>
        <translation>محضر الفرز</translation>
    </message>
    <message>
        <source>a choice&apos;s value</source>
        <translation>قيمة اختيار</translation>
    </message>
    <message>
        <source>ballot plaintext</source>
        <translation>ورقة اقتراع مكشوفة</translation>
    </message>
    <message>
        <source>ballot envelope</source>
        <translation>مظروف ورقة اقتراع</translation>
    </message>
    <message>
        <source>checkpoint</source>
        <translation>نقطة تحقق</translation>
    </message>
    <message>
        <source>event</source>
        <translation>حدث</translation>
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
        <translation>قاعدة الفرز</translation>
    </message>
    <message>
        <source>Tie-breaking</source>
        <translation>كسر التعادل</translation>
    </message>
    <message>
        <source>not stated</source>
        <translation>غير محدد</translation>
    </message>
    <message>
        <source>Ballots counted</source>
        <translation>أوراق الاقتراع المحتسبة</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation>الميزانية</translation>
    </message>
    <message>
        <source>Used</source>
        <translation>المستخدم</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>المتبقي</translation>
    </message>
    <message>
        <source>Funded projects</source>
        <translation>المشاريع الممولة</translation>
    </message>
    <message>
        <source>No project is funded.</source>
        <translation>لم يُموَّل أي مشروع.</translation>
    </message>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>المشروع</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>التكلفة</translation>
    </message>
    <message>
        <source>Ranking</source>
        <translation>الترتيب</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>المرتبة</translation>
    </message>
    <message>
        <source>Votes</source>
        <translation>الأصوات</translation>
    </message>
    <message>
        <source>Funded</source>
        <translation>ممول</translation>
    </message>
    <message>
        <source>n/a</source>
        <translation>غير متاح</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>نعم</translation>
    </message>
    <message>
        <source>No</source>
        <translation>لا</translation>
    </message>
    <message>
        <source>Why each project won or lost</source>
        <translation>لماذا فاز كل مشروع أو خسر</translation>
    </message>
    <message>
        <source>funded, rank %1</source>
        <translation>ممول، المرتبة %1</translation>
    </message>
    <message>
        <source>not funded</source>
        <translation>غير ممول</translation>
    </message>
    <message>
        <source>(The rule gave no reason.)</source>
        <translation>(لم تذكر القاعدة أي سبب.)</translation>
    </message>
    <message>
        <source>Cannot write the results to &quot;%1&quot;: %2</source>
        <translation>تعذّرت كتابة النتائج في «%1»: %2</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>الصفحة %1 من %2</translation>
    </message>
    <message>
        <source>Round: %1</source>
        <translation>الجولة: %1</translation>
    </message>
    <message>
        <source>District: %1 (%2)</source>
        <translation>المنطقة: %1 (%2)</translation>
    </message>
    <message>
        <source>City-wide projects</source>
        <translation>المشاريع على مستوى المدينة</translation>
    </message>
    <message>
        <source>The result gives no separate figures per district; the whole round is shown.</source>
        <translation>لا تتضمن النتيجة أرقامًا منفصلة لكل منطقة؛ تُعرض الجولة كاملة.</translation>
    </message>
    <message>
        <source>the PDF could not be started.</source>
        <translation>تعذّر بدء إنشاء ملف PDF.</translation>
    </message>
    <message>
        <source>a new page could not be started.</source>
        <translation>تعذّر بدء صفحة جديدة.</translation>
    </message>
</context>
<context>
    <name>ReviewPage</name>
    <message>
        <source>Check your ballot</source>
        <translation>راجع ورقة اقتراعك</translation>
    </message>
    <message>
        <source>When you press &quot;Cast my vote&quot; your ballot is sealed, signed and stored. It cannot be changed after that.</source>
        <translation>عند الضغط على «الإدلاء بصوتي» تُختم ورقة اقتراعك وتُوقَّع وتُحفظ، ولا يمكن تغييرها بعد ذلك.</translation>
    </message>
    <message>
        <source>Cast my vote</source>
        <translation>الإدلاء بصوتي</translation>
    </message>
    <message>
        <source>Change my choices</source>
        <translation>تغيير اختياراتي</translation>
    </message>
</context>
<context>
    <name>Round</name>
    <message>
        <source>the round is already %1.</source>
        <translation>الجولة في الحالة %1 أصلًا.</translation>
    </message>
    <message>
        <source>a closed round can never be opened again or changed.</source>
        <translation>لا يمكن أبدًا إعادة فتح جولة مغلقة أو تغييرها.</translation>
    </message>
    <message>
        <source>a draft round must be opened first.</source>
        <translation>يجب فتح الجولة المسودة أولًا.</translation>
    </message>
    <message>
        <source>a round can only be tallied after it is closed.</source>
        <translation>لا يمكن فرز الجولة إلا بعد إغلاقها.</translation>
    </message>
    <message>
        <source>that step is not part of a round&apos;s lifecycle.</source>
        <translation>هذه الخطوة ليست جزءًا من دورة حياة الجولة.</translation>
    </message>
    <message>
        <source>Cannot move the round from %1 to %2: %3</source>
        <translation>لا يمكن نقل الجولة من الحالة %1 إلى الحالة %2: %3</translation>
    </message>
    <message>
        <source>A project needs an id.</source>
        <translation>يحتاج المشروع إلى معرّف.</translation>
    </message>
    <message>
        <source>Project %1 has no title.</source>
        <translation>المشروع %1 بلا عنوان.</translation>
    </message>
    <message>
        <source>Project %1 must cost more than zero.</source>
        <translation>يجب أن تكون تكلفة المشروع %1 أكبر من صفر.</translation>
    </message>
    <message>
        <source>Project %1 is in district &quot;%2&quot;, which the round does not have.</source>
        <translation>المشروع %1 في المنطقة «%2»، وهي منطقة ليست في الجولة.</translation>
    </message>
    <message>
        <source>Project %1 costs more than the whole budget it competes for.</source>
        <translation>تكلفة المشروع %1 تتجاوز كامل الميزانية التي يتنافس عليها.</translation>
    </message>
    <message>
        <source>The round has no name.</source>
        <translation>الجولة بلا اسم.</translation>
    </message>
    <message>
        <source>The round&apos;s budget cannot be negative.</source>
        <translation>لا يمكن أن تكون ميزانية الجولة سالبة.</translation>
    </message>
    <message>
        <source>The currency must be a three-letter code such as EUR, got &quot;%1&quot;.</source>
        <translation>يجب أن تكون العملة رمزًا من ثلاثة أحرف مثل EUR، والقيمة المُدخلة «%1».</translation>
    </message>
    <message>
        <source>District id &quot;%1&quot; is empty or used twice.</source>
        <translation>معرّف المنطقة «%1» فارغ أو مستخدَم مرتين.</translation>
    </message>
    <message>
        <source>District %1 has a negative budget.</source>
        <translation>ميزانية المنطقة %1 سالبة.</translation>
    </message>
    <message>
        <source>Project id &quot;%1&quot; is empty or used twice.</source>
        <translation>معرّف المشروع «%1» فارغ أو مستخدَم مرتين.</translation>
    </message>
    <message>
        <source>Project %1 is in category &quot;%2&quot;, which is not one of the round&apos;s categories.</source>
        <translation>المشروع %1 في الفئة «%2»، وهي ليست من فئات الجولة.</translation>
    </message>
    <message>
        <source>Category &quot;%1&quot; is empty or listed twice.</source>
        <translation>الفئة «%1» فارغة أو مُدرجة مرتين.</translation>
    </message>
    <message>
        <source>Voting must close after it opens.</source>
        <translation>يجب أن يُغلق التصويت بعد فتحه.</translation>
    </message>
    <message>
        <source>A round can hold at most 65,535 projects.</source>
        <translation>يمكن أن تضم الجولة 65535 مشروعًا على الأكثر.</translation>
    </message>
    <message>
        <source>The number of projects to choose cannot be negative.</source>
        <translation>لا يمكن أن يكون عدد المشاريع المطلوب اختيارها سالبًا.</translation>
    </message>
    <message>
        <source>The minimum number of projects to choose is above the maximum.</source>
        <translation>الحد الأدنى لعدد المشاريع المطلوب اختيارها أكبر من الحد الأقصى.</translation>
    </message>
    <message>
        <source>The minimum number of projects to choose is more than the ballot has.</source>
        <translation>الحد الأدنى لعدد المشاريع المطلوب اختيارها أكبر من عدد المشاريع في ورقة الاقتراع.</translation>
    </message>
    <message>
        <source>The minimum share of the budget must be between 0 and 100%.</source>
        <translation>يجب أن تكون الحصة الدنيا من الميزانية بين 0 و100%.</translation>
    </message>
    <message>
        <source>A minimum share of the budget only applies to knapsack ballots.</source>
        <translation>لا تنطبق الحصة الدنيا من الميزانية إلا على أوراق اقتراع حقيبة الظهر.</translation>
    </message>
    <message>
        <source>A cumulative ballot needs a number of points to spread.</source>
        <translation>تحتاج ورقة الاقتراع التراكمية إلى عدد من النقاط لتوزيعها.</translation>
    </message>
    <message>
        <source>The points allowed per project cannot be negative.</source>
        <translation>لا يمكن أن تكون النقاط المسموح بها لكل مشروع سالبة.</translation>
    </message>
    <message>
        <source>Points only apply to cumulative ballots.</source>
        <translation>لا تنطبق النقاط إلا على أوراق الاقتراع التراكمية.</translation>
    </message>
    <message>
        <source>Project %1 is listed on the ballot, but its status says it is not on the ballot.</source>
        <translation>المشروع %1 مدرج في بطاقة الاقتراع، لكن حالته تقول إنه ليس في بطاقة الاقتراع.</translation>
    </message>
    <message>
        <source>Project %1 is kept off the ballot, but its status says it is on the ballot.</source>
        <translation>المشروع %1 مُبقى خارج بطاقة الاقتراع، لكن حالته تقول إنه في بطاقة الاقتراع.</translation>
    </message>
    <message>
        <source>draft</source>
        <comment>round state</comment>
        <translation>مسودة</translation>
    </message>
    <message>
        <source>closed</source>
        <comment>round state</comment>
        <translation>مغلقة</translation>
    </message>
    <message>
        <source>open</source>
        <comment>round state</comment>
        <translation>مفتوحة</translation>
    </message>
    <message>
        <source>suspended</source>
        <comment>round state</comment>
        <translation>معلّقة</translation>
    </message>
    <message>
        <source>tallied</source>
        <comment>round state</comment>
        <translation>تم الفرز</translation>
    </message>
</context>
<context>
    <name>RoundCounter</name>
    <message>
        <source>Round %1 is %2: ballots are opened only after voting has closed.</source>
        <translation>الجولة %1 في الحالة %2: لا تُفتح أوراق الاقتراع إلا بعد إغلاق التصويت.</translation>
    </message>
    <message>
        <source>The round&apos;s manifest signature is not valid: the round&apos;s rules or projects were altered after it opened.</source>
        <translation>توقيع بيان الجولة غير صالح: عُدّلت قواعد الجولة أو مشاريعها بعد فتحها.</translation>
    </message>
    <message>
        <source>The election secret key has the wrong size.</source>
        <translation>حجم المفتاح السري للاقتراع غير صحيح.</translation>
    </message>
    <message>
        <source>Ballot %1 of %2 (in ballot-id order, id %3)</source>
        <translation>ورقة الاقتراع %1 من %2 (بترتيب معرّفات أوراق الاقتراع، المعرّف %3)</translation>
    </message>
    <message>
        <source>: kiosk %1 is not registered in the manifest.</source>
        <translation>: الجهاز %1 غير مسجَّل في البيان.</translation>
    </message>
    <message>
        <source>: the kiosk signature is not valid.</source>
        <translation>: توقيع الجهاز غير صالح.</translation>
    </message>
    <message>
        <source>: it was cast in another round (manifest differs).</source>
        <translation>: أُدلي بها في جولة أخرى (البيان مختلف).</translation>
    </message>
    <message>
        <source>: the stored columns disagree with the signed envelope.</source>
        <translation>: الأعمدة المحفوظة لا تتطابق مع الظرف الموقَّع.</translation>
    </message>
    <message>
        <source>: the sealed vote belongs to another ballot or round.</source>
        <translation>: الصوت المختوم يخص ورقة اقتراع أخرى أو جولة أخرى.</translation>
    </message>
    <message>
        <source>: the sealed vote is of the wrong ballot kind.</source>
        <translation>: الصوت المختوم من نوع ورقة اقتراع خاطئ.</translation>
    </message>
    <message>
        <source>: the vote breaks the round&apos;s rules: %1</source>
        <translation>: الصوت يخالف قواعد الجولة: %1</translation>
    </message>
    <message>
        <source>: the vote is not in canonical form.</source>
        <translation>: الصوت ليس بالصيغة القياسية.</translation>
    </message>
    <message>
        <source>Unknown counting rule &quot;%1&quot;; known rules: %2</source>
        <translation>قاعدة فرز غير معروفة «%1»؛ القواعد المعروفة: %2</translation>
    </message>
</context>
<context>
    <name>Store</name>
    <message>
        <source>Cannot unlock the %1 key &quot;%2&quot;: %3</source>
        <translation>تعذّر فتح قفل المفتاح «%2» من النوع %1: %3</translation>
    </message>
    <message>
        <source>Round %1 was never opened, so it has no ballots.</source>
        <translation>لم تُفتح الجولة %1 قط، لذا ليس فيها أوراق اقتراع.</translation>
    </message>
</context>
<context>
    <name>TopBar</name>
    <message>
        <source>Language: %1. Change language</source>
        <translation>اللغة: %1. تغيير اللغة</translation>
    </message>
    <message>
        <source>Text and colours</source>
        <translation>النص والألوان</translation>
    </message>
    <message>
        <source>Audio on</source>
        <translation>الصوت مُشغَّل</translation>
    </message>
    <message>
        <source>Read aloud</source>
        <translation>القراءة بصوت عالٍ</translation>
    </message>
    <message>
        <source>Start over</source>
        <translation>البدء من جديد</translation>
    </message>
    <message>
        <source>Start over: clear this ballot and go back to the first screen</source>
        <translation>البدء من جديد: مسح ورقة الاقتراع هذه والعودة إلى الشاشة الأولى</translation>
    </message>
</context>
<context>
    <name>UnavailablePage</name>
    <message>
        <source>Please ask a librarian for help.</source>
        <translation>يُرجى طلب المساعدة من أحد موظفي المكتبة.</translation>
    </message>
    <message>
        <source>Staff only</source>
        <translation>للموظفين فقط</translation>
    </message>
</context>
<context>
    <name>Verifier</name>
    <message numerus="yes">
        <source>… and %n more problem(s) of this kind.</source>
        <translation>
            <numerusform>… ولا توجد مشكلات أخرى من هذا النوع.</numerusform>
            <numerusform>… ومشكلة أخرى من هذا النوع.</numerusform>
            <numerusform>… ومشكلتان أخريان من هذا النوع.</numerusform>
            <numerusform>… و%n مشكلات أخرى من هذا النوع.</numerusform>
            <numerusform>… و%n مشكلة أخرى من هذا النوع.</numerusform>
            <numerusform>… و%n مشكلة أخرى من هذا النوع.</numerusform>
        </translation>
    </message>
    <message>
        <source>ballots[%1], id %2</source>
        <translation>ورقة الاقتراع ballots[%1]‎، المعرّف %2</translation>
    </message>
    <message>
        <source>ballots[%1]</source>
        <translation>ورقة الاقتراع ballots[%1]‎</translation>
    </message>
    <message>
        <source>checkpoints[%1] (kiosk %2, batch %3)</source>
        <translation>نقطة التحقق checkpoints[%1]‎ (الجهاز %2، الدفعة %3)</translation>
    </message>
    <message>
        <source>checkpoints[%1]</source>
        <translation>نقطة التحقق checkpoints[%1]‎</translation>
    </message>
    <message>
        <source>results[%1] (rule %2)</source>
        <translation>النتيجة results[%1]‎ (القاعدة %2)</translation>
    </message>
    <message>
        <source>%1 has an unknown key &quot;%2&quot;.</source>
        <translation>يحتوي %1‎ على حقل غير معروف: &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>%1 has no &quot;%2&quot;.</source>
        <translation>يخلو %1‎ من الحقل &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>%1.%2 is not a string.</source>
        <translation>الحقل %1.%2 ليس سلسلة نصية.</translation>
    </message>
    <message>
        <source>%1.%2 is not standard base64 (with padding).</source>
        <translation>الحقل %1.%2 ليس بترميز base64 القياسي (مع الحشو).</translation>
    </message>
    <message>
        <source>%1 is not a string.</source>
        <translation>القيمة %1‎ ليست سلسلة نصية.</translation>
    </message>
    <message>
        <source>%1 is not %2 bytes in lowercase hex.</source>
        <translation>القيمة %1‎ ليست %2 بايت بالنظام الست عشري بأحرف صغيرة.</translation>
    </message>
    <message>
        <source>%1.%2 is not a whole number from %3 to %4.</source>
        <translation>الحقل %1.%2 ليس عددًا صحيحًا من ‎%3 إلى ‎%4.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an array.</source>
        <translation>الحقل &quot;%1&quot; ليس مصفوفة.</translation>
    </message>
    <message>
        <source>%1 is not an object.</source>
        <translation>العنصر %1‎ ليس كائنًا.</translation>
    </message>
    <message>
        <source>The file is a canonical pbvote election record (format version 2)</source>
        <translation>الملف سجل اقتراع من pbvote بالصيغة القياسية (الإصدار 2 من التنسيق)</translation>
    </message>
    <message>
        <source>The manifest is well formed and the record&apos;s copies of its fields match it</source>
        <translation>البيان سليم البنية، ونسخ حقوله في السجل مطابقة له</translation>
    </message>
    <message>
        <source>The manifest is signed by the authority</source>
        <translation>البيان موقَّع من السلطة</translation>
    </message>
    <message>
        <source>Every ballot is signed by the kiosk it names</source>
        <translation>كل ورقة اقتراع موقَّعة من جهاز التصويت المذكور فيها</translation>
    </message>
    <message>
        <source>Every ballot was cast in this round (manifest hash)</source>
        <translation>كل ورقة اقتراع أُدلي بها في هذه الجولة (قيمة تجزئة البيان)</translation>
    </message>
    <message>
        <source>Every ballot&apos;s kiosk is registered in the manifest</source>
        <translation>جهاز التصويت لكل ورقة اقتراع مسجَّل في البيان</translation>
    </message>
    <message>
        <source>Ballots are listed in ascending ballot-id order</source>
        <translation>أوراق الاقتراع مرتبة تصاعديًا بحسب معرّفاتها</translation>
    </message>
    <message>
        <source>No ballot appears twice (same ballot id or same sealed vote)</source>
        <translation>لا تظهر أي ورقة اقتراع مرتين (المعرّف نفسه أو الصوت المختوم نفسه)</translation>
    </message>
    <message>
        <source>Every sealed vote has the length the manifest fixes</source>
        <translation>لكل صوت مختوم الطول الذي يحدده البيان</translation>
    </message>
    <message>
        <source>Every receipt code is the one computed from its signed ballot</source>
        <translation>كل رمز إيصال هو الرمز المحسوب من ورقة الاقتراع الموقَّعة الخاصة به</translation>
    </message>
    <message>
        <source>Every checkpoint is signed by its kiosk for this round</source>
        <translation>كل نقطة تحقق موقَّعة من جهاز التصويت الخاص بها لهذه الجولة</translation>
    </message>
    <message>
        <source>Each kiosk&apos;s checkpoints form one chain: batches 1..n, linked, only the last final</source>
        <translation>تشكّل نقاط التحقق لكل جهاز تصويت سلسلة واحدة: الدفعات ‎1..n، مترابطة، والأخيرة وحدها نهائية</translation>
    </message>
    <message>
        <source>Each batch holds as many ballots and spent codes as its checkpoint says</source>
        <translation>تحتوي كل دفعة على عدد أوراق الاقتراع والرموز المستخدَمة الذي تذكره نقطة التحقق الخاصة بها</translation>
    </message>
    <message>
        <source>Each batch&apos;s ballots and spent codes have the Merkle roots its checkpoint signs</source>
        <translation>لأوراق الاقتراع والرموز المستخدَمة في كل دفعة جذور Merkle التي توقّعها نقطة التحقق الخاصة بها</translation>
    </message>
    <message>
        <source>Every ballot belongs to a batch that has a checkpoint</source>
        <translation>كل ورقة اقتراع تنتمي إلى دفعة لها نقطة تحقق</translation>
    </message>
    <message>
        <source>Every kiosk that took part signed a final checkpoint</source>
        <translation>كل جهاز تصويت شارك وقّع نقطة تحقق نهائية</translation>
    </message>
    <message>
        <source>No batch of ballots is so small that its voters could be singled out</source>
        <translation>لا توجد دفعة أوراق اقتراع صغيرة إلى حد يسمح بتمييز ناخبيها</translation>
    </message>
    <message>
        <source>The event log is one unbroken hash chain that agrees with the checkpoints, signed to its end</source>
        <translation>سجل الأحداث سلسلة تجزئة واحدة غير منقطعة، متوافقة مع نقاط التحقق، وموقَّعة حتى نهايتها</translation>
    </message>
    <message>
        <source>The log&apos;s times never go backwards and lie within the voting period</source>
        <translation>أوقات سجل الأحداث لا تعود إلى الوراء أبدًا وتقع ضمن فترة التصويت</translation>
    </message>
    <message>
        <source>No kiosk records voting after its own close</source>
        <translation>لا يسجّل أي جهاز تصويت اقتراعًا بعد إغلاقه</translation>
    </message>
    <message>
        <source>Access codes: the issued list is the signed one, each spent code was issued and spent once</source>
        <translation>رموز الدخول: القائمة المُصدَرة هي الموقَّعة، وكل رمز مستخدَم صدر واستُخدم مرة واحدة</translation>
    </message>
    <message>
        <source>Every result has a tally statement signed by the authority that matches the record</source>
        <translation>لكل نتيجة محضر فرز موقَّع من السلطة ومطابق للسجل</translation>
    </message>
    <message>
        <source>Every result is signed by the authority</source>
        <translation>كل نتيجة موقَّعة من السلطة</translation>
    </message>
    <message>
        <source>The opened ballots are the signed ones, valid, and as many as counted</source>
        <translation>أوراق الاقتراع المفتوحة هي الموقَّعة، وصالحة، وعددها يساوي ما احتُسب</translation>
    </message>
    <message>
        <source>Recounting the opened ballots gives the published result</source>
        <translation>إعادة فرز أوراق الاقتراع المفتوحة تعطي النتيجة المنشورة</translation>
    </message>
    <message>
        <source>The result is counted with the rule fixed in the manifest</source>
        <translation>النتيجة مفروزة بالقاعدة المحددة في البيان</translation>
    </message>
    <message>
        <source>The witness codes written down at the kiosks match signed checkpoints</source>
        <translation>رموز التوثيق المدوّنة عند أجهزة التصويت مطابقة لنقاط تحقق موقَّعة</translation>
    </message>
    <message>
        <source>With the election key: every sealed vote opens, is valid, and the opened ballots are exactly them</source>
        <translation>باستخدام مفتاح الاقتراع: يُفتح كل صوت مختوم وهو صالح، وأوراق الاقتراع المفتوحة هي هذه الأصوات بالضبط</translation>
    </message>
    <message>
        <source>The record does not reveal the order in which ballots were cast</source>
        <translation>لا يكشف السجل الترتيب الذي أُدلي فيه بأوراق الاقتراع</translation>
    </message>
    <message>
        <source>The voter&apos;s receipt is in the record and counted</source>
        <translation>إيصال الناخب موجود في السجل ومحتسب</translation>
    </message>
    <message>
        <source>Not run: the manifest cannot be read (see MANIFEST).</source>
        <translation>لم يُجرَ: تتعذّر قراءة البيان (انظر MANIFEST).</translation>
    </message>
    <message>
        <source>Not run: the record cannot be read (see RECORD_FORMAT).</source>
        <translation>لم يُجرَ: تتعذّر قراءة السجل (انظر RECORD_FORMAT).</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>الملف فارغ.</translation>
    </message>
    <message>
        <source>The file is not canonical JSON: at byte %1, %2 (it reads &quot;%3&quot;).</source>
        <translation>الملف ليس JSON بالصيغة القياسية: عند البايت %1، %2 (النص هناك: «%3»).</translation>
    </message>
    <message>
        <source>The file is JSON but not an object: it is not an election record.</source>
        <translation>الملف بصيغة JSON لكنه ليس كائنًا: إنه ليس سجل اقتراع.</translation>
    </message>
    <message>
        <source>&quot;format&quot; is not &quot;pbvote-election-record&quot;: this is not a pbvote election record.</source>
        <translation>قيمة الحقل &quot;format&quot; ليست &quot;pbvote-election-record&quot;: هذا ليس سجل اقتراع من pbvote.</translation>
    </message>
    <message>
        <source>Format version 1 (written before the canonical format): its &quot;round&quot; copy is not all checked. Export the round again for a version 2 record.</source>
        <translation>الإصدار 1 من التنسيق (كُتب قبل الصيغة القياسية): لا تُفحص نسخة &quot;round&quot; فيه كاملةً. صدِّر الجولة مرة أخرى للحصول على سجل من الإصدار 2.</translation>
    </message>
    <message>
        <source>Format version %1: this verifier reads version %2 (and 1). Use a pbvote that reads it.</source>
        <translation>الإصدار %1 من التنسيق: يقرأ برنامج التحقق هذا الإصدار %2 (والإصدار 1). استخدم إصدارًا من pbvote يقرأ هذا التنسيق.</translation>
    </message>
    <message>
        <source>(not a number)</source>
        <translation>(ليس رقمًا)</translation>
    </message>
    <message>
        <source>%1 has only part of a tally statement: &quot;statement&quot;, &quot;statement_signature&quot; and &quot;opened_ballots&quot; go together.</source>
        <translation>لا يحتوي %1‎ إلا على جزء من محضر الفرز: الحقول &quot;statement&quot; و&quot;statement_signature&quot; و&quot;opened_ballots&quot; تأتي معًا.</translation>
    </message>
    <message>
        <source>%1: results are not in ascending order of their rule.</source>
        <translation>في %1‎: النتائج ليست مرتبة تصاعديًا بحسب قاعدتها.</translation>
    </message>
    <message>
        <source>Canonical JSON, every field known and well encoded.</source>
        <translation>صيغة JSON قياسية، وكل الحقول معروفة ومرمَّزة على نحو سليم.</translation>
    </message>
    <message>
        <source>The record has no readable manifest.</source>
        <translation>لا يحتوي السجل على بيان قابل للقراءة.</translation>
    </message>
    <message>
        <source>Kiosks %1 and %2 are registered with the same public key.</source>
        <translation>جهازا التصويت %1 و%2 مسجَّلان بالمفتاح العام نفسه.</translation>
    </message>
    <message>
        <source>&quot;manifest_hash&quot; is %1 but the manifest&apos;s hash is %2.</source>
        <translation>قيمة &quot;manifest_hash&quot; هي %1 لكن قيمة تجزئة البيان هي %2.</translation>
    </message>
    <message>
        <source>&quot;authority_public_key&quot; is %1 but the manifest names %2.</source>
        <translation>قيمة &quot;authority_public_key&quot; هي %1 لكن البيان يذكر %2.</translation>
    </message>
    <message>
        <source>&quot;authority_fingerprint&quot; is %1 but the manifest&apos;s authority key has fingerprint %2.</source>
        <translation>قيمة &quot;authority_fingerprint&quot; هي %1 لكن بصمة مفتاح السلطة في البيان هي %2.</translation>
    </message>
    <message>
        <source>round.name is &quot;%1&quot; but the manifest names the round &quot;%2&quot;.</source>
        <translation>قيمة round.name هي «%1» لكن البيان يسمّي الجولة «%2».</translation>
    </message>
    <message>
        <source>round.election_id is %1 but the manifest&apos;s election id is %2.</source>
        <translation>قيمة round.election_id هي %1 لكن معرّف الاقتراع في البيان هو %2.</translation>
    </message>
    <message>
        <source>The manifest&apos;s round is not valid: %1</source>
        <translation>الجولة الواردة في البيان غير صالحة: %1</translation>
    </message>
    <message>
        <source>The manifest&apos;s padded ballot size is %1; its round needs %2.</source>
        <translation>حجم ورقة الاقتراع بعد الحشو في البيان %1؛ وجولته تحتاج إلى %2.</translation>
    </message>
    <message>
        <source>the budget is negative</source>
        <translation>الميزانية سالبة</translation>
    </message>
    <message>
        <source>district %1&apos;s budget is negative</source>
        <translation>ميزانية المنطقة %1 سالبة</translation>
    </message>
    <message>
        <source>project %1&apos;s cost is negative</source>
        <translation>تكلفة المشروع %1 سالبة</translation>
    </message>
    <message>
        <source>the projects&apos; costs add up to more than 2^63 - 1</source>
        <translation>مجموع تكاليف المشاريع يتجاوز ‎2^63 - 1</translation>
    </message>
    <message>
        <source>The manifest&apos;s amounts are out of range: %1. Ballots are not checked against it.</source>
        <translation>المبالغ في البيان خارج النطاق: %1. لا تُفحص أوراق الاقتراع مقابله.</translation>
    </message>
    <message>
        <source>The manifest&apos;s signature is not valid for the authority key it names: the manifest was altered after it was signed, or signed by someone else.</source>
        <translation>توقيع البيان غير صالح لمفتاح السلطة الذي يذكره: عُدّل البيان بعد توقيعه، أو وقّعه شخص آخر.</translation>
    </message>
    <message>
        <source>No --authority fingerprint given: the authority key in the record (fingerprint %1) was used. Compare it with the fingerprint the organizers published.</source>
        <translation>لم تُدخَل بصمة ‎--authority: استُخدم مفتاح السلطة الموجود في السجل (البصمة %1). قارنه بالبصمة التي نشرها المنظِّمون.</translation>
    </message>
    <message>
        <source>The manifest is signed by the key with fingerprint %1, not by the authority %2 you gave.</source>
        <translation>البيان موقَّع بالمفتاح ذي البصمة %1، لا بمفتاح السلطة %2 الذي أدخلته.</translation>
    </message>
    <message>
        <source>The authority key&apos;s fingerprint %1 is the one given with --authority.</source>
        <translation>بصمة مفتاح السلطة %1 هي البصمة المُدخلة عبر ‎--authority.</translation>
    </message>
    <message>
        <source>%1: the record says receipt %2, the signed ballot&apos;s receipt is %3.</source>
        <translation>%1: يذكر السجل الإيصال %2، وإيصال ورقة الاقتراع الموقَّعة هو %3.</translation>
    </message>
    <message>
        <source>%1: the envelope cannot be read: %2</source>
        <translation>%1: تتعذّر قراءة الظرف: %2</translation>
    </message>
    <message>
        <source>%1: kiosk &quot;%2&quot; is not registered in the manifest.</source>
        <translation>%1: جهاز التصويت «%2» غير مسجَّل في البيان.</translation>
    </message>
    <message>
        <source>%1: kiosk &quot;%2&quot; is not registered in the manifest, so no key can check its signature.</source>
        <translation>%1: جهاز التصويت «%2» غير مسجَّل في البيان، فلا يوجد مفتاح يمكنه فحص توقيعه.</translation>
    </message>
    <message>
        <source>%1: the signature of kiosk %2 is not valid.</source>
        <translation>%1: توقيع جهاز التصويت %2 غير صالح.</translation>
    </message>
    <message>
        <source>%1: it was cast in another round (its manifest hash is %2).</source>
        <translation>%1: أُدلي بها في جولة أخرى (قيمة تجزئة البيان فيها %2).</translation>
    </message>
    <message>
        <source>%1: the sealed vote is %2 bytes; the manifest fixes %3.</source>
        <translation>%1: حجم الصوت المختوم %2 بايت؛ والبيان يحدد %3.</translation>
    </message>
    <message>
        <source>%1 comes after %2: ballots must be listed in ascending ballot-id order.</source>
        <translation>تأتي %1 بعد %2: يجب أن تُدرج أوراق الاقتراع تصاعديًا بحسب معرّفاتها.</translation>
    </message>
    <message>
        <source>ballots[%1] and ballots[%2] have the same ballot id %3.</source>
        <translation>لورقتي الاقتراع ballots[%1]‎ وballots[%2]‎ المعرّف نفسه %3.</translation>
    </message>
    <message>
        <source>%1 and %2 hold the same sealed vote.</source>
        <translation>تحتوي %1 و%2 على الصوت المختوم نفسه.</translation>
    </message>
    <message numerus="yes">
        <source>%n ballot(s) in ascending ballot-id order.</source>
        <translation>
            <numerusform>عدد أوراق الاقتراع المرتبة تصاعديًا بحسب معرّفاتها: %n.</numerusform>
            <numerusform>عدد أوراق الاقتراع المرتبة تصاعديًا بحسب معرّفاتها: %n.</numerusform>
            <numerusform>عدد أوراق الاقتراع المرتبة تصاعديًا بحسب معرّفاتها: %n.</numerusform>
            <numerusform>عدد أوراق الاقتراع المرتبة تصاعديًا بحسب معرّفاتها: %n.</numerusform>
            <numerusform>عدد أوراق الاقتراع المرتبة تصاعديًا بحسب معرّفاتها: %n.</numerusform>
            <numerusform>عدد أوراق الاقتراع المرتبة تصاعديًا بحسب معرّفاتها: %n.</numerusform>
        </translation>
    </message>
    <message>
        <source>Every sealed vote is %1 bytes.</source>
        <translation>حجم كل صوت مختوم %1 بايت.</translation>
    </message>
    <message>
        <source>%1: the checkpoint cannot be read: %2</source>
        <translation>%1: تتعذّر قراءة نقطة التحقق: %2</translation>
    </message>
    <message>
        <source>%1: the record says kiosk %2, batch %3; the signed checkpoint says kiosk %4, batch %5.</source>
        <translation>%1: يذكر السجل الجهاز %2، الدفعة %3؛ وتذكر نقطة التحقق الموقَّعة الجهاز %4، الدفعة %5.</translation>
    </message>
    <message>
        <source>%1: the record says witness code %2; the signed checkpoint&apos;s witness code is %3.</source>
        <translation>%1: يذكر السجل رمز التوثيق %2؛ ورمز التوثيق لنقطة التحقق الموقَّعة هو %3.</translation>
    </message>
    <message>
        <source>%1: it was signed for another round (its manifest hash is %2).</source>
        <translation>%1: وُقّعت لجولة أخرى (قيمة تجزئة البيان فيها %2).</translation>
    </message>
    <message>
        <source>%1 comes after %2: checkpoints must be listed by kiosk, then batch, each once.</source>
        <translation>تأتي %1 بعد %2: يجب أن تُدرج نقاط التحقق بحسب الجهاز ثم الدفعة، كلٌّ منها مرة واحدة.</translation>
    </message>
    <message>
        <source>%1: kiosk %2&apos;s checkpoint number %3 is for batch %4; batches go 1, 2, 3 … without gaps or repeats.</source>
        <translation>%1: نقطة التحقق رقم %3 للجهاز %2 تخص الدفعة %4؛ تتوالى الدفعات 1، 2، 3 … دون فجوات أو تكرار.</translation>
    </message>
    <message>
        <source>%1: the first checkpoint of a kiosk must have no previous checkpoint.</source>
        <translation>%1: يجب ألا تكون لأول نقطة تحقق في الجهاز نقطة تحقق سابقة.</translation>
    </message>
    <message>
        <source>%1 does not link to the previous checkpoint %2.</source>
        <translation>لا ترتبط %1 بنقطة التحقق السابقة %2.</translation>
    </message>
    <message>
        <source>%1 is final, yet kiosk %2 has later checkpoints.</source>
        <translation>%1 نهائية، ومع ذلك للجهاز %2 نقاط تحقق لاحقة.</translation>
    </message>
    <message>
        <source>%1 says kiosk %2 took %3 ballots so far; its batches add up to %4.</source>
        <translation>تذكر %1 أن عدد أوراق الاقتراع التي استقبلها الجهاز %2 حتى ذلك الحين %3؛ ومجموع دفعاته %4.</translation>
    </message>
    <message>
        <source>%1 points to an earlier event than the checkpoint before it.</source>
        <translation>تشير %1 إلى حدث أسبق من حدث نقطة التحقق التي قبلها.</translation>
    </message>
    <message numerus="yes">
        <source>%n more</source>
        <translation>
            <numerusform>ولا أوراق أخرى</numerusform>
            <numerusform>وورقة أخرى</numerusform>
            <numerusform>وورقتان أخريان</numerusform>
            <numerusform>و%n أوراق أخرى</numerusform>
            <numerusform>و%n ورقة أخرى</numerusform>
            <numerusform>و%n ورقة أخرى</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 says %2 ballots; the record holds %3 of that batch.</source>
        <translation>تذكر %1 أن عدد أوراق الاقتراع %2؛ ويحتوي السجل على %3 من تلك الدفعة.</translation>
    </message>
    <message>
        <source>%1 says %2 spent access codes; the record holds %3 of that batch.</source>
        <translation>تذكر %1 أن عدد رموز الدخول المستخدَمة %2؛ ويحتوي السجل على %3 من تلك الدفعة.</translation>
    </message>
    <message>
        <source>%1 says %2 ballots but %3 spent access codes: each ballot spends one code.</source>
        <translation>تذكر %1 أن عدد أوراق الاقتراع %2 لكن عدد رموز الدخول المستخدَمة %3: كل ورقة اقتراع تستهلك رمزًا واحدًا.</translation>
    </message>
    <message>
        <source>%1: the Merkle root of the batch&apos;s %2 ballots is not the one the checkpoint signs: a ballot of the batch was removed, added or changed.</source>
        <translation>%1: جذر Merkle لأوراق الاقتراع في الدفعة (وعددها %2) ليس الجذر الذي توقّعه نقطة التحقق: أُزيلت ورقة اقتراع من الدفعة أو أُضيفت أو غُيّرت.</translation>
    </message>
    <message>
        <source>%1: the Merkle root of the batch&apos;s %2 spent access codes is not the one the checkpoint signs.</source>
        <translation>%1: جذر Merkle لرموز الدخول المستخدَمة في الدفعة (وعددها %2) ليس الجذر الذي توقّعه نقطة التحقق.</translation>
    </message>
    <message>
        <source>Kiosk %1 took part but signed no checkpoint at all.</source>
        <translation>شارك الجهاز %1 لكنه لم يوقّع أي نقطة تحقق.</translation>
    </message>
    <message>
        <source>Kiosk %1&apos;s last checkpoint (batch %2) is a suspension: it never signed its final checkpoint, so ballots after it may be missing.</source>
        <translation>آخر نقطة تحقق للجهاز %1 (الدفعة %2) إيقاف مؤقت: لم يوقّع الجهاز نقطة التحقق النهائية قط، لذا قد تكون أوراق اقتراع بعدها مفقودة.</translation>
    </message>
    <message numerus="yes">
        <source>%n batch(es) checked.</source>
        <translation>
            <numerusform>لم تُفحص أي دفعة.</numerusform>
            <numerusform>فُحصت دفعة واحدة.</numerusform>
            <numerusform>فُحصت دفعتان.</numerusform>
            <numerusform>فُحصت %n دفعات.</numerusform>
            <numerusform>فُحصت %n دفعة.</numerusform>
            <numerusform>فُحصت %n دفعة.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 holds %n ballot(s). Someone who knows who voted at that kiosk between its checkpoints and who also holds the election key could link these sealed votes to a few people. The published opened ballots stay unlinked.</source>
        <translation>
            <numerusform>عدد أوراق الاقتراع في الدفعة التي تغطيها %1: %n. من يعرف مَن صوّت عند ذلك الجهاز بين نقاط تحققه ويملك أيضًا مفتاح الاقتراع قد يستطيع ربط هذه الأصوات المختومة بعدد قليل من الأشخاص. أما أوراق الاقتراع المفتوحة المنشورة فتبقى غير مرتبطة بأحد.</numerusform>
            <numerusform>عدد أوراق الاقتراع في الدفعة التي تغطيها %1: %n. من يعرف مَن صوّت عند ذلك الجهاز بين نقاط تحققه ويملك أيضًا مفتاح الاقتراع قد يستطيع ربط هذه الأصوات المختومة بعدد قليل من الأشخاص. أما أوراق الاقتراع المفتوحة المنشورة فتبقى غير مرتبطة بأحد.</numerusform>
            <numerusform>عدد أوراق الاقتراع في الدفعة التي تغطيها %1: %n. من يعرف مَن صوّت عند ذلك الجهاز بين نقاط تحققه ويملك أيضًا مفتاح الاقتراع قد يستطيع ربط هذه الأصوات المختومة بعدد قليل من الأشخاص. أما أوراق الاقتراع المفتوحة المنشورة فتبقى غير مرتبطة بأحد.</numerusform>
            <numerusform>عدد أوراق الاقتراع في الدفعة التي تغطيها %1: %n. من يعرف مَن صوّت عند ذلك الجهاز بين نقاط تحققه ويملك أيضًا مفتاح الاقتراع قد يستطيع ربط هذه الأصوات المختومة بعدد قليل من الأشخاص. أما أوراق الاقتراع المفتوحة المنشورة فتبقى غير مرتبطة بأحد.</numerusform>
            <numerusform>عدد أوراق الاقتراع في الدفعة التي تغطيها %1: %n. من يعرف مَن صوّت عند ذلك الجهاز بين نقاط تحققه ويملك أيضًا مفتاح الاقتراع قد يستطيع ربط هذه الأصوات المختومة بعدد قليل من الأشخاص. أما أوراق الاقتراع المفتوحة المنشورة فتبقى غير مرتبطة بأحد.</numerusform>
            <numerusform>عدد أوراق الاقتراع في الدفعة التي تغطيها %1: %n. من يعرف مَن صوّت عند ذلك الجهاز بين نقاط تحققه ويملك أيضًا مفتاح الاقتراع قد يستطيع ربط هذه الأصوات المختومة بعدد قليل من الأشخاص. أما أوراق الاقتراع المفتوحة المنشورة فتبقى غير مرتبطة بأحد.</numerusform>
        </translation>
    </message>
    <message>
        <source>Every batch with ballots holds at least %1.</source>
        <translation>لا يقل عدد أوراق الاقتراع في أي دفعة غير فارغة عن %1.</translation>
    </message>
    <message>
        <source>events[%1]</source>
        <translation>الحدث events[%1]‎</translation>
    </message>
    <message>
        <source>%1: the event cannot be read: %2</source>
        <translation>%1: تتعذّر قراءة الحدث: %2</translation>
    </message>
    <message>
        <source>%1 has sequence number %2; the log must number events 1, 2, 3 … in order.</source>
        <translation>%1 رقمه التسلسلي %2؛ يجب أن تُرقَّم الأحداث في السجل 1، 2، 3 … بالترتيب.</translation>
    </message>
    <message>
        <source>%1 does not link to the event before it: an event was removed, added or changed.</source>
        <translation>%1 لا يرتبط بالحدث الذي قبله: أُزيل حدث أو أُضيف أو غُيّر.</translation>
    </message>
    <message>
        <source>%1, the first event, links to a previous event.</source>
        <translation>%1، وهو الحدث الأول، يرتبط بحدث سابق.</translation>
    </message>
    <message>
        <source>%1: these fields differ from the event&apos;s signed bytes: %2.</source>
        <translation>%1: هذه الحقول تختلف عن بايتات الحدث الموقَّعة: %2.</translation>
    </message>
    <message>
        <source>%1 signs event %2 as the log&apos;s head, but the log&apos;s event %2 is not that event.</source>
        <translation>توقّع %1 الحدث %2 على أنه رأس السجل، لكن الحدث %2 في السجل ليس ذلك الحدث.</translation>
    </message>
    <message>
        <source>%1: its event %2 is not this kiosk&apos;s %3 event.</source>
        <translation>%1: الحدث %2 الخاص بها ليس حدث %3 لهذا الجهاز.</translation>
    </message>
    <message>
        <source>%1 says %2 ballots; the log records %3 casts at kiosk %4 in that batch.</source>
        <translation>تذكر %1 أن عدد أوراق الاقتراع %2؛ لكن عدد عمليات الإدلاء بالصوت التي يسجّلها السجل في الجهاز %4 في تلك الدفعة %3.</translation>
    </message>
    <message>
        <source>The log records %1 casts at kiosk %2 after its last checkpoint.</source>
        <translation>يسجّل سجل الأحداث عمليات إدلاء بالصوت عددها %1 في الجهاز %2 بعد آخر نقطة تحقق له.</translation>
    </message>
    <message>
        <source>The log records %1 casts at kiosk %2, which signed no checkpoint.</source>
        <translation>يسجّل سجل الأحداث عمليات إدلاء بالصوت عددها %1 في الجهاز %2، الذي لم يوقّع أي نقطة تحقق.</translation>
    </message>
    <message numerus="yes">
        <source>%n event(s) in one chain.</source>
        <translation>
            <numerusform>لا أحداث في السلسلة.</numerusform>
            <numerusform>حدث واحد في سلسلة واحدة.</numerusform>
            <numerusform>حدثان في سلسلة واحدة.</numerusform>
            <numerusform>%n أحداث في سلسلة واحدة.</numerusform>
            <numerusform>%n حدثًا في سلسلة واحدة.</numerusform>
            <numerusform>%n حدث في سلسلة واحدة.</numerusform>
        </translation>
    </message>
    <message>
        <source>The log goes on after event %1, the last one a checkpoint or tally statement signs: events %2 to %3 are covered by no signature, so anyone could have written them.</source>
        <translation>يستمر سجل الأحداث بعد الحدث %1، وهو آخر حدث توقّعه نقطة تحقق أو محضر فرز: الأحداث من %2 إلى %3 لا يشملها أي توقيع، فربما كتبها أي شخص.</translation>
    </message>
    <message>
        <source>events[%1] (%2)</source>
        <translation>الحدث events[%1]‎ (%2)‎</translation>
    </message>
    <message>
        <source>%1 is dated %2, before events[%3] (%4): the log&apos;s times never go backwards, so a clock was turned back or the log was rewritten.</source>
        <translation>تاريخ %1 هو %2، وهو قبل الحدث events[%3]‎ (%4)‎: أوقات السجل لا تعود إلى الوراء أبدًا، لذا أُرجعت ساعةٌ إلى الوراء أو أُعيدت كتابة السجل.</translation>
    </message>
    <message>
        <source>%1 is dated %2, more than a day after this verification (%3).</source>
        <translation>تاريخ %1 هو %2، أي بعد هذا التحقق (%3) بأكثر من يوم.</translation>
    </message>
    <message>
        <source>%1 at kiosk %2 is dated %3, more than a day outside the voting period the manifest plans (%4 to %5).</source>
        <translation>تاريخ %1 في الجهاز %2 هو %3، أي خارج فترة التصويت المخطط لها في البيان (%4 إلى %5) بأكثر من يوم.</translation>
    </message>
    <message>
        <source>%1 at kiosk %2 comes after that kiosk closed (events[%3]).</source>
        <translation>يقع %1 في الجهاز %2 بعد إغلاق ذلك الجهاز (events[%3]‎).</translation>
    </message>
    <message>
        <source>%1 is dated %2, but the event it signs (events[%3]) is dated %4.</source>
        <translation>تاريخ %1 هو %2، لكن تاريخ الحدث الذي توقّعه (events[%3]‎) هو %4.</translation>
    </message>
    <message>
        <source>%1 is dated %2, more than a day outside the voting period the manifest plans (%3 to %4).</source>
        <translation>تاريخ %1 هو %2، أي خارج فترة التصويت المخطط لها في البيان (%3 إلى %4) بأكثر من يوم.</translation>
    </message>
    <message>
        <source>Times never go backwards; voting events lie within the planned period %1 to %2 (a day&apos;s margin).</source>
        <translation>الأوقات لا تعود إلى الوراء أبدًا؛ وأحداث التصويت تقع ضمن الفترة المخطط لها من %1 إلى %2 (بهامش يوم واحد).</translation>
    </message>
    <message>
        <source>Times never go backwards. The manifest plans no voting period to compare with.</source>
        <translation>الأوقات لا تعود إلى الوراء أبدًا. لا يحدد البيان فترة تصويت للمقارنة بها.</translation>
    </message>
    <message numerus="yes">
        <source>%n kiosk(s) closed; none recorded voting afterwards.</source>
        <translation>
            <numerusform>لم يُغلق أي جهاز تصويت.</numerusform>
            <numerusform>أُغلق جهاز تصويت واحد ولم يسجّل أي اقتراع بعد ذلك.</numerusform>
            <numerusform>أُغلق جهازا تصويت ولم يسجّل أيٌّ منهما اقتراعًا بعد ذلك.</numerusform>
            <numerusform>أُغلقت %n أجهزة تصويت ولم يسجّل أيٌّ منها اقتراعًا بعد ذلك.</numerusform>
            <numerusform>أُغلق %n جهازًا للتصويت ولم يسجّل أيٌّ منها اقتراعًا بعد ذلك.</numerusform>
            <numerusform>أُغلق %n جهاز تصويت ولم يسجّل أيٌّ منها اقتراعًا بعد ذلك.</numerusform>
        </translation>
    </message>
    <message>
        <source>issued_code_hashes[%1] repeats the code hash before it.</source>
        <translation>يكرّر العنصر issued_code_hashes[%1]‎ قيمة تجزئة الرمز التي تسبقه.</translation>
    </message>
    <message>
        <source>issued_code_hashes[%1] is out of order: the list must be sorted.</source>
        <translation>العنصر issued_code_hashes[%1]‎ في غير موضعه: يجب أن تكون القائمة مرتبة.</translation>
    </message>
    <message>
        <source>spent_codes[%1] (kiosk %2, batch %3)</source>
        <translation>الرمز المستخدَم spent_codes[%1]‎ (الجهاز %2، الدفعة %3)</translation>
    </message>
    <message>
        <source>%1 is out of order: spent codes are listed by kiosk, batch and hash, each once.</source>
        <translation>%1 في غير موضعه: تُدرج الرموز المستخدَمة بحسب الجهاز ثم الدفعة ثم قيمة التجزئة، كلٌّ منها مرة واحدة.</translation>
    </message>
    <message>
        <source>%1: this access code was never issued.</source>
        <translation>%1: لم يصدر رمز الدخول هذا قط.</translation>
    </message>
    <message>
        <source>spent_codes[%1] and spent_codes[%2] are the same access code: it was used twice.</source>
        <translation>العنصران spent_codes[%1]‎ وspent_codes[%2]‎ هما رمز الدخول نفسه: استُخدم مرتين.</translation>
    </message>
    <message>
        <source>%1: its tally statement says %2 access codes were issued; the record lists %3.</source>
        <translation>%1: يذكر محضر الفرز الخاص بها أن عدد رموز الدخول المُصدَرة %2؛ والسجل يدرج %3.</translation>
    </message>
    <message>
        <source>%1: the issued code list is not the one its tally statement signs (Merkle root differs).</source>
        <translation>%1: قائمة الرموز المُصدَرة ليست القائمة التي يوقّعها محضر الفرز الخاص بها (جذر Merkle مختلف).</translation>
    </message>
    <message>
        <source>No tally statement signs the issued code list, so that list is only as the record says.</source>
        <translation>لا يوقّع أي محضر فرز قائمة الرموز المُصدَرة، لذا لا تستند هذه القائمة إلا إلى ما يذكره السجل.</translation>
    </message>
    <message>
        <source>%1 access codes issued, %2 spent.</source>
        <translation>رموز الدخول المُصدَرة: %1، والمستخدَمة: %2.</translation>
    </message>
    <message>
        <source>The log records that the round was counted, but the record holds no result: the results were removed.</source>
        <translation>يسجّل سجل الأحداث أن الجولة فُرزت، لكن السجل لا يحتوي على أي نتيجة: أُزيلت النتائج.</translation>
    </message>
    <message>
        <source>The record holds no result: the round was not counted when it was exported.</source>
        <translation>لا يحتوي السجل على أي نتيجة: لم تكن الجولة قد فُرزت عند تصديره.</translation>
    </message>
    <message>
        <source>No result in the record.</source>
        <translation>لا توجد نتيجة في السجل.</translation>
    </message>
    <message>
        <source>%1: the authority&apos;s signature of the result is not valid: the result was changed after it was signed.</source>
        <translation>%1: توقيع السلطة على النتيجة غير صالح: غُيّرت النتيجة بعد توقيعها.</translation>
    </message>
    <message>
        <source>%1 has no tally statement (it was counted before pbvote signed them): its opened ballots and counts cannot be checked. Count the round again.</source>
        <translation>%1 ليس لها محضر فرز (فُرزت قبل أن يبدأ pbvote بتوقيع المحاضر): لا يمكن فحص أوراق الاقتراع المفتوحة وأعداد الأصوات فيها. أعِد فرز الجولة.</translation>
    </message>
    <message>
        <source>%1: the tally statement cannot be read: %2</source>
        <translation>%1: تتعذّر قراءة محضر الفرز: %2</translation>
    </message>
    <message>
        <source>%1: the authority&apos;s signature of the tally statement is not valid.</source>
        <translation>%1: توقيع السلطة على محضر الفرز غير صالح.</translation>
    </message>
    <message>
        <source>%1: the tally statement is for another manifest (%2).</source>
        <translation>%1: محضر الفرز يخص بيانًا آخر (%2).</translation>
    </message>
    <message>
        <source>%1: the result is not the one the tally statement signs (result hash differs).</source>
        <translation>%1: النتيجة ليست التي يوقّعها محضر الفرز (قيمة تجزئة النتيجة مختلفة).</translation>
    </message>
    <message>
        <source>%1: the tally statement&apos;s rule is &quot;%2&quot;.</source>
        <translation>%1: القاعدة في محضر الفرز هي «%2».</translation>
    </message>
    <message>
        <source>%1: the tally statement&apos;s tie-breaking &quot;%2&quot; does not match its rule &quot;%3&quot;.</source>
        <translation>%1: طريقة كسر التعادل «%2» في محضر الفرز لا تطابق قاعدته «%3».</translation>
    </message>
    <message>
        <source>%1: the tally statement signs event %2 as the log&apos;s head, but the log&apos;s event %2 is not that event.</source>
        <translation>%1: يوقّع محضر الفرز الحدث %2 على أنه رأس السجل، لكن الحدث %2 في السجل ليس ذلك الحدث.</translation>
    </message>
    <message>
        <source>%1: the count covers the log up to event %2, before the last checkpoint (event %3).</source>
        <translation>%1: يشمل الفرز السجل حتى الحدث %2، أي قبل آخر نقطة تحقق (الحدث %3).</translation>
    </message>
    <message>
        <source>%1: the tally statement revokes kiosk %2, which the manifest does not register.</source>
        <translation>%1: يلغي محضر الفرز اعتماد الجهاز %2، وهو غير مسجَّل في البيان.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: the opened ballots are not the ones the tally statement signs (hash differs).</source>
        <translation>%1: أوراق الاقتراع المفتوحة ليست التي يوقّعها محضر الفرز (قيمة التجزئة مختلفة).</translation>
    </message>
    <message>
        <source>%1: %2 opened ballots, but the tally statement counts %3.</source>
        <translation>%1: عدد أوراق الاقتراع المفتوحة %2، لكن محضر الفرز يحتسب %3.</translation>
    </message>
    <message>
        <source>%1: opened ballot %2 (%3) breaks the round&apos;s rules: %4</source>
        <translation>%1: ورقة الاقتراع المفتوحة %2 (%3) تخالف قواعد الجولة: %4</translation>
    </message>
    <message>
        <source>%1: opened ballot %2 (%3) is not in canonical form.</source>
        <translation>%1: ورقة الاقتراع المفتوحة %2 (%3) ليست بالصيغة القياسية.</translation>
    </message>
    <message>
        <source>%1: the tally statement counts %2 ballots and excludes %3, but the record holds %4 ballots.</source>
        <translation>%1: يحتسب محضر الفرز %2 من أوراق الاقتراع ويستبعد %3، لكن السجل يحتوي على %4 من أوراق الاقتراع.</translation>
    </message>
    <message>
        <source>%1: the tally statement excludes %2 ballots; the revoked kiosks cast %3.</source>
        <translation>%1: يستبعد محضر الفرز %2 من أوراق الاقتراع؛ وعدد ما أُدلي به في الأجهزة الملغى اعتمادها %3.</translation>
    </message>
    <message>
        <source>%1: %2 ballots counted, %3 excluded.</source>
        <translation>%1: أوراق الاقتراع المحتسبة %2، والمستبعدة %3.</translation>
    </message>
    <message>
        <source>No tally statement in the record.</source>
        <translation>لا يوجد محضر فرز في السجل.</translation>
    </message>
    <message>
        <source>position %1</source>
        <translation>الموضع %1</translation>
    </message>
    <message>
        <source>no choice</source>
        <translation>لا اختيار</translation>
    </message>
    <message>
        <source>Not run: the manifest&apos;s amounts are out of range (see MANIFEST).</source>
        <translation>لم يُجرَ: المبالغ في البيان خارج النطاق (انظر MANIFEST).</translation>
    </message>
    <message>
        <source>%1: not recounted: its manifest, tally statement or opened ballots are not authentic (see the checks above).</source>
        <translation>%1: لم يُعَد فرزها: البيان أو محضر الفرز أو أوراق الاقتراع المفتوحة الخاصة بها غير أصلية (انظر الفحوصات السابقة).</translation>
    </message>
    <message>
        <source>%1: unknown tie-breaking &quot;%2&quot;.</source>
        <translation>%1: طريقة كسر تعادل غير معروفة «%2».</translation>
    </message>
    <message>
        <source>%1: the recount failed: %2</source>
        <translation>%1: فشلت إعادة الفرز: %2</translation>
    </message>
    <message>
        <source>%1: the published result is not a JSON object.</source>
        <translation>%1: النتيجة المنشورة ليست كائن JSON.</translation>
    </message>
    <message>
        <source>%1: the recount of %2 opened ballots with %3 gives the published winners: %4.</source>
        <translation>%1: إعادة فرز أوراق الاقتراع المفتوحة (وعددها %2) بالقاعدة %3 تعطي المشاريع الفائزة المنشورة: %4.</translation>
    </message>
    <message>
        <source>No counted result with a tally statement in the record.</source>
        <translation>لا توجد في السجل نتيجة مفروزة مع محضر فرز.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>لا شيء</translation>
    </message>
    <message>
        <source>(absent)</source>
        <translation>(غير موجود)</translation>
    </message>
    <message>
        <source>the published result lists %1 projects; the round has %2.</source>
        <translation>تدرج النتيجة المنشورة %1 من المشاريع؛ والجولة فيها %2.</translation>
    </message>
    <message>
        <source>project %1 differs: the published result has %2 = %3, the recount %4.</source>
        <translation>المشروع %1 مختلف: في النتيجة المنشورة ‎%2 = %3، وفي إعادة الفرز %4.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; differs: the published result has %2, the recount %3.</source>
        <translation>الحقل &quot;%1&quot; مختلف: في النتيجة المنشورة %2، وفي إعادة الفرز %3.</translation>
    </message>
    <message>
        <source>The manifest (format 1) fixes no counting rule, so the rule used cannot be checked against one chosen before voting.</source>
        <translation>لا يحدد البيان (التنسيق 1) قاعدة فرز، لذا لا يمكن مقارنة القاعدة المستخدمة بقاعدة اختيرت قبل التصويت.</translation>
    </message>
    <message>
        <source>%1 is counted with &quot;%2&quot;, not with &quot;%3&quot;, the rule the manifest fixes.</source>
        <translation>%1 مفروزة بالقاعدة «%2»، لا بالقاعدة «%3» التي يحددها البيان.</translation>
    </message>
    <message>
        <source>Counted with &quot;%1&quot;, the rule the manifest fixed before voting.</source>
        <translation>فُرزت بالقاعدة «%1»، وهي القاعدة التي حددها البيان قبل التصويت.</translation>
    </message>
    <message>
        <source>No witness codes given (--witness).</source>
        <translation>لم تُدخَل رموز توثيق (‎--witness).</translation>
    </message>
    <message>
        <source>Witness code %1 matches no checkpoint in the record: a checkpoint was removed or replaced, or the code was written down wrong.</source>
        <translation>رمز التوثيق %1 لا يطابق أي نقطة تحقق في السجل: أُزيلت نقطة تحقق أو استُبدلت، أو دُوّن الرمز خطأً.</translation>
    </message>
    <message>
        <source>%1: %2.</source>
        <translation>رمز التوثيق %1: %2.</translation>
    </message>
    <message>
        <source>No election key given (--election-key).</source>
        <translation>لم يُدخَل مفتاح الاقتراع (‎--election-key).</translation>
    </message>
    <message>
        <source>The election key must be %1 bytes.</source>
        <translation>يجب أن يكون حجم مفتاح الاقتراع %1 بايت.</translation>
    </message>
    <message>
        <source>%1: the sealed vote does not open with this key: %2</source>
        <translation>%1: لا يُفتح الصوت المختوم بهذا المفتاح: %2</translation>
    </message>
    <message>
        <source>%1: the sealed vote belongs to another ballot or round.</source>
        <translation>%1: الصوت المختوم يخص ورقة اقتراع أخرى أو جولة أخرى.</translation>
    </message>
    <message>
        <source>%1: the sealed vote is of the wrong ballot kind.</source>
        <translation>%1: الصوت المختوم من نوع ورقة اقتراع خاطئ.</translation>
    </message>
    <message>
        <source>%1: the vote breaks the round&apos;s rules: %2</source>
        <translation>%1: الصوت يخالف قواعد الجولة: %2</translation>
    </message>
    <message>
        <source>%1: the vote is not in canonical form.</source>
        <translation>%1: الصوت ليس بالصيغة القياسية.</translation>
    </message>
    <message>
        <source>The key opens none of the %1 sealed votes: it is not this round&apos;s election key.</source>
        <translation>لا يفتح المفتاح أيًّا من الأصوات المختومة وعددها %1: إنه ليس مفتاح الاقتراع لهذه الجولة.</translation>
    </message>
    <message>
        <source>%1 of %2 sealed votes opened and valid.</source>
        <translation>الأصوات المختومة التي فُتحت وهي صالحة: %1 من %2.</translation>
    </message>
    <message>
        <source>%1: the opened ballots are exactly the %2 sealed votes of non-revoked kiosks.</source>
        <translation>%1: أوراق الاقتراع المفتوحة هي بالضبط الأصوات المختومة من الأجهزة غير الملغى اعتمادها، وعددها %2.</translation>
    </message>
    <message>
        <source>The ballots are not in ballot-id order, so their order may follow casting (see BALLOT_ORDER).</source>
        <translation>أوراق الاقتراع غير مرتبة بحسب معرّفاتها، لذا قد يتبع ترتيبها ترتيب الإدلاء بها (انظر BALLOT_ORDER).</translation>
    </message>
    <message>
        <source>Sealed votes differ in length, which may reveal how many projects were chosen (see CT_LENGTH).</source>
        <translation>تختلف أطوال الأصوات المختومة، وهذا قد يكشف عدد المشاريع المختارة (انظر CT_LENGTH).</translation>
    </message>
    <message>
        <source>Ballots are listed by their random ids, every sealed vote has the same length, opened ballots are sorted by content, and the format holds no time per ballot.</source>
        <translation>تُدرج أوراق الاقتراع بحسب معرّفاتها العشوائية، ولكل الأصوات المختومة الطول نفسه، وأوراق الاقتراع المفتوحة مرتبة بحسب محتواها، ولا يحفظ التنسيق وقتًا لأي ورقة اقتراع.</translation>
    </message>
    <message>
        <source>No receipt given (--receipt).</source>
        <translation>لم يُدخَل إيصال (‎--receipt).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a receipt code: a receipt has 16 letters and digits, like GPEK-A7LW-KIAX-PLS4.</source>
        <translation>النص «%1» ليس رمز إيصال: يتكوّن الإيصال من 16 حرفًا ورقمًا، مثل GPEK-A7LW-KIAX-PLS4.</translation>
    </message>
    <message>
        <source>No ballot with receipt %1 is in this record. Check the code; if it is right, report it to the organizers and the auditors.</source>
        <translation>لا توجد في هذا السجل ورقة اقتراع بالإيصال %1. تحقّق من الرمز؛ وإن كان صحيحًا فأبلغ المنظِّمين والمدقّقين.</translation>
    </message>
    <message>
        <source>A ballot with receipt %1 is in the record (%2), but its signature does NOT verify: report this to the auditors.</source>
        <translation>توجد في السجل ورقة اقتراع بالإيصال %1 (%2)، لكن توقيعها غير صالح: أبلغ المدقّقين بذلك.</translation>
    </message>
    <message>
        <source>Found: %1, kiosk %2, batch %3, with a valid signature; the record holds no count yet.</source>
        <translation>وُجدت: %1، الجهاز %2، الدفعة %3، بتوقيع صالح؛ ولا يحتوي السجل على فرز بعد.</translation>
    </message>
    <message>
        <source>Found: %1, kiosk %2, batch %3, with a valid signature, but NOT counted: the organizers revoked kiosk %2.</source>
        <translation>وُجدت: %1، الجهاز %2، الدفعة %3، بتوقيع صالح، لكنها غير محتسبة: ألغى المنظِّمون اعتماد الجهاز %2.</translation>
    </message>
    <message>
        <source>Found: %1, kiosk %2, batch %3, with a valid signature, and counted.</source>
        <translation>وُجدت: %1، الجهاز %2، الدفعة %3، بتوقيع صالح، وهي محتسبة.</translation>
    </message>
    <message>
        <source>Election record of &quot;%1&quot; (election id %2), format version %3</source>
        <translation>سجل الاقتراع «%1» (معرّف الاقتراع %2)، إصدار التنسيق %3</translation>
    </message>
    <message>
        <source>Authority key %1: the fingerprint you gave.</source>
        <translation>مفتاح السلطة %1: البصمة التي أدخلتها.</translation>
    </message>
    <message>
        <source>Authority key %1: NOT compared with a published fingerprint (use --authority).</source>
        <translation>مفتاح السلطة %1: لم يُقارَن ببصمة منشورة (استخدم ‎--authority).</translation>
    </message>
    <message>
        <source>Holds %1 ballots, %2 kiosks, %3 checkpoints, %4 events, %5 results.</source>
        <translation>يحتوي على: أوراق الاقتراع %1، أجهزة التصويت %2، نقاط التحقق %3، الأحداث %4، النتائج %5.</translation>
    </message>
    <message>
        <source>Verdict: PASSED. Every check passed.</source>
        <translation>النتيجة: ناجح. اجتازت كل الفحوصات.</translation>
    </message>
    <message>
        <source>Verdict: PASSED, with warnings to read: %1.</source>
        <translation>النتيجة: ناجح، مع تحذيرات تجب قراءتها: %1.</translation>
    </message>
    <message numerus="yes">
        <source>Verdict: FAILED. %n check(s) failed: %1.</source>
        <translation>
            <numerusform>النتيجة: فشل. فشلت فحوصات عددها %n: %1.</numerusform>
            <numerusform>النتيجة: فشل. فشلت فحوصات عددها %n: %1.</numerusform>
            <numerusform>النتيجة: فشل. فشلت فحوصات عددها %n: %1.</numerusform>
            <numerusform>النتيجة: فشل. فشلت فحوصات عددها %n: %1.</numerusform>
            <numerusform>النتيجة: فشل. فشلت فحوصات عددها %n: %1.</numerusform>
            <numerusform>النتيجة: فشل. فشلت فحوصات عددها %n: %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 does not exist.</source>
        <translation>الملف %1 غير موجود.</translation>
    </message>
    <message>
        <source>%1 is not a file.</source>
        <translation>المسار %1 ليس ملفًا.</translation>
    </message>
    <message>
        <source>%1 is %2 bytes; an election record is refused over %3 bytes (2 GiB).</source>
        <translation>حجم الملف %1 هو %2 بايت؛ ويُرفض سجل الاقتراع إذا تجاوز %3 بايت (2 GiB).</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>تعذّرت قراءة %1: %2</translation>
    </message>
    <message>
        <source>Cannot read the election key %1: %2</source>
        <translation>تعذّرت قراءة مفتاح الاقتراع %1: %2</translation>
    </message>
    <message>
        <source>%1 does not hold an election key: it must hold 64 hex digits.</source>
        <translation>الملف %1 لا يحتوي على مفتاح اقتراع: يجب أن يحتوي على 64 رقمًا ست عشريًا.</translation>
    </message>
    <message>
        <source>every other check, beside the signatures</source>
        <translation>بقية الفحوصات، بالتوازي مع التواقيع</translation>
    </message>
    <message>
        <source>the rest of the signatures, the receipt</source>
        <translation>بقية التواقيع، الإيصال</translation>
    </message>
    <message>
        <source>the record</source>
        <translation>السجل</translation>
    </message>
    <message numerus="yes">
        <source>Round &quot;%1&quot;: %n project(s), budget %2 %3, counting rule &quot;%4&quot;.</source>
        <translation>
            <numerusform>الجولة «%1»: عدد المشاريع %n، الميزانية %2 %3، قاعدة الفرز «%4».</numerusform>
            <numerusform>الجولة «%1»: عدد المشاريع %n، الميزانية %2 %3، قاعدة الفرز «%4».</numerusform>
            <numerusform>الجولة «%1»: عدد المشاريع %n، الميزانية %2 %3، قاعدة الفرز «%4».</numerusform>
            <numerusform>الجولة «%1»: عدد المشاريع %n، الميزانية %2 %3، قاعدة الفرز «%4».</numerusform>
            <numerusform>الجولة «%1»: عدد المشاريع %n، الميزانية %2 %3، قاعدة الفرز «%4».</numerusform>
            <numerusform>الجولة «%1»: عدد المشاريع %n، الميزانية %2 %3، قاعدة الفرز «%4».</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n kiosk(s) registered.</source>
        <translation>
            <numerusform>عدد أجهزة التصويت المسجَّلة: %n.</numerusform>
            <numerusform>عدد أجهزة التصويت المسجَّلة: %n.</numerusform>
            <numerusform>عدد أجهزة التصويت المسجَّلة: %n.</numerusform>
            <numerusform>عدد أجهزة التصويت المسجَّلة: %n.</numerusform>
            <numerusform>عدد أجهزة التصويت المسجَّلة: %n.</numerusform>
            <numerusform>عدد أجهزة التصويت المسجَّلة: %n.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n ballot signature(s) checked.</source>
        <translation>
            <numerusform>عدد تواقيع أوراق الاقتراع التي فُحصت: %n.</numerusform>
            <numerusform>عدد تواقيع أوراق الاقتراع التي فُحصت: %n.</numerusform>
            <numerusform>عدد تواقيع أوراق الاقتراع التي فُحصت: %n.</numerusform>
            <numerusform>عدد تواقيع أوراق الاقتراع التي فُحصت: %n.</numerusform>
            <numerusform>عدد تواقيع أوراق الاقتراع التي فُحصت: %n.</numerusform>
            <numerusform>عدد تواقيع أوراق الاقتراع التي فُحصت: %n.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The work was shared by %n thread(s).</source>
        <translation>
            <numerusform>عدد مسارات التنفيذ التي تقاسمت العمل: %n.</numerusform>
            <numerusform>عدد مسارات التنفيذ التي تقاسمت العمل: %n.</numerusform>
            <numerusform>عدد مسارات التنفيذ التي تقاسمت العمل: %n.</numerusform>
            <numerusform>عدد مسارات التنفيذ التي تقاسمت العمل: %n.</numerusform>
            <numerusform>عدد مسارات التنفيذ التي تقاسمت العمل: %n.</numerusform>
            <numerusform>عدد مسارات التنفيذ التي تقاسمت العمل: %n.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n checkpoint(s) in all.</source>
        <translation>
            <numerusform>مجموع نقاط التحقق: %n.</numerusform>
            <numerusform>مجموع نقاط التحقق: %n.</numerusform>
            <numerusform>مجموع نقاط التحقق: %n.</numerusform>
            <numerusform>مجموع نقاط التحقق: %n.</numerusform>
            <numerusform>مجموع نقاط التحقق: %n.</numerusform>
            <numerusform>مجموع نقاط التحقق: %n.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n kiosk(s) signed checkpoints.</source>
        <translation>
            <numerusform>عدد أجهزة التصويت التي وقّعت نقاط تحقق: %n.</numerusform>
            <numerusform>عدد أجهزة التصويت التي وقّعت نقاط تحقق: %n.</numerusform>
            <numerusform>عدد أجهزة التصويت التي وقّعت نقاط تحقق: %n.</numerusform>
            <numerusform>عدد أجهزة التصويت التي وقّعت نقاط تحقق: %n.</numerusform>
            <numerusform>عدد أجهزة التصويت التي وقّعت نقاط تحقق: %n.</numerusform>
            <numerusform>عدد أجهزة التصويت التي وقّعت نقاط تحقق: %n.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Kiosk %1 has no checkpoint for its batch %2, which holds %n ballot(s): %3.</source>
        <translation>
            <numerusform>ليس للجهاز %1 نقطة تحقق لدفعته %2، وعدد أوراق الاقتراع فيها %n: %3.</numerusform>
            <numerusform>ليس للجهاز %1 نقطة تحقق لدفعته %2، وعدد أوراق الاقتراع فيها %n: %3.</numerusform>
            <numerusform>ليس للجهاز %1 نقطة تحقق لدفعته %2، وعدد أوراق الاقتراع فيها %n: %3.</numerusform>
            <numerusform>ليس للجهاز %1 نقطة تحقق لدفعته %2، وعدد أوراق الاقتراع فيها %n: %3.</numerusform>
            <numerusform>ليس للجهاز %1 نقطة تحقق لدفعته %2، وعدد أوراق الاقتراع فيها %n: %3.</numerusform>
            <numerusform>ليس للجهاز %1 نقطة تحقق لدفعته %2، وعدد أوراق الاقتراع فيها %n: %3.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Kiosk %1 has no checkpoint for its batch %2, in which %n access code(s) were spent.</source>
        <translation>
            <numerusform>ليس للجهاز %1 نقطة تحقق لدفعته %2، وعدد رموز الدخول المستخدَمة فيها %n.</numerusform>
            <numerusform>ليس للجهاز %1 نقطة تحقق لدفعته %2، وعدد رموز الدخول المستخدَمة فيها %n.</numerusform>
            <numerusform>ليس للجهاز %1 نقطة تحقق لدفعته %2، وعدد رموز الدخول المستخدَمة فيها %n.</numerusform>
            <numerusform>ليس للجهاز %1 نقطة تحقق لدفعته %2، وعدد رموز الدخول المستخدَمة فيها %n.</numerusform>
            <numerusform>ليس للجهاز %1 نقطة تحقق لدفعته %2، وعدد رموز الدخول المستخدَمة فيها %n.</numerusform>
            <numerusform>ليس للجهاز %1 نقطة تحقق لدفعته %2، وعدد رموز الدخول المستخدَمة فيها %n.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n kiosk(s) revoked, their ballots not counted: %2.</source>
        <translation>
            <numerusform>%1: عدد أجهزة التصويت الملغى اعتمادها %n، ولا تُحتسب أوراق الاقتراع الخاصة بها: %2.</numerusform>
            <numerusform>%1: عدد أجهزة التصويت الملغى اعتمادها %n، ولا تُحتسب أوراق الاقتراع الخاصة بها: %2.</numerusform>
            <numerusform>%1: عدد أجهزة التصويت الملغى اعتمادها %n، ولا تُحتسب أوراق الاقتراع الخاصة بها: %2.</numerusform>
            <numerusform>%1: عدد أجهزة التصويت الملغى اعتمادها %n، ولا تُحتسب أوراق الاقتراع الخاصة بها: %2.</numerusform>
            <numerusform>%1: عدد أجهزة التصويت الملغى اعتمادها %n، ولا تُحتسب أوراق الاقتراع الخاصة بها: %2.</numerusform>
            <numerusform>%1: عدد أجهزة التصويت الملغى اعتمادها %n، ولا تُحتسب أوراق الاقتراع الخاصة بها: %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 The result counted with &quot;%2&quot; is the official one.</source>
        <translation>%1 النتيجة المفروزة بالقاعدة «%2» هي النتيجة الرسمية.</translation>
    </message>
    <message numerus="yes">
        <source>%n opened ballot(s) are not among the sealed votes, e.g. %1.</source>
        <translation>
            <numerusform>عدد أوراق الاقتراع المفتوحة غير الموجودة بين الأصوات المختومة %n، مثل %1.</numerusform>
            <numerusform>عدد أوراق الاقتراع المفتوحة غير الموجودة بين الأصوات المختومة %n: %1.</numerusform>
            <numerusform>عدد أوراق الاقتراع المفتوحة غير الموجودة بين الأصوات المختومة %n، مثل %1.</numerusform>
            <numerusform>عدد أوراق الاقتراع المفتوحة غير الموجودة بين الأصوات المختومة %n، مثل %1.</numerusform>
            <numerusform>عدد أوراق الاقتراع المفتوحة غير الموجودة بين الأصوات المختومة %n، مثل %1.</numerusform>
            <numerusform>عدد أوراق الاقتراع المفتوحة غير الموجودة بين الأصوات المختومة %n، مثل %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n sealed vote(s) are missing from the opened ballots, e.g. %1.</source>
        <translation>
            <numerusform>عدد الأصوات المختومة الناقصة من أوراق الاقتراع المفتوحة %n، مثل %1.</numerusform>
            <numerusform>عدد الأصوات المختومة الناقصة من أوراق الاقتراع المفتوحة %n: %1.</numerusform>
            <numerusform>عدد الأصوات المختومة الناقصة من أوراق الاقتراع المفتوحة %n، مثل %1.</numerusform>
            <numerusform>عدد الأصوات المختومة الناقصة من أوراق الاقتراع المفتوحة %n، مثل %1.</numerusform>
            <numerusform>عدد الأصوات المختومة الناقصة من أوراق الاقتراع المفتوحة %n، مثل %1.</numerusform>
            <numerusform>عدد الأصوات المختومة الناقصة من أوراق الاقتراع المفتوحة %n، مثل %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: the opened ballots are not the sealed votes. %2</source>
        <translation>%1: أوراق الاقتراع المفتوحة ليست الأصوات المختومة. %2</translation>
    </message>
    <message>
        <source>Cannot read %1: no memory for its %2 bytes.</source>
        <translation>تعذّرت قراءة %1: لا توجد ذاكرة كافية لبايتاته البالغة %2.</translation>
    </message>
    <message>
        <source>%1 changed while it was read (%2 bytes, then %3): read it again when nothing writes it.</source>
        <translation>تغيّر %1 أثناء قراءته (%2 بايت، ثم %3): أعد قراءته عندما لا يكتب فيه أي برنامج.</translation>
    </message>
    <message>
        <source>read the rest of the record, beside the signatures</source>
        <translation>قراءة بقية السجل، بالتوازي مع التواقيع</translation>
    </message>
    <message>
        <source>parse the record, read and decode the ballots</source>
        <translation>تحليل السجل، وقراءة بطاقات الاقتراع وفك ترميزها</translation>
    </message>
    <message>
        <source>%1 changed while it was verified, so what was checked may not be what the file holds: verify it again when nothing writes it.</source>
        <translation>تغيّر %1 أثناء التحقق منه، لذا قد لا يكون ما فُحص هو ما يحويه الملف: تحقّق منه مرة أخرى حين لا يكتب فيه شيء.</translation>
    </message>
    <message>
        <source>The log records more counts (%1) than the record holds results (%2): a result was removed.</source>
        <translation>يسجّل سجل الأحداث عمليات فرز (%1) أكثر من النتائج التي يحتويها السجل (%2): أُزيلت نتيجة.</translation>
    </message>
    <message>
        <source>The record holds more results (%1) than the log records counts (%2): a result was added that the log does not know.</source>
        <translation>يحتوي السجل على نتائج (%1) أكثر من عمليات الفرز التي يسجّلها سجل الأحداث (%2): أُضيفت نتيجة لا يعرفها سجل الأحداث.</translation>
    </message>
    <message>
        <source>%1: the log&apos;s kiosk-revoked events do not name their kiosk (pbvote wrote them so before December 2026), so the kiosks the statement revokes cannot be compared with the log. Read the revocations in BALLOT_KIOSK&apos;s notes.</source>
        <translation>%1: أحداث kiosk-revoked في سجل الأحداث لا تذكر الجهاز الذي تخصه (كان pbvote يكتبها هكذا قبل ديسمبر 2026)، لذا لا يمكن مقارنة الأجهزة التي يلغي المحضر اعتمادها بسجل الأحداث. اقرأ الإلغاءات في ملاحظات BALLOT_KIOSK.</translation>
    </message>
    <message>
        <source>%1: the tally statement revokes kiosk %2, but the log does not record its revocation before the count: its ballots were left out unannounced.</source>
        <translation>%1: يلغي محضر الفرز اعتماد الجهاز %2، لكن سجل الأحداث لا يسجّل إلغاءه قبل الفرز: استُبعدت بطاقاته دون إعلان.</translation>
    </message>
    <message>
        <source>%1: the log records kiosk %2 as revoked before the count, but the tally statement counts its ballots.</source>
        <translation>%1: يسجّل سجل الأحداث إلغاء اعتماد الجهاز %2 قبل الفرز، لكن محضر الفرز يحتسب بطاقاته.</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <source>Help decide how the city spends part of its budget: vote for the projects you want.</source>
        <translation>ساعد في تحديد كيف تنفق المدينة جزءًا من ميزانيتها: صوّت للمشاريع التي تريدها.</translation>
    </message>
    <message>
        <source>Choose your language</source>
        <translation>اختر لغتك</translation>
    </message>
    <message>
        <source>Start voting</source>
        <translation>ابدأ التصويت</translation>
    </message>
    <message>
        <source>You need the access code printed on your voting slip. If you do not have one, please ask a librarian.</source>
        <translation>تحتاج إلى رمز الدخول المطبوع على قسيمة التصويت. إن لم يكن لديك رمز، يُرجى سؤال أحد موظفي المكتبة.</translation>
    </message>
    <message>
        <source>Staff only</source>
        <translation>للموظفين فقط</translation>
    </message>
    <message>
        <source>Staff only: kiosk settings for librarians</source>
        <translation>للموظفين فقط: إعدادات الجهاز لموظفي المكتبة</translation>
    </message>
</context>
<context>
    <name>pbvote::console::AuditorWindow</name>
    <message>
        <source>Verify an election record</source>
        <translation>التحقق من سجل اقتراع</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>ملف</translation>
    </message>
    <message>
        <source>&amp;Open an election record…</source>
        <translation>فتح سجل اقتراع…</translation>
    </message>
    <message>
        <source>&amp;Save the report…</source>
        <translation>حفظ التقرير…</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>إغلاق</translation>
    </message>
    <message>
        <source>&amp;Election record:</source>
        <translation>سجل الاقتراع:</translation>
    </message>
    <message>
        <source>The record file, e.g. round-1-record.json</source>
        <translation>ملف السجل، مثل round-1-record.json</translation>
    </message>
    <message>
        <source>Election record file</source>
        <translation>ملف سجل الاقتراع</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>فتح…</translation>
    </message>
    <message>
        <source>Open an election record</source>
        <translation>فتح سجل اقتراع</translation>
    </message>
    <message>
        <source>The file the organizers published for anyone to check. You can also drop it onto this window.</source>
        <translation>الملف الذي نشره المنظِّمون ليتحقق منه أي شخص. يمكنك أيضًا إفلاته على هذه النافذة.</translation>
    </message>
    <message>
        <source>What you bring (all optional)</source>
        <translation>ما تقدّمه أنت (كله اختياري)</translation>
    </message>
    <message>
        <source>&amp;Authority key fingerprint:</source>
        <translation>بصمة مفتاح السلطة:</translation>
    </message>
    <message>
        <source>e.g. ABCD-EFGH-IJKL-MNOP</source>
        <translation>مثل ABCD-EFGH-IJKL-MNOP</translation>
    </message>
    <message>
        <source>Authority key fingerprint</source>
        <translation>بصمة مفتاح السلطة</translation>
    </message>
    <message>
        <source>The city prints it on its poster and publishes it on its website. Without it, the key inside the record is trusted and the verdict warns about it.</source>
        <translation>تطبعها المدينة على ملصقها وتنشرها على موقعها الإلكتروني. بدونها يُعتمد المفتاح الموجود في السجل، وتحذّر النتيجة من ذلك.</translation>
    </message>
    <message>
        <source>&amp;Witness codes:</source>
        <translation>رموز التوثيق:</translation>
    </message>
    <message>
        <source>One code per line</source>
        <translation>رمز واحد في كل سطر</translation>
    </message>
    <message>
        <source>Witness codes</source>
        <translation>رموز التوثيق</translation>
    </message>
    <message>
        <source>&amp;Load from file…</source>
        <translation>تحميل من ملف…</translation>
    </message>
    <message>
        <source>Load witness codes from a file</source>
        <translation>تحميل رموز التوثيق من ملف</translation>
    </message>
    <message>
        <source>The codes poll workers wrote down at each kiosk when it paused or closed: one per line; the rest of a line (a time, a note) is ignored.</source>
        <translation>الرموز التي دوّنها موظفو الاقتراع عند كل جهاز حين أُوقف مؤقتًا أو أُغلق: رمز واحد في كل سطر؛ ويُتجاهل باقي السطر (وقت أو ملاحظة).</translation>
    </message>
    <message>
        <source>Election &amp;key file (for the trusted auditor):</source>
        <translation>ملف مفتاح الاقتراع (للمدقّق الموثوق):</translation>
    </message>
    <message>
        <source>Leave empty unless you were given the key</source>
        <translation>اتركه فارغًا ما لم يُسلَّم إليك المفتاح</translation>
    </message>
    <message>
        <source>Election key file</source>
        <translation>ملف مفتاح الاقتراع</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>اختيار…</translation>
    </message>
    <message>
        <source>Choose the election key file</source>
        <translation>اختيار ملف مفتاح الاقتراع</translation>
    </message>
    <message>
        <source>Only for the auditor trusted with the round&apos;s secret key: every sealed vote is opened and compared with the published ballots. The key is read into protected memory and never saved.</source>
        <translation>للمدقّق المؤتمَن على المفتاح السري للجولة فقط: يُفتح كل صوت مختوم ويُقارَن بأوراق الاقتراع المنشورة. يُقرأ المفتاح في ذاكرة محمية ولا يُحفظ أبدًا.</translation>
    </message>
    <message>
        <source>Voter&apos;s &amp;receipt code:</source>
        <translation>رمز إيصال الناخب:</translation>
    </message>
    <message>
        <source>e.g. GPEK-A7LW-KIAX-PLS4</source>
        <translation>مثل GPEK-A7LW-KIAX-PLS4</translation>
    </message>
    <message>
        <source>Voter&apos;s receipt code</source>
        <translation>رمز إيصال الناخب</translation>
    </message>
    <message>
        <source>To check that one voter&apos;s ballot is in the record and counted.</source>
        <translation>للتحقق من أن ورقة اقتراع ناخب موجودة في السجل ومحتسبة.</translation>
    </message>
    <message>
        <source>&amp;Verify</source>
        <translation>تحقّق</translation>
    </message>
    <message>
        <source>Run every check on the record (Ctrl+Enter)</source>
        <translation>إجراء كل الفحوصات على السجل (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Verifying</source>
        <translation>جارٍ التحقق</translation>
    </message>
    <message>
        <source>Save the report as a web page or PDF</source>
        <translation>حفظ التقرير كصفحة ويب أو PDF</translation>
    </message>
    <message>
        <source>&amp;Checks</source>
        <translation>الفحوصات</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>الفحص</translation>
    </message>
    <message>
        <source>What it checks</source>
        <translation>ما الذي يفحصه</translation>
    </message>
    <message>
        <source>Checks and their status</source>
        <translation>الفحوصات وحالتها</translation>
    </message>
    <message>
        <source>Details of the chosen check</source>
        <translation>تفاصيل الفحص المختار</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>النتيجة</translation>
    </message>
    <message>
        <source>A verification is already running.</source>
        <translation>هناك عملية تحقق جارية بالفعل.</translation>
    </message>
    <message>
        <source>Choose the election record to verify first (Open…).</source>
        <translation>اختر أولًا سجل الاقتراع الذي تريد التحقق منه (فتح…).</translation>
    </message>
    <message>
        <source>Verified %1.</source>
        <translation>تم التحقق من %1.</translation>
    </message>
    <message>
        <source>Verifying the record…</source>
        <translation>جارٍ التحقق من السجل…</translation>
    </message>
    <message>
        <source>Every signature and every count is checked again; a large record takes a while. You can keep using this window.</source>
        <translation>يُعاد فحص كل توقيع وكل عدّ؛ ويستغرق السجل الكبير بعض الوقت. يمكنك مواصلة استخدام هذه النافذة.</translation>
    </message>
    <message>
        <source>Not verified yet</source>
        <translation>لم يجرِ التحقق بعد</translation>
    </message>
    <message>
        <source>Open an election record, add what you bring, then press Verify.</source>
        <translation>افتح سجل اقتراع، وأضف ما تقدّمه، ثم اضغط تحقّق.</translation>
    </message>
    <message>
        <source>Press Verify to run every check on %1.</source>
        <translation>اضغط تحقّق لإجراء كل الفحوصات على %1.</translation>
    </message>
    <message>
        <source>The inputs changed since this verification: press Verify again.</source>
        <translation>تغيّرت المدخلات منذ هذا التحقق: اضغط تحقّق مرة أخرى.</translation>
    </message>
    <message>
        <source>Election records (*.json);;All files (*)</source>
        <translation>سجلات الاقتراع (*.json);;كل الملفات (*)</translation>
    </message>
    <message>
        <source>Load witness codes</source>
        <translation>تحميل رموز التوثيق</translation>
    </message>
    <message>
        <source>Text files (*.txt);;All files (*)</source>
        <translation>ملفات نصية (*.txt);;كل الملفات (*)</translation>
    </message>
    <message>
        <source>%1 is too large to be a list of witness codes.</source>
        <translation>%1 أكبر من أن يكون قائمة رموز توثيق.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>تعذّرت قراءة %1: %2</translation>
    </message>
    <message>
        <source>%1 holds no witness code.</source>
        <translation>لا يحتوي %1 على أي رمز توثيق.</translation>
    </message>
    <message numerus="yes">
        <source>Loaded %n witness code(s).</source>
        <translation>
            <numerusform>عدد رموز التوثيق المحمّلة: %n.</numerusform>
            <numerusform>عدد رموز التوثيق المحمّلة: %n.</numerusform>
            <numerusform>عدد رموز التوثيق المحمّلة: %n.</numerusform>
            <numerusform>عدد رموز التوثيق المحمّلة: %n.</numerusform>
            <numerusform>عدد رموز التوثيق المحمّلة: %n.</numerusform>
            <numerusform>عدد رموز التوثيق المحمّلة: %n.</numerusform>
        </translation>
    </message>
    <message>
        <source>Key files (*.key *.txt);;All files (*)</source>
        <translation>ملفات المفاتيح (*.key *.txt);;كل الملفات (*)</translation>
    </message>
    <message>
        <source>Verify a record first: there is no report to save yet.</source>
        <translation>تحقّق من سجل أولًا: لا يوجد تقرير لحفظه بعد.</translation>
    </message>
    <message>
        <source>Audit of %1</source>
        <translation>تدقيق %1</translation>
    </message>
    <message>
        <source>Web page (*.html)</source>
        <translation>صفحة ويب (*.html)</translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation>مستند PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Save the audit report</source>
        <translation>حفظ تقرير التدقيق</translation>
    </message>
    <message>
        <source>Wrote %1.</source>
        <translation>تمت كتابة %1.</translation>
    </message>
    <message>
        <source>Cannot write the audit report to &quot;%1&quot;: %2</source>
        <translation>تعذّرت كتابة تقرير التدقيق في &quot;%1&quot;: %2</translation>
    </message>
    <message>
        <source>the PDF could not be made.</source>
        <translation>تعذّر إنشاء ملف PDF.</translation>
    </message>
</context>
<context>
    <name>pbvote::console::CodeBatchModel</name>
    <message>
        <source>City-wide</source>
        <translation>على مستوى المدينة</translation>
    </message>
    <message>
        <source>Codes issued before batches were kept</source>
        <translation>رموز صدرت قبل بدء حفظ الدفعات</translation>
    </message>
    <message numerus="yes">
        <source>Voided: its %n unused code(s) are refused; used codes stay used.</source>
        <translation>
            <numerusform>مُبطَلة: يُرفض %n رمز غير مستخدم منها؛ وتبقى الرموز المستخدمة كما هي.</numerusform>
            <numerusform>مُبطَلة: يُرفض رمز واحد غير مستخدم منها (%n)؛ وتبقى الرموز المستخدمة كما هي.</numerusform>
            <numerusform>مُبطَلة: يُرفض رمزان غير مستخدمين منها (%n)؛ وتبقى الرموز المستخدمة كما هي.</numerusform>
            <numerusform>مُبطَلة: تُرفض %n رموز غير مستخدمة منها؛ وتبقى الرموز المستخدمة كما هي.</numerusform>
            <numerusform>مُبطَلة: يُرفض %n رمزًا غير مستخدم منها؛ وتبقى الرموز المستخدمة كما هي.</numerusform>
            <numerusform>مُبطَلة: يُرفض %n رمز غير مستخدم منها؛ وتبقى الرموز المستخدمة كما هي.</numerusform>
        </translation>
    </message>
    <message>
        <source>Earlier codes</source>
        <translation>رموز سابقة</translation>
    </message>
    <message>
        <source>Voided</source>
        <translation>مُبطَلة</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>نشطة</translation>
    </message>
    <message>
        <source>Batch</source>
        <translation>الدفعة</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>التسمية</translation>
    </message>
    <message>
        <source>District</source>
        <translation>المنطقة</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>المُصدرة</translation>
    </message>
    <message>
        <source>Used</source>
        <translation>المستخدمة</translation>
    </message>
    <message>
        <source>Unused</source>
        <translation>غير المستخدمة</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
</context>
<context>
    <name>pbvote::console::CodesPage</name>
    <message>
        <source>Access codes are issued in batches, e.g. one per place and week. Each code lets one resident vote once; the database keeps only their hashes. Voiding a batch refuses its unused codes, e.g. when slips were lost.</source>
        <translation>تُصدر رموز الدخول على دفعات، مثلًا دفعة لكل مكان وأسبوع. يتيح كل رمز لمقيم واحد التصويت مرة واحدة؛ ولا تحفظ قاعدة البيانات إلا بصماتها المشفّرة (hash). إبطال دفعة يعني رفض رموزها غير المستخدمة، مثلًا عند ضياع القسائم.</translation>
    </message>
    <message>
        <source>&amp;Issue codes…</source>
        <translation>إصدار رموز…</translation>
    </message>
    <message>
        <source>Batches of access codes</source>
        <translation>دفعات رموز الدخول</translation>
    </message>
    <message>
        <source>Choose or create a round first.</source>
        <translation>اختر جولة أو أنشئ واحدة أولًا.</translation>
    </message>
    <message>
        <source>This round was imported for analysis: it is not voted with access codes.</source>
        <translation>استُوردت هذه الجولة للتحليل: لا يُصوَّت فيها برموز الدخول.</translation>
    </message>
    <message>
        <source>Voting has closed: no more codes can be issued.</source>
        <translation>أُغلق التصويت: لا يمكن إصدار مزيد من الرموز.</translation>
    </message>
    <message>
        <source>Make one-time codes and write them as slips to print and/or a CSV file.</source>
        <translation>إنشاء رموز لمرة واحدة وكتابتها على قسائم للطباعة و/أو في ملف CSV.</translation>
    </message>
    <message>
        <source>&amp;Restore batch</source>
        <translation>استعادة الدفعة</translation>
    </message>
    <message>
        <source>&amp;Void batch…</source>
        <translation>إبطال الدفعة…</translation>
    </message>
    <message>
        <source>Voting has closed: a batch can no longer be voided or restored.</source>
        <translation>أُغلق التصويت: لم يعد ممكنًا إبطال دفعة أو استعادتها.</translation>
    </message>
    <message>
        <source>Choose a batch in the table first.</source>
        <translation>اختر دفعة في الجدول أولًا.</translation>
    </message>
    <message>
        <source>Accept the batch&apos;s unused codes again.</source>
        <translation>قبول الرموز غير المستخدمة في الدفعة مجددًا.</translation>
    </message>
    <message>
        <source>Refuse the batch&apos;s unused codes, e.g. when its slips were lost (used codes stay used).</source>
        <translation>رفض الرموز غير المستخدمة في الدفعة، مثلًا عند ضياع قسائمها (تبقى الرموز المستخدمة كما هي).</translation>
    </message>
    <message>
        <source>The access codes cannot be read: %1</source>
        <translation>تعذّرت قراءة رموز الدخول: %1</translation>
    </message>
    <message>
        <source>Codes issued: %1. Used: %2. Unused: %3.</source>
        <translation>الرموز المُصدرة: %1. المستخدمة: %2. غير المستخدمة: %3.</translation>
    </message>
</context>
<context>
    <name>pbvote::console::ConsoleWindow</name>
    <message>
        <source>approval (tick projects)</source>
        <translation>الموافقة (تحديد المشاريع)</translation>
    </message>
    <message>
        <source>knapsack (projects within the budget)</source>
        <translation>حقيبة الظهر (مشاريع ضمن الميزانية)</translation>
    </message>
    <message>
        <source>cumulative (spread points)</source>
        <translation>تراكمي (توزيع النقاط)</translation>
    </message>
    <message>
        <source>ranking</source>
        <translation>ترتيب</translation>
    </message>
    <message>
        <source>pbvote console</source>
        <translation>وحدة تحكم pbvote</translation>
    </message>
    <message>
        <source>Find projects by id, title, category or district</source>
        <translation>ابحث عن المشاريع بالمعرّف أو العنوان أو الفئة أو المنطقة</translation>
    </message>
    <message>
        <source>&amp;Overview</source>
        <translation>نظرة عامة</translation>
    </message>
    <message>
        <source>&amp;Projects</source>
        <translation>المشاريع</translation>
    </message>
    <message>
        <source>&amp;Results</source>
        <translation>النتائج</translation>
    </message>
    <message>
        <source>Open a database to start (File &gt; Open database).</source>
        <translation>افتح قاعدة بيانات للبدء (ملف &gt; فتح قاعدة بيانات).</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>ملف</translation>
    </message>
    <message>
        <source>&amp;Open database…</source>
        <translation>فتح قاعدة بيانات…</translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation>فتح الأخيرة</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>خروج</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>تحرير</translation>
    </message>
    <message>
        <source>&amp;Find projects</source>
        <translation>بحث عن مشاريع</translation>
    </message>
    <message>
        <source>&amp;Round</source>
        <translation>الجولة</translation>
    </message>
    <message>
        <source>&amp;New round…</source>
        <translation>جولة جديدة…</translation>
    </message>
    <message>
        <source>&amp;Import a Pabulib election…</source>
        <translation>استيراد اقتراع من Pabulib…</translation>
    </message>
    <message>
        <source>Ctrl+I</source>
        <translation>Ctrl+I</translation>
    </message>
    <message>
        <source>&amp;Add a project…</source>
        <translation>إضافة مشروع…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+A</source>
        <translation>Ctrl+Shift+A</translation>
    </message>
    <message>
        <source>Add a &amp;district…</source>
        <translation>إضافة منطقة…</translation>
    </message>
    <message>
        <source>&amp;Voting rules…</source>
        <translation>قواعد التصويت…</translation>
    </message>
    <message>
        <source>D&amp;uplicate this round…</source>
        <translation>تكرار هذه الجولة…</translation>
    </message>
    <message>
        <source>Issue access &amp;codes…</source>
        <translation>إصدار رموز الدخول…</translation>
    </message>
    <message>
        <source>&amp;Register a kiosk…</source>
        <translation>تسجيل جهاز تصويت…</translation>
    </message>
    <message>
        <source>&amp;Open voting…</source>
        <translation>فتح التصويت…</translation>
    </message>
    <message>
        <source>&amp;Close voting…</source>
        <translation>إغلاق التصويت…</translation>
    </message>
    <message>
        <source>Coun&amp;t the votes…</source>
        <translation>فرز الأصوات…</translation>
    </message>
    <message>
        <source>Ctrl+T</source>
        <translation>Ctrl+T</translation>
    </message>
    <message>
        <source>&amp;Export the election record…</source>
        <translation>تصدير سجل الاقتراع…</translation>
    </message>
    <message>
        <source>Export the &amp;results (PDF report, CSV)…</source>
        <translation>تصدير النتائج (تقرير PDF، CSV)…</translation>
    </message>
    <message>
        <source>Round</source>
        <translation>الجولة</translation>
    </message>
    <message>
        <source>%1 — pbvote console</source>
        <translation>%1 — وحدة تحكم pbvote</translation>
    </message>
    <message>
        <source>Opened %1.</source>
        <translation>تم فتح %1.</translation>
    </message>
    <message>
        <source>Open or create a database</source>
        <translation>فتح قاعدة بيانات أو إنشاؤها</translation>
    </message>
    <message>
        <source>pbvote databases (*.sqlite *.db);;All files (*)</source>
        <translation>قواعد بيانات pbvote (*.sqlite *.db);;كل الملفات (*)</translation>
    </message>
    <message>
        <source>Cannot open the database</source>
        <translation>تعذّر فتح قاعدة البيانات</translation>
    </message>
    <message>
        <source>Cannot read the rounds</source>
        <translation>تعذّرت قراءة الجولات</translation>
    </message>
    <message>
        <source>Add a project to this round</source>
        <translation>إضافة مشروع إلى هذه الجولة</translation>
    </message>
    <message>
        <source>Projects can only be added while the round is a draft: once voting has opened, nothing that changes the outcome can change.</source>
        <translation>لا يمكن إضافة المشاريع إلا والجولة مسودة: بعد فتح التصويت، لا يمكن تغيير أي شيء يؤثر في النتيجة.</translation>
    </message>
    <message>
        <source>Choose or create a round first.</source>
        <translation>اختر جولة أو أنشئ واحدة أولًا.</translation>
    </message>
    <message>
        <source>End voting for good</source>
        <translation>إنهاء التصويت نهائيًا</translation>
    </message>
    <message>
        <source>Only a round whose voting is open can be closed.</source>
        <translation>لا يمكن إغلاق إلا جولة تصويتها مفتوح.</translation>
    </message>
    <message>
        <source>Only while the round is a draft: once voting has opened, nothing that changes the outcome can change.</source>
        <translation>فقط والجولة مسودة: بعد فتح التصويت، لا يمكن تغيير أي شيء يؤثر في النتيجة.</translation>
    </message>
    <message>
        <source>Give part of the budget to a district</source>
        <translation>تخصيص جزء من الميزانية لمنطقة</translation>
    </message>
    <message>
        <source>What a ballot may contain</source>
        <translation>ما يمكن أن تتضمنه ورقة الاقتراع</translation>
    </message>
    <message>
        <source>Let a kiosk sign ballots for this round</source>
        <translation>السماح لجهاز تصويت بتوقيع أوراق الاقتراع لهذه الجولة</translation>
    </message>
    <message>
        <source>Kiosks are registered while the round is a draft: the opened round&apos;s signed manifest lists them.</source>
        <translation>تُسجَّل أجهزة التصويت والجولة مسودة: يدرجها البيان الموقَّع للجولة المفتوحة.</translation>
    </message>
    <message>
        <source>Sign the round&apos;s manifest and open voting</source>
        <translation>توقيع بيان الجولة وفتح التصويت</translation>
    </message>
    <message>
        <source>Only a draft round can be opened.</source>
        <translation>لا يمكن فتح إلا جولة في حالة المسودة.</translation>
    </message>
    <message>
        <source>Count the votes with a rule</source>
        <translation>فرز الأصوات وفق قاعدة</translation>
    </message>
    <message>
        <source>Votes are counted after voting has closed: no partial results.</source>
        <translation>تُفرز الأصوات بعد إغلاق التصويت: لا توجد نتائج جزئية.</translation>
    </message>
    <message>
        <source>A printable report and a spreadsheet of the result</source>
        <translation>تقرير قابل للطباعة وجدول بيانات للنتيجة</translation>
    </message>
    <message>
        <source>There is a result to export once the votes are counted.</source>
        <translation>تتوفر نتيجة للتصدير بعد فرز الأصوات.</translation>
    </message>
    <message>
        <source>Make one-time codes and print them as slips</source>
        <translation>إنشاء رموز لمرة واحدة وطباعتها على قسائم</translation>
    </message>
    <message>
        <source>Codes are issued for a round voted with pbvote, before or during voting.</source>
        <translation>تُصدر الرموز لجولة يجري التصويت فيها عبر pbvote، قبل التصويت أو أثناءه.</translation>
    </message>
    <message>
        <source>Write the record anyone can verify: manifest, signed ballots, checkpoints, log and results</source>
        <translation>كتابة السجل الذي يمكن لأي شخص التحقق منه: البيان، وأوراق الاقتراع الموقَّعة، ونقاط التحقق، والسجل، والنتائج</translation>
    </message>
    <message>
        <source>A round has an election record once voting has opened.</source>
        <translation>يصبح للجولة سجل اقتراع بعد فتح التصويت.</translation>
    </message>
    <message>
        <source>Choose a round on the left, or create one (Round &gt; New round).</source>
        <translation>اختر جولة من القائمة، أو أنشئ جولة (الجولة &gt; جولة جديدة).</translation>
    </message>
    <message>
        <source>State:</source>
        <translation>الحالة:</translation>
    </message>
    <message>
        <source>Budget:</source>
        <translation>الميزانية:</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Voting method:</source>
        <translation>طريقة التصويت:</translation>
    </message>
    <message>
        <source>Projects:</source>
        <translation>المشاريع:</translation>
    </message>
    <message>
        <source>District %1:</source>
        <translation>المنطقة %1:</translation>
    </message>
    <message>
        <source>budget %1 %2</source>
        <translation>الميزانية %1 %2</translation>
    </message>
    <message numerus="yes">
        <source>at least %n project(s)</source>
        <translation>
            <numerusform>%n مشروع على الأقل</numerusform>
            <numerusform>مشروع واحد على الأقل (%n)</numerusform>
            <numerusform>مشروعان على الأقل (%n)</numerusform>
            <numerusform>%n مشاريع على الأقل</numerusform>
            <numerusform>%n مشروعًا على الأقل</numerusform>
            <numerusform>%n مشروع على الأقل</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>at most %n project(s)</source>
        <translation>
            <numerusform>%n مشروع كحد أقصى</numerusform>
            <numerusform>مشروع واحد كحد أقصى (%n)</numerusform>
            <numerusform>مشروعان كحد أقصى (%n)</numerusform>
            <numerusform>%n مشاريع كحد أقصى</numerusform>
            <numerusform>%n مشروعًا كحد أقصى</numerusform>
            <numerusform>%n مشروع كحد أقصى</numerusform>
        </translation>
    </message>
    <message>
        <source>spend at least %1% of the budget</source>
        <translation>إنفاق %1% من الميزانية على الأقل</translation>
    </message>
    <message numerus="yes">
        <source>%n point(s) to give</source>
        <translation>
            <numerusform>%n نقطة للتوزيع</numerusform>
            <numerusform>نقطة واحدة للتوزيع (%n)</numerusform>
            <numerusform>نقطتان للتوزيع (%n)</numerusform>
            <numerusform>%n نقاط للتوزيع</numerusform>
            <numerusform>%n نقطةً للتوزيع</numerusform>
            <numerusform>%n نقطة للتوزيع</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>at most %n point(s) per project</source>
        <translation>
            <numerusform>%n نقطة كحد أقصى لكل مشروع</numerusform>
            <numerusform>نقطة واحدة كحد أقصى لكل مشروع (%n)</numerusform>
            <numerusform>نقطتان كحد أقصى لكل مشروع (%n)</numerusform>
            <numerusform>%n نقاط كحد أقصى لكل مشروع</numerusform>
            <numerusform>%n نقطةً كحد أقصى لكل مشروع</numerusform>
            <numerusform>%n نقطة كحد أقصى لكل مشروع</numerusform>
        </translation>
    </message>
    <message>
        <source>Ballot limits:</source>
        <translation>حدود ورقة الاقتراع:</translation>
    </message>
    <message>
        <source>Imported from:</source>
        <translation>مستورد من:</translation>
    </message>
    <message>
        <source>Access codes issued:</source>
        <translation>رموز الدخول المُصدرة:</translation>
    </message>
    <message>
        <source>Ballots cast:</source>
        <translation>أوراق الاقتراع المُدلى بها:</translation>
    </message>
    <message>
        <source>Turnout:</source>
        <translation>نسبة المشاركة:</translation>
    </message>
    <message>
        <source>%1%</source>
        <translation>%1%</translation>
    </message>
    <message>
        <source>This round is no longer a draft: its projects, budget and rules are fixed.</source>
        <translation>لم تعد هذه الجولة مسودة: مشاريعها وميزانيتها وقواعدها ثابتة.</translation>
    </message>
    <message>
        <source>Open a database first.</source>
        <translation>افتح قاعدة بيانات أولًا.</translation>
    </message>
    <message>
        <source>New round</source>
        <translation>جولة جديدة</translation>
    </message>
    <message>
        <source>Voting &amp;method:</source>
        <translation>طريقة التصويت:</translation>
    </message>
    <message>
        <source>Round not created</source>
        <translation>لم تُنشأ الجولة</translation>
    </message>
    <message numerus="yes">
        <source>Imported %1: %n vote(s).</source>
        <translation>
            <numerusform>تم استيراد %1: %n صوت.</numerusform>
            <numerusform>تم استيراد %1: صوت واحد (%n).</numerusform>
            <numerusform>تم استيراد %1: صوتان (%n).</numerusform>
            <numerusform>تم استيراد %1: %n أصوات.</numerusform>
            <numerusform>تم استيراد %1: %n صوتًا.</numerusform>
            <numerusform>تم استيراد %1: %n صوت.</numerusform>
        </translation>
    </message>
    <message>
        <source>Import a Pabulib election</source>
        <translation>استيراد اقتراع من Pabulib</translation>
    </message>
    <message>
        <source>Pabulib files (*.pb);;All files (*)</source>
        <translation>ملفات Pabulib (*.pb);;كل الملفات (*)</translation>
    </message>
    <message>
        <source>Nothing was imported</source>
        <translation>لم يُستورد أي شيء</translation>
    </message>
    <message>
        <source>Choose a round first.</source>
        <translation>اختر جولة أولًا.</translation>
    </message>
    <message>
        <source>An imported election is kept for analysis; it cannot be the start of a new round.</source>
        <translation>يُحتفظ بالاقتراع المستورد للتحليل؛ ولا يمكن أن يكون بداية لجولة جديدة.</translation>
    </message>
    <message>
        <source>Add a district</source>
        <translation>إضافة منطقة</translation>
    </message>
    <message>
        <source>District name:</source>
        <translation>اسم المنطقة:</translation>
    </message>
    <message>
        <source>Budget of %1 (whole amount):</source>
        <translation>ميزانية %1 (مبلغ صحيح):</translation>
    </message>
    <message>
        <source>District not added</source>
        <translation>لم تُضف المنطقة</translation>
    </message>
    <message>
        <source>The budget must be a whole amount above zero, like 250000.</source>
        <translation>يجب أن تكون الميزانية مبلغًا صحيحًا أكبر من صفر، مثل 250000.</translation>
    </message>
    <message>
        <source>Cannot change the rules</source>
        <translation>تعذّر تغيير القواعد</translation>
    </message>
    <message>
        <source>Voting rules</source>
        <translation>قواعد التصويت</translation>
    </message>
    <message>
        <source>no limit</source>
        <translation>بلا حد</translation>
    </message>
    <message>
        <source>Every point must be given</source>
        <translation>يجب توزيع كل النقاط</translation>
    </message>
    <message>
        <source>At &amp;least (projects):</source>
        <translation>الحد الأدنى (مشاريع):</translation>
    </message>
    <message>
        <source>At &amp;most (projects or ranks):</source>
        <translation>الحد الأقصى (مشاريع أو مراتب):</translation>
    </message>
    <message>
        <source>Knapsack: spend at least (%):</source>
        <translation>حقيبة الظهر: إنفاق ما لا يقل عن (%):</translation>
    </message>
    <message>
        <source>Cumulative: &amp;points to give:</source>
        <translation>تراكمي: النقاط المتاحة للتوزيع:</translation>
    </message>
    <message>
        <source>Cumulative: at most per project:</source>
        <translation>تراكمي: الحد الأقصى لكل مشروع:</translation>
    </message>
    <message>
        <source>Rules not changed</source>
        <translation>لم تُغيَّر القواعد</translation>
    </message>
    <message>
        <source>Cannot duplicate</source>
        <translation>تعذّر التكرار</translation>
    </message>
    <message>
        <source>Duplicate this round</source>
        <translation>تكرار هذه الجولة</translation>
    </message>
    <message>
        <source>Name of the new round:</source>
        <translation>اسم الجولة الجديدة:</translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <translation>%1 (نسخة)</translation>
    </message>
    <message>
        <source>Round not duplicated</source>
        <translation>لم تُكرَّر الجولة</translation>
    </message>
    <message>
        <source>Cannot add a project</source>
        <translation>تعذّرت إضافة مشروع</translation>
    </message>
    <message>
        <source>Project not added</source>
        <translation>لم يُضف المشروع</translation>
    </message>
    <message>
        <source>Close voting?</source>
        <translation>هل تريد إغلاق التصويت؟</translation>
    </message>
    <message>
        <source>Closing ends voting in this round for good: no kiosk can take another ballot. This cannot be undone.</source>
        <translation>الإغلاق يُنهي التصويت في هذه الجولة نهائيًا: لن يستقبل أي جهاز تصويت ورقة اقتراع أخرى. لا يمكن التراجع عن ذلك.</translation>
    </message>
    <message>
        <source>Voting not closed</source>
        <translation>لم يُغلق التصويت</translation>
    </message>
    <message>
        <source>A kiosk&apos;s public key is 64 hexadecimal digits (pbvote keys list --json on the kiosk prints it); &quot;%1&quot; is not one.</source>
        <translation>المفتاح العام لجهاز التصويت هو 64 رقمًا ست عشريًا (يطبعه الأمر pbvote keys list --json على الجهاز)؛ و«%1» ليس كذلك.</translation>
    </message>
    <message>
        <source>Kiosk not registered</source>
        <translation>لم يُسجَّل الجهاز</translation>
    </message>
    <message>
        <source>Kiosk %1 registered.</source>
        <translation>تم تسجيل الجهاز %1.</translation>
    </message>
    <message>
        <source>Key passphrase</source>
        <translation>عبارة مرور المفاتيح</translation>
    </message>
    <message>
        <source>An empty passphrase is not allowed.</source>
        <translation>لا يُسمح بعبارة مرور فارغة.</translation>
    </message>
    <message>
        <source>Open voting?</source>
        <translation>هل تريد فتح التصويت؟</translation>
    </message>
    <message>
        <source>Opening signs this round&apos;s projects, budget, rules and kiosks; none of them can change afterwards. Open voting now?</source>
        <translation>يؤدي الفتح إلى توقيع مشاريع هذه الجولة وميزانيتها وقواعدها وأجهزة التصويت فيها؛ ولا يمكن تغيير أي منها بعد ذلك. هل تريد فتح التصويت الآن؟</translation>
    </message>
    <message>
        <source>Passphrase that protects the organizer&apos;s keys:</source>
        <translation>عبارة المرور التي تحمي مفاتيح المنظِّم:</translation>
    </message>
    <message>
        <source>Voting not opened</source>
        <translation>لم يُفتح التصويت</translation>
    </message>
    <message>
        <source>Voting is open.</source>
        <translation>التصويت مفتوح.</translation>
    </message>
    <message>
        <source>Count the votes</source>
        <translation>فرز الأصوات</translation>
    </message>
    <message>
        <source>Counting rule:</source>
        <translation>قاعدة الفرز:</translation>
    </message>
    <message>
        <source>Passphrase of the election and authority keys:</source>
        <translation>عبارة مرور مفاتيح الاقتراع والسلطة:</translation>
    </message>
    <message>
        <source>Votes not counted</source>
        <translation>لم تُفرز الأصوات</translation>
    </message>
    <message>
        <source>Choose where the codes go (a PDF sheet, a CSV file or both): they are shown only once.</source>
        <translation>اختر مكان حفظ الرموز (ورقة PDF أو ملف CSV أو كليهما): فهي لا تُعرض إلا مرة واحدة.</translation>
    </message>
    <message numerus="yes">
        <source>The %n code(s) were issued, but %1. Those codes cannot be shown again: issue a new batch and do not hand out this one.</source>
        <translation>
            <numerusform>صدر %n رمز، لكن %1. لا يمكن عرض هذه الرموز مرة أخرى: أصدر دفعة جديدة ولا توزّع هذه الدفعة.</numerusform>
            <numerusform>صدر رمز واحد (%n)، لكن %1. لا يمكن عرض هذا الرمز مرة أخرى: أصدر دفعة جديدة ولا توزّع هذه الدفعة.</numerusform>
            <numerusform>صدر رمزان (%n)، لكن %1. لا يمكن عرض هذين الرمزين مرة أخرى: أصدر دفعة جديدة ولا توزّع هذه الدفعة.</numerusform>
            <numerusform>صدرت %n رموز، لكن %1. لا يمكن عرض هذه الرموز مرة أخرى: أصدر دفعة جديدة ولا توزّع هذه الدفعة.</numerusform>
            <numerusform>صدر %n رمزًا، لكن %1. لا يمكن عرض هذه الرموز مرة أخرى: أصدر دفعة جديدة ولا توزّع هذه الدفعة.</numerusform>
            <numerusform>صدر %n رمز، لكن %1. لا يمكن عرض هذه الرموز مرة أخرى: أصدر دفعة جديدة ولا توزّع هذه الدفعة.</numerusform>
        </translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>ملفات PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Codes not issued</source>
        <translation>لم تُصدر الرموز</translation>
    </message>
    <message>
        <source>Round %1 has not been counted yet.</source>
        <translation>لم تُفرز أصوات الجولة %1 بعد.</translation>
    </message>
    <message>
        <source>Save the results report (PDF)</source>
        <translation>حفظ تقرير النتائج (PDF)</translation>
    </message>
    <message>
        <source>Results not exported</source>
        <translation>لم تُصدَّر النتائج</translation>
    </message>
    <message>
        <source>Wrote %1 and %2.</source>
        <translation>تمت كتابة %1 و%2.</translation>
    </message>
    <message>
        <source>Election record exported</source>
        <translation>تم تصدير سجل الاقتراع</translation>
    </message>
    <message>
        <source>Export the election record</source>
        <translation>تصدير سجل الاقتراع</translation>
    </message>
    <message>
        <source>Election records (*.json)</source>
        <translation>سجلات الاقتراع (*.json)</translation>
    </message>
    <message>
        <source>Record not exported</source>
        <translation>لم يُصدَّر السجل</translation>
    </message>
    <message>
        <source>Wrote %1.</source>
        <translation>تمت كتابة %1.</translation>
    </message>
    <message>
        <source>&amp;Edit the project…</source>
        <translation>تعديل المشروع…</translation>
    </message>
    <message>
        <source>Re&amp;move the project…</source>
        <translation>إزالة المشروع…</translation>
    </message>
    <message>
        <source>Change the chosen project</source>
        <translation>تغيير المشروع المحدد</translation>
    </message>
    <message>
        <source>Take the chosen project off the ballot</source>
        <translation>إزالة المشروع المحدد من ورقة الاقتراع</translation>
    </message>
    <message>
        <source>Cannot edit the project</source>
        <translation>تعذّر تعديل المشروع</translation>
    </message>
    <message>
        <source>Choose a project in the table first.</source>
        <translation>اختر مشروعًا في الجدول أولًا.</translation>
    </message>
    <message>
        <source>Projects can only change while the round is a draft: once voting has opened, nothing that changes the outcome can change.</source>
        <translation>لا يمكن تغيير المشاريع إلا والجولة مسودة: بعد فتح التصويت لا يمكن تغيير أي شيء يؤثر في النتيجة.</translation>
    </message>
    <message>
        <source>Project not changed</source>
        <translation>لم يُغيَّر المشروع</translation>
    </message>
    <message>
        <source>Cannot remove the project</source>
        <translation>تعذّرت إزالة المشروع</translation>
    </message>
    <message>
        <source>Remove project %1?</source>
        <translation>هل تريد إزالة المشروع %1؟</translation>
    </message>
    <message>
        <source>Project %1 will be taken off this draft ballot, with its picture.</source>
        <translation>سيُزال المشروع %1 من ورقة الاقتراع المسودة هذه مع صورته.</translation>
    </message>
    <message>
        <source>Project not removed</source>
        <translation>لم يُزَل المشروع</translation>
    </message>
    <message>
        <source>Redo %1</source>
        <translation>إعادة %1</translation>
    </message>
    <message>
        <source>Undo %1</source>
        <translation>التراجع عن %1</translation>
    </message>
    <message>
        <source>&amp;Kiosks</source>
        <translation>أجهزة التصويت</translation>
    </message>
    <message>
        <source>Access &amp;codes</source>
        <translation>رموز الدخول</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>تراجع</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>إعادة</translation>
    </message>
    <message>
        <source>Round &amp;settings…</source>
        <translation>إعدادات الجولة…</translation>
    </message>
    <message>
        <source>Ctrl+E</source>
        <translation>Ctrl+E</translation>
    </message>
    <message>
        <source>Import projects from &amp;CSV…</source>
        <translation>استيراد مشاريع من &amp;CSV…</translation>
    </message>
    <message>
        <source>Remove a district…</source>
        <translation>إزالة منطقة…</translation>
    </message>
    <message>
        <source>Export the votes (&amp;Pabulib)…</source>
        <translation>تصدير الأصوات (&amp;Pabulib)…</translation>
    </message>
    <message>
        <source>Export the projects (CS&amp;V)…</source>
        <translation>تصدير المشاريع (CS&amp;V)…</translation>
    </message>
    <message>
        <source>Pu&amp;blish the result…</source>
        <translation>نشر النتيجة…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+P</source>
        <translation>Ctrl+Shift+P</translation>
    </message>
    <message>
        <source>%1 is already open in another pbvote console (process %2 on %3). Close it there first: two consoles changing the same rounds would each show a state the other has changed. Kiosks can keep voting meanwhile.</source>
        <translation>%1 مفتوح بالفعل في وحدة تحكم pbvote أخرى (العملية %2 على %3). أغلقه هناك أولًا: لو غيّرت وحدتا تحكم الجولات نفسها، لعرضت كل منهما حالة غيّرتها الأخرى. يمكن لأجهزة التصويت مواصلة التصويت في هذه الأثناء.</translation>
    </message>
    <message>
        <source>this computer</source>
        <translation>هذا الحاسوب</translation>
    </message>
    <message>
        <source>Cannot open %1: the console cannot write its lock file next to it (is the folder read-only?).</source>
        <translation>تعذّر فتح %1: لا تستطيع وحدة التحكم كتابة ملف القفل بجانبه (هل المجلد للقراءة فقط؟).</translation>
    </message>
    <message>
        <source>Remove a district that has no projects</source>
        <translation>إزالة منطقة لا تضم أي مشاريع</translation>
    </message>
    <message>
        <source>This round has no districts.</source>
        <translation>لا توجد مناطق في هذه الجولة.</translation>
    </message>
    <message>
        <source>Name, budget, categories, voting period and counting rule</source>
        <translation>الاسم والميزانية والفئات وفترة التصويت وقاعدة الفرز</translation>
    </message>
    <message>
        <source>See the round&apos;s settings (they are fixed once voting has opened)</source>
        <translation>عرض إعدادات الجولة (تصبح ثابتة بعد فتح التصويت)</translation>
    </message>
    <message>
        <source>Add projects from a spreadsheet saved as CSV</source>
        <translation>إضافة مشاريع من جدول بيانات محفوظ بصيغة CSV</translation>
    </message>
    <message>
        <source>The projects as a spreadsheet (CSV), with their translations</source>
        <translation>المشاريع في جدول بيانات (CSV) مع ترجماتها</translation>
    </message>
    <message>
        <source>Write the report, the results, the votes and the election record to one folder, and mark the result published</source>
        <translation>كتابة التقرير والنتائج والأصوات وسجل الاقتراع في مجلد واحد، ووسم النتيجة بأنها منشورة</translation>
    </message>
    <message>
        <source>A result is published after the votes are counted.</source>
        <translation>تُنشر النتيجة بعد فرز الأصوات.</translation>
    </message>
    <message>
        <source>Every vote, without ballot ids, in a random order (Pabulib format)</source>
        <translation>كل الأصوات، دون معرّفات أوراق الاقتراع، بترتيب عشوائي (بصيغة Pabulib)</translation>
    </message>
    <message>
        <source>Votes are published only after voting has closed.</source>
        <translation>لا تُنشر الأصوات إلا بعد إغلاق التصويت.</translation>
    </message>
    <message>
        <source>not chosen yet</source>
        <translation>لم تُختر بعد</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>غير محدد</translation>
    </message>
    <message>
        <source>Voting period:</source>
        <translation>فترة التصويت:</translation>
    </message>
    <message>
        <source>Categories:</source>
        <translation>الفئات:</translation>
    </message>
    <message>
        <source>Not on the ballot:</source>
        <translation>خارج ورقة الاقتراع:</translation>
    </message>
    <message numerus="yes">
        <source>%n project(s) under review, rejected or withdrawn</source>
        <translation>
            <numerusform>المشاريع قيد المراجعة أو المرفوضة أو المسحوبة: %n</numerusform>
            <numerusform>المشاريع قيد المراجعة أو المرفوضة أو المسحوبة: %n</numerusform>
            <numerusform>المشاريع قيد المراجعة أو المرفوضة أو المسحوبة: %n</numerusform>
            <numerusform>المشاريع قيد المراجعة أو المرفوضة أو المسحوبة: %n</numerusform>
            <numerusform>المشاريع قيد المراجعة أو المرفوضة أو المسحوبة: %n</numerusform>
            <numerusform>المشاريع قيد المراجعة أو المرفوضة أو المسحوبة: %n</numerusform>
        </translation>
    </message>
    <message>
        <source>Kiosks:</source>
        <translation>أجهزة التصويت:</translation>
    </message>
    <message>
        <source>%1 registered, %2 revoked</source>
        <translation>المسجَّلة: %1، الملغى اعتمادها: %2</translation>
    </message>
    <message>
        <source>%1 registered</source>
        <translation>المسجَّلة: %1</translation>
    </message>
    <message>
        <source>Result:</source>
        <translation>النتيجة:</translation>
    </message>
    <message>
        <source>published</source>
        <translation>منشورة</translation>
    </message>
    <message>
        <source>Cannot show the round&apos;s settings</source>
        <translation>تعذّر عرض إعدادات الجولة</translation>
    </message>
    <message>
        <source>Settings of %1</source>
        <translation>إعدادات %1</translation>
    </message>
    <message>
        <source>Voting has opened: nothing that changes the outcome can be edited.</source>
        <translation>فُتح التصويت: لا يمكن تعديل أي شيء يؤثر في النتيجة.</translation>
    </message>
    <message>
        <source>Settings not changed</source>
        <translation>لم تُغيَّر الإعدادات</translation>
    </message>
    <message>
        <source>%1 failed</source>
        <translation>تعذّر %1</translation>
    </message>
    <message>
        <source>%1

The undo history no longer matches the database and has been cleared.</source>
        <translation>%1

لم يعد سجل التراجع مطابقًا لقاعدة البيانات، لذا مُسح.</translation>
    </message>
    <message>
        <source>Round %1 has no project %2.</source>
        <translation>لا يوجد في الجولة %1 مشروع %2.</translation>
    </message>
    <message>
        <source>The round already has a project %1.</source>
        <translation>في الجولة مشروع %1 بالفعل.</translation>
    </message>
    <message>
        <source>add project %1</source>
        <translation>إضافة المشروع %1</translation>
    </message>
    <message>
        <source>change project %1</source>
        <translation>تعديل المشروع %1</translation>
    </message>
    <message>
        <source>remove project %1</source>
        <translation>إزالة المشروع %1</translation>
    </message>
    <message>
        <source>add district %1</source>
        <translation>إضافة المنطقة %1</translation>
    </message>
    <message>
        <source>Round %1 has no district %2.</source>
        <translation>لا توجد في الجولة %1 منطقة %2.</translation>
    </message>
    <message>
        <source>remove district %1</source>
        <translation>إزالة المنطقة %1</translation>
    </message>
    <message>
        <source>change the voting rules</source>
        <translation>تغيير قواعد التصويت</translation>
    </message>
    <message>
        <source>change the round&apos;s settings</source>
        <translation>تغيير إعدادات الجولة</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>تعذّرت قراءة %1: %2</translation>
    </message>
    <message>
        <source>%1 is larger than 16 MiB: it is not a list of projects.</source>
        <translation>حجم %1 أكبر من 16 MiB: ليس قائمة مشاريع.</translation>
    </message>
    <message numerus="yes">
        <source>import %n project(s) from CSV</source>
        <translation>
            <numerusform>استيراد %n مشروع من CSV</numerusform>
            <numerusform>استيراد مشروع واحد (%n) من CSV</numerusform>
            <numerusform>استيراد مشروعين (%n) من CSV</numerusform>
            <numerusform>استيراد %n مشاريع من CSV</numerusform>
            <numerusform>استيراد %n مشروعًا من CSV</numerusform>
            <numerusform>استيراد %n مشروع من CSV</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>تعذّرت كتابة %1: %2</translation>
    </message>
    <message>
        <source>Cannot remove a district</source>
        <translation>تعذّرت إزالة منطقة</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>district name (id)</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Remove a district</source>
        <translation>إزالة منطقة</translation>
    </message>
    <message>
        <source>District to remove (it must have no projects):</source>
        <translation>المنطقة المراد إزالتها (يجب ألا تضم أي مشاريع):</translation>
    </message>
    <message>
        <source>District not removed</source>
        <translation>لم تُزَل المنطقة</translation>
    </message>
    <message>
        <source>Import projects from CSV</source>
        <translation>استيراد مشاريع من CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>ملفات CSV (*.csv);;كل الملفات (*)</translation>
    </message>
    <message>
        <source>No project was imported</source>
        <translation>لم يُستورد أي مشروع</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n project(s) from %1.</source>
        <translation>
            <numerusform>تم استيراد %n مشروع من %1.</numerusform>
            <numerusform>تم استيراد مشروع واحد (%n) من %1.</numerusform>
            <numerusform>تم استيراد مشروعين (%n) من %1.</numerusform>
            <numerusform>تم استيراد %n مشاريع من %1.</numerusform>
            <numerusform>تم استيراد %n مشروعًا من %1.</numerusform>
            <numerusform>تم استيراد %n مشروع من %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Export the projects (CSV)</source>
        <translation>تصدير المشاريع (CSV)</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>ملفات CSV (*.csv)</translation>
    </message>
    <message>
        <source>Projects not exported</source>
        <translation>لم تُصدَّر المشاريع</translation>
    </message>
    <message>
        <source>Export the votes (Pabulib)</source>
        <translation>تصدير الأصوات (Pabulib)</translation>
    </message>
    <message>
        <source>Pabulib files (*.pb)</source>
        <translation>ملفات Pabulib (*.pb)</translation>
    </message>
    <message>
        <source>Passphrase of the election key (the sealed ballots are opened to write the votes):</source>
        <translation>عبارة مرور مفتاح الاقتراع (تُفتح أوراق الاقتراع المختومة لكتابة الأصوات):</translation>
    </message>
    <message>
        <source>Votes not exported</source>
        <translation>لم تُصدَّر الأصوات</translation>
    </message>
    <message>
        <source>Cannot publish</source>
        <translation>تعذّر النشر</translation>
    </message>
    <message>
        <source>Folder to publish into</source>
        <translation>مجلد النشر</translation>
    </message>
    <message>
        <source>Publishing writes the results report (PDF), the results (CSV), every vote without ballot ids (Pabulib) and the election record for auditors to %1, and marks the result of &quot;%2&quot; published.</source>
        <translation>يكتب النشر في %1 تقرير النتائج (PDF) والنتائج (CSV) وكل الأصوات دون معرّفات أوراق الاقتراع (Pabulib) وسجل الاقتراع للمدققين، ويسِم نتيجة «%2» بأنها منشورة.</translation>
    </message>
    <message>
        <source>These files are already there and will be replaced: %1</source>
        <translation>هذه الملفات موجودة بالفعل وستُستبدل: %1</translation>
    </message>
    <message>
        <source>Publish the result?</source>
        <translation>هل تريد نشر النتيجة؟</translation>
    </message>
    <message>
        <source>Passphrase of the election key (the votes are published without ballot ids):</source>
        <translation>عبارة مرور مفتاح الاقتراع (تُنشر الأصوات دون معرّفات أوراق الاقتراع):</translation>
    </message>
    <message>
        <source>Result not published</source>
        <translation>لم تُنشر النتيجة</translation>
    </message>
    <message>
        <source>Result published</source>
        <translation>نُشرت النتيجة</translation>
    </message>
    <message>
        <source>Wrote to %1:
%2</source>
        <translation>تمت الكتابة في %1:
%2</translation>
    </message>
    <message>
        <source>register kiosk %1</source>
        <translation>تسجيل الجهاز %1</translation>
    </message>
    <message>
        <source>Kiosk %1 is not registered for this round.</source>
        <translation>الجهاز %1 غير مسجَّل في هذه الجولة.</translation>
    </message>
    <message>
        <source>remove kiosk %1</source>
        <translation>إزالة الجهاز %1</translation>
    </message>
    <message>
        <source>revoke kiosk %1</source>
        <translation>إلغاء اعتماد الجهاز %1</translation>
    </message>
    <message>
        <source>reinstate kiosk %1</source>
        <translation>إعادة اعتماد الجهاز %1</translation>
    </message>
    <message>
        <source>void batch %1 of codes</source>
        <translation>إبطال دفعة الرموز %1</translation>
    </message>
    <message>
        <source>restore batch %1 of codes</source>
        <translation>استعادة دفعة الرموز %1</translation>
    </message>
    <message>
        <source>Revoke kiosk %1?</source>
        <translation>هل تريد إلغاء اعتماد الجهاز %1؟</translation>
    </message>
    <message numerus="yes">
        <source>Revoke a kiosk that was lost, stolen or tampered with. It can record no more ballots, and the %n ballot(s) it holds in this database will not be counted (they stay stored, and auditors see the revocation). You can reinstate it until the votes are counted.</source>
        <translation>
            <numerusform>ألغِ اعتماد جهاز تصويت فُقد أو سُرق أو تم العبث به. لن يتمكن من تسجيل مزيد من أوراق الاقتراع، ولن تُحتسب أوراق الاقتراع المحفوظة منه في قاعدة البيانات هذه وعددها %n (تبقى محفوظة، ويرى المدققون إلغاء الاعتماد). يمكنك إعادة اعتماده إلى أن تُفرز الأصوات.</numerusform>
            <numerusform>ألغِ اعتماد جهاز تصويت فُقد أو سُرق أو تم العبث به. لن يتمكن من تسجيل مزيد من أوراق الاقتراع، ولن تُحتسب أوراق الاقتراع المحفوظة منه في قاعدة البيانات هذه وعددها %n (تبقى محفوظة، ويرى المدققون إلغاء الاعتماد). يمكنك إعادة اعتماده إلى أن تُفرز الأصوات.</numerusform>
            <numerusform>ألغِ اعتماد جهاز تصويت فُقد أو سُرق أو تم العبث به. لن يتمكن من تسجيل مزيد من أوراق الاقتراع، ولن تُحتسب أوراق الاقتراع المحفوظة منه في قاعدة البيانات هذه وعددها %n (تبقى محفوظة، ويرى المدققون إلغاء الاعتماد). يمكنك إعادة اعتماده إلى أن تُفرز الأصوات.</numerusform>
            <numerusform>ألغِ اعتماد جهاز تصويت فُقد أو سُرق أو تم العبث به. لن يتمكن من تسجيل مزيد من أوراق الاقتراع، ولن تُحتسب أوراق الاقتراع المحفوظة منه في قاعدة البيانات هذه وعددها %n (تبقى محفوظة، ويرى المدققون إلغاء الاعتماد). يمكنك إعادة اعتماده إلى أن تُفرز الأصوات.</numerusform>
            <numerusform>ألغِ اعتماد جهاز تصويت فُقد أو سُرق أو تم العبث به. لن يتمكن من تسجيل مزيد من أوراق الاقتراع، ولن تُحتسب أوراق الاقتراع المحفوظة منه في قاعدة البيانات هذه وعددها %n (تبقى محفوظة، ويرى المدققون إلغاء الاعتماد). يمكنك إعادة اعتماده إلى أن تُفرز الأصوات.</numerusform>
            <numerusform>ألغِ اعتماد جهاز تصويت فُقد أو سُرق أو تم العبث به. لن يتمكن من تسجيل مزيد من أوراق الاقتراع، ولن تُحتسب أوراق الاقتراع المحفوظة منه في قاعدة البيانات هذه وعددها %n (تبقى محفوظة، ويرى المدققون إلغاء الاعتماد). يمكنك إعادة اعتماده إلى أن تُفرز الأصوات.</numerusform>
        </translation>
    </message>
    <message>
        <source>Kiosk not revoked</source>
        <translation>لم يُلغَ اعتماد الجهاز</translation>
    </message>
    <message>
        <source>Kiosk not reinstated</source>
        <translation>لم يُعَد اعتماد الجهاز</translation>
    </message>
    <message>
        <source>Remove kiosk %1?</source>
        <translation>هل تريد إزالة الجهاز %1؟</translation>
    </message>
    <message>
        <source>Kiosk %1 will not be able to sign ballots for this round. Edit &gt; Undo registers it again.</source>
        <translation>لن يتمكن الجهاز %1 من توقيع أوراق الاقتراع لهذه الجولة. تحرير &gt; تراجع يعيد تسجيله.</translation>
    </message>
    <message>
        <source>Kiosk not removed</source>
        <translation>لم يُزَل الجهاز</translation>
    </message>
    <message>
        <source>Void batch %1?</source>
        <translation>هل تريد إبطال الدفعة %1؟</translation>
    </message>
    <message>
        <source>Void a batch whose slips were lost or handed out wrongly: its unused codes will be refused at the kiosks. Codes already used stay counted. Edit &gt; Undo restores the batch.</source>
        <translation>أبطِل دفعة ضاعت قسائمها أو وُزّعت خطأً: سترفض أجهزة التصويت رموزها غير المستخدمة. تبقى الرموز المستخدمة محتسبة. تحرير &gt; تراجع يستعيد الدفعة.</translation>
    </message>
    <message>
        <source>Batch not voided</source>
        <translation>لم تُبطَل الدفعة</translation>
    </message>
    <message>
        <source>Batch not restored</source>
        <translation>لم تُستعد الدفعة</translation>
    </message>
    <message>
        <source>Cannot count</source>
        <translation>تعذّر الفرز</translation>
    </message>
    <message>
        <source>Counting rule (the official result uses %1, chosen before voting opened; any other rule is a comparison):</source>
        <translation>قاعدة الفرز (تستخدم النتيجة الرسمية %1، التي اختيرت قبل فتح التصويت؛ وأي قاعدة أخرى للمقارنة فقط):</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <comment>round name — district name</comment>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Cannot issue codes</source>
        <translation>تعذّر إصدار الرموز</translation>
    </message>
    <message numerus="yes">
        <source>Issued %n code(s).</source>
        <translation>
            <numerusform>صدر %n رمز.</numerusform>
            <numerusform>صدر رمز واحد (%n).</numerusform>
            <numerusform>صدر رمزان (%n).</numerusform>
            <numerusform>صدرت %n رموز.</numerusform>
            <numerusform>صدر %n رمزًا.</numerusform>
            <numerusform>صدر %n رمز.</numerusform>
        </translation>
    </message>
    <message>
        <source>Count the votes before publishing the result.</source>
        <translation>افرز الأصوات قبل نشر النتيجة.</translation>
    </message>
    <message>
        <source>The votes have not been counted with the round&apos;s rule (%1) yet: only the official count is published.</source>
        <translation>لم تُفرز الأصوات بعد بقاعدة الجولة (%1): لا يُنشر إلا الفرز الرسمي.</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>تعذّر إنشاء المجلد %1.</translation>
    </message>
    <message>
        <source>The report and results were written, but not the votes: %1</source>
        <translation>كُتب التقرير والنتائج، لكن لم تُكتب الأصوات: %1</translation>
    </message>
    <message>
        <source>The report, results and votes were written, but not the election record: %1</source>
        <translation>كُتب التقرير والنتائج والأصوات، لكن لم يُكتب سجل الاقتراع: %1</translation>
    </message>
    <message>
        <source>Published to %1: %2</source>
        <translation>نُشر في %1: %2</translation>
    </message>
    <message>
        <source>A project %1 was added after this one was removed; it is kept as it is.</source>
        <translation>أُضيف مشروع آخر باسم %1 بعد إزالة هذا المشروع؛ ويبقى كما هو.</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <comment>voting opens – closes</comment>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>Done: %1. Edit &gt; Undo takes it back.</source>
        <translation>تم: %1. تحرير &gt; تراجع لإلغاء ذلك.</translation>
    </message>
    <message>
        <source>Voting cannot open yet</source>
        <translation>لا يمكن فتح التصويت بعد</translation>
    </message>
    <message>
        <source>Choose the passphrase that will protect the organizer&apos;s keys. Without it the votes cannot be counted: keep it safe.</source>
        <translation>اختر عبارة المرور التي ستحمي مفاتيح المنظِّم. بدونها لا يمكن فرز الأصوات: احفظها في مكان آمن.</translation>
    </message>
    <message>
        <source>Type the same passphrase again:</source>
        <translation>اكتب عبارة المرور نفسها مرة أخرى:</translation>
    </message>
    <message>
        <source>The two passphrases differ; nothing was changed.</source>
        <translation>عبارتا المرور مختلفتان؛ لم يُغيَّر شيء.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>rule title (rule name)</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>&amp;Verify an election record…</source>
        <translation>التحقق من سجل اقتراع…</translation>
    </message>
    <message>
        <source>Run the auditors&apos; checks on an election record and save their report</source>
        <translation>إجراء فحوصات المدقّقين على سجل اقتراع وحفظ تقريرها</translation>
    </message>
</context>
<context>
    <name>pbvote::console::IssueCodesDialog</name>
    <message>
        <source>Issue access codes for %1</source>
        <translation>إصدار رموز الدخول لـ %1</translation>
    </message>
    <message>
        <source>e.g. Central Library, week 1</source>
        <translation>مثال: المكتبة المركزية، الأسبوع 1</translation>
    </message>
    <message>
        <source>City-wide</source>
        <translation>على مستوى المدينة</translation>
    </message>
    <message>
        <source>A sheet of slips to print</source>
        <translation>ورقة قسائم للطباعة</translation>
    </message>
    <message>
        <source>A spreadsheet of the codes</source>
        <translation>جدول بيانات بالرموز</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>استعراض…</translation>
    </message>
    <message>
        <source>Choose the PDF file</source>
        <translation>اختيار ملف PDF</translation>
    </message>
    <message>
        <source>Bro&amp;wse…</source>
        <translation>استعراض…</translation>
    </message>
    <message>
        <source>Choose the CSV file</source>
        <translation>اختيار ملف CSV</translation>
    </message>
    <message>
        <source>Each code lets one resident vote once. A code of a district&apos;s batch votes on that district&apos;s ballot.</source>
        <translation>يتيح كل رمز لمقيم واحد التصويت مرة واحدة. رمز دفعة خاصة بمنطقة يصوّت على ورقة اقتراع تلك المنطقة.</translation>
    </message>
    <message>
        <source>The codes are shown only once, in the files written now: the database keeps only their hashes, so they cannot be printed again. Keep the files safe until the slips are handed out.</source>
        <translation>لا تُعرض الرموز إلا مرة واحدة، في الملفات التي تُكتب الآن: لا تحفظ قاعدة البيانات إلا بصماتها المشفّرة (hash)، لذا لا يمكن طباعتها مرة أخرى. احفظ الملفات في مكان آمن حتى تُوزَّع القسائم.</translation>
    </message>
    <message>
        <source>&amp;Number of codes:</source>
        <translation>عدد الرموز:</translation>
    </message>
    <message>
        <source>&amp;Label:</source>
        <translation>التسمية:</translation>
    </message>
    <message>
        <source>&amp;District:</source>
        <translation>المنطقة:</translation>
    </message>
    <message>
        <source>&amp;PDF sheet:</source>
        <translation>ورقة &amp;PDF:</translation>
    </message>
    <message>
        <source>&amp;CSV file:</source>
        <translation>ملف &amp;CSV:</translation>
    </message>
    <message>
        <source>&amp;Issue codes</source>
        <translation>إصدار الرموز</translation>
    </message>
    <message>
        <source>Choose where the codes go: a PDF sheet, a CSV file or both.</source>
        <translation>اختر مكان حفظ الرموز: ورقة PDF أو ملف CSV أو كليهما.</translation>
    </message>
    <message>
        <source>The PDF sheet and the CSV file must be two different files.</source>
        <translation>يجب أن تكون ورقة PDF وملف CSV ملفين مختلفين.</translation>
    </message>
    <message>
        <source>Save the code slips (PDF, to print)</source>
        <translation>حفظ قسائم الرموز (PDF، للطباعة)</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>ملفات PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Save the codes (CSV)</source>
        <translation>حفظ الرموز (CSV)</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>ملفات CSV (*.csv)</translation>
    </message>
</context>
<context>
    <name>pbvote::console::KioskDialog</name>
    <message>
        <source>Register a kiosk</source>
        <translation>تسجيل جهاز تصويت</translation>
    </message>
    <message>
        <source>e.g. LIB-01</source>
        <translation>مثال: LIB-01</translation>
    </message>
    <message>
        <source>e.g. Central Library</source>
        <translation>مثال: المكتبة المركزية</translation>
    </message>
    <message>
        <source>e.g. ground floor, by the entrance</source>
        <translation>مثال: الطابق الأرضي، بجانب المدخل</translation>
    </message>
    <message>
        <source>64 hexadecimal digits, pasted from the kiosk</source>
        <translation>64 رقمًا ست عشريًا، منسوخة من الجهاز</translation>
    </message>
    <message>
        <source>Kiosk &amp;id:</source>
        <translation>معرّف الجهاز:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>الاسم:</translation>
    </message>
    <message>
        <source>&amp;Location:</source>
        <translation>الموقع:</translation>
    </message>
    <message>
        <source>Public &amp;key:</source>
        <translation>المفتاح العام:</translation>
    </message>
    <message>
        <source>&amp;Register</source>
        <translation>تسجيل</translation>
    </message>
    <message>
        <source>Paste the kiosk&apos;s public key: 64 hexadecimal digits.</source>
        <translation>الصق المفتاح العام للجهاز: 64 رقمًا ست عشريًا.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a hexadecimal digit: a public key has only 0–9 and a–f.</source>
        <translation>«%1» ليس رقمًا ست عشريًا: لا يحتوي المفتاح العام إلا على 0–9 وa–f.</translation>
    </message>
    <message>
        <source>The key has %1 hexadecimal digits; a kiosk&apos;s public key has %2.</source>
        <translation>عدد الأرقام الست عشرية في المفتاح %1؛ والمفتاح العام لجهاز التصويت فيه %2.</translation>
    </message>
    <message>
        <source>Enter the kiosk&apos;s id, e.g. LIB-01.</source>
        <translation>أدخل معرّف الجهاز، مثل LIB-01.</translation>
    </message>
    <message>
        <source>Key fingerprint: %1. Check that the kiosk shows the same (pbvote keys list).</source>
        <translation>بصمة المفتاح: %1. تأكد من أن الجهاز يعرض البصمة نفسها (pbvote keys list).</translation>
    </message>
    <message>
        <source>A kiosk signs every ballot cast on it with a key made on the kiosk itself. Paste its public key: on the kiosk, this command prints it as &lt;code&gt;public_key&lt;/code&gt;:&lt;br&gt;&lt;code&gt;pbvote keys list --json&lt;/code&gt;</source>
        <translation>يوقّع جهاز التصويت كل ورقة اقتراع يُدلى بها عليه بمفتاح أُنشئ على الجهاز نفسه. الصق مفتاحه العام: على الجهاز، يطبعه هذا الأمر في الحقل &lt;code&gt;public_key&lt;/code&gt;:&lt;br&gt;&lt;code&gt;pbvote keys list --json&lt;/code&gt;</translation>
    </message>
</context>
<context>
    <name>pbvote::console::KioskTableModel</name>
    <message>
        <source>Revoked</source>
        <translation>ملغى الاعتماد</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>مغلق</translation>
    </message>
    <message>
        <source>Registered</source>
        <translation>مسجَّل</translation>
    </message>
    <message>
        <source>Public key: %1</source>
        <translation>المفتاح العام: %1</translation>
    </message>
    <message>
        <source>The kiosk may sign ballots for this round.</source>
        <translation>يُسمح للجهاز بتوقيع أوراق الاقتراع لهذه الجولة.</translation>
    </message>
    <message>
        <source>The kiosk has not signed a checkpoint yet.</source>
        <translation>لم يوقّع الجهاز أي نقطة تحقق بعد.</translation>
    </message>
    <message>
        <source>Its checkpoint states %1, this database holds %2 from it.</source>
        <translation>تذكر نقطة التحقق الخاصة به %1، وتحتوي قاعدة البيانات هذه على %2 منه.</translation>
    </message>
    <message>
        <source>—</source>
        <comment>no checkpoint yet</comment>
        <translation>—</translation>
    </message>
    <message>
        <source>Kiosk</source>
        <translation>الجهاز</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>الموقع</translation>
    </message>
    <message>
        <source>The key fingerprint that pbvote keys list shows on the kiosk</source>
        <translation>بصمة المفتاح التي يعرضها الأمر pbvote keys list على الجهاز</translation>
    </message>
    <message>
        <source>Key fingerprint</source>
        <translation>بصمة المفتاح</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>Signed ballots from this kiosk in this database (how many, never what they say)</source>
        <translation>أوراق الاقتراع الموقَّعة من هذا الجهاز في قاعدة البيانات هذه (عددها فقط، لا محتواها أبدًا)</translation>
    </message>
    <message>
        <source>Ballots stored</source>
        <translation>الأوراق المحفوظة</translation>
    </message>
    <message>
        <source>How many ballots the kiosk&apos;s latest signed checkpoint states</source>
        <translation>عدد أوراق الاقتراع الذي تذكره آخر نقطة تحقق موقَّعة للجهاز</translation>
    </message>
    <message>
        <source>In last checkpoint</source>
        <translation>في آخر نقطة تحقق</translation>
    </message>
    <message>
        <source>Revoked: this kiosk can accept no more ballots and its ballots are not counted (they stay stored).</source>
        <translation>ملغى الاعتماد: لا يستطيع هذا الجهاز استقبال مزيد من أوراق الاقتراع، ولا تُحتسب أوراقه (تبقى محفوظة).</translation>
    </message>
    <message>
        <source>The kiosk signed its final checkpoint: it accepts no more ballots.</source>
        <translation>وقّع الجهاز نقطة التحقق النهائية: لم يعد يستقبل أوراق اقتراع.</translation>
    </message>
</context>
<context>
    <name>pbvote::console::KiosksPage</name>
    <message>
        <source>Each kiosk signs the ballots cast on it with its own key. Here you see how many ballots each one holds and reports, never what they say.</source>
        <translation>يوقّع كل جهاز تصويت أوراق الاقتراع التي يُدلى بها عليه بمفتاحه الخاص. ترى هنا عدد الأوراق التي يحفظها كل جهاز ويُبلغ عنها، لا محتواها أبدًا.</translation>
    </message>
    <message>
        <source>&amp;Register kiosk…</source>
        <translation>تسجيل جهاز…</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>إزالة</translation>
    </message>
    <message>
        <source>Kiosks of the round</source>
        <translation>أجهزة التصويت في الجولة</translation>
    </message>
    <message>
        <source>Choose or create a round first.</source>
        <translation>اختر جولة أو أنشئ واحدة أولًا.</translation>
    </message>
    <message>
        <source>Choose a kiosk in the table first.</source>
        <translation>اختر جهازًا في الجدول أولًا.</translation>
    </message>
    <message>
        <source>Add a kiosk by the public key made on it.</source>
        <translation>إضافة جهاز تصويت بالمفتاح العام الذي أُنشئ عليه.</translation>
    </message>
    <message>
        <source>Kiosks are registered while the round is a draft: the opened round&apos;s signed manifest lists them.</source>
        <translation>تُسجَّل أجهزة التصويت والجولة مسودة: يدرجها البيان الموقَّع للجولة المفتوحة.</translation>
    </message>
    <message>
        <source>Rein&amp;state</source>
        <translation>إعادة الاعتماد</translation>
    </message>
    <message>
        <source>Re&amp;voke…</source>
        <translation>إلغاء الاعتماد…</translation>
    </message>
    <message>
        <source>Kiosks are revoked once voting has opened; while the round is a draft, remove the kiosk instead.</source>
        <translation>يُلغى اعتماد أجهزة التصويت بعد فتح التصويت؛ أما والجولة مسودة فأزل الجهاز بدلًا من ذلك.</translation>
    </message>
    <message>
        <source>The votes are counted: a kiosk can no longer be revoked or reinstated.</source>
        <translation>فُرزت الأصوات: لم يعد ممكنًا إلغاء اعتماد جهاز أو إعادة اعتماده.</translation>
    </message>
    <message>
        <source>Kiosks can only be removed while the round is a draft; revoke it instead.</source>
        <translation>لا يمكن إزالة أجهزة التصويت إلا والجولة مسودة؛ ألغِ اعتماد الجهاز بدلًا من ذلك.</translation>
    </message>
    <message>
        <source>Kiosks can only be removed while the round is a draft.</source>
        <translation>لا يمكن إزالة أجهزة التصويت إلا والجولة مسودة.</translation>
    </message>
    <message>
        <source>Take the chosen kiosk off this round.</source>
        <translation>إزالة الجهاز المحدد من هذه الجولة.</translation>
    </message>
    <message>
        <source>The kiosks cannot be read: %1</source>
        <translation>تعذّرت قراءة أجهزة التصويت: %1</translation>
    </message>
    <message>
        <source>Register every kiosk before voting opens: the round&apos;s signed manifest lists them.</source>
        <translation>سجّل كل أجهزة التصويت قبل فتح التصويت: يدرجها البيان الموقَّع للجولة.</translation>
    </message>
    <message>
        <source>The votes are counted: the kiosks can no longer change.</source>
        <translation>فُرزت الأصوات: لم يعد ممكنًا تغيير أجهزة التصويت.</translation>
    </message>
    <message>
        <source>Let this kiosk accept ballots again and count its ballots.</source>
        <translation>السماح لهذا الجهاز باستقبال الأوراق مجددًا واحتساب أوراقه.</translation>
    </message>
    <message>
        <source>Stop this kiosk: it can accept no more ballots and its ballots are not counted (they stay stored).</source>
        <translation>إيقاف هذا الجهاز: لن يستقبل مزيدًا من أوراق الاقتراع، ولن تُحتسب أوراقه (تبقى محفوظة).</translation>
    </message>
    <message>
        <source>No kiosk can be added once voting has opened. A revoked kiosk accepts no more ballots and its ballots are not counted.</source>
        <translation>لا يمكن إضافة أي جهاز بعد فتح التصويت. الجهاز الملغى اعتماده لا يستقبل مزيدًا من الأوراق، ولا تُحتسب أوراقه.</translation>
    </message>
</context>
<context>
    <name>pbvote::console::ProjectDialog</name>
    <message>
        <source>Add a project</source>
        <translation>إضافة مشروع</translation>
    </message>
    <message>
        <source>e.g. P13</source>
        <translation>مثال: P13</translation>
    </message>
    <message>
        <source>City-wide</source>
        <translation>على مستوى المدينة</translation>
    </message>
    <message>
        <source>&amp;Id:</source>
        <translation>المعرّف:</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>العنوان:</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>الوصف:</translation>
    </message>
    <message>
        <source>C&amp;ost (%1):</source>
        <translation>التكلفة (%1):</translation>
    </message>
    <message>
        <source>&amp;Category:</source>
        <translation>الفئة:</translation>
    </message>
    <message>
        <source>Dis&amp;trict:</source>
        <translation>المنطقة:</translation>
    </message>
    <message>
        <source>Edit project %1</source>
        <translation>تعديل المشروع %1</translation>
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
        <translation>اختيار صورة…</translation>
    </message>
    <message>
        <source>Remo&amp;ve picture</source>
        <translation>إزالة الصورة</translation>
    </message>
    <message>
        <source>e.g. 125 000 or 125 000.50</source>
        <translation>مثال: 125 000 أو 125 000.50</translation>
    </message>
    <message>
        <source>None</source>
        <translation>بلا فئة</translation>
    </message>
    <message>
        <source>e.g. Green spaces</source>
        <translation>مثال: المساحات الخضراء</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>الحالة:</translation>
    </message>
    <message>
        <source>Picture</source>
        <translation>الصورة</translation>
    </message>
    <message>
        <source>PNG or JPEG, at most %1. Shown on the project&apos;s card on the kiosk.</source>
        <translation>PNG أو JPEG، بحد أقصى %1. تظهر على بطاقة المشروع في جهاز التصويت.</translation>
    </message>
    <message>
        <source>&amp;Project</source>
        <translation>المشروع</translation>
    </message>
    <message>
        <source>The kiosk shows a project&apos;s title and description in the voter&apos;s language when they are translated, and as written above otherwise.</source>
        <translation>يعرض جهاز التصويت عنوان المشروع ووصفه بلغة الناخب إذا كانا مترجمين، وإلا فيعرضهما كما كُتبا في تبويب المشروع.</translation>
    </message>
    <message>
        <source>T&amp;ranslations</source>
        <translation>الترجمات</translation>
    </message>
    <message>
        <source>Choose a picture for the project</source>
        <translation>اختيار صورة للمشروع</translation>
    </message>
    <message>
        <source>Pictures (*.png *.jpg *.jpeg)</source>
        <translation>الصور (*.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <source>%1 was not taken: %2</source>
        <translation>لم يُقبل %1: %2</translation>
    </message>
    <message>
        <source>(new)</source>
        <translation>(جديد)</translation>
    </message>
    <message>
        <source>it looks like a PNG or JPEG file but cannot be shown; it may be damaged.</source>
        <translation>يبدو ملف PNG أو JPEG لكن لا يمكن عرضه؛ قد يكون تالفًا.</translation>
    </message>
    <message>
        <source>No picture</source>
        <translation>لا توجد صورة</translation>
    </message>
    <message>
        <source>This picture cannot be shown.</source>
        <translation>تعذّر عرض هذه الصورة.</translation>
    </message>
    <message>
        <source>%1 × %2 pixels, %3</source>
        <translation>%1 × %2 بكسل، %3</translation>
    </message>
    <message>
        <source>The project&apos;s picture</source>
        <translation>صورة المشروع</translation>
    </message>
    <message>
        <source>T&amp;itle in %1:</source>
        <translation>العنوان باللغة %1:</translation>
    </message>
    <message>
        <source>D&amp;escription in %1:</source>
        <translation>الوصف باللغة %1:</translation>
    </message>
    <message>
        <source>The cost must be an amount above zero, like 125 000 or 125 000.50.</source>
        <translation>يجب أن تكون التكلفة مبلغًا أكبر من صفر، مثل 125 000 أو 125 000.50.</translation>
    </message>
</context>
<context>
    <name>pbvote::console::ProjectTableModel</name>
    <message>
        <source>City-wide</source>
        <translation>على مستوى المدينة</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>المعرّف</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>العنوان</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>الفئة</translation>
    </message>
    <message>
        <source>District</source>
        <translation>المنطقة</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>التكلفة</translation>
    </message>
    <message>
        <source>On the ballot</source>
        <translation>في ورقة الاقتراع</translation>
    </message>
    <message>
        <source>Under review</source>
        <translation>قيد المراجعة</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>مرفوض</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>مسحوب</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
</context>
<context>
    <name>pbvote::console::ProjectTranslationModel</name>
    <message>
        <source>The translation into %1 has a description but no title: give it a title too, or clear the description.</source>
        <translation>الترجمة إلى %1 فيها وصف بلا عنوان: أضف عنوانًا أيضًا، أو امسح الوصف.</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>اللغة</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>العنوان</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>الوصف</translation>
    </message>
</context>
<context>
    <name>pbvote::console::ResultsModel</name>
    <message>
        <source>round %1 (&quot;%2&quot;)</source>
        <translation>الجولة %1 («%2»)</translation>
    </message>
    <message>
        <source>The result of %1 is empty.</source>
        <translation>نتيجة %1 فارغة.</translation>
    </message>
    <message>
        <source>The count of %1 gave no result: %2</source>
        <translation>لم يُسفر فرز %1 عن نتيجة: %2</translation>
    </message>
    <message>
        <source>The result is for round %1, not for %2.</source>
        <translation>النتيجة تخص الجولة %1، وليس %2.</translation>
    </message>
    <message>
        <source>The result of %1 does not name its counting rule.</source>
        <translation>لا تذكر نتيجة %1 قاعدة الفرز المستخدمة.</translation>
    </message>
    <message>
        <source>The result of %1 has no valid money_scale.</source>
        <translation>لا تحتوي نتيجة %1 على money_scale صالح.</translation>
    </message>
    <message>
        <source>%1 has no district &quot;%2&quot;.</source>
        <translation>لا توجد في %1 منطقة باسم «%2».</translation>
    </message>
    <message>
        <source>The result of %1 has no list of projects.</source>
        <translation>لا تحتوي نتيجة %1 على قائمة مشاريع.</translation>
    </message>
    <message>
        <source>The result of %1 lists a project without an id.</source>
        <translation>تتضمن نتيجة %1 مشروعًا بلا معرّف.</translation>
    </message>
    <message>
        <source>The result names project &quot;%1&quot;, which %2 does not have.</source>
        <translation>تذكر النتيجة المشروع «%1»، وهو غير موجود في %2.</translation>
    </message>
    <message>
        <source>The result lists project &quot;%1&quot; twice.</source>
        <translation>تذكر النتيجة المشروع «%1» مرتين.</translation>
    </message>
    <message>
        <source>The cost of project &quot;%1&quot; in the result is not an amount.</source>
        <translation>تكلفة المشروع «%1» في النتيجة ليست مبلغًا.</translation>
    </message>
    <message>
        <source>Project &quot;%1&quot; costs %2 in the result but %3 in %4.</source>
        <translation>تكلفة المشروع «%1» في النتيجة %2، لكنها %3 في %4.</translation>
    </message>
    <message>
        <source>Project &quot;%1&quot; in the result is marked %2 but has order %3.</source>
        <translation>المشروع «%1» في النتيجة موسوم بأنه %2 لكن ترتيبه %3.</translation>
    </message>
    <message>
        <source>funded</source>
        <translation>ممول</translation>
    </message>
    <message>
        <source>not funded</source>
        <translation>غير ممول</translation>
    </message>
    <message>
        <source>The result has no entry for project &quot;%1&quot; of %2.</source>
        <translation>لا تحتوي النتيجة على بند للمشروع «%1» من %2.</translation>
    </message>
    <message>
        <source>Project &quot;%1&quot; is a winner in the result but not marked funded.</source>
        <translation>المشروع «%1» فائز في النتيجة لكنه غير موسوم بأنه ممول.</translation>
    </message>
    <message>
        <source>The result of %1 has no valid budget, budget_used and budget_left.</source>
        <translation>لا تحتوي نتيجة %1 على قيم صالحة لـ budget وbudget_used وbudget_left.</translation>
    </message>
    <message>
        <source>The result of %1 does not say how many ballots were counted.</source>
        <translation>لا تذكر نتيجة %1 عدد أوراق الاقتراع المحتسبة.</translation>
    </message>
    <message>
        <source>The result of %1 has no count of the city-wide projects.</source>
        <translation>لا تحتوي نتيجة %1 على فرز للمشاريع على مستوى المدينة.</translation>
    </message>
    <message>
        <source>The result of %1 has no count for district &quot;%2&quot;.</source>
        <translation>لا تحتوي نتيجة %1 على فرز للمنطقة «%2».</translation>
    </message>
    <message>
        <source>The count of district &quot;%1&quot; in the result of %2 is incomplete.</source>
        <translation>فرز المنطقة «%1» في نتيجة %2 غير مكتمل.</translation>
    </message>
    <message>
        <source>city-wide</source>
        <translation>على مستوى المدينة</translation>
    </message>
    <message>
        <source>The winners of district &quot;%1&quot; (%2) do not match the funded projects (%3).</source>
        <translation>الفائزون في المنطقة «%1» (%2) لا يطابقون المشاريع الممولة (%3).</translation>
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
        <translation>غير متاح</translation>
    </message>
    <message>
        <source>Funded</source>
        <translation>ممول</translation>
    </message>
    <message>
        <source>Not funded</source>
        <translation>غير ممول</translation>
    </message>
    <message>
        <source>(no reason given)</source>
        <translation>(لم يُذكر سبب)</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>المرتبة</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>المشروع</translation>
    </message>
    <message>
        <source>Votes</source>
        <translation>الأصوات</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>التكلفة</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>السبب</translation>
    </message>
    <message>
        <source>Order in which the rule chose the project; blank when not funded.</source>
        <translation>الترتيب الذي اختارت به القاعدة المشروع؛ فارغ إذا لم يُموَّل.</translation>
    </message>
    <message>
        <source>Ballots that chose the project (the rule&apos;s support figure).</source>
        <translation>أوراق الاقتراع التي اختارت المشروع (رقم التأييد وفق القاعدة).</translation>
    </message>
    <message>
        <source>Why the project won or lost under the rule used.</source>
        <translation>لماذا فاز المشروع أو خسر وفق القاعدة المستخدمة.</translation>
    </message>
</context>
<context>
    <name>pbvote::console::ResultsView</name>
    <message>
        <source>Whole round</source>
        <translation>الجولة كاملة</translation>
    </message>
    <message>
        <source>City-wide projects</source>
        <translation>المشاريع على مستوى المدينة</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>district name (id)</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Show results for:</source>
        <translation>عرض النتائج لـ:</translation>
    </message>
    <message>
        <source>Why this project won or lost</source>
        <translation>لماذا فاز هذا المشروع أو خسر</translation>
    </message>
    <message>
        <source>Budget used</source>
        <translation>الميزانية المستخدمة</translation>
    </message>
    <message>
        <source>Ranking of the projects</source>
        <translation>ترتيب المشاريع</translation>
    </message>
    <message>
        <source>Chart of the votes per project</source>
        <translation>مخطط الأصوات لكل مشروع</translation>
    </message>
    <message>
        <source>This result cannot be shown: %1</source>
        <translation>تعذّر عرض هذه النتيجة: %1</translation>
    </message>
    <message>
        <source>No result to show yet: tally the round first.</source>
        <translation>لا توجد نتيجة لعرضها بعد: افرز أصوات الجولة أولًا.</translation>
    </message>
    <message>
        <source>City-wide projects: </source>
        <translation>المشاريع على مستوى المدينة: </translation>
    </message>
    <message>
        <source>District %1: </source>
        <translation>المنطقة %1: </translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>rule title (rule name)</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message numerus="yes">
        <source>%n ballot(s) counted.</source>
        <translation>
            <numerusform>تم احتساب %n ورقة اقتراع.</numerusform>
            <numerusform>تم احتساب ورقة اقتراع واحدة (%n).</numerusform>
            <numerusform>تم احتساب ورقتي اقتراع (%n).</numerusform>
            <numerusform>تم احتساب %n أوراق اقتراع.</numerusform>
            <numerusform>تم احتساب %n ورقةَ اقتراع.</numerusform>
            <numerusform>تم احتساب %n ورقة اقتراع.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n ballot(s) chose a project here.</source>
        <translation>
            <numerusform>%n ورقة اقتراع اختارت مشروعًا هنا.</numerusform>
            <numerusform>ورقة اقتراع واحدة (%n) اختارت مشروعًا هنا.</numerusform>
            <numerusform>ورقتا اقتراع (%n) اختارتا مشروعًا هنا.</numerusform>
            <numerusform>%n أوراق اقتراع اختارت مشروعًا هنا.</numerusform>
            <numerusform>%n ورقةَ اقتراع اختارت مشروعًا هنا.</numerusform>
            <numerusform>%n ورقة اقتراع اختارت مشروعًا هنا.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n project(s) funded</source>
        <translation>
            <numerusform>%n مشروع ممول</numerusform>
            <numerusform>مشروع واحد ممول (%n)</numerusform>
            <numerusform>مشروعان ممولان (%n)</numerusform>
            <numerusform>%n مشاريع ممولة</numerusform>
            <numerusform>%n مشروعًا ممولًا</numerusform>
            <numerusform>%n مشروع ممول</numerusform>
        </translation>
    </message>
    <message>
        <source>Counted with the rule %1, ties broken by %2. %3 %4 out of %5.</source>
        <translation>فُرزت الأصوات بالقاعدة %1، وكُسر التعادل حسب %2. %3 %4 من أصل %5.</translation>
    </message>
    <message>
        <source>(not stated)</source>
        <translation>(غير محدد)</translation>
    </message>
    <message>
        <source>Budget used: %1 of %2. Left unspent: %3.</source>
        <translation>الميزانية المستخدمة: %1 من %2. المتبقي دون إنفاق: %3.</translation>
    </message>
    <message>
        <source>%1% of the budget used, %2% left.</source>
        <translation>استُخدم %1% من الميزانية، وتبقّى %2%.</translation>
    </message>
    <message>
        <source>Votes per project</source>
        <translation>الأصوات لكل مشروع</translation>
    </message>
    <message>
        <source>Funded</source>
        <translation>ممول</translation>
    </message>
    <message>
        <source>Not funded</source>
        <translation>غير ممول</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>المشروع</translation>
    </message>
    <message>
        <source>Votes</source>
        <translation>الأصوات</translation>
    </message>
    <message>
        <source>Select a project in the table to see why it won or lost.</source>
        <translation>اختر مشروعًا في الجدول لمعرفة سبب فوزه أو خسارته.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>project id: title</comment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Funded, chosen in position %1.</source>
        <translation>ممول، اختير في الموضع %1.</translation>
    </message>
    <message>
        <source>Not funded.</source>
        <translation>غير ممول.</translation>
    </message>
    <message numerus="yes">
        <source>%n vote(s).</source>
        <translation>
            <numerusform>%n صوت.</numerusform>
            <numerusform>صوت واحد (%n).</numerusform>
            <numerusform>صوتان (%n).</numerusform>
            <numerusform>%n أصوات.</numerusform>
            <numerusform>%n صوتًا.</numerusform>
            <numerusform>%n صوت.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cost: %1.</source>
        <translation>التكلفة: %1.</translation>
    </message>
    <message>
        <source>The result gives no reason for this project.</source>
        <translation>لا تذكر النتيجة سببًا لهذا المشروع.</translation>
    </message>
    <message>
        <source>No counting rule was chosen before voting for this round: every count is for analysis.</source>
        <translation>لم تُختر قاعدة فرز قبل التصويت في هذه الجولة: كل فرز هو للتحليل فقط.</translation>
    </message>
    <message>
        <source>This is the official result: %1 is the rule chosen before voting opened.</source>
        <translation>هذه هي النتيجة الرسمية: %1 هي القاعدة التي اختيرت قبل فتح التصويت.</translation>
    </message>
    <message>
        <source>For comparison only: the official result is counted with %1, the rule chosen before voting opened.</source>
        <translation>للمقارنة فقط: تُحسب النتيجة الرسمية بالقاعدة %1، التي اختيرت قبل فتح التصويت.</translation>
    </message>
</context>
<context>
    <name>pbvote::console::RoundListModel</name>
    <message>
        <source>draft</source>
        <translation>مسودة</translation>
    </message>
    <message>
        <source>voting open</source>
        <translation>التصويت مفتوح</translation>
    </message>
    <message>
        <source>voting paused</source>
        <translation>التصويت متوقف مؤقتًا</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>مغلقة</translation>
    </message>
    <message>
        <source>counted</source>
        <translation>تم الفرز</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message numerus="yes">
        <source>Round %1: %n project(s)</source>
        <translation>
            <numerusform>الجولة %1: %n مشروع</numerusform>
            <numerusform>الجولة %1: مشروع واحد (%n)</numerusform>
            <numerusform>الجولة %1: مشروعان (%n)</numerusform>
            <numerusform>الجولة %1: %n مشاريع</numerusform>
            <numerusform>الجولة %1: %n مشروعًا</numerusform>
            <numerusform>الجولة %1: %n مشروع</numerusform>
        </translation>
    </message>
    <message>
        <source>published</source>
        <translation>منشورة</translation>
    </message>
</context>
<context>
    <name>pbvote::console::RoundSettingsDialog</name>
    <message>
        <source>No planned period yet</source>
        <translation>لا توجد فترة مخطط لها بعد</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>إضافة</translation>
    </message>
    <message>
        <source>R&amp;ename</source>
        <translation>إعادة تسمية</translation>
    </message>
    <message>
        <source>Remo&amp;ve</source>
        <translation>إزالة</translation>
    </message>
    <message>
        <source>Move u&amp;p</source>
        <translation>نقل لأعلى</translation>
    </message>
    <message>
        <source>Move do&amp;wn</source>
        <translation>نقل لأسفل</translation>
    </message>
    <message>
        <source>New round</source>
        <translation>جولة جديدة</translation>
    </message>
    <message>
        <source>Round settings: %1</source>
        <translation>إعدادات الجولة: %1</translation>
    </message>
    <message>
        <source>e.g. Participatory Budget 2027</source>
        <translation>مثال: الميزانية التشاركية 2027</translation>
    </message>
    <message>
        <source>e.g. 1 500 000 or 1 500 000.50</source>
        <translation>مثال: 1 500 000 أو 1 500 000.50</translation>
    </message>
    <message>
        <source>Three letters, as on bank statements: EUR, USD, PLN, VND</source>
        <translation>ثلاثة أحرف، كما في كشوف الحسابات المصرفية: EUR، USD، PLN، VND</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>الاسم:</translation>
    </message>
    <message>
        <source>C&amp;urrency:</source>
        <translation>العملة:</translation>
    </message>
    <message>
        <source>Voting &amp;method:</source>
        <translation>طريقة التصويت:</translation>
    </message>
    <message>
        <source>Not chosen yet</source>
        <translation>لم تُختر بعد</translation>
    </message>
    <message>
        <source>%1 (a rule this version does not know)</source>
        <translation>%1 (قاعدة لا يعرفها هذا الإصدار)</translation>
    </message>
    <message>
        <source>Counting &amp;rule:</source>
        <translation>قاعدة الفرز:</translation>
    </message>
    <message>
        <source>Times are local (%1); the round keeps them in UTC.</source>
        <translation>الأوقات محلية (%1)؛ وتحفظها الجولة بتوقيت UTC.</translation>
    </message>
    <message>
        <source>Voting period</source>
        <translation>فترة التصويت</translation>
    </message>
    <message>
        <source>&amp;Opens:</source>
        <translation>يفتح في:</translation>
    </message>
    <message>
        <source>C&amp;loses:</source>
        <translation>يغلق في:</translation>
    </message>
    <message>
        <source>New category, e.g. Green spaces</source>
        <translation>فئة جديدة، مثال: المساحات الخضراء</translation>
    </message>
    <message>
        <source>Categories</source>
        <translation>الفئات</translation>
    </message>
    <message>
        <source>When the list has categories, each project is in one of them (or in none). With an empty list, projects name their own.</source>
        <translation>عندما تحتوي القائمة على فئات، يكون كل مشروع في إحداها (أو لا يكون في أي منها). ومع قائمة فارغة، يحدد كل مشروع فئته بنفسه.</translation>
    </message>
    <message>
        <source>&amp;Budget:</source>
        <translation>الميزانية:</translation>
    </message>
    <message>
        <source>&amp;Budget (%1):</source>
        <translation>الميزانية (%1):</translation>
    </message>
    <message>
        <source>Choose the counting rule before voting opens: the official result is counted with it, and the published results name it.</source>
        <translation>اختر قاعدة الفرز قبل فتح التصويت: تُحسب بها النتيجة الرسمية، وتذكرها النتائج المنشورة.</translation>
    </message>
    <message>
        <source>This version of pbvote cannot count with this rule.</source>
        <translation>لا يستطيع هذا الإصدار من pbvote الفرز بهذه القاعدة.</translation>
    </message>
    <message>
        <source>The budget must be an amount such as 1 500 000 or 1 500 000.50.</source>
        <translation>يجب أن تكون الميزانية مبلغًا مثل 1 500 000 أو 1 500 000.50.</translation>
    </message>
</context>
<context>
    <name>pbvote::counting::DistrictCount</name>
    <message>
        <source>Rule %1 cannot be run.</source>
        <translation>تعذّر تشغيل القاعدة %1.</translation>
    </message>
    <message>
        <source>%1: no budget was given for district %2, which has %3 project(s).</source>
        <translation>%1: لم تُحدَّد ميزانية للمنطقة %2 (عدد المشاريع: %3).</translation>
    </message>
    <message>
        <source>%1: the budget of district %2 is negative.</source>
        <translation>%1: ميزانية المنطقة %2 سالبة.</translation>
    </message>
    <message>
        <source>City-wide</source>
        <translation>على مستوى المدينة</translation>
    </message>
    <message>
        <source>District %1</source>
        <translation>المنطقة %1</translation>
    </message>
    <message>
        <source>Not funded: it belongs to no district, and this count has no city-wide budget.</source>
        <translation>غير ممول: لا ينتمي إلى أي منطقة، وليس لهذا الفرز ميزانية على مستوى المدينة.</translation>
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
        <translation>صوت واحد</translation>
    </message>
    <message numerus="yes">
        <source>%1 votes</source>
        <translation>
            <numerusform>%1 صوت</numerusform>
            <numerusform>صوت واحد (%1)</numerusform>
            <numerusform>صوتان (%1)</numerusform>
            <numerusform>%1 أصوات</numerusform>
            <numerusform>%1 صوتًا</numerusform>
            <numerusform>%1 صوت</numerusform>
        </translation>
    </message>
    <message>
        <source>%1th</source>
        <comment>ordinal: 11th, 12th, 13th, 4th, ...</comment>
        <translation>الـ%1</translation>
    </message>
    <message>
        <source>%1st</source>
        <comment>ordinal: 1st, 21st, ...</comment>
        <translation>الـ%1</translation>
    </message>
    <message>
        <source>%1nd</source>
        <comment>ordinal: 2nd, 22nd, ...</comment>
        <translation>الـ%1</translation>
    </message>
    <message>
        <source>%1rd</source>
        <comment>ordinal: 3rd, 23rd, ...</comment>
        <translation>الـ%1</translation>
    </message>
</context>
<context>
    <name>pbvote::counting::Greedy</name>
    <message>
        <source>%1: project %2 has a negative cost (%3).</source>
        <translation>%1: تكلفة المشروع %2 سالبة (%3).</translation>
    </message>
    <message>
        <source>%1: the projects funded before the greedy step are invalid (index %2).</source>
        <translation>%1: المشاريع الممولة قبل الخطوة الجشعة غير صالحة (الفهرس %2).</translation>
    </message>
    <message>
        <source>Funded %1, in the earlier stage of the count (%2; it cost %3).</source>
        <translation>مُوِّل في المرتبة %1، في المرحلة السابقة من الفرز (%2؛ وكلّف %3).</translation>
    </message>
    <message>
        <source>Funded %1: %2; it costs nothing.</source>
        <translation>مُوِّل في المرتبة %1: %2؛ ولا يكلّف شيئًا.</translation>
    </message>
    <message>
        <source>Funded %1: nobody voted for it, but it cost %2 and %3 was still available once every project with votes had had its turn.</source>
        <translation>مُوِّل في المرتبة %1: لم يصوّت له أحد، لكن تكلفته %2 وكان لا يزال متاحًا %3 بعد أن جاء دور كل المشاريع التي نالت أصواتًا.</translation>
    </message>
    <message>
        <source>Funded %1: %2; it cost %3 and %4 was still available.</source>
        <translation>مُوِّل في المرتبة %1: %2؛ وكلّف %3 وكان لا يزال متاحًا %4.</translation>
    </message>
    <message>
        <source>Funded %1: %2 for a cost of %3 (projects are taken by votes per unit of cost); %4 was still available.</source>
        <translation>مُوِّل في المرتبة %1: %2 مقابل تكلفة %3 (تُؤخذ المشاريع بحسب الأصوات لكل وحدة تكلفة)؛ وكان لا يزال متاحًا %4.</translation>
    </message>
    <message>
        <source>Not funded: %1, but it costs %2, more than the whole budget of %3.</source>
        <translation>غير ممول: %1، لكن تكلفته %2، وهي أكثر من الميزانية كلها البالغة %3.</translation>
    </message>
    <message>
        <source>Not funded: %1, but it costs %2 and only %3 was left when its turn came.</source>
        <translation>غير ممول: %1، لكن تكلفته %2 ولم يتبقَّ سوى %3 حين جاء دوره.</translation>
    </message>
    <message>
        <source>Not funded: %1 for a cost of %2 (projects are taken by votes per unit of cost), and only %3 was left when its turn came.</source>
        <translation>غير ممول: %1 مقابل تكلفة %2 (تُؤخذ المشاريع بحسب الأصوات لكل وحدة تكلفة)، ولم يتبقَّ سوى %3 حين جاء دوره.</translation>
    </message>
</context>
<context>
    <name>pbvote::counting::MaxWelfare</name>
    <message>
        <source>%1: project %2 has a negative cost (%3).</source>
        <translation>%1: تكلفة المشروع %2 سالبة (%3).</translation>
    </message>
    <message>
        <source>%1 is too large to find the best combination of projects exactly: the search went past %2 steps (the configured limit). No result is given rather than one that might not be the best.</source>
        <translation>%1 أكبر من أن تُوجد له أفضل مجموعة من المشاريع بدقة: تجاوز البحث %2 خطوة (الحد المضبوط). ولا تُعطى أي نتيجة بدلًا من نتيجة قد لا تكون الأفضل.</translation>
    </message>
    <message>
        <source>Funded: %1 for %2. It is part of the best combination: the projects whose votes, each counted as many times as the project costs, add up to the most without going over the budget of %3.</source>
        <translation>ممول: %1 مقابل تكلفة %2. وهو جزء من أفضل مجموعة: المشاريع التي يكون مجموع أصواتها، مع احتساب كل صوت بعدد مرات يساوي تكلفة المشروع، أكبر ما يمكن دون تجاوز الميزانية البالغة %3.</translation>
    </message>
    <message>
        <source>Not funded: it costs %1, more than the whole budget of %2.</source>
        <translation>غير ممول: تكلفته %1، وهي أكثر من الميزانية كلها البالغة %2.</translation>
    </message>
    <message>
        <source>Not funded: nobody voted for it.</source>
        <translation>غير ممول: لم يصوّت له أحد.</translation>
    </message>
    <message>
        <source>Not funded: it costs nothing, so under this rule (votes counted as many times as the project costs) it adds nothing to the total, and the rule funds only projects that do.</source>
        <translation>غير ممول: لا يكلّف شيئًا، لذا لا يضيف بموجب هذه القاعدة (تُحتسب الأصوات بعدد مرات يساوي تكلفة المشروع) شيئًا إلى المجموع، والقاعدة لا تموّل إلا المشاريع التي تضيف إليه.</translation>
    </message>
    <message>
        <source>Not funded: %1 for %2. The best combination of projects within the budget of %3 does not include it.</source>
        <translation>غير ممول: %1 مقابل تكلفة %2. أفضل مجموعة من المشاريع ضمن الميزانية البالغة %3 لا تشمله.</translation>
    </message>
</context>
<context>
    <name>pbvote::counting::Phragmen</name>
    <message>
        <source>about %1</source>
        <translation>نحو %1</translation>
    </message>
    <message>
        <source>%1: sequential Phragmén applies to approval ballots only.</source>
        <translation>%1: طريقة Phragmén المتتابعة لا تنطبق إلا على أوراق اقتراع الموافقة.</translation>
    </message>
    <message>
        <source>%1: project %2 has a negative cost (%3).</source>
        <translation>%1: تكلفة المشروع %2 سالبة (%3).</translation>
    </message>
    <message>
        <source>%1: voter %2 names a project that does not exist.</source>
        <translation>%1: الناخب %2 يذكر مشروعًا غير موجود.</translation>
    </message>
    <message>
        <source>Funded %1: nobody voted for it, but it cost %2 and %3 was still available after every project with votes.</source>
        <translation>مُوِّل في المرتبة %1: لم يصوّت له أحد، لكن تكلفته %2 وكان لا يزال متاحًا %3 بعد كل المشاريع التي نالت أصواتًا.</translation>
    </message>
    <message>
        <source>Funded %1: its %2 shared its cost of %3, and each of them ended up with a load of %4, the smallest any project could give its supporters at that point.</source>
        <translation>مُوِّل في المرتبة %1: تقاسم أصحاب %2 تكلفته البالغة %3، وانتهى كل منهم بعبء قدره %4، وهو أصغر عبء كان يمكن لأي مشروع أن يحمّله لمؤيديه في تلك المرحلة.</translation>
    </message>
    <message>
        <source>Not funded: it costs %1, more than the whole budget of %2.</source>
        <translation>غير ممول: تكلفته %1، وهي أكثر من الميزانية كلها البالغة %2.</translation>
    </message>
    <message>
        <source>Not funded: it was next in line (its %1 would each have carried a load of %2), but it costs %3 and only %4 was left, so the count stopped here.</source>
        <translation>غير ممول: كان التالي في الدور (وكان كل واحد من أصحاب %1 سيتحمّل عبئًا قدره %2)، لكن تكلفته %3 ولم يتبقَّ سوى %4، فتوقف الفرز هنا.</translation>
    </message>
    <message>
        <source>Not funded: nobody voted for it; it costs %1 and only %2 was left, so the count stopped here.</source>
        <translation>غير ممول: لم يصوّت له أحد؛ تكلفته %1 ولم يتبقَّ سوى %2، فتوقف الفرز هنا.</translation>
    </message>
    <message>
        <source>Not funded: nobody voted for it.</source>
        <translation>غير ممول: لم يصوّت له أحد.</translation>
    </message>
    <message>
        <source>Not funded: its %1 would each have had to carry a load of %2; the count stopped before its turn, when project %3 came next and no longer fitted in the %4 left.</source>
        <translation>غير ممول: كان على كل واحد من أصحاب %1 أن يتحمّل عبئًا قدره %2؛ وتوقف الفرز قبل دوره، حين كان المشروع %3 هو التالي ولم يعد المتبقي البالغ %4 يكفيه.</translation>
    </message>
</context>
<context>
    <name>pbvote::counting::RuleRegistry</name>
    <message>
        <source>Greedy by votes</source>
        <translation>الطريقة الجشعة حسب عدد الأصوات</translation>
    </message>
    <message>
        <source>Projects are taken in order of their number of votes, most votes first. A project that no longer fits in the money left is skipped, and the count goes on with the next one until every project has had its turn.</source>
        <translation>تُؤخذ المشاريع بحسب عدد أصواتها، بدءًا بالأكثر أصواتًا. ويُتخطّى المشروع الذي لم يعد المال المتبقي يكفيه، ويستمر الفرز مع المشروع التالي حتى يأتي دور كل المشاريع.</translation>
    </message>
    <message>
        <source>Greedy by votes per cost</source>
        <translation>الطريقة الجشعة حسب الأصوات لكل وحدة تكلفة</translation>
    </message>
    <message>
        <source>Projects are taken in order of their number of votes divided by their cost, so cheaper projects with many votes come first. A project that no longer fits in the money left is skipped, and the count goes on until every project has had its turn.</source>
        <translation>تُؤخذ المشاريع بحسب عدد أصواتها مقسومًا على تكلفتها، فتأتي أولًا المشاريع الأرخص التي نالت أصواتًا كثيرة. ويُتخطّى المشروع الذي لم يعد المال المتبقي يكفيه، ويستمر الفرز حتى يأتي دور كل المشاريع.</translation>
    </message>
    <message>
        <source>Method of Equal Shares (cost)</source>
        <translation>طريقة الحصص المتساوية (التكلفة)</translation>
    </message>
    <message>
        <source>The budget is divided equally among the voters. A project is funded when its supporters can pay for it together from their shares, paying as equally as possible; the project whose supporters pay the least per unit of benefit goes first, where a project&apos;s benefit to a supporter is its cost. Money may be left unspent.</source>
        <translation>تُقسَّم الميزانية بالتساوي بين الناخبين. ويُموَّل المشروع حين يستطيع مؤيدوه دفع تكلفته معًا من حصصهم، بدفعات متساوية قدر الإمكان؛ ويأتي أولًا المشروع الذي يدفع مؤيدوه أقل مبلغ لكل وحدة من المنفعة، علمًا بأن منفعة المشروع لمؤيده هي تكلفته. وقد يبقى جزء من المال دون إنفاق.</translation>
    </message>
    <message>
        <source>Method of Equal Shares (approval)</source>
        <translation>طريقة الحصص المتساوية (الموافقة)</translation>
    </message>
    <message>
        <source>The budget is divided equally among the voters. A project is funded when its supporters can pay for it together from their shares, paying as equally as possible; the project whose supporters pay the least each goes first (every supported project counts the same to a voter). Money may be left unspent.</source>
        <translation>تُقسَّم الميزانية بالتساوي بين الناخبين. ويُموَّل المشروع حين يستطيع مؤيدوه دفع تكلفته معًا من حصصهم، بدفعات متساوية قدر الإمكان؛ ويأتي أولًا المشروع الذي يدفع كل واحد من مؤيديه فيه أقل مبلغ (فلكل مشروع يؤيده الناخب القيمة نفسها عنده). وقد يبقى جزء من المال دون إنفاق.</translation>
    </message>
    <message>
        <source>Equal Shares (cost), then greedy</source>
        <translation>الحصص المتساوية (التكلفة) ثم الطريقة الجشعة</translation>
    </message>
    <message>
        <source>The Method of Equal Shares with benefit equal to cost, then the money left is spent by the greedy rule: remaining projects in order of votes, skipping those that no longer fit.</source>
        <translation>طريقة الحصص المتساوية مع منفعة تساوي التكلفة، ثم يُنفَق المال المتبقي بالقاعدة الجشعة: المشاريع الباقية بحسب الأصوات، مع تخطّي ما لم يعد المال يكفيه.</translation>
    </message>
    <message>
        <source>Equal Shares (approval), then greedy</source>
        <translation>الحصص المتساوية (الموافقة) ثم الطريقة الجشعة</translation>
    </message>
    <message>
        <source>The Method of Equal Shares with every supported project counting the same, then the money left is spent by the greedy rule: remaining projects in order of votes, skipping those that no longer fit.</source>
        <translation>طريقة الحصص المتساوية مع احتساب كل مشروع مؤيَّد بالقيمة نفسها، ثم يُنفَق المال المتبقي بالقاعدة الجشعة: المشاريع الباقية بحسب الأصوات، مع تخطّي ما لم يعد المال يكفيه.</translation>
    </message>
    <message>
        <source>Equal Shares (cost), raised shares</source>
        <translation>الحصص المتساوية (التكلفة) مع رفع الحصص</translation>
    </message>
    <message>
        <source>Equal Shares (approval), raised shares</source>
        <translation>الحصص المتساوية (الموافقة) مع رفع الحصص</translation>
    </message>
    <message>
        <source>Sequential Phragmén</source>
        <translation>طريقة Phragmén المتتابعة</translation>
    </message>
    <message>
        <source>Supporters share the cost of each funded project, and the count keeps the largest total any voter has paid (their load) as small as possible: each round funds the project whose supporters would end with the smallest equal load. The count stops when the next project no longer fits in the money left. Approval ballots only.</source>
        <translation>يتقاسم المؤيدون تكلفة كل مشروع مموَّل، ويُبقي الفرز أكبر مجموع دفعه أي ناخب (عبؤه) أصغر ما يمكن: ففي كل خطوة يُموَّل المشروع الذي سينتهي مؤيدوه بأصغر عبء متساوٍ. ويتوقف الفرز حين لا يعود المال المتبقي يكفي المشروع التالي. لأوراق اقتراع الموافقة فقط.</translation>
    </message>
    <message>
        <source>Maximum total satisfaction</source>
        <translation>أقصى رضا إجمالي</translation>
    </message>
    <message>
        <source>The combination of projects within the budget whose votes, each counted as many times as the project costs, add up to the most. Found exactly; a round too large to solve exactly gets an error, never an approximation.</source>
        <translation>مجموعة المشاريع ضمن الميزانية التي يكون مجموع أصواتها أكبر ما يمكن، مع احتساب كل صوت بعدد مرات يساوي تكلفة المشروع. تُحسب بدقة؛ والجولة الأكبر من أن تُحل بدقة تنتهي بخطأ، لا بتقريب أبدًا.</translation>
    </message>
    <message>
        <source>Equal Shares (cost), raised shares as on equalshares.net</source>
        <translation>الحصص المتساوية (التكلفة) مع رفع الحصص كما في equalshares.net</translation>
    </message>
    <message>
        <source>The Method of Equal Shares with benefit equal to cost, rerun with every voter&apos;s share raised by one unit at a time for as long as the result still fits in the budget — also past the first result that leaves too little for any other project, as equalshares.net counts (this reproduces Wieliczka&apos;s official 2023 result); the money then left is spent by the greedy rule.</source>
        <translation>طريقة الحصص المتساوية مع منفعة تساوي التكلفة، تُعاد مع رفع حصة كل ناخب وحدةً واحدة في كل مرة ما دامت الميزانية تكفي النتيجة — حتى بعد أول نتيجة لا تترك ما يكفي لأي مشروع آخر، كما يحسب موقع equalshares.net (وبهذا تُستعاد النتيجة الرسمية لمدينة فيليتشكا (Wieliczka) لعام 2023)؛ ثم يُنفَق المال المتبقي بالقاعدة الجشعة.</translation>
    </message>
    <message>
        <source>Method of Equal Shares (points)</source>
        <translation>طريقة الحصص المتساوية (النقاط)</translation>
    </message>
    <message>
        <source>The Method of Equal Shares for cumulative or scoring ballots: a voter&apos;s benefit from a project is the number of points they gave it.</source>
        <translation>طريقة الحصص المتساوية لأوراق الاقتراع التراكمية أو أوراق التقييم بالنقاط: منفعة المشروع للناخب هي عدد النقاط التي منحه إياها.</translation>
    </message>
    <message>
        <source>Equal Shares (points), raised shares</source>
        <translation>الحصص المتساوية (النقاط) مع رفع الحصص</translation>
    </message>
    <message>
        <source>Method of Equal Shares (ranking)</source>
        <translation>طريقة الحصص المتساوية (الترتيب)</translation>
    </message>
    <message>
        <source>The Method of Equal Shares for ranked ballots: a voter&apos;s benefit from a project is the number of projects they ranked below it (Borda score).</source>
        <translation>طريقة الحصص المتساوية لأوراق الاقتراع بالترتيب: منفعة المشروع للناخب هي عدد المشاريع التي رتّبها بعده (نقاط بوردا).</translation>
    </message>
    <message>
        <source>Equal Shares (ranking), raised shares</source>
        <translation>الحصص المتساوية (الترتيب) مع رفع الحصص</translation>
    </message>
    <message>
        <source>The Method of Equal Shares with benefit equal to cost, rerun with every voter&apos;s share raised by one unit at a time until the result leaves too little money for any other project or would no longer fit in the real budget; the money then left is spent by the greedy rule.</source>
        <translation>طريقة الحصص المتساوية مع منفعة تساوي التكلفة، تُعاد مع رفع حصة كل ناخب وحدةً واحدة في كل مرة حتى تترك النتيجة مالًا لا يكفي لأي مشروع آخر أو لا تعود الميزانية الفعلية تكفيها؛ ثم يُنفَق المال المتبقي بالقاعدة الجشعة.</translation>
    </message>
    <message>
        <source>The Method of Equal Shares with every supported project counting the same, rerun with every voter&apos;s share raised by one unit at a time until the result leaves too little money for any other project or would no longer fit in the real budget; the money then left is spent by the greedy rule.</source>
        <translation>طريقة الحصص المتساوية مع احتساب كل مشروع مؤيَّد بالقيمة نفسها، تُعاد مع رفع حصة كل ناخب وحدةً واحدة في كل مرة حتى تترك النتيجة مالًا لا يكفي لأي مشروع آخر أو لا تعود الميزانية الفعلية تكفيها؛ ثم يُنفَق المال المتبقي بالقاعدة الجشعة.</translation>
    </message>
    <message>
        <source>The Method of Equal Shares with points as benefit, rerun with every voter&apos;s share raised by one unit at a time until the result leaves too little money for any other project or would no longer fit in the real budget; the money then left is spent by the greedy rule.</source>
        <translation>طريقة الحصص المتساوية مع النقاط منفعةً، تُعاد مع رفع حصة كل ناخب وحدةً واحدة في كل مرة حتى تترك النتيجة مالًا لا يكفي لأي مشروع آخر أو لا تعود الميزانية الفعلية تكفيها؛ ثم يُنفَق المال المتبقي بالقاعدة الجشعة.</translation>
    </message>
    <message>
        <source>The Method of Equal Shares with Borda scores as benefit, rerun with every voter&apos;s share raised by one unit at a time until the result leaves too little money for any other project or would no longer fit in the real budget; the money then left is spent by the greedy rule.</source>
        <translation>طريقة الحصص المتساوية مع نقاط بوردا منفعةً، تُعاد مع رفع حصة كل ناخب وحدةً واحدة في كل مرة حتى تترك النتيجة مالًا لا يكفي لأي مشروع آخر أو لا تعود الميزانية الفعلية تكفيها؛ ثم يُنفَق المال المتبقي بالقاعدة الجشعة.</translation>
    </message>
</context>
<context>
    <name>pbvote::counting::TieBreak</name>
    <message>
        <source>project id, the smallest as text first (&quot;10&quot; before &quot;9&quot;)</source>
        <comment>tie-breaking, after &quot;ties broken by&quot;</comment>
        <translation>معرّف المشروع، الأصغر نصيًّا أولًا («10» قبل «9»)</translation>
    </message>
    <message>
        <source>lower cost first, then project id</source>
        <comment>tie-breaking, after &quot;ties broken by&quot;</comment>
        <translation>التكلفة الأقل أولًا، ثم معرّف المشروع</translation>
    </message>
    <message>
        <source>more votes first, then project id</source>
        <comment>tie-breaking, after &quot;ties broken by&quot;</comment>
        <translation>الأصوات الأكثر أولًا، ثم معرّف المشروع</translation>
    </message>
</context>
<context>
    <name>pbvote::kiosk::AudioGuide</name>
    <message>
        <source>Slowest</source>
        <translation>الأبطأ</translation>
    </message>
    <message>
        <source>Slower</source>
        <translation>أبطأ</translation>
    </message>
    <message>
        <source>Normal speed</source>
        <translation>السرعة العادية</translation>
    </message>
    <message>
        <source>A little faster</source>
        <translation>أسرع قليلًا</translation>
    </message>
    <message>
        <source>Faster</source>
        <translation>أسرع</translation>
    </message>
    <message>
        <source>Fastest</source>
        <translation>الأسرع</translation>
    </message>
    <message>
        <source>Audio is off.</source>
        <translation>الصوت متوقف.</translation>
    </message>
    <message>
        <source>Sorry, this kiosk cannot read aloud. Please ask a librarian for help.</source>
        <translation>عذرًا، لا يستطيع هذا الجهاز القراءة بصوت عالٍ. يُرجى طلب المساعدة من أحد موظفي المكتبة.</translation>
    </message>
    <message>
        <source>Sorry, this kiosk has no voice for this language. Choose another language, or ask a librarian for help.</source>
        <translation>عذرًا، لا يتوفر في هذا الجهاز صوت لهذه اللغة. اختر لغة أخرى، أو اطلب المساعدة من أحد موظفي المكتبة.</translation>
    </message>
    <message>
        <source>Audio is on: the screen is read aloud.</source>
        <translation>الصوت مُشغَّل: تُقرأ الشاشة بصوت عالٍ.</translation>
    </message>
    <message>
        <source>Much faster</source>
        <translation>أسرع بكثير</translation>
    </message>
</context>
<context>
    <name>pbvote::kiosk::KioskSession</name>
    <message>
        <source>Choose from %1 to %2 projects that you would like the city to fund.</source>
        <translation>اختر من %1 إلى %2 من المشاريع التي تودّ أن تموّلها المدينة.</translation>
    </message>
    <message numerus="yes">
        <source>Choose up to %n project(s) that you would like the city to fund.</source>
        <translation>
            <numerusform>اختر المشاريع التي تودّ أن تموّلها المدينة، بحد أقصى %n مشروع.</numerusform>
            <numerusform>اختر المشاريع التي تودّ أن تموّلها المدينة، بحد أقصى %n مشروع.</numerusform>
            <numerusform>اختر المشاريع التي تودّ أن تموّلها المدينة، بحد أقصى %n مشروعين.</numerusform>
            <numerusform>اختر المشاريع التي تودّ أن تموّلها المدينة، بحد أقصى %n مشاريع.</numerusform>
            <numerusform>اختر المشاريع التي تودّ أن تموّلها المدينة، بحد أقصى %n مشروعًا.</numerusform>
            <numerusform>اختر المشاريع التي تودّ أن تموّلها المدينة، بحد أقصى %n مشروع.</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose every project that you would like the city to fund.</source>
        <translation>اختر كل المشاريع التي تودّ أن تموّلها المدينة.</translation>
    </message>
    <message>
        <source>Choose the projects you would like the city to fund. Together they can cost up to %1.</source>
        <translation>اختر المشاريع التي تودّ أن تموّلها المدينة. يمكن أن تصل تكلفتها مجتمعةً إلى %1.</translation>
    </message>
    <message numerus="yes">
        <source>Give your %n point(s) to the projects you support, at most %1 to one project. More points mean more support.</source>
        <translation>
            <numerusform>لديك %n نقطة: امنحها لمشروع تدعمه، بحد أقصى %1 للمشروع الواحد. كلما زادت النقاط زاد الدعم.</numerusform>
            <numerusform>لديك %n نقطة: امنحها لمشروع تدعمه، بحد أقصى %1 للمشروع الواحد. كلما زادت النقاط زاد الدعم.</numerusform>
            <numerusform>لديك %n نقطتان: وزّعهما على المشاريع التي تدعمها، بحد أقصى %1 للمشروع الواحد. كلما زادت النقاط زاد الدعم.</numerusform>
            <numerusform>لديك %n نقاط: وزّعها على المشاريع التي تدعمها، بحد أقصى %1 للمشروع الواحد. كلما زادت النقاط زاد الدعم.</numerusform>
            <numerusform>لديك %n نقطةً: وزّعها على المشاريع التي تدعمها، بحد أقصى %1 للمشروع الواحد. كلما زادت النقاط زاد الدعم.</numerusform>
            <numerusform>لديك %n نقطة: وزّعها على المشاريع التي تدعمها، بحد أقصى %1 للمشروع الواحد. كلما زادت النقاط زاد الدعم.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Give your %n point(s) to the projects you support. More points mean more support.</source>
        <translation>
            <numerusform>لديك %n نقطة: امنحها لمشروع تدعمه. كلما زادت النقاط زاد الدعم.</numerusform>
            <numerusform>لديك %n نقطة: امنحها لمشروع تدعمه. كلما زادت النقاط زاد الدعم.</numerusform>
            <numerusform>لديك %n نقطتان: وزّعهما على المشاريع التي تدعمها. كلما زادت النقاط زاد الدعم.</numerusform>
            <numerusform>لديك %n نقاط: وزّعها على المشاريع التي تدعمها. كلما زادت النقاط زاد الدعم.</numerusform>
            <numerusform>لديك %n نقطةً: وزّعها على المشاريع التي تدعمها. كلما زادت النقاط زاد الدعم.</numerusform>
            <numerusform>لديك %n نقطة: وزّعها على المشاريع التي تدعمها. كلما زادت النقاط زاد الدعم.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Rank up to %n project(s): tap them in order of preference, your favourite first.</source>
        <translation>
            <numerusform>رتّب حتى %n مشروع: المس المشروع المفضل لديك.</numerusform>
            <numerusform>رتّب حتى %n مشروع: المس المشروع المفضل لديك.</numerusform>
            <numerusform>رتّب حتى %n مشروعين: المسهما بترتيب تفضيلك، بدءًا بالمفضل لديك.</numerusform>
            <numerusform>رتّب حتى %n مشاريع: المسها بترتيب تفضيلك، بدءًا بالمفضل لديك.</numerusform>
            <numerusform>رتّب حتى %n مشروعًا: المسها بترتيب تفضيلك، بدءًا بالمفضل لديك.</numerusform>
            <numerusform>رتّب حتى %n مشروع: المسها بترتيب تفضيلك، بدءًا بالمفضل لديك.</numerusform>
        </translation>
    </message>
    <message>
        <source>Voting has not started yet.</source>
        <translation>لم يبدأ التصويت بعد.</translation>
    </message>
    <message>
        <source>Voting is paused at this kiosk.</source>
        <translation>التصويت متوقف مؤقتًا في هذا الجهاز.</translation>
    </message>
    <message>
        <source>Voting has ended. Thank you to everyone who took part!</source>
        <translation>انتهى التصويت. شكرًا لكل من شارك!</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n project(s) chosen</source>
        <translation>
            <numerusform>المشاريع المختارة: %1 من %n</numerusform>
            <numerusform>المشاريع المختارة: %1 من %n</numerusform>
            <numerusform>المشاريع المختارة: %1 من %n</numerusform>
            <numerusform>المشاريع المختارة: %1 من %n</numerusform>
            <numerusform>المشاريع المختارة: %1 من %n</numerusform>
            <numerusform>المشاريع المختارة: %1 من %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n project(s) chosen</source>
        <translation>
            <numerusform>المشاريع المختارة: %n</numerusform>
            <numerusform>المشاريع المختارة: %n</numerusform>
            <numerusform>المشاريع المختارة: %n</numerusform>
            <numerusform>المشاريع المختارة: %n</numerusform>
            <numerusform>المشاريع المختارة: %n</numerusform>
            <numerusform>المشاريع المختارة: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n point(s) given</source>
        <translation>
            <numerusform>النقاط الممنوحة: %1 من %n</numerusform>
            <numerusform>النقاط الممنوحة: %1 من %n</numerusform>
            <numerusform>النقاط الممنوحة: %1 من %n</numerusform>
            <numerusform>النقاط الممنوحة: %1 من %n</numerusform>
            <numerusform>النقاط الممنوحة: %1 من %n</numerusform>
            <numerusform>النقاط الممنوحة: %1 من %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n project(s) ranked</source>
        <translation>
            <numerusform>المشاريع المرتبة: %1 من %n</numerusform>
            <numerusform>المشاريع المرتبة: %1 من %n</numerusform>
            <numerusform>المشاريع المرتبة: %1 من %n</numerusform>
            <numerusform>المشاريع المرتبة: %1 من %n</numerusform>
            <numerusform>المشاريع المرتبة: %1 من %n</numerusform>
            <numerusform>المشاريع المرتبة: %1 من %n</numerusform>
        </translation>
    </message>
    <message>
        <source>Chosen: %1</source>
        <translation>المختار: %1</translation>
    </message>
    <message>
        <source>Left: %1</source>
        <translation>المتبقي: %1</translation>
    </message>
    <message>
        <source>Budget: %1</source>
        <translation>الميزانية: %1</translation>
    </message>
    <message>
        <source>City-wide</source>
        <translation>على مستوى المدينة</translation>
    </message>
    <message numerus="yes">
        <source>%n point(s)</source>
        <translation>
            <numerusform>%n نقطة</numerusform>
            <numerusform>%n نقطة</numerusform>
            <numerusform>%n نقطتان</numerusform>
            <numerusform>%n نقاط</numerusform>
            <numerusform>%n نقطةً</numerusform>
            <numerusform>%n نقطة</numerusform>
        </translation>
    </message>
    <message>
        <source>Choice %1</source>
        <translation>الاختيار رقم %1</translation>
    </message>
    <message>
        <source>Chosen</source>
        <translation>مختار</translation>
    </message>
    <message>
        <source>Your ballot supports no project. It will be counted as a blank ballot.</source>
        <translation>ورقة اقتراعك لا تدعم أي مشروع، وستُحتسب ورقة بيضاء.</translation>
    </message>
    <message numerus="yes">
        <source>Your ballot supports %n project(s). Each counts as one vote for that project.</source>
        <translation>
            <numerusform>تدعم ورقة اقتراعك %n مشروع. يُحتسب ذلك صوتًا واحدًا لهذا المشروع.</numerusform>
            <numerusform>تدعم ورقة اقتراعك %n مشروع. يُحتسب ذلك صوتًا واحدًا لهذا المشروع.</numerusform>
            <numerusform>تدعم ورقة اقتراعك %n مشروعين. يحصل كل منهما على صوت واحد.</numerusform>
            <numerusform>تدعم ورقة اقتراعك %n مشاريع. يحصل كل منها على صوت واحد.</numerusform>
            <numerusform>تدعم ورقة اقتراعك %n مشروعًا. يحصل كل منها على صوت واحد.</numerusform>
            <numerusform>تدعم ورقة اقتراعك %n مشروع. يحصل كل منها على صوت واحد.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Your ballot supports %n project(s) costing %1 in total, out of a budget of %2.</source>
        <translation>
            <numerusform>تدعم ورقة اقتراعك %n مشروع بتكلفة إجمالية %1، من ميزانية قدرها %2.</numerusform>
            <numerusform>تدعم ورقة اقتراعك %n مشروع بتكلفة إجمالية %1، من ميزانية قدرها %2.</numerusform>
            <numerusform>تدعم ورقة اقتراعك %n مشروعين بتكلفة إجمالية %1، من ميزانية قدرها %2.</numerusform>
            <numerusform>تدعم ورقة اقتراعك %n مشاريع بتكلفة إجمالية %1، من ميزانية قدرها %2.</numerusform>
            <numerusform>تدعم ورقة اقتراعك %n مشروعًا بتكلفة إجمالية %1، من ميزانية قدرها %2.</numerusform>
            <numerusform>تدعم ورقة اقتراعك %n مشروع بتكلفة إجمالية %1، من ميزانية قدرها %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Your ballot gives %1 points to %n project(s).</source>
        <translation>
            <numerusform>تمنح ورقة اقتراعك نقاطًا مجموعها %1 إلى %n مشروع.</numerusform>
            <numerusform>تمنح ورقة اقتراعك نقاطًا مجموعها %1 إلى %n مشروع.</numerusform>
            <numerusform>تمنح ورقة اقتراعك نقاطًا مجموعها %1 إلى %n مشروعين.</numerusform>
            <numerusform>تمنح ورقة اقتراعك نقاطًا مجموعها %1 إلى %n مشاريع.</numerusform>
            <numerusform>تمنح ورقة اقتراعك نقاطًا مجموعها %1 إلى %n مشروعًا.</numerusform>
            <numerusform>تمنح ورقة اقتراعك نقاطًا مجموعها %1 إلى %n مشروع.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Your ballot ranks %n project(s), your first choice first.</source>
        <translation>
            <numerusform>ترتّب ورقة اقتراعك %n مشروع.</numerusform>
            <numerusform>ترتّب ورقة اقتراعك %n مشروع.</numerusform>
            <numerusform>ترتّب ورقة اقتراعك %n مشروعين، واختيارك الأول في المقدمة.</numerusform>
            <numerusform>ترتّب ورقة اقتراعك %n مشاريع، واختيارك الأول في المقدمة.</numerusform>
            <numerusform>ترتّب ورقة اقتراعك %n مشروعًا، واختيارك الأول في المقدمة.</numerusform>
            <numerusform>ترتّب ورقة اقتراعك %n مشروع، واختيارك الأول في المقدمة.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Too many codes were not accepted. Please wait %n second(s) and try again, or ask a librarian for help.</source>
        <translation>
            <numerusform>رُفض عدد كبير جدًا من الرموز. يُرجى الانتظار %n ثانية ثم المحاولة مرة أخرى، أو طلب المساعدة من أحد موظفي المكتبة.</numerusform>
            <numerusform>رُفض عدد كبير جدًا من الرموز. يُرجى الانتظار %n ثانية ثم المحاولة مرة أخرى، أو طلب المساعدة من أحد موظفي المكتبة.</numerusform>
            <numerusform>رُفض عدد كبير جدًا من الرموز. يُرجى الانتظار %n ثانيتين ثم المحاولة مرة أخرى، أو طلب المساعدة من أحد موظفي المكتبة.</numerusform>
            <numerusform>رُفض عدد كبير جدًا من الرموز. يُرجى الانتظار %n ثوانٍ ثم المحاولة مرة أخرى، أو طلب المساعدة من أحد موظفي المكتبة.</numerusform>
            <numerusform>رُفض عدد كبير جدًا من الرموز. يُرجى الانتظار %n ثانيةً ثم المحاولة مرة أخرى، أو طلب المساعدة من أحد موظفي المكتبة.</numerusform>
            <numerusform>رُفض عدد كبير جدًا من الرموز. يُرجى الانتظار %n ثانية ثم المحاولة مرة أخرى، أو طلب المساعدة من أحد موظفي المكتبة.</numerusform>
        </translation>
    </message>
    <message>
        <source>Your code has 12 letters and numbers. You have typed %1.</source>
        <translation>يتكون رمزك من 12 حرفًا ورقمًا. عدد ما كتبته: %1.</translation>
    </message>
    <message>
        <source>This kiosk cannot check codes right now. Please ask a librarian for help.</source>
        <translation>لا يستطيع هذا الجهاز التحقق من الرموز الآن. يُرجى طلب المساعدة من أحد موظفي المكتبة.</translation>
    </message>
    <message>
        <source>This code has already been used to vote. Each code can vote once. If you have not voted yet, please ask a librarian for help.</source>
        <translation>استُخدم هذا الرمز للتصويت من قبل. يمكن التصويت بكل رمز مرة واحدة فقط. إذا لم تصوّت بعد، يُرجى طلب المساعدة من أحد موظفي المكتبة.</translation>
    </message>
    <message>
        <source>This code is not valid for this vote. Check each letter and number on your slip and try again, or ask a librarian for help.</source>
        <translation>هذا الرمز غير صالح لهذا التصويت. تحقق من كل حرف ورقم على القسيمة وحاول مرة أخرى، أو اطلب المساعدة من أحد موظفي المكتبة.</translation>
    </message>
    <message>
        <source>This code has already been used to vote, so this ballot was not recorded. Please ask a librarian for help.</source>
        <translation>استُخدم هذا الرمز للتصويت من قبل، لذلك لم تُسجَّل ورقة الاقتراع هذه. يُرجى طلب المساعدة من أحد موظفي المكتبة.</translation>
    </message>
    <message>
        <source>Your vote was NOT recorded. Your code is still valid: you can try again, or ask a librarian for help.</source>
        <translation>تنبيه: لم يُسجَّل صوتك. رمزك لا يزال صالحًا: يمكنك المحاولة مرة أخرى، أو طلب المساعدة من أحد موظفي المكتبة.</translation>
    </message>
    <message>
        <source>Details for the librarian: %1</source>
        <translation>تفاصيل لموظفي المكتبة: %1</translation>
    </message>
    <message numerus="yes">
        <source>Too many wrong PINs. Wait %n second(s).</source>
        <translation>
            <numerusform>محاولات خاطئة كثيرة لرمز PIN. انتظر %n ثانية.</numerusform>
            <numerusform>محاولات خاطئة كثيرة لرمز PIN. انتظر %n ثانية.</numerusform>
            <numerusform>محاولات خاطئة كثيرة لرمز PIN. انتظر %n ثانيتين.</numerusform>
            <numerusform>محاولات خاطئة كثيرة لرمز PIN. انتظر %n ثوانٍ.</numerusform>
            <numerusform>محاولات خاطئة كثيرة لرمز PIN. انتظر %n ثانيةً.</numerusform>
            <numerusform>محاولات خاطئة كثيرة لرمز PIN. انتظر %n ثانية.</numerusform>
        </translation>
    </message>
    <message>
        <source>That PIN is not right.</source>
        <translation>رمز PIN غير صحيح.</translation>
    </message>
    <message>
        <source>Not open yet</source>
        <translation>لم يُفتح بعد</translation>
    </message>
    <message>
        <source>Open: taking votes</source>
        <translation>مفتوح: يستقبل الأصوات</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>متوقف مؤقتًا</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>مغلق</translation>
    </message>
    <message>
        <source>Closed and counted</source>
        <translation>مغلق وتم الفرز</translation>
    </message>
    <message>
        <source>Could not pause voting: %1</source>
        <translation>تعذّر إيقاف التصويت مؤقتًا: %1</translation>
    </message>
    <message>
        <source>Voting is paused. Write witness code %1 in the paper log.</source>
        <translation>التصويت متوقف مؤقتًا. اكتب رمز التوثيق %1 في السجل الورقي.</translation>
    </message>
    <message>
        <source>Voting is open again.</source>
        <translation>أُعيد فتح التصويت.</translation>
    </message>
    <message>
        <source>Could not reopen voting: %1</source>
        <translation>تعذّرت إعادة فتح التصويت: %1</translation>
    </message>
    <message>
        <source>Could not close voting: %1</source>
        <translation>تعذّر إغلاق التصويت: %1</translation>
    </message>
    <message>
        <source>Voting is closed. No ballots were cast at this kiosk.</source>
        <translation>أُغلق التصويت. لم يُدلَ بأي صوت في هذا الجهاز.</translation>
    </message>
    <message>
        <source>Voting is closed. Write the final witness code %1 in the paper log.</source>
        <translation>أُغلق التصويت. اكتب رمز التوثيق النهائي %1 في السجل الورقي.</translation>
    </message>
    <message>
        <source>Choose the projects you would like the city to fund. Each budget below says how much its projects can cost together.</source>
        <translation>اختر المشاريع التي تودّ أن تموّلها المدينة. تبيّن كل ميزانية أدناه أقصى ما يمكن أن تكلّفه مشاريعها مجتمعةً.</translation>
    </message>
    <message>
        <source>You are voting for projects in %1 and city-wide.</source>
        <translation>أنت تصوّت لمشاريع في %1 ومشاريع على مستوى المدينة.</translation>
    </message>
    <message>
        <source>You are voting for projects in %1.</source>
        <translation>أنت تصوّت لمشاريع في %1.</translation>
    </message>
    <message>
        <source>This code was withdrawn by the organizers. A librarian can give you a new one.</source>
        <translation>سحب المنظِّمون هذا الرمز. يمكن لأحد موظفي المكتبة إعطاؤك رمزًا جديدًا.</translation>
    </message>
    <message>
        <source>This code was withdrawn by the organizers, so this ballot was not recorded. A librarian can give you a new one.</source>
        <translation>سحب المنظِّمون هذا الرمز، لذلك لم تُسجَّل ورقة الاقتراع هذه. يمكن لأحد موظفي المكتبة إعطاؤك رمزًا جديدًا.</translation>
    </message>
</context>
<context>
    <name>pbvote::kiosk::KioskView</name>
    <message>
        <source>The kiosk screen could not be loaded:
%1</source>
        <translation>تعذّر تحميل شاشة الجهاز:
%1</translation>
    </message>
</context>
<context>
    <name>pbvote::kiosk::Theme</name>
    <message>
        <source>Standard colours</source>
        <translation>الألوان القياسية</translation>
    </message>
    <message>
        <source>Black on white</source>
        <translation>أسود على أبيض</translation>
    </message>
    <message>
        <source>White on black</source>
        <translation>أبيض على أسود</translation>
    </message>
    <message>
        <source>Yellow on black</source>
        <translation>أصفر على أسود</translation>
    </message>
    <message>
        <source>Cyan on black</source>
        <translation>سماوي على أسود</translation>
    </message>
    <message>
        <source>Small text</source>
        <translation>نص صغير</translation>
    </message>
    <message>
        <source>Standard text</source>
        <translation>نص قياسي</translation>
    </message>
    <message>
        <source>Large text</source>
        <translation>نص كبير</translation>
    </message>
    <message>
        <source>Largest text</source>
        <translation>نص كبير جدًا</translation>
    </message>
</context>
</TS>
