//! The backend contract (public/openapi.yaml) as Rust types: requests and answers, their JSON,
//! and the problems a backend may answer with.

pub mod answer;
pub mod bodies;
pub mod challenge_wire;
pub mod contact_wire;
pub mod http;
pub mod notice_wire;
pub mod problem;
pub mod profile_wire;
