<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About Tizilim</source>
        <translation>О программе Tizilim</translation>
    </message>
    <message>
        <source>Tizilim {0} — the registry of specialists who provide special social services.</source>
        <translation>Tizilim {0} — реестр специалистов, оказывающих специальные социальные услуги.</translation>
    </message>
    <message>
        <source>Database: {0}, {1}</source>
        <translation>База данных: {0}, {1}</translation>
    </message>
    <message>
        <source>Schema revision: {0} (this program: {1})</source>
        <translation>Версия схемы базы: {0} (эта программа: {1})</translation>
    </message>
    <message>
        <source>Log: {0}</source>
        <translation>Журнал: {0}</translation>
    </message>
    <message>
        <source>Settings: {0}</source>
        <translation>Настройки: {0}</translation>
    </message>
</context>
<context>
    <name>AdminPage</name>
    <message>
        <source>First administrator</source>
        <translation>Первый администратор</translation>
    </message>
    <message>
        <source>Create the administrator&apos;s account. There is no default password: choose one of at least 12 characters. The full name and the position sign the decision letters.</source>
        <translation>Создайте учетную запись администратора. Пароля по умолчанию нет: выберите пароль не короче 12 символов. Уведомления о решениях подписываются полным именем и должностью.</translation>
    </message>
    <message>
        <source>Login:</source>
        <translation>Логин:</translation>
    </message>
    <message>
        <source>Full name:</source>
        <translation>ФИО:</translation>
    </message>
    <message>
        <source>Position:</source>
        <translation>Должность:</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>Пароль:</translation>
    </message>
    <message>
        <source>Repeat password:</source>
        <translation>Повторите пароль:</translation>
    </message>
    <message>
        <source>Enter a login without spaces.</source>
        <translation>Введите логин без пробелов.</translation>
    </message>
    <message>
        <source>Enter the administrator&apos;s full name and position: decision letters are signed with them.</source>
        <translation>Введите полное имя и должность администратора: ими подписываются уведомления о решениях.</translation>
    </message>
    <message>
        <source>The password must be at least 12 characters long.</source>
        <translation>Пароль должен содержать не менее 12 символов.</translation>
    </message>
    <message>
        <source>The passwords do not match.</source>
        <translation>Пароли не совпадают.</translation>
    </message>
</context>
<context>
    <name>AdminView</name>
    <message>
        <source>Signed in</source>
        <translation>В системе</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Пользователи</translation>
    </message>
    <message>
        <source>Working-day calendar</source>
        <translation>Календарь рабочих дней</translation>
    </message>
    <message>
        <source>Catalogs</source>
        <translation>Справочники</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>Журнал аудита</translation>
    </message>
    <message>
        <source>Security settings</source>
        <translation>Настройки безопасности</translation>
    </message>
    <message>
        <source>E-mail and numbers</source>
        <translation>Почта и номера</translation>
    </message>
    <message>
        <source>Letter templates</source>
        <translation>Шаблоны уведомлений</translation>
    </message>
    <message>
        <source>Administration</source>
        <translation>Администрирование</translation>
    </message>
    <message numerus="yes">
        <source>Due dates recomputed: %n</source>
        <translation>
            <numerusform>Пересчитано сроков: %n</numerusform>
            <numerusform>Пересчитано сроков: %n</numerusform>
            <numerusform>Пересчитано сроков: %n</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ApplicantHtml</name>
    <message>
        <source>Applicant</source>
        <translation>Заявитель</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Организация</translation>
    </message>
    <message>
        <source>BIN</source>
        <translation>БИН</translation>
    </message>
    <message>
        <source>Licence No.</source>
        <translation>Лицензия №</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <source>an organisation (a legal person)</source>
        <translation>организация (юридическое лицо)</translation>
    </message>
    <message>
        <source>the specialist themself (a natural person)</source>
        <translation>сам специалист (физическое лицо)</translation>
    </message>
    <message>
        <source>Registered mobile phone</source>
        <translation>Зарегистрированный мобильный телефон</translation>
    </message>
    <message>
        <source>Registered e-mail</source>
        <translation>Зарегистрированная электронная почта</translation>
    </message>
    <message>
        <source>No contact: the notification will be delivered by hand.</source>
        <translation>Контактов нет: уведомление будет вручено лично.</translation>
    </message>
    <message>
        <source>The organisation CONSENTS to publication in the public registry.</source>
        <translation>Организация ДАЛА СОГЛАСИЕ на публикацию в общедоступном реестре.</translation>
    </message>
    <message>
        <source>The organisation does NOT consent to publication: the public registry will not show this entry (p.5 needs both consents).</source>
        <translation>Организация НЕ ДАЛА СОГЛАСИЯ на публикацию: общедоступный реестр не покажет эту запись (по п.5 нужны оба согласия).</translation>
    </message>
</context>
<context>
    <name>Audit</name>
    <message>
        <source>yes</source>
        <translation>да</translation>
    </message>
    <message>
        <source>no</source>
        <translation>нет</translation>
    </message>
    <message>
        <source>access denied</source>
        <translation>отказ в доступе</translation>
    </message>
    <message>
        <source>application received</source>
        <translation>заявка принята</translation>
    </message>
    <message>
        <source>registered</source>
        <translation>зарегистрирована</translation>
    </message>
    <message>
        <source>returned for revision</source>
        <translation>возвращена на доработку</translation>
    </message>
    <message>
        <source>refused</source>
        <translation>отказано</translation>
    </message>
    <message>
        <source>resubmitted</source>
        <translation>подана повторно</translation>
    </message>
    <message>
        <source>application corrected</source>
        <translation>заявка исправлена</translation>
    </message>
    <message>
        <source>clerk&apos;s recommendation</source>
        <translation>рекомендация сотрудника МИО</translation>
    </message>
    <message>
        <source>date received changed</source>
        <translation>изменена дата поступления</translation>
    </message>
    <message>
        <source>application taken</source>
        <translation>заявка взята в работу</translation>
    </message>
    <message>
        <source>hold released</source>
        <translation>заявка освобождена</translation>
    </message>
    <message>
        <source>application viewed</source>
        <translation>заявка просмотрена</translation>
    </message>
    <message>
        <source>backup restored</source>
        <translation>резервная копия восстановлена</translation>
    </message>
    <message>
        <source>calendar day set</source>
        <translation>день календаря задан</translation>
    </message>
    <message>
        <source>calendar day removed</source>
        <translation>день календаря удалён</translation>
    </message>
    <message>
        <source>letters printed</source>
        <translation>письма напечатаны</translation>
    </message>
    <message>
        <source>signed in</source>
        <translation>вход в систему</translation>
    </message>
    <message>
        <source>failed sign-in</source>
        <translation>неудачная попытка входа</translation>
    </message>
    <message>
        <source>excluded from the registry</source>
        <translation>исключена из реестра</translation>
    </message>
    <message>
        <source>registry exported</source>
        <translation>реестр экспортирован</translation>
    </message>
    <message>
        <source>session started</source>
        <translation>сеанс начат</translation>
    </message>
    <message>
        <source>session ended</source>
        <translation>сеанс завершён</translation>
    </message>
    <message>
        <source>sessions viewed</source>
        <translation>просмотр сеансов</translation>
    </message>
    <message>
        <source>security settings changed</source>
        <translation>изменены настройки безопасности</translation>
    </message>
    <message>
        <source>user created</source>
        <translation>пользователь создан</translation>
    </message>
    <message>
        <source>user changed</source>
        <translation>пользователь изменён</translation>
    </message>
    <message>
        <source>user activated</source>
        <translation>пользователь включён</translation>
    </message>
    <message>
        <source>user deactivated</source>
        <translation>пользователь отключён</translation>
    </message>
    <message>
        <source>password reset</source>
        <translation>пароль сброшен</translation>
    </message>
    <message>
        <source>users viewed</source>
        <translation>просмотр списка пользователей</translation>
    </message>
    <message>
        <source>statistics exported</source>
        <translation>статистика выгружена</translation>
    </message>
    <message>
        <source>notification sent</source>
        <translation>уведомление отправлено</translation>
    </message>
    <message>
        <source>notification not sent, will retry</source>
        <translation>уведомление не отправлено, будет повтор</translation>
    </message>
    <message>
        <source>notification failed</source>
        <translation>уведомление не доставлено</translation>
    </message>
    <message>
        <source>notification may not have arrived</source>
        <translation>уведомление, возможно, не дошло</translation>
    </message>
    <message>
        <source>interrupted sending resumed</source>
        <translation>прерванная отправка возобновлена</translation>
    </message>
    <message>
        <source>notification delivered</source>
        <translation>уведомление вручено</translation>
    </message>
    <message>
        <source>notification to be sent again</source>
        <translation>уведомление будет отправлено повторно</translation>
    </message>
    <message>
        <source>mail settings changed</source>
        <translation>настройки почты изменены</translation>
    </message>
    <message>
        <source>test e-mail sent</source>
        <translation>отправлено проверочное письмо</translation>
    </message>
    <message>
        <source>letter template changed</source>
        <translation>шаблон уведомления изменен</translation>
    </message>
    <message>
        <source>letter template restored</source>
        <translation>шаблон уведомления восстановлен</translation>
    </message>
    <message>
        <source>letter number format changed</source>
        <translation>вид номера уведомлений изменен</translation>
    </message>
    <message>
        <source>audit log sealed</source>
        <translation>журнал аудита запечатан</translation>
    </message>
    <message>
        <source>application</source>
        <translation>заявка</translation>
    </message>
    <message>
        <source>user</source>
        <translation>пользователь</translation>
    </message>
    <message>
        <source>registry</source>
        <translation>реестр</translation>
    </message>
    <message>
        <source>calendar</source>
        <translation>календарь</translation>
    </message>
    <message>
        <source>session</source>
        <translation>сеанс</translation>
    </message>
    <message>
        <source>settings</source>
        <translation>настройки</translation>
    </message>
    <message>
        <source>registry entry</source>
        <translation>запись реестра</translation>
    </message>
    <message>
        <source>decision</source>
        <translation>решение</translation>
    </message>
    <message>
        <source>database</source>
        <translation>база данных</translation>
    </message>
    <message>
        <source>audit log</source>
        <translation>журнал аудита</translation>
    </message>
    <message>
        <source>notification</source>
        <translation>уведомление</translation>
    </message>
    <message>
        <source>template</source>
        <translation>шаблон</translation>
    </message>
    <message>
        <source>statistics</source>
        <translation>статистика</translation>
    </message>
    <message>
        <source>full</source>
        <translation>полное</translation>
    </message>
    <message>
        <source>public</source>
        <translation>публичное</translation>
    </message>
    <message>
        <source>Kazakh</source>
        <translation>Казахский</translation>
    </message>
    <message>
        <source>Russian</source>
        <translation>Русский</translation>
    </message>
    <message>
        <source>Kazakh and Russian</source>
        <translation>Казахский и русский</translation>
    </message>
    <message>
        <source>status</source>
        <extracomment>audit keys that are not form fields</extracomment>
        <translation>статус</translation>
    </message>
    <message>
        <source>revision</source>
        <translation>редакция</translation>
    </message>
    <message>
        <source>registry number</source>
        <translation>регистрационный номер</translation>
    </message>
    <message>
        <source>reasons</source>
        <translation>причины</translation>
    </message>
    <message>
        <source>comment</source>
        <translation>комментарий</translation>
    </message>
    <message>
        <source>reason</source>
        <translation>причина</translation>
    </message>
    <message>
        <source>login</source>
        <translation>логин</translation>
    </message>
    <message>
        <source>role</source>
        <translation>роль</translation>
    </message>
    <message>
        <source>region</source>
        <translation>регион</translation>
    </message>
    <message>
        <source>full name</source>
        <translation>ФИО</translation>
    </message>
    <message>
        <source>active</source>
        <translation>активен</translation>
    </message>
    <message>
        <source>day</source>
        <translation>день</translation>
    </message>
    <message>
        <source>kind</source>
        <translation>вид</translation>
    </message>
    <message>
        <source>date received</source>
        <translation>дата поступления</translation>
    </message>
    <message>
        <source>as of</source>
        <translation>по состоянию на</translation>
    </message>
    <message>
        <source>held by</source>
        <translation>в работе у</translation>
    </message>
    <message>
        <source>workstation</source>
        <translation>рабочее место</translation>
    </message>
    <message>
        <source>note</source>
        <translation>примечание</translation>
    </message>
    <message>
        <source>what</source>
        <translation>что</translation>
    </message>
    <message>
        <source>message</source>
        <translation>сообщение</translation>
    </message>
    <message>
        <source>attempt</source>
        <translation>попытка</translation>
    </message>
    <message>
        <source>locked</source>
        <translation>заблокирован</translation>
    </message>
    <message>
        <source>locked until</source>
        <translation>заблокирован до</translation>
    </message>
    <message>
        <source>excluded on</source>
        <translation>дата исключения</translation>
    </message>
    <message>
        <source>count</source>
        <translation>количество</translation>
    </message>
    <message>
        <source>edition</source>
        <translation>издание</translation>
    </message>
    <message>
        <source>language</source>
        <translation>язык</translation>
    </message>
    <message>
        <source>working day</source>
        <translation>рабочий день</translation>
    </message>
    <message>
        <source>applications</source>
        <translation>заявки</translation>
    </message>
    <message>
        <source>position</source>
        <translation>должность</translation>
    </message>
    <message>
        <source>channel</source>
        <translation>канал</translation>
    </message>
    <message>
        <source>outcome</source>
        <translation>результат</translation>
    </message>
    <message>
        <source>detail</source>
        <translation>подробности</translation>
    </message>
    <message>
        <source>delivered on</source>
        <translation>дата вручения</translation>
    </message>
    <message>
        <source>by hand</source>
        <translation>нарочно</translation>
    </message>
    <message>
        <source>next channel</source>
        <translation>следующий канал</translation>
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
        <translation>защита</translation>
    </message>
    <message>
        <source>sender</source>
        <translation>отправитель</translation>
    </message>
    <message>
        <source>password stored</source>
        <translation>пароль сохранен</translation>
    </message>
    <message>
        <source>password changed</source>
        <translation>пароль изменен</translation>
    </message>
    <message>
        <source>to</source>
        <translation>кому</translation>
    </message>
    <message>
        <source>succeeded</source>
        <translation>успешно</translation>
    </message>
    <message>
        <source>subject</source>
        <translation>тема</translation>
    </message>
    <message>
        <source>text</source>
        <translation>текст</translation>
    </message>
    <message>
        <source>format</source>
        <translation>вид</translation>
    </message>
    <message>
        <source>events</source>
        <translation>события</translation>
    </message>
    <message>
        <source>not sealed before</source>
        <translation>не были запечатаны</translation>
    </message>
    <message>
        <source>first not sealed</source>
        <translation>первое незапечатанное</translation>
    </message>
    <message>
        <source>key</source>
        <translation>ключ</translation>
    </message>
</context>
<context>
    <name>AuditFindings</name>
    <message>
        <source>Application {subject} is not in the audit log: it was added outside the program.</source>
        <translation>Заявки {subject} нет в журнале аудита: она добавлена вне программы.</translation>
    </message>
    <message>
        <source>Application {subject}: the data say {have}, the audit log says {want}. It was changed outside the program.</source>
        <translation>Заявка {subject}: в данных {have}, в журнале аудита {want}. Она изменена вне программы.</translation>
    </message>
    <message>
        <source>Application {subject} is in the audit log but not in the data: it was deleted.</source>
        <translation>Заявка {subject} есть в журнале аудита, но нет в данных: она удалена.</translation>
    </message>
    <message>
        <source>Decision {ordinal} on application {subject}: the data say {have}, the audit log says {want}.</source>
        <translation>Решение {ordinal} по заявке {subject}: в данных {have}, в журнале аудита {want}.</translation>
    </message>
    <message>
        <source>Decision {ordinal} on application {subject} ({have}) is not in the audit log: it was added outside the program.</source>
        <translation>Решения {ordinal} по заявке {subject} ({have}) нет в журнале аудита: оно добавлено вне программы.</translation>
    </message>
    <message>
        <source>Decision {ordinal} on application {subject} ({want}) is in the audit log but missing from the data: it was deleted.</source>
        <translation>Решение {ordinal} по заявке {subject} ({want}) есть в журнале аудита, но нет в данных: оно удалено.</translation>
    </message>
    <message>
        <source>Registry entry No. {subject} is not in the audit log: it was added outside the program.</source>
        <translation>Записи реестра № {subject} нет в журнале аудита: она добавлена вне программы.</translation>
    </message>
    <message>
        <source>Registry entry No. {subject} belongs to another application than the audit log says.</source>
        <translation>Запись реестра № {subject} относится к другой заявке, чем указано в журнале аудита.</translation>
    </message>
    <message>
        <source>Registry entry No. {subject}: its exclusion differs from the audit log.</source>
        <translation>Запись реестра № {subject}: сведения об исключении расходятся с журналом аудита.</translation>
    </message>
    <message>
        <source>Registry entry No. {subject} is in the audit log but not in the data: it was deleted.</source>
        <translation>Запись реестра № {subject} есть в журнале аудита, но нет в данных: она удалена.</translation>
    </message>
    <message>
        <source>«{0}», revision {1}</source>
        <translation>«{0}», редакция {1}</translation>
    </message>
    <message>
        <source>(reasons {0})</source>
        <translation>(основания: {0})</translation>
    </message>
    <message>
        <source>revision {0}</source>
        <translation>редакция {0}</translation>
    </message>
</context>
<context>
    <name>AuditModel</name>
    <message>
        <source>not yet sealed</source>
        <translation>ещё не запечатано</translation>
    </message>
    <message>
        <source>sealed</source>
        <translation>запечатано</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>№</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Время</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Пользователь</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Роль</translation>
    </message>
    <message>
        <source>Workstation</source>
        <translation>Рабочее место</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Действие</translation>
    </message>
    <message>
        <source>Object</source>
        <translation>Объект</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Изменение</translation>
    </message>
    <message>
        <source>Seal</source>
        <translation>Запечатано</translation>
    </message>
</context>
<context>
    <name>AuditTab</name>
    <message>
        <source>Filter by action (e.g. application., login.)</source>
        <translation>Фильтр по действию (например, application., login.)</translation>
    </message>
    <message>
        <source>Verify the chain</source>
        <translation>Проверить цепочку</translation>
    </message>
    <message>
        <source>Check the data against the log</source>
        <translation>Сверить данные с журналом</translation>
    </message>
    <message>
        <source>Seal now</source>
        <translation>Запечатать сейчас</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>События</translation>
    </message>
    <message>
        <source>Signed checkpoints</source>
        <translation>Подписанные контрольные точки</translation>
    </message>
    <message>
        <source>Data check</source>
        <translation>Сверка данных</translation>
    </message>
    <message numerus="yes">
        <source>No signed checkpoint yet: %n event(s) are not sealed.</source>
        <translation>
            <numerusform>Подписанной контрольной точки ещё нет: %n событие не запечатано.</numerusform>
            <numerusform>Подписанной контрольной точки ещё нет: %n события не запечатаны.</numerusform>
            <numerusform>Подписанной контрольной точки ещё нет: %n событий не запечатаны.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n event(s) after No. {0} are not yet sealed by a signed checkpoint.</source>
        <translation>
            <numerusform>%n событие после № {0} ещё не запечатано подписанной контрольной точкой.</numerusform>
            <numerusform>%n события после № {0} ещё не запечатаны подписанной контрольной точкой.</numerusform>
            <numerusform>%n событий после № {0} ещё не запечатаны подписанной контрольной точкой.</numerusform>
        </translation>
    </message>
    <message>
        <source>Every event is sealed by a signed checkpoint (up to No. {0}).</source>
        <translation>Все события запечатаны подписанной контрольной точкой (до № {0}).</translation>
    </message>
    <message>
        <source>This workstation has no signing key: it cannot seal.</source>
        <translation>На этом рабочем месте нет ключа подписи: запечатать нельзя.</translation>
    </message>
    <message>
        <source>Verifying…</source>
        <translation>Проверка…</translation>
    </message>
    <message numerus="yes">
        <source>The audit chain is intact: %n event(s).</source>
        <translation>
            <numerusform>Цепочка аудита цела: событий %n.</numerusform>
            <numerusform>Цепочка аудита цела: событий %n.</numerusform>
            <numerusform>Цепочка аудита цела: событий %n.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Signatures checked: %n checkpoint(s).</source>
        <translation>
            <numerusform>Подписи проверены: %n контрольная точка.</numerusform>
            <numerusform>Подписи проверены: %n контрольные точки.</numerusform>
            <numerusform>Подписи проверены: %n контрольных точек.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n event(s) are not sealed, the first is No. {0}.</source>
        <translation>
            <numerusform>%n событие не запечатано, первое — № {0}.</numerusform>
            <numerusform>%n события не запечатаны, первое — № {0}.</numerusform>
            <numerusform>%n событий не запечатаны, первое — № {0}.</numerusform>
        </translation>
    </message>
    <message>
        <source>event No. {0}</source>
        <translation>событие № {0}</translation>
    </message>
    <message>
        <source>the end of the log</source>
        <translation>конец журнала</translation>
    </message>
    <message>
        <source>The audit chain is BROKEN at {0}: {1}</source>
        <translation>Цепочка аудита НАРУШЕНА: {0}: {1}</translation>
    </message>
    <message>
        <source>Comparing the data with the audit log…</source>
        <translation>Данные сверяются с журналом аудита…</translation>
    </message>
    <message numerus="yes">
        <source>Compared: %n application(s), {0} decision(s), {1} registry entr(y/ies).</source>
        <translation>
            <numerusform>Сверено: %n заявка, решений: {0}, записей реестра: {1}.</numerusform>
            <numerusform>Сверено: %n заявки, решений: {0}, записей реестра: {1}.</numerusform>
            <numerusform>Сверено: %n заявок, решений: {0}, записей реестра: {1}.</numerusform>
        </translation>
    </message>
    <message>
        <source>The data agree with the audit log.</source>
        <translation>Данные совпадают с журналом аудита.</translation>
    </message>
    <message>
        <source>No differences.</source>
        <translation>Расхождений нет.</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more.</source>
        <translation>
            <numerusform>… и ещё %n.</numerusform>
            <numerusform>… и ещё %n.</numerusform>
            <numerusform>… и ещё %n.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) differ from the audit log: changed outside the program.</source>
        <translation>
            <numerusform>%n строка расходится с журналом аудита: изменена вне программы.</numerusform>
            <numerusform>%n строки расходятся с журналом аудита: изменены вне программы.</numerusform>
            <numerusform>%n строк расходятся с журналом аудита: изменены вне программы.</numerusform>
        </translation>
    </message>
    <message>
        <source>Check the chain and sign a checkpoint over every event not yet sealed, with this workstation&apos;s key?</source>
        <translation>Проверить цепочку и подписать ключом этого рабочего места контрольную точку для всех ещё не запечатанных событий?</translation>
    </message>
    <message>
        <source>Checking the chain and sealing…</source>
        <translation>Проверка цепочки и печать…</translation>
    </message>
    <message numerus="yes">
        <source>Sealed: %n event(s).</source>
        <translation>
            <numerusform>Запечатано: %n событие.</numerusform>
            <numerusform>Запечатано: %n события.</numerusform>
            <numerusform>Запечатано: %n событий.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing to seal.</source>
        <translation>Запечатывать нечего.</translation>
    </message>
</context>
<context>
    <name>BulkConfirmDialog</name>
    <message numerus="yes">
        <source>%n application(s): {0}</source>
        <translation>
            <numerusform>%n заявка: {0}</numerusform>
            <numerusform>%n заявки: {0}</numerusform>
            <numerusform>%n заявок: {0}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Register these %n application(s)? Each is checked against the revision shown in the list; each specialist enters the registry with a registry number and gets a notice.</source>
        <translation>
            <numerusform>Зарегистрировать эту %n заявку? Каждая сверяется с редакцией, показанной в списке; каждый специалист вносится в реестр с регистрационным номером и получает уведомление.</numerusform>
            <numerusform>Зарегистрировать эти %n заявки? Каждая сверяется с редакцией, показанной в списке; каждый специалист вносится в реестр с регистрационным номером и получает уведомление.</numerusform>
            <numerusform>Зарегистрировать эти %n заявок? Каждая сверяется с редакцией, показанной в списке; каждый специалист вносится в реестр с регистрационным номером и получает уведомление.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Return these %n application(s) for revision with the same grounds and comment? Each gets its own decision and letter.</source>
        <translation>
            <numerusform>Вернуть эту %n заявку на доработку с одними и теми же основаниями и комментарием? По каждой — своё решение и своё уведомление.</numerusform>
            <numerusform>Вернуть эти %n заявки на доработку с одними и теми же основаниями и комментарием? По каждой — своё решение и своё уведомление.</numerusform>
            <numerusform>Вернуть эти %n заявок на доработку с одними и теми же основаниями и комментарием? По каждой — своё решение и своё уведомление.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Refuse these %n application(s) with the same grounds and comment? Each gets its own decision and letter.</source>
        <translation>
            <numerusform>Отказать по этой %n заявке с одними и теми же основаниями и комментарием? По каждой — своё решение и своё уведомление.</numerusform>
            <numerusform>Отказать по этим %n заявкам с одними и теми же основаниями и комментарием? По каждой — своё решение и своё уведомление.</numerusform>
            <numerusform>Отказать по этим %n заявкам с одними и теми же основаниями и комментарием? По каждой — своё решение и своё уведомление.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of them are not awaiting a decision: they will be reported, not decided.</source>
        <translation>
            <numerusform>%n из них не ожидает решения: по ней решение не принимается, она будет указана в результатах.</numerusform>
            <numerusform>%n из них не ожидают решения: по ним решение не принимается, они будут указаны в результатах.</numerusform>
            <numerusform>%n из них не ожидают решения: по ним решение не принимается, они будут указаны в результатах.</numerusform>
        </translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Номер</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>ФИО</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>Срок рассмотрения</translation>
    </message>
    <message>
        <source>Grounds:</source>
        <translation>Основания:</translation>
    </message>
    <message>
        <source>Comment: {0}</source>
        <translation>Комментарий: {0}</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>Comment (optional, the same for all):</source>
        <translation>Комментарий (необязательно, один для всех):</translation>
    </message>
    <message>
        <source>Some of them are late. The cause of the delay:</source>
        <translation>По некоторым срок нарушен. Причина задержки:</translation>
    </message>
    <message>
        <source>Say why the decision is late.</source>
        <translation>Укажите причину задержки решения.</translation>
    </message>
</context>
<context>
    <name>BulkProgressDialog</name>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message numerus="yes">
        <source>{0} of %n done…</source>
        <translation>
            <numerusform>Обработано {0} из %n…</numerusform>
            <numerusform>Обработано {0} из %n…</numerusform>
            <numerusform>Обработано {0} из %n…</numerusform>
        </translation>
    </message>
    <message>
        <source>Stopping before the next application…</source>
        <translation>Остановка перед следующей заявкой…</translation>
    </message>
</context>
<context>
    <name>BulkResultDialog</name>
    <message>
        <source>Number</source>
        <translation>Номер</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>ФИО</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Результат</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <source>Registering: results</source>
        <translation>Регистрация: результаты</translation>
    </message>
    <message>
        <source>Returning for revision: results</source>
        <translation>Возврат на доработку: результаты</translation>
    </message>
    <message>
        <source>Refusing: results</source>
        <translation>Отказ: результаты</translation>
    </message>
    <message>
        <source>Taking: results</source>
        <translation>Взятие в работу: результаты</translation>
    </message>
    <message>
        <source>Releasing: results</source>
        <translation>Освобождение: результаты</translation>
    </message>
    <message>
        <source>Printing letters: results</source>
        <translation>Печать уведомлений: результаты</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>Результаты</translation>
    </message>
    <message numerus="yes">
        <source>Done: {0} of %n.</source>
        <translation>
            <numerusform>Выполнено: {0} из %n.</numerusform>
            <numerusform>Выполнено: {0} из %n.</numerusform>
            <numerusform>Выполнено: {0} из %n.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Not done: %n (the reason is on each row).</source>
        <translation>
            <numerusform>Не выполнено: %n (причина — в каждой строке).</numerusform>
            <numerusform>Не выполнено: %n (причина — в каждой строке).</numerusform>
            <numerusform>Не выполнено: %n (причина — в каждой строке).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Not attempted: %n.</source>
        <translation>
            <numerusform>Не обработано: %n.</numerusform>
            <numerusform>Не обработано: %n.</numerusform>
            <numerusform>Не обработано: %n.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancelled: what was done stays done.</source>
        <translation>Прервано: выполненное сохранено.</translation>
    </message>
    <message>
        <source>Registered: registry number {0}.</source>
        <translation>Включена в реестр: регистрационный № {0}.</translation>
    </message>
    <message>
        <source>Done: {0}.</source>
        <translation>Выполнено: {0}.</translation>
    </message>
    <message numerus="yes">
        <source>%n letter(s).</source>
        <translation>
            <numerusform>%n уведомление.</numerusform>
            <numerusform>%n уведомления.</numerusform>
            <numerusform>%n уведомлений.</numerusform>
        </translation>
    </message>
    <message>
        <source>Done.</source>
        <translation>Выполнено.</translation>
    </message>
    <message>
        <source>Not attempted.</source>
        <translation>Не обработана.</translation>
    </message>
    <message>
        <source>Not done: changed or decided by someone else meanwhile</source>
        <translation>Не выполнено: тем временем изменена или решена другим</translation>
    </message>
    <message>
        <source>Not done: the letter cannot be signed</source>
        <translation>Не выполнено: уведомление некому подписать</translation>
    </message>
    <message>
        <source>Not done: not allowed</source>
        <translation>Не выполнено: нет прав</translation>
    </message>
    <message>
        <source>Not done</source>
        <translation>Не выполнено</translation>
    </message>
    <message>
        <source>Not done: unexpected error</source>
        <translation>Не выполнено: непредвиденная ошибка</translation>
    </message>
</context>
<context>
    <name>BulkRunner</name>
    <message>
        <source>Save the letters</source>
        <extracomment>a bulk action ended (the text for the status bar); the lists and counts are stale</extracomment>
        <translation>Сохранить письма</translation>
    </message>
    <message>
        <source>Print their letters</source>
        <translation>Печать их уведомлений</translation>
    </message>
    <message numerus="yes">
        <source>{0} of %n done.</source>
        <translation>
            <numerusform>Выполнено {0} из %n.</numerusform>
            <numerusform>Выполнено {0} из %n.</numerusform>
            <numerusform>Выполнено {0} из %n.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n letter(s) saved: {0}</source>
        <translation>
            <numerusform>%n уведомление сохранено: {0}</numerusform>
            <numerusform>%n уведомления сохранено: {0}</numerusform>
            <numerusform>%n уведомлений сохранено: {0}</numerusform>
        </translation>
    </message>
    <message>
        <source>Bulk action</source>
        <translation>Групповое действие</translation>
    </message>
</context>
<context>
    <name>CalendarTab</name>
    <message>
        <source>Day</source>
        <translation>День</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Примечание</translation>
    </message>
    <message>
        <source>Set by</source>
        <translation>Кем установлено</translation>
    </message>
    <message>
        <source>extra working day</source>
        <translation>дополнительный рабочий день</translation>
    </message>
    <message>
        <source>extra day off</source>
        <translation>дополнительный выходной</translation>
    </message>
    <message>
        <source>Public holidays are built in. Add the government&apos;s yearly day transfers here: due dates of undecided applications are recomputed.</source>
        <translation>Праздничные дни учтены. Добавьте здесь ежегодные переносы выходных дней Правительством: сроки нерассмотренных заявок будут пересчитаны.</translation>
    </message>
    <message>
        <source>Year:</source>
        <translation>Год:</translation>
    </message>
    <message>
        <source>Note (e.g. the government decree)</source>
        <translation>Примечание (например, постановление Правительства)</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Добавить</translation>
    </message>
    <message>
        <source>Remove selected</source>
        <translation>Удалить выбранное</translation>
    </message>
</context>
<context>
    <name>CatalogsTab</name>
    <message>
        <source>Code</source>
        <translation>Код</translation>
    </message>
    <message>
        <source>Kazakh</source>
        <translation>Казахский</translation>
    </message>
    <message>
        <source>Russian</source>
        <translation>Русский</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <source>Regions</source>
        <translation>Регионы</translation>
    </message>
    <message>
        <source>Professions</source>
        <translation>Профессии</translation>
    </message>
    <message>
        <source>Qualification categories</source>
        <translation>Квалификационные категории</translation>
    </message>
    <message>
        <source>Education levels</source>
        <translation>Уровни образования</translation>
    </message>
    <message>
        <source>Grounds</source>
        <translation>Основания</translation>
    </message>
    <message>
        <source>return</source>
        <translation>возврат на доработку</translation>
    </message>
    <message>
        <source>refusal</source>
        <translation>отказ</translation>
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
        <translation>Подписана</translation>
    </message>
    <message>
        <source>Workstation</source>
        <translation>Рабочее место</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Ключ</translation>
    </message>
    <message>
        <source>Trusted key</source>
        <translation>Доверенный ключ</translation>
    </message>
    <message>
        <source>Up to event No.</source>
        <translation>До события №</translation>
    </message>
    <message>
        <source>Events sealed</source>
        <translation>Запечатано событий</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>да</translation>
    </message>
    <message>
        <source>NO</source>
        <translation>НЕТ</translation>
    </message>
</context>
<context>
    <name>CrashDialog</name>
    <message>
        <source>Tizilim closed unexpectedly</source>
        <translation>Tizilim неожиданно закрылся</translation>
    </message>
    <message>
        <source>Tizilim closed unexpectedly the last time it ran. It left a technical trace (no personal data); copy it for your administrator.</source>
        <translation>В прошлый раз Tizilim неожиданно закрылся. Он оставил технический отчёт (без персональных данных); скопируйте его для администратора.</translation>
    </message>
    <message>
        <source>Trace: {0}
Log: {1}</source>
        <translation>Отчёт: {0}
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
        <translation>База данных</translation>
    </message>
    <message>
        <source>Where should Tizilim keep its data? A single office can use a local file; several workstations share one PostgreSQL server.</source>
        <translation>Где Tizilim будет хранить данные? Одному офису достаточно локального файла; несколько рабочих мест используют общий сервер PostgreSQL.</translation>
    </message>
    <message>
        <source>Local database file (recommended for one workstation)</source>
        <translation>Локальный файл базы данных (рекомендуется для одного рабочего места)</translation>
    </message>
    <message>
        <source>PostgreSQL server</source>
        <translation>Сервер PostgreSQL</translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation>Проверить подключение</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Подключение…</translation>
    </message>
    <message>
        <source>Connection succeeded.</source>
        <translation>Подключение установлено.</translation>
    </message>
    <message>
        <source>Could not connect to the server. Check the address, the user name and password, and that the server is running.</source>
        <translation>Не удалось подключиться к серверу. Проверьте адрес, имя пользователя и пароль, а также что сервер запущен.</translation>
    </message>
</context>
<context>
    <name>DayDialog</name>
    <message>
        <source>Print a day&apos;s letters</source>
        <translation>Печать уведомлений за день</translation>
    </message>
    <message>
        <source>Choose a file…</source>
        <translation>Выбрать файл…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>The letters of every decision made on this day, in one PDF:</source>
        <translation>Уведомления по всем решениям этого дня, одним PDF-файлом:</translation>
    </message>
</context>
<context>
    <name>DeliverDialog</name>
    <message>
        <source>Mark delivered</source>
        <translation>Отметить вручение</translation>
    </message>
    <message numerus="yes">
        <source>%n letter(s) handed to the applicant:</source>
        <translation>
            <numerusform>%n письмо вручено заявителю:</numerusform>
            <numerusform>%n письма вручены заявителю:</numerusform>
            <numerusform>%n писем вручено заявителю:</numerusform>
        </translation>
    </message>
    <message>
        <source>This is recorded in the audit log and cannot be undone.</source>
        <translation>Это записывается в журнал аудита и не может быть отменено.</translation>
    </message>
    <message>
        <source>&amp;Delivered on:</source>
        <translation>&amp;Дата вручения:</translation>
    </message>
    <message>
        <source>&amp;Mark delivered</source>
        <translation>&amp;Отметить вручение</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
</context>
<context>
    <name>Details</name>
    <message>
        <source>Details</source>
        <extracomment>what a window frame adds around a window&apos;s content (Windows 10: borders and title bar)</extracomment>
        <translation>Подробности</translation>
    </message>
</context>
<context>
    <name>DrillBanner</name>
    <message>
        <source>Clear this filter</source>
        <translation>Снять этот фильтр</translation>
    </message>
    <message>
        <source>From the statistics: {0}</source>
        <translation>Из статистики: {0}</translation>
    </message>
</context>
<context>
    <name>DuplicatesHtml</name>
    <message>
        <source>No possible duplicates were found.</source>
        <extracomment>at most this many duplicates are read in full for the side-by-side view</extracomment>
        <translation>Возможных дубликатов не найдено.</translation>
    </message>
    <message>
        <source>same IIN</source>
        <translation>тот же ИИН</translation>
    </message>
    <message>
        <source>same name and birth date</source>
        <translation>те же ФИО и дата рождения</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Поле</translation>
    </message>
    <message>
        <source>This application</source>
        <translation>Эта заявка</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Номер</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Причина</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>ФИО</translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation>Дата рождения</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Регион</translation>
    </message>
    <message>
        <source>IIN</source>
        <translation>ИИН</translation>
    </message>
    <message>
        <source>Profession</source>
        <translation>Профессия</translation>
    </message>
    <message>
        <source>Registry number</source>
        <translation>Регистрационный номер</translation>
    </message>
    <message>
        <source>Other applications that may be the same person:</source>
        <translation>Другие заявки, которые могут относиться к тому же человеку:</translation>
    </message>
    <message>
        <source>Open {0}</source>
        <translation>Открыть {0}</translation>
    </message>
</context>
<context>
    <name>EntryForm</name>
    <message>
        <source>Enter a paper application</source>
        <translation>Ввод бумажной заявки</translation>
    </message>
    <message>
        <source>Application</source>
        <translation>Заявка</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Специалист</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Контактные данные</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Адрес проживания</translation>
    </message>
    <message>
        <source>Profession and experience</source>
        <translation>Профессия и стаж</translation>
    </message>
    <message>
        <source>Education</source>
        <translation>Сведения об образовании</translation>
    </message>
    <message>
        <source>Employment</source>
        <translation>Сведения по трудовой деятельности</translation>
    </message>
    <message>
        <source>Qualification category and consent</source>
        <translation>Квалификационная категория и согласие</translation>
    </message>
    <message>
        <source>Application number:</source>
        <translation>Номер заявки:</translation>
    </message>
    <message>
        <source>Last name:</source>
        <translation>Фамилия:</translation>
    </message>
    <message>
        <source>First name:</source>
        <translation>Имя:</translation>
    </message>
    <message>
        <source>Middle name (if any):</source>
        <translation>Отчество (при наличии):</translation>
    </message>
    <message>
        <source>IIN:</source>
        <translation>ИИН:</translation>
    </message>
    <message>
        <source>Birth date:</source>
        <translation>Дата рождения:</translation>
    </message>
    <message>
        <source>Mobile phone:</source>
        <translation>Мобильный телефон:</translation>
    </message>
    <message>
        <source>E-mail:</source>
        <translation>Электронная почта:</translation>
    </message>
    <message>
        <source>Region:</source>
        <translation>Регион:</translation>
    </message>
    <message>
        <source>Settlement:</source>
        <translation>Населённый пункт:</translation>
    </message>
    <message>
        <source>Registration address:</source>
        <translation>Адрес регистрации:</translation>
    </message>
    <message>
        <source>Profession:</source>
        <translation>Профессия:</translation>
    </message>
    <message>
        <source>Experience:</source>
        <translation>Стаж:</translation>
    </message>
    <message>
        <source>Category:</source>
        <translation>Категория:</translation>
    </message>
    <message>
        <source>Date assigned:</source>
        <translation>Дата присвоения:</translation>
    </message>
    <message>
        <source>Attestation commission:</source>
        <translation>Аттестационная комиссия:</translation>
    </message>
    <message>
        <source>Consent:</source>
        <translation>Согласие:</translation>
    </message>
    <message>
        <source>The specialist consents to publication in the public registry</source>
        <translation>Специалист согласен на публикацию в общедоступном реестре</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Уровень образования</translation>
    </message>
    <message>
        <source>Institution</source>
        <translation>Учебное заведение</translation>
    </message>
    <message>
        <source>Start date</source>
        <translation>Дата начала</translation>
    </message>
    <message>
        <source>End date</source>
        <translation>Дата окончания</translation>
    </message>
    <message>
        <source>End date (empty: current)</source>
        <translation>Дата окончания (пусто: по настоящее время)</translation>
    </message>
    <message numerus="yes">
        <source>Not saved: %n problem(s) are marked.</source>
        <translation>
            <numerusform>Не сохранено: отмечена %n ошибка.</numerusform>
            <numerusform>Не сохранено: отмечены %n ошибки.</numerusform>
            <numerusform>Не сохранено: отмечено %n ошибок.</numerusform>
        </translation>
    </message>
    <message>
        <source>Application {0} corrected.</source>
        <translation>Заявка {0} исправлена.</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Документ об образовании</translation>
    </message>
    <message>
        <source>Received (Kazakhstan time):</source>
        <translation>Поступила (время Казахстана):</translation>
    </message>
    <message>
        <source>Organization</source>
        <translation>Организация</translation>
    </message>
    <message>
        <source>BIN</source>
        <translation>БИН</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Должность</translation>
    </message>
    <message>
        <source>— choose —</source>
        <translation>— выберите —</translation>
    </message>
    <message>
        <source>dd.mm.yyyy</source>
        <translation>дд.мм.гггг</translation>
    </message>
    <message>
        <source>Correct application {0}</source>
        <extracomment>rows of education / employment shown at first; more are added with &quot;Add a row&quot; the fields that take a date (dd.mm.yyyy or ddmmyyyy), by the end of their key (portal id, version read) while correcting an application</extracomment>
        <translation>Исправление заявки {0}</translation>
    </message>
    <message>
        <source>Add an education record</source>
        <translation>Добавить запись об образовании</translation>
    </message>
    <message>
        <source>Add an employment record</source>
        <translation>Добавить запись о работе</translation>
    </message>
    <message>
        <source>the portal&apos;s number; empty for a paper one: the office numbers it</source>
        <translation>номер на портале; для бумажной заявки оставьте пустым: номер присвоит МИО</translation>
    </message>
    <message>
        <source>Save application</source>
        <translation>Сохранить заявку</translation>
    </message>
    <message>
        <source>Save the correction</source>
        <translation>Сохранить исправление</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Очистить</translation>
    </message>
    <message>
        <source>Cancel the correction</source>
        <translation>Отменить исправление</translation>
    </message>
    <message numerus="yes">
        <source>year(s)</source>
        <translation>
            <numerusform>год</numerusform>
            <numerusform>года</numerusform>
            <numerusform>лет</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>month(s)</source>
        <translation>
            <numerusform>мес.</numerusform>
            <numerusform>мес.</numerusform>
            <numerusform>мес.</numerusform>
        </translation>
    </message>
    <message>
        <source>Application {0} saved.</source>
        <translation>Заявка {0} сохранена.</translation>
    </message>
    <message>
        <source>An application with this number already exists.</source>
        <translation>Заявка с таким номером уже существует.</translation>
    </message>
</context>
<context>
    <name>ErrorDialog</name>
    <message>
        <source>Unexpected error</source>
        <translation>Непредвиденная ошибка</translation>
    </message>
    <message>
        <source>Something went wrong. Your data is safe and the program keeps running. The details were written to the log file; copy them for the administrator.</source>
        <translation>Произошла непредвиденная ошибка. Ваши данные в сохранности, программа продолжает работу. Подробности записаны в журнал; скопируйте их для администратора.</translation>
    </message>
    <message>
        <source>Copy details</source>
        <translation>Скопировать подробности</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Подробности</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Print / export the registry</source>
        <translation>Печать / экспорт реестра</translation>
    </message>
    <message>
        <source>Format:</source>
        <translation>Формат:</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>Язык:</translation>
    </message>
    <message>
        <source>Edition:</source>
        <translation>Издание:</translation>
    </message>
    <message>
        <source>Filters:</source>
        <translation>Фильтры:</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>Файл:</translation>
    </message>
    <message>
        <source>Kazakh</source>
        <translation>Казахский</translation>
    </message>
    <message>
        <source>Russian</source>
        <translation>Русский</translation>
    </message>
    <message>
        <source>Kazakh and Russian</source>
        <translation>Казахский и русский</translation>
    </message>
    <message>
        <source>Public (consenting specialists only)</source>
        <translation>Общедоступное (только давшие согласие)</translation>
    </message>
    <message>
        <source>Full</source>
        <translation>Полное</translation>
    </message>
    <message>
        <source>The search «{0}» is not applied: the printout contains every entry matching the filters above.</source>
        <translation>Поиск «{0}» не применяется: в выгрузку попадут все записи, подходящие под фильтры выше.</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Выбрать…</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Начать</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>Open file</source>
        <translation>Открыть файл</translation>
    </message>
    <message>
        <source>Open folder</source>
        <translation>Открыть папку</translation>
    </message>
    <message>
        <source>included {0} – {1}</source>
        <translation>включены {0} – {1}</translation>
    </message>
    <message>
        <source>none (the whole registry)</source>
        <translation>нет (весь реестр)</translation>
    </message>
    <message>
        <source>Save as</source>
        <translation>Сохранить как</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Экспорт…</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Отмена…</translation>
    </message>
    <message>
        <source>Done: {0}</source>
        <translation>Готово: {0}</translation>
    </message>
    <message>
        <source>Export cancelled; no file was written.</source>
        <translation>Экспорт прерван; файл не записан.</translation>
    </message>
    <message>
        <source>The export failed.</source>
        <translation>Экспорт не удался.</translation>
    </message>
</context>
<context>
    <name>Field</name>
    <message>
        <source>application number</source>
        <translation>номер заявки</translation>
    </message>
    <message>
        <source>date received</source>
        <translation>дата поступления</translation>
    </message>
    <message>
        <source>application</source>
        <translation>заявка</translation>
    </message>
    <message>
        <source>specialist</source>
        <translation>специалист</translation>
    </message>
    <message>
        <source>last name</source>
        <translation>фамилия</translation>
    </message>
    <message>
        <source>first name</source>
        <translation>имя</translation>
    </message>
    <message>
        <source>middle name</source>
        <translation>отчество</translation>
    </message>
    <message>
        <source>IIN</source>
        <translation>ИИН</translation>
    </message>
    <message>
        <source>birth date</source>
        <translation>дата рождения</translation>
    </message>
    <message>
        <source>mobile phone</source>
        <translation>мобильный телефон</translation>
    </message>
    <message>
        <source>e-mail</source>
        <translation>электронная почта</translation>
    </message>
    <message>
        <source>address</source>
        <translation>адрес</translation>
    </message>
    <message>
        <source>region</source>
        <translation>регион</translation>
    </message>
    <message>
        <source>settlement</source>
        <translation>населённый пункт</translation>
    </message>
    <message>
        <source>registration address</source>
        <translation>адрес регистрации</translation>
    </message>
    <message>
        <source>profession</source>
        <translation>профессия</translation>
    </message>
    <message>
        <source>experience</source>
        <translation>стаж</translation>
    </message>
    <message>
        <source>experience, years</source>
        <translation>стаж, лет</translation>
    </message>
    <message>
        <source>experience, months</source>
        <translation>стаж, месяцев</translation>
    </message>
    <message>
        <source>education</source>
        <translation>образование</translation>
    </message>
    <message>
        <source>employment</source>
        <translation>трудовая деятельность</translation>
    </message>
    <message>
        <source>education level</source>
        <translation>уровень образования</translation>
    </message>
    <message>
        <source>institution</source>
        <translation>учебное заведение</translation>
    </message>
    <message>
        <source>document</source>
        <translation>документ об образовании</translation>
    </message>
    <message>
        <source>organization</source>
        <translation>организация</translation>
    </message>
    <message>
        <source>BIN</source>
        <translation>БИН</translation>
    </message>
    <message>
        <source>position</source>
        <translation>должность</translation>
    </message>
    <message>
        <source>start date</source>
        <translation>дата начала</translation>
    </message>
    <message>
        <source>end date</source>
        <translation>дата окончания</translation>
    </message>
    <message>
        <source>qualification category</source>
        <translation>квалификационная категория</translation>
    </message>
    <message>
        <source>date assigned</source>
        <translation>дата присвоения</translation>
    </message>
    <message>
        <source>attestation commission</source>
        <translation>аттестационная комиссия</translation>
    </message>
    <message>
        <source>consent to publication</source>
        <translation>согласие на публикацию</translation>
    </message>
</context>
<context>
    <name>FirstRunWizard</name>
    <message>
        <source>Tizilim — first run</source>
        <translation>Tizilim — первый запуск</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>Язык:</translation>
    </message>
    <message>
        <source>Creating the database…</source>
        <translation>Создание базы данных…</translation>
    </message>
    <message>
        <source>The database could not be created. Check that the folder or server is available and that you may write to it.</source>
        <translation>Не удалось создать базу данных. Проверьте, что папка или сервер доступны и у вас есть право записи.</translation>
    </message>
</context>
<context>
    <name>FixPicker</name>
    <message>
        <source>Field or document</source>
        <extracomment>fields whose parent is not written in their name what names a record in the tree (its institution, its organisation)</extracomment>
        <translation>Сведение или документ</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Примечание</translation>
    </message>
    <message>
        <source>optional, up to {0} characters</source>
        <translation>необязательно, до {0} символов</translation>
    </message>
    <message>
        <source>Note on «{0}»:</source>
        <translation>Примечание к «{0}»:</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>Примечание:</translation>
    </message>
    <message numerus="yes">
        <source>Marked: %n</source>
        <translation>
            <numerusform>Отмечено: %n</numerusform>
            <numerusform>Отмечено: %n</numerusform>
            <numerusform>Отмечено: %n</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HistoryHtml</name>
    <message>
        <source>e-mail</source>
        <translation>электронная почта</translation>
    </message>
    <message>
        <source>SMS</source>
        <translation>SMS</translation>
    </message>
    <message>
        <source>by hand</source>
        <translation>лично</translation>
    </message>
    <message>
        <source>waiting to be sent</source>
        <translation>ожидает отправки</translation>
    </message>
    <message>
        <source>being sent</source>
        <translation>отправляется</translation>
    </message>
    <message>
        <source>sent</source>
        <translation>отправлено</translation>
    </message>
    <message>
        <source>delivered</source>
        <translation>доставлено</translation>
    </message>
    <message>
        <source>uncertain: check whether it arrived</source>
        <translation>неизвестно: проверьте, дошло ли</translation>
    </message>
    <message>
        <source>to be delivered by hand</source>
        <translation>подлежит вручению лично</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>изменено</translation>
    </message>
    <message>
        <source>not changed</source>
        <translation>не изменено</translation>
    </message>
    <message numerus="yes">
        <source>Fields marked in the return: %n of them changed</source>
        <translation>
            <numerusform>Сведения, отмеченные при возврате: изменено %n</numerusform>
            <numerusform>Сведения, отмеченные при возврате: изменено %n</numerusform>
            <numerusform>Сведения, отмеченные при возврате: изменено %n</numerusform>
        </translation>
    </message>
    <message>
        <source>Decision: {0}</source>
        <translation>Решение: {0}</translation>
    </message>
    <message>
        <source>(on revision {0})</source>
        <translation>(по редакции {0})</translation>
    </message>
    <message>
        <source>Fields and documents to correct:</source>
        <translation>Сведения и документы, которые необходимо исправить:</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Комментарий</translation>
    </message>
    <message>
        <source>Letter No. {0}, signed by {1}</source>
        <translation>Уведомление № {0}, подписал(а): {1}</translation>
    </message>
    <message>
        <source>Letter No.</source>
        <translation>Уведомление №</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Решение</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Канал</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>Попытки</translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation>Получатель</translation>
    </message>
    <message>
        <source>Sent / delivered</source>
        <translation>Отправлено / доставлено</translation>
    </message>
    <message>
        <source>Notifications to the applicant</source>
        <translation>Уведомления заявителю</translation>
    </message>
    <message>
        <source>next try {0}</source>
        <translation>следующая попытка {0}</translation>
    </message>
    <message>
        <source>sent {0}</source>
        <translation>отправлено {0}</translation>
    </message>
    <message>
        <source>delivered {0}</source>
        <translation>доставлено {0}</translation>
    </message>
    <message>
        <source>Revision {0} received</source>
        <translation>Получена редакция {0}</translation>
    </message>
    <message>
        <source>due {0}</source>
        <translation>срок {0}</translation>
    </message>
    <message>
        <source>entered by {0}</source>
        <translation>внёс {0}</translation>
    </message>
    <message>
        <source>Changed fields:</source>
        <translation>Изменённые поля:</translation>
    </message>
    <message>
        <source>Recommendation of {0}, {1}</source>
        <translation>Рекомендация {0}, {1}</translation>
    </message>
    <message>
        <source>Note: {0}</source>
        <translation>Примечание: {0}</translation>
    </message>
</context>
<context>
    <name>HoldBar</name>
    <message>
        <source>Take</source>
        <translation>Взять в работу</translation>
    </message>
    <message>
        <source>Nobody is working on this application.</source>
        <translation>С этой заявкой сейчас никто не работает.</translation>
    </message>
    <message>
        <source>You hold this application (since {0}).</source>
        <translation>Эта заявка у вас в работе (с {0}).</translation>
    </message>
    <message>
        <source>{0} is working on this application (since {1}).</source>
        <translation>С этой заявкой работает {0} (с {1}).</translation>
    </message>
    <message>
        <source>Release</source>
        <translation>Освободить</translation>
    </message>
    <message>
        <source>Release…</source>
        <translation>Освободить…</translation>
    </message>
    <message>
        <source>Work queue</source>
        <translation>Очередь заявок</translation>
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
        <translation>Номер</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>ФИО</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Результат</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>Сообщения</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Отмена…</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>отклонена</translation>
    </message>
    <message>
        <source>accepted, warning</source>
        <translation>принята, есть предупреждение</translation>
    </message>
    <message>
        <source>accepted</source>
        <translation>принята</translation>
    </message>
    <message>
        <source>Import applications from the portal&apos;s JSON export or the XLSX template. Nothing is written until you press Import; records with errors are skipped.</source>
        <translation>Импорт заявок из JSON-выгрузки портала или шаблона XLSX. Пока вы не нажмёте «Импорт», ничего не записывается; записи с ошибками пропускаются.</translation>
    </message>
    <message>
        <source>Choose file…</source>
        <translation>Выбрать файл…</translation>
    </message>
    <message>
        <source>No file chosen</source>
        <translation>Файл не выбран</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Импорт</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>Save rejection report…</source>
        <translation>Сохранить отчёт об отклонённых…</translation>
    </message>
    <message>
        <source>Download template…</source>
        <translation>Скачать шаблон…</translation>
    </message>
    <message>
        <source>An Excel workbook to fill in: an example row, drop-down lists and a sheet explaining each column in Kazakh and Russian</source>
        <translation>Книга Excel для заполнения: строка-образец, раскрывающиеся списки и лист с описанием каждого столбца на казахском и русском</translation>
    </message>
    <message>
        <source>Choose a record to read its messages in full.</source>
        <translation>Выберите запись, чтобы прочитать её сообщения полностью.</translation>
    </message>
    <message>
        <source>Record {0}: {1}</source>
        <translation>Запись {0}: {1}</translation>
    </message>
    <message>
        <source>Choose a file to import</source>
        <translation>Выберите файл для импорта</translation>
    </message>
    <message>
        <source>Applications (*.json *.xlsx)</source>
        <translation>Заявки (*.json *.xlsx)</translation>
    </message>
    <message>
        <source>Reading the file…</source>
        <translation>Чтение файла…</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>Импорт…</translation>
    </message>
    <message>
        <source>Save the import template</source>
        <translation>Сохранить шаблон импорта</translation>
    </message>
    <message>
        <source>Template saved: {0}</source>
        <translation>Шаблон сохранён: {0}</translation>
    </message>
    <message>
        <source>Import template</source>
        <translation>Шаблон импорта</translation>
    </message>
    <message>
        <source>The template was not saved: {0}</source>
        <translation>Шаблон не сохранён: {0}</translation>
    </message>
    <message>
        <source>Save rejection report</source>
        <translation>Сохранить отчёт об отклонённых</translation>
    </message>
    <message>
        <source>Report saved: {0}</source>
        <translation>Отчёт сохранён: {0}</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) in {0}: {1} accepted, {2} rejected.</source>
        <translation>
            <numerusform>В файле {0} записей: %n; принято {1}, отклонено {2}.</numerusform>
            <numerusform>В файле {0} записей: %n; принято {1}, отклонено {2}.</numerusform>
            <numerusform>В файле {0} записей: %n; принято {1}, отклонено {2}.</numerusform>
        </translation>
    </message>
    <message>
        <source>Imported: {0}; already present: {1}; rejected: {2}.</source>
        <translation>Импортировано: {0}; уже были: {1}; отклонено: {2}.</translation>
    </message>
    <message>
        <source>Import cancelled; nothing was imported.</source>
        <translation>Импорт прерван; ничего не импортировано.</translation>
    </message>
    <message>
        <source>Reading the file was cancelled.</source>
        <translation>Чтение файла прервано.</translation>
    </message>
    <message>
        <source>This file cannot be imported. Tizilim imports the applications file exported from the social services portal (JSON) or the Tizilim Excel template (XLSX).</source>
        <translation>Этот файл нельзя импортировать. Tizilim импортирует файл заявок, выгруженный с портала социальных услуг (JSON), или шаблон Excel Tizilim (XLSX).</translation>
    </message>
</context>
<context>
    <name>Launcher</name>
    <message>
        <source>Settings</source>
        <translation>Настройки</translation>
    </message>
    <message>
        <source>The settings file could not be read; the defaults are used and the damaged file was kept beside it (.bad). Open File → Settings to choose again.
{0}</source>
        <translation>Файл настроек не удалось прочитать: действуют настройки по умолчанию, повреждённый файл сохранён рядом (.bad). Выберите настройки заново: Файл → Настройки.
{0}</translation>
    </message>
</context>
<context>
    <name>LetterButton</name>
    <message>
        <source>Letter</source>
        <translation>Уведомление</translation>
    </message>
    <message>
        <source>The letter sent to the applicant with the decision</source>
        <translation>Уведомление, направленное заявителю с решением</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>Сохранить в PDF…</translation>
    </message>
    <message>
        <source>Open for printing</source>
        <translation>Открыть для печати</translation>
    </message>
    <message>
        <source>Save the letter</source>
        <translation>Сохранить уведомление</translation>
    </message>
    <message>
        <source>Writing the letter of {0}…</source>
        <translation>Уведомление по {0} записывается…</translation>
    </message>
    <message>
        <source>No program opened the PDF. The letter is saved in {0}: open and print it from there.</source>
        <translation>Ни одна программа не открыла PDF. Уведомление сохранено в {0}: откройте и распечатайте его оттуда.</translation>
    </message>
    <message>
        <source>The letter is open for printing: {0}</source>
        <translation>Уведомление открыто для печати: {0}</translation>
    </message>
    <message>
        <source>Letter saved: {0}</source>
        <translation>Уведомление сохранено: {0}</translation>
    </message>
    <message>
        <source>The letter was not written</source>
        <translation>Уведомление не записано</translation>
    </message>
    <message>
        <source>The file could not be written: {0}</source>
        <translation>Не удалось записать файл: {0}</translation>
    </message>
</context>
<context>
    <name>LockDialog</name>
    <message>
        <source>Tizilim — locked</source>
        <translation>Tizilim — заблокировано</translation>
    </message>
    <message>
        <source>The window is locked: personal data is hidden. {0} can go on after entering the password; unsaved input is kept. Another user must sign {0} out first.</source>
        <translation>Окно заблокировано: персональные данные скрыты. {0} продолжит работу после ввода пароля; несохранённый ввод сохраняется. Другой пользователь должен сначала выйти из учётной записи {0}.</translation>
    </message>
    <message>
        <source>Login:</source>
        <translation>Логин:</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>Пароль:</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>Разблокировать</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>Выйти (сменить пользователя)</translation>
    </message>
</context>
<context>
    <name>MailTab</name>
    <message>
        <source>Mail server (SMTP)</source>
        <extracomment>security → the usual port</extracomment>
        <translation>Почтовый сервер (SMTP)</translation>
    </message>
    <message>
        <source>Outgoing letter numbers</source>
        <translation>Исходящие номера уведомлений</translation>
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
        <translation>Защита:</translation>
    </message>
    <message>
        <source>Login:</source>
        <translation>Логин:</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>Пароль:</translation>
    </message>
    <message>
        <source>Sender address:</source>
        <translation>Адрес отправителя:</translation>
    </message>
    <message>
        <source>Send the test to:</source>
        <translation>Куда отправить проверку:</translation>
    </message>
    <message>
        <source>STARTTLS (port 587)</source>
        <translation>STARTTLS (порт 587)</translation>
    </message>
    <message>
        <source>TLS from the start (port 465)</source>
        <translation>TLS с начала (порт 465)</translation>
    </message>
    <message>
        <source>No encryption (this computer only)</source>
        <translation>Без шифрования (только этот компьютер)</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Сохранить</translation>
    </message>
    <message>
        <source>Send a test message</source>
        <translation>Отправить проверочное письмо</translation>
    </message>
    <message>
        <source>Format:</source>
        <translation>Формат:</translation>
    </message>
    <message>
        <source>Save the format</source>
        <translation>Сохранить вид</translation>
    </message>
    <message>
        <source>Text with {year} and {seq} (the letter&apos;s number within the year), each exactly once; {seq:05d} pads it with zeros to 5 digits. Numbers already issued keep their form.</source>
        <translation>Текст с {year} и {seq} (номер уведомления в пределах года), каждый ровно один раз; {seq:05d} дополняет номер нулями до 5 цифр. Уже выданные номера не меняются.</translation>
    </message>
    <message>
        <source>(stored; leave empty to keep it)</source>
        <translation>(сохранен; оставьте пустым, чтобы не менять)</translation>
    </message>
    <message>
        <source>Enter the mail server&apos;s name or address.</source>
        <translation>Введите имя или адрес почтового сервера.</translation>
    </message>
    <message>
        <source>Without encryption the password would cross the network in clear text: choose STARTTLS or TLS (no encryption only for a server on this computer, 127.0.0.1).</source>
        <translation>Без шифрования пароль пойдет по сети открытым текстом: выберите STARTTLS или TLS (без шифрования — только для сервера на этом компьютере, 127.0.0.1).</translation>
    </message>
    <message>
        <source>Enter the sender&apos;s e-mail address.</source>
        <translation>Введите адрес электронной почты отправителя.</translation>
    </message>
    <message>
        <source>A password needs a login.</source>
        <translation>Для пароля нужен логин.</translation>
    </message>
    <message>
        <source>The mail settings are saved.</source>
        <translation>Настройки почты сохранены.</translation>
    </message>
    <message>
        <source>Sending a test message to {0}…</source>
        <translation>Отправка проверочного письма на {0}…</translation>
    </message>
    <message>
        <source>The server accepted the test message to {0}.</source>
        <translation>Сервер принял проверочное письмо на {0}.</translation>
    </message>
    <message>
        <source>Could not connect or sign in to the mail server (check the server, port, security, login and password).</source>
        <translation>Не удалось подключиться к почтовому серверу или войти (проверьте сервер, порт, защиту, логин и пароль).</translation>
    </message>
    <message>
        <source>The server refused for now; try again later.</source>
        <translation>Сервер пока отказал; повторите позже.</translation>
    </message>
    <message>
        <source>The server refused the message or the address.</source>
        <translation>Сервер отклонил письмо или адрес.</translation>
    </message>
    <message>
        <source>The test message was not sent. {0}
The server said: {1}</source>
        <translation>Проверочное письмо не отправлено. {0}
Ответ сервера: {1}</translation>
    </message>
    <message>
        <source>The next letter will be No. {0}</source>
        <translation>Следующее уведомление получит № {0}</translation>
    </message>
    <message>
        <source>The format is saved.</source>
        <translation>Вид сохранен.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Tizilim — registry of specialists of special social services</source>
        <translation>Tizilim — реестр специалистов специальных социальных услуг</translation>
    </message>
    <message>
        <source>Tizilim — locked</source>
        <translation>Tizilim — заблокировано</translation>
    </message>
    <message>
        <source>Tizilim is locked.
Personal data is hidden until {0} enters the password.</source>
        <translation>Tizilim заблокирован.
Персональные данные скрыты, пока {0} не введёт пароль.</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Закрыть программу</translation>
    </message>
    <message>
        <source>Working…</source>
        <translation>Выполняется…</translation>
    </message>
    <message>
        <source>Nothing else in this list awaits a decision.</source>
        <translation>В этом списке больше нет заявок, ожидающих решения.</translation>
    </message>
    <message>
        <source>An export is still running. Cancel it and quit?</source>
        <translation>Экспорт ещё выполняется. Прервать его и закрыть программу?</translation>
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
            <numerusform>Такой даты нет: в этом месяце %n день.</numerusform>
            <numerusform>Такой даты нет: в этом месяце %n дня.</numerusform>
            <numerusform>Такой даты нет: в этом месяце %n дней.</numerusform>
        </translation>
    </message>
    <message>
        <source>No such date: a year has 12 months.</source>
        <translation>Такой даты нет: в году 12 месяцев.</translation>
    </message>
    <message>
        <source>Enter the date as dd.mm.yyyy (04.03.1990) or ddmmyyyy (04031990).</source>
        <translation>Введите дату как дд.мм.гггг (04.03.1990) или ддммгггг (04031990).</translation>
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
        <translation>&amp;Переход</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Язык</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Справка</translation>
    </message>
    <message>
        <source>Lock the screen</source>
        <translation>Заблокировать экран</translation>
    </message>
    <message>
        <source>Settings…</source>
        <translation>Настройки…</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>Выйти (сменить пользователя)</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Закрыть программу</translation>
    </message>
    <message>
        <source>Take the next application</source>
        <translation>Взять следующую заявку</translation>
    </message>
    <message>
        <source>Search applications</source>
        <translation>Поиск заявок</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Обновить</translation>
    </message>
    <message>
        <source>About Tizilim</source>
        <translation>О программе Tizilim</translation>
    </message>
</context>
<context>
    <name>MessageBar</name>
    <message>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
</context>
<context>
    <name>Navigation</name>
    <message>
        <source>Awaiting decision</source>
        <extracomment>the counts by status are read again this often applications by status key, with &quot;open&quot; and &quot;all&quot; (empty until first read) the current entry was marked by :meth:`follow` while another screen shows (the review): a click on it shows its screen again</extracomment>
        <translation>Ожидают решения</translation>
    </message>
    <message>
        <source>All applications</source>
        <translation>Все заявки</translation>
    </message>
    <message>
        <source>Enter an application</source>
        <translation>Ввод заявки</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Импорт</translation>
    </message>
    <message>
        <source>Registry</source>
        <translation>Реестр</translation>
    </message>
    <message>
        <source>Notifications</source>
        <translation>Уведомления</translation>
    </message>
    <message>
        <source>Statistics</source>
        <translation>Статистика</translation>
    </message>
    <message>
        <source>Administration</source>
        <translation>Администрирование</translation>
    </message>
</context>
<context>
    <name>NotificationsModel</name>
    <message>
        <source>waiting to be sent</source>
        <translation>ожидает отправки</translation>
    </message>
    <message>
        <source>being sent</source>
        <translation>отправляется</translation>
    </message>
    <message>
        <source>sent</source>
        <translation>отправлено</translation>
    </message>
    <message>
        <source>delivered</source>
        <translation>доставлено</translation>
    </message>
    <message>
        <source>uncertain</source>
        <translation>под сомнением</translation>
    </message>
    <message>
        <source>to deliver by hand</source>
        <translation>вручить лично</translation>
    </message>
    <message>
        <source>registration</source>
        <translation>регистрация</translation>
    </message>
    <message>
        <source>return</source>
        <translation>возврат</translation>
    </message>
    <message>
        <source>refusal</source>
        <translation>отказ</translation>
    </message>
    <message>
        <source>e-mail</source>
        <translation>эл. почта</translation>
    </message>
    <message>
        <source>SMS</source>
        <translation>SMS</translation>
    </message>
    <message>
        <source>by hand</source>
        <translation>лично</translation>
    </message>
    <message>
        <source>Sent {0}</source>
        <translation>Отправлено {0}</translation>
    </message>
    <message>
        <source>Next attempt {0}</source>
        <translation>Следующая попытка {0}</translation>
    </message>
    <message>
        <source>Letter No. {0}</source>
        <translation>Письмо № {0}</translation>
    </message>
    <message>
        <source>The message may have left: check with the applicant, then mark it delivered or resend it</source>
        <translation>Сообщение могло уйти: уточните у заявителя, затем отметьте вручение или отправьте повторно</translation>
    </message>
    <message>
        <source>Application</source>
        <translation>Заявка</translation>
    </message>
    <message>
        <source>Applicant</source>
        <translation>Заявитель</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Решение</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Канал</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Адрес</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>Попытки</translation>
    </message>
    <message>
        <source>Last error</source>
        <translation>Последняя ошибка</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>Вручено</translation>
    </message>
</context>
<context>
    <name>NotificationsView</name>
    <message>
        <source>To deliver by hand</source>
        <extracomment>The tabs, in order: the view of the outbox each shows.</extracomment>
        <translation>Вручить лично</translation>
    </message>
    <message>
        <source>Needs attention</source>
        <translation>Требуют внимания</translation>
    </message>
    <message>
        <source>Waiting to be sent</source>
        <translation>Ожидают отправки</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Отправленные</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>Доставленные</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Все</translation>
    </message>
    <message>
        <source>&amp;Send e-mails now</source>
        <translation>&amp;Отправить письма сейчас</translation>
    </message>
    <message>
        <source>Send the e-mails that are due, in the background</source>
        <translation>Отправить подошедшие по сроку электронные письма в фоновом режиме</translation>
    </message>
    <message>
        <source>&amp;Resend…</source>
        <translation>Повторить о&amp;тправку…</translation>
    </message>
    <message>
        <source>&amp;Mark delivered…</source>
        <translation>Отметить &amp;вручение…</translation>
    </message>
    <message>
        <source>&amp;Print letters…</source>
        <translation>Пе&amp;чать писем…</translation>
    </message>
    <message>
        <source>The letters of the selected rows in one PDF</source>
        <translation>Письма выбранных строк одним PDF-файлом</translation>
    </message>
    <message>
        <source>&amp;Export SMS file…</source>
        <translation>&amp;Экспорт файла SMS…</translation>
    </message>
    <message>
        <source>&amp;Import SMS report…</source>
        <translation>&amp;Импорт отчёта SMS…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>The applicant could not be reached by e-mail or SMS: print the letter, hand it over and mark it delivered with the date.</source>
        <translation>Заявителя не удалось уведомить по электронной почте или SMS: распечатайте письмо, вручите его и отметьте вручение с датой.</translation>
    </message>
    <message>
        <source>Uncertain sends (check with the applicant, then mark delivered or resend) and channels that failed.</source>
        <translation>Отправки под сомнением (уточните у заявителя, затем отметьте вручение или повторите отправку) и каналы, по которым доставка не удалась.</translation>
    </message>
    <message numerus="yes">
        <source>Notifications: %Ln</source>
        <translation>
            <numerusform>Уведомлений: %Ln</numerusform>
            <numerusform>Уведомлений: %Ln</numerusform>
            <numerusform>Уведомлений: %Ln</numerusform>
        </translation>
    </message>
    <message>
        <source>Stopping after the current messages…</source>
        <translation>Остановка после текущих писем…</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Отменено.</translation>
    </message>
    <message>
        <source>Notifications</source>
        <translation>Уведомления</translation>
    </message>
    <message>
        <source>E-mail {0} of {1}</source>
        <translation>Письмо {0} из {1}</translation>
    </message>
    <message>
        <source>No mail server is set up: nothing was sent. An administrator enters it in Administration.</source>
        <translation>Почтовый сервер не настроен: ничего не отправлено. Его вводит администратор в разделе «Администрирование».</translation>
    </message>
    <message>
        <source>Send e-mails</source>
        <translation>Отправка писем</translation>
    </message>
    <message>
        <source>Open Administration now?</source>
        <translation>Открыть «Администрирование» сейчас?</translation>
    </message>
    <message>
        <source>Sent: {0}</source>
        <translation>Отправлено: {0}</translation>
    </message>
    <message>
        <source>to try again later: {0}</source>
        <translation>повторить позже: {0}</translation>
    </message>
    <message>
        <source>refused (moved to SMS or delivery by hand): {0}</source>
        <translation>отклонено (передано на SMS или личное вручение): {0}</translation>
    </message>
    <message>
        <source>uncertain: {0}</source>
        <translation>под сомнением: {0}</translation>
    </message>
    <message>
        <source>Sending was stopped.</source>
        <translation>Отправка остановлена.</translation>
    </message>
    <message>
        <source>The mail server could not be used: {0}</source>
        <translation>Почтовый сервер недоступен: {0}</translation>
    </message>
    <message>
        <source>Resend</source>
        <translation>Повторная отправка</translation>
    </message>
    <message>
        <source>Send the notification of {0} again? Do this only after checking with the applicant that it did not arrive: they may get it twice.</source>
        <translation>Отправить уведомление по {0} повторно? Делайте это, только уточнив у заявителя, что оно не пришло: он может получить его дважды.</translation>
    </message>
    <message>
        <source>Will be sent again: {0}</source>
        <translation>Будет отправлено повторно: {0}</translation>
    </message>
    <message>
        <source>Marked delivered: {0}</source>
        <translation>Отмечено вручение: {0}</translation>
    </message>
    <message>
        <source>Not done: {0} ({1})</source>
        <translation>Не выполнено: {0} ({1})</translation>
    </message>
    <message>
        <source>Save the letters</source>
        <translation>Сохранить письма</translation>
    </message>
    <message numerus="yes">
        <source>%n letter(s) saved to {0}.</source>
        <translation>
            <numerusform>%n письмо сохранено в {0}.</numerusform>
            <numerusform>%n письма сохранены в {0}.</numerusform>
            <numerusform>%n писем сохранено в {0}.</numerusform>
        </translation>
    </message>
    <message>
        <source>Save the SMS file for the gateway</source>
        <translation>Сохранить файл SMS для шлюза</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Файлы CSV (*.csv)</translation>
    </message>
    <message>
        <source>No SMS is due: no file was written.</source>
        <translation>Нет SMS к отправке: файл не записан.</translation>
    </message>
    <message numerus="yes">
        <source>%n SMS written to {0}: hand the file to the operator&apos;s bulk SMS service.</source>
        <translation>
            <numerusform>%n SMS записано в {0}: передайте файл в сервис массовой рассылки оператора.</numerusform>
            <numerusform>%n SMS записаны в {0}: передайте файл в сервис массовой рассылки оператора.</numerusform>
            <numerusform>%n SMS записано в {0}: передайте файл в сервис массовой рассылки оператора.</numerusform>
        </translation>
    </message>
    <message>
        <source>The SMS operator&apos;s delivery report</source>
        <translation>Отчёт оператора SMS о доставке</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt)</source>
        <translation>Файлы CSV (*.csv *.txt)</translation>
    </message>
    <message>
        <source>Delivered: {0}</source>
        <translation>Доставлено: {0}</translation>
    </message>
    <message>
        <source>not delivered (now to deliver by hand): {0}</source>
        <translation>не доставлено (теперь вручить лично): {0}</translation>
    </message>
    <message>
        <source>still on the way: {0}</source>
        <translation>ещё в пути: {0}</translation>
    </message>
    <message>
        <source>not ours: {0}</source>
        <translation>не наши: {0}</translation>
    </message>
    <message>
        <source>recorded before: {0}</source>
        <translation>записано ранее: {0}</translation>
    </message>
</context>
<context>
    <name>ReasonDialog</name>
    <message>
        <source>Register {0} ({1})? The specialist enters the registry today and gets a registry number.</source>
        <translation>Включить {0} ({1}) в реестр? Специалист будет включён в реестр сегодня и получит регистрационный номер.</translation>
    </message>
    <message>
        <source>Return {0} ({1}) for revision. Choose at least one ground (p.9 of the Rules).</source>
        <translation>Возврат заявки {0} ({1}) на доработку. Выберите хотя бы одно основание (п.9 Правил).</translation>
    </message>
    <message>
        <source>Grounds</source>
        <translation>Основания</translation>
    </message>
    <message>
        <source>Comment:</source>
        <translation>Комментарий:</translation>
    </message>
    <message>
        <source>The decision is late (due {0}). The cause of the delay:</source>
        <translation>Решение принимается с нарушением срока (срок {0}). Причина задержки:</translation>
    </message>
    <message>
        <source>Refuse {0} ({1}). Choose at least one ground (p.9 of the Rules). The applicant may appeal the refusal in the manner set by the Administrative Procedural and Process Code of the Republic of Kazakhstan; the letter says so.</source>
        <translation>Отказ по заявке {0} ({1}). Выберите хотя бы одно основание (п.9 Правил). Заявитель может обжаловать отказ в порядке, установленном Административным процедурно-процессуальным кодексом Республики Казахстан; это указывается в уведомлении.</translation>
    </message>
    <message>
        <source>The letter the applicant will get (Kazakh and Russian):</source>
        <translation>Уведомление, которое получит заявитель (на казахском и русском языках):</translation>
    </message>
    <message>
        <source>Fields and documents to correct (optional; each with a short note):</source>
        <translation>Сведения и документы, которые необходимо исправить (необязательно; к каждому можно дать краткое примечание):</translation>
    </message>
    <message>
        <source>Recommendation — {0}</source>
        <translation>Рекомендация — {0}</translation>
    </message>
    <message>
        <source>Your recommendation on {0} ({1}) for the administrator, who decides. For a return or a refusal choose at least one ground (p.9 of the Rules).</source>
        <translation>Ваша рекомендация по заявке {0} ({1}) для администратора, который принимает решение. Для возврата или отказа выберите хотя бы одно основание (п.9 Правил).</translation>
    </message>
    <message>
        <source>Note for the administrator:</source>
        <translation>Примечание для администратора:</translation>
    </message>
    <message>
        <source>Recommend</source>
        <translation>Рекомендовать</translation>
    </message>
    <message>
        <source>Choose at least one ground.</source>
        <translation>Выберите хотя бы одно основание.</translation>
    </message>
    <message>
        <source>Say why the decision is late.</source>
        <translation>Укажите причину задержки решения.</translation>
    </message>
    <message>
        <source>The letter appears here once a ground is chosen.</source>
        <translation>Уведомление появится здесь, когда будет выбрано основание.</translation>
    </message>
    <message>
        <source>Ask an administrator to fill in your full name and position (Administration → Users).</source>
        <translation>Попросите администратора заполнить ваши полное имя и должность (Администрирование → Пользователи).</translation>
    </message>
</context>
<context>
    <name>RecommendSaver</name>
    <message>
        <source>Saving the recommendation…</source>
        <translation>Рекомендация сохраняется…</translation>
    </message>
    <message>
        <source>Recommendation on {0} saved.</source>
        <translation>Рекомендация по заявке {0} сохранена.</translation>
    </message>
    <message>
        <source>The recommendation was not saved</source>
        <translation>Рекомендация не сохранена</translation>
    </message>
</context>
<context>
    <name>RegistryModel</name>
    <message>
        <source>Registry No.</source>
        <translation>Рег. №</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>ФИО</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Регион</translation>
    </message>
    <message>
        <source>Profession</source>
        <translation>Профессия</translation>
    </message>
    <message>
        <source>Included</source>
        <translation>Включён</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Согласие</translation>
    </message>
    <message>
        <source>Excluded</source>
        <translation>Исключён</translation>
    </message>
    <message>
        <source>Application</source>
        <translation>Заявка</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>да</translation>
    </message>
    <message>
        <source>no</source>
        <translation>нет</translation>
    </message>
</context>
<context>
    <name>RegistryView</name>
    <message>
        <source>Search: name, IIN or application number</source>
        <translation>Поиск: ФИО, ИИН или номер заявки</translation>
    </message>
    <message>
        <source>All regions</source>
        <translation>Все регионы</translation>
    </message>
    <message>
        <source>All professions</source>
        <translation>Все профессии</translation>
    </message>
    <message>
        <source>Included:</source>
        <translation>Дата включения:</translation>
    </message>
    <message>
        <source>Public edition (consenting only)</source>
        <translation>Общедоступное издание (только давшие согласие)</translation>
    </message>
    <message>
        <source>Show excluded</source>
        <translation>Показать исключённых</translation>
    </message>
    <message>
        <source>Exclude…</source>
        <translation>Исключить из реестра…</translation>
    </message>
    <message>
        <source>Print / export…</source>
        <translation>Печать / экспорт…</translation>
    </message>
    <message>
        <source>Print the checked entries&apos; letters…</source>
        <translation>Уведомления отмеченных…</translation>
    </message>
    <message>
        <source>Check entries with their boxes, or select them (Shift, Ctrl) and press Space</source>
        <translation>Отметьте записи флажками или выделите их (Shift, Ctrl) и нажмите Пробел</translation>
    </message>
    <message numerus="yes">
        <source>Checked: %n</source>
        <translation>
            <numerusform>Отмечено: %n</numerusform>
            <numerusform>Отмечено: %n</numerusform>
            <numerusform>Отмечено: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Entries: %Ln+ (counting…)</source>
        <translation>
            <numerusform>Записей: %Ln+ (подсчёт…)</numerusform>
            <numerusform>Записей: %Ln+ (подсчёт…)</numerusform>
            <numerusform>Записей: %Ln+ (подсчёт…)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Entries: %Ln</source>
        <translation>
            <numerusform>Записей: %Ln</numerusform>
            <numerusform>Записей: %Ln</numerusform>
            <numerusform>Записей: %Ln</numerusform>
        </translation>
    </message>
    <message>
        <source>Exclude from the registry</source>
        <translation>Исключение из реестра</translation>
    </message>
    <message>
        <source>Reason for excluding No. {0} ({1}):</source>
        <translation>Причина исключения № {0} ({1}):</translation>
    </message>
    <message>
        <source>Registry</source>
        <translation>Реестр</translation>
    </message>
</context>
<context>
    <name>ReleaseDialog</name>
    <message>
        <source>Release the hold — {0}</source>
        <translation>Освободить заявку — {0}</translation>
    </message>
    <message>
        <source>{0} is working on application {1}. Release it so that someone else can take it? {0} will be told, with your reason.</source>
        <translation>С заявкой {1} работает {0}. Освободить заявку, чтобы её мог взять другой? {0} узнает об этом вместе с вашей причиной.</translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation>Причина:</translation>
    </message>
    <message>
        <source>Release</source>
        <translation>Освободить</translation>
    </message>
</context>
<context>
    <name>Renderer</name>
    <message>
        <source>was: {0}</source>
        <translation>было: {0}</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>изменено</translation>
    </message>
    <message>
        <source>Fields changed since the previous revision are highlighted.</source>
        <translation>Поля, изменённые после предыдущей редакции, выделены.</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Специалист</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Фамилия</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <source>Middle name</source>
        <translation>Отчество</translation>
    </message>
    <message>
        <source>IIN</source>
        <translation>ИИН</translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation>Дата рождения</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Контактные данные</translation>
    </message>
    <message>
        <source>Mobile phone</source>
        <translation>Мобильный телефон</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Электронная почта</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Адрес проживания</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Регион</translation>
    </message>
    <message>
        <source>Settlement</source>
        <translation>Населённый пункт</translation>
    </message>
    <message>
        <source>Registration address</source>
        <translation>Адрес регистрации</translation>
    </message>
    <message>
        <source>Profession and experience</source>
        <translation>Профессия и стаж</translation>
    </message>
    <message>
        <source>Profession</source>
        <translation>Профессия</translation>
    </message>
    <message>
        <source>Experience in special social services</source>
        <translation>Стаж работы в сфере предоставления специальных социальных услуг</translation>
    </message>
    <message numerus="yes">
        <source>%n year(s)</source>
        <translation>
            <numerusform>%n год</numerusform>
            <numerusform>%n года</numerusform>
            <numerusform>%n лет</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n month(s)</source>
        <translation>
            <numerusform>%n мес.</numerusform>
            <numerusform>%n мес.</numerusform>
            <numerusform>%n мес.</numerusform>
        </translation>
    </message>
    <message>
        <source>Education</source>
        <translation>Сведения об образовании</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Уровень образования</translation>
    </message>
    <message>
        <source>Institution</source>
        <translation>Учебное заведение</translation>
    </message>
    <message>
        <source>Start date</source>
        <translation>Дата начала</translation>
    </message>
    <message>
        <source>End date</source>
        <translation>Дата окончания</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Документ об образовании</translation>
    </message>
    <message>
        <source>Employment</source>
        <translation>Сведения по трудовой деятельности</translation>
    </message>
    <message>
        <source>Organization</source>
        <translation>Организация</translation>
    </message>
    <message>
        <source>BIN</source>
        <translation>БИН</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Должность</translation>
    </message>
    <message>
        <source>current job</source>
        <translation>по настоящее время</translation>
    </message>
    <message>
        <source>Qualification category</source>
        <translation>Квалификационная категория</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Категория</translation>
    </message>
    <message>
        <source>Date assigned</source>
        <translation>Дата присвоения</translation>
    </message>
    <message>
        <source>Attestation commission</source>
        <translation>Аттестационная комиссия</translation>
    </message>
    <message>
        <source>Consent to publication</source>
        <translation>Согласие на публикацию</translation>
    </message>
    <message>
        <source>The specialist CONSENTS to publication in the public registry.</source>
        <translation>Специалист ДАЛ СОГЛАСИЕ на публикацию в общедоступном реестре.</translation>
    </message>
    <message>
        <source>The specialist does NOT consent to publication: only the full registry edition will show this entry.</source>
        <translation>Специалист НЕ ДАЛ согласия на публикацию: запись будет только в полном издании реестра.</translation>
    </message>
    <message>
        <source>Registry</source>
        <translation>Реестр</translation>
    </message>
    <message>
        <source>Registry number</source>
        <translation>Регистрационный номер</translation>
    </message>
    <message>
        <source>Included on</source>
        <translation>Дата включения в реестр</translation>
    </message>
    <message>
        <source>Excluded on</source>
        <translation>Дата исключения</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Поступила</translation>
    </message>
</context>
<context>
    <name>ReviewView</name>
    <message>
        <source>← Back to the list</source>
        <translation>← К списку</translation>
    </message>
    <message>
        <source>Register</source>
        <translation>Включить в реестр</translation>
    </message>
    <message>
        <source>Return for revision</source>
        <translation>Вернуть на доработку</translation>
    </message>
    <message>
        <source>Refuse</source>
        <translation>Отказать</translation>
    </message>
    <message>
        <source>Recommend…</source>
        <translation>Рекомендовать…</translation>
    </message>
    <message>
        <source>Loading {0}…</source>
        <translation>Загрузка {0}…</translation>
    </message>
    <message>
        <source>, due {0}</source>
        <translation>, срок {0}</translation>
    </message>
    <message>
        <source>Status: {0}; revision {1}</source>
        <translation>Статус: {0}; редакция {1}</translation>
    </message>
    <message>
        <source>Application</source>
        <translation>Заявка</translation>
    </message>
    <message>
        <source>Duplicates ({0})</source>
        <translation>Дубликаты ({0})</translation>
    </message>
    <message>
        <source>History ({0})</source>
        <translation>История ({0})</translation>
    </message>
    <message>
        <source>Decisions are disabled while {0} holds it.</source>
        <translation>Пока с заявкой работает {0}, решения недоступны.</translation>
    </message>
    <message>
        <source>Only an administrator decides on applications.</source>
        <translation>Решения по заявкам принимает только администратор.</translation>
    </message>
    <message>
        <source>Decided: {0}</source>
        <translation>Решение принято: {0}</translation>
    </message>
    <message>
        <source>Correct…</source>
        <translation>Исправить…</translation>
    </message>
    <message>
        <source>Correct the data of this undecided application (a paper entry&apos;s typo)</source>
        <translation>Исправить данные заявки, по которой ещё нет решения (опечатка при вводе)</translation>
    </message>
    <message>
        <source>You cannot decide yet: the decision&apos;s letter is signed with the full name and position of the one who decides, and your account lacks them. Ask an administrator to fill them in (Administration → Users), then open the application again.</source>
        <translation>Вы пока не можете принять решение: уведомление о решении подписывается полным именем и должностью принимающего решение, а в вашей учетной записи их нет. Попросите администратора заполнить их (Администрирование → Пользователи), затем откройте заявку снова.</translation>
    </message>
    <message>
        <source>The letter cannot be signed</source>
        <translation>Уведомление невозможно подписать</translation>
    </message>
    <message>
        <source>Saving the decision…</source>
        <translation>Сохранение решения…</translation>
    </message>
    <message>
        <source>{0} registered: registry number {1}.</source>
        <translation>{0} включена в реестр: регистрационный № {1}.</translation>
    </message>
    <message>
        <source>{0}: {1}.</source>
        <translation>{0}: {1}.</translation>
    </message>
    <message>
        <source>Your hold was released: the decision was not saved</source>
        <translation>Заявку у вас освободили: решение не сохранено</translation>
    </message>
    <message>
        <source>Someone else holds it: the decision was not saved</source>
        <translation>С заявкой работает другой пользователь: решение не сохранено</translation>
    </message>
    <message>
        <source>The decision was not saved</source>
        <translation>Решение не сохранено</translation>
    </message>
</context>
<context>
    <name>RowGroup</name>
    <message>
        <source>— choose —</source>
        <translation>— выберите —</translation>
    </message>
    <message>
        <source>Remove this row</source>
        <translation>Удалить эту строку</translation>
    </message>
    <message>
        <source>dd.mm.yyyy</source>
        <translation>дд.мм.гггг</translation>
    </message>
</context>
<context>
    <name>SavedFilters</name>
    <message>
        <source>Saved filters</source>
        <translation>Сохранённые фильтры</translation>
    </message>
    <message>
        <source>Save filter</source>
        <translation>Сохранить фильтр</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Название:</translation>
    </message>
</context>
<context>
    <name>SecurityTab</name>
    <message>
        <source>Lock the screen after idle minutes:</source>
        <extracomment>setting name → its spin box label (the ranges come from models.settings.LIMITS)</extracomment>
        <translation>Блокировать экран после минут бездействия:</translation>
    </message>
    <message>
        <source>A hold on an application expires after idle minutes:</source>
        <translation>Заявка освобождается из работы после минут бездействия:</translation>
    </message>
    <message>
        <source>Failed sign-in attempts before the account locks:</source>
        <translation>Неудачных попыток входа до блокировки учётной записи:</translation>
    </message>
    <message>
        <source>The account stays locked for minutes:</source>
        <translation>Учётная запись блокируется на минут:</translation>
    </message>
    <message>
        <source>These settings apply to every workstation of this database.</source>
        <translation>Эти настройки действуют на всех рабочих местах этой базы данных.</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Сохранить</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Сохранено.</translation>
    </message>
</context>
<context>
    <name>SessionGuard</name>
    <message>
        <source>Locked</source>
        <extracomment>the idle lock until the shared setting has been read a fixed idle time (tests, scripts) instead of the shared setting</extracomment>
        <translation>Заблокировано</translation>
    </message>
    <message>
        <source>Only {0} can unlock this window. To work as {1}, sign {0} out first (unsaved input is lost).</source>
        <translation>Разблокировать это окно может только {0}. Чтобы работать как {1}, сначала выйдите из учётной записи {0} (несохранённый ввод будет потерян).</translation>
    </message>
    <message>
        <source>Only {0} can unlock this window.</source>
        <translation>Разблокировать это окно может только {0}.</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>Выйти (сменить пользователя)</translation>
    </message>
    <message>
        <source>Sign {0} out? Unsaved input in this window is lost.</source>
        <translation>Выйти из учётной записи {0}? Несохранённый ввод в этом окне будет потерян.</translation>
    </message>
</context>
<context>
    <name>SessionsTab</name>
    <message>
        <source>User</source>
        <extracomment>a session and its user&apos;s role (&quot;&quot; for a user no longer listed)</extracomment>
        <translation>Пользователь</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Роль</translation>
    </message>
    <message>
        <source>Workstation</source>
        <translation>Рабочее место</translation>
    </message>
    <message>
        <source>Signed in at</source>
        <translation>Время входа</translation>
    </message>
    <message>
        <source>Last seen</source>
        <translation>Последняя активность</translation>
    </message>
    <message>
        <source>Who is signed in where (sessions seen in the last 12 hours).</source>
        <translation>Кто и где работает в системе (сеансы за последние 12 часов).</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Обновить</translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <source>Read-only workstation</source>
        <translation>Рабочее место только для чтения</translation>
    </message>
    <message>
        <source>The database cannot be written from this workstation (a read-only file or connection, a full disk, or a long lock). You can look up and print, but decisions and other changes will be refused, and this sign-in is not in the audit log.</source>
        <translation>С этого рабочего места нельзя записывать в базу данных (файл или подключение только для чтения, диск заполнен или долгая блокировка). Можно искать и печатать, но решения и другие изменения будут отклонены, а этот вход не попадет в журнал аудита.</translation>
    </message>
    <message>
        <source>Tizilim — sign in</source>
        <translation>Tizilim — вход</translation>
    </message>
    <message>
        <source>Registry of specialists who provide special social services</source>
        <translation>Реестр специалистов, оказывающих специальные социальные услуги</translation>
    </message>
    <message>
        <source>Login:</source>
        <translation>Логин:</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>Пароль:</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>Язык:</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Войти</translation>
    </message>
    <message>
        <source>Enter your login and password.</source>
        <translation>Введите логин и пароль.</translation>
    </message>
    <message>
        <source>Cannot open the database. Check that the database file or server is available and try again; ask your administrator if it persists.</source>
        <translation>Не удаётся открыть базу данных. Проверьте, что файл базы данных или сервер доступны, и повторите попытку; если ошибка повторяется, обратитесь к администратору.</translation>
    </message>
</context>
<context>
    <name>StatisticsPanel</name>
    <message>
        <source>not given</source>
        <extracomment>what a click asks for: (&quot;decided&quot; | &quot;received&quot;, {drill fields}) or (&quot;worklist&quot;, {filter})</extracomment>
        <translation>не указана</translation>
    </message>
    <message>
        <source>By region (the table for the Ministry)</source>
        <translation>По областям (таблица для Министерства)</translation>
    </message>
    <message>
        <source>Point at a bar for the ground&apos;s wording</source>
        <translation>Наведите указатель на столбец, чтобы увидеть формулировку основания</translation>
    </message>
    <message>
        <source>Late decisions and the causes of the delay</source>
        <translation>Решения, принятые с нарушением срока, и причины задержки</translation>
    </message>
    <message>
        <source>received ({0} after a return)</source>
        <translation>поступило (из них после возврата: {0})</translation>
    </message>
    <message>
        <source>decided</source>
        <translation>принято решений</translation>
    </message>
    <message>
        <source>on time ({0} decisions)</source>
        <translation>в срок (решений: {0})</translation>
    </message>
    <message>
        <source>late</source>
        <translation>с нарушением срока</translation>
    </message>
    <message>
        <source>working days to a decision:
median / 90th percentile</source>
        <translation>рабочих дней до решения:
медиана / 90-й процентиль</translation>
    </message>
    <message>
        <source>awaiting a decision now</source>
        <translation>ожидают решения сейчас</translation>
    </message>
    <message>
        <source>overdue now</source>
        <translation>просрочено сейчас</translation>
    </message>
    <message>
        <source>due today</source>
        <translation>срок истекает сегодня</translation>
    </message>
    <message>
        <source>in the registry at the period&apos;s end</source>
        <translation>в реестре на конец периода</translation>
    </message>
    <message>
        <source>of them in the public edition</source>
        <translation>из них в общедоступном издании</translation>
    </message>
    <message>
        <source>Decisions by kind and timeliness</source>
        <translation>Решения по видам и срокам</translation>
    </message>
    <message>
        <source>On time</source>
        <translation>В срок</translation>
    </message>
    <message>
        <source>Late</source>
        <translation>С нарушением срока</translation>
    </message>
    <message>
        <source>Decisions</source>
        <translation>Решения</translation>
    </message>
    <message>
        <source>Decisions by ground of p.9</source>
        <translation>Решения по основаниям п. 9</translation>
    </message>
    <message>
        <source>By region</source>
        <translation>По областям</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Поступило</translation>
    </message>
    <message>
        <source>Decided</source>
        <translation>Принято решений</translation>
    </message>
    <message>
        <source>Overdue now</source>
        <translation>Просрочено сейчас</translation>
    </message>
    <message>
        <source>By reviewer</source>
        <translation>По рассматривающим</translation>
    </message>
    <message>
        <source>Working days from receipt to decision</source>
        <translation>Рабочих дней от приема до решения</translation>
    </message>
    <message>
        <source>1st</source>
        <translation>1-й</translation>
    </message>
    <message>
        <source>2nd</source>
        <translation>2-й</translation>
    </message>
    <message>
        <source>3rd or later</source>
        <translation>3-й и последующие</translation>
    </message>
    <message>
        <source>Returns for revision and resubmissions</source>
        <translation>Возвраты на доработку и повторная подача</translation>
    </message>
    <message>
        <source>Returned</source>
        <translation>Возвращено</translation>
    </message>
    <message>
        <source>Resubmitted</source>
        <translation>Подано повторно</translation>
    </message>
    <message>
        <source>The registry by month</source>
        <translation>Реестр по месяцам</translation>
    </message>
    <message>
        <source>Included</source>
        <translation>Включено</translation>
    </message>
    <message>
        <source>Excluded</source>
        <translation>Исключено</translation>
    </message>
    <message>
        <source>The newest {0} of {1} late decisions.</source>
        <translation>Показаны последние {0} из {1} решений с нарушением срока.</translation>
    </message>
    <message>
        <source>Return for revision (p.9 2))</source>
        <translation>Возврат на доработку (пп. 2) п. 9)</translation>
    </message>
    <message>
        <source>Refusal (p.9 3))</source>
        <translation>Отказ (пп. 3) п. 9)</translation>
    </message>
</context>
<context>
    <name>StatisticsView</name>
    <message>
        <source>This month</source>
        <translation>Текущий месяц</translation>
    </message>
    <message>
        <source>Last month</source>
        <translation>Прошлый месяц</translation>
    </message>
    <message>
        <source>This quarter</source>
        <translation>Текущий квартал</translation>
    </message>
    <message>
        <source>Last quarter</source>
        <translation>Прошлый квартал</translation>
    </message>
    <message>
        <source>This year</source>
        <translation>Текущий год</translation>
    </message>
    <message>
        <source>Last year</source>
        <translation>Прошлый год</translation>
    </message>
    <message>
        <source>Other period</source>
        <translation>Другой период</translation>
    </message>
    <message>
        <source>Period:</source>
        <translation>Период:</translation>
    </message>
    <message>
        <source>All regions</source>
        <translation>Все области</translation>
    </message>
    <message>
        <source>All professions</source>
        <translation>Все профессии</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Обновить</translation>
    </message>
    <message>
        <source>File in Kazakh and Russian</source>
        <translation>Файл на казахском и русском</translation>
    </message>
    <message>
        <source>File in Kazakh</source>
        <translation>Файл на казахском</translation>
    </message>
    <message>
        <source>File in Russian</source>
        <translation>Файл на русском</translation>
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
        <translation>Подсчёт…</translation>
    </message>
    <message>
        <source>As of {0}; counts of the period by the day in Kazakhstan time.</source>
        <translation>По состоянию на {0}; показатели периода считаются по дням по времени Казахстана.</translation>
    </message>
    <message>
        <source>Save the statistics as</source>
        <translation>Сохранить статистику как</translation>
    </message>
    <message>
        <source>Writing {0}…</source>
        <translation>Запись {0}…</translation>
    </message>
    <message>
        <source>Saved: {0}</source>
        <translation>Сохранено: {0}</translation>
    </message>
    <message>
        <source>The file was not written</source>
        <translation>Файл не записан</translation>
    </message>
</context>
<context>
    <name>Status</name>
    <message>
        <source>Submitted</source>
        <translation>Подана</translation>
    </message>
    <message>
        <source>Resubmitted</source>
        <translation>Подана повторно</translation>
    </message>
    <message>
        <source>Registered</source>
        <translation>Зарегистрирована</translation>
    </message>
    <message>
        <source>Returned for revision</source>
        <translation>Возвращена на доработку</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Отказано</translation>
    </message>
    <message>
        <source>Register</source>
        <translation>Включить в реестр</translation>
    </message>
    <message>
        <source>Return for revision</source>
        <translation>Вернуть на доработку</translation>
    </message>
    <message>
        <source>Refuse</source>
        <translation>Отказать</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>Администратор</translation>
    </message>
    <message>
        <source>Local executive body clerk</source>
        <translation>Сотрудник МИО</translation>
    </message>
    <message>
        <source>Report viewer</source>
        <translation>Просмотр отчётов</translation>
    </message>
    <message>
        <source>in Kazakh / in Russian, e.g. Тізілім бөлімінің басшысы / Руководитель отдела реестра</source>
        <translation>по-казахски / по-русски, например: Тізілім бөлімінің басшысы / Руководитель отдела реестра</translation>
    </message>
</context>
<context>
    <name>TemplatesTab</name>
    <message>
        <source>Letter (PDF)</source>
        <translation>Уведомление (PDF)</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Электронная почта</translation>
    </message>
    <message>
        <source>SMS</source>
        <translation>SMS</translation>
    </message>
    <message>
        <source>Kazakh</source>
        <translation>Казахский</translation>
    </message>
    <message>
        <source>Russian</source>
        <translation>Русский</translation>
    </message>
    <message>
        <source>Subject:</source>
        <translation>Тема:</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Предпросмотр</translation>
    </message>
    <message>
        <source>Save the template</source>
        <translation>Сохранить шаблон</translation>
    </message>
    <message>
        <source>Back to the shipped template</source>
        <translation>Вернуть исходный шаблон</translation>
    </message>
    <message>
        <source>Required: {0}</source>
        <translation>Обязательно: {0}</translation>
    </message>
    <message>
        <source>A return or a refusal is not sent by SMS: its reasons (and a refusal&apos;s appeal route) do not fit one. Without an e-mail it is delivered by hand.</source>
        <translation>Возврат и отказ не отправляются по SMS: причины (а при отказе и порядок обжалования) в него не помещаются. Без электронной почты уведомление вручается лично.</translation>
    </message>
    <message>
        <source>Changed, not saved yet.</source>
        <translation>Изменено, ещё не сохранено.</translation>
    </message>
    <message>
        <source>As shipped.</source>
        <translation>Исходный шаблон.</translation>
    </message>
    <message>
        <source>Changed by {0}.</source>
        <translation>Изменил: {0}.</translation>
    </message>
    <message numerus="yes">
        <source>%n SMS segment(s)</source>
        <translation>
            <numerusform>SMS: %n часть</numerusform>
            <numerusform>SMS: %n части</numerusform>
            <numerusform>SMS: %n частей</numerusform>
        </translation>
    </message>
    <message>
        <source>Not shown: the template is refused.</source>
        <translation>Не показано: шаблон не принят.</translation>
    </message>
    <message>
        <source>Saved: used for the next decisions.</source>
        <translation>Сохранено: применяется к следующим решениям.</translation>
    </message>
    <message>
        <source>Letter templates</source>
        <translation>Шаблоны уведомлений</translation>
    </message>
    <message>
        <source>Discard the changes to this template and use the shipped one?</source>
        <translation>Отменить изменения этого шаблона и вернуть исходный?</translation>
    </message>
</context>
<context>
    <name>UpgradeDialog</name>
    <message>
        <source>Upgrading the database</source>
        <translation>Обновление базы данных</translation>
    </message>
    <message>
        <source>The database is at schema {0}; this version of Tizilim needs {1}. A copy of the database is saved beside it first.</source>
        <translation>База данных в версии схемы {0}, этой версии Tizilim нужна {1}. Сначала рядом сохраняется копия базы.</translation>
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
        <translation>ФИО:</translation>
    </message>
    <message>
        <source>Position (signs letters):</source>
        <translation>Должность (подписывает уведомления):</translation>
    </message>
    <message>
        <source>Role:</source>
        <translation>Роль:</translation>
    </message>
    <message>
        <source>Region (clerks):</source>
        <translation>Регион (для МИО):</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>Пароль:</translation>
    </message>
    <message>
        <source>Repeat password:</source>
        <translation>Повторите пароль:</translation>
    </message>
    <message>
        <source>Reset password</source>
        <translation>Сброс пароля</translation>
    </message>
    <message>
        <source>Change user {0}</source>
        <translation>Изменение пользователя {0}</translation>
    </message>
    <message>
        <source>New user</source>
        <translation>Новый пользователь</translation>
    </message>
    <message>
        <source>Enter a login without spaces.</source>
        <translation>Введите логин без пробелов.</translation>
    </message>
    <message>
        <source>A clerk needs a region.</source>
        <translation>Для сотрудника МИО выберите регион.</translation>
    </message>
    <message>
        <source>The password must be at least 12 characters long.</source>
        <translation>Пароль должен содержать не менее 12 символов.</translation>
    </message>
    <message>
        <source>The passwords do not match.</source>
        <translation>Пароли не совпадают.</translation>
    </message>
    <message>
        <source>Without a full name and a position this administrator cannot decide: decision letters are signed with them.</source>
        <translation>Без полного имени и должности этот администратор не может принимать решения: ими подписываются уведомления о решениях.</translation>
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
        <translation>ФИО</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Должность</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Роль</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Регион</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Активен</translation>
    </message>
    <message>
        <source>Locked until</source>
        <translation>Заблокирован до</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>да</translation>
    </message>
    <message>
        <source>no</source>
        <translation>нет</translation>
    </message>
    <message>
        <source>New user…</source>
        <translation>Новый пользователь…</translation>
    </message>
    <message>
        <source>Deactivate / activate</source>
        <translation>Отключить / включить</translation>
    </message>
    <message>
        <source>Reset password…</source>
        <translation>Сбросить пароль…</translation>
    </message>
    <message>
        <source>Change…</source>
        <translation>Изменить…</translation>
    </message>
</context>
<context>
    <name>Values</name>
    <message>
        <source>yes</source>
        <extracomment>one application record as stored (JSON: the DTO&apos;s ``data``, a duplicate&apos;s facts) what was read of each duplicate for the side-by-side view, by its portal id revision keys stored flat that the form (and its validation messages) keep under &quot;address&quot; the catalog behind a coded field, by the field&apos;s last name</extracomment>
        <translation>да</translation>
    </message>
    <message>
        <source>no</source>
        <translation>нет</translation>
    </message>
</context>
<context>
    <name>WorkQueue</name>
    <message>
        <source>No applications are waiting.</source>
        <translation>Заявок, ожидающих решения, нет.</translation>
    </message>
    <message>
        <source>Your hold on {0} was released by {1}: {2}</source>
        <translation>Заявку {0} у вас освободил администратор {1}: {2}</translation>
    </message>
</context>
<context>
    <name>WorklistBulk</name>
    <message>
        <source>With the checked…</source>
        <translation>С отмеченными…</translation>
    </message>
    <message>
        <source>Check rows with their boxes, or select rows (Shift, Ctrl) and press Space</source>
        <translation>Отметьте строки флажками или выделите строки (Shift, Ctrl) и нажмите Пробел</translation>
    </message>
    <message>
        <source>Print a day&apos;s letters…</source>
        <translation>Уведомления за день…</translation>
    </message>
    <message>
        <source>Take into work</source>
        <translation>Взять в работу</translation>
    </message>
    <message>
        <source>Release the hold…</source>
        <translation>Освободить…</translation>
    </message>
    <message>
        <source>Print their letters…</source>
        <translation>Печать их уведомлений…</translation>
    </message>
    <message>
        <source>Uncheck all</source>
        <translation>Снять все отметки</translation>
    </message>
    <message numerus="yes">
        <source>Checked: %n</source>
        <translation>
            <numerusform>Отмечено: %n</numerusform>
            <numerusform>Отмечено: %n</numerusform>
            <numerusform>Отмечено: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n application(s): {0}</source>
        <translation>
            <numerusform>%n заявка: {0}</numerusform>
            <numerusform>%n заявки: {0}</numerusform>
            <numerusform>%n заявок: {0}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{0} for %n application(s) with the same grounds and comment; each gets its own decision and letter. The letter shown is the one {1} ({2}) will get.</source>
        <translation>
            <numerusform>{0}: %n заявка, основания и комментарий одни и те же; по каждой — своё решение и уведомление. Показано уведомление, которое получит {1} ({2}).</numerusform>
            <numerusform>{0}: %n заявки, основания и комментарий одни и те же; по каждой — своё решение и уведомление. Показано уведомление, которое получит {1} ({2}).</numerusform>
            <numerusform>{0}: %n заявок, основания и комментарий одни и те же; по каждой — своё решение и уведомление. Показано уведомление, которое получит {1} ({2}).</numerusform>
        </translation>
    </message>
    <message>
        <source>Release the hold</source>
        <translation>Освободить заявки</translation>
    </message>
    <message>
        <source>Some of them are held by other users; the reason they will be told:</source>
        <translation>С некоторыми работают другие пользователи; причина, которую им сообщат:</translation>
    </message>
    <message>
        <source>Print a day&apos;s letters</source>
        <translation>Печать уведомлений за день</translation>
    </message>
    <message>
        <source>No decisions were made on {0}; no file was written.</source>
        <translation>{0} решений не принималось; файл не записан.</translation>
    </message>
    <message numerus="yes">
        <source>%n letter(s) saved: {0}</source>
        <translation>
            <numerusform>%n уведомление сохранено: {0}</numerusform>
            <numerusform>%n уведомления сохранено: {0}</numerusform>
            <numerusform>%n уведомлений сохранено: {0}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WorklistModel</name>
    <message>
        <source>Number</source>
        <translation>Номер</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Поступила</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>Срок рассмотрения</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Регион</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>ФИО</translation>
    </message>
    <message>
        <source>Profession</source>
        <translation>Профессия</translation>
    </message>
    <message>
        <source>Revision</source>
        <translation>Редакция</translation>
    </message>
    <message>
        <source>Held by</source>
        <translation>У кого</translation>
    </message>
    <message>
        <source>Duplicates</source>
        <translation>Дубликаты</translation>
    </message>
    <message>
        <source>{0} — due today</source>
        <extracomment>header clicks sort; off while the view sets up its header (a model that already reads its first page would otherwise be re-sorted by the default indicator)</extracomment>
        <translation>{0}, срок сегодня</translation>
    </message>
    <message numerus="yes">
        <source>{0} — overdue by %n w.d.</source>
        <translation>
            <numerusform>{0}, просрочено %n раб. дн.</numerusform>
            <numerusform>{0}, просрочено %n раб. дн.</numerusform>
            <numerusform>{0}, просрочено %n раб. дн.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{0} — %n w.d. left</source>
        <translation>
            <numerusform>{0}, остался %n раб. дн.</numerusform>
            <numerusform>{0}, осталось %n раб. дн.</numerusform>
            <numerusform>{0}, осталось %n раб. дн.</numerusform>
        </translation>
    </message>
    <message>
        <source>possible</source>
        <translation>возможен</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Просрочено</translation>
    </message>
    <message>
        <source>Due today</source>
        <translation>Срок сегодня</translation>
    </message>
    <message>
        <source>{0} holds it since {1}</source>
        <translation>В работе у {0} с {1}</translation>
    </message>
</context>
<context>
    <name>WorklistView</name>
    <message>
        <source>Search: name (either script), IIN or number</source>
        <extracomment>what other modules import from here</extracomment>
        <translation>Поиск: ФИО (любым алфавитом), ИИН или номер</translation>
    </message>
    <message>
        <source>Awaiting decision</source>
        <translation>Ожидают решения</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Все статусы</translation>
    </message>
    <message>
        <source>All regions</source>
        <translation>Все регионы</translation>
    </message>
    <message>
        <source>All professions</source>
        <translation>Все профессии</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Просрочено</translation>
    </message>
    <message>
        <source>Due today</source>
        <translation>Срок сегодня</translation>
    </message>
    <message>
        <source>Received:</source>
        <translation>Поступила:</translation>
    </message>
    <message>
        <source>Save filter…</source>
        <translation>Сохранить фильтр…</translation>
    </message>
    <message>
        <source>Delete the saved filter</source>
        <translation>Удалить сохранённый фильтр</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Сбросить фильтр</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Загрузка…</translation>
    </message>
    <message numerus="yes">
        <source>Applications: %Ln+ (counting…)</source>
        <translation>
            <numerusform>Заявок: %Ln+ (подсчёт…)</numerusform>
            <numerusform>Заявок: %Ln+ (подсчёт…)</numerusform>
            <numerusform>Заявок: %Ln+ (подсчёт…)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Applications: %Ln</source>
        <translation>
            <numerusform>Заявок: %Ln</numerusform>
            <numerusform>Заявок: %Ln</numerusform>
            <numerusform>Заявок: %Ln</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WorkstationSettingsDialog</name>
    <message>
        <source>everything (for support)</source>
        <translation>всё (для техподдержки)</translation>
    </message>
    <message>
        <source>usual</source>
        <translation>обычный</translation>
    </message>
    <message>
        <source>warnings and errors</source>
        <translation>предупреждения и ошибки</translation>
    </message>
    <message>
        <source>errors only</source>
        <translation>только ошибки</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Настройки</translation>
    </message>
    <message>
        <source>the file in the user data folder</source>
        <translation>файл в папке данных пользователя</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Обзор…</translation>
    </message>
    <message>
        <source>as the administrator set</source>
        <translation>как задал администратор</translation>
    </message>
    <message>
        <source> min</source>
        <translation> мин</translation>
    </message>
    <message>
        <source>Database (file or server URL):</source>
        <translation>База данных (файл или адрес сервера):</translation>
    </message>
    <message>
        <source>Interface language:</source>
        <translation>Язык интерфейса:</translation>
    </message>
    <message>
        <source>Lock the screen sooner, after:</source>
        <translation>Блокировать экран раньше, через:</translation>
    </message>
    <message>
        <source>Log detail:</source>
        <translation>Подробность журнала:</translation>
    </message>
    <message>
        <source>A new database is used from the next start. Saved in {0}</source>
        <translation>Новая база данных используется со следующего запуска. Сохраняется в {0}</translation>
    </message>
    <message>
        <source>Database file</source>
        <translation>Файл базы данных</translation>
    </message>
    <message>
        <source>SQLite database (*.db)</source>
        <translation>База данных SQLite (*.db)</translation>
    </message>
</context>
</TS>
