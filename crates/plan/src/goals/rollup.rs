//! How each goal's target and actual follow from its children: sum, product, ratio or manual.

use std::collections::HashMap;

use crate::model::{Formula, GoalNode, GoalsRound};

/// Why a formula gives no number.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FormulaProblem {
    /// Sum, product or ratio with nothing under it.
    NoChildren,
    /// A ratio divides its first child by its second, so it needs exactly two.
    RatioNeedsTwo,
    DivisionByZero,
    /// Some children have a number and some do not.
    MissingChildValue,
    /// The goal is under itself (only a damaged document can say so).
    Cycle,
}

/// A computed number: none yet, a number, or why there cannot be one.
pub type Rolled = Result<Option<f64>, FormulaProblem>;

#[derive(Debug, Clone, PartialEq)]
pub struct NodeValues {
    pub target: Rolled,
    pub actual: Rolled,
}

impl NodeValues {
    /// Actual / target, when both are known and the target is above zero.
    pub fn attained(&self) -> Option<f64> {
        match (self.target, self.actual) {
            (Ok(Some(target)), Ok(Some(actual))) if target > 0.0 => Some(actual / target),
            _ => None,
        }
    }
}

/// Every goal's computed target and actual.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Rollup(HashMap<String, NodeValues>);

impl Rollup {
    pub fn get(&self, id: &str) -> Option<&NodeValues> {
        self.0.get(id)
    }
}

/// Which number of a node a pass computes.
#[derive(Clone, Copy)]
enum Field {
    Target,
    Actual,
}

struct Pass<'a> {
    nodes: &'a [GoalNode],
    children: &'a HashMap<&'a str, Vec<usize>>,
    field: Field,
    done: Vec<Option<Rolled>>,
    visiting: Vec<bool>,
}

impl<'a> Pass<'a> {
    fn value(&mut self, index: usize) -> Rolled {
        if let Some(done) = self.done[index] {
            return done;
        }
        if self.visiting[index] {
            return Err(FormulaProblem::Cycle);
        }
        self.visiting[index] = true;
        let node = &self.nodes[index];
        let result = match node.formula {
            Formula::Manual => Ok(match self.field {
                Field::Target => node.target,
                Field::Actual => node.actual,
            }),
            formula => {
                let children: &'a HashMap<&'a str, Vec<usize>> = self.children;
                let kids = children
                    .get(node.id.as_str())
                    .map_or(&[][..], Vec::as_slice);
                let values: Vec<Rolled> = kids.iter().map(|&child| self.value(child)).collect();
                if values.contains(&Err(FormulaProblem::Cycle)) {
                    Err(FormulaProblem::Cycle)
                } else {
                    let values: Vec<Option<f64>> =
                        values.into_iter().map(|v| v.ok().flatten()).collect();
                    combine(formula, &values)
                }
            }
        };
        self.visiting[index] = false;
        self.done[index] = Some(result);
        result
    }
}

fn combine(formula: Formula, values: &[Option<f64>]) -> Rolled {
    if values.is_empty() {
        return Err(FormulaProblem::NoChildren);
    }
    if formula == Formula::Ratio && values.len() != 2 {
        return Err(FormulaProblem::RatioNeedsTwo);
    }
    let known: Vec<f64> = values.iter().flatten().copied().collect();
    if known.is_empty() {
        return Ok(None);
    }
    if known.len() < values.len() {
        return Err(FormulaProblem::MissingChildValue);
    }
    Ok(Some(match formula {
        Formula::Sum => known.iter().sum(),
        Formula::Product => known.iter().product(),
        Formula::Ratio if known[1] == 0.0 => return Err(FormulaProblem::DivisionByZero),
        Formula::Ratio => known[0] / known[1],
        // Manual goals are entered, never combined.
        Formula::Manual => return Ok(None),
    }))
}

/// Computes every goal's target and actual from the leaves up, each node once.
pub fn rollup(round: &GoalsRound) -> Rollup {
    let nodes = &round.nodes;
    let mut children: HashMap<&str, Vec<usize>> = HashMap::new();
    for (index, node) in nodes.iter().enumerate() {
        if let Some(parent) = node.parent.as_deref() {
            children.entry(parent).or_default().push(index);
        }
    }
    let pass = |field| {
        let mut pass = Pass {
            nodes,
            children: &children,
            field,
            done: vec![None; nodes.len()],
            visiting: vec![false; nodes.len()],
        };
        (0..nodes.len()).map(|i| pass.value(i)).collect::<Vec<_>>()
    };
    let targets = pass(Field::Target);
    let actuals = pass(Field::Actual);
    Rollup(
        nodes
            .iter()
            .zip(targets.into_iter().zip(actuals))
            .map(|(node, (target, actual))| (node.id.clone(), NodeValues { target, actual }))
            .collect(),
    )
}
