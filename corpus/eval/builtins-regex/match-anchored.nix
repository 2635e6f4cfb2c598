[ (builtins.match "b" "abc") (builtins.match ".*b.*" "abc") (builtins.match "a" "a") (builtins.match "" "") (builtins.match "" "x") ]
