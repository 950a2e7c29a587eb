//! Resolution: the structure and one locale's words become the [`Bundle`] that ships.

use crate::analysis::{page_of, pages};
use crate::schema::{Locale, QuestionText, RegionText, Structure};
use crate::{Bundle, Choice, List, Outcome, Page, Panel, Question, Region, Rule, Text, UiTexts};

/// An owned text.
fn own(s: &str) -> Text {
    Text::Owned(s.to_owned())
}

/// An owned list of texts.
fn own_all(v: &[String]) -> List<Text> {
    v.iter().map(|s| own(s)).collect::<Vec<_>>().into()
}

/// Builds the shipped bundle for one locale. Call only on content that [`validate`](crate::validate()) passed:
/// anything missing here becomes an empty string.
pub fn resolve(s: &Structure, l: &Locale) -> Bundle {
    let ui = UiTexts::from_lookup(&|k| Some(l.ui.get(k).cloned().unwrap_or_default()))
        .expect("every key answers");
    let questions = s
        .questions
        .iter()
        .map(|q| {
            let t = l.question.get(&q.id);
            let text = |f: fn(&QuestionText) -> &String| own(t.map(f).map_or("", |x| x.as_str()));
            Question {
                id: own(&q.id),
                page: own(page_of(q)),
                optional: q.optional,
                kind: q.kind,
                screen: q.screen,
                ask_when: q.ask_when.clone(),
                title: text(|t| &t.title),
                hint: t.and_then(|t| t.hint.as_deref()).map(own),
                why: text(|t| &t.why),
                error: text(|t| &t.error),
                short: text(|t| &t.short),
                choices: q
                    .choices
                    .iter()
                    .map(|c| {
                        let ct = t.and_then(|t| t.choice.get(&c.id));
                        Choice {
                            id: own(&c.id),
                            label: own(ct.map_or("", |x| x.label.as_str())),
                            hint: ct.and_then(|x| x.hint.as_deref()).map(own),
                            exclusive: c.exclusive,
                            unsure: c.unsure,
                            linked: c.linked,
                        }
                    })
                    .collect::<Vec<_>>()
                    .into(),
            }
        })
        .collect::<Vec<_>>()
        .into();
    let rules = s
        .rules
        .iter()
        .map(|r| {
            let t = l.rule.get(&r.id);
            Rule {
                id: own(&r.id),
                level: r.level,
                when: r.when.clone(),
                sources: own_all(&r.sources),
                reviewed: own(&r.reviewed),
                reason: own(t.map_or("", |t| t.reason.as_str())),
                advice: t.and_then(|t| t.advice.as_deref()).map(own),
                panels: own_all(&r.panels),
            }
        })
        .collect::<Vec<_>>()
        .into();
    let mut outcomes = s
        .outcomes
        .iter()
        .map(|o| {
            let t = l.outcome.get(o.level.id());
            Outcome {
                level: o.level,
                title: own(t.map_or("", |t| t.title.as_str())),
                summary: own(t.map_or("", |t| t.summary.as_str())),
                do_now: own_all(t.map_or(&[], |t| t.do_now.as_slice())),
                watch_for: own_all(t.map_or(&[], |t| t.watch_for.as_slice())),
                reviewed: own(&o.reviewed),
            }
        })
        .collect::<Vec<_>>();
    // In level order, so that `Bundle::outcome` is an index.
    outcomes.sort_by_key(|o| o.level);
    let panels = s
        .panels
        .iter()
        .map(|p| {
            let t = l.panel.get(&p.id);
            Panel {
                id: own(&p.id),
                title: own(t.map_or("", |t| t.title.as_str())),
                body: t.map(|t| t.body.clone()).unwrap_or_default().into(),
                sources: own_all(&p.sources),
                reviewed: own(&p.reviewed),
            }
        })
        .collect::<Vec<_>>()
        .into();
    let regions = s
        .regions
        .iter()
        .map(|r| {
            let t = l.region.get(&r.id);
            let text = |f: fn(&RegionText) -> &String| own(t.map(f).map_or("", |x| x.as_str()));
            Region {
                id: own(&r.id),
                name: text(|t| &t.name),
                emergency_number: r.emergency_number.as_deref().map(own),
                urgent_number: r.urgent_number.as_deref().map(own),
                emergency: text(|t| &t.emergency),
                urgent: text(|t| &t.urgent),
                worried: text(|t| &t.worried),
                quinine: text(|t| &t.quinine),
            }
        })
        .collect::<Vec<_>>()
        .into();
    let pages = pages(s)
        .into_iter()
        .map(|(id, qs)| {
            let t = (qs.len() > 1).then(|| l.page.get(&id)).flatten();
            Page {
                screen: s.questions[qs[0]].screen,
                questions: qs
                    .iter()
                    .map(|&i| own(&s.questions[i].id))
                    .collect::<Vec<_>>()
                    .into(),
                title: t.map(|t| own(&t.title)),
                hint: t.and_then(|t| t.hint.as_deref()).map(own),
                id: id.into(),
            }
        })
        .collect::<Vec<_>>()
        .into();
    Bundle {
        version: own(&s.version),
        reviewed: own(&s.reviewed),
        lang: own(&l.lang),
        language: own(&l.name),
        ui,
        questions,
        pages,
        rules,
        outcomes: outcomes.into(),
        panels,
        relief: s.relief.clone(),
        sources: s.sources.clone().into(),
        regions,
    }
}
