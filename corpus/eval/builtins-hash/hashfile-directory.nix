builtins.hashFile "sha256" ./fixtures
