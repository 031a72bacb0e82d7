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
    <name>CodeDisplay</name>
    <message>
        <source>Access code: %1 of 12 characters typed</source>
        <translation>رمز الدخول: تمت كتابة %1 من 12 خانة</translation>
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
