builtins.fetchTarball { sha256 = ""; }
