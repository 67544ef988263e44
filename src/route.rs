//! Hash routes (`#/round/3`), which work on any static host under any sub-path.

use six_rounds_plan::model::Round;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Route {
    Plans,
    Share,
    Round(Round),
    Decision,
    /// The printable agreement document.
    Agreement,
    /// A returned copy, reviewed before it is merged into its plan.
    Merge,
}

impl Route {
    /// The route of a location hash; anything unknown is round 1.
    pub fn parse(hash: &str) -> Route {
        let path = hash.trim_start_matches('#').trim_start_matches('/');
        match path.split('/').collect::<Vec<_>>().as_slice() {
            ["plans"] => Route::Plans,
            ["share"] => Route::Share,
            ["decision"] => Route::Decision,
            ["agreement"] => Route::Agreement,
            ["merge"] => Route::Merge,
            ["round", number] => number
                .parse()
                .ok()
                .and_then(Round::from_number)
                .map_or(Route::Round(Round::Roles), Route::Round),
            _ => Route::Round(Round::Roles),
        }
    }

    pub fn href(self) -> String {
        match self {
            Route::Plans => "#/plans".into(),
            Route::Share => "#/share".into(),
            Route::Decision => "#/decision".into(),
            Route::Agreement => "#/agreement".into(),
            Route::Merge => "#/merge".into(),
            Route::Round(round) => format!("#/round/{}", round.number()),
        }
    }
}
