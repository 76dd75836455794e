//! `tenants.toml`, the configuration of `sandnode host`: the server's own
//! settings and, for each tenant, its app, routes, grants and limits.
//! Loading checks everything (unknown keys, duplicate names and routes,
//! missing apps, bad sizes) so that a bad file is refused as a whole, with
//! a message that names the tenant and the key, and a running host keeps
//! its old configuration. docs/HOSTING.md documents the format.

use crate::launch::{Launch, Mode, project_preopens, project_root};
use crate::limits::{self, Limits};
use crate::origin::Origin;
use crate::policy::{self, NetPolicy};
use crate::request::RequestLimits;
use serde::Deserialize;
use std::collections::BTreeMap;
use std::net::SocketAddr;
use std::path::{Path, PathBuf};
use std::time::Duration;
use wasmtime::{Result, bail, format_err};

/// Defaults for a tenant's limits, chosen for many small handlers in one
/// process.
pub const DEFAULT_MEMORY: usize = 128 << 20;
pub const DEFAULT_CPU_TIME: Duration = Duration::from_millis(500);
pub const DEFAULT_TIMEOUT: Duration = Duration::from_secs(30);
pub const DEFAULT_CONCURRENCY: u32 = 32;
pub const DEFAULT_QUEUE: u32 = 64;
pub const DEFAULT_MAX_BODY: u64 = 10 << 20;
pub const DEFAULT_SUBREQUESTS: u32 = 50;
/// Instances at once across all tenants (pooling-allocator slots).
pub const DEFAULT_MAX_INSTANCES: u32 = 256;
/// How often the config file and the tenants' files are checked.
pub const DEFAULT_WATCH: Duration = Duration::from_secs(2);
/// How long a tenant may go without requests before its compiled
/// snapshot is let go (and mapped again by the next request).
pub const DEFAULT_UNLOAD_IDLE: Duration = Duration::from_secs(300);
/// How long a request may wait for an instance slot before a 503.
pub const DEFAULT_QUEUE_TIMEOUT: Duration = Duration::from_secs(1);

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawConfig {
    #[serde(default)]
    server: RawServer,
    #[serde(default)]
    tenant: Vec<RawTenant>,
}

#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawServer {
    listen: Option<String>,
    metrics: Option<String>,
    access_log: Option<String>,
    max_instances: Option<u32>,
    watch: Option<String>,
    queue_timeout: Option<String>,
    unload_idle: Option<String>,
    keep_slot_memory: Option<bool>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawTenant {
    name: String,
    app: String,
    routes: Vec<String>,
    #[serde(default)]
    allow_net: Vec<String>,
    #[serde(default)]
    env: BTreeMap<String, String>,
    memory: Option<String>,
    cpu_time: Option<String>,
    timeout: Option<String>,
    concurrency: Option<u32>,
    queue: Option<u32>,
    max_body: Option<String>,
    subrequests: Option<u32>,
    origin: Option<String>,
}

/// Where access logs go.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum AccessLog {
    Stdout,
    File(PathBuf),
    Off,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ServerConfig {
    pub listen: SocketAddr,
    pub metrics: Option<SocketAddr>,
    pub access_log: AccessLog,
    pub max_instances: u32,
    /// None: no hot reload.
    pub watch: Option<Duration>,
    pub queue_timeout: Duration,
    /// None: tenants stay loaded.
    pub unload_idle: Option<Duration>,
    /// Pool slots keep the pages their last instance wrote (faster
    /// requests, more resident memory; see engine::Runtime::pooled_for_tenants).
    pub keep_slot_memory: bool,
}

#[derive(Debug, Clone)]
pub struct TenantConfig {
    pub name: String,
    /// The app's absolute path.
    pub app: PathBuf,
    pub routes: Vec<Route>,
    /// What the app's instances are given: files (its project, read-only),
    /// environment, network, limits.
    pub launch: Launch,
    pub limits: RequestLimits,
    pub concurrency: u32,
    pub queue: u32,
    /// Where requests go when the handler throws after
    /// `ctx.passThroughOnException()`.
    pub origin: Option<Origin>,
}

#[derive(Debug, Clone)]
pub struct Config {
    pub path: PathBuf,
    pub server: ServerConfig,
    pub tenants: Vec<TenantConfig>,
}

/// A route: requests whose Host matches `host` (None: any host; a leading
/// `*.` matches any subdomain) and whose path starts with `prefix` at a
/// segment boundary.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Route {
    pub host: Option<String>,
    pub prefix: String,
}

impl std::fmt::Display for Route {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match &self.host {
            Some(h) if self.prefix == "/" => write!(f, "{h}"),
            Some(h) => write!(f, "{h}{}", self.prefix),
            None => write!(f, "{}", self.prefix),
        }
    }
}

impl Route {
    /// `host`, `host/prefix`, `/prefix` or `*.domain[/prefix]`.
    pub fn parse(s: &str) -> std::result::Result<Route, String> {
        let s = s.trim();
        if s.is_empty() {
            return Err("an empty route".into());
        }
        if s.contains("://") || s.contains('?') || s.contains('#') {
            return Err(format!(
                "{s:?}: a route is HOST, HOST/PATH or /PATH (no scheme, query or fragment)"
            ));
        }
        let (host, path) = match s.find('/') {
            Some(0) => (None, s),
            Some(i) => (Some(&s[..i]), &s[i..]),
            None => (Some(s), "/"),
        };
        let host = match host {
            Some(h) => Some(normalize_host(h).ok_or_else(|| format!("{s:?}: bad host {h:?}"))?),
            None => None,
        };
        let mut prefix = canonical_path(path.trim_end_matches('/')).into_owned();
        if prefix.is_empty() {
            prefix.push('/');
        }
        Ok(Route { host, prefix })
    }

    /// How well this route matches, when it does: more specific hosts
    /// first (exact, then wildcard, then any), then longer prefixes.
    /// `path` is in `canonical_path` form.
    pub fn score(&self, host: &str, path: &str) -> Option<(u8, usize)> {
        let host_rank = match &self.host {
            None => 0,
            Some(h) if h == host => 2,
            Some(h) => match h.strip_prefix("*.") {
                Some(domain)
                    if host.len() > domain.len()
                        && host.ends_with(domain)
                        && host.as_bytes()[host.len() - domain.len() - 1] == b'.' =>
                {
                    1
                }
                _ => return None,
            },
        };
        let on_boundary = self.prefix == "/"
            || (path.starts_with(&self.prefix)
                && matches!(path.as_bytes().get(self.prefix.len()), None | Some(b'/')));
        on_boundary.then_some((host_rank, self.prefix.len()))
    }
}

/// A path in the one form routes and request paths are compared in:
/// percent-encoded as clients send it (RFC 3986), with upper-case hex
/// digits. A route written `/café` and a request for `/caf%c3%a9` or
/// `/caf%C3%A9` then meet. Bytes that are valid in a request path stay as
/// they are, `%XX` escapes stay escapes (an encoded `/` is no separator).
pub fn canonical_path(path: &str) -> std::borrow::Cow<'_, str> {
    let bytes = path.as_bytes();
    let plain = |b: u8| b.is_ascii_graphic() && !b"\"<>\\^`{|}".contains(&b);
    let needs_work = bytes.iter().enumerate().any(|(i, &b)| {
        !plain(b) || (b == b'%' && bytes[i + 1..].iter().take(2).any(u8::is_ascii_lowercase))
    });
    if !needs_work {
        return std::borrow::Cow::Borrowed(path);
    }
    let mut out = String::with_capacity(path.len() + 16);
    let mut i = 0;
    while i < bytes.len() {
        let b = bytes[i];
        let escape = b == b'%'
            && bytes.len() > i + 2
            && bytes[i + 1].is_ascii_hexdigit()
            && bytes[i + 2].is_ascii_hexdigit();
        if escape {
            out.push('%');
            out.push(bytes[i + 1].to_ascii_uppercase() as char);
            out.push(bytes[i + 2].to_ascii_uppercase() as char);
            i += 3;
        } else if plain(b) {
            out.push(b as char);
            i += 1;
        } else {
            out.push_str(&format!("%{b:02X}"));
            i += 1;
        }
    }
    std::borrow::Cow::Owned(out)
}

/// Lower case, without a port; None when it is not a plausible host.
pub fn normalize_host(h: &str) -> Option<String> {
    let h = h.trim().to_ascii_lowercase();
    // Without a port: `name:8080`, `[::1]:8080`.
    let h = match h.rsplit_once(':') {
        Some((name, port))
            if (!name.contains(':') || (name.starts_with('[') && name.ends_with(']')))
                && port.bytes().all(|b| b.is_ascii_digit()) =>
        {
            name.to_string()
        }
        _ => h,
    };
    // A fully qualified name's trailing dot names the same host.
    let h = match h.strip_suffix('.') {
        Some(name) if !name.is_empty() => name.to_string(),
        _ => h,
    };
    let name = h.strip_prefix("*.").unwrap_or(&h);
    let ok = !name.is_empty()
        && name
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || b"-._[]:".contains(&b));
    ok.then_some(h)
}

/// Reads and checks a config file.
pub fn load(path: &Path) -> Result<Config> {
    let text = std::fs::read_to_string(path)
        .map_err(|e| format_err!("cannot read {}: {e}", path.display()))?;
    parse(&text, path)
}

/// Checks `text`, the contents of the config file at `path` (relative
/// paths in it are relative to the file's directory).
pub fn parse(text: &str, path: &Path) -> Result<Config> {
    let raw: RawConfig =
        toml::from_str(text).map_err(|e| format_err!("{}: {}", path.display(), e.message()))?;
    let base = path
        .parent()
        .map(Path::to_path_buf)
        .unwrap_or_else(|| PathBuf::from("."));
    let base = crate::policy::lexical_absolute(&std::env::current_dir()?, &base);
    let server = server_config(raw.server, &base).map_err(|e| in_file(path, "[server]", e))?;
    if raw.tenant.is_empty() {
        bail!(
            "{}: no tenants; add at least one [[tenant]] with name, app and routes",
            path.display()
        );
    }
    let mut tenants: Vec<TenantConfig> = Vec::new();
    let mut routes: BTreeMap<Route, String> = BTreeMap::new();
    for raw in raw.tenant {
        let name = raw.name.clone();
        let tenant =
            tenant_config(raw, &base).map_err(|e| in_file(path, &format!("tenant {name:?}"), e))?;
        if tenants.iter().any(|t| t.name == tenant.name) {
            bail!(
                "{}: two tenants are named {:?}; names must be unique",
                path.display(),
                tenant.name
            );
        }
        for route in &tenant.routes {
            if let Some(other) = routes.insert(route.clone(), tenant.name.clone()) {
                bail!(
                    "{}: the route {:?} is given twice (tenants {other:?} and {:?})",
                    path.display(),
                    route.to_string(),
                    tenant.name
                );
            }
        }
        tenants.push(tenant);
    }
    Ok(Config {
        path: path.to_path_buf(),
        server,
        tenants,
    })
}

fn in_file(path: &Path, what: &str, err: String) -> wasmtime::Error {
    format_err!("{}: {what}: {err}", path.display())
}

type Checked<T> = std::result::Result<T, String>;

fn server_config(raw: RawServer, base: &Path) -> Checked<ServerConfig> {
    let addr = |key: &str, v: &str| -> Checked<SocketAddr> {
        let v = v.replace("localhost", "127.0.0.1");
        v.parse()
            .map_err(|_| format!("{key} = {v:?}: expected IP:PORT, such as 127.0.0.1:8000"))
    };
    let listen = match &raw.listen {
        Some(v) => addr("listen", v)?,
        None => SocketAddr::from(([127, 0, 0, 1], 8000)),
    };
    let metrics = raw
        .metrics
        .as_deref()
        .map(|v| addr("metrics", v))
        .transpose()?;
    let access_log = match raw.access_log.as_deref() {
        None | Some("-") | Some("stdout") => AccessLog::Stdout,
        Some("off") => AccessLog::Off,
        Some("") => return Err("access_log = \"\": give \"-\", \"off\" or a file".into()),
        Some(file) => AccessLog::File(policy::lexical_absolute(base, Path::new(file))),
    };
    let max_instances = raw.max_instances.unwrap_or(DEFAULT_MAX_INSTANCES);
    if !(1..=10_000).contains(&max_instances) {
        return Err(format!(
            "max_instances = {max_instances}: expected 1 to 10000"
        ));
    }
    let watch = match raw.watch.as_deref() {
        None => Some(DEFAULT_WATCH),
        Some("off") => None,
        Some(v) => Some(duration("watch", v)?),
    };
    let queue_timeout = match raw.queue_timeout.as_deref() {
        None => DEFAULT_QUEUE_TIMEOUT,
        Some(v) => duration("queue_timeout", v)?,
    };
    let unload_idle = match raw.unload_idle.as_deref() {
        None => Some(DEFAULT_UNLOAD_IDLE),
        Some("off") => None,
        Some(v) => Some(duration("unload_idle", v)?),
    };
    Ok(ServerConfig {
        unload_idle,
        keep_slot_memory: raw.keep_slot_memory.unwrap_or(false),
        listen,
        metrics,
        access_log,
        max_instances,
        watch,
        queue_timeout,
    })
}

fn duration(key: &str, v: &str) -> Checked<Duration> {
    limits::parse_duration(v).map_err(|e| format!("{key}: {e}"))
}

fn tenant_config(raw: RawTenant, base: &Path) -> Checked<TenantConfig> {
    let valid_name = !raw.name.is_empty()
        && raw.name.len() <= 64
        && raw
            .name
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_');
    if !valid_name {
        return Err("name: use 1-64 letters, digits, '-' or '_'".into());
    }
    let app = policy::lexical_absolute(base, Path::new(&raw.app));
    if !app.is_file() {
        return Err(format!(
            "app = {:?}: no such file ({})",
            raw.app,
            app.display()
        ));
    }
    // A symlinked app runs from where it really is (its project, its
    // relative imports).
    let app = app
        .canonicalize()
        .map_err(|e| format!("app = {:?}: {e}", raw.app))?;
    if raw.routes.is_empty() {
        return Err("routes: give at least one (HOST, HOST/PATH or /PATH)".into());
    }
    let mut routes = Vec::new();
    for r in &raw.routes {
        let route = Route::parse(r).map_err(|e| format!("routes: {e}"))?;
        if routes.contains(&route) {
            return Err(format!("routes: {r:?} is given twice"));
        }
        routes.push(route);
    }
    let net = net_policy(&raw.allow_net)?;
    for (k, v) in &raw.env {
        if k.is_empty() || k.contains('=') || k.contains('\0') || v.contains('\0') {
            return Err(format!("env: {k:?} is not a usable environment variable"));
        }
    }
    let memory = match raw.memory.as_deref() {
        Some(v) => limits::parse_size(v).map_err(|e| format!("memory: {e}"))?,
        None => DEFAULT_MEMORY,
    };
    let cpu_time = match raw.cpu_time.as_deref() {
        Some("off") => None,
        Some(v) => Some(duration("cpu_time", v)?),
        None => Some(DEFAULT_CPU_TIME),
    };
    let timeout = match raw.timeout.as_deref() {
        Some(v) => duration("timeout", v)?,
        None => DEFAULT_TIMEOUT,
    };
    let max_body = match raw.max_body.as_deref() {
        Some(v) => body_size(v)?,
        None => DEFAULT_MAX_BODY,
    };
    let concurrency = raw.concurrency.unwrap_or(DEFAULT_CONCURRENCY);
    if concurrency == 0 {
        return Err("concurrency = 0: a tenant needs at least one instance".into());
    }
    let limits = RequestLimits {
        max_memory: memory,
        timeout,
        cpu_time,
        max_body: Some(max_body),
        subrequests: Some(raw.subrequests.unwrap_or(DEFAULT_SUBREQUESTS)),
    };
    let origin = raw
        .origin
        .as_deref()
        .map(|o| Origin::parse(o).map_err(|e| format!("origin: {e}")))
        .transpose()?;
    let launch = tenant_launch(&app, raw.env, net, &limits);
    Ok(TenantConfig {
        name: raw.name,
        app,
        routes,
        launch,
        limits,
        concurrency,
        queue: raw.queue.unwrap_or(DEFAULT_QUEUE),
        origin,
    })
}

/// `allow_net`: hosts the tenant's fetch may reach; `["*"]` for any.
fn net_policy(entries: &[String]) -> Checked<NetPolicy> {
    if entries.is_empty() {
        return Ok(NetPolicy::default());
    }
    if entries.iter().any(|e| e == "*") {
        if entries.len() > 1 {
            return Err("allow_net: \"*\" already allows every host; give it alone".into());
        }
        return Ok(NetPolicy::new(Some(Vec::new()), None));
    }
    let rules = entries
        .iter()
        .map(|e| policy::parse_net_rule(e).map_err(|err| format!("allow_net: {err}")))
        .collect::<Checked<Vec<_>>>()?;
    Ok(NetPolicy::new(Some(rules), None))
}

/// A body size: like memory sizes, but any size from 0 up.
fn body_size(v: &str) -> Checked<u64> {
    if v.trim() == "0" {
        return Ok(0);
    }
    let t = v.trim();
    let digits = t.bytes().take_while(u8::is_ascii_digit).count();
    let bad = || format!("max_body = {v:?}: expected a size such as 64K, 10M or 1048576");
    let n: u64 = t[..digits].parse().map_err(|_| bad())?;
    let shift = match t[digits..].to_ascii_lowercase().as_str() {
        "" | "b" => 0,
        "k" | "kb" | "kib" => 10,
        "m" | "mb" | "mib" => 20,
        "g" | "gb" | "gib" => 30,
        _ => return Err(bad()),
    };
    n.checked_mul(1 << shift).ok_or_else(bad)
}

/// The launch of a tenant's instances: its project read-only (the app's
/// directory widened to the nearest package.json, as for `sandnode
/// serve`), its env bindings and nothing of the host's environment.
fn tenant_launch(
    app: &Path,
    env: BTreeMap<String, String>,
    net: NetPolicy,
    limits: &RequestLimits,
) -> Launch {
    let dir = app.parent().unwrap_or(Path::new("/"));
    let root = project_root(dir);
    let preopens = project_preopens(&root);
    Launch {
        exec_path: "sandnode".into(),
        mode: Mode::Serve,
        payload: app.to_string_lossy().into_owned(),
        cwd: root,
        user_args: Vec::new(),
        env: env.into_iter().collect(),
        preopens,
        net,
        limits: Limits {
            max_memory: limits.max_memory,
            cpu_time: limits.cpu_time,
            timeout: Some(limits.timeout),
        },
        listen: None,
        build_out: None,
        // Slots pass between tenants and keep nothing resident (density:
        // see engine::Runtime::pooled_for_tenants).
        resident_heap: false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn routes_parse_and_match() {
        let r = Route::parse("Example.com:8080/api/").unwrap();
        assert_eq!(r.host.as_deref(), Some("example.com"));
        assert_eq!(r.prefix, "/api");
        assert_eq!(r.score("example.com", "/api"), Some((2, 4)));
        assert_eq!(r.score("example.com", "/api/x"), Some((2, 4)));
        assert_eq!(r.score("example.com", "/apix"), None);
        assert_eq!(r.score("other.com", "/api"), None);
        let any = Route::parse("/").unwrap();
        assert_eq!(any.score("x", "/anything"), Some((0, 1)));
        assert_eq!(normalize_host("[::1]:8080").as_deref(), Some("[::1]"));
        assert_eq!(
            normalize_host("Example.COM.").as_deref(),
            Some("example.com")
        );
        let wild = Route::parse("*.example.com").unwrap();
        assert_eq!(wild.score("a.example.com", "/"), Some((1, 1)));
        assert_eq!(wild.score("example.com", "/"), None);
        assert_eq!(wild.score("aexample.com", "/"), None);
        for bad in ["", "http://x.com", "/a?b", "bad host/", "*./x"] {
            assert!(Route::parse(bad).is_err(), "{bad:?}");
        }
    }

    #[test]
    fn route_paths_meet_request_paths_however_encoded() {
        let r = Route::parse("/café").unwrap();
        assert_eq!(r.prefix, "/caf%C3%A9");
        for sent in ["/caf%C3%A9", "/caf%c3%a9/menu"] {
            assert!(r.score("h", &canonical_path(sent)).is_some(), "{sent}");
        }
        assert_eq!(r.score("h", &canonical_path("/cafe")), None);
        assert_eq!(canonical_path("/a b%2f%zz"), "/a%20b%2F%zz");
        assert!(matches!(
            canonical_path("/plain/path"),
            std::borrow::Cow::Borrowed(_)
        ));
    }

    #[test]
    fn body_sizes() {
        assert_eq!(body_size("0"), Ok(0));
        assert_eq!(body_size("64K"), Ok(64 << 10));
        assert_eq!(body_size("10m"), Ok(10 << 20));
        assert!(body_size("ten").is_err());
        assert!(body_size("1T").is_err());
    }
}
