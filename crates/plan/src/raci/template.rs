//! The starting matrix: the usual activities of a B2B funnel, with no letters decided yet.

use crate::model::{FunnelStage, Lang, RolesRound};

/// The default roles and the usual activities, named in `lang`, every cell empty.
pub fn template(lang: Lang) -> RolesRound {
    use FunnelStage::*;
    let activities: [(FunnelStage, &str, &str); 16] = [
        (
            Attract,
            "Plan and run campaigns",
            "Планирование и запуск кампаний",
        ),
        (Attract, "Create content", "Создание контента"),
        (
            Capture,
            "Capture leads from forms and events",
            "Сбор лидов с форм и мероприятий",
        ),
        (Capture, "Keep lead data clean", "Чистота данных о лидах"),
        (Qualify, "Score leads", "Скоринг лидов"),
        (
            Qualify,
            "First call with a new lead",
            "Первый звонок новому лиду",
        ),
        (
            HandOff,
            "Pass sales-ready leads to sales",
            "Передача готовых лидов в продажи",
        ),
        (
            HandOff,
            "Accept or reject a lead",
            "Принятие или отклонение лида",
        ),
        (
            Nurture,
            "Nurture leads not ready to buy",
            "Прогрев неготовых лидов",
        ),
        (
            Sell,
            "Discovery calls and demos",
            "Выявление потребностей и демо",
        ),
        (
            Sell,
            "Proposals and pricing",
            "Коммерческие предложения и цены",
        ),
        (Close, "Negotiate and sign", "Переговоры и подписание"),
        (
            Recycle,
            "Return rejected and lost leads to marketing",
            "Возврат отклонённых и проигранных лидов в маркетинг",
        ),
        (Report, "Funnel report", "Отчёт по воронке"),
        (Report, "Campaign attribution", "Атрибуция кампаний"),
        (
            Report,
            "Review the SLA every month",
            "Ежемесячный разбор SLA",
        ),
    ];
    let mut round = RolesRound::with_default_roles(lang);
    for (stage, en, ru) in activities {
        round.add_activity(lang.pick(en, ru), stage);
    }
    round
}
