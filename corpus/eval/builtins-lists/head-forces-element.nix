builtins.head [ (throw "head is strict") 2 ]
