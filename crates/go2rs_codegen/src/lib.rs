//! Code generation (in progress).
