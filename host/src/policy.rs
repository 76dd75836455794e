//! The permission policy: which files, environment variables and network
//! addresses a program may reach. Pure decisions live here, apart from the
//! mechanism that enforces them (preopens, the environment handed to
//! `WasiCtx`, `socket_addr_check`), which is in `run.rs`.
//!
//! Grants come from the command line or, when no permission flag is given,
//! from the project's config file (`sandnode.json`, or the `"sandnode"` key
//! of `package.json`). A deny always wins over a grant.

use crate::launch::Preopen;
use std::net::{IpAddr, SocketAddr};
use std::path::{Component, Path, PathBuf};
use wasmtime::{Result, bail, format_err};
use wasmtime_wasi::sockets::SocketAddrUse;

/// The permission flags as given (on the command line or in a config
/// file). `None`: flag absent. `Some(empty)`: the flag without a value,
/// which means "everything".
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Permissions {
    pub allow_all: bool,
    pub allow_read: Option<Vec<String>>,
    pub allow_write: Option<Vec<String>>,
    pub allow_env: Option<Vec<String>>,
    pub allow_net: Option<Vec<NetRule>>,
    pub deny_read: Option<Vec<String>>,
    pub deny_write: Option<Vec<String>>,
    pub deny_env: Option<Vec<String>>,
    pub deny_net: Option<Vec<NetRule>>,
}

impl Permissions {
    /// No permission flag at all: the config file may supply them.
    pub fn is_empty(&self) -> bool {
        *self == Permissions::default()
    }
}

// ---- paths --------------------------------------------------------------------

/// `/a/b/../c` style lexical resolution against `cwd` (symlinks are kept).
/// The result is absolute and has no `.`/`..` components, so applying it
/// again gives the same path.
pub fn lexical_absolute(cwd: &Path, p: &Path) -> PathBuf {
    let joined = if p.is_absolute() {
        p.to_path_buf()
    } else {
        cwd.join(p)
    };
    let mut out = PathBuf::from("/");
    for comp in joined.components() {
        match comp {
            Component::ParentDir => {
                out.pop();
            }
            Component::Normal(s) => out.push(s),
            _ => {}
        }
    }
    out
}

/// A path named by a grant or deny, made absolute and canonical: the host
/// resolves symlinks so that a rule means the real file. A path that does
/// not exist is an error before anything runs.
pub fn canonical_path(p: &str, cwd: &Path, what: &str) -> Result<PathBuf> {
    if p.is_empty() {
        bail!("an empty path in --{what}");
    }
    if p.contains('\0') {
        bail!("a path with a NUL byte in --{what}");
    }
    lexical_absolute(cwd, Path::new(p))
        .canonicalize()
        .map_err(|e| format_err!("--{what}={p}: {e}"))
}

/// The directories named by an `--allow-read`/`--allow-write` grant,
/// canonical. No paths means the whole file system.
pub fn granted_dirs(paths: &[String], cwd: &Path, what: &str) -> Result<Vec<PathBuf>> {
    if paths.is_empty() {
        return Ok(vec![PathBuf::from("/")]);
    }
    let mut dirs = Vec::new();
    for p in paths {
        let real = canonical_path(p, cwd, what)?;
        // WASI preopens are directories; a file cannot be granted alone.
        if !real.is_dir() {
            bail!("--{what}={p}: not a directory (grants name directories)");
        }
        dirs.push(real);
    }
    Ok(dirs)
}

/// The paths named by a `--deny-read`/`--deny-write`, canonical. No paths
/// means everything.
pub fn denied_paths(paths: &[String], cwd: &Path, what: &str) -> Result<Vec<PathBuf>> {
    if paths.is_empty() {
        return Ok(vec![PathBuf::from("/")]);
    }
    paths.iter().map(|p| canonical_path(p, cwd, what)).collect()
}

/// Adds a preopen, or widens an existing one of the same directory to
/// writable.
pub fn add_preopen(preopens: &mut Vec<Preopen>, dir: PathBuf, writable: bool) {
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

/// The real directory behind a preopen, which is what denies are compared
/// with (a project reached through a symlink is also preopened by its
/// symlinked name).
fn preopen_key(p: &Preopen) -> PathBuf {
    p.host.canonicalize().unwrap_or_else(|_| p.host.clone())
}

/// Applies denies to the preopens. A deny that equals or contains a grant
/// removes it (`--deny-read`) or makes it read-only (`--deny-write`). A deny
/// strictly inside a grant is refused: a WASI preopen gives its whole tree,
/// so there is no honest way to leave a hole in it.
pub fn apply_denies(
    preopens: &mut Vec<Preopen>,
    deny_read: &[PathBuf],
    deny_write: &[PathBuf],
) -> Result<()> {
    for deny in deny_read {
        refuse_holes(preopens, deny, "--deny-read", |_| true)?;
        preopens.retain(|p| !preopen_key(p).starts_with(deny));
    }
    for deny in deny_write {
        refuse_holes(preopens, deny, "--deny-write", |p| p.writable)?;
        for p in preopens.iter_mut() {
            if preopen_key(p).starts_with(deny) {
                p.writable = false;
            }
        }
    }
    Ok(())
}

fn refuse_holes(
    preopens: &[Preopen],
    deny: &Path,
    flag: &str,
    applies: impl Fn(&Preopen) -> bool,
) -> Result<()> {
    for p in preopens.iter().filter(|p| applies(p)) {
        let key = preopen_key(p);
        if deny != key && deny.starts_with(&key) {
            bail!(
                "{flag}={} lies inside the granted directory {}: sandnode grants whole \
                 directories and cannot exclude a part of one; grant narrower directories instead",
                deny.display(),
                key.display()
            );
        }
    }
    Ok(())
}

// ---- environment --------------------------------------------------------------

/// Checks the names of an `--allow-env`/`--deny-env`.
pub fn check_env_names(names: &[String], what: &str) -> Result<()> {
    for n in names {
        if n.is_empty() || n.contains('=') || n.contains('\0') {
            bail!("--{what}: {n:?} is not an environment variable name");
        }
    }
    Ok(())
}

/// The environment the program sees: what is allowed of `host`, less what is
/// denied.
pub fn resolve_env(
    host: impl IntoIterator<Item = (String, String)>,
    allow: Option<&[String]>,
    deny: Option<&[String]>,
) -> Vec<(String, String)> {
    let Some(allow) = allow else {
        return Vec::new();
    };
    let allowed = |n: &str| allow.is_empty() || allow.iter().any(|a| a == n);
    let denied = |n: &str| deny.is_some_and(|d| d.is_empty() || d.iter().any(|x| x == n));
    let mut env: Vec<_> = host
        .into_iter()
        .filter(|(n, _)| allowed(n) && !denied(n))
        .collect();
    // Keep the order the names were given in when they were listed.
    if !allow.is_empty() {
        env.sort_by_key(|(n, _)| allow.iter().position(|a| a == n));
    }
    env
}

// ---- network ------------------------------------------------------------------

/// The host part of an `--allow-net`/`--deny-net` entry.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum HostPattern {
    Ip(IpAddr),
    /// A network: the address with its host bits cleared, and the prefix.
    Cidr(IpAddr, u8),
    /// A DNS name, lower case, without a trailing dot. Resolved by the host
    /// when an address is checked.
    Name(String),
}

/// One `HOST[:PORT]` entry.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NetRule {
    pub host: HostPattern,
    /// `None`: any port.
    pub port: Option<u16>,
}

/// The canonical spelling of a rule, which parses back to the same rule.
impl std::fmt::Display for NetRule {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let host = match &self.host {
            HostPattern::Ip(ip) => ip.to_string(),
            HostPattern::Cidr(ip, bits) => format!("{ip}/{bits}"),
            HostPattern::Name(n) => n.clone(),
        };
        let v6 = host.contains(':');
        match (self.port, v6) {
            (Some(p), true) => write!(f, "[{host}]:{p}"),
            (Some(p), false) => write!(f, "{host}:{p}"),
            (None, _) => f.write_str(&host),
        }
    }
}

/// Parses `HOST[:PORT]`: an IPv4 address, `[IPv6]`, a bare IPv6 address
/// (no port then), a CIDR network (`10.0.0.0/8`, `[fd00::/8]:443`) or a
/// host name.
pub fn parse_net_rule(s: &str) -> std::result::Result<NetRule, String> {
    let (host, port) = split_host_port(s)?;
    let port = match port {
        None => None,
        Some(p) => Some(parse_port(p)?),
    };
    Ok(NetRule {
        host: parse_host(host)?,
        port,
    })
}

fn split_host_port(s: &str) -> std::result::Result<(&str, Option<&str>), String> {
    if s.is_empty() {
        return Err("an empty network entry".into());
    }
    if let Some(rest) = s.strip_prefix('[') {
        let Some((host, after)) = rest.split_once(']') else {
            return Err(format!("{s:?}: missing ']'"));
        };
        return match after {
            "" => Ok((host, None)),
            _ => match after.strip_prefix(':') {
                Some(p) => Ok((host, Some(p))),
                None => Err(format!("{s:?}: expected ':PORT' after ']'")),
            },
        };
    }
    match s.matches(':').count() {
        0 => Ok((s, None)),
        1 => {
            let (h, p) = s.split_once(':').unwrap_or((s, ""));
            Ok((h, Some(p)))
        }
        // Several colons: a bare IPv6 address, which cannot carry a port.
        _ => Ok((s, None)),
    }
}

fn parse_port(p: &str) -> std::result::Result<u16, String> {
    if p.is_empty() || !p.bytes().all(|b| b.is_ascii_digit()) {
        return Err(format!("{p:?} is not a port number"));
    }
    match p.parse::<u16>() {
        Ok(0) | Err(_) => Err(format!("port {p} is out of range (1-65535)")),
        Ok(n) => Ok(n),
    }
}

fn parse_host(h: &str) -> std::result::Result<HostPattern, String> {
    if let Some((addr, prefix)) = h.split_once('/') {
        let ip: IpAddr = addr
            .parse()
            .map_err(|_| format!("{h:?}: {addr:?} is not an IP address"))?;
        let max = if ip.is_ipv4() { 32 } else { 128 };
        let bits = prefix
            .parse::<u8>()
            .ok()
            .filter(|b| *b <= max && prefix.bytes().all(|c| c.is_ascii_digit()))
            .ok_or_else(|| format!("{h:?}: the prefix length must be 0-{max}"))?;
        return Ok(HostPattern::Cidr(mask(ip, bits), bits));
    }
    if let Ok(ip) = h.parse::<IpAddr>() {
        return Ok(HostPattern::Ip(ip));
    }
    parse_hostname(h).map(HostPattern::Name)
}

/// A DNS name per RFC 1123: labels of letters, digits and hyphens.
fn parse_hostname(h: &str) -> std::result::Result<String, String> {
    let name = h.strip_suffix('.').unwrap_or(h).to_ascii_lowercase();
    let bad = || format!("{h:?} is not a valid host name, IP address or CIDR network");
    if name.is_empty() || name.len() > 253 {
        return Err(bad());
    }
    for label in name.split('.') {
        let ok = !label.is_empty()
            && label.len() <= 63
            && !label.starts_with('-')
            && !label.ends_with('-')
            && label
                .bytes()
                .all(|b| b.is_ascii_alphanumeric() || b == b'-');
        if !ok {
            return Err(bad());
        }
    }
    // All-numeric names (`1.2.3`) look like addresses, not hosts.
    if name
        .split('.')
        .all(|l| l.bytes().all(|b| b.is_ascii_digit()))
    {
        return Err(bad());
    }
    Ok(name)
}

fn mask(ip: IpAddr, bits: u8) -> IpAddr {
    match ip {
        IpAddr::V4(v4) => {
            let m = u32::MAX.checked_shl(32 - u32::from(bits)).unwrap_or(0);
            IpAddr::V4((u32::from(v4) & m).into())
        }
        IpAddr::V6(v6) => {
            let m = u128::MAX.checked_shl(128 - u32::from(bits)).unwrap_or(0);
            IpAddr::V6((u128::from(v6) & m).into())
        }
    }
}

/// IPv4-mapped IPv6 addresses (`::ffff:1.2.3.4`) are the IPv4 address, so a
/// rule for one cannot be side-stepped through the other.
fn normalize(ip: IpAddr) -> IpAddr {
    match ip {
        IpAddr::V6(v6) => v6.to_ipv4_mapped().map_or(ip, IpAddr::V4),
        v4 => v4,
    }
}

impl NetRule {
    fn matches(&self, addr: SocketAddr, resolve: &dyn Fn(&str) -> Vec<IpAddr>) -> bool {
        if self.port.is_some_and(|p| p != addr.port()) {
            return false;
        }
        let ip = normalize(addr.ip());
        match &self.host {
            HostPattern::Ip(rule) => normalize(*rule) == ip,
            HostPattern::Cidr(net, bits) => {
                let net = *net;
                match (net, ip) {
                    (IpAddr::V4(_), IpAddr::V4(_)) | (IpAddr::V6(_), IpAddr::V6(_)) => {
                        mask(ip, *bits) == net
                    }
                    _ => false,
                }
            }
            HostPattern::Name(name) => resolve(name).into_iter().any(|r| normalize(r) == ip),
        }
    }
}

/// Which addresses the program may use. `allow == None`: no network.
/// `Some(empty)`: every address. A deny entry always wins.
#[derive(Debug, Clone, Default)]
pub struct NetPolicy {
    pub allow: Option<Vec<NetRule>>,
    pub deny: Option<Vec<NetRule>>,
}

impl NetPolicy {
    pub fn new(allow: Option<Vec<NetRule>>, deny: Option<Vec<NetRule>>) -> NetPolicy {
        NetPolicy { allow, deny }
    }

    fn denies_everything(&self) -> bool {
        self.deny.as_ref().is_some_and(|d| d.is_empty())
    }

    /// Whether TCP/UDP sockets are linked at all.
    pub fn any_network(&self) -> bool {
        self.allow.is_some() && !self.denies_everything()
    }

    /// wasmtime-wasi 48 can only switch name lookup on or off, not filter
    /// names: it is on when everything is allowed or a host name is granted.
    pub fn name_lookup(&self) -> bool {
        self.any_network()
            && self.allow.as_ref().is_some_and(|a| {
                a.is_empty() || a.iter().any(|r| matches!(r.host, HostPattern::Name(_)))
            })
    }

    fn allowed(&self, addr: SocketAddr, resolve: &dyn Fn(&str) -> Vec<IpAddr>) -> bool {
        self.allow
            .as_ref()
            .is_some_and(|a| a.is_empty() || a.iter().any(|r| r.matches(addr, resolve)))
    }

    fn denied(&self, addr: SocketAddr, resolve: &dyn Fn(&str) -> Vec<IpAddr>) -> bool {
        self.deny
            .as_ref()
            .is_some_and(|d| d.is_empty() || d.iter().any(|r| r.matches(addr, resolve)))
    }

    /// The decision for `socket_addr_check`. `resolve` turns a granted host
    /// name into its addresses.
    pub fn permits(
        &self,
        addr: SocketAddr,
        usage: SocketAddrUse,
        resolve: &dyn Fn(&str) -> Vec<IpAddr>,
    ) -> bool {
        if !self.any_network() || self.denied(addr, resolve) {
            return false;
        }
        match usage {
            // An ephemeral local port on any local address, as bound
            // implicitly before a connect or send: harmless on its own; the
            // connect or send is checked with the remote address.
            SocketAddrUse::TcpBind | SocketAddrUse::UdpBind
                if addr.port() == 0 && addr.ip().is_unspecified() =>
            {
                true
            }
            // The listener (or the socket) was allowed; its peers are only
            // subject to the denies.
            SocketAddrUse::TcpAccept | SocketAddrUse::UdpReceive => true,
            _ => self.allowed(addr, resolve),
        }
    }
}

/// Resolves a host name with the host's resolver (blocking), for rules
/// that name hosts.
pub fn resolve_host(name: &str) -> Vec<IpAddr> {
    use std::net::ToSocketAddrs as _;
    (name, 0)
        .to_socket_addrs()
        .map(|it| it.map(|a| a.ip()).collect())
        .unwrap_or_default()
}

// ---- config file --------------------------------------------------------------

/// The permissions in the project's config: `sandnode.json`'s
/// `"permissions"`, else `package.json`'s `"sandnode": {"permissions"}`.
/// `Ok(None)` when neither has one. Paths in the config are relative to
/// the directory of the file.
pub fn config_permissions(root: &Path) -> Result<Option<Permissions>> {
    for (file, key) in [("sandnode.json", None), ("package.json", Some("sandnode"))] {
        let path = root.join(file);
        let text = match std::fs::read_to_string(&path) {
            Ok(t) => t,
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => continue,
            Err(e) => bail!("cannot read {}: {e}", path.display()),
        };
        let json: serde_json::Value = serde_json::from_str(&text)
            .map_err(|e| format_err!("{}: invalid JSON: {e}", path.display()))?;
        let section = match key {
            Some(k) => json.get(k).and_then(|s| s.get("permissions")),
            None => json.get("permissions"),
        };
        if let Some(section) = section {
            let where_ = format!("{}: \"permissions\"", path.display());
            return permissions_from_json(section, root, &where_).map(Some);
        }
    }
    Ok(None)
}

/// Reads a `permissions` object: keys named as the flags without dashes in
/// front (`"allow-read"`, `"deny-net"`, `"allow-all"`), each `true` (the
/// flag without a value), `false` (absent) or an array of strings.
pub fn permissions_from_json(
    v: &serde_json::Value,
    base: &Path,
    where_: &str,
) -> Result<Permissions> {
    let obj = v
        .as_object()
        .ok_or_else(|| format_err!("{where_}: must be an object"))?;
    let mut p = Permissions::default();
    for (key, value) in obj {
        let at = format!("{where_}.{key}");
        match key.as_str() {
            "allow-all" => {
                p.allow_all = value
                    .as_bool()
                    .ok_or_else(|| format_err!("{at}: must be true or false"))?
            }
            "allow-read" => p.allow_read = paths_value(value, base, &at)?,
            "allow-write" => p.allow_write = paths_value(value, base, &at)?,
            "deny-read" => p.deny_read = paths_value(value, base, &at)?,
            "deny-write" => p.deny_write = paths_value(value, base, &at)?,
            "allow-env" => p.allow_env = strings_value(value, &at)?,
            "deny-env" => p.deny_env = strings_value(value, &at)?,
            "allow-net" => p.allow_net = net_value(value, &at)?,
            "deny-net" => p.deny_net = net_value(value, &at)?,
            _ => bail!(
                "{at}: unknown permission (known: allow-all, allow-read, allow-write, \
                 allow-env, allow-net, deny-read, deny-write, deny-env, deny-net)"
            ),
        }
    }
    Ok(p)
}

fn strings_value(v: &serde_json::Value, at: &str) -> Result<Option<Vec<String>>> {
    let bad = || format_err!("{at}: must be true, false or an array of strings");
    match v {
        serde_json::Value::Bool(false) => Ok(None),
        serde_json::Value::Bool(true) => Ok(Some(Vec::new())),
        serde_json::Value::Array(items) => {
            let list: Option<Vec<String>> = items
                .iter()
                .map(|i| i.as_str().map(str::to_owned))
                .collect();
            let list = list.ok_or_else(bad)?;
            // An empty list grants nothing, unlike `true`.
            if list.is_empty() {
                bail!("{at}: an empty array grants nothing; use false (or true for everything)");
            }
            Ok(Some(list))
        }
        _ => Err(bad()),
    }
}

fn paths_value(v: &serde_json::Value, base: &Path, at: &str) -> Result<Option<Vec<String>>> {
    Ok(strings_value(v, at)?.map(|list| {
        list.iter()
            .map(|p| {
                lexical_absolute(base, Path::new(p))
                    .to_string_lossy()
                    .into_owned()
            })
            .collect()
    }))
}

fn net_value(v: &serde_json::Value, at: &str) -> Result<Option<Vec<NetRule>>> {
    let Some(list) = strings_value(v, at)? else {
        return Ok(None);
    };
    list.iter()
        .map(|s| parse_net_rule(s).map_err(|e| format_err!("{at}: {e}")))
        .collect::<Result<Vec<_>>>()
        .map(Some)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn rule(s: &str) -> NetRule {
        parse_net_rule(s).unwrap()
    }

    fn addr(s: &str) -> SocketAddr {
        s.parse().unwrap()
    }

    fn no_dns(_: &str) -> Vec<IpAddr> {
        Vec::new()
    }

    fn fake_dns(name: &str) -> Vec<IpAddr> {
        match name {
            "example.com" => vec!["93.184.215.14".parse().unwrap()],
            "localhost" => vec!["127.0.0.1".parse().unwrap(), "::1".parse().unwrap()],
            _ => Vec::new(),
        }
    }

    #[test]
    fn lexical_absolute_resolves_dots() {
        let cwd = Path::new("/a/b");
        assert_eq!(
            lexical_absolute(cwd, Path::new("x")),
            PathBuf::from("/a/b/x")
        );
        assert_eq!(
            lexical_absolute(cwd, Path::new("../x")),
            PathBuf::from("/a/x")
        );
        assert_eq!(
            lexical_absolute(cwd, Path::new("/z/./y")),
            PathBuf::from("/z/y")
        );
        assert_eq!(
            lexical_absolute(cwd, Path::new("../../../x")),
            PathBuf::from("/x")
        );
    }

    #[test]
    fn net_rules_parse() {
        assert_eq!(
            rule("127.0.0.1:8080"),
            NetRule {
                host: HostPattern::Ip("127.0.0.1".parse().unwrap()),
                port: Some(8080)
            }
        );
        assert_eq!(rule("[::1]:443").port, Some(443));
        assert_eq!(rule("::1").host, HostPattern::Ip("::1".parse().unwrap()));
        assert_eq!(
            rule("10.1.2.3/8").host,
            HostPattern::Cidr("10.0.0.0".parse().unwrap(), 8)
        );
        assert_eq!(rule("[fd00::1/8]:53").port, Some(53));
        assert_eq!(
            rule("Example.COM.").host,
            HostPattern::Name("example.com".into())
        );
        assert_eq!(rule("localhost:3000").port, Some(3000));
        for bad in [
            "",
            ":80",
            "host:",
            "host:0",
            "host:65536",
            "host:8o",
            "[::1",
            "[::1]x",
            "10.0.0.0/33",
            "::/129",
            "1.2.3.4/x",
            "-bad.com",
            "a..b",
            "a_b.com",
            "1.2.3",
            "*.example.com",
            "http://x",
        ] {
            assert!(parse_net_rule(bad).is_err(), "{bad:?} should not parse");
        }
    }

    #[test]
    fn net_policy_decisions() {
        let none = NetPolicy::default();
        assert!(!none.permits(addr("1.1.1.1:80"), SocketAddrUse::TcpConnect, &no_dns));
        assert!(!none.name_lookup());

        let all = NetPolicy::new(Some(vec![]), None);
        assert!(all.permits(addr("1.1.1.1:80"), SocketAddrUse::TcpConnect, &no_dns));
        assert!(all.name_lookup());

        let some = NetPolicy::new(
            Some(vec![
                rule("127.0.0.1:8080"),
                rule("10.0.0.0/8"),
                rule("example.com:443"),
            ]),
            Some(vec![rule("10.9.9.9")]),
        );
        let ok = |a: &str, u| some.permits(addr(a), u, &fake_dns);
        assert!(ok("127.0.0.1:8080", SocketAddrUse::TcpConnect));
        assert!(ok("[::ffff:127.0.0.1]:8080", SocketAddrUse::TcpConnect));
        assert!(!ok("127.0.0.1:8081", SocketAddrUse::TcpConnect));
        assert!(ok("10.200.1.1:22", SocketAddrUse::TcpConnect));
        assert!(!ok("10.9.9.9:22", SocketAddrUse::TcpConnect), "deny wins");
        assert!(!ok("10.9.9.9:22", SocketAddrUse::TcpAccept), "deny wins");
        assert!(ok("93.184.215.14:443", SocketAddrUse::TcpConnect));
        assert!(!ok("93.184.215.14:80", SocketAddrUse::TcpConnect));
        assert!(ok("0.0.0.0:0", SocketAddrUse::TcpBind), "implicit bind");
        assert!(!ok("0.0.0.0:9000", SocketAddrUse::TcpBind));
        assert!(!ok("0.0.0.0:9000", SocketAddrUse::TcpListen));
        assert!(ok("127.0.0.1:8080", SocketAddrUse::TcpListen));
        assert!(some.name_lookup());

        let denied_all = NetPolicy::new(Some(vec![]), Some(vec![]));
        assert!(!denied_all.permits(addr("1.1.1.1:80"), SocketAddrUse::TcpConnect, &no_dns));
        assert!(!denied_all.any_network());
        assert!(!denied_all.name_lookup());

        let ips_only = NetPolicy::new(Some(vec![rule("1.2.3.4")]), None);
        assert!(!ips_only.name_lookup());
    }

    #[test]
    fn env_resolution() {
        let host = || {
            vec![
                ("A".to_string(), "1".to_string()),
                ("B".to_string(), "2".to_string()),
                ("C".to_string(), "3".to_string()),
            ]
        };
        let names = |v: Vec<(String, String)>| v.into_iter().map(|(n, _)| n).collect::<Vec<_>>();
        assert!(resolve_env(host(), None, None).is_empty());
        assert_eq!(names(resolve_env(host(), Some(&[]), None)), ["A", "B", "C"]);
        let ca = ["C".to_string(), "A".to_string()];
        assert_eq!(names(resolve_env(host(), Some(&ca), None)), ["C", "A"]);
        let b = ["B".to_string()];
        assert_eq!(names(resolve_env(host(), Some(&[]), Some(&b))), ["A", "C"]);
        assert!(resolve_env(host(), Some(&[]), Some(&[])).is_empty());
        assert!(check_env_names(&["A=B".into()], "allow-env").is_err());
        assert!(check_env_names(&["".into()], "allow-env").is_err());
    }

    fn pre(path: &str, writable: bool) -> Preopen {
        Preopen {
            host: PathBuf::from(path),
            guest: path.to_string(),
            writable,
        }
    }

    #[test]
    fn denies_remove_grants_or_make_them_read_only() {
        let base = || {
            vec![
                pre("/nonexistent-sn/a", true),
                pre("/nonexistent-sn/b", false),
            ]
        };
        let mut p = base();
        apply_denies(&mut p, &[PathBuf::from("/nonexistent-sn/a")], &[]).unwrap();
        assert_eq!(p.len(), 1);
        let mut p = base();
        apply_denies(&mut p, &[PathBuf::from("/nonexistent-sn")], &[]).unwrap();
        assert!(p.is_empty());
        let mut p = base();
        apply_denies(&mut p, &[], &[PathBuf::from("/")]).unwrap();
        assert!(p.iter().all(|p| !p.writable));
        // A hole inside a grant is refused.
        let mut p = base();
        let err = apply_denies(&mut p, &[PathBuf::from("/nonexistent-sn/a/x")], &[]).unwrap_err();
        assert!(
            err.to_string().contains("inside the granted directory"),
            "{err}"
        );
        // A write hole inside a read-only grant is fine: nothing is writable.
        let mut p = base();
        apply_denies(&mut p, &[], &[PathBuf::from("/nonexistent-sn/b/x")]).unwrap();
        let mut p = base();
        assert!(apply_denies(&mut p, &[], &[PathBuf::from("/nonexistent-sn/a/x")]).is_err());
    }

    #[test]
    fn config_sections() {
        let base = Path::new("/proj");
        let v = serde_json::json!({
            "allow-read": ["data", "/abs"],
            "allow-env": ["HOME"],
            "allow-net": ["example.com:443"],
            "deny-write": true,
            "allow-all": false
        });
        let p = permissions_from_json(&v, base, "x").unwrap();
        assert_eq!(p.allow_read, Some(vec!["/proj/data".into(), "/abs".into()]));
        assert_eq!(p.allow_env, Some(vec!["HOME".into()]));
        assert_eq!(p.deny_write, Some(vec![]));
        assert_eq!(p.allow_net.as_ref().map(Vec::len), Some(1));
        for bad in [
            serde_json::json!({"allow-raed": true}),
            serde_json::json!({"allow-read": "x"}),
            serde_json::json!({"allow-read": []}),
            serde_json::json!({"allow-net": ["bad host"]}),
            serde_json::json!({"allow-all": "yes"}),
            serde_json::json!([1]),
        ] {
            assert!(permissions_from_json(&bad, base, "x").is_err(), "{bad}");
        }
    }
}
