builtins.hashFile "crc32" (throw "path not evaluated")
