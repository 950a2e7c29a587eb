//! Resolution: the structure and one locale's words become the [`Bundle`] that ships.

use crate::analysis::{page_of, pages};
use crate::schema::{Locale, QuestionText, RegionText, Structure};
use crate::{Bundle, Choice, Outcome, Page, Panel, Question, Region, Rule, UiTexts};

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
            let text = |f: fn(&QuestionText) -> &String| t.map(f).cloned().unwrap_or_default();
            Question {
                id: q.id.clone(),
                page: page_of(q).to_owned(),
                optional: q.optional,
                kind: q.kind,
                screen: q.screen,
                ask_when: q.ask_when.clone(),
                title: text(|t| &t.title),
                hint: t.and_then(|t| t.hint.clone()),
                why: text(|t| &t.why),
                error: text(|t| &t.error),
                short: text(|t| &t.short),
                choices: q
                    .choices
                    .iter()
                    .map(|c| {
                        let ct = t.and_then(|t| t.choice.get(&c.id));
                        Choice {
                            id: c.id.clone(),
                            label: ct.map(|x| x.label.clone()).unwrap_or_default(),
                            hint: ct.and_then(|x| x.hint.clone()),
                            exclusive: c.exclusive,
                            unsure: c.unsure,
                            linked: c.linked,
                        }
                    })
                    .collect(),
            }
        })
        .collect();
    let rules = s
        .rules
        .iter()
        .map(|r| {
            let t = l.rule.get(&r.id);
            Rule {
                id: r.id.clone(),
                level: r.level,
                when: r.when.clone(),
                sources: r.sources.clone(),
                reviewed: r.reviewed.clone(),
                reason: t.map(|t| t.reason.clone()).unwrap_or_default(),
                advice: t.and_then(|t| t.advice.clone()),
                panels: r.panels.clone(),
            }
        })
        .collect();
    let outcomes = s
        .outcomes
        .iter()
        .map(|o| {
            let t = l.outcome.get(o.level.id());
            Outcome {
                level: o.level,
                title: t.map(|t| t.title.clone()).unwrap_or_default(),
                summary: t.map(|t| t.summary.clone()).unwrap_or_default(),
                do_now: t.map(|t| t.do_now.clone()).unwrap_or_default(),
                watch_for: t.map(|t| t.watch_for.clone()).unwrap_or_default(),
                reviewed: o.reviewed.clone(),
            }
        })
        .collect();
    let panels = s
        .panels
        .iter()
        .map(|p| {
            let t = l.panel.get(&p.id);
            Panel {
                id: p.id.clone(),
                title: t.map(|t| t.title.clone()).unwrap_or_default(),
                body: t.map(|t| t.body.clone()).unwrap_or_default(),
                sources: p.sources.clone(),
                reviewed: p.reviewed.clone(),
            }
        })
        .collect();
    let regions = s
        .regions
        .iter()
        .map(|r| {
            let t = l.region.get(&r.id);
            let text = |f: fn(&RegionText) -> &String| t.map(f).cloned().unwrap_or_default();
            Region {
                id: r.id.clone(),
                name: text(|t| &t.name),
                emergency_number: r.emergency_number.clone(),
                urgent_number: r.urgent_number.clone(),
                emergency: text(|t| &t.emergency),
                urgent: text(|t| &t.urgent),
                worried: text(|t| &t.worried),
                quinine: text(|t| &t.quinine),
            }
        })
        .collect();
    let pages = pages(s)
        .into_iter()
        .map(|(id, qs)| {
            let t = (qs.len() > 1).then(|| l.page.get(&id)).flatten();
            Page {
                screen: s.questions[qs[0]].screen,
                questions: qs.iter().map(|&i| s.questions[i].id.clone()).collect(),
                title: t.map(|t| t.title.clone()),
                hint: t.and_then(|t| t.hint.clone()),
                id,
            }
        })
        .collect();
    Bundle {
        version: s.version.clone(),
        reviewed: s.reviewed.clone(),
        lang: l.lang.clone(),
        ui,
        questions,
        pages,
        rules,
        outcomes,
        panels,
        relief: s.relief.clone(),
        sources: s.sources.clone(),
        regions,
    }
}
