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
            ("help", Some("voice"), None) => Route::VoiceHelp,
            _ => Route::NotFound,
        }
    }
}

/// A view of the sharing page (`share.html`), named by its address's
/// fragment: what passes between learners, mentors and teachers.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ShareView {
    /// A learner opening a link: the message after `#` (perhaps none).
    Learner(String),
    /// Mentor mode.
    Mentor,
    /// A mentor opening a link: the message after `#mentor/`.
    MentorOpen(String),
    /// A learner's report on the assignment with this id.
    ReportFor(u32),
    /// Checking a pack file.
    Check,
}

impl ShareView {
    pub fn parse(hash: &str) -> ShareView {
        let fragment = hash.strip_prefix('#').unwrap_or(hash);
        if let Some(message) = fragment.strip_prefix("mentor/") {
            return ShareView::MentorOpen(message.to_owned());
        }
        if let Some(id) = fragment
            .strip_prefix("report-for-")
            .and_then(|id| id.parse().ok())
        {
            return ShareView::ReportFor(id);
        }
        match fragment {
            "mentor" => ShareView::Mentor,
            "check" => ShareView::Check,
            _ => ShareView::Learner(fragment.to_owned()),
        }
    }
}

/// Whether `pathname` names a file (`/share.html`) rather than a screen:
/// no screen's path has a dot in its last part.
pub fn is_file(pathname: &str) -> bool {
    pathname
        .rsplit('/')
        .next()
        .is_some_and(|last| last.contains('.'))
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
    fn files_beside_the_app_are_not_screens() {
        assert!(is_file("/share.html"));
        assert!(is_file("/bransjenorsk/share.html"));
        assert!(!is_file("/pack/helse-a1"));
        assert!(!is_file("/"));
    }

    #[test]
    fn the_sharing_page_reads_its_fragment() {
        assert_eq!(ShareView::parse("#mentor"), ShareView::Mentor);
        assert_eq!(ShareView::parse("#check"), ShareView::Check);
        assert_eq!(
            ShareView::parse("#mentor/BAKx"),
            ShareView::MentorOpen("BAKx".into())
        );
        assert_eq!(
            ShareView::parse("#report-for-4021"),
            ShareView::ReportFor(4021)
        );
        assert_eq!(ShareView::parse("#BAEx"), ShareView::Learner("BAEx".into()));
        assert_eq!(ShareView::parse(""), ShareView::Learner(String::new()));
        assert_eq!(
            ShareView::parse("#report-for-x"),
            ShareView::Learner("report-for-x".into())
        );
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
