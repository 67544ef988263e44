//! Validation of a whole plan: every problem, each with its JSON path, never a panic.

use std::collections::{HashMap, HashSet};
use std::fmt::{self, Display};

use chrono::NaiveDate;

use crate::limits as max;
use crate::model::{Coded, Plan, Side};

/// One rule a plan breaks, where, and why.
#[derive(Debug, Clone, PartialEq)]
pub struct Problem {
    /// Where in the JSON document, e.g. `roles.activities[2].name`.
    pub path: String,
    pub kind: ProblemKind,
}

#[derive(Debug, Clone, PartialEq)]
pub enum ProblemKind {
    /// The value does not have the form the schema needs (the reader's words).
    Shape(String),
    TooLong {
        max: usize,
    },
    TooMany {
        max: usize,
    },
    DuplicateId(String),
    /// A reference to an id that does not exist.
    UnknownId(String),
    OutOfRange {
        min: f64,
        max: f64,
    },
    /// A date that must not come before another does.
    DateOrder,
    /// Parents that lead back to the node itself.
    Cycle,
}

/// Every problem in `plan`; empty when the plan is valid.
pub fn validate(plan: &Plan) -> Vec<Problem> {
    let mut check = Checker::default();
    check.plan_id("id", &plan.id);
    if let Some(origin) = &plan.origin {
        check.plan_id("origin.plan", &origin.plan);
        if !(origin.digest.len() == 16 && origin.digest.bytes().all(|b| b.is_ascii_hexdigit())) {
            check.report(
                "origin.digest",
                ProblemKind::Shape("a digest is 16 hex digits".into()),
            );
        }
    }
    check.text("title", &plan.title, max::SHORT_TEXT);
    check.text("organisation", &plan.organisation, max::SHORT_TEXT);
    check.text("facilitator", &plan.facilitator, max::SHORT_TEXT);
    if plan.updated < plan.created {
        check.report("updated", ProblemKind::DateOrder);
    }
    let roles = roles(&mut check, plan);
    lead(&mut check, plan, &roles);
    goals(&mut check, plan, &roles);
    integration(&mut check, plan, &roles);
    sla(&mut check, plan);
    cadence(&mut check, plan, &roles);
    workshop(&mut check, plan);
    proposals(&mut check, plan);
    check.problems
}

/// Each side's proposals: one per side and round, marketing's or sales's; each one's content
/// keeps the rules its round keeps in the plan (checked as if it were in the plan's place).
fn proposals(check: &mut Checker, plan: &Plan) {
    check.count("proposals", plan.proposals.len(), max::PROPOSALS);
    let mut seen = HashSet::new();
    for (i, proposal) in plan.proposals.iter().enumerate() {
        let at = Item("proposals", i);
        if proposal.side == Side::Shared {
            check.report(
                format_args!("{at}.side"),
                ProblemKind::Shape("a proposal is marketing's or sales's".into()),
            );
        }
        let round = proposal.round();
        if !seen.insert((proposal.side, round)) {
            check.report(
                format_args!("{at}.id"),
                ProblemKind::DuplicateId(proposal.key()),
            );
        }
        let mut in_place = Plan {
            proposals: Vec::new(),
            ..plan.clone()
        };
        proposal.content.clone().put_into(&mut in_place);
        let section = round.section();
        for problem in validate(&in_place) {
            let in_section = problem
                .path
                .strip_prefix(section)
                .is_some_and(|rest| rest.is_empty() || rest.starts_with(['.', '[']));
            if in_section {
                check.report(format_args!("{at}.{}", problem.path), problem.kind);
            }
        }
    }
}

fn roles<'a>(check: &mut Checker, plan: &'a Plan) -> HashSet<&'a str> {
    let round = &plan.roles;
    check.count("roles.roles", round.roles.len(), max::ROLES);
    check.count("roles.activities", round.activities.len(), max::ACTIVITIES);
    let ids = check.unique("roles.roles", round.roles.iter().map(|r| r.id.as_str()));
    for (i, role) in round.roles.iter().enumerate() {
        check.text(
            format_args!("roles.roles[{i}].name"),
            &role.name,
            max::SHORT_TEXT,
        );
        check.optional_in(
            format_args!("roles.roles[{i}].hourly_rate"),
            role.hourly_rate,
            max::HOURLY_RATE,
        );
    }
    check.unique(
        "roles.activities",
        round.activities.iter().map(|a| a.id.as_str()),
    );
    for (i, activity) in round.activities.iter().enumerate() {
        let at = Item("roles.activities", i);
        check.text(format_args!("{at}.name"), &activity.name, max::SHORT_TEXT);
        check.optional_in(
            format_args!("{at}.hours"),
            activity.hours_per_month,
            max::ACTIVITY_HOURS,
        );
        for role in activity.cells.keys() {
            check.reference(format_args!("{at}.raci.{role}"), Some(role), &ids);
        }
    }
    check.range(
        "roles.overload_threshold",
        f64::from(round.overload_threshold),
        max::OVERLOAD,
    );
    ids
}

fn lead(check: &mut Checker, plan: &Plan, roles: &HashSet<&str>) {
    let round = &plan.lead;
    check.count("lead.criteria", round.criteria.len(), max::CRITERIA);
    check.unique(
        "lead.criteria",
        round.criteria.iter().map(|c| c.id.as_str()),
    );
    for (i, criterion) in round.criteria.iter().enumerate() {
        let at = Item("lead.criteria", i);
        check.text(
            format_args!("{at}.field"),
            &criterion.field,
            max::SHORT_TEXT,
        );
        check.text(
            format_args!("{at}.value"),
            &criterion.value,
            max::SHORT_TEXT,
        );
        check.range(
            format_args!("{at}.points"),
            f64::from(criterion.points),
            max::POINTS,
        );
        check.optional_in(
            format_args!("{at}.decay_days"),
            criterion.decay_days,
            max::DAYS,
        );
    }
    let proposed = &round.proposals;
    for (name, value) in [
        ("fit_cap", round.fit_cap),
        ("engagement_cap", round.engagement_cap),
        ("mql_threshold", round.mql_threshold),
        ("sql_threshold", round.sql_threshold),
        ("proposals.marketing_mql", proposed.marketing_mql),
        ("proposals.marketing_sql", proposed.marketing_sql),
        ("proposals.sales_mql", proposed.sales_mql),
        ("proposals.sales_sql", proposed.sales_sql),
    ] {
        check.optional_in(format_args!("lead.{name}"), value, max::THRESHOLD);
    }
    check.count("lead.stages", round.stages.len(), max::STAGE_RULES);
    for (i, rule) in round.stages.iter().enumerate() {
        let at = Item("lead.stages", i);
        check.text(format_args!("{at}.entry"), &rule.entry, max::LONG_TEXT);
        check.reference(format_args!("{at}.owner"), rule.owner.as_deref(), roles);
    }
    let handoff = &round.handoff;
    check.reference("lead.handoff.acceptor", handoff.acceptor.as_deref(), roles);
    check.count(
        "lead.handoff.rejection_reasons",
        handoff.rejection_reasons.len(),
        max::REASONS,
    );
    for (i, reason) in handoff.rejection_reasons.iter().enumerate() {
        check.text(
            format_args!("lead.handoff.rejection_reasons[{i}]"),
            reason,
            max::SHORT_TEXT,
        );
    }
    check.text("lead.handoff.reentry", &handoff.reentry, max::LONG_TEXT);
    check.range(
        "lead.handoff.accept_within_hours",
        f64::from(handoff.accept_within_hours),
        max::ACCEPT_HOURS,
    );
    check.range(
        "lead.handoff.recycle_after_days",
        f64::from(handoff.recycle_after_days),
        max::RECYCLE_DAYS,
    );
    check.count("lead.sales_ready", round.sales_ready.len(), 12);
    for (i, cell) in round.sales_ready.iter().enumerate() {
        if !crate::scoring::is_grade_cell(cell) {
            check.report(
                format_args!("lead.sales_ready[{i}]"),
                ProblemKind::Shape(format!("`{cell}` is not a grade and level such as A3")),
            );
        }
    }
}

fn goals(check: &mut Checker, plan: &Plan, roles: &HashSet<&str>) {
    let round = &plan.goals;
    check.count("goals.nodes", round.nodes.len(), max::GOAL_NODES);
    let ids = check.unique("goals.nodes", round.nodes.iter().map(|n| n.id.as_str()));
    for (i, node) in round.nodes.iter().enumerate() {
        let at = Item("goals.nodes", i);
        check.text(format_args!("{at}.name"), &node.name, max::SHORT_TEXT);
        check.text(format_args!("{at}.metric"), &node.metric, max::SHORT_TEXT);
        check.text(format_args!("{at}.unit"), &node.unit, max::SHORT_TEXT);
        check.reference(format_args!("{at}.parent"), node.parent.as_deref(), &ids);
        check.reference(format_args!("{at}.owner"), node.owner.as_deref(), roles);
        check.optional_number(format_args!("{at}.target"), node.target);
        check.optional_number(format_args!("{at}.actual"), node.actual);
    }
    let parents: HashMap<&str, &str> = round
        .nodes
        .iter()
        .filter_map(|node| Some((node.id.as_str(), node.parent.as_deref()?)))
        .collect();
    for (i, node) in round.nodes.iter().enumerate() {
        if leads_back_to_itself(&parents, &node.id) {
            check.report(format_args!("goals.nodes[{i}].parent"), ProblemKind::Cycle);
        }
    }
    let funnel = &round.funnel;
    check.optional_number("goals.funnel.revenue_goal", funnel.revenue_goal);
    check.optional_number("goals.funnel.deal_size", funnel.deal_size);
    for (name, rate) in [
        ("win_rate", funnel.win_rate),
        ("sql_to_opportunity", funnel.sql_to_opportunity),
        ("mql_to_sql", funnel.mql_to_sql),
        ("lead_to_mql", funnel.lead_to_mql),
    ] {
        check.range(format_args!("goals.funnel.{name}"), rate, max::SHARE);
    }
    check.range(
        "goals.funnel.mqls_per_rep",
        funnel.mqls_per_rep,
        max::MQLS_PER_REP,
    );
    check.range(
        "goals.funnel.cycle_days",
        f64::from(funnel.cycle_days),
        max::DAYS,
    );
    check.range("goals.funnel.reps", f64::from(funnel.reps), max::REPS);
    check.range("goals.on_track", round.on_track, max::SHARE);
    check.range("goals.at_risk", round.at_risk, max::SHARE);
}

/// Whether following parents from `id` comes back to `id`.
fn leads_back_to_itself(parents: &HashMap<&str, &str>, id: &str) -> bool {
    let mut current = id;
    for _ in 0..parents.len() {
        match parents.get(current) {
            Some(&parent) if parent == id => return true,
            Some(&parent) => current = parent,
            None => return false,
        }
    }
    false
}

fn integration(check: &mut Checker, plan: &Plan, roles: &HashSet<&str>) {
    let round = &plan.integration;
    check.count("integration.systems", round.systems.len(), max::SYSTEMS);
    let systems = check.unique(
        "integration.systems",
        round.systems.iter().map(|s| s.id.as_str()),
    );
    for (i, system) in round.systems.iter().enumerate() {
        let at = Item("integration.systems", i);
        check.text(format_args!("{at}.name"), &system.name, max::SHORT_TEXT);
        check.reference(format_args!("{at}.owner"), system.owner.as_deref(), roles);
    }
    check.count(
        "integration.field_maps",
        round.field_maps.len(),
        max::FIELD_MAPS,
    );
    check.unique(
        "integration.field_maps",
        round.field_maps.iter().map(|f| f.id.as_str()),
    );
    for (i, map) in round.field_maps.iter().enumerate() {
        let at = Item("integration.field_maps", i);
        check.reference(
            format_args!("{at}.from_system"),
            Some(&map.from_system),
            &systems,
        );
        check.reference(
            format_args!("{at}.to_system"),
            Some(&map.to_system),
            &systems,
        );
        check.reference(
            format_args!("{at}.system_of_record"),
            map.system_of_record.as_deref(),
            &systems,
        );
        check.text(
            format_args!("{at}.from_field"),
            &map.from_field,
            max::SHORT_TEXT,
        );
        check.text(
            format_args!("{at}.to_field"),
            &map.to_field,
            max::SHORT_TEXT,
        );
        check.text(format_args!("{at}.note"), &map.note, max::LONG_TEXT);
    }
    check.unique_by(
        "integration.stage_statuses",
        "stage",
        round.stage_statuses.iter().map(|row| row.stage.code()),
    );
    for (i, row) in round.stage_statuses.iter().enumerate() {
        let at = Item("integration.stage_statuses", i);
        check.text(
            format_args!("{at}.automation"),
            &row.automation,
            max::SHORT_TEXT,
        );
        check.text(format_args!("{at}.crm"), &row.crm, max::SHORT_TEXT);
    }
    check.count(
        "integration.campaigns",
        round.campaigns.len(),
        max::CAMPAIGNS,
    );
    let campaigns = check.unique(
        "integration.campaigns",
        round.campaigns.iter().map(|c| c.id.as_str()),
    );
    for (i, campaign) in round.campaigns.iter().enumerate() {
        let at = Item("integration.campaigns", i);
        check.text(format_args!("{at}.name"), &campaign.name, max::SHORT_TEXT);
        check.text(
            format_args!("{at}.channel"),
            &campaign.channel,
            max::SHORT_TEXT,
        );
        check.range(format_args!("{at}.cost"), campaign.cost, max::AMOUNT);
    }
    check.count("integration.deals", round.deals.len(), max::DEALS);
    check.unique(
        "integration.deals",
        round.deals.iter().map(|d| d.id.as_str()),
    );
    for (i, deal) in round.deals.iter().enumerate() {
        let at = Item("integration.deals", i);
        check.text(format_args!("{at}.name"), &deal.name, max::SHORT_TEXT);
        check.range(format_args!("{at}.amount"), deal.amount, max::AMOUNT);
        check.count(
            format_args!("{at}.touches"),
            deal.touches.len(),
            max::TOUCHES_PER_DEAL,
        );
        for (j, touch) in deal.touches.iter().enumerate() {
            check.reference(
                format_args!("{at}.touches[{j}].campaign"),
                Some(&touch.campaign),
                &campaigns,
            );
            if touch.date > deal.close_date {
                check.report(
                    format_args!("{at}.touches[{j}].date"),
                    ProblemKind::DateOrder,
                );
            }
        }
    }
    check.range(
        "integration.half_life_days",
        round.half_life_days,
        max::HALF_LIFE_DAYS,
    );
}

fn sla(check: &mut Checker, plan: &Plan) {
    let round = &plan.sla;
    check.count("sla.actuals", round.actuals.len(), max::MONTHS);
    let months: Vec<String> = round
        .actuals
        .iter()
        .map(|month| month.month.to_string())
        .collect();
    check.unique("sla.actuals", months.iter().map(String::as_str));
    for (i, month) in round.actuals.iter().enumerate() {
        let at = Item("sla.actuals", i);
        for (name, count) in [
            ("mqls_delivered", month.mqls_delivered),
            ("accepted", month.accepted),
            ("worked_within_sla", month.worked_within_sla),
            ("closed", month.closed),
        ] {
            check.range(
                format_args!("{at}.{name}"),
                f64::from(count),
                max::MONTHLY_COUNT,
            );
        }
    }
    let commitments = &round.commitments;
    for (name, count) in [
        ("mqls_per_month", commitments.mqls_per_month),
        ("deals_per_month", commitments.deals_per_month),
    ] {
        check.optional_in(
            format_args!("sla.commitments.{name}"),
            count,
            max::MONTHLY_COUNT,
        );
    }
    for (name, value, bounds) in [
        (
            "first_response_minutes",
            commitments.first_response_minutes,
            max::RESPONSE_MINUTES,
        ),
        ("attempts", commitments.attempts, max::ATTEMPTS),
        ("attempt_days", commitments.attempt_days, max::ATTEMPT_DAYS),
        ("mqls_per_rep", commitments.mqls_per_rep, max::MQLS_PER_REP),
    ] {
        check.range(
            format_args!("sla.commitments.{name}"),
            f64::from(value),
            bounds,
        );
    }
    let agreement = &round.agreement;
    check.text("sla.agreement.version", &agreement.version, max::SHORT_TEXT);
    check.date_order(
        "sla.agreement.review",
        agreement.effective,
        agreement.review,
    );
    for (side, sign_off) in [
        ("marketing_signoff", &agreement.marketing_signoff),
        ("sales_signoff", &agreement.sales_signoff),
    ] {
        if let Some(sign_off) = sign_off {
            let at = format!("sla.agreement.{side}");
            check.text(format_args!("{at}.name"), &sign_off.name, max::SHORT_TEXT);
            check.text(format_args!("{at}.terms"), &sign_off.terms, max::LONG_TEXT);
        }
    }
}

fn cadence(check: &mut Checker, plan: &Plan, roles: &HashSet<&str>) {
    let round = &plan.cadence;
    let meeting = &round.meeting;
    check.range(
        "cadence.meeting.duration_minutes",
        f64::from(meeting.duration_minutes),
        max::MEETING_MINUTES,
    );
    check.text(
        "cadence.meeting.time_zone",
        &meeting.time_zone,
        max::SHORT_TEXT,
    );
    check.count(
        "cadence.meeting.attendees",
        meeting.attendees.len(),
        max::ROLES,
    );
    for (i, attendee) in meeting.attendees.iter().enumerate() {
        check.reference(
            format_args!("cadence.meeting.attendees[{i}]"),
            Some(attendee),
            roles,
        );
    }
    check.count(
        "cadence.standing_items",
        round.standing_items.len(),
        max::LIST_ITEMS,
    );
    for (i, item) in round.standing_items.iter().enumerate() {
        check.text(
            format_args!("cadence.standing_items[{i}]"),
            item,
            max::SHORT_TEXT,
        );
    }
    check.count("cadence.actions", round.actions.len(), max::ACTIONS);
    check.unique(
        "cadence.actions",
        round.actions.iter().map(|a| a.id.as_str()),
    );
    for (i, action) in round.actions.iter().enumerate() {
        let at = Item("cadence.actions", i);
        check.text(format_args!("{at}.text"), &action.text, max::LONG_TEXT);
        check.reference(format_args!("{at}.owner"), action.owner.as_deref(), roles);
    }
    check.count("cadence.log", round.log.len(), max::LOG_ENTRIES);
    for (i, record) in round.log.iter().enumerate() {
        check.text(
            format_args!("cadence.log[{i}].decisions"),
            &record.decisions,
            max::LONG_TEXT,
        );
    }
    check.count("cadence.pulses", round.pulses.len(), max::PULSES);
    for (i, pulse) in round.pulses.iter().enumerate() {
        check.range(
            format_args!("cadence.pulses[{i}].score"),
            f64::from(pulse.score),
            max::PULSE_SCORE,
        );
        check.text(
            format_args!("cadence.pulses[{i}].why"),
            &pulse.why,
            max::LONG_TEXT,
        );
    }
    check.count("cadence.checklist", round.checklist.len(), max::LIST_ITEMS);
    for (i, item) in round.checklist.iter().enumerate() {
        check.text(
            format_args!("cadence.checklist[{i}].text"),
            &item.text,
            max::SHORT_TEXT,
        );
    }
}

fn workshop(check: &mut Checker, plan: &Plan) {
    let workshop = &plan.workshop;
    for (i, minutes) in workshop.timebox_minutes.iter().enumerate() {
        check.range(
            format_args!("workshop.timebox_minutes[{i}]"),
            f64::from(*minutes),
            max::TIMEBOX,
        );
    }
    for (i, agreed) in workshop.agreed.iter().enumerate() {
        check.text(format_args!("workshop.agreed[{i}]"), agreed, max::LONG_TEXT);
    }
    let parked = &workshop.parking_lot;
    check.count("workshop.parking_lot", parked.len(), max::PARKED_POINTS);
    check.unique("workshop.parking_lot", parked.iter().map(|p| p.id.as_str()));
    for (i, point) in parked.iter().enumerate() {
        let at = Item("workshop.parking_lot", i);
        check.text(format_args!("{at}.text"), &point.text, max::LONG_TEXT);
        check.range(
            format_args!("{at}.round"),
            f64::from(point.round),
            max::ROUND_NUMBER,
        );
    }
}

/// `list[i]`, written only when a problem is reported there.
struct Item(&'static str, usize);

impl Display for Item {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}[{}]", self.0, self.1)
    }
}

/// Collects problems; each method checks one kind of rule at one path.
#[derive(Default)]
struct Checker {
    problems: Vec<Problem>,
}

impl Checker {
    fn report(&mut self, path: impl Display, kind: ProblemKind) {
        self.problems.push(Problem {
            path: path.to_string(),
            kind,
        });
    }

    fn text(&mut self, path: impl Display, text: &str, max: usize) {
        // Bytes bound characters from above, so most texts skip the count.
        if text.len() > max && text.chars().count() > max {
            self.report(path, ProblemKind::TooLong { max });
        }
    }

    /// A plan id: 1 to 64 letters, digits, `-` or `_`.
    fn plan_id(&mut self, path: &str, id: &str) {
        let fits = (1..=max::PLAN_ID).contains(&id.len())
            && id
                .bytes()
                .all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_');
        if !fits {
            self.report(
                path,
                ProblemKind::Shape("a plan id is 1 to 64 letters, digits, - or _".into()),
            );
        }
    }

    fn count(&mut self, path: impl Display, count: usize, max: usize) {
        if count > max {
            self.report(path, ProblemKind::TooMany { max });
        }
    }

    fn range(&mut self, path: impl Display, value: f64, bounds: max::Bounds) {
        if !bounds.contains(value) {
            self.report(
                path,
                ProblemKind::OutOfRange {
                    min: bounds.min,
                    max: bounds.max,
                },
            );
        }
    }

    fn optional_number(&mut self, path: impl Display, value: Option<f64>) {
        self.optional_in(path, value, max::AMOUNT);
    }

    fn optional_in(
        &mut self,
        path: impl Display,
        value: Option<impl Into<f64>>,
        bounds: max::Bounds,
    ) {
        if let Some(value) = value {
            self.range(path, value.into(), bounds);
        }
    }

    fn date_order(
        &mut self,
        path: impl Display,
        first: Option<NaiveDate>,
        then: Option<NaiveDate>,
    ) {
        if let (Some(first), Some(then)) = (first, then) {
            if then < first {
                self.report(path, ProblemKind::DateOrder);
            }
        }
    }

    /// Reports repeated ids at `list[i].id`; returns the set of ids.
    fn unique<'a>(&mut self, list: &str, ids: impl Iterator<Item = &'a str>) -> HashSet<&'a str> {
        self.unique_by(list, "id", ids)
    }

    /// Like `unique`, for records keyed by another field than `id`.
    fn unique_by<'a>(
        &mut self,
        list: &str,
        key: &str,
        ids: impl Iterator<Item = &'a str>,
    ) -> HashSet<&'a str> {
        let mut seen = HashSet::new();
        for (i, id) in ids.enumerate() {
            if !seen.insert(id) {
                self.report(
                    format_args!("{list}[{i}].{key}"),
                    ProblemKind::DuplicateId(id.to_string()),
                );
            }
        }
        seen
    }

    fn reference(&mut self, path: impl Display, id: Option<&str>, known: &HashSet<&str>) {
        if let Some(id) = id {
            if !known.contains(id) {
                self.report(path, ProblemKind::UnknownId(id.to_string()));
            }
        }
    }
}
