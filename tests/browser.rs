//! Browser tests (wasm-bindgen-test in headless Chromium): the widget mounted in a shadow
//! root, as the custom element does, driven by real clicks.
#![cfg(target_arch = "wasm32")]

use std::time::Duration;

use night_leg_cramps::content::{Lang, RegionId};
use night_leg_cramps::embed::{Start, Storage, Theme};
use night_leg_cramps::ui::{Widget, WidgetProps};
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
use web_sys::{Element, HtmlElement, HtmlInputElement, ShadowRoot, ShadowRootInit, ShadowRootMode};

wasm_bindgen_test_configure!(run_in_browser);

/// A host element with an open shadow root and a mount point inside it.
fn host() -> (ShadowRoot, Element) {
    let doc = web_sys::window().unwrap().document().unwrap();
    let host = doc.create_element("div").unwrap();
    doc.body().unwrap().append_child(&host).unwrap();
    let shadow = host
        .attach_shadow(&ShadowRootInit::new(ShadowRootMode::Open))
        .unwrap();
    let mount = doc.create_element("div").unwrap();
    shadow.append_child(&mount).unwrap();
    (shadow, mount)
}

async fn settle() {
    yew::platform::time::sleep(Duration::from_millis(30)).await;
}

fn button(root: &ShadowRoot, text: &str) -> HtmlElement {
    let all = root.query_selector_all("button").unwrap();
    (0..all.length())
        .filter_map(|i| all.item(i))
        .filter_map(|n| n.dyn_into::<HtmlElement>().ok())
        .find(|b| b.text_content().unwrap_or_default().trim() == text)
        .unwrap_or_else(|| panic!("no button `{text}`"))
}

fn active(root: &ShadowRoot) -> Option<Element> {
    root.active_element()
}

#[wasm_bindgen_test]
async fn continue_with_nothing_chosen_focuses_the_error_summary_then_an_answer_reaches_the_outcome()
{
    let (shadow, mount) = host();
    let props = WidgetProps {
        lang: Some(Lang::En),
        region: Some(RegionId::Uk),
        theme: Theme::Auto,
        languages: Default::default(),
        start: Start::Home,
        send_to: "".into(),
        storage: Storage::On,
        on_event: None,
    };
    let app = yew::Renderer::<Widget>::with_root_and_props(mount, props).render();
    settle().await;

    // Start: focus is not moved on load (the host page keeps it).
    assert!(active(&shadow).is_none());
    button(&shadow, "Start now").click();
    settle().await;
    let h1 = shadow.query_selector("h1").unwrap().unwrap();
    assert!(h1
        .text_content()
        .unwrap()
        .contains("any of these right now"));
    assert_eq!(
        active(&shadow).as_ref(),
        Some(&h1),
        "focus moves to the new heading"
    );

    // Continue with nothing chosen.
    button(&shadow, "Continue").click();
    settle().await;
    let summary = shadow
        .query_selector(".nlc-error-summary")
        .unwrap()
        .expect("the error summary appears");
    assert_eq!(
        active(&shadow).as_ref(),
        Some(&summary),
        "the summary takes focus"
    );
    assert!(summary
        .text_content()
        .unwrap()
        .contains("There is a problem"));
    assert!(
        shadow
            .query_selector(".nlc-error-message")
            .unwrap()
            .is_some(),
        "inline error"
    );
    let described = shadow
        .query_selector("fieldset")
        .unwrap()
        .unwrap()
        .get_attribute("aria-describedby")
        .unwrap();
    assert!(described.contains("nlc-emergency-error"), "{described}");

    // The summary's link focuses the first radio (and leaves the host URL alone).
    let link: HtmlElement = summary
        .query_selector("a")
        .unwrap()
        .unwrap()
        .dyn_into()
        .unwrap();
    let url_before = web_sys::window().unwrap().location().href().unwrap();
    link.click();
    settle().await;
    let first: HtmlInputElement = shadow
        .query_selector("input")
        .unwrap()
        .unwrap()
        .dyn_into()
        .unwrap();
    assert_eq!(active(&shadow).map(|e| e.id()), Some(first.id()));
    assert_eq!(
        web_sys::window().unwrap().location().href().unwrap(),
        url_before
    );

    // Tick the first emergency sign and continue: the emergency outcome, at once.
    first.click();
    settle().await;
    button(&shadow, "Continue").click();
    settle().await;
    let card = shadow
        .query_selector(".nlc-care-card--emergency")
        .unwrap()
        .expect("the emergency care card");
    let heading = card.query_selector("h1").unwrap().unwrap();
    assert!(
        heading.text_content().unwrap().starts_with("Emergency: "),
        "hidden prefix is read first"
    );
    assert_eq!(active(&shadow).as_ref(), Some(&heading));
    assert!(
        shadow
            .query_selector("a[href='tel:999']")
            .unwrap()
            .is_some(),
        "the region's number as a tel: link"
    );

    app.destroy();
    settle().await;
    assert_eq!(
        shadow.child_element_count(),
        1,
        "destroy leaves only the empty mount point"
    );
}

#[wasm_bindgen_test]
async fn checkbox_none_of_these_is_exclusive_and_back_keeps_answers() {
    let (shadow, mount) = host();
    let props = WidgetProps {
        lang: Some(Lang::En),
        region: Some(RegionId::Us),
        theme: Theme::Dark,
        languages: Default::default(),
        start: Start::Questionnaire,
        send_to: "".into(),
        storage: Storage::On,
        on_event: None,
    };
    let app = yew::Renderer::<Widget>::with_root_and_props(mount, props).render();
    settle().await;
    assert_eq!(
        shadow
            .query_selector(".nlc")
            .unwrap()
            .unwrap()
            .get_attribute("data-theme")
            .as_deref(),
        Some("dark")
    );
    let choose = |id: &str| {
        let el: HtmlInputElement = shadow
            .query_selector(&format!("#{id}"))
            .unwrap()
            .unwrap_or_else(|| panic!("#{id}"))
            .dyn_into()
            .unwrap();
        el.click();
    };
    for (q, c) in [
        ("emergency", "none"),
        ("leg-signs", "none"),
        ("other-signs", "none"),
        ("feeling", "cramp"),
        ("duration", "minutes"),
    ] {
        choose(&format!("nlc-{q}-choice-{c}"));
        settle().await;
        button(&shadow, "Continue").click();
        settle().await;
    }
    // other-symptoms: checkboxes.
    let checked = |id: &str| {
        shadow
            .query_selector(&format!("#{id}"))
            .unwrap()
            .unwrap()
            .dyn_into::<HtmlInputElement>()
            .unwrap()
            .checked()
    };
    choose("nlc-other-symptoms-choice-sleep");
    settle().await;
    choose("nlc-other-symptoms-choice-numbness");
    settle().await;
    choose("nlc-other-symptoms-choice-none");
    settle().await;
    assert!(checked("nlc-other-symptoms-choice-none"));
    assert!(
        !checked("nlc-other-symptoms-choice-sleep")
            && !checked("nlc-other-symptoms-choice-numbness"),
        "None of these clears the others"
    );
    choose("nlc-other-symptoms-choice-sleep");
    settle().await;
    assert!(
        !checked("nlc-other-symptoms-choice-none"),
        "another choice clears None of these"
    );
    // The rest of this page of several questions.
    choose("nlc-medicines-choice-none");
    choose("nlc-new-medicine-choice-no");
    settle().await;
    button(&shadow, "Continue").click();
    settle().await;
    // Back: the answer is still there.
    button(&shadow, "Back").click();
    settle().await;
    assert!(checked("nlc-other-symptoms-choice-sleep"));
    app.destroy();
}
