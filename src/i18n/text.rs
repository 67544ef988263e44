//! The string table: each key once, with its English and its Russian.
//!
//! `{}` marks where `fill` puts an argument; both languages keep the same number of them.

macro_rules! strings {
    ($($key:ident => $en:literal, $ru:literal;)+) => {
        /// A user-visible string.
        #[derive(Debug, Clone, Copy, PartialEq, Eq)]
        pub enum Text { $($key),+ }

        impl Text {
            #[cfg(test)]
            pub const ALL: &'static [Text] = &[$(Text::$key),+];

            pub fn en(self) -> &'static str {
                match self { $(Text::$key => $en),+ }
            }

            pub fn ru(self) -> &'static str {
                match self { $(Text::$key => $ru),+ }
            }
        }
    };
}

strings! {
    AppName => "Six Rounds", "Шесть раундов";
    SkipToContent => "Skip to content", "Перейти к содержимому";
    PlanTitle => "Plan title", "Название плана";
    UntitledPlan => "Untitled plan", "План без названия";
    ToolsNav => "Plan tools", "Инструменты плана";
    NavPlans => "Plans", "Планы";
    NavShare => "Share & files", "Ссылка и файлы";
    Language => "Language", "Язык";
    SaveSaved => "Saved in this browser", "Сохранено в браузере";
    SavePending => "Saving…", "Сохраняется…";
    SaveInMemory => "Not saved — only in this tab", "Не сохранено — только в этой вкладке";
    RoundsNav => "Rounds", "Раунды";
    RoundN => "Round {}", "Раунд {}";
    RoundsPager => "Next and previous round", "Следующий и предыдущий раунд";
    PreviousRound => "← Previous round", "← Предыдущий раунд";
    NextRound => "Next →", "Дальше →";
    Decision => "The decision", "Решение";
    RoundRoles => "Roles", "Роли";
    RoundLead => "The sales-ready lead", "Лид, готовый к продаже";
    RoundGoals => "Goals", "Цели";
    RoundIntegration => "Software integration", "Интеграция систем";
    RoundSla => "The SLA", "Соглашение (SLA)";
    RoundCadence => "Staying in touch", "Постоянная связь";
    QuestionRoles => "Who does what between the first touch and the signed deal — and who answers for it?", "Кто что делает от первого касания до подписанной сделки — и кто за это отвечает?";
    QuestionLead => "What exactly makes a lead worth a salesperson's time, and what happens to the ones that are not?", "Что именно делает лида достойным времени продавца — и что происходит с остальными?";
    QuestionGoals => "How does the revenue goal break down into each side's own numbers?", "Как цель по выручке раскладывается на собственные цифры каждой стороны?";
    QuestionIntegration => "How do the CRM and the marketing tools share data, and which campaigns earn the revenue?", "Как CRM и маркетинговые системы обмениваются данными и какие кампании приносят выручку?";
    QuestionSla => "What does each side promise the other, in numbers both can check every month?", "Что каждая сторона обещает другой — в цифрах, которые обе могут проверять каждый месяц?";
    QuestionCadence => "When do both sides meet, what do they look at, and who does what by when?", "Когда стороны встречаются, что обсуждают и кто что делает к какому сроку?";
    ProgressEmpty => "Not started", "Не начат";
    ProgressStarted => "In progress", "В работе";
    ProgressComplete => "Complete", "Завершён";
    InThisPlan => "In this plan so far", "Что уже есть в плане";
    NothingYet => "Nothing decided in this round yet.", "В этом раунде пока ничего не решено.";
    ToolsComing => "The editing tools for this round are being built. Until then this page shows what the plan holds; load the example plan from Plans to see a filled one.", "Инструменты редактирования для этого раунда в разработке. Пока эта страница показывает, что есть в плане; заполненный пример можно открыть на странице «Планы».";
    Activity => "Activity", "Действие";
    Field => "Field", "Поле";
    Value => "Value", "Значение";
    Points => "Points", "Баллы";
    MqlThreshold => "MQL threshold", "Порог MQL";
    SqlThreshold => "SQL threshold", "Порог SQL";
    GoalsCaption => "The goal tree", "Дерево целей";
    Goal => "Goal", "Цель";
    Side => "Side", "Сторона";
    Target => "Target", "План";
    Actual => "Actual", "Факт";
    RevenueGoal => "Revenue goal", "Цель по выручке";
    DealSize => "Average deal size", "Средний размер сделки";
    Systems => "Systems", "Системы";
    AgreedModel => "Agreed attribution model", "Согласованная модель атрибуции";
    Deals => "Deals in the sandbox", "Сделок в песочнице";
    CampaignsCaption => "Campaigns", "Кампании";
    Campaign => "Campaign", "Кампания";
    Channel => "Channel", "Канал";
    Cost => "Cost", "Затраты";
    MqlsPerMonth => "MQLs a month from marketing", "MQL в месяц от маркетинга";
    FirstResponse => "First response by sales", "Первый ответ продаж";
    MinutesN => "within {} min", "в течение {} мин";
    Attempts => "Follow-up", "Попытки связаться";
    AttemptsInDays => "{} attempts in {} days", "{} попыток за {} дн.";
    DealsPerMonth => "Deals closed a month", "Закрытых сделок в месяц";
    ActualsCaption => "Monthly actuals", "Факт по месяцам";
    Month => "Month", "Месяц";
    MqlsDelivered => "MQLs delivered", "Передано MQL";
    Accepted => "Accepted", "Принято";
    Closed => "Closed", "Закрыто";
    JointMeeting => "Joint meeting", "Общая встреча";
    ActionItems => "Action items", "Задачи";
    FirstMeeting => "First joint meeting", "Первая общая встреча";
    SideMarketing => "Marketing", "Маркетинг";
    SideSales => "Sales", "Продажи";
    SideShared => "Shared", "Общая";
    StageAttract => "Attract", "Привлечение";
    StageCapture => "Capture", "Сбор контактов";
    StageQualify => "Qualify", "Квалификация";
    StageHandOff => "Hand off", "Передача";
    StageNurture => "Nurture", "Прогрев";
    StageSell => "Sell", "Продажа";
    StageClose => "Close", "Закрытие";
    StageRecycle => "Recycle", "Возврат";
    StageReport => "Report", "Отчётность";
    ModelFirstTouch => "First touch", "Первое касание";
    ModelLastTouch => "Last touch", "Последнее касание";
    ModelLinear => "Linear", "Линейная";
    ModelUShaped => "U-shaped (40/40/20)", "U-образная (40/40/20)";
    ModelWShaped => "W-shaped (30/30/30 + 10)", "W-образная (30/30/30 + 10)";
    ModelTimeDecay => "Time decay", "С затуханием во времени";
    FrequencyWeekly => "Weekly", "Еженедельно";
    FrequencyBiweekly => "Every two weeks", "Раз в две недели";
    FrequencyMonthlyByDate => "Monthly, same date", "Ежемесячно, в то же число";
    FrequencyMonthlyByWeekday => "Monthly, same weekday", "Ежемесячно, в тот же день недели";
    DecisionLead => "The whole plan at a glance: where each round stands and the numbers both sides agreed.", "Весь план на одной странице: где находится каждый раунд и о каких цифрах договорились стороны.";
    WhereEachRoundStands => "Where each round stands", "Состояние раундов";
    KeyNumbers => "Key numbers", "Ключевые цифры";
    PlansHeading => "Plans", "Планы";
    ThisPlan => "This plan", "Этот план";
    Organisation => "Organisation", "Организация";
    Facilitator => "Facilitator", "Ведущий";
    PlanLanguage => "Language of the plan", "Язык плана";
    YourPlans => "Plans in this browser", "Планы в этом браузере";
    LibraryHint => "Plans are kept in this browser only. Nothing is sent anywhere; share a plan as a link or a file.", "Планы хранятся только в этом браузере и никуда не отправляются. Поделиться планом можно ссылкой или файлом.";
    NewPlan => "New plan", "Новый план";
    LoadExample => "Load the example plan", "Открыть пример плана";
    UpdatedAt => "Changed {}", "Изменён {}";
    OpenNow => "open now", "открыт сейчас";
    Open => "Open", "Открыть";
    Rename => "Rename", "Переименовать";
    NewName => "New name", "Новое название";
    Save => "Save", "Сохранить";
    Cancel => "Cancel", "Отмена";
    Duplicate => "Duplicate", "Копировать";
    CopySuffix => "(copy)", "(копия)";
    Delete => "Delete", "Удалить";
    DeleteForGood => "Delete for good", "Удалить навсегда";
    ConfirmDelete => "Delete “{}”? This cannot be undone; export it first if you may need it.", "Удалить «{}»? Это нельзя отменить; если план может понадобиться, сначала сохраните его в файл.";
    ShareHeading => "Share & files", "Ссылка и файлы";
    ShareLink => "Share link", "Ссылка на план";
    ShareLinkHint => "The whole plan travels inside the link, after the #, which browsers never send to a server. Whoever opens it gets a copy in their own browser; yours stays as it is.", "Весь план передаётся внутри ссылки, после знака #, который браузер никогда не отправляет на сервер. Получатель открывает копию в своём браузере; ваш план не меняется.";
    ShareLinkLabel => "Link to this plan", "Ссылка на этот план";
    LinkLength => "{} characters", "Символов: {}";
    LinkReachEverywhere => "short enough for any mail client, chat or link shortener.", "подходит для любой почты, мессенджера и сокращателя ссылок.";
    LinkReachBrowsers => "works when pasted into a browser, but some mail and chat apps cut links this long. Send the file if in doubt.", "откроется в браузере, но некоторые почтовые программы и мессенджеры обрезают такие длинные ссылки. Если сомневаетесь, отправьте файл.";
    LinkReachTooLong => "too long to share safely as a link. Send the JSON file instead.", "слишком длинная для надёжной передачи. Отправьте вместо неё файл JSON.";
    CopyLink => "Copy link", "Копировать ссылку";
    ExportHeading => "Save as a file", "Сохранить в файл";
    ExportHint => "A JSON file keeps the whole plan; it opens in Six Rounds on any computer.", "Файл JSON содержит весь план и открывается в «Шести раундах» на любом компьютере.";
    ExportJson => "Download JSON file", "Скачать файл JSON";
    ImportHeading => "Open a file or a link", "Открыть файл или ссылку";
    ImportHint => "An imported plan is added as a new plan; nothing you have is replaced. You can also drop a file anywhere on this page.", "Импортированный план добавляется как новый; ничего из имеющегося не заменяется. Файл можно и просто перетащить на страницу.";
    ImportFile => "Choose a plan file (.json)", "Выберите файл плана (.json)";
    ImportPaste => "Or paste a plan's JSON or a share link", "Или вставьте JSON плана или ссылку на него";
    ImportPasted => "Import what I pasted", "Импортировать вставленное";
    Dismiss => "Dismiss", "Закрыть";
    LoadNewerVersion => "Load the newer version", "Загрузить новую версию";
    KeepMineAsCopy => "Keep mine as a copy", "Сохранить мою как копию";
    NoticeSharedAdded => "The shared plan “{}” was added to your plans and opened. Your other plans are unchanged.", "План «{}» из ссылки добавлен к вашим планам и открыт. Остальные планы не изменились.";
    NoticeImported => "“{}” was imported as a new plan and opened.", "«{}» импортирован как новый план и открыт.";
    NoticeLinkFailed => "This link could not be opened; nothing was changed.", "Не удалось открыть эту ссылку; ничего не изменилось.";
    NoticeImportFailed => "Nothing was imported.", "Ничего не импортировано.";
    NoticeExampleLoaded => "The example plan was added to your plans and opened.", "Пример плана добавлен к вашим планам и открыт.";
    NoticeStorageFull => "This browser's storage is full, so the latest changes are kept in this tab only. Download the plan as a file to keep it, then delete plans you no longer need.", "Хранилище браузера заполнено, поэтому последние изменения есть только в этой вкладке. Скачайте план файлом, затем удалите ненужные планы.";
    NoticeStorageUnavailable => "This browser does not let Six Rounds store data (private mode or a setting), so your work lives in this tab only. Download it as a file before you close the tab.", "Браузер не разрешает «Шести раундам» хранить данные (приватный режим или настройка), поэтому работа есть только в этой вкладке. Скачайте её файлом перед закрытием.";
    NoticeSetAside => "Some stored data could not be read. It was kept aside, not deleted, and the rest opened normally.", "Часть сохранённых данных не удалось прочитать. Они отложены в сторону, а не удалены; остальное открылось как обычно.";
    NoticeNewerInOtherTab => "This plan was changed in another tab. Your changes here were not saved over it.", "Этот план изменили в другой вкладке. Ваши изменения здесь не записаны поверх.";
    NoticeUpdatedFromOtherTab => "This plan was updated from another tab.", "План обновлён из другой вкладки.";
    NoticeCopied => "The link was copied.", "Ссылка скопирована.";
    NoticeCopyFailed => "The browser did not allow copying. Select the link and copy it by hand.", "Браузер не разрешил копирование. Выделите ссылку и скопируйте её вручную.";
    ErrNotALink => "It does not contain a Six Rounds plan.", "В ней нет плана «Шести раундов».";
    ErrBadBase64 => "It is damaged: the data after “#z=” contains characters a plan link never has. Was it cut or changed on the way?", "Ссылка повреждена: после «#z=» стоят символы, которых в ссылке на план не бывает. Возможно, её обрезали или изменили.";
    ErrCorrupt => "It is damaged or incomplete (the checksum does not match). Ask for the link again, or for the file.", "Ссылка повреждена или неполная (не совпадает контрольная сумма). Попросите ссылку ещё раз или файл.";
    ErrLinkTooLong => "It is longer than {} KiB, the most a plan link may be. Share the file instead.", "Она длиннее {} КиБ — это больше, чем допустимо для ссылки на план. Используйте файл.";
    ErrLinkExpandsTooMuch => "It unpacks to more than {} KiB, the most a plan link may hold. Share the file instead.", "Она распаковывается в более чем {} КиБ — больше, чем допустимо для ссылки. Используйте файл.";
    ErrNotJson => "The text is not valid JSON:", "Текст не является корректным JSON:";
    ErrWrongFormat => "It is not a Six Rounds plan (it has no \"format\": \"six-rounds-plan\").", "Это не план «Шести раундов» (нет \"format\": \"six-rounds-plan\").";
    ErrNoSchema => "It has no valid schema number.", "В нём нет корректного номера схемы.";
    ErrNewerSchema => "It was made by a newer version of Six Rounds (schema {}; this one reads up to {}). Update the app, or ask for a file from the same version.", "Он создан более новой версией «Шести раундов» (схема {}; эта версия читает до {}). Обновите приложение или попросите файл из той же версии.";
    ErrInvalid => "The plan breaks these rules:", "План нарушает правила:";
    ErrMoreProblems => "…and {} more.", "…и ещё {}.";
    ErrImportEmpty => "There is nothing to import: paste a plan's JSON or a share link first.", "Нечего импортировать: сначала вставьте JSON плана или ссылку.";
    ErrFileTooLarge => "The file is larger than 20 MiB, too large to be a plan.", "Файл больше 20 МиБ — слишком большой для плана.";
    ErrFileUnreadable => "The file could not be read as text.", "Файл не удалось прочитать как текст.";
    ProblemShape => "has the wrong form ({})", "неверный формат ({})";
    ProblemTooLong => "is longer than {} characters", "длиннее {} символов";
    ProblemTooMany => "has more than {} entries", "больше {} элементов";
    ProblemDuplicateId => "the id “{}” is used twice", "идентификатор «{}» встречается дважды";
    ProblemUnknownId => "refers to “{}”, which does not exist", "ссылается на «{}», которого нет";
    ProblemOutOfRange => "must be between {} and {}", "должно быть от {} до {}";
    ProblemDateOrder => "comes before the date it must follow", "раньше даты, после которой должно быть";
    ProblemCycle => "the goals' parents lead back to the goal itself", "родители цели ведут обратно к ней самой";
    ProblemWholeDocument => "the document", "документ";
    StartMatrixHeading => "Start the matrix", "Начните матрицу";
    StartMatrixHint => "Start from the usual activities of a B2B funnel (no letters filled in: that is the room's job), or add your own activities one by one.", "Начните с типичных действий B2B-воронки (буквы не проставлены — это задача участников) или добавляйте свои действия по одному.";
    UseTemplate => "Start from the usual activities", "Начать с типичных действий";
    StartEmpty => "Start empty", "Начать с пустой";
    RolesHeading => "Roles", "Роли";
    RolesHint => "Each role is a column of the matrix and an owner in every later round. Its side decides where duplicated effort is flagged; the hourly rate prices it.", "Каждая роль — столбец матрицы и владелец в следующих раундах. Сторона роли нужна для поиска дублирования; ставка в час — для его оценки.";
    RoleName => "Role name", "Название роли";
    Actions => "Actions", "Действия";
    NewRoleName => "New role", "Новая роль";
    AddRole => "Add role", "Добавить роль";
    HourlyRate => "Hourly rate", "Ставка в час";
    MoveRoleLeft => "Move {} left", "Сдвинуть «{}» влево";
    MoveRoleRight => "Move {} right", "Сдвинуть «{}» вправо";
    MatrixHeading => "Responsibility matrix (RACI)", "Матрица ответственности (RACI)";
    GridHelp => "R does the work, A answers for it (one per row), C is asked before, I is told after. Click a cell to cycle through R, A, R+A, C, I; or move with the arrow keys and type R, A, C or I to switch a letter, Delete to clear.", "R — исполняет, A — отвечает за результат (один на строку), C — консультирует до, I — получает информацию после. Щелчок по ячейке перебирает R, A, R+A, C, I; или перемещайтесь стрелками и нажимайте R, A, C, I, чтобы включить букву, Delete — очистить.";
    ActivityName => "Activity name", "Название действия";
    NewActivityName => "New activity", "Новое действие";
    AddActivity => "Add activity", "Добавить действие";
    Stage => "Funnel stage", "Этап воронки";
    HoursPerMonth => "Hours a month", "Часов в месяц";
    MoveActivityUp => "Move {} up", "Поднять «{}»";
    MoveActivityDown => "Move {} down", "Опустить «{}»";
    DeleteNamed => "Delete {}", "Удалить «{}»";
    EmptyCell => "empty", "пусто";
    CellLabel => "{}, {}: {}", "{}, {}: {}";
    FindingsHeading => "Checks", "Проверки";
    NoFindings => "No findings: every activity has one A and at least one R, and nobody's work is duplicated.", "Замечаний нет: у каждого действия один A и хотя бы один R, дублирования нет.";
    FindingsSummary => "{} to fix before the round is complete, {} worth a look.", "Исправить до завершения раунда: {}; стоит обсудить: {}.";
    OverloadThreshold => "Most R and A letters for one role", "Максимум букв R и A у одной роли";
    MustFix => "Fix", "Исправить";
    Worth => "Discuss", "Обсудить";
    ShowMe => "Show", "Показать";
    FindingNoA => "“{}” has no A: nobody answers for it.", "У «{}» нет A: никто не отвечает за результат.";
    AdviceNoA => "Mark exactly one role A: the one who answers for the result.", "Отметьте ровно одну роль буквой A — ту, что отвечает за результат.";
    FindingSeveralA => "“{}” has several A ({}): when everyone answers for it, nobody does.", "У «{}» несколько A ({}): когда отвечают все, не отвечает никто.";
    AdviceSeveralA => "Keep one A; make the others R or C.", "Оставьте одного A; остальным поставьте R или C.";
    FindingNoR => "“{}” has no R: nobody does the work.", "У «{}» нет R: работу никто не делает.";
    AdviceNoR => "Mark at least one role R.", "Отметьте буквой R хотя бы одну роль.";
    FindingDuplicated => "“{}” is done by marketing ({}) and by sales ({}).", "«{}» делают и маркетинг ({}), и продажи ({}).";
    DuplicatedCost => "That is at least {} a month paid twice.", "Это не меньше {} в месяц, оплаченных дважды.";
    DuplicatedNoCost => "Add the activity's hours and the roles' rates to see what it costs.", "Укажите часы действия и ставки ролей, чтобы увидеть цену дублирования.";
    AdviceDuplicated => "Agree which side does it; make the other side C or I.", "Договоритесь, какая сторона это делает; другой поставьте C или I.";
    FindingOverloaded => "{} carries {} R and A letters, more than {}.", "У роли «{}» {} букв R и A — больше {}.";
    AdviceOverloaded => "Hand some R to another role, or raise the limit if this is intended.", "Передайте часть R другой роли или поднимите порог, если так задумано.";
    FindingUnused => "{} has no letter anywhere.", "У роли «{}» нет ни одной буквы.";
    AdviceUnused => "Give the role a part, or delete it.", "Дайте роли участие или удалите её.";
    CsvHeading => "The matrix as a spreadsheet", "Матрица в виде таблицы";
    CsvHint => "CSV columns: stage, activity, hours, then one column per role with its letters. Stages are written as codes: attract, capture, qualify, hand-off, nurture, sell, close, recycle, report. Importing replaces the matrix's activities; roles are matched by name and new names become new roles. Undo is offered.", "Столбцы CSV: stage, activity, hours, затем по столбцу на роль с её буквами. Этапы пишутся кодами: attract, capture, qualify, hand-off, nurture, sell, close, recycle, report. Импорт заменяет действия матрицы; роли сопоставляются по названию, новые названия становятся новыми ролями. Импорт можно отменить.";
    DownloadCsv => "Download CSV", "Скачать CSV";
    ImportCsvFile => "Import a CSV file", "Импортировать файл CSV";
    PasteCsv => "Or paste CSV", "Или вставьте CSV";
    ImportPastedCsv => "Import the pasted CSV", "Импортировать вставленный CSV";
    Undo => "Undo", "Отменить";
    NoticeRemoved => "“{}” was deleted.", "«{}» удалено.";
    NoticeMatrixImported => "The matrix was replaced from the CSV.", "Матрица заменена данными из CSV.";
    NoticeCsvFailed => "The CSV was not imported; the matrix is unchanged.", "CSV не импортирован; матрица не изменилась.";
    CsvUnreadable => "the file cannot be read as CSV ({})", "файл не читается как CSV ({})";
    CsvBadHeader => "the first line must start with stage, activity, hours", "первая строка должна начинаться со stage, activity, hours";
    CsvNoRoles => "there is no role column after stage, activity, hours", "после stage, activity, hours нет ни одного столбца роли";
    CsvDuplicateRole => "the role “{}” has two columns (or a column has no name)", "у роли «{}» два столбца (или у столбца нет названия)";
    CsvUnknownStage => "“{}” is not a stage; use one of: {}", "«{}» — не этап; используйте: {}";
    CsvBadLetters => "“{}” is not a RACI cell: use the letters R, A, C, I", "«{}» — не ячейка RACI: используйте буквы R, A, C, I";
    CsvBadHours => "“{}” is not a number of hours", "«{}» — не число часов";
    CsvEmptyActivity => "the activity has no name", "у действия нет названия";
    CsvTooMany => "more than {} rows or roles", "больше {} строк или ролей";
    CsvLineColumn => "Line {}, column {}", "Строка {}, столбец {}";
    CsvLine => "Line {}", "Строка {}";
    CriteriaHeading => "Scoring criteria", "Критерии оценки";
    CriteriaHint => "Fit says who the lead is (industry, size, role, region, budget); engagement says what the lead did (demo request, pricing page, webinar). Points may be negative. A value like 200-5000 is a range, “a, b, c” is a list; “within N days” needs the behaviour's date. Decay halves engagement points every N days.", "Профиль описывает, кто лид (отрасль, размер, должность, регион, бюджет); вовлечённость — что он сделал (заявка на демо, страница цен, вебинар). Баллы могут быть отрицательными. Значение вида 200-5000 — диапазон, «a, b, c» — список; для «в течение N дней» нужна дата действия. Затухание уменьшает баллы вдвое каждые N дней.";
    GroupFit => "Fit", "Профиль";
    GroupEngagement => "Engagement", "Вовлечённость";
    Operator => "Operator", "Условие";
    HalvesEvery => "Halves every (days)", "Вдвое каждые (дней)";
    AddCriterion => "Add a criterion: {}", "Добавить критерий: {}";
    OperatorEquals => "equals", "равно";
    OperatorOneOf => "is one of", "одно из";
    OperatorRange => "is in range", "в диапазоне";
    OperatorContains => "contains", "содержит";
    OperatorWithinDays => "within days", "в течение дней";
    ThresholdsHeading => "Thresholds and caps", "Пороги и ограничения";
    ThresholdsHint => "A lead becomes an MQL at the MQL threshold and is sales-ready at the SQL threshold. Caps stop one group from drowning the other.", "Лид становится MQL на пороге MQL и готов к продаже на пороге SQL. Ограничения не дают одной группе перевесить другую.";
    FitCap => "Most fit points", "Максимум баллов профиля";
    EngagementCap => "Most engagement points", "Максимум баллов вовлечённости";
    TestLeadHeading => "Test a lead", "Проверить лида";
    TestLeadHint => "Fill in what you know about one lead; dates for behaviours. The score is counted to today.", "Заполните, что известно об одном лиде; для действий — даты. Баллы считаются на сегодня.";
    LeadScoreSummary => "Score {} (fit {}, engagement {}), grade {}: {}.", "Баллы: {} (профиль {}, вовлечённость {}), класс {}: {}.";
    WhyThisScore => "Why this score", "Из чего сложились баллы";
    Rule => "Rule", "Правило";
    Matched => "Matched", "Совпало";
    Yes => "yes", "да";
    No => "no", "нет";
    BacktestHeading => "Back-test the thresholds", "Проверка порогов на истории";
    BacktestHint => "A CSV of past leads: one column per field the criteria use, dates as YYYY-MM-DD, and an outcome column with won or lost. See how the thresholds would have sorted them.", "CSV прошлых лидов: по столбцу на каждое поле критериев, даты в виде ГГГГ-ММ-ДД и столбец outcome со значениями won или lost. Видно, как пороги распределили бы этих лидов.";
    LeadsCsvFile => "Choose a CSV of past leads", "Выберите CSV прошлых лидов";
    PasteLeadsCsv => "Or paste past leads as CSV", "Или вставьте прошлых лидов как CSV";
    RunBacktest => "Back-test the pasted leads", "Проверить вставленных лидов";
    BacktestCount => "{} past leads scored.", "Оценено прошлых лидов: {}.";
    Threshold => "Threshold", "Порог";
    WonPassed => "Won, passed to sales", "Выиграны, переданы";
    LostPassed => "Lost, passed to sales", "Проиграны, переданы";
    WonMissed => "Won, held back", "Выиграны, не переданы";
    Precision => "Precision", "Точность";
    Recall => "Recall", "Полнота";
    SuggestedThreshold => "Suggested", "Предлагаемый";
    UseAsMql => "Use {} as the MQL threshold", "Сделать {} порогом MQL";
    LeadsNoOutcome => "there is no outcome column (won or lost)", "нет столбца outcome (won или lost)";
    LeadsBadOutcome => "“{}” is not an outcome: write won or lost", "«{}» — не исход: укажите won или lost";
    LeadsNone => "there are no leads under the header", "под заголовком нет ни одного лида";
    LifecycleSubscriber => "Subscriber", "Подписчик";
    LifecycleLead => "Lead", "Лид";
    LifecycleMql => "MQL", "MQL";
    LifecycleSal => "SAL", "SAL";
    LifecycleSql => "SQL", "SQL";
    LifecycleOpportunity => "Opportunity", "Возможность";
    LifecycleCustomer => "Customer", "Клиент";
    LifecycleRecycled => "Recycled", "Возвращён";
    LifecycleDisqualified => "Disqualified", "Дисквалифицирован";
    NobodyYet => "— nobody yet —", "— пока никто —";
    StagesHeading => "Lifecycle stages", "Этапы жизненного цикла";
    StagesHint => "What it takes to enter each stage, and which role (from round 1) owns the lead there.", "Что нужно, чтобы лид перешёл на этап, и какая роль (из раунда 1) отвечает за него там.";
    EntryCriteria => "Entry criteria", "Условия перехода";
    EntryCriteriaFor => "Entry criteria for {}", "Условия перехода на этап «{}»";
    Owner => "Owner", "Владелец";
    OwnerOf => "Owner of {}", "Владелец этапа «{}»";
    HandoffHeading => "Hand-off and recycling", "Передача и возврат лидов";
    HandoffHint => "Who accepts a lead from marketing, how fast, why a lead may be rejected, and how rejected leads go back to marketing instead of dying in the CRM.", "Кто принимает лида от маркетинга, как быстро, по каким причинам можно отклонить лида и как отклонённые лиды возвращаются в маркетинг, а не умирают в CRM.";
    WhoAccepts => "Who accepts new leads", "Кто принимает новых лидов";
    AcceptWithinHours => "Accept or reject within (hours)", "Принять или отклонить за (часов)";
    RecycleAfterDays => "Recycle after (days)", "Вернуть в маркетинг через (дней)";
    ReentryCriteria => "When a recycled lead comes back", "Когда возвращённый лид снова становится MQL";
    RejectionReasons => "Rejection reason codes", "Коды причин отклонения";
    NewReason => "New reason", "Новая причина";
    AddReason => "Add reason", "Добавить причину";
    LeadPath => "The path of a lead", "Путь лида";
    AcceptedWithin => "accepted within {} h", "принимается за {} ч";
    RecycleFlow => "Rejected by {} → recycled after {} days → back to marketing nurture (owner: {}).", "Отклонён ({}) → возвращается через {} дн. → снова в прогреве маркетинга (владелец: {}).";
    ProposalsCaption => "What each side proposed", "Что предложила каждая сторона";
    MarketingProposes => "Marketing proposes", "Маркетинг предлагает";
    SalesProposes => "Sales proposes", "Продажи предлагают";
    MarketingProposesMql => "Marketing's MQL threshold", "Порог MQL от маркетинга";
    SalesProposesMql => "Sales' MQL threshold", "Порог MQL от продаж";
    MarketingProposesSql => "Marketing's SQL threshold", "Порог SQL от маркетинга";
    SalesProposesSql => "Sales' SQL threshold", "Порог SQL от продаж";
    Agreed => "Agreed", "Согласовано";
    GradeMatrixHeading => "Which leads are sales-ready", "Какие лиды готовы к продаже";
    GradeMatrixHint => "Fit grade A (best) to D, engagement level 1 (cold) to 3 (hot). Press the cells both sides agree are ready for sales.", "Класс профиля от A (лучший) до D, уровень вовлечённости от 1 (холодный) до 3 (горячий). Отметьте ячейки, которые обе стороны считают готовыми к продаже.";
    FitGrade => "Fit grade", "Класс профиля";
    EngagementLevel => "Engagement {}", "Вовлечённость {}";
    GradeCellLabel => "{} is sales-ready", "{} готов к продаже";
    SalesReady => "sales-ready", "к продаже";
    CellSalesReady => "Its grade is sales-ready.", "Его класс готов к продаже.";
    CellNotSalesReady => "Its grade is not marked sales-ready.", "Его класс не отмечен как готовый к продаже.";
    NumberOutOfRange => "Enter a number from {} to {}.", "Введите число от {} до {}.";
}

#[cfg(test)]
mod tests {
    use super::Text;

    #[test]
    fn every_string_exists_in_both_languages_with_the_same_placeholders() {
        for key in Text::ALL {
            assert!(!key.en().is_empty() && !key.ru().is_empty(), "{key:?}");
            assert_eq!(
                key.en().matches("{}").count(),
                key.ru().matches("{}").count(),
                "{key:?}"
            );
        }
    }
}
