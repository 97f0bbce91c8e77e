//! Fuzz oracles (feature `fuzzing`).
