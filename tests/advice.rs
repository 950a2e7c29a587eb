//! The advice the hazard log counts on as controls (docs/safety/hazards.toml): the safety-netting
//! and the cautions of CLINICAL.md §4a that must stay in the words people read.

#[test]
fn every_outcome_below_emergency_repeats_the_clot_signs_with_the_number() {
    // Hazard HAZ-01: a person who missed a sign still reads the clot signs, with their
    // region's emergency number, under "What to watch for" on every other outcome.
    use night_leg_cramps::content::CareLevel;
    let b = night_leg_cramps::content::bundle("en").unwrap();
    for region in night_leg_cramps::content::RegionId::ALL {
        let b = night_leg_cramps::text::localised(&b, region);
        let number = region
            .of(&b)
            .emergency_number
            .as_deref()
            .unwrap_or("emergency number");
        for level in [CareLevel::Urgent, CareLevel::Routine, CareLevel::SelfCare] {
            let o = b.outcome(level);
            let clot = o
                .watch_for
                .iter()
                .find(|t| t.contains("trouble breathing"))
                .unwrap_or_else(|| panic!("{region:?} {level:?}: no clot signs"));
            for sign in [
                "chest pain",
                "breathe in",
                "coughing up blood",
                "fainting",
                number,
            ] {
                assert!(clot.contains(sign), "{region:?} {level:?}: {sign}: {clot}");
            }
        }
    }
}

#[test]
fn the_cautions_for_those_most_at_risk_are_in_the_advice() {
    // Hazards HAZ-03 and HAZ-04: the CLINICAL.md §4a cautions stay in the advice people read
    // (fluids and fluid limits, ibuprofen, heat and ice, standing up at night, stretching an
    // injured muscle, stopping a medicine).
    use night_leg_cramps::content::Block;
    let b = night_leg_cramps::content::bundle("en").unwrap();
    let panel = |id: &str| {
        let p = b.panel(id).unwrap_or_else(|| panic!("panel {id}"));
        p.body
            .iter()
            .map(|x| match x {
                Block::P(t) | Block::H(t) => t.to_string(),
                Block::List(items) => items
                    .iter()
                    .map(|t| t.to_string())
                    .collect::<Vec<_>>()
                    .join(" "),
            })
            .collect::<Vec<_>>()
            .join(" ")
    };
    let advice = |id: &str| {
        b.rules
            .iter()
            .find(|r| r.id == id)
            .and_then(|r| r.advice.clone())
            .map(|t| t.to_string())
            .unwrap_or_default()
    };
    for (text, phrases) in [
        (
            panel("prevention"),
            &["pale yellow", "keep to your limit", "Too much water"][..],
        ),
        (advice("fluid-limit"), &["Keep to the fluid limit"][..]),
        (advice("dehydration"), &["pale yellow"][..]),
        (
            panel("relief"),
            &[
                "paracetamol",
                "Ask a pharmacist first if you are pregnant, over 65, take blood thinners",
                "wrapped in a cloth",
                "elbow",
                "hold something steady",
            ][..],
        ),
        (
            panel("relief-also"),
            &[
                "wrapped in a cloth",
                "elbow",
                "hold something steady",
                "Take care with heat and cold",
                "stop stretching it",
            ][..],
        ),
        (
            advice("numbness"),
            &["Take care with heat and cold", "elbow"][..],
        ),
        (
            advice("new-medicine"),
            &["Do not stop a medicine on your own unless its leaflet tells you to"][..],
        ),
    ] {
        for p in phrases {
            assert!(text.contains(p), "`{p}` missing from: {text}");
        }
    }
}
