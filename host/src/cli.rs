//! The command line, node-compatible wherever node has the same flag.
//!
//!   sandnode [options] FILE [args...]
//!   sandnode [options] run FILE [args...]
//!   sandnode [options] -e CODE [args...]
//!   sandnode [options] -p CODE [args...]
//!   sandnode [options] - [args...]         (script on stdin; also when stdin is a pipe)
//!   sandnode [options] serve APP [--port N] [--host H]   (a fetch handler, see serve.rs)
//!   sandnode [options] build APP -o OUT.wasm [--kind K]  (a standalone component: a script's
//!                                                         wasi:cli/run, or a handler's wasi:http/proxy)

use crate::launch::{Launch, Mode, Preopen, project_root};
use crate::limits::{self, Limits};
use crate::policy::{self, NetPolicy, NetRule, Permissions};
use clap::Parser;
use std::io::IsTerminal as _;
use std::path::{Path, PathBuf};
use std::time::Duration;
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
                      sandnode [options] - [args...]   (or pipe the script into stdin)\n       \
                      sandnode [options] serve APP [--port N] [--host H]   (HTTP: a fresh sandbox per request)\n       \
                      sandnode [options] build APP -o OUT.wasm [--kind command|handler]   (APP as a standalone component)\n       \
                      sandnode host --config tenants.toml [--port N] [--host H]   (many tenants' handlers, see docs/HOSTING.md)",
    after_help = "By default a program may read its own project (the script's directory, \
                  widened to the nearest ancestor with a package.json) and nothing else: \
                  no writes, no network, no environment variables. Deny flags win over \
                  grants. Without any permission flag, the \"permissions\" of the project's \
                  sandnode.json (or the \"sandnode\" key of its package.json) apply; see \
                  docs/SECURITY.md.\n\n\
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

    /// Grant everything: files (read and write), environment, network
    #[arg(short = 'A', long = "allow-all")]
    pub allow_all: bool,

    /// Let the program see environment variables: all, or only the NAMEs given
    #[arg(long = "allow-env", value_name = "NAME", num_args = 0.., require_equals = true, value_delimiter = ',')]
    pub allow_env: Option<Vec<String>>,

    /// Let the program read files: everywhere, or only under the PATHs given
    #[arg(long = "allow-read", value_name = "PATH", num_args = 0.., require_equals = true, value_delimiter = ',')]
    pub allow_read: Option<Vec<String>>,

    /// Let the program read and write files: everywhere, or only under the PATHs given
    #[arg(long = "allow-write", value_name = "PATH", num_args = 0.., require_equals = true, value_delimiter = ',')]
    pub allow_write: Option<Vec<String>>,

    /// Let the program use the network: everywhere, or only the hosts given (IP, CIDR or name, with an optional port)
    #[arg(long = "allow-net", value_name = "HOST[:PORT]", num_args = 0.., require_equals = true, value_delimiter = ',', value_parser = policy::parse_net_rule)]
    pub allow_net: Option<Vec<NetRule>>,

    /// Hide environment variables, even if granted: all, or the NAMEs given
    #[arg(long = "deny-env", value_name = "NAME", num_args = 0.., require_equals = true, value_delimiter = ',')]
    pub deny_env: Option<Vec<String>>,

    /// Forbid reading (and writing) files, even if granted: everywhere, or under the PATHs given
    #[arg(long = "deny-read", value_name = "PATH", num_args = 0.., require_equals = true, value_delimiter = ',')]
    pub deny_read: Option<Vec<String>>,

    /// Forbid writing files, even if granted: everywhere, or under the PATHs given
    #[arg(long = "deny-write", value_name = "PATH", num_args = 0.., require_equals = true, value_delimiter = ',')]
    pub deny_write: Option<Vec<String>>,

    /// Forbid network use, even if granted: everywhere, or the hosts given
    #[arg(long = "deny-net", value_name = "HOST[:PORT]", num_args = 0.., require_equals = true, value_delimiter = ',', value_parser = policy::parse_net_rule)]
    pub deny_net: Option<Vec<NetRule>>,

    /// Cap the program's memory (default 2G), e.g. 512M
    #[arg(long = "max-memory", value_name = "SIZE", value_parser = limits::parse_size)]
    pub max_memory: Option<usize>,

    /// Stop the program after it has used this much CPU time, e.g. 10s
    #[arg(long = "cpu-time", value_name = "DURATION", value_parser = limits::parse_duration)]
    pub cpu_time: Option<Duration>,

    /// Stop the program after this much wall-clock time, e.g. 500ms, 2m
    #[arg(long = "timeout", value_name = "DURATION", value_parser = limits::parse_duration)]
    pub timeout: Option<Duration>,

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

    let mut perms = flag_permissions(&cli);
    let mut rest = cli.rest;
    let mut listen = None;
    let mut build_out = None;
    let (mode, payload, user_args) = if rest.first().map(String::as_str) == Some("build")
        && cli.eval.is_none()
        && cli.print.is_none()
    {
        rest.remove(0);
        let (app, out, kind) = build_arguments(rest)?;
        build_out = Some(absolute(&cwd, &out));
        let abs = absolute(&cwd, Path::new(&app));
        // A build runs no program, so its user arguments carry build's own
        // options (`--kind`) to build.rs.
        let opts = kind
            .map(|k| vec![format!("--kind={k}")])
            .unwrap_or_default();
        (Mode::Serve, abs.to_string_lossy().into_owned(), opts)
    } else if rest.first().map(String::as_str) == Some("serve")
        && cli.eval.is_none()
        && cli.print.is_none()
    {
        rest.remove(0);
        let (app, addr) = serve_arguments(rest)?;
        listen = Some(addr);
        let abs = absolute(&cwd, Path::new(&app));
        (Mode::Serve, abs.to_string_lossy().into_owned(), Vec::new())
    } else if let Some(code) = cli.eval {
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

    let defaults = default_preopens(mode, &payload, &cwd);
    if perms.is_empty()
        && let Some(root) = config_root(mode, &payload, &cwd)
        && let Some(from_config) = policy::config_permissions(&root)?
    {
        perms = from_config;
    }
    let (preopens, env, net) = resolve_permissions(&perms, defaults, &cwd, std::env::vars())?;

    Ok(Launch {
        exec_path,
        preopens,
        mode,
        payload,
        cwd,
        user_args,
        env,
        net,
        limits: Limits {
            max_memory: cli.max_memory.unwrap_or(limits::DEFAULT_MAX_MEMORY),
            cpu_time: cli.cpu_time,
            timeout: cli.timeout,
        },
        listen,
        // `sandnode serve`'s pool keeps written pages (not `build`'s
        // component, which other hosts run).
        resident_heap: mode == Mode::Serve && build_out.is_none(),
        build_out,
    })
}

/// `build`'s own arguments: the app, `-o OUT` (or `--output OUT`) and
/// `--kind command|handler` (default: detected from the app, see build.rs).
fn build_arguments(args: Vec<String>) -> Result<(String, PathBuf, Option<String>)> {
    let mut app = None;
    let mut out = None;
    let mut kind = None;
    let mut args = args.into_iter();
    while let Some(arg) = args.next() {
        match arg.as_str() {
            "-o" | "--output" => match args.next() {
                Some(v) => out = Some(PathBuf::from(v)),
                None => bail!("`sandnode build {arg}` needs a file name"),
            },
            a if a.starts_with("--output=") => out = Some(PathBuf::from(&a["--output=".len()..])),
            "--kind" => match args.next() {
                Some(v) => kind = Some(build_kind(&v)?),
                None => bail!("`sandnode build --kind` needs a value: command or handler"),
            },
            a if a.starts_with("--kind=") => kind = Some(build_kind(&a["--kind=".len()..])?),
            a if a.starts_with('-') => {
                bail!(
                    "bad option for `sandnode build`: {arg} \
                     (it takes APP, -o OUT.wasm and --kind command|handler)"
                )
            }
            _ if app.is_none() => app = Some(arg),
            _ => bail!("`sandnode build` takes one app, got another: {arg}"),
        }
    }
    let Some(app) = app else {
        bail!("`sandnode build` needs an app: sandnode build APP -o OUT.wasm");
    };
    let Some(out) = out else {
        bail!("`sandnode build` needs an output file: sandnode build APP -o OUT.wasm");
    };
    Ok((app, out, kind))
}

fn build_kind(value: &str) -> Result<String> {
    match value {
        "command" | "handler" => Ok(value.to_string()),
        _ => bail!("`sandnode build --kind` takes command or handler, not {value:?}"),
    }
}

/// `serve`'s own arguments, in any order: the app, `--port N` (default
/// 8000, 0 for any free port) and `--host H` (default 127.0.0.1).
fn serve_arguments(args: Vec<String>) -> Result<(String, std::net::SocketAddr)> {
    let mut app = None;
    let mut port: u16 = 8000;
    let mut host = "127.0.0.1".to_string();
    let mut args = args.into_iter();
    while let Some(arg) = args.next() {
        let (flag, inline) = match arg.split_once('=') {
            Some((f, v)) if f.starts_with("--") => (f.to_string(), Some(v.to_string())),
            _ => (arg.clone(), None),
        };
        match flag.as_str() {
            "--port" | "--host" => {
                let value = match inline.or_else(|| args.next()) {
                    Some(v) => v,
                    None => bail!("`sandnode serve {flag}` needs a value"),
                };
                if flag == "--port" {
                    port = value
                        .parse()
                        .map_err(|_| format_err!("invalid --port '{value}': expected 0-65535"))?;
                } else {
                    host = value;
                }
            }
            f if f.starts_with('-') => {
                bail!(
                    "bad option for `sandnode serve`: {arg} (it takes APP, --port N and --host H)"
                )
            }
            _ if app.is_none() => app = Some(arg),
            _ => bail!("`sandnode serve` takes one app, got another: {arg}"),
        }
    }
    let Some(app) = app else {
        bail!("`sandnode serve` needs an app: sandnode serve APP [--port N] [--host H]");
    };
    let ip: std::net::IpAddr = match host.as_str() {
        "localhost" => std::net::Ipv4Addr::LOCALHOST.into(),
        h => h
            .trim_start_matches('[')
            .trim_end_matches(']')
            .parse()
            .map_err(|_| {
                format_err!("invalid --host '{host}': expected an IP address or localhost")
            })?,
    };
    Ok((app, std::net::SocketAddr::new(ip, port)))
}

/// Whether any permission or limit flag was given.
pub fn has_permission_flags(cli: &Cli) -> bool {
    !flag_permissions(cli).is_empty()
        || cli.max_memory.is_some()
        || cli.cpu_time.is_some()
        || cli.timeout.is_some()
}

/// The permission flags of the command line.
fn flag_permissions(cli: &Cli) -> Permissions {
    Permissions {
        allow_all: cli.allow_all,
        allow_read: cli.allow_read.clone(),
        allow_write: cli.allow_write.clone(),
        allow_env: cli.allow_env.clone(),
        allow_net: cli.allow_net.clone(),
        deny_read: cli.deny_read.clone(),
        deny_write: cli.deny_write.clone(),
        deny_env: cli.deny_env.clone(),
        deny_net: cli.deny_net.clone(),
    }
}

/// The project root whose config file may hold permissions: the one the
/// default grant uses.
fn config_root(mode: Mode, payload: &str, cwd: &Path) -> Option<PathBuf> {
    default_preopens(mode, payload, cwd)
        .into_iter()
        .next()
        .map(|p| p.host)
}

type Resolved = (Vec<Preopen>, Vec<(String, String)>, NetPolicy);

/// Turns permissions into what the guest is given: the preopened
/// directories (`defaults` plus the grants, less the denies), its
/// environment (taken from `host_env`) and its network policy.
pub fn resolve_permissions(
    perms: &Permissions,
    defaults: Vec<Preopen>,
    cwd: &Path,
    host_env: impl IntoIterator<Item = (String, String)>,
) -> Result<Resolved> {
    let everything = Some(Vec::new());
    let all = |grant: &Option<Vec<String>>| {
        if perms.allow_all {
            everything.clone()
        } else {
            grant.clone()
        }
    };
    let mut preopens = defaults;
    for (grant, writable, what) in [
        (all(&perms.allow_read), false, "allow-read"),
        (all(&perms.allow_write), true, "allow-write"),
    ] {
        if let Some(paths) = grant {
            for dir in policy::granted_dirs(&paths, cwd, what)? {
                policy::add_preopen(&mut preopens, dir, writable);
            }
        }
    }
    let deny_read = match &perms.deny_read {
        Some(p) => policy::denied_paths(p, cwd, "deny-read")?,
        None => Vec::new(),
    };
    let deny_write = match &perms.deny_write {
        Some(p) => policy::denied_paths(p, cwd, "deny-write")?,
        None => Vec::new(),
    };
    policy::apply_denies(&mut preopens, &deny_read, &deny_write)?;

    let allow_env = all(&perms.allow_env);
    for (names, what) in [(&allow_env, "allow-env"), (&perms.deny_env, "deny-env")] {
        if let Some(names) = names {
            policy::check_env_names(names, what)?;
        }
    }
    let env = policy::resolve_env(host_env, allow_env.as_deref(), perms.deny_env.as_deref());

    let allow_net = if perms.allow_all {
        Some(Vec::new())
    } else {
        perms.allow_net.clone()
    };
    let net = NetPolicy::new(allow_net, perms.deny_net.clone());
    Ok((preopens, env, net))
}

fn absolute(cwd: &Path, p: &Path) -> PathBuf {
    policy::lexical_absolute(cwd, p)
}

/// Read-only access to the program's own project and nothing else.
fn default_preopens(mode: Mode, payload: &str, cwd: &Path) -> Vec<Preopen> {
    let start = match mode {
        Mode::File | Mode::Serve => {
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
    crate::launch::project_preopens(&project_root(&start))
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
