//! Validation of one locale against the structure: every text present, none for unknown ids,
//! safety-netting never empty, every placeholder one its place fills.

use crate::analysis::{pages, placeholders};
use crate::schema::{Locale, Structure};
use crate::{resolve, Problem, UI_KEYS};

/// Every problem of one locale against the structure, added to `out`.
pub(crate) fn validate_locale(s: &Structure, l: &Locale, out: &mut Vec<Problem>) {
    let lang = &l.lang;
    let missing = |what: String| Problem::MissingText {
        lang: lang.clone(),
        what,
    };
    let empty = |t: &str| t.trim().is_empty();
    for k in UI_KEYS {
        if l.ui.get(*k).is_none_or(|t| empty(t)) {
            out.push(missing(format!("ui.{k}")));
        }
    }
    for k in l.ui.keys() {
        if !UI_KEYS.contains(&k.as_str()) {
            out.push(Problem::UnknownText {
                lang: lang.clone(),
                what: format!("ui key `{k}`"),
            });
        }
    }
    let page_list = pages(s);
    for (id, qs) in &page_list {
        if qs.len() > 1 && l.page.get(id).is_none_or(|t| empty(&t.title)) {
            out.push(missing(format!(
                "title of page `{id}` (it has several questions)"
            )));
        }
    }
    for k in l.page.keys() {
        if !page_list.iter().any(|(id, qs)| id == k && qs.len() > 1) {
            out.push(Problem::UnknownText {
                lang: lang.clone(),
                what: format!("page `{k}` (only pages of several questions have a title)"),
            });
        }
    }
    // Every `{placeholder}` must be one its place fills: anything else would reach a patient
    // as literal text.
    let mut resolved = resolve(s, l);
    resolved.for_each_text_mut(&mut |what, kind, text| {
        let problem = match placeholders(text) {
            Err(detail) => Some(detail),
            Ok(names) => names
                .into_iter()
                .find(|n| !kind.allowed().contains(n))
                .map(|n| {
                    format!(
                        "`{{{n}}}` is not filled here (allowed: {:?})",
                        kind.allowed()
                    )
                }),
        };
        if let Some(detail) = problem {
            out.push(Problem::Placeholder {
                lang: lang.clone(),
                what: what.to_owned(),
                detail,
            });
        }
    });
    for q in &s.questions {
        let Some(t) = l.question.get(&q.id) else {
            out.push(missing(format!("question `{}`", q.id)));
            continue;
        };
        for (field, v) in [
            ("title", &t.title),
            ("short", &t.short),
            ("why", &t.why),
            ("error", &t.error),
        ] {
            if empty(v) {
                out.push(missing(format!("question `{}` {field}", q.id)));
            }
        }
        for c in &q.choices {
            if t.choice.get(&c.id).is_none_or(|c| empty(&c.label)) {
                out.push(missing(format!("choice `{}.{}`", q.id, c.id)));
            }
        }
        for c in t.choice.keys() {
            if !q.choices.iter().any(|x| &x.id == c) {
                out.push(Problem::UnknownText {
                    lang: lang.clone(),
                    what: format!("choice `{}.{c}`", q.id),
                });
            }
        }
    }
    for r in &s.rules {
        match l.rule.get(&r.id) {
            None => out.push(missing(format!("rule `{}`", r.id))),
            Some(t) if empty(&t.reason) => out.push(missing(format!("rule `{}` reason", r.id))),
            Some(_) => {}
        }
    }
    for o in &s.outcomes {
        let id = o.level.id();
        match l.outcome.get(id) {
            None => out.push(missing(format!("outcome `{id}`"))),
            Some(t) => {
                if empty(&t.title) || empty(&t.summary) {
                    out.push(missing(format!("outcome `{id}` title or summary")));
                }
                if t.do_now.is_empty() || t.do_now.iter().any(|x| empty(x)) {
                    out.push(Problem::EmptyAdvice {
                        lang: lang.clone(),
                        what: format!("outcome `{id}` do-now"),
                    });
                }
                if t.watch_for.is_empty() || t.watch_for.iter().any(|x| empty(x)) {
                    out.push(Problem::EmptyAdvice {
                        lang: lang.clone(),
                        what: format!("outcome `{id}` watch-for (safety-netting)"),
                    });
                }
            }
        }
    }
    for p in &s.panels {
        match l.panel.get(&p.id) {
            None => out.push(missing(format!("panel `{}`", p.id))),
            Some(t) if empty(&t.title) || t.body.is_empty() => out.push(Problem::EmptyAdvice {
                lang: lang.clone(),
                what: format!("panel `{}`", p.id),
            }),
            Some(_) => {}
        }
    }
    for r in &s.regions {
        match l.region.get(&r.id) {
            None => out.push(missing(format!("region `{}`", r.id))),
            Some(t) => {
                for (field, v) in [
                    ("name", &t.name),
                    ("emergency", &t.emergency),
                    ("urgent", &t.urgent),
                    ("worried", &t.worried),
                    ("quinine", &t.quinine),
                ] {
                    if empty(v) {
                        out.push(missing(format!("region `{}` {field}", r.id)));
                    }
                }
            }
        }
    }
    for (field, text) in l.fallback.fields() {
        let allowed: &[&str] = if field == "last" { &["title"] } else { &[] };
        let names = placeholders(text);
        if empty(text) {
            out.push(missing(format!("fallback {field}")));
        } else if names.as_ref().map_or(true, |n| n.as_slice() != allowed) {
            out.push(Problem::Placeholder {
                lang: lang.clone(),
                what: format!("fallback {field}"),
                detail: format!("must hold exactly {allowed:?}"),
            });
        }
    }
    let unknown = |kind: &str, id: &String| Problem::UnknownText {
        lang: lang.clone(),
        what: format!("{kind} `{id}`"),
    };
    out.extend(
        l.question
            .keys()
            .filter(|k| !s.questions.iter().any(|q| &q.id == *k))
            .map(|k| unknown("question", k)),
    );
    out.extend(
        l.rule
            .keys()
            .filter(|k| !s.rules.iter().any(|q| &q.id == *k))
            .map(|k| unknown("rule", k)),
    );
    out.extend(
        l.outcome
            .keys()
            .filter(|k| !s.outcomes.iter().any(|q| q.level.id() == k.as_str()))
            .map(|k| unknown("outcome", k)),
    );
    out.extend(
        l.panel
            .keys()
            .filter(|k| !s.panels.iter().any(|q| &q.id == *k))
            .map(|k| unknown("panel", k)),
    );
    out.extend(
        l.region
            .keys()
            .filter(|k| !s.regions.iter().any(|q| &q.id == *k))
            .map(|k| unknown("region", k)),
    );
}
