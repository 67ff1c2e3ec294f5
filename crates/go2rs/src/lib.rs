//! go2rs driver (in progress).
