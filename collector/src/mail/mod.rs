//! E-mail the collector sends (confirmation links, access codes, results keys): a durable
//! outbox in the database that a background sender empties through an SMTP relay.

pub mod address;
pub mod letter;
pub mod outbox;
pub mod sender;

pub use outbox::{enqueue, OutgoingMail};
