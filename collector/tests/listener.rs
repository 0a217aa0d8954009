//! The listener on a real socket: a client too slow with its headers or its body is cut off, no
//! more connections than the limit are served at once, and a shutdown finishes the request in
//! flight while taking no new ones.

mod common;

use std::net::SocketAddr;
use std::sync::Arc;
use std::time::Duration;

use collector::server::{serve, Limits, Transport};
use collector::{app, AppState, ServeConfig};
use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::{TcpListener, TcpStream};

/// Far longer than any deadline under test: reaching it means the server never answered.
const PATIENCE: Duration = Duration::from_secs(30);

async fn listening(
    state: Arc<AppState>,
    limits: Limits,
) -> (
    SocketAddr,
    tokio::sync::oneshot::Sender<()>,
    tokio::task::JoinHandle<()>,
) {
    let listener = TcpListener::bind("127.0.0.1:0").await.unwrap();
    let address = listener.local_addr().unwrap();
    let (stop, stopped) = tokio::sync::oneshot::channel::<()>();
    let server = tokio::spawn(async move {
        serve(listener, app(state), Transport::Plain, limits, async {
            let _ = stopped.await;
        })
        .await
        .unwrap();
    });
    (address, stop, server)
}

fn quick_state(config: ServeConfig) -> (tempfile::TempDir, Arc<AppState>) {
    common::state_configured(config, |db| {
        db.add_municipality("0301", "Oslo").unwrap();
    })
}

/// Reads until the server closes the connection; fails if it takes longer than [`PATIENCE`].
async fn read_until_closed(stream: &mut TcpStream) -> String {
    let mut reply = Vec::new();
    tokio::time::timeout(PATIENCE, stream.read_to_end(&mut reply))
        .await
        .expect("the server closes the connection")
        .ok();
    String::from_utf8_lossy(&reply).into_owned()
}

const ENROL_HEAD: &str =
    "POST /v1/enrol HTTP/1.1\r\nHost: test\r\nContent-Type: application/json\r\n";

fn enrol_body() -> String {
    serde_json::json!({
        "protocol": sync::PROTOCOL_VERSION,
        "access_code": "0301-AAAA-AAAA-AAAA-AAAA",
        "device_public_key": "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=",
    })
    .to_string()
}

#[tokio::test(flavor = "multi_thread")]
async fn a_client_sending_its_headers_too_slowly_is_cut_off() {
    let (_data, state) = quick_state(ServeConfig::default());
    let limits = Limits {
        header_read_timeout: Duration::from_secs(1),
        ..Limits::default()
    };
    let (address, _stop, _server) = listening(state, limits).await;
    let mut slow = TcpStream::connect(address).await.unwrap();
    slow.write_all(ENROL_HEAD.as_bytes()).await.unwrap();
    // ...and never the blank line that ends the headers.
    let reply = read_until_closed(&mut slow).await;
    assert!(
        reply.is_empty() || reply.starts_with("HTTP/1.1 408"),
        "{reply}"
    );
}

#[tokio::test(flavor = "multi_thread")]
async fn a_body_that_stalls_is_answered_with_a_timeout() {
    let (_data, state) = quick_state(ServeConfig {
        body_read_timeout: Duration::from_secs(1),
        ..ServeConfig::default()
    });
    let (address, _stop, _server) = listening(state, Limits::default()).await;
    let mut slow = TcpStream::connect(address).await.unwrap();
    let body = enrol_body();
    slow.write_all(
        format!(
            "{ENROL_HEAD}Content-Length: {}\r\nConnection: close\r\n\r\n",
            body.len()
        )
        .as_bytes(),
    )
    .await
    .unwrap();
    slow.write_all(&body.as_bytes()[..10]).await.unwrap();
    let reply = read_until_closed(&mut slow).await;
    assert!(reply.starts_with("HTTP/1.1 408"), "{reply}");
    assert!(reply.contains("\"timeout\""), "{reply}");
}

#[tokio::test(flavor = "multi_thread")]
async fn no_more_connections_than_the_limit_are_served_at_once() {
    let (_data, state) = quick_state(ServeConfig::default());
    let limits = Limits {
        max_connections: 1,
        ..Limits::default()
    };
    let (address, _stop, _server) = listening(state, limits).await;
    let health = b"GET /healthz HTTP/1.1\r\nHost: test\r\n\r\n";
    let mut first = TcpStream::connect(address).await.unwrap();
    first.write_all(health).await.unwrap();
    let mut buffer = [0u8; 512];
    let n = first.read(&mut buffer).await.unwrap();
    assert!(buffer[..n].starts_with(b"HTTP/1.1 200"));
    // The first connection stays open (keep-alive): the second waits in the backlog.
    let mut second = TcpStream::connect(address).await.unwrap();
    second.write_all(health).await.unwrap();
    let waiting = tokio::time::timeout(Duration::from_millis(500), second.read(&mut buffer)).await;
    assert!(
        waiting.is_err(),
        "the second connection is not served while the first is open"
    );
    drop(first);
    let n = tokio::time::timeout(PATIENCE, second.read(&mut buffer))
        .await
        .expect("served once the first is gone")
        .unwrap();
    assert!(buffer[..n].starts_with(b"HTTP/1.1 200"));
}

#[tokio::test(flavor = "multi_thread")]
async fn shutdown_finishes_the_request_in_flight_and_takes_no_new_ones() {
    let (_data, state) = quick_state(ServeConfig::default());
    let (address, stop, server) = listening(state, Limits::default()).await;
    let mut in_flight = TcpStream::connect(address).await.unwrap();
    let body = enrol_body();
    in_flight
        .write_all(
            format!(
                "{ENROL_HEAD}Content-Length: {}\r\nConnection: close\r\n\r\n",
                body.len()
            )
            .as_bytes(),
        )
        .await
        .unwrap();
    in_flight.write_all(&body.as_bytes()[..10]).await.unwrap();
    // Let the server start on the request before it is told to stop.
    tokio::time::sleep(Duration::from_millis(300)).await;
    stop.send(()).unwrap();
    tokio::time::sleep(Duration::from_millis(300)).await;
    in_flight.write_all(&body.as_bytes()[10..]).await.unwrap();
    let reply = read_until_closed(&mut in_flight).await;
    assert!(
        reply.starts_with("HTTP/1.1 401"),
        "the request is answered: {reply}"
    );
    tokio::time::timeout(PATIENCE, server)
        .await
        .expect("the server stops once nothing is in flight")
        .unwrap();
    assert!(
        TcpStream::connect(address).await.is_err(),
        "no new connection after shutdown"
    );
}

/// Sends `request` from `from` (any loopback address: the server sees it as the peer) and reads
/// the status line of what comes back; `None` if nothing came within `patience`.
async fn status_from(
    from: std::net::IpAddr,
    server: SocketAddr,
    request: String,
    patience: Duration,
) -> Option<u16> {
    let socket = tokio::net::TcpSocket::new_v4().unwrap();
    socket.bind(SocketAddr::new(from, 0)).unwrap();
    let exchange = async {
        let mut stream = socket.connect(server).await.ok()?;
        // A refused connection may be told so before its request is even read.
        let _ = stream.write_all(request.as_bytes()).await;
        let mut reply = Vec::new();
        let _ = stream.read_to_end(&mut reply).await;
        String::from_utf8_lossy(&reply).get(9..12)?.parse().ok()
    };
    tokio::time::timeout(patience, exchange)
        .await
        .ok()
        .flatten()
}

fn wrong_enrolment() -> String {
    let body = enrol_body();
    format!(
        "{ENROL_HEAD}Connection: close\r\nContent-Length: {}\r\n\r\n{body}",
        body.len()
    )
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_thousand_slowed_checks_from_one_address_leave_another_answered_within_a_second() {
    let (_data, state) = quick_state(ServeConfig::default());
    let (server, _stop, _server) = listening(state, Limits::default()).await;
    let flooder: std::net::IpAddr = "127.0.0.1".parse().unwrap();
    let other: std::net::IpAddr = "127.0.0.2".parse().unwrap();
    for _ in 0..collector::secret_check::TARPIT_FREE_FAILURES {
        let status = status_from(flooder, server, wrong_enrolment(), PATIENCE).await;
        assert_eq!(status, Some(401));
    }
    // Every further wrong guess from the flooder waits now; 1,100 of them at once.
    let flood: Vec<_> = (0..1100)
        .map(|_| {
            tokio::spawn(status_from(
                flooder,
                server,
                wrong_enrolment(),
                Duration::from_secs(5),
            ))
        })
        .collect();
    tokio::time::sleep(Duration::from_millis(500)).await;
    let started = std::time::Instant::now();
    let healthz = "GET /healthz HTTP/1.1\r\nHost: test\r\nConnection: close\r\n\r\n";
    let status = status_from(other, server, healthz.to_owned(), PATIENCE).await;
    let took = started.elapsed();
    assert_eq!(status, Some(200));
    assert!(
        took < Duration::from_secs(1),
        "another address waited {took:?}"
    );
    let mut refused_at_once = 0;
    let mut still_waiting = 0;
    for flooded in flood {
        match flooded.await.unwrap() {
            Some(429) => refused_at_once += 1,
            // Slowed: answered after its wait (1 s, 2 s, 4 s, ...) or waiting still.
            Some(401) | None => still_waiting += 1,
            other => panic!("a flooding check got {other:?}"),
        }
    }
    // About the guard's places wait (a place freed by a wait that ended is taken again by a
    // later arrival); the rest were refused at once, by the guard or for want of a share.
    assert!(
        still_waiting <= 2 * collector::secret_check::PLACES_PER_ADDRESS,
        "{still_waiting} waited, {refused_at_once} refused"
    );
    assert_eq!(refused_at_once + still_waiting, 1100);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_thousand_idle_connections_from_one_address_leave_another_answered_within_a_second() {
    let (_data, state) = quick_state(ServeConfig::default());
    let (server, _stop, _server) = listening(state, Limits::default()).await;
    let mut idle = Vec::new();
    let mut told = 0;
    for _ in 0..1100 {
        let socket = tokio::net::TcpSocket::new_v4().unwrap();
        socket.bind("127.0.0.1:0".parse().unwrap()).unwrap();
        idle.push(socket.connect(server).await.unwrap());
    }
    tokio::time::sleep(Duration::from_millis(300)).await;
    let started = std::time::Instant::now();
    let healthz = "GET /healthz HTTP/1.1\r\nHost: test\r\nConnection: close\r\n\r\n";
    let other = "127.0.0.2".parse().unwrap();
    let status = status_from(other, server, healthz.to_owned(), PATIENCE).await;
    let took = started.elapsed();
    assert_eq!(status, Some(200));
    assert!(
        took < Duration::from_secs(1),
        "another address waited {took:?}"
    );
    // Those beyond the address's share were told so and closed at once.
    for mut stream in idle {
        let mut first = [0u8; 12];
        let read = tokio::time::timeout(Duration::from_millis(50), stream.read_exact(&mut first));
        if let Ok(Ok(_)) = read.await {
            assert_eq!(&first, b"HTTP/1.1 429");
            told += 1;
        }
    }
    assert_eq!(told, 1100 - collector::server::MAX_CONNECTIONS_PER_ADDRESS);
}
