builtins.hashFile "sha256" ./fixtures/binary.bin
