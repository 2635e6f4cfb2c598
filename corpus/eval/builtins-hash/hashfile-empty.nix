builtins.hashFile "sha1" ./fixtures/empty.txt
