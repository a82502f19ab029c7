//! QR codes of shared links, drawn as one SVG path a phone's camera reads
//! from another screen.

use qrcodegen::{QrCode, QrCodeEcc};

/// A drawn code: `size` modules a side, the dark ones as an SVG path in
/// module units.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Drawn {
    pub size: i32,
    pub version: u8,
    pub path: String,
}

/// The light border a reader needs around the code, in modules.
pub const QUIET_ZONE: i32 = 4;

/// The QR code of `text` at error correction level M (or higher where that
/// costs no size); `None` if it is too long for any QR code.
pub fn draw(text: &str) -> Option<Drawn> {
    let code = QrCode::encode_text(text, QrCodeEcc::Medium).ok()?;
    let size = code.size();
    let mut path = String::new();
    for y in 0..size {
        let mut x = 0;
        while x < size {
            if !code.get_module(x, y) {
                x += 1;
                continue;
            }
            let start = x;
            while x < size && code.get_module(x, y) {
                x += 1;
            }
            path.push_str(&format!("M{start} {y}h{}v1H{start}z", x - start));
        }
    }
    Some(Drawn {
        size,
        version: code.version().value(),
        path,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_code_is_drawn_row_by_row_in_runs() {
        let drawn = draw("https://example.org/open#AQ").unwrap();
        assert_eq!((drawn.version, drawn.size), (3, 29));
        // The finder pattern's top row: seven dark modules at each top
        // corner.
        assert!(drawn.path.starts_with("M0 0h7v1H0z"));
        assert!(drawn.path.contains("M22 0h7v1H22z"));
        assert_eq!(draw(&"x".repeat(3_000)), None);
    }
}
