//! Go's `sync.Cond`, `sync.Map` and `sync.Pool`.

use std::collections::{HashMap, VecDeque};
use std::future::Future;
use std::pin::Pin;
use std::sync::{Arc, Mutex as StdMutex};
use std::task::{Context, Poll};

use super::{Mutex, Parked, RWMutex, wake_one};
use crate::func::Func;
use crate::iface::Any;
use crate::sched::WaitReason;
use crate::slice::lock;
use crate::wait::Token;

/// The lock a `sync.Cond` holds (`c.L`): a Mutex, or an RWMutex's write
/// lock.
#[derive(Clone, PartialEq, Eq)]
pub enum Locker {
    Mutex(Mutex),
    RWMutex(RWMutex),
}

impl Locker {
    /// `l.Lock()`.
    pub async fn lock(&self) {
        match self {
            Locker::Mutex(mutex) => mutex.lock().await,
            Locker::RWMutex(rw) => rw.lock().await,
        }
    }

    /// `l.Unlock()`.
    pub fn unlock(&self) {
        match self {
            Locker::Mutex(mutex) => mutex.unlock(),
            Locker::RWMutex(rw) => rw.unlock(),
        }
    }
}

impl From<Mutex> for Locker {
    fn from(mutex: Mutex) -> Locker {
        Locker::Mutex(mutex)
    }
}

impl From<RWMutex> for Locker {
    fn from(rw: RWMutex) -> Locker {
        Locker::RWMutex(rw)
    }
}

/// Go's `*sync.Cond`: goroutines wait for a signal while holding `L`.
/// The default value is a nil pointer.
#[derive(Clone, Default)]
pub struct Cond(Option<Arc<CondShared>>);

struct CondShared {
    locker: Locker,
    waiters: StdMutex<VecDeque<Arc<Token>>>,
}

/// `sync.NewCond(&mu)`.
pub fn new_cond(locker: impl Into<Locker>) -> Cond {
    Cond(Some(Arc::new(CondShared {
        locker: locker.into(),
        waiters: StdMutex::new(VecDeque::new()),
    })))
}

impl Cond {
    /// Whether this is a nil pointer.
    pub fn is_nil(&self) -> bool {
        self.0.is_none()
    }

    /// The address `%p` and `%v` print (0 for nil).
    pub fn address(&self) -> usize {
        self.0.as_ref().map_or(0, |shared| Arc::as_ptr(shared) as usize)
    }

    /// The condition; a nil `*Cond` panics as Go's does.
    fn shared(&self) -> &CondShared {
        match &self.0 {
            Some(shared) => shared,
            None => crate::panic::nil_dereference(),
        }
    }

    /// `c.L`.
    pub fn l(&self) -> Locker {
        self.shared().locker.clone()
    }

    /// `c.Wait()`: unlocks `L`, waits for `Signal` or `Broadcast`, and
    /// locks `L` again before returning.
    pub async fn wait(&self) {
        CondWait {
            cond: self,
            parked: Parked { token: None },
            started: false,
        }
        .await;
        self.shared().locker.lock().await;
    }

    /// `c.Signal()`: wakes one waiting goroutine, if any.
    pub fn signal(&self) {
        let token = wake_one(&mut lock(&self.shared().waiters));
        if let Some(token) = token {
            token.deliver(false);
        }
    }

    /// `c.Broadcast()`: wakes every waiting goroutine.
    pub fn broadcast(&self) {
        let waiters = std::mem::take(&mut *lock(&self.shared().waiters));
        for token in waiters {
            if token.try_select(0) {
                token.deliver(false);
            }
        }
    }
}

impl PartialEq for Cond {
    fn eq(&self, other: &Cond) -> bool {
        self.address() == other.address()
    }
}

impl Eq for Cond {}

/// The first half of [`Cond::wait`]: joins the wait list, then unlocks, as
/// Go's `notifyListAdd` before `L.Unlock()`, so no signal is lost.
struct CondWait<'a> {
    cond: &'a Cond,
    parked: Parked,
    started: bool,
}

impl Future for CondWait<'_> {
    type Output = ();

    fn poll(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<()> {
        let this = &mut *self;
        if this.started {
            return this.parked.poll_token(cx);
        }
        this.started = true;
        let token = Token::new(cx);
        lock(&this.cond.shared().waiters).push_back(token.clone());
        this.cond.shared().locker.unlock();
        this.parked.token = Some(token.clone());
        if token.try_park(WaitReason::CondWait) {
            Poll::Pending
        } else {
            this.parked.poll_token(cx)
        }
    }
}

/// Go's `sync.Map`: a map of `any` to `any` safe for concurrent use.
#[derive(Clone, Default)]
pub struct Map(Arc<StdMutex<HashMap<Any, Any>>>);

impl Map {
    /// `m.Load(key)`.
    pub fn load(&self, key: &Any) -> (Any, bool) {
        match lock(&self.0).get(key) {
            Some(value) => (value.clone(), true),
            None => (Any::nil(), false),
        }
    }

    /// `m.Store(key, value)`.
    pub fn store(&self, key: &Any, value: &Any) {
        lock(&self.0).insert(key.clone(), value.clone());
    }

    /// `m.LoadOrStore(key, value)`: the existing value and true, or stores
    /// `value` and returns it with false.
    pub fn load_or_store(&self, key: &Any, value: &Any) -> (Any, bool) {
        let mut entries = lock(&self.0);
        match entries.get(key) {
            Some(existing) => (existing.clone(), true),
            None => {
                entries.insert(key.clone(), value.clone());
                (value.clone(), false)
            }
        }
    }

    /// `m.LoadAndDelete(key)`.
    pub fn load_and_delete(&self, key: &Any) -> (Any, bool) {
        match lock(&self.0).remove(key) {
            Some(value) => (value, true),
            None => (Any::nil(), false),
        }
    }

    /// `m.Delete(key)`.
    pub fn delete(&self, key: &Any) {
        lock(&self.0).remove(key);
    }

    /// `m.Swap(key, value)`: the previous value, and whether there was one.
    pub fn swap(&self, key: &Any, value: &Any) -> (Any, bool) {
        match lock(&self.0).insert(key.clone(), value.clone()) {
            Some(previous) => (previous, true),
            None => (Any::nil(), false),
        }
    }

    /// `m.CompareAndSwap(key, old, new)`.
    pub fn compare_and_swap(&self, key: &Any, old: &Any, new: &Any) -> bool {
        let mut entries = lock(&self.0);
        match entries.get_mut(key) {
            Some(current) if current == old => {
                *current = new.clone();
                true
            }
            _ => false,
        }
    }

    /// `m.CompareAndDelete(key, old)`.
    pub fn compare_and_delete(&self, key: &Any, old: &Any) -> bool {
        let mut entries = lock(&self.0);
        if entries.get(key) == Some(old) {
            entries.remove(key);
            true
        } else {
            false
        }
    }

    /// `m.Clear()`.
    pub fn clear(&self) {
        lock(&self.0).clear();
    }

    /// `m.Range(f)`: calls `f` for each entry until it returns false. The
    /// map is not locked while `f` runs (it may use the map); an entry
    /// deleted before its turn is skipped, as in Go.
    pub fn range(&self, f: &Func<dyn Fn(Any, Any) -> bool + Send + Sync>) {
        let keys: Vec<Any> = lock(&self.0).keys().cloned().collect();
        for key in keys {
            let value = lock(&self.0).get(&key).cloned();
            if let Some(value) = value
                && !f(key, value)
            {
                break;
            }
        }
    }
}

impl PartialEq for Map {
    fn eq(&self, other: &Map) -> bool {
        Arc::ptr_eq(&self.0, &other.0)
    }
}

impl Eq for Map {}

/// Go's `sync.Pool`: a cache of values to reuse; `New` makes one when the
/// pool is empty.
#[derive(Clone, Default)]
pub struct Pool(Arc<PoolShared>);

#[derive(Default)]
struct PoolShared {
    new: Func<dyn Fn() -> Any + Send + Sync>,
    items: StdMutex<Vec<Any>>,
}

impl Pool {
    /// `sync.Pool{New: f}`.
    pub fn new(new: Func<dyn Fn() -> Any + Send + Sync>) -> Pool {
        Pool(Arc::new(PoolShared {
            new,
            items: StdMutex::new(Vec::new()),
        }))
    }

    /// `p.Get()`: a value put back earlier, else `New()`'s, else nil.
    pub fn get(&self) -> Any {
        let reused = lock(&self.0.items).pop();
        match reused {
            Some(item) => item,
            None if self.0.new.is_nil() => Any::nil(),
            None => (self.0.new)(),
        }
    }

    /// `p.Put(x)`: a nil `x` is ignored.
    pub fn put(&self, item: &Any) {
        if !item.is_nil() {
            lock(&self.0.items).push(item.clone());
        }
    }
}

impl PartialEq for Pool {
    fn eq(&self, other: &Pool) -> bool {
        Arc::ptr_eq(&self.0, &other.0)
    }
}

impl Eq for Pool {}

#[cfg(test)]
mod tests {
    use std::sync::atomic::{AtomicI64, Ordering};

    use super::*;
    use crate::sched;

    fn any(value: i64) -> Any {
        crate::iface::any(value)
    }

    #[test]
    fn signal_wakes_a_waiter_that_then_holds_the_lock() {
        sched::run_to_completion(async {
            let mu = Mutex::new();
            let cond = new_cond(mu.clone());
            let ready = Arc::new(AtomicI64::new(0));
            let done = crate::chan::Chan::<bool>::new(0);
            {
                let (cond, ready, done) = (cond.clone(), ready.clone(), done.clone());
                sched::go(async move {
                    cond.l().lock().await;
                    while ready.load(Ordering::SeqCst) == 0 {
                        cond.wait().await;
                    }
                    cond.l().unlock();
                    done.send(true).await;
                });
            }
            tokio::time::sleep(std::time::Duration::from_millis(10)).await;
            mu.lock().await;
            ready.store(1, Ordering::SeqCst);
            cond.broadcast();
            mu.unlock();
            assert!(done.recv().await);
        });
    }

    #[test]
    fn map_operations() {
        let m = Map::default();
        assert_eq!(m.load_or_store(&any(1), &any(10)), (any(10), false));
        assert_eq!(m.load_or_store(&any(1), &any(11)), (any(10), true));
        assert_eq!(m.swap(&any(1), &any(12)), (any(10), true));
        assert!(!m.compare_and_swap(&any(1), &any(10), &any(13)));
        assert!(m.compare_and_swap(&any(1), &any(12), &any(13)));
        m.store(&any(2), &any(20));
        let seen = Arc::new(AtomicI64::new(0));
        let counted = seen.clone();
        m.range(&Func::new(Arc::new(move |_key: Any, _value: Any| {
            counted.fetch_add(1, Ordering::SeqCst);
            true
        })));
        assert_eq!(seen.load(Ordering::SeqCst), 2);
        assert!(m.compare_and_delete(&any(2), &any(20)));
        assert_eq!(m.load_and_delete(&any(1)), (any(13), true));
        assert_eq!(m.load(&any(1)), (Any::nil(), false));
    }

    #[test]
    fn pool_reuses_what_was_put() {
        let made = Arc::new(AtomicI64::new(0));
        let counter = made.clone();
        let pool = Pool::new(Func::new(Arc::new(move || any(counter.fetch_add(1, Ordering::SeqCst)))));
        assert_eq!(pool.get(), any(0));
        pool.put(&any(7));
        assert_eq!(pool.get(), any(7));
        assert_eq!(pool.get(), any(1));
        assert!(Pool::default().get().is_nil());
    }
}
