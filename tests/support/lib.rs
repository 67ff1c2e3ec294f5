//! Support code for the fixture tests.
