//! Quotation speakers on the labelled corpus (`../shared/corpus/speakers.jsonl`) stay above
//! the floors issue 13 set: the same scoring as `cargo run --example evaluate -- --speakers`.

mod common;
#[allow(dead_code)]
#[path = "../examples/evaluate/speakers.rs"]
mod speakers;

#[test]
fn speakers_on_the_labelled_corpus_stay_above_the_floors() {
    let corpus = common::shared().join("corpus");
    let labels = speakers::labels(&corpus.join("speakers.jsonl"));
    assert!(labels.len() >= 300, "speakers.jsonl looks incomplete");
    let report = speakers::evaluate(&corpus, &labels, common::parse);
    let org = report.by_kind["org"];
    let misses = report.misses.join("\n");
    assert!(
        report.all.found_rate() >= 0.97,
        "found {:.3}\n{misses}",
        report.all.found_rate()
    );
    assert!(
        report.people.right_rate() >= 0.90,
        "people right {:.3}\n{misses}",
        report.people.right_rate()
    );
    assert!(
        org.right_rate() >= 0.70,
        "organisations right {:.3}\n{misses}",
        org.right_rate()
    );
    assert!(
        report.all.wrong_rate() <= 0.03,
        "wrong {:.3}\n{misses}",
        report.all.wrong_rate()
    );
}

#[test]
fn the_scoring_counts_a_misspelt_name_as_the_person_and_a_partial_one_as_wrong() {
    assert!(speakers::same_name(
        "Volodymyr Zelesnkyy",
        "Volodymyr  zelenskyy"
    ));
    assert!(speakers::same_name("Lydia Buchtmann", "Lydia Bauchtman"));
    assert!(!speakers::same_name("Jen Psaki", "Psaki"));
    assert!(
        !speakers::same_name("Bush", "Rush"),
        "too short to tell a misspelling"
    );
}
