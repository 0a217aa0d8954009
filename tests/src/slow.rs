//! A slow network: a TCP forwarder that holds each connection's first request a while before
//! passing it on, for tests of what stays responsive while a request is on its way.

use std::io::{Read, Write};
use std::net::{TcpListener, TcpStream};
use std::sync::mpsc;
use std::time::Duration;

/// A forwarder that holds each request `hold` before passing it to `upstream`, and says on
/// `arrived` when a request has come in.
pub fn slow_forwarder(upstream: &str, hold: Duration, arrived: mpsc::Sender<()>) -> String {
    let upstream = upstream.trim_start_matches("http://").to_owned();
    let listener = TcpListener::bind("127.0.0.1:0").unwrap();
    let url = format!("http://{}", listener.local_addr().unwrap());
    std::thread::spawn(move || {
        for client in listener.incoming() {
            let (mut client, upstream, arrived) =
                (client.unwrap(), upstream.clone(), arrived.clone());
            std::thread::spawn(move || {
                let mut server = TcpStream::connect(&upstream).unwrap();
                let mut first = [0u8; 65536];
                let n = client.read(&mut first).unwrap_or(0);
                if n == 0 {
                    return;
                }
                let _ = arrived.send(());
                std::thread::sleep(hold);
                server.write_all(&first[..n]).unwrap();
                let (mut client_in, mut server_out) =
                    (client.try_clone().unwrap(), server.try_clone().unwrap());
                std::thread::spawn(move || {
                    let _ = std::io::copy(&mut client_in, &mut server_out);
                });
                let _ = std::io::copy(&mut server, &mut client);
            });
        }
    });
    url
}
