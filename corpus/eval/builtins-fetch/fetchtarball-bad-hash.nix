builtins.fetchTarball { url = "http://example.invalid/x.tar.gz"; sha256 = "sha256-short"; }
