//! The cache for one check, which also counts queries and round trips.

use super::{Answer, LookupError, QueryType, Resolver, normalize};
use std::cell::{Cell, RefCell};
use std::collections::HashMap;
use std::future::Future;
use std::pin::Pin;
use std::task::{Context, Poll, Waker};

enum Slot {
    Pending(Vec<Waker>),
    Done(Answer),
}

type Slots = RefCell<HashMap<(String, QueryType), Slot>>;

/// A cache in front of a resolver for the length of one check.
///
/// Identical lookups (same name, same type) share one query, even when
/// they are asked at the same time: the later ones wait for the first.
/// It counts the queries sent ([`queries`](Self::queries)) and the
/// sequential round trips ([`round_trips`](Self::round_trips)): the longest
/// chain of queries each started after the previous one finished. A query's
/// depth is one more than the greatest depth of the queries that had
/// finished when it started.
///
/// Make a new one for every check: answers are kept until it is dropped.
pub struct CachingResolver<R: Resolver> {
    inner: R,
    slots: Slots,
    queries: Cell<usize>,
    finished_depth: Cell<usize>,
    authenticated: Cell<bool>,
    answered: Cell<usize>,
    reached: Cell<bool>,
}

impl<R: Resolver> CachingResolver<R> {
    /// A fresh cache in front of `inner`.
    pub fn new(inner: R) -> Self {
        CachingResolver {
            inner,
            slots: RefCell::new(HashMap::new()),
            queries: Cell::new(0),
            finished_depth: Cell::new(0),
            authenticated: Cell::new(true),
            answered: Cell::new(0),
            reached: Cell::new(false),
        }
    }

    /// The queries sent to the resolver (cache hits not counted).
    pub fn queries(&self) -> usize {
        self.queries.get()
    }

    /// The longest chain of queries that waited one for another.
    pub fn round_trips(&self) -> usize {
        self.finished_depth.get()
    }

    /// True when at least one answer came back and every answer that came
    /// back (failures aside) carried the AD bit.
    pub fn all_authenticated(&self) -> bool {
        self.answered.get() > 0 && self.authenticated.get()
    }

    /// True once some query got a DNS answer from the resolver (records,
    /// NXDOMAIN, NODATA, SERVFAIL or REFUSED). While it is false, every
    /// query that finished failed on the way: the resolver could not be
    /// reached, or what answered is not a DNS-over-HTTPS resolver.
    pub fn reached_resolver(&self) -> bool {
        self.reached.get()
    }

    /// The resolver behind the cache.
    pub fn inner(&self) -> &R {
        &self.inner
    }
}

/// Waits for another caller's query of the same question.
struct Wait<'a> {
    slots: &'a Slots,
    key: (String, QueryType),
}

impl Future for Wait<'_> {
    type Output = Option<Answer>;
    fn poll(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<Option<Answer>> {
        let mut slots = self.slots.borrow_mut();
        match slots.get_mut(&self.key) {
            Some(Slot::Done(a)) => Poll::Ready(Some(a.clone())),
            Some(Slot::Pending(w)) => {
                if !w.iter().any(|x| x.will_wake(cx.waker())) {
                    w.push(cx.waker().clone());
                }
                Poll::Pending
            }
            // The first caller was cancelled: ask again.
            None => Poll::Ready(None),
        }
    }
}

/// Removes the pending slot (and wakes its waiters) when the query that
/// owns it is dropped before it finished.
struct PendingGuard<'a> {
    slots: &'a Slots,
    key: Option<(String, QueryType)>,
}

impl Drop for PendingGuard<'_> {
    fn drop(&mut self) {
        if let Some(key) = self.key.take()
            && let Ok(mut slots) = self.slots.try_borrow_mut()
            && let Some(Slot::Pending(w)) = slots.remove(&key)
        {
            w.into_iter().for_each(Waker::wake);
        }
    }
}

impl<R: Resolver> Resolver for CachingResolver<R> {
    async fn lookup(&self, name: &str, qtype: QueryType) -> Answer {
        let key = (normalize(name), qtype);
        loop {
            let wait = {
                let mut slots = self.slots.borrow_mut();
                match slots.get(&key) {
                    Some(Slot::Done(a)) => return a.clone(),
                    Some(Slot::Pending(_)) => true,
                    None => {
                        slots.insert(key.clone(), Slot::Pending(Vec::new()));
                        false
                    }
                }
            };
            if !wait {
                break;
            }
            if let Some(a) = (Wait {
                slots: &self.slots,
                key: key.clone(),
            })
            .await
            {
                return a;
            }
        }
        let mut guard = PendingGuard {
            slots: &self.slots,
            key: Some(key.clone()),
        };
        let depth = self.finished_depth.get() + 1;
        self.queries.set(self.queries.get() + 1);
        let answer = if key.0.len() > 253 || key.0.is_empty() {
            Answer::failed(LookupError::Malformed(
                "the name is not a valid DNS name".into(),
            ))
        } else {
            self.inner.lookup(&key.0, qtype).await
        };
        self.finished_depth
            .set(self.finished_depth.get().max(depth));
        if answer.error().is_none_or(LookupError::is_dns_answer) {
            self.reached.set(true);
        }
        if answer.error().is_none() {
            self.answered.set(self.answered.get() + 1);
            if !answer.authenticated {
                self.authenticated.set(false);
            }
        }
        guard.key = None;
        let waiters = {
            let mut slots = self.slots.borrow_mut();
            match slots.insert(key, Slot::Done(answer.clone())) {
                Some(Slot::Pending(w)) => w,
                _ => Vec::new(),
            }
        };
        waiters.into_iter().for_each(Waker::wake);
        answer
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::dns::MemoryZone;
    use futures::executor::block_on;
    use futures::future::join_all;

    #[test]
    fn shares_concurrent_queries_and_counts_round_trips() {
        let mut z = MemoryZone::new();
        z.txt("a.example", &["one"]).txt("b.example", &["two"]);
        let c = CachingResolver::new(z);
        block_on(async {
            let first = join_all([
                c.lookup("a.example", QueryType::Txt),
                c.lookup("A.example.", QueryType::Txt),
                c.lookup("b.example", QueryType::Txt),
            ])
            .await;
            assert_eq!(first[0], first[1]);
            assert_eq!(c.queries(), 2);
            assert_eq!(c.round_trips(), 1);
            // A cache hit costs nothing.
            c.lookup("a.example", QueryType::Txt).await;
            assert_eq!(c.queries(), 2);
            assert_eq!(c.round_trips(), 1);
            // A query started after the others finished is a second trip.
            c.lookup("c.example", QueryType::Txt).await;
            assert_eq!(c.round_trips(), 2);
            c.lookup("d.example", QueryType::Mx).await;
            assert_eq!(c.round_trips(), 3);
            assert_eq!(c.queries(), 4);
        });
        assert_eq!(c.inner().lookups(), 4);
        assert!(!c.all_authenticated());
    }

    #[test]
    fn knows_whether_the_resolver_answered_at_all() {
        let mut z = MemoryZone::new();
        z.txt("a.example", &["one"])
            .fail("down.example", None, LookupError::Network("refused".into()))
            .fail("slow.example", None, LookupError::Timeout)
            .fail("broken.example", None, LookupError::ServFail);
        let c = CachingResolver::new(z);
        block_on(async {
            c.lookup("down.example", QueryType::Txt).await;
            c.lookup("slow.example", QueryType::Mx).await;
            assert!(!c.reached_resolver(), "failures on the way only");
            // SERVFAIL is the resolver's own answer.
            c.lookup("broken.example", QueryType::Txt).await;
            assert!(c.reached_resolver());
        });
        let mut z = MemoryZone::new();
        z.txt("a.example", &["one"]);
        let c = CachingResolver::new(z);
        assert!(!c.reached_resolver());
        block_on(c.lookup("nope.example", QueryType::Txt));
        assert!(c.reached_resolver(), "NXDOMAIN is an answer");
    }

    #[test]
    fn a_cancelled_query_leaves_no_stuck_waiter() {
        use futures::FutureExt;
        use futures::task::{Context, noop_waker_ref};
        let mut z = MemoryZone::new();
        z.txt("a.example", &["one"]);
        let c = CachingResolver::new(z);
        let mut cx = Context::from_waker(noop_waker_ref());
        let mut first = Box::pin(c.lookup("a.example", QueryType::Txt));
        let mut second = Box::pin(c.lookup("a.example", QueryType::Txt));
        assert!(first.poll_unpin(&mut cx).is_pending());
        assert!(second.poll_unpin(&mut cx).is_pending());
        // The owner of the query goes away (the user left the page).
        drop(first);
        // The waiter asks again and gets its answer.
        let a = block_on(second);
        assert_eq!(a.txt(), ["one"]);
        assert_eq!(c.queries(), 2);
        assert_eq!(c.inner().lookups(), 1);
    }
}
