// Sealing to one age X25519 recipient: the age v1 file format (age-encryption.org/v1) written
// out here, on the audited primitives of @noble (X25519, HKDF and HMAC with SHA-256,
// ChaCha20-Poly1305). The survey seals every response to one X25519 recipient, so the general
// age-encryption module (passphrases, post-quantum hybrids, armour, decryption: about 280 KB
// on a phone's network) is more than a participant's first visit should pay for; this is the
// part it uses, in about 70 KB. The collector's publisher opens what this writes with the age
// crate, which the end-to-end tests check byte for byte with the answers typed.

import { chacha20poly1305 } from "../../vendor/@noble/ciphers/chacha.js";
import { hkdf } from "../../vendor/@noble/hashes/hkdf.js";
import { hmac } from "../../vendor/@noble/hashes/hmac.js";
import { sha256 } from "../../vendor/@noble/hashes/sha2.js";
import { montgomery } from "../../vendor/@noble/curves/abstract/montgomery.js";
import { pow } from "../../vendor/@noble/curves/abstract/modular.js";

/** Curve25519's field prime, 2^255 - 19 (RFC 7748). */
const P = 2n ** 255n - 19n;

/** X25519 as RFC 7748 section 5 defines it: scalars clamped, the u-coordinate ladder. */
const x25519 = montgomery({
  P,
  type: "x25519",
  powPminus2: (x) => pow(x, P - 2n, P),
  adjustScalarBytes(bytes) {
    bytes[0] &= 248;
    bytes[31] &= 127;
    bytes[31] |= 64;
    return bytes;
  },
});

const encoder = new TextEncoder();
const CHUNK = 64 * 1024;

/** The 32-byte key inside an "age1…" recipient (Bech32, BIP 173), its checksum checked. */
export function recipientKey(recipient) {
  const CHARSET = "qpzry9x8gf2tvdw0s3jn54khce6mua7l";
  const text = recipient.toLowerCase();
  const split = text.lastIndexOf("1");
  if (text !== recipient && recipient.toUpperCase() !== recipient) throw new Error("mixed-case recipient");
  if (text.slice(0, split) !== "age") throw new Error("not an age recipient");
  const data = [...text.slice(split + 1)].map((c) => CHARSET.indexOf(c));
  if (data.length < 6 || data.includes(-1)) throw new Error("not Bech32");
  const hrp = [...text.slice(0, split)].map((c) => c.charCodeAt(0));
  const values = [...hrp.map((c) => c >> 5), 0, ...hrp.map((c) => c & 31), ...data];
  if (polymod(values) !== 1) throw new Error("recipient checksum wrong");
  // Five-bit groups to bytes, the checksum's six groups left off.
  const bytes = [];
  let buffer = 0;
  let bits = 0;
  for (const group of data.slice(0, -6)) {
    buffer = (buffer << 5) | group;
    bits += 5;
    if (bits >= 8) {
      bits -= 8;
      bytes.push((buffer >> bits) & 255);
    }
  }
  if (bytes.length !== 32 || (buffer & ((1 << bits) - 1)) !== 0) throw new Error("recipient length wrong");
  return Uint8Array.from(bytes);
}

function polymod(values) {
  const GENERATORS = [0x3b6a57b2, 0x26508e6d, 0x1ea119fa, 0x3d4233dd, 0x2a1462b3];
  let check = 1;
  for (const value of values) {
    const top = check >> 25;
    check = ((check & 0x1ffffff) << 5) ^ value;
    for (let i = 0; i < 5; i++) if ((top >> i) & 1) check ^= GENERATORS[i];
  }
  return check;
}

/** Base64 without padding, as age's header writes it. */
function base64(bytes) {
  let binary = "";
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary).replace(/=+$/, "");
}

function random(length) {
  return crypto.getRandomValues(new Uint8Array(length));
}

function concat(...parts) {
  const whole = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const part of parts) {
    whole.set(part, at);
    at += part.length;
  }
  return whole;
}

/** The whole age file of `plaintext` sealed to `recipient` ("age1…"). */
export function seal(recipient, plaintext) {
  const theirs = recipientKey(recipient);
  const fileKey = random(16);

  // The recipient stanza: the file key wrapped under a key agreed with an ephemeral share.
  const ephemeral = random(32);
  const share = x25519.getPublicKey(ephemeral);
  const shared = x25519.getSharedSecret(ephemeral, theirs);
  const wrapKey = hkdf(sha256, shared, concat(share, theirs), encoder.encode("age-encryption.org/v1/X25519"), 32);
  const body = chacha20poly1305(wrapKey, new Uint8Array(12)).encrypt(fileKey);
  // A 32-byte body is 43 characters, one line shorter than 64: no wrapping needed.
  const header = `age-encryption.org/v1\n-> X25519 ${base64(share)}\n${base64(body)}\n---`;
  const macKey = hkdf(sha256, fileKey, new Uint8Array(0), encoder.encode("header"), 32);
  const mac = hmac(sha256, macKey, encoder.encode(header));

  // The payload: a nonce, then STREAM chunks of 64 KiB, each with its counter and, on the
  // last one, the final flag.
  const nonce = random(16);
  const payloadKey = hkdf(sha256, fileKey, nonce, encoder.encode("payload"), 32);
  const chunks = [];
  const count = Math.max(1, Math.ceil(plaintext.length / CHUNK));
  for (let index = 0; index < count; index++) {
    const chunkNonce = new Uint8Array(12);
    new DataView(chunkNonce.buffer).setUint32(7, index);
    if (index === count - 1) chunkNonce[11] = 1;
    const chunk = plaintext.subarray(index * CHUNK, (index + 1) * CHUNK);
    chunks.push(chacha20poly1305(payloadKey, chunkNonce).encrypt(chunk));
  }
  return concat(encoder.encode(`${header} ${base64(mac)}\n`), nonce, ...chunks);
}
