//! Server-side render tests of the view's markup (Yew `ssr`, native): the question page's
//! fieldset with the question as the `<h1>` inside the `<legend>`, its aria-describedby
//! wiring, the care card's class and hidden prefix, and the worried line on every screen.
#![cfg(all(feature = "ui", not(target_arch = "wasm32")))]

use night_leg_cramps::content::{CareLevel, Lang, RegionId};
use night_leg_cramps::embed::{parse, ATTRIBUTES};
use night_leg_cramps::ui::care_card::{care_card, prefix};
use night_leg_cramps::ui::{load_bundle, Widget, WidgetProps};
use yew::{function_component, html, Html, LocalServerRenderer, Properties};

fn render_widget(start: &str, region: &str) -> String {
    render_in("en", "", start, region)
}

fn render_in(lang: &str, languages: &str, start: &str, region: &str) -> String {
    render_props(lang, languages, start, region, "")
}

/// The widget as a host's attributes make it: checked by `embed::parse`, as the element does.
fn render_props(lang: &str, languages: &str, start: &str, region: &str, storage: &str) -> String {
    let mut attrs = [""; ATTRIBUTES.len()];
    for (name, value) in [
        ("lang", lang),
        ("languages", languages),
        ("start", start),
        ("region", region),
        ("storage", storage),
    ] {
        attrs[ATTRIBUTES.iter().position(|a| *a == name).unwrap()] = value;
    }
    let (c, _) = parse(night_leg_cramps::content::structure(), attrs);
    let props = WidgetProps {
        lang: c.lang,
        region: c.region,
        theme: c.theme,
        start: c.start,
        languages: c.languages.into(),
        send_to: c.send_to.into(),
        storage: c.storage,
        on_event: None,
    };
    futures::executor::block_on(
        LocalServerRenderer::<Widget>::with_props(props)
            .hydratable(false)
            .render(),
    )
}

/// The text between the first `open` and the next `close` after it.
fn between<'a>(html: &'a str, open: &str, close: &str) -> &'a str {
    let start = html
        .find(open)
        .unwrap_or_else(|| panic!("`{open}` not in {html}"))
        + open.len();
    let end = html[start..]
        .find(close)
        .unwrap_or_else(|| panic!("`{close}` not after `{open}`"));
    &html[start..start + end]
}

/// The opening tag of the element with this class, and the text right after it.
fn element<'a>(html: &'a str, class: &str) -> (&'a str, &'a str) {
    let at = html
        .find(&format!("class=\"{class}\""))
        .unwrap_or_else(|| panic!("no .{class} in {html}"));
    let open = html[..at].rfind('<').unwrap();
    let close = at + html[at..].find('>').unwrap();
    let text_end = close + html[close..].find('<').unwrap();
    (&html[open..=close], &html[close + 1..text_end])
}

#[test]
fn question_page_puts_the_question_in_an_h1_inside_the_legend() {
    let html = render_widget("questionnaire", "us");
    let b = load_bundle(Lang::En, RegionId::Us);
    let legend = between(
        &html,
        "<legend class=\"nlc-fieldset__legend\">",
        "</legend>",
    );
    assert!(legend.contains("<h1"), "{legend}");
    assert!(legend.contains(&*b.questions[0].title), "{legend}");
    // The fieldset is described by the hint, which exists with that id.
    let fieldset = between(&html, "<fieldset", ">");
    assert!(
        fieldset.contains("aria-describedby=\"nlc-emergency-hint\""),
        "{fieldset}"
    );
    assert!(html.contains("id=\"nlc-emergency-hint\""));
    // The red flags are a checklist: one checkbox per sign, "not sure" and "none", each with
    // a label pointing at it.
    for c in b.questions[0].choices.iter() {
        let id = format!("nlc-emergency-choice-{}", c.id);
        assert!(
            html.contains("type=\"checkbox\"") && html.contains(&format!("id=\"{id}\"")),
            "{id}"
        );
        assert!(html.contains(&format!("for=\"{id}\"")), "{id}");
    }
    assert!(html.contains(">Continue</button>"));
    // Started straight on a question: who the guide is for is still said.
    assert!(
        html.contains(b.ui.start_adults()),
        "adults and no diagnosis on every entry screen"
    );
    // No error before Continue is pressed.
    assert!(!html.contains("nlc-error-summary"));
}

#[test]
fn every_screen_shows_the_worried_line_with_the_regions_numbers() {
    for (start, region, number) in [
        ("", "uk", "999"),
        ("questionnaire", "us", "911"),
        ("relief", "au", "000"),
        ("", "eu", "112"),
    ] {
        let html = render_widget(start, region);
        let line = between(&html, "class=\"nlc-worried\">", "</aside>");
        assert!(
            line.contains(&format!("href=\"tel:{number}\"")),
            "{start} {region}: {line}"
        );
    }
    let uk = render_widget("", "uk");
    assert!(uk.contains("href=\"tel:111\""));
    // A region the widget does not know (a host's typo) gets the generic wording, never
    // another country's number.
    let unknown = render_widget("questionnaire", "atlantis");
    let line = between(&unknown, "class=\"nlc-worried\">", "</aside>");
    assert!(line.contains("your local emergency number"), "{line}");
    assert!(!line.contains("tel:"), "{line}");
}

#[test]
fn start_screen_says_adults_no_diagnosis_and_private() {
    let html = render_widget("", "");
    let ui = &load_bundle(Lang::En, RegionId::Us).ui;
    for t in [
        ui.start_adults(),
        ui.start_privacy(),
        ui.start_button(),
        ui.cramp_now(),
    ] {
        assert!(html.contains(t), "{t}");
    }
    assert!(
        html.contains("your local emergency number"),
        "the default region is generic"
    );
}

/// A care card alone, as the outcome page draws it.
#[derive(Properties, PartialEq)]
struct CardProps {
    level: CareLevel,
}

#[function_component(Card)]
fn card(p: &CardProps) -> Html {
    let ui = &load_bundle(Lang::En, RegionId::Us).ui;
    care_card(
        p.level,
        "Title",
        "Summary",
        prefix(p.level, ui),
        Html::default(),
    )
}

#[test]
fn care_card_has_level_class_icon_and_hidden_prefix() {
    let ui = load_bundle(Lang::En, RegionId::Us).ui.clone();
    for level in CareLevel::ALL {
        let html = futures::executor::block_on(
            LocalServerRenderer::<Card>::with_props(CardProps { level })
                .hydratable(false)
                .render(),
        );
        assert!(
            html.contains(&format!("nlc-care-card--{}", level.id())),
            "{html}"
        );
        let heading = between(&html, "<h1", "</h1>");
        let prefix = prefix(level, &ui);
        assert!(
            heading.contains(&format!(
                "<span class=\"nlc-visually-hidden\">{prefix}</span>"
            )),
            "{heading}"
        );
        assert!(
            html.contains("aria-hidden=\"true\""),
            "the icon is decorative"
        );
    }
    let _ = html! {};
}

#[test]
fn panels_show_sources_and_review_date() {
    let html = render_widget("quinine", "uk");
    assert!(html.contains("nlc-sources"));
    assert!(html.contains("Last reviewed 2026-"));
    assert!(
        html.contains("In the UK, a doctor may very rarely"),
        "the region's quinine wording"
    );
}

#[test]
fn relief_mode_offers_every_muscle_a_clock_and_a_polite_minute_line() {
    let html = render_widget("cramp-now", "uk");
    let b = load_bundle(Lang::En, RegionId::Uk);
    assert!(html.contains(b.ui.relief_title()), "{html}");
    for id in b.relief.muscles.iter() {
        let title = &b.panel(id).unwrap().title;
        assert!(
            html.contains(&format!(
                "aria-pressed=\"false\" class=\"nlc-muscle\">{title}</button>"
            )),
            "{title}: {html}"
        );
    }
    // The seconds are hidden from screen readers; the minute line is a polite live region.
    let (clock, text) = element(&html, "nlc-relief__clock");
    assert!(
        clock.contains("aria-hidden=\"true\"") && text == "0:00",
        "{clock}"
    );
    let (minutes, text) = element(&html, "nlc-relief__ago");
    assert!(
        minutes.contains("aria-live=\"polite\"") && text == "Just now",
        "{minutes}"
    );
    // "It started about N minutes ago", from now to the limit.
    let select = between(&html, "<select", "</select>");
    assert_eq!(
        select.matches("<option").count() as u32,
        b.relief.minutes + 1
    );
    assert!(html.contains("for=\"nlc-relief-started\""));
    assert!(
        html.contains("Call 999 now."),
        "the region's number in the injury warning"
    );
    assert!(!html.contains(['{', '}']), "no placeholder left: {html}");
}

#[test]
fn spanish_speaks_spanish_with_the_region_numbers_and_marks_its_language() {
    let html = render_in("es-US", "", "", "us");
    assert!(html.starts_with(r#"<div lang="es""#), "{html}");
    assert!(html.contains("911"), "the region still decides the numbers");
    assert!(
        html.contains("Empezar") || html.contains("Comenzar"),
        "{html}"
    );
    assert!(
        !html.contains("Start now"),
        "no English left on the start screen"
    );
    let eu = render_in("es", "", "", "eu");
    assert!(eu.contains("112") && !eu.contains("911"), "es + eu = 112");
}

#[test]
fn the_language_switch_names_each_language_in_itself_and_marks_the_current_one() {
    assert!(
        !render_in("en", "", "", "").contains("nlc-languages"),
        "no switch unless offered"
    );
    assert!(
        !render_in("en", "en", "", "").contains("nlc-languages"),
        "one language: no switch"
    );
    let html = render_in("es", "en es", "", "");
    let nav = between(&html, "<nav", "</nav>");
    assert!(nav.contains(r#"class="nlc-languages""#), "{nav}");
    assert!(nav.contains(r#"aria-label="Idioma""#), "{nav}");
    assert!(
        nav.contains(r#"lang="en""#) && nav.contains(">English<"),
        "{nav}"
    );
    assert!(
        nav.contains(r#"lang="es""#) && nav.contains(">Español<"),
        "{nav}"
    );
    let current = between(nav, r#"aria-current="true""#, "</button>");
    assert!(current.contains("Español"), "{nav}");
}

#[test]
fn keeping_answers_and_the_diary_are_offered_unless_the_host_turns_storage_off() {
    let on = render_props("en", "", "questionnaire", "us", "");
    assert!(on.contains("id=\"nlc-keep-answers\""), "{on}");
    assert!(!on.contains("checked"), "off until the person ticks it");
    let start = render_props("en", "", "", "us", "on");
    assert!(start.contains("My cramp diary"), "{start}");
    let off = render_props("en", "", "questionnaire", "us", "off");
    assert!(!off.contains("nlc-keep-answers"), "{off}");
    let start = render_props("en", "", "", "us", "off");
    assert!(!start.contains("My cramp diary"), "{start}");
}

#[function_component(DiaryHarness)]
fn diary_harness(p: &DiaryHarnessProps) -> Html {
    let b = load_bundle(Lang::En, RegionId::Us);
    night_leg_cramps::ui::diary_page::diary_page(&b, &p.diary, &yew::Callback::noop())
}

#[derive(Properties, PartialEq)]
struct DiaryHarnessProps {
    diary: night_leg_cramps::ui::DiaryState,
}

fn render_diary(diary: night_leg_cramps::ui::DiaryState) -> String {
    futures::executor::block_on(
        LocalServerRenderer::<DiaryHarness>::with_props(DiaryHarnessProps { diary })
            .hydratable(false)
            .render(),
    )
}

/// The numbers above the bars of a chart's SVG.
fn chart_values(svg: &str) -> Vec<&str> {
    svg.split("class=\"nlc-chart__value\"")
        .skip(1)
        .map(|t| between(t, ">", "<"))
        .collect()
}

#[test]
fn the_diary_chart_and_its_table_show_the_same_weeks() {
    use night_leg_cramps::diary::{Diary, Entry, Sleep};
    use night_leg_cramps::ui::DiaryState;
    let off = render_diary(DiaryState::Off);
    assert!(
        off.contains("Start my diary") && off.contains("90 days"),
        "{off}"
    );
    // Outside a browser the clock reads 0: entries in the last three weeks before it.
    let day = 86_400_000.0;
    let mut d = Diary::default();
    for (at, minutes) in [(-1.0, 2), (-2.0, 4), (-9.0, 10), (-16.0, 1)] {
        d = d.save(Entry {
            id: 0,
            at_ms: at * day,
            muscle: "relief-calf".into(),
            minutes,
            helped: vec![],
            sleep: Sleep::BackSoon,
        });
    }
    let html = render_diary(DiaryState::On(std::rc::Rc::new(d)));
    let chart = between(&html, "nlc-chart--count", "</svg>");
    let bars = chart_values(chart);
    let table = between(&html, "<tbody>", "</tbody>");
    let rows: Vec<&str> = table
        .split("<tr>")
        .skip(1)
        .map(|r| between(r, "<td>", "<"))
        .collect();
    assert_eq!(bars, rows, "{html}");
    assert_eq!(bars, ["0", "0", "0", "0", "0", "1", "1", "2"]);
    let minutes = between(&html, "nlc-chart--minutes", "</svg>");
    let avg = chart_values(minutes);
    assert_eq!(avg[5..], ["1", "10", "3"]);
    assert_eq!(html.matches("class=\"nlc-diary-entry\"").count(), 4);
}
