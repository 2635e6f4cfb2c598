builtins.hashFile "sha256" ./fixtures/missing.txt
