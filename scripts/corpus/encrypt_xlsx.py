#!/usr/bin/python3
"""Password-encrypt an .xlsx the way Excel's "Encrypt with Password" does (ECMA-376 Standard Encryption, MS-OFFCRYPTO
2.3.4.5: AES-128 ECB, SHA-1 key derivation with 50,000 rounds) inside a Compound File, for the corpus's
encrypted-real.xlsx. Needs only Debian's python3-cryptography. No tool here writes encrypted OOXML (LibreOffice 7.4
and msoffcrypto-tool 5.0 do not; docs/workbooks.md), so this writes it; msoffcrypto-tool -p, an independent
decrypter, gets the original bytes back (test/cli/corpus.test.ts checks that when it is installed).

Usage: /usr/bin/python3 scripts/corpus/encrypt_xlsx.py in.xlsx out.xlsx password
"""
import hashlib, os, struct, sys
from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes

def aes_ecb(key, data):
    e = Cipher(algorithms.AES(key), modes.ECB()).encryptor()
    return e.update(data) + e.finalize()

def derive_key(password, salt):
    h = hashlib.sha1(salt + password.encode("utf-16-le")).digest()
    for i in range(50000):
        h = hashlib.sha1(struct.pack("<I", i) + h).digest()
    h = hashlib.sha1(h + struct.pack("<I", 0)).digest()
    x1 = hashlib.sha1(bytes(b ^ 0x36 for b in h.ljust(64, b"\0"))).digest()
    return x1[:16]

def encryption_info(key, salt, verifier):
    csp = "Microsoft Enhanced RSA and AES Cryptographic Provider\0".encode("utf-16-le")
    header = struct.pack("<IIIIIIII", 0x24, 0, 0x660E, 0x8004, 128, 0x18, 0, 0) + csp
    vhash = hashlib.sha1(verifier).digest().ljust(32, b"\0")
    ver = struct.pack("<I", 16) + salt + aes_ecb(key, verifier) + struct.pack("<I", 20) + aes_ecb(key, vhash)
    return struct.pack("<HHI", 4, 2, 0x24) + struct.pack("<I", len(header)) + header + ver

def dir_entry(name, kind, left, right, child, start, size):
    n = (name + "\0").encode("utf-16-le") if name else b""
    return n.ljust(64, b"\0") + struct.pack("<HBBIII", len(n), kind, 1, left, right, child) + b"\0" * 16 + struct.pack("<IQQIQ", 0, 0, 0, start, size)

def cfb(info, package):
    S, FREE, END, FATSECT, NONE = 512, 0xFFFFFFFF, 0xFFFFFFFE, 0xFFFFFFFD, 0xFFFFFFFF
    mini = info.ljust(-(-len(info) // 64) * 64, b"\0")
    mini_sectors = -(-len(mini) // S)
    pkg_sectors = -(-len(package) // S)
    first_mini, first_pkg = 3, 3 + mini_sectors
    total = first_pkg + pkg_sectors
    assert total <= 128
    fat = [FATSECT, END, END]
    fat += [first_mini + i + 1 for i in range(mini_sectors - 1)] + [END]
    fat += [first_pkg + i + 1 for i in range(pkg_sectors - 1)] + [END]
    fat += [FREE] * (128 - len(fat))
    n_mini = len(mini) // 64
    minifat = [i + 1 for i in range(n_mini - 1)] + [END]
    minifat += [FREE] * (128 - len(minifat))
    dirs = (dir_entry("Root Entry", 5, NONE, NONE, 2, first_mini, len(mini))
            + dir_entry("EncryptionInfo", 2, NONE, NONE, NONE, 0, len(info))
            + dir_entry("EncryptedPackage", 2, 1, NONE, NONE, first_pkg, len(package))
            + dir_entry("", 0, NONE, NONE, NONE, 0, 0))
    header = (bytes.fromhex("D0CF11E0A1B11AE1") + b"\0" * 16 + struct.pack("<HHHHH", 0x3E, 3, 0xFFFE, 9, 6) + b"\0" * 6
              + struct.pack("<IIIIIIIII", 0, 1, 1, 0, 4096, 2, 1, END, 0) + struct.pack("<I", 0) + struct.pack("<I", FREE) * 108)
    assert len(header) == 512
    body = struct.pack("<128I", *fat) + dirs + struct.pack("<128I", *minifat) + mini.ljust(mini_sectors * S, b"\0") + package.ljust(pkg_sectors * S, b"\0")
    return header + body

def main(src, dst, password):
    data = open(src, "rb").read()
    # Fixed salt and verifier would make the file reproducible but weak; a fixture needs only to be genuine.
    salt, verifier = os.urandom(16), os.urandom(16)
    key = derive_key(password, salt)
    package = struct.pack("<Q", len(data)) + aes_ecb(key, data.ljust(-(-len(data) // 16) * 16, b"\0"))
    open(dst, "wb").write(cfb(encryption_info(key, salt, verifier), package))

if __name__ == "__main__":
    main(*sys.argv[1:4])
