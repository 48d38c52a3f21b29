#include "server-stub/crypto.h"

#include <fcntl.h>
#include <unistd.h>

#include <algorithm>
#include <fstream>
#include <stdexcept>

namespace khiw::server {

namespace {

constexpr std::string_view kQrPrefix = "KHIW1.";

std::string to_hex(const unsigned char* bytes, size_t size) {
  std::string hex(size * 2 + 1, '\0');
  sodium_bin2hex(hex.data(), hex.size(), bytes, size);
  hex.pop_back();
  return hex;
}

std::string qr_mac(const ServerKeys& keys, std::string_view payload) {
  unsigned char mac[crypto_auth_BYTES];
  crypto_auth(mac, reinterpret_cast<const unsigned char*>(payload.data()), payload.size(), keys.qr.data());
  std::string text(sodium_base64_ENCODED_LEN(sizeof mac, sodium_base64_VARIANT_URLSAFE_NO_PADDING), '\0');
  sodium_bin2base64(text.data(), text.size(), mac, sizeof mac, sodium_base64_VARIANT_URLSAFE_NO_PADDING);
  text.resize(text.find('\0'));
  return text;
}

}  // namespace

ServerKeys load_or_create_keys(const std::filesystem::path& file) {
  ServerKeys keys;
  constexpr size_t kSize = sizeof keys.citizen + sizeof keys.qr + sizeof keys.secret;
  if (std::ifstream in(file, std::ios::binary); in) {
    std::string bytes(kSize + 1, '\0');
    in.read(bytes.data(), static_cast<std::streamsize>(bytes.size()));
    if (static_cast<size_t>(in.gcount()) != kSize) throw std::runtime_error(file.string() + ": damaged key file");
    std::copy_n(bytes.begin(), sizeof keys.citizen, keys.citizen.begin());
    std::copy_n(bytes.begin() + sizeof keys.citizen, sizeof keys.qr, keys.qr.begin());
    std::copy_n(bytes.begin() + sizeof keys.citizen + sizeof keys.qr, sizeof keys.secret, keys.secret.begin());
    return keys;
  }
  randombytes_buf(keys.citizen.data(), keys.citizen.size());
  crypto_auth_keygen(keys.qr.data());
  randombytes_buf(keys.secret.data(), keys.secret.size());
  const int fd = ::open(file.c_str(), O_WRONLY | O_CREAT | O_EXCL, 0600);
  if (fd < 0) throw std::runtime_error("cannot create " + file.string());
  const bool written = ::write(fd, keys.citizen.data(), keys.citizen.size()) == ssize_t(keys.citizen.size()) &&
                       ::write(fd, keys.qr.data(), keys.qr.size()) == ssize_t(keys.qr.size()) &&
                       ::write(fd, keys.secret.data(), keys.secret.size()) == ssize_t(keys.secret.size()) &&
                       ::fsync(fd) == 0;
  ::close(fd);
  if (!written) throw std::runtime_error("cannot write " + file.string());
  return keys;
}

std::string citizen_key(const ServerKeys& keys, std::string_view id) {
  unsigned char hash[32];
  crypto_generichash(hash, sizeof hash, reinterpret_cast<const unsigned char*>(id.data()), id.size(),
                     keys.citizen.data(), keys.citizen.size());
  return to_hex(hash, sizeof hash);
}

std::string rating_subject_key(const ServerKeys& keys, std::string_view subject) {
  return citizen_key(keys, "rating:" + std::string(subject));  // national IDs are digits only
}

std::string booking_secret(const ServerKeys& keys, std::string_view code) {
  unsigned char hash[16];
  crypto_generichash(hash, sizeof hash, reinterpret_cast<const unsigned char*>(code.data()), code.size(),
                     keys.secret.data(), keys.secret.size());
  return to_hex(hash, sizeof hash);
}

std::string random_hex(size_t bytes) {
  std::string raw(bytes, '\0');
  randombytes_buf(raw.data(), raw.size());
  return to_hex(reinterpret_cast<const unsigned char*>(raw.data()), raw.size());
}

std::string random_booking_code() {
  static constexpr std::string_view kAlphabet = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
  std::string code(8, '0');
  for (char& c : code) c = kAlphabet[randombytes_uniform(static_cast<uint32_t>(kAlphabet.size()))];
  return code;
}

std::string digest_hex(std::string_view secret) {
  unsigned char hash[32];
  crypto_generichash(hash, sizeof hash, reinterpret_cast<const unsigned char*>(secret.data()), secret.size(),
                     nullptr, 0);
  return to_hex(hash, sizeof hash);
}

bool equal_digests(std::string_view a, std::string_view b) {
  return a.size() == b.size() && sodium_memcmp(a.data(), b.data(), a.size()) == 0;
}

std::string hash_password(std::string_view password) {
  char out[crypto_pwhash_STRBYTES];
  if (crypto_pwhash_str(out, password.data(), password.size(), crypto_pwhash_OPSLIMIT_INTERACTIVE,
                        crypto_pwhash_MEMLIMIT_INTERACTIVE) != 0)
    throw std::runtime_error("password hashing ran out of memory");
  return out;
}

bool verify_password(const std::string& stored_hash, std::string_view password) {
  return crypto_pwhash_str_verify(stored_hash.c_str(), password.data(), password.size()) == 0;
}

std::string sign_qr(const ServerKeys& keys, std::string_view payload) {
  return std::string(kQrPrefix) + std::string(payload) + "." + qr_mac(keys, payload);
}

std::optional<std::string> verify_qr(const ServerKeys& keys, std::string_view text) {
  if (!text.starts_with(kQrPrefix)) return std::nullopt;
  text.remove_prefix(kQrPrefix.size());
  const size_t dot = text.rfind('.');
  if (dot == std::string_view::npos) return std::nullopt;
  const std::string payload(text.substr(0, dot));
  const std::string expected = qr_mac(keys, payload);
  if (!equal_digests(expected, text.substr(dot + 1))) return std::nullopt;
  return payload;
}

}  // namespace khiw::server
