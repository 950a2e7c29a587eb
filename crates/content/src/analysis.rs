//! Facts about the structure that validation and the tests both need: every valid answer to a
//! question, the pages in order, the placeholders in a text, whether a condition can hold.

use crate::schema::{ChoiceDef, QuestionDef, Structure};
use crate::{Condition, QuestionKind};

/// Every valid answer to a question: one choice for radios; every non-empty set of
/// non-exclusive choices, or the exclusive choice alone, for checkboxes.
pub fn all_answers(kind: QuestionKind, choices: &[ChoiceDef]) -> Vec<Vec<String>> {
    match kind {
        QuestionKind::Single => choices.iter().map(|c| vec![c.id.clone()]).collect(),
        QuestionKind::Multiple => {
            let normal: Vec<&ChoiceDef> = choices.iter().filter(|c| !c.exclusive).collect();
            let mut out: Vec<Vec<String>> = choices
                .iter()
                .filter(|c| c.exclusive)
                .map(|c| vec![c.id.clone()])
                .collect();
            let n = normal.len().min(16);
            for mask in 1u32..(1 << n) {
                out.push(
                    (0..n)
                        .filter(|i| mask & (1 << i) != 0)
                        .map(|i| normal[i].id.clone())
                        .collect(),
                );
            }
            out
        }
    }
}

/// The page a question is shown on (its own id when the content names none).
pub fn page_of(q: &QuestionDef) -> &str {
    q.page.as_deref().unwrap_or(&q.id)
}

/// The pages in order: (page id, indices of its questions).
pub fn pages(s: &Structure) -> Vec<(String, Vec<usize>)> {
    let mut out: Vec<(String, Vec<usize>)> = Vec::new();
    for (i, q) in s.questions.iter().enumerate() {
        match out.last_mut() {
            Some((id, qs)) if id == page_of(q) => qs.push(i),
            _ => out.push((page_of(q).to_owned(), vec![i])),
        }
    }
    out
}

/// The `{names}` in a text, or what is wrong with its braces.
pub fn placeholders(text: &str) -> Result<Vec<&str>, String> {
    let mut names = Vec::new();
    let mut rest = text;
    while let Some(open) = rest.find(['{', '}']) {
        if rest[open..].starts_with('}') {
            return Err(format!("a `}}` without `{{` in \"{text}\""));
        }
        let after = &rest[open + 1..];
        let close = after
            .find('}')
            .ok_or_else(|| format!("a `{{` without `}}` in \"{text}\""))?;
        let name = &after[..close];
        if name.is_empty() || !name.chars().all(|c| c.is_ascii_alphanumeric() || c == '_') {
            return Err(format!(
                "`{{{name}}}` is not a placeholder name in \"{text}\""
            ));
        }
        names.push(name);
        rest = &after[close + 1..];
    }
    Ok(names)
}

/// Whether some combination of answers to the questions a condition reads makes it hold.
pub(crate) fn satisfiable(cond: &Condition, questions: &[QuestionDef]) -> bool {
    let mut read: Vec<&QuestionDef> = Vec::new();
    for r in cond.refs() {
        if let Some(q) = questions.iter().find(|q| q.id == r.question) {
            if !read.iter().any(|x| x.id == q.id) {
                read.push(q);
            }
        }
    }
    let options: Vec<Vec<Vec<String>>> = read
        .iter()
        .map(|q| all_answers(q.kind, &q.choices))
        .collect();
    let mut idx = vec![0usize; read.len()];
    loop {
        let chosen = |q: &str, c: &str| {
            read.iter()
                .position(|x| x.id == q)
                .is_some_and(|i| options[i][idx[i]].iter().any(|x| x == c))
        };
        if cond.holds(&chosen) {
            return true;
        }
        // Next combination (odometer).
        let mut i = 0;
        loop {
            if i == idx.len() {
                return false;
            }
            idx[i] += 1;
            if idx[i] < options[i].len() {
                break;
            }
            idx[i] = 0;
            i += 1;
        }
    }
}
