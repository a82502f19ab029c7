//! The mentor's table: for each assignment, its learners (as named in
//! their reports) by its packs, and the same as CSV for their records.

use super::shelf::Shelf;
use super::{Assignment, PackReport, Report};
use crate::content::Catalog;
use crate::lang::Lang;
use crate::progress::day::{Day, date};

/// What one learner reported on one assignment.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Row {
    pub learner: String,
    pub made: Day,
    /// One cell per column: what they reported on that pack.
    pub cells: Vec<Option<PackReport>>,
}

/// One assignment's table. `assignment` is `None` for reports on an
/// assignment this browser did not make.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Table {
    pub id: u32,
    pub assignment: Option<Assignment>,
    pub packs: Vec<String>,
    pub rows: Vec<Row>,
}

/// A table for every assignment made here, newest first, then one for
/// each other assignment reports came in on.
pub fn tables(shelf: &Shelf) -> Vec<Table> {
    let mut tables: Vec<Table> = shelf
        .assignments()
        .rev()
        .map(|(_, a)| Table {
            id: a.id(),
            assignment: Some(a.clone()),
            packs: a.packs.iter().map(|p| p.id.clone()).collect(),
            rows: Vec::new(),
        })
        .collect();
    for (_, report) in shelf.reports() {
        let index = match tables.iter().position(|t| t.id == report.assignment) {
            Some(index) => index,
            None => {
                tables.push(Table {
                    id: report.assignment,
                    assignment: None,
                    packs: Vec::new(),
                    rows: Vec::new(),
                });
                tables.len() - 1
            }
        };
        add(&mut tables[index], report);
    }
    tables
}

fn add(table: &mut Table, report: &Report) {
    for pack in &report.packs {
        if !table.packs.contains(&pack.id) {
            table.packs.push(pack.id.clone());
        }
    }
    let cells = table
        .packs
        .iter()
        .map(|id| report.packs.iter().find(|p| &p.id == id).cloned())
        .collect();
    table.rows.push(Row {
        learner: report.learner.clone(),
        made: report.made,
        cells,
    });
    table.rows.sort_by_key(|row| row.learner.to_lowercase());
}

/// Every report as CSV, a line per learner and pack, under `headers`:
/// learner, report date, assignment from, assignment date, pack id, pack
/// title, items, practised, answers, right %, mastered, minutes, last active.
pub fn csv(shelf: &Shelf, catalog: &Catalog, lang: Lang, headers: &[String]) -> String {
    let mut out = line(headers.iter().map(String::as_str));
    for table in tables(shelf) {
        let (from, made) = table
            .assignment
            .as_ref()
            .map_or((String::new(), String::new()), |a| {
                (a.from.clone(), date(a.made))
            });
        for row in &table.rows {
            for (id, cell) in table.packs.iter().zip(&row.cells) {
                let Some(pack) = cell else { continue };
                let title = catalog.pack(id).map_or("", |e| e.title.get(lang));
                let percent = super::report::percent(pack.right, pack.answers)
                    .map_or(String::new(), |p| p.to_string());
                let numbers = [pack.items, pack.practised, pack.answers];
                let fields: Vec<String> = [
                    row.learner.clone(),
                    date(row.made),
                    from.clone(),
                    made.clone(),
                ]
                .into_iter()
                .chain([id.clone(), title.to_owned()])
                .chain(numbers.iter().map(u32::to_string))
                .chain([percent, pack.mastered.to_string(), pack.minutes.to_string()])
                .chain([pack.last_active.map_or(String::new(), date)])
                .collect();
                out.push_str(&line(fields.iter().map(String::as_str)));
            }
        }
    }
    out
}

/// A CSV line (RFC 4180). A field a spreadsheet would take for a formula
/// starts with `'`, so a name can never run as one.
fn line<'a>(fields: impl Iterator<Item = &'a str>) -> String {
    let fields: Vec<String> = fields
        .map(|field| {
            let field = if field.starts_with(['=', '+', '-', '@', '\t', '\r']) {
                format!("'{field}")
            } else {
                field.to_owned()
            };
            if field.contains([',', '"', '\n', '\r']) {
                format!("\"{}\"", field.replace('"', "\"\""))
            } else {
                field
            }
        })
        .collect();
    format!("{}\r\n", fields.join(","))
}

#[cfg(test)]
mod tests {
    use super::super::Shared;
    use super::*;
    use crate::testing::{self, bundled_catalog, report};
    use crate::time::Millis;

    fn assignment() -> Assignment {
        testing::assignment("", &["helse-a1-hilse-beboer", "helse-a2-maltider"])
    }

    #[test]
    fn reports_fill_their_assignments_table() {
        let mut shelf = Shelf::default();
        let id = assignment().id();
        shelf.keep(Millis(1), Shared::Assignment(assignment()));
        shelf.keep(
            Millis(2),
            Shared::Report(report(id, "Taras", "helse-a2-maltider")),
        );
        shelf.keep(
            Millis(3),
            Shared::Report(report(id, "olena", "helse-a1-hilse-beboer")),
        );
        shelf.keep(
            Millis(4),
            Shared::Report(report(77, "Olena", "horeca-a1-i-kafeen")),
        );
        let tables = tables(&shelf);
        assert_eq!(tables.len(), 2);
        assert_eq!(
            tables[0].packs,
            ["helse-a1-hilse-beboer", "helse-a2-maltider"]
        );
        let learners: Vec<&str> = tables[0].rows.iter().map(|r| r.learner.as_str()).collect();
        assert_eq!(learners, ["olena", "Taras"]);
        assert!(tables[0].rows[0].cells[0].is_some() && tables[0].rows[0].cells[1].is_none());
        assert_eq!((tables[1].id, tables[1].assignment.is_none()), (77, true));
        assert_eq!(tables[1].packs, ["horeca-a1-i-kafeen"]);
    }

    #[test]
    fn the_csv_has_a_line_per_learner_and_pack_and_no_formulas() {
        let mut shelf = Shelf::default();
        let id = assignment().id();
        shelf.keep(Millis(1), Shared::Assignment(assignment()));
        shelf.keep(
            Millis(2),
            Shared::Report(report(id, "=HYPERLINK(\"x\")", "helse-a2-maltider")),
        );
        shelf.keep(
            Millis(3),
            Shared::Report(report(id, "Olena, Kyiv", "helse-a1-hilse-beboer")),
        );
        let headers: Vec<String> = (1..=13).map(|i| format!("h{i}")).collect();
        let csv = csv(&shelf, &bundled_catalog(), Lang::Nb, &headers);
        let lines: Vec<&str> = csv.split("\r\n").filter(|l| !l.is_empty()).collect();
        assert_eq!(lines.len(), 3, "{csv}");
        assert!(lines[0].starts_with("h1,h2,"));
        assert!(
            lines[1].starts_with(
                "\"'=HYPERLINK(\"\"x\"\")\",2026-12-03,Ingrid,2026-12-01,helse-a2-maltider,"
            ),
            "{}",
            lines[1]
        );
        assert!(
            lines[1].ends_with(",25,10,12,75,1,7,2026-12-02"),
            "{}",
            lines[1]
        );
        assert!(lines[2].starts_with("\"Olena, Kyiv\","));
    }
}
