//! The command line, node-compatible wherever node has the same flag.
//!
//!   sandnode [options] FILE [args...]
//!   sandnode [options] run FILE [args...]
//!   sandnode [options] -e CODE [args...]
//!   sandnode [options] -p CODE [args...]
//!   sandnode [options] - [args...]         (script on stdin; also when stdin is a pipe)

use crate::launch::{DEFAULT_MAX_MEMORY, Launch, Mode, Preopen, project_root};
use clap::Parser;
use std::io::IsTerminal as _;
use std::path::{Path, PathBuf};
use wasmtime::{Result, bail, format_err};

/// The Node.js release whose API sandnode follows.
pub const NODE_VERSION: &str = "v22.23.3";

#[derive(Parser, Debug)]
#[command(
    name = "sandnode",
    about = "Run Node.js programs inside a WebAssembly sandbox",
    disable_version_flag = true,
    override_usage = "sandnode [options] FILE [args...]\n       \
                      sandnode [options] run FILE [args...]\n       \
                      sandnode [options] -e CODE [args...]\n       \
                      sandnode [options] -p CODE [args...]\n       \
                      sandnode [options] - [args...]   (or pipe the script into stdin)",
    after_help = "By default a program may read its own project (the script's directory, \
                  widened to the nearest ancestor with a package.json) and nothing else: \
                  no writes, no network, no environment variables.\n\n\
                  Compiled code is cached in $SANDNODE_CACHE_DIR, else $XDG_CACHE_HOME/sandnode, \
                  else ~/.cache/sandnode."
)]
pub struct Cli {
    /// Evaluate CODE as a script
    #[arg(
        short = 'e',
        long = "eval",
        value_name = "CODE",
        conflicts_with = "print"
    )]
    pub eval: Option<String>,

    /// Evaluate CODE and print the result
    #[arg(short = 'p', long = "print", value_name = "CODE")]
    pub print: Option<String>,

    /// Print sandnode's version and the Node.js version it follows
    #[arg(short = 'v', long = "version")]
    pub version: bool,

    /// Let the program see environment variables: all, or only the NAMEs given
    #[arg(
        long = "allow-env",
        value_name = "NAME",
        num_args = 0..,
        require_equals = true,
        value_delimiter = ','
    )]
    pub allow_env: Option<Vec<String>>,

    /// Let the program read files: everywhere, or only under the PATHs given
    #[arg(
        long = "allow-read",
        value_name = "PATH",
        num_args = 0..,
        require_equals = true,
        value_delimiter = ','
    )]
    pub allow_read: Option<Vec<String>>,

    /// Let the program read and write files: everywhere, or only under the PATHs given
    #[arg(
        long = "allow-write",
        value_name = "PATH",
        num_args = 0..,
        require_equals = true,
        value_delimiter = ','
    )]
    pub allow_write: Option<Vec<String>>,

    /// The script (or `run`, `-`), then the arguments passed to it
    #[arg(
        trailing_var_arg = true,
        allow_hyphen_values = true,
        value_name = "FILE [ARGS]"
    )]
    pub rest: Vec<String>,
}

pub fn version_text() -> String {
    format!(
        "sandnode {} (follows Node.js {NODE_VERSION})\n",
        env!("CARGO_PKG_VERSION")
    )
}

/// Turns parsed arguments into what to run. `Ok(None)` means nothing to run
/// (the version was printed).
pub fn plan(cli: Cli) -> Result<Launch> {
    let cwd = std::env::current_dir()
        .map_err(|e| format_err!("cannot determine the current directory: {e}"))?;
    let exec_path = std::env::current_exe()
        .map(|p| p.to_string_lossy().into_owned())
        .unwrap_or_else(|_| "sandnode".to_string());

    let mut rest = cli.rest;
    let (mode, payload, user_args) = if let Some(code) = cli.eval {
        (Mode::Eval, code, rest)
    } else if let Some(code) = cli.print {
        (Mode::Print, code, rest)
    } else {
        if rest.first().map(String::as_str) == Some("run") {
            rest.remove(0);
            if rest.is_empty() {
                bail!("`sandnode run` needs a script: sandnode run FILE [args...]");
            }
        }
        match rest.first().map(String::as_str) {
            // Node keeps the `-` as process.argv[1]: `node - a` gives
            // [execPath, '-', 'a'].
            Some("-") => (Mode::Stdin, String::new(), rest),
            Some(script) if script.starts_with('-') && script.len() > 1 => {
                bail!("bad option: {script}\nTry 'sandnode --help' for more information.");
            }
            Some(_) => {
                let script = rest.remove(0);
                let abs = absolute(&cwd, Path::new(&script));
                (Mode::File, abs.to_string_lossy().into_owned(), rest)
            }
            None if !std::io::stdin().is_terminal() => (Mode::Stdin, String::new(), rest),
            None => bail!(
                "the interactive REPL is not supported; give a script (sandnode FILE), \
                 code (-e CODE), or pipe a script into stdin"
            ),
        }
    };

    let env = match cli.allow_env {
        None => Vec::new(),
        Some(names) if names.is_empty() => std::env::vars().collect(),
        Some(names) => names
            .iter()
            .filter_map(|n| std::env::var(n).ok().map(|v| (n.clone(), v)))
            .collect(),
    };

    let mut preopens = default_preopens(mode, &payload, &cwd);
    for (grant, writable) in [(&cli.allow_read, false), (&cli.allow_write, true)] {
        if let Some(paths) = grant {
            for dir in granted_dirs(paths, &cwd)? {
                add_preopen(&mut preopens, dir, writable);
            }
        }
    }

    Ok(Launch {
        exec_path,
        preopens,
        mode,
        payload,
        cwd,
        user_args,
        env,
        max_memory: DEFAULT_MAX_MEMORY,
    })
}

/// `/a/b/../c` style lexical resolution against `cwd`, as Node's
/// path.resolve does for the main script (symlinks are kept).
fn absolute(cwd: &Path, p: &Path) -> PathBuf {
    let joined = if p.is_absolute() {
        p.to_path_buf()
    } else {
        cwd.join(p)
    };
    let mut out = PathBuf::from("/");
    for comp in joined.components() {
        match comp {
            std::path::Component::ParentDir => {
                out.pop();
            }
            std::path::Component::Normal(s) => out.push(s),
            _ => {}
        }
    }
    out
}

/// The directories named by an `--allow-read`/`--allow-write` grant, made
/// absolute and canonical (symlinks resolved by the host, so a grant means
/// the real directory). No paths means the whole file system. A path that
/// does not exist is an error before anything runs.
fn granted_dirs(paths: &[String], cwd: &Path) -> Result<Vec<PathBuf>> {
    if paths.is_empty() {
        return Ok(vec![PathBuf::from("/")]);
    }
    let mut dirs = Vec::new();
    for p in paths {
        if p.is_empty() {
            bail!("an empty path in a file-system grant");
        }
        let abs = absolute(cwd, Path::new(p));
        let real = abs
            .canonicalize()
            .map_err(|e| format_err!("cannot grant access to {p}: {e}"))?;
        // A file grant opens its directory: WASI preopens are directories.
        let dir = if real.is_dir() {
            real
        } else {
            bail!("cannot grant access to {p}: not a directory (grants name directories)");
        };
        dirs.push(dir);
    }
    Ok(dirs)
}

/// Adds a preopen, or widens an existing one of the same directory to
/// writable.
fn add_preopen(preopens: &mut Vec<Preopen>, dir: PathBuf, writable: bool) {
    let guest = dir.to_string_lossy().into_owned();
    if let Some(existing) = preopens.iter_mut().find(|p| p.guest == guest) {
        existing.writable |= writable;
        return;
    }
    preopens.push(Preopen {
        guest,
        host: dir,
        writable,
    });
}

/// Read-only access to the program's own project and nothing else.
fn default_preopens(mode: Mode, payload: &str, cwd: &Path) -> Vec<Preopen> {
    let start = match mode {
        Mode::File => {
            let script = Path::new(payload);
            if script.is_dir() {
                script.to_path_buf()
            } else {
                match script.parent() {
                    Some(dir) if dir.is_dir() => dir.to_path_buf(),
                    // A missing script's directory: nothing to grant; the
                    // guest reports "Cannot find module".
                    _ => return Vec::new(),
                }
            }
        }
        _ => cwd.to_path_buf(),
    };
    let root = project_root(&start);
    let mut preopens = vec![Preopen {
        guest: root.to_string_lossy().into_owned(),
        host: root.clone(),
        writable: false,
    }];
    // Symlinked project directories are also reachable by their real path,
    // which is what the module loader resolves to.
    if let Ok(real) = root.canonicalize()
        && real != root
    {
        preopens.push(Preopen {
            guest: real.to_string_lossy().into_owned(),
            host: real,
            writable: false,
        });
    }
    preopens
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn absolute_resolves_dots() {
        let cwd = Path::new("/a/b");
        assert_eq!(absolute(cwd, Path::new("x.js")), PathBuf::from("/a/b/x.js"));
        assert_eq!(
            absolute(cwd, Path::new("../x.js")),
            PathBuf::from("/a/x.js")
        );
        assert_eq!(
            absolute(cwd, Path::new("/z/./y.js")),
            PathBuf::from("/z/y.js")
        );
        assert_eq!(absolute(cwd, Path::new("../../../x")), PathBuf::from("/x"));
    }
}
