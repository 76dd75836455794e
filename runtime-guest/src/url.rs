//! WHATWG URL parsing and component setters for the JS `URL` class, done by
//! the `url` crate (Servo's implementation of the URL Standard, IDNA
//! included). JS keeps only the serialized href and asks here for the rest.

use url::Url;

/// The components of a parsed URL, in the order the JS side expects:
/// href, origin, protocol, username, password, host, hostname, port,
/// pathname, search, hash.
pub fn components(u: &Url) -> [String; 11] {
    let search = match u.query() {
        Some(q) if !q.is_empty() => format!("?{q}"),
        _ => String::new(),
    };
    let hash = match u.fragment() {
        Some(f) if !f.is_empty() => format!("#{f}"),
        _ => String::new(),
    };
    let hostname = u.host_str().unwrap_or("").to_string();
    let port = u.port().map(|p| p.to_string()).unwrap_or_default();
    let host = if port.is_empty() {
        hostname.clone()
    } else {
        format!("{hostname}:{port}")
    };
    [
        u.as_str().to_string(),
        u.origin().ascii_serialization(),
        format!("{}:", u.scheme()),
        u.username().to_string(),
        u.password().unwrap_or("").to_string(),
        host,
        hostname,
        port,
        u.path().to_string(),
        search,
        hash,
    ]
}

pub fn parse(input: &str, base: Option<&str>) -> Option<Url> {
    let mut u = match base {
        Some(b) => Url::parse(b).ok()?.join(input).ok()?,
        None => Url::parse(input).ok()?,
    };
    normalize_drive_letter(&mut u);
    Some(u)
}

/// The URL Standard turns a leading `C|` path segment of a file URL into
/// `C:`; the crate keeps the `|`.
fn normalize_drive_letter(u: &mut Url) {
    if u.scheme() != "file" {
        return;
    }
    let path = u.path();
    let b = path.as_bytes();
    let is_drive = b.len() >= 3
        && b[0] == b'/'
        && b[1].is_ascii_alphabetic()
        && b[2] == b'|'
        && (b.len() == 3 || b[3] == b'/');
    if is_drive {
        let fixed = format!("/{}:{}", &path[1..2], &path[3..]);
        u.set_path(&fixed);
    }
}

/// Applies a URL setter as the URL Standard defines it (invalid values are
/// ignored, as in browsers and Node). Returns the new href.
pub fn set(href: &str, component: &str, value: &str) -> Option<String> {
    let mut u = Url::parse(href).ok()?;
    match component {
        "href" => u = Url::parse(value).ok()?,
        "protocol" => {
            let scheme = value.split(':').next().unwrap_or("");
            let _ = u.set_scheme(scheme);
        }
        "username" => {
            let _ = u.set_username(value);
        }
        "password" => {
            let _ = u.set_password(if value.is_empty() { None } else { Some(value) });
        }
        "host" => {
            if !u.cannot_be_a_base() {
                let _ = url::quirks::set_host(&mut u, value);
            }
        }
        "hostname" => {
            if !u.cannot_be_a_base() {
                let _ = url::quirks::set_hostname(&mut u, value);
            }
        }
        "port" => {
            let _ = url::quirks::set_port(&mut u, value);
        }
        "pathname" => url::quirks::set_pathname(&mut u, value),
        "search" => url::quirks::set_search(&mut u, value),
        "hash" => url::quirks::set_hash(&mut u, value),
        _ => return None,
    }
    normalize_drive_letter(&mut u);
    Some(u.as_str().to_string())
}

/// domainToASCII / domainToUnicode: '' for an invalid domain, as in Node.
pub fn domain_to_ascii(domain: &str) -> String {
    Url::parse(&format!("ws://{domain}"))
        .ok()
        .and_then(|u| u.host_str().map(str::to_string))
        .unwrap_or_default()
}

/// The host as WHATWG parses it (IPv4 numbers normalised), with its
/// labels turned back into Unicode.
pub fn domain_to_unicode(domain: &str) -> String {
    let ascii = domain_to_ascii(domain);
    if ascii.is_empty() || ascii.starts_with('[') {
        return ascii;
    }
    let (unicode, result) = idna::domain_to_unicode(&ascii);
    if result.is_ok() {
        unicode
    } else {
        String::new()
    }
}
