//! The app's screens and their paths. A path is read here, without the
//! base the app is served under; ids are checked by the screens.

/// One screen of the app.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Route {
    Home,
    Sector(String),
    Pack(String),
    Practice(String),
    Review,
    Settings,
    About,
    Check,
    VoiceHelp,
    NotFound,
}

impl Route {
    /// The screen at `path` (such as `/pack/helse-a1/practice`). A
    /// trailing slash is allowed; anything unknown is `NotFound`.
    pub fn parse(path: &str) -> Route {
        let path = path.strip_prefix('/').unwrap_or(path);
        let trimmed = path.strip_suffix('/').unwrap_or(path);
        let parts: Vec<&str> = trimmed.split('/').collect();
        if parts.len() > 3 || (parts.contains(&"") && !path.is_empty()) {
            return Route::NotFound;
        }
        let id = |id: &str| (!id.is_empty()).then(|| id.to_owned());
        let (first, second, third) = (parts[0], parts.get(1).copied(), parts.get(2).copied());
        match (first, second, third) {
            ("", None, None) => Route::Home,
            ("sector", Some(sector), None) => id(sector).map_or(Route::NotFound, Route::Sector),
            ("pack", Some(pack), None) => id(pack).map_or(Route::NotFound, Route::Pack),
            ("pack", Some(pack), Some("practice")) => {
                id(pack).map_or(Route::NotFound, Route::Practice)
            }
            ("review", None, None) => Route::Review,
            ("settings", None, None) => Route::Settings,
            ("about", None, None) => Route::About,
            ("check", None, None) => Route::Check,
            ("help", Some("voice"), None) => Route::VoiceHelp,
            _ => Route::NotFound,
        }
    }
}

/// The app's own path in `pathname`, the part after `base` (`""` at a
/// host's root, else `/sub-path`); `None` for a path outside the app.
pub fn in_app<'a>(base: &str, pathname: &'a str) -> Option<&'a str> {
    match pathname.strip_prefix(base)? {
        "" => Some("/"),
        rest if rest.starts_with('/') => Some(rest),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn paths_name_their_screens() {
        assert_eq!(Route::parse("/"), Route::Home);
        assert_eq!(Route::parse(""), Route::Home);
        assert_eq!(Route::parse("/sector/helse"), Route::Sector("helse".into()));
        assert_eq!(
            Route::parse("/pack/helse-a1/"),
            Route::Pack("helse-a1".into())
        );
        assert_eq!(
            Route::parse("/pack/helse-a1/practice"),
            Route::Practice("helse-a1".into())
        );
        assert_eq!(Route::parse("/review"), Route::Review);
        assert_eq!(Route::parse("/settings"), Route::Settings);
        assert_eq!(Route::parse("/about"), Route::About);
        assert_eq!(Route::parse("/check"), Route::Check);
        assert_eq!(Route::parse("/help/voice"), Route::VoiceHelp);
    }

    #[test]
    fn anything_else_is_not_found() {
        for path in [
            "/nowhere",
            "/sector",
            "/sector/",
            "/pack//practice",
            "/pack/a/b",
            "/pack/a/practice/more",
            "/help",
            "/settings/x",
            "//",
        ] {
            assert_eq!(Route::parse(path), Route::NotFound, "{path}");
        }
    }

    #[test]
    fn the_base_is_taken_off() {
        assert_eq!(in_app("", "/pack/x"), Some("/pack/x"));
        assert_eq!(in_app("/bransjenorsk", "/bransjenorsk"), Some("/"));
        assert_eq!(in_app("/bransjenorsk", "/bransjenorsk/"), Some("/"));
        assert_eq!(
            in_app("/bransjenorsk", "/bransjenorsk/about"),
            Some("/about")
        );
        assert_eq!(in_app("/bransjenorsk", "/bransjenorsk-old/about"), None);
        assert_eq!(in_app("/bransjenorsk", "/other"), None);
    }
}
