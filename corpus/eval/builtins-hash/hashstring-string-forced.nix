builtins.hashString "md5" (throw "string evaluated")
