//! Templates: the layout around a writer's body, in Jinja syntax (minijinja).
//!
//! The defaults in `templates/` are built into the binary; `--template FILE` replaces the one
//! for the output format. Undefined variables are errors, so a misspelt name is caught with the
//! template's name and line. Values arrive already escaped for the format, so auto-escaping is off.

use crate::error::{Error, Result};
use crate::format::OutputFormat;
use minijinja::{AutoEscape, Environment, UndefinedBehavior, Value};
use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::sync::{Arc, LazyLock, Mutex};

/// The built-in template of a format, as `-D FORMAT` prints it; JSON has none.
pub fn builtin(format: OutputFormat) -> Option<&'static str> {
    format.writer().template()
}

/// The built-in templates a name chooses (`--template hugo`): Markdown pages with a static-site
/// generator's front matter.
pub fn named(name: &str) -> Option<(OutputFormat, &'static str)> {
    match name {
        "hugo" => Some((
            OutputFormat::Markdown,
            include_str!("../templates/hugo.md.j2"),
        )),
        "jekyll" => Some((
            OutputFormat::Markdown,
            include_str!("../templates/jekyll.md.j2"),
        )),
        _ => None,
    }
}

/// Renders the format's template (the user's file, else the built-in one) with a context.
/// Each template is read and compiled once per process, however many articles it wraps.
pub fn render_to(
    format: OutputFormat,
    user_template: Option<&Path>,
    context: &Value,
    out: &mut dyn std::io::Write,
) -> Result<()> {
    let key = (format, user_template.map(Path::to_owned));
    let compiled = {
        let mut cache = CACHE.lock().unwrap_or_else(|e| e.into_inner());
        match cache.get(&key) {
            Some(compiled) => compiled.clone(),
            None => {
                let compiled = Arc::new(compile(format, user_template)?);
                cache.insert(key, compiled.clone());
                compiled
            }
        }
    };
    let (name, env) = compiled.as_ref();
    let template = env
        .get_template(name)
        .map_err(|e| template_error(name, &e))?;
    template
        .render_captured_to(context, out)
        .map_err(|e| template_error(name, &e))?;
    Ok(())
}

/// A compiled template: its name and the environment holding it.
type Compiled = Arc<(String, Environment<'static>)>;
/// Which template: the format, and the user's file if any.
type TemplateKey = (OutputFormat, Option<PathBuf>);
/// Compiled templates, once per process.
static CACHE: LazyLock<Mutex<HashMap<TemplateKey, Compiled>>> = LazyLock::new(Default::default);

/// Reads and compiles the template for a format: the user's file, else the built-in one.
fn compile(
    format: OutputFormat,
    user_template: Option<&Path>,
) -> Result<(String, Environment<'static>)> {
    let named = user_template
        .and_then(Path::to_str)
        .and_then(|name| named(name).map(|found| (name, found)));
    if let Some((name, (for_format, source))) = named {
        if for_format != format {
            return Err(Error::InvalidOption(format!(
                "template {name} is for {for_format} output, not {format}"
            )));
        }
        let name = format!("built-in {name} template");
        let env = environment(&name, source.to_owned())?;
        return Ok((name, env));
    }
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
    let env = environment(&name, source)?;
    Ok((name, env))
}

/// Renders template text; errors carry the template's name and line.
pub fn render_source(name: &str, source: &str, context: Value) -> Result<String> {
    let env = environment(name, source.to_owned())?;
    let template = env
        .get_template(name)
        .map_err(|e| template_error(name, &e))?;
    template
        .render(context)
        .map_err(|e| template_error(name, &e))
}

/// An environment holding one template, configured as copydesk renders: undefined variables
/// are errors, no auto-escaping (values come escaped), trailing newlines kept.
fn environment(name: &str, source: String) -> Result<Environment<'static>> {
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
    env.add_template_owned(name.to_owned(), source)
        .map_err(|e| template_error(name, &e))?;
    Ok(env)
}

fn template_error(name: &str, error: &minijinja::Error) -> Error {
    Error::Template {
        name: name.to_owned(),
        message: describe(error),
    }
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
