//! The slips the eye skips: a word printed twice, a mark typed twice.

use super::{words, Article, Hit};

/// Words that grammar (or speech) repeats: "had had", "that that", "bye bye".
const GRAMMATICAL_REPEATS: &[&str] = &[
    "had", "that", "bye", "blah", "ha", "knock", "no", "now", "so", "there", "tut", "very", "well",
    "yeah", "yes", "really", "far", "many", "more", "go", "chop",
];

/// `repeated-word`: the same word twice with only space between ("to to go"), not a repeat
/// grammar allows and not a name that doubles itself ("Bora Bora", "Duran Duran").
pub(super) fn repeated_words(article: &Article) -> Vec<Hit> {
    let mut hits = Vec::new();
    for (unit, u) in article.units.iter().enumerate() {
        let text = u.text.as_str();
        let found = words(text);
        for pair in found.windows(2) {
            let (first, second) = (&text[pair[0].clone()], &text[pair[1].clone()]);
            let between = &text[pair[0].end..pair[1].start];
            let capitalised = |w: &str| w.starts_with(char::is_uppercase);
            if between.is_empty()
                || !between.chars().all(char::is_whitespace)
                || !first.eq_ignore_ascii_case(second)
                    && first.to_lowercase() != second.to_lowercase()
                || first.chars().any(|c| c.is_numeric())
                || capitalised(first) && capitalised(second)
                || GRAMMATICAL_REPEATS.contains(&first.to_lowercase().as_str())
            {
                continue;
            }
            hits.push(Hit {
                unit,
                range: pair[0].start..pair[1].end,
                message: format!("\"{second}\" printed twice"),
                suggestion: Some(first.to_owned()),
                see: Vec::new(),
            });
        }
    }
    hits
}

/// `doubled-punctuation`: "..", ",,", ";;", "::" — a mark typed twice. Three dots or more
/// are an ellipsis; dots beside a slash are a path ("../").
pub(super) fn doubled_punctuation(article: &Article) -> Vec<Hit> {
    let mut hits = Vec::new();
    for (unit, u) in article.units.iter().enumerate() {
        let bytes = u.text.as_bytes();
        let mut i = 0;
        while i < bytes.len() {
            let mark = bytes[i];
            let run = bytes[i..].iter().take_while(|&&b| b == mark).count();
            let is_mark = matches!(mark, b'.' | b',' | b';' | b':');
            let beside_slash = i > 0 && bytes[i - 1] == b'/' || bytes.get(i + run) == Some(&b'/');
            let doubled = match mark {
                b'.' => run == 2 && !beside_slash,
                _ => run >= 2,
            };
            if is_mark && doubled {
                let name = match mark {
                    b'.' => "full stop",
                    b',' => "comma",
                    b';' => "semicolon",
                    _ => "colon",
                };
                let printed = &u.text[i..i + run];
                hits.push(Hit {
                    unit,
                    range: i..i + run,
                    message: format!("\"{printed}\": a {name} typed twice"),
                    suggestion: Some((mark as char).to_string()),
                    see: Vec::new(),
                });
            }
            i += run;
        }
    }
    hits
}

#[cfg(test)]
mod tests {
    use super::*;

    fn found(rule: fn(&Article) -> Vec<Hit>, text: &str) -> Vec<String> {
        rule(&Article::of_body(&[text]))
            .into_iter()
            .map(|hit| text[hit.range].to_owned())
            .collect()
    }

    #[test]
    fn a_word_printed_twice_is_found() {
        assert_eq!(
            found(repeated_words, "They cannot afford to to go."),
            ["to to"]
        );
        assert_eq!(found(repeated_words, "The the council met."), ["The the"]);
        assert_eq!(
            found(repeated_words, "a word at the end of a\n  line line"),
            ["line line"]
        );
    }

    #[test]
    fn repeats_grammar_allows_and_doubled_names_are_not() {
        for text in [
            "She had had enough.",
            "He said that that was wrong.",
            "They flew to Bora Bora and Walla Walla.",
            "It was very, very late; the the-atre.",
            "The vote was 10 10 times.",
            "Go, go now.",
        ] {
            assert_eq!(found(repeated_words, text), Vec::<String>::new(), "{text}");
        }
    }

    #[test]
    fn a_mark_typed_twice_is_found() {
        assert_eq!(found(doubled_punctuation, "lacked optimism.."), [".."]);
        assert_eq!(
            found(doubled_punctuation, "Paris,, London;; Rome"),
            [",,", ";;"]
        );
        assert_eq!(found(doubled_punctuation, "He said:: no"), ["::"]);
    }

    #[test]
    fn an_ellipsis_a_decimal_or_a_path_is_not() {
        for text in [
            "He paused... then spoke.",
            "He paused…. Then spoke.",
            "Growth was 2.5% in the U.S.",
            "See ../notes for more.",
            "The score, 3:1, stood. . . for now.",
        ] {
            assert_eq!(
                found(doubled_punctuation, text),
                Vec::<String>::new(),
                "{text}"
            );
        }
    }
}
