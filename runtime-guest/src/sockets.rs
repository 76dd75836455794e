//! What TCP (`net.rs`) and UDP (`udp.rs`) share: the instance network,
//! socket addresses in both directions, and the error JS maps to Node's.

use rquickjs::{Array, Ctx, Object, Result, Value};
use std::cell::OnceCell;
use std::net::{IpAddr, Ipv4Addr, Ipv6Addr};
use wasip2::sockets::network::{
    ErrorCode, IpAddress, IpSocketAddress, Ipv4SocketAddress, Ipv6SocketAddress, Network,
};

thread_local! {
    // Taken on first use, never during pre-initialisation.
    static NETWORK: OnceCell<Network> = const { OnceCell::new() };
}

pub fn with_network<R>(f: impl FnOnce(&Network) -> R) -> R {
    NETWORK.with(|cell| f(cell.get_or_init(wasip2::sockets::instance_network::instance_network)))
}

/// The error JS maps to Node's: `wasi` names what failed.
pub fn fail(ctx: &Ctx<'_>, wasi: &str) -> rquickjs::Error {
    let build = || -> Result<Value<'_>> {
        let ctor: rquickjs::function::Constructor = ctx.globals().get("Error")?;
        let e: Object = ctor.construct((wasi,))?;
        e.set("wasi", wasi)?;
        Ok(e.into_value())
    };
    match build() {
        Ok(v) => ctx.throw(v),
        Err(e) => e,
    }
}

pub fn fail_code(ctx: &Ctx<'_>, code: ErrorCode) -> rquickjs::Error {
    fail(ctx, code.name())
}

pub fn parse_ip(ctx: &Ctx<'_>, address: &str) -> Result<IpAddr> {
    address
        .parse::<IpAddr>()
        .map_err(|_| fail(ctx, "invalid-argument"))
}

pub fn socket_address(ip: IpAddr, port: u16) -> IpSocketAddress {
    match ip {
        IpAddr::V4(v4) => {
            let o = v4.octets();
            IpSocketAddress::Ipv4(Ipv4SocketAddress {
                port,
                address: (o[0], o[1], o[2], o[3]),
            })
        }
        IpAddr::V6(v6) => {
            let s = v6.segments();
            IpSocketAddress::Ipv6(Ipv6SocketAddress {
                port,
                flow_info: 0,
                address: (s[0], s[1], s[2], s[3], s[4], s[5], s[6], s[7]),
                scope_id: 0,
            })
        }
    }
}

/// An IP address as Node writes it.
pub fn ip_string(ip: IpAddress) -> String {
    match ip {
        IpAddress::Ipv4((a, b, c, d)) => Ipv4Addr::new(a, b, c, d).to_string(),
        IpAddress::Ipv6((a, b, c, d, e, f, g, h)) => {
            Ipv6Addr::new(a, b, c, d, e, f, g, h).to_string()
        }
    }
}

/// `(address, port, family)` of a wasi socket address.
pub fn split_address(addr: IpSocketAddress) -> (String, u16, &'static str) {
    match addr {
        IpSocketAddress::Ipv4(a) => {
            let (b0, b1, b2, b3) = a.address;
            (Ipv4Addr::new(b0, b1, b2, b3).to_string(), a.port, "IPv4")
        }
        IpSocketAddress::Ipv6(a) => {
            let (s0, s1, s2, s3, s4, s5, s6, s7) = a.address;
            let ip = Ipv6Addr::new(s0, s1, s2, s3, s4, s5, s6, s7);
            (ip.to_string(), a.port, "IPv6")
        }
    }
}

/// `[address, port, family]` as Node's `address()` and `remoteAddress` want it.
pub fn address_array<'js>(ctx: &Ctx<'js>, addr: IpSocketAddress) -> Result<Array<'js>> {
    let (ip, port, family) = split_address(addr);
    let arr = Array::new(ctx.clone())?;
    arr.set(0, ip)?;
    arr.set(1, port)?;
    arr.set(2, family)?;
    Ok(arr)
}
