[ (builtins.match "([^-]*)-(.*)" "hello-1.2.3") (builtins.match "(.*)\\.nix" "default.nix") (builtins.match "[0-9]+" "123") (builtins.match "[a-zA-Z_][a-zA-Z0-9_'-]*" "foo-bar'") ]
