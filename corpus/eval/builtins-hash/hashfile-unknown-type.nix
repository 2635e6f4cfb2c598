builtins.hashFile "crc32" ./fixtures/hello.txt
