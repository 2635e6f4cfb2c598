builtins.hashFile "md5" (toString ./fixtures/hello.txt)
