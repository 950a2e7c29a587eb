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
        row(&mut out, header);
        for e in self.entries.iter().rev() {
            let mut helped = String::new();
            for h in &e.helped {
                if !helped.is_empty() {
                    helped.push_str("; ");
                }
                helped.push_str(&label(h));
            }
            let fields = [
                when(e.at_ms),
                label(&e.muscle),
                e.minutes.to_string(),
                helped,
                label(e.sleep.id()),
            ];
            row(&mut out, &fields.each_ref().map(|f| &**f));
        }
        out
    }
}

/// One line of CSV: the fields, comma-separated, then CRLF.
fn row(out: &mut String, fields: &[&str; 5]) {
    for (i, f) in fields.iter().enumerate() {
        if i > 0 {
            out.push(',');
        }
        field(out, f);
    }
    out.push_str("\r\n");
}

/// One CSV field: quoted when it holds a comma, quote or line break; a leading `=`, `+`,
/// `-` or `@` is neutralised with a quote mark so a spreadsheet never runs it as a formula.
/// Written straight into the file (no copies of the text).
fn field(out: &mut String, f: &str) {
    let quoted = f.contains([',', '"', '\n', '\r']);
    if quoted {
        out.push('"');
    }
    if f.starts_with(['=', '+', '-', '@']) {
        out.push('\'');
    }
    for c in f.chars() {
        if c == '"' {
            out.push('"');
        }
        out.push(c);
    }
    if quoted {
        out.push('"');
    }
}
