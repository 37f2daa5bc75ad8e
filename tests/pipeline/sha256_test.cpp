// sha256_hex against the FIPS 180-4 / NIST example vectors.

#include <doctest/doctest.h>

#include <string>

#include "pipeline/sha256.hpp"

using idm::sha256_hex;

TEST_CASE("sha256: empty input") {
  CHECK(sha256_hex("") == "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
}

TEST_CASE("sha256: \"abc\" (one block)") {
  CHECK(sha256_hex("abc") == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
}

TEST_CASE("sha256: 448-bit message (padding spills into a second block)") {
  CHECK(sha256_hex("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq") ==
        "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1");
}

TEST_CASE("sha256: one million 'a'") {
  CHECK(sha256_hex(std::string(1000000, 'a')) ==
        "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0");
}

TEST_CASE("sha256: bytes above 0x7f and NULs are hashed as bytes") {
  // printf 'caf\xc3\xa9\0' | sha256sum
  CHECK(sha256_hex(std::string("caf\xc3\xa9\0", 6)) ==
        "425a4cd602ffdf3b30994188ab4f3c8dbe3572f0861ab667ea0fab4de427f481");
  // printf 'a\0b' | sha256sum
  CHECK(sha256_hex(std::string("a\0b", 3)) ==
        "59b271ae1bbcb1d31d41929817f4b16fb439eb4f31520b5ad1d5ce98920a7138");
}
