//! Property tests of the permission policy: parsing never panics, canonical
//! forms are fixed points, and a deny always wins. `PROPTEST_CASES=N` runs
//! longer (see docs/SECURITY.md for how long it has run clean).

use proptest::prelude::*;
use sandnode::launch::Preopen;
use sandnode::limits::{parse_duration, parse_size};
use sandnode::policy::{NetPolicy, NetRule, apply_denies, lexical_absolute, parse_net_rule};
use std::net::{IpAddr, SocketAddr};
use std::path::{Component, Path, PathBuf};
use wasmtime_wasi::sockets::SocketAddrUse;

/// Paths over a small alphabet, so that prefixes and equal paths are common.
/// The root does not exist, so canonicalisation leaves them as they are.
fn abstract_path() -> impl Strategy<Value = PathBuf> {
    prop::collection::vec(prop::sample::select(vec!["a", "b", "c"]), 0..4).prop_map(|parts| {
        let mut p = PathBuf::from("/nonexistent-sandnode-prop");
        p.extend(parts);
        p
    })
}

fn preopens() -> impl Strategy<Value = Vec<Preopen>> {
    prop::collection::vec((abstract_path(), any::<bool>()), 0..5).prop_map(|v| {
        v.into_iter()
            .map(|(host, writable)| Preopen {
                guest: host.to_string_lossy().into_owned(),
                host,
                writable,
            })
            .collect()
    })
}

fn small_ip() -> impl Strategy<Value = IpAddr> {
    prop_oneof![
        (0u8..4, 0u8..4).prop_map(|(a, b)| IpAddr::from([10, 0, a, b])),
        (0u16..4).prop_map(|x| IpAddr::from([0xfd00, 0, 0, 0, 0, 0, 0, x])),
        Just(IpAddr::from([127, 0, 0, 1])),
    ]
}

fn net_rule() -> impl Strategy<Value = NetRule> {
    let host = prop_oneof![
        small_ip().prop_map(|ip| ip.to_string()),
        (small_ip(), 0u8..=32).prop_map(|(ip, bits)| match ip {
            IpAddr::V4(_) => format!("{ip}/{}", bits.min(32)),
            IpAddr::V6(_) => format!("{ip}/{}", 96 + bits),
        }),
    ];
    (host, prop::option::of(1u16..4)).prop_map(|(h, port)| {
        let s = match (port, h.contains(':')) {
            (Some(p), true) => format!("[{h}]:{p}"),
            (Some(p), false) => format!("{h}:{p}"),
            (None, _) => h,
        };
        parse_net_rule(&s).unwrap()
    })
}

fn usage() -> impl Strategy<Value = SocketAddrUse> {
    prop::sample::select(vec![
        SocketAddrUse::TcpBind,
        SocketAddrUse::TcpListen,
        SocketAddrUse::TcpAccept,
        SocketAddrUse::TcpConnect,
        SocketAddrUse::UdpBind,
        SocketAddrUse::UdpSend,
        SocketAddrUse::UdpReceive,
    ])
}

fn no_dns(_: &str) -> Vec<IpAddr> {
    Vec::new()
}

proptest! {
    #[test]
    fn parsers_never_panic(s in "\\PC{0,40}") {
        let _ = parse_net_rule(&s);
        let _ = parse_size(&s);
        let _ = parse_duration(&s);
    }

    #[test]
    fn net_rule_like_input_never_panics(s in "[\\[\\]0-9a-fA-F:./*-]{0,40}") {
        let _ = parse_net_rule(&s);
    }

    #[test]
    fn canonical_net_rules_are_fixed_points(s in "[0-9a-z:.\\[\\]/-]{1,30}") {
        if let Ok(rule) = parse_net_rule(&s) {
            let again = parse_net_rule(&rule.to_string()).expect("canonical form parses");
            prop_assert_eq!(&again, &rule);
            prop_assert_eq!(again.to_string(), rule.to_string());
        }
    }

    #[test]
    fn lexical_absolute_is_idempotent(cwd in "(/[a-z.]{1,3}){0,4}", p in "[a-z./]{0,20}") {
        let cwd = if cwd.is_empty() { PathBuf::from("/") } else { PathBuf::from(cwd) };
        let once = lexical_absolute(&cwd, Path::new(&p));
        prop_assert!(once.is_absolute());
        prop_assert!(once.components().all(|c| matches!(c, Component::RootDir | Component::Normal(_))));
        prop_assert_eq!(lexical_absolute(Path::new("/x"), &once), once.clone());
    }

    #[test]
    fn a_file_deny_always_wins(
        mut pre in preopens(),
        deny_read in prop::collection::vec(abstract_path(), 0..3),
        deny_write in prop::collection::vec(abstract_path(), 0..3),
    ) {
        let before = pre.clone();
        if apply_denies(&mut pre, &deny_read, &deny_write).is_err() {
            return Ok(());
        }
        for p in &pre {
            // Nothing under a read deny is reachable: no grant lies in it or
            // contains it.
            for d in &deny_read {
                prop_assert!(!p.host.starts_with(d) && !d.starts_with(&p.host), "{p:?} vs {d:?}");
            }
            if p.writable {
                for d in &deny_write {
                    prop_assert!(!p.host.starts_with(d) && !d.starts_with(&p.host), "{p:?} vs {d:?}");
                }
            }
            // Denies only take away.
            prop_assert!(before.iter().any(|b| b.host == p.host && (b.writable || !p.writable)));
        }
    }

    #[test]
    fn a_net_deny_always_wins(
        allow in prop::option::of(prop::collection::vec(net_rule(), 0..4)),
        deny in prop::collection::vec(net_rule(), 1..4),
        ip in small_ip(),
        port in 0u16..4,
        usage in usage(),
    ) {
        let addr = SocketAddr::new(ip, port);
        let policy = NetPolicy::new(allow.clone(), Some(deny.clone()));
        let denied = NetPolicy::new(Some(deny), None).permits(addr, SocketAddrUse::TcpConnect, &no_dns);
        if denied {
            prop_assert!(!policy.permits(addr, usage, &no_dns));
        }
        if allow.is_none() {
            prop_assert!(!policy.permits(addr, usage, &no_dns));
        }
    }
}
