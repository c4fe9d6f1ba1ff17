//! Templates: the layout around a writer's body, in Jinja syntax (minijinja).
//!
//! The defaults in `templates/` are built into the binary; `--template FILE` replaces the one
//! for the output format. Undefined variables are errors, so a misspelt name is caught with the
//! template's name and line. Values arrive already escaped for the format, so auto-escaping is off.

use crate::error::{Error, Result};
use crate::format::OutputFormat;
use minijinja::{AutoEscape, Environment, UndefinedBehavior, Value};
use std::path::Path;

/// The built-in template of a format, as `-D FORMAT` prints it; JSON has none.
pub fn builtin(format: OutputFormat) -> Option<&'static str> {
    match format {
        OutputFormat::Markdown => Some(include_str!("../templates/markdown.md.j2")),
        OutputFormat::Frontmatter => Some(include_str!("../templates/frontmatter.yaml.j2")),
        OutputFormat::Newsml => Some(include_str!("../templates/newsml.xml.j2")),
        OutputFormat::Json => None,
    }
}

/// Renders the format's template (the user's file, else the built-in one) with a context.
pub fn render(
    format: OutputFormat,
    user_template: Option<&Path>,
    context: Value,
) -> Result<String> {
    let (name, source) = match user_template {
        Some(path) => (
            path.display().to_string(),
            std::fs::read_to_string(path).map_err(|e| Error::Template {
                name: path.display().to_string(),
                message: e.to_string(),
            })?,
        ),
        None => (
            format!("built-in {format} template"),
            builtin(format)
                .ok_or_else(|| Error::InvalidOption(format!("{format} output has no template")))?
                .to_owned(),
        ),
    };
    render_source(&name, &source, context)
}

/// Renders template text; errors carry the template's name and line.
pub fn render_source(name: &str, source: &str, context: Value) -> Result<String> {
    let mut env = Environment::new();
    env.set_undefined_behavior(UndefinedBehavior::Strict);
    env.set_auto_escape_callback(|_| AutoEscape::None);
    env.set_keep_trailing_newline(true);
    // Booleans print as the data formats spell them (`true`, not Python's `True`); an absent
    // value prints as nothing rather than `none`.
    env.set_formatter(|out, state, value| {
        if value.kind() == minijinja::value::ValueKind::Bool {
            out.write_str(if value.is_true() { "true" } else { "false" })?;
            Ok(())
        } else if value.is_none() {
            Ok(())
        } else {
            minijinja::escape_formatter(out, state, value)
        }
    });
    let to_error = |e: minijinja::Error| Error::Template {
        name: name.to_owned(),
        message: describe(&e),
    };
    env.add_template(name, source).map_err(to_error)?;
    let template = env.get_template(name).map_err(to_error)?;
    template.render(context).map_err(to_error)
}

/// A minijinja error as one line: what, and the line it happened on.
fn describe(error: &minijinja::Error) -> String {
    let what = error
        .detail()
        .map(|d| format!("{}: {d}", error.kind()))
        .unwrap_or_else(|| error.kind().to_string());
    match error.line() {
        Some(line) => format!("line {line}: {what}"),
        None => what,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn unknown_variables_are_errors_with_a_line() {
        let err = render_source("t.txt", "ok\n{{ titel }}", Value::from(())).unwrap_err();
        let message = err.to_string();
        assert!(
            message.contains("t.txt") && message.contains("line 2"),
            "{message}"
        );
    }

    #[test]
    fn booleans_print_lower_case_and_absent_values_as_nothing() {
        let context = Value::from_serialize(serde_json::json!({"n": [1, 2], "t": null}));
        let out = render_source("t", "{{ n | length > 0 }}|{{ t }}|{{ false }}", context).unwrap();
        assert_eq!(out, "true||false");
    }

    #[test]
    fn syntax_errors_name_the_line() {
        let err = render_source("t.txt", "a\nb\n{% if %}", Value::from(())).unwrap_err();
        assert!(err.to_string().contains("line 3"), "{err}");
    }
}
