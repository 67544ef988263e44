//! Names of rounds, progress states and every closed set of values the plan uses.

use six_rounds_plan::goals::Status;
use six_rounds_plan::model::Round;
use six_rounds_plan::model::{
    AttributionModel, CriterionGroup, Formula, Frequency, FunnelStage, FunnelStep, Lang, Lifecycle,
    Operator, Period, Side, SyncDirection, SystemKind,
};
use six_rounds_plan::progress::Progress;

use super::{tr, Text};

pub fn round_name(lang: Lang, round: Round) -> &'static str {
    tr(
        lang,
        match round {
            Round::Roles => Text::RoundRoles,
            Round::Lead => Text::RoundLead,
            Round::Goals => Text::RoundGoals,
            Round::Integration => Text::RoundIntegration,
            Round::Sla => Text::RoundSla,
            Round::Cadence => Text::RoundCadence,
        },
    )
}

pub fn round_question(lang: Lang, round: Round) -> &'static str {
    tr(
        lang,
        match round {
            Round::Roles => Text::QuestionRoles,
            Round::Lead => Text::QuestionLead,
            Round::Goals => Text::QuestionGoals,
            Round::Integration => Text::QuestionIntegration,
            Round::Sla => Text::QuestionSla,
            Round::Cadence => Text::QuestionCadence,
        },
    )
}

pub fn progress_label(lang: Lang, progress: Progress) -> &'static str {
    tr(
        lang,
        match progress {
            Progress::Empty => Text::ProgressEmpty,
            Progress::Started => Text::ProgressStarted,
            Progress::Complete => Text::ProgressComplete,
        },
    )
}

/// The name of a side (marketing, sales, shared).
pub fn side_label(lang: Lang, side: Side) -> &'static str {
    tr(
        lang,
        match side {
            Side::Marketing => Text::SideMarketing,
            Side::Sales => Text::SideSales,
            Side::Shared => Text::SideShared,
        },
    )
}

pub fn stage_label(lang: Lang, stage: FunnelStage) -> &'static str {
    tr(
        lang,
        match stage {
            FunnelStage::Attract => Text::StageAttract,
            FunnelStage::Capture => Text::StageCapture,
            FunnelStage::Qualify => Text::StageQualify,
            FunnelStage::HandOff => Text::StageHandOff,
            FunnelStage::Nurture => Text::StageNurture,
            FunnelStage::Sell => Text::StageSell,
            FunnelStage::Close => Text::StageClose,
            FunnelStage::Recycle => Text::StageRecycle,
            FunnelStage::Report => Text::StageReport,
        },
    )
}

pub fn model_label(lang: Lang, model: AttributionModel) -> &'static str {
    tr(
        lang,
        match model {
            AttributionModel::FirstTouch => Text::ModelFirstTouch,
            AttributionModel::LastTouch => Text::ModelLastTouch,
            AttributionModel::Linear => Text::ModelLinear,
            AttributionModel::UShaped => Text::ModelUShaped,
            AttributionModel::WShaped => Text::ModelWShaped,
            AttributionModel::TimeDecay => Text::ModelTimeDecay,
        },
    )
}

pub fn frequency_label(lang: Lang, frequency: Frequency) -> &'static str {
    tr(
        lang,
        match frequency {
            Frequency::Weekly => Text::FrequencyWeekly,
            Frequency::Biweekly => Text::FrequencyBiweekly,
            Frequency::MonthlyByDate => Text::FrequencyMonthlyByDate,
            Frequency::MonthlyByWeekday => Text::FrequencyMonthlyByWeekday,
        },
    )
}

pub fn group_label(lang: Lang, group: CriterionGroup) -> &'static str {
    tr(
        lang,
        match group {
            CriterionGroup::Fit => Text::GroupFit,
            CriterionGroup::Engagement => Text::GroupEngagement,
        },
    )
}

pub fn operator_label(lang: Lang, operator: Operator) -> &'static str {
    tr(
        lang,
        match operator {
            Operator::Equals => Text::OperatorEquals,
            Operator::OneOf => Text::OperatorOneOf,
            Operator::Range => Text::OperatorRange,
            Operator::Contains => Text::OperatorContains,
            Operator::WithinDays => Text::OperatorWithinDays,
        },
    )
}

pub fn lifecycle_label(lang: Lang, stage: Lifecycle) -> &'static str {
    tr(
        lang,
        match stage {
            Lifecycle::Subscriber => Text::LifecycleSubscriber,
            Lifecycle::Lead => Text::LifecycleLead,
            Lifecycle::Mql => Text::LifecycleMql,
            Lifecycle::Sal => Text::LifecycleSal,
            Lifecycle::Sql => Text::LifecycleSql,
            Lifecycle::Opportunity => Text::LifecycleOpportunity,
            Lifecycle::Customer => Text::LifecycleCustomer,
            Lifecycle::Recycled => Text::LifecycleRecycled,
            Lifecycle::Disqualified => Text::LifecycleDisqualified,
        },
    )
}

/// The name of a goal period.
pub fn period_label(lang: Lang, period: Period) -> &'static str {
    tr(
        lang,
        match period {
            Period::Month => Text::PeriodMonth,
            Period::Quarter => Text::PeriodQuarter,
            Period::Year => Text::PeriodYear,
        },
    )
}

/// The name of a goal formula.
pub fn formula_label(lang: Lang, formula: Formula) -> &'static str {
    tr(
        lang,
        match formula {
            Formula::Manual => Text::FormulaManual,
            Formula::Sum => Text::FormulaSum,
            Formula::Product => Text::FormulaProduct,
            Formula::Ratio => Text::FormulaRatio,
        },
    )
}

/// The name of a reverse-funnel step (also the name a goal it creates gets).
pub fn funnel_step_label(lang: Lang, step: FunnelStep) -> &'static str {
    tr(
        lang,
        match step {
            FunnelStep::Revenue => Text::StepRevenue,
            FunnelStep::Deals => Text::StepDeals,
            FunnelStep::Opportunities => Text::StepOpportunities,
            FunnelStep::Sqls => Text::StepSqls,
            FunnelStep::Mqls => Text::StepMqls,
            FunnelStep::Leads => Text::StepLeads,
        },
    )
}

/// The name of a goal status.
pub fn status_label(lang: Lang, status: Status) -> &'static str {
    tr(
        lang,
        match status {
            Status::OnTrack => Text::StatusOnTrack,
            Status::AtRisk => Text::StatusAtRisk,
            Status::OffTrack => Text::StatusOffTrack,
            Status::NoData => Text::StatusNoData,
        },
    )
}

/// What a system is for.
pub fn system_kind_label(lang: Lang, kind: SystemKind) -> &'static str {
    tr(
        lang,
        match kind {
            SystemKind::Crm => Text::KindCrm,
            SystemKind::MarketingAutomation => Text::KindAutomation,
            SystemKind::Other => Text::KindOther,
        },
    )
}

/// Which way a mapped field syncs, with an arrow.
pub fn direction_label(lang: Lang, direction: SyncDirection) -> &'static str {
    tr(
        lang,
        match direction {
            SyncDirection::Forward => Text::SyncForward,
            SyncDirection::Backward => Text::SyncBackward,
            SyncDirection::Both => Text::SyncBoth,
        },
    )
}

/// A day of the week.
pub fn weekday_label(lang: Lang, day: chrono::Weekday) -> &'static str {
    use chrono::Weekday::*;
    tr(
        lang,
        match day {
            Mon => Text::WeekdayMon,
            Tue => Text::WeekdayTue,
            Wed => Text::WeekdayWed,
            Thu => Text::WeekdayThu,
            Fri => Text::WeekdayFri,
            Sat => Text::WeekdaySat,
            Sun => Text::WeekdaySun,
        },
    )
}
