//! Templates: the layout around a writer's body, in Jinja syntax (minijinja).
//!
//! The defaults in `templates/` are built into the binary; `--template FILE` replaces the one
//! for the output format. Undefined variables are errors, so a misspelt name is caught with the
//! template's name and line. Values arrive already escaped for the format, so auto-escaping is off.

use crate::error::{Error, Result};
use crate::format::OutputFormat;
use minijinja::{AutoEscape, Environment, UndefinedBehavior, Value};
use std::collections::HashMap;
use std::path::Path;
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

/// A user's template, read and compiled once where the run starts (`--template FILE|NAME`) and
/// carried in the write options: writers never read a file.
#[derive(Clone)]
pub struct Template {
    /// The output format a named built-in page is for; a file serves whichever is written.
    for_format: Option<OutputFormat>,
    compiled: Compiled,
}

impl std::fmt::Debug for Template {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_tuple("Template").field(&self.compiled.0).finish()
    }
}

impl Template {
    /// Reads and compiles a template file, or chooses a named built-in page (`hugo`,
    /// `jekyll`).
    pub fn load(spec: &Path) -> Result<Template> {
        if let Some((name, (format, source))) = spec
            .to_str()
            .and_then(|name| named(name).map(|found| (name, found)))
        {
            let name = format!("built-in {name} template");
            let env = environment(&name, source.to_owned())?;
            return Ok(Template {
                for_format: Some(format),
                compiled: Arc::new((name, env)),
            });
        }
        let name = spec.display().to_string();
        let source = std::fs::read_to_string(spec).map_err(|e| Error::Template {
            name: name.clone(),
            message: e.to_string(),
        })?;
        let env = environment(&name, source)?;
        Ok(Template {
            for_format: None,
            compiled: Arc::new((name, env)),
        })
    }
}

/// Renders a format's template with a context: the user's, else the built-in one.
pub fn render_to(
    format: OutputFormat,
    user_template: Option<&Template>,
    context: &Value,
    out: &mut dyn std::io::Write,
) -> Result<()> {
    let compiled = match user_template {
        Some(template) => {
            if let Some(for_format) = template.for_format.filter(|&f| f != format) {
                return Err(Error::InvalidOption(format!(
                    "{} is for {for_format} output, not {format}",
                    template.compiled.0
                )));
            }
            template.compiled.clone()
        }
        None => builtin_compiled(format)?,
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

/// The built-in template of a format, compiled once per process from the text built into the
/// binary (a constant: no file is read).
fn builtin_compiled(format: OutputFormat) -> Result<Compiled> {
    static BUILT_IN: LazyLock<Mutex<HashMap<OutputFormat, Compiled>>> =
        LazyLock::new(Default::default);
    let mut compiled = BUILT_IN.lock().unwrap_or_else(|e| e.into_inner());
    if let Some(found) = compiled.get(&format) {
        return Ok(found.clone());
    }
    let source = builtin(format)
        .ok_or_else(|| Error::InvalidOption(format!("{format} output has no template")))?;
    let name = format!("built-in {format} template");
    let env = environment(&name, source.to_owned())?;
    let found = Arc::new((name, env));
    compiled.insert(format, found.clone());
    Ok(found)
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
