[ (builtins.pathExists "${toString ./fixtures/dir}/") (builtins.pathExists "${toString ./fixtures/hello.txt}/") (builtins.pathExists "${toString ./fixtures/hello.txt}/.") ]
