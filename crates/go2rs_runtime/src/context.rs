//! Go's `context` package: cancellation, deadlines and request-scoped
//! values that flow from a parent context to the contexts derived from it.
//!
//! A [`Context`] is a handle to one node of the tree Go builds: a root
//! (`Background`, `TODO`), a canceller (`WithCancel`, `WithCancelCause`,
//! `WithDeadline`, `WithTimeout`, `AfterFunc`), a value (`WithValue`) or a
//! `WithoutCancel`. Cancelling a node closes its `Done` channel (a
//! [`Chan<()>`] that `select` and receives wait on as usual), records its
//! error and cause, and cancels every canceller below it. A deadline is a
//! timer: while it is pending the deadlock detector stays quiet, as Go's
//! does.

use std::future::Future;
use std::sync::{Arc, Mutex as StdMutex};

use crate::chan::Chan;
use crate::error::Error;
use crate::fmt::{MethodKind, Printer, Value};
use crate::func::{BoxFuture, Func};
use crate::iface::Any;
use crate::panic::{go_panic, nil_dereference};
use crate::slice::lock;
use crate::string::GoString;
use crate::time::{self, Duration, Time};

/// `context.CancelFunc`: tells an operation to abandon its work. Calling it
/// again does nothing.
pub type CancelFunc = Func<dyn Fn() + Send + Sync>;

/// `context.CancelCauseFunc`: cancels with a cause (`nil` means
/// [`canceled`]) that [`cause`] reports.
pub type CancelCauseFunc = Func<dyn Fn(Error) + Send + Sync>;

/// A `context.Context`. The zero value is Go's nil `Context`: calling a
/// method on it panics with a nil pointer dereference.
#[derive(Clone, Default)]
pub struct Context {
    node: Option<Arc<Node>>,
}

struct Node {
    /// `None` for the roots.
    parent: Option<Context>,
    kind: Kind,
}

enum Kind {
    Background,
    Todo,
    /// `WithCancel`, `WithCancelCause` and the context of `AfterFunc`.
    Cancel(Canceler),
    /// `WithDeadline`, `WithTimeout`.
    Deadline(Canceler, Time),
    Value {
        key: Any,
        value: Any,
    },
    WithoutCancel,
}

/// The state of a context that can be cancelled.
struct Canceler {
    done: Chan<()>,
    state: StdMutex<CancelState>,
    /// What `AfterFunc` runs (in a new goroutine) when the context is
    /// cancelled; `None` once run or stopped.
    after: Option<StdMutex<Option<BoxFuture<'static, ()>>>>,
}

#[derive(Default)]
struct CancelState {
    /// Nil until cancelled.
    err: Error,
    cause: Error,
    children: Vec<Arc<Node>>,
    /// The deadline's timer while it is pending.
    timer: Option<tokio::task::AbortHandle>,
}

impl Canceler {
    fn new() -> Canceler {
        Canceler {
            done: Chan::new(0),
            state: StdMutex::new(CancelState::default()),
            after: None,
        }
    }
}

impl Node {
    fn canceler(&self) -> Option<&Canceler> {
        match &self.kind {
            Kind::Cancel(canceler) | Kind::Deadline(canceler, _) => Some(canceler),
            _ => None,
        }
    }
}

static CANCELED: std::sync::LazyLock<Error> = std::sync::LazyLock::new(|| crate::errors::new("context canceled"));
static DEADLINE_EXCEEDED: std::sync::LazyLock<Error> = std::sync::LazyLock::new(|| Error::from_value(DeadlineExceededError));

/// The type of [`deadline_exceeded`] (Go's `context.deadlineExceededError`,
/// an empty struct).
pub struct DeadlineExceededError;

impl crate::error::ErrorValue for DeadlineExceededError {
    fn error(&self) -> GoString {
        GoString::from("context deadline exceeded")
    }
}

crate::error::identity_dynamic!(DeadlineExceededError);

impl Value for DeadlineExceededError {
    fn format(&self, printer: &mut Printer, verb: char) {
        if printer.handle_methods(self, verb) {
            return;
        }
        printer.fmt_struct(self, verb, &[]);
    }
    fn type_name(&self) -> String {
        "context.deadlineExceededError".to_string()
    }
    fn static_type_name() -> String {
        "context.deadlineExceededError".to_string()
    }
    fn kind(&self) -> crate::fmt::Kind {
        crate::fmt::Kind::Struct
    }
    fn static_kind() -> crate::fmt::Kind {
        crate::fmt::Kind::Struct
    }
    fn methods(&self) -> Option<MethodKind> {
        Some(MethodKind::Error)
    }
    fn call_method(&self) -> GoString {
        crate::error::ErrorValue::error(self)
    }
}

/// `context.Canceled`: the error `Err` returns when the context was
/// cancelled.
pub fn canceled() -> Error {
    CANCELED.clone()
}

/// `context.DeadlineExceeded`: the error `Err` returns when the context's
/// deadline passed.
pub fn deadline_exceeded() -> Error {
    DEADLINE_EXCEEDED.clone()
}

fn root(kind: Kind) -> Context {
    Context {
        node: Some(Arc::new(Node { parent: None, kind })),
    }
}

/// `context.Background()`: never cancelled, no values, no deadline.
pub fn background() -> Context {
    static BACKGROUND: std::sync::LazyLock<Context> = std::sync::LazyLock::new(|| root(Kind::Background));
    BACKGROUND.clone()
}

/// `context.TODO()`: like `Background`, for code that has no context yet.
pub fn todo() -> Context {
    static TODO: std::sync::LazyLock<Context> = std::sync::LazyLock::new(|| root(Kind::Todo));
    TODO.clone()
}

impl Context {
    fn node(&self) -> &Arc<Node> {
        match &self.node {
            Some(node) => node,
            None => nil_dereference(),
        }
    }

    fn derive(&self, kind: Kind) -> Arc<Node> {
        Arc::new(Node {
            parent: Some(self.clone()),
            kind,
        })
    }

    /// The nearest canceller at or above this context, the one whose `Done`
    /// channel this context shares (none under `WithoutCancel` or a root).
    fn nearest_canceler(&self) -> Option<&Arc<Node>> {
        let mut node = self.node();
        loop {
            match &node.kind {
                Kind::Cancel(_) | Kind::Deadline(..) => return Some(node),
                Kind::Value { .. } => node = node.parent.as_ref()?.node(),
                _ => return None,
            }
        }
    }

    /// `ctx.Done()`: closed when the context is cancelled; nil when it can
    /// never be.
    pub fn done(&self) -> Chan<()> {
        match self.nearest_canceler().and_then(|node| node.canceler()) {
            Some(canceler) => canceler.done.clone(),
            None => Chan::nil(),
        }
    }

    /// `ctx.Err()`: nil until the context is cancelled, then [`canceled`]
    /// or [`deadline_exceeded`].
    pub fn err(&self) -> Error {
        match self.nearest_canceler().and_then(|node| node.canceler()) {
            Some(canceler) => lock(&canceler.state).err.clone(),
            None => Error::nil(),
        }
    }

    /// `ctx.Deadline()`: when the context will be cancelled, if it has a
    /// deadline.
    pub fn deadline(&self) -> (Time, bool) {
        let mut node = self.node();
        loop {
            match &node.kind {
                Kind::Deadline(_, deadline) => return (*deadline, true),
                Kind::Background | Kind::Todo | Kind::WithoutCancel => return (Time::default(), false),
                _ => match &node.parent {
                    Some(parent) => node = parent.node(),
                    None => return (Time::default(), false),
                },
            }
        }
    }

    /// `ctx.Value(key)`: the value of the nearest `WithValue` with a key
    /// equal to `key` (Go's `==` on interfaces), or nil.
    pub fn value(&self, key: &Any) -> Any {
        let mut node = self.node();
        loop {
            if let Kind::Value { key: own, value } = &node.kind
                && own == key
            {
                return value.clone();
            }
            match &node.parent {
                Some(parent) => node = parent.node(),
                None => return Any::nil(),
            }
        }
    }

    /// Go's `contextName` for `String()`.
    fn name(&self) -> String {
        let Some(node) = &self.node else {
            return "<nil>".to_string();
        };
        let parent = || node.parent.as_ref().map_or_else(String::new, Context::name);
        match &node.kind {
            Kind::Background => "context.Background".to_string(),
            Kind::Todo => "context.TODO".to_string(),
            Kind::Cancel(_) => format!("{}.WithCancel", parent()),
            Kind::Deadline(_, deadline) => {
                format!(
                    "{}.WithDeadline({} [{}])",
                    parent(),
                    unix_text(deadline),
                    time::until(*deadline).string()
                )
            }
            Kind::Value { key, value } => format!("{}.WithValue({}, {})", parent(), stringify(key), stringify(value)),
            Kind::WithoutCancel => format!("{}.WithoutCancel", parent()),
        }
    }
}

/// A deadline as text (Go prints the wall clock; the runtime has no time
/// zones, so this is the Unix time).
fn unix_text(deadline: &Time) -> String {
    format!("{}ns", deadline.unix_nano())
}

/// Go's `stringify` for `String()` of a `WithValue` context: a Stringer
/// through `String()`, a string as is, nil as `<nil>`, anything else as
/// its type's name.
fn stringify(value: &Any) -> String {
    match value.dynamic() {
        None => "<nil>".to_string(),
        Some(dynamic) => match dynamic.methods() {
            Some(MethodKind::String) => dynamic.call_method().to_string(),
            _ => match value.downcast::<GoString>() {
                Some(text) => text.to_string(),
                None => dynamic.type_name(),
            },
        },
    }
}

impl Value for Context {
    fn format(&self, printer: &mut Printer, verb: char) {
        if printer.handle_methods(self, verb) {
            return;
        }
        GoString::from(self.name()).format(printer, verb)
    }
    /// Without its `String` method (an unexported struct field): the
    /// roots are empty structs, the others pointers.
    fn format_raw(&self, printer: &mut Printer, verb: char, this: &dyn Value) {
        match self.node.as_deref().map(|node| &node.kind) {
            None => printer.fmt_nil_interface(verb, "<nil>"),
            Some(Kind::Background | Kind::Todo | Kind::WithoutCancel) => printer.write_str("{{}}"),
            Some(_) => {
                let address = self.node.as_ref().map_or(0, |node| Arc::as_ptr(node) as usize);
                printer.fmt_pointer(address as u64, verb, this)
            }
        }
    }
    fn type_name(&self) -> String {
        match self.node.as_deref().map(|node| &node.kind) {
            None => "<nil>".to_string(),
            Some(Kind::Background) => "context.backgroundCtx".to_string(),
            Some(Kind::Todo) => "context.todoCtx".to_string(),
            Some(Kind::Cancel(_)) => "*context.cancelCtx".to_string(),
            Some(Kind::Deadline(..)) => "*context.timerCtx".to_string(),
            Some(Kind::Value { .. }) => "*context.valueCtx".to_string(),
            Some(Kind::WithoutCancel) => "context.withoutCancelCtx".to_string(),
        }
    }
    fn static_type_name() -> String {
        "context.Context".to_string()
    }
    fn methods(&self) -> Option<MethodKind> {
        self.node.as_ref().map(|_| MethodKind::String)
    }
    fn call_method(&self) -> GoString {
        GoString::from(self.name())
    }
}

impl PartialEq for Context {
    fn eq(&self, other: &Context) -> bool {
        match (&self.node, &other.node) {
            (Some(a), Some(b)) => Arc::ptr_eq(a, b),
            (None, None) => true,
            _ => false,
        }
    }
}

impl Eq for Context {}

/// Go's `cancelCtx.cancel`: records the error and cause (`cause` nil means
/// `err`), closes `Done`, cancels the children, stops the timer and starts
/// an `AfterFunc`'s function.
fn cancel(node: &Arc<Node>, remove_from_parent: bool, err: Error, cause: Error) {
    let Some(canceler) = node.canceler() else {
        return;
    };
    let cause = if cause.is_nil() { err.clone() } else { cause };
    let mut state = lock(&canceler.state);
    if !state.err.is_nil() {
        return;
    }
    state.err = err.clone();
    state.cause = cause.clone();
    let children = std::mem::take(&mut state.children);
    let timer = state.timer.take();
    drop(state);
    canceler.done.close();
    for child in &children {
        cancel(child, false, err.clone(), cause.clone());
    }
    if remove_from_parent {
        remove_child(node);
    }
    if let Some(after) = &canceler.after
        && let Some(function) = lock(after).take()
    {
        crate::sched::go(function);
    }
    if let Some(timer) = timer {
        timer.abort();
        crate::sched::timer_finished();
    }
}

/// Go's `propagateCancel`: arranges for `child` to be cancelled when the
/// nearest canceller above `parent` is (at once if it already was).
fn propagate_cancel(parent: &Context, child: &Arc<Node>) {
    let Some(ancestor) = parent.nearest_canceler() else {
        return;
    };
    let Some(canceler) = ancestor.canceler() else {
        return;
    };
    let mut state = lock(&canceler.state);
    if state.err.is_nil() {
        state.children.push(child.clone());
        return;
    }
    let (err, cause) = (state.err.clone(), state.cause.clone());
    drop(state);
    cancel(child, false, err, cause);
}

fn remove_child(node: &Arc<Node>) {
    let Some(parent) = &node.parent else {
        return;
    };
    if let Some(ancestor) = parent.nearest_canceler()
        && let Some(canceler) = ancestor.canceler()
    {
        lock(&canceler.state).children.retain(|child| !Arc::ptr_eq(child, node));
    }
}

fn with_canceler(parent: &Context, kind: Kind) -> (Context, Arc<Node>) {
    let node = parent.derive(kind);
    propagate_cancel(parent, &node);
    (Context { node: Some(node.clone()) }, node)
}

/// `context.WithCancel(parent)`: a context cancelled when `cancel` is
/// called or when `parent` is.
pub fn with_cancel(parent: &Context) -> (Context, CancelFunc) {
    let (context, node) = with_canceler(parent, Kind::Cancel(Canceler::new()));
    let cancel_func = CancelFunc::new(Arc::new(move || cancel(&node, true, canceled(), Error::nil())));
    (context, cancel_func)
}

/// `context.WithCancelCause(parent)`: like [`with_cancel`], and `cancel`
/// takes the cause that [`cause`] reports.
pub fn with_cancel_cause(parent: &Context) -> (Context, CancelCauseFunc) {
    let (context, node) = with_canceler(parent, Kind::Cancel(Canceler::new()));
    let cancel_func = CancelCauseFunc::new(Arc::new(move |cause: Error| cancel(&node, true, canceled(), cause)));
    (context, cancel_func)
}

/// `context.WithDeadline(parent, d)`.
pub fn with_deadline(parent: &Context, deadline: Time) -> (Context, CancelFunc) {
    with_deadline_cause(parent, deadline, &Error::nil())
}

/// `context.WithDeadlineCause(parent, d, cause)`: cancelled at `deadline`
/// with [`deadline_exceeded`] (and `cause` as the cause), or earlier by
/// `cancel` or `parent`.
pub fn with_deadline_cause(parent: &Context, deadline: Time, cause: &Error) -> (Context, CancelFunc) {
    let cause = cause.clone();
    if let (current, true) = parent.deadline()
        && current.before(deadline)
    {
        // The parent's deadline is earlier already.
        return with_cancel(parent);
    }
    let (context, node) = with_canceler(parent, Kind::Deadline(Canceler::new(), deadline));
    let left = time::until(deadline);
    if left.0 <= 0 {
        cancel(&node, true, deadline_exceeded(), cause);
        let cancel_func = CancelFunc::new(Arc::new(move || cancel(&node, false, canceled(), Error::nil())));
        return (context, cancel_func);
    }
    if let Some(canceler) = node.canceler() {
        let mut state = lock(&canceler.state);
        if state.err.is_nil() {
            crate::sched::timer_started();
            let timed = node.clone();
            let timer = tokio::spawn(async move {
                time::sleep(left).await;
                cancel(&timed, true, deadline_exceeded(), cause);
            });
            state.timer = Some(timer.abort_handle());
        }
    }
    let cancel_func = CancelFunc::new(Arc::new(move || cancel(&node, true, canceled(), Error::nil())));
    (context, cancel_func)
}

/// `context.WithTimeout(parent, timeout)`: `WithDeadline(parent,
/// time.Now().Add(timeout))`.
pub fn with_timeout(parent: &Context, timeout: Duration) -> (Context, CancelFunc) {
    with_deadline(parent, time::now().add(timeout))
}

/// `context.WithTimeoutCause(parent, timeout, cause)`.
pub fn with_timeout_cause(parent: &Context, timeout: Duration, cause: &Error) -> (Context, CancelFunc) {
    with_deadline_cause(parent, time::now().add(timeout), cause)
}

/// `context.WithValue(parent, key, val)`: a context whose `Value(key)` is
/// `val`. The key must be comparable and not nil, as in Go.
pub fn with_value(parent: &Context, key: &Any, value: &Any) -> Context {
    parent.node();
    let Some(dynamic) = key.dynamic() else {
        go_panic("nil key");
    };
    if !dynamic.comparable() {
        go_panic("key is not comparable");
    }
    Context {
        node: Some(parent.derive(Kind::Value {
            key: key.clone(),
            value: value.clone(),
        })),
    }
}

/// `context.WithoutCancel(parent)`: `parent`'s values, without its
/// cancellation or deadline.
pub fn without_cancel(parent: &Context) -> Context {
    parent.node();
    Context {
        node: Some(parent.derive(Kind::WithoutCancel)),
    }
}

/// `context.Cause(ctx)`: why the nearest canceller above `ctx` was
/// cancelled (the cause given to a `CancelCauseFunc`, else its error); nil
/// while it is not.
pub fn cause(context: &Context) -> Error {
    match context.nearest_canceler().and_then(|node| node.canceler()) {
        Some(canceler) => lock(&canceler.state).cause.clone(),
        None => context.err(),
    }
}

/// `context.AfterFunc(ctx, f)`: runs `f` (the future of Go's function) in
/// a new goroutine once `ctx` is done. The returned `stop` keeps it from
/// running and reports whether it did.
pub fn after_func<F>(context: &Context, function: F) -> Func<dyn Fn() -> bool + Send + Sync>
where
    F: Future<Output = ()> + Send + 'static,
{
    let function: BoxFuture<'static, ()> = Box::pin(function);
    let mut canceler = Canceler::new();
    canceler.after = Some(StdMutex::new(Some(function)));
    let (_, node) = with_canceler(context, Kind::Cancel(canceler));
    Func::new(Arc::new(move || {
        let stopped = node
            .canceler()
            .and_then(|canceler| canceler.after.as_ref())
            .is_some_and(|after| lock(after).take().is_some());
        if stopped {
            cancel(&node, true, canceled(), Error::nil());
        }
        stopped
    }))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::sched::run_to_completion;

    fn key(text: &'static str) -> Any {
        crate::iface::any(GoString::from(text))
    }

    #[test]
    fn background_is_never_done() {
        run_to_completion(async {
            let context = background();
            assert!(context.done().is_nil());
            assert!(context.err().is_nil());
            assert!(!context.deadline().1);
            assert!(context.value(&key("k")).is_nil());
            assert_eq!(context.call_method().to_string(), "context.Background");
            assert_eq!(todo().call_method().to_string(), "context.TODO");
        });
    }

    #[test]
    fn cancel_propagates_to_children_not_parents() {
        run_to_completion(async {
            let (parent, cancel_parent) = with_cancel(&background());
            let (child, cancel_child) = with_cancel(&with_value(&parent, &key("id"), &key("42")));
            let (grandchild, _cancel) = with_cancel(&child);
            cancel_child();
            assert!(parent.err().is_nil());
            assert!(child.err() == canceled());
            assert!(grandchild.err() == canceled());
            assert!(grandchild.done().try_recv().is_some());
            cancel_parent();
            cancel_parent();
            assert!(parent.err() == canceled());
            assert_eq!(child.value(&key("id")).type_name(), "string");
            assert_eq!(
                child.call_method().to_string(),
                "context.Background.WithCancel.WithValue(id, 42).WithCancel"
            );
        });
    }

    #[test]
    fn child_of_cancelled_parent_is_cancelled_at_once() {
        run_to_completion(async {
            let (parent, cancel_parent) = with_cancel_cause(&background());
            let boom = crate::errors::new("boom");
            cancel_parent(boom.clone());
            let (child, _cancel) = with_cancel(&parent);
            assert!(child.err() == canceled());
            assert!(cause(&child) == boom);
            assert!(cause(&parent) == boom);
            assert!(cause(&background()).is_nil());
        });
    }

    #[test]
    fn deadline_fires_and_cancel_stops_it() {
        run_to_completion(async {
            let (timed, _cancel) = with_timeout(&background(), Duration(5_000_000));
            assert!(timed.deadline().1);
            timed.done().recv().await;
            assert!(timed.err() == deadline_exceeded());
            assert_eq!(timed.err().error().to_string(), "context deadline exceeded");
            assert_eq!(
                crate::fmt::sprintf("%v %T %#v", &[&timed.err(), &timed.err(), &timed.err()]).to_string(),
                "context deadline exceeded context.deadlineExceededError context.deadlineExceededError{}"
            );

            let (stopped, cancel_stopped) = with_timeout(&background(), Duration(3_600_000_000_000));
            cancel_stopped();
            assert!(stopped.err() == canceled());

            let (past, _cancel) = with_deadline(&background(), time::now().add(Duration(-1)));
            assert!(past.err() == deadline_exceeded());
        });
    }

    #[test]
    fn earlier_parent_deadline_wins() {
        run_to_completion(async {
            let (parent, _cancel_parent) = with_timeout(&background(), Duration(1_000_000_000));
            let (child, _cancel_child) = with_timeout(&parent, Duration(3_600_000_000_000));
            assert!(child.deadline().0 == parent.deadline().0);
            let detached = without_cancel(&child);
            assert!(!detached.deadline().1);
            assert!(detached.done().is_nil());
        });
    }

    #[test]
    fn after_func_runs_once_unless_stopped() {
        run_to_completion(async {
            let ran = Chan::<i64>::new(1);
            let (context, cancel_context) = with_cancel(&background());
            let sender = ran.clone();
            let stop = after_func(&context, async move {
                sender.send(1).await;
            });
            cancel_context();
            assert_eq!(ran.recv().await, 1);
            assert!(!stop());

            let (other, cancel_other) = with_cancel(&background());
            let stop = after_func(&other, async { unreachable!("stopped") });
            assert!(stop());
            assert!(!stop());
            cancel_other();
        });
    }
}
