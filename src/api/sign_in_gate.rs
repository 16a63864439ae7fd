//! When the backend answers 401, the request that got it waits here while she signs in again,
//! then is sent once more: whatever she was typing or saving carries on, nothing retyped.

use futures_channel::oneshot;
use std::cell::RefCell;
use std::rc::Rc;

#[derive(Default)]
pub struct SignInGate {
    waiting: RefCell<Vec<oneshot::Sender<bool>>>,
    on_needed: RefCell<Option<Rc<dyn Fn()>>>,
}

impl SignInGate {
    /// Who shows the sign-in dialog. Without one, a 401 is returned as it is.
    pub fn set_on_needed(&self, show: Rc<dyn Fn()>) {
        *self.on_needed.borrow_mut() = Some(show);
    }

    /// Waits until she has signed in again (`true`) or chose not to (`false`).
    pub async fn wait(&self) -> bool {
        let Some(show) = self.on_needed.borrow().clone() else {
            return false;
        };
        let (tx, rx) = oneshot::channel();
        self.waiting.borrow_mut().push(tx);
        show();
        rx.await.unwrap_or(false)
    }

    /// Wakes every waiting request: sent again when `signed_in`, else given up.
    pub fn release(&self, signed_in: bool) {
        let waiting: Vec<_> = self.waiting.borrow_mut().drain(..).collect();
        for tx in waiting {
            let _ = tx.send(signed_in);
        }
    }

    pub fn is_waiting(&self) -> bool {
        !self.waiting.borrow().is_empty()
    }
}
