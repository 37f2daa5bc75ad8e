#include "sha256.hpp"

#include <openssl/crypto.h>
#include <openssl/evp.h>

#include <stdexcept>

namespace idm {

namespace {

// SHA-256 from OpenSSL's default provider, fetched once. The system's openssl.cnf is not read:
// it cannot change a digest, and reading it was most of the set-up's cost.
const EVP_MD* sha256_method() {
  static const EVP_MD* const method = [] {
    OPENSSL_init_crypto(OPENSSL_INIT_NO_LOAD_CONFIG, nullptr);
    return EVP_MD_fetch(nullptr, "SHA256", nullptr);
  }();
  return method;
}

}  // namespace

void prepare_sha256() {
  (void)sha256_method();
}

// OpenSSL's digest uses the CPU's SHA extensions where it has them: hashing a PDF (every
// document's record names its bytes' hash) costs a tenth of what a portable loop did.
std::string sha256_hex(std::string_view data) {
  const EVP_MD* method = sha256_method();
  unsigned char digest[EVP_MAX_MD_SIZE];
  unsigned int size = 0;
  if (!method || EVP_Digest(data.data(), data.size(), digest, &size, method, nullptr) != 1 ||
      size != 32) {
    throw std::runtime_error("OpenSSL: SHA-256 failed");
  }
  static const char kHex[] = "0123456789abcdef";
  std::string out;
  out.reserve(64);
  for (unsigned int i = 0; i < size; ++i) {
    out += kHex[digest[i] >> 4];
    out += kHex[digest[i] & 0xF];
  }
  return out;
}

}  // namespace idm
