//! `sandnode host`'s metrics, per tenant, in the Prometheus/OpenMetrics
//! text format (prometheus-client): requests by status, errors, overload
//! rejections, and histograms of latency, instantiation time, CPU time and
//! instance memory. Served on the `metrics` address of tenants.toml.

use crate::request::Report;
use prometheus_client::encoding::EncodeLabelSet;
use prometheus_client::metrics::counter::Counter;
use prometheus_client::metrics::family::Family;
use prometheus_client::metrics::gauge::Gauge;
use prometheus_client::metrics::histogram::{Histogram, exponential_buckets};
use prometheus_client::registry::Registry;
use std::sync::atomic::AtomicU64;

#[derive(Clone, Debug, Hash, PartialEq, Eq, EncodeLabelSet)]
pub struct TenantLabel {
    pub tenant: String,
}

#[derive(Clone, Debug, Hash, PartialEq, Eq, EncodeLabelSet)]
struct StatusLabels {
    tenant: String,
    status: String,
}

type Histograms = Family<TenantLabel, Histogram, fn() -> Histogram>;

pub struct Metrics {
    registry: Registry,
    requests: Family<StatusLabels, Counter>,
    errors: Family<TenantLabel, Counter>,
    overloaded: Family<TenantLabel, Counter>,
    cpu_seconds: Family<TenantLabel, Counter<f64, AtomicU64>>,
    duration: Histograms,
    instantiation: Histograms,
    cpu: Histograms,
    memory: Histograms,
    active: Family<TenantLabel, Gauge>,
    reloads: Family<TenantLabel, Counter>,
    ready: Family<TenantLabel, Gauge>,
    unrouted: Counter,
}

fn latency_buckets() -> Histogram {
    // 100 µs to about 52 s.
    Histogram::new(exponential_buckets(0.0001, 2.0, 20))
}

fn instantiation_buckets() -> Histogram {
    // 5 µs to about 20 ms.
    Histogram::new(exponential_buckets(0.000005, 2.0, 13))
}

fn memory_buckets() -> Histogram {
    // 1 MiB to 4 GiB.
    Histogram::new(exponential_buckets(1048576.0, 2.0, 13))
}

impl Default for Metrics {
    fn default() -> Metrics {
        Metrics::new()
    }
}

impl Metrics {
    pub fn new() -> Metrics {
        let mut registry = Registry::with_prefix("sandnode");
        let m = Metrics {
            requests: Family::default(),
            errors: Family::default(),
            overloaded: Family::default(),
            cpu_seconds: Family::default(),
            duration: Family::new_with_constructor(latency_buckets),
            instantiation: Family::new_with_constructor(instantiation_buckets),
            cpu: Family::new_with_constructor(latency_buckets),
            memory: Family::new_with_constructor(memory_buckets),
            active: Family::default(),
            reloads: Family::default(),
            ready: Family::default(),
            unrouted: Counter::default(),
            registry: Registry::default(),
        };
        registry.register(
            "requests",
            "Requests answered, by tenant and HTTP status",
            m.requests.clone(),
        );
        registry.register(
            "errors",
            "Requests that failed: the app threw, trapped, ran out of time, CPU or memory, or was refused",
            m.errors.clone(),
        );
        registry.register(
            "overloaded",
            "Requests refused with 503 because the tenant's instances and queue were full",
            m.overloaded.clone(),
        );
        registry.register(
            "cpu_seconds",
            "CPU time spent running the tenant's instances",
            m.cpu_seconds.clone(),
        );
        registry.register(
            "request_duration_seconds",
            "Time from a request's arrival to the end of its instance",
            m.duration.clone(),
        );
        registry.register(
            "instantiation_seconds",
            "Time to create a fresh instance from the tenant's snapshot",
            m.instantiation.clone(),
        );
        registry.register(
            "request_cpu_seconds",
            "CPU time of one request's instance",
            m.cpu.clone(),
        );
        registry.register(
            "instance_memory_bytes",
            "Largest linear memory of one request's instance",
            m.memory.clone(),
        );
        registry.register(
            "instances_active",
            "Instances running now",
            m.active.clone(),
        );
        registry.register(
            "tenant_reloads",
            "Times the tenant's app or configuration was reloaded",
            m.reloads.clone(),
        );
        registry.register(
            "tenant_ready",
            "1 when the tenant's snapshot is loaded and serving",
            m.ready.clone(),
        );
        registry.register(
            "unrouted_requests",
            "Requests that matched no tenant's route (404)",
            m.unrouted.clone(),
        );
        Metrics { registry, ..m }
    }

    fn label(tenant: &str) -> TenantLabel {
        TenantLabel {
            tenant: tenant.to_string(),
        }
    }

    /// One finished request.
    pub fn record(&self, tenant: &str, report: &Report) {
        let label = Metrics::label(tenant);
        self.requests
            .get_or_create(&StatusLabels {
                tenant: tenant.to_string(),
                status: report.status.to_string(),
            })
            .inc();
        if report.failure.is_some() || report.status >= 500 {
            self.errors.get_or_create(&label).inc();
        }
        self.duration
            .get_or_create(&label)
            .observe(report.total.as_secs_f64());
        if let Some(inst) = report.instantiate {
            self.instantiation
                .get_or_create(&label)
                .observe(inst.as_secs_f64());
            self.cpu
                .get_or_create(&label)
                .observe(report.cpu.as_secs_f64());
            self.cpu_seconds
                .get_or_create(&label)
                .inc_by(report.cpu.as_secs_f64());
            self.memory
                .get_or_create(&label)
                .observe(report.memory as f64);
        }
    }

    /// An answer the host gave itself (no instance ran): counted as a
    /// request and, being a 5xx, an error.
    pub fn record_answer(&self, tenant: &str, status: u16, took: std::time::Duration) {
        self.record(
            tenant,
            &Report {
                status,
                total: took,
                ..Report::default()
            },
        );
    }

    pub fn overloaded(&self, tenant: &str) {
        self.overloaded.get_or_create(&Metrics::label(tenant)).inc();
    }

    pub fn unrouted(&self) {
        self.unrouted.inc();
    }

    /// Counts an instance in or out of `instances_active`.
    pub fn active(&self, tenant: &str, delta: i64) {
        self.active
            .get_or_create(&Metrics::label(tenant))
            .inc_by(delta);
    }

    pub fn reloaded(&self, tenant: &str) {
        self.reloads.get_or_create(&Metrics::label(tenant)).inc();
    }

    pub fn set_ready(&self, tenant: &str, ready: bool) {
        self.ready
            .get_or_create(&Metrics::label(tenant))
            .set(i64::from(ready));
    }

    /// The text a scrape gets.
    pub fn encode(&self) -> String {
        let mut out = String::new();
        // Writing to a String cannot fail.
        let _ = prometheus_client::encoding::text::encode(&mut out, &self.registry);
        out
    }
}

/// The content type of [`Metrics::encode`]'s text.
pub const CONTENT_TYPE: &str = "application/openmetrics-text; version=1.0.0; charset=utf-8";
