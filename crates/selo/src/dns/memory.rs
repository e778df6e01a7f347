//! An in-memory zone behind the [`Resolver`] trait, for tests.

use super::{Answer, LookupError, Outcome, QueryType, Rdata, Resolver, normalize};
use std::cell::{Cell, RefCell};
use std::collections::{BTreeMap, BTreeSet};
use std::future::Future;
use std::pin::Pin;
use std::task::{Context, Poll};

/// An in-memory zone that answers like a recursive resolver: CNAMEs are
/// followed (and reported in [`Answer::cname_chain`]), a name that holds any
/// record (or is the parent of one) exists, so a missing type is NODATA and a
/// missing name NXDOMAIN (unless a wildcard `*.<closest encloser>` answers for
/// it, RFC 4592). Failures can be injected per name and type.
///
/// Every lookup yields once to the executor before answering, like a real
/// network query, so that lookups started together are in flight together
/// (which [`super::CachingResolver`]'s round-trip count relies on).
///
/// ```
/// use futures::executor::block_on;
/// use selo::dns::{MemoryZone, Outcome, QueryType, Resolver};
/// let mut z = MemoryZone::new();
/// z.txt("example.com", &["v=spf1 ", "-all"]);
/// let a = block_on(z.lookup("example.com", QueryType::Txt));
/// assert_eq!(a.txt(), vec!["v=spf1 -all".to_string()]);
/// assert_eq!(block_on(z.lookup("example.com", QueryType::Mx)).outcome, Outcome::NoData);
/// assert_eq!(block_on(z.lookup("nope.example.com", QueryType::Mx)).outcome, Outcome::NxDomain);
/// ```
#[derive(Clone, Debug, Default)]
pub struct MemoryZone {
    records: BTreeMap<(String, QueryType), Vec<Rdata>>,
    names: BTreeSet<String>,
    cnames: BTreeMap<String, String>,
    failures: BTreeMap<(String, Option<QueryType>), LookupError>,
    authenticated: bool,
    lookups: Cell<usize>,
    log: RefCell<Vec<(String, QueryType)>>,
}

impl MemoryZone {
    /// An empty zone (every name NXDOMAIN).
    pub fn new() -> Self {
        MemoryZone::default()
    }

    /// Answers carry the AD bit (as from a validating resolver) or not.
    pub fn set_authenticated(&mut self, yes: bool) -> &mut Self {
        self.authenticated = yes;
        self
    }

    /// Adds a record.
    pub fn add(&mut self, name: &str, data: Rdata) -> &mut Self {
        let name = normalize(name);
        let qtype = match &data {
            Rdata::Txt(_) => QueryType::Txt,
            Rdata::Mx { .. } => QueryType::Mx,
            Rdata::A(_) => QueryType::A,
            Rdata::Aaaa(_) => QueryType::Aaaa,
            Rdata::Cname(t) => {
                self.cnames.insert(name.clone(), normalize(t));
                QueryType::Cname
            }
            Rdata::Ptr(_) => QueryType::Ptr,
        };
        self.mark_exists(&name);
        self.records.entry((name, qtype)).or_default().push(data);
        self
    }

    /// Removes the records of `qtype` at `name` (the name keeps existing).
    pub fn remove(&mut self, name: &str, qtype: QueryType) -> &mut Self {
        self.records.remove(&(normalize(name), qtype));
        self
    }

    /// Adds a TXT record made of these character-strings.
    pub fn txt(&mut self, name: &str, strings: &[&str]) -> &mut Self {
        self.add(
            name,
            Rdata::Txt(strings.iter().map(|s| s.as_bytes().to_vec()).collect()),
        )
    }

    /// Adds an MX record.
    pub fn mx(&mut self, name: &str, preference: u16, exchange: &str) -> &mut Self {
        self.add(
            name,
            Rdata::Mx {
                preference,
                exchange: normalize(exchange),
            },
        )
    }

    /// Adds an A record.
    pub fn a(&mut self, name: &str, addr: std::net::Ipv4Addr) -> &mut Self {
        self.add(name, Rdata::A(addr))
    }

    /// Adds a CNAME.
    pub fn cname(&mut self, name: &str, target: &str) -> &mut Self {
        self.add(name, Rdata::Cname(normalize(target)))
    }

    /// Makes the name exist without records (an empty non-terminal).
    pub fn exists(&mut self, name: &str) -> &mut Self {
        self.mark_exists(&normalize(name));
        self
    }

    /// Every lookup of `name` (of `qtype`, or of any type when `None`)
    /// fails with `error`.
    pub fn fail(&mut self, name: &str, qtype: Option<QueryType>, error: LookupError) -> &mut Self {
        self.failures.insert((normalize(name), qtype), error);
        self
    }

    /// How many lookups were answered.
    pub fn lookups(&self) -> usize {
        self.lookups.get()
    }

    /// The questions asked, in order.
    pub fn log(&self) -> Vec<(String, QueryType)> {
        self.log.borrow().clone()
    }

    fn mark_exists(&mut self, name: &str) {
        let mut n = name;
        loop {
            self.names.insert(n.to_string());
            match n.split_once('.') {
                Some((_, rest)) if !rest.is_empty() => n = rest,
                _ => break,
            }
        }
    }

    /// The wildcard `*.<closest encloser>` that answers for a name that does
    /// not exist (RFC 4592 3.3.1), if there is one.
    fn wildcard_for(&self, name: &str) -> Option<String> {
        let mut n = name;
        while let Some((_, parent)) = n.split_once('.') {
            if self.names.contains(parent) {
                let w = format!("*.{parent}");
                return self.names.contains(&w).then_some(w);
            }
            n = parent;
        }
        None
    }

    fn answer(&self, name: &str, qtype: QueryType) -> Answer {
        let mut name = normalize(name);
        let mut chain = Vec::new();
        loop {
            for key in [(name.clone(), Some(qtype)), (name.clone(), None)] {
                if let Some(e) = self.failures.get(&key) {
                    let mut a = Answer::failed(e.clone());
                    a.cname_chain = chain;
                    return a;
                }
            }
            if qtype != QueryType::Cname
                && let Some(target) = self.cnames.get(&name)
            {
                if chain.len() >= 8 || chain.contains(target) {
                    return Answer::failed(LookupError::ServFail);
                }
                chain.push(target.clone());
                name = target.clone();
                continue;
            }
            let wildcard = (!self.names.contains(&name))
                .then(|| self.wildcard_for(&name))
                .flatten();
            let owner = wildcard.clone().unwrap_or_else(|| name.clone());
            let outcome = match self.records.get(&(owner.clone(), qtype)) {
                Some(r) if !r.is_empty() => Outcome::Records(r.clone()),
                _ if self.names.contains(&owner) => Outcome::NoData,
                _ => Outcome::NxDomain,
            };
            return Answer {
                outcome,
                ttl: Some(300),
                authenticated: self.authenticated,
                cname_chain: chain,
            };
        }
    }
}

/// A future that is pending once, then ready: a stand-in for the network.
struct YieldOnce(bool);

impl Future for YieldOnce {
    type Output = ();
    fn poll(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<()> {
        if self.0 {
            Poll::Ready(())
        } else {
            self.0 = true;
            cx.waker().wake_by_ref();
            Poll::Pending
        }
    }
}

impl Resolver for MemoryZone {
    async fn lookup(&self, name: &str, qtype: QueryType) -> Answer {
        self.log.borrow_mut().push((normalize(name), qtype));
        YieldOnce(false).await;
        self.lookups.set(self.lookups.get() + 1);
        self.answer(name, qtype)
    }
}
