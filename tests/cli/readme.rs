//! The documentation runs as written: the README's tutorial is run command by command and must
//! print what the README shows; the command lines of docs/ that need only the examples run; every
//! `parley COMMAND --option` named in README.md and docs/ exists; every relative link of README.md
//! and docs/ leads to a file (and heading) that exists.
//!
//! The tutorial is the `console` block(s) under `## Tutorial`: a line `$ parley …` is a command,
//! the lines after it (up to the next `$ ` line) are the first lines it prints, standard output
//! then standard error, on a terminal 100 columns wide. A command shown printing a table (its
//! second line a rule of dashes) is run with `--format table`, which is what a terminal gets.
//! Commands are split on spaces: no quotes and no shell syntax.

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};
use std::process::Command;

use super::{root, BIN};

/// One command of the tutorial: its arguments (after `parley`) and the lines it is shown printing.
#[derive(Debug)]
struct Step {
    line: String,
    args: Vec<String>,
    shown: Vec<String>,
}

/// The text of the section under `heading` (up to the next `## ` heading).
fn section<'a>(text: &'a str, heading: &str) -> &'a str {
    let start = text
        .find(&format!("\n{heading}\n"))
        .unwrap_or_else(|| panic!("README.md has no {heading:?} section"));
    let rest = &text[start + 1 + heading.len()..];
    match rest.find("\n## ") {
        Some(end) => &rest[..end],
        None => rest,
    }
}

fn tutorial(readme: &str) -> Vec<Step> {
    let mut steps: Vec<Step> = Vec::new();
    let mut in_console = false;
    for line in section(readme, "## Tutorial").lines() {
        if line.starts_with("```") {
            in_console = !in_console && line.trim() == "```console";
            continue;
        }
        if !in_console {
            continue;
        }
        if let Some(command) = line.strip_prefix("$ ") {
            assert!(
                !command.contains(['\'', '"', '|', '<', '>', ';', '&', '$', '`', '*']),
                "tutorial commands are plain words: {command}"
            );
            let words: Vec<String> = command.split_whitespace().map(str::to_string).collect();
            assert_eq!(
                words[0], "parley",
                "a tutorial command runs parley: {command}"
            );
            steps.push(Step {
                line: command.to_string(),
                args: words[1..].to_vec(),
                shown: Vec::new(),
            });
        } else {
            let step = steps
                .last_mut()
                .unwrap_or_else(|| panic!("output before any command: {line}"));
            step.shown.push(line.trim_end().to_string());
        }
    }
    steps
}

fn copy_dir(from: &Path, to: &Path) {
    std::fs::create_dir_all(to).unwrap();
    for entry in std::fs::read_dir(from).unwrap() {
        let entry = entry.unwrap();
        let target = to.join(entry.file_name());
        if entry.file_type().unwrap().is_dir() {
            copy_dir(&entry.path(), &target);
        } else {
            std::fs::copy(entry.path(), target).unwrap();
        }
    }
}

/// The tutorial, run in a fresh directory holding a copy of `examples/`: every command succeeds,
/// prints what the README shows, and writes the files it names, of the kind the README says.
#[test]
fn the_readme_tutorial_runs_as_written() {
    let readme = std::fs::read_to_string(root().join("README.md")).unwrap();
    let steps = tutorial(&readme);
    assert!(steps.len() >= 4, "{steps:?}");
    assert!(steps.iter().any(|s| s.args[0] == "ingest"));
    let dir = tempfile::tempdir().unwrap();
    copy_dir(&root().join("examples"), &dir.path().join("examples"));
    let mut written = Vec::new();
    for step in &steps {
        let mut args = step.args.clone();
        let is_table = step
            .shown
            .get(1)
            .is_some_and(|l| !l.is_empty() && l.chars().all(|c| c == '-' || c == ' '));
        if is_table && !args.iter().any(|a| a == "--format") {
            args.extend(["--format".to_string(), "table".to_string()]);
        }
        let out = Command::new(BIN)
            .args(&args)
            .current_dir(dir.path())
            .env_remove("PARLEY_STORE")
            .env("COLUMNS", "100")
            .output()
            .unwrap();
        let stdout = String::from_utf8_lossy(&out.stdout);
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert!(
            out.status.success(),
            "README tutorial: `{}` failed ({}): {stderr}",
            step.line,
            out.status
        );
        let printed: Vec<&str> = stdout
            .lines()
            .chain(stderr.lines())
            .map(str::trim_end)
            .collect();
        let n = step.shown.len().min(printed.len());
        assert!(
            step.shown.len() <= printed.len() && step.shown[..] == printed[..n],
            "README tutorial: `{}` prints, as its first {} lines:\n{}\n\nbut the README shows:\n{}\n",
            step.line,
            step.shown.len(),
            printed[..step.shown.len().min(printed.len())].join("\n"),
            step.shown.join("\n"),
        );
        if let Some(i) = args.iter().position(|a| a == "--output" || a == "-o") {
            let file = dir.path().join(&args[i + 1]);
            let text = std::fs::read_to_string(&file)
                .unwrap_or_else(|e| panic!("`{}` wrote no {}: {e}", step.line, file.display()));
            written.push((args[i + 1].clone(), text));
        }
    }
    // the files the README describes, with the figures it gives
    let flat = readme.split_whitespace().collect::<Vec<_>>().join(" ");
    let graphml = written
        .iter()
        .find(|(name, _)| name.ends_with(".graphml"))
        .expect("the tutorial writes a GraphML file");
    assert!(graphml.1.contains("<graphml"), "{}", graphml.0);
    let nodes = graphml.1.matches("<node ").count();
    let edges = graphml.1.matches("<edge ").count();
    assert!(
        flat.contains(&format!("`{}` holds {nodes} nodes", graphml.0))
            && flat.contains(&format!("and {edges} edges")),
        "the README should say that {} holds {nodes} nodes and {edges} edges",
        graphml.0
    );
    let html = written
        .iter()
        .find(|(name, _)| name.ends_with(".html"))
        .expect("the tutorial writes an HTML timeline");
    assert!(
        html.1.starts_with("<!DOCTYPE html>") && html.1.contains("class=\"entry\""),
        "{}",
        html.0
    );
    assert!(flat.contains(&format!("`{}` is one self-contained page", html.0)));
    assert!(readme.contains("![") && root().join("docs/timeline.png").exists());
    let readme_chars = readme.chars().count();
    assert!(
        readme_chars <= 15_000,
        "README.md: {readme_chars} characters"
    );
}

/// The commands, and the options of each, that `parley --help` lists.
fn commands() -> BTreeMap<String, String> {
    let help = |args: &[&str]| -> String {
        let out = Command::new(BIN).args(args).output().unwrap();
        assert!(out.status.success(), "{args:?}");
        String::from_utf8(out.stdout).unwrap()
    };
    let top = help(&["--help"]);
    let names: Vec<String> = top
        .lines()
        .skip_while(|l| !l.starts_with("Commands:"))
        .skip(1)
        .take_while(|l| !l.trim().is_empty())
        .filter_map(|l| l.split_whitespace().next().map(str::to_string))
        .filter(|n| n != "help")
        .collect();
    assert!(names.len() >= 10, "{top}");
    names
        .into_iter()
        .map(|n| {
            let text = help(&[&n, "--help"]);
            (n, text)
        })
        .collect()
}

/// README.md and the Markdown files of docs/.
fn documents() -> Vec<PathBuf> {
    let mut files = vec![root().join("README.md")];
    let mut docs: Vec<PathBuf> = std::fs::read_dir(root().join("docs"))
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "md"))
        .collect();
    docs.sort();
    assert!(docs.len() >= 5, "{docs:?}");
    files.extend(docs);
    files
}

/// A piece of code in a Markdown text.
struct Fragment {
    code: String,
    /// an inline code span (else a line of a fenced or indented block)
    inline: bool,
    /// the heading of its section
    heading: String,
}

/// The code of a Markdown text: the lines of fenced and indented blocks, and inline code spans,
/// which may run over two lines of a paragraph.
fn code_fragments(text: &str) -> Vec<Fragment> {
    let mut out = Vec::new();
    let mut fenced = false;
    let mut paragraph = String::new();
    let mut heading = String::new();
    let span = regex::Regex::new(r"`([^`]+)`").unwrap();
    let spans = |paragraph: &mut String, heading: &str, out: &mut Vec<Fragment>| {
        for c in span.captures_iter(paragraph) {
            out.push(Fragment {
                code: c[1].split_whitespace().collect::<Vec<_>>().join(" "),
                inline: true,
                heading: heading.to_string(),
            });
        }
        paragraph.clear();
    };
    for line in text.lines() {
        if line.trim_start().starts_with("```") {
            spans(&mut paragraph, &heading, &mut out);
            fenced = !fenced;
        } else if fenced || line.starts_with("    ") {
            out.push(Fragment {
                code: line.trim().trim_start_matches("$ ").to_string(),
                inline: false,
                heading: heading.clone(),
            });
        } else if line.trim().is_empty() || line.starts_with('|') || line.starts_with('#') {
            // a table row or a heading is a paragraph of its own
            spans(&mut paragraph, &heading, &mut out);
            if line.starts_with('#') {
                heading = line.to_string();
            }
            paragraph.push_str(line);
            spans(&mut paragraph, &heading, &mut out);
        } else {
            paragraph.push(' ');
            paragraph.push_str(line);
        }
    }
    spans(&mut paragraph, &heading, &mut out);
    out
}

/// `parley SUBCOMMAND --option …` in README.md and docs/, `SUBCOMMAND --option` in inline code,
/// and `--option` in inline code under a heading that names `parley SUBCOMMAND`: the subcommand
/// exists and its `--help` lists each option.
#[test]
fn every_command_and_option_the_documentation_names_exists() {
    let commands = commands();
    let ends = ["|", ">", "<", "&&", ";", "\\", "2>&1", "||"];
    let mut checked = BTreeSet::new();
    let heading_command = regex::Regex::new(r"`parley ([a-z]+)").unwrap();
    // whether a command's help lists an option
    let lists = |help: &str, flag: &str| {
        regex::Regex::new(&format!(r"(^|[\s,`]){}([\s=,`]|$)", regex::escape(flag)))
            .unwrap()
            .is_match(help)
    };
    let mut problems = Vec::new();
    for file in documents() {
        let text = std::fs::read_to_string(&file).unwrap();
        let name = file.strip_prefix(root()).unwrap().display().to_string();
        for Fragment {
            code: fragment,
            inline,
            heading,
        } in code_fragments(&text)
        {
            // a shell comment is not part of the command
            let words: Vec<&str> = fragment
                .split_whitespace()
                .take_while(|w| !w.starts_with('#'))
                .collect();
            // where a command starts: after `parley` (its global options skipped), or at the
            // start of inline code that reads `SUBCOMMAND --option`
            let mut starts = Vec::new();
            for (i, w) in words.iter().enumerate() {
                if *w == "parley" {
                    let mut j = i + 1;
                    while j < words.len() && words[j].starts_with('-') {
                        j += if words[j] == "--store" { 2 } else { 1 };
                    }
                    match words.get(j) {
                        Some(sub) if commands.contains_key(*sub) => starts.push(j),
                        Some(sub) if sub.chars().all(|c| c.is_ascii_lowercase()) => {
                            problems.push(format!("{name}: `{fragment}`: no command {sub:?}"))
                        }
                        _ => {}
                    }
                }
            }
            if inline
                && words.len() >= 2
                && commands.contains_key(words[0])
                && words[1].starts_with("--")
            {
                starts.push(0);
            }
            // an option alone, in a section about one or more commands: an option of one of them
            let section: Vec<&str> = heading_command
                .captures_iter(&heading)
                .filter_map(|c| c.get(1))
                .map(|m| m.as_str())
                .filter(|c| commands.contains_key(*c))
                .collect();
            if inline && starts.is_empty() && !section.is_empty() {
                for w in words.iter().filter(|w| w.starts_with("--") && w.len() > 2) {
                    let flag = w.split(['=', ',', ')', '`']).next().unwrap();
                    if !section.iter().any(|c| lists(&commands[*c], flag)) {
                        problems.push(format!(
                            "{name}: `{fragment}` under {heading:?}: no command of that section has {flag}"
                        ));
                    }
                    checked.insert(format!("{} {flag}", section.join("|")));
                }
            }
            for start in starts {
                let sub = words[start];
                let help = &commands[sub];
                for w in words[start + 1..].iter().take_while(|w| !ends.contains(w)) {
                    let Some(option) = w.strip_prefix("--") else {
                        continue;
                    };
                    let option = option.split(['=', ',', ')', '`']).next().unwrap();
                    let flag = format!("--{option}");
                    if !lists(help, &flag) {
                        problems.push(format!(
                            "{name}: `{fragment}`: `parley {sub}` has no {flag}"
                        ));
                    }
                    checked.insert(format!("{sub} {flag}"));
                }
            }
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
    assert!(
        checked.len() >= 40,
        "only {} options checked: {checked:?}",
        checked.len()
    );
}

/// A heading's anchor as GitHub makes it: lower case, spaces as hyphens, punctuation dropped.
fn anchor(heading: &str) -> String {
    heading
        .trim()
        .to_lowercase()
        .chars()
        .filter_map(|c| match c {
            ' ' => Some('-'),
            c if c.is_alphanumeric() || c == '-' || c == '_' => Some(c),
            _ => None,
        })
        .collect()
}

/// Every relative link of README.md and docs/ leads to a file that exists, and its `#anchor` to a
/// heading of that file.
#[test]
fn every_link_of_the_documentation_leads_somewhere() {
    let link = regex::Regex::new(r"\]\(([^)\s]+)\)").unwrap();
    let mut problems = Vec::new();
    let mut seen = 0;
    for file in documents() {
        let text = std::fs::read_to_string(&file).unwrap();
        let name = file.strip_prefix(root()).unwrap().display().to_string();
        for c in link.captures_iter(&text) {
            let target = &c[1];
            if target.contains("://") || target.starts_with("mailto:") {
                continue;
            }
            seen += 1;
            let (path, fragment) = target.split_once('#').unwrap_or((target, ""));
            let linked = if path.is_empty() {
                file.clone()
            } else {
                file.parent().unwrap().join(path)
            };
            if !linked.exists() {
                problems.push(format!("{name}: {target}: no such file"));
                continue;
            }
            if !fragment.is_empty() {
                let headings: Vec<String> = std::fs::read_to_string(&linked)
                    .unwrap()
                    .lines()
                    .filter(|l| l.starts_with('#'))
                    .map(|l| anchor(l.trim_start_matches('#')))
                    .collect();
                if !headings.iter().any(|h| h == fragment) {
                    problems.push(format!("{name}: {target}: no such heading"));
                }
            }
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
    assert!(seen >= 10, "{seen} links");
}

/// The command lines of docs/ that need nothing but `examples/` and `../shared` (no shell syntax,
/// no server, no remote store, no file that stands for the reader's own) run on a store of the
/// examples, in a copy of the repository's place beside `../shared`, and succeed.
#[test]
fn the_documentation_commands_that_need_only_the_examples_run() {
    let top = tempfile::tempdir().unwrap();
    let dir = top.path().join("parley");
    copy_dir(&root().join("examples"), &dir.join("examples"));
    if let Some(shared) = super::shared("eval") {
        std::os::unix::fs::symlink(shared.parent().unwrap(), top.path().join("shared")).unwrap();
    }
    let run = |args: &[String]| {
        Command::new(BIN)
            .args(args)
            .current_dir(&dir)
            .env_remove("PARLEY_STORE")
            .output()
            .unwrap()
    };
    assert!(run(&["ingest".into(), "examples".into()]).status.success());
    let file_like = regex::Regex::new(r"/|\.[a-z]{2,5}$").unwrap();
    let outputs = ["--output", "-o"];
    let mut ran = Vec::new();
    for file in documents().into_iter().skip(1) {
        let text = std::fs::read_to_string(&file).unwrap();
        for fragment in code_fragments(&text).into_iter().filter(|f| !f.inline) {
            let line = fragment.code.split(" #").next().unwrap().trim();
            let Some(command) = line.strip_prefix("parley ") else {
                continue;
            };
            if command.contains(['|', '<', '>', '\'', '"', '$', '\\', '*', '`'])
                || command.contains("--remote")
                || ["serve", "push"].contains(&command.split(' ').next().unwrap())
            {
                continue;
            }
            let args: Vec<String> = command.split_whitespace().map(str::to_string).collect();
            // a file or directory to read that the examples do not have is the reader's own
            let reads_other_files = args.iter().enumerate().any(|(i, a)| {
                let written = i > 0 && outputs.contains(&args[i - 1].as_str());
                let read = !a.starts_with('-') && !written;
                read && file_like.is_match(a) && !dir.join(a).exists()
            });
            if reads_other_files {
                continue;
            }
            let out = run(&args);
            assert!(
                out.status.success(),
                "{}: `{line}` failed: {}",
                file.display(),
                String::from_utf8_lossy(&out.stderr)
            );
            ran.push(line.to_string());
        }
    }
    assert!(ran.len() >= 12, "only {} commands ran: {ran:#?}", ran.len());
}
