<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="kk_KZ">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About Tizilim</source>
        <translation>Tizilim туралы</translation>
    </message>
    <message>
        <source>Tizilim {0} — the registry of specialists who provide special social services.</source>
        <translation>Tizilim {0} — арнаулы әлеуметтік қызметтер көрсететін мамандардың тізілімі.</translation>
    </message>
    <message>
        <source>Database: {0}, {1}</source>
        <translation>Дерекқор: {0}, {1}</translation>
    </message>
    <message>
        <source>Schema revision: {0} (this program: {1})</source>
        <translation>Дерекқор сұлбасының нұсқасы: {0} (бұл бағдарлама: {1})</translation>
    </message>
    <message>
        <source>Log: {0}</source>
        <translation>Журнал: {0}</translation>
    </message>
    <message>
        <source>Settings: {0}</source>
        <translation>Баптаулар: {0}</translation>
    </message>
</context>
<context>
    <name>AdminPage</name>
    <message>
        <source>First administrator</source>
        <translation>Бірінші әкімші</translation>
    </message>
    <message>
        <source>Create the administrator&apos;s account. There is no default password: choose one of at least 12 characters. The full name and the position sign the decision letters.</source>
        <translation>Әкімшінің тіркелгісін жасаңыз. Әдепкі құпиясөз жоқ: кемінде 12 таңбадан тұратын құпиясөз таңдаңыз. Шешім туралы хаттарға толық аты-жөні мен лауазымы арқылы қол қойылады.</translation>
    </message>
    <message>
        <source>Login:</source>
        <translation>Логин:</translation>
    </message>
    <message>
        <source>Full name:</source>
        <translation>Тегі, аты, әкесінің аты:</translation>
    </message>
    <message>
        <source>Position:</source>
        <translation>Лауазымы:</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>Құпиясөз:</translation>
    </message>
    <message>
        <source>Repeat password:</source>
        <translation>Құпиясөзді қайталаңыз:</translation>
    </message>
    <message>
        <source>Enter a login without spaces.</source>
        <translation>Логинді бос орынсыз енгізіңіз.</translation>
    </message>
    <message>
        <source>Enter the administrator&apos;s full name and position: decision letters are signed with them.</source>
        <translation>Әкімшінің толық аты-жөні мен лауазымын енгізіңіз: шешім туралы хаттарға солармен қол қойылады.</translation>
    </message>
    <message>
        <source>The password must be at least 12 characters long.</source>
        <translation>Құпиясөз кемінде 12 таңбадан тұруы керек.</translation>
    </message>
    <message>
        <source>The passwords do not match.</source>
        <translation>Құпиясөздер сәйкес келмейді.</translation>
    </message>
</context>
<context>
    <name>AdminView</name>
    <message>
        <source>Signed in</source>
        <translation>Жүйеде</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Пайдаланушылар</translation>
    </message>
    <message>
        <source>Working-day calendar</source>
        <translation>Жұмыс күндерінің күнтізбесі</translation>
    </message>
    <message>
        <source>Catalogs</source>
        <translation>Анықтамалықтар</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>Аудит журналы</translation>
    </message>
    <message>
        <source>Security settings</source>
        <translation>Қауіпсіздік баптаулары</translation>
    </message>
    <message>
        <source>E-mail and numbers</source>
        <translation>Пошта және нөмірлер</translation>
    </message>
    <message>
        <source>Letter templates</source>
        <translation>Хат үлгілері</translation>
    </message>
    <message>
        <source>Administration</source>
        <translation>Әкімшілендіру</translation>
    </message>
    <message numerus="yes">
        <source>Due dates recomputed: %n</source>
        <translation>
            <numerusform>Қайта есептелген мерзімдер: %n</numerusform>
            <numerusform>Қайта есептелген мерзімдер: %n</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ApplicantHtml</name>
    <message>
        <source>Applicant</source>
        <translation>Өтініш беруші</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Ұйым</translation>
    </message>
    <message>
        <source>BIN</source>
        <translation>БСН</translation>
    </message>
    <message>
        <source>Licence No.</source>
        <translation>Лицензия №</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Түрі</translation>
    </message>
    <message>
        <source>an organisation (a legal person)</source>
        <translation>ұйым (заңды тұлға)</translation>
    </message>
    <message>
        <source>the specialist themself (a natural person)</source>
        <translation>маманның өзі (жеке тұлға)</translation>
    </message>
    <message>
        <source>Registered mobile phone</source>
        <translation>Тіркелген ұялы телефон</translation>
    </message>
    <message>
        <source>Registered e-mail</source>
        <translation>Тіркелген электрондық пошта</translation>
    </message>
    <message>
        <source>No contact: the notification will be delivered by hand.</source>
        <translation>Байланыс деректері жоқ: хабарлама қолма-қол табыс етіледі.</translation>
    </message>
    <message>
        <source>The organisation CONSENTS to publication in the public registry.</source>
        <translation>Ұйым жалпыға қолжетімді тізілімде жариялауға КЕЛІСІМ БЕРГЕН.</translation>
    </message>
    <message>
        <source>The organisation does NOT consent to publication: the public registry will not show this entry (p.5 needs both consents).</source>
        <translation>Ұйым жариялауға КЕЛІСІМ БЕРМЕГЕН: жалпыға қолжетімді тізілімде бұл жазба көрсетілмейді (5-тармақ бойынша екі келісім де қажет).</translation>
    </message>
</context>
<context>
    <name>Audit</name>
    <message>
        <source>yes</source>
        <translation>иә</translation>
    </message>
    <message>
        <source>no</source>
        <translation>жоқ</translation>
    </message>
    <message>
        <source>access denied</source>
        <translation>қол жеткізуге рұқсат жоқ</translation>
    </message>
    <message>
        <source>application received</source>
        <translation>өтінім қабылданды</translation>
    </message>
    <message>
        <source>registered</source>
        <translation>тіркелді</translation>
    </message>
    <message>
        <source>returned for revision</source>
        <translation>пысықтауға қайтарылды</translation>
    </message>
    <message>
        <source>refused</source>
        <translation>бас тартылды</translation>
    </message>
    <message>
        <source>resubmitted</source>
        <translation>қайта берілді</translation>
    </message>
    <message>
        <source>application corrected</source>
        <translation>өтінім түзетілді</translation>
    </message>
    <message>
        <source>clerk&apos;s recommendation</source>
        <translation>ЖАО қызметкерінің ұсынымы</translation>
    </message>
    <message>
        <source>date received changed</source>
        <translation>түскен күні өзгертілді</translation>
    </message>
    <message>
        <source>application taken</source>
        <translation>өтінім жұмысқа алынды</translation>
    </message>
    <message>
        <source>hold released</source>
        <translation>өтінім жұмыстан босатылды</translation>
    </message>
    <message>
        <source>application viewed</source>
        <translation>өтінім қаралды</translation>
    </message>
    <message>
        <source>backup restored</source>
        <translation>сақтық көшірме қалпына келтірілді</translation>
    </message>
    <message>
        <source>calendar day set</source>
        <translation>күнтізбе күні белгіленді</translation>
    </message>
    <message>
        <source>calendar day removed</source>
        <translation>күнтізбе күні алынып тасталды</translation>
    </message>
    <message>
        <source>letters printed</source>
        <translation>хаттар басып шығарылды</translation>
    </message>
    <message>
        <source>signed in</source>
        <translation>жүйеге кірді</translation>
    </message>
    <message>
        <source>failed sign-in</source>
        <translation>сәтсіз кіру әрекеті</translation>
    </message>
    <message>
        <source>excluded from the registry</source>
        <translation>тізілімнен шығарылды</translation>
    </message>
    <message>
        <source>registry exported</source>
        <translation>тізілім экспортталды</translation>
    </message>
    <message>
        <source>session started</source>
        <translation>сеанс басталды</translation>
    </message>
    <message>
        <source>session ended</source>
        <translation>сеанс аяқталды</translation>
    </message>
    <message>
        <source>sessions viewed</source>
        <translation>сеанстар қаралды</translation>
    </message>
    <message>
        <source>security settings changed</source>
        <translation>қауіпсіздік баптаулары өзгертілді</translation>
    </message>
    <message>
        <source>user created</source>
        <translation>пайдаланушы құрылды</translation>
    </message>
    <message>
        <source>user changed</source>
        <translation>пайдаланушы өзгертілді</translation>
    </message>
    <message>
        <source>user activated</source>
        <translation>пайдаланушы қосылды</translation>
    </message>
    <message>
        <source>user deactivated</source>
        <translation>пайдаланушы өшірілді</translation>
    </message>
    <message>
        <source>password reset</source>
        <translation>құпиясөз қалпына келтірілді</translation>
    </message>
    <message>
        <source>users viewed</source>
        <translation>пайдаланушылар тізімі қаралды</translation>
    </message>
    <message>
        <source>statistics exported</source>
        <translation>статистика шығарылды</translation>
    </message>
    <message>
        <source>notification sent</source>
        <translation>хабарлама жіберілді</translation>
    </message>
    <message>
        <source>notification not sent, will retry</source>
        <translation>хабарлама жіберілмеді, қайталанады</translation>
    </message>
    <message>
        <source>notification failed</source>
        <translation>хабарлама жеткізілмеді</translation>
    </message>
    <message>
        <source>notification may not have arrived</source>
        <translation>хабарлама жетпеуі мүмкін</translation>
    </message>
    <message>
        <source>interrupted sending resumed</source>
        <translation>үзілген жіберу қайта басталды</translation>
    </message>
    <message>
        <source>notification delivered</source>
        <translation>хабарлама тапсырылды</translation>
    </message>
    <message>
        <source>notification to be sent again</source>
        <translation>хабарлама қайта жіберіледі</translation>
    </message>
    <message>
        <source>mail settings changed</source>
        <translation>пошта баптаулары өзгертілді</translation>
    </message>
    <message>
        <source>test e-mail sent</source>
        <translation>сынақ хат жіберілді</translation>
    </message>
    <message>
        <source>letter template changed</source>
        <translation>хат үлгісі өзгертілді</translation>
    </message>
    <message>
        <source>letter template restored</source>
        <translation>хат үлгісі бастапқы қалпына келтірілді</translation>
    </message>
    <message>
        <source>letter number format changed</source>
        <translation>хат нөмірінің түрі өзгертілді</translation>
    </message>
    <message>
        <source>audit log sealed</source>
        <translation>аудит журналына мөр қойылды</translation>
    </message>
    <message>
        <source>application</source>
        <translation>өтінім</translation>
    </message>
    <message>
        <source>user</source>
        <translation>пайдаланушы</translation>
    </message>
    <message>
        <source>registry</source>
        <translation>тізілім</translation>
    </message>
    <message>
        <source>calendar</source>
        <translation>күнтізбе</translation>
    </message>
    <message>
        <source>session</source>
        <translation>сеанс</translation>
    </message>
    <message>
        <source>settings</source>
        <translation>баптаулар</translation>
    </message>
    <message>
        <source>registry entry</source>
        <translation>тізілім жазбасы</translation>
    </message>
    <message>
        <source>decision</source>
        <translation>шешім</translation>
    </message>
    <message>
        <source>database</source>
        <translation>дерекқор</translation>
    </message>
    <message>
        <source>audit log</source>
        <translation>аудит журналы</translation>
    </message>
    <message>
        <source>notification</source>
        <translation>хабарлама</translation>
    </message>
    <message>
        <source>template</source>
        <translation>үлгі</translation>
    </message>
    <message>
        <source>statistics</source>
        <translation>статистика</translation>
    </message>
    <message>
        <source>full</source>
        <translation>толық</translation>
    </message>
    <message>
        <source>public</source>
        <translation>жалпыға қолжетімді</translation>
    </message>
    <message>
        <source>Kazakh</source>
        <translation>Қазақша</translation>
    </message>
    <message>
        <source>Russian</source>
        <translation>Орысша</translation>
    </message>
    <message>
        <source>Kazakh and Russian</source>
        <translation>Қазақша және орысша</translation>
    </message>
    <message>
        <source>status</source>
        <extracomment>audit keys that are not form fields</extracomment>
        <translation>мәртебесі</translation>
    </message>
    <message>
        <source>revision</source>
        <translation>редакция</translation>
    </message>
    <message>
        <source>registry number</source>
        <translation>тіркеу нөмірі</translation>
    </message>
    <message>
        <source>reasons</source>
        <translation>себептер</translation>
    </message>
    <message>
        <source>comment</source>
        <translation>түсініктеме</translation>
    </message>
    <message>
        <source>reason</source>
        <translation>себеп</translation>
    </message>
    <message>
        <source>login</source>
        <translation>логин</translation>
    </message>
    <message>
        <source>role</source>
        <translation>рөл</translation>
    </message>
    <message>
        <source>region</source>
        <translation>облыс</translation>
    </message>
    <message>
        <source>full name</source>
        <translation>Т.А.Ә.</translation>
    </message>
    <message>
        <source>active</source>
        <translation>белсенді</translation>
    </message>
    <message>
        <source>day</source>
        <translation>күн</translation>
    </message>
    <message>
        <source>kind</source>
        <translation>түрі</translation>
    </message>
    <message>
        <source>date received</source>
        <translation>қабылданған күні</translation>
    </message>
    <message>
        <source>as of</source>
        <translation>жағдай бойынша күні</translation>
    </message>
    <message>
        <source>held by</source>
        <translation>кімде</translation>
    </message>
    <message>
        <source>workstation</source>
        <translation>жұмыс орны</translation>
    </message>
    <message>
        <source>note</source>
        <translation>ескертпе</translation>
    </message>
    <message>
        <source>what</source>
        <translation>не</translation>
    </message>
    <message>
        <source>message</source>
        <translation>хабарлама</translation>
    </message>
    <message>
        <source>attempt</source>
        <translation>әрекет</translation>
    </message>
    <message>
        <source>locked</source>
        <translation>бұғатталған</translation>
    </message>
    <message>
        <source>locked until</source>
        <translation>бұғатталу мерзімі</translation>
    </message>
    <message>
        <source>excluded on</source>
        <translation>шығарылған күні</translation>
    </message>
    <message>
        <source>count</source>
        <translation>саны</translation>
    </message>
    <message>
        <source>edition</source>
        <translation>басылым</translation>
    </message>
    <message>
        <source>language</source>
        <translation>тіл</translation>
    </message>
    <message>
        <source>working day</source>
        <translation>жұмыс күні</translation>
    </message>
    <message>
        <source>applications</source>
        <translation>өтінімдер</translation>
    </message>
    <message>
        <source>position</source>
        <translation>лауазымы</translation>
    </message>
    <message>
        <source>channel</source>
        <translation>арна</translation>
    </message>
    <message>
        <source>outcome</source>
        <translation>нәтиже</translation>
    </message>
    <message>
        <source>detail</source>
        <translation>толығырақ</translation>
    </message>
    <message>
        <source>delivered on</source>
        <translation>тапсырылған күні</translation>
    </message>
    <message>
        <source>by hand</source>
        <translation>қолма-қол</translation>
    </message>
    <message>
        <source>next channel</source>
        <translation>келесі арна</translation>
    </message>
    <message>
        <source>server</source>
        <translation>сервер</translation>
    </message>
    <message>
        <source>port</source>
        <translation>порт</translation>
    </message>
    <message>
        <source>security</source>
        <translation>қорғау</translation>
    </message>
    <message>
        <source>sender</source>
        <translation>жіберуші</translation>
    </message>
    <message>
        <source>password stored</source>
        <translation>құпиясөз сақталған</translation>
    </message>
    <message>
        <source>password changed</source>
        <translation>құпиясөз өзгертілді</translation>
    </message>
    <message>
        <source>to</source>
        <translation>кімге</translation>
    </message>
    <message>
        <source>succeeded</source>
        <translation>сәтті</translation>
    </message>
    <message>
        <source>subject</source>
        <translation>тақырып</translation>
    </message>
    <message>
        <source>text</source>
        <translation>мәтін</translation>
    </message>
    <message>
        <source>format</source>
        <translation>түрі</translation>
    </message>
    <message>
        <source>events</source>
        <translation>оқиғалар</translation>
    </message>
    <message>
        <source>not sealed before</source>
        <translation>бұрын мөрленбегендер</translation>
    </message>
    <message>
        <source>first not sealed</source>
        <translation>мөрленбеген алғашқысы</translation>
    </message>
    <message>
        <source>key</source>
        <translation>кілт</translation>
    </message>
</context>
<context>
    <name>AuditFindings</name>
    <message>
        <source>Application {subject} is not in the audit log: it was added outside the program.</source>
        <translation>{subject} өтінімі аудит журналында жоқ: ол бағдарламадан тыс қосылған.</translation>
    </message>
    <message>
        <source>Application {subject}: the data say {have}, the audit log says {want}. It was changed outside the program.</source>
        <translation>{subject} өтінімі: деректерде {have}, аудит журналында {want}. Ол бағдарламадан тыс өзгертілген.</translation>
    </message>
    <message>
        <source>Application {subject} is in the audit log but not in the data: it was deleted.</source>
        <translation>{subject} өтінімі аудит журналында бар, бірақ деректерде жоқ: ол жойылған.</translation>
    </message>
    <message>
        <source>Decision {ordinal} on application {subject}: the data say {have}, the audit log says {want}.</source>
        <translation>{subject} өтінімі бойынша {ordinal}-шешім: деректерде {have}, аудит журналында {want}.</translation>
    </message>
    <message>
        <source>Decision {ordinal} on application {subject} ({have}) is not in the audit log: it was added outside the program.</source>
        <translation>{subject} өтінімі бойынша {ordinal}-шешім ({have}) аудит журналында жоқ: ол бағдарламадан тыс қосылған.</translation>
    </message>
    <message>
        <source>Decision {ordinal} on application {subject} ({want}) is in the audit log but missing from the data: it was deleted.</source>
        <translation>{subject} өтінімі бойынша {ordinal}-шешім ({want}) аудит журналында бар, бірақ деректерде жоқ: ол жойылған.</translation>
    </message>
    <message>
        <source>Registry entry No. {subject} is not in the audit log: it was added outside the program.</source>
        <translation>Тізілімдегі № {subject} жазба аудит журналында жоқ: ол бағдарламадан тыс қосылған.</translation>
    </message>
    <message>
        <source>Registry entry No. {subject} belongs to another application than the audit log says.</source>
        <translation>Тізілімдегі № {subject} жазба аудит журналында көрсетілгеннен басқа өтінімге тиесілі.</translation>
    </message>
    <message>
        <source>Registry entry No. {subject}: its exclusion differs from the audit log.</source>
        <translation>Тізілімдегі № {subject} жазба: оны алып тастау туралы мәлімет аудит журналынан өзгеше.</translation>
    </message>
    <message>
        <source>Registry entry No. {subject} is in the audit log but not in the data: it was deleted.</source>
        <translation>Тізілімдегі № {subject} жазба аудит журналында бар, бірақ деректерде жоқ: ол жойылған.</translation>
    </message>
    <message>
        <source>«{0}», revision {1}</source>
        <translation>«{0}», {1}-редакция</translation>
    </message>
    <message>
        <source>(reasons {0})</source>
        <translation>(негіздер: {0})</translation>
    </message>
    <message>
        <source>revision {0}</source>
        <translation>{0}-редакция</translation>
    </message>
</context>
<context>
    <name>AuditModel</name>
    <message>
        <source>not yet sealed</source>
        <translation>әлі мөрленбеген</translation>
    </message>
    <message>
        <source>sealed</source>
        <translation>мөрленген</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>№</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Уақыты</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Пайдаланушы</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Рөл</translation>
    </message>
    <message>
        <source>Workstation</source>
        <translation>Жұмыс орны</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Әрекет</translation>
    </message>
    <message>
        <source>Object</source>
        <translation>Нысан</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Өзгеріс</translation>
    </message>
    <message>
        <source>Seal</source>
        <translation>Мөр</translation>
    </message>
</context>
<context>
    <name>AuditTab</name>
    <message>
        <source>Filter by action (e.g. application., login.)</source>
        <translation>Әрекет бойынша сүзгі (мысалы, application., login.)</translation>
    </message>
    <message>
        <source>Verify the chain</source>
        <translation>Тізбекті тексеру</translation>
    </message>
    <message>
        <source>Check the data against the log</source>
        <translation>Деректерді журналмен салыстыру</translation>
    </message>
    <message>
        <source>Seal now</source>
        <translation>Қазір мөр қою</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Оқиғалар</translation>
    </message>
    <message>
        <source>Signed checkpoints</source>
        <translation>Қол қойылған бақылау нүктелері</translation>
    </message>
    <message>
        <source>Data check</source>
        <translation>Деректерді салыстыру</translation>
    </message>
    <message numerus="yes">
        <source>No signed checkpoint yet: %n event(s) are not sealed.</source>
        <translation>
            <numerusform>Қол қойылған бақылау нүктесі әлі жоқ: %n оқиға мөрленбеген.</numerusform>
            <numerusform>Қол қойылған бақылау нүктесі әлі жоқ: %n оқиға мөрленбеген.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n event(s) after No. {0} are not yet sealed by a signed checkpoint.</source>
        <translation>
            <numerusform>№ {0} кейінгі %n оқиға қол қойылған бақылау нүктесімен әлі мөрленбеген.</numerusform>
            <numerusform>№ {0} кейінгі %n оқиға қол қойылған бақылау нүктесімен әлі мөрленбеген.</numerusform>
        </translation>
    </message>
    <message>
        <source>Every event is sealed by a signed checkpoint (up to No. {0}).</source>
        <translation>Барлық оқиға қол қойылған бақылау нүктесімен мөрленген (№ {0} дейін).</translation>
    </message>
    <message>
        <source>This workstation has no signing key: it cannot seal.</source>
        <translation>Бұл жұмыс орнында қол қою кілті жоқ: мөр қоя алмайды.</translation>
    </message>
    <message>
        <source>Verifying…</source>
        <translation>Тексерілуде…</translation>
    </message>
    <message numerus="yes">
        <source>The audit chain is intact: %n event(s).</source>
        <translation>
            <numerusform>Аудит тізбегі бүтін: %n оқиға.</numerusform>
            <numerusform>Аудит тізбегі бүтін: %n оқиға.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Signatures checked: %n checkpoint(s).</source>
        <translation>
            <numerusform>Қолтаңбалар тексерілді: %n бақылау нүктесі.</numerusform>
            <numerusform>Қолтаңбалар тексерілді: %n бақылау нүктесі.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n event(s) are not sealed, the first is No. {0}.</source>
        <translation>
            <numerusform>%n оқиға мөрленбеген, алғашқысы — № {0}.</numerusform>
            <numerusform>%n оқиға мөрленбеген, алғашқысы — № {0}.</numerusform>
        </translation>
    </message>
    <message>
        <source>event No. {0}</source>
        <translation>№ {0} оқиға</translation>
    </message>
    <message>
        <source>the end of the log</source>
        <translation>журналдың соңы</translation>
    </message>
    <message>
        <source>The audit chain is BROKEN at {0}: {1}</source>
        <translation>Аудит тізбегі БҰЗЫЛҒАН, орны: {0}: {1}</translation>
    </message>
    <message>
        <source>Comparing the data with the audit log…</source>
        <translation>Деректер аудит журналымен салыстырылуда…</translation>
    </message>
    <message numerus="yes">
        <source>Compared: %n application(s), {0} decision(s), {1} registry entr(y/ies).</source>
        <translation>
            <numerusform>Салыстырылды: %n өтінім, {0} шешім, тізілімнің {1} жазбасы.</numerusform>
            <numerusform>Салыстырылды: %n өтінім, {0} шешім, тізілімнің {1} жазбасы.</numerusform>
        </translation>
    </message>
    <message>
        <source>The data agree with the audit log.</source>
        <translation>Деректер аудит журналымен сәйкес келеді.</translation>
    </message>
    <message>
        <source>No differences.</source>
        <translation>Айырмашылық жоқ.</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more.</source>
        <translation>
            <numerusform>… және тағы %n.</numerusform>
            <numerusform>… және тағы %n.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) differ from the audit log: changed outside the program.</source>
        <translation>
            <numerusform>%n жол аудит журналынан өзгеше: бағдарламадан тыс өзгертілген.</numerusform>
            <numerusform>%n жол аудит журналынан өзгеше: бағдарламадан тыс өзгертілген.</numerusform>
        </translation>
    </message>
    <message>
        <source>Check the chain and sign a checkpoint over every event not yet sealed, with this workstation&apos;s key?</source>
        <translation>Тізбекті тексеріп, әлі мөрленбеген барлық оқиғаға осы жұмыс орнының кілтімен бақылау нүктесін қол қою керек пе?</translation>
    </message>
    <message>
        <source>Checking the chain and sealing…</source>
        <translation>Тізбек тексеріліп, мөр қойылуда…</translation>
    </message>
    <message numerus="yes">
        <source>Sealed: %n event(s).</source>
        <translation>
            <numerusform>Мөр қойылды: %n оқиға.</numerusform>
            <numerusform>Мөр қойылды: %n оқиға.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing to seal.</source>
        <translation>Мөр қоятын ештеңе жоқ.</translation>
    </message>
</context>
<context>
    <name>BulkConfirmDialog</name>
    <message numerus="yes">
        <source>%n application(s): {0}</source>
        <translation>
            <numerusform>%n өтінім: {0}</numerusform>
            <numerusform>%n өтінім: {0}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Register these %n application(s)? Each is checked against the revision shown in the list; each specialist enters the registry with a registry number and gets a notice.</source>
        <translation>
            <numerusform>Осы %n өтінімді тіркеу керек пе? Әрқайсысы тізімде көрсетілген редакциямен салыстырылады; әр маман тізілімге тіркеу нөмірімен енгізіліп, хабарлама алады.</numerusform>
            <numerusform>Осы %n өтінімді тіркеу керек пе? Әрқайсысы тізімде көрсетілген редакциямен салыстырылады; әр маман тізілімге тіркеу нөмірімен енгізіліп, хабарлама алады.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Return these %n application(s) for revision with the same grounds and comment? Each gets its own decision and letter.</source>
        <translation>
            <numerusform>Осы %n өтінімді бірдей негіздемелермен және түсініктемемен пысықтауға қайтару керек пе? Әрқайсысына жеке шешім мен хабарлама шығарылады.</numerusform>
            <numerusform>Осы %n өтінімді бірдей негіздемелермен және түсініктемемен пысықтауға қайтару керек пе? Әрқайсысына жеке шешім мен хабарлама шығарылады.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Refuse these %n application(s) with the same grounds and comment? Each gets its own decision and letter.</source>
        <translation>
            <numerusform>Осы %n өтінім бойынша бірдей негіздемелермен және түсініктемемен бас тарту керек пе? Әрқайсысына жеке шешім мен хабарлама шығарылады.</numerusform>
            <numerusform>Осы %n өтінім бойынша бірдей негіздемелермен және түсініктемемен бас тарту керек пе? Әрқайсысына жеке шешім мен хабарлама шығарылады.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of them are not awaiting a decision: they will be reported, not decided.</source>
        <translation>
            <numerusform>Олардың %n өтінімі шешім күтпейді: олар бойынша шешім қабылданбайды, нәтижеде көрсетіледі.</numerusform>
            <numerusform>Олардың %n өтінімі шешім күтпейді: олар бойынша шешім қабылданбайды, нәтижеде көрсетіледі.</numerusform>
        </translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Нөмірі</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Т.А.Ә.</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Мәртебесі</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>Қарау мерзімі</translation>
    </message>
    <message>
        <source>Grounds:</source>
        <translation>Негіздемелер:</translation>
    </message>
    <message>
        <source>Comment: {0}</source>
        <translation>Түсініктеме: {0}</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Болдырмау</translation>
    </message>
    <message>
        <source>Comment (optional, the same for all):</source>
        <translation>Түсініктеме (міндетті емес, барлығына бірдей):</translation>
    </message>
    <message>
        <source>Some of them are late. The cause of the delay:</source>
        <translation>Кейбірінің мерзімі өтіп кеткен. Кешігу себебі:</translation>
    </message>
    <message>
        <source>Say why the decision is late.</source>
        <translation>Шешімнің кешігу себебін көрсетіңіз.</translation>
    </message>
</context>
<context>
    <name>BulkProgressDialog</name>
    <message>
        <source>Cancel</source>
        <translation>Болдырмау</translation>
    </message>
    <message numerus="yes">
        <source>{0} of %n done…</source>
        <translation>
            <numerusform>Өңделді: {0} (барлығы %n)…</numerusform>
            <numerusform>Өңделді: {0} (барлығы %n)…</numerusform>
        </translation>
    </message>
    <message>
        <source>Stopping before the next application…</source>
        <translation>Келесі өтінімнің алдында тоқтатылуда…</translation>
    </message>
</context>
<context>
    <name>BulkResultDialog</name>
    <message>
        <source>Number</source>
        <translation>Нөмірі</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Т.А.Ә.</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Нәтиже</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Жабу</translation>
    </message>
    <message>
        <source>Registering: results</source>
        <translation>Тіркеу: нәтижелер</translation>
    </message>
    <message>
        <source>Returning for revision: results</source>
        <translation>Пысықтауға қайтару: нәтижелер</translation>
    </message>
    <message>
        <source>Refusing: results</source>
        <translation>Бас тарту: нәтижелер</translation>
    </message>
    <message>
        <source>Taking: results</source>
        <translation>Жұмысқа алу: нәтижелер</translation>
    </message>
    <message>
        <source>Releasing: results</source>
        <translation>Жұмыстан босату: нәтижелер</translation>
    </message>
    <message>
        <source>Printing letters: results</source>
        <translation>Хабарламаларды басып шығару: нәтижелер</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>Нәтижелер</translation>
    </message>
    <message numerus="yes">
        <source>Done: {0} of %n.</source>
        <translation>
            <numerusform>Орындалды: {0} (барлығы %n).</numerusform>
            <numerusform>Орындалды: {0} (барлығы %n).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Not done: %n (the reason is on each row).</source>
        <translation>
            <numerusform>Орындалмады: %n (себебі әр жолда).</numerusform>
            <numerusform>Орындалмады: %n (себебі әр жолда).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Not attempted: %n.</source>
        <translation>
            <numerusform>Өңделмеді: %n.</numerusform>
            <numerusform>Өңделмеді: %n.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancelled: what was done stays done.</source>
        <translation>Тоқтатылды: орындалғаны сақталды.</translation>
    </message>
    <message>
        <source>Registered: registry number {0}.</source>
        <translation>Тізілімге енгізілді: тіркеу нөмірі {0}.</translation>
    </message>
    <message>
        <source>Done: {0}.</source>
        <translation>Орындалды: {0}.</translation>
    </message>
    <message numerus="yes">
        <source>%n letter(s).</source>
        <translation>
            <numerusform>%n хабарлама.</numerusform>
            <numerusform>%n хабарлама.</numerusform>
        </translation>
    </message>
    <message>
        <source>Done.</source>
        <translation>Орындалды.</translation>
    </message>
    <message>
        <source>Not attempted.</source>
        <translation>Өңделмеді.</translation>
    </message>
    <message>
        <source>Not done: changed or decided by someone else meanwhile</source>
        <translation>Орындалмады: осы уақытта басқа біреу өзгертті немесе шешім қабылдады</translation>
    </message>
    <message>
        <source>Not done: the letter cannot be signed</source>
        <translation>Орындалмады: хабарламаға қол қою мүмкін емес</translation>
    </message>
    <message>
        <source>Not done: not allowed</source>
        <translation>Орындалмады: рұқсат жоқ</translation>
    </message>
    <message>
        <source>Not done</source>
        <translation>Орындалмады</translation>
    </message>
    <message>
        <source>Not done: unexpected error</source>
        <translation>Орындалмады: күтпеген қате</translation>
    </message>
</context>
<context>
    <name>BulkRunner</name>
    <message>
        <source>Save the letters</source>
        <extracomment>a bulk action ended (the text for the status bar); the lists and counts are stale</extracomment>
        <translation>Хаттарды сақтау</translation>
    </message>
    <message>
        <source>Print their letters</source>
        <translation>Хабарламаларын басып шығару</translation>
    </message>
    <message numerus="yes">
        <source>{0} of %n done.</source>
        <translation>
            <numerusform>Орындалды: {0} (барлығы %n).</numerusform>
            <numerusform>Орындалды: {0} (барлығы %n).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n letter(s) saved: {0}</source>
        <translation>
            <numerusform>%n хабарлама сақталды: {0}</numerusform>
            <numerusform>%n хабарлама сақталды: {0}</numerusform>
        </translation>
    </message>
    <message>
        <source>Bulk action</source>
        <translation>Топтық әрекет</translation>
    </message>
</context>
<context>
    <name>CalendarTab</name>
    <message>
        <source>Day</source>
        <translation>Күн</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Түрі</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Ескертпе</translation>
    </message>
    <message>
        <source>Set by</source>
        <translation>Кім енгізді</translation>
    </message>
    <message>
        <source>extra working day</source>
        <translation>қосымша жұмыс күні</translation>
    </message>
    <message>
        <source>extra day off</source>
        <translation>қосымша демалыс күні</translation>
    </message>
    <message>
        <source>Public holidays are built in. Add the government&apos;s yearly day transfers here: due dates of undecided applications are recomputed.</source>
        <translation>Мерекелік күндер есепке алынған. Үкіметтің жыл сайынғы демалыс күндерін ауыстыруын осында қосыңыз: шешім қабылданбаған өтінімдердің мерзімдері қайта есептеледі.</translation>
    </message>
    <message>
        <source>Year:</source>
        <translation>Жыл:</translation>
    </message>
    <message>
        <source>Note (e.g. the government decree)</source>
        <translation>Ескертпе (мысалы, Үкімет қаулысы)</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Қосу</translation>
    </message>
    <message>
        <source>Remove selected</source>
        <translation>Таңдалғанды жою</translation>
    </message>
</context>
<context>
    <name>CatalogsTab</name>
    <message>
        <source>Code</source>
        <translation>Коды</translation>
    </message>
    <message>
        <source>Kazakh</source>
        <translation>Қазақша</translation>
    </message>
    <message>
        <source>Russian</source>
        <translation>Орысша</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Түрі</translation>
    </message>
    <message>
        <source>Regions</source>
        <translation>Облыстар</translation>
    </message>
    <message>
        <source>Professions</source>
        <translation>Кәсіптер</translation>
    </message>
    <message>
        <source>Qualification categories</source>
        <translation>Біліктілік санаттары</translation>
    </message>
    <message>
        <source>Education levels</source>
        <translation>Білім деңгейлері</translation>
    </message>
    <message>
        <source>Grounds</source>
        <translation>Негіздер</translation>
    </message>
    <message>
        <source>return</source>
        <translation>пысықтауға қайтару</translation>
    </message>
    <message>
        <source>refusal</source>
        <translation>бас тарту</translation>
    </message>
</context>
<context>
    <name>CheckpointModel</name>
    <message>
        <source>No.</source>
        <translation>№</translation>
    </message>
    <message>
        <source>Signed at</source>
        <translation>Қол қойылған уақыты</translation>
    </message>
    <message>
        <source>Workstation</source>
        <translation>Жұмыс орны</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Кілт</translation>
    </message>
    <message>
        <source>Trusted key</source>
        <translation>Сенімді кілт</translation>
    </message>
    <message>
        <source>Up to event No.</source>
        <translation>Оқиға № дейін</translation>
    </message>
    <message>
        <source>Events sealed</source>
        <translation>Мөрленген оқиғалар</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>иә</translation>
    </message>
    <message>
        <source>NO</source>
        <translation>ЖОҚ</translation>
    </message>
</context>
<context>
    <name>CrashDialog</name>
    <message>
        <source>Tizilim closed unexpectedly</source>
        <translation>Tizilim күтпеген жерден жабылды</translation>
    </message>
    <message>
        <source>Tizilim closed unexpectedly the last time it ran. It left a technical trace (no personal data); copy it for your administrator.</source>
        <translation>Өткен жолы Tizilim күтпеген жерден жабылды. Ол техникалық есеп қалдырды (жеке деректерсіз); оны әкімшіге көшіріп беріңіз.</translation>
    </message>
    <message>
        <source>Trace: {0}
Log: {1}</source>
        <translation>Есеп: {0}
Журнал: {1}</translation>
    </message>
    <message>
        <source>Log: {0}</source>
        <translation>Журнал: {0}</translation>
    </message>
</context>
<context>
    <name>DatabasePage</name>
    <message>
        <source>Database</source>
        <translation>Дерекқор</translation>
    </message>
    <message>
        <source>Where should Tizilim keep its data? A single office can use a local file; several workstations share one PostgreSQL server.</source>
        <translation>Tizilim деректерді қайда сақтайды? Бір кеңсеге жергілікті файл жеткілікті; бірнеше жұмыс орны бір PostgreSQL серверін ортақ пайдаланады.</translation>
    </message>
    <message>
        <source>Local database file (recommended for one workstation)</source>
        <translation>Жергілікті дерекқор файлы (бір жұмыс орны үшін ұсынылады)</translation>
    </message>
    <message>
        <source>PostgreSQL server</source>
        <translation>PostgreSQL сервері</translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation>Қосылуды тексеру</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Қосылуда…</translation>
    </message>
    <message>
        <source>Connection succeeded.</source>
        <translation>Қосылу сәтті өтті.</translation>
    </message>
    <message>
        <source>Could not connect to the server. Check the address, the user name and password, and that the server is running.</source>
        <translation>Серверге қосылу мүмкін болмады. Мекенжайды, пайдаланушы атын және құпиясөзді, сервердің жұмыс істеп тұрғанын тексеріңіз.</translation>
    </message>
</context>
<context>
    <name>DayDialog</name>
    <message>
        <source>Print a day&apos;s letters</source>
        <translation>Бір күннің хабарламаларын басып шығару</translation>
    </message>
    <message>
        <source>Choose a file…</source>
        <translation>Файлды таңдау…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Болдырмау</translation>
    </message>
    <message>
        <source>The letters of every decision made on this day, in one PDF:</source>
        <translation>Осы күні қабылданған барлық шешімдердің хабарламалары, бір PDF файлында:</translation>
    </message>
</context>
<context>
    <name>DeliverDialog</name>
    <message>
        <source>Mark delivered</source>
        <translation>Табыс етілгенін белгілеу</translation>
    </message>
    <message numerus="yes">
        <source>%n letter(s) handed to the applicant:</source>
        <translation>
            <numerusform>%n хат өтініш берушіге табыс етілді:</numerusform>
            <numerusform>%n хат өтініш берушіге табыс етілді:</numerusform>
        </translation>
    </message>
    <message>
        <source>This is recorded in the audit log and cannot be undone.</source>
        <translation>Бұл аудит журналына жазылады және оны болдырмау мүмкін емес.</translation>
    </message>
    <message>
        <source>&amp;Delivered on:</source>
        <translation>Табыс етілген &amp;күні:</translation>
    </message>
    <message>
        <source>&amp;Mark delivered</source>
        <translation>&amp;Табыс етілді деп белгілеу</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Болдырмау</translation>
    </message>
</context>
<context>
    <name>Details</name>
    <message>
        <source>Details</source>
        <extracomment>what a window frame adds around a window&apos;s content (Windows 10: borders and title bar)</extracomment>
        <translation>Толығырақ</translation>
    </message>
</context>
<context>
    <name>DrillBanner</name>
    <message>
        <source>Clear this filter</source>
        <translation>Бұл сүзгіні алып тастау</translation>
    </message>
    <message>
        <source>From the statistics: {0}</source>
        <translation>Статистикадан: {0}</translation>
    </message>
</context>
<context>
    <name>DuplicatesHtml</name>
    <message>
        <source>No possible duplicates were found.</source>
        <extracomment>at most this many duplicates are read in full for the side-by-side view</extracomment>
        <translation>Ықтимал қайталанулар табылмады.</translation>
    </message>
    <message>
        <source>same IIN</source>
        <translation>ЖСН бірдей</translation>
    </message>
    <message>
        <source>same name and birth date</source>
        <translation>аты-жөні мен туған күні бірдей</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Өріс</translation>
    </message>
    <message>
        <source>This application</source>
        <translation>Осы өтінім</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Нөмірі</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Себебі</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Мәртебесі</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Т.А.Ә.</translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation>Туған күні</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Облыс</translation>
    </message>
    <message>
        <source>IIN</source>
        <translation>ЖСН</translation>
    </message>
    <message>
        <source>Profession</source>
        <translation>Кәсіп</translation>
    </message>
    <message>
        <source>Registry number</source>
        <translation>Тіркеу нөмірі</translation>
    </message>
    <message>
        <source>Other applications that may be the same person:</source>
        <translation>Сол адамға тиесілі болуы мүмкін басқа өтінімдер:</translation>
    </message>
    <message>
        <source>Open {0}</source>
        <translation>{0} ашу</translation>
    </message>
</context>
<context>
    <name>EntryForm</name>
    <message>
        <source>Enter a paper application</source>
        <translation>Қағаз түріндегі өтінімді енгізу</translation>
    </message>
    <message>
        <source>Application</source>
        <translation>Өтінім</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Маман</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Байланыс деректері</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Тұратын мекенжайы</translation>
    </message>
    <message>
        <source>Profession and experience</source>
        <translation>Кәсібі және жұмыс өтілі</translation>
    </message>
    <message>
        <source>Education</source>
        <translation>Білімі туралы мәліметтер</translation>
    </message>
    <message>
        <source>Employment</source>
        <translation>Еңбек қызметі туралы мәліметтер</translation>
    </message>
    <message>
        <source>Qualification category and consent</source>
        <translation>Біліктілік санаты және келісім</translation>
    </message>
    <message>
        <source>Application number:</source>
        <translation>Өтінім нөмірі:</translation>
    </message>
    <message>
        <source>Last name:</source>
        <translation>Тегі:</translation>
    </message>
    <message>
        <source>First name:</source>
        <translation>Аты:</translation>
    </message>
    <message>
        <source>Middle name (if any):</source>
        <translation>Әкесінің аты (бар болса):</translation>
    </message>
    <message>
        <source>IIN:</source>
        <translation>ЖСН:</translation>
    </message>
    <message>
        <source>Birth date:</source>
        <translation>Туған күні:</translation>
    </message>
    <message>
        <source>Mobile phone:</source>
        <translation>Ұялы телефон:</translation>
    </message>
    <message>
        <source>E-mail:</source>
        <translation>Электрондық пошта:</translation>
    </message>
    <message>
        <source>Region:</source>
        <translation>Облыс:</translation>
    </message>
    <message>
        <source>Settlement:</source>
        <translation>Елді мекен:</translation>
    </message>
    <message>
        <source>Registration address:</source>
        <translation>Тіркелген мекенжайы:</translation>
    </message>
    <message>
        <source>Profession:</source>
        <translation>Кәсіп:</translation>
    </message>
    <message>
        <source>Experience:</source>
        <translation>Жұмыс өтілі:</translation>
    </message>
    <message>
        <source>Category:</source>
        <translation>Санаты:</translation>
    </message>
    <message>
        <source>Date assigned:</source>
        <translation>Берілген күні:</translation>
    </message>
    <message>
        <source>Attestation commission:</source>
        <translation>Аттестаттау комиссиясы:</translation>
    </message>
    <message>
        <source>Consent:</source>
        <translation>Келісім:</translation>
    </message>
    <message>
        <source>The specialist consents to publication in the public registry</source>
        <translation>Маман жалпыға қолжетімді тізілімде жариялауға келісім береді</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Білім деңгейі</translation>
    </message>
    <message>
        <source>Institution</source>
        <translation>Оқу орнының атауы</translation>
    </message>
    <message>
        <source>Start date</source>
        <translation>Басталған күні</translation>
    </message>
    <message>
        <source>End date</source>
        <translation>Аяқталған күні</translation>
    </message>
    <message>
        <source>End date (empty: current)</source>
        <translation>Аяқталған күні (бос: қазіргі жұмыс)</translation>
    </message>
    <message numerus="yes">
        <source>Not saved: %n problem(s) are marked.</source>
        <translation>
            <numerusform>Сақталмады: %n қате белгіленді.</numerusform>
            <numerusform>Сақталмады: %n қате белгіленді.</numerusform>
        </translation>
    </message>
    <message>
        <source>Application {0} corrected.</source>
        <translation>{0} өтінімі түзетілді.</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Білімі туралы құжат</translation>
    </message>
    <message>
        <source>Received (Kazakhstan time):</source>
        <translation>Түскен уақыты (Қазақстан уақыты):</translation>
    </message>
    <message>
        <source>Organization</source>
        <translation>Ұйымның атауы</translation>
    </message>
    <message>
        <source>BIN</source>
        <translation>БСН</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Лауазымы</translation>
    </message>
    <message>
        <source>— choose —</source>
        <translation>— таңдаңыз —</translation>
    </message>
    <message>
        <source>dd.mm.yyyy</source>
        <translation>кк.аа.жжжж</translation>
    </message>
    <message>
        <source>Correct application {0}</source>
        <extracomment>rows of education / employment shown at first; more are added with &quot;Add a row&quot; the fields that take a date (dd.mm.yyyy or ddmmyyyy), by the end of their key (portal id, version read) while correcting an application</extracomment>
        <translation>{0} өтінімін түзету</translation>
    </message>
    <message>
        <source>Add an education record</source>
        <translation>Білім туралы жазба қосу</translation>
    </message>
    <message>
        <source>Add an employment record</source>
        <translation>Жұмыс туралы жазба қосу</translation>
    </message>
    <message>
        <source>the portal&apos;s number; empty for a paper one: the office numbers it</source>
        <translation>порталдағы нөмірі; қағаз түріндегі өтінімге бос қалдырыңыз: нөмірді ЖАО береді</translation>
    </message>
    <message>
        <source>Save application</source>
        <translation>Өтінімді сақтау</translation>
    </message>
    <message>
        <source>Save the correction</source>
        <translation>Түзетуді сақтау</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Тазарту</translation>
    </message>
    <message>
        <source>Cancel the correction</source>
        <translation>Түзетуді болдырмау</translation>
    </message>
    <message numerus="yes">
        <source>year(s)</source>
        <translation>
            <numerusform>жыл</numerusform>
            <numerusform>жыл</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>month(s)</source>
        <translation>
            <numerusform>ай</numerusform>
            <numerusform>ай</numerusform>
        </translation>
    </message>
    <message>
        <source>Application {0} saved.</source>
        <translation>{0} өтінімі сақталды.</translation>
    </message>
    <message>
        <source>An application with this number already exists.</source>
        <translation>Осы нөмірлі өтінім бұрыннан бар.</translation>
    </message>
</context>
<context>
    <name>ErrorDialog</name>
    <message>
        <source>Unexpected error</source>
        <translation>Күтпеген қате</translation>
    </message>
    <message>
        <source>Something went wrong. Your data is safe and the program keeps running. The details were written to the log file; copy them for the administrator.</source>
        <translation>Күтпеген қате орын алды. Деректеріңіз сақталған, бағдарлама жұмысын жалғастырады. Толық мәлімет журнал файлына жазылды; оны әкімшіге көшіріп беріңіз.</translation>
    </message>
    <message>
        <source>Copy details</source>
        <translation>Толық мәліметті көшіру</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Толығырақ</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Print / export the registry</source>
        <translation>Тізілімді басып шығару / экспорттау</translation>
    </message>
    <message>
        <source>Format:</source>
        <translation>Пішімі:</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>Тіл:</translation>
    </message>
    <message>
        <source>Edition:</source>
        <translation>Басылымы:</translation>
    </message>
    <message>
        <source>Filters:</source>
        <translation>Сүзгілер:</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>Файл:</translation>
    </message>
    <message>
        <source>Kazakh</source>
        <translation>Қазақша</translation>
    </message>
    <message>
        <source>Russian</source>
        <translation>Орысша</translation>
    </message>
    <message>
        <source>Kazakh and Russian</source>
        <translation>Қазақша және орысша</translation>
    </message>
    <message>
        <source>Public (consenting specialists only)</source>
        <translation>Жалпыға қолжетімді (тек келісім бергендер)</translation>
    </message>
    <message>
        <source>Full</source>
        <translation>Толық</translation>
    </message>
    <message>
        <source>The search «{0}» is not applied: the printout contains every entry matching the filters above.</source>
        <translation>«{0}» іздеуі қолданылмайды: басып шығаруға жоғарыдағы сүзгілерге сәйкес барлық жазбалар енеді.</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Таңдау…</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Бастау</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Болдырмау</translation>
    </message>
    <message>
        <source>Open file</source>
        <translation>Файлды ашу</translation>
    </message>
    <message>
        <source>Open folder</source>
        <translation>Қалтаны ашу</translation>
    </message>
    <message>
        <source>included {0} – {1}</source>
        <translation>енгізілген күні {0} – {1}</translation>
    </message>
    <message>
        <source>none (the whole registry)</source>
        <translation>жоқ (бүкіл тізілім)</translation>
    </message>
    <message>
        <source>Save as</source>
        <translation>Басқаша сақтау</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Экспортталуда…</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Тоқтатылуда…</translation>
    </message>
    <message>
        <source>Done: {0}</source>
        <translation>Дайын: {0}</translation>
    </message>
    <message>
        <source>Export cancelled; no file was written.</source>
        <translation>Экспорттау тоқтатылды; файл жазылған жоқ.</translation>
    </message>
    <message>
        <source>The export failed.</source>
        <translation>Экспорттау сәтсіз аяқталды.</translation>
    </message>
</context>
<context>
    <name>Field</name>
    <message>
        <source>application number</source>
        <translation>өтінім нөмірі</translation>
    </message>
    <message>
        <source>date received</source>
        <translation>қабылданған күні</translation>
    </message>
    <message>
        <source>application</source>
        <translation>өтінім</translation>
    </message>
    <message>
        <source>specialist</source>
        <translation>маман</translation>
    </message>
    <message>
        <source>last name</source>
        <translation>тегі</translation>
    </message>
    <message>
        <source>first name</source>
        <translation>аты</translation>
    </message>
    <message>
        <source>middle name</source>
        <translation>әкесінің аты</translation>
    </message>
    <message>
        <source>IIN</source>
        <translation>ЖСН</translation>
    </message>
    <message>
        <source>birth date</source>
        <translation>туған күні</translation>
    </message>
    <message>
        <source>mobile phone</source>
        <translation>ұялы телефон</translation>
    </message>
    <message>
        <source>e-mail</source>
        <translation>электрондық пошта</translation>
    </message>
    <message>
        <source>address</source>
        <translation>мекенжайы</translation>
    </message>
    <message>
        <source>region</source>
        <translation>облыс</translation>
    </message>
    <message>
        <source>settlement</source>
        <translation>елді мекен</translation>
    </message>
    <message>
        <source>registration address</source>
        <translation>тіркелген мекенжайы</translation>
    </message>
    <message>
        <source>profession</source>
        <translation>кәсіп</translation>
    </message>
    <message>
        <source>experience</source>
        <translation>жұмыс өтілі</translation>
    </message>
    <message>
        <source>experience, years</source>
        <translation>жұмыс өтілі, жыл</translation>
    </message>
    <message>
        <source>experience, months</source>
        <translation>жұмыс өтілі, ай</translation>
    </message>
    <message>
        <source>education</source>
        <translation>білімі</translation>
    </message>
    <message>
        <source>employment</source>
        <translation>еңбек қызметі</translation>
    </message>
    <message>
        <source>education level</source>
        <translation>білім деңгейі</translation>
    </message>
    <message>
        <source>institution</source>
        <translation>оқу орны</translation>
    </message>
    <message>
        <source>document</source>
        <translation>білімі туралы құжат</translation>
    </message>
    <message>
        <source>organization</source>
        <translation>ұйым</translation>
    </message>
    <message>
        <source>BIN</source>
        <translation>БСН</translation>
    </message>
    <message>
        <source>position</source>
        <translation>лауазымы</translation>
    </message>
    <message>
        <source>start date</source>
        <translation>басталған күні</translation>
    </message>
    <message>
        <source>end date</source>
        <translation>аяқталған күні</translation>
    </message>
    <message>
        <source>qualification category</source>
        <translation>біліктілік санаты</translation>
    </message>
    <message>
        <source>date assigned</source>
        <translation>берілген күні</translation>
    </message>
    <message>
        <source>attestation commission</source>
        <translation>аттестаттау комиссиясы</translation>
    </message>
    <message>
        <source>consent to publication</source>
        <translation>жариялауға келісім</translation>
    </message>
</context>
<context>
    <name>FirstRunWizard</name>
    <message>
        <source>Tizilim — first run</source>
        <translation>Tizilim — алғашқы іске қосу</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>Тіл:</translation>
    </message>
    <message>
        <source>Creating the database…</source>
        <translation>Дерекқор жасалуда…</translation>
    </message>
    <message>
        <source>The database could not be created. Check that the folder or server is available and that you may write to it.</source>
        <translation>Дерекқорды құру мүмкін болмады. Қалтаның немесе сервердің қолжетімді екенін және оған жазу құқығыңыз бар екенін тексеріңіз.</translation>
    </message>
</context>
<context>
    <name>FixPicker</name>
    <message>
        <source>Field or document</source>
        <extracomment>fields whose parent is not written in their name what names a record in the tree (its institution, its organisation)</extracomment>
        <translation>Мәлімет немесе құжат</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Ескертпе</translation>
    </message>
    <message>
        <source>optional, up to {0} characters</source>
        <translation>міндетті емес, {0} таңбаға дейін</translation>
    </message>
    <message>
        <source>Note on «{0}»:</source>
        <translation>«{0}» бойынша ескертпе:</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>Ескертпе:</translation>
    </message>
    <message numerus="yes">
        <source>Marked: %n</source>
        <translation>
            <numerusform>Белгіленді: %n</numerusform>
            <numerusform>Белгіленді: %n</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HistoryHtml</name>
    <message>
        <source>e-mail</source>
        <translation>электрондық пошта</translation>
    </message>
    <message>
        <source>SMS</source>
        <translation>SMS</translation>
    </message>
    <message>
        <source>by hand</source>
        <translation>қолма-қол</translation>
    </message>
    <message>
        <source>waiting to be sent</source>
        <translation>жіберілуін күтуде</translation>
    </message>
    <message>
        <source>being sent</source>
        <translation>жіберілуде</translation>
    </message>
    <message>
        <source>sent</source>
        <translation>жіберілді</translation>
    </message>
    <message>
        <source>delivered</source>
        <translation>жеткізілді</translation>
    </message>
    <message>
        <source>uncertain: check whether it arrived</source>
        <translation>белгісіз: жеткенін тексеріңіз</translation>
    </message>
    <message>
        <source>to be delivered by hand</source>
        <translation>қолма-қол табыс етілуі тиіс</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>өзгерді</translation>
    </message>
    <message>
        <source>not changed</source>
        <translation>өзгермеді</translation>
    </message>
    <message numerus="yes">
        <source>Fields marked in the return: %n of them changed</source>
        <translation>
            <numerusform>Қайтаруда белгіленген мәліметтер: оның %n өзгерді</numerusform>
            <numerusform>Қайтаруда белгіленген мәліметтер: оның %n өзгерді</numerusform>
        </translation>
    </message>
    <message>
        <source>Decision: {0}</source>
        <translation>Шешім: {0}</translation>
    </message>
    <message>
        <source>(on revision {0})</source>
        <translation>({0}-редакция бойынша)</translation>
    </message>
    <message>
        <source>Fields and documents to correct:</source>
        <translation>Түзетілуі қажет мәліметтер мен құжаттар:</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Түсініктеме</translation>
    </message>
    <message>
        <source>Letter No. {0}, signed by {1}</source>
        <translation>Хабарлама № {0}, қол қойған: {1}</translation>
    </message>
    <message>
        <source>Letter No.</source>
        <translation>Хабарлама №</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Шешім</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Арна</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Мәртебесі</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>Әрекеттер</translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation>Алушы</translation>
    </message>
    <message>
        <source>Sent / delivered</source>
        <translation>Жіберілді / жеткізілді</translation>
    </message>
    <message>
        <source>Notifications to the applicant</source>
        <translation>Өтініш берушіге хабарламалар</translation>
    </message>
    <message>
        <source>next try {0}</source>
        <translation>келесі әрекет {0}</translation>
    </message>
    <message>
        <source>sent {0}</source>
        <translation>жіберілді {0}</translation>
    </message>
    <message>
        <source>delivered {0}</source>
        <translation>жеткізілді {0}</translation>
    </message>
    <message>
        <source>Revision {0} received</source>
        <translation>{0}-редакция қабылданды</translation>
    </message>
    <message>
        <source>due {0}</source>
        <translation>мерзімі {0}</translation>
    </message>
    <message>
        <source>entered by {0}</source>
        <translation>енгізген: {0}</translation>
    </message>
    <message>
        <source>Changed fields:</source>
        <translation>Өзгерген өрістер:</translation>
    </message>
    <message>
        <source>Recommendation of {0}, {1}</source>
        <translation>{0} ұсынымы, {1}</translation>
    </message>
    <message>
        <source>Note: {0}</source>
        <translation>Ескертпе: {0}</translation>
    </message>
</context>
<context>
    <name>HoldBar</name>
    <message>
        <source>Take</source>
        <translation>Жұмысқа алу</translation>
    </message>
    <message>
        <source>Nobody is working on this application.</source>
        <translation>Бұл өтініммен ешкім жұмыс істеп жатқан жоқ.</translation>
    </message>
    <message>
        <source>You hold this application (since {0}).</source>
        <translation>Бұл өтінім сізде ({0} бастап).</translation>
    </message>
    <message>
        <source>{0} is working on this application (since {1}).</source>
        <translation>Бұл өтініммен {0} жұмыс істеп жатыр ({1} бастап).</translation>
    </message>
    <message>
        <source>Release</source>
        <translation>Босату</translation>
    </message>
    <message>
        <source>Release…</source>
        <translation>Босату…</translation>
    </message>
    <message>
        <source>Work queue</source>
        <translation>Өтінімдер кезегі</translation>
    </message>
</context>
<context>
    <name>ImportView</name>
    <message>
        <source>No.</source>
        <translation>№</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Нөмірі</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Т.А.Ә.</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Нәтиже</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>Хабарламалар</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Тоқтатылуда…</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>қабылданбады</translation>
    </message>
    <message>
        <source>accepted, warning</source>
        <translation>қабылданды, ескерту бар</translation>
    </message>
    <message>
        <source>accepted</source>
        <translation>қабылданды</translation>
    </message>
    <message>
        <source>Import applications from the portal&apos;s JSON export or the XLSX template. Nothing is written until you press Import; records with errors are skipped.</source>
        <translation>Өтінімдерді портал экспорттаған JSON файлынан немесе XLSX үлгісінен импорттаңыз. «Импорттау» батырмасын баспайынша ештеңе жазылмайды; қатесі бар жазбалар өткізіледі.</translation>
    </message>
    <message>
        <source>Choose file…</source>
        <translation>Файлды таңдау…</translation>
    </message>
    <message>
        <source>No file chosen</source>
        <translation>Файл таңдалмаған</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Импорттау</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Болдырмау</translation>
    </message>
    <message>
        <source>Save rejection report…</source>
        <translation>Қабылданбағандар есебін сақтау…</translation>
    </message>
    <message>
        <source>Download template…</source>
        <translation>Үлгіні жүктеп алу…</translation>
    </message>
    <message>
        <source>An Excel workbook to fill in: an example row, drop-down lists and a sheet explaining each column in Kazakh and Russian</source>
        <translation>Толтыруға арналған Excel кітабы: үлгі жол, ашылмалы тізімдер және әр бағанның қазақша және орысша түсіндірмесі бар парақ</translation>
    </message>
    <message>
        <source>Choose a record to read its messages in full.</source>
        <translation>Хабарламаларын толық оқу үшін жазбаны таңдаңыз.</translation>
    </message>
    <message>
        <source>Record {0}: {1}</source>
        <translation>{0}-жазба: {1}</translation>
    </message>
    <message>
        <source>Choose a file to import</source>
        <translation>Импорттауға арналған файлды таңдаңыз</translation>
    </message>
    <message>
        <source>Applications (*.json *.xlsx)</source>
        <translation>Өтінімдер (*.json *.xlsx)</translation>
    </message>
    <message>
        <source>Reading the file…</source>
        <translation>Файл оқылуда…</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>Импортталуда…</translation>
    </message>
    <message>
        <source>Save the import template</source>
        <translation>Импорттау үлгісін сақтау</translation>
    </message>
    <message>
        <source>Template saved: {0}</source>
        <translation>Үлгі сақталды: {0}</translation>
    </message>
    <message>
        <source>Import template</source>
        <translation>Импорттау үлгісі</translation>
    </message>
    <message>
        <source>The template was not saved: {0}</source>
        <translation>Үлгі сақталмады: {0}</translation>
    </message>
    <message>
        <source>Save rejection report</source>
        <translation>Қабылданбағандар есебін сақтау</translation>
    </message>
    <message>
        <source>Report saved: {0}</source>
        <translation>Есеп сақталды: {0}</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) in {0}: {1} accepted, {2} rejected.</source>
        <translation>
            <numerusform>{0} файлында %n жазба: {1} қабылданды, {2} қабылданбады.</numerusform>
            <numerusform>{0} файлында %n жазба: {1} қабылданды, {2} қабылданбады.</numerusform>
        </translation>
    </message>
    <message>
        <source>Imported: {0}; already present: {1}; rejected: {2}.</source>
        <translation>Импортталды: {0}; бұрыннан бар: {1}; қабылданбады: {2}.</translation>
    </message>
    <message>
        <source>Import cancelled; nothing was imported.</source>
        <translation>Импорттау тоқтатылды; ештеңе импортталмады.</translation>
    </message>
    <message>
        <source>Reading the file was cancelled.</source>
        <translation>Файлды оқу тоқтатылды.</translation>
    </message>
    <message>
        <source>This file cannot be imported. Tizilim imports the applications file exported from the social services portal (JSON) or the Tizilim Excel template (XLSX).</source>
        <translation>Бұл файлды импорттауға болмайды. Tizilim әлеуметтік көрсетілетін қызметтер порталынан түсірілген өтінімдер файлын (JSON) немесе Tizilim Excel үлгісін (XLSX) импорттайды.</translation>
    </message>
</context>
<context>
    <name>Launcher</name>
    <message>
        <source>Settings</source>
        <translation>Баптаулар</translation>
    </message>
    <message>
        <source>The settings file could not be read; the defaults are used and the damaged file was kept beside it (.bad). Open File → Settings to choose again.
{0}</source>
        <translation>Баптаулар файлы оқылмады: әдепкі баптаулар қолданылады, бүлінген файл қасында сақталды (.bad). Баптауларды қайта таңдаңыз: Файл → Баптаулар.
{0}</translation>
    </message>
</context>
<context>
    <name>LetterButton</name>
    <message>
        <source>Letter</source>
        <translation>Хабарлама</translation>
    </message>
    <message>
        <source>The letter sent to the applicant with the decision</source>
        <translation>Шешіммен бірге өтініш берушіге жіберілген хабарлама</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>PDF ретінде сақтау…</translation>
    </message>
    <message>
        <source>Open for printing</source>
        <translation>Басып шығару үшін ашу</translation>
    </message>
    <message>
        <source>Save the letter</source>
        <translation>Хабарламаны сақтау</translation>
    </message>
    <message>
        <source>Writing the letter of {0}…</source>
        <translation>{0} хабарламасы жазылуда…</translation>
    </message>
    <message>
        <source>No program opened the PDF. The letter is saved in {0}: open and print it from there.</source>
        <translation>PDF файлын ашатын бағдарлама табылмады. Хабарлама {0} ішінде сақталды: оны сол жерден ашып, басып шығарыңыз.</translation>
    </message>
    <message>
        <source>The letter is open for printing: {0}</source>
        <translation>Хабарлама басып шығару үшін ашылды: {0}</translation>
    </message>
    <message>
        <source>Letter saved: {0}</source>
        <translation>Хабарлама сақталды: {0}</translation>
    </message>
    <message>
        <source>The letter was not written</source>
        <translation>Хабарлама жазылмады</translation>
    </message>
    <message>
        <source>The file could not be written: {0}</source>
        <translation>Файлды жазу мүмкін болмады: {0}</translation>
    </message>
</context>
<context>
    <name>LockDialog</name>
    <message>
        <source>Tizilim — locked</source>
        <translation>Tizilim — құлыпталған</translation>
    </message>
    <message>
        <source>The window is locked: personal data is hidden. {0} can go on after entering the password; unsaved input is kept. Another user must sign {0} out first.</source>
        <translation>Терезе құлыпталды: дербес деректер жасырылған. {0} құпиясөзді енгізгеннен кейін жұмысты жалғастыра алады; сақталмаған деректер сақталады. Басқа пайдаланушы алдымен {0} жүйеден шығаруы керек.</translation>
    </message>
    <message>
        <source>Login:</source>
        <translation>Логин:</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>Құпиясөз:</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>Құлыпты ашу</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>Жүйеден шығу (пайдаланушыны ауыстыру)</translation>
    </message>
</context>
<context>
    <name>MailTab</name>
    <message>
        <source>Mail server (SMTP)</source>
        <extracomment>security → the usual port</extracomment>
        <translation>Пошта сервері (SMTP)</translation>
    </message>
    <message>
        <source>Outgoing letter numbers</source>
        <translation>Хаттардың шығыс нөмірлері</translation>
    </message>
    <message>
        <source>Server:</source>
        <translation>Сервер:</translation>
    </message>
    <message>
        <source>Port:</source>
        <translation>Порт:</translation>
    </message>
    <message>
        <source>Security:</source>
        <translation>Қорғау:</translation>
    </message>
    <message>
        <source>Login:</source>
        <translation>Логин:</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>Құпиясөз:</translation>
    </message>
    <message>
        <source>Sender address:</source>
        <translation>Жіберушінің мекенжайы:</translation>
    </message>
    <message>
        <source>Send the test to:</source>
        <translation>Сынақ хатты кімге жіберу:</translation>
    </message>
    <message>
        <source>STARTTLS (port 587)</source>
        <translation>STARTTLS (587 порт)</translation>
    </message>
    <message>
        <source>TLS from the start (port 465)</source>
        <translation>Басынан TLS (465 порт)</translation>
    </message>
    <message>
        <source>No encryption (this computer only)</source>
        <translation>Шифрлаусыз (тек осы компьютер)</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Сақтау</translation>
    </message>
    <message>
        <source>Send a test message</source>
        <translation>Сынақ хат жіберу</translation>
    </message>
    <message>
        <source>Format:</source>
        <translation>Пішімі:</translation>
    </message>
    <message>
        <source>Save the format</source>
        <translation>Түрін сақтау</translation>
    </message>
    <message>
        <source>Text with {year} and {seq} (the letter&apos;s number within the year), each exactly once; {seq:05d} pads it with zeros to 5 digits. Numbers already issued keep their form.</source>
        <translation>{year} және {seq} (хаттың жыл ішіндегі нөмірі) бір-бірден кездесетін мәтін; {seq:05d} нөмірді нөлдермен 5 цифрға дейін толтырады. Берілген нөмірлер өзгермейді.</translation>
    </message>
    <message>
        <source>(stored; leave empty to keep it)</source>
        <translation>(сақталған; өзгертпеу үшін бос қалдырыңыз)</translation>
    </message>
    <message>
        <source>Enter the mail server&apos;s name or address.</source>
        <translation>Пошта серверінің атауын не мекенжайын енгізіңіз.</translation>
    </message>
    <message>
        <source>Without encryption the password would cross the network in clear text: choose STARTTLS or TLS (no encryption only for a server on this computer, 127.0.0.1).</source>
        <translation>Шифрлаусыз құпиясөз желі арқылы ашық түрде өтеді: STARTTLS не TLS таңдаңыз (шифрлаусыз тек осы компьютердегі сервер үшін, 127.0.0.1).</translation>
    </message>
    <message>
        <source>Enter the sender&apos;s e-mail address.</source>
        <translation>Жіберушінің электрондық пошта мекенжайын енгізіңіз.</translation>
    </message>
    <message>
        <source>A password needs a login.</source>
        <translation>Құпиясөзбен бірге логин қажет.</translation>
    </message>
    <message>
        <source>The mail settings are saved.</source>
        <translation>Пошта баптаулары сақталды.</translation>
    </message>
    <message>
        <source>Sending a test message to {0}…</source>
        <translation>{0} мекенжайына сынақ хат жіберілуде…</translation>
    </message>
    <message>
        <source>The server accepted the test message to {0}.</source>
        <translation>Сервер {0} мекенжайына сынақ хатты қабылдады.</translation>
    </message>
    <message>
        <source>Could not connect or sign in to the mail server (check the server, port, security, login and password).</source>
        <translation>Пошта серверіне қосылу не кіру мүмкін болмады (серверді, портты, қорғауды, логин мен құпиясөзді тексеріңіз).</translation>
    </message>
    <message>
        <source>The server refused for now; try again later.</source>
        <translation>Сервер әзірге қабылдамады; кейінірек қайталаңыз.</translation>
    </message>
    <message>
        <source>The server refused the message or the address.</source>
        <translation>Сервер хатты не мекенжайды қабылдамады.</translation>
    </message>
    <message>
        <source>The test message was not sent. {0}
The server said: {1}</source>
        <translation>Сынақ хат жіберілмеді. {0}
Сервердің жауабы: {1}</translation>
    </message>
    <message>
        <source>The next letter will be No. {0}</source>
        <translation>Келесі хаттың нөмірі: {0}</translation>
    </message>
    <message>
        <source>The format is saved.</source>
        <translation>Түрі сақталды.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Tizilim — registry of specialists of special social services</source>
        <translation>Tizilim — арнаулы әлеуметтік қызметтер мамандарының тізілімі</translation>
    </message>
    <message>
        <source>Tizilim — locked</source>
        <translation>Tizilim — құлыпталған</translation>
    </message>
    <message>
        <source>Tizilim is locked.
Personal data is hidden until {0} enters the password.</source>
        <translation>Tizilim құлыпталды.
{0} құпиясөзді енгізгенше дербес деректер жасырылады.</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Бағдарламаны жабу</translation>
    </message>
    <message>
        <source>Working…</source>
        <translation>Орындалуда…</translation>
    </message>
    <message>
        <source>Nothing else in this list awaits a decision.</source>
        <translation>Бұл тізімде шешім күтіп тұрған басқа өтінім жоқ.</translation>
    </message>
    <message>
        <source>An export is still running. Cancel it and quit?</source>
        <translation>Экспорттау әлі жүріп жатыр. Оны тоқтатып, бағдарламаны жабу керек пе?</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <extracomment>every data file the program reads (tests/desktop/test_selftest.py: the list is complete) a name with the letters only Kazakh has, written and read back</extracomment>
        <translation>&amp;Файл</translation>
    </message>
</context>
<context>
    <name>Marks</name>
    <message numerus="yes">
        <source>No such date: this month has %n day(s).</source>
        <translation>
            <numerusform>Мұндай күн жоқ: бұл айда %n күн бар.</numerusform>
            <numerusform>Мұндай күн жоқ: бұл айда %n күн бар.</numerusform>
        </translation>
    </message>
    <message>
        <source>No such date: a year has 12 months.</source>
        <translation>Мұндай күн жоқ: жылда 12 ай бар.</translation>
    </message>
    <message>
        <source>Enter the date as dd.mm.yyyy (04.03.1990) or ddmmyyyy (04031990).</source>
        <translation>Күнді кк.аа.жжжж (04.03.1990) немесе ккаажжжж (04031990) түрінде енгізіңіз.</translation>
    </message>
</context>
<context>
    <name>Menus</name>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>Ө&amp;ту</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Тіл</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Анықтама</translation>
    </message>
    <message>
        <source>Lock the screen</source>
        <translation>Экранды құлыптау</translation>
    </message>
    <message>
        <source>Settings…</source>
        <translation>Баптаулар…</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>Жүйеден шығу (пайдаланушыны ауыстыру)</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Бағдарламаны жабу</translation>
    </message>
    <message>
        <source>Take the next application</source>
        <translation>Келесі өтінімді алу</translation>
    </message>
    <message>
        <source>Search applications</source>
        <translation>Өтінімдерді іздеу</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Жаңарту</translation>
    </message>
    <message>
        <source>About Tizilim</source>
        <translation>Tizilim туралы</translation>
    </message>
</context>
<context>
    <name>MessageBar</name>
    <message>
        <source>Close</source>
        <translation>Жабу</translation>
    </message>
</context>
<context>
    <name>Navigation</name>
    <message>
        <source>Awaiting decision</source>
        <extracomment>the counts by status are read again this often applications by status key, with &quot;open&quot; and &quot;all&quot; (empty until first read) the current entry was marked by :meth:`follow` while another screen shows (the review): a click on it shows its screen again</extracomment>
        <translation>Шешім күтуде</translation>
    </message>
    <message>
        <source>All applications</source>
        <translation>Барлық өтінімдер</translation>
    </message>
    <message>
        <source>Enter an application</source>
        <translation>Өтінімді енгізу</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Импорттау</translation>
    </message>
    <message>
        <source>Registry</source>
        <translation>Тізілім</translation>
    </message>
    <message>
        <source>Notifications</source>
        <translation>Хабарламалар</translation>
    </message>
    <message>
        <source>Statistics</source>
        <translation>Статистика</translation>
    </message>
    <message>
        <source>Administration</source>
        <translation>Әкімшілендіру</translation>
    </message>
</context>
<context>
    <name>NotificationsModel</name>
    <message>
        <source>waiting to be sent</source>
        <translation>жіберуді күтуде</translation>
    </message>
    <message>
        <source>being sent</source>
        <translation>жіберілуде</translation>
    </message>
    <message>
        <source>sent</source>
        <translation>жіберілді</translation>
    </message>
    <message>
        <source>delivered</source>
        <translation>жеткізілді</translation>
    </message>
    <message>
        <source>uncertain</source>
        <translation>күмәнді</translation>
    </message>
    <message>
        <source>to deliver by hand</source>
        <translation>қолма-қол табыс ету</translation>
    </message>
    <message>
        <source>registration</source>
        <translation>тіркеу</translation>
    </message>
    <message>
        <source>return</source>
        <translation>қайтару</translation>
    </message>
    <message>
        <source>refusal</source>
        <translation>бас тарту</translation>
    </message>
    <message>
        <source>e-mail</source>
        <translation>электрондық пошта</translation>
    </message>
    <message>
        <source>SMS</source>
        <translation>SMS</translation>
    </message>
    <message>
        <source>by hand</source>
        <translation>қолма-қол</translation>
    </message>
    <message>
        <source>Sent {0}</source>
        <translation>Жіберілді: {0}</translation>
    </message>
    <message>
        <source>Next attempt {0}</source>
        <translation>Келесі әрекет: {0}</translation>
    </message>
    <message>
        <source>Letter No. {0}</source>
        <translation>Хат № {0}</translation>
    </message>
    <message>
        <source>The message may have left: check with the applicant, then mark it delivered or resend it</source>
        <translation>Хабарлама жіберілген болуы мүмкін: өтініш берушіден анықтап, табыс етілгенін белгілеңіз немесе қайта жіберіңіз</translation>
    </message>
    <message>
        <source>Application</source>
        <translation>Өтінім</translation>
    </message>
    <message>
        <source>Applicant</source>
        <translation>Өтініш беруші</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Шешім</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Арна</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Мекенжай</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Мәртебесі</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>Әрекеттер</translation>
    </message>
    <message>
        <source>Last error</source>
        <translation>Соңғы қате</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>Табыс етілді</translation>
    </message>
</context>
<context>
    <name>NotificationsView</name>
    <message>
        <source>To deliver by hand</source>
        <extracomment>The tabs, in order: the view of the outbox each shows.</extracomment>
        <translation>Қолма-қол табыс ету</translation>
    </message>
    <message>
        <source>Needs attention</source>
        <translation>Назар аудару керек</translation>
    </message>
    <message>
        <source>Waiting to be sent</source>
        <translation>Жіберуді күтуде</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Жіберілгендер</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>Жеткізілгендер</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Барлығы</translation>
    </message>
    <message>
        <source>&amp;Send e-mails now</source>
        <translation>Хаттарды қазір &amp;жіберу</translation>
    </message>
    <message>
        <source>Send the e-mails that are due, in the background</source>
        <translation>Жіберу мерзімі жеткен электрондық хаттарды фондық режимде жіберу</translation>
    </message>
    <message>
        <source>&amp;Resend…</source>
        <translation>&amp;Қайта жіберу…</translation>
    </message>
    <message>
        <source>&amp;Mark delivered…</source>
        <translation>Табыс етілгенін бел&amp;гілеу…</translation>
    </message>
    <message>
        <source>&amp;Print letters…</source>
        <translation>Хаттарды &amp;басып шығару…</translation>
    </message>
    <message>
        <source>The letters of the selected rows in one PDF</source>
        <translation>Таңдалған жолдардың хаттары бір PDF файлында</translation>
    </message>
    <message>
        <source>&amp;Export SMS file…</source>
        <translation>SMS файлын &amp;экспорттау…</translation>
    </message>
    <message>
        <source>&amp;Import SMS report…</source>
        <translation>SMS есебін &amp;импорттау…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Болдырмау</translation>
    </message>
    <message>
        <source>The applicant could not be reached by e-mail or SMS: print the letter, hand it over and mark it delivered with the date.</source>
        <translation>Өтініш берушіге электрондық пошта немесе SMS арқылы хабарлау мүмкін болмады: хатты басып шығарып, табыс етіңіз және табыс етілген күнін белгілеңіз.</translation>
    </message>
    <message>
        <source>Uncertain sends (check with the applicant, then mark delivered or resend) and channels that failed.</source>
        <translation>Жеткізілуі күмәнді хабарламалар (өтініш берушіден анықтап, табыс етілгенін белгілеңіз немесе қайта жіберіңіз) және жеткізілмеген арналар.</translation>
    </message>
    <message numerus="yes">
        <source>Notifications: %Ln</source>
        <translation>
            <numerusform>Хабарламалар: %Ln</numerusform>
            <numerusform>Хабарламалар: %Ln</numerusform>
        </translation>
    </message>
    <message>
        <source>Stopping after the current messages…</source>
        <translation>Ағымдағы хаттардан кейін тоқтатылады…</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Болдырылды.</translation>
    </message>
    <message>
        <source>Notifications</source>
        <translation>Хабарламалар</translation>
    </message>
    <message>
        <source>E-mail {0} of {1}</source>
        <translation>Хат {0} / {1}</translation>
    </message>
    <message>
        <source>No mail server is set up: nothing was sent. An administrator enters it in Administration.</source>
        <translation>Пошта сервері бапталмаған: ештеңе жіберілмеді. Оны әкімші «Әкімшілендіру» бөлімінде енгізеді.</translation>
    </message>
    <message>
        <source>Send e-mails</source>
        <translation>Хаттарды жіберу</translation>
    </message>
    <message>
        <source>Open Administration now?</source>
        <translation>«Әкімшілендіру» бөлімін қазір ашу керек пе?</translation>
    </message>
    <message>
        <source>Sent: {0}</source>
        <translation>Жіберілді: {0}</translation>
    </message>
    <message>
        <source>to try again later: {0}</source>
        <translation>кейінірек қайталанады: {0}</translation>
    </message>
    <message>
        <source>refused (moved to SMS or delivery by hand): {0}</source>
        <translation>қабылданбады (SMS-ке немесе қолма-қол табыс етуге ауыстырылды): {0}</translation>
    </message>
    <message>
        <source>uncertain: {0}</source>
        <translation>күмәнді: {0}</translation>
    </message>
    <message>
        <source>Sending was stopped.</source>
        <translation>Жіберу тоқтатылды.</translation>
    </message>
    <message>
        <source>The mail server could not be used: {0}</source>
        <translation>Пошта серверін пайдалану мүмкін болмады: {0}</translation>
    </message>
    <message>
        <source>Resend</source>
        <translation>Қайта жіберу</translation>
    </message>
    <message>
        <source>Send the notification of {0} again? Do this only after checking with the applicant that it did not arrive: they may get it twice.</source>
        <translation>{0} хабарламасын қайта жіберу керек пе? Мұны өтініш берушіден хабарламаның келмегенін анықтағаннан кейін ғана жасаңыз: ол оны екі рет алуы мүмкін.</translation>
    </message>
    <message>
        <source>Will be sent again: {0}</source>
        <translation>Қайта жіберіледі: {0}</translation>
    </message>
    <message>
        <source>Marked delivered: {0}</source>
        <translation>Табыс етілді деп белгіленді: {0}</translation>
    </message>
    <message>
        <source>Not done: {0} ({1})</source>
        <translation>Орындалмады: {0} ({1})</translation>
    </message>
    <message>
        <source>Save the letters</source>
        <translation>Хаттарды сақтау</translation>
    </message>
    <message numerus="yes">
        <source>%n letter(s) saved to {0}.</source>
        <translation>
            <numerusform>%n хат {0} файлына сақталды.</numerusform>
            <numerusform>%n хат {0} файлына сақталды.</numerusform>
        </translation>
    </message>
    <message>
        <source>Save the SMS file for the gateway</source>
        <translation>Шлюзге арналған SMS файлын сақтау</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV файлдары (*.csv)</translation>
    </message>
    <message>
        <source>No SMS is due: no file was written.</source>
        <translation>Жіберілетін SMS жоқ: файл жазылмады.</translation>
    </message>
    <message numerus="yes">
        <source>%n SMS written to {0}: hand the file to the operator&apos;s bulk SMS service.</source>
        <translation>
            <numerusform>{0} файлына %n SMS жазылды: файлды оператордың жаппай SMS жіберу қызметіне беріңіз.</numerusform>
            <numerusform>{0} файлына %n SMS жазылды: файлды оператордың жаппай SMS жіберу қызметіне беріңіз.</numerusform>
        </translation>
    </message>
    <message>
        <source>The SMS operator&apos;s delivery report</source>
        <translation>SMS операторының жеткізу туралы есебі</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt)</source>
        <translation>CSV файлдары (*.csv *.txt)</translation>
    </message>
    <message>
        <source>Delivered: {0}</source>
        <translation>Жеткізілді: {0}</translation>
    </message>
    <message>
        <source>not delivered (now to deliver by hand): {0}</source>
        <translation>жеткізілмеді (енді қолма-қол табыс ету керек): {0}</translation>
    </message>
    <message>
        <source>still on the way: {0}</source>
        <translation>әлі жолда: {0}</translation>
    </message>
    <message>
        <source>not ours: {0}</source>
        <translation>біздікі емес: {0}</translation>
    </message>
    <message>
        <source>recorded before: {0}</source>
        <translation>бұрын жазылған: {0}</translation>
    </message>
</context>
<context>
    <name>ReasonDialog</name>
    <message>
        <source>Register {0} ({1})? The specialist enters the registry today and gets a registry number.</source>
        <translation>{0} ({1}) тізілімге енгізілсін бе? Маман бүгін тізілімге енгізіліп, тіркеу нөмірін алады.</translation>
    </message>
    <message>
        <source>Return {0} ({1}) for revision. Choose at least one ground (p.9 of the Rules).</source>
        <translation>{0} ({1}) өтінімін пысықтауға қайтару. Кемінде бір негізді таңдаңыз (Қағидалардың 9-тармағы).</translation>
    </message>
    <message>
        <source>Grounds</source>
        <translation>Негіздер</translation>
    </message>
    <message>
        <source>Comment:</source>
        <translation>Түсініктеме:</translation>
    </message>
    <message>
        <source>The decision is late (due {0}). The cause of the delay:</source>
        <translation>Шешім мерзімі өткен соң қабылданады (мерзімі {0}). Кешігу себебі:</translation>
    </message>
    <message>
        <source>Refuse {0} ({1}). Choose at least one ground (p.9 of the Rules). The applicant may appeal the refusal in the manner set by the Administrative Procedural and Process Code of the Republic of Kazakhstan; the letter says so.</source>
        <translation>{0} ({1}) өтінімі бойынша бас тарту. Кемінде бір негізді таңдаңыз (Қағидалардың 9-тармағы). Өтініш беруші бас тартуға Қазақстан Республикасының Әкімшілік рәсімдік-процестік кодексінде белгіленген тәртіппен шағым жасай алады; хабарламада бұл көрсетіледі.</translation>
    </message>
    <message>
        <source>The letter the applicant will get (Kazakh and Russian):</source>
        <translation>Өтініш беруші алатын хабарлама (қазақ және орыс тілдерінде):</translation>
    </message>
    <message>
        <source>Fields and documents to correct (optional; each with a short note):</source>
        <translation>Түзетілуі қажет мәліметтер мен құжаттар (міндетті емес; әрқайсысына қысқа ескертпе жазуға болады):</translation>
    </message>
    <message>
        <source>Recommendation — {0}</source>
        <translation>Ұсыным — {0}</translation>
    </message>
    <message>
        <source>Your recommendation on {0} ({1}) for the administrator, who decides. For a return or a refusal choose at least one ground (p.9 of the Rules).</source>
        <translation>{0} ({1}) бойынша әкімшіге арналған ұсынымыңыз; шешімді әкімші қабылдайды. Қайтару немесе бас тарту үшін кемінде бір негізді таңдаңыз (Қағидалардың 9-тармағы).</translation>
    </message>
    <message>
        <source>Note for the administrator:</source>
        <translation>Әкімшіге арналған ескертпе:</translation>
    </message>
    <message>
        <source>Recommend</source>
        <translation>Ұсыну</translation>
    </message>
    <message>
        <source>Choose at least one ground.</source>
        <translation>Кемінде бір негізді таңдаңыз.</translation>
    </message>
    <message>
        <source>Say why the decision is late.</source>
        <translation>Шешімнің кешігу себебін көрсетіңіз.</translation>
    </message>
    <message>
        <source>The letter appears here once a ground is chosen.</source>
        <translation>Негіз таңдалғанда хабарлама осы жерде көрсетіледі.</translation>
    </message>
    <message>
        <source>Ask an administrator to fill in your full name and position (Administration → Users).</source>
        <translation>Әкімшіден сіздің толық аты-жөніңіз бен лауазымыңызды толтыруды сұраңыз (Әкімшілендіру → Пайдаланушылар).</translation>
    </message>
</context>
<context>
    <name>RecommendSaver</name>
    <message>
        <source>Saving the recommendation…</source>
        <translation>Ұсыным сақталуда…</translation>
    </message>
    <message>
        <source>Recommendation on {0} saved.</source>
        <translation>{0} бойынша ұсыным сақталды.</translation>
    </message>
    <message>
        <source>The recommendation was not saved</source>
        <translation>Ұсыным сақталмады</translation>
    </message>
</context>
<context>
    <name>RegistryModel</name>
    <message>
        <source>Registry No.</source>
        <translation>Тіркеу №</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Т.А.Ә.</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Облыс</translation>
    </message>
    <message>
        <source>Profession</source>
        <translation>Кәсіп</translation>
    </message>
    <message>
        <source>Included</source>
        <translation>Енгізілді</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Келісім</translation>
    </message>
    <message>
        <source>Excluded</source>
        <translation>Шығарылды</translation>
    </message>
    <message>
        <source>Application</source>
        <translation>Өтінім</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>иә</translation>
    </message>
    <message>
        <source>no</source>
        <translation>жоқ</translation>
    </message>
</context>
<context>
    <name>RegistryView</name>
    <message>
        <source>Search: name, IIN or application number</source>
        <translation>Іздеу: аты-жөні, ЖСН немесе өтінім нөмірі</translation>
    </message>
    <message>
        <source>All regions</source>
        <translation>Барлық облыстар</translation>
    </message>
    <message>
        <source>All professions</source>
        <translation>Барлық кәсіптер</translation>
    </message>
    <message>
        <source>Included:</source>
        <translation>Енгізілген күні:</translation>
    </message>
    <message>
        <source>Public edition (consenting only)</source>
        <translation>Жалпыға қолжетімді басылым (тек келісім бергендер)</translation>
    </message>
    <message>
        <source>Show excluded</source>
        <translation>Шығарылғандарды көрсету</translation>
    </message>
    <message>
        <source>Exclude…</source>
        <translation>Тізілімнен шығару…</translation>
    </message>
    <message>
        <source>Print / export…</source>
        <translation>Басып шығару / экспорттау…</translation>
    </message>
    <message>
        <source>Print the checked entries&apos; letters…</source>
        <translation>Белгіленгендердің хабарламалары…</translation>
    </message>
    <message>
        <source>Check entries with their boxes, or select them (Shift, Ctrl) and press Space</source>
        <translation>Жазбаларды белгілеу өрісімен белгілеңіз немесе оларды таңдап (Shift, Ctrl), Бос орын пернесін басыңыз</translation>
    </message>
    <message numerus="yes">
        <source>Checked: %n</source>
        <translation>
            <numerusform>Белгіленді: %n</numerusform>
            <numerusform>Белгіленді: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Entries: %Ln+ (counting…)</source>
        <translation>
            <numerusform>Жазбалар: %Ln+ (саналуда…)</numerusform>
            <numerusform>Жазбалар: %Ln+ (саналуда…)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Entries: %Ln</source>
        <translation>
            <numerusform>Жазбалар: %Ln</numerusform>
            <numerusform>Жазбалар: %Ln</numerusform>
        </translation>
    </message>
    <message>
        <source>Exclude from the registry</source>
        <translation>Тізілімнен шығару</translation>
    </message>
    <message>
        <source>Reason for excluding No. {0} ({1}):</source>
        <translation>№ {0} ({1}) шығару себебі:</translation>
    </message>
    <message>
        <source>Registry</source>
        <translation>Тізілім</translation>
    </message>
</context>
<context>
    <name>ReleaseDialog</name>
    <message>
        <source>Release the hold — {0}</source>
        <translation>Өтінімді босату — {0}</translation>
    </message>
    <message>
        <source>{0} is working on application {1}. Release it so that someone else can take it? {0} will be told, with your reason.</source>
        <translation>{1} өтінімімен {0} жұмыс істеп жатыр. Басқа біреу ала алуы үшін өтінімді босату керек пе? {0} бұл туралы себебіңізбен бірге хабардар болады.</translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation>Себебі:</translation>
    </message>
    <message>
        <source>Release</source>
        <translation>Босату</translation>
    </message>
</context>
<context>
    <name>Renderer</name>
    <message>
        <source>was: {0}</source>
        <translation>бұрын: {0}</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>өзгерді</translation>
    </message>
    <message>
        <source>Fields changed since the previous revision are highlighted.</source>
        <translation>Алдыңғы редакциядан бері өзгерген өрістер белгіленген.</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Маман</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Тегі</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Аты</translation>
    </message>
    <message>
        <source>Middle name</source>
        <translation>Әкесінің аты</translation>
    </message>
    <message>
        <source>IIN</source>
        <translation>ЖСН</translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation>Туған күні</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Байланыс деректері</translation>
    </message>
    <message>
        <source>Mobile phone</source>
        <translation>Ұялы телефон</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Электрондық пошта</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Тұратын мекенжайы</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Облыс</translation>
    </message>
    <message>
        <source>Settlement</source>
        <translation>Елді мекен</translation>
    </message>
    <message>
        <source>Registration address</source>
        <translation>Тіркелген мекенжайы</translation>
    </message>
    <message>
        <source>Profession and experience</source>
        <translation>Кәсібі және жұмыс өтілі</translation>
    </message>
    <message>
        <source>Profession</source>
        <translation>Кәсіп</translation>
    </message>
    <message>
        <source>Experience in special social services</source>
        <translation>Арнаулы әлеуметтік көрсетілетін қызметтерді ұсыну саласындағы жұмыс өтілі</translation>
    </message>
    <message numerus="yes">
        <source>%n year(s)</source>
        <translation>
            <numerusform>%n жыл</numerusform>
            <numerusform>%n жыл</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n month(s)</source>
        <translation>
            <numerusform>%n ай</numerusform>
            <numerusform>%n ай</numerusform>
        </translation>
    </message>
    <message>
        <source>Education</source>
        <translation>Білімі туралы мәліметтер</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Білім деңгейі</translation>
    </message>
    <message>
        <source>Institution</source>
        <translation>Оқу орнының атауы</translation>
    </message>
    <message>
        <source>Start date</source>
        <translation>Басталған күні</translation>
    </message>
    <message>
        <source>End date</source>
        <translation>Аяқталған күні</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Білімі туралы құжат</translation>
    </message>
    <message>
        <source>Employment</source>
        <translation>Еңбек қызметі туралы мәліметтер</translation>
    </message>
    <message>
        <source>Organization</source>
        <translation>Ұйымның атауы</translation>
    </message>
    <message>
        <source>BIN</source>
        <translation>БСН</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Лауазымы</translation>
    </message>
    <message>
        <source>current job</source>
        <translation>қазіргі жұмыс орны</translation>
    </message>
    <message>
        <source>Qualification category</source>
        <translation>Біліктілік санаты</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Санаты</translation>
    </message>
    <message>
        <source>Date assigned</source>
        <translation>Берілген күні</translation>
    </message>
    <message>
        <source>Attestation commission</source>
        <translation>Аттестаттау комиссиясы</translation>
    </message>
    <message>
        <source>Consent to publication</source>
        <translation>Жариялауға келісім</translation>
    </message>
    <message>
        <source>The specialist CONSENTS to publication in the public registry.</source>
        <translation>Маман жалпыға қолжетімді тізілімде жариялауға КЕЛІСІМ БЕРГЕН.</translation>
    </message>
    <message>
        <source>The specialist does NOT consent to publication: only the full registry edition will show this entry.</source>
        <translation>Маман жариялауға келісім БЕРМЕГЕН: бұл жазба тек тізілімнің толық басылымында көрсетіледі.</translation>
    </message>
    <message>
        <source>Registry</source>
        <translation>Тізілім</translation>
    </message>
    <message>
        <source>Registry number</source>
        <translation>Тіркеу нөмірі</translation>
    </message>
    <message>
        <source>Included on</source>
        <translation>Тізілімге енгізілген күні</translation>
    </message>
    <message>
        <source>Excluded on</source>
        <translation>Шығарылған күні</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Қабылданды</translation>
    </message>
</context>
<context>
    <name>ReviewView</name>
    <message>
        <source>← Back to the list</source>
        <translation>← Тізімге оралу</translation>
    </message>
    <message>
        <source>Register</source>
        <translation>Тізілімге енгізу</translation>
    </message>
    <message>
        <source>Return for revision</source>
        <translation>Пысықтауға қайтару</translation>
    </message>
    <message>
        <source>Refuse</source>
        <translation>Бас тарту</translation>
    </message>
    <message>
        <source>Recommend…</source>
        <translation>Ұсыным беру…</translation>
    </message>
    <message>
        <source>Loading {0}…</source>
        <translation>{0} жүктелуде…</translation>
    </message>
    <message>
        <source>, due {0}</source>
        <translation>, мерзімі {0}</translation>
    </message>
    <message>
        <source>Status: {0}; revision {1}</source>
        <translation>Мәртебесі: {0}; {1}-редакция</translation>
    </message>
    <message>
        <source>Application</source>
        <translation>Өтінім</translation>
    </message>
    <message>
        <source>Duplicates ({0})</source>
        <translation>Қайталанулар ({0})</translation>
    </message>
    <message>
        <source>History ({0})</source>
        <translation>Тарихы ({0})</translation>
    </message>
    <message>
        <source>Decisions are disabled while {0} holds it.</source>
        <translation>{0} бұл өтініммен жұмыс істеп жатқанда шешім қабылдау мүмкін емес.</translation>
    </message>
    <message>
        <source>Only an administrator decides on applications.</source>
        <translation>Өтінімдер бойынша шешімді тек әкімші қабылдайды.</translation>
    </message>
    <message>
        <source>Decided: {0}</source>
        <translation>Шешім қабылданды: {0}</translation>
    </message>
    <message>
        <source>Correct…</source>
        <translation>Түзету…</translation>
    </message>
    <message>
        <source>Correct the data of this undecided application (a paper entry&apos;s typo)</source>
        <translation>Шешім қабылданбаған осы өтінімнің деректерін түзету (қағаз өтінімді енгізудегі қате)</translation>
    </message>
    <message>
        <source>You cannot decide yet: the decision&apos;s letter is signed with the full name and position of the one who decides, and your account lacks them. Ask an administrator to fill them in (Administration → Users), then open the application again.</source>
        <translation>Әзірге шешім қабылдай алмайсыз: шешім туралы хабарламаға шешім қабылдаушының толық аты-жөні мен лауазымы арқылы қол қойылады, ал сіздің есептік жазбаңызда олар жоқ. Әкімшіден оларды толтыруды сұраңыз (Әкімшілендіру → Пайдаланушылар), содан кейін өтінімді қайта ашыңыз.</translation>
    </message>
    <message>
        <source>The letter cannot be signed</source>
        <translation>Хабарламаға қол қою мүмкін емес</translation>
    </message>
    <message>
        <source>Saving the decision…</source>
        <translation>Шешім сақталуда…</translation>
    </message>
    <message>
        <source>{0} registered: registry number {1}.</source>
        <translation>{0} тізілімге енгізілді: тіркеу нөмірі {1}.</translation>
    </message>
    <message>
        <source>{0}: {1}.</source>
        <translation>{0}: {1}.</translation>
    </message>
    <message>
        <source>Your hold was released: the decision was not saved</source>
        <translation>Өтінім сізден босатылды: шешім сақталмады</translation>
    </message>
    <message>
        <source>Someone else holds it: the decision was not saved</source>
        <translation>Өтініммен басқа пайдаланушы жұмыс істеп жатыр: шешім сақталмады</translation>
    </message>
    <message>
        <source>The decision was not saved</source>
        <translation>Шешім сақталмады</translation>
    </message>
</context>
<context>
    <name>RowGroup</name>
    <message>
        <source>— choose —</source>
        <translation>— таңдаңыз —</translation>
    </message>
    <message>
        <source>Remove this row</source>
        <translation>Бұл жолды жою</translation>
    </message>
    <message>
        <source>dd.mm.yyyy</source>
        <translation>кк.аа.жжжж</translation>
    </message>
</context>
<context>
    <name>SavedFilters</name>
    <message>
        <source>Saved filters</source>
        <translation>Сақталған сүзгілер</translation>
    </message>
    <message>
        <source>Save filter</source>
        <translation>Сүзгіні сақтау</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Атауы:</translation>
    </message>
</context>
<context>
    <name>SecurityTab</name>
    <message>
        <source>Lock the screen after idle minutes:</source>
        <extracomment>setting name → its spin box label (the ranges come from models.settings.LIMITS)</extracomment>
        <translation>Әрекетсіз неше минуттан кейін экран құлыпталады:</translation>
    </message>
    <message>
        <source>A hold on an application expires after idle minutes:</source>
        <translation>Өтінім әрекетсіз неше минуттан кейін жұмыстан босатылады:</translation>
    </message>
    <message>
        <source>Failed sign-in attempts before the account locks:</source>
        <translation>Тіркелгі бұғатталғанға дейінгі сәтсіз кіру әрекеттері:</translation>
    </message>
    <message>
        <source>The account stays locked for minutes:</source>
        <translation>Тіркелгі неше минутқа бұғатталады:</translation>
    </message>
    <message>
        <source>These settings apply to every workstation of this database.</source>
        <translation>Бұл баптаулар осы дерекқордың барлық жұмыс орындарына қолданылады.</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Сақтау</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Сақталды.</translation>
    </message>
</context>
<context>
    <name>SessionGuard</name>
    <message>
        <source>Locked</source>
        <extracomment>the idle lock until the shared setting has been read a fixed idle time (tests, scripts) instead of the shared setting</extracomment>
        <translation>Құлыпталған</translation>
    </message>
    <message>
        <source>Only {0} can unlock this window. To work as {1}, sign {0} out first (unsaved input is lost).</source>
        <translation>Бұл терезенің құлпын тек {0} аша алады. {1} ретінде жұмыс істеу үшін алдымен {0} жүйеден шығуы керек (сақталмаған деректер жоғалады).</translation>
    </message>
    <message>
        <source>Only {0} can unlock this window.</source>
        <translation>Бұл терезенің құлпын тек {0} аша алады.</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>Жүйеден шығу (пайдаланушыны ауыстыру)</translation>
    </message>
    <message>
        <source>Sign {0} out? Unsaved input in this window is lost.</source>
        <translation>{0} жүйеден шығарылсын ба? Осы терезедегі сақталмаған деректер жоғалады.</translation>
    </message>
</context>
<context>
    <name>SessionsTab</name>
    <message>
        <source>User</source>
        <extracomment>a session and its user&apos;s role (&quot;&quot; for a user no longer listed)</extracomment>
        <translation>Пайдаланушы</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Рөл</translation>
    </message>
    <message>
        <source>Workstation</source>
        <translation>Жұмыс орны</translation>
    </message>
    <message>
        <source>Signed in at</source>
        <translation>Кірген уақыты</translation>
    </message>
    <message>
        <source>Last seen</source>
        <translation>Соңғы әрекет</translation>
    </message>
    <message>
        <source>Who is signed in where (sessions seen in the last 12 hours).</source>
        <translation>Кім қай жерде жүйеде (соңғы 12 сағаттағы сеанстар).</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Жаңарту</translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <source>Read-only workstation</source>
        <translation>Тек оқуға арналған жұмыс орны</translation>
    </message>
    <message>
        <source>The database cannot be written from this workstation (a read-only file or connection, a full disk, or a long lock). You can look up and print, but decisions and other changes will be refused, and this sign-in is not in the audit log.</source>
        <translation>Бұл жұмыс орнынан дерекқорға жазу мүмкін емес (тек оқуға арналған файл не қосылым, диск толы немесе ұзақ бұғаттау). Іздеуге және басып шығаруға болады, бірақ шешімдер мен басқа өзгерістер қабылданбайды, ал бұл кіру аудит журналына жазылмайды.</translation>
    </message>
    <message>
        <source>Tizilim — sign in</source>
        <translation>Tizilim — кіру</translation>
    </message>
    <message>
        <source>Registry of specialists who provide special social services</source>
        <translation>Арнаулы әлеуметтік қызметтер көрсететін мамандардың тізілімі</translation>
    </message>
    <message>
        <source>Login:</source>
        <translation>Логин:</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>Құпиясөз:</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>Тіл:</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Кіру</translation>
    </message>
    <message>
        <source>Enter your login and password.</source>
        <translation>Логин мен құпиясөзді енгізіңіз.</translation>
    </message>
    <message>
        <source>Cannot open the database. Check that the database file or server is available and try again; ask your administrator if it persists.</source>
        <translation>Дерекқорды ашу мүмкін емес. Дерекқор файлының немесе сервердің қолжетімді екенін тексеріп, қайталап көріңіз; қате қайталанса, әкімшіге хабарласыңыз.</translation>
    </message>
</context>
<context>
    <name>StatisticsPanel</name>
    <message>
        <source>not given</source>
        <extracomment>what a click asks for: (&quot;decided&quot; | &quot;received&quot;, {drill fields}) or (&quot;worklist&quot;, {filter})</extracomment>
        <translation>көрсетілмеген</translation>
    </message>
    <message>
        <source>By region (the table for the Ministry)</source>
        <translation>Облыстар бойынша (Министрлікке арналған кесте)</translation>
    </message>
    <message>
        <source>Point at a bar for the ground&apos;s wording</source>
        <translation>Негіздің мәтінін көру үшін бағанға меңзерді апарыңыз</translation>
    </message>
    <message>
        <source>Late decisions and the causes of the delay</source>
        <translation>Мерзімі бұзылып қабылданған шешімдер және кешігу себептері</translation>
    </message>
    <message>
        <source>received ({0} after a return)</source>
        <translation>түсті (оның ішінде қайтарудан кейін: {0})</translation>
    </message>
    <message>
        <source>decided</source>
        <translation>шешім қабылданды</translation>
    </message>
    <message>
        <source>on time ({0} decisions)</source>
        <translation>мерзімінде (шешімдер: {0})</translation>
    </message>
    <message>
        <source>late</source>
        <translation>мерзімі бұзылып</translation>
    </message>
    <message>
        <source>working days to a decision:
median / 90th percentile</source>
        <translation>шешімге дейінгі жұмыс күндері:
медиана / 90-процентиль</translation>
    </message>
    <message>
        <source>awaiting a decision now</source>
        <translation>қазір шешім күтуде</translation>
    </message>
    <message>
        <source>overdue now</source>
        <translation>қазір мерзімі өткен</translation>
    </message>
    <message>
        <source>due today</source>
        <translation>мерзімі бүгін бітеді</translation>
    </message>
    <message>
        <source>in the registry at the period&apos;s end</source>
        <translation>кезең соңында тізілімде</translation>
    </message>
    <message>
        <source>of them in the public edition</source>
        <translation>оның ішінде жалпыға қолжетімді басылымда</translation>
    </message>
    <message>
        <source>Decisions by kind and timeliness</source>
        <translation>Шешімдер түрлері және мерзімі бойынша</translation>
    </message>
    <message>
        <source>On time</source>
        <translation>Мерзімінде</translation>
    </message>
    <message>
        <source>Late</source>
        <translation>Мерзімі бұзылып</translation>
    </message>
    <message>
        <source>Decisions</source>
        <translation>Шешімдер</translation>
    </message>
    <message>
        <source>Decisions by ground of p.9</source>
        <translation>Шешімдер 9-тармақтың негіздері бойынша</translation>
    </message>
    <message>
        <source>By region</source>
        <translation>Облыстар бойынша</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Түсті</translation>
    </message>
    <message>
        <source>Decided</source>
        <translation>Шешім қабылданды</translation>
    </message>
    <message>
        <source>Overdue now</source>
        <translation>Қазір мерзімі өткен</translation>
    </message>
    <message>
        <source>By reviewer</source>
        <translation>Қараушылар бойынша</translation>
    </message>
    <message>
        <source>Working days from receipt to decision</source>
        <translation>Қабылданған күннен шешімге дейінгі жұмыс күндері</translation>
    </message>
    <message>
        <source>1st</source>
        <translation>1-ші</translation>
    </message>
    <message>
        <source>2nd</source>
        <translation>2-ші</translation>
    </message>
    <message>
        <source>3rd or later</source>
        <translation>3-ші және одан кейінгі</translation>
    </message>
    <message>
        <source>Returns for revision and resubmissions</source>
        <translation>Пысықтауға қайтару және қайта беру</translation>
    </message>
    <message>
        <source>Returned</source>
        <translation>Қайтарылды</translation>
    </message>
    <message>
        <source>Resubmitted</source>
        <translation>Қайта берілді</translation>
    </message>
    <message>
        <source>The registry by month</source>
        <translation>Тізілім айлар бойынша</translation>
    </message>
    <message>
        <source>Included</source>
        <translation>Енгізілді</translation>
    </message>
    <message>
        <source>Excluded</source>
        <translation>Шығарылды</translation>
    </message>
    <message>
        <source>The newest {0} of {1} late decisions.</source>
        <translation>Мерзімі бұзылған {1} шешімнің соңғы {0} шешімі көрсетілген.</translation>
    </message>
    <message>
        <source>Return for revision (p.9 2))</source>
        <translation>Пысықтауға қайтару (9-тармақтың 2) тармақшасы)</translation>
    </message>
    <message>
        <source>Refusal (p.9 3))</source>
        <translation>Бас тарту (9-тармақтың 3) тармақшасы)</translation>
    </message>
</context>
<context>
    <name>StatisticsView</name>
    <message>
        <source>This month</source>
        <translation>Осы ай</translation>
    </message>
    <message>
        <source>Last month</source>
        <translation>Өткен ай</translation>
    </message>
    <message>
        <source>This quarter</source>
        <translation>Осы тоқсан</translation>
    </message>
    <message>
        <source>Last quarter</source>
        <translation>Өткен тоқсан</translation>
    </message>
    <message>
        <source>This year</source>
        <translation>Осы жыл</translation>
    </message>
    <message>
        <source>Last year</source>
        <translation>Өткен жыл</translation>
    </message>
    <message>
        <source>Other period</source>
        <translation>Басқа кезең</translation>
    </message>
    <message>
        <source>Period:</source>
        <translation>Кезең:</translation>
    </message>
    <message>
        <source>All regions</source>
        <translation>Барлық облыстар</translation>
    </message>
    <message>
        <source>All professions</source>
        <translation>Барлық кәсіптер</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Жаңарту</translation>
    </message>
    <message>
        <source>File in Kazakh and Russian</source>
        <translation>Файл қазақ және орыс тілдерінде</translation>
    </message>
    <message>
        <source>File in Kazakh</source>
        <translation>Файл қазақ тілінде</translation>
    </message>
    <message>
        <source>File in Russian</source>
        <translation>Файл орыс тілінде</translation>
    </message>
    <message>
        <source>PDF…</source>
        <translation>PDF…</translation>
    </message>
    <message>
        <source>Excel…</source>
        <translation>Excel…</translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation>Есептелуде…</translation>
    </message>
    <message>
        <source>As of {0}; counts of the period by the day in Kazakhstan time.</source>
        <translation>{0} жағдай бойынша; кезеңнің көрсеткіштері Қазақстан уақыты бойынша күндермен есептелген.</translation>
    </message>
    <message>
        <source>Save the statistics as</source>
        <translation>Статистиканы сақтау</translation>
    </message>
    <message>
        <source>Writing {0}…</source>
        <translation>{0} жазылуда…</translation>
    </message>
    <message>
        <source>Saved: {0}</source>
        <translation>Сақталды: {0}</translation>
    </message>
    <message>
        <source>The file was not written</source>
        <translation>Файл жазылмады</translation>
    </message>
</context>
<context>
    <name>Status</name>
    <message>
        <source>Submitted</source>
        <translation>Берілді</translation>
    </message>
    <message>
        <source>Resubmitted</source>
        <translation>Қайта берілді</translation>
    </message>
    <message>
        <source>Registered</source>
        <translation>Тіркелді</translation>
    </message>
    <message>
        <source>Returned for revision</source>
        <translation>Пысықтауға қайтарылды</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Бас тартылды</translation>
    </message>
    <message>
        <source>Register</source>
        <translation>Тізілімге енгізу</translation>
    </message>
    <message>
        <source>Return for revision</source>
        <translation>Пысықтауға қайтару</translation>
    </message>
    <message>
        <source>Refuse</source>
        <translation>Бас тарту</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>Әкімші</translation>
    </message>
    <message>
        <source>Local executive body clerk</source>
        <translation>ЖАО қызметкері</translation>
    </message>
    <message>
        <source>Report viewer</source>
        <translation>Есептерді қараушы</translation>
    </message>
    <message>
        <source>in Kazakh / in Russian, e.g. Тізілім бөлімінің басшысы / Руководитель отдела реестра</source>
        <translation>қазақша / орысша, мысалы: Тізілім бөлімінің басшысы / Руководитель отдела реестра</translation>
    </message>
</context>
<context>
    <name>TemplatesTab</name>
    <message>
        <source>Letter (PDF)</source>
        <translation>Хат (PDF)</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Электрондық пошта</translation>
    </message>
    <message>
        <source>SMS</source>
        <translation>SMS</translation>
    </message>
    <message>
        <source>Kazakh</source>
        <translation>Қазақша</translation>
    </message>
    <message>
        <source>Russian</source>
        <translation>Орысша</translation>
    </message>
    <message>
        <source>Subject:</source>
        <translation>Тақырыбы:</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Алдын ала қарау</translation>
    </message>
    <message>
        <source>Save the template</source>
        <translation>Үлгіні сақтау</translation>
    </message>
    <message>
        <source>Back to the shipped template</source>
        <translation>Бастапқы үлгіге қайтару</translation>
    </message>
    <message>
        <source>Required: {0}</source>
        <translation>Міндетті: {0}</translation>
    </message>
    <message>
        <source>A return or a refusal is not sent by SMS: its reasons (and a refusal&apos;s appeal route) do not fit one. Without an e-mail it is delivered by hand.</source>
        <translation>Пысықтауға қайтару мен бас тарту SMS арқылы жіберілмейді: себептері (бас тартуда шағымдану тәртібі де) оған сыймайды. Электрондық поштасы болмаса, хабарлама қолма-қол табысталады.</translation>
    </message>
    <message>
        <source>Changed, not saved yet.</source>
        <translation>Өзгертілді, әлі сақталмады.</translation>
    </message>
    <message>
        <source>As shipped.</source>
        <translation>Бастапқы үлгі.</translation>
    </message>
    <message>
        <source>Changed by {0}.</source>
        <translation>Өзгерткен: {0}.</translation>
    </message>
    <message numerus="yes">
        <source>%n SMS segment(s)</source>
        <translation>
            <numerusform>SMS: %n бөлік</numerusform>
            <numerusform>SMS: %n бөлік</numerusform>
        </translation>
    </message>
    <message>
        <source>Not shown: the template is refused.</source>
        <translation>Көрсетілмейді: үлгі қабылданбады.</translation>
    </message>
    <message>
        <source>Saved: used for the next decisions.</source>
        <translation>Сақталды: келесі шешімдерге қолданылады.</translation>
    </message>
    <message>
        <source>Letter templates</source>
        <translation>Хат үлгілері</translation>
    </message>
    <message>
        <source>Discard the changes to this template and use the shipped one?</source>
        <translation>Осы үлгіге енгізілген өзгерістерді өшіріп, бастапқы үлгіні қолдану керек пе?</translation>
    </message>
</context>
<context>
    <name>UpgradeDialog</name>
    <message>
        <source>Upgrading the database</source>
        <translation>Дерекқорды жаңарту</translation>
    </message>
    <message>
        <source>The database is at schema {0}; this version of Tizilim needs {1}. A copy of the database is saved beside it first.</source>
        <translation>Дерекқор сұлбасы {0} нұсқасында, Tizilim-нің бұл нұсқасына {1} керек. Алдымен дерекқордың көшірмесі қасында сақталады.</translation>
    </message>
</context>
<context>
    <name>UserDialog</name>
    <message>
        <source>Login:</source>
        <translation>Логин:</translation>
    </message>
    <message>
        <source>Full name:</source>
        <translation>Тегі, аты, әкесінің аты:</translation>
    </message>
    <message>
        <source>Position (signs letters):</source>
        <translation>Лауазымы (хатқа қол қояды):</translation>
    </message>
    <message>
        <source>Role:</source>
        <translation>Рөл:</translation>
    </message>
    <message>
        <source>Region (clerks):</source>
        <translation>Облыс (ЖАО үшін):</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>Құпиясөз:</translation>
    </message>
    <message>
        <source>Repeat password:</source>
        <translation>Құпиясөзді қайталаңыз:</translation>
    </message>
    <message>
        <source>Reset password</source>
        <translation>Құпиясөзді қалпына келтіру</translation>
    </message>
    <message>
        <source>Change user {0}</source>
        <translation>{0} пайдаланушысын өзгерту</translation>
    </message>
    <message>
        <source>New user</source>
        <translation>Жаңа пайдаланушы</translation>
    </message>
    <message>
        <source>Enter a login without spaces.</source>
        <translation>Логинді бос орынсыз енгізіңіз.</translation>
    </message>
    <message>
        <source>A clerk needs a region.</source>
        <translation>ЖАО қызметкері үшін облысты таңдаңыз.</translation>
    </message>
    <message>
        <source>The password must be at least 12 characters long.</source>
        <translation>Құпиясөз кемінде 12 таңбадан тұруы керек.</translation>
    </message>
    <message>
        <source>The passwords do not match.</source>
        <translation>Құпиясөздер сәйкес келмейді.</translation>
    </message>
    <message>
        <source>Without a full name and a position this administrator cannot decide: decision letters are signed with them.</source>
        <translation>Толық аты-жөні мен лауазымы болмаса, бұл әкімші шешім қабылдай алмайды: шешім туралы хаттарға солармен қол қойылады.</translation>
    </message>
</context>
<context>
    <name>UsersTab</name>
    <message>
        <source>Login</source>
        <translation>Логин</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Т.А.Ә.</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Лауазымы</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Рөл</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Облыс</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Белсенді</translation>
    </message>
    <message>
        <source>Locked until</source>
        <translation>Бұғатталған мерзімі</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>иә</translation>
    </message>
    <message>
        <source>no</source>
        <translation>жоқ</translation>
    </message>
    <message>
        <source>New user…</source>
        <translation>Жаңа пайдаланушы…</translation>
    </message>
    <message>
        <source>Deactivate / activate</source>
        <translation>Өшіру / қосу</translation>
    </message>
    <message>
        <source>Reset password…</source>
        <translation>Құпиясөзді қалпына келтіру…</translation>
    </message>
    <message>
        <source>Change…</source>
        <translation>Өзгерту…</translation>
    </message>
</context>
<context>
    <name>Values</name>
    <message>
        <source>yes</source>
        <extracomment>one application record as stored (JSON: the DTO&apos;s ``data``, a duplicate&apos;s facts) what was read of each duplicate for the side-by-side view, by its portal id revision keys stored flat that the form (and its validation messages) keep under &quot;address&quot; the catalog behind a coded field, by the field&apos;s last name</extracomment>
        <translation>иә</translation>
    </message>
    <message>
        <source>no</source>
        <translation>жоқ</translation>
    </message>
</context>
<context>
    <name>WorkQueue</name>
    <message>
        <source>No applications are waiting.</source>
        <translation>Шешім күтіп тұрған өтінім жоқ.</translation>
    </message>
    <message>
        <source>Your hold on {0} was released by {1}: {2}</source>
        <translation>{0} өтінімін {1} әкімшісі сізден босатты: {2}</translation>
    </message>
</context>
<context>
    <name>WorklistBulk</name>
    <message>
        <source>With the checked…</source>
        <translation>Белгіленгендермен…</translation>
    </message>
    <message>
        <source>Check rows with their boxes, or select rows (Shift, Ctrl) and press Space</source>
        <translation>Жолдарды белгілеу өрісімен белгілеңіз немесе жолдарды таңдап (Shift, Ctrl), Бос орын пернесін басыңыз</translation>
    </message>
    <message>
        <source>Print a day&apos;s letters…</source>
        <translation>Бір күннің хабарламалары…</translation>
    </message>
    <message>
        <source>Take into work</source>
        <translation>Жұмысқа алу</translation>
    </message>
    <message>
        <source>Release the hold…</source>
        <translation>Жұмыстан босату…</translation>
    </message>
    <message>
        <source>Print their letters…</source>
        <translation>Хабарламаларын басып шығару…</translation>
    </message>
    <message>
        <source>Uncheck all</source>
        <translation>Барлық белгіні алу</translation>
    </message>
    <message numerus="yes">
        <source>Checked: %n</source>
        <translation>
            <numerusform>Белгіленді: %n</numerusform>
            <numerusform>Белгіленді: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n application(s): {0}</source>
        <translation>
            <numerusform>%n өтінім: {0}</numerusform>
            <numerusform>%n өтінім: {0}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{0} for %n application(s) with the same grounds and comment; each gets its own decision and letter. The letter shown is the one {1} ({2}) will get.</source>
        <translation>
            <numerusform>{0}: %n өтінім, негіздемелер мен түсініктеме бірдей; әрқайсысына жеке шешім мен хабарлама шығарылады. Төменде {1} ({2}) алатын хабарлама көрсетілген.</numerusform>
            <numerusform>{0}: %n өтінім, негіздемелер мен түсініктеме бірдей; әрқайсысына жеке шешім мен хабарлама шығарылады. Төменде {1} ({2}) алатын хабарлама көрсетілген.</numerusform>
        </translation>
    </message>
    <message>
        <source>Release the hold</source>
        <translation>Жұмыстан босату</translation>
    </message>
    <message>
        <source>Some of them are held by other users; the reason they will be told:</source>
        <translation>Кейбірімен басқа пайдаланушылар жұмыс істеп жатыр; оларға хабарланатын себеп:</translation>
    </message>
    <message>
        <source>Print a day&apos;s letters</source>
        <translation>Бір күннің хабарламаларын басып шығару</translation>
    </message>
    <message>
        <source>No decisions were made on {0}; no file was written.</source>
        <translation>{0} күні шешім қабылданбаған; файл жазылмады.</translation>
    </message>
    <message numerus="yes">
        <source>%n letter(s) saved: {0}</source>
        <translation>
            <numerusform>%n хабарлама сақталды: {0}</numerusform>
            <numerusform>%n хабарлама сақталды: {0}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WorklistModel</name>
    <message>
        <source>Number</source>
        <translation>Нөмірі</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Қабылданды</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>Қарау мерзімі</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Мәртебесі</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Облыс</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Т.А.Ә.</translation>
    </message>
    <message>
        <source>Profession</source>
        <translation>Кәсіп</translation>
    </message>
    <message>
        <source>Revision</source>
        <translation>Редакция</translation>
    </message>
    <message>
        <source>Held by</source>
        <translation>Кімде</translation>
    </message>
    <message>
        <source>Duplicates</source>
        <translation>Қайталану</translation>
    </message>
    <message>
        <source>{0} — due today</source>
        <extracomment>header clicks sort; off while the view sets up its header (a model that already reads its first page would otherwise be re-sorted by the default indicator)</extracomment>
        <translation>{0} — мерзімі бүгін</translation>
    </message>
    <message numerus="yes">
        <source>{0} — overdue by %n w.d.</source>
        <translation>
            <numerusform>{0} — %n жұм. күн кешікті</numerusform>
            <numerusform>{0} — %n жұм. күн кешікті</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{0} — %n w.d. left</source>
        <translation>
            <numerusform>{0} — %n жұм. күн қалды</numerusform>
            <numerusform>{0} — %n жұм. күн қалды</numerusform>
        </translation>
    </message>
    <message>
        <source>possible</source>
        <translation>мүмкін</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Мерзімі өткен</translation>
    </message>
    <message>
        <source>Due today</source>
        <translation>Мерзімі бүгін</translation>
    </message>
    <message>
        <source>{0} holds it since {1}</source>
        <translation>{1} бастап {0} жұмыс істеп жатыр</translation>
    </message>
</context>
<context>
    <name>WorklistView</name>
    <message>
        <source>Search: name (either script), IIN or number</source>
        <extracomment>what other modules import from here</extracomment>
        <translation>Іздеу: аты-жөні (кез келген әліпбимен), ЖСН немесе нөмір</translation>
    </message>
    <message>
        <source>Awaiting decision</source>
        <translation>Шешім күтуде</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Барлық мәртебелер</translation>
    </message>
    <message>
        <source>All regions</source>
        <translation>Барлық облыстар</translation>
    </message>
    <message>
        <source>All professions</source>
        <translation>Барлық кәсіптер</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Мерзімі өткен</translation>
    </message>
    <message>
        <source>Due today</source>
        <translation>Мерзімі бүгін</translation>
    </message>
    <message>
        <source>Received:</source>
        <translation>Қабылданған күні:</translation>
    </message>
    <message>
        <source>Save filter…</source>
        <translation>Сүзгіні сақтау…</translation>
    </message>
    <message>
        <source>Delete the saved filter</source>
        <translation>Сақталған сүзгіні жою</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Сүзгіні тазарту</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Жүктелуде…</translation>
    </message>
    <message numerus="yes">
        <source>Applications: %Ln+ (counting…)</source>
        <translation>
            <numerusform>Өтінімдер: %Ln+ (саналуда…)</numerusform>
            <numerusform>Өтінімдер: %Ln+ (саналуда…)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Applications: %Ln</source>
        <translation>
            <numerusform>Өтінімдер: %Ln</numerusform>
            <numerusform>Өтінімдер: %Ln</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WorkstationSettingsDialog</name>
    <message>
        <source>everything (for support)</source>
        <translation>бәрі (техникалық қолдау үшін)</translation>
    </message>
    <message>
        <source>usual</source>
        <translation>әдеттегі</translation>
    </message>
    <message>
        <source>warnings and errors</source>
        <translation>ескертулер мен қателер</translation>
    </message>
    <message>
        <source>errors only</source>
        <translation>тек қателер</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Баптаулар</translation>
    </message>
    <message>
        <source>the file in the user data folder</source>
        <translation>пайдаланушы деректері қалтасындағы файл</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Шолу…</translation>
    </message>
    <message>
        <source>as the administrator set</source>
        <translation>әкімші белгілегендей</translation>
    </message>
    <message>
        <source> min</source>
        <translation> мин</translation>
    </message>
    <message>
        <source>Database (file or server URL):</source>
        <translation>Дерекқор (файл немесе сервер мекенжайы):</translation>
    </message>
    <message>
        <source>Interface language:</source>
        <translation>Интерфейс тілі:</translation>
    </message>
    <message>
        <source>Lock the screen sooner, after:</source>
        <translation>Экранды ертерек құлыптау, мына уақыттан кейін:</translation>
    </message>
    <message>
        <source>Log detail:</source>
        <translation>Журналдың толықтығы:</translation>
    </message>
    <message>
        <source>A new database is used from the next start. Saved in {0}</source>
        <translation>Жаңа дерекқор келесі іске қосудан бастап қолданылады. Сақталатын орны: {0}</translation>
    </message>
    <message>
        <source>Database file</source>
        <translation>Дерекқор файлы</translation>
    </message>
    <message>
        <source>SQLite database (*.db)</source>
        <translation>SQLite дерекқоры (*.db)</translation>
    </message>
</context>
</TS>
