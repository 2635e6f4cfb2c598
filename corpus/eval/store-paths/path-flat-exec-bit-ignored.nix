[ (builtins.path { path = ./fixtures/exec.sh; recursive = false; }) (builtins.path { path = ./fixtures/noexec.sh; recursive = false; }) ]
