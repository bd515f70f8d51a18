//! `parley serve`: reads the flags into a `serve::Config`, opens the store, starts the library's
//! server and waits for Ctrl-C. The server's URL parameters for the timeline and the exports are
//! the command line's options: they are read here, with clap, as the command line is (the same
//! names, checks and messages).

use std::io::Write;
use std::net::{SocketAddr, ToSocketAddrs};
use std::path::Path;
use std::time::Duration;

use anyhow::Context;
use clap::Parser;

use super::args::{ExportArgs, ServeArgs, TimelineArgs};
use super::{output, Outcome};
use crate::serve;
use crate::store::{Access, ParleyStore};
use crate::{export, timeline};

pub fn run(args: ServeArgs, store_dir: &Path, command: &str) -> anyhow::Result<Outcome> {
    let addrs: Vec<SocketAddr> = args
        .bind
        .to_socket_addrs()
        .with_context(|| format!("--bind {}: expected HOST:PORT", args.bind))?
        .collect();
    let addr = *addrs
        .first()
        .with_context(|| format!("--bind {}: no address", args.bind))?;
    let access = if args.allow_update {
        Access::ReadWrite
    } else {
        Access::Read
    };
    // readers share the store with the server; a writer refused is told where it answers
    let mut local = addr;
    if local.ip().is_unspecified() {
        local.set_ip(std::net::Ipv4Addr::LOCALHOST.into());
    }
    let holder = crate::lock::Holder {
        command: command.to_string(),
        url: Some(format!("http://{local}/")),
    };
    let store = ParleyStore::open_as(store_dir, access, &holder)?
        .with_label_lang(args.labels.label_lang.clone());
    let config = serve::Config {
        addr,
        allow_update: args.allow_update,
        timeout: (args.timeout > 0).then(|| Duration::from_secs(args.timeout)),
        max_bytes: args.max_request_kb.saturating_mul(1024),
        cors: args.cors.clone(),
        max_connections: args.max_connections,
        max_memory: match args.max_memory_mb {
            0 => serve::half_of_the_memory(),
            mb => Some(mb << 20),
        },
        report: output::error,
    };
    let running = serve::start(config, store, Box::new(Options))?;
    super::catch_interrupts("stopping the server (Ctrl-C again to stop at once)");
    if !addr.ip().is_loopback() {
        output::error(&format!(
            "{addr} is not a loopback address: anyone who can reach this machine can query the store"
        ));
    }
    output::error(&format!(
        "serving {} at http://{addr}/ (SPARQL endpoint http://{addr}/query{}); Ctrl-C stops",
        store_dir.display(),
        if args.allow_update {
            ", updates at /update"
        } else {
            ", read-only"
        }
    ));
    while !super::interrupted() {
        std::thread::sleep(Duration::from_millis(100));
    }
    running.stop()?;
    Ok(Outcome::Success)
}

/// The server's URL parameters read as command-line options.
struct Options;

impl serve::Frontend for Options {
    fn timeline_request(
        &self,
        params: &[(String, String)],
    ) -> Result<(timeline::Request, Option<timeline::Format>), String> {
        #[derive(Parser)]
        #[command(name = "timeline", disable_help_flag = true)]
        struct Request {
            #[command(flatten)]
            args: TimelineArgs,
        }
        let args = options::<Request>("timeline", params, &[], &["output"])?.args;
        Ok((args.request(), args.format.map(timeline::Format::from)))
    }

    fn export_request(&self, params: &[(String, String)]) -> Result<export::Request, String> {
        #[derive(Parser)]
        #[command(name = "export", disable_help_flag = true)]
        struct Request {
            #[command(flatten)]
            args: ExportArgs,
        }
        let args = options::<Request>(
            "export",
            params,
            &["aggregate", "by-country"],
            &["output", "format"],
        )?
        .args;
        Ok(args.request())
    }

    fn write_table(
        &self,
        mut out: &mut dyn Write,
        header: &[String],
        rows: &[Vec<String>],
    ) -> std::io::Result<()> {
        output::write_table(&mut out, header, rows)
    }
}

/// The command-line options a URL's parameters stand for (`actor=X` is `--actor=X`, `by_country`
/// or `by-country` a flag when its value is empty, 1, true, yes or on), parsed as the command line
/// is: the same names, checks and messages.
fn options<P: Parser>(
    command: &str,
    params: &[(String, String)],
    flags: &[&str],
    refused: &[&str],
) -> Result<P, String> {
    let mut argv = vec![command.to_string()];
    for (k, v) in params {
        let k = k.replace('_', "-");
        if refused.contains(&k.as_str()) {
            return Err(format!("{k} cannot be given here"));
        }
        if flags.contains(&k.as_str()) {
            match v.to_ascii_lowercase().as_str() {
                "" | "1" | "true" | "yes" | "on" => argv.push(format!("--{k}")),
                "0" | "false" | "no" | "off" => {}
                _ => return Err(format!("{k}={v}: expected true or false")),
            }
        } else {
            argv.push(format!("--{k}={v}"));
        }
    }
    P::try_parse_from(argv).map_err(|e| {
        let text = e.render().to_string();
        let first = text.lines().next().unwrap_or("bad parameters");
        first.trim_start_matches("error: ").to_string()
    })
}
