//! Plain words: every sentence a person reads, in every locale and region, is short, and the
//! text as a whole reads at about age 9 to 11: the English by the Flesch-Kincaid grade, the
//! Spanish by the Fernández-Huerta index (rough but repeatable measures; medical names such as
//! "thrombosis" are exempt by listing them below).

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
    // Every locale, every region's wording: a region's text can make a sentence longer.
    let mut long = Vec::new();
    for lang in content::languages() {
        let b = content::bundle(lang).unwrap();
        for r in b.regions.iter() {
            long.extend(
                common::texts(&b, &r.id)
                    .iter()
                    .flat_map(|t| sentences(t))
                    .filter(|s| s.split_whitespace().count() > 30)
                    .map(|s| format!("{lang} {}: {s}", r.id)),
            );
        }
    }
    assert!(
        content::languages().any(|l| l == "es"),
        "the Spanish is checked"
    );
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

// ---------------------------------------------------------------- Spanish

/// Spanish names a person needs to recognise even though they are long (counted as two
/// syllables, as [`TERMS`] are for English).
const TERMINOS: &[&str] = &[
    "trombosis",
    "venosa",
    "embolia",
    "pulmonar",
    "periférica",
    "arterial",
    "estenosis",
    "espinal",
    "insuficiencia",
    "renal",
    "suprarrenal",
    "suprarrenales",
    "hipertiroidismo",
    "hipotiroidismo",
    "cirrosis",
    "artrosis",
    "osteoartritis",
    "anticonceptiva",
    "anticonceptivos",
    "anticoagulantes",
    "diuréticos",
    "raloxifeno",
    "teriparatida",
    "estrógenos",
    "conjugados",
    "naproxeno",
    "salbutamol",
    "salmeterol",
    "formoterol",
    "corticoides",
    "nifedipino",
    "paracetamol",
    "acetaminofén",
    "ibuprofeno",
    "diálisis",
    "parkinson",
    "addison",
    "anemia",
    "diabetes",
    "síndrome",
    "quinina",
    "tétanos",
    "deshidratación",
    "colesterol",
    "estatina",
    "estatinas",
    "atorvastatina",
    "simvastatina",
    "preeclampsia",
    "sacarosa",
    "inhalador",
    "inhaladores",
    "medicamento",
    "medicamentos",
    "emergencia",
    "emergencias",
    "farmacéutico",
];

/// Syllables of a Spanish word: groups of vowels, where a weak vowel (i, u, ü) next to another
/// vowel forms one syllable with it (a diphthong: "tie-ne", "cui-da-do") unless the weak vowel
/// bears the accent ("dí-a", "o-í-do"); two strong vowels (a, e, o) are two ("le-er"). A `y`
/// ending the word is a weak vowel ("muy", "hoy", "y"); elsewhere it is a consonant ("a-yu-da").
fn spanish_syllables(word: &str) -> usize {
    let w: Vec<char> = word
        .to_lowercase()
        .chars()
        .filter(|c| c.is_alphabetic())
        .collect();
    if w.is_empty() {
        return 0;
    }
    // 0: not a vowel, 1: weak, 2: strong (an accented weak vowel counts as strong).
    let kind = |i: usize| match w[i] {
        'a' | 'e' | 'o' | 'á' | 'é' | 'ó' | 'í' | 'ú' => 2,
        'i' | 'u' | 'ü' => 1,
        'y' if i + 1 == w.len() => 1,
        _ => 0,
    };
    let (mut count, mut prev) = (0, 0);
    for i in 0..w.len() {
        let k = kind(i);
        if k != 0 && (prev == 0 || (prev == 2 && k == 2)) {
            count += 1;
        }
        prev = k;
    }
    count.max(1)
}

/// Readability of Spanish text: (Fernández-Huerta index, the same as usually printed, words,
/// sentences). The index is 206.84 − 0.60·P − 1.02·F with P the syllables per 100 words. F is
/// the words per sentence: the form usually printed takes F as sentences per 100 words, which
/// makes shorter sentences score lower, the opposite of Flesch's formula it adapts (G. Law,
/// "Error in the Fernández Huerta readability formula", LINGUIST List 22.2332, 2011). The
/// usually printed form is returned too, for comparison; the test requires both.
fn fernandez_huerta(texts: &[String]) -> (f64, f64, usize, usize) {
    let (mut words, mut sents, mut syll) = (0usize, 0usize, 0usize);
    for t in texts {
        for s in sentences(t) {
            sents += 1;
            for w in s.split_whitespace() {
                let bare = w
                    .trim_matches(|c: char| !c.is_alphanumeric())
                    .to_lowercase();
                if bare.is_empty() {
                    continue;
                }
                words += 1;
                syll += if TERMINOS.contains(&bare.as_str()) {
                    2
                } else {
                    spanish_syllables(&bare)
                };
            }
        }
    }
    let p = 100.0 * syll as f64 / words as f64;
    let index = 206.84 - 0.60 * p - 1.02 * words as f64 / sents as f64;
    let printed = 206.84 - 0.60 * p - 1.02 * 100.0 * sents as f64 / words as f64;
    (index, printed, words, sents)
}

#[test]
fn spanish_syllables_follow_diphthongs_and_accents() {
    for (word, n) in [
        ("calambre", 3),
        ("pierna", 2),
        ("cuidado", 3),
        ("tiene", 2),
        ("día", 2),
        ("oído", 3),
        ("país", 2),
        ("leer", 2),
        ("ahora", 3),
        ("muy", 1),
        ("hoy", 1),
        ("y", 1),
        ("ayuda", 3),
        ("después", 2),
        ("guía", 2),
        ("Estómago", 4),
    ] {
        assert_eq!(spanish_syllables(word), n, "{word}");
    }
}

#[test]
fn fernandez_huerta_scores_long_complex_text_lower() {
    let texts = |t: &str| vec![t.to_owned()];
    let plain = texts("Estire el músculo. Tire del pie hacia arriba. Le puede ayudar.");
    let complex = texts(
        "La administración concomitante de determinados fármacos antihipertensivos \
         incrementa considerablemente la probabilidad de experimentar contracciones \
         musculares involuntarias durante el periodo nocturno.",
    );
    let (easy, ..) = fernandez_huerta(&plain);
    let (hard, hard_printed, ..) = fernandez_huerta(&complex);
    assert!(easy >= 70.0 && hard < 70.0, "{easy:.1} vs {hard:.1}");
    assert!(hard_printed < 70.0, "{hard_printed:.1}");
    // The same words in short sentences score higher than in one long sentence.
    let long = texts("Estire el músculo y tire del pie hacia arriba porque le puede ayudar mucho.");
    let short = texts("Estire el músculo. Tire del pie hacia arriba. Le puede ayudar mucho.");
    assert!(fernandez_huerta(&short).0 > fernandez_huerta(&long).0);
}

#[test]
fn spanish_reads_at_about_age_10_to_12() {
    let b = content::bundle("es").expect("the Spanish bundle");
    for r in b.regions.iter() {
        let (index, printed, words, sents) = fernandez_huerta(&common::texts(&b, &r.id));
        eprintln!(
            "es {}: Fernández-Huerta {index:.1} over {words} words, {sents} sentences \
             (usually printed form: {printed:.1})",
            r.id
        );
        // 70 and over: "bastante fácil" or easier (6th grade, about age 10 to 12).
        assert!(
            index >= 70.0,
            "es {}: Fernández-Huerta {index:.1} is below 70",
            r.id
        );
        assert!(printed >= 70.0, "es {}: {printed:.1} is below 70", r.id);
    }
}
