[ (builtins.pathExists (toString ./fixtures/hello.txt)) (builtins.pathExists "/") (builtins.pathExists "/nonexistent-nixtwin-path") ]
