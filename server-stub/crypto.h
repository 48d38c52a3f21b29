// Secrets and signatures, all from libsodium: server keys kept in a file beside the database (not in
// it, so a copied database alone cannot reverse the citizen hashes), keyed hashes, random tokens,
// argon2id password hashes and the HMAC that signs QR payloads.
#pragma once
#include <sodium.h>

#include <array>
#include <filesystem>
#include <optional>
#include <string>
#include <string_view>

namespace khiw::server {

struct ServerKeys {
  std::array<unsigned char, crypto_generichash_KEYBYTES> citizen{};  // keyed hash of national IDs
  std::array<unsigned char, crypto_auth_KEYBYTES> qr{};              // HMAC-SHA-512-256 of QR payloads
  std::array<unsigned char, crypto_generichash_KEYBYTES> secret{};   // derives booking secrets
};

// Reads the key file, or creates it (mode 0600, fsynced) with fresh random keys.
ServerKeys load_or_create_keys(const std::filesystem::path& file);

// Hex of a BLAKE2b hash keyed with the citizen key: equal IDs give equal keys, and without the key
// file the 13-digit ID space cannot be enumerated against the database.
std::string citizen_key(const ServerKeys& keys, std::string_view normalized_national_id);

// Keyed hash of a rated booking or ticket ("booking:<code>", "ticket:<office>/<day>/<number>"), so one
// rating each is enforced without keeping the code or the ticket. Domain-separated from citizen keys.
std::string rating_subject_key(const ServerKeys& keys, std::string_view subject);

// The citizen's secret for managing a booking, derived from its code with a server key: nothing to
// store, and a retried request gets the same secret back.
std::string booking_secret(const ServerKeys& keys, std::string_view code);

std::string random_hex(size_t bytes);
// 8 characters of Crockford base32 (no I, L, O, U) read over the counter or the phone, e.g. "7KQ2M9XD".
std::string random_booking_code();
// Unkeyed hex digest for storing session tokens instead of the tokens themselves.
std::string digest_hex(std::string_view secret);
bool equal_digests(std::string_view a, std::string_view b);  // constant time

// argon2id via crypto_pwhash_str. Cost is production strength; see docs/PRIVACY.md.
std::string hash_password(std::string_view password);
bool verify_password(const std::string& stored_hash, std::string_view password);

// "KHIW1.<payload>.<base64url mac>". The payload must not contain personal data.
std::string sign_qr(const ServerKeys& keys, std::string_view payload);
// The payload when the signature is valid.
std::optional<std::string> verify_qr(const ServerKeys& keys, std::string_view signed_text);

}  // namespace khiw::server
