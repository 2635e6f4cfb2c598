{ url = https://example.org/f.tgz; sha256 = "0000"; }
