//! Validation accepts every plan the app can produce: random sequences of the edits the app
//! makes, on the example plan and on a new one, always give a valid plan that reads back the same;
//! and two copies edited apart always merge into a valid plan that keeps each side's work.

use chrono::{NaiveDate, TimeZone, Utc};
use proptest::prelude::*;
use six_rounds_plan::example::example_plan;
use six_rounds_plan::limits::{self, Bounds};
use six_rounds_plan::model::*;
use six_rounds_plan::{from_json, link, to_json_pretty, validate, Plan};

/// One edit, with indices that pick among what the plan holds at that moment.
#[derive(Debug, Clone)]
enum Edit {
    AddRole(String, Side),
    AddActivity(String, FunnelStage),
    ToggleLetter(usize, usize, char),
    MoveActivity(usize, bool),
    MoveRole(usize, bool),
    RemoveActivity(usize, bool),
    RemoveRole(usize, bool),
    AddCriterion(CriterionGroup),
    RemoveCriterion(usize, bool),
    AddGoal(Option<usize>, String),
    RemoveGoal(usize, bool),
    MoveGoal(usize, isize),
    IndentGoal(usize),
    OutdentGoal(usize),
    AddSystem(String, SystemKind),
    RemoveSystem(usize),
    AddFieldMap,
    RemoveFieldMap(usize),
    AddCampaign(String, f64),
    RemoveCampaign(usize),
    AddDeal(String, u32),
    AddTouch(usize),
    RemoveDeal(usize),
    AddMonth(u32),
    AddAction(String, Option<u32>),
    RecordPulse(u32, Side, u8),
    LogMeeting(u32, String),
    Park(String, u8),
    Unpark(usize),
    /// A number field's value, anywhere within the bounds the field accepts.
    SetNumber(usize, usize, f64),
}

/// Every number field the app has that the validator checks: its bounds (as the field reads
/// them from `limits`) and how the app writes the value into the plan (index picks the item).
type SetNumber = fn(&mut Plan, usize, f64);
const NUMBER_FIELDS: &[(Bounds, SetNumber)] = &[
    (limits::AMOUNT, |p, i, v| {
        if let Some(node) = item(&mut p.goals.nodes, i) {
            node.target = Some(v);
        }
    }),
    (limits::AMOUNT, |p, i, v| {
        if let Some(node) = item(&mut p.goals.nodes, i) {
            node.actual = Some(v);
        }
    }),
    (limits::AMOUNT, |p, _, v| {
        p.goals.funnel.revenue_goal = Some(v)
    }),
    (limits::AMOUNT, |p, _, v| p.goals.funnel.deal_size = Some(v)),
    (limits::PERCENT, |p, _, v| {
        p.goals.funnel.win_rate = v / 100.0
    }),
    (limits::PERCENT, |p, _, v| {
        p.goals.funnel.mql_to_sql = v / 100.0
    }),
    (limits::PERCENT, |p, _, v| p.goals.on_track = v / 100.0),
    (limits::MQLS_PER_REP, |p, _, v| {
        p.goals.funnel.mqls_per_rep = v
    }),
    (limits::HALF_LIFE_DAYS, |p, _, v| {
        p.integration.half_life_days = v
    }),
    (limits::MEETING_MINUTES, |p, _, v| {
        p.cadence.meeting.duration_minutes = v.round() as u32
    }),
    (limits::TIMEBOX, |p, i, v| {
        p.workshop.timebox_minutes[i % 6] = v.round() as u32
    }),
    (limits::AMOUNT, |p, i, v| {
        if let Some(campaign) = item(&mut p.integration.campaigns, i) {
            campaign.cost = v;
        }
    }),
    (limits::HOURLY_RATE, |p, i, v| {
        if let Some(role) = item(&mut p.roles.roles, i) {
            role.hourly_rate = Some(v);
        }
    }),
    (limits::ACTIVITY_HOURS, |p, i, v| {
        if let Some(activity) = item(&mut p.roles.activities, i) {
            activity.hours_per_month = Some(v);
        }
    }),
];

fn item<T>(items: &mut [T], index: usize) -> Option<&mut T> {
    let count = items.len();
    (count > 0).then(|| &mut items[index % count])
}

/// A value within `bounds`: either end, or anywhere between (`share` of the way).
fn within(bounds: Bounds, share: f64) -> f64 {
    match share {
        s if s < 0.1 => bounds.min,
        s if s > 0.9 => bounds.max,
        s => bounds.min + (bounds.max - bounds.min) * s,
    }
}

fn pick<T: Coded + std::fmt::Debug>() -> impl Strategy<Value = T> {
    prop::sample::select(T::ALL)
}

fn name() -> impl Strategy<Value = String> {
    "\\PC{0,24}"
}

fn edit() -> impl Strategy<Value = Edit> {
    let index = 0usize..64;
    prop_oneof![
        (name(), pick()).prop_map(|(n, s)| Edit::AddRole(n, s)),
        (name(), pick()).prop_map(|(n, s)| Edit::AddActivity(n, s)),
        (
            index.clone(),
            index.clone(),
            prop::sample::select(vec!['R', 'A', 'C', 'I'])
        )
            .prop_map(|(a, r, l)| Edit::ToggleLetter(a, r, l)),
        (index.clone(), any::<bool>()).prop_map(|(i, up)| Edit::MoveActivity(i, up)),
        (index.clone(), any::<bool>()).prop_map(|(i, left)| Edit::MoveRole(i, left)),
        (index.clone(), any::<bool>()).prop_map(|(i, undo)| Edit::RemoveActivity(i, undo)),
        (index.clone(), any::<bool>()).prop_map(|(i, undo)| Edit::RemoveRole(i, undo)),
        pick().prop_map(Edit::AddCriterion),
        (index.clone(), any::<bool>()).prop_map(|(i, undo)| Edit::RemoveCriterion(i, undo)),
        (prop::option::of(index.clone()), name()).prop_map(|(p, n)| Edit::AddGoal(p, n)),
        (index.clone(), any::<bool>()).prop_map(|(i, undo)| Edit::RemoveGoal(i, undo)),
        (index.clone(), -2isize..=2).prop_map(|(i, step)| Edit::MoveGoal(i, step)),
        index.clone().prop_map(Edit::IndentGoal),
        index.clone().prop_map(Edit::OutdentGoal),
        (name(), pick()).prop_map(|(n, k)| Edit::AddSystem(n, k)),
        index.clone().prop_map(Edit::RemoveSystem),
        Just(Edit::AddFieldMap),
        index.clone().prop_map(Edit::RemoveFieldMap),
        (name(), 0.0..1e7f64).prop_map(|(n, c)| Edit::AddCampaign(n, c)),
        index.clone().prop_map(Edit::RemoveCampaign),
        (name(), 0u32..3000).prop_map(|(n, d)| Edit::AddDeal(n, d)),
        index.clone().prop_map(Edit::AddTouch),
        index.clone().prop_map(Edit::RemoveDeal),
        (0u32..3000).prop_map(Edit::AddMonth),
        (name(), prop::option::of(0u32..3000)).prop_map(|(t, d)| Edit::AddAction(t, d)),
        (0u32..3000, pick(), 1u8..=5).prop_map(|(d, s, p)| Edit::RecordPulse(d, s, p)),
        (0u32..3000, name()).prop_map(|(d, t)| Edit::LogMeeting(d, t)),
        (name(), 1u8..=6).prop_map(|(t, r)| Edit::Park(t, r)),
        index.clone().prop_map(Edit::Unpark),
        (0..NUMBER_FIELDS.len(), index, 0.0..1.0f64).prop_map(|(f, i, s)| Edit::SetNumber(f, i, s)),
    ]
}

fn day(offset: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 1, 1).unwrap() + chrono::Days::new(u64::from(offset))
}

/// The id of the `index`-th item (modulo the count), if there is any.
fn nth<T>(items: &[T], index: usize, id: impl Fn(&T) -> &str) -> Option<String> {
    (!items.is_empty()).then(|| id(&items[index % items.len()]).to_string())
}

fn apply(plan: &mut Plan, edit: Edit) {
    let roles = &mut plan.roles;
    match edit {
        Edit::AddRole(name, side) => {
            roles.add_role(&name, side);
        }
        Edit::AddActivity(name, stage) => {
            roles.add_activity(&name, stage);
        }
        Edit::ToggleLetter(a, r, letter) => {
            let activity = nth(&roles.activities, a, |x| &x.id);
            let role = nth(&roles.roles, r, |x| &x.id);
            if let (Some(activity), Some(role)) = (activity, role) {
                roles.toggle_letter(&activity, &role, letter);
            }
        }
        Edit::MoveActivity(i, up) => {
            if let Some(id) = nth(&roles.activities, i, |x| &x.id) {
                roles.move_activity(&id, up);
            }
        }
        Edit::MoveRole(i, left) => {
            if let Some(id) = nth(&roles.roles, i, |x| &x.id) {
                roles.move_role(&id, left);
            }
        }
        Edit::RemoveActivity(i, undo) => {
            if let Some(id) = nth(&roles.activities, i, |x| &x.id) {
                let removed = roles.remove_activity(&id);
                if let (true, Some(removed)) = (undo, removed) {
                    plan.restore(removed);
                }
            }
        }
        Edit::RemoveRole(i, undo) => {
            if let Some(id) = nth(&roles.roles, i, |x| &x.id) {
                let before = plan.clone();
                let removed = plan.remove_role(&id);
                if let (true, Some(removed)) = (undo, removed) {
                    plan.restore(removed);
                    assert_eq!(*plan, before, "undo gives back the same plan");
                }
            }
        }
        Edit::AddCriterion(group) => {
            plan.lead.add_criterion(group);
        }
        Edit::RemoveCriterion(i, undo) => {
            if let Some(id) = nth(&plan.lead.criteria, i, |x| &x.id) {
                let removed = plan.lead.remove_criterion(&id);
                if let (true, Some((index, criterion))) = (undo, removed) {
                    plan.lead.restore_criterion(index, criterion);
                }
            }
        }
        Edit::AddGoal(parent, name) => {
            let parent = parent.and_then(|p| nth(&plan.goals.nodes, p, |x| &x.id));
            plan.goals.add_goal(parent.as_deref(), name);
        }
        Edit::RemoveGoal(i, undo) => {
            if let Some(id) = nth(&plan.goals.nodes, i, |x| &x.id) {
                let removed = plan.goals.remove_goal(&id);
                if undo {
                    plan.goals.restore_goals(removed);
                }
            }
        }
        Edit::MoveGoal(i, step) => {
            if let Some(id) = nth(&plan.goals.nodes, i, |x| &x.id) {
                plan.goals.move_goal(&id, step);
            }
        }
        Edit::IndentGoal(i) => {
            if let Some(id) = nth(&plan.goals.nodes, i, |x| &x.id) {
                plan.goals.indent_goal(&id);
            }
        }
        Edit::OutdentGoal(i) => {
            if let Some(id) = nth(&plan.goals.nodes, i, |x| &x.id) {
                plan.goals.outdent_goal(&id);
            }
        }
        Edit::AddSystem(name, kind) => {
            plan.integration.add_system(name, kind);
        }
        Edit::RemoveSystem(i) => {
            if let Some(id) = nth(&plan.integration.systems, i, |x| &x.id) {
                plan.integration.remove_system(&id);
            }
        }
        Edit::AddFieldMap => {
            plan.integration.add_field_map();
        }
        Edit::RemoveFieldMap(i) => {
            if let Some(id) = nth(&plan.integration.field_maps, i, |x| &x.id) {
                plan.integration.remove_field_map(&id);
            }
        }
        Edit::AddCampaign(name, cost) => {
            plan.integration.add_campaign(name, "email".into(), cost);
        }
        Edit::RemoveCampaign(i) => {
            if let Some(id) = nth(&plan.integration.campaigns, i, |x| &x.id) {
                plan.integration.remove_campaign(&id);
            }
        }
        Edit::AddDeal(name, close) => {
            plan.integration.add_deal(name, day(close));
        }
        Edit::AddTouch(i) => {
            if let Some(id) = nth(&plan.integration.deals, i, |x| &x.id) {
                plan.integration.add_touch(&id);
            }
        }
        Edit::RemoveDeal(i) => {
            if let Some(id) = nth(&plan.integration.deals, i, |x| &x.id) {
                plan.integration.remove_deal(&id);
            }
        }
        Edit::AddMonth(today) => {
            plan.sla.add_month(day(today));
        }
        Edit::AddAction(text, due) => {
            plan.cadence.add_action(text, due.map(day));
        }
        Edit::RecordPulse(date, side, score) => {
            plan.cadence
                .record_pulse(day(date), side, score, "why".into());
        }
        Edit::LogMeeting(date, text) => plan.cadence.log_meeting(day(date), text),
        Edit::Park(text, round) => {
            plan.workshop.park(text, round);
        }
        Edit::Unpark(i) => {
            if let Some(id) = nth(&plan.workshop.parking_lot, i, |x| &x.id) {
                plan.workshop.unpark(&id);
            }
        }
        Edit::SetNumber(field, i, share) => {
            let (bounds, set) = NUMBER_FIELDS[field];
            set(plan, i, within(bounds, share));
        }
    }
}

fn start(example: bool, lang: Lang) -> Plan {
    let now = Utc.with_ymd_and_hms(2026, 11, 30, 9, 0, 0).unwrap();
    if example {
        example_plan(lang, now)
    } else {
        Plan::new("New plan", lang, now)
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(300))]

    #[test]
    fn every_sequence_of_app_edits_gives_a_valid_plan_that_reads_back(
        example in any::<bool>(),
        lang in pick::<Lang>(),
        edits in prop::collection::vec(edit(), 0..60),
    ) {
        let mut plan = start(example, lang);
        for edit in edits {
            apply(&mut plan, edit);
        }
        prop_assert_eq!(validate(&plan), vec![]);
        prop_assert_eq!(&from_json(to_json_pretty(&plan).as_bytes()).unwrap(), &plan);
        // Saved as the browser stores it (deals apart) and read back, it loads as it was.
        let stored = six_rounds_plan::format::to_json_compact_without_deals(&plan);
        let deals = six_rounds_plan::format::deals_to_json(&plan);
        prop_assert_eq!(
            &six_rounds_plan::format::from_stored_json(stored.as_bytes(), Some(deals.as_bytes())).unwrap(),
            &plan
        );
        prop_assert_eq!(&link::decode(&link::encode_z(&plan)).unwrap(), &plan);
    }
}

/// What two plans say, whatever their bookkeeping (when edited, where copied from).
fn same_content(a: &Plan, b: &Plan) -> bool {
    six_rounds_plan::format::digest(a) == six_rounds_plan::format::digest(b)
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(500))]

    #[test]
    fn merging_two_edited_copies_keeps_each_sides_work_and_always_validates(
        example in any::<bool>(),
        lang in pick::<Lang>(),
        ours_edits in prop::collection::vec(edit(), 0..25),
        theirs_edits in prop::collection::vec(edit(), 0..25),
        picks in prop::collection::vec(any::<bool>(), 0..40),
    ) {
        use six_rounds_plan::merge::{merge, Pick};
        let base = start(example, lang);
        let mut ours = base.clone();
        for edit in ours_edits {
            apply(&mut ours, edit);
        }
        let mut theirs = base.clone();
        for edit in theirs_edits {
            apply(&mut theirs, edit);
        }
        // merge(b, x, b) == x, merge(b, b, y) == y, merge(b, x, x) == x.
        let kept = merge(Some(&base), &ours, &base, &[]).unwrap();
        prop_assert!(same_content(&kept.plan, &ours));
        prop_assert!(kept.conflicts.is_empty());
        let taken = merge(Some(&base), &base, &theirs, &[]).unwrap();
        prop_assert!(same_content(&taken.plan, &theirs));
        prop_assert!(taken.conflicts.is_empty());
        let same = merge(Some(&base), &ours, &ours, &[]).unwrap();
        prop_assert!(same_content(&same.plan, &ours));
        // Any two sequences, any picks: the merged plan validates and reads back.
        let picks: Vec<Pick> = picks.into_iter().map(|p| if p { Pick::Theirs } else { Pick::Ours }).collect();
        for base in [Some(&base), None] {
            let merged = merge(base, &ours, &theirs, &picks).unwrap();
            prop_assert_eq!(validate(&merged.plan), vec![]);
            prop_assert_eq!(&from_json(to_json_pretty(&merged.plan).as_bytes()).unwrap(), &merged.plan);
        }
    }
}
