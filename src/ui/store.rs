//! The device's storage (`localStorage`), used only for what the person asked to keep: their
//! answers for a day, and their cramp diary. Each has its own key, so a broken record of one
//! never costs the other. Storage that is blocked (private browsing, cookies off, a sandboxed
//! frame) or full is a [`Problem`] the widget explains; it never stops the widget. Outside a
//! browser (native tests) nothing is stored.

/// The key of the kept answers.
pub const ANSWERS: &str = "night-leg-cramps:answers";
/// The key of the cramp diary.
pub const DIARY: &str = "night-leg-cramps:diary";

/// Why something could not be kept.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Problem {
    /// The browser does not let the page use storage.
    Blocked,
    /// There was no room.
    Full,
}

/// Whether the page may use `localStorage` at all. gloo's handle throws where the browser
/// refuses it (a `SecurityError` on reading `window.localStorage`), so this asks first.
#[cfg(target_arch = "wasm32")]
fn available() -> bool {
    web_sys::window()
        .and_then(|w| w.local_storage().ok().flatten())
        .is_some()
}

/// The text kept under `key`, if any.
pub fn read(key: &str) -> Result<Option<String>, Problem> {
    #[cfg(target_arch = "wasm32")]
    {
        use gloo_storage::{LocalStorage, Storage};
        if !available() {
            return Err(Problem::Blocked);
        }
        LocalStorage::raw()
            .get_item(key)
            .map_err(|_| Problem::Blocked)
    }
    #[cfg(not(target_arch = "wasm32"))]
    {
        let _ = key;
        Ok(None)
    }
}

/// Keeps `text` under `key`.
pub fn write(key: &str, text: &str) -> Result<(), Problem> {
    #[cfg(target_arch = "wasm32")]
    {
        use gloo_storage::{LocalStorage, Storage};
        if !available() {
            return Err(Problem::Blocked);
        }
        // A refusal of an available storage is a full one (QuotaExceededError).
        LocalStorage::raw()
            .set_item(key, text)
            .map_err(|_| Problem::Full)
    }
    #[cfg(not(target_arch = "wasm32"))]
    {
        let _ = (key, text);
        Ok(())
    }
}

/// Deletes what is kept under `key` (nothing happens where storage is blocked).
pub fn remove(key: &str) {
    #[cfg(target_arch = "wasm32")]
    if available() {
        use gloo_storage::{LocalStorage, Storage};
        LocalStorage::delete(key);
    }
    #[cfg(not(target_arch = "wasm32"))]
    let _ = key;
}
