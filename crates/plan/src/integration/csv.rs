//! Campaigns and deals from CSV, as a CRM report exports them: campaigns a row each
//! (campaign, channel, cost); deals a row per touch point (deal, amount, close date,
//! campaign, touch date). Errors name the line and column.

use std::collections::HashMap;
use std::sync::Arc;

use chrono::NaiveDate;

use crate::limits;
use crate::model::{Deal, IntegrationRound, Touch};
use crate::spreadsheet::{date, decimal, error_line, reader};

/// What is wrong with a CSV of campaigns or deals, and where.
pub type CsvError = crate::spreadsheet::CsvError<CsvErrorKind>;

#[derive(Debug, Clone, PartialEq)]
pub enum CsvErrorKind {
    Unreadable(String),
    /// The header lacks a column; its English name.
    MissingColumn(&'static str),
    BadAmount(String),
    BadDate(String),
    EmptyName,
    /// A touch point dated after its deal closed.
    TouchAfterClose,
    /// A deal's rows disagree on its amount or close date.
    DealChanged(String),
    TooMany {
        max: usize,
    },
    NoRows,
}

/// A column and the header names it is known by (English and Russian, any case).
struct Named {
    english: &'static str,
    names: &'static [&'static str],
}

const CAMPAIGN: Named = Named {
    english: "campaign",
    names: &["campaign", "name", "кампания"],
};
const CHANNEL: Named = Named {
    english: "channel",
    names: &["channel", "канал"],
};
const COST: Named = Named {
    english: "cost",
    names: &["cost", "spend", "затраты", "расходы"],
};
const DEAL: Named = Named {
    english: "deal",
    names: &["deal", "deal_id", "сделка"],
};
const AMOUNT: Named = Named {
    english: "amount",
    names: &["amount", "revenue", "сумма"],
};
const CLOSE_DATE: Named = Named {
    english: "close_date",
    names: &["close_date", "closed", "дата_закрытия"],
};
const TOUCH_DATE: Named = Named {
    english: "touch_date",
    names: &["touch_date", "date", "дата_касания"],
};

/// Rows of a CSV with its header read: each `get` finds a column by its known names.
struct Table<'a> {
    reader: ::csv::Reader<&'a [u8]>,
    header: Vec<String>,
    record: ::csv::StringRecord,
}

impl<'a> Table<'a> {
    fn open(text: &'a str) -> Result<Self, CsvError> {
        let mut reader = reader(text);
        let mut record = ::csv::StringRecord::new();
        if !reader.read_record(&mut record).map_err(unreadable)? {
            return Err(CsvError::at(1, None, CsvErrorKind::NoRows));
        }
        let header = record.iter().map(|h| h.trim().to_lowercase()).collect();
        Ok(Table {
            reader,
            header,
            record,
        })
    }

    /// The 0-based index of a column, if the header has it.
    fn find(&self, column: &Named) -> Option<usize> {
        self.header
            .iter()
            .position(|h| column.names.contains(&h.as_str()))
    }

    fn require(&self, column: &Named) -> Result<usize, CsvError> {
        self.find(column).ok_or(CsvError::at(
            1,
            None,
            CsvErrorKind::MissingColumn(column.english),
        ))
    }

    /// The next non-blank row and its line, or none at the end.
    fn next(&mut self) -> Result<Option<usize>, CsvError> {
        loop {
            if !self
                .reader
                .read_record(&mut self.record)
                .map_err(unreadable)?
            {
                return Ok(None);
            }
            if self.record.iter().any(|field| !field.trim().is_empty()) {
                return Ok(Some(
                    self.record.position().map_or(0, |p| p.line() as usize),
                ));
            }
        }
    }

    fn cell(&self, column: usize) -> &str {
        self.record.get(column).unwrap_or_default().trim()
    }
}

fn unreadable(error: ::csv::Error) -> CsvError {
    CsvError::at(
        error_line(&error),
        None,
        CsvErrorKind::Unreadable(error.to_string()),
    )
}

fn amount(table: &Table, line: usize, column: usize) -> Result<f64, CsvError> {
    let text = table.cell(column);
    decimal(text)
        .filter(|n| (0.0..=limits::MAX_AMOUNT).contains(n))
        .ok_or_else(|| CsvError::at(line, Some(column + 1), CsvErrorKind::BadAmount(text.into())))
}

fn day(table: &Table, line: usize, column: usize) -> Result<NaiveDate, CsvError> {
    let text = table.cell(column);
    date(text)
        .ok_or_else(|| CsvError::at(line, Some(column + 1), CsvErrorKind::BadDate(text.into())))
}

/// Campaign rows: name, optional channel, cost.
pub fn campaigns_from_csv(text: &str) -> Result<Vec<(String, String, f64)>, CsvError> {
    let mut table = Table::open(text)?;
    let name = table.require(&CAMPAIGN)?;
    let cost = table.require(&COST)?;
    let channel = table.find(&CHANNEL);
    let mut rows = Vec::new();
    while let Some(line) = table.next()? {
        if rows.len() >= limits::CAMPAIGNS {
            let max = limits::CAMPAIGNS;
            return Err(CsvError::at(line, None, CsvErrorKind::TooMany { max }));
        }
        let title = table.cell(name);
        if title.is_empty() {
            return Err(CsvError::at(line, Some(name + 1), CsvErrorKind::EmptyName));
        }
        let channel = channel
            .map(|c| table.cell(c).to_string())
            .unwrap_or_default();
        rows.push((title.to_string(), channel, amount(&table, line, cost)?));
    }
    if rows.is_empty() {
        return Err(CsvError::at(1, None, CsvErrorKind::NoRows));
    }
    Ok(rows)
}

/// A deal read from CSV: named by the deal column, its touches by campaign name.
#[derive(Debug, Clone, PartialEq)]
pub struct DealRow {
    pub name: String,
    pub amount: f64,
    pub close_date: NaiveDate,
    pub touches: Vec<(String, NaiveDate)>,
}

/// Deals and their touch points; a row whose campaign cell is empty gives a deal no touch.
pub fn deals_from_csv(text: &str) -> Result<Vec<DealRow>, CsvError> {
    let mut table = Table::open(text)?;
    let deal = table.require(&DEAL)?;
    let amount_at = table.require(&AMOUNT)?;
    let close_at = table.require(&CLOSE_DATE)?;
    let campaign = table.require(&CAMPAIGN)?;
    let touch_at = table.require(&TOUCH_DATE)?;
    let mut deals: Vec<DealRow> = Vec::new();
    let mut by_name: HashMap<String, usize> = HashMap::new();
    while let Some(line) = table.next()? {
        let name = table.cell(deal);
        if name.is_empty() {
            return Err(CsvError::at(line, Some(deal + 1), CsvErrorKind::EmptyName));
        }
        let value = amount(&table, line, amount_at)?;
        let close = day(&table, line, close_at)?;
        let index = match by_name.get(name) {
            Some(&index) => {
                let known = &deals[index];
                if known.amount != value || known.close_date != close {
                    let kind = CsvErrorKind::DealChanged(name.to_string());
                    return Err(CsvError::at(line, None, kind));
                }
                index
            }
            None => {
                if deals.len() >= limits::DEALS {
                    let max = limits::DEALS;
                    return Err(CsvError::at(line, None, CsvErrorKind::TooMany { max }));
                }
                by_name.insert(name.to_string(), deals.len());
                deals.push(DealRow {
                    name: name.to_string(),
                    amount: value,
                    close_date: close,
                    touches: Vec::new(),
                });
                deals.len() - 1
            }
        };
        let campaign_name = table.cell(campaign);
        if campaign_name.is_empty() {
            continue;
        }
        let touched = day(&table, line, touch_at)?;
        if touched > close {
            return Err(CsvError::at(
                line,
                Some(touch_at + 1),
                CsvErrorKind::TouchAfterClose,
            ));
        }
        let touches = &mut deals[index].touches;
        if touches.len() >= limits::TOUCHES_PER_DEAL {
            let max = limits::TOUCHES_PER_DEAL;
            return Err(CsvError::at(line, None, CsvErrorKind::TooMany { max }));
        }
        touches.push((campaign_name.to_string(), touched));
    }
    if deals.is_empty() {
        return Err(CsvError::at(1, None, CsvErrorKind::NoRows));
    }
    Ok(deals)
}

impl IntegrationRound {
    /// Adds campaigns or updates the channel and cost of those with the same name (any
    /// case); returns how many were added and how many updated.
    pub fn merge_campaigns(&mut self, rows: Vec<(String, String, f64)>) -> (usize, usize) {
        let (mut added, mut updated) = (0, 0);
        for (name, channel, cost) in rows {
            match self.campaign_named(&name) {
                Some(i) => {
                    let campaign = &mut self.campaigns[i];
                    if !channel.is_empty() {
                        campaign.channel = channel;
                    }
                    campaign.cost = cost;
                    updated += 1;
                }
                None => {
                    self.add_campaign(name, channel, cost);
                    added += 1;
                }
            }
        }
        (added, updated)
    }

    /// Replaces the deals with `rows`; a campaign named that the round lacks is added at
    /// cost 0. Returns the names of the campaigns added.
    pub fn replace_deals(&mut self, rows: Vec<DealRow>) -> Vec<String> {
        let mut added = Vec::new();
        let mut ids: HashMap<String, String> = self
            .campaigns
            .iter()
            .map(|c| (c.name.to_lowercase(), c.id.clone()))
            .collect();
        let mut deals = Vec::with_capacity(rows.len());
        for (n, row) in rows.into_iter().enumerate() {
            let touches = row
                .touches
                .into_iter()
                .map(|(campaign, date)| {
                    let key = campaign.to_lowercase();
                    let id = match ids.get(&key) {
                        Some(id) => id.clone(),
                        None => {
                            let id = self.add_campaign(campaign.clone(), String::new(), 0.0);
                            added.push(campaign);
                            ids.insert(key, id.clone());
                            id
                        }
                    };
                    Touch { campaign: id, date }
                })
                .collect();
            deals.push(Deal {
                id: format!("d{}", n + 1),
                name: row.name,
                amount: row.amount,
                close_date: row.close_date,
                touches,
            });
        }
        self.deals = Arc::new(deals);
        added
    }
}
