//! The one step of attribution that reads the article in order: who "he", "she", "it",
//! "the Lions coach" and "the ministry" are, and whose remarks a quotation with no
//! attribution of its own goes on with.

use super::analysis::{Analysis, Passing};
use super::names::{is_nickname, name_in, name_word, pos, title_before, Kind, Known, People};
use super::phrases::Who;
use super::words::{self, Gender};
use std::collections::VecDeque;
use std::ops::Range;

/// Who an attribution names, with names looked up in the article's register.
#[derive(Debug, Clone, Copy)]
enum Ref<'a> {
    /// A name, resolved to its fullest form; a role noun printed with it, and whose the role
    /// is ([`Entity::team`]).
    Known(Known<'a>, &'a str, &'a str),
    /// Anyone else: worked out from the people met before.
    Other(Who<'a>),
    /// An unnamed person speaking for an organisation named in the phrase.
    SpokesFor(Known<'a>, &'a str),
}

/// A quotation or a mention, its attribution resolved as far as names go.
#[derive(Debug, Clone, Copy)]
enum Item<'a> {
    /// Someone a sentence is about, or who said something (`true`).
    Mention(Ref<'a>, bool),
    /// Someone named in passing, and how.
    Passing(Ref<'a>, Passing),
    /// The `n`th quotation of the paragraph.
    Quote {
        n: usize,
        cue: Option<Ref<'a>>,
        opens_paragraph: bool,
        opens_sentence: bool,
        long: bool,
        /// Where its sentence starts.
        sentence: usize,
        /// The quoted words: someone they name as another is not who says them.
        words: &'a str,
    },
}

/// A paragraph ready for [`Discourse::paragraph`]: its quotations and mentions in reading
/// order, names looked up.
#[derive(Debug, Default)]
pub struct Resolved<'a> {
    spans: Vec<(Range<usize>, bool)>,
    /// Where each item is, and what.
    items: Vec<(usize, Item<'a>)>,
    leading_close: Option<usize>,
}

/// Looks up the names of paragraph `paragraph`'s analysis in the article's register: each
/// paragraph on its own, so paragraphs are resolved on all cores.
pub fn resolve<'a>(
    analysis: Analysis<'a>,
    paragraph: usize,
    people: &People<'a>,
    text: &'a str,
) -> Resolved<'a> {
    let offset = |s: &str| s.as_ptr() as usize - text.as_ptr() as usize;
    // The organisation a noun's capitalised modifier names ("NIESR" in "NIESR report"), if
    // the article knows it and it is no nationality.
    let organisation_before = |head: &str, text: &'a str| {
        let named = text.strip_suffix(head)?.trim_end();
        let first = named.split(' ').next()?;
        if !first.starts_with(char::is_uppercase) || words::may_be_nationality(first) {
            return None;
        }
        people
            .resolve(named, pos(paragraph, offset(named)), false)
            .filter(|known| known.kind != Kind::Person)
    };
    let look_up = |who: Who<'a>, at: usize, fuzzy: bool| -> Option<Ref<'a>> {
        Some(match who {
            Who::Name {
                run,
                role,
                determiner,
            } => {
                let mut known = people.resolve(run, pos(paragraph, offset(run).max(at)), fuzzy)?;
                // After "the", a run is an organisation's or a thing's ("The Home
                // International series") unless a given name or a title shows a person.
                let unknown_person =
                    || known.gender == Gender::Unknown && !name_in(run).is_some_and(|n| n.titled);
                if determiner && (known.kind != Kind::Person || unknown_person()) {
                    known.kind = Kind::Organisation;
                }
                // "Budget airline Ryanair", "Glasgow group Franz Ferdinand", "US band Scissor
                // Sisters": a noun for an organisation before a name says what it is, though
                // the name looks like a person's or many people's.
                if known.kind != Kind::Organisation
                    && words::is_organisation_noun(role.as_bytes())
                    && !words::is_role_noun(role.as_bytes())
                {
                    known.kind = Kind::Organisation;
                    known.gender = Gender::Unknown;
                }
                // "R&B singer Usher", "Brazil striker Ronaldo": one word of no known kind after
                // a role only people hold is a person's name.
                if known.kind == Kind::Unknown
                    && !run.contains(' ')
                    && words::is_personal_role(role.as_bytes())
                {
                    known.kind = Kind::Person;
                }
                if known.kind == Kind::Person {
                    known.gender = known.gender.or(words::role_gender(role.as_bytes()));
                }
                // "Sen. Ted Cruz": the title is the role "the senator" will name.
                let role = match role {
                    "" if known.kind == Kind::Person && run.contains(' ') => printed_title(run),
                    role => role,
                };
                Ref::Known(known, role, team_before(text, role))
            }
            Who::SpokesFor {
                organisation, head, ..
            } if !organisation.is_empty() => {
                let mut known =
                    people.resolve(organisation, pos(paragraph, offset(organisation)), false)?;
                // An organisation as printed whole; a person ("a spokesman for Mr Brown") by
                // the fullest name.
                if known.kind != Kind::Person && organisation.contains(' ') {
                    known.name = organisation;
                }
                known.kind = Kind::Organisation;
                Ref::SpokesFor(known, head)
            }
            // "The NIESR report", "the Oxfam report": the organisation named before the noun
            // when the article names it so (not where it is from: "the British newspaper");
            // "the festival", with no festival spoken of before: the one printed in full.
            Who::OrganisationRef { head, text } => match organisation_before(head, text) {
                Some(mut known) => {
                    known.kind = Kind::Organisation;
                    Ref::Known(known, "", "")
                }
                None => Ref::Other(Who::OrganisationRef {
                    head,
                    text: people
                        .organisation_ending_with(head, pos(paragraph, at))
                        .unwrap_or(text),
                }),
            },
            other => Ref::Other(other),
        })
    };
    let mut items: Vec<(usize, Item<'a>)> =
        Vec::with_capacity(analysis.quotes.len() + analysis.mentions.len());
    for mention in &analysis.mentions {
        if let Some(mut r) = look_up(mention.who, mention.at, mention.speaks) {
            if let Ref::Known(known, ..) = &mut r {
                if known.kind == Kind::Person {
                    known.gender = known.gender.or(mention.gender);
                }
            }
            let item = match mention.passing {
                Passing::No => Item::Mention(r, mention.speaks),
                passing => Item::Passing(r, passing),
            };
            items.push((mention.at, item));
        }
    }
    for (n, quoted) in analysis.quotes.iter().enumerate() {
        items.push((
            quoted.span.start,
            Item::Quote {
                n,
                cue: quoted.cue.and_then(|(who, at)| look_up(who, at, true)),
                opens_paragraph: quoted.opens_paragraph,
                opens_sentence: quoted.opens_sentence,
                long: quoted.long,
                sentence: quoted.sentence,
                words: &text[quoted.span.start..quoted.span.end],
            },
        ));
    }
    items.sort_by_key(|(at, item)| (*at, matches!(item, Item::Quote { .. })));
    Resolved {
        spans: analysis
            .quotes
            .iter()
            .map(|q| (q.span.start..q.span.end, q.span.open))
            .collect(),
        items,
        leading_close: analysis.leading_close,
    }
}

/// Someone who speaks or is spoken of.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct Entity<'a> {
    /// The name to give as speaker: a person's fullest name, an organisation's, a role as
    /// printed.
    name: &'a str,
    kind: Kind,
    gender: Gender,
    /// The role noun the copy gave them ("coach", "president", "trader").
    role: &'a str,
    /// Whose the role is, printed before it: "Bolton" in "Bolton boss Sam Allardyce".
    team: &'a str,
    /// Where the copy said they are from, calling them by it ("the Frenchman").
    origin: &'a str,
    /// An organisation the copy called only by a common noun ("the report", "the company")
    /// when none met before could be the one meant: another such noun does not mean it.
    unowned: bool,
}

impl<'a> Entity<'a> {
    /// Someone given by a role (`head`, which tells the gender when it can), as `name`.
    fn in_role(name: &'a str, head: &'a str) -> Self {
        Entity {
            name,
            kind: Kind::Role,
            gender: words::role_gender(head.as_bytes()),
            role: head,
            team: "",
            origin: "",
            unowned: false,
        }
    }
}

/// How many people and organisations back "he", "she" and "it" may look.
const REMEMBERED: usize = 12;

/// The article read in order: who was spoken of and who spoke last.
#[derive(Debug, Default)]
pub struct Discourse<'a> {
    /// People and unnamed speakers, the latest last.
    people: VecDeque<Entity<'a>>,
    /// Organisations, the latest last.
    organisations: VecDeque<Entity<'a>>,
    /// Who spoke last, and in which paragraph.
    last_speaker: Option<(Entity<'a>, usize)>,
    /// An organisation was spoken of after the last speaker spoke.
    organisation_since_speaker: bool,
    /// The last person named in passing: who a pronoun means when no one spoken of can be.
    aside: Option<Entity<'a>>,
    /// The last person named in passing with a title ("Governor Garrey Carruthers"), the
    /// title as role: whom a description by that title ("the governor") may mean.
    titled: Option<Entity<'a>>,
    /// The last paragraph's last quotation was left open.
    open: bool,
    /// Paragraphs read.
    paragraph: usize,
}

impl<'a> Discourse<'a> {
    /// The quotations of the next paragraph, each with its speaker: the paragraph's spans,
    /// with the end of a quotation the paragraph before left open, if it has one.
    pub fn paragraph(&mut self, resolved: Resolved<'a>) -> Vec<(Range<usize>, Option<String>)> {
        self.paragraph += 1;
        let mut out: Vec<(Range<usize>, Option<String>)> =
            Vec::with_capacity(resolved.spans.len() + 1);
        // Who spoke last in this paragraph, and where that was said.
        let mut speaker_here: Option<(Entity<'a>, usize)> = None;
        let recent = |last: Option<(Entity<'a>, usize)>, paragraph: usize| {
            last.filter(|(_, at)| *at + 1 >= paragraph).map(|(e, _)| e)
        };
        if let (true, Some(close)) = (self.open, resolved.leading_close) {
            // The end of the last paragraph's quotation, with no opening mark of its own.
            let speaker = recent(self.last_speaker, self.paragraph);
            out.push((0..close, speaker.map(|e| display(e.name))));
            speaker_here = speaker.map(|e| (e, 0));
        }
        let first_own = out.len();
        out.extend(
            resolved
                .spans
                .iter()
                .map(|(range, _)| (range.clone(), None)),
        );
        for (at, item) in resolved.items {
            match item {
                Item::Mention(r, speaks) => {
                    // A capitalised word opening a sentence is a name only when the copy
                    // shows it is one.
                    if let Some(entity) =
                        self.entity(r).filter(|e| speaks || e.kind != Kind::Unknown)
                    {
                        self.attend(entity);
                        if speaks {
                            self.spoke(entity);
                            speaker_here = Some((entity, at));
                        }
                    }
                }
                Item::Passing(r, passing) => {
                    if let Some(entity) = self.entity(r).filter(|e| e.kind == Kind::Person) {
                        match passing {
                            Passing::Titled => self.titled = Some(entity),
                            _ => self.aside = Some(entity),
                        }
                    }
                }
                Item::Quote {
                    n,
                    cue,
                    opens_paragraph,
                    opens_sentence,
                    long,
                    sentence,
                    words: quoted,
                } => {
                    // A quotation of a few words inside a sentence that names no one to say
                    // them is a term, not someone's words.
                    let words = opens_paragraph || opens_sentence || long;
                    let speaker = match (cue, speaker_here) {
                        (Some(Ref::Other(Who::Pronoun(gender))), _) => self.pronoun(gender, quoted),
                        (Some(r), _) => self.entity(r),
                        (None, Some((e, said_at))) if words || said_at >= sentence => Some(e),
                        (None, _) if words => recent(self.last_speaker, self.paragraph),
                        (None, _) => None,
                    };
                    if let Some(entity) = speaker {
                        self.attend(entity);
                        self.spoke(entity);
                        speaker_here = Some((entity, at));
                    }
                    out[first_own + n].1 = speaker.map(|e| display(e.name));
                }
            }
        }
        self.open = resolved.spans.last().is_some_and(|(_, open)| *open);
        out
    }

    /// Who a reference is, from the people met before.
    fn entity(&mut self, r: Ref<'a>) -> Option<Entity<'a>> {
        match r {
            Ref::Known(known, role, team) => Some(Entity {
                name: known.name,
                kind: known.kind,
                gender: known.gender,
                role,
                team,
                origin: "",
                unowned: false,
            }),
            Ref::SpokesFor(organisation, head) => Some(Entity::in_role(organisation.name, head)),
            Ref::Other(who) => self.other(who),
        }
    }

    /// Whom "he" or "she" means: the last person of that gender spoken of, else the last one
    /// named in passing; not one the quoted words (`quoted`) speak of by name ("Jens is a
    /// good keeper," he said: not Jens Lehmann).
    fn pronoun(&mut self, gender: Gender, quoted: &str) -> Option<Entity<'a>> {
        // "officials", "analysts": many people are not "he" or "she".
        let one = |e: &Entity| !(e.kind == Kind::Role && words::is_plural_noun(e.role.as_bytes()));
        let named_in_quote = |e: &Entity| {
            e.kind == Kind::Person
                && e.name
                    .split_whitespace()
                    .filter(|w| w.len() >= 3 && w.starts_with(char::is_uppercase))
                    .any(|w| names_word(quoted, w))
        };
        // "“…,” said Ronaldinho. ¶ “…,” he added": one word the copy never showed to be a
        // person's or an organisation's spoke last; whoever "he" means, no one before it.
        if let Some((e, p)) = self.last_speaker {
            if e.kind == Kind::Unknown && p + 1 >= self.paragraph && !e.name.contains(' ') {
                return None;
            }
        }
        let Some(found) = self
            .people
            .iter_mut()
            .rev()
            .find(|e| e.gender.fits(gender) && one(e) && !named_in_quote(e))
        else {
            return self.aside.filter(|e| e.gender.fits(gender));
        };
        found.gender = found.gender.or(gender);
        Some(*found)
    }

    fn other(&mut self, who: Who<'a>) -> Option<Entity<'a>> {
        match who {
            Who::Name { .. } | Who::Unnamed => None,
            Who::Pronoun(gender) => self.pronoun(gender, ""),
            // "Deutsche Boerse said … "…," it said": a name this paragraph gave as speaker, of
            // no gender, is what "it" means before any organisation named since.
            Who::It => match self.last_speaker {
                Some((e, p))
                    if p == self.paragraph
                        && e.kind != Kind::Role
                        && e.gender == Gender::Unknown =>
                {
                    Some(e)
                }
                // "A Microsoft spokesperson added… It said…": the organisation named for a
                // spokesperson who spoke last in the paragraph, before any other organisation
                // is spoken of. (Not in the paragraph after: "A Treasury spokesperson
                // dismissed… the NIESR report was optimistic… ¶ It said" is the report's.)
                Some((e, p))
                    if p == self.paragraph
                        && !self.organisation_since_speaker
                        && e.kind == Kind::Role
                        && words::is_spokes_noun(e.role.as_bytes())
                        && e.name.starts_with(char::is_uppercase) =>
                {
                    Some(Entity {
                        kind: Kind::Organisation,
                        role: "",
                        ..e
                    })
                }
                _ => self.organisations.back().copied(),
            },
            // "The authors say … They call for “…”": many people who spoke last are who
            // "they" means, in their paragraph before any organisation, and after it until
            // one is spoken of ("Senators told Nakasone in a letter… ¶ They said in the
            // letter…").
            Who::They => match self.last_speaker {
                Some((e, p))
                    if (p == self.paragraph || !self.organisation_since_speaker)
                        && e.kind == Kind::Role
                        && words::is_plural_noun(e.role.as_bytes()) =>
                {
                    Some(e)
                }
                // A word the copy never showed to be an organisation's ("Reagan") is more
                // likely one person's name than what "they" means.
                _ => self
                    .organisations
                    .iter()
                    .rev()
                    .find(|e| e.kind == Kind::Organisation)
                    .copied(),
            },
            Who::Description { head, text } => {
                // "said the Frenchman" … "the German said": the last person the copy has not
                // called by another origin, called by this one from then on.
                if words::is_demonym(head.as_bytes())
                    || words::is_newspaper_demonym(head.as_bytes())
                {
                    let found = self.people.iter_mut().rev().find(|e| {
                        e.kind == Kind::Person && (e.origin.is_empty() || e.origin == head)
                    })?;
                    found.origin = head;
                    return Some(*found);
                }
                // Someone given this role before ("the Lions coach"); for a role that
                // names people ("the president", "the 36-year-old"), the person spoken of
                // last; else an unnamed person met only now ("the trader").
                // A role once held ("the former Burnley manager") is not the one someone
                // holds in the story: someone printed with it as a former title ("Former
                // President Donald Trump"), else the person spoken of last.
                let former = text.starts_with("former ") || text.starts_with("ex-");
                let once_held = |role: &str| {
                    role.strip_prefix("Former ")
                        .or_else(|| role.strip_prefix("former "))
                        .is_some_and(|title| words::role_is(title, head))
                };
                // "the Bolton manager": not a manager of another team.
                let team = team_before(text, head);
                let fits = |e: &Entity| {
                    let held = if former {
                        once_held(e.role)
                    } else {
                        words::role_is(e.role, head)
                    };
                    held && (team.is_empty() || e.team.is_empty() || e.team == team)
                };
                if let Some(found) = self.people.iter().rev().find(|e| fits(e)) {
                    return Some(*found);
                }
                // Or the one named in passing with that title ("announced by New Mexico
                // Governor Garrey Carruthers … the governor said").
                if let Some(titled) = self.titled.filter(fits) {
                    return Some(titled);
                }
                // An office printed capitalised (its head noun printed so, looked up in lower
                // case) with no one named in it ("the Queen") is that office, not whoever was
                // spoken of last.
                // (Not letters for a member: "the Labour MP".)
                let office = head.starts_with(char::is_lowercase)
                    && text.rsplit(' ').next().is_some_and(|printed| {
                        printed.starts_with(char::is_uppercase)
                            && !printed.bytes().all(|b| b.is_ascii_uppercase())
                    });
                // Of the role's gender, where it has one ("the Australian actress").
                let gender = words::role_gender(head.as_bytes());
                if former || words::is_named_role(head.as_bytes()) && !office {
                    return self
                        .people
                        .iter()
                        .rev()
                        .find(|e| e.kind == Kind::Person && e.gender.fits(gender))
                        .copied();
                }
                Some(Entity::in_role(text, head))
            }
            Who::Role { head, text } => Some(Entity::in_role(text, head)),
            Who::SpokesFor { printed, head, .. } => {
                let organisation = match organisation_noun(printed, head) {
                    Some(noun) => self.organisation_called(noun),
                    // With no organisation met, the one a spokesperson spoke for before ("A
                    // Delta spokesperson … A spokesperson reiterated").
                    None if printed.split_whitespace().all(|w| w == head || is_rank(w)) => {
                        self.organisations.back().or_else(|| {
                            self.people.iter().rev().find(|e| {
                                e.kind == Kind::Role
                                    && words::is_spokes_noun(e.role.as_bytes())
                                    && e.name != e.role
                            })
                        })
                    }
                    // "a family spokesman": for no organisation.
                    None => None,
                };
                let name = match organisation {
                    Some(o) => o.name,
                    // Unmet: the role as printed ("union spokesman"), unless marks or
                    // brackets cut into its words (mangled copy).
                    None if printed.is_empty() || printed.contains(MARKS_AND_BRACKETS) => head,
                    None => printed,
                };
                Some(Entity::in_role(name, head))
            }
            Who::OrganisationRef { head, text } => {
                Some(self.organisation_called(head).copied().unwrap_or(Entity {
                    name: text,
                    kind: Kind::Organisation,
                    gender: Gender::Unknown,
                    // "the report" again is this one; "the statement" is not.
                    role: head,
                    team: "",
                    origin: "",
                    unowned: true,
                }))
            }
        }
    }

    /// The latest organisation whose name holds the noun ("the ministry" → "Foreign
    /// Ministry"); for a noun any organisation may be called ("the company", "the report"),
    /// the latest one.
    fn organisation_called(&self, noun: &str) -> Option<&Entity<'a>> {
        // Its name holds the noun, or the copy gave it as its kind ("Budget airline Ryanair"
        // … "the airline said").
        let named = self.organisations.iter().rev().find(|o| {
            o.role.eq_ignore_ascii_case(noun)
                || o.name
                    .split_whitespace()
                    .any(|w| w.eq_ignore_ascii_case(noun))
                || noun == "party" && words::names_party(o.name)
        });
        named.or_else(|| {
            (words::may_call_any_organisation(noun.as_bytes())
                || words::is_document_noun(noun.as_bytes()))
            .then(|| {
                // Not one called only by such a noun ("the report said"): "the statement
                // said" after it is not the report's.
                self.organisations.iter().rev().find(|o| !o.unowned)
            })
            .flatten()
        })
    }

    /// Remembers someone spoken of or speaking, for the pronouns and descriptions after.
    /// Records who spoke last.
    fn spoke(&mut self, entity: Entity<'a>) {
        self.last_speaker = Some((entity, self.paragraph));
        self.organisation_since_speaker = false;
    }

    fn attend(&mut self, entity: Entity<'a>) {
        let list = match entity.kind {
            Kind::Person | Kind::Role => &mut self.people,
            Kind::Organisation | Kind::Unknown => {
                self.organisation_since_speaker = true;
                &mut self.organisations
            }
        };
        // The same person is mostly the same slice of the copy: compare where before what.
        let same = |e: &Entity| {
            e.name.len() == entity.name.len()
                && (std::ptr::eq(e.name, entity.name) || e.name == entity.name)
        };
        if let Some(at) = list.iter().rposition(same) {
            let mut kept = list.remove(at).unwrap_or(entity);
            kept.gender = kept.gender.or(entity.gender);
            if !entity.role.is_empty() {
                kept.role = entity.role;
                kept.team = entity.team;
            }
            list.push_back(kept);
        } else {
            if list.len() == REMEMBERED {
                list.pop_front();
            }
            list.push_back(entity);
        }
    }
}

/// A name as a speaker is given: its white space folded, a nickname left out.
fn display(name: &str) -> String {
    let mut out = String::with_capacity(name.len());
    for (i, word) in name
        .split_whitespace()
        .filter(|w| !is_nickname(w))
        .enumerate()
    {
        if i > 0 {
            out.push(' ');
        }
        out.push_str(word);
    }
    out
}

/// The title printed before the name in a run ("Sen." in "Sen. Ted Cruz"), or none.
fn printed_title(run: &str) -> &str {
    let Some(title) = name_in(run)
        .filter(|n| n.titled)
        .map(|name| title_before(run, &name))
    else {
        return "";
    };
    // "Detective Inspector John Smith": a title of two words is both ("the detective", "the
    // inspector"); "Former President Donald Trump": a title once held is part of it.
    let end = title.as_ptr() as usize - run.as_ptr() as usize + title.len();
    let mut at = end - title.len();
    let word_before = |at: usize| run[..at].split_whitespace().next_back().unwrap_or("");
    let before = word_before(at);
    if words::capitalised_is(name_word(before), words::is_role_noun) {
        at = before.as_ptr() as usize - run.as_ptr() as usize;
    }
    if matches!(word_before(at), "Former" | "former") {
        at = word_before(at).as_ptr() as usize - run.as_ptr() as usize;
    }
    &run[at..end]
}

/// The capitalised word printed just before `role` in `text`, whose the role is: "Bolton" in
/// "Bolton boss Sam Allardyce" and in "the Bolton manager", "Arsenal" in "Arsenal's manager".
/// Empty when the role is not printed in `text` or no such word comes before it.
fn team_before<'a>(text: &'a str, role: &str) -> &'a str {
    let start = text.as_ptr() as usize;
    let Some(at) = (role.as_ptr() as usize).checked_sub(start) else {
        return "";
    };
    if role.is_empty() || at + role.len() > text.len() {
        return "";
    }
    let word = text[..at].trim_end().rsplit(' ').next().unwrap_or("");
    let word = word
        .strip_suffix("'s")
        .or_else(|| word.strip_suffix("’s"))
        .unwrap_or(word);
    match word.starts_with(char::is_uppercase) && word.chars().all(char::is_alphanumeric) {
        true => word,
        false => "",
    }
}

/// Whether `text` holds `word` as a whole word.
fn names_word(text: &str, word: &str) -> bool {
    let letter = |c: Option<char>| c.is_some_and(char::is_alphanumeric);
    text.match_indices(word).any(|(at, _)| {
        !letter(text[..at].chars().next_back()) && !letter(text[at + word.len()..].chars().next())
    })
}

/// The common noun for an organisation in how a spokesperson is printed ("bank" in "bank
/// spokesman", "company" in "spokesman for the company"): the last one other than the
/// speaker's own noun.
fn organisation_noun<'a>(printed: &'a str, head: &str) -> Option<&'a str> {
    printed
        .split_whitespace()
        .rev()
        .find(|w| *w != head && words::is_organisation_noun(w.as_bytes()))
}

/// Characters that no role's words hold.
const MARKS_AND_BRACKETS: [char; 8] = ['"', '“', '”', '(', ')', '[', ']', '<'];

/// A word that ranks a spokesperson rather than says whom they speak for ("a senior
/// spokesman").
fn is_rank(word: &str) -> bool {
    matches!(
        word,
        "senior" | "chief" | "top" | "deputy" | "official" | "another" | "second"
    )
}
