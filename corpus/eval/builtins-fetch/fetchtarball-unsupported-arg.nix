builtins.fetchTarball { url = "http://example.invalid/x.tar.gz"; rev = "x"; }
