//! Code that a first visit does not need, kept out of the first download.
//!
//! In the release build (`--features split`, see `build/wasm.mjs`) each function declared
//! with [`split!`] is cut into a WebAssembly chunk of its own by `wasm-split` and fetched the
//! first time it is called. Everywhere else (component tests, native tests) it is a plain call.
//! Either way the caller awaits it, and a chunk that cannot be fetched (offline before the
//! service worker has cached it) is a [`ChunkMissing`] to show kindly, never a panic.

/// A chunk could not be fetched; trying again later may work.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct ChunkMissing;

impl From<leptos::wasm_split::SplitLoaderError> for ChunkMissing {
    fn from(_: leptos::wasm_split::SplitLoaderError) -> Self {
        ChunkMissing
    }
}

/// `split! { chunk => pub fn name(arg: Type) -> Output { body } }` declares
/// `async fn name(arg: Type) -> Result<Output, ChunkMissing>`, its body in the chunk `chunk`.
/// Functions that name the same chunk arrive together; code that several chunks use is put in
/// chunks of its own by `wasm-split`, fetched with whichever needs it first.
/// `split! { chunk, preload ready => … }` also declares `async fn ready()`, which only fetches
/// the chunk (nothing where there are no chunks).
#[macro_export]
macro_rules! split {
    ($chunk:ident $(, preload $preload:ident)? => $(#[$meta:meta])* $vis:vis fn $name:ident($($arg:ident: $ty:ty),*) -> $out:ty $body:block) => {
        #[cfg(feature = "split")]
        #[::leptos::wasm_split::wasm_split($chunk, wasm_split_path = ::leptos::wasm_split, fallible $(, preload($preload))?)]
        $(#[$meta])*
        $vis fn $name($($arg: $ty),*) -> ::core::result::Result<$out, $crate::platform::split::ChunkMissing> {
            ::core::result::Result::Ok($body)
        }

        #[cfg(not(feature = "split"))]
        $(#[$meta])*
        $vis async fn $name($($arg: $ty),*) -> ::core::result::Result<$out, $crate::platform::split::ChunkMissing> {
            ::core::result::Result::Ok($body)
        }

        $(
            #[cfg(not(feature = "split"))]
            $vis async fn $preload() -> ::core::result::Result<(), ::leptos::wasm_split::SplitLoaderError> {
                ::core::result::Result::Ok(())
            }
        )?
    };
}
