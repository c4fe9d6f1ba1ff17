//! What one paragraph says about its quotations, found without looking at the rest of the
//! article, so that paragraphs are analysed on all cores: each quotation with the words that
//! attribute it, and who each sentence outside the quotations is about.

use super::names::{
    is_abbreviation, is_capitals, is_possessive, name_in, pos, title_before, trim_word,
    verbs_and_runs, Names,
};
use super::phrases::{self, Who};
use super::spans::{self, Span};
use super::words::{self, Gender};
use std::ops::Range;

/// A quotation and the attribution its sentence gives it.
#[derive(Debug, Clone, Copy)]
pub struct Quoted<'a> {
    /// Where it is.
    pub span: Span,
    /// Who the words around it name, and where that is in the paragraph; none when they name
    /// no one (the quotation then goes on from the speaker before).
    pub cue: Option<(Who<'a>, usize)>,
    /// It opens its paragraph: a new paragraph of a speaker's remarks.
    pub opens_paragraph: bool,
    /// It opens its sentence: a whole sentence quoted, not words inside one.
    pub opens_sentence: bool,
    /// It holds four words or more: words someone said, not a term in quotation marks.
    pub long: bool,
    /// Where its sentence starts.
    pub sentence: usize,
}

/// How someone is named in passing, not as a sentence's subject.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Passing {
    /// They are a sentence's subject, or speak.
    No,
    /// A full name in passing ("hosted by election co-ordinator Alan Milburn"): who "he" or
    /// "she" means only when no one else can be.
    Aside,
    /// A name in passing with a title before it ("announced by New Mexico Governor Garrey
    /// Carruthers"): whom a description by that title ("the governor") may mean.
    Titled,
}

/// Someone a sentence outside the quotations is about, in reading order.
#[derive(Debug, Clone, Copy)]
pub struct Mention<'a> {
    /// Where.
    pub at: usize,
    /// Who.
    pub who: Who<'a>,
    /// The subject of a verb of saying ("Corbett said he and Barker…"): the one who spoke last.
    pub speaks: bool,
    /// Whether they are named in passing, not as a sentence's subject, and how.
    pub passing: Passing,
    /// The gender the rest of the sentence shows for them ("Pinola called his decision…").
    pub gender: Gender,
}

impl<'a> Mention<'a> {
    /// The subject of a sentence or (`speaks`) of a verb of saying, at byte `at`, with the
    /// gender the rest of its sentence shows.
    fn subject(text: &str, who: Who<'a>, at: usize, speaks: bool) -> Self {
        Mention {
            at,
            who,
            speaks,
            passing: Passing::No,
            gender: gender_after(text, at),
        }
    }

    /// Someone a run names as printed, with the title printed before the name if any, who
    /// says nothing here.
    fn named(at: usize, run: &'a str, title: &'a str, passing: Passing) -> Self {
        Mention {
            at,
            who: Who::Name {
                run,
                role: title,
                determiner: false,
            },
            speaks: false,
            passing,
            gender: Gender::Unknown,
        }
    }
}

/// A paragraph's quotations and mentions.
#[derive(Debug, Default)]
pub struct Analysis<'a> {
    /// The quotations, in order.
    pub quotes: Vec<Quoted<'a>>,
    /// The subjects of its sentences and of its verbs of saying, in order.
    pub mentions: Vec<Mention<'a>>,
    /// Where a closing mark before any opening mark ends (see [`spans::Quotations`]).
    pub leading_close: Option<usize>,
}

/// Whether the verb form at byte `at` is a noun here: "said in a note:", "made the claim",
/// "in his warning" (an article or a possessive comes before; not "that", which may open a
/// clause: "a statement that said").
fn is_noun_here(text: &str, at: usize) -> bool {
    let before = text[..at].trim_end_matches(' ');
    let word = before.rsplit(' ').next().unwrap_or("");
    matches!(
        word,
        "a" | "an" | "the" | "his" | "her" | "its" | "their" | "our"
    )
}

/// Analyses paragraph `paragraph` of the article. The names it mentions go to `names`.
pub fn analyse<'a>(text: &'a str, paragraph: usize, names: &mut Names<'a>) -> Analysis<'a> {
    let found = spans::find(text);
    let offset = |part: &str| part.as_ptr() as usize - text.as_ptr() as usize;
    // Runs of capitalised words that open a sentence: where its subject may be.
    let mut openings: Vec<&str> = Vec::new();
    // The last full name met in passing, for a pronoun with no one else to mean.
    let mut aside: Option<&str> = None;
    // The last full name met in passing with a title before it ("announced by New Mexico
    // Governor Garrey Carruthers"), and the title: whom "the governor" may mean later.
    let mut titled: Option<(&str, &str)> = None;
    let verbs = verbs_and_runs(text, |run| {
        names.mention(pos(paragraph, offset(run)), run);
        if opens_sentence(text, offset(run)) {
            openings.push(run);
        } else if !is_possessive(run) {
            // "Sir Alex Ferguson's side": the one who owns something is no aside.
            if may_be_full_name(run) {
                aside = Some(run);
                // "met City manager Kevin Keegan": a role noun before the name is its title.
                let before = text[..offset(run)].trim_end();
                let word = &before[before.rfind(' ').map_or(0, |at| at + 1)..];
                if word.starts_with(char::is_lowercase) && words::is_role_noun(word.as_bytes()) {
                    titled = Some((run, word));
                }
            }
            // A title and two name words at least: most runs are not looked into.
            let three_words = memchr::memchr_iter(b' ', run.as_bytes()).nth(1).is_some();
            if let Some(name) = three_words
                .then(|| name_in(run))
                .flatten()
                .filter(|n| n.titled && n.words > 1)
            {
                titled = Some((run, title_before(run, &name)));
            }
        }
    });
    if memchr::memchr(b'(', text.as_bytes()).is_some() {
        names.learn_acronyms(pos(paragraph, 0), text);
    }
    let spans = &found.spans;
    let inside = |at: usize| {
        let i = spans.partition_point(|s| s.end <= at);
        spans.get(i).is_some_and(|s| s.start <= at)
    };
    let verbs: Vec<Range<usize>> = verbs
        .into_iter()
        .filter(|v| !inside(v.start) && !is_noun_here(text, v.start))
        .collect();
    let mut used = vec![false; verbs.len()];
    let quotes = spans
        .iter()
        .enumerate()
        .map(|(i, &span)| {
            let sentence = sentence_start(text, span.start);
            let next = spans.get(i + 1).map_or(text.len(), |s| s.start);
            // "told CNN's “American Morning”", "on the April 1 edition of “The Price Is
            // Right”": the name of a programme, a site or a work, no one's words.
            let names_a_work =
                names_a_work(&text[sentence..span.start], &text[span.start..span.end]);
            Quoted {
                span,
                cue: if names_a_work {
                    // Attributed to no one: not to whoever spoke earlier in the sentence.
                    Some((Who::Unnamed, span.start))
                } else {
                    cue(text, span, sentence, next, &verbs, &mut used)
                },
                opens_paragraph: text[..span.start].trim().is_empty(),
                opens_sentence: text[sentence..span.start].trim().is_empty(),
                long: text[span.start..span.end]
                    .split_whitespace()
                    .nth(3)
                    .is_some()
                    && !is_named_after(&text[sentence..span.start])
                    && !(span.start > sentence && is_title(&text[span.start..span.end])),
                sentence,
            }
        })
        .collect();
    let mut mentions = Vec::with_capacity(openings.len());
    for run in openings {
        if inside(offset(run)) {
            continue;
        }
        // "Ms Anne Weyman and Mr John Smith spoke": both are spoken of.
        let coordinated = text[offset(run) + run.len()..]
            .trim_start()
            .starts_with("and ");
        if coordinated && name_in(run).is_some_and(|n| n.opens_with_given_name()) {
            mentions.push(Mention::named(offset(run), run, "", Passing::No));
        }
        if let Some((who, at)) = phrases::subject_of_run(text, run) {
            mentions.push(Mention::subject(text, who, at, false));
        }
    }
    let aside = aside.filter(|run| {
        !inside(offset(run)) && name_in(run).is_some_and(|n| n.opens_with_given_name())
    });
    if let Some(run) = aside {
        mentions.push(Mention::named(offset(run), run, "", Passing::Aside));
    }
    if let Some((run, title)) = titled.filter(|(run, _)| !inside(offset(run))) {
        mentions.push(Mention::named(offset(run), run, title, Passing::Titled));
    }
    // "Xinhua quoted Li Peng as saying “…”": the quotation is Li Peng's, but Xinhua is spoken
    // of, as the "It" of a sentence after may show.
    for (verb, _) in verbs.iter().zip(&used).filter(|(_, &used)| used) {
        if is_quoting_verb(&text[verb.clone()]) {
            let sentence = sentence_start(text, verb.start);
            if let Some((who, at)) = phrases::subject_before(text, sentence, verb.start) {
                mentions.push(Mention::subject(text, who, at, false));
            }
        }
    }
    for (verb, _) in verbs.iter().zip(&used).filter(|(_, &used)| !used) {
        let word = text[verb.clone()].as_bytes();
        let speech = words::is_speech_verb(word);
        if !speech && !words::is_stance_verb(word) {
            continue;
        }
        let sentence = sentence_start(text, verb.start);
        // "Schoufour accused the FNV of…" has spoken ("Schoufour was accused" has not: a
        // passive verb has no subject that speaks). Words quoted in the same sentence are not
        // theirs ("rejected calls to “pause”").
        let stance = || {
            let sentence_end = sentence_end_after(text, verb.end);
            !spans
                .iter()
                .any(|s| s.end > sentence && s.start < sentence_end)
        };
        if !speech && !stance() {
            continue;
        }
        let floor = spans
            .iter()
            .rev()
            .find(|s| s.end <= verb.start)
            .map_or(sentence, |s| s.end.max(sentence));
        if let Some((who, at)) = phrases::subject_before(text, floor, verb.start) {
            mentions.push(Mention::subject(text, who, at, true));
            continue;
        }
        // Who the verb names after it: the speaker of reported speech with the verb first
        // ("…can be the cheapest, said Mr Ross, but…"), or the person a statement is credited
        // to ("…, according to Carly Fiorina, chief of Hewlett Packard").
        let word = &text[verb.clone()];
        let credited = word == "according";
        let verb_first = !credited
            && text[floor..verb.start].trim_end().ends_with(',')
            && words::is_inverting_verb(word.as_bytes());
        if verb_first || credited {
            let end = sentence_end_after(text, verb.end);
            let named = phrases::subject_after(text, verb.end, end)
                .filter(|who| !credited || is_someone(who));
            if let Some(who) = named {
                let at = name_offset(text, &who).unwrap_or(verb.end);
                mentions.push(Mention::subject(text, who, at, true));
            }
        }
    }
    mentions.sort_by_key(|m| (m.at, m.speaks));
    // A long article's analyses are all held until its names are known: a list grown by
    // pushes holds room for four or more, where most paragraphs have one or two.
    mentions.shrink_to_fit();
    Analysis {
        quotes,
        mentions,
        leading_close: found.leading_close,
    }
}

/// Whether a statement credited to `who` ("according to …") was made by someone who may
/// speak again ("he asked"): a name, an unnamed role ("one analyst"), someone speaking for
/// an organisation the phrase names ("a spokesman for Xerox"); not "the figures" or "the
/// report", nor a spokesman for no organisation printed ("an ntl spokesman": which one the
/// copy means is not clear).
fn is_someone(who: &Who) -> bool {
    match who {
        Who::Name { .. } | Who::Role { .. } => true,
        Who::SpokesFor { organisation, .. } => !organisation.is_empty(),
        _ => false,
    }
}

/// Whether a run of several words opens with a known given name: a cheap look at every run
/// for the one that may be a full name met in passing ([`name_in`] then says whether it is).
fn may_be_full_name(run: &str) -> bool {
    let bytes = run.as_bytes();
    memchr::memchr(b' ', bytes).is_some_and(|space| words::is_given_name(&bytes[..space]))
}

/// Who the words around a quotation name: right after it ("…,” said Jen Psaki" / "…,” he
/// said"), earlier in its sentence ("He added: “…”", "Peskov told reporters that … “…”"), or
/// later in it ("…, Charles Kennedy has said"). `verbs` are the paragraph's verbs outside
/// quotations; those that attribute this quotation are marked `used`.
fn cue<'a>(
    text: &'a str,
    span: Span,
    sentence: usize,
    next_quote: usize,
    verbs: &[Range<usize>],
    used: &mut [bool],
) -> Option<(Who<'a>, usize)> {
    // A quotation that ends its sentence ("…end.” Gerrard had said…") has nothing after it.
    let quoted = text[span.start..span.end].trim_end_matches(['"', '”']);
    let rest_start = text[span.end..]
        .trim_start_matches(|c: char| c.is_whitespace() || matches!(c, ',' | '—' | '–' | '-'));
    let lead = text.len() - rest_start.len();
    let ended = span.open
        || quoted.ends_with(['.', '?', '!']) && rest_start.starts_with(char::is_uppercase);
    let after_end = if ended {
        span.end
    } else {
        sentence_end_after(text, span.end).min(next_quote)
    };
    let verb_word = |v: &Range<usize>| text[v.clone()].as_bytes();
    // Right after the quotation.
    let first = verbs.partition_point(|v| v.start < lead);
    if let Some(v) = verbs.get(first).filter(|v| v.start < after_end) {
        if v.start == lead && words::is_inverting_verb(verb_word(v)) {
            if let Some(who) = phrases::subject_after(text, v.end, after_end) {
                used[first] = true;
                let at = name_offset(text, &who).unwrap_or(v.end);
                return Some((who, at));
            }
            // "“…,” said one.": attributed, to someone the copy does not name.
            let next = text[v.end..after_end]
                .split_whitespace()
                .next()
                .unwrap_or("");
            if words::is_determiner(next.trim_end_matches([',', '.']).as_bytes()) {
                used[first] = true;
                return Some((Who::Unnamed, v.end));
            }
        } else if words::is_speech_verb(verb_word(v)) {
            match phrases::subject_before(text, lead, v.start) {
                Some((who, start)) if start == lead => {
                    used[first] = true;
                    return Some((who, start));
                }
                Some(_) => {}
                // "“…,” Holmes's parents said": attributed, to someone not read as a name,
                // not to whoever spoke before. (Only after a quotation ending with the comma
                // that hands over to its attribution: a partial quotation's words run on in the
                // sentence, and a verb after them may be another's.)
                None if quoted.ends_with(',')
                    && text[lead..v.start].split_whitespace().count() <= 4 =>
                {
                    used[first] = true;
                    return Some((Who::Unnamed, lead));
                }
                None => {}
            }
        }
    }
    // "Said David Gluskin, vice-president of…, “…”": a verb that opens the sentence, its
    // subject after it.
    if let Some(verb_end) = opening_verb(text, sentence, span.start) {
        if let Some(who) = phrases::subject_after(text, verb_end, span.start) {
            let at = name_offset(text, &who).unwrap_or(verb_end);
            return Some((who, at));
        }
    }
    // "According to a press release from the university, the frog “…”": whom the sentence
    // credits, named or an organisation; credited to something else ("According to the
    // figures"), the quotation is no one's, not the speaker before's.
    if let Some(verb_end) = opening_according(text, sentence, span.start) {
        let credited = phrases::subject_after(text, verb_end, span.start).filter(|who| {
            matches!(
                who,
                Who::Name { .. } | Who::SpokesFor { .. } | Who::OrganisationRef { .. }
            )
        });
        let at = credited
            .as_ref()
            .and_then(|who| name_offset(text, who))
            .unwrap_or(verb_end);
        return Some((credited.unwrap_or(Who::Unnamed), at));
    }
    // "…, and in the words of the Crown prosecutor, Mark Tedeschi, QC, “…”": whom the words
    // are credited to.
    if let Some(of) = text[sentence..span.start]
        .rfind("n the words of ")
        .map(|at| sentence + at + "n the words of ".len())
    {
        if let Some(who) = phrases::subject_after(text, of, span.start) {
            let at = name_offset(text, &who).unwrap_or(of);
            return Some((who, at));
        }
    }
    // "Obama: “We will win”": a headline's or a summary box's speaker, a colon after the name;
    // "- Bolton boss Sam Allardyce “…”": a match report's, the colon left out.
    if let Some(found) = speaker_label(text, sentence, span.start)
        .or_else(|| introduced_by_name(text, sentence, span.start))
    {
        return Some(found);
    }
    // Earlier in the sentence: the nearest verb with a subject ("Peskov told reporters that
    // … “…”"); a participle's subject is its clause's ("Conable said … noting that “…”").
    let before = verbs.partition_point(|v| v.end <= span.start);
    let mut participle = false;
    for i in (0..before)
        .rev()
        .take_while(|&i| verbs[i].start >= sentence)
    {
        let v = &verbs[i];
        if words::is_participle(verb_word(v)) {
            participle = true;
            continue;
        }
        // "Xinhua quoted Premier Li Peng as saying: “…”": who is quoted, not who quotes.
        if let Some(who) = quoted_as_saying(text, v, span.start) {
            used[i] = true;
            return Some(who);
        }
        // "according to the group's executive-secretary Eduardo Latorre, “…”".
        if verb_word(v) == b"according" {
            if let Some(who) = phrases::subject_after(text, v.end, span.start) {
                used[i] = true;
                return Some((who, v.end));
            }
        }
        if let Some((who, start)) = phrases::subject_before(text, sentence, v.start) {
            used[i] = true;
            return Some((who, start));
        }
        // "…, but admitted it was “not easy”": the sentence's subject speaks.
        let previous = text[sentence..v.start]
            .split_whitespace()
            .next_back()
            .unwrap_or("");
        if matches!(previous, "and" | "but") || previous.ends_with(',') {
            // "US Customs claimed …, but his lawyer, Antony Townsden, told … and added:": the
            // subject of the clause "but" opened, when one is named there.
            let previous_at = previous.as_ptr() as usize - text.as_ptr() as usize;
            let clause = text[sentence..previous_at.max(sentence)]
                .rfind(" but ")
                .map(|at| sentence + at + " but ".len());
            let named_in_clause = clause
                .and_then(|from| phrases::subject_after(text, from, v.start))
                .filter(|who| matches!(who, Who::Name { .. }));
            if let Some(who) = named_in_clause {
                let at = name_offset(text, &who).unwrap_or(v.start);
                return Some((who, at));
            }
            return phrases::sentence_subject(text, sentence, v.start);
        }
        // "…was backed by Sport Secretary Tessa Jowell who said: “…”": who the relative
        // clause is about.
        if previous == "who" {
            let who_at = previous.as_ptr() as usize - text.as_ptr() as usize;
            if let Some((who, start)) = phrases::subject_before(text, sentence, who_at) {
                if matches!(who, Who::Name { .. }) {
                    used[i] = true;
                    return Some((who, start));
                }
            }
        }
        // "A report on the experiment said: “…”": the verb that introduces the quotation has
        // a subject, if not one to name; the quotation is not the speaker before's.
        let introduces = text[v.end..span.start]
            .trim_end()
            .strip_suffix([':', ','])
            .is_some_and(|between| between.trim().is_empty());
        if introduces && words::is_speech_verb(verb_word(v)) && v.start > sentence {
            used[i] = true;
            return Some((Who::Unnamed, v.start));
        }
        break;
    }
    if participle {
        if let Some(found) = phrases::with_clause_subject(text, sentence, span.start) {
            return Some(found);
        }
        if let Some(found) = phrases::sentence_subject(text, sentence, span.start) {
            return Some(found);
        }
    }
    // Later in the sentence.
    let first_after = verbs.partition_point(|v| v.start < span.end);
    for (i, v) in verbs.iter().enumerate().skip(first_after) {
        if v.start >= after_end {
            break;
        }
        if words::is_speech_verb(verb_word(v)) {
            if let Some((who, start)) = phrases::subject_before(text, span.end, v.start) {
                used[i] = true;
                return Some((who, start));
            }
            // "…, says the assembly government."
            let previous = text[span.end..v.start].trim_end();
            if previous.ends_with(',') && words::is_inverting_verb(verb_word(v)) {
                if let Some(who) = phrases::subject_after(text, v.end, after_end) {
                    used[i] = true;
                    return Some((who, v.end));
                }
            }
            // "“…,” the lawsuit said.": attributed, to a subject no one can name here, so
            // not the speaker before.
            if v.start > lead && is_short_noun_phrase(&text[lead..v.start]) {
                used[i] = true;
                return Some((Who::Unnamed, lead));
            }
        }
    }
    None
}

/// The speaker a quotation's sentence gives as a label before it, all the sentence holds
/// before the quotation: a name of up to four words ("Gary Babineau: “…”") or a role
/// ("Driver: “…”"), not a label in capitals ("NEW: “…”") or a thing ("The Rule: “…”").
fn speaker_label(text: &str, sentence: usize, quote: usize) -> Option<(Who<'_>, usize)> {
    let label = text[sentence..quote].trim().strip_suffix(':')?;
    let words: Vec<&str> = label.split_whitespace().collect();
    let name_like = |w: &&str| {
        w.starts_with(char::is_uppercase)
            && !is_capitals(w)
            && w.chars()
                .all(|c| c.is_alphabetic() || matches!(c, '.' | '-' | '\'' | '’'))
    };
    let lower = label.to_lowercase();
    let opens_with_article = lower
        .split(' ')
        .next()
        .is_some_and(|w| words::is_determiner(w.as_bytes()));
    if words.is_empty() || words.len() > 4 || !words.iter().all(name_like) || opens_with_article {
        return None;
    }
    let at = label.as_ptr() as usize - text.as_ptr() as usize;
    let who = if words.len() == 1 && words::is_role_noun(lower.as_bytes()) {
        Who::Role {
            head: label,
            text: label,
        }
    } else {
        Who::Name {
            run: label,
            role: "",
            determiner: false,
        }
    };
    Some((who, at))
}

/// A person's full name, with their role before it, as all that comes before a quotation
/// that opens a paragraph or a list item: how match reports list reactions ("- Bolton boss
/// Sam Allardyce “I am bitterly disappointed…”"), the colon left out.
fn introduced_by_name(text: &str, sentence: usize, quote: usize) -> Option<(Who<'_>, usize)> {
    if text[..sentence].trim().len() > 2 {
        return None;
    }
    let (who, start) = phrases::subject_before(text, sentence, quote)?;
    let Who::Name { run, .. } = who else {
        return None;
    };
    let full = name_in(run).is_some_and(|name| name.words >= 2);
    (full && text[sentence..start].trim().is_empty()).then_some((who, start))
}

/// Who a report quotes ("The agency quoted Li as saying that…"): the phrase between the verb
/// `verb` and "as saying" (or "as telling", "as having said"), before byte `end`.
fn quoted_as_saying<'a>(
    text: &'a str,
    verb: &Range<usize>,
    end: usize,
) -> Option<(Who<'a>, usize)> {
    if !is_quoting_verb(&text[verb.clone()]) {
        return None;
    }
    let between = &text[verb.end..end];
    let as_at = [" as saying", " as telling", " as having "]
        .iter()
        .filter_map(|phrase| between.find(phrase))
        .min()?;
    let who = phrases::subject_after(text, verb.end, verb.end + as_at)?;
    let at = name_offset(text, &who).unwrap_or(verb.end);
    Some((who, at))
}

/// The forms of "quote" a report uses for whom it quotes ("Xinhua quoted Li as saying").
fn is_quoting_verb(word: &str) -> bool {
    matches!(word, "quoted" | "quotes" | "quoting")
}

/// Whether the words before a quotation give it as a name, not as words someone said ("what
/// is known as the “one time, last time” rule", "a campaign entitled “…”").
fn is_named_after(before: &str) -> bool {
    let mut words = before
        .split_whitespace()
        .rev()
        .skip_while(|w| words::is_determiner(w.as_bytes()));
    match words.next() {
        Some("as") => matches!(words.next(), Some("known" | "billed" | "described")),
        Some(word) => matches!(
            word,
            "so-called"
                | "entitled"
                | "titled"
                | "nicknamed"
                | "dubbed"
                | "named"
                | "headlined"
                | "slogan"
                | "motto"
        ),
        None => false,
    }
}

/// Whether a quotation reads as a title or a name rather than words said ("The Tony Snow
/// Show", "the “Social Security trust fund”"): half its words or more capitalised, and no
/// punctuation that ends a sentence or a clause before its closing mark.
fn is_title(quoted: &str) -> bool {
    let inner = quoted.trim_matches(|c: char| matches!(c, '"' | '“' | '”'));
    if inner.ends_with(['.', ',', '!', '?', ':', ';']) || inner.starts_with("I ") {
        return false;
    }
    let (mut words, mut capitalised) = (0, 0);
    for word in inner.split_whitespace() {
        words += 1;
        capitalised +=
            usize::from(word.starts_with(|c: char| c.is_uppercase() || c.is_ascii_digit()));
    }
    words > 0 && inner.starts_with(char::is_uppercase) && 2 * capitalised >= words
}

/// Whether a quotation reads as a title ([`is_title`]) and the word before it is a
/// preposition or a possessive: the name of a work, a programme or a site ("said on “The
/// Internet Explorer 6 Countdown”", "told CNN's “American Morning”").
fn names_a_work(before: &str, quoted: &str) -> bool {
    let previous = before.split_whitespace().next_back().unwrap_or("");
    (words::is_preposition(previous.as_bytes()) || is_possessive(previous)) && is_title(quoted)
}

/// A few words that hold no punctuation and open with an article or a possessive, or are
/// at most four and open lower-case: a noun phrase ("the lawsuit", "a statement from the
/// club", "a spokesman for a company buying on behalf of the Soviet Union", "official
/// Administration policy"), not a clause.
fn is_short_noun_phrase(phrase: &str) -> bool {
    let mut count = 0;
    let mut opens_with_article = false;
    for word in phrase.split_whitespace() {
        count += 1;
        if count > 12 || word.ends_with([',', ';', ':', '.', '"', ')']) || word.ends_with('”') {
            return false;
        }
        if count == 1 {
            opens_with_article = words::is_determiner(word.as_bytes())
                || matches!(
                    word,
                    "its" | "his" | "her" | "their" | "Its" | "His" | "Her" | "Their"
                );
            if !opens_with_article && !word.starts_with(|c: char| c.is_ascii_lowercase()) {
                return false;
            }
        }
    }
    count >= 2 && (opens_with_article || count <= 4)
}

/// Where a verb that puts its subject after it ends, when it opens the sentence at byte
/// `sentence` ("Said one analyst, “…”", "Added Mr Smith: “…”"); "According" is read apart.
fn opening_verb(text: &str, sentence: usize, end: usize) -> Option<usize> {
    opening_word(text, sentence, end, |word| {
        words::capitalised_is(word, |verb| {
            words::is_inverting_verb(verb) && verb != b"according"
        })
    })
}

/// Where "According" ends when it opens the sentence at byte `sentence`.
fn opening_according(text: &str, sentence: usize, end: usize) -> Option<usize> {
    opening_word(text, sentence, end, |word| word == "According")
}

/// Where the first word of `text[sentence..end]` ends, when it is one `is` accepts.
fn opening_word(
    text: &str,
    sentence: usize,
    end: usize,
    is: impl Fn(&str) -> bool,
) -> Option<usize> {
    let word = text[sentence..end].split_whitespace().next()?;
    let at = word.as_ptr() as usize - text.as_ptr() as usize;
    is(word).then_some(at + word.len())
}

/// The gender a sentence shows for its subject at byte `at`: "his" or "himself" later in
/// it ("Pinola called his decision…"), "herself". ("Her" may be someone else's: "Smith told
/// her".)
fn gender_after(text: &str, at: usize) -> Gender {
    let end = sentence_end_after(text, at).min(at + 240);
    let mut end = end.min(text.len());
    while !text.is_char_boundary(end) {
        end -= 1;
    }
    let sentence = &text.as_bytes()[at..end];
    // Searchers built once: every sentence's subject asks.
    static FINDERS: std::sync::OnceLock<[memchr::memmem::Finder<'static>; 3]> =
        std::sync::OnceLock::new();
    let [his, himself, herself] =
        FINDERS.get_or_init(|| [" his ", " himself", " herself"].map(memchr::memmem::Finder::new));
    let found = |finder: &memchr::memmem::Finder| finder.find(sentence).is_some();
    match (found(his) || found(himself), found(herself)) {
        (true, false) => Gender::Male,
        (false, true) => Gender::Female,
        _ => Gender::Unknown,
    }
}

/// Whether byte `at` (a word's start) opens a sentence: the paragraph's start, or after a
/// mark that [ends a sentence](ends_sentence).
fn opens_sentence(text: &str, at: usize) -> bool {
    let before = text[..at].trim_end_matches(' ');
    if before.is_empty() {
        return true;
    }
    let closing = before.ends_with('"') || before.ends_with('”');
    let mark = if closing {
        before.trim_end_matches(['"', '”'])
    } else {
        before
    };
    if before.len() == at || !mark.ends_with(['.', '?', '!']) {
        return false;
    }
    ends_sentence(text, before.len() - 1)
}

/// Where the name a `who` prints is in the text, for looking it up as of that place.
fn name_offset(text: &str, who: &Who) -> Option<usize> {
    match who {
        Who::Name { run, .. } => Some(run.as_ptr() as usize - text.as_ptr() as usize),
        _ => None,
    }
}

/// Whether a full stop, question or exclamation mark at byte `mark` (a space after it) ends
/// a sentence: what follows starts with a capital or a quotation mark, and the word it ends
/// is not an abbreviation ("Mr.", "U.S.").
fn ends_sentence(text: &str, mark: usize) -> bool {
    let next = text[mark + 1..].trim_start_matches(' ').chars().next();
    if !next.is_some_and(|c| c.is_uppercase() || matches!(c, '“' | '"' | '‘')) {
        return false;
    }
    if text.as_bytes()[mark] != b'.' {
        return true;
    }
    let word_start = text[..mark].rfind(' ').map_or(0, |i| i + 1);
    !is_abbreviation(trim_word(&text[word_start..=mark]))
}

/// No sentence is longer: searches for a sentence's ends stop there, so a paragraph without
/// full stops costs no more than its length.
const LONGEST_SENTENCE: usize = 2000;

/// Where the sentence holding byte `at` starts: after the last ". ", "? " or "! " before it that
/// [ends a sentence](ends_sentence).
pub fn sentence_start(text: &str, at: usize) -> usize {
    let bytes = text.as_bytes();
    let mut floor = at.saturating_sub(LONGEST_SENTENCE);
    while !text.is_char_boundary(floor) {
        floor += 1;
    }
    let mut end = at.saturating_sub(1);
    while end > floor {
        let Some(mark) = memchr::memrchr3(b'.', b'?', b'!', &bytes[floor..end]) else {
            break;
        };
        let mark = floor + mark;
        // The mark may have a closing quotation mark after it: `."`, `.”`.
        let after = match &bytes[mark + 1..] {
            [b'"', ..] => mark + 1,
            [0xE2, 0x80, 0x9D, ..] => mark + 3,
            _ => mark,
        };
        if bytes.get(after + 1) == Some(&b' ') && after + 2 <= at && ends_sentence(text, after) {
            return after + 2;
        }
        end = mark;
    }
    floor
}

/// Where the first sentence end after byte `from` is (after its mark and the space that
/// follows), or the text's end; no further than the longest sentence, so that a text without
/// full stops costs no more than its length.
pub fn sentence_end_after(text: &str, from: usize) -> usize {
    let bytes = text.as_bytes();
    let mut limit = (from + LONGEST_SENTENCE).min(text.len());
    while !text.is_char_boundary(limit) {
        limit += 1;
    }
    let mut at = from;
    while let Some(found) = memchr::memchr3(b'.', b'?', b'!', &bytes[at..limit]) {
        let mark = at + found;
        let after = match &bytes[mark + 1..] {
            [b'"', ..] => mark + 1,
            [0xE2, 0x80, 0x9D, ..] => mark + 3,
            _ => mark,
        };
        if bytes.get(after + 1) == Some(&b' ') && ends_sentence(text, after) {
            return after + 2;
        }
        at = mark + 1;
    }
    limit
}
