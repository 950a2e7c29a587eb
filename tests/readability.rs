//! Plain words: every sentence a person reads in the English content is short, and the text as
//! a whole reads at about age 9 to 11 (Flesch-Kincaid grade, a rough but repeatable measure;
//! medical names such as "thrombosis" are exempt by listing them below).

mod common;

use night_leg_cramps::content;

/// Names a person needs to recognise even though they are long (not counted for grade).
const TERMS: &[&str] = &[
    "thrombosis",
    "peripheral",
    "arterial",
    "artery",
    "stenosis",
    "insufficiency",
    "hyperthyroidism",
    "hypothyroidism",
    "cirrhosis",
    "osteoarthritis",
    "contraceptive",
    "contraceptives",
    "diuretics",
    "raloxifene",
    "teriparatide",
    "estrogens",
    "conjugated",
    "naproxen",
    "salbutamol",
    "nifedipine",
    "paracetamol",
    "ibuprofen",
    "dialysis",
    "parkinson's",
    "addison's",
    "anemia",
    "diabetes",
    "nocturnal",
    "syndrome",
    "restless",
    "quinine",
    "tetanus",
    "dehydration",
    "dehydrated",
    "cholesterol",
    "mercury",
    "medicine",
    "medicines",
    "emergency",
    "appointment",
    "pharmacist",
    "adrenal",
    "hormones",
    "abnormal",
    "sucrose",
    "inhaler",
    "inhalers",
];

fn syllables(word: &str) -> usize {
    let w: String = word
        .to_lowercase()
        .chars()
        .filter(|c| c.is_ascii_alphabetic())
        .collect();
    if w.is_empty() {
        return 0;
    }
    let vowels = |c: char| "aeiouy".contains(c);
    let mut count = 0;
    let mut prev = false;
    for c in w.chars() {
        let v = vowels(c);
        if v && !prev {
            count += 1;
        }
        prev = v;
    }
    if w.ends_with('e') && !w.ends_with("le") && count > 1 {
        count -= 1;
    }
    count.max(1)
}

fn sentences(text: &str) -> Vec<String> {
    text.split(['.', '?', '!'])
        .map(|s| s.trim().to_owned())
        .filter(|s| s.split_whitespace().count() > 0)
        .collect()
}

fn english_texts_for(region: &str) -> Vec<String> {
    common::texts(&content::bundle("en").unwrap(), region)
}

fn english_texts() -> Vec<String> {
    english_texts_for("us")
}

#[test]
fn sentences_are_short() {
    let long: Vec<String> = ["default", "us", "uk", "eu", "au"]
        .iter()
        .flat_map(|r| english_texts_for(r))
        .flat_map(|t| sentences(&t))
        .filter(|s| s.split_whitespace().count() > 30)
        .collect();
    assert!(long.is_empty(), "sentences over 30 words: {long:#?}");
}

#[test]
fn reading_grade_is_about_age_9_to_11() {
    let (mut words, mut sents, mut syll) = (0usize, 0usize, 0usize);
    for t in english_texts() {
        for s in sentences(&t) {
            sents += 1;
            for w in s.split_whitespace() {
                let bare = w
                    .trim_matches(|c: char| !c.is_alphanumeric() && c != '\'')
                    .to_lowercase();
                if bare.is_empty() {
                    continue;
                }
                words += 1;
                syll += if TERMS.contains(&bare.as_str()) {
                    2
                } else {
                    syllables(&bare)
                };
            }
        }
    }
    let grade = 0.39 * words as f64 / sents as f64 + 11.8 * syll as f64 / words as f64 - 15.59;
    println!("Flesch-Kincaid grade {grade:.1} over {words} words, {sents} sentences");
    // US grade 6 is about age 11-12: the content must stay at or below it.
    assert!(grade <= 6.0, "reading grade {grade:.1} is above 6");
    assert!(syllables("tightening") == 3 && syllables("cramp") == 1 && syllables("muscle") == 2);
}
