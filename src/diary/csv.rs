//! The diary as a CSV file for the person to keep or give their doctor (RFC 4180), in their
//! own words and safe to open in a spreadsheet.

use super::Diary;

impl Diary {
    /// The diary as CSV (RFC 4180: comma-separated, CRLF, fields quoted where needed), oldest
    /// entry first, in the person's words: `header` names the columns, `when` writes a time,
    /// `label` names a muscle, a choice or a sleep value by id.
    pub fn csv(
        &self,
        header: &[&str; 5],
        when: &dyn Fn(f64) -> String,
        label: &dyn Fn(&str) -> String,
    ) -> String {
        let mut out = String::new();
        let row = |out: &mut String, fields: &[String]| {
            let quoted: Vec<String> = fields.iter().map(|f| csv_field(f)).collect();
            out.push_str(&quoted.join(","));
            out.push_str("\r\n");
        };
        row(
            &mut out,
            &header.iter().map(|h| h.to_string()).collect::<Vec<_>>(),
        );
        for e in self.entries.iter().rev() {
            let helped: Vec<String> = e.helped.iter().map(|h| label(h)).collect();
            row(
                &mut out,
                &[
                    when(e.at_ms),
                    label(&e.muscle),
                    e.minutes.to_string(),
                    helped.join("; "),
                    label(e.sleep.id()),
                ],
            );
        }
        out
    }
}

/// One CSV field: quoted when it holds a comma, quote or line break; a leading `=`, `+`,
/// `-` or `@` is neutralised with a quote mark so a spreadsheet never runs it as a formula.
fn csv_field(f: &str) -> String {
    let f = if f.starts_with(['=', '+', '-', '@']) {
        format!("'{f}")
    } else {
        f.to_owned()
    };
    if f.contains([',', '"', '\n', '\r']) {
        format!("\"{}\"", f.replace('"', "\"\""))
    } else {
        f
    }
}
