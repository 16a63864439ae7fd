//! Okaeri's reference backend: the contract (public/openapi.yaml) over real HTTP on
//! 127.0.0.1, kept in a SQLite file. The handlers are the app's own `api::embedded::server`,
//! so the domain rules are shared, not written twice.
//!
//! Usage: okaeri-reference-backend [--port 8081] [--db okaeri.sqlite] [--allow-origin ORIGIN]...
//!        [--push-public-key KEY]
//! Browsers from an allowed origin (default: any http://127.0.0.1 or http://localhost port)
//! get CORS with credentials.

mod store;

use okaeri_core::contract::http::{ApiRequest, Method};
use okaeri_core::server::seed::seed;
use okaeri_core::server::Server;
use std::io::Read;
use store::Store;
use tiny_http::{Header, Response};

struct Options {
    port: u16,
    db: String,
    origins: Vec<String>,
    /// The VAPID public key of the deployment's push sender, offered to browsers.
    push_key: Option<String>,
}

fn options() -> Options {
    let mut o = Options {
        port: 8081,
        db: "okaeri-reference.sqlite".into(),
        origins: Vec::new(),
        push_key: None,
    };
    let mut args = std::env::args().skip(1);
    while let Some(a) = args.next() {
        match a.as_str() {
            "--port" => o.port = args.next().and_then(|p| p.parse().ok()).unwrap_or(o.port),
            "--db" => o.db = args.next().unwrap_or(o.db),
            "--allow-origin" => o.origins.extend(args.next()),
            "--push-public-key" => o.push_key = args.next(),
            _ => eprintln!("ignoring unknown argument {a}"),
        }
    }
    o
}

fn allowed(origin: &str, list: &[String]) -> bool {
    if list.is_empty() {
        let local = |prefix: &str| {
            origin
                .strip_prefix(prefix)
                .is_some_and(|rest| rest.is_empty() || rest.starts_with(':'))
        };
        local("http://127.0.0.1") || local("http://localhost")
    } else {
        list.iter().any(|o| o == origin)
    }
}

fn header(name: &str, value: &str) -> Option<Header> {
    Header::from_bytes(name.as_bytes(), value.as_bytes()).ok()
}

/// The largest request body read; the contract's largest (a whole profile) is far smaller.
const BODY_LIMIT: usize = 256 * 1024;
const TOO_LARGE: &str = r#"{"type":"about:blank","title":"Content Too Large","status":413,"detail":"The request body is larger than this server accepts."}"#;

/// A session token: 32 random bytes from the operating system, as hex.
fn mint_token() -> String {
    let mut bytes = [0u8; 32];
    if let Err(e) = getrandom::fill(&mut bytes) {
        // Without randomness no session can be safe: stop rather than hand out a guessable one.
        eprintln!("no randomness from the operating system: {e}");
        std::process::exit(1);
    }
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

fn main() {
    let o = options();
    let mut store = match Store::open(&o.db) {
        Ok(s) => s,
        Err(e) => {
            eprintln!("cannot open {}: {e}", o.db);
            std::process::exit(1);
        }
    };
    let db = match store.load() {
        Ok(Some(db)) => db,
        Ok(None) => {
            let db = seed(chrono::Utc::now());
            if let Err(e) = store.save(&db) {
                eprintln!("cannot seed {}: {e}", o.db);
                std::process::exit(1);
            }
            db
        }
        Err(e) => {
            eprintln!("cannot read {}: {e}", o.db);
            std::process::exit(1);
        }
    };
    // Each sign-in gets a session of its own: a random token, which expires.
    let mut api = Server::minting_sessions(db, Box::new(mint_token));
    if let Some(key) = o.push_key {
        api = api.sending_pushes(key);
    }
    let http = match tiny_http::Server::http(("127.0.0.1", o.port)) {
        Ok(s) => s,
        Err(e) => {
            eprintln!("cannot listen on 127.0.0.1:{}: {e}", o.port);
            std::process::exit(1);
        }
    };
    let port = http
        .server_addr()
        .to_ip()
        .map(|a| a.port())
        .unwrap_or(o.port);
    // Tests start it with --port 0 and read the real port from this line.
    println!(
        "okaeri reference backend on http://127.0.0.1:{port} (db {})",
        o.db
    );
    for mut request in http.incoming_requests() {
        let origin = request
            .headers()
            .iter()
            .find(|h| h.field.equiv("Origin"))
            .map(|h| h.value.to_string());
        let mut cors: Vec<Header> = Vec::new();
        if let Some(origin) = origin.filter(|x| allowed(x, &o.origins)) {
            cors.extend(header("Access-Control-Allow-Origin", &origin));
            cors.extend(header("Access-Control-Allow-Credentials", "true"));
            cors.extend(header("Vary", "Origin"));
            cors.extend(header(
                "Access-Control-Expose-Headers",
                "ETag, Retry-After, Idempotent-Replayed",
            ));
        }
        let method = match request.method() {
            tiny_http::Method::Get => Method::Get,
            tiny_http::Method::Post => Method::Post,
            tiny_http::Method::Put => Method::Put,
            tiny_http::Method::Delete => Method::Delete,
            tiny_http::Method::Options => {
                cors.extend(header(
                    "Access-Control-Allow-Methods",
                    "GET, POST, PUT, DELETE, OPTIONS",
                ));
                cors.extend(header(
                    "Access-Control-Allow-Headers",
                    "Authorization, Content-Type, If-Match, Idempotency-Key, Accept",
                ));
                cors.extend(header("Access-Control-Max-Age", "600"));
                let mut response = Response::empty(204);
                for h in cors {
                    response.add_header(h);
                }
                let _ = request.respond(response);
                continue;
            }
            _ => {
                let _ = request.respond(Response::from_string("").with_status_code(405));
                continue;
            }
        };
        // No request body of the contract comes near this; a larger one is refused unread.
        let mut body = String::new();
        let declared_too_large = request.body_length().is_some_and(|n| n > BODY_LIMIT);
        let read = !declared_too_large
            && request
                .as_reader()
                .take(BODY_LIMIT as u64 + 1)
                .read_to_string(&mut body)
                .is_ok();
        if declared_too_large || body.len() > BODY_LIMIT {
            let mut response = Response::from_string(TOO_LARGE).with_status_code(413);
            if let Some(h) = header("Content-Type", "application/problem+json") {
                response.add_header(h);
            }
            for h in cors {
                response.add_header(h);
            }
            let _ = request.respond(response);
            continue;
        }
        let has_body = read && !body.is_empty();
        let req = ApiRequest {
            method,
            path: request.url().to_string(),
            headers: request
                .headers()
                .iter()
                .map(|h| {
                    (
                        h.field.as_str().as_str().to_ascii_lowercase(),
                        h.value.to_string(),
                    )
                })
                .collect(),
            body: has_body.then_some(body),
        };
        let answer = api.handle(&req, chrono::Utc::now());
        if method != Method::Get && answer.status < 400 {
            if let Err(e) = store.save(&api.db) {
                eprintln!("write failed: {e}");
                let _ = request.respond(
                    Response::from_string(
                        r#"{"type":"about:blank","title":"Service Unavailable","status":503}"#,
                    )
                    .with_status_code(503),
                );
                continue;
            }
        }
        let mut response = Response::from_string(answer.body).with_status_code(answer.status);
        for h in answer
            .headers
            .iter()
            .filter_map(|(name, value)| header(name, value))
        {
            response.add_header(h);
        }
        for h in cors {
            response.add_header(h);
        }
        let _ = request.respond(response);
    }
}
