//! Chosen choice ids by question id, as the session and the view's drafts hold them.

/// Chosen choice ids by question id: a small map kept sorted by question id, so it iterates and
/// compares as a `BTreeMap` would, without the B-tree's code in the wasm (about 2 KB
/// compressed; a questionnaire has a dozen questions, so a sorted list is fast enough).
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct ChoiceMap(Vec<(String, Vec<String>)>);

impl ChoiceMap {
    /// An empty map.
    pub fn new() -> ChoiceMap {
        ChoiceMap(Vec::new())
    }

    fn find(&self, question: &str) -> Result<usize, usize> {
        self.0.binary_search_by(|(q, _)| q.as_str().cmp(question))
    }

    /// The choices for a question.
    pub fn get(&self, question: &str) -> Option<&Vec<String>> {
        self.find(question).ok().map(|i| &self.0[i].1)
    }

    /// Whether the question has an entry.
    pub fn contains_key(&self, question: &str) -> bool {
        self.find(question).is_ok()
    }

    /// Sets the choices for a question, replacing any there were.
    pub fn insert(&mut self, question: String, choices: Vec<String>) {
        match self.find(&question) {
            Ok(i) => self.0[i].1 = choices,
            Err(i) => self.0.insert(i, (question, choices)),
        }
    }
}
