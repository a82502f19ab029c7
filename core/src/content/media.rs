//! What a recording or picture really is, told by its first bytes, not by
//! its name: a pack from outside may name a PNG `hei.ogg`.

/// The kinds of recordings and pictures the app plays and shows.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum MediaKind {
    /// Ogg (Opus or Vorbis): `.ogg`, `.opus`.
    Ogg,
    /// MP3: `.mp3`.
    Mp3,
    /// AAC in an MPEG-4 file: `.m4a`.
    M4a,
    Png,
    Jpeg,
    Webp,
    Svg,
}

impl MediaKind {
    pub const ALL: [MediaKind; 7] = [
        MediaKind::Ogg,
        MediaKind::Mp3,
        MediaKind::M4a,
        MediaKind::Png,
        MediaKind::Jpeg,
        MediaKind::Webp,
        MediaKind::Svg,
    ];

    /// The kind whose media type is `mime`.
    pub fn of_mime(mime: &str) -> Option<MediaKind> {
        MediaKind::ALL.into_iter().find(|kind| kind.mime() == mime)
    }

    /// What a file's name says it is.
    pub fn of_name(name: &str) -> Option<MediaKind> {
        let extension = name.rsplit_once('.')?.1.to_ascii_lowercase();
        Some(match extension.as_str() {
            "ogg" | "opus" => MediaKind::Ogg,
            "mp3" => MediaKind::Mp3,
            "m4a" => MediaKind::M4a,
            "png" => MediaKind::Png,
            "jpg" | "jpeg" => MediaKind::Jpeg,
            "webp" => MediaKind::Webp,
            "svg" => MediaKind::Svg,
            _ => return None,
        })
    }

    /// What the bytes are, if they are one of the kinds. An SVG that could
    /// run script or load anything is none of them.
    pub fn of_content(bytes: &[u8]) -> Option<MediaKind> {
        let starts = |magic: &[u8]| bytes.starts_with(magic);
        if starts(b"OggS") {
            Some(MediaKind::Ogg)
        } else if starts(b"ID3") || (bytes.len() > 1 && bytes[0] == 0xFF && bytes[1] & 0xE0 == 0xE0)
        {
            Some(MediaKind::Mp3)
        } else if bytes.get(4..8) == Some(b"ftyp") {
            Some(MediaKind::M4a)
        } else if starts(b"\x89PNG\r\n\x1a\n") {
            Some(MediaKind::Png)
        } else if starts(b"\xFF\xD8\xFF") {
            Some(MediaKind::Jpeg)
        } else if starts(b"RIFF") && bytes.get(8..12) == Some(b"WEBP") {
            Some(MediaKind::Webp)
        } else if is_plain_svg(bytes) {
            Some(MediaKind::Svg)
        } else {
            None
        }
    }

    /// Whether the kind is a recording (else a picture).
    pub const fn is_audio(self) -> bool {
        matches!(self, MediaKind::Ogg | MediaKind::Mp3 | MediaKind::M4a)
    }

    /// The kind's name, as a teacher knows it.
    pub const fn name(self) -> &'static str {
        match self {
            MediaKind::Ogg => "Ogg",
            MediaKind::Mp3 => "MP3",
            MediaKind::M4a => "M4A",
            MediaKind::Png => "PNG",
            MediaKind::Jpeg => "JPEG",
            MediaKind::Webp => "WebP",
            MediaKind::Svg => "SVG",
        }
    }

    /// The file extension the kind is saved with.
    pub const fn extension(self) -> &'static str {
        match self {
            MediaKind::Ogg => "ogg",
            MediaKind::Mp3 => "mp3",
            MediaKind::M4a => "m4a",
            MediaKind::Png => "png",
            MediaKind::Jpeg => "jpg",
            MediaKind::Webp => "webp",
            MediaKind::Svg => "svg",
        }
    }

    /// The type a browser is told the file has.
    pub const fn mime(self) -> &'static str {
        match self {
            MediaKind::Ogg => "audio/ogg",
            MediaKind::Mp3 => "audio/mpeg",
            MediaKind::M4a => "audio/mp4",
            MediaKind::Png => "image/png",
            MediaKind::Jpeg => "image/jpeg",
            MediaKind::Webp => "image/webp",
            MediaKind::Svg => "image/svg+xml",
        }
    }
}

/// UTF-8 text that opens an `<svg>` and holds no script, event handler,
/// foreign object or link out.
fn is_plain_svg(bytes: &[u8]) -> bool {
    let Ok(text) = std::str::from_utf8(bytes) else {
        return false;
    };
    let lower = text.to_lowercase();
    let opens = lower
        .trim_start_matches('\u{feff}')
        .trim_start()
        .starts_with(['<']);
    opens
        && lower.contains("<svg")
        && ![
            "<script",
            "javascript:",
            "<foreignobject",
            "href=\"http",
            "href='http",
            "<!entity",
        ]
        .iter()
        .any(|danger| lower.contains(danger))
        && !has_event_handler(&lower)
}

/// An attribute such as `onload=`.
fn has_event_handler(lower: &str) -> bool {
    lower.match_indices(" on").any(|(at, _)| {
        let rest = &lower[at + 3..];
        let name = rest.trim_start_matches(|c: char| c.is_ascii_alphabetic());
        name.len() < rest.len() && name.trim_start().starts_with('=')
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn kinds_are_told_by_their_bytes() {
        assert_eq!(
            MediaKind::of_content(b"OggS\0\x02rest"),
            Some(MediaKind::Ogg)
        );
        assert_eq!(MediaKind::of_content(b"ID3\x04rest"), Some(MediaKind::Mp3));
        assert_eq!(
            MediaKind::of_content(&[0xFF, 0xFB, 0x90]),
            Some(MediaKind::Mp3)
        );
        assert_eq!(
            MediaKind::of_content(b"\0\0\0\x20ftypM4A "),
            Some(MediaKind::M4a)
        );
        assert_eq!(
            MediaKind::of_content(b"\x89PNG\r\n\x1a\nIHDR"),
            Some(MediaKind::Png)
        );
        assert_eq!(
            MediaKind::of_content(b"\xFF\xD8\xFF\xE0"),
            Some(MediaKind::Jpeg)
        );
        assert_eq!(
            MediaKind::of_content(b"RIFF\0\0\0\0WEBPVP8 "),
            Some(MediaKind::Webp)
        );
        let svg = b"<svg xmlns=\"http://www.w3.org/2000/svg\"><circle r=\"4\"/></svg>";
        assert_eq!(MediaKind::of_content(svg), Some(MediaKind::Svg));
        assert_eq!(MediaKind::of_content(b"<html>hei</html>"), None);
        assert_eq!(MediaKind::of_content(b""), None);
    }

    #[test]
    fn an_svg_that_could_run_script_is_no_picture() {
        for svg in [
            "<svg><script>alert(1)</script></svg>",
            "<svg onload=\"alert(1)\"></svg>",
            "<svg><a href=\"javascript:alert(1)\">x</a></svg>",
            "<svg><image href=\"https://example.org/track.png\"/></svg>",
            "<svg><foreignObject><p>x</p></foreignObject></svg>",
        ] {
            assert_eq!(MediaKind::of_content(svg.as_bytes()), None, "{svg}");
        }
    }

    #[test]
    fn names_say_what_a_file_claims_to_be() {
        assert_eq!(MediaKind::of_name("lyd/hei.OGG"), Some(MediaKind::Ogg));
        assert_eq!(MediaKind::of_name("hei.opus"), Some(MediaKind::Ogg));
        assert_eq!(MediaKind::of_name("bilde.jpeg"), Some(MediaKind::Jpeg));
        assert_eq!(MediaKind::of_name("hei.wav"), None);
        assert_eq!(MediaKind::of_name("hei"), None);
        assert!(MediaKind::Mp3.is_audio() && !MediaKind::Svg.is_audio());
    }

    #[test]
    fn every_kind_is_found_by_its_media_type() {
        for kind in MediaKind::ALL {
            assert_eq!(MediaKind::of_mime(kind.mime()), Some(kind));
        }
        assert_eq!(MediaKind::of_mime("text/html"), None);
    }
}
