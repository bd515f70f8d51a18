//! Bytes → text. UTF-8 (with or without BOM) and UTF-16 with a BOM are decoded as such; UTF-8 with a
//! few invalid bytes is decoded with U+FFFD in their place; text that is not UTF-8 but is clearly
//! single-byte Western text is decoded as Windows-1252 (a superset of Latin-1's printable range);
//! the caller is told of both; binary data is refused.

use encoding_rs::{Encoding, UTF_16BE, UTF_16LE, UTF_8, WINDOWS_1252};

use super::Reason;

/// Text decoded from bytes, and the name of the encoding when it was not UTF-8.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Decoded {
    pub text: String,
    pub encoding: Option<&'static str>,
    /// NUL bytes (damage in a text file, not text) were replaced by spaces: offsets are kept.
    pub nul: bool,
}

/// Whether `bytes` look like binary data rather than text: more than two NUL bytes and more than
/// one in a hundred, or more than 5% control characters other than tab, line feed, carriage
/// return and form feed. (A few NULs in a text are damage; they are replaced by spaces.)
fn looks_binary(bytes: &[u8]) -> bool {
    let sample = &bytes[..bytes.len().min(64 * 1024)];
    let nuls = sample.iter().filter(|&&b| b == 0).count();
    if nuls > 2 && nuls * 100 > sample.len() {
        return true;
    }
    let controls = sample
        .iter()
        .filter(|&&b| b < 0x20 && !matches!(b, 0 | b'\t' | b'\n' | b'\r' | 0x0c))
        .count();
    controls * 20 > sample.len()
}

/// What `Decoded::encoding` says of UTF-8 text with invalid bytes (replaced by U+FFFD).
pub const DAMAGED_UTF8: &str = "UTF-8 with invalid bytes (replaced by U+FFFD)";

/// Non-ASCII characters correctly encoded in UTF-8, and bytes that are not valid UTF-8. Text in a
/// single-byte encoding almost never holds a valid multi-byte sequence (`Ã©` is rare in French),
/// and UTF-8 text holds many: whichever count is larger says what the text is.
fn utf8_evidence(bytes: &[u8]) -> (usize, usize) {
    let (mut chars, mut bad) = (0, 0);
    for chunk in bytes.utf8_chunks() {
        chars += chunk.valid().chars().filter(|c| !c.is_ascii()).count();
        bad += chunk.invalid().len();
    }
    (chars, bad)
}

/// Replaces NUL characters by spaces (same length: offsets are kept).
fn without_nul(mut d: Decoded) -> Decoded {
    if d.text.contains('\0') {
        d.text = d.text.replace('\0', " ");
        d.nul = true;
    }
    d
}

/// Decodes `bytes`. `declared` is an encoding the container names (an HTML `<meta charset>`), used
/// when the bytes are not valid UTF-8.
pub fn decode(bytes: &[u8], declared: Option<&'static Encoding>) -> Result<Decoded, Reason> {
    if bytes.is_empty() {
        return Err(Reason::Empty);
    }
    if let Some((enc, bom)) = Encoding::for_bom(bytes) {
        let body = &bytes[bom..];
        if enc == UTF_16LE || enc == UTF_16BE {
            let (text, had_errors) = enc.decode_without_bom_handling(body);
            if had_errors {
                return Err(Reason::Encoding(format!(
                    "invalid {} despite its byte-order mark",
                    enc.name()
                )));
            }
            if looks_binary(text.as_bytes()) {
                return Err(Reason::Binary);
            }
            return Ok(without_nul(Decoded {
                text: text.into_owned(),
                encoding: Some(enc.name()),
                nul: false,
            }));
        }
        return decode(body, declared);
    }
    if let Ok(text) = std::str::from_utf8(bytes) {
        if looks_binary(bytes) {
            return Err(Reason::Binary);
        }
        return Ok(without_nul(Decoded {
            text: text.to_string(),
            encoding: None,
            nul: false,
        }));
    }
    if looks_binary(bytes) {
        return Err(Reason::Binary);
    }
    // UTF-8 with a few damaged bytes is still UTF-8: decoded with U+FFFD in their place, rather
    // than every accent of the text read as two Windows-1252 characters (`dÃ©clarÃ©`)
    let declared = declared.filter(|e| *e != UTF_8);
    let (utf8_chars, bad_bytes) = utf8_evidence(bytes);
    if declared.is_none() && utf8_chars > bad_bytes {
        return Ok(without_nul(Decoded {
            text: String::from_utf8_lossy(bytes).into_owned(),
            encoding: Some(DAMAGED_UTF8),
            nul: false,
        }));
    }
    let enc = declared.unwrap_or(WINDOWS_1252);
    let (text, had_errors) = enc.decode_without_bom_handling(bytes);
    // Windows-1252 leaves five byte values undefined, and text full of C1 controls is not Western
    // text: refuse rather than guess.
    let c1 = text
        .chars()
        .filter(|c| ('\u{80}'..='\u{9f}').contains(c))
        .count();
    if had_errors || c1 > 0 {
        return Err(Reason::Encoding(format!(
            "not valid UTF-8, and not {} text either",
            enc.name()
        )));
    }
    Ok(without_nul(Decoded {
        text: text.into_owned(),
        encoding: Some(enc.name()),
        nul: false,
    }))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn utf8_passes_through_and_bom_is_dropped() {
        let d = decode("\u{feff}Moscou a dénoncé".as_bytes(), None).unwrap();
        assert_eq!(d.text, "Moscou a dénoncé");
        assert_eq!(d.encoding, None);
    }

    #[test]
    fn a_few_nul_bytes_are_damage_many_are_binary() {
        let d = decode(
            b"Titre\nLe ministre a d\xc3\xa9clar\xc3\xa9\0 que tout va bien.",
            None,
        )
        .unwrap();
        assert_eq!(d.text, "Titre\nLe ministre a déclaré  que tout va bien.");
        assert!(d.nul);
        assert!(matches!(decode(b"ab\0cd\0ef\0", None), Err(Reason::Binary)));
    }

    #[test]
    fn latin1_is_decoded_and_reported() {
        let bytes = b"Le pr\xe9sident a d\xe9clar\xe9 \xab non \xbb";
        let d = decode(bytes, None).unwrap();
        assert_eq!(d.text, "Le président a déclaré « non »");
        assert_eq!(d.encoding, Some("windows-1252"));
    }

    #[test]
    fn utf8_with_a_stray_byte_stays_utf8() {
        // a real case: one Windows-1252 apostrophe in a UTF-8 article
        let bytes = b"Le pr\xc3\xa9sident a d\xc3\xa9clar\xc3\xa9 qu\x92il viendrait.";
        let d = decode(bytes, None).unwrap();
        assert_eq!(d.text, "Le président a déclaré qu\u{fffd}il viendrait.");
        assert_eq!(d.encoding, Some(DAMAGED_UTF8));
        // no valid multi-byte sequence: Windows-1252, even for a single byte
        let d = decode(b"It\x92s fine.", None).unwrap();
        assert_eq!(d.text, "It’s fine.");
        assert_eq!(d.encoding, Some("windows-1252"));
        // more damage than UTF-8: not UTF-8
        let d = decode(b"\xc3\xa9t\xe9 \xe0 l\xe0", None).unwrap();
        assert_eq!(d.encoding, Some("windows-1252"));
    }

    #[test]
    fn utf16_with_bom_is_decoded() {
        let mut bytes = vec![0xff, 0xfe];
        for u in "Poutine a dit".encode_utf16() {
            bytes.extend(u.to_le_bytes());
        }
        let d = decode(&bytes, None).unwrap();
        assert_eq!(d.text, "Poutine a dit");
        assert_eq!(d.encoding, Some("UTF-16LE"));
    }

    #[test]
    fn binary_and_empty_are_refused() {
        assert!(matches!(
            decode(b"\x7fELF\x02\x01\x01\0\0\0", None),
            Err(Reason::Binary)
        ));
        assert!(matches!(decode(b"", None), Err(Reason::Empty)));
        assert!(matches!(
            decode(b"\x81\x8d\x8f\x90 text", None),
            Err(Reason::Encoding(_))
        ));
    }
}
