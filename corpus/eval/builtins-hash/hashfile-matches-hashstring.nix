builtins.hashFile "sha512" ./fixtures/hello.txt == builtins.hashString "sha512" (builtins.readFile ./fixtures/hello.txt)
