//! The app's screens and their paths, read and written here, without the
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

    /// The path of this screen, which [`Route::parse`] reads back as it.
    /// Ids go in as they are: pack and sector ids are small letters,
    /// digits and dashes, safe in a path.
    ///
    /// `NotFound` is no screen of its own; its path is [`NOT_FOUND_PATH`],
    /// which no screen has, so a link to it shows what any unknown path
    /// shows.
    pub fn path(&self) -> String {
        let (head, id, tail) = match self {
            Route::Home => ("/", "", ""),
            Route::Sector(id) => ("/sector/", id.as_str(), ""),
            Route::Pack(id) => ("/pack/", id.as_str(), ""),
            Route::Practice(id) => ("/pack/", id.as_str(), "/practice"),
            Route::Review => ("/review", "", ""),
            Route::Settings => ("/settings", "", ""),
            Route::About => ("/about", "", ""),
            Route::VoiceHelp => ("/help/voice", "", ""),
            Route::NotFound => (NOT_FOUND_PATH, "", ""),
        };
        [head, id, tail].concat()
    }
}

/// The path [`Route::NotFound`] writes: one no screen has.
pub const NOT_FOUND_PATH: &str = "/not-found";

/// The sharing page's file, beside the app's own page.
pub const SHARE_PAGE: &str = "share.html";

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
    /// Importing a backup file.
    Import,
    /// Adding a pack from a file.
    Add,
    /// The packs the learner added, to remove.
    MyPacks,
    /// Adding a pack a link brings: the fragment without its `#`
    /// (`pack/…` or `pack-at/…`, read by `packlink`).
    AddLinked(String),
}

impl ShareView {
    /// The view a fragment names, with or without its `#`; anything that
    /// is no other view is a learner's message.
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
        if fragment.starts_with("pack/") || fragment.starts_with("pack-at/") {
            return ShareView::AddLinked(fragment.to_owned());
        }
        match fragment {
            "mentor" => ShareView::Mentor,
            "check" => ShareView::Check,
            "import" => ShareView::Import,
            "add" => ShareView::Add,
            "my-packs" => ShareView::MyPacks,
            _ => ShareView::Learner(fragment.to_owned()),
        }
    }

    /// The fragment naming this view, with its `#`: `#mentor/<message>`,
    /// `#report-for-<id>`, `#check`, `#import`, `#mentor` or `#<message>`.
    /// [`ShareView::parse`] reads it back as this view; a learner's message
    /// is URL-safe base64 and never a view's name.
    pub fn fragment(&self) -> String {
        match self {
            ShareView::Learner(message) => ["#", message].concat(),
            ShareView::Mentor => "#mentor".to_owned(),
            ShareView::MentorOpen(message) => ["#mentor/", message].concat(),
            ShareView::ReportFor(id) => ["#report-for-", &id.to_string()].concat(),
            ShareView::Check => "#check".to_owned(),
            ShareView::Import => "#import".to_owned(),
            ShareView::Add => "#add".to_owned(),
            ShareView::MyPacks => "#my-packs".to_owned(),
            ShareView::AddLinked(fragment) => ["#", fragment].concat(),
        }
    }

    /// A link to this view relative to the app's base:
    /// `share.html#<fragment>`. Pages of the app (whose `<base>` is the
    /// app's) and the sharing page itself can use it as it is.
    pub fn href(&self) -> String {
        [SHARE_PAGE, &self.fragment()].concat()
    }
}

/// The teachers' studio's page, beside the app's.
pub const STUDIO_PAGE: &str = "studio.html";

/// What the studio shows, by the fragment after `#`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum StudioView {
    /// The teacher's drafts, and ways to begin one.
    Drafts,
    /// One draft being written, by its key.
    Draft(String),
}

impl StudioView {
    /// The view a fragment names, with or without its `#`; anything else
    /// is the list of drafts.
    pub fn parse(hash: &str) -> StudioView {
        let fragment = hash.strip_prefix('#').unwrap_or(hash);
        match fragment.strip_prefix("draft/") {
            Some(key) if !key.is_empty() && key.bytes().all(|b| b.is_ascii_alphanumeric()) => {
                StudioView::Draft(key.to_owned())
            }
            _ => StudioView::Drafts,
        }
    }

    /// The fragment naming this view, with its `#` (none for the drafts).
    pub fn fragment(&self) -> String {
        match self {
            StudioView::Drafts => String::new(),
            StudioView::Draft(key) => ["#draft/", key].concat(),
        }
    }

    /// A link to this view relative to the app's base: `studio.html#…`.
    pub fn href(&self) -> String {
        [STUDIO_PAGE, &self.fragment()].concat()
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
    fn studio_fragments_name_its_views() {
        assert_eq!(StudioView::parse(""), StudioView::Drafts);
        assert_eq!(StudioView::parse("#"), StudioView::Drafts);
        let draft = StudioView::Draft("k19a2b".into());
        assert_eq!(draft.href(), "studio.html#draft/k19a2b");
        assert_eq!(StudioView::parse("#draft/k19a2b"), draft);
        assert_eq!(StudioView::parse(&draft.fragment()), draft);
        // A tampered key is no draft's: never a key with a path or markup.
        for odd in [
            "#draft/",
            "#draft/../x",
            "#draft/a<b",
            "#drafts",
            "#draft/a/b",
        ] {
            assert_eq!(StudioView::parse(odd), StudioView::Drafts, "{odd}");
        }
        assert_eq!(StudioView::Drafts.href(), "studio.html");
    }

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
        assert_eq!(ShareView::parse("#import"), ShareView::Import);
        assert_eq!(ShareView::parse("#add"), ShareView::Add);
        assert_eq!(ShareView::parse("#my-packs"), ShareView::MyPacks);
        assert_eq!(
            ShareView::parse("#pack/AQx"),
            ShareView::AddLinked("pack/AQx".into())
        );
        assert_eq!(
            ShareView::parse("pack-at/https://skole.no/a.zip"),
            ShareView::AddLinked("pack-at/https://skole.no/a.zip".into())
        );
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

    /// Every screen, with ids such as the bundled packs have.
    fn every_route() -> Vec<Route> {
        vec![
            Route::Home,
            Route::Sector("helse".into()),
            Route::Sector("hotell-restaurant".into()),
            Route::Pack("helse-a1-hilse-beboer".into()),
            Route::Pack("arbeidsliv-a2-syk".into()),
            Route::Practice("helse-a2-morgenstell".into()),
            Route::Practice("renhold-b1-rutiner-07".into()),
            Route::Review,
            Route::Settings,
            Route::About,
            Route::VoiceHelp,
            Route::NotFound,
        ]
    }

    #[test]
    fn every_route_reads_back_from_its_path() {
        for route in every_route() {
            assert_eq!(Route::parse(&route.path()), route, "{}", route.path());
        }
    }

    #[test]
    fn paths_are_written_as_the_app_links_them() {
        assert_eq!(Route::Home.path(), "/");
        assert_eq!(Route::Sector("helse".into()).path(), "/sector/helse");
        assert_eq!(
            Route::Pack("helse-a1-hilse-beboer".into()).path(),
            "/pack/helse-a1-hilse-beboer"
        );
        assert_eq!(
            Route::Practice("helse-a1-hilse-beboer".into()).path(),
            "/pack/helse-a1-hilse-beboer/practice"
        );
        assert_eq!(Route::Review.path(), "/review");
        assert_eq!(Route::Settings.path(), "/settings");
        assert_eq!(Route::About.path(), "/about");
        assert_eq!(Route::VoiceHelp.path(), "/help/voice");
        assert_eq!(Route::NotFound.path(), NOT_FOUND_PATH);
    }

    #[test]
    fn the_bundled_packs_and_sectors_have_paths_that_read_back() {
        let catalog = crate::testing::bundled_catalog();
        assert!(catalog.packs.len() > 1);
        for entry in &catalog.packs {
            for route in [
                Route::Sector(entry.sector.id().to_owned()),
                Route::Pack(entry.id.clone()),
                Route::Practice(entry.id.clone()),
            ] {
                assert_eq!(Route::parse(&route.path()), route);
            }
        }
    }

    /// Every view of the sharing page, with messages shaped as links carry
    /// them (URL-safe base64; `assignment::tests` checks real ones).
    fn every_share_view() -> Vec<ShareView> {
        let assignment = "BAEAxLq8dAhNYXJpIFNvbHZhbmcBGGhlbHNlLWExLWhpbHNlLWJlYm9lcgAAtGe2Gg";
        let report = "BAIBpbK8dA9PbGVuYSBLb3ZhbGVua28BAQEYaGVsc2UtYTEtaGlsc2UtYmVib2VyCAcD_Ayh";
        vec![
            ShareView::Learner(assignment.into()),
            ShareView::Learner(String::new()),
            ShareView::Mentor,
            ShareView::MentorOpen(report.into()),
            ShareView::MentorOpen(String::new()),
            ShareView::ReportFor(0),
            ShareView::ReportFor(4021),
            ShareView::ReportFor(u32::MAX),
            ShareView::Check,
            ShareView::Import,
            ShareView::Add,
            ShareView::MyPacks,
            ShareView::AddLinked("pack/AQx".into()),
            ShareView::AddLinked("pack-at/https://skole.no/a.zip".into()),
        ]
    }

    #[test]
    fn every_share_view_reads_back_from_its_fragment_and_link() {
        for view in every_share_view() {
            assert_eq!(ShareView::parse(&view.fragment()), view);
            let href = view.href();
            let (page, fragment) = href.split_once('#').unwrap();
            assert_eq!(page, SHARE_PAGE);
            assert_eq!(ShareView::parse(fragment), view, "{href}");
        }
    }

    #[test]
    fn share_links_are_written_as_the_pages_link_them() {
        assert_eq!(
            ShareView::MentorOpen("BAKx".into()).fragment(),
            "#mentor/BAKx"
        );
        assert_eq!(ShareView::ReportFor(4021).fragment(), "#report-for-4021");
        assert_eq!(ShareView::Check.fragment(), "#check");
        assert_eq!(ShareView::Mentor.fragment(), "#mentor");
        assert_eq!(ShareView::Learner("BAEx".into()).fragment(), "#BAEx");
        assert_eq!(ShareView::Mentor.href(), "share.html#mentor");
        assert_eq!(ShareView::ReportFor(7).href(), "share.html#report-for-7");
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
