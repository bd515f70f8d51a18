//! The `parley` binary: parse arguments, run, map the outcome to an exit code.

use std::process::ExitCode;

use parley::cli::{self, Outcome};

// Extraction allocates many small strings; mimalloc makes it about a fifth faster than glibc's
// allocator (see docs/performance.md).
#[cfg(target_os = "linux")]
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn main() -> ExitCode {
    match cli::run(std::env::args_os().collect()) {
        Ok(Outcome::Success) => ExitCode::SUCCESS,
        Ok(Outcome::Skipped) => ExitCode::from(1),
        Ok(Outcome::Interrupted) => ExitCode::from(130),
        Err(e) => {
            // a closed pipe (`parley query … | head`) is not an error
            let broken_pipe = e.chain().any(|c| {
                c.downcast_ref::<std::io::Error>()
                    .is_some_and(|io| io.kind() == std::io::ErrorKind::BrokenPipe)
            });
            if broken_pipe {
                return ExitCode::SUCCESS;
            }
            cli::output::error(&format!("{e:#}"));
            ExitCode::from(2)
        }
    }
}
