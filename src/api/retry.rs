//! When a request is worth sending again by itself, and after how long.

/// Creates the idempotency layer answers with 409 ("still being processed") are sent again
/// this many times before the error reaches the user.
pub const IN_PROGRESS_RETRIES: u32 = 4;

/// Longest wait between two tries, whatever `Retry-After` asks for: she is waiting.
const MAX_DELAY_MS: u32 = 5_000;

/// Delay before try `attempt + 1` of a create answered with 409, or `None` when it is time to
/// give up. Honours `Retry-After` (seconds); otherwise backs off 250, 500, 1000, 2000 ms.
pub fn in_progress_delay_ms(attempt: u32, retry_after_s: Option<u32>) -> Option<u32> {
    if attempt >= IN_PROGRESS_RETRIES {
        return None;
    }
    let backoff = 250u32.saturating_mul(1 << attempt.min(16));
    let wanted = retry_after_s.map_or(backoff, |s| s.saturating_mul(1000));
    Some(wanted.min(MAX_DELAY_MS))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn backs_off_then_gives_up() {
        let delays: Vec<_> = (0..6).map(|a| in_progress_delay_ms(a, None)).collect();
        assert_eq!(
            delays,
            vec![Some(250), Some(500), Some(1000), Some(2000), None, None]
        );
    }

    #[test]
    fn retry_after_is_honoured_but_bounded() {
        assert_eq!(in_progress_delay_ms(0, Some(1)), Some(1000));
        assert_eq!(in_progress_delay_ms(1, Some(0)), Some(0));
        assert_eq!(in_progress_delay_ms(0, Some(u32::MAX)), Some(MAX_DELAY_MS));
        assert_eq!(in_progress_delay_ms(IN_PROGRESS_RETRIES, Some(1)), None);
    }
}
